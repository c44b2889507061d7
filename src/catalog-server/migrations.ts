/**
 * The catalog schema as numbered migrations, one list per backend, applied in order when a server
 * starts (SQLite: inside BEGIN IMMEDIATE, recorded in `PRAGMA user_version`; PostgreSQL: under an
 * advisory lock, recorded in `catalog_schema_migrations`). A migration is never edited once
 * released: a change of schema is a new entry at the end of both lists. A database written by a
 * newer catalog (a higher version than the last entry) is refused, not guessed at.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Version 1 is the schema the SQLite store had before migrations were numbered (user_version 1). */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE IF NOT EXISTS images (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL REFERENCES images(name),
  version TEXT NOT NULL,
  digest TEXT NOT NULL,
  image_ref TEXT NOT NULL,
  source_commit TEXT NOT NULL,
  source_run_url TEXT,
  build_hash TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (image, version)
);
CREATE TABLE IF NOT EXISTS attachments (
  target TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attachment_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  target TEXT NOT NULL,
  version_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channels (
  image TEXT NOT NULL REFERENCES images(name),
  channel TEXT NOT NULL,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (image, channel)
);
CREATE TABLE IF NOT EXISTS promotions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL,
  channel TEXT NOT NULL,
  version TEXT NOT NULL,
  previous_version TEXT,
  reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS promotions_by_channel ON promotions (image, channel, seq);
CREATE TABLE IF NOT EXISTS idempotency (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  PRIMARY KEY (principal, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created_at_ms);
`,
  },
  {
    version: 2,
    name: 'versions-by-image',
    // Version lists page by (image, seq); the UNIQUE (image, version) index cannot order them.
    sql: 'CREATE INDEX IF NOT EXISTS versions_by_image ON versions (image, seq);',
  },
];

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE images (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE versions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL REFERENCES images(name),
  version TEXT NOT NULL,
  digest TEXT NOT NULL,
  image_ref TEXT NOT NULL,
  source_commit TEXT NOT NULL,
  source_run_url TEXT,
  build_hash TEXT NOT NULL,
  description TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (image, version)
);
CREATE TABLE attachments (
  target TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL CHECK (revision > 0),
  etag TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE attachment_history (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target TEXT NOT NULL,
  version_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL,
  changed_by TEXT NOT NULL,
  UNIQUE (target, revision)
);
CREATE TABLE channels (
  image TEXT NOT NULL REFERENCES images(name),
  channel TEXT NOT NULL,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL CHECK (revision > 0),
  etag TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (image, channel)
);
CREATE TABLE promotions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL,
  channel TEXT NOT NULL,
  version TEXT NOT NULL,
  previous_version TEXT,
  reason TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX promotions_by_channel ON promotions (image, channel, seq);
CREATE TABLE idempotency (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_ms BIGINT NOT NULL,
  PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_by_age ON idempotency (created_at_ms);
`,
  },
  {
    version: 2,
    name: 'versions-by-image',
    sql: 'CREATE INDEX versions_by_image ON versions (image, seq);',
  },
];

export function newestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((newest, migration) => Math.max(newest, migration.version), 0);
}
