/**
 * The build context as data: one entry per path Docker sends, and the tree digest over them.
 *
 * Recipe (h1):
 * - a file's digest is the git blob id of its bytes, `sha1("blob <size>\0" + bytes)`, so that a
 *   clean git checkout can take it from the index without reading the file (the fast path) and
 *   still give the same result as reading it;
 * - only the executable bit of a file counts (git's model), never the rest of the mode, uid,
 *   gid or times;
 * - a symlink is its target string, never followed; a directory counts even when empty;
 * - records are sorted by path (UTF-8 byte order) and framed with NUL after every field (paths and
 *   link targets cannot contain NUL, and the record type fixes the number of fields), then
 *   SHA-256'd.
 */
import { IncrementalHash } from './digest.js';
import { comparePackedPath, PACKED_OID_BYTES, packedOid, packedPath, type PackedNames } from './git/packed-names.js';

export type ContextEntry =
  | { path: string; type: 'file'; mode: '644' | '755'; digest: string; size: number }
  | { path: string; type: 'symlink'; target: string }
  | { path: string; type: 'dir' };

export const BLOB_PREFIX = 'git-blob:';

/** Git's blob header for `size` bytes; the per-file digest is sha1(header + bytes). */
export function blobHeader(size: number): Buffer {
  return Buffer.from(`blob ${size}\0`, 'latin1');
}

