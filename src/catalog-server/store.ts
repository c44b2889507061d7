/**
 * The catalog's storage, as one interface with two backends: a SQLite file through `node:sqlite`
 * (the zero-setup default) and PostgreSQL through `pg` (several replicas in front of one database).
 * `openStore` (open-store.ts) picks the backend from the `--db` value and applies the migrations.
 *
 * Every promise of the contract is kept by the database, never by a lock inside one process, so it
 * holds for any number of replicas: a change and its stored idempotent response commit in one
 * transaction; a unique constraint decides which of two creators wins; a compare-and-set UPDATE
 * (`… WHERE etag = <the ETag the request was checked against>`) decides which of two writers of an
 * attachment or a channel wins. A writer that loses such a race (`LostRace`) has its transaction
 * rolled back and run again from the start: it then reads the winner's state and answers as if it
 * had come second (200 replay, 409, 412, 422).
 */
import type { Attachment, Channel, Image, ImageCreate, Promotion, Version, VersionCreate } from '../platform/catalog/types.js';

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

export interface PageOf<T> {
  items: T[];
  /** Cursor of the last item on this page. */
  lastSeq: number;
  more: boolean;
}

export type VersionOutcome = 'created' | 'existing' | 'conflict';

/** What any connection may read, inside or outside a transaction. */
export interface CatalogReads {
  getImage(name: string): Promise<Image | undefined>;
  getVersion(image: string, version: string): Promise<Version | undefined>;
  /** Versions of an image in creation order after the cursor `afterSeq`. */
  listVersions(image: string, afterSeq: number, limit: number): Promise<PageOf<Version>>;
  getAttachment(target: string): Promise<Tagged<Attachment> | undefined>;
  countAttachmentChanges(target: string): Promise<number>;
  getChannel(image: string, channel: string): Promise<Tagged<Channel> | undefined>;
  listPromotions(image: string, channel: string, afterSeq: number, limit: number): Promise<PageOf<Promotion>>;
}

/** The changes, only inside `CatalogStore.transaction`. Methods throw `LostRace` when a concurrent writer won. */
export interface CatalogWrites extends CatalogReads {
  findResponse(principal: string, key: string): Promise<StoredResponse | undefined>;
  /** Stores the response of a successful POST; `LostRace` when the key was stored meanwhile. */
  saveResponse(principal: string, key: string, response: StoredResponse): Promise<void>;
  /** Forgets stored responses older than `maxAgeMs` (at most once a minute per store). */
  purgeResponses(maxAgeMs: number): Promise<void>;
  /** Creates the image unless it exists; an existing image is returned as it is. */
  ensureImage(input: ImageCreate, by: string): Promise<{ created: boolean; image: Image }>;
  /** Same name and digest → `existing`; same name, other digest → `conflict`; both return the stored record unchanged. */
  createVersion(image: string, input: VersionCreate, by: string): Promise<{ outcome: VersionOutcome; version: Version }>;
  /**
   * Points the target at the version, provided the attachment is still `current` (read in this
   * transaction and checked against the request's preconditions).
   */
  setAttachment(
    target: string,
    version: Version,
    current: Tagged<Attachment> | undefined,
    by: string,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; attachment: Tagged<Attachment> }>;
  /** Moves the channel to the version, provided it is still `current`, and records the promotion. */
  promote(
    version: Version,
    channel: string,
    current: Tagged<Channel> | undefined,
    reason: string | undefined,
    by: string,
  ): Promise<{ promotion: Promotion; channel: Tagged<Channel> }>;
}

export type Backend = 'sqlite' | 'postgres';

export interface CatalogStore extends CatalogReads {
  readonly backend: Backend;
  /** Where the data lives, for logs (a PostgreSQL URL without its password). */
  readonly location: string;
  /** Migration versions this store applied when it opened (empty when another replica had). */
  readonly migrationsApplied: readonly number[];
  /**
   * Runs `work` in one transaction: committed when it returns, rolled back when it throws. After a
   * `LostRace` the whole of `work` runs again on fresh reads (a few times at most).
   */
  transaction<T>(work: (tx: CatalogWrites) => Promise<T>): Promise<T>;
  /** Throws `StoreUnavailable` when the database cannot answer now. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A concurrent writer changed what this transaction decided on; the transaction is run again. */
export class LostRace extends Error {
  constructor(what: string) {
    super(`lost a race: ${what}`);
    this.name = 'LostRace';
  }
}

/** The database cannot answer now (down, restarting, busy): the request may be retried. */
export class StoreUnavailable extends Error {
  constructor(
    message: string,
    /** Problem code: `storage-busy` (SQLite lock) or `storage-unavailable` (no connection). */
    readonly code: 'storage-busy' | 'storage-unavailable',
    readonly retryAfterSeconds = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}

export interface OpenStoreOptions {
  /** Clock for stored timestamps (tests). */
  now?: () => Date;
  /** PostgreSQL: connections per replica (default 10). */
  poolSize?: number;
  /** Told about events worth a log line or a metric. */
  onEvent?: (event: StoreEvent) => void;
}

export type StoreEvent = { kind: 'lost-race'; attempt: number } | { kind: 'connection-error'; message: string };
