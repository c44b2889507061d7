/**
 * The command sequence of BuildahBuilder with a scripted runner and a recorded layout push: what is
 * run again on a transient registry failure and what fails at once, when the registry client takes
 * the push over from buildah (a local OCI layout), and the failure paths a real registry seldom
 * produces. The happy paths run for real in buildah.integration.test.ts, the layout upload itself
 * in test/registry/upload-layout.*.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { BuildRequest } from '../../src/builders/builder.js';
import { BuildahBuilder, type LayoutPusher } from '../../src/builders/buildah.js';
import { decideCachePolicy } from '../../src/core/cache-policy.js';
import { RegistryClient } from '../../src/registry/client.js';
import { OciLayout } from '../../src/registry/oci-layout.js';
import type { CommandResult, CommandRunner } from '../../src/runtime/exec.js';
import { runInProcess } from '../harness/in-process.js';
import { writeLayout } from '../registry/layout-fixture.js';
import { buildRequest } from './build-request.js';

const ID = 'f'.repeat(64);
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const OPTIONS = { command: 'buildah', isolation: 'chroot' };

const request = (overrides: Partial<BuildRequest> = {}) => buildRequest({ tags: ['ghcr.io/org/app:h1-abc'], ...overrides });

/** What buildah prints last when a command fails, as seen from buildah 1.28. */
const failuresOfPush = {
  transient: 'Error: writing blob: uploading layer chunked: received unexpected HTTP status: 502 Bad Gateway',
};

const failures = {
  pull500:
    'Error: creating build container: initializing source docker://127.0.0.1:5000/base:1: reading manifest 1 in 127.0.0.1:5000/base: received unexpected HTTP status: 500 Internal Server Error',
  pull429:
    'Error: creating build container: initializing source docker://ghcr.io/org/base:1: StatusCode: 429, "toomanyrequests: slow down"',
  pullReset:
    'Error: creating build container: initializing source docker://127.0.0.1:5000/base:1: pinging container registry 127.0.0.1:5000: Get "http://127.0.0.1:5000/v2/": EOF',
  pull401:
    'Error: creating build container: initializing source docker://ghcr.io/org/base:1: reading manifest 1 in ghcr.io/org/base: unauthorized: authentication required',
  pull404:
    'Error: creating build container: initializing source docker://ghcr.io/org/base:9: reading manifest 9 in ghcr.io/org/base: manifest unknown',
  run: 'STEP 3/3: RUN exit 3\nError: building at STEP "RUN exit 3": exit status 3',
  cachePush:
    'Error: failed pushing cache to {{{"ghcr.io" "org/app-buildcache"}}}: writing blob: uploading layer chunked: received unexpected HTTP status: 503 Service Unavailable',
};

interface Script {
  /** Output of each `bud` in turn (exit 125) until they run out; then buds succeed. */
  budFailures?: string[];
  /** stdout of each `manifest inspect`. */
  inspections?: string[];
  /** Output of buildah's own push (exit 125), when it fails; else it writes `pushDigest` to its digest file. */
  pushFailure?: string;
  /** What a successful push writes to its digest file. Default digest('b'). */
  pushDigest?: string;
}

/** Plays buildah: fails buds and pushes as scripted, writes the iid file, the digest file and the OCI layout it is pointed at. */
function scripted(script: Script): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  let bud = 0;
  let inspect = 0;
  const result = (exitCode: number, output = '', stdout = ''): CommandResult => ({ exitCode, output, stdout });
  return {
    calls,
    run: async (_command, args) => {
      calls.push([...args]);
      const after = (flag: string) => args[args.indexOf(flag) + 1] ?? '';
      if (args.includes('bud')) {
        const failure = script.budFailures?.[bud++];
        if (failure !== undefined) return result(125, `STEP 1/2: FROM base\n${failure}\n`);
        if (args.includes('--iidfile')) await writeFile(after('--iidfile'), `sha256:${ID}`);
      }
      if (args.includes('push')) {
        const target = args.at(-1) ?? '';
        const [, dir = '', name] = /^oci:(.+):([^:]+)$/.exec(target) ?? [];
        if (dir) {
          writeLayout(dir, args.includes('--all') ? [{ architecture: 'amd64' }, { architecture: 'arm64' }] : [{}], { name });
        } else if (script.pushFailure !== undefined) {
          return result(125, `Getting image source signatures\n${script.pushFailure}\n`);
        } else {
          await writeFile(after('--digestfile'), script.pushDigest ?? digest('b'));
        }
      }
      if (args.includes('inspect')) return result(0, '', script.inspections?.[inspect++] ?? '{}');
      return result(0);
    },
  };
}

