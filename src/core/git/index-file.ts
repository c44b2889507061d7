/**
 * Reads git's index file (`.git/index`, versions 2, 3 and 4; gitformat-index(5)) into the tracked
 * part of an IndexListing, pure. It holds what `git ls-files -s` prints (mode, blob id, stage,
 * path) and the size git recorded, in 1–2 MB for 20,000 files instead of 4 MB of `--debug` text
 * to parse: the fast path reads it itself and asks git only which files differ (`ls-files -m`).
 *
 * Anything this reader does not fully understand is "unsupported", never a guess: a split index
 * (`link`), a sparse index (`sdir`, folder entries), any other extension git requires readers to
 * know, a sha256 repository's longer ids, a file that does not add up. The caller then lets git
 * list the index instead.
 */
import { CONFLICTED, NOT_LOOKED_AT, type IndexListing } from './ls-files.js';

export type IndexFileResult = { listing: IndexListing; entries: number } | { unsupported: string };

const SIGNATURE = 0x44495243; // 'DIRC'
const HEADER_BYTES = 12;
/** ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields before the object id. */
const STAT_BYTES = 40;
const SHA1_BYTES = 20;
const MODE_OFFSET = 24;
const SIZE_OFFSET = 36;
const FLAG_ASSUME_VALID = 0x8000;
const FLAG_EXTENDED = 0x4000;
const NAME_LENGTH_MASK = 0xfff;
const EXTENDED_SKIP_WORKTREE = 0x4000;
const EXTENDED_INTENT_TO_ADD = 0x2000;
const MODE_TYPE_MASK = 0o170000;
const MODE_DIRECTORY = 0o040000;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;

