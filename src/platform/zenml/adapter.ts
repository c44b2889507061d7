import { InputError, StepError } from '../../core/errors.js';
import { parsePinnedImageRef } from '../../core/image-ref.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest } from '../../core/platform-model.js';
import { targetName } from '../../core/targets.js';
import { actionsLog, type PlatformLog } from '../log.js';
import { VersionConflictError, type PlatformAdapter } from '../platform.js';
import type { PlatformRetryOptions } from '../retry-policy.js';
import {
  buildChecksum,
  buildImage,
  buildLookupQuery,
  buildRequestBody,
  versionSettingsChecksum,
  type BuildFacts,
  type BuildResponse,
} from './build.js';
import { ZenMLApiError, ZenMLClient } from './client.js';
import type { HttpFetch } from '../../runtime/http-transport.js';

/**
 * ZenML pipeline builds (seed 004: "Create a build manually (useful for pre-building images)").
 *
 * A version is a pipeline build whose images map the stack's image keys (default
 * `orchestrator`) to the pushed image pinned by digest, with `is_local: false`,
 * `contains_code: false` and the ZenML and Python versions the image holds. Builds are immutable
 * (there is no update model), so registering is: look the build up by checksum as ZenML's own
 * `find_existing_build` does, replay it when it runs this image, otherwise create it. A run uses it
 * by id (`build: <version-id>` in the run configuration), or by itself when `settings-checksum` is
 * the one ZenML computes for the pipeline (build.ts).
 *
 * Requests (zenml-io/zenml, project era): `POST /api/v1/login` (client.ts);
 * `GET /api/v1/projects/{project_name_or_id}` (`zen_server/routers/projects_endpoints.py`
 * `get_project`); `GET|POST /api/v1/pipeline_builds`, `DELETE /api/v1/pipeline_builds/{build_id}`
 * (`zen_server/routers/pipeline_builds_endpoints.py` @ e144a9db; filter fields of
 * `PipelineBuildFilter`, `models/v2/core/pipeline_build.py`; page `{index, max_size, total_pages,
 * total, items}`, `models/v2/base/page.py`).
 *
 * Concurrency: ZenML does not refuse a second build with the same checksum, so after creating
 * one the adapter lists the builds with that checksum; when an older one runs the same image it
 * deletes its own and reports the older (every racer converges on the first). An ambiguous POST
 * failure (no answer, 5xx) is followed by the same lookup: when the build is there, later builds of
 * the image are removed (the POST may have made one after all); when it is not, the POST is sent
 * again (three rounds at most).
 *
 * Unverified (check with a server first): the minimum server version with the top-level
 * `POST /api/v1/pipeline_builds` (older servers only have `/api/v1/workspaces/{id}/pipeline_builds`);
 * that the server accepts `dockerfile: null` and `requirements: null` items.
 */
export interface ZenMLPlatformOptions {
  url: string;
  apiKey: string;
  zenmlVersion: string;
  pythonVersion: string;
  /** Project name or id; default `default`. */
  project?: string;
  stackId?: string;
  /** Image keys of the build; default `orchestrator`. */
  imageKeys?: string[];
  /** ZenML's settings checksum of the pipeline, for ZenML's automatic reuse; default one per version. */
  settingsChecksum?: string;
  log?: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
}

/** How many times a build whose POST failed without a clear answer (and is not there) is sent. */
const AMBIGUOUS_ROUNDS = 3;

interface Page<T> {
  items?: T[];
  total?: number;
}

export class ZenMLPlatform implements PlatformAdapter {
  readonly name = 'zenml';
  private readonly client: ZenMLClient;
  private readonly log: PlatformLog;
  private projectId: string | undefined;

  constructor(private readonly options: ZenMLPlatformOptions) {
    this.log = options.log ?? actionsLog;
    this.client = new ZenMLClient({
      url: options.url,
      apiKey: options.apiKey,
      log: this.log,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    });
  }

  async ensureImage(image: string): Promise<void> {
    await this.project();
    this.log.debug(`ZenML keeps builds, not images; '${image}' needs no record.`);
  }

  async createVersion(request: ImageVersionRequest): Promise<ImageVersion> {
    const pinned = parsePinnedImageRef(request.imageRef);
    if (!pinned || pinned.digest !== request.digest) {
      throw new InputError(
        'image',
        `'${request.imageRef}' is not pinned by digest ${request.digest}`,
        "Pass the build step's `image` output",
      );
    }
    const facts = await this.facts(request.imageRef, request.image, request.version);
    const checksum = buildChecksum(this.keys(), facts.settingsChecksum);

    const existing = this.pick(await this.builds(facts, checksum, 50), request.imageRef);
    if (existing) {
      const decided = this.decide(request, existing);
      if (decided) return decided;
    }

    let created: BuildResponse | undefined;
    for (let round = 1; !created; round++) {
      try {
        created = await this.client.post<BuildResponse>('/api/v1/pipeline_builds', buildRequestBody(facts, checksum));
      } catch (error) {
        if (!(error instanceof ZenMLApiError) || !error.ambiguous) throw error;
        this.log.info(`ZenML did not answer the new build clearly (${error.message}); looking it up.`);
        const listed = await this.builds(facts, checksum, 50);
        const found = this.pick(listed, request.imageRef);
        const decided = found ? this.decide(request, found, true) : undefined;
        if (decided) {
          // The POST may have created a build after all: a later one of this image is a duplicate
          // (ours, or a racer's that removes its own too), as after a clear answer below.
          await this.removeDuplicates(listed, decided.id, request.imageRef);
          return decided;
        }
        // Not there: sending it again cannot leave two (a late first one is removed below).
        if (round >= AMBIGUOUS_ROUNDS) {
          throw new StepError(`${error.message} Looked up again: no build with checksum ${checksum} exists, so none was created.`, {
            cause: error,
          });
        }
      }
    }
    if (!created.id) throw new StepError('ZenML answered the new pipeline build without an id.');

    // Another register may have created a build for this checksum meanwhile: the oldest one that
    // runs this image wins (under a per-version checksum, the oldest of all), ours is removed.
    const winner = this.pick(await this.builds(facts, checksum, 50), request.imageRef);
    if (winner?.id && winner.id !== created.id) {
      await this.removeBuild(created.id);
      this.log.info(`ZenML build ${winner.id} was created first for this checksum; removed the duplicate ${created.id}.`);
      const decided = this.decide(request, winner);
      if (decided) return decided;
    }
    this.log.info(`ZenML pipeline build ${created.id} runs ${request.imageRef} (checksum ${checksum}).`);
    return this.toVersion(request, created.id, true);
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    const facts = await this.facts('', image, version);
    // Under ZenML's shared settings checksum the version name is not recorded: the newest build wins there.
    const builds = await this.builds(facts, buildChecksum(this.keys(), facts.settingsChecksum), 50);
    const found = this.options.settingsChecksum ? builds.at(-1) : builds[0];
    const ref = found ? buildImage(found, this.keys()) : undefined;
    const digest = ref ? parsePinnedImageRef(ref)?.digest : undefined;
    if (!found?.id || !ref || !digest) return undefined;
    return { id: found.id, image, version, digest, imageRef: ref, created: false };
  }

