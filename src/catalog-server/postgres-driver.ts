/**
 * The PostgreSQL backend (`--db postgres://…`), through `pg`'s connection pool: several stateless
 * replicas in front of one database.
 *
 * Transactions run at READ COMMITTED. That is the right level here because no decision rests on a
 * snapshot alone: each one is settled by a constraint or a compare-and-set statement that PostgreSQL
 * re-checks against the latest committed row (a concurrent INSERT of the same key waits for the other
 * transaction and then does nothing; an UPDATE … WHERE etag = $old re-evaluates its WHERE on the row
 * the winner wrote). The loser learns it from the row count and reruns (sql-store.ts). Serialization
 * failures and deadlocks, which READ COMMITTED should not produce here, are treated the same way.
 *
 * A database that cannot be reached, is restarting or is shutting down becomes `StoreUnavailable`
 * (503 with Retry-After); a transaction cut by a restart is rolled back by PostgreSQL, so nothing is
 * half-written, and the client's retry with the same Idempotency-Key learns what happened.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { newestVersion, postgresMigrations, type Migration } from './migrations.js';
import { SqlCatalogStore, type Row, type SqlDriver, type SqlSession, type SqlValue } from './sql-store.js';
import { LostRace, StoreUnavailable, type CatalogStore, type OpenStoreOptions } from './store.js';

/** Arbitrary, fixed: every replica of every version of the catalog takes this lock to migrate. */
const migrationLockKey = 7_300_413_001;

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, query_canceled (statement_timeout). */
const unavailableCodes = new Set(['57P01', '57P02', '57P03', '53300', '57014']);
/** serialization_failure, deadlock_detected, unique_violation: someone else committed first. */
const raceCodes = new Set(['40001', '40P01', '23505']);

function codeOf(error: unknown): string {
  return String((error as { code?: unknown }).code ?? '');
}

export function isConnectionFailure(error: unknown): boolean {
  const code = codeOf(error);
  if (networkCodes.has(code) || unavailableCodes.has(code) || code.startsWith('08')) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Connection ended|Query read timeout/i.test(
    String((error as Error).message),
  );
}

function normalise(error: unknown): unknown {
  if (error instanceof LostRace || error instanceof StoreUnavailable) return error;
  if (raceCodes.has(codeOf(error))) return new LostRace(`PostgreSQL ${codeOf(error)}: ${(error as Error).message}`);
  if (isConnectionFailure(error)) {
    return new StoreUnavailable(
      `the database is unavailable (${(error as Error).message || codeOf(error)}): retry shortly`,
      'storage-unavailable',
      1,
      { cause: error },
    );
  }
  return error;
}

/** The URL without its password, for logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.searchParams.delete('password');
    return parsed.href;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** Named statements are prepared once per connection and reused (fewer round trips on the hot path). */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `catalog_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function session(queryable: pg.Pool | pg.PoolClient): SqlSession {
  const query = async (sql: string, params: readonly SqlValue[] = []) => {
    try {
      return await queryable.query({ name: statementName(sql), text: sql, values: params as SqlValue[] });
    } catch (error) {
      throw normalise(error);
    }
  };
  return {
    all: async (sql, params) => (await query(sql, params)).rows as Row[],
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
  };
}

class PostgresDriver implements SqlDriver {
  readonly backend = 'postgres' as const;
  private readonly autocommit: SqlSession;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {
    this.autocommit = session(pool);
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.autocommit.all(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.autocommit.run(sql, params);
  }

  /**
   * A pooled connection, with an error listener for as long as it is checked out: the server
   * closing it between two statements (a restart) emits 'error' on the client, which would end the
   * process without a listener. The next statement then fails and the client is discarded.
   */
  private async connect(): Promise<pg.PoolClient & { lost: () => Error | undefined; done: (broken?: Error) => void }> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw normalise(error);
    }
    let lost: Error | undefined;
    const onError = (error: Error) => (lost = error);
    client.on('error', onError);
    return Object.assign(client, {
      lost: () => lost,
      done: (broken?: Error) => {
        client.off('error', onError);
        client.release(broken ?? lost);
      },
    });
  }

  async transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      await session(client).run('BEGIN ISOLATION LEVEL READ COMMITTED');
      const result = await work(session(client));
      await session(client).run('COMMIT');
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailable) broken = error;
      else await client.query('ROLLBACK').catch((rollbackFailed: Error) => (broken = rollbackFailed));
      throw error;
    } finally {
      // A connection that failed mid-transaction is discarded, not handed to the next request.
      client.done(broken);
    }
  }

  async ping(): Promise<void> {
    await this.autocommit.all('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Applies pending migrations, each in its own transaction, holding a session advisory lock: a
   * second replica starting at the same moment waits, then finds nothing left to do.
   */
  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    const client = await this.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
      try {
        await client.query(
          `CREATE TABLE IF NOT EXISTS catalog_schema_migrations (
             version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
        );
        const done = new Set(
          (await client.query<{ version: number }>('SELECT version FROM catalog_schema_migrations')).rows.map((r) => r.version),
        );
        const newest = newestVersion(migrations);
        const found = Math.max(0, ...done);
        if (found > newest) {
          throw new Error(`${this.location} was written by a newer catalog (schema ${found}, this one knows ${newest})`);
        }
        const applied: number[] = [];
        for (const migration of migrations) {
          if (done.has(migration.version)) continue;
          await client.query('BEGIN');
          try {
            await client.query(migration.sql);
            await client.query('INSERT INTO catalog_schema_migrations (version, name) VALUES ($1, $2)', [
              migration.version,
              migration.name,
            ]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
          }
          applied.push(migration.version);
        }
        return applied;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
      }
    } catch (error) {
      throw normalise(error);
    } finally {
      client.done();
    }
  }
}

export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<CatalogStore> {
  const location = describePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // Fail fast while the database is away, so the caller gets a 503 instead of a hanging request.
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    query_timeout: 15_000,
    statement_timeout: 10_000,
    idle_in_transaction_session_timeout: 30_000,
    application_name: 'image-actions-catalog',
  });
  // An idle connection that the server closed (restart, failover) is reported here; pg then drops it.
  pool.on('error', (error) => options.onEvent?.({ kind: 'connection-error', message: error.message }));
  const driver = new PostgresDriver(pool, location);
  try {
    const applied = await driver.migrate(postgresMigrations);
    return new SqlCatalogStore(driver, applied, options);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const why =
      error instanceof StoreUnavailable ? ((error.cause as Error | undefined)?.message ?? error.message) : (error as Error).message;
    throw new Error(`cannot open ${location}: ${why}`, { cause: error });
  }
}
