/**
 * The operations of the catalog contract, one handler each, over a CatalogStore. A request reaches
 * them routed, authenticated and validated (server.ts). Handlers that change something run inside
 * one store transaction together with the idempotency bookkeeping, so a change and its stored
 * response commit together or not at all — on any number of replicas (see store.ts for who settles
 * a race). A handler may run twice when its transaction lost a race; it then reads the winner's state.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Principal } from './auth.js';
import type { Operation } from './contract.js';
import { decodePageToken, encodePageToken, nextLink, problem, type Reply } from './http.js';
import { checkPreconditions } from './preconditions.js';
import type { CatalogReads, CatalogStore, CatalogWrites } from './store.js';
import type { AttachmentPut, ImageCreate, PromotionCreate, VersionCreate } from '../platform/catalog/types.js';

export interface Context {
  operation: Operation;
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
  principal: Principal;
  /** The raw request path, used as the problem `instance`. */
  instance: string;
  requestId: string;
}

export type Handler = (context: Context) => Promise<Reply>;

const encode = encodeURIComponent;

export class CatalogHandlers {
  readonly byOperation: Record<string, Handler>;

  constructor(
    private readonly store: CatalogStore,
    private readonly health: () => Promise<Reply>,
    private readonly yamlText: string,
    private readonly idempotencyTtlMs: number,
  ) {
    this.byOperation = {
      getHealth: () => this.health(),
      getOpenApiDocument: async () => ({ status: 200, text: this.yamlText, contentType: 'application/yaml' }),
      createImage: (c) => this.mutate(c, (tx) => this.createImage(tx, c)),
      getImage: (c) => this.getImage(c),
      createVersion: (c) => this.mutate(c, (tx) => this.createVersion(tx, c)),
      listVersions: (c) => this.listVersions(c),
      getVersion: (c) => this.getVersion(c),
      getAttachment: (c) => this.getAttachment(c),
      putAttachment: (c) => this.mutate(c, (tx) => this.putAttachment(tx, c)),
      getChannel: (c) => this.getChannel(c),
      createPromotion: (c) => this.mutate(c, (tx) => this.createPromotion(tx, c)),
      listPromotions: (c) => this.listPromotions(c),
    };
  }

