import { describe, expect, test } from 'vitest';
import {
  buildahBudArgs,
  buildahGlobalArgs,
  buildahOptionsFromEnv,
  buildahExportArgs,
  buildahPushArgs,
  type BuildahOptions,
} from '../../src/builders/buildah.js';
import type { BuildRequest } from '../../src/builders/builder.js';
import { decideCachePolicy } from '../../src/core/cache-policy.js';
import { buildRequest as request } from './build-request.js';

const OPTIONS: BuildahOptions = { command: 'buildah', storageDriver: 'vfs', isolation: 'chroot' };
const GLOBAL = ['--storage-driver', 'vfs'];
const BUD = [...GLOBAL, 'bud', '--layers', '--isolation', 'chroot', '--file', '/ws/ctx/Dockerfile'];

const policy = (eventName: string, ref: string, image = 'ghcr.io/org/app') =>
  decideCachePolicy({ cache: 'registry', image, eventName, ref, defaultBranch: 'main', builder: 'buildah' });

describe('buildahBudArgs', () => {
  test.each<[string, Partial<BuildRequest>, Parameters<typeof buildahBudArgs>[1], string[]]>([
    ['minimal', {}, {}, [...BUD, '/ws/ctx']],
    [
      'commit time and one platform',
      { timestamp: 1767323045, platforms: ['linux/amd64'] },
      { iidFile: '/t/iid' },
      [...BUD, '--timestamp', '1767323045', '--platform', 'linux/amd64', '--iidfile', '/t/iid', '/ws/ctx'],
    ],
    [
      'several platforms go into a manifest list',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      { manifest: 'localhost/list' },
      [...BUD, '--platform', 'linux/amd64,linux/arm64', '--manifest', 'localhost/list', '/ws/ctx'],
    ],
    [
      'target, build args and labels (sorted by key)',
      {
        target: 'runtime',
        buildArgs: { B: '2', A: 'x=y' },
        labels: { 'org.opencontainers.image.revision': 'abc', 'io.example.hash': 'h1-1' },
      },
      {},
      [
        ...BUD,
        '--target',
        'runtime',
        '--build-arg',
        'A=x=y',
        '--build-arg',
        'B=2',
        '--label',
        'io.example.hash=h1-1',
        '--label',
        'org.opencontainers.image.revision=abc',
        '/ws/ctx',
      ],
    ],
    [
      'secrets by environment variable and by file',
      {
        secrets: [
          { id: 'npmrc', src: '/run/secrets/npmrc' },
          { id: 'token', env: 'GH_TOKEN' },
        ],
      },
      {},
      [...BUD, '--secret', 'id=npmrc,src=/run/secrets/npmrc', '--secret', 'id=token,env=GH_TOKEN', '/ws/ctx'],
    ],
    [
      'default branch: cache read from and written to the cache repository',
      { cache: policy('push', 'refs/heads/main') },
      {},
      [...BUD, '--cache-from', 'ghcr.io/org/app-buildcache', '--cache-to', 'ghcr.io/org/app-buildcache', '/ws/ctx'],
    ],
    [
      'default branch after writing the cache failed: read only',
      { cache: policy('push', 'refs/heads/main') },
      { noCacheWrite: true },
      [...BUD, '--cache-from', 'ghcr.io/org/app-buildcache', '/ws/ctx'],
    ],
    [
      'pull request: cache read only',
      { cache: policy('pull_request', 'refs/pull/1/merge') },
      {},
      [...BUD, '--cache-from', 'ghcr.io/org/app-buildcache', '/ws/ctx'],
    ],
    [
      'only the first read ref (buildah 1.28 keeps one --cache-from)',
      { cache: { type: 'registry', ref: 'r/a-cache', read: ['r/a-cache', 'r/b-cache'], write: false, reason: '' } },
      {},
      [...BUD, '--cache-from', 'r/a-cache', '/ws/ctx'],
    ],
    [
      'gha cache means nothing to buildah',
      { cache: { type: 'gha', ref: 's', read: ['s'], write: true, scope: 's', reason: '' } },
      {},
      [...BUD, '/ws/ctx'],
    ],
    [
      'loopback registry: TLS verification off',
      {
        repository: '127.0.0.1:5000/app',
        tags: ['127.0.0.1:5000/app:h1-1'],
        cache: policy('push', 'refs/heads/main', '127.0.0.1:5000/app'),
      },
      {},
      [
        ...BUD,
        '--cache-from',
        '127.0.0.1:5000/app-buildcache',
        '--cache-to',
        '127.0.0.1:5000/app-buildcache',
        '--tls-verify=false',
        '/ws/ctx',
      ],
    ],
    [
      'listed insecure registry: TLS verification off',
      { insecureRegistries: ['registry.lan:5000'] },
      {},
      [...BUD, '--tls-verify=false', '/ws/ctx'],
    ],
    ['auth file', { authFile: '/home/runner/auth.json' }, {}, [...BUD, '--authfile', '/home/runner/auth.json', '/ws/ctx']],
    ['retry without cache', {}, { noCache: true }, [...BUD, '--no-cache', '/ws/ctx']],
  ])('%s', (_name, overrides, plan, expected) => {
    expect(buildahBudArgs(request(overrides), plan, OPTIONS)).toEqual(expected);
  });

  test('dedicated store and isolation come first', () => {
    const args = buildahBudArgs(
      request(),
      {},
      { command: 'buildah', root: '/s/root', runroot: '/s/run', storageDriver: 'overlay', isolation: 'oci' },
    );
    expect(args.slice(0, 11)).toEqual([
      '--root',
      '/s/root',
      '--runroot',
      '/s/run',
      '--storage-driver',
      'overlay',
      'bud',
      '--layers',
      '--isolation',
      'oci',
      '--file',
    ]);
  });

  test('a secret value never reaches argv: only the variable name or the file path', () => {
    const args = buildahBudArgs(request({ secrets: [{ id: 'token', env: 'TOKEN_VAR' }], environment: { TOKEN_VAR: 'hunter2-value' } }));
    expect(args.join(' ')).not.toContain('hunter2-value');
  });
});

