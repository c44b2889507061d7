/**
 * Reliability of register against the catalog, with the real CLI server (`node dist/cli/index.js
 * catalog serve`) behind the fault-injecting proxy of test/support/fault-proxy.ts. About 30 % of
 * requests fail — connection reset before the server sees the request, answer dropped after the
 * server acted, 500, 429 — from a seeded plan with at most two faults in a row (bounded, and the
 * same plan on every run). Whatever the faults hit, register ends with exactly one version and one
 * attachment per target, concurrent registers agree on one version id, and no token is printed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogPlatform } from '../../../src/platform/catalog/adapter.js';
import { CatalogClient } from '../../../src/platform/catalog/client.js';
import { VersionConflictError } from '../../../src/platform/platform.js';
import type { ImageVersionRequest } from '../../../src/core/platform-model.js';
import { faults, startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy.js';
import { seededRandom } from '../../support/seeded-random.js';
import { startCatalogProcess, tempDb, type CatalogProcess } from '../../support/catalog-server.js';
import { captureError, expectNoSecrets, recordingLog, type RecordingLog } from '../support.js';
import { digestOf, tokenSpec, tokens } from './api.js';

/** `length` requests, ~`rate` of them faulted, never more than `maxInARow` in a row; then all pass. */
export function faultPlan(seed: number, length: number, rate = 0.3, maxInARow = 2): Array<Fault | 'pass'> {
  const random = seededRandom(seed);
  const kinds: Fault[] = [faults.reset(), faults.truncate(0), faults.serverError(), faults.tooManyRequests('0')];
  const plan: Array<Fault | 'pass'> = [];
  let inARow = 0;
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    const pick = kinds[Math.floor(random() * kinds.length)]!;
    if (roll < rate && inARow < maxInARow) {
      plan.push(pick);
      inARow += 1;
    } else {
      plan.push('pass');
      inARow = 0;
    }
  }
  return plan;
}

const retry = { maxAttempts: 10, baseDelayMs: 5, maxDelayMs: 50, maxElapsedMs: 60_000, attemptTimeoutMs: 10_000 };

let server: CatalogProcess;
let proxy: FaultProxy;
let direct: CatalogClient;
let cleanup: () => void;
const logs: RecordingLog[] = [];

function throughProxy(token = tokens.register): CatalogPlatform {
  const log = recordingLog();
  logs.push(log);
  return new CatalogPlatform({ endpoint: proxy.url, token, log, retry });
}

function request(image: string, version: string, digest: string): ImageVersionRequest {
  return {
    image,
    version,
    digest,
    imageRef: `127.0.0.1:5000/team/${image}@${digest}`,
    source: { commit: 'e'.repeat(40) },
    build: { hash: 'h1-abc' },
  };
}

async function allVersions(image: string) {
  const found = [];
  for await (const version of direct.versions(image, { pageSize: 100 })) found.push(version);
  return found;
}

beforeAll(async () => {
  const temp = tempDb();
  cleanup = temp.cleanup;
  server = await startCatalogProcess({ tokens: tokenSpec, db: temp.db });
  proxy = await startFaultProxy({ target: server.url });
  direct = new CatalogClient({ endpoint: server.url, token: tokens.read });
});

afterAll(async () => {
  // Whatever ran before: no token in the server's log or any adapter's.
  expectNoSecrets([server.logs(), server.stdout(), ...logs.map((l) => l.text())], Object.values(tokens));
  await proxy?.stop();
  await server?.stop();
  cleanup?.();
});

