/**
 * buildx cannot run here (no Docker engine): these contract tests pin the exact argv we hand to
 * `docker buildx build` and parse metadata files of the shape buildx writes (test/fixtures/buildx).
 * The real run is the e2e workflow on GitHub's runners.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BuildxBuilder, buildxArgs, parseBuildxMetadata } from '../../src/builders/buildx.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runtime/exec.js';
import type { BuildRequest } from '../../src/builders/builder.js';
import { decideCachePolicy } from '../../src/core/cache-policy.js';
import { StepError } from '../../src/core/errors.js';
import { buildRequest as request } from './build-request.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/buildx', name), 'utf8');
const HEAD = [
  'buildx',
  'build',
  '--progress=plain',
  '--file',
  '/ws/ctx/Dockerfile',
  '--metadata-file',
  '/t/meta.json',
  '--provenance=false',
];
const plan = { metadataFile: '/t/meta.json' };
const policy = (cache: 'registry' | 'gha', eventName: string, ref: string, image = 'ghcr.io/org/app') =>
  decideCachePolicy({ cache, image, eventName, ref, defaultBranch: 'main', builder: 'buildx' });

describe('contract: buildx argv', () => {
  test.each<[string, Partial<BuildRequest>, string[]]>([
    ['push one tag', {}, [...HEAD, '--push', '--tag', 'ghcr.io/org/app:h1-abc', '/ws/ctx']],
    ['no push: build only (cache-only result)', { push: false }, [...HEAD, '--tag', 'ghcr.io/org/app:h1-abc', '/ws/ctx']],
    [
      'platforms, target, args, commit time, labels, tags',
      {
        platforms: ['linux/amd64', 'linux/arm64'],
        target: 'runtime',
        buildArgs: { PY: '3.12' },
        timestamp: 1767323045,
        labels: { 'org.opencontainers.image.revision': 'abc' },
        tags: ['ghcr.io/org/app:h1-abc', 'ghcr.io/org/app:latest'],
      },
      [
        ...HEAD,
        '--push',
        '--platform',
        'linux/amd64,linux/arm64',
        '--target',
        'runtime',
        '--build-arg',
        'PY=3.12',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1767323045',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--tag',
        'ghcr.io/org/app:h1-abc',
        '--tag',
        'ghcr.io/org/app:latest',
        '/ws/ctx',
      ],
    ],
    [
      'a SOURCE_DATE_EPOCH the user set is kept',
      { timestamp: 1, buildArgs: { SOURCE_DATE_EPOCH: '0' } },
      [...HEAD, '--push', '--build-arg', 'SOURCE_DATE_EPOCH=0', '--tag', 'ghcr.io/org/app:h1-abc', '/ws/ctx'],
    ],
    [
      'secrets by name only',
      {
        secrets: [
          { id: 'token', env: 'GH_TOKEN' },
          { id: 'npmrc', src: '/home/runner/.npmrc' },
        ],
      },
      [
        ...HEAD,
        '--push',
        '--secret',
        'id=token,env=GH_TOKEN',
        '--secret',
        'id=npmrc,src=/home/runner/.npmrc',
        '--tag',
        'ghcr.io/org/app:h1-abc',
        '/ws/ctx',
      ],
    ],
    [
      'default branch: registry cache read and written with mode=max',
      { cache: policy('registry', 'push', 'refs/heads/main') },
      [
        ...HEAD,
        '--push',
        '--tag',
        'ghcr.io/org/app:h1-abc',
        '--cache-from',
        'type=registry,ref=ghcr.io/org/app:buildcache',
        '--cache-to',
        'type=registry,ref=ghcr.io/org/app:buildcache,mode=max',
        '/ws/ctx',
      ],
    ],
    [
      'pull request: registry cache read, no cache-to',
      { cache: policy('registry', 'pull_request', 'refs/pull/9/merge') },
      [...HEAD, '--push', '--tag', 'ghcr.io/org/app:h1-abc', '--cache-from', 'type=registry,ref=ghcr.io/org/app:buildcache', '/ws/ctx'],
    ],
    [
      'gha cache: always scoped, export failures ignored',
      { cache: policy('gha', 'push', 'refs/heads/main') },
      [
        ...HEAD,
        '--push',
        '--tag',
        'ghcr.io/org/app:h1-abc',
        '--cache-from',
        'type=gha,scope=ghcr.io-org-app',
        '--cache-to',
        'type=gha,scope=ghcr.io-org-app,mode=max,ignore-error=true',
        '/ws/ctx',
      ],
    ],
    [
      'gha on a pull request: read only',
      { cache: policy('gha', 'pull_request', 'refs/pull/9/merge') },
      [...HEAD, '--push', '--tag', 'ghcr.io/org/app:h1-abc', '--cache-from', 'type=gha,scope=ghcr.io-org-app', '/ws/ctx'],
    ],
    [
      'loopback registry: insecure image output and cache',
      {
        repository: 'localhost:5000/app',
        tags: ['localhost:5000/app:h1-abc'],
        cache: policy('registry', 'push', 'refs/heads/main', 'localhost:5000/app'),
      },
      [
        ...HEAD,
        '--output',
        'type=image,push=true,registry.insecure=true',
        '--tag',
        'localhost:5000/app:h1-abc',
        '--cache-from',
        'type=registry,ref=localhost:5000/app:buildcache,registry.insecure=true',
        '--cache-to',
        'type=registry,ref=localhost:5000/app:buildcache,mode=max,registry.insecure=true',
        '/ws/ctx',
      ],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(buildxArgs(request(overrides), plan)).toEqual(expected);
  });

  test('provenance and builder are explicit options', () => {
    const args = buildxArgs(request(), plan, { command: 'docker', provenance: 'mode=max', builder: 'ci-builder' });
    expect(args.slice(0, 10)).toEqual([
      'buildx',
      'build',
      '--progress=plain',
      '--builder',
      'ci-builder',
      '--file',
      '/ws/ctx/Dockerfile',
      '--metadata-file',
      '/t/meta.json',
      '--provenance=mode=max',
    ]);
  });
});

describe('contract: buildx metadata', () => {
  test('single platform: the image manifest digest', () => {
    expect(parseBuildxMetadata(fixture('metadata-single-platform.json'))).toBe(
      JSON.parse(fixture('metadata-single-platform.json'))['containerimage.descriptor'].digest,
    );
  });

  test('several platforms: the index digest', () => {
    const metadata = JSON.parse(fixture('metadata-multi-platform.json'));
    expect(metadata['containerimage.descriptor'].mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(parseBuildxMetadata(fixture('metadata-multi-platform.json'))).toBe(metadata['containerimage.digest']);
  });

  test.each([
    ['cache-only result (no containerimage.digest)', fixture('metadata-cache-only.json'), /containerimage\.digest is missing or empty/],
    ['literal null', fixture('metadata-null.json'), /no build metadata/],
    ['empty digest', JSON.stringify({ 'containerimage.digest': '' }), /missing or empty/],
    ['malformed digest', JSON.stringify({ 'containerimage.digest': 'sha256:abc' }), /malformed image digest 'sha256:abc'/],
    ['not JSON', '{"containerimage.digest": ', /not JSON/],
    [
      'descriptor disagrees',
      JSON.stringify({
        'containerimage.digest': `sha256:${'a'.repeat(64)}`,
        'containerimage.descriptor': { digest: `sha256:${'b'.repeat(64)}` },
      }),
      /disagrees/,
    ],
  ])('%s fails with a clear message', (_name, json, message) => {
    expect(() => parseBuildxMetadata(json)).toThrow(StepError);
    expect(() => parseBuildxMetadata(json)).toThrow(message);
  });
});

/** Plays `docker buildx build`: records argv and env, writes the metadata file it is pointed at. */
class FakeBuildx implements CommandRunner {
  calls: { command: string; args: string[]; options?: RunOptions; dockerConfig?: string; entries?: string[] }[] = [];
  constructor(
    private readonly metadata: string | undefined,
    private readonly result: Omit<CommandResult, 'stdout'> = { exitCode: 0, output: '#1 DONE 0.1s\n' },
  ) {}
  async run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    const dir = options?.env?.DOCKER_CONFIG;
    const dockerConfig = dir ? await readFile(path.join(dir, 'config.json'), 'utf8') : undefined;
    const entries = dir ? (await readdir(dir)).sort() : undefined;
    this.calls.push({ command, args: [...args], options, dockerConfig, entries });
    const file = args[args.indexOf('--metadata-file') + 1];
    if (file && this.metadata !== undefined) await writeFile(file, this.metadata);
    return { ...this.result, stdout: '' };
  }
}