/** A push that records what it was given and answers with a digest. */
function recordedPush(answer = digest('a')): LayoutPusher & { calls: Array<{ tags: string[]; options: unknown; top: string }> } {
  const calls: Array<{ tags: string[]; options: unknown; top: string }> = [];
  const push = (async (_client, layout, destinations, options) => {
    const opened = typeof layout === 'string' ? await OciLayout.open(layout) : layout;
    calls.push({ tags: destinations.map(String), options, top: (await opened.top(options?.name)).mediaType });
    return {
      digest: answer,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      image: `ghcr.io/org/app@${answer}`,
      tags: [],
      blobs: { exists: 0, mounted: 0, uploaded: 2, copied: 0 },
      bytesUploaded: 10,
      manifests: 2,
      restarts: 0,
    };
  }) as LayoutPusher;
  return Object.assign(push, { calls });
}

/** A registry client on a fake clock: the bud retries wait nothing, and the waits are recorded. */
function fakeClockClient(maxAttempts = 4) {
  const sleeps: number[] = [];
  const client = new RegistryClient({
    credentials: async () => undefined,
    log: () => undefined,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    retry: { maxAttempts, maxElapsedMs: 60_000, baseDelayMs: 100, maxDelayMs: 1_000 },
  });
  return { client, sleeps };
}

const verbs = (calls: string[][]) =>
  calls.map((args) =>
    args
      .filter(
        (a) => ['bud', 'push', 'manifest', 'inspect', 'rm', '--no-cache', '--all', '--cache-to'].includes(a) || /^(oci|docker):/.test(a),
      )
      .map((a) => a.replace(/^(oci|docker):.*/, '$1'))
      .join(' '),
  );

async function build(script: Script, overrides: Partial<BuildRequest> = {}, push = recordedPush(), maxAttempts = 4) {
  const runner = scripted(script);
  const { client, sleeps } = fakeClockClient(maxAttempts);
  const run = await runInProcess('build', () => new BuildahBuilder(OPTIONS, push).build(request(overrides), runner, client));
  return { ...run, runner, push, sleeps, client };
}