describe('register through a faulty network', () => {
  test('the fault plan is ~30 %, bounded, reproducible and has every kind of fault', () => {
    const plan = faultPlan(7, 1000);
    expect(faultPlan(7, 1000)).toEqual(plan);
    const rate = plan.filter((step) => step !== 'pass').length / plan.length;
    expect(rate).toBeGreaterThan(0.22);
    expect(rate).toBeLessThan(0.34);
    expect(plan.map((s) => (s === 'pass' ? '.' : 'x')).join('')).not.toContain('xxx');
    const kinds = new Set(plan.filter((s): s is Fault => s !== 'pass').map((f) => (f.kind === 'status' ? `status ${f.status}` : f.kind)));
    expect([...kinds].sort()).toEqual(['reset', 'status 429', 'status 500', 'truncate']);
  });

  test('ensureImage + createVersion + attach end with exactly one version and one attachment per target, every time', async () => {
    proxy.setRules([{ sequence: faultPlan(20251123, 2000) }]);
    proxy.resetRecords();
    const targets = [
      { kind: 'resource-group', id: 'rg-prod' },
      { kind: 'cluster', id: '0123-456789-abc' },
    ];
    for (let round = 0; round < 6; round += 1) {
      const image = `runtime-${round}`;
      const p = throughProxy();
      await p.ensureImage(image);
      const version = await p.createVersion(request(image, '1.0.0', digestOf('a')));
      // A lost 201 is retried with the same Idempotency-Key and replays "created".
      expect(version.created).toBe(true);
      const attached = await p.attach(
        version,
        targets.map((t) => ({ ...t, id: `${t.id}-${round}` })),
      );
      expect(attached.map((a) => a.changed)).toEqual([true, true]);

      const stored = await allVersions(image);
      expect(stored).toHaveLength(1);
      expect(stored[0]!.id).toBe(version.id);
      for (const target of targets) {
        const attachment = await direct.getAttachment(`${target.kind}/${target.id}-${round}`);
        // Revision 1: the target was written once, even when a PUT was retried.
        expect(attachment?.value).toMatchObject({ image, version: '1.0.0', version_id: version.id, revision: 1 });
      }

      // Running register again changes nothing and says so.
      const again = await throughProxy().createVersion(request(image, '1.0.0', digestOf('a')));
      expect(again).toEqual({ ...version, created: false });
      expect(
        (
          await throughProxy().attach(
            again,
            targets.map((t) => ({ ...t, id: `${t.id}-${round}` })),
          )
        ).map((a) => a.changed),
      ).toEqual([false, false]);
      expect(await allVersions(image)).toHaveLength(1);
    }
    const seen = new Set(proxy.records.map((r) => (r.fault === 'status' ? `status ${r.status}` : (r.fault ?? 'pass'))));
    expect([...seen].sort()).toEqual(['pass', 'reset', 'status 429', 'status 500', 'truncate']);
    const faulted = proxy.records.filter((r) => r.fault).length;
    expect(faulted / proxy.records.length).toBeGreaterThan(0.15);
    expect(logs.some((l) => /retrying in/.test(l.text()))).toBe(true);
  });

  test('the answers to the version create and to the attachment PUT are lost after the server acted: still one of each, reported as created', async () => {
    proxy.setRules([
      { match: { method: 'POST', path: /\/versions$/ }, sequence: [faults.truncate(0), faults.truncate(0)] },
      { match: { method: 'PUT' }, sequence: [faults.truncate(0)] },
    ]);
    proxy.resetRecords();
    const p = throughProxy();
    await p.ensureImage('lost-answers');
    const version = await p.createVersion(request('lost-answers', '1.0.0', digestOf('9')));
    expect(version.created).toBe(true);
    expect(await p.attach(version, [{ kind: 'resource-group', id: 'rg-lost' }])).toEqual([
      { target: 'resource-group/rg-lost', image: 'lost-answers', version: '1.0.0', changed: true },
    ]);
    expect(proxy.records.filter((r) => r.fault).map((r) => `${r.method} ${r.fault}`)).toEqual([
      'POST truncate',
      'POST truncate',
      'PUT truncate',
    ]);
    expect(await allVersions('lost-answers')).toHaveLength(1);
    expect((await direct.getAttachment('resource-group/rg-lost'))!.value).toMatchObject({ version_id: version.id, revision: 1 });
    // The retried PUT met a 412 (the first one had been applied), so the adapter read again.
    expect(proxy.records.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 412]);
  });

  test('20 concurrent registers of one version: one version, every caller reports the same id, one of them created it', async () => {
    proxy.setRules([{ sequence: faultPlan(4242, 2000) }]);
    proxy.resetRecords();
    await throughProxy().ensureImage('contended');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => throughProxy().createVersion(request('contended', '2.0.0', digestOf('b')))),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const stored = await allVersions('contended');
    expect(stored.map((v) => [v.version, v.id])).toEqual([['2.0.0', results[0]!.id]]);
    expect(proxy.records.some((r) => r.fault === 'truncate' && r.method === 'POST')).toBe(true);
  });

  test('20 concurrent attaches of one version to one target: all succeed, the target is written once', async () => {
    proxy.setRules([{ sequence: faultPlan(99, 2000) }]);
    const p = throughProxy();
    await p.ensureImage('raced');
    const version = await p.createVersion(request('raced', '1.0.0', digestOf('c')));
    const results = await Promise.all(Array.from({ length: 20 }, () => throughProxy().attach(version, [{ kind: 'project', id: '1001' }])));
    expect(results.flat().map((r) => `${r.target} ${r.version}`)).toEqual(Array(20).fill('project/1001 1.0.0'));
    // `changed` means "the target ran something else when this call started": true at least for the writer.
    expect(results.flat().some((r) => r.changed)).toBe(true);
    expect((await direct.getAttachment('project/1001'))!.value).toMatchObject({ version: '1.0.0', version_id: version.id, revision: 1 });
  });

  test('two server processes on one database file: 20 concurrent creates split across both still make one version', async () => {
    const second = await startCatalogProcess({ tokens: tokenSpec, db: server.db });
    try {
      const endpoints = [server.url, second.url];
      await new CatalogPlatform({ endpoint: second.url, token: tokens.register, log: recordingLog() }).ensureImage('replicated');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          new CatalogPlatform({ endpoint: endpoints[i % 2]!, token: tokens.register, log: recordingLog(), retry }).createVersion(
            request('replicated', '3.0.0', digestOf('e')),
          ),
        ),
      );
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(await allVersions('replicated')).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  test('same version with another digest fails clearly through the faults and leaves the stored version unchanged', async () => {
    proxy.setRules([]);
    const first = throughProxy();
    await first.ensureImage('conflicted');
    await first.createVersion(request('conflicted', '1.0.0', digestOf('a')));
    proxy.setRules([{ sequence: faultPlan(5, 200) }]);
    const before = await allVersions('conflicted');
    const error = await captureError(throughProxy().createVersion(request('conflicted', '1.0.0', digestOf('f'))));
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error.message).toBe(
      `version 1.0.0 of conflicted already exists with digest ${digestOf('a')}; versions are immutable: choose another version or re-use that digest`,
    );
    expect(await allVersions('conflicted')).toEqual(before);
  });

  test('no token appears in any log or error: server stderr, adapter logs, failures', async () => {
    proxy.setRules([]);
    const wrong = 'wrong-token-c0ffee1234';
    const errors = [
      await captureError(throughProxy(wrong).ensureImage('x')),
      await captureError(throughProxy(tokens.read).ensureImage('x')),
      await captureError(throughProxy(tokens.promote).createVersion(request('runtime-1', '1.0.0', digestOf('0')))),
    ];
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('answered 401'),
      expect.stringContaining('answered 403'),
      expect.stringContaining('answered 403'),
    ]);
    const texts = [server.logs(), server.stdout(), ...logs.map((l) => l.text()), ...errors.flatMap((e) => [e.message, String(e.stack)])];
    expectNoSecrets(texts, [...Object.values(tokens), wrong]);
    // The tokens were handed to the runner's masking, and the server logged the requests it saw.
    expect(logs.every((l) => l.masked.length === 1)).toBe(true);
    expect(server.logs()).toContain('"request_id"');
  });
});
