/**
 * Reliability of the production shape: two replicas of the real CLI server (`node dist/cli/index.js
 * catalog serve --db postgres://…`) on loopback in front of one real PostgreSQL.
 * - 50 concurrent registers of one version spread over both replicas: one version, one id for all;
 * - one replica SIGKILLed in the middle of a stream of registers through the balancing fault proxy:
 *   the clients retry onto the other, nothing is lost or duplicated;
 * - PostgreSQL restarted during a run: 503 + Retry-After (and /readyz 503) while it is down,
 *   success after; every version is whole (stored together with its idempotent response);
 * - concurrent channel promotions and attachment changes with one If-Match across replicas: exactly
 *   one wins, the others get 412.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogContract } from '../../src/catalog-server/contract.js';
import { CatalogClient, type CatalogRetryPolicy } from '../../src/platform/catalog/client.js';
import type { VersionCreate } from '../../src/platform/catalog/types.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startCatalogProcess, type CatalogProcess } from '../support/catalog-server.js';
import { waitFor } from '../support/free-port.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { api, digestOf, tokenSpec, tokens } from '../platform/catalog/api.js';

let postgres: PostgresServer;
let db: string;
/** The two replicas started together in beforeAll; never replaced (a test that kills one starts its own). */
let replicas: readonly [CatalogProcess, CatalogProcess];
/** Every replica this file started: their logs are checked and they are stopped in afterAll. */
const started: CatalogProcess[] = [];

const fastRetry: Partial<CatalogRetryPolicy> = {
  maxAttempts: 10,
  baseDelayMs: 20,
  maxDelayMs: 200,
  maxElapsedMs: 60_000,
  attemptTimeoutMs: 10_000,
};

function client(endpoint: string, options: { retry?: Partial<CatalogRetryPolicy> } = {}): CatalogClient {
  return new CatalogClient({ endpoint, token: tokens.all, retry: options.retry ?? fastRetry });
}

function body(version: string, digest: string): VersionCreate {
  return {
    version,
    digest,
    image_ref: `127.0.0.1:5000/acme/ml@${digest}`,
    source: { commit: 'd'.repeat(40) },
    build: { hash: `h1-${'0'.repeat(32)}` },
  };
}

/** A distinct sha256 digest per number. */
function digestFor(n: number): string {
  return `sha256:${n.toString(16).padStart(64, '0')}`;
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const connection = new pg.Client({ connectionString: db });
  await connection.connect();
  try {
    return (await connection.query<T>(text, values)).rows;
  } finally {
    await connection.end();
  }
}

