/**
 * The catalog's queries, written once for both backends: plain SQL that SQLite and PostgreSQL both
 * speak (`$n` placeholders, `ON CONFLICT … DO NOTHING`, `RETURNING`). A driver (sqlite-driver.ts,
 * postgres-driver.ts) runs them and opens transactions; this file decides what a race means.
 *
 * The races and who settles them:
 * - two creators of one image or version: the UNIQUE constraint; the loser's INSERT does nothing and
 *   it reads the winner's row (PostgreSQL's READ COMMITTED sees it once the winner committed);
 * - two writers of one attachment or channel: a compare-and-set UPDATE on the ETag that the request's
 *   If-Match was checked against, or an INSERT that does nothing when the row appeared meanwhile;
 * - two requests with one Idempotency-Key: the primary key of the stored response.
 * Whoever loses gets `LostRace`; the transaction rolls back and runs again on fresh reads.
 */
import { randomBytes } from 'node:crypto';
import type { Attachment, Channel, Image, ImageCreate, Promotion, Version, VersionCreate } from '../platform/catalog/types.js';
import {
  LostRace,
  StoreUnavailable,
  type Backend,
  type CatalogStore,
  type CatalogWrites,
  type PageOf,
  type StoreEvent,
  type StoredResponse,
  type Tagged,
  type VersionOutcome,
} from './store.js';

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** One connection's way to run statements (`$1…$n` placeholders). */
export interface SqlSession {
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** What a backend provides; its own statements run outside any transaction (autocommit). */
export interface SqlDriver extends SqlSession {
  readonly backend: Backend;
  readonly location: string;
  /** One attempt: BEGIN, work, COMMIT (ROLLBACK when it throws). Throws `LostRace` for serialization failures. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Reruns after a lost race; each rerun sees the winner, so one is almost always enough. */
const maxTransactionAttempts = 8;

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function newEtag(revision: number): string {
  return `"${revision}.${randomBytes(6).toString('hex')}"`;
}

function optional(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/** TEXT in SQLite, TIMESTAMPTZ (a Date from pg) in PostgreSQL: the same ISO string either way. */
function timestamp(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
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
    created_at: timestamp(row.created_at),
  };
}

function imageFromRow(row: Row): Image {
  const description = optional(row.description);
  return { name: String(row.name), ...(description !== undefined ? { description } : {}), created_at: timestamp(row.created_at) };
}

function promotionFromRow(row: Row): Promotion {
  const reason = optional(row.reason);
  return {
    id: String(row.id),
    image: String(row.image),
    channel: String(row.channel),
    version: String(row.version),
    previous_version: optional(row.previous_version) ?? null,
    ...(reason !== undefined ? { reason } : {}),
    created_at: timestamp(row.created_at),
  };
}

function page<T>(rows: Row[], limit: number, afterSeq: number, map: (row: Row) => T): PageOf<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(map), lastSeq: Number(items.at(-1)?.seq ?? afterSeq), more: rows.length > limit };
}

const versionColumns =
  'seq, id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by';

/** The queries over one session: the store's own (autocommit) or a transaction's. */
class Queries implements CatalogWrites {
  constructor(
    private readonly db: SqlSession,
    private readonly now: () => Date,
    private readonly purge: { lastMs: number },
  ) {}

  private async one(sql: string, params: readonly SqlValue[]): Promise<Row | undefined> {
    return (await this.db.all(sql, params))[0];
  }

  private at(): string {
    return this.now().toISOString();
  }

  // Images

  async getImage(name: string): Promise<Image | undefined> {
    const row = await this.one('SELECT name, description, created_at FROM images WHERE name = $1', [name]);
    return row ? imageFromRow(row) : undefined;
  }

  async ensureImage(input: ImageCreate, by: string): Promise<{ created: boolean; image: Image }> {
    const inserted = await this.one(
      `INSERT INTO images (name, description, created_at, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING name, description, created_at`,
      [input.name, input.description ?? null, this.at(), by],
    );
    if (inserted) return { created: true, image: imageFromRow(inserted) };
    const existing = await this.getImage(input.name);
    if (!existing) throw new LostRace(`image ${input.name} neither inserted nor found`);
    return { created: false, image: existing };
  }

  // Versions

