/**
 * The daemonless builder: `buildah bud --layers` with a registry layer cache and `--timestamp` for
 * reproducible output, then the push.
 *
 * The push: buildah pushes the image itself, once (`--digestfile`; `manifest push --all` for
 * several platforms) — it compresses and uploads in one stream, which nothing beats with no faults.
 * If that fails on a transient registry error (429, 5xx, a dropped connection: buildah's own push
 * gives up on those, 0 of 3 builds got through a registry failing 30% of requests), this project's
 * registry client takes over: buildah writes the same image to a local OCI layout and the client
 * uploads it (registry/upload-layout.ts) with its retries — attempts and time bounded, jittered
 * backoff, `Retry-After` honoured, the same bytes on every retry, the manifest last. 401/403/404
 * fail at once. (Uploading from the layout every time costs 1.4–2.4× buildah's push on a busy
 * 2-core runner, since every byte then passes through a second process; see bench/push.ts.)
 *
 * Base image layers are not written to the layout: an empty file under a layer's uncompressed
 * digest makes containers/image's OCI layout writer take it as already there (it reuses any blob
 * file whose name matches), and the manifest is then pointed at the base image's compressed blob,
 * which the upload mounts (same registry) or copies (another registry) — what buildah's own push
 * does from its blob cache, without compressing gigabytes of base layers again.
 *
 * A `bud` that fails on a transient registry error (pulling a base image, reading or writing the
 * layer cache) runs again within the same bounds; the layer cache makes that cheap. A failure to
 * write the cache (`--cache-to`, pushed by buildah itself) is retried without writing it: the cache
 * saves time, it must not fail a release. 401/403/404 and failing RUN steps fail at once.
 *
 * Notes on buildah 1.28 (Debian 12), seen on this machine:
 * - `--cache-from` takes one repository; given twice, the last one wins. We pass the first read ref.
 * - `--tls-verify` is per command, not per registry (`--registries-conf-dir` is ignored), so a
 *   build that talks to an insecure registry pulls its base images without TLS verification too.
 * - Multi-platform builds with `--layers` can take a layer-cache hit from another platform when the
 *   platforms' base layers are byte-identical (podman#18723, fixed in buildah 1.41): the manifest
 *   list then lacks a platform. We check the list and rebuild once with `--no-cache` when it does.
 * - buildah's pull and push retries (`--retry`, 3) cover dropped connections but not 429/5xx
 *   answers; `manifest push` has no `--retry`.
 */
import * as core from '../runtime/actions-core.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSha256Digest, parseImageRef, registryHost, withDigest } from '../core/image-ref.js';
import { isInsecureRegistry } from '../core/registry-hosts.js';
import { InputError, StepError } from '../core/errors.js';
import { hostPlatform, parsePlatform } from '../core/platforms.js';
import type { Builder, BuildRequest, BuildResult } from './builder.js';
import { commandFailed, type CommandResult, type CommandRunner } from '../runtime/exec.js';
import { retryLoop, type RetryLoopOptions } from '../runtime/retry.js';
import { sortedPairs } from '../core/lists.js';
import { secretSpec } from './flags.js';
import { missingPlatforms } from './platforms.js';
import { classifyBuildahFailure, isRefusal, lastBuildahError } from './buildah-failures.js';
import type { RegistryClient, RepositoryRef } from '../registry/client.js';
import { type KnownLayer, knownLayers, substituteKnownLayers } from '../registry/known-layers.js';
import { makeRegistryClient, readAuthFile } from '../registry/login.js';
import { OciLayout } from '../registry/oci-layout.js';
import { uploadLayout, type UploadLayoutResult } from '../registry/upload-layout.js';

export interface BuildahOptions {
  /** The buildah executable. */
  command: string;
  /** Storage root and state dirs; unset → buildah's defaults (storage.conf). */
  root?: string;
  runroot?: string;
  /** `vfs` works everywhere without privileges (slow, disk hungry); `overlay` where the kernel allows. */
  storageDriver?: string;
  /** `chroot` needs no user namespaces or runc: it works inside unprivileged CI containers. */
  isolation: string;
}

export const DEFAULT_BUILDAH_OPTIONS: BuildahOptions = { command: 'buildah', storageDriver: 'vfs', isolation: 'chroot' };

/**
 * Options from the variables buildah users already know: `BUILDAH_ISOLATION` (buildah's own) and
 * `STORAGE_DRIVER` (containers/storage's); `BUILDAH_ROOT`/`BUILDAH_RUNROOT` for a dedicated store.
 */
