/**
 * How the build action fails, and what it never does while failing: it never builds or reuses
 * when the registry cannot be asked (401, 500, unreachable), never moves a tag when the build
 * fails, and never prints a credential or a secret value.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { faults, startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { freePort } from '../../support/free-port.js';
import { makeTempDir } from '../../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { describeRun, registryTags, runBuild, startBuildFixture, visibleText, workspaceRepo, type BuildFixture } from './fixture.js';

const PASSWORD = 'pa55-w0rd-never-printed';
const SECRET = 'secret-value-never-printed';

let fixture: BuildFixture;
let authRegistry: TestRegistry;
let proxy: FaultProxy;
beforeAll(async () => {
  fixture = await startBuildFixture();
  authRegistry = await startRegistry({ basicAuth: { ci: PASSWORD } });
  proxy = await startFaultProxy({
    target: fixture.registry.url,
    rules: [{ match: { path: /\/manifests\/h1-/ }, always: faults.serverError() }],
  });
}, 180_000);
afterAll(async () => {
  await proxy?.stop();
  await authRegistry?.stop();
  await fixture?.stop();
});

const basic = { authorization: `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}` };

function simpleRepo(extra = ''): { dir: string; commit: string } {
  return workspaceRepo({ Dockerfile: `FROM ${fixture.base}\nCOPY app.txt /app.txt\n${extra}`, 'app.txt': 'content\n' });
}

describe('registry credentials', () => {
  test('the right password builds and pushes; it appears nowhere; the auth file is gone afterwards', async () => {
    const repo = simpleRepo();
    const runnerTemp = makeTempDir('runner-temp-');
    const image = `${authRegistry.host}/acme/private`;
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image, 'registry-username': 'ci', 'registry-password': PASSWORD, tags: 'latest' },
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs.reused).toBe('false');
    expect(await registryTags(authRegistry, 'acme/private', basic)).toEqual([result.outputs.tag, 'latest'].sort());
    // Masked before anything else is printed, then never visible.
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${PASSWORD}`);
    expect(visibleText(result)).not.toContain(PASSWORD);
    expect(visibleText(result)).not.toContain(Buffer.from(`ci:${PASSWORD}`).toString('base64'));
    expect(existsSync(runnerTemp) ? readdirSync(runnerTemp).filter((name) => name.startsWith('image-actions-auth-')) : []).toEqual([]);
  }, 240_000);

  test('a wrong password (401) fails the step before anything is built or reused', async () => {
    const repo = simpleRepo();
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${authRegistry.host}/acme/denied`, 'registry-username': 'ci', 'registry-password': `${PASSWORD}-wrong` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/HTTP 401 .*the credentials from registry-username\/registry-password were rejected/);
    expect(result.outputs.reused).toBeUndefined();
    expect(fixture.buildahCalls()).toEqual([]);
    expect(await registryTags(authRegistry, 'acme/denied', basic)).toEqual([]);
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${PASSWORD}-wrong`);
    expect(visibleText(result)).not.toContain(`${PASSWORD}-wrong`);
  }, 120_000);
});

describe('registry failures fail closed', () => {
  test('a 500 on the existence check fails the step: no build, no reuse', async () => {
    const repo = simpleRepo();
    fixture.resetBuildahCalls();
    proxy.resetRecords();
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image: `${proxy.host}/acme/flaky` } });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/HTTP 500 .*acme\/flaky.*the registry failed on its side/);
    expect(fixture.buildahCalls()).toEqual([]);
    expect(proxy.records.filter((record) => record.fault === 'status').length).toBeGreaterThan(1); // retried, then gave up
    expect(await registryTags(fixture.registry, 'acme/flaky')).toEqual([]);
  }, 180_000);

  test('an unreachable registry fails with the cause named', async () => {
    const repo = simpleRepo();
    fixture.resetBuildahCalls();
    const port = await freePort();
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `127.0.0.1:${port}/acme/nowhere` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(new RegExp(`Registry unreachable .*127\\.0\\.0\\.1:${port}.*ECONNREFUSED`));
    expect(fixture.buildahCalls()).toEqual([]);
  }, 180_000);

  test('a base image that does not exist fails the hash with its name', async () => {
    const repo = workspaceRepo({ Dockerfile: `FROM ${fixture.registry.host}/base/missing:9\n`, 'app.txt': 'x\n' });
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${fixture.registry.host}/acme/orphan` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/base\/missing:9 was not found/);
  }, 120_000);
});

describe('a Dockerfile that fails to build', () => {
  test('fails the step with the builder log in a group; no tag is pushed or moved', async () => {
    const repo = simpleRepo('RUN echo about to fail && exit 3\n');
    const image = `${fixture.registry.host}/acme/broken`;
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image, tags: 'latest' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(/buildah bud failed \(exit code \d+\)/);
    expect(result.stdout).toMatch(/::group::Build [^\n]*with buildah[\s\S]*about to fail[\s\S]*::endgroup::/);
    expect(await registryTags(fixture.registry, 'acme/broken')).toEqual([]);
  }, 180_000);
});

describe('build secrets', () => {
  test('a secret value reaches RUN --mount=type=secret and is printed nowhere', async () => {
    // The Dockerfile holds only the value's sha256, so the build log cannot leak it; a wrong or missing value fails the RUN.
    const expected = createHash('sha256').update(SECRET).digest('hex');
    const repo = simpleRepo(
      `RUN --mount=type=secret,id=token test "$(/bin/busybox sha256sum /run/secrets/token | /bin/busybox cut -c1-64)" = ${expected}\n`,
    );
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${fixture.registry.host}/acme/secret`, secrets: `token=${SECRET}`, push: 'false' },
    });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs.digest).toBe('');
    expect(result.outputs.image).toBe('');
    expect(result.stdout).toContain(`::add-mask::${SECRET}`);
    expect(visibleText(result)).not.toContain(SECRET);
  }, 180_000);
});

// Every kind of bad input has its case in inputs.test.ts (in-process); the bundle shows the contract once.
describe('bad input: one error naming the input, nothing contacted', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'a malformed image reference',
      { image: 'ghcr.io/Acme/App' },
      /^Input 'image': Invalid image reference "ghcr.io\/Acme\/App": repository name must be lowercase/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const repo = simpleRepo();
    fixture.resetBuildahCalls();
    const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(fixture.buildahCalls()).toEqual([]);
  });
});
