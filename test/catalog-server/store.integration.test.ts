/**
 * The store suite, run against both backends: a temporary SQLite file and a database on a real
 * PostgreSQL. Races are run between two store instances on one database (two connections, or two
 * pools: what two replicas are), so what settles them is the database, not this process.
 */
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/catalog-server/open-store.js';
import { sqliteMigrations } from '../../src/catalog-server/migrations.js';
import { StoreUnavailable, type CatalogStore, type CatalogWrites } from '../../src/catalog-server/store.js';
import type { Version, VersionCreate } from '../../src/platform/catalog/types.js';
import { backends, freshDatabase, stopSharedPostgres, tempDb, type BackendName } from '../support/catalog-server.js';
import { startPostgres } from '../support/postgres.js';

afterAll(() => stopSharedPostgres());

function versionInput(version: string, char: string): VersionCreate {
  const digest = `sha256:${char.repeat(64)}`;
  return {
    version,
    digest,
    image_ref: `127.0.0.1:5000/ml@${digest}`,
    source: { commit: 'c'.repeat(40) },
    build: { hash: `h1-${'0'.repeat(32)}` },
  };
}

const opened: CatalogStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

/** Two stores on one fresh database: two replicas. */
async function twoReplicas(backend: BackendName): Promise<[CatalogStore, CatalogStore]> {
  const { db } = await freshDatabase(backend);
  const stores = await Promise.all([openStore(db), openStore(db)]);
  opened.push(...stores);
  return stores;
}