  async attach(_version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]> {
    if (targets.length > 0) {
      throw new StepError(
        `ZenML has no compute to attach to (${targets.map(targetName).join(', ')}): runs name the build id. Nothing was changed.`,
      );
    }
    return [];
  }

  /** Replay when `build` runs the request's image; conflict when it runs another under a per-version checksum. */
  private decide(request: ImageVersionRequest, build: BuildResponse, created = false): ImageVersion | undefined {
    const ref = buildImage(build, this.keys());
    if (build.id && ref === request.imageRef) {
      if (!created) this.log.info(`ZenML pipeline build ${build.id} already runs ${request.imageRef}; nothing created.`);
      return this.toVersion(request, build.id, created);
    }
    if (this.options.settingsChecksum) return undefined; // a shared checksum: a newer build takes over
    const existingDigest = (ref && parsePinnedImageRef(ref)?.digest) ?? ref ?? 'unknown';
    const conflict = new VersionConflictError(request.image, request.version, existingDigest, request.digest);
    conflict.message = `${conflict.message} (ZenML pipeline build ${build.id ?? '?'}). Nothing was changed.`;
    throw conflict;
  }

  /** Deletes the builds of `imageRef` other than `keep` (a later duplicate never stands for the version). */
  private async removeDuplicates(builds: BuildResponse[], keep: string, imageRef: string): Promise<void> {
    for (const build of builds) {
      if (!build.id || build.id === keep || buildImage(build, this.keys()) !== imageRef) continue;
      await this.removeBuild(build.id);
      this.log.info(`ZenML build ${keep} stands for this version; removed the duplicate ${build.id}.`);
    }
  }

  /** Deletes a duplicate build; one already gone (a retried DELETE) is fine. */
  private async removeBuild(id: string): Promise<void> {
    try {
      await this.client.delete(`/api/v1/pipeline_builds/${encodeURIComponent(id)}`);
    } catch (error) {
      if (!(error instanceof ZenMLApiError) || error.status !== 404) throw error;
    }
  }

  private toVersion(request: ImageVersionRequest, id: string, created: boolean): ImageVersion {
    return { id, image: request.image, version: request.version, digest: request.digest, imageRef: request.imageRef, created };
  }

  private keys(): string[] {
    return this.options.imageKeys && this.options.imageKeys.length > 0 ? this.options.imageKeys : ['orchestrator'];
  }

  private async facts(imageRef: string, image: string, version: string): Promise<BuildFacts> {
    return {
      projectId: await this.project(),
      ...(this.options.stackId ? { stackId: this.options.stackId } : {}),
      imageRef,
      imageKeys: this.keys(),
      settingsChecksum: this.options.settingsChecksum ?? versionSettingsChecksum(image, version),
      zenmlVersion: this.options.zenmlVersion,
      pythonVersion: this.options.pythonVersion,
    };
  }

  /**
   * The build that stands for this version, oldest first: under a per-version checksum the first
   * build of all (another image there is a conflict); under ZenML's settings checksum, shared by
   * many images, the first that runs this image.
   */
  private pick(builds: BuildResponse[], imageRef: string): BuildResponse | undefined {
    if (!this.options.settingsChecksum) return builds[0];
    return builds.find((build) => buildImage(build, this.keys()) === imageRef);
  }

  private async builds(facts: BuildFacts, checksum: string, size: number): Promise<BuildResponse[]> {
    const page = await this.client.get<Page<BuildResponse>>('/api/v1/pipeline_builds', buildLookupQuery(facts, checksum, size));
    return page.items ?? [];
  }

  private async project(): Promise<string> {
    if (this.projectId) return this.projectId;
    const name = this.options.project ?? 'default';
    let answer: { id?: string };
    try {
      answer = await this.client.get<{ id?: string }>(`/api/v1/projects/${encodeURIComponent(name)}`, { hydrate: 'false' });
    } catch (error) {
      if (error instanceof ZenMLApiError && error.status === 404) {
        throw new StepError(
          `ZenML has no project '${name}' (or the service account cannot see it). Set project=<name or id> in platform-settings.`,
          {
            cause: error,
          },
        );
      }
      throw error;
    }
    if (!answer.id) throw new StepError(`ZenML answered project '${name}' without an id.`);
    this.projectId = answer.id;
    return answer.id;
  }
}
