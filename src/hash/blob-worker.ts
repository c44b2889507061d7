/**
 * Hashing a batch of files to git blob ids. `hashBatch` runs in worker threads and, for a handful
 * of files, on the main thread. Both functions here are shipped to `new Worker(source, { eval: true })`
 * as text (see hash-files.ts), so they must be self-contained: no imports, no closures, only what
 * they are given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Each file is opened without following symlinks, read through one reused buffer and hashed as
 * `sha1("blob <size>\0" + bytes)` (in one call when it fits the buffer). Replies are packed (typed arrays, one string of digests) to keep
 * cloning and GC cheap.
 */

export interface WorkerJob {
  id: number;
  /** Folder the paths are relative to ('' when they are absolute). */
  root: string;
  paths: string[];
}

export interface WorkerProblem {
  index: number;
  /** `other`: not a regular file any more; `error`: could not be read. */
  kind: 'other' | 'error';
  code: string;
  message: string;
}

export interface WorkerReply {
  id: number;
  sizes: Float64Array;
  /** 1 when the owner-execute bit is set. */
  executable: Uint8Array;
  /** 40 hex characters per path (zeros where a problem is reported). */
  blobs: string;
  problems: WorkerProblem[];
  bytesRead: number;
}

/** What hashBatch needs of node:crypto: a thread passes node:crypto itself, the main thread core/digest.ts (which does not load it for small files). */
export interface BlobHashing {
  hash(algorithm: 'sha1', data: Uint8Array): string;
  createHash(algorithm: 'sha1'): { update(data: string | Uint8Array): unknown; digest(encoding: 'hex'): string };
}

export interface HashDeps {
  fs: typeof import('node:fs');
  crypto: BlobHashing;
  buffer: Buffer;
}

export function hashBatch(job: WorkerJob, deps: HashDeps): WorkerReply {
  const { fs, crypto, buffer } = deps;
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  const count = job.paths.length;
  const reply: WorkerReply = {
    id: job.id,
    sizes: new Float64Array(count),
    executable: new Uint8Array(count),
    blobs: '',
    problems: [],
    bytesRead: 0,
  };
  const digests: string[] = [];
  for (let index = 0; index < count; index++) {
    const path = job.root === '' ? (job.paths[index] as string) : `${job.root}/${job.paths[index] as string}`;
    let digest = '0000000000000000000000000000000000000000';
    let fd = -1;
    try {
      // O_NOFOLLOW: a file replaced by a symlink after the walk fails with ELOOP instead of being followed.
      fd = fs.openSync(path, flags);
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) {
        const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : 'a device';
        reply.problems.push({ index, kind: 'other', code: 'ETYPE', message: what });
      } else {
        const size = stats.size;
        const header = `blob ${size}\0`;
        let total = 0;
        if (size + header.length < buffer.length) {
          // Small file (most of them): header and bytes in the buffer, hashed in one call. Reading
          // stops at the size fstat gave rather than at end of file: one read call per file instead
          // of two (20,000 files: 20,000 calls fewer); a file that shrank still shows, like git, which
          // also reads the size it stat'ed.
          const start = buffer.write(header, 0, 'latin1');
          while (total < size) {
            const n = fs.readSync(fd, buffer, start + total, size - total, null);
            if (n === 0) break;
            total += n;
          }
          if (total === size) digest = crypto.hash('sha1', buffer.subarray(0, start + total));
        } else {
          const hash = crypto.createHash('sha1');
          hash.update(header); // ASCII: the same bytes in any encoding
          for (;;) {
            const n = fs.readSync(fd, buffer, 0, buffer.length, null);
            if (n === 0) break;
            hash.update(buffer.subarray(0, n));
            total += n;
          }
          if (total === size) digest = hash.digest('hex');
        }
        reply.bytesRead += total;
        if (total !== size) {
          reply.problems.push({ index, kind: 'error', code: 'ECHANGED', message: `${size} bytes expected, ${total} read` });
        } else {
          reply.sizes[index] = size;
          reply.executable[index] = stats.mode & 0o100 ? 1 : 0;
        }
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      reply.problems.push({ index, kind: 'error', code: e.code ?? 'EIO', message: e.message });
    } finally {
      if (fd >= 0) fs.closeSync(fd);
    }
    digests.push(digest);
  }
  reply.blobs = digests.join('');
  return reply;
}

/** A worker thread's entry point: answers every job with hashBatch. */
export function blobWorkerMain(nodeRequire: (id: string) => unknown, hash: typeof hashBatch): void {
  const { parentPort } = nodeRequire('node:worker_threads') as typeof import('node:worker_threads');
  const deps: HashDeps = {
    fs: nodeRequire('node:fs') as typeof import('node:fs'),
    crypto: nodeRequire('node:crypto') as BlobHashing,
    buffer: Buffer.allocUnsafe(1 << 20),
  };
  parentPort?.on('message', (job: WorkerJob) => parentPort.postMessage(hash(job, deps)));
}