describe('BuildahBuilder command flow', () => {
  test('one platform: bud, then buildah pushes once (no retries of its own) and reports the digest', async () => {
    const { value, thrown, runner, push } = await build({});
    expect(thrown).toBeUndefined();
    expect(value?.digest).toBe(digest('b'));
    expect(value?.retries).toBe(0);
    expect(verbs(runner.calls)).toEqual(['bud', 'push docker']);
    expect(runner.calls[1]).toContain('--retry');
    expect(runner.calls[1]?.[runner.calls[1].indexOf('--retry') + 1]).toBe('0');
    expect(runner.calls[1]?.slice(-2)).toEqual([ID, 'docker://ghcr.io/org/app:h1-abc']);
    expect(push.calls).toEqual([]);
  });

  test('the other tags get the same manifest by the registry client (no second buildah push)', async () => {
    const runner = scripted({});
    const { client } = fakeClockClient();
    const tagImage = vi.spyOn(client, 'tagImage').mockResolvedValue({ digest: digest('b'), tags: ['latest', 'v1'] });
    const run = await runInProcess('build', () =>
      new BuildahBuilder(OPTIONS, recordedPush()).build(
        request({ tags: ['ghcr.io/org/app:h1-abc', 'ghcr.io/org/app:latest', 'ghcr.io/org/app:v1'] }),
        runner,
        client,
      ),
    );
    expect(run.value?.digest).toBe(digest('b'));
    expect(verbs(runner.calls)).toEqual(['bud', 'push docker']);
    expect(tagImage).toHaveBeenCalledWith(expect.objectContaining({ repository: 'org/app', digest: digest('b') }), ['latest', 'v1']);
  });

  test('tags in another repository are refused before pushing', async () => {
    const { thrown, runner } = await build({}, { tags: ['ghcr.io/org/app:h1-abc', 'ghcr.io/org/other:latest'] });
    expect(String(thrown)).toMatch(/Every tag of one push must be in ghcr.io\/org\/app; ghcr.io\/org\/other:latest is not/);
    expect(verbs(runner.calls)).toEqual(['bud']);
  });

  test('a push that exits 0 without a digest (buildah 1.28 manifest push on a failed upload) is taken over by the client', async () => {
    const { value, runner, log } = await build({ pushDigest: '' });
    expect(value?.digest).toBe(digest('a'));
    expect(value?.retries).toBe(1);
    expect(verbs(runner.calls)).toEqual(['bud', 'push docker', 'push oci']);
    expect(log).toContain(
      "buildah push to ghcr.io/org/app:h1-abc reported no digest (got ''), so it did not push; the registry client pushes",
    );
  });

  test('push: false builds only and returns no digest', async () => {
    const { value, runner, push } = await build({}, { push: false });
    expect(value?.digest).toBe('');
    expect(verbs(runner.calls)).toEqual(['bud']);
    expect(push.calls).toEqual([]);
  });

  test('no tags to push to is an error before anything runs', async () => {
    const { thrown, runner } = await build({}, { tags: [] });
    expect(String(thrown)).toMatch(/no tags/);
    expect(runner.calls).toEqual([]);
  });

  test('several platforms: manifest push --all, the digest is the index’s', async () => {
    const both = JSON.stringify({
      manifests: [
        { platform: { os: 'linux', architecture: 'amd64' } },
        { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      ],
    });
    const { value, runner } = await build({ inspections: [both], pushDigest: digest('c') }, { platforms: ['linux/amd64', 'linux/arm64'] });
    expect(value?.digest).toBe(digest('c'));
    expect(verbs(runner.calls)).toEqual(['bud', 'manifest inspect', 'manifest push --all docker', 'manifest rm']);
  });

  test('several platforms: a platform missing twice fails, after one rebuild without cache; the list is removed', async () => {
    const armOnly = JSON.stringify({ manifests: [{ platform: { os: 'linux', architecture: 'arm64' } }] });
    const { thrown, runner } = await build({ inspections: [armOnly, armOnly] }, { platforms: ['linux/amd64', 'linux/arm64'] });
    expect(String(thrown)).toContain('buildah built no image for linux/amd64');
    expect(verbs(runner.calls)).toEqual(['bud', 'manifest inspect', 'manifest rm', 'bud --no-cache', 'manifest inspect', 'manifest rm']);
  });
});

describe('a push that fails on a transient registry error is taken over by the registry client', () => {
  const pushFailures = {
    '500 starting an upload':
      'Error: writing blob: initiating layer upload to /v2/org/app/blobs/uploads/ in ghcr.io: received unexpected HTTP status: 500 Internal Server Error',
    '429': 'Error: writing blob: uploading layer chunked: toomanyrequests: slow down',
    'a dropped connection':
      'Error: trying to reuse blob sha256:ab at destination: pinging container registry ghcr.io: Get "https://ghcr.io/v2/": EOF',
  };

  test.each(Object.entries(pushFailures))(
    '%s: the image goes into a local OCI layout and the client pushes it, saying why',
    async (_name, failure) => {
      const cache = decideCachePolicy({
        cache: 'registry',
        image: 'ghcr.io/org/app',
        eventName: 'push',
        ref: 'refs/heads/main',
        defaultBranch: 'main',
        builder: 'buildah',
      });
      const { value, thrown, runner, push, log } = await build({ pushFailure: failure }, { cache });
      expect(thrown).toBeUndefined();
      expect(value?.digest).toBe(digest('a')); // what the registry client pushed
      expect(value?.retries).toBe(1);
      expect(verbs(runner.calls)).toEqual(['bud --cache-to', 'push docker', 'push oci']);
      expect(runner.calls[2]?.slice(-2)).toEqual([ID, expect.stringMatching(/^oci:.*\/layout:image$/)]);
      expect(push.calls).toEqual([
        {
          tags: ['ghcr.io/org/app:h1-abc'],
          options: expect.objectContaining({ name: 'image', mountFrom: expect.objectContaining({ repository: 'org/app-buildcache' }) }),
          top: 'application/vnd.oci.image.manifest.v1+json',
        },
      ]);
      expect(log).toContain(
        `buildah push to ghcr.io/org/app:h1-abc failed on a transient registry error (${failure.slice('Error: '.length)}); the registry client pushes the same image instead`,
      );
    },
  );

  test('several platforms: the manifest list goes into the layout as an index', async () => {
    const both = JSON.stringify({
      manifests: [{ platform: { os: 'linux', architecture: 'amd64' } }, { platform: { os: 'linux', architecture: 'arm64' } }],
    });
    const { value, runner, push } = await build(
      { inspections: [both], pushFailure: pushFailures['429'] },
      { platforms: ['linux/amd64', 'linux/arm64'] },
      recordedPush(digest('c')),
    );
    expect(value?.digest).toBe(digest('c'));
    expect(verbs(runner.calls)).toEqual([
      'bud',
      'manifest inspect',
      'manifest push --all docker',
      'manifest push --all oci',
      'manifest rm',
    ]);
    expect(push.calls[0]?.top).toBe('application/vnd.oci.image.index.v1+json');
  });

  test('a failure of a kind nobody has seen is the client’s to judge: it takes over too', async () => {
    const { value, runner, log } = await build({ pushFailure: 'Error: writing blob: something nobody has seen before' });
    expect(value?.digest).toBe(digest('a'));
    expect(verbs(runner.calls)).toEqual(['bud', 'push docker', 'push oci']);
    expect(log).toContain(
      'buildah push to ghcr.io/org/app:h1-abc failed (writing blob: something nobody has seen before); the registry client pushes',
    );
  });

  test.each([
    ['401', 'Error: writing blob: initiating layer upload to /v2/org/app/blobs/uploads/ in ghcr.io: unauthorized: authentication required'],
    ['404', 'Error: writing manifest: uploading manifest h1-abc to ghcr.io/org/app: received unexpected HTTP status: 404 Not Found'],
    ['403', 'Error: writing blob: initiating layer upload to /v2/org/app/blobs/uploads/ in ghcr.io: denied: permission_denied'],
  ])('%s fails at once with buildah’s error: no layout, no second try', async (_name, failure) => {
    const { thrown, runner, push, sleeps } = await build({ pushFailure: failure });
    expect(String(thrown)).toContain('buildah push to ghcr.io/org/app:h1-abc failed (exit code 125). Last lines of its output:');
    expect(String(thrown)).toContain(failure);
    expect(verbs(runner.calls)).toEqual(['bud', 'push docker']);
    expect(push.calls).toEqual([]);
    expect(sleeps).toEqual([]);
  });
});

describe('bud on a flaky registry', () => {
  test.each([
    ['a 500 pulling the base', failures.pull500, /received unexpected HTTP status: 500/],
    ['a 429 pulling the base', failures.pull429, /StatusCode: 429/],
    ['a dropped connection', failures.pullReset, /EOF/],
  ])('%s: bud runs again within the bounds, and the log says what and why', async (_name, failure, reason) => {
    const { value, thrown, runner, log, sleeps } = await build({ budFailures: [failure, failure] });
    expect(thrown).toBeUndefined();
    expect(value?.digest).toBe(digest('b'));
    expect(value?.retries).toBe(2);
    expect(verbs(runner.calls)).toEqual(['bud', 'bud', 'bud', 'push docker']);
    expect(sleeps).toEqual([75, 150]); // equal jitter at random 0.5: ¾ of 100, then of 200
    const lines = log.split('\n').filter((line) => /failed on a transient registry error/.test(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toMatch(/buildah bud failed on a transient registry error \(.*\); running it again in 75 ms \(attempt 2 of 4/);
  });

  test.each([
    ['401 pulling the base', failures.pull401],
    ['404 pulling the base', failures.pull404],
    ['a failing RUN step', failures.run],
  ])('%s fails at once with the same clear error, no retry', async (_name, failure) => {
    const { thrown, runner, sleeps } = await build({ budFailures: [failure] });
    expect(verbs(runner.calls)).toEqual(['bud']);
    expect(sleeps).toEqual([]);
    expect(String(thrown)).toContain('buildah bud failed (exit code 125). Last lines of its output:');
    expect(String(thrown)).toContain(failure.split('\n').at(-1));
    expect(String(thrown)).not.toMatch(/transient/);
  });

  test('transient failures every time: gives up at the attempt bound, saying so', async () => {
    const { thrown, runner } = await build({ budFailures: Array(9).fill(failures.pull500) }, {}, recordedPush(), 3);
    expect(verbs(runner.calls)).toEqual(['bud', 'bud', 'bud']);
    expect(String(thrown)).toMatch(
      /buildah bud failed \(exit code 125\)[\s\S]*500 Internal Server Error[\s\S]*It failed on transient registry errors each time: gave up after 3 attempts/,
    );
  });

  test('writing the layer cache fails: bud runs again without --cache-to, with a warning; the image is still pushed', async () => {
    const cache = decideCachePolicy({
      cache: 'registry',
      image: 'ghcr.io/org/app',
      eventName: 'push',
      ref: 'refs/heads/main',
      defaultBranch: 'main',
      builder: 'buildah',
    });
    const { value, runner, warnings } = await build({ budFailures: [failures.cachePush] }, { cache });
    expect(value?.digest).toBe(digest('b'));
    expect(verbs(runner.calls)).toEqual(['bud --cache-to', 'bud', 'push docker']);
    expect(warnings).toEqual([
      expect.stringMatching(/^Writing the layer cache to ghcr.io\/org\/app-buildcache failed \(.*503.*\); building on without writing it/),
    ]);
  });

  test('several platforms: a failed attempt’s half-made manifest list is removed before the next', async () => {
    const both = JSON.stringify({
      manifests: [{ platform: { os: 'linux', architecture: 'amd64' } }, { platform: { os: 'linux', architecture: 'arm64' } }],
    });
    const { value, runner } = await build(
      { budFailures: [failures.pull500], inspections: [both] },
      { platforms: ['linux/amd64', 'linux/arm64'] },
    );
    expect(value?.digest).toBe(digest('b'));
    expect(verbs(runner.calls)).toEqual(['bud', 'manifest rm', 'bud', 'manifest inspect', 'manifest push --all docker', 'manifest rm']);
  });
});

describe('base image layers', () => {
  test('with no reachable base image nothing is left out of the layout, and the build says why', async () => {
    const { value, log } = await build({ pushFailure: failuresOfPush.transient }, { baseImages: ['127.0.0.1:1/base@' + digest('b')] });
    expect(value?.digest).toBe(digest('a'));
    expect(log).toMatch(/Base image layers are written again instead of mounted: 127\.0\.0\.1:1\/base@sha256:b+: Registry unreachable/);
  });
});

describe('platforms buildah cannot build', () => {
  test('a non-Linux platform is refused before any command runs, naming the input and the fix', async () => {
    const { thrown, runner } = await build({}, { platforms: ['linux/amd64', 'windows/amd64'] });
    expect(String(thrown)).toMatch(
      /Input 'platforms': buildah builds Linux images only, not windows\/amd64\. Build those with builder: buildx/,
    );
    expect(runner.calls).toEqual([]);
  });
});

describe('the auth file of the request is what a builder without a registry client pushes with', () => {
  test('readAuthFile gives the logins back', async () => {
    const { readAuthFile, writeAuthFile } = await import('../../src/registry/login.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'auth-'));
    process.env.RUNNER_TEMP = dir;
    const written = writeAuthFile({ registry: 'ghcr.io', username: 'ci', password: 'p:a:ss' });
    try {
      expect(readAuthFile(written.file)).toEqual([{ registry: 'ghcr.io', username: 'ci', password: 'p:a:ss', source: written.file }]);
      writeFileSync(
        path.join(dir, 'other.json'),
        JSON.stringify({ auths: { 'a.io': {}, 'b.io': { auth: Buffer.from('u:p').toString('base64') } } }),
      );
      expect(readAuthFile(path.join(dir, 'other.json')).map((login) => login.registry)).toEqual(['b.io']);
    } finally {
      written.remove();
      delete process.env.RUNNER_TEMP;
    }
  });
});