export function buildahOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BuildahOptions {
  return {
    command: env.BUILDAH_COMMAND || 'buildah',
    storageDriver: env.STORAGE_DRIVER || 'vfs',
    isolation: env.BUILDAH_ISOLATION || 'chroot',
    ...(env.BUILDAH_ROOT ? { root: env.BUILDAH_ROOT } : {}),
    ...(env.BUILDAH_RUNROOT ? { runroot: env.BUILDAH_RUNROOT } : {}),
  };
}

/** Flags that come before the subcommand: which store to use. */
export function buildahGlobalArgs(options: BuildahOptions = DEFAULT_BUILDAH_OPTIONS): string[] {
  const args: string[] = [];
  if (options.root) args.push('--root', options.root);
  if (options.runroot) args.push('--runroot', options.runroot);
  if (options.storageDriver) args.push('--storage-driver', options.storageDriver);
  return args;
}

/** How one `bud` run is told to leave its result. */
export interface BudPlan {
  /** Several platforms: the local manifest list that collects the images. */
  manifest?: string;
  /** One platform: where buildah writes the image ID. */
  iidFile?: string;
  /** Ignore cached layers (the retry after a cross-platform cache mix-up). */
  noCache?: boolean;
  /** Leave out `--cache-to` (after writing the cache failed on a transient error). */
  noCacheWrite?: boolean;
}

/** Registries `bud` talks to that we know of: the target's, the cache's, and those listed insecure. */
function budNeedsInsecure(request: BuildRequest): boolean {
  if (request.insecureRegistries.length > 0) return true;
  const refs = [request.repository, ...request.tags];
  if (request.cache.type === 'registry') refs.push(...request.cache.read, request.cache.ref);
  return refs.some((ref) => isInsecureRegistry(registryHost(ref), request.insecureRegistries));
}

export function buildahBudArgs(request: BuildRequest, plan: BudPlan = {}, options: BuildahOptions = DEFAULT_BUILDAH_OPTIONS): string[] {
  const args = [...buildahGlobalArgs(options), 'bud', '--layers', '--isolation', options.isolation, '--file', request.dockerfile];
  if (request.timestamp !== undefined) args.push('--timestamp', String(request.timestamp));
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  if (plan.manifest) args.push('--manifest', plan.manifest);
  if (plan.iidFile) args.push('--iidfile', plan.iidFile);
  if (request.target) args.push('--target', request.target);
  for (const pair of sortedPairs(request.buildArgs)) args.push('--build-arg', pair);
  for (const secret of request.secrets) args.push('--secret', secretSpec(secret));
  for (const pair of sortedPairs(request.labels)) args.push('--label', pair);
  if (request.cache.type === 'registry') {
    const from = request.cache.read[0];
    if (from) args.push('--cache-from', from);
    if (request.cache.write && !plan.noCacheWrite) args.push('--cache-to', request.cache.ref);
  }
  if (plan.noCache) args.push('--no-cache');
  if (budNeedsInsecure(request)) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(request.contextDir);
  return args;
}

export interface PushPlan {
  /** Local image ID (one platform) or manifest list name (several). */
  source: string;
  /** Full reference to push to, e.g. `127.0.0.1:5000/app:h1-…`. */
  destination: string;
  digestFile: string;
  manifestList: boolean;
}

/** buildah's own push, tried once: on a transient failure the registry client takes over (and does the retrying). */
export function buildahPushArgs(request: BuildRequest, plan: PushPlan, options: BuildahOptions = DEFAULT_BUILDAH_OPTIONS): string[] {
  const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push', '--retry', '0'])];
  args.push('--digestfile', plan.digestFile);
  if (isInsecureRegistry(registryHost(plan.destination), request.insecureRegistries)) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(plan.source, `docker://${plan.destination}`);
  return args;
}

export interface ExportPlan {
  /** Local image ID (one platform) or manifest list name (several). */
  source: string;
  /** The OCI layout folder buildah writes to. */
  layoutDir: string;
  /** The image's name in the layout's index.json. */
  name: string;
  manifestList: boolean;
}

/** `buildah push` (or `manifest push --all`) into a local OCI layout: no registry involved. */
export function buildahExportArgs(plan: ExportPlan, options: BuildahOptions = DEFAULT_BUILDAH_OPTIONS): string[] {
  const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push'])];
  args.push(plan.source, `oci:${plan.layoutDir}:${plan.name}`);
  return args;
}

/** Pushes a local OCI layout: registry/upload-layout.ts's uploadLayout (a seam for tests). */
export type LayoutPusher = typeof uploadLayout;

