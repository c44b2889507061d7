import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Pieces are gathered up to this size before a write: few system calls, little memory. */
const WRITE_CHUNK = 1 << 16;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

/**
 * Writes `text` to `file` all at once: a temporary file beside it, then a rename, so no reader ever
 * sees half a file. `text` may come in pieces (a large manifest is never held whole). `mode` is the
 * new file's permissions (e.g. to keep a config file private).
 */
export function writeFileAtomically(file: string, text: string | Iterable<string>, mode?: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w', mode);
    let pending = '';
    for (const piece of typeof text === 'string' ? [text] : text) {
      pending += piece;
      if (pending.length >= WRITE_CHUNK) {
        writeAll(fd, pending);
        pending = '';
      }
    }
    if (pending !== '') writeAll(fd, pending);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
