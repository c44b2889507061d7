/**
 * The build action with buildx, as a contract: no Docker engine exists here, so a fake `docker`
 * (fake-docker.mjs) answers `docker version` like an engine, records the exact `docker buildx
 * build` argv, "pushes" with skopeo to the real loopback registry and writes a metadata file of
 * buildx's shape. The action's own half is real: hash, existence check, digest from the metadata,
 * verification against the registry, tags moved only after it.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir } from '../../support/git-repo.js';
import { describeRun, registryTags, runBuild, startBuildFixture, workspaceRepo, type BuildFixture } from './fixture.js';

let fixture: BuildFixture;
let tools: string;
beforeAll(async () => {
  fixture = await startBuildFixture();
  tools = makeTempDir('fake-docker-');
  writeFileSync(
    path.join(tools, 'docker'),
    `#!/bin/sh\nexec '${process.execPath}' '${path.join(import.meta.dirname, 'fake-docker.mjs')}' "$@"\n`,
  );
  chmodSync(path.join(tools, 'docker'), 0o755);
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

async function buildx(name: string, options: { mode?: string; event?: 'push' | 'pull_request'; inputs?: Record<string, string> } = {}) {
  const repo = workspaceRepo({
    Dockerfile: `FROM ${fixture.base}\nCOPY app.txt /app.txt\n`,
    'app.txt': `${name}\n`,
    '.dockerignore': '.git\n',
  });
  const log = path.join(makeTempDir('docker-log-'), 'calls.jsonl');
  writeFileSync(log, '');
  const image = `${fixture.registry.host}/buildx/${name}`;
  const result = await runBuild(fixture, {
    workspace: repo.dir,
    commit: repo.commit,
    event: options.event ?? 'push',
    inputs: { builder: 'auto', image, ...options.inputs },
    env: {
      PATH: `${tools}:${fixture.tools}:${process.env.PATH ?? ''}`,
      FAKE_DOCKER_LOG: log,
      FAKE_DOCKER_SOURCE: fixture.base,
      FAKE_DOCKER_MODE: options.mode ?? 'ok',
    },
  });
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as string[]);
  return { result, calls, image, repo };
}

describe('buildx contract', () => {
  test('auto picks buildx when an engine answers; the argv is the documented one; the digest comes from the metadata and is verified', async () => {
    const { result, calls, image, repo } = await buildx('ok', { inputs: { tags: 'latest' } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(calls[0]).toEqual(['version', '--format', '{{.Server.Version}}']);
    const argv = calls[1] ?? [];
    const value = (flag: string) => argv[argv.indexOf(flag) + 1];
    expect(argv.slice(0, 3)).toEqual(['buildx', 'build', '--progress=plain']);
    expect(argv).toContain('--provenance=false');
    expect(value('--metadata-file')).toMatch(/metadata\.json$/);
    // Only the hash tag is pushed by the builder; extra tags move after verification.
    expect(argv.filter((arg, i) => argv[i - 1] === '--tag')).toEqual([`${image}:${result.outputs.tag}`]);
    expect(value('--output')).toBe('type=image,push=true,registry.insecure=true');
    expect(value('--cache-from')).toBe(`type=registry,ref=${image}:buildcache,registry.insecure=true`);
    expect(value('--cache-to')).toBe(`type=registry,ref=${image}:buildcache,mode=max,registry.insecure=true`);
    expect(argv).toContain(`io.image-actions.build-hash=${result.outputs.hash}`);
    expect(argv).toContain(`org.opencontainers.image.revision=${repo.commit}`);
    expect(argv).toContain('SOURCE_DATE_EPOCH=1767323045');
    expect(argv.at(-1)).toBe(repo.dir);
    expect(result.outputs.digest).toBe(fixture.baseDigest); // what the fake pushed
    expect(result.outputs.reused).toBe('false');
    expect(await registryTags(fixture.registry, 'buildx/ok')).toEqual([result.outputs.tag, 'latest'].sort());
  }, 120_000);

  test('on a pull request the cache is read, never written', async () => {
    const { result, calls, image } = await buildx('pr', { event: 'pull_request' });
    expect(result.exitCode, describeRun(result)).toBe(0);
    const argv = calls[1] ?? [];
    expect(argv).toContain(`type=registry,ref=${image}:buildcache,registry.insecure=true`);
    expect(argv).not.toContain('--cache-to');
  }, 120_000);

  test('gha cache: always scoped, the export may fail without failing the build', async () => {
    const { result, calls, image } = await buildx('gha', { inputs: { cache: 'gha' } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    const argv = calls[1] ?? [];
    const scope = `${image}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    expect(argv).toContain(`type=gha,scope=${scope}`);
    expect(argv).toContain(`type=gha,scope=${scope},mode=max,ignore-error=true`);
  }, 120_000);

  test('a digest in the metadata that the registry does not serve fails the step; no tag is moved', async () => {
    const { result } = await buildx('mismatch', { mode: 'mismatch', inputs: { tags: 'latest' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      /buildx reported sha256:0{64}, but the registry serves sha256:[0-9a-f]{64} under .*buildx\/mismatch:h1-[0-9a-f]{32} .*no tags were moved/,
    );
    expect(await registryTags(fixture.registry, 'buildx/mismatch')).not.toContain('latest');
    expect(result.outputs.digest).toBeUndefined();
  }, 120_000);

  test('metadata `null` (nothing exported) fails the step instead of an empty digest', async () => {
    const { result } = await buildx('null', { mode: 'null', inputs: { tags: 'latest' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/buildx wrote no build metadata/);
    expect(await registryTags(fixture.registry, 'buildx/null')).not.toContain('latest');
  }, 120_000);

  test('a failed buildx build fails the step with its output', async () => {
    const { result } = await buildx('fail', { mode: 'fail' });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/docker buildx build failed \(exit code 1\)/);
    expect(result.stdout).toMatch(/::group::Build [^\n]* with buildx[\s\S]*did not complete successfully[\s\S]*::endgroup::/);
    expect(await registryTags(fixture.registry, 'buildx/fail')).toEqual([]);
  }, 120_000);
});
