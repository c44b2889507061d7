/**
 * The build action end to end: dist/build/index.js run like the runner runs it, building with real
 * buildah (vfs, chroot) and pushing to a real loopback registry; skopeo, an independent client,
 * cross-checks what landed there. A recording `buildah` wrapper on PATH proves when no build ran.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HASH_LABEL, OCI_LABELS } from '../../../src/core/labels.js';
import type { ActionResult } from '../../harness/run-action.js';
import { skopeoDigest, skopeoRawManifest } from '../../support/skopeo.js';
import {
  commitChange,
  COMMIT_DATE,
  describeRun,
  registryTags,
  runBuild,
  startBuildFixture,
  workspaceRepo,
  type BuildFixture,
} from './fixture.js';

let fixture: BuildFixture;
beforeAll(async () => {
  fixture = await startBuildFixture();
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

function skopeoConfig(ref: string): { config?: { Labels?: Record<string, string> }; created?: string } {
  return JSON.parse(
    execFileSync('skopeo', ['inspect', '--tls-verify=false', '--config', `docker://${ref}`], { encoding: 'utf8' }),
  ) as never;
}

const budCalls = () => fixture.buildahCalls().filter((call) => / bud /.test(` ${call} `));

describe('first run builds and pushes; the next run reuses', () => {
  let repo: { dir: string; commit: string };
  let image: string;
  let first: ActionResult;
  beforeAll(async () => {
    repo = workspaceRepo({
      Dockerfile: `FROM ${fixture.base}\nCOPY app.txt /app/app.txt\nRUN cat /app/app.txt > /app/copy.txt\n`,
      'app.txt': 'hello\n',
      '.dockerignore': '.git\nREADME.md\n',
      'README.md': 'not in the image\n',
    });
    image = `${fixture.registry.host}/acme/app`;
    fixture.resetBuildahCalls();
    first = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image } });
  }, 240_000);

  test('the first run builds with buildah and pushes the hash tag', () => {
    expect(first.exitCode, describeRun(first)).toBe(0);
    expect(first.outputs.reused).toBe('false');
    expect(first.outputs.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs.tag).toBe(`h1-${first.outputs.hash?.slice(0, 32)}`);
    expect(first.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs.image).toBe(`${image}@${first.outputs.digest}`);
    expect(JSON.parse(first.outputs.tags ?? '')).toEqual([`${image}:${first.outputs.tag}`]);
    expect(budCalls()).toHaveLength(1);
  });

  test('skopeo sees the same digest under the hash tag', async () => {
    expect(await skopeoDigest(`${image}:${first.outputs.tag}`)).toBe(first.outputs.digest);
  });

  test('the image carries the OCI labels and the full hash; created is the commit time', () => {
    const config = skopeoConfig(`${image}:${first.outputs.tag}`);
    expect(config.config?.Labels).toMatchObject({
      [HASH_LABEL]: first.outputs.hash,
      [OCI_LABELS.revision]: repo.commit,
      [OCI_LABELS.source]: 'https://github.com/acme/images',
      [OCI_LABELS.created]: COMMIT_DATE,
      [OCI_LABELS.version]: first.outputs.tag,
    });
    expect(Date.parse(config.created ?? '')).toBe(Date.parse(COMMIT_DATE));
  });

  test('the base image entered the hash by digest; logs are grouped; the summary has the table', () => {
    expect(first.stdout).toContain(`Base ${fixture.base} → ${fixture.baseDigest}`);
    expect(first.stdout).toMatch(/::group::Build .*acme\/app:h1-[0-9a-f]{32} with buildah/);
    expect(first.summary).toContain('Image built');
    expect(first.summary).toContain(first.outputs.digest);
    expect(first.summary).toMatch(
      /hash [\d.]+ s · existence check [\d.]+ s · build and push [\d.]+ s · verify and tag [\d.]+ s · total [\d.]+ s/,
    );
  });

  test('a push to the default branch writes the layer cache', async () => {
    expect(first.stdout).toContain('default branch main: reads and writes the cache');
    expect(budCalls()[0]).toContain(`--cache-to ${image}-buildcache`);
    expect((await registryTags(fixture.registry, 'acme/app-buildcache')).length).toBeGreaterThan(0);
  });

  test('a commit that leaves the context alone reuses the image: no buildah, extra tags by manifest PUT', async () => {
    const commit = commitChange(repo.dir, { 'README.md': 'still not in the image\n' });
    fixture.resetBuildahCalls();
    const second = await runBuild(fixture, { workspace: repo.dir, commit, inputs: { image, tags: 'latest, v1.2.3' } });
    expect(second.exitCode, describeRun(second)).toBe(0);
    expect(second.outputs.reused).toBe('true');
    expect(second.outputs.hash).toBe(first.outputs.hash);
    expect(second.outputs.digest).toBe(first.outputs.digest);
    expect(fixture.buildahCalls()).toEqual([]);
    expect(second.stdout).toMatch(/Reusing: h1-[0-9a-f]{32} exists \(sha256:[0-9a-f]{64}\) with linux\/amd64 and the matching hash label/);
    expect(JSON.parse(second.outputs.tags ?? '')).toEqual([`${image}:${first.outputs.tag}`, `${image}:latest`, `${image}:v1.2.3`]);
    expect(await registryTags(fixture.registry, 'acme/app')).toEqual([first.outputs.tag, 'latest', 'v1.2.3'].sort());
    expect(await skopeoDigest(`${image}:latest`)).toBe(first.outputs.digest);
    expect(await skopeoDigest(`${image}:v1.2.3`)).toBe(first.outputs.digest);
    expect(second.summary).toContain('Image reused');
    expect(second.summary).toContain('reused (no build)');
  }, 120_000);

  test('force-rebuild builds even though the image exists', async () => {
    fixture.resetBuildahCalls();
    const forced = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image, 'force-rebuild': 'true' } });
    expect(forced.exitCode, describeRun(forced)).toBe(0);
    expect(forced.outputs.reused).toBe('false');
    expect(forced.stdout).toContain('force-rebuild is true');
    expect(budCalls()).toHaveLength(1);
    expect(await skopeoDigest(`${image}:${forced.outputs.tag}`)).toBe(forced.outputs.digest);
  }, 240_000);

  test('a hash tag overwritten by a foreign image (no hash label) is rebuilt, not reused', async () => {
    const hashRef = `${image}:${first.outputs.tag}`;
    execFileSync(
      'skopeo',
      ['copy', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${fixture.base}`, `docker://${hashRef}`],
      { stdio: 'ignore' },
    );
    expect(await skopeoDigest(hashRef)).toBe(fixture.baseDigest);
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs.reused).toBe('false');
    expect(result.stdout).toContain(
      `Building: ${first.outputs.tag} exists (${fixture.baseDigest}) but its linux/amd64 image has no ${HASH_LABEL} label`,
    );
    expect(budCalls()).toHaveLength(1);
    expect(await skopeoDigest(hashRef)).toBe(result.outputs.digest);
    expect(result.outputs.digest).not.toBe(fixture.baseDigest);
  }, 240_000);

  test('a changed file in the context gives a new hash and a build', async () => {
    const commit = commitChange(repo.dir, { 'app.txt': 'hello again\n' });
    fixture.resetBuildahCalls();
    const changed = await runBuild(fixture, { workspace: repo.dir, commit, inputs: { image } });
    expect(changed.exitCode, describeRun(changed)).toBe(0);
    expect(changed.outputs.reused).toBe('false');
    expect(changed.outputs.hash).not.toBe(first.outputs.hash);
    expect(changed.stdout).toMatch(/Building: no image is tagged h1-[0-9a-f]{32} yet/);
    expect(budCalls()).toHaveLength(1);
  }, 240_000);
});

describe('pull requests read the cache and never write it', () => {
  test('a pull_request build pushes its image but no cache', async () => {
    const repo = workspaceRepo({
      Dockerfile: `FROM ${fixture.base}\nCOPY pr.txt /pr.txt\nRUN cat /pr.txt\n`,
      'pr.txt': 'from a pull request\n',
    });
    const image = `${fixture.registry.host}/acme/pr`;
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, event: 'pull_request', inputs: { image } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs.reused).toBe('false');
    expect(result.stdout).toContain("pull request: reads the default branch's cache, never writes it");
    const bud = budCalls()[0] ?? '';
    expect(bud).toContain(`--cache-from ${image}-buildcache`);
    expect(bud).not.toContain('--cache-to');
    expect(await registryTags(fixture.registry, 'acme/pr-buildcache')).toEqual([]);
    // The revision label names the pull request head, not the merge commit.
    const labels = skopeoConfig(`${image}:${result.outputs.tag}`).config?.Labels ?? {};
    expect(labels[OCI_LABELS.revision]).toBe(repo.commit);
  }, 240_000);
});

describe('multi-platform', () => {
  test('an image under the hash tag that lacks one requested platform is rebuilt', async () => {
    const repo = workspaceRepo({ Dockerfile: `FROM ${fixture.multiBase}\nCOPY data.txt /data.txt\n`, 'data.txt': 'both platforms\n' });
    const image = `${fixture.registry.host}/acme/multi`;
    const inputs = { image, platforms: 'linux/amd64,linux/arm64' };
    const built = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(built.exitCode, describeRun(built)).toBe(0);
    const hashRef = `${image}:${built.outputs.tag}`;
    const index = JSON.parse(await skopeoRawManifest(hashRef)) as {
      manifests: Array<{ digest: string; platform: { architecture: string } }>;
    };
    expect(index.manifests.map((entry) => entry.platform.architecture).sort()).toEqual(['amd64', 'arm64']);

    // Someone overwrote the hash tag with the amd64 image alone.
    const amd64 = index.manifests.find((entry) => entry.platform.architecture === 'amd64')?.digest ?? '';
    execFileSync(
      'skopeo',
      ['copy', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${image}@${amd64}`, `docker://${hashRef}`],
      { stdio: 'ignore' },
    );
    expect(await skopeoDigest(hashRef)).toBe(amd64);

    fixture.resetBuildahCalls();
    const again = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(again.exitCode, describeRun(again)).toBe(0);
    expect(again.outputs.reused).toBe('false');
    expect(again.stdout).toMatch(/Building: h1-[0-9a-f]{32} exists \(sha256:[0-9a-f]{64}\) but lacks linux\/arm64 \(it has linux\/amd64\)/);
    // One bud, or two when buildah 1.28 mixes up the platforms' identical layers and the builder retries.
    expect(budCalls().length).toBeGreaterThanOrEqual(1);
    const repaired = JSON.parse(await skopeoRawManifest(hashRef)) as { manifests: Array<{ platform: { architecture: string } }> };
    expect(repaired.manifests.map((entry) => entry.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    expect(await skopeoDigest(hashRef)).toBe(again.outputs.digest);

    // Now complete: the next run reuses the index.
    fixture.resetBuildahCalls();
    const third = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(third.outputs.reused, describeRun(third)).toBe('true');
    expect(fixture.buildahCalls()).toEqual([]);
  }, 480_000);
});
