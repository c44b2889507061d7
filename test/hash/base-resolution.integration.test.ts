/**
 * Base images in the hash: the hash action (and the build action) resolve every FROM and
 * COPY --from image — after ARG expansion, without stage names or scratch — to the digest its tag
 * points at in the registry now. A moved base tag gives a new hash; a pinned reference is used as is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildManifest } from '../../src/core/build-definition.js';
import { runAction } from '../harness/run-action.js';
import { pushBaseImage } from '../support/base-image.js';
import { freePort } from '../support/free-port.js';
import { describeRun, runBuild, startBuildFixture, workspaceRepo, type BuildFixture } from '../actions/build/fixture.js';

let fixture: BuildFixture;
beforeAll(async () => {
  fixture = await startBuildFixture();
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

async function hash(workspace: string, inputs: Record<string, string> = {}) {
  const result = await runAction('hash', { workspace, inputs: { 'manifest-file': 'definition.json', ...inputs } });
  const manifest =
    result.exitCode === 0 ? (JSON.parse(readFileSync(path.join(workspace, 'definition.json'), 'utf8')) as BuildManifest) : undefined;
  return { result, manifest };
}

describe('base images in the hash', () => {
  test('FROM (after ARG expansion) and COPY --from images get digests; stage names and scratch are not looked up', async () => {
    const tools = `${fixture.registry.host}/base/tools:2`;
    const toolsDigest = (
      await pushBaseImage({ registry: fixture.registry.host, repository: 'base/tools', tag: '2', files: { 'tool.txt': 'tool\n' } })
    ).digest;
    const repo = workspaceRepo({
      Dockerfile: [
        `ARG REGISTRY=${fixture.registry.host}`,
        'FROM ${REGISTRY}/base/busybox:1 AS build',
        'RUN true',
        'FROM scratch',
        'COPY --from=build /bin /bin',
        `COPY --from=${tools} /tool.txt /tool.txt`,
        '',
      ].join('\n'),
      '.dockerignore': '.git\n',
    });
    const { result, manifest } = await hash(repo.dir);
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(manifest?.definition.images).toEqual([
      { ref: `${fixture.registry.host}/base/busybox:1`, digest: fixture.baseDigest },
      { ref: tools, digest: toolsDigest },
    ]);
  });

  test('a base tag that moves changes the hash', async () => {
    const registry = fixture.registry.host;
    await pushBaseImage({ registry, repository: 'base/moving', tag: 'stable' });
    const repo = workspaceRepo({
      Dockerfile: `FROM ${registry}/base/moving:stable\nCOPY a.txt /a.txt\n`,
      'a.txt': 'a\n',
      '.dockerignore': '.git\n',
    });
    const before = await hash(repo.dir);
    await pushBaseImage({ registry, repository: 'base/moving', tag: 'stable', files: { 'etc/release': '2\n' } });
    const after = await hash(repo.dir);
    expect(before.result.outputs.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.result.outputs.hash).not.toBe(before.result.outputs.hash);
    expect(after.manifest?.definition.images[0]?.digest).not.toBe(before.manifest?.definition.images[0]?.digest);
  });

  test('a reference pinned by digest is used as is: no registry is asked (this one does not even exist)', async () => {
    const port = await freePort();
    const pinned = `127.0.0.1:${port}/nowhere/base@sha256:${'a'.repeat(64)}`;
    const repo = workspaceRepo({ Dockerfile: `FROM ${pinned}\n`, '.dockerignore': '.git\n' });
    const { result, manifest } = await hash(repo.dir);
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(manifest?.definition.images).toEqual([{ ref: pinned, digest: `sha256:${'a'.repeat(64)}` }]);
  });

  test('a base that does not exist fails the hash step, naming it', async () => {
    const repo = workspaceRepo({ Dockerfile: `FROM ${fixture.registry.host}/base/absent:1\n`, '.dockerignore': '.git\n' });
    const { result } = await hash(repo.dir);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/base\/absent:1 was not found/);
  });

  test('resolve-images: false records the references as written, with a warning', async () => {
    const repo = workspaceRepo({ Dockerfile: 'FROM python:3.12-slim\n', '.dockerignore': '.git\n' });
    const { result, manifest } = await hash(repo.dir, { 'resolve-images': 'false' });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(manifest?.definition.images).toEqual([{ ref: 'python:3.12-slim' }]);
    expect(result.stdout).toMatch(/::warning::resolve-images is false: base images are hashed as written/);
  });

  test('a malformed insecure-registries entry is an input error', async () => {
    const repo = workspaceRepo({ Dockerfile: 'FROM python:3.12-slim\n' });
    const { result } = await hash(repo.dir, { 'insecure-registries': 'http://registry.local:5000' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Input 'insecure-registries': 'http:\/\/registry.local:5000' is not a host or host:port/);
  });

  test('the hash action and the build action compute the same hash for the same inputs', async () => {
    // definition.json (the hash step's manifest file) lands in the workspace: keep it out of the context.
    const repo = workspaceRepo({
      Dockerfile: `FROM ${fixture.base}\nARG MODE\nCOPY b.txt /b.txt\n`,
      'b.txt': 'b\n',
      '.dockerignore': '.git\ndefinition.json\n',
    });
    const inputs = { 'build-args': 'MODE=fast', labels: 'team=data', platforms: 'linux/amd64' };
    const { result } = await hash(repo.dir, inputs);
    const built = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { ...inputs, image: `${fixture.registry.host}/acme/same` },
    });
    expect(built.exitCode, describeRun(built)).toBe(0);
    expect(built.outputs.hash).toBe(result.outputs.hash);
    expect(built.outputs.tag).toBe(result.outputs.tag);
  }, 180_000);
});