/** The layout's name for the built image (`oci:<dir>:<name>`). */
const LAYOUT_NAME = 'image';

export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const;

  constructor(
    private readonly options: BuildahOptions = buildahOptionsFromEnv(),
    private readonly pushLayout: LayoutPusher = uploadLayout,
  ) {}

  async build(request: BuildRequest, runner: CommandRunner, registry?: RegistryClient): Promise<BuildResult> {
    if (request.push && request.tags.length === 0) throw new StepError('Nothing to push to: the build request has no tags');
    const foreign = request.platforms.filter((platform) => !platform.startsWith('linux/'));
    if (foreign.length > 0) {
      throw new InputError(
        'platforms',
        `buildah builds Linux images only, not ${foreign.join(', ')}`,
        'Build those with builder: buildx on a builder that supports them, or leave them out',
      );
    }
    const client = registry ?? defaultRegistryClient(request);
    const work = await mkdtemp(path.join(tmpdir(), 'buildah-build-'));
    const outputs: string[] = [];
    const run = async (what: string, args: string[], quiet = false): Promise<CommandResult> => {
      const result = await runner.run(this.options.command, args, { env: request.environment, quiet });
      if (!quiet) outputs.push(result.output);
      if (result.exitCode !== 0) throw commandFailed(what, result);
      return result;
    };
    const bud = new BudRunner(this.options, runner, request, client, outputs);
    const multi = request.platforms.length > 1;
    // node:crypto loads here, at a real build: a no-op run (the image exists) never needs it.
    const list = `localhost/image-actions-build-${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}`;
    try {
      const source = multi ? await this.buildList(request, list, bud, run) : await this.buildImage(work, bud);
      let digest = '';
      let handedOver = false;
      if (request.push) {
        const pushed = await this.pushImage(request, client, runner, { source, work, multi });
        outputs.push(pushed.log);
        digest = pushed.digest;
        handedOver = pushed.via === 'registry client';
      }
      return { digest, log: outputs.join(''), retries: bud.retries + (handedOver ? 1 : 0) };
    } finally {
      if (multi) {
        await runner
          .run(this.options.command, [...buildahGlobalArgs(this.options), 'manifest', 'rm', list], { quiet: true })
          .catch(() => undefined);
      }
      await rm(work, { recursive: true, force: true });
    }
  }

  /** One platform: build, return the image ID. */
  private async buildImage(work: string, bud: BudRunner): Promise<string> {
    const iidFile = path.join(work, 'iid');
    await bud.run('buildah bud', { iidFile });
    const id = (await readFile(iidFile, 'utf8')).trim().replace(/^sha256:/, '');
    if (!/^[a-f0-9]{64}$/.test(id)) throw new StepError(`buildah bud wrote no image ID (got '${id}')`);
    return id;
  }

  /** Several platforms: build into a local manifest list, make sure it carries every platform. */
  private async buildList(request: BuildRequest, list: string, bud: BudRunner, run: Run): Promise<string> {
    await bud.run('buildah bud', { manifest: list }, () =>
      run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]),
    );
    let missing = await this.missing(request, list, run);
    if (missing.length > 0) {
      core.warning(
        `buildah's layer cache mixed up platforms (${missing.join(', ')} missing from the manifest list; ` +
          'a known bug of buildah before 1.41 when platforms share identical layers). Rebuilding once without the layer cache.',
      );
      await run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]);
      await bud.run('buildah bud --no-cache', { manifest: list, noCache: true }, () =>
        run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]),
      );
      missing = await this.missing(request, list, run);
      if (missing.length > 0) throw new StepError(`buildah built no image for ${missing.join(', ')}`);
    }
    return list;
  }

  private async missing(request: BuildRequest, list: string, run: Run): Promise<string[]> {
    const inspected = await run('buildah manifest inspect', [...buildahGlobalArgs(this.options), 'manifest', 'inspect', list], true);
    return missingPlatforms(request.platforms, inspected.stdout);
  }

  /**
   * Pushes the built image (`target.source`: an image ID, or a manifest list name when `multi`) to
   * every tag: buildah once, then — after a transient registry failure — the registry client from
   * a local OCI layout (pushFromLayout). Returns the digest the tags now serve. Public for the
   * push benchmark.
   */
  async pushImage(
    request: BuildRequest,
    client: RegistryClient,
    runner: CommandRunner,
    target: { source: string; work: string; multi: boolean },
  ): Promise<PushReport> {
    const [first, ...others] = request.tags as [string, ...string[]];
    const destination = parseImageRef(first);
    const extra = others.map((tag) => {
      const ref = parseImageRef(tag);
      if (ref.apiHost !== destination.apiHost || ref.repository !== destination.repository || !ref.tag) {
        throw new StepError(`Every tag of one push must be in ${destination.registry}/${destination.repository}; ${tag} is not`);
      }
      return ref.tag;
    });
    const digestFile = path.join(target.work, 'digest');
    const plan: PushPlan = { source: target.source, destination: first, digestFile, manifestList: target.multi };
    const pushed = await runner.run(this.options.command, buildahPushArgs(request, plan, this.options), { env: request.environment });
    let why: string;
    if (pushed.exitCode === 0) {
      const digest = (await readFile(digestFile, 'utf8').catch(() => '')).trim();
      if (isSha256Digest(digest)) {
        // The other tags get the same manifest bytes (a manifest PUT each, retried by the client).
        if (extra.length > 0) await client.tagImage(withDigest(destination, digest), extra);
        return { digest, via: 'buildah', log: pushed.output };
      }
      // buildah 1.28's `manifest push` exits 0 without a digest when an upload failed: the cause is unknown, the
      // registry client finds out (it fails at once, clearly, on 401/403/404).
      why = `reported no digest (got '${digest}'), so it did not push`;
    } else {
      // A refusal (401/403/404, an unknown host) fails at once; anything else is worth the client's try: it
      // retries what is transient and fails clearly, without retrying, on what is not.
      const error = lastBuildahError(pushed.output) ?? '';
      if (isRefusal(error)) throw commandFailed(`buildah push to ${first}`, pushed);
      const failure = classifyBuildahFailure(pushed.output);
      why =
        failure.kind === 'transient'
          ? `failed on a transient registry error (${failure.reason})`
          : `failed (${error.slice(0, 300) || `exit code ${pushed.exitCode}`})`;
    }
    core.info(
      `buildah push to ${first} ${why}; the registry client pushes the same image instead, from a local OCI layout, retrying within its bounds`,
    );
    const fromLayout = await this.pushFromLayout(request, client, runner, {
      source: target.source,
      layoutDir: path.join(target.work, 'layout'),
      multi: target.multi,
    });
    return { digest: fromLayout.digest, via: 'registry client', log: pushed.output + fromLayout.log };
  }

  /**
   * The retry path of the push: writes the built image to a local OCI layout (base layers left
   * out, see the top of this file) and uploads it to every tag with the registry client. Public
   * for the push benchmark.
   */
  async pushFromLayout(
    request: BuildRequest,
    client: RegistryClient,
    runner: CommandRunner,
    target: { source: string; layoutDir: string; multi: boolean },
  ): Promise<LayoutPushReport> {
    const started = performance.now();
    const known = await knownBaseLayers(request, client);
    const blobs = path.join(target.layoutDir, 'blobs', 'sha256');
    await mkdir(blobs, { recursive: true });
    for (const diffId of known.keys()) {
      if (/^sha256:[a-f0-9]{64}$/.test(diffId)) await writeFile(path.join(blobs, diffId.slice('sha256:'.length)), '');
    }
    const plan: ExportPlan = { source: target.source, layoutDir: target.layoutDir, name: LAYOUT_NAME, manifestList: target.multi };
    const exported = await runner.run(this.options.command, buildahExportArgs(plan, this.options), { env: request.environment });
    if (exported.exitCode !== 0) throw commandFailed('buildah push to a local OCI layout', exported);
    const layout = await OciLayout.open(target.layoutDir);
    const substituted = await substituteKnownLayers(layout, LAYOUT_NAME, known);
    const written = performance.now();
    const mountFrom = cacheRepository(request);
    const upload = await this.pushLayout(client, layout, request.tags, {
      name: LAYOUT_NAME,
      remoteBlobs: substituted.remoteBlobs,
      ...(mountFrom ? { mountFrom } : {}),
    });
    const ms = { layout: Math.round(written - started), upload: Math.round(performance.now() - written) };
    const { exists, mounted, uploaded, copied } = upload.blobs;
    core.info(
      `Pushed ${upload.digest} to ${request.tags.join(', ')} with the registry client: ${exists + mounted + uploaded + copied} blobs ` +
        `(${exists} already there, ${mounted} mounted, ${uploaded} uploaded, ${copied} copied from another registry; ` +
        `${upload.bytesUploaded} bytes sent), ${substituted.replaced} base layers taken from the registry` +
        (upload.restarts > 0 ? `; the push started again ${upload.restarts} times` : '') +
        `. Time: layout ${ms.layout} ms, upload ${ms.upload} ms`,
    );
    return { digest: upload.digest, upload, replaced: substituted.replaced, ms, log: exported.output };
  }
}

