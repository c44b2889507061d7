/**
 * Faults between the client and a real registry (through the fault proxy): 5xx and 429 are
 * retried within bounds and then fail closed with a clear error; connection resets are retried;
 * other 4xx never are; a corrupted manifest is refused.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { RegistryError } from '../../src/registry/errors.js';
import { pushBaseImage, type PushedImage } from '../support/base-image.js';
import { faults, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { noCredentials, recordingClient } from './client-fixture.js';

let registry: TestRegistry;
let proxy: FaultProxy;
let base: PushedImage;
/** The image as seen through the proxy. */
let ref: string;

beforeAll(async () => {
  registry = await startRegistry();
  base = await pushBaseImage({ registry: registry.host, labels: { hash: 'h1-faults' } });
  proxy = await startFaultProxy({ target: registry.url });
  ref = `${proxy.host}/base/busybox:1`;
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

beforeEach(() => {
  proxy.setRules([]);
  proxy.resetRecords();
});

/** A client on a fake clock: sleeps are recorded and advance the clock at once. */
function fakeClockClient(retry: { maxAttempts?: number; maxElapsedMs?: number; baseDelayMs?: number; maxDelayMs?: number } = {}) {
  let clock = 0;
  const sleeps: number[] = [];
  const rec = recordingClient({
    credentials: noCredentials,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    retry: { maxAttempts: 4, maxElapsedMs: 10_000, baseDelayMs: 100, maxDelayMs: 1_000, ...retry },
  });
  return { ...rec, sleeps };
}

const headManifests = () => proxy.records.filter((r) => r.method === 'HEAD' && r.path.includes('/manifests/'));

describe('fail closed', () => {
  test('HEAD answered 500 every time: retried to the attempt bound, then a clear error (never "absent", never "exists")', async () => {
    proxy.setRules([{ match: { method: 'HEAD', path: /\/manifests\// }, always: faults.serverError() }]);
    const { client, sleeps, capture, messages } = fakeClockClient();
    const error = await capture(() => client.headManifest(ref)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(500);
    expect(messages[0]).toMatch(
      new RegExp(
        `HTTP 500 Internal Server Error from ${proxy.host.replace(/\./g, '\\.')} for base/busybox, gave up after 4 attempts; the registry failed on its side`,
      ),
    );
    expect(headManifests()).toHaveLength(4);
    expect(sleeps).toEqual([75, 150, 300]); // jittered exponential backoff (random 0.5 → 3/4 of each step)
  });

  test('401 and 403 are errors at once, never retried', async () => {
    for (const status of [401, 403, 400]) {
      proxy.resetRecords();
      proxy.setRules([{ match: { method: 'HEAD' }, always: faults.status(status) }]);
      const { client } = fakeClockClient();
      const error = await client.headManifest(ref).catch((e: unknown) => e);
      expect((error as RegistryError).status).toBe(status);
      expect(headManifests()).toHaveLength(1);
    }
  });

  test('a corrupted manifest is refused (its bytes do not match the digest)', async () => {
    proxy.setRules([{ match: { method: 'GET', path: /\/manifests\// }, always: faults.corrupt() }]);
    const { client } = fakeClockClient();
    await expect(client.getManifest(`${proxy.host}/base/busybox@${base.digest}`)).rejects.toThrow(
      /Digest mismatch while reading the manifest .* refusing to use it/,
    );
    await expect(client.getManifest(ref)).rejects.toThrow(/the registry says sha256:/);
  });
});

describe('retries that succeed', () => {
  test('two 500s, then the answer', async () => {
    proxy.setRules([{ match: { method: 'HEAD', path: /\/manifests\// }, sequence: [faults.serverError(), faults.status(503)] }]);
    const { client } = fakeClockClient();
    expect((await client.headManifest(ref))?.digest).toBe(base.digest);
    expect(headManifests().map((r) => r.status)).toEqual([500, 503, 200]);
    expect(client.stats.retries).toBe(2);
  });

  test('429 with Retry-After in seconds and as an HTTP date: the wait is what the registry asked', async () => {
    const date = new Date(Date.now() + 3_000).toUTCString();
    proxy.setRules([{ match: { method: 'HEAD' }, sequence: [faults.tooManyRequests('2'), faults.tooManyRequests(date)] }]);
    const { client, sleeps } = fakeClockClient();
    expect((await client.headManifest(ref))?.digest).toBe(base.digest);
    expect(sleeps[0]).toBe(2_000);
    expect(sleeps[1]).toBeGreaterThan(1_000);
    expect(sleeps[1]).toBeLessThanOrEqual(3_000);
  });

  test('429 asking for longer than the retry budget: gives up at once and says why', async () => {
    proxy.setRules([{ match: { method: 'HEAD' }, always: faults.tooManyRequests('3600') }]);
    const { client, sleeps } = fakeClockClient();
    await expect(client.headManifest(ref)).rejects.toThrow(
      /HTTP 429 Too Many Requests .*the registry asked to wait 3600 s, beyond the 10 s retry budget; the registry is rate limiting/,
    );
    expect(sleeps).toEqual([]);
    expect(headManifests()).toHaveLength(1);
  });

  test('connection resets are retried; endless resets give up with a clear error', async () => {
    proxy.setRules([{ match: { method: 'GET', path: /\/manifests\// }, sequence: [faults.reset(), faults.reset()] }]);
    const { client } = fakeClockClient();
    expect((await client.getManifest(ref)).digest).toBe(base.digest);

    proxy.setRules([{ match: { method: 'GET', path: /\/manifests\// }, always: faults.reset() }]);
    const rec = fakeClockClient();
    const error = await rec.capture(() => rec.client.getManifest(ref)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `Registry unreachable while reading the manifest of .*: ${proxy.host.replace(/\./g, '\\.')} for base/busybox: .*gave up after 4 attempts`,
      ),
    );
  });

  test('a response body cut short is read again (config blob through a truncating proxy)', async () => {
    proxy.setRules([{ match: { method: 'GET', path: /\/blobs\// }, sequence: [faults.truncate(10)] }]);
    const { client } = fakeClockClient();
    expect(await client.imageLabels(ref)).toMatchObject({ hash: 'h1-faults' });
    expect(proxy.records.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'))).toHaveLength(2);
  });

  test('bounded in time as well as attempts: a long outage stops at the time budget', async () => {
    proxy.setRules([{ match: { method: 'HEAD' }, always: faults.status(503) }]);
    const { client, sleeps } = fakeClockClient({ maxAttempts: 100, maxElapsedMs: 2_000, baseDelayMs: 200, maxDelayMs: 800 });
    await expect(client.headManifest(ref)).rejects.toThrow(/HTTP 503 .*gave up after 5 attempts in 2 s/);
    // 150 + 300 + 600 + 600 = 1650 ms waited; one more 600 ms wait would pass the 2 s budget.
    expect(sleeps).toEqual([150, 300, 600, 600]);
    expect(headManifests()).toHaveLength(5);
  });

  test('a seeded 30 % of all requests failing: every operation still succeeds', async () => {
    proxy.setRules([{ fraction: { rate: 0.3, fault: faults.serverError(), seed: 42 } }]);
    const { client } = fakeClockClient({ maxAttempts: 6 });
    for (let i = 0; i < 5; i++) {
      expect((await client.headManifest(ref))?.digest).toBe(base.digest);
      expect(await client.imageLabels(ref)).toMatchObject({ hash: 'h1-faults' });
    }
    expect(proxy.records.some((r) => r.fault === 'status')).toBe(true);
    expect(client.stats.retries).toBe(proxy.records.filter((r) => r.fault === 'status').length);
  });
});