describe('contract: BuildxBuilder.build', () => {
  const temps: string[] = [];
  afterEach(async () => {
    for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  test('returns the metadata digest and the build log; passes secrets through the environment only', async () => {
    const runner = new FakeBuildx(fixture('metadata-multi-platform.json'));
    const result = await new BuildxBuilder().build(
      request({ platforms: ['linux/amd64', 'linux/arm64'], secrets: [{ id: 't', env: 'T_VAR' }], environment: { T_VAR: 'top-secret-1' } }),
      runner,
    );
    expect(result.digest).toBe(JSON.parse(fixture('metadata-multi-platform.json'))['containerimage.digest']);
    expect(result.log).toContain('DONE');
    const [call] = runner.calls;
    expect(call?.command).toBe('docker');
    expect(call?.args.join(' ')).not.toContain('top-secret-1');
    expect(call?.options?.env).toMatchObject({ T_VAR: 'top-secret-1' });
  });

  test('a build that exports nothing fails instead of returning an empty digest', async () => {
    await expect(new BuildxBuilder().build(request(), new FakeBuildx(fixture('metadata-cache-only.json')))).rejects.toThrow(
      /reported no image digest/,
    );
    await expect(new BuildxBuilder().build(request(), new FakeBuildx(undefined))).rejects.toThrow(/wrote no metadata file/);
  });

  test('push: false returns no digest and reads no metadata', async () => {
    const result = await new BuildxBuilder().build(request({ push: false }), new FakeBuildx(undefined));
    expect(result.digest).toBe('');
  });

  test('a failed build shows the tail of its log', async () => {
    const output =
      Array.from({ length: 50 }, (_, i) => `#${i} step ${i}`).join('\n') +
      '\nERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1\n';
    const build = new BuildxBuilder().build(request(), new FakeBuildx(undefined, { exitCode: 1, output }));
    await expect(build).rejects.toThrow(/docker buildx build failed \(exit code 1\)[\s\S]*#49 step 49[\s\S]*failed to solve/);
    // The last 30 lines: steps 21–49 and the error.
    await expect(build).rejects.toThrow(/\n#21 step 21\n/);
    await expect(build).rejects.not.toThrow(/#20 step 20\n/);
  });

  test('an auth file becomes a private DOCKER_CONFIG that keeps the real one’s buildx state', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'docker-home-'));
    temps.push(home);
    await mkdir(path.join(home, 'buildx'));
    await writeFile(
      path.join(home, 'config.json'),
      JSON.stringify({ auths: { 'docker.io': { auth: 'b2xkOm9sZA==' } }, credHelpers: { 'ghcr.io': 'gh' } }),
    );
    const authFile = path.join(home, 'auth.json');
    await writeFile(authFile, JSON.stringify({ auths: { 'ghcr.io': { auth: 'dXNlcjpwYXNz' } } }));
    const previous = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = home;
    try {
      const runner = new FakeBuildx(fixture('metadata-single-platform.json'));
      await new BuildxBuilder().build(request({ authFile }), runner);
      const call = runner.calls[0];
      const dir = call?.options?.env?.DOCKER_CONFIG ?? '';
      expect(dir).not.toBe(home);
      expect(JSON.parse(call?.dockerConfig ?? '{}')).toEqual({
        auths: { 'docker.io': { auth: 'b2xkOm9sZA==' }, 'ghcr.io': { auth: 'dXNlcjpwYXNz' } },
        credHelpers: {},
      });
      expect(call?.entries).toEqual(['auth.json', 'buildx', 'config.json']);
      // The private dir is gone afterwards; the real config is untouched.
      await expect(readFile(path.join(dir, 'config.json'))).rejects.toThrow();
      expect(JSON.parse(await readFile(path.join(home, 'config.json'), 'utf8')).auths['ghcr.io']).toBeUndefined();
    } finally {
      if (previous === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = previous;
    }
  });
});
