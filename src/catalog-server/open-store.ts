import { openPostgresStore } from './postgres-driver.js';
import { openSqliteStore } from './sqlite-driver.js';
import type { CatalogStore, OpenStoreOptions } from './store.js';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/** A SQLite file path or a `postgres://` URL; the pending migrations are applied before it resolves. */
export function openStore(db: string, options: OpenStoreOptions = {}): Promise<CatalogStore> {
  return isPostgresUrl(db) ? openPostgresStore(db, options) : openSqliteStore(db, options);
}