describe('buildahPushArgs: buildah pushes once, the registry client takes over after a transient failure', () => {
  const ONCE = ['push', '--retry', '0'];
  test.each<[string, Partial<BuildRequest>, Parameters<typeof buildahPushArgs>[1], string[]]>([
    [
      'one image to a TLS registry',
      {},
      { source: 'f609b9', destination: 'ghcr.io/org/app:h1-abc', digestFile: '/t/d0', manifestList: false },
      [...GLOBAL, ...ONCE, '--digestfile', '/t/d0', 'f609b9', 'docker://ghcr.io/org/app:h1-abc'],
    ],
    [
      'a manifest list with all its images (manifest push has no --retry)',
      {},
      { source: 'localhost/list', destination: 'ghcr.io/org/app:h1-abc', digestFile: '/t/d0', manifestList: true },
      [...GLOBAL, 'manifest', 'push', '--all', '--digestfile', '/t/d0', 'localhost/list', 'docker://ghcr.io/org/app:h1-abc'],
    ],
    [
      'loopback destination, with auth file',
      { authFile: '/a.json' },
      { source: 'id', destination: 'localhost:5000/app:x', digestFile: '/t/d', manifestList: false },
      [...GLOBAL, ...ONCE, '--digestfile', '/t/d', '--tls-verify=false', '--authfile', '/a.json', 'id', 'docker://localhost:5000/app:x'],
    ],
    [
      'TLS stays on for a secure destination even when another registry is insecure',
      { insecureRegistries: ['registry.lan'] },
      { source: 'id', destination: 'ghcr.io/org/app:x', digestFile: '/t/d', manifestList: false },
      [...GLOBAL, ...ONCE, '--digestfile', '/t/d', 'id', 'docker://ghcr.io/org/app:x'],
    ],
    [
      'an insecure entry without port covers every port of that host',
      { insecureRegistries: ['registry.lan'] },
      { source: 'id', destination: 'registry.lan:5000/app:x', digestFile: '/t/d', manifestList: false },
      [...GLOBAL, ...ONCE, '--digestfile', '/t/d', '--tls-verify=false', 'id', 'docker://registry.lan:5000/app:x'],
    ],
  ])('%s', (_name, overrides, plan, expected) => {
    expect(buildahPushArgs(request(overrides), plan, OPTIONS)).toEqual(expected);
  });
});

describe('buildahExportArgs: the image into a local OCI layout (the retry path: the registry client pushes it)', () => {
  test.each<[string, Parameters<typeof buildahExportArgs>[0], string[]]>([
    [
      'one image',
      { source: 'f609b9', layoutDir: '/t/layout', name: 'image', manifestList: false },
      [...GLOBAL, 'push', 'f609b9', 'oci:/t/layout:image'],
    ],
    [
      'a manifest list with all its images',
      { source: 'localhost/list', layoutDir: '/t/layout', name: 'image', manifestList: true },
      [...GLOBAL, 'manifest', 'push', '--all', 'localhost/list', 'oci:/t/layout:image'],
    ],
  ])('%s', (_name, plan, expected) => {
    expect(buildahExportArgs(plan, OPTIONS)).toEqual(expected);
  });
});

describe('buildah options', () => {
  test.each([
    [{}, { command: 'buildah', storageDriver: 'vfs', isolation: 'chroot' }],
    [
      { STORAGE_DRIVER: 'overlay', BUILDAH_ISOLATION: 'rootless', BUILDAH_ROOT: '/r', BUILDAH_RUNROOT: '/rr' },
      { command: 'buildah', storageDriver: 'overlay', isolation: 'rootless', root: '/r', runroot: '/rr' },
    ],
  ])('from environment %j', (env, expected) => {
    expect(buildahOptionsFromEnv(env)).toEqual(expected);
  });

  test('global args omit what is unset', () => {
    expect(buildahGlobalArgs({ command: 'buildah', isolation: 'chroot' })).toEqual([]);
  });
});