/** git's offset varint (varint.c): big-endian 7-bit groups, each continuation adding one. */
function varint(bytes: Uint8Array, at: number): { value: number; end: number } | undefined {
  let byte = bytes[at++];
  if (byte === undefined) return undefined;
  let value = byte & 0x7f;
  while (byte & 0x80) {
    byte = bytes[at++];
    if (byte === undefined || value > 0xffffff) return undefined;
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return { value, end: at };
}

function startsWith(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The bytes of an index file, asked for a range at a time: a whole Buffer (tests), or the file read
 * through one small reused buffer (git/index-blobs.ts). Reading 2 MB into a fresh buffer costs a
 * page fault per 4 KB, which on the VMs CI runs on costs more than parsing what is in them.
 */
export interface IndexBytes {
  readonly length: number;
  /** Bytes from `position` on, at least `length` of them unless the file ends first: `bytes[offset]` is the byte at `position`. */
  window(position: number, length: number): { bytes: Buffer; offset: number };
}

export function wholeIndex(buffer: Buffer): IndexBytes {
  const answer = { bytes: buffer, offset: 0 };
  return {
    length: buffer.length,
    window: (position) => {
      answer.offset = position;
      return answer;
    },
  };
}

/** The most of a name this reader looks at before calling the file unsupported (git's own limit is 4096 on most systems). */
const MAX_NAME = 64 * 1024;
/** An entry's fixed part: stat data, id, flags, extended flags. */
const FIXED_BYTES = STAT_BYTES + SHA1_BYTES + 4;

/**
 * The entries of `source` (an index file of a sha1 repository) below `prefix` (the listed folder
 * relative to the work tree root, '' or ending in '/'), with paths relative to it. A conflicted
 * path is one entry (mode 0, CONFLICTED); skip-worktree, assume-unchanged and intent-to-add
 * entries are NOT_LOOKED_AT (git does not compare them, or always calls them changed). No entry
 * is MODIFIED: only git, looking at the work tree, can say that.
 */
export function parseIndexFile(source: IndexBytes, prefix: string): IndexFileResult {
  const unsupported = (why: string): IndexFileResult => ({ unsupported: `the index file ${why}` });
  const body = source.length - SHA1_BYTES;
  if (body < HEADER_BYTES) return unsupported('has no index header');
  let { bytes, offset } = source.window(0, HEADER_BYTES);
  // DataView reads: Buffer's readUInt32BE is JavaScript with range checks, slow while this loop is still interpreted.
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const viewOf = (window: { bytes: Buffer; offset: number }) => {
    if (window.bytes !== bytes) view = new DataView(window.bytes.buffer, window.bytes.byteOffset, window.bytes.byteLength);
    bytes = window.bytes;
    offset = window.offset;
  };
  if (view.getUint32(offset) !== SIGNATURE) return unsupported('has no index header');
  const version = view.getUint32(offset + 4);
  if (version < 2 || version > 4) return unsupported(`has version ${version}, which this reader does not know`);
  const count = view.getUint32(offset + 8);
  // The smallest entry (version 4, a one-byte name) takes 64 bytes.
  if (count > (body - HEADER_BYTES) / (STAT_BYTES + SHA1_BYTES + 4)) return unsupported(`claims ${count} entries, more than it can hold`);
  const prefixBytes = Buffer.from(prefix);
  const listing: IndexListing = { paths: [], modes: [], oids: [], sizes: [], flags: [], others: [], oidLength: 0 };
  const { paths, modes, oids, sizes, flags } = listing;
  let previousName = Buffer.alloc(0); // version 4 compresses each name against the one before
  let at = HEADER_BYTES; // position in the file
  for (let entry = 0; entry < count; entry++) {
    if (at + FIXED_BYTES - 2 > body) return unsupported('ends inside an entry (or is not a sha1 index)');
    viewOf(source.window(at, FIXED_BYTES + MAX_NAME));
    const entryStart = offset; // in `bytes`
    const end = Math.min(bytes.length, offset + (body - at)); // the entries' part of the file, in `bytes`
    const mode = view.getUint32(entryStart + MODE_OFFSET);
    const entryFlags = view.getUint16(entryStart + STAT_BYTES + SHA1_BYTES);
    let nameStart = entryStart + STAT_BYTES + SHA1_BYTES + 2;
    let extended = 0;
    if (entryFlags & FLAG_EXTENDED) {
      if (version < 3) return unsupported('has an extended entry in version 2');
      extended = view.getUint16(nameStart);
      nameStart += 2;
    }
    if ((mode & MODE_TYPE_MASK) === MODE_DIRECTORY) return unsupported('is a sparse index (it holds folders)');
    // The name: bytes [nameFrom, nameEnd) of `names` (the window, or version 4's expanded name).
    let names = bytes;
    let nameFrom = nameStart;
    let nameEnd: number;
    if (version === 4) {
      const strip = varint(bytes, nameStart);
      if (!strip || strip.end >= end || strip.value > previousName.length) return unsupported('has a name this reader cannot expand');
      nameEnd = bytes.indexOf(0, strip.end);
      if (nameEnd < 0 || nameEnd >= end) return unsupported('ends inside a name (or has one too long to read)');
      previousName = Buffer.concat([previousName.subarray(0, previousName.length - strip.value), bytes.subarray(strip.end, nameEnd)]);
      at += nameEnd + 1 - entryStart;
      names = previousName;
      nameFrom = 0;
      nameEnd = previousName.length;
    } else {
      const length = entryFlags & NAME_LENGTH_MASK;
      nameEnd = length < NAME_LENGTH_MASK ? nameStart + length : bytes.indexOf(0, nameStart + NAME_LENGTH_MASK);
      if (nameEnd < 0 || nameEnd >= end || bytes[nameEnd] !== 0)
        return unsupported('has a name that does not end where its length says (or is not a sha1 index)');
      // 1–8 NULs pad each entry to a multiple of 8 bytes.
      at += (nameEnd - entryStart + 8) & ~7;
    }
    if (nameEnd === nameFrom) return unsupported('has an entry without a name (or is not a sha1 index)');
    if (!startsWith(names, nameFrom, nameEnd, prefixBytes)) continue;
    const file = names.toString('utf8', nameFrom + prefixBytes.length, nameEnd);
    const stage = (entryFlags >> 12) & 3;
    const last = paths.length - 1;
    if (last >= 0 && paths[last] === file) {
      // Another stage of a conflicted path.
      flags[last] = (flags[last] as number) | CONFLICTED;
      modes[last] = 0;
      continue;
    }
    const notLookedAt = entryFlags & FLAG_ASSUME_VALID || extended & (EXTENDED_SKIP_WORKTREE | EXTENDED_INTENT_TO_ADD);
    paths.push(file);
    modes.push(stage === 0 ? mode : 0);
    oids.push(bytes.toString('hex', entryStart + STAT_BYTES, entryStart + STAT_BYTES + SHA1_BYTES));
    sizes.push(view.getUint32(entryStart + SIZE_OFFSET));
    flags.push((stage !== 0 ? CONFLICTED : 0) | (notLookedAt ? NOT_LOOKED_AT : 0));
  }
  // Extensions: an upper-case first letter marks one a reader may skip; any other changes what the entries mean.
  while (at < body) {
    if (at + 8 > body) return unsupported('ends inside an extension header');
    viewOf(source.window(at, 8));
    const signature = bytes[offset] as number;
    const size = view.getUint32(offset + 4);
    if (signature < UPPER_A || signature > UPPER_Z)
      return unsupported(
        `has the extension '${bytes.toString('latin1', offset, offset + 4)}' (a split or sparse index), which this reader does not know`,
      );
    at += 8 + size;
  }
  if (at !== body) return unsupported('does not end where its extensions say (or is not a sha1 index)');
  if (paths.length > 0) listing.oidLength = SHA1_BYTES * 2;
  return { listing, entries: count };
}