/** One sample of a replica's /metrics (0 when absent). */
async function metric(replica: CatalogProcess, series: string): Promise<number> {
  const text = await (await fetch(`${replica.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function startReplica(): Promise<CatalogProcess> {
  const replica = await startCatalogProcess({ tokens: tokenSpec, db, args: ['--pool-size', '8'] });
  started.push(replica);
  return replica;
}

/** Sum of one series over both replicas' /metrics. */
async function metricSum(series: string): Promise<number> {
  const counted = await Promise.all(replicas.map((replica) => metric(replica, series)));
  return counted.reduce((sum, n) => sum + n, 0);
}

beforeAll(async () => {
  // `api()` checks answers against the contract, compiled on first use: seconds of blocked event loop.
  // Done in the middle of a burst, this test process would read the answers (and start its keep-alive
  // clocks) late, and whichever test ran next could send on a connection the replica had already closed.
  catalogContract();
  postgres = await startPostgres();
  db = await postgres.createDatabase('replicas');
  // Started together: the advisory lock lets one of them migrate.
  replicas = await Promise.all([startReplica(), startReplica()]);
});

afterAll(async () => {
  try {
    // Whatever ran, in whatever order: no token reached any replica's log.
    for (const replica of started) for (const token of Object.values(tokens)) expect(replica.logs()).not.toContain(token);
  } finally {
    for (const replica of started) await replica.stop();
    await postgres?.stop();
  }
});

describe('two replicas on one PostgreSQL', () => {
  test('the two replicas started together migrated once between them', async () => {
    const listening = (replica: CatalogProcess) =>
      replica
        .logs()
        .split('\n')
        .find((line) => line.includes('"event":"listening"'));
    // The log line follows the URL on stdout by a moment.
    await waitFor(async () => replicas.every((replica) => listening(replica) !== undefined), 'the listening log lines');
    const applied = replicas.map(
      (replica) => JSON.parse(listening(replica)!) as { backend: string; migrations_applied: number[]; db: string },
    );
    expect(applied.map((a) => a.backend)).toEqual(['postgres', 'postgres']);
    expect(applied.flatMap((a) => a.migrations_applied).sort()).toEqual([1, 2]);
    expect(applied[0]!.db).toBe(db);
  });

  test('50 concurrent registers of one version over both replicas: one version, the same id for every caller', async () => {
    await client(replicas[0].url).createImage({ name: 'ml' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => client(replicas[i % 2]!.url).createVersion('ml', body('1.0.0', digestOf('a')))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.version.id)).size).toBe(1);
    const stored = await client(replicas[1].url).listVersions('ml');
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]!.id).toBe(results[0]!.version.id);
    for (const replica of replicas) expect(replica.logs()).toContain('"path":"/v1/images/ml/versions","status":');
  });

  test('concurrent promotions with one If-Match across replicas: exactly one wins, the rest 412', async () => {
    const setup = client(replicas[0].url);
    await setup.createImage({ name: 'promoted' });
    for (let i = 0; i < 21; i += 1) await setup.createVersion('promoted', body(`2.${i}`, digestFor(1000 + i)));
    const first = await setup.promote('promoted', 'production', { version: '2.0' }, { ifNoneMatch: '*' });
    // The counters are per process and other tests add to them: this test counts what it adds.
    const retriesBefore = await metricSum('catalog_store_transaction_retries_total');
    const staleBefore = await metricSum('catalog_conflicts_total{kind="precondition"}');
    // Left alone, the requests may happen to run one after another, and then no compare-and-set is
    // ever lost. Holding the channel row makes them overlap: each reads the same etag, its UPDATE waits
    // on the row, and once at least two wait, the first to get it wins and the next must lose.
    const holder = new pg.Client({ connectionString: db });
    await holder.connect();
    let answers: Awaited<ReturnType<typeof api>>[];
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM channels WHERE image = 'promoted' AND channel = 'production' FOR UPDATE`);
      const pending = Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api(replicas[i % 2]!.url, 'POST', '/v1/images/promoted/channels/production/promotions', {
            body: { version: `2.${i + 1}` },
            headers: { 'If-Match': first.etag, 'Idempotency-Key': `promote-${i}` },
          }),
        ),
      );
      await waitFor(async () => {
        const waiting = await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE channels%'`,
        );
        return waiting[0]!.n >= 2;
      }, 'two promotions waiting on the channel row');
      await holder.query('COMMIT');
      answers = await pending;
    } finally {
      await holder.end();
    }
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array<number>(19).fill(412)]);
    const winner = answers.find((a) => a.status === 201)!.body as { version: string };
    const channel = await setup.getChannel('promoted', 'production');
    expect(channel?.value).toMatchObject({ version: winner.version, revision: 2 });
    expect(await setup.listPromotions('promoted', 'production')).toHaveLength(2);
    // The waiters that lost the compare-and-set to the winner were settled by the database and ran again.
    expect((await metricSum('catalog_store_transaction_retries_total')) - retriesBefore).toBeGreaterThan(0);
    expect((await metricSum('catalog_conflicts_total{kind="precondition"}')) - staleBefore).toBe(19);
  });

  test('concurrent attachment changes with one If-Match across replicas: exactly one wins', async () => {
    const setup = client(replicas[1].url);
    await setup.createImage({ name: 'attached' });
    for (let i = 0; i < 21; i += 1) await setup.createVersion('attached', body(`2.${i}`, digestFor(2000 + i)));
    const attached = await setup.putAttachment('cluster/c-1', { image: 'attached', version: '2.0' }, { ifNoneMatch: '*' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(replicas[i % 2]!.url, 'PUT', '/v1/targets/cluster%2Fc-1/attachment', {
          body: { image: 'attached', version: `2.${i + 1}` },
          headers: { 'If-Match': attached.attachment.etag },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array<number>(19).fill(412)]);
    expect((await setup.getAttachment('cluster/c-1'))?.value.revision).toBe(2);
    expect((await sql<{ n: string }>("SELECT count(*) AS n FROM attachment_history WHERE target = 'cluster/c-1'"))[0]!.n).toBe('2');
  });
});