/** How pushImage got the image there. */
export interface PushReport {
  digest: string;
  /** buildah's own push went through, or the registry client took over after a transient failure. */
  via: 'buildah' | 'registry client';
  /** What buildah printed. */
  log: string;
}

/** What pushFromLayout did. */
export interface LayoutPushReport {
  digest: string;
  upload: UploadLayoutResult;
  /** Base layer descriptors taken from the registry instead of written. */
  replaced: number;
  /** Writing the layout (base layers looked up first), uploading it. */
  ms: { layout: number; upload: number };
  /** What `buildah push … oci:` printed. */
  log: string;
}

type Run = (what: string, args: string[], quiet?: boolean) => Promise<CommandResult>;

/**
 * Runs `buildah bud`, again after a transient registry failure, within the registry client's retry
 * bounds (attempts, backoff with jitter). Its time budget counts the waiting, not the building: a
 * long build that fails at its end keeps its retries.
 */
class BudRunner {
  retries = 0;
  private noCacheWrite = false;

  constructor(
    private readonly options: BuildahOptions,
    private readonly runner: CommandRunner,
    private readonly request: BuildRequest,
    private readonly client: RegistryClient,
    private readonly outputs: string[],
  ) {}

  /** `beforeRetry` undoes what a failed attempt left behind (a half-filled manifest list). */
  async run(what: string, plan: BudPlan, beforeRetry?: () => Promise<unknown>): Promise<void> {
    const { policy, sleep, random } = this.client.http.options;
    let waited = 0;
    const loop: RetryLoopOptions = {
      policy: {
        ...policy,
        random,
        now: () => waited,
        sleep: async (ms) => {
          waited += ms;
          await sleep(ms);
        },
      },
      server: 'the registry',
      onRetry: ({ attempt, delayMs, reason }) => {
        this.retries++;
        core.info(
          `${what} failed on a transient registry error (${reason}); running it again in ${delayMs} ms ` +
            `(attempt ${attempt + 1} of ${policy.maxAttempts}; the layers built so far come from the layer cache)`,
        );
      },
    };
    await retryLoop<void>(loop, async (attempt) => {
      if (attempt > 1) await beforeRetry?.().catch(() => undefined);
      const args = buildahBudArgs(this.request, { ...plan, noCacheWrite: this.noCacheWrite }, this.options);
      const result = await this.runner.run(this.options.command, args, { env: this.request.environment });
      this.outputs.push(result.output);
      if (result.exitCode === 0) return { done: undefined };
      const error = commandFailed(what, result);
      const failure = classifyBuildahFailure(result.output);
      if (failure.kind === 'final') throw error;
      if (failure.cachePush && !this.noCacheWrite) {
        this.noCacheWrite = true;
        core.warning(
          `Writing the layer cache to ${this.request.cache.ref} failed (${failure.reason}); building on without writing it ` +
            '(this build is unaffected; the next one may rebuild those layers)',
        );
      }
      return {
        failed: { status: 503, retryable: true },
        reason: failure.reason,
        giveUp: (stop) => {
          throw new StepError(`${error.message}
It failed on transient registry errors each time: ${stop}.`);
        },
      };
    });
  }
}

