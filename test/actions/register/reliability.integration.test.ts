/**
 * Register (the bundled action, as the runner runs it) against the real catalog server behind the
 * fault-injecting proxy: about 30 % of requests are reset before the server sees them, answered
 * with 500 or 429, or have their answer dropped after the server acted, in a fixed pattern, so a
 * run is reproducible. Whatever they hit, the step ends with exactly one version and one attachment
 * per target, and concurrent steps agree on one version id.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { faults, startFaultProxy, type FaultProxy, type FaultRule } from '../../support/fault-proxy.js';
import { digestOf, hashTag, register, startCatalog, tokens, visibleText, type CatalogForTests } from './support.js';

let catalog: CatalogForTests;
let proxy: FaultProxy;

/**
 * Requests 1, 4 and 7 of every ten (30 %) get a fault, cycling through the four kinds; never two in
 * a row, so every call succeeds within its retries. Afterwards everything passes.
 */
function faultyNetwork(length = 2000): FaultRule[] {
  const kinds = [faults.reset(), faults.truncate(0), faults.serverError(), faults.tooManyRequests('0')];
  let next = 0;
  const sequence = Array.from({ length }, (_, i) => ([1, 4, 7].includes(i % 10) ? kinds[next++ % kinds.length]! : ('pass' as const)));
  return [{ sequence }];
}

beforeAll(async () => {
  catalog = await startCatalog();
  proxy = await startFaultProxy({ target: catalog.url });
});

afterAll(async () => {
  await proxy?.stop();
  await catalog?.stop();
});

test('through ~30 % faults, register ends with exactly one version and one attachment per target', async () => {
  proxy.setRules(faultyNetwork());
  proxy.resetRecords();
  const targets = ['resource-group/rg-prod', 'cluster/0123-456789-abc'];
  const ref = `127.0.0.1:5000/acme/flaky@${digestOf('a')}`;
  const results = [];
  for (let round = 0; round < 3; round += 1) {
    const result = await register(proxy.url, { 'image-name': 'flaky', image: ref, targets: targets.join('\n') });
    results.push(result);
    expect(result.errors).toEqual([]);
    expect(result.outputs.created).toBe(round === 0 ? 'true' : 'false');
  }
  const ids = new Set(results.map((r) => r.outputs['version-id']));
  expect(ids.size).toBe(1);

  const stored = await catalog.versions('flaky');
  expect(stored.map((v) => [v.version, v.id, v.digest])).toEqual([[hashTag, [...ids][0], digestOf('a')]]);
  for (const target of targets) {
    const attachment = await catalog.read(`/v1/targets/${encodeURIComponent(target)}/attachment`);
    // Revision 1: written once, even when a PUT had to be retried.
    expect(attachment).toMatchObject({ image: 'flaky', version: hashTag, revision: 1 });
  }

  // The faults did happen, of every kind, and the steps said they retried.
  const kinds = new Set(proxy.records.filter((r) => r.fault).map((r) => (r.fault === 'status' ? `status ${r.status}` : r.fault)));
  expect([...kinds].sort()).toEqual(['reset', 'status 429', 'status 500', 'truncate']);
  expect(proxy.records.filter((r) => r.fault).length / proxy.records.length).toBeGreaterThan(0.15);
  expect(results.map((r) => r.stdout).join('\n')).toMatch(/catalog: (POST|PUT|GET) \S+ .*; retrying in/);
  for (const result of results) expect(visibleText(result)).not.toContain(tokens.register);
}, 180_000);

test('20 concurrent registers of the same version (with faults): one version, every step reports the same id, one created it', async () => {
  proxy.setRules(faultyNetwork());
  proxy.resetRecords();
  const ref = `127.0.0.1:5000/acme/contended@${digestOf('b')}`;
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      register(proxy.url, { 'image-name': 'contended', image: ref, version: '2.0.0', targets: 'project/1001' }),
    ),
  );
  for (const result of results) {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(visibleText(result)).not.toContain(tokens.register);
  }
  const ids = new Set(results.map((r) => r.outputs['version-id']));
  expect(ids.size).toBe(1);
  expect(results.filter((r) => r.outputs.created === 'true')).toHaveLength(1);
  expect(proxy.records.filter((r) => r.fault === 'truncate' && r.method === 'POST').length).toBeGreaterThan(0);
  const stored = await catalog.versions('contended');
  expect(stored.map((v) => [v.version, v.id])).toEqual([['2.0.0', [...ids][0]]]);
  expect(await catalog.read(`/v1/targets/${encodeURIComponent('project/1001')}/attachment`)).toMatchObject({
    version: '2.0.0',
    revision: 1,
  });
}, 240_000);
