/**
 * Hashes files to git blob ids on every core: a pool of worker threads (one per core by default)
 * takes the paths in batches as threads become free, so a few large files do not leave one core
 * idle while the other works. A handful of files is hashed on the main thread instead: starting
 * threads would cost more than it saves (the common case on a clean git checkout).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { blobWorkerMain, hashBatch, type WorkerJob, type WorkerProblem, type WorkerReply } from './blob-worker.js';

const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require, ${hashBatch.toString()});`;

/** Below both limits the main thread hashes the files itself. */
const INLINE_FILES = 64;
const INLINE_BYTES = 8 << 20;

export interface HashResults {
  sizes: Float64Array;
  executable: Uint8Array;
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
  /** Sizes seen by the walk, to decide between the main thread and the pool. */
  expectedBytes?: number;
}

function absorb(results: HashResults, reply: WorkerReply, start: number): void {
  results.sizes.set(reply.sizes, start);
  results.executable.set(reply.executable, start);
  const count = reply.blobs.length / 40;
  for (let i = 0; i < count; i++) results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
  for (const problem of reply.problems) results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
  results.bytesRead += reply.bytesRead;
}

/** Hashes every path; results are indexed like `paths`. */
export async function hashFiles(paths: readonly string[], options: HashFilesOptions = {}): Promise<HashResults> {
  const results: HashResults = {
    sizes: new Float64Array(paths.length),
    executable: new Uint8Array(paths.length),
    blobs: new Array<string>(paths.length).fill(''),
    problems: new Map(),
    bytesRead: 0,
    threads: 0,
  };
  if (paths.length === 0) return results;
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (paths.length <= INLINE_FILES && (options.expectedBytes ?? 0) <= INLINE_BYTES) {
    absorb(results, hashBatch({ id: 0, paths: [...paths] }, { fs, crypto, buffer: Buffer.allocUnsafe(1 << 20) }), 0);
    return results;
  }
  results.threads = threads;
  const batchSize = Math.max(1, Math.min(32, Math.ceil(paths.length / (threads * 4))));
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true }));
  let next = 0;
  let jobId = 0;
  const starts = new Map<number, number>();
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next >= paths.length) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight++;
              const start = next;
              next = Math.min(paths.length, next + batchSize);
              const job: WorkerJob = { id: jobId++, paths: paths.slice(start, next) };
              starts.set(job.id, start);
              worker.postMessage(job);
            };
            worker.on('message', (reply: WorkerReply) => {
              inFlight--;
              absorb(results, reply, starts.get(reply.id) ?? 0);
              starts.delete(reply.id);
              send();
            });
            worker.on('error', reject);
            // Two batches in flight, so a thread never waits for the main thread between batches.
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
