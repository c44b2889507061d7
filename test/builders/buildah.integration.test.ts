/**
 * Real buildah (1.28, vfs + chroot) against a real loopback registry. Every build pushes, and
 * skopeo — an independent client — confirms what landed in the registry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildRequest } from '../../src/builders/builder.js';
import { BuildahBuilder } from '../../src/builders/buildah.js';
import { SpawnRunner, type CommandRunner } from '../../src/runtime/exec.js';
import { decideCachePolicy } from '../../src/core/cache-policy.js';
import { StepError } from '../../src/core/errors.js';
import { pushBaseImage, pushMultiPlatformBase, type PushedImage } from '../support/base-image.js';
import { noCredentials, recordingClient } from '../registry/client-fixture.js';
import { faults, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { makeBuildahStore, type BuildahStore } from '../support/buildah-store.js';
import { writeTree } from '../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const COMMIT_TIME = 1767323045; // 2026-01-02T03:04:05Z
const HASH_LABEL = 'io.github.image-actions.hash';

let registry: TestRegistry;
let store: BuildahStore;
let scratch: string;
let logs = '';
let base: PushedImage;
let multiBase: PushedImage;
const runner = new SpawnRunner((text) => void (logs += text));

function skopeo(args: string[]): string {
  return execFileSync('skopeo', [...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
const remoteDigest = (ref: string) => skopeo(['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${ref}`]);
const rawManifest = (ref: string) => JSON.parse(skopeo(['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]));
const remoteConfig = (ref: string, platform?: [string, string]) =>
  JSON.parse(
    skopeo([
      ...(platform ? ['--override-os', platform[0], '--override-arch', platform[1]] : []),
      'inspect',
      '--tls-verify=false',
      '--config',
      `docker://${ref}`,
    ]),
  );

async function tags(repository: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  const body = (await response.json()) as { tags?: string[] | null };
  return (body.tags ?? []).sort();
}

function context(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  writeTree(dir, files);
  return dir;
}

function request(dir: string, overrides: Partial<BuildRequest> = {}): BuildRequest {
  const repository = `${registry.host}/app`;
  return {
    contextDir: dir,
    dockerfile: path.join(dir, 'Dockerfile'),
    repository,
    tags: [`${repository}:h1-0001`],
    platforms: ['linux/amd64'],
    buildArgs: {},
    secrets: [],
    labels: {
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      [HASH_LABEL]: 'h1-0001',
    },
    cache: decideCachePolicy({
      cache: 'registry',
      image: repository,
      eventName: 'push',
      ref: 'refs/heads/main',
      defaultBranch: 'main',
      builder: 'buildah',
    }),
    timestamp: COMMIT_TIME,
    push: true,
    insecureRegistries: [],
    ...overrides,
  };
}

const builder = () =>
  new BuildahBuilder({ command: 'buildah', root: store.root, runroot: store.runroot, storageDriver: 'vfs', isolation: 'chroot' });

beforeAll(async () => {
  registry = await startRegistry();
  store = makeBuildahStore();
  scratch = mkdtempSync(path.join(tmpdir(), 'buildah-it-'));
  base = await pushBaseImage({ registry: registry.host, repository: 'base', tag: '1' });
  // Real multi-arch bases differ per platform; the identical-layer index is the special case below.
  multiBase = await pushMultiPlatformBase({
    registry: registry.host,
    repository: 'base',
    tag: 'multi',
    platforms: [{ architecture: 'amd64' }, { architecture: 'arm64' }],
    distinctLayers: true,
  });
});

afterAll(async () => {
  await registry?.stop();
  store?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('buildah builder against a loopback registry', () => {
  const dockerfile = (base: string) => `FROM ${base}\nCOPY hello.txt /hello.txt\nRUN mkdir -p /out && cat /hello.txt > /out/copy.txt\n`;

  test('builds, pushes every tag, and returns the digest skopeo sees, with labels and commit time', async () => {
    const dir = context('first', { Dockerfile: dockerfile(`${registry.host}/base:1`), 'hello.txt': 'hello\n' });
    const req = request(dir, { tags: [`${registry.host}/app:h1-0001`, `${registry.host}/app:latest`] });

    const result = await builder().build(req, runner);

    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(remoteDigest(`${registry.host}/app:h1-0001`)).toBe(result.digest);
    expect(remoteDigest(`${registry.host}/app:latest`)).toBe(result.digest);
    expect(rawManifest(`${registry.host}/app:h1-0001`).mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    const config = remoteConfig(`${registry.host}/app:h1-0001`);
    expect(config.config.Labels).toMatchObject(req.labels);
    expect(config.created).toBe('2026-01-02T03:04:05Z');
    expect(result.log).toContain('COPY hello.txt /hello.txt');
    // The default branch writes buildah's cache repository: one tag per cached layer.
    expect((await tags('app-buildcache')).length).toBeGreaterThanOrEqual(2);
  });

  test('rebuilding the unchanged context hits the layer cache and reproduces the digest', async () => {
    const dir = context('second', { Dockerfile: dockerfile(`${registry.host}/base:1`), 'hello.txt': 'hello\n' });
    const first = await builder().build(request(dir, { tags: [`${registry.host}/app:h1-0002a`] }), runner);
    const again = await builder().build(request(dir, { tags: [`${registry.host}/app:h1-0002b`] }), runner);

    expect(again.log).toContain('Using cache');
    expect(again.digest).toBe(first.digest);
    expect(remoteDigest(`${registry.host}/app:h1-0002b`)).toBe(first.digest);
  });

  test('a fresh store reads the registry cache; without any cache the digest is still the same', async () => {
    const dir = context('fresh', { Dockerfile: dockerfile(`${registry.host}/base:1`), 'hello.txt': 'hello\n' });
    const reference = await builder().build(request(dir, { tags: [`${registry.host}/app:h1-0003a`] }), runner);
    const other = makeBuildahStore();
    try {
      const fresh = new BuildahBuilder({
        command: 'buildah',
        root: other.root,
        runroot: other.runroot,
        storageDriver: 'vfs',
        isolation: 'chroot',
      });
      const pulled = await fresh.build(request(dir, { tags: [`${registry.host}/app:h1-0003b`] }), runner);
      expect(pulled.log).toContain('Cache pulled from remote');
      expect(pulled.digest).toBe(reference.digest);

      const third = makeBuildahStore();
      try {
        const uncached = new BuildahBuilder({
          command: 'buildah',
          root: third.root,
          runroot: third.runroot,
          storageDriver: 'vfs',
          isolation: 'chroot',
        });
        const none = decideCachePolicy({ cache: 'none', image: '', eventName: 'push', ref: '', defaultBranch: 'main', builder: 'buildah' });
        const rebuilt = await uncached.build(request(dir, { tags: [`${registry.host}/app:h1-0003c`], cache: none }), runner);
        expect(rebuilt.log).not.toContain('Using cache');
        expect(rebuilt.digest).toBe(reference.digest);
      } finally {
        third.remove();
      }
    } finally {
      other.remove();
    }
  });

  test('a pull request reads the cache but writes nothing to it; the default branch writes', async () => {
    const repository = `${registry.host}/prcache`;
    const dir = context('pr', { Dockerfile: dockerfile(`${registry.host}/base:1`), 'hello.txt': 'from a pull request\n' });
    const policy = (eventName: string, ref: string) =>
      decideCachePolicy({ cache: 'registry', image: repository, eventName, ref, defaultBranch: 'main', builder: 'buildah' });

    const pr = policy('pull_request', 'refs/pull/7/merge');
    expect(pr).toMatchObject({ ref: `${repository}-buildcache`, write: false });
    const prBuild = await builder().build(request(dir, { repository, tags: [`${repository}:h1-pr`], cache: pr }), runner);
    expect(prBuild.digest).toBe(remoteDigest(`${repository}:h1-pr`));
    expect(await tags('prcache-buildcache')).toEqual([]);

    const main = policy('push', 'refs/heads/main');
    await builder().build(request(dir, { repository, tags: [`${repository}:h1-main`], cache: main }), runner);
    const written = await tags('prcache-buildcache');
    expect(written.length).toBeGreaterThanOrEqual(2);

    // Another pull request with new content still leaves the cache repository as it was.
    const changed = context('pr2', { Dockerfile: dockerfile(`${registry.host}/base:1`), 'hello.txt': 'changed again\n' });
    await builder().build(request(changed, { repository, tags: [`${repository}:h1-pr2`], cache: pr }), runner);
    expect(await tags('prcache-buildcache')).toEqual(written);
  });

  test('a failing Dockerfile fails with the tail of the build log and pushes nothing', async () => {
    const repository = `${registry.host}/broken`;
    const dir = context('broken', {
      Dockerfile: `FROM ${registry.host}/base:1\nRUN echo about to fail && false\n`,
    });
    const build = builder().build(request(dir, { repository, tags: [`${repository}:h1-bad`] }), runner);

    await expect(build).rejects.toThrow(StepError);
    await expect(build).rejects.toThrow(/buildah bud failed \(exit code 1\)[\s\S]*about to fail[\s\S]*RUN echo about to fail && false/);
    expect(await tags('broken')).toEqual([]);
  });

  test('build secrets reach RUN through the environment and appear in no argv or log', async () => {
    const secret = 's3cr3t-value-8d1f';
    const seen: string[][] = [];
    const recording: CommandRunner = {
      run: (command, args, options) => {
        seen.push([command, ...args]);
        return runner.run(command, args, options);
      },
    };
    const dir = context('secret', {
      // Only a prefix of the value is in the Dockerfile (buildah echoes RUN lines).
      Dockerfile: `FROM ${registry.host}/base:1\nRUN --mount=type=secret,id=token case "$(cat /run/secrets/token)" in s3cr3t-value-*) echo secret-ok ;; *) exit 3 ;; esac\n`,
    });
    const before = logs.length;
    const result = await builder().build(
      request(dir, {
        repository: `${registry.host}/secret`,
        tags: [`${registry.host}/secret:h1-s`],
        secrets: [{ id: 'token', env: 'IMAGE_ACTIONS_TEST_TOKEN' }],
        environment: { IMAGE_ACTIONS_TEST_TOKEN: secret },
        cache: decideCachePolicy({ cache: 'none', image: '', eventName: '', ref: '', defaultBranch: '', builder: 'buildah' }),
      }),
      recording,
    );
    expect(result.log).toContain('secret-ok');
    expect(seen.flat().join(' ')).not.toContain(secret);
    expect(logs.slice(before)).not.toContain(secret);
    expect(result.log).not.toContain(secret);
  });

  test('a COPY-only two-platform build pushes an index carrying both platforms', async () => {
    const repository = `${registry.host}/multi`;
    const dir = context('multi', { Dockerfile: `FROM ${registry.host}/base:multi\nCOPY hello.txt /hello.txt\n`, 'hello.txt': 'both\n' });
    const result = await builder().build(
      request(dir, { repository, tags: [`${repository}:h1-m`, `${repository}:latest`], platforms: ['linux/amd64', 'linux/arm64'] }),
      runner,
    );

    expect(remoteDigest(`${repository}:h1-m`)).toBe(result.digest);
    expect(remoteDigest(`${repository}:latest`)).toBe(result.digest);
    const index = rawManifest(`${repository}:h1-m`);
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const arm = remoteConfig(`${repository}:h1-m`, ['linux', 'arm64']);
    expect(arm.architecture).toBe('arm64');
    expect(arm.config.Labels[HASH_LABEL]).toBe('h1-0001');
  });

  test('platforms with byte-identical layers (buildah 1.28 cache mix-up) still give both platforms', async () => {
    await pushMultiPlatformBase({
      registry: registry.host,
      repository: 'base',
      tag: 'same',
      platforms: [{ architecture: 'amd64' }, { architecture: 'arm64' }],
    });
    const repository = `${registry.host}/same`;
    const dir = context('same', { Dockerfile: `FROM ${registry.host}/base:same\nCOPY hello.txt /hello.txt\n`, 'hello.txt': 'same\n' });
    const budRuns: string[][] = [];
    const recording: CommandRunner = {
      run: (command, args, options) => {
        if (args.includes('bud')) budRuns.push([...args]);
        return runner.run(command, args, options);
      },
    };
    const result = await builder().build(
      request(dir, { repository, tags: [`${repository}:h1-s`], platforms: ['linux/amd64', 'linux/arm64'] }),
      recording,
    );

    // buildah < 1.41 reuses one platform's cached layer for the other; the builder notices and rebuilds without cache.
    const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(execFileSync('buildah', ['--version'], { encoding: 'utf8' })) ?? [])
      .slice(1)
      .map(Number);
    if (major === 1 && minor < 41) expect(budRuns.map((args) => args.includes('--no-cache'))).toEqual([false, true]);
    const index = rawManifest(`${repository}:h1-s`);
    expect(remoteDigest(`${repository}:h1-s`)).toBe(result.digest);
    expect(index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    expect(remoteConfig(`${repository}:h1-s`, ['linux', 'arm64']).architecture).toBe('arm64');
    expect(remoteConfig(`${repository}:h1-s`, ['linux', 'amd64']).architecture).toBe('amd64');
  });
});

describe('a push that fails on a transient error is finished by the registry client from a local OCI layout', () => {
  const none = decideCachePolicy({ cache: 'none', image: '', eventName: 'push', ref: '', defaultBranch: 'main', builder: 'buildah' });
  const blobSizes = (manifest: { config: { size: number }; layers: Array<{ size: number }> }, skip: number) =>
    manifest.config.size + manifest.layers.slice(skip).reduce((sum, layer) => sum + layer.size, 0);
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: registry.url });
  });
  afterAll(async () => {
    await proxy?.stop();
  });
  /** buildah's push meets a 500 on its first blob uploads (it tries once); the client retries whatever it meets. */
  const failFirstUploads = () =>
    proxy.setRules([{ match: { method: 'POST', path: /\/blobs\/uploads\// }, sequence: [faults.serverError(), faults.serverError()] }]);

  test('one platform: the same image as buildah’s own push; the base layer is mounted, not written again', async () => {
    const dir = context('mounted', { Dockerfile: `FROM ${registry.host}/base:1\nCOPY hello.txt /hello.txt\n`, 'hello.txt': 'mounted\n' });
    const written = await builder().build(
      request(dir, { repository: `${registry.host}/written`, tags: [`${registry.host}/written:1`], cache: none }),
      runner,
    );
    expect(written.retries).toBe(0);

    failFirstUploads();
    const { client } = recordingClient({ credentials: noCredentials });
    const before = logs.length;
    const handed = await builder().build(
      request(dir, {
        repository: `${proxy.host}/mounted`,
        tags: [`${proxy.host}/mounted:1`, `${proxy.host}/mounted:latest`],
        cache: none,
        baseImages: [`${proxy.host}/base@${base.digest}`],
      }),
      runner,
      client,
    );

    expect(handed.retries).toBe(1);
    expect(logs.slice(before)).toMatch(/500 Internal Server Error/); // buildah's push met the fault
    expect(handed.digest).toBe(written.digest);
    expect(remoteDigest(`${registry.host}/mounted:1`)).toBe(handed.digest);
    expect(remoteDigest(`${registry.host}/mounted:latest`)).toBe(handed.digest);
    const manifest = rawManifest(`${registry.host}/mounted:1`);
    expect(manifest.layers[0]).toEqual(rawManifest(base.pinned).layers[0]);
    expect(client.stats.blobBytesUploaded).toBeLessThanOrEqual(blobSizes(manifest, 1)); // config and the COPY layer at most; no base bytes
  });

  test('two platforms: the index is pushed from the layout; each platform’s base layer is mounted', async () => {
    const repository = `${proxy.host}/multi-mounted`;
    const dir = context('multi-mounted', {
      Dockerfile: `FROM ${registry.host}/base:multi\nCOPY hello.txt /hello.txt\n`,
      'hello.txt': 'both, mounted\n',
    });
    failFirstUploads();
    const { client } = recordingClient({ credentials: noCredentials });
    const result = await builder().build(
      request(dir, {
        repository,
        tags: [`${repository}:h1-mm`],
        platforms: ['linux/amd64', 'linux/arm64'],
        cache: none,
        baseImages: [`${proxy.host}/base@${multiBase.digest}`],
      }),
      runner,
      client,
    );

    expect(result.retries).toBe(1);
    const direct = `${registry.host}/multi-mounted`;
    expect(remoteDigest(`${direct}:h1-mm`)).toBe(result.digest);
    const baseIndex = rawManifest(multiBase.pinned);
    const index = rawManifest(`${direct}:h1-mm`);
    expect(index.manifests).toHaveLength(2);
    for (const entry of index.manifests as Array<{ digest: string; platform: { architecture: string } }>) {
      const child = rawManifest(`${direct}@${entry.digest}`);
      const baseEntry = baseIndex.manifests.find(
        (e: { platform: { architecture: string } }) => e.platform.architecture === entry.platform.architecture,
      );
      expect(child.layers[0]).toEqual(rawManifest(`${registry.host}/base@${baseEntry.digest}`).layers[0]);
    }
    expect(remoteConfig(`${direct}:h1-mm`, ['linux', 'arm64']).architecture).toBe('arm64');
  });
});