describe('a replica killed mid-stream', () => {
  let proxy: FaultProxy;
  afterAll(() => proxy?.stop());

  test('clients retry onto the other replica; every register lands exactly once', async () => {
    // A third replica of this test's own to kill; the shared two stay up for the other tests.
    const extra = await startReplica();
    const survivor = replicas[1];
    proxy = await startFaultProxy({ targets: [extra.url, survivor.url], ejectMs: 5_000 });
    await client(proxy.url).createImage({ name: 'stream' });

    const total = 160;
    let next = 0;
    let done = 0;
    let killedAt = -1;
    const results = new Map<number, { id: string; created: boolean }>();
    const worker = async () => {
      for (let n = next++; n < total; n = next++) {
        const result = await client(proxy.url).createVersion('stream', body(`3.${n}`, digestFor(n)));
        results.set(n, { id: result.version.id, created: result.created });
        done += 1;
        if (done === 40 && killedAt < 0) {
          killedAt = proxy.records.length;
          extra.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(await extra.exited).toBeNull();
    expect(extra.child.signalCode).toBe('SIGKILL');

    // Nothing lost: every call succeeded, as a creation (a retry after a lost 201 replays "created").
    expect(results.size).toBe(total);
    expect([...results.values()].every((r) => r.created)).toBe(true);
    // Nothing duplicated: one row per version, with the id its caller was given.
    const rows = await sql<{ version: string; id: string; digest: string }>(
      "SELECT version, id, digest FROM versions WHERE image = 'stream'",
    );
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      const n = Number(row.version.slice(2));
      expect(row.id).toBe(results.get(n)!.id);
      expect(row.digest).toBe(digestFor(n));
    }
    // The kill was felt (requests to the dead replica failed and were retried) and absorbed by the other.
    const after = proxy.records.slice(killedAt);
    expect(after.some((r) => r.target === 0 && (r.status === 502 || r.status === 0))).toBe(true);
    expect(after.filter((r) => r.target === 1 && r.status === 201).length).toBeGreaterThan(0);
    expect(proxy.records.filter((r) => r.target === 0 && r.status === 201).length).toBeGreaterThan(0);
  });
});

describe('cursor pagination across replicas', () => {
  test('a page token from one replica continues on the other: every version once, in order', async () => {
    // Its own 160 versions, written one after the other through both replicas: the order is known.
    await client(replicas[0].url).createImage({ name: 'paged' });
    const written = Array.from({ length: 160 }, (_, n) => `6.${n}`);
    for (const [n, version] of written.entries())
      await client(replicas[n % 2]!.url).createVersion('paged', body(version, digestFor(7000 + n)));
    const seen: string[] = [];
    let path: string | undefined = '/v1/images/paged/versions?page_size=37';
    let pages = 0;
    for (let page = 0; path; page += 1) {
      const answer = await api(replicas[page % 2]!.url, 'GET', path);
      seen.push(...(answer.body.items as Array<{ version: string }>).map((v) => v.version));
      path = /^<([^>]+)>; rel="next"$/.exec(answer.headers.get('link') ?? '')?.[1];
      pages += 1;
    }
    expect(seen).toHaveLength(160);
    expect(new Set(seen).size).toBe(160);
    expect(seen).toEqual(written);
    expect(pages).toBe(5);
  });
});

describe('PostgreSQL restarted during a run', () => {
  test('503 + Retry-After while it is down, success after, and no half-written version', async () => {
    await client(replicas[0].url).createImage({ name: 'restart' });
    const statuses: Array<{ replica: number; status: number; retryAfter: string | null }> = [];
    const requests = new Map<number, { key: string; version: string; digest: string; status?: number }>();
    let counter = 0;
    let stopped = false;
    const rawWorker = async (replica: number) => {
      while (!stopped) {
        const n = counter++;
        const request = { key: `restart-${n}`, version: `4.${n}`, digest: digestFor(5000 + n) };
        requests.set(n, request);
        const answer = await api(replicas[replica]!.url, 'POST', '/v1/images/restart/versions', {
          body: body(request.version, request.digest),
          headers: { 'Idempotency-Key': request.key },
        });
        requests.set(n, { ...request, status: answer.status });
        statuses.push({ replica, status: answer.status, retryAfter: answer.headers.get('retry-after') });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    // Registers through the client, which retries 503 after Retry-After: these must all succeed.
    const patient = client(replicas[1].url, { retry: { ...fastRetry, maxAttempts: 20 } });
    const patientResults: Array<Promise<{ created: boolean }>> = [];

    const running = [rawWorker(0), rawWorker(1)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await postgres.stopServer();
    for (let i = 0; i < 4; i += 1) patientResults.push(patient.createVersion('restart', body(`5.${i}`, digestFor(9000 + i))));
    await new Promise((resolve) => setTimeout(resolve, 800));
    const readyWhileDown = await fetch(`${replicas[0].url}/readyz`);
    const healthWhileDown = await fetch(`${replicas[0].url}/healthz`);
    await postgres.startServer();
    const upAgain = statuses.length;
    // Keep going until both replicas answered successfully again (the tests after this one use them).
    const createdSince = () => statuses.slice(upAgain).filter((s) => s.status === 201);
    const recovered = () => createdSince().length >= 6 && [0, 1].every((replica) => createdSince().some((s) => s.replica === replica));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !recovered()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stopped = true;
    await Promise.all(running);

    expect(readyWhileDown.status).toBe(503);
    expect(readyWhileDown.headers.get('retry-after')).toBe('1');
    expect(healthWhileDown.status).toBe(200);
    const down = statuses.filter((s) => s.status === 503);
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((s) => s.retryAfter === '1')).toBe(true);
    expect(statuses.every((s) => s.status === 201 || s.status === 503)).toBe(true);
    expect(statuses.slice(upAgain).filter((s) => s.status === 201).length).toBeGreaterThanOrEqual(6);
    expect(recovered()).toBe(true);
    expect((await Promise.all(patientResults)).every((r) => r.created)).toBe(true);

    // Whole or absent: a version row always commits with its stored response, never alone.
    const rows = await sql<{ version: string; has_response: boolean }>(
      `SELECT v.version, EXISTS (SELECT 1 FROM idempotency i WHERE i.body LIKE '%' || v.id || '%') AS has_response
       FROM versions v WHERE v.image = 'restart' AND v.version LIKE '4.%'`,
    );
    expect(rows.every((row) => row.has_response)).toBe(true);
    for (const request of requests.values()) if (request.status === 201) expect(rows.map((r) => r.version)).toContain(request.version);
    // The requests that got a 503, sent again with their key, now succeed exactly once.
    const retried = [...requests.values()].filter((r) => r.status === 503);
    for (const request of retried) {
      const answer = await api(replicas[0].url, 'POST', '/v1/images/restart/versions', {
        body: body(request.version, request.digest),
        headers: { 'Idempotency-Key': request.key },
      });
      expect(answer.status).toBe(201);
    }
    const finalCount = await sql<{ n: string }>("SELECT count(*) AS n FROM versions WHERE image = 'restart' AND version LIKE '4.%'");
    expect(Number(finalCount[0]!.n)).toBe([...requests.values()].filter((r) => r.status === 201 || r.status === 503).length);
    for (const replica of replicas) expect(replica.logs()).not.toContain(tokens.all);
  });
});
