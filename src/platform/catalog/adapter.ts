/**
 * The `catalog` platform: the Platform interface over the catalog HTTP API (client.ts).
 *
 * - createVersion sends one Idempotency-Key per logical call (a retry after a lost answer replays
 *   "created"), maps 409 to VersionConflictError, and never changes a stored version.
 * - attach reads the target's attachment (ETag), and if it is not already this version, PUTs with
 *   If-Match (or If-None-Match: * for the first one); on 412/428 it reads again and re-decides, so a
 *   retried PUT whose first answer was lost, or a concurrent writer, ends in the wanted state.
 * - promote moves a channel with If-Match on the revision the caller read (its ETag) when the
 *   promotion was decided, so a channel moved by someone else in between — during a long image copy
 *   too — is reported with the version that won (ChannelMovedError), never overwritten.
 */
import { randomUUID } from 'node:crypto';
import { StepError } from '../../core/errors.js';
import { actionsLog, type PlatformLog } from '../log.js';
import { ChannelMovedError, VersionConflictError, type PlatformAdapter } from '../platform.js';
import type {
  Attachment,
  AttachmentTarget,
  ChannelState,
  ImageVersion,
  ImageVersionRequest,
  PromotionRequest,
  PromotionResult,
} from '../../core/platform-model.js';
import { versionBeforeCurrent } from '../../core/promotion.js';
import { CatalogClient, CatalogHttpError, type CatalogRetryPolicy, type Precondition } from './client.js';
import type { Version, VersionCreate } from './types.js';
import type { HttpFetch } from '../../runtime/http-transport.js';

export interface CatalogPlatformOptions {
  /** Base URL of the catalog, e.g. `http://127.0.0.1:8080`. */
  endpoint: string;
  /** Bearer token with the `register` scope (and `promote` to promote). */
  token: string;
  log?: PlatformLog;
  fetch?: HttpFetch;
  retry?: Partial<CatalogRetryPolicy>;
  /** How often attach/promote re-read after a 412 before giving up. */
  maxPreconditionRounds?: number;
}

/** `kind/id` as the catalog names a target (`resource-group/rg-prod`, `job/42/main`). */
export function targetId(target: AttachmentTarget): string {
  return `${target.kind}/${target.id}`;
}

function toImageVersion(version: Version, created: boolean): ImageVersion {
  return {
    id: version.id,
    image: version.image,
    version: version.version,
    digest: version.digest,
    imageRef: version.image_ref,
    created,
    commit: version.source.commit,
    buildHash: version.build.hash,
  };
}

function isStatus(error: unknown, ...statuses: number[]): error is CatalogHttpError {
  return error instanceof CatalogHttpError && error.status !== undefined && statuses.includes(error.status);
}

export class CatalogPlatform implements PlatformAdapter {
  readonly name = 'catalog';
  readonly client: CatalogClient;
  private readonly log: PlatformLog;
  private readonly rounds: number;

  constructor(options: CatalogPlatformOptions) {
    this.log = options.log ?? actionsLog;
    // Masked before any request can fail and print something.
    if (options.token) this.log.setSecret(options.token);
    this.rounds = options.maxPreconditionRounds ?? 5;
    this.client = new CatalogClient({
      endpoint: options.endpoint,
      token: options.token,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      onRetry: ({ method, path, attempt, delayMs, reason }) =>
        this.log.info(`catalog: ${method} ${path} ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`),
    });
  }

  async ensureImage(image: string, description?: string): Promise<void> {
    const { created } = await this.client.createImage({ name: image, ...(description ? { description } : {}) });
    this.log.info(created ? `catalog: created image ${image}` : `catalog: image ${image} exists`);
  }