/**
 * The layers of the build's base images for its platforms, by diff ID: what the layout leaves out
 * and the push takes from the registry. Never fails: an image that cannot be read is only written again.
 */
export function knownBaseLayers(request: BuildRequest, client: RegistryClient): Promise<Map<string, KnownLayer>> {
  const platforms = (request.platforms.length > 0 ? request.platforms : [hostPlatform()]).map(parsePlatform);
  return knownLayers(client, request.baseImages ?? [], platforms, (problem) =>
    core.info(`Base image layers are written again instead of mounted: ${problem}`),
  );
}

/** The layer cache repository, where built layers may already be (a mount source for the push). */
function cacheRepository(request: BuildRequest): RepositoryRef | undefined {
  if (request.cache.type !== 'registry' || !request.cache.ref) return undefined;
  try {
    return repositoryOf(request.cache.ref);
  } catch {
    return undefined;
  }
}

/** The repository of a full reference (blobs are uploaded per repository). */
function repositoryOf(reference: string): RepositoryRef {
  const ref = parseImageRef(reference);
  return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}

/** A registry client when the caller gave none: the request's insecure registries and auth file, else Docker's config.json. */
function defaultRegistryClient(request: BuildRequest): RegistryClient {
  return makeRegistryClient(request.authFile ? readAuthFile(request.authFile) : [], request.insecureRegistries);
}
