/**
 * Durable storage of the reference catalog server: one SQLite file through `node:sqlite`.
 *
 * WAL journal with `synchronous=FULL`, so a committed registration survives a crash of the process or
 * the machine. Every change runs inside `immediate()` (BEGIN IMMEDIATE): the check ("does version
 * 1.2.0 exist?"), the write and the stored idempotent response commit together or not at all, and two
 * writers — even two server processes on one file — are serialised by SQLite's write lock. The
 * UNIQUE constraints are the last guard: there can never be two rows for one version or target.
 */
import { DatabaseSync } from 'node:sqlite';
import { randomBytes } from 'node:crypto';
import type { Attachment, Channel, Image, ImageCreate, Promotion, Version, VersionCreate } from '../platform/catalog/types.js';

const schemaVersion = 1;

const schema = `
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
-- Every change of an attachment, for audit.
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
-- Stored successful responses of POSTs, per caller and Idempotency-Key.
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
`;

type Row = Record<string, unknown>;

export interface StoredResponse {
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Tagged<T> {
  value: T;
  etag: string;
}

export type VersionOutcome = 'created' | 'existing' | 'conflict';

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function newEtag(revision: number): string {
  return `"${revision}.${randomBytes(6).toString('hex')}"`;
}

function optional(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function versionFromRow(row: Row): Version {
  const runUrl = optional(row.source_run_url);
  const description = optional(row.description);
  return {
    id: String(row.id),
    image: String(row.image),
    version: String(row.version),
    digest: String(row.digest),
    image_ref: String(row.image_ref),
    source: { commit: String(row.source_commit), ...(runUrl ? { run_url: runUrl } : {}) },
    build: { hash: String(row.build_hash) },
    ...(description !== undefined ? { description } : {}),
    created_at: String(row.created_at),
  };
}

export class CatalogStore {
  private readonly db: DatabaseSync;
  private lastPurgeMs = 0;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = new DatabaseSync(file);
    // Another process holding the write lock makes us wait instead of failing at once (set first:
    // switching to WAL itself needs the lock when a second server opens the same file).
    this.db.exec('PRAGMA busy_timeout = 5000');
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA synchronous = FULL');
    this.db.exec('PRAGMA foreign_keys = ON');
    const found = Number((this.db.prepare('PRAGMA user_version').get() as Row).user_version);
    if (found > schemaVersion) {
      this.db.close();
      throw new Error(`${file} was written by a newer catalog (schema ${found}, this one knows ${schemaVersion})`);
    }
    this.immediate(() => {
      this.db.exec(schema);
      this.db.exec(`PRAGMA user_version = ${schemaVersion}`);
    });
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE … COMMIT), rolled back if it throws. */
  immediate<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  healthy(): boolean {
    return (this.db.prepare('SELECT 1 AS ok').get() as Row).ok === 1;
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  // Images

  getImage(name: string): Image | undefined {
    const row = this.db.prepare('SELECT name, description, created_at FROM images WHERE name = ?').get(name) as Row | undefined;
    if (!row) return undefined;
    const description = optional(row.description);
    return { name: String(row.name), ...(description !== undefined ? { description } : {}), created_at: String(row.created_at) };
  }

  /** Creates the image unless it exists; an existing image is returned as it is. */
  ensureImage(input: ImageCreate, by: string): { created: boolean; image: Image } {
    const existing = this.getImage(input.name);
    if (existing) return { created: false, image: existing };
    this.db
      .prepare('INSERT INTO images (name, description, created_at, created_by) VALUES (?, ?, ?, ?)')
      .run(input.name, input.description ?? null, this.timestamp(), by);
    return { created: true, image: this.getImage(input.name)! };
  }

  // Versions

  getVersion(image: string, version: string): Version | undefined {
    const row = this.db.prepare('SELECT * FROM versions WHERE image = ? AND version = ?').get(image, version) as Row | undefined;
    return row ? versionFromRow(row) : undefined;
  }

  private versionById(id: string): Version {
    return versionFromRow(this.db.prepare('SELECT * FROM versions WHERE id = ?').get(id) as Row);
  }

  /**
   * Creates an immutable version. Same name and digest → `existing` (the stored record, unchanged);
   * same name, other digest → `conflict` (the stored record, unchanged). Call inside `immediate()`.
   */
  createVersion(image: string, input: VersionCreate, by: string): { outcome: VersionOutcome; version: Version } {
    const existing = this.getVersion(image, input.version);
    if (existing) return { outcome: existing.digest === input.digest ? 'existing' : 'conflict', version: existing };
    const id = newId('ver');
    this.db
      .prepare(
        `INSERT INTO versions (id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        image,
        input.version,
        input.digest,
        input.image_ref,
        input.source.commit,
        input.source.run_url ?? null,
        input.build.hash,
        input.description ?? null,
        this.timestamp(),
        by,
      );
    return { outcome: 'created', version: this.versionById(id) };
  }

  /** Versions of an image in creation order after the cursor `afterSeq`; `more` when a next page exists. */
  listVersions(image: string, afterSeq: number, limit: number): { items: Version[]; lastSeq: number; more: boolean } {
    const rows = this.db
      .prepare('SELECT * FROM versions WHERE image = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(image, afterSeq, limit + 1) as Row[];
    const page = rows.slice(0, limit);
    return { items: page.map(versionFromRow), lastSeq: Number(page.at(-1)?.seq ?? afterSeq), more: rows.length > limit };
  }

  // Attachments

  getAttachment(target: string): Tagged<Attachment> | undefined {
    const row = this.db
      .prepare(
        `SELECT a.target, a.revision, a.etag, a.updated_at, v.id AS version_id, v.image, v.version, v.digest, v.image_ref
         FROM attachments a JOIN versions v ON v.id = a.version_id WHERE a.target = ?`,
      )
      .get(target) as Row | undefined;
    if (!row) return undefined;
    return {
      etag: String(row.etag),
      value: {
        target: String(row.target),
        image: String(row.image),
        version: String(row.version),
        version_id: String(row.version_id),
        digest: String(row.digest),
        image_ref: String(row.image_ref),
        revision: Number(row.revision),
        updated_at: String(row.updated_at),
      },
    };
  }

  /** Points the target at the version. Call inside `immediate()`, after checking preconditions. */
  setAttachment(
    target: string,
    version: Version,
    by: string,
  ): { outcome: 'created' | 'updated' | 'unchanged'; attachment: Tagged<Attachment> } {
    const current = this.getAttachment(target);
    if (current && current.value.version_id === version.id) return { outcome: 'unchanged', attachment: current };
    const revision = (current?.value.revision ?? 0) + 1;
    const at = this.timestamp();
    this.db
      .prepare(
        `INSERT INTO attachments (target, version_id, revision, etag, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (target) DO UPDATE SET version_id = excluded.version_id, revision = excluded.revision, etag = excluded.etag,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(target, version.id, revision, newEtag(revision), at, by);
    this.db
      .prepare('INSERT INTO attachment_history (target, version_id, revision, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)')
      .run(target, version.id, revision, at, by);
    return { outcome: current ? 'updated' : 'created', attachment: this.getAttachment(target)! };
  }

  countAttachmentChanges(target: string): number {
    return Number((this.db.prepare('SELECT count(*) AS n FROM attachment_history WHERE target = ?').get(target) as Row).n);
  }

  // Channels and promotions

  getChannel(image: string, channel: string): Tagged<Channel> | undefined {
    const row = this.db
      .prepare(
        `SELECT c.image, c.channel, c.revision, c.etag, c.updated_at, v.id AS version_id, v.version, v.digest
         FROM channels c JOIN versions v ON v.id = c.version_id WHERE c.image = ? AND c.channel = ?`,
      )
      .get(image, channel) as Row | undefined;
    if (!row) return undefined;
    return {
      etag: String(row.etag),
      value: {
        image: String(row.image),
        channel: String(row.channel),
        version: String(row.version),
        version_id: String(row.version_id),
        digest: String(row.digest),
        revision: Number(row.revision),
        updated_at: String(row.updated_at),
      },
    };
  }

  /** Moves the channel to the version and records the promotion. Call inside `immediate()`. */
  promote(version: Version, channel: string, reason: string | undefined, by: string): { promotion: Promotion; channel: Tagged<Channel> } {
    const current = this.getChannel(version.image, channel);
    const revision = (current?.value.revision ?? 0) + 1;
    const at = this.timestamp();
    this.db
      .prepare(
        `INSERT INTO channels (image, channel, version_id, revision, etag, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (image, channel) DO UPDATE SET version_id = excluded.version_id, revision = excluded.revision,
           etag = excluded.etag, updated_at = excluded.updated_at`,
      )
      .run(version.image, channel, version.id, revision, newEtag(revision), at);
    const id = newId('prm');
    this.db
      .prepare(
        'INSERT INTO promotions (id, image, channel, version, previous_version, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, version.image, channel, version.version, current?.value.version ?? null, reason ?? null, at, by);
    return { promotion: this.promotionById(id), channel: this.getChannel(version.image, channel)! };
  }

  private promotionFromRow(row: Row): Promotion {
    const reason = optional(row.reason);
    return {
      id: String(row.id),
      image: String(row.image),
      channel: String(row.channel),
      version: String(row.version),
      previous_version: optional(row.previous_version) ?? null,
      ...(reason !== undefined ? { reason } : {}),
      created_at: String(row.created_at),
    };
  }

  private promotionById(id: string): Promotion {
    return this.promotionFromRow(this.db.prepare('SELECT * FROM promotions WHERE id = ?').get(id) as Row);
  }

  listPromotions(image: string, channel: string, afterSeq: number, limit: number): { items: Promotion[]; lastSeq: number; more: boolean } {
    const rows = this.db
      .prepare('SELECT * FROM promotions WHERE image = ? AND channel = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(image, channel, afterSeq, limit + 1) as Row[];
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => this.promotionFromRow(row)),
      lastSeq: Number(page.at(-1)?.seq ?? afterSeq),
      more: rows.length > limit,
    };
  }

  // Idempotency

  findResponse(principal: string, key: string): StoredResponse | undefined {
    const row = this.db
      .prepare('SELECT fingerprint, status, headers, body FROM idempotency WHERE principal = ? AND key = ?')
      .get(principal, key) as Row | undefined;
    if (!row) return undefined;
    return {
      fingerprint: String(row.fingerprint),
      status: Number(row.status),
      headers: JSON.parse(String(row.headers)) as Record<string, string>,
      body: String(row.body),
    };
  }

  saveResponse(principal: string, key: string, response: StoredResponse): void {
    this.db
      .prepare('INSERT INTO idempotency (principal, key, fingerprint, status, headers, body, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(principal, key, response.fingerprint, response.status, JSON.stringify(response.headers), response.body, this.now().getTime());
  }

  /** Forgets stored responses older than `maxAgeMs`; runs at most once a minute. */
  purgeResponses(maxAgeMs: number): void {
    const nowMs = this.now().getTime();
    if (nowMs - this.lastPurgeMs < 60_000) return;
    this.lastPurgeMs = nowMs;
    this.db.prepare('DELETE FROM idempotency WHERE created_at_ms < ?').run(nowMs - maxAgeMs);
  }
}