  /**
   * Runs a change in one transaction. With an Idempotency-Key, a stored response of the same caller
   * and key is replayed (same request) or refused (another request, 422); a new successful response
   * is stored in the same transaction as the change it reports. Two requests with one key at once:
   * the second one's INSERT of the key fails, its transaction (and its change) rolls back and runs
   * again, and then replays the first one's response.
   */
  private mutate(context: Context, change: (tx: CatalogWrites) => Promise<Reply>): Promise<Reply> {
    const key = context.headers['idempotency-key'];
    return this.store.transaction(async (tx) => {
      if (key === undefined) return change(tx);
      const fingerprint = createHash('sha256')
        .update(`${context.operation.operationId}\n${canonicalize(context.path)}\n${canonicalize(context.body ?? null)}`)
        .digest('hex');
      const stored = await tx.findResponse(context.principal.name, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          return problem(
            422,
            'idempotency-key-reused',
            `Idempotency-Key '${key}' was used for another request: use a new key for a new operation`,
            context.instance,
            context.requestId,
          );
        }
        return { status: stored.status, text: stored.body, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } };
      }
      const reply = await change(tx);
      if (reply.status >= 200 && reply.status < 300) {
        await tx.purgeResponses(this.idempotencyTtlMs);
        const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([name]) => name === 'Location' || name === 'ETag'));
        await tx.saveResponse(context.principal.name, key, {
          fingerprint,
          status: reply.status,
          headers,
          body: JSON.stringify(reply.body),
        });
      }
      return reply;
    });
  }

  private notFound(context: Context, detail: string): Reply {
    return problem(404, 'not-found', detail, context.instance, context.requestId);
  }

  private preconditionProblem(context: Context, what: string, etag: string | undefined): Reply | undefined {
    const precondition = checkPreconditions(what, etag, context.headers['if-match'], context.headers['if-none-match']);
    if (precondition.ok) return undefined;
    return problem(
      precondition.status,
      precondition.status === 412 ? 'precondition-failed' : 'precondition-required',
      precondition.detail,
      context.instance,
      context.requestId,
    );
  }

  // Images

  private async createImage(tx: CatalogWrites, context: Context): Promise<Reply> {
    const { created, image } = await tx.ensureImage(context.body as ImageCreate, context.principal.name);
    return { status: created ? 201 : 200, body: image, headers: created ? { Location: `/v1/images/${encode(image.name)}` } : {} };
  }

  private async getImage(context: Context): Promise<Reply> {
    const image = await this.store.getImage(context.path.image!);
    return image ? { status: 200, body: image } : this.notFound(context, `image ${context.path.image} does not exist`);
  }

  // Versions

  private async createVersion(tx: CatalogWrites, context: Context): Promise<Reply> {
    const image = context.path.image!;
    const input = context.body as VersionCreate;
    if (!(await tx.getImage(image))) return this.notFound(context, `image ${image} does not exist: create it first with POST /v1/images`);
    if (!input.image_ref.endsWith(`@${input.digest}`)) {
      return problem(422, 'validation-failed', `image_ref must end with @${input.digest}`, context.instance, context.requestId, {
        errors: [{ pointer: '/image_ref', detail: `must end with @${input.digest}` }],
      });
    }
    const { outcome, version } = await tx.createVersion(image, input, context.principal.name);
    if (outcome === 'conflict') {
      const detail = `version ${version.version} of ${image} already exists with digest ${version.digest}; versions are immutable: choose another version or re-use that digest`;
      return problem(409, 'version-conflict', detail, context.instance, context.requestId, { existing: version });
    }
    const location = `/v1/images/${encode(image)}/versions/${encode(version.version)}`;
    return { status: outcome === 'created' ? 201 : 200, body: version, headers: outcome === 'created' ? { Location: location } : {} };
  }

  private page(context: Context): { afterSeq: number; size: number } | Reply {
    const afterSeq = decodePageToken(context.query.page_token as string | undefined);
    if (afterSeq === undefined)
      return problem(
        400,
        'bad-parameter',
        'page_token is not one this server issued: start again without it',
        context.instance,
        context.requestId,
      );
    return { afterSeq, size: Number(context.query.page_size) };
  }

  private async listed<T>(
    context: Context,
    path: string,
    list: (reads: CatalogReads, afterSeq: number, size: number) => Promise<{ items: T[]; lastSeq: number; more: boolean }>,
  ): Promise<Reply> {
    const page = this.page(context);
    if ('status' in page) return page;
    const { items, lastSeq, more } = await list(this.store, page.afterSeq, page.size);
    if (!more) return { status: 200, body: { items } };
    const token = encodePageToken(lastSeq);
    return { status: 200, body: { items, next_page_token: token }, headers: { Link: nextLink(path, page.size, token) } };
  }

  private async listVersions(context: Context): Promise<Reply> {
    const image = context.path.image!;
    if (!(await this.store.getImage(image))) return this.notFound(context, `image ${image} does not exist`);
    return this.listed(context, `/v1/images/${encode(image)}/versions`, (reads, after, size) => reads.listVersions(image, after, size));
  }

  private async getVersion(context: Context): Promise<Reply> {
    const { image, version } = context.path as { image: string; version: string };
    const found = await this.store.getVersion(image, version);
    return found ? { status: 200, body: found } : this.notFound(context, `version ${version} of ${image} does not exist`);
  }

  // Attachments

  private async getAttachment(context: Context): Promise<Reply> {
    const found = await this.store.getAttachment(context.path.target!);
    if (!found) return this.notFound(context, `target ${context.path.target} has no attachment`);
    return { status: 200, body: found.value, headers: { ETag: found.etag } };
  }

  private async putAttachment(tx: CatalogWrites, context: Context): Promise<Reply> {
    const target = context.path.target!;
    const input = context.body as AttachmentPut;
    const current = await tx.getAttachment(target);
    const refused = this.preconditionProblem(context, `attachment of ${target}`, current?.etag);
    if (refused) return refused;
    const version = await tx.getVersion(input.image, input.version);
    if (!version) {
      return problem(
        422,
        'version-not-registered',
        `version ${input.version} of ${input.image} is not registered: register it before attaching it`,
        context.instance,
        context.requestId,
      );
    }
    const { outcome, attachment } = await tx.setAttachment(target, version, current, context.principal.name);
    return { status: outcome === 'created' ? 201 : 200, body: attachment.value, headers: { ETag: attachment.etag } };
  }

  // Channels

  private async getChannel(context: Context): Promise<Reply> {
    const { image, channel } = context.path as { image: string; channel: string };
    const found = await this.store.getChannel(image, channel);
    if (!found) return this.notFound(context, `channel ${channel} of ${image} has no version yet`);
    return { status: 200, body: found.value, headers: { ETag: found.etag } };
  }

  private async createPromotion(tx: CatalogWrites, context: Context): Promise<Reply> {
    const { image, channel } = context.path as { image: string; channel: string };
    const input = context.body as PromotionCreate;
    if (!(await tx.getImage(image))) return this.notFound(context, `image ${image} does not exist`);
    const current = await tx.getChannel(image, channel);
    const refused = this.preconditionProblem(context, `channel ${channel} of ${image}`, current?.etag);
    if (refused) return refused;
    const version = await tx.getVersion(image, input.version);
    if (!version) {
      return problem(
        422,
        'version-not-registered',
        `version ${input.version} of ${image} is not registered: only registered versions can be promoted`,
        context.instance,
        context.requestId,
      );
    }
    const { promotion, channel: moved } = await tx.promote(version, channel, current, input.reason, context.principal.name);
    return {
      status: 201,
      body: promotion,
      headers: { ETag: moved.etag, Location: `/v1/images/${encode(image)}/channels/${encode(channel)}` },
    };
  }

  private async listPromotions(context: Context): Promise<Reply> {
    const { image, channel } = context.path as { image: string; channel: string };
    if (!(await this.store.getImage(image))) return this.notFound(context, `image ${image} does not exist`);
    return this.listed(context, `/v1/images/${encode(image)}/channels/${encode(channel)}/promotions`, (reads, after, size) =>
      reads.listPromotions(image, channel, after, size),
    );
  }
}
