/**
 * A small pool of hashing threads (one per core by default): paths are handed out in batches as
 * threads become free, so a few large files do not leave one core idle while the other works.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { blobWorkerMain, type WorkerJob, type WorkerProblem, type WorkerReply } from './blob-worker.js';

const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require);`;

export interface PoolResults {
  sizes: Float64Array;
  executable: Uint8Array;
  /** Git blob ids (40 hex) for `hash` runs; empty strings for `stat` runs or failed files. */
  blobs: string[];
  /** Problems by index into the paths given. */
  problems: Map<number, WorkerProblem>;
}

export interface PoolStats {
  /** Absolute paths whose bytes were read (the fast-path tests check that clean files are not here). */
  readPaths: string[];
  bytesRead: number;
}

export class WorkerPool {
  private readonly workers: Worker[];
  readonly stats: PoolStats = { readPaths: [], bytesRead: 0 };

  constructor(size = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      // Idle threads must not keep the process alive; run() holds them while it waits.
      worker.unref();
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs `kind` over every path; results are indexed like `paths`. */
  async run(kind: WorkerJob['kind'], paths: readonly string[], batchSize = kind === 'hash' ? 32 : 1024): Promise<PoolResults> {
    const results: PoolResults = { sizes: new Float64Array(paths.length), executable: new Uint8Array(paths.length), blobs: new Array<string>(paths.length).fill(''), problems: new Map() };
    if (paths.length === 0) return results;
    if (kind === 'hash') this.stats.readPaths.push(...paths);
    let next = 0;
    let jobId = 0;
    const starts = new Map<number, number>();

    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next >= paths.length) {
                if (inFlight > 0) return;
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.unref();
                resolve();
                return;
              }
              inFlight++;
              const start = next;
              next = Math.min(paths.length, next + batchSize);
              const job: WorkerJob = { id: jobId++, kind, paths: paths.slice(start, next) };
              starts.set(job.id, start);
              worker.postMessage(job);
            };
            const onMessage = (reply: WorkerReply) => {
              inFlight--;
              const start = starts.get(reply.id) ?? 0;
              starts.delete(reply.id);
              results.sizes.set(reply.sizes, start);
              results.executable.set(reply.executable, start);
              for (let i = 0; i < reply.blobs.length / 40; i++) results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
              for (const problem of reply.problems) results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
              this.stats.bytesRead += reply.bytesRead;
              send();
            };
            const onError = (error: Error) => reject(error);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.ref();
            // Two batches in flight, so a thread never waits for the main thread between batches.
            send();
            send();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
