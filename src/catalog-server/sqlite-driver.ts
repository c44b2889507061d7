/**
 * The SQLite backend: one file through `node:sqlite`, the zero-setup default.
 *
 * WAL journal with `synchronous=FULL`, so a committed registration survives a crash of the process or
 * the machine. Transactions are BEGIN IMMEDIATE: SQLite's write lock serialises writers, also two
 * server processes on one file (a writer that waits longer than the busy timeout gets `storage-busy`,
 * a 503 with Retry-After).
 *
 * node:sqlite is synchronous and used here from async code, so the statements of one file run one
 * transaction (or one read) at a time within this process: a read never lands inside another
 * request's open transaction, and a second connection to the same file in this process (two
 * in-process servers) never waits on SQLite's lock in its busy handler — which would block the very
 * thread that holds the lock. Across processes, SQLite's lock does the work.
 */
import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { newestVersion, sqliteMigrations, type Migration } from './migrations.js';
import { SqlCatalogStore, type Row, type SqlDriver, type SqlSession, type SqlValue } from './sql-store.js';
import { StoreUnavailable, type CatalogStore, type OpenStoreOptions } from './store.js';

function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: number }).errcode;
  return code === 5 || code === 6 || /database is (locked|busy)/i.test(String((error as Error).message));
}

function normalise(error: unknown): unknown {
  return isBusy(error) ? new StoreUnavailable('the database is busy: retry shortly', 'storage-busy', 1, { cause: error }) : error;
}

/** One queue per database file in this process (see above). */
const queues = new Map<string, { tail: Promise<unknown> }>();

class SqliteDriver implements SqlDriver {
  readonly backend = 'sqlite' as const;
  private readonly statements = new Map<string, StatementSync>();
  private readonly queue: { tail: Promise<unknown> };
  private readonly session: SqlSession = {
    all: async (sql, params) => this.allNow(sql, params),
    run: async (sql, params) => this.runNow(sql, params),
  };

  constructor(
    private readonly db: DatabaseSync,
    readonly location: string,
  ) {
    const key = path.resolve(location);
    this.queue = queues.get(key) ?? { tail: Promise.resolve() };
    queues.set(key, this.queue);
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      // The shared queries use PostgreSQL's `$n`; SQLite spells a numbered parameter `?n`.
      statement = this.db.prepare(sql.replace(/\$(\d+)/g, '?$1'));
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private allNow(sql: string, params: readonly SqlValue[] = []): Row[] {
    return this.statement(sql).all(...(params as SQLInputValue[])) as Row[];
  }

  private runNow(sql: string, params: readonly SqlValue[] = []): number {
    return Number(this.statement(sql).run(...(params as SQLInputValue[])).changes);
  }

  /** Runs `work` after everything queued before it: one user of the connection at a time. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.tail.then(work, work);
    this.queue.tail = run.catch(() => undefined);
    return run;
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.exclusive(async () => {
      try {
        return this.allNow(sql, params);
      } catch (error) {
        throw normalise(error);
      }
    });
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.exclusive(async () => {
      try {
        return this.runNow(sql, params);
      } catch (error) {
        throw normalise(error);
      }
    });
  }

  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      try {
        this.db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw normalise(error);
      }
      try {
        const result = await work(this.session);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw normalise(error);
      }
    });
  }

  async ping(): Promise<void> {
    await this.all('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      if (this.db.isOpen) this.db.close();
    });
  }

  /** Applies the pending migrations in one write transaction; another process on the file waits for it. */
  migrate(migrations: readonly Migration[]): Promise<number[]> {
    return this.exclusive(async () => this.migrateNow(migrations));
  }

  private migrateNow(migrations: readonly Migration[]): number[] {
    const newest = newestVersion(migrations);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const found = Number((this.db.prepare('PRAGMA user_version').get() as Row).user_version);
      if (found > newest) {
        throw new Error(`${this.location} was written by a newer catalog (schema ${found}, this one knows ${newest})`);
      }
      const applied: number[] = [];
      for (const migration of migrations) {
        if (migration.version <= found) continue;
        this.db.exec(migration.sql);
        applied.push(migration.version);
      }
      this.db.exec(`PRAGMA user_version = ${Math.max(found, newest)}`);
      this.db.exec('COMMIT');
      return applied;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

export async function openSqliteStore(file: string, options: OpenStoreOptions = {}): Promise<CatalogStore> {
  const db = new DatabaseSync(file);
  try {
    // Another process holding the write lock makes us wait instead of failing at once (set first:
    // switching to WAL itself needs the lock when a second server opens the same file).
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    const driver = new SqliteDriver(db, file);
    const applied = await driver.migrate(sqliteMigrations);
    return new SqlCatalogStore(driver, applied, options);
  } catch (error) {
    if (db.isOpen) db.close();
    throw error;
  }
}
