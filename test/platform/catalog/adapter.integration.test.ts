/**
 * The catalog adapter and client against the real reference server (in process, loopback, temp db):
 * the Platform operations, immutability, optimistic concurrency on attach and promote, retries
 * (recorded, not waited), Link pagination, and that the token never shows in logs or errors.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogPlatform } from '../../../src/platform/catalog/adapter.js';
import { CatalogClient, CatalogHttpError } from '../../../src/platform/catalog/client.js';
import { ChannelMovedError, VersionConflictError } from '../../../src/platform/platform.js';
import type { ImageVersionRequest } from '../../../src/core/platform-model.js';
import { freePort } from '../../support/free-port.js';
import { startCatalogInProcess, tempDb, type CatalogFixture } from '../../support/catalog-server.js';
import { captureError, expectNoSecrets, recordingLog, recordingSleep, startServer } from '../support.js';
import { digestOf, tokenSpec, tokens } from './api.js';

let catalog: CatalogFixture;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDb();
  cleanup = temp.cleanup;
  catalog = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db });
});

afterAll(async () => {
  await catalog.stop();
  cleanup();
});

function request(version: string, digest: string, image = 'ml-runtime'): ImageVersionRequest {
  return {
    image,
    version,
    digest,
    imageRef: `127.0.0.1:5000/ml/runtime@${digest}`,
    source: { commit: 'c'.repeat(40), runUrl: 'https://github.com/org/repo/actions/runs/7' },
    build: { hash: `h1-${'1'.repeat(32)}` },
    description: 'nightly',
  };
}

function platform(token = tokens.all, log = recordingLog()) {
  return { log, catalog: new CatalogPlatform({ endpoint: catalog.url, token, log, retry: { sleep: recordingSleep().sleep } }) };
}

describe('Platform operations', () => {
  test('register: ensureImage, createVersion (created, then replayed), getVersion, attach, promote', async () => {
    const { catalog: p, log } = platform();
    expect(log.masked).toEqual([tokens.all]);
    await p.ensureImage('ml-runtime', 'training runtime');
    await p.ensureImage('ml-runtime');

    const created = await p.createVersion(request('1.2.0', digestOf('a')));
    expect(created).toMatchObject({
      image: 'ml-runtime',
      version: '1.2.0',
      digest: digestOf('a'),
      imageRef: `127.0.0.1:5000/ml/runtime@${digestOf('a')}`,
      created: true,
    });
    expect(created.id).toMatch(/^ver_/);
    const again = await p.createVersion(request('1.2.0', digestOf('a')));
    expect(again).toEqual({ ...created, created: false });
    expect(await p.getVersion('ml-runtime', '1.2.0')).toEqual({ ...created, created: false });
    expect(await p.getVersion('ml-runtime', '9.9.9')).toBeUndefined();

    const targets = [
      { kind: 'resource-group', id: 'rg-prod' },
      { kind: 'job', id: '42/main' },
    ];
    expect(await p.attach(created, targets)).toEqual([
      { target: 'resource-group/rg-prod', image: 'ml-runtime', version: '1.2.0', changed: true },
      { target: 'job/42/main', image: 'ml-runtime', version: '1.2.0', changed: true },
    ]);
    expect((await p.attach(created, targets)).map((a) => a.changed)).toEqual([false, false]);

    expect(await p.promote({ image: 'ml-runtime', channel: 'production', version: created, expected: null })).toEqual({
      channel: 'production',
      version: '1.2.0',
      changed: true,
    });
    const seen = await p.readChannel('ml-runtime', 'production');
    expect(seen).toMatchObject({ image: 'ml-runtime', channel: 'production', version: '1.2.0', digest: digestOf('a') });
    expect(seen?.revision).toMatch(/^"/);
    expect(await p.promote({ image: 'ml-runtime', channel: 'production', version: created, expected: seen! })).toEqual({
      channel: 'production',
      version: '1.2.0',
      previousVersion: '1.2.0',
      changed: false,
    });
    const promotions = await p.client.listPromotions('ml-runtime', 'production');
    expect(promotions.map((x) => x.version)).toEqual(['1.2.0']);
    expectNoSecrets([log.text()], [tokens.all]);
  });

  test('same version, other digest: VersionConflictError with the exact message; the stored version is unchanged', async () => {
    const { catalog: p } = platform();
    await p.ensureImage('ml-runtime');
    const original = await p.createVersion(request('2.0.0', digestOf('b')));
    const error = await captureError(p.createVersion(request('2.0.0', digestOf('c'))));
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error.message).toBe(
      `version 2.0.0 of ml-runtime already exists with digest ${digestOf('b')}; versions are immutable: choose another version or re-use that digest`,
    );
    expect(error).toMatchObject({ existingDigest: digestOf('b'), requestedDigest: digestOf('c') });
    expect(await p.getVersion('ml-runtime', '2.0.0')).toEqual({ ...original, created: false });
  });

  test('createVersion before ensureImage names the missing image', async () => {
    const error = await captureError(platform().catalog.createVersion(request('1.0.0', digestOf('d'), 'never-created')));
    expect(error.message).toContain('the catalog has no image never-created');
  });

  test('attach re-reads after a 412 and converges when another writer moved the target in between', async () => {
    const { catalog: p, log } = platform();
    await p.ensureImage('ml-runtime');
    const v3 = await p.createVersion(request('3.0.0', digestOf('3')));
    const v4 = await p.createVersion(request('3.1.0', digestOf('4')));
    const other = new CatalogClient({ endpoint: catalog.url, token: tokens.register });
    await other.putAttachment('cluster/0123-456789-abc', { image: 'ml-runtime', version: '3.0.0' }, { ifNoneMatch: '*' });

    // A transport that lets a competing writer move the target right before our first PUT lands.
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        const current = (await other.getAttachment('cluster/0123-456789-abc'))!;
        await other.putAttachment('cluster/0123-456789-abc', { image: 'ml-runtime', version: '3.1.0' }, { ifMatch: current.etag });
        const back = (await other.getAttachment('cluster/0123-456789-abc'))!;
        await other.putAttachment('cluster/0123-456789-abc', { image: 'ml-runtime', version: '3.0.0' }, { ifMatch: back.etag });
      }
      return fetch(input, init);
    };
    const racer = new CatalogPlatform({ endpoint: catalog.url, token: tokens.register, log, fetch: racing });
    const [result] = await racer.attach(v4, [{ kind: 'cluster', id: '0123-456789-abc' }]);
    expect(raced).toBe(true);
    expect(result).toEqual({ target: 'cluster/0123-456789-abc', image: 'ml-runtime', version: '3.1.0', changed: true });
    expect(log.text()).toContain('changed while attaching; reading it again');
    const final = (await other.getAttachment('cluster/0123-456789-abc'))!;
    expect(final.value).toMatchObject({ version: '3.1.0', revision: 4 });
    expect(v3.version).toBe('3.0.0');
  });

  test('promote refuses to overwrite a channel someone else moved meanwhile, and names the winner', async () => {
    const { catalog: p } = platform();
    await p.ensureImage('ml-runtime');
    const v50 = await p.createVersion(request('5.0.0', digestOf('5')));
    const v51 = await p.createVersion(request('5.1.0', digestOf('6')));
    await p.createVersion(request('5.2.0', digestOf('7')));
    await p.promote({ image: 'ml-runtime', channel: 'staging', version: v50, expected: null });
    const seen = (await p.readChannel('ml-runtime', 'staging'))!;
    const other = new CatalogClient({ endpoint: catalog.url, token: tokens.promote });
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && !raced) {
        raced = true;
        const current = (await other.getChannel('ml-runtime', 'staging'))!;
        await other.promote('ml-runtime', 'staging', { version: '5.2.0' }, { ifMatch: current.etag });
      }
      return fetch(input, init);
    };
    const racer = new CatalogPlatform({ endpoint: catalog.url, token: tokens.promote, log: recordingLog(), fetch: racing });
    const error = await captureError(racer.promote({ image: 'ml-runtime', channel: 'staging', version: v51, expected: seen }));
    expect(error).toBeInstanceOf(ChannelMovedError);
    expect(error.message).toBe(
      'channel staging of ml-runtime moved to 5.2.0 (another promotion won) while this run promoted 5.1.0; it held 5.0.0 when this run read it. The channel was left on 5.2.0: re-run this promotion if 5.1.0 should replace it',
    );
    expect((await other.getChannel('ml-runtime', 'staging'))!.value.version).toBe('5.2.0');
  });

  test('promote is made against the state read before: a move in between (during a copy) is never overwritten', async () => {
    const { catalog: p } = platform();
    await p.ensureImage('ml-runtime');
    const v60 = await p.createVersion(request('6.0.0', digestOf('8')));
    const v61 = await p.createVersion(request('6.1.0', digestOf('9')));
    const v62 = await p.createVersion(request('6.2.0', digestOf('a')));
    await p.promote({ image: 'ml-runtime', channel: 'canary', version: v60, expected: null });
    const seen = (await p.readChannel('ml-runtime', 'canary'))!;
    await p.promote({ image: 'ml-runtime', channel: 'canary', version: v62, expected: seen });
    const error = await captureError(p.promote({ image: 'ml-runtime', channel: 'canary', version: v61, expected: seen }));
    expect(error).toBeInstanceOf(ChannelMovedError);
    expect(error).toMatchObject({ winner: '6.2.0', seen: '6.0.0', version: '6.1.0' });
    // A channel nobody has promoted to yet: the first promotion creates it, a second one that also saw it empty loses.
    const first = await p.promote({ image: 'ml-runtime', channel: 'fresh', version: v60, expected: null });
    expect(first).toEqual({ channel: 'fresh', version: '6.0.0', changed: true });
    const late = await captureError(p.promote({ image: 'ml-runtime', channel: 'fresh', version: v61, expected: null }));
    expect(late).toMatchObject({ winner: '6.0.0', seen: undefined });
  });

  test('previousVersion: what the latest promotion to the current version replaced (rollback twice returns)', async () => {
    const { catalog: p } = platform();
    await p.ensureImage('rollback');
    const a = await p.createVersion(request('1.0.0', digestOf('b'), 'rollback'));
    const b = await p.createVersion(request('1.1.0', digestOf('c'), 'rollback'));
    expect(await p.previousVersion('rollback', 'production')).toBeUndefined();
    await p.promote({ image: 'rollback', channel: 'production', version: a, expected: null });
    expect(await p.previousVersion('rollback', 'production')).toBeUndefined();
    await p.promote({ image: 'rollback', channel: 'production', version: b, expected: (await p.readChannel('rollback', 'production'))! });
    expect(await p.previousVersion('rollback', 'production')).toBe('1.0.0');
    await p.promote({ image: 'rollback', channel: 'production', version: a, expected: (await p.readChannel('rollback', 'production'))! });
    expect(await p.previousVersion('rollback', 'production')).toBe('1.1.0');
  });
});

describe('client', () => {
  test('versions() follows Link rel="next" across pages', async () => {
    const { catalog: p } = platform();
    await p.ensureImage('many');
    const names = Array.from({ length: 7 }, (_, i) => `1.0.${i}`);
    for (const [i, name] of names.entries()) await p.createVersion(request(name, digestOf(i.toString(16)), 'many'));
    const seen: string[] = [];
    for await (const version of p.client.versions('many', { pageSize: 3 })) seen.push(version.version);
    expect(seen).toEqual(names);
  });

  test('401 and 403 are clear errors that never contain the token', async () => {
    const log = recordingLog();
    const wrong = new CatalogPlatform({ endpoint: catalog.url, token: 'wrong-token-5b8e1d', log });
    const unauthorized = await captureError(wrong.ensureImage('ml-runtime'));
    expect(unauthorized).toBeInstanceOf(CatalogHttpError);
    expect(unauthorized.message).toBe(
      'the catalog answered 401 to POST /v1/images: Unauthorized: the bearer token is not known to this catalog. Check the token given for the catalog.',
    );
    const reader = new CatalogPlatform({ endpoint: catalog.url, token: tokens.read, log });
    const forbidden = await captureError(reader.ensureImage('ml-runtime'));
    expect(forbidden.message).toContain(
      'answered 403 to POST /v1/images: Forbidden: this operation needs the scope register; the token has read',
    );
    expectNoSecrets(
      [unauthorized.message, forbidden.message, String(unauthorized.stack), log.text(), catalog.logs()],
      ['wrong-token-5b8e1d', tokens.read],
    );
  });

  test('429 is retried after at least Retry-After, with the same Idempotency-Key, then gives up clearly', async () => {
    const temp = tempDb();
    const limited = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db, rateLimit: { requests: 1, windowMs: 2_000 } });
    try {
      const seenKeys: string[] = [];
      const spy: typeof fetch = async (input, init) => {
        seenKeys.push(String((init?.headers as Record<string, string>)['Idempotency-Key']));
        return fetch(input, init);
      };
      const { sleep, delays } = recordingSleep();
      const client = new CatalogClient({
        endpoint: limited.url,
        token: tokens.register,
        fetch: spy,
        retry: { maxAttempts: 3, sleep, random: () => 0 },
      });
      expect((await client.createImage({ name: 'first' })).created).toBe(true);
      seenKeys.length = 0;
      const error = await captureError(client.createImage({ name: 'second' }));
      expect(error.message).toMatch(
        /^the catalog answered 429 to POST \/v1\/images: Too Many Requests: too many requests: retry after \d+ s\. \(gave up after 3 attempts\)$/,
      );
      expect(delays).toHaveLength(2);
      for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2000);
      expect(new Set(seenKeys).size).toBe(1);
      expect(seenKeys[0]).toMatch(/^"[0-9a-f-]{36}"$/);
    } finally {
      await limited.stop();
      temp.cleanup();
    }
  });

  test('an unreachable endpoint fails after bounded retries with a clear message', async () => {
    const port = await freePort();
    const { sleep, delays } = recordingSleep();
    const client = new CatalogClient({ endpoint: `http://127.0.0.1:${port}`, token: tokens.read, retry: { maxAttempts: 4, sleep } });
    const error = await captureError(client.getImage('ml-runtime'));
    expect(error.message).toMatch(
      new RegExp(
        `^could not reach the catalog at http://127.0.0.1:${port} \\(GET /v1/images/ml-runtime\\): fetch failed \\(ECONNREFUSED\\); gave up after 4 attempts$`,
      ),
    );
    expect(delays).toHaveLength(3);
  });

  test('5xx and resets are retried; a Link to another origin is not followed with the token', async () => {
    let calls = 0;
    const elsewhere = await startServer(() => ({ status: 200, body: { items: [] } }));
    const flaky = await startServer((req) => {
      calls += 1;
      if (calls === 1)
        return {
          status: 503,
          headers: { 'retry-after': '0' },
          body: { type: 'about:blank', title: 'Unavailable', status: 503, detail: 'later', instance: req.path },
        };
      if (calls === 2) return { status: 200, destroy: true };
      return { status: 200, headers: { link: `<${elsewhere.url}/v1/images/x/versions?page_token=abc>; rel="next"` }, body: { items: [] } };
    });
    try {
      const { sleep, delays } = recordingSleep();
      const client = new CatalogClient({ endpoint: flaky.url, token: tokens.read, retry: { sleep } });
      const iterate = async () => {
        for await (const version of client.versions('x')) void version;
      };
      const error = await captureError(iterate());
      expect(calls).toBe(3);
      expect(delays).toHaveLength(2);
      expect(error.message).toContain('linked the next page to another origin');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await flaky.close();
      await elsewhere.close();
    }
  });

  test('an attempt that gets no answer in time is abandoned and retried', async () => {
    let calls = 0;
    const slow = await startServer(async (req) => {
      calls += 1;
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 3_000));
      return { status: 200, body: { name: 'x', created_at: '2025-01-01T00:00:00Z', path: req.path } };
    });
    try {
      const { sleep, delays } = recordingSleep();
      const client = new CatalogClient({ endpoint: slow.url, token: tokens.read, retry: { sleep, attemptTimeoutMs: 300 } });
      expect(await client.getImage('x')).toMatchObject({ name: 'x' });
      expect(calls).toBe(2);
      expect(delays).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  test('an endpoint that is not an http(s) URL, or carries credentials, is refused up front', () => {
    expect(() => new CatalogClient({ endpoint: 'catalog.internal:8080', token: 't' })).toThrow(/must be http:\/\/ or https:\/\//);
    expect(() => new CatalogClient({ endpoint: 'not a url', token: 't' })).toThrow(/is not a URL/);
    expect(() => new CatalogClient({ endpoint: 'http://user:pw@127.0.0.1', token: 't' })).toThrow(/must not carry credentials/);
  });
});
