/**
 * A small pool of hashing threads (one per core by default): jobs are handed out in batches as
 * threads become free, so a few large files do not leave one core idle while the other works.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { blobWorkerMain, type WorkerFileResult, type WorkerJob, type WorkerReply } from './blob-worker.js';

const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require);`;

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

  /** Runs `kind` over every path; results come back in the order of `paths`. */
  async run(kind: WorkerJob['kind'], paths: readonly string[], batchSize = kind === 'hash' ? 32 : 512): Promise<WorkerFileResult[]> {
    const results = new Array<WorkerFileResult>(paths.length);
    if (paths.length === 0) return results;
    if (kind === 'hash') this.stats.readPaths.push(...paths);
    let next = 0;
    let jobId = 0;
    const starts = new Map<number, number>();

    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= paths.length) {
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.unref();
                resolve();
                return;
              }
              const start = next;
              next = Math.min(paths.length, next + batchSize);
              const job: WorkerJob = { id: jobId++, kind, paths: paths.slice(start, next) };
              starts.set(job.id, start);
              worker.postMessage(job);
            };
            const onMessage = (reply: WorkerReply) => {
              const start = starts.get(reply.id) ?? 0;
              starts.delete(reply.id);
              reply.results.forEach((result, i) => (results[start + i] = result));
              this.stats.bytesRead += reply.bytesRead;
              send();
            };
            const onError = (error: Error) => reject(error);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.ref();
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
