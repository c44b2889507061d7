/**
 * A no-op build on a registry that hands out tokens (as GHCR, Docker Hub and ECR do): the action
 * settles the pull token while it hashes, so the existence check after hashing is one manifest
 * request that goes out already authorized, instead of a 401, a token request and the request again.
 * Real registry, real token server (test/support/token-server.ts), a recording proxy in front.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { startTokenServer, type TokenServer } from '../../support/token-server.js';
import { describeRun, runBuild, startBuildFixture, visibleText, workspaceRepo, type BuildFixture } from './fixture.js';

const PASSWORD = 'tok3n-Registry-pa55';

let fixture: BuildFixture;
let tokens: TokenServer;
let registry: TestRegistry;
let proxy: FaultProxy;
beforeAll(async () => {
  fixture = await startBuildFixture();
  tokens = await startTokenServer({ users: { ci: PASSWORD } });
  registry = await startRegistry({ tokenAuth: tokens });
  proxy = await startFaultProxy({ target: registry.url });
}, 180_000);
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  await tokens?.stop();
  await fixture?.stop();
});

describe('a no-op build on a registry with tokens', () => {
  test('the pull token comes while hashing: after it, one manifest request, answered 200 at once', async () => {
    const repo = workspaceRepo({ Dockerfile: `FROM ${fixture.base}\nCOPY app.txt /app.txt\n`, 'app.txt': 'tokens\n' });
    const inputs = { image: `${proxy.host}/acme/tokens`, 'registry-username': 'ci', 'registry-password': PASSWORD };
    const first = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(first.exitCode, describeRun(first)).toBe(0);
    expect(first.outputs.reused).toBe('false');

    proxy.resetRecords();
    const tokensBefore = tokens.requests.length;
    const again = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs });
    expect(again.exitCode, describeRun(again)).toBe(0);
    expect(again.outputs.reused).toBe('true');
    const manifests = proxy.records.filter((record) => record.path.includes('/manifests/'));
    expect(manifests.map((record) => `${record.method} ${record.path} ${record.status}`)).toEqual([
      `GET /v2/acme/tokens/manifests/${again.outputs.tag} 200`,
    ]);
    expect(proxy.records.filter((record) => record.status === 401).map((record) => record.path)).toEqual(['/v2/']);
    expect(tokens.requests.slice(tokensBefore).map((request) => request.scopes)).toEqual([['repository:acme/tokens:pull']]);
    expect(visibleText(again)).not.toContain(PASSWORD);
  }, 240_000);
});
