/**
 * The body of a hashing worker thread. It is shipped to `new Worker(source, { eval: true })` as
 * text (see worker-pool.ts), so it must be self-contained: no imports, no closures, only the
 * `require` it is given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Jobs: `hash` opens each file without following symlinks, reads it through one reused buffer and
 * returns its git blob id (`sha1("blob <size>\0" + bytes)`), size and exec bit; `stat` only
 * lstat()s (the git fast path already knows the blob id and must not read the bytes).
 */

export interface WorkerJob {
  id: number;
  kind: 'hash' | 'stat';
  paths: string[];
}

export type WorkerFileResult =
  | { size: number; executable: boolean; blob?: string; kind: 'file' }
  | { kind: 'other'; description: string }
  | { kind: 'error'; code: string; message: string };

export interface WorkerReply {
  id: number;
  results: WorkerFileResult[];
  bytesRead: number;
}

export function blobWorkerMain(nodeRequire: (id: string) => unknown): void {
  const { parentPort } = nodeRequire('node:worker_threads') as typeof import('node:worker_threads');
  const fs = nodeRequire('node:fs') as typeof import('node:fs');
  const crypto = nodeRequire('node:crypto') as typeof import('node:crypto');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

  function describe(stats: import('node:fs').Stats): string {
    if (stats.isSymbolicLink()) return 'a symlink';
    if (stats.isDirectory()) return 'a directory';
    if (stats.isFIFO()) return 'a FIFO';
    if (stats.isSocket()) return 'a socket';
    return 'a device';
  }

  function failure(error: unknown): WorkerFileResult {
    const e = error as NodeJS.ErrnoException;
    return { kind: 'error', code: e.code ?? 'EIO', message: e.message };
  }

  function hashFile(path: string, counter: { bytes: number }): WorkerFileResult {
    let fd: number;
    try {
      fd = fs.openSync(path, flags);
    } catch (error) {
      // ELOOP: it became a symlink after the walk saw a file.
      return failure(error);
    }
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) return { kind: 'other', description: describe(stats) };
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
      counter.bytes += total;
      if (total !== size) {
        return { kind: 'error', code: 'ECHANGED', message: `${path} changed while it was being hashed (${size} bytes expected, ${total} read)` };
      }
      return { kind: 'file', size, executable: (stats.mode & 0o100) !== 0, blob: hash.digest('hex') };
    } catch (error) {
      return failure(error);
    } finally {
      fs.closeSync(fd);
    }
  }

  function statFile(path: string): WorkerFileResult {
    try {
      const stats = fs.lstatSync(path);
      if (!stats.isFile()) return { kind: 'other', description: describe(stats) };
      return { kind: 'file', size: stats.size, executable: (stats.mode & 0o100) !== 0 };
    } catch (error) {
      return failure(error);
    }
  }

  parentPort?.on('message', (job: WorkerJob) => {
    const counter = { bytes: 0 };
    const results = job.paths.map((path) => (job.kind === 'hash' ? hashFile(path, counter) : statFile(path)));
    const reply: WorkerReply = { id: job.id, results, bytesRead: counter.bytes };
    parentPort.postMessage(reply);
  });
}