/** The per-file digest of in-memory bytes (the workers compute the same thing while streaming). */
export function blobDigest(bytes: Uint8Array): string {
  return BLOB_PREFIX + new IncrementalHash('sha1').update(blobHeader(bytes.length)).update(bytes).digest('hex');
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Compares paths by Unicode code point, which is UTF-8 byte order (JS `<` compares UTF-16 units). */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  // Without astral characters UTF-16 order is code point order: let the engine compare.
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (0xD800–0xDFFF) encode code points above every BMP character.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** The fastest comparison that puts these paths in UTF-8 byte order: the engine's own unless one has an astral character. */
export function comparatorFor(paths: readonly string[]): (a: string, b: string) => number {
  return paths.some((path) => SURROGATE.test(path)) ? comparePaths : (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts by path in UTF-8 byte order (the native comparison is the same unless a path has astral characters). */
export function sortEntries<T extends { path: string }>(entries: T[]): T[] {
  if (entries.some((entry) => SURROGATE.test(entry.path))) return entries.sort((a, b) => comparePaths(a.path, b.path));
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isSorted(entries: readonly { path: string }[]): boolean {
  const astral = entries.some((entry) => SURROGATE.test(entry.path));
  for (let i = 1; i < entries.length; i++) {
    const a = (entries[i - 1] as { path: string }).path;
    const b = (entries[i] as { path: string }).path;
    if (astral ? comparePaths(a, b) >= 0 : !(a < b)) return false;
  }
  return true;
}

/** The framed record of one entry, exactly as it enters the tree digest. */
export function entryRecord(entry: ContextEntry): string {
  switch (entry.type) {
    case 'file':
      return `file\0${entry.path}\0${entry.mode}\0${entry.digest}\0`;
    case 'symlink':
      return `symlink\0${entry.path}\0${entry.target}\0`;
    case 'dir':
      return `dir\0${entry.path}\0`;
  }
}

/**
 * Files of the context taken as they are from git's index without an object each (the fast path):
 * their paths and blob ids stay bytes in the listing's buffers. `chosen` holds the listing
 * positions that are files of the context, ascending, which is path order; `modes` are index
 * modes (0o100644, 0o100755) and `sizes` the sizes git recorded, by listing position.
 */
export interface PackedFiles {
  names: PackedNames;
  modes: Uint32Array;
  sizes: Uint32Array;
  chosen: Uint32Array;
}

const EXECUTABLE_INDEX_MODE = 0o100755;

/** The entries of packed files, as objects (for the manifest and explain, which want them one by one). */
export function unpackFiles(packed: PackedFiles): ContextEntry[] {
  const { names, modes, sizes, chosen } = packed;
  return Array.from(chosen, (i): ContextEntry => ({
    path: packedPath(names, i),
    type: 'file',
    mode: modes[i] === EXECUTABLE_INDEX_MODE ? '755' : '644',
    digest: BLOB_PREFIX + packedOid(names, i),
    size: sizes[i] ?? 0,
  }));
}

const HEX = Buffer.from('0123456789abcdef');
const FILE_HEAD = Buffer.from('file\0');
const MODE_644 = Buffer.from('\x00644\x00git-blob:');
const MODE_755 = Buffer.from('\x00755\x00git-blob:');
/** A packed file's record without its name: head, mode and prefix, 40 hex digits, NUL. */
const PACKED_RECORD_BYTES = FILE_HEAD.length + MODE_644.length + 2 * PACKED_OID_BYTES + 1;

/**
 * Records written into one reused buffer and hashed a buffer at a time: packed files need no
 * string each, and there are few calls into the hash. The loop over packed files is written out
 * in one function: it runs once per process, mostly before V8 optimizes it, when every call costs.
 */
class RecordWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;

  constructor(private readonly hash: IncrementalHash) {}

  text(record: string): void {
    if (this.used + 3 * record.length > this.buffer.length) this.flush();
    if (3 * record.length > this.buffer.length) this.hash.update(record);
    else this.used += this.buffer.write(record, this.used, 'utf8');
  }

  /** The records of packed files chosen[from, to). */
  packedFiles(packed: PackedFiles, from: number, to: number): void {
    const { names, starts, ends, oids, oidStarts } = packed.names;
    const { chosen, modes } = packed;
    const buffer = this.buffer;
    let at = this.used;
    for (let k = from; k < to; k++) {
      const i = chosen[k] as number;
      const start = starts[i] as number;
      const end = ends[i] as number;
      if (at + PACKED_RECORD_BYTES + end - start > buffer.length) {
        this.used = at;
        this.flush();
        at = 0;
      }
      buffer.set(FILE_HEAD, at);
      at += FILE_HEAD.length;
      if (PACKED_RECORD_BYTES + end - start > buffer.length) {
        // A name longer than the buffer (git allows 4 KB, file systems more): hashed where it is.
        this.used = at;
        this.flush();
        this.hash.update(names.subarray(start, end));
        at = 0;
      } else {
        at += names.copy(buffer, at, start, end);
      }
      const mode = modes[i] === EXECUTABLE_INDEX_MODE ? MODE_755 : MODE_644;
      buffer.set(mode, at);
      at += mode.length;
      for (let b = oidStarts[i] as number, last = b + PACKED_OID_BYTES; b < last; b++) {
        const byte = oids[b] as number;
        buffer[at++] = HEX[byte >> 4] as number;
        buffer[at++] = HEX[byte & 15] as number;
      }
      buffer[at++] = 0;
    }
    this.used = at;
  }

  flush(): void {
    if (this.used > 0) this.hash.update(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** The first position in chosen[from, length) whose name sorts after `key` (chosen is in path order). */
function firstAfter(packed: PackedFiles, key: Uint8Array, from: number): number {
  let low = from;
  let high = packed.chosen.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePackedPath(packed.names, packed.chosen[middle] as number, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sorted entries and the packed files, merged in path order, into `hash`. */
function hashWithPacked(sorted: readonly ContextEntry[], packed: PackedFiles, hash: IncrementalHash): void {
  const writer = new RecordWriter(hash);
  let k = 0;
  for (let e = 0; e < sorted.length; e++) {
    const entry = sorted[e] as ContextEntry;
    // A binary search per entry: entries are few next to packed files (folders, files git did not vouch for).
    const until = firstAfter(packed, Buffer.from(entry.path), k);
    writer.packedFiles(packed, k, until);
    k = until;
    writer.text(entryRecord(entry));
  }
  writer.packedFiles(packed, k, packed.chosen.length);
  writer.flush();
}

/** `sha256:<hex>` over the sorted, framed records (of `entries` and of the `packed` files, when given). */
export function treeDigest(entries: readonly ContextEntry[], packed?: PackedFiles): string {
  const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
  if (packed && packed.chosen.length > 0) {
    const hash = new IncrementalHash('sha256');
    hashWithPacked(sorted, packed, hash);
    return `sha256:${hash.digest('hex')}`;
  }
  // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
  // built, and there are few calls into the hash (one per record cost more than the hashing).
  const hash = new IncrementalHash('sha256');
  let piece = '';
  // Indexed loops here: a for-of allocates an iterator result per step until V8 optimizes it.
  for (let i = 0; i < sorted.length; i++) {
    piece += entryRecord(sorted[i] as ContextEntry);
    if (piece.length >= 1 << 16) {
      hash.update(piece);
      piece = '';
    }
  }
  hash.update(piece);
  return `sha256:${hash.digest('hex')}`;
}

export function contextTotals(entries: readonly ContextEntry[], packed?: PackedFiles): { files: number; bytes: number } {
  let files = packed?.chosen.length ?? 0;
  let bytes = 0;
  for (let k = 0; k < files; k++) bytes += packed?.sizes[packed.chosen[k] as number] ?? 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ContextEntry;
    if (entry.type !== 'file') continue;
    files++;
    bytes += entry.size;
  }
  return { files, bytes };
}
