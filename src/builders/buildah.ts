/**
 * The daemonless builder: `buildah bud --layers` with a registry layer cache, `--timestamp` for
 * reproducible output, then `buildah push --digestfile` (one platform) or
 * `buildah manifest push --all --digestfile` (several: the digest is the index's).
 *
 * Notes on buildah 1.28 (Debian 12), seen on this machine:
 * - `--cache-from` takes one repository; given twice, the last one wins. We pass the first read ref.
 * - `--tls-verify` is per command, not per registry (`--registries-conf-dir` is ignored), so a
 *   build that talks to an insecure registry pulls its base images without TLS verification too.
 * - Multi-platform builds with `--layers` can take a layer-cache hit from another platform when the
 *   platforms' base layers are byte-identical (podman#18723, fixed in buildah 1.41): the manifest
 *   list then lacks a platform. We check the list and rebuild once with `--no-cache` when it does.
 */
import * as core from '../runtime/actions-core.js';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSha256Digest, registryHost } from '../core/image-ref.js';
import { isInsecureRegistry } from '../core/registry-hosts.js';
import { InputError, StepError } from '../core/errors.js';
import type { Builder, BuildRequest, BuildResult } from './builder.js';
import { commandFailed, type CommandResult, type CommandRunner } from '../runtime/exec.js';
import { sortedPairs } from '../core/lists.js';
import { secretSpec } from './flags.js';
import { missingPlatforms } from './platforms.js';

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
    if (request.cache.write) args.push('--cache-to', request.cache.ref);
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

export function buildahPushArgs(request: BuildRequest, plan: PushPlan, options: BuildahOptions = DEFAULT_BUILDAH_OPTIONS): string[] {
  const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push'])];
  args.push('--digestfile', plan.digestFile);
  if (isInsecureRegistry(registryHost(plan.destination), request.insecureRegistries)) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(plan.source, `docker://${plan.destination}`);
  return args;
}

export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const;

  constructor(private readonly options: BuildahOptions = buildahOptionsFromEnv()) {}

  async build(request: BuildRequest, runner: CommandRunner): Promise<BuildResult> {
    if (request.push && request.tags.length === 0) throw new StepError('Nothing to push to: the build request has no tags');
    const foreign = request.platforms.filter((platform) => !platform.startsWith('linux/'));
    if (foreign.length > 0) {
      throw new InputError(
        'platforms',
        `buildah builds Linux images only, not ${foreign.join(', ')}`,
        'Build those with builder: buildx on a builder that supports them, or leave them out',
      );
    }
    const work = await mkdtemp(path.join(tmpdir(), 'buildah-build-'));
    const outputs: string[] = [];
    const run = async (what: string, args: string[], quiet = false): Promise<CommandResult> => {
      const result = await runner.run(this.options.command, args, { env: request.environment, quiet });
      if (!quiet) outputs.push(result.output);
      if (result.exitCode !== 0) throw commandFailed(what, result);
      return result;
    };
    const multi = request.platforms.length > 1;
    const list = `localhost/image-actions-build-${randomBytes(6).toString('hex')}`;
    try {
      const source = multi ? await this.buildList(request, list, run) : await this.buildImage(request, work, run);
      let digest = '';
      if (request.push) {
        const digests = new Set<string>();
        for (const [index, tag] of request.tags.entries()) {
          const digestFile = path.join(work, `digest-${index}`);
          const plan = { source, destination: tag, digestFile, manifestList: multi };
          await run(`buildah push to ${tag}`, buildahPushArgs(request, plan, this.options));
          const pushed = (await readFile(digestFile, 'utf8').catch(() => '')).trim();
          if (!isSha256Digest(pushed)) throw new StepError(`buildah push to ${tag} reported no digest (got '${pushed}')`);
          digests.add(pushed);
        }
        if (digests.size > 1) throw new StepError(`The pushed tags got different digests: ${[...digests].join(', ')}`);
        digest = [...digests][0] ?? '';
      }
      return { digest, log: outputs.join('') };
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
  private async buildImage(request: BuildRequest, work: string, run: Run): Promise<string> {
    const iidFile = path.join(work, 'iid');
    await run('buildah bud', buildahBudArgs(request, { iidFile }, this.options));
    const id = (await readFile(iidFile, 'utf8')).trim().replace(/^sha256:/, '');
    if (!/^[a-f0-9]{64}$/.test(id)) throw new StepError(`buildah bud wrote no image ID (got '${id}')`);
    return id;
  }

  /** Several platforms: build into a local manifest list, make sure it carries every platform. */
  private async buildList(request: BuildRequest, list: string, run: Run): Promise<string> {
    await run('buildah bud', buildahBudArgs(request, { manifest: list }, this.options));
    let missing = await this.missing(request, list, run);
    if (missing.length > 0) {
      core.warning(
        `buildah's layer cache mixed up platforms (${missing.join(', ')} missing from the manifest list; ` +
          'a known bug of buildah before 1.41 when platforms share identical layers). Rebuilding once without the layer cache.',
      );
      await run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]);
      await run('buildah bud --no-cache', buildahBudArgs(request, { manifest: list, noCache: true }, this.options));
      missing = await this.missing(request, list, run);
      if (missing.length > 0) throw new StepError(`buildah built no image for ${missing.join(', ')}`);
    }
    return list;
  }

  private async missing(request: BuildRequest, list: string, run: Run): Promise<string[]> {
    const inspected = await run('buildah manifest inspect', [...buildahGlobalArgs(this.options), 'manifest', 'inspect', list], true);
    return missingPlatforms(request.platforms, inspected.stdout);
  }
}

type Run = (what: string, args: string[], quiet?: boolean) => Promise<CommandResult>;
