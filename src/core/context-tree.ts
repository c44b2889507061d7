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

/** `sha256:<hex>` over the sorted, framed records. */
export function treeDigest(entries: readonly ContextEntry[]): string {
  const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
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

export function contextTotals(entries: readonly ContextEntry[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ContextEntry;
    if (entry.type !== 'file') continue;
    files++;
    bytes += entry.size;
  }
  return { files, bytes };
}
