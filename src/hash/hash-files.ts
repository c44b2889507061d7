/**
 * Hashes files to git blob ids on every core. Files are added as the scan finds them; once a few
 * dozen are waiting, a pool of worker threads (one per core) starts and pulls them in small
 * batches as each thread becomes free, so a few large files do not leave one core idle while the
 * other works, and hashing overlaps the rest of the scan. A handful of small files is hashed on the
 * main thread instead: starting threads would cost more than it saves (the common case on a clean
 * git checkout, and the whole of a one-file context).
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { blobWorkerMain, hashBatch, type BlobHashing, type WorkerJob, type WorkerProblem, type WorkerReply } from './blob-worker.js';
import { hashHex, IncrementalHash } from '../core/digest.js';

/** The main thread's hashing: node:crypto is loaded only for a large file (core/digest.ts). */
const mainThreadHashing: BlobHashing = { hash: hashHex, createHash: (algorithm) => new IncrementalHash(algorithm) };

const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require, ${hashBatch.toString()});`;

/** Up to this many files, and this many bytes, the main thread hashes them itself. */
const INLINE_FILES = 64;
const INLINE_BYTES = 8 << 20;
/**
 * Paths per message to a thread: about BATCH_BYTES of files once the first replies tell their
 * average size, within [BATCH_MIN, BATCH_MAX]. Every message costs both threads a little, which for
 * 20,000 small files added up to ~50 ms of 0.9 s; large files keep small batches, so the last ones
 * still spread over the threads. Two messages in flight per thread so it never waits for the main
 * thread.
 */
const BATCH_MIN = 16;
const BATCH_MAX = 128;
const BATCH_BYTES = 2 << 20;
const IN_FLIGHT = 2;

/** Paths per message for files of this average size so far. */
export function batchSizeFor(averageBytes: number): number {
  return Math.min(BATCH_MAX, Math.max(BATCH_MIN, Math.floor(BATCH_BYTES / Math.max(1, averageBytes))));
}

export interface HashResults {
  sizes: number[];
  /** 1 when the owner-execute bit is set. */
  executable: number[];
  /** Git blob ids (40 hex), indexed like the paths given. */
  blobs: string[];
  /** Problems by index into the paths given. */
  problems: Map<number, WorkerProblem>;
  bytesRead: number;
  /** Threads used (0: the main thread did it). */
  threads: number;
}

export interface HashFilesOptions {
  /** Thread count (default: one per core). */
  threads?: number;
  /** Folder the added paths are relative to (default: they are absolute). Saves a long string per file. */
  root?: string;
}

interface PoolThread {
  worker: import('node:worker_threads').Worker;
  inFlight: number;
}

/** Takes paths one at a time; `finish` resolves with every result, indexed in the order added. */
export class BlobHasher {
  readonly paths: string[] = [];
  private readonly sizeHints: number[] = [];
  private readonly results: HashResults = { sizes: [], executable: [], blobs: [], problems: new Map(), bytesRead: 0, threads: 0 };
  private pool: PoolThread[] | undefined;
  private readonly starts = new Map<number, number>();
  private nextJob = 0;
  /** Paths per message now (see BATCH_BYTES). */
  private batch = BATCH_MIN;
  private dispatched = 0;
  private completed = 0;
  private sealed = false;
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  private readonly root: string;

  constructor(private readonly options: HashFilesOptions = {}) {
    this.root = options.root ?? '';
  }

  /** `size` when already known (it only helps decide whether threads are worth starting). */
  add(file: string, size = -1): void {
    this.paths.push(file);
    this.sizeHints.push(size);
    if (this.pool) {
      if (this.paths.length - this.dispatched >= this.batch) this.pump();
    } else if (this.paths.length >= INLINE_FILES) {
      this.startPool();
    }
  }

  async finish(): Promise<HashResults> {
    this.sealed = true;
    if (!this.pool && this.paths.length > 0) {
      if (this.paths.length > 1 && this.knownBytes() > INLINE_BYTES) this.startPool();
      else
        this.absorb(
          hashBatch({ id: 0, root: this.root, paths: this.paths }, { fs, crypto: mainThreadHashing, buffer: Buffer.allocUnsafe(1 << 20) }),
          0,
        );
    }
    if (this.pool) {
      try {
        await new Promise<void>((resolve, reject) => {
          this.settle = { resolve, reject };
          this.pump();
          this.checkDone();
        });
      } finally {
        await Promise.all(this.pool.map((thread) => thread.worker.terminate()));
      }
    }
    return this.results;
  }

  /** Stops the threads without waiting for the files still queued (the hash failed elsewhere). */
  async abort(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await Promise.all((pool ?? []).map((thread) => thread.worker.terminate()));
  }

  private knownBytes(): number {
    let total = 0;
    this.paths.forEach((file, i) => {
      const hint = this.sizeHints[i] as number;
      total += hint >= 0 ? hint : (fs.lstatSync(this.root === '' ? file : `${this.root}/${file}`, { throwIfNoEntry: false })?.size ?? 0);
    });
    return total;
  }

  private startPool(): void {
    // Loaded only when threads start (a one-file context never needs them).
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const threads = Math.max(1, this.options.threads ?? availableParallelism());
    this.results.threads = threads;
    this.pool = Array.from({ length: threads }, () => {
      // A small young generation: a thread allocates little beyond its read buffer (memory target: 200 MB for 100,000 files).
      const worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      const thread: PoolThread = { worker, inFlight: 0 };
      thread.worker.on('message', (reply: WorkerReply) => {
        thread.inFlight--;
        this.absorb(reply, this.starts.get(reply.id) ?? 0);
        this.starts.delete(reply.id);
        this.completed += reply.blobs.length / 40;
        this.batch = batchSizeFor(this.results.bytesRead / this.completed);
        this.pump();
        this.checkDone();
      });
      thread.worker.on('error', (error) => {
        this.failure ??= error;
        this.checkDone();
      });
      return thread;
    });
    this.pump();
  }

  /** Sends waiting paths to threads with room; a partial batch only when nothing more is coming soon. */
  private pump(): void {
    for (const thread of this.pool ?? []) {
      while (thread.inFlight < IN_FLIGHT && this.dispatched < this.paths.length) {
        const waiting = this.paths.length - this.dispatched;
        if (waiting < this.batch && !this.sealed && thread.inFlight > 0) break;
        const start = this.dispatched;
        this.dispatched = Math.min(this.paths.length, start + this.batch);
        const job: WorkerJob = { id: this.nextJob++, root: this.root, paths: this.paths.slice(start, this.dispatched) };
        this.starts.set(job.id, start);
        thread.inFlight++;
        thread.worker.postMessage(job);
      }
    }
  }

  private checkDone(): void {
    if (!this.settle) return;
    if (this.failure) this.settle.reject(this.failure);
    else if (this.sealed && this.completed === this.paths.length) this.settle.resolve();
  }

  private absorb(reply: WorkerReply, start: number): void {
    const { results } = this;
    const count = reply.blobs.length / 40;
    for (let i = 0; i < count; i++) {
      results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
      results.sizes[start + i] = reply.sizes[i] as number;
      results.executable[start + i] = reply.executable[i] as number;
    }
    for (const problem of reply.problems) results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
    results.bytesRead += reply.bytesRead;
  }
}

/** Hashes every path; results are indexed like `paths`. */
export async function hashFiles(paths: readonly string[], options: HashFilesOptions = {}): Promise<HashResults> {
  const hasher = new BlobHasher(options);
  for (const file of paths) hasher.add(file);
  return hasher.finish();
}
