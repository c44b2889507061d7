/**
 * The Docker builder: `docker buildx build --push --metadata-file …` (GitHub-hosted runners).
 * The digest comes from the metadata file's `containerimage.digest` — empty or missing there is a
 * failure, never "no digest, carry on" (docker/build-push-action#906, #1435).
 *
 * Provenance is always passed explicitly: BuildKit's default attestation turns even a
 * single-platform push into an index with an `unknown/unknown` entry (build-push-action#755).
 * Default here: `false`, so one platform gives one image manifest, as with buildah.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSha256Digest, registryHost } from '../core/image-ref.js';
import { isInsecureRegistry } from '../core/registry-hosts.js';
import { StepError } from '../core/errors.js';
import type { Builder, BuildRequest, BuildResult } from './builder.js';
import { commandFailed, type CommandRunner } from '../runtime/exec.js';
import { dockerConfigWithAuth } from './docker-config.js';
import { sortedPairs } from '../core/lists.js';
import { secretSpec } from './flags.js';

export interface BuildxOptions {
  /** The docker CLI (buildx runs as its plugin). */
  command: string;
  /** `--provenance` value: `false`, `mode=min`, `mode=max`, … */
  provenance: string;
  /** `--builder` instance; unset → the current one (what docker/setup-buildx-action selected). */
  builder?: string;
}

export const DEFAULT_BUILDX_OPTIONS: BuildxOptions = { command: 'docker', provenance: 'false' };

export interface BuildxPlan {
  metadataFile: string;
}

function insecureSuffix(ref: string, request: BuildRequest): string {
  return isInsecureRegistry(registryHost(ref), request.insecureRegistries) ? ',registry.insecure=true' : '';
}

/** `--cache-from` / `--cache-to` values for the policy (pull requests get no cache-to). */
export function buildxCacheArgs(request: BuildRequest): string[] {
  const cache = request.cache;
  const args: string[] = [];
  if (cache.type === 'registry') {
    for (const ref of cache.read) args.push('--cache-from', `type=registry,ref=${ref}${insecureSuffix(ref, request)}`);
    if (cache.write) args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max${insecureSuffix(cache.ref, request)}`);
  } else if (cache.type === 'gha') {
    const scope = cache.scope || cache.ref;
    if (!scope) throw new StepError('The gha cache needs a scope');
    args.push('--cache-from', `type=gha,scope=${scope}`);
    // The GitHub cache service throttles and times out; a failed export must not fail the build.
    if (cache.write) args.push('--cache-to', `type=gha,scope=${scope},mode=max,ignore-error=true`);
  }
  return args;
}

export function buildxArgs(request: BuildRequest, plan: BuildxPlan, options: BuildxOptions = DEFAULT_BUILDX_OPTIONS): string[] {
  const args = ['buildx', 'build', '--progress=plain'];
  if (options.builder) args.push('--builder', options.builder);
  args.push('--file', request.dockerfile, '--metadata-file', plan.metadataFile, `--provenance=${options.provenance}`);
  if (request.push) {
    const insecure = request.tags.some((tag) => isInsecureRegistry(registryHost(tag), request.insecureRegistries));
    // `--push` is `type=image,push=true`; the names come from the tags.
    args.push(...(insecure ? ['--output', 'type=image,push=true,registry.insecure=true'] : ['--push']));
  }
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  if (request.target) args.push('--target', request.target);
  const buildArgs = { ...request.buildArgs };
  // BuildKit's way to a reproducible created time (buildx has no --timestamp).
  if (request.timestamp !== undefined && !('SOURCE_DATE_EPOCH' in buildArgs)) buildArgs.SOURCE_DATE_EPOCH = String(request.timestamp);
  for (const pair of sortedPairs(buildArgs)) args.push('--build-arg', pair);
  for (const secret of request.secrets) args.push('--secret', secretSpec(secret));
  for (const pair of sortedPairs(request.labels)) args.push('--label', pair);
  for (const tag of request.tags) args.push('--tag', tag);
  args.push(...buildxCacheArgs(request));
  args.push(request.contextDir);
  return args;
}

/**
 * The pushed digest from buildx's `--metadata-file` JSON: `containerimage.digest` (the image
 * manifest for one platform, the index for several). Missing, empty or malformed → StepError.
 */
export function parseBuildxMetadata(json: string): string {
  let metadata: unknown;
  try {
    metadata = JSON.parse(json);
  } catch {
    throw new StepError('buildx wrote a metadata file that is not JSON');
  }
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
    throw new StepError('buildx wrote no build metadata (the file holds no JSON object): nothing was exported');
  }
  const record = metadata as Record<string, unknown>;
  const digest = record['containerimage.digest'];
  if (typeof digest !== 'string' || digest === '') {
    throw new StepError(
      'buildx reported no image digest (containerimage.digest is missing or empty in its metadata file): ' +
        'the build result was not exported as an image. Check that the build pushes (--push) and that the builder supports it',
    );
  }
  if (!isSha256Digest(digest)) throw new StepError(`buildx reported a malformed image digest '${digest}'`);
  const descriptor = record['containerimage.descriptor'] as { digest?: unknown } | undefined;
  if (descriptor && typeof descriptor.digest === 'string' && descriptor.digest !== digest) {
    throw new StepError(`buildx metadata disagrees with itself: containerimage.digest ${digest}, descriptor ${descriptor.digest}`);
  }
  return digest;
}

export class BuildxBuilder implements Builder {
  readonly name = 'buildx' as const;

  constructor(private readonly options: BuildxOptions = DEFAULT_BUILDX_OPTIONS) {}

  async build(request: BuildRequest, runner: CommandRunner): Promise<BuildResult> {
    if (request.push && request.tags.length === 0) throw new StepError('Nothing to push to: the build request has no tags');
    const work = await mkdtemp(path.join(tmpdir(), 'buildx-build-'));
    try {
      const metadataFile = path.join(work, 'metadata.json');
      const env = { ...request.environment, ...(request.authFile ? await dockerConfigWithAuth(request.authFile, work) : {}) };
      const result = await runner.run(this.options.command, buildxArgs(request, { metadataFile }, this.options), { env });
      if (result.exitCode !== 0) throw commandFailed('docker buildx build', result);
      if (!request.push) return { digest: '', log: result.output };
      const metadata = await readFile(metadataFile, 'utf8').catch(() => {
        throw new StepError('buildx wrote no metadata file, so the pushed digest is unknown');
      });
      return { digest: parseBuildxMetadata(metadata), log: result.output };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}