describe.each(backends)('store on %s', (backend) => {
  test('migrations: a fresh database gets every one, once, even when two replicas open it together', async () => {
    const { db } = await freshDatabase(backend);
    const [a, b] = await Promise.all([openStore(db), openStore(db)]);
    opened.push(a, b);
    expect([...a.migrationsApplied, ...b.migrationsApplied].sort()).toEqual([1, 2]);
    const again = await openStore(db);
    opened.push(again);
    expect(again.migrationsApplied).toEqual([]);
    expect(again.backend).toBe(backend);
  });

  test('images: created once, then returned as stored', async () => {
    const [a, b] = await twoReplicas(backend);
    const first = await a.transaction((tx) => tx.ensureImage({ name: 'ml', description: 'first' }, 'me'));
    const second = await b.transaction((tx) => tx.ensureImage({ name: 'ml', description: 'second' }, 'you'));
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, image: first.image });
    expect(await b.getImage('ml')).toEqual(first.image);
    expect(await a.getImage('nope')).toBeUndefined();
  });

  test('versions: created, existing (same digest), conflict (other digest, stored record unchanged)', async () => {
    const [a, b] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const created = await a.transaction((tx) => tx.createVersion('ml', { ...versionInput('1.0.0', 'a'), description: 'one' }, 'me'));
    expect(created.outcome).toBe('created');
    expect(created.version).toMatchObject({ image: 'ml', version: '1.0.0', description: 'one', id: expect.stringMatching(/^ver_/) });
    expect(await b.transaction((tx) => tx.createVersion('ml', versionInput('1.0.0', 'a'), 'you'))).toEqual({
      outcome: 'existing',
      version: created.version,
    });
    expect(await b.transaction((tx) => tx.createVersion('ml', versionInput('1.0.0', 'b'), 'you'))).toEqual({
      outcome: 'conflict',
      version: created.version,
    });
    expect(await b.getVersion('ml', '1.0.0')).toEqual(created.version);
  });

  test('30 concurrent creations of one version over two replicas: one row, one id', async () => {
    const [a, b] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).transaction((tx) => tx.createVersion('ml', versionInput('2.0.0', 'c'), `c${i}`)),
      ),
    );
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(new Set(results.map((r) => r.version.id)).size).toBe(1);
    expect((await a.listVersions('ml', 0, 100)).items).toHaveLength(1);
  });

  test('cursor pagination pages through versions in creation order', async () => {
    const [a] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const names = ['0.1', '0.2', '0.3', '0.4', '0.5'];
    for (const [i, name] of names.entries()) await a.transaction((tx) => tx.createVersion('ml', versionInput(name, String(i)), 'me'));
    const seen: string[] = [];
    let after = 0;
    let pages = 0;
    for (;;) {
      const page = await a.listVersions('ml', after, 2);
      pages += 1;
      seen.push(...page.items.map((v) => v.version));
      after = page.lastSeq;
      if (!page.more) break;
    }
    expect(seen).toEqual(names);
    expect(pages).toBe(3);
  });

  /**
   * The handler's shape: read once, check the ETag the caller saw (If-Match), write against what
   * was read; a lost race reruns it all.
   */
  const compareAndSet =
    <T extends { etag: string }>(
      expected: string | undefined,
      read: (tx: CatalogWrites) => Promise<T | undefined>,
      write: (tx: CatalogWrites, current: T | undefined) => Promise<unknown>,
    ) =>
    async (tx: CatalogWrites) => {
      const current = await read(tx);
      if (current?.etag !== expected) return 'stale';
      await write(tx, current);
      return 'won';
    };

  test('attachments: of 12 concurrent writers that saw one ETag, exactly one wins', async () => {
    const [a, b] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const versions: Version[] = [];
    for (let i = 0; i < 12; i += 1)
      versions.push((await a.transaction((tx) => tx.createVersion('ml', versionInput(`3.${i}`, 'abcdef0123456789'[i]!), 'me'))).version);
    const first = await a.transaction(async (tx) =>
      tx.setAttachment('cluster/c1', versions[0]!, await tx.getAttachment('cluster/c1'), 'me'),
    );
    expect(first.outcome).toBe('created');
    const seen = first.attachment.etag;
    const outcomes = await Promise.all(
      versions.slice(1).map((version, i) =>
        (i % 2 ? a : b).transaction(
          compareAndSet(
            seen,
            (tx) => tx.getAttachment('cluster/c1'),
            (tx, current) => tx.setAttachment('cluster/c1', version, current, `w${i}`),
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    const now = await b.getAttachment('cluster/c1');
    expect(now?.value.revision).toBe(2);
    expect(await b.countAttachmentChanges('cluster/c1')).toBe(2);
    // Setting what it runs already changes nothing.
    const same = await a.transaction(async (tx) =>
      tx.setAttachment('cluster/c1', { ...versions[0]!, id: now!.value.version_id }, now, 'me'),
    );
    expect(same.outcome).toBe('unchanged');
    expect(same.attachment.etag).toBe(now!.etag);
  });

  test('attachments: a write against a stale ETag is a lost race (the transaction runs again)', async () => {
    const [a] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const v1 = (await a.transaction((tx) => tx.createVersion('ml', versionInput('4.0', 'a'), 'me'))).version;
    const v2 = (await a.transaction((tx) => tx.createVersion('ml', versionInput('4.1', 'b'), 'me'))).version;
    const v3 = (await a.transaction((tx) => tx.createVersion('ml', versionInput('4.2', 'c'), 'me'))).version;
    const stale = (await a.transaction(async (tx) => tx.setAttachment('job/1/main', v1, undefined, 'me'))).attachment;
    await a.transaction(async (tx) => tx.setAttachment('job/1/main', v2, stale, 'me'));
    let runs = 0;
    const outcome = await a.transaction(async (tx) => {
      runs += 1;
      // First run writes against the stale ETag and loses; the rerun reads the current state.
      const current = runs === 1 ? stale : await tx.getAttachment('job/1/main');
      return (await tx.setAttachment('job/1/main', v3, current, 'me')).attachment.value.revision;
    });
    expect(runs).toBe(2);
    expect(outcome).toBe(3);
  });

  test('channels: of 10 concurrent promotions that saw one ETag, exactly one wins; the history has it once', async () => {
    const [a, b] = await twoReplicas(backend);
    await a.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
    const versions: Version[] = [];
    for (let i = 0; i < 11; i += 1)
      versions.push((await a.transaction((tx) => tx.createVersion('ml', versionInput(`5.${i}`, 'abcdef0123456789'[i]!), 'me'))).version);
    const first = await a.transaction(async (tx) => tx.promote(versions[0]!, 'prod', undefined, 'first', 'me'));
    expect(first.promotion.previous_version).toBeNull();
    const outcomes = await Promise.all(
      versions.slice(1).map((version, i) =>
        (i % 2 ? a : b).transaction(
          compareAndSet(
            first.channel.etag,
            (tx) => tx.getChannel('ml', 'prod'),
            (tx, current) => tx.promote(version, 'prod', current, undefined, `p${i}`),
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    const history = await b.listPromotions('ml', 'prod', 0, 50);
    expect(history.items).toHaveLength(2);
    expect(history.items[1]!.previous_version).toBe(versions[0]!.version);
    expect((await b.getChannel('ml', 'prod'))?.value).toMatchObject({ revision: 2, version: history.items[1]!.version });
  });

  test('idempotency: one stored response per key, however many store it at once; purged when old', async () => {
    const [a, b] = await twoReplicas(backend);
    const response = (n: number) => ({ fingerprint: 'f', status: 201, headers: { Location: '/x' }, body: `{"n":${n}}` });
    const bodies = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        (n % 2 ? a : b).transaction(async (tx) => {
          const stored = await tx.findResponse('caller', 'key-1');
          if (stored) return stored.body;
          await tx.saveResponse('caller', 'key-1', response(n));
          return `{"n":${n}}`;
        }),
      ),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(await a.transaction((tx) => tx.findResponse('caller', 'key-1'))).toEqual({ ...response(0), body: bodies[0] });
    expect(await a.transaction((tx) => tx.findResponse('other-caller', 'key-1'))).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.transaction((tx) => tx.purgeResponses(1));
    expect(await a.transaction((tx) => tx.findResponse('caller', 'key-1'))).toBeUndefined();
  });

  test('a transaction that throws leaves nothing behind', async () => {
    const [a] = await twoReplicas(backend);
    await expect(
      a.transaction(async (tx) => {
        await tx.ensureImage({ name: 'half' }, 'me');
        await tx.createVersion('half', versionInput('1.0', 'a'), 'me');
        throw new Error('stop here');
      }),
    ).rejects.toThrow('stop here');
    expect(await a.getImage('half')).toBeUndefined();
    expect(await a.getVersion('half', '1.0')).toBeUndefined();
  });
});

describe('migrations of an existing database', () => {
  test('a SQLite file of schema 1 (before migrations were numbered) gets migration 2 only', async () => {
    const temp = tempDb();
    try {
      const old = new DatabaseSync(temp.db);
      old.exec(sqliteMigrations[0]!.sql);
      old.exec('PRAGMA user_version = 1');
      old.close();
      const store = await openStore(temp.db);
      expect(store.migrationsApplied).toEqual([2]);
      await store.close();
    } finally {
      temp.cleanup();
    }
  });

  test.each(backends)('a %s database written by a newer catalog is refused', async (backend) => {
    const { db, cleanup } = await freshDatabase(backend);
    try {
      (await openStore(db)).close();
      if (backend === 'sqlite') {
        const file = new DatabaseSync(db);
        file.exec('PRAGMA user_version = 99');
        file.close();
      } else {
        const client = new pg.Client({ connectionString: db });
        await client.connect();
        await client.query("INSERT INTO catalog_schema_migrations (version, name) VALUES (99, 'future')");
        await client.end();
      }
      await expect(openStore(db)).rejects.toThrow(/written by a newer catalog \(schema 99, this one knows 2\)/);
    } finally {
      cleanup();
    }
  });
});

describe('PostgreSQL going away', () => {
  test('while it is down every call is StoreUnavailable; after it is back the same store works', async () => {
    const server = await startPostgres();
    try {
      const store = await openStore(await server.createDatabase('away'));
      await store.transaction((tx) => tx.ensureImage({ name: 'ml' }, 'me'));
      await server.stopServer();
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.getImage('ml')).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.transaction((tx) => tx.createVersion('ml', versionInput('1', 'a'), 'me'))).rejects.toMatchObject({
        name: 'StoreUnavailable',
        code: 'storage-unavailable',
      });
      await server.startServer();
      await store.ping();
      expect((await store.transaction((tx) => tx.createVersion('ml', versionInput('1', 'a'), 'me'))).outcome).toBe('created');
      await store.close();
    } finally {
      await server.stop();
    }
  });

  test('a server that cannot reach PostgreSQL at start says where it tried, without the password', async () => {
    const server = await startPostgres();
    const url = `postgres://postgres:s3cret-pass@127.0.0.1:${server.port}/postgres`;
    await server.stop();
    const failure = await openStore(url).catch((error: Error) => error);
    expect(String(failure)).toMatch(new RegExp(`cannot open postgres://postgres@127.0.0.1:${server.port}/postgres: .*ECONNREFUSED`));
    expect(String(failure)).not.toContain('s3cret-pass');
  });
});