  async getVersion(image: string, version: string): Promise<Version | undefined> {
    const row = await this.one(`SELECT ${versionColumns} FROM versions WHERE image = $1 AND version = $2`, [image, version]);
    return row ? versionFromRow(row) : undefined;
  }

  async createVersion(image: string, input: VersionCreate, by: string): Promise<{ outcome: VersionOutcome; version: Version }> {
    const inserted = await this.one(
      `INSERT INTO versions (id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (image, version) DO NOTHING RETURNING ${versionColumns}`,
      [
        newId('ver'),
        image,
        input.version,
        input.digest,
        input.image_ref,
        input.source.commit,
        input.source.run_url ?? null,
        input.build.hash,
        input.description ?? null,
        this.at(),
        by,
      ],
    );
    if (inserted) return { outcome: 'created', version: versionFromRow(inserted) };
    const existing = await this.getVersion(image, input.version);
    if (!existing) throw new LostRace(`version ${input.version} of ${image} neither inserted nor found`);
    return { outcome: existing.digest === input.digest ? 'existing' : 'conflict', version: existing };
  }

  async listVersions(image: string, afterSeq: number, limit: number): Promise<PageOf<Version>> {
    const rows = await this.db.all(`SELECT ${versionColumns} FROM versions WHERE image = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [
      image,
      afterSeq,
      limit + 1,
    ]);
    return page(rows, limit, afterSeq, versionFromRow);
  }

  // Attachments

  async getAttachment(target: string): Promise<Tagged<Attachment> | undefined> {
    const row = await this.one(
      `SELECT a.target, a.revision, a.etag, a.updated_at, v.id AS version_id, v.image, v.version, v.digest, v.image_ref
       FROM attachments a JOIN versions v ON v.id = a.version_id WHERE a.target = $1`,
      [target],
    );
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
        updated_at: timestamp(row.updated_at),
      },
    };
  }

  async setAttachment(
    target: string,
    version: Version,
    current: Tagged<Attachment> | undefined,
    by: string,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; attachment: Tagged<Attachment> }> {
    if (current && current.value.version_id === version.id) return { outcome: 'unchanged', attachment: current };
    const revision = (current?.value.revision ?? 0) + 1;
    const at = this.at();
    const etag = newEtag(revision);
    const changed = current
      ? await this.db.run(
          `UPDATE attachments SET version_id = $2, revision = $3, etag = $4, updated_at = $5, updated_by = $6
           WHERE target = $1 AND etag = $7`,
          [target, version.id, revision, etag, at, by, current.etag],
        )
      : await this.db.run(
          `INSERT INTO attachments (target, version_id, revision, etag, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (target) DO NOTHING`,
          [target, version.id, revision, etag, at, by],
        );
    if (changed !== 1) throw new LostRace(`attachment of ${target} changed meanwhile`);
    await this.db.run('INSERT INTO attachment_history (target, version_id, revision, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5)', [
      target,
      version.id,
      revision,
      at,
      by,
    ]);
    const attachment = await this.getAttachment(target);
    if (!attachment) throw new LostRace(`attachment of ${target} vanished`);
    return { outcome: current ? 'updated' : 'created', attachment };
  }

  async countAttachmentChanges(target: string): Promise<number> {
    const row = await this.one('SELECT count(*) AS n FROM attachment_history WHERE target = $1', [target]);
    return Number(row?.n ?? 0);
  }

  // Channels and promotions

  async getChannel(image: string, channel: string): Promise<Tagged<Channel> | undefined> {
    const row = await this.one(
      `SELECT c.image, c.channel, c.revision, c.etag, c.updated_at, v.id AS version_id, v.version, v.digest
       FROM channels c JOIN versions v ON v.id = c.version_id WHERE c.image = $1 AND c.channel = $2`,
      [image, channel],
    );
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
        updated_at: timestamp(row.updated_at),
      },
    };
  }

  async promote(
    version: Version,
    channel: string,
    current: Tagged<Channel> | undefined,
    reason: string | undefined,
    by: string,
  ): Promise<{ promotion: Promotion; channel: Tagged<Channel> }> {
    const revision = (current?.value.revision ?? 0) + 1;
    const at = this.at();
    const etag = newEtag(revision);
    const changed = current
      ? await this.db.run(
          `UPDATE channels SET version_id = $3, revision = $4, etag = $5, updated_at = $6
           WHERE image = $1 AND channel = $2 AND etag = $7`,
          [version.image, channel, version.id, revision, etag, at, current.etag],
        )
      : await this.db.run(
          `INSERT INTO channels (image, channel, version_id, revision, etag, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (image, channel) DO NOTHING`,
          [version.image, channel, version.id, revision, etag, at],
        );
    if (changed !== 1) throw new LostRace(`channel ${channel} of ${version.image} changed meanwhile`);
    const row = await this.one(
      `INSERT INTO promotions (id, image, channel, version, previous_version, reason, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, image, channel, version, previous_version, reason, created_at`,
      [newId('prm'), version.image, channel, version.version, current?.value.version ?? null, reason ?? null, at, by],
    );
    const moved = await this.getChannel(version.image, channel);
    if (!row || !moved) throw new LostRace(`channel ${channel} of ${version.image} vanished`);
    return { promotion: promotionFromRow(row), channel: moved };
  }

  async listPromotions(image: string, channel: string, afterSeq: number, limit: number): Promise<PageOf<Promotion>> {
    const rows = await this.db.all(
      `SELECT seq, id, image, channel, version, previous_version, reason, created_at FROM promotions
       WHERE image = $1 AND channel = $2 AND seq > $3 ORDER BY seq LIMIT $4`,
      [image, channel, afterSeq, limit + 1],
    );
    return page(rows, limit, afterSeq, promotionFromRow);
  }

  // Idempotency

  async findResponse(principal: string, key: string): Promise<StoredResponse | undefined> {
    const row = await this.one('SELECT fingerprint, status, headers, body FROM idempotency WHERE principal = $1 AND key = $2', [
      principal,
      key,
    ]);
    if (!row) return undefined;
    return {
      fingerprint: String(row.fingerprint),
      status: Number(row.status),
      headers: JSON.parse(String(row.headers)) as Record<string, string>,
      body: String(row.body),
    };
  }

  async saveResponse(principal: string, key: string, response: StoredResponse): Promise<void> {
    const saved = await this.db.run(
      `INSERT INTO idempotency (principal, key, fingerprint, status, headers, body, created_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (principal, key) DO NOTHING`,
      [principal, key, response.fingerprint, response.status, JSON.stringify(response.headers), response.body, this.now().getTime()],
    );
    if (saved !== 1) throw new LostRace(`Idempotency-Key ${key} was stored meanwhile`);
  }

  async purgeResponses(maxAgeMs: number): Promise<void> {
    const nowMs = this.now().getTime();
    if (nowMs - this.purge.lastMs < 60_000) return;
    this.purge.lastMs = nowMs;
    await this.db.run('DELETE FROM idempotency WHERE created_at_ms < $1', [nowMs - maxAgeMs]);
  }
}

/** A CatalogStore over a driver: reads on the driver's own connection(s), changes in its transactions. */
export class SqlCatalogStore extends Queries implements CatalogStore {
  private readonly clock: () => Date;
  private readonly purgeState: { lastMs: number };
  private readonly onEvent: ((event: StoreEvent) => void) | undefined;

  constructor(
    private readonly driver: SqlDriver,
    readonly migrationsApplied: readonly number[],
    options: { now?: () => Date; onEvent?: (event: StoreEvent) => void } = {},
  ) {
    const now = options.now ?? (() => new Date());
    const purge = { lastMs: 0 };
    super(driver, now, purge);
    this.clock = now;
    this.purgeState = purge;
    this.onEvent = options.onEvent;
  }

  get backend(): Backend {
    return this.driver.backend;
  }

  get location(): string {
    return this.driver.location;
  }

  async transaction<T>(work: (tx: CatalogWrites) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.driver.transaction((session) => work(new Queries(session, this.clock, this.purgeState)));
      } catch (error) {
        if (!(error instanceof LostRace)) throw error;
        this.onEvent?.({ kind: 'lost-race', attempt });
        if (attempt >= maxTransactionAttempts) {
          throw new StoreUnavailable(`the database is too contended right now (${error.message})`, 'storage-busy', 1, { cause: error });
        }
        // A little spread so that many losers of one race do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  ping(): Promise<void> {
    return this.driver.ping();
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
