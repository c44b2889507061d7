/**
 * The body of a hashing worker thread. It is shipped to `new Worker(source, { eval: true })` as
 * text (see worker-pool.ts), so it must be self-contained: no imports, no closures, only the
 * `require` it is given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Jobs: `hash` opens each file without following symlinks, reads it through one reused buffer and
 * returns its git blob id (`sha1("blob <size>\0" + bytes)`), size and exec bit; `stat` only
 * lstat()s (the git fast path already knows the blob id and must not read the bytes).
 * Replies are packed (typed arrays, one string of digests) to keep cloning and GC cheap.
 */

export interface WorkerJob {
  id: number;
  kind: 'hash' | 'stat';
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
  /** 40 hex characters per path for `hash` jobs (zeros where a problem is reported). */
  blobs: string;
  problems: WorkerProblem[];
  bytesRead: number;
}

export function blobWorkerMain(nodeRequire: (id: string) => unknown): void {
  const { parentPort } = nodeRequire('node:worker_threads') as typeof import('node:worker_threads');
  const fs = nodeRequire('node:fs') as typeof import('node:fs');
  const crypto = nodeRequire('node:crypto') as typeof import('node:crypto');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  const NO_BLOB = '0'.repeat(40);

  function describe(stats: import('node:fs').Stats): string {
    if (stats.isSymbolicLink()) return 'a symlink';
    if (stats.isDirectory()) return 'a directory';
    if (stats.isFIFO()) return 'a FIFO';
    if (stats.isSocket()) return 'a socket';
    return 'a device';
  }

  parentPort?.on('message', (job: WorkerJob) => {
    const count = job.paths.length;
    const reply: WorkerReply = { id: job.id, sizes: new Float64Array(count), executable: new Uint8Array(count), blobs: '', problems: [], bytesRead: 0 };
    const digests: string[] = [];
    const fail = (index: number, error: unknown) => {
      const e = error as NodeJS.ErrnoException;
      reply.problems.push({ index, kind: 'error', code: e.code ?? 'EIO', message: e.message });
    };
    for (let index = 0; index < count; index++) {
      const path = job.paths[index] as string;
      if (job.kind === 'stat') {
        try {
          const stats = fs.lstatSync(path);
          if (!stats.isFile()) reply.problems.push({ index, kind: 'other', code: 'ETYPE', message: describe(stats) });
          reply.sizes[index] = stats.size;
          reply.executable[index] = stats.mode & 0o100 ? 1 : 0;
        } catch (error) {
          fail(index, error);
        }
        continue;
      }
      let digest = NO_BLOB;
      let fd = -1;
      try {
        // O_NOFOLLOW: a file replaced by a symlink after the walk fails with ELOOP instead of being followed.
        fd = fs.openSync(path, flags);
        const stats = fs.fstatSync(fd);
        if (!stats.isFile()) {
          reply.problems.push({ index, kind: 'other', code: 'ETYPE', message: describe(stats) });
        } else {
          const size = stats.size;
          const hash = crypto.createHash('sha1');
          hash.update(`blob ${size}\0`, 'latin1');
          let total = 0;
          for (;;) {
            const n = fs.readSync(fd, buffer, 0, buffer.length, null);
            if (n === 0) break;
            hash.update(buffer.subarray(0, n));
            total += n;
          }
          reply.bytesRead += total;
          if (total !== size) {
            reply.problems.push({ index, kind: 'error', code: 'ECHANGED', message: `${size} bytes expected, ${total} read` });
          } else {
            digest = hash.digest('hex');
            reply.sizes[index] = size;
            reply.executable[index] = stats.mode & 0o100 ? 1 : 0;
          }
        }
      } catch (error) {
        fail(index, error);
      } finally {
        if (fd >= 0) fs.closeSync(fd);
      }
      digests.push(digest);
    }
    reply.blobs = digests.join('');
    parentPort.postMessage(reply);
  });
}