  async createVersion(request: ImageVersionRequest): Promise<ImageVersion> {
    const body: VersionCreate = {
      version: request.version,
      digest: request.digest,
      image_ref: request.imageRef,
      source: { commit: request.source.commit, ...(request.source.runUrl ? { run_url: request.source.runUrl } : {}) },
      build: { hash: request.build.hash },
      ...(request.description ? { description: request.description } : {}),
    };
    try {
      // One key for this logical call, reused by every retry inside the client.
      const { created, version } = await this.client.createVersion(request.image, body, { idempotencyKey: randomUUID() });
      this.log.info(
        created
          ? `catalog: registered ${request.image} ${version.version} (${version.digest}) as ${version.id}`
          : `catalog: ${request.image} ${version.version} was already registered with this digest (${version.id})`,
      );
      return toImageVersion(version, created);
    } catch (error) {
      if (isStatus(error, 409)) {
        const existing = error.problem?.existing;
        throw new VersionConflictError(request.image, request.version, existing?.digest ?? 'another digest', request.digest);
      }
      if (isStatus(error, 404)) {
        throw new StepError(`the catalog has no image ${request.image}: create it first (ensureImage) — ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    const found = await this.client.getVersion(image, version);
    return found ? toImageVersion(found, false) : undefined;
  }

  async attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]> {
    const results: Attachment[] = [];
    for (const target of targets) results.push(await this.attachOne(version, targetId(target)));
    return results;
  }

  private async attachOne(version: ImageVersion, target: string): Promise<Attachment> {
    const wanted = { image: version.image, version: version.version };
    let before: string | undefined;
    for (let round = 1; round <= this.rounds; round += 1) {
      const current = await this.client.getAttachment(target);
      const now = current ? `${current.value.image}:${current.value.version}` : undefined;
      if (round === 1) before = now;
      // `changed` compares with what the target ran before this call, so a PUT whose answer was lost
      // (and is then seen as already done) still counts as a change made by this call.
      const changed = before !== `${wanted.image}:${wanted.version}`;
      if (now === `${wanted.image}:${wanted.version}`) {
        if (round === 1) this.log.info(`catalog: ${target} already runs ${wanted.image} ${wanted.version}`);
        return { target, ...wanted, changed };
      }
      const precondition: Precondition = current ? { ifMatch: current.etag } : { ifNoneMatch: '*' };
      try {
        await this.client.putAttachment(target, wanted, precondition);
        this.log.info(`catalog: attached ${wanted.image} ${wanted.version} to ${target}${now ? ` (was ${now})` : ''}`);
        return { target, ...wanted, changed: true };
      } catch (error) {
        if (!isStatus(error, 412, 428)) throw error;
        this.log.info(`catalog: the attachment of ${target} changed while attaching; reading it again`);
      }
    }
    throw new StepError(
      `could not attach ${wanted.image} ${wanted.version} to ${target}: its attachment kept changing (${this.rounds} tries); something else is writing it`,
    );
  }

  async readChannel(image: string, channel: string): Promise<ChannelState | undefined> {
    const found = await this.client.getChannel(image, channel);
    if (!found) return undefined;
    const { value, etag } = found;
    return { image: value.image, channel: value.channel, version: value.version, digest: value.digest, revision: etag };
  }

  async previousVersion(image: string, channel: string): Promise<string | undefined> {
    const current = await this.readChannel(image, channel);
    if (!current) return undefined;
    const history = await this.client.listPromotions(image, channel, { pageSize: 500 });
    return versionBeforeCurrent(
      history.map((promotion) => ({ version: promotion.version, previousVersion: promotion.previous_version ?? undefined })),
      current.version,
    );
  }

  async promote(request: PromotionRequest): Promise<PromotionResult> {
    const { image, channel } = request;
    const version = request.version.version;
    const seen = request.expected?.version;
    const result = (changed: boolean): PromotionResult => ({
      channel,
      version,
      changed,
      ...(seen !== undefined ? { previousVersion: seen } : {}),
    });
    if (seen === version) {
      this.log.info(`catalog: channel ${channel} of ${image} already points at ${version}`);
      return result(false);
    }
    // Against the state the caller saw, not a fresh read: a promotion that raced ours during the copy must win.
    const precondition = await this.preconditionFor(request);
    try {
      const { promotion } = await this.client.promote(
        image,
        channel,
        { version, ...(request.reason ? { reason: request.reason } : {}) },
        precondition,
        { idempotencyKey: randomUUID() },
      );
      this.log.info(
        `catalog: promoted ${image} ${version} to ${channel}${promotion.previous_version ? ` (was ${promotion.previous_version})` : ''}`,
      );
      return result(true);
    } catch (error) {
      if (!isStatus(error, 412, 428)) throw error;
      // Our POST may have landed and only its answer been lost (then the channel holds our version);
      // otherwise someone else moved it: report who, change nothing.
      const now = await this.client.getChannel(image, channel);
      if (now?.value.version === version) return result(true);
      throw new ChannelMovedError(image, channel, version, now?.value.version, seen);
    }
  }

  private async preconditionFor(request: PromotionRequest): Promise<Precondition> {
    const { expected } = request;
    if (expected === null) return { ifNoneMatch: '*' };
    if (expected.revision !== undefined) return { ifMatch: expected.revision };
    // Seen without a revision (another platform's state): the channel must still hold that version.
    const now = await this.client.getChannel(request.image, request.channel);
    if (now?.value.version !== expected.version) {
      throw new ChannelMovedError(request.image, request.channel, request.version.version, now?.value.version, expected.version);
    }
    return { ifMatch: now.etag };
  }
}
