/**
 * The command sequence of BuildahBuilder with a scripted runner: the failure paths a real
 * registry seldom produces (no digest, differing digests, a platform buildah never builds).
 * The happy paths run for real in buildah.integration.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { BuildRequest } from '../../src/builders/builder.js';
import { BuildahBuilder } from '../../src/builders/buildah.js';
import type { CommandResult, CommandRunner } from '../../src/runtime/exec.js';

const ID = 'f'.repeat(64);
const digest = (c: string) => `sha256:${c.repeat(64)}`;

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    contextDir: '/ws/ctx',
    dockerfile: '/ws/ctx/Dockerfile',
    repository: 'ghcr.io/org/app',
    tags: ['ghcr.io/org/app:h1-abc', 'ghcr.io/org/app:latest'],
    platforms: [],
    buildArgs: {},
    secrets: [],
    labels: {},
    cache: { type: 'none', ref: '', read: [], write: false, reason: '' },
    push: true,
    insecureRegistries: [],
    ...overrides,
  };
}

interface Script {
  /** Digest written by the n-th push (undefined → none written). */
  pushes?: (string | undefined)[];
  /** stdout of each `manifest inspect`. */
  inspections?: string[];
}

/** Plays buildah: writes the iid and digest files it is pointed at, answers manifest inspect. */
function scripted(script: Script): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  let push = 0;
  let inspect = 0;
  const ok = (stdout = ''): CommandResult => ({ exitCode: 0, output: stdout, stdout });
  return {
    calls,
    run: async (_command, args) => {
      calls.push([...args]);
      const after = (flag: string) => args[args.indexOf(flag) + 1] ?? '';
      if (args.includes('bud') && args.includes('--iidfile')) await writeFile(after('--iidfile'), `sha256:${ID}`);
      if (args.includes('push')) {
        const value = script.pushes?.[push++];
        if (value !== undefined) await writeFile(after('--digestfile'), value);
      }
      if (args.includes('inspect')) return ok(script.inspections?.[inspect++] ?? '{}');
      return ok();
    },
  };
}

const verbs = (calls: string[][]) =>
  calls.map((args) => args.filter((a) => ['bud', 'push', 'manifest', 'inspect', 'rm', '--no-cache', '--all'].includes(a)).join(' '));

describe('BuildahBuilder command flow', () => {
  test('one platform: bud, then one push per tag, by image ID', async () => {
    const runner = scripted({ pushes: [digest('a'), digest('a')] });
    const result = await new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(request(), runner);
    expect(result.digest).toBe(digest('a'));
    expect(verbs(runner.calls)).toEqual(['bud', 'push', 'push']);
    expect(runner.calls[1]?.slice(-2)).toEqual([ID, 'docker://ghcr.io/org/app:h1-abc']);
    expect(runner.calls[2]?.slice(-2)).toEqual([ID, 'docker://ghcr.io/org/app:latest']);
  });

  test('push: false builds only and returns no digest', async () => {
    const runner = scripted({});
    const result = await new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(request({ push: false }), runner);
    expect(result.digest).toBe('');
    expect(verbs(runner.calls)).toEqual(['bud']);
  });

  test('a push that writes no digest fails the build', async () => {
    const build = new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(request(), scripted({ pushes: [undefined] }));
    await expect(build).rejects.toThrow("buildah push to ghcr.io/org/app:h1-abc reported no digest (got '')");
  });

  test('tags that end up with different digests fail the build', async () => {
    const build = new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(
      request(),
      scripted({ pushes: [digest('a'), digest('b')] }),
    );
    await expect(build).rejects.toThrow(/different digests/);
  });

  test('no tags to push to is an error before anything runs', async () => {
    const runner = scripted({});
    await expect(new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(request({ tags: [] }), runner)).rejects.toThrow(
      /no tags/,
    );
    expect(runner.calls).toEqual([]);
  });

  test('several platforms: a platform missing twice fails, after one rebuild without cache; the list is removed', async () => {
    const armOnly = JSON.stringify({ manifests: [{ platform: { os: 'linux', architecture: 'arm64' } }] });
    const runner = scripted({ inspections: [armOnly, armOnly] });
    const build = new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(
      request({ platforms: ['linux/amd64', 'linux/arm64'] }),
      runner,
    );
    await expect(build).rejects.toThrow('buildah built no image for linux/amd64');
    expect(verbs(runner.calls)).toEqual(['bud', 'manifest inspect', 'manifest rm', 'bud --no-cache', 'manifest inspect', 'manifest rm']);
  });

  test('several platforms: manifest push --all per tag returns the index digest', async () => {
    const both = JSON.stringify({
      manifests: [
        { platform: { os: 'linux', architecture: 'amd64' } },
        { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      ],
    });
    const runner = scripted({ inspections: [both], pushes: [digest('c'), digest('c')] });
    const result = await new BuildahBuilder({ command: 'buildah', isolation: 'chroot' }).build(
      request({ platforms: ['linux/amd64', 'linux/arm64'] }),
      runner,
    );
    expect(result.digest).toBe(digest('c'));
    expect(verbs(runner.calls)).toEqual(['bud', 'manifest inspect', 'manifest push --all', 'manifest push --all', 'manifest rm']);
  });
});

describe('platforms buildah cannot build', () => {
  test('a non-Linux platform is refused before any command runs, naming the input and the fix', async () => {
    const runner = scripted({});
    await expect(new BuildahBuilder().build(request({ platforms: ['linux/amd64', 'windows/amd64'] }), runner)).rejects.toThrow(
      /Input 'platforms': buildah builds Linux images only, not windows\/amd64\. Build those with builder: buildx/,
    );
    expect(runner.calls).toEqual([]);
  });
});
