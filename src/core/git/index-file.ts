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
import { CONFLICTED, NOT_LOOKED_AT, packedListing, type IndexListing } from './ls-files.js';

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

const CANNOT_EXPAND = -1;
const NO_NAME_END = -2;

/**
 * Version 4's names, each stored as how much of the name before it drops and what it adds,
 * expanded back to back into a buffer of their own (out of the main loop: most indexes are v2).
 */
class ExpandedNames {
  buffer: Buffer;
  length = 0;
  /** Where the last name expanded starts; it ends at `length`. */
  lastStart = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(1024, size));
  }

  /** Expands the name stored at `at`: where its entry ends, or CANNOT_EXPAND / NO_NAME_END. */
  expand(bytes: Buffer, at: number, body: number): number {
    const strip = varint(bytes, at);
    const previousLength = this.length - this.lastStart;
    if (!strip || strip.end >= body || strip.value > previousLength) return CANNOT_EXPAND;
    const suffixEnd = bytes.indexOf(0, strip.end);
    if (suffixEnd < 0 || suffixEnd >= body) return NO_NAME_END;
    const shared = previousLength - strip.value;
    const length = shared + suffixEnd - strip.end;
    if (this.length + length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(2 * (this.length + length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer.copy(this.buffer, this.length, this.lastStart, this.lastStart + shared);
    bytes.copy(this.buffer, this.length + shared, strip.end, suffixEnd);
    this.lastStart = this.length;
    this.length += length;
    return suffixEnd + 1;
  }
}

/**
 * Big-endian fields read byte by byte: the parse runs once per process, mostly before V8 optimizes
 * it, and in V8's interpreter a DataView or Buffer read call costs several times these loads.
 */
function uint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)) >>> 0
  );
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

function startsWith(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The entries of `bytes` (an index file of a sha1 repository) below `prefix` (the listed folder
 * relative to the work tree root, '' or ending in '/'), with paths relative to it. A conflicted
 * path is one entry (mode 0, CONFLICTED); skip-worktree, assume-unchanged and intent-to-add
 * entries are NOT_LOOKED_AT (git does not compare them, or always calls them changed). No entry
 * is MODIFIED: only git, looking at the work tree, can say that.
 *
 * Paths and ids stay where they are in `bytes` (version 4's names, compressed against the one
 * before, are expanded into a buffer of their own): the listing holds their positions.
 */
export function parseIndexFile(bytes: Buffer, prefix: string): IndexFileResult {
  const unsupported = (why: string): IndexFileResult => ({ unsupported: `the index file ${why}` });
  const body = bytes.length - SHA1_BYTES;
  if (body < HEADER_BYTES) return unsupported('has no index header');
  if (uint32(bytes, 0) !== SIGNATURE) return unsupported('has no index header');
  const version = uint32(bytes, 4);
  if (version < 2 || version > 4) return unsupported(`has version ${version}, which this reader does not know`);
  const count = uint32(bytes, 8);
  // The smallest entry (version 4, a one-byte name) takes 64 bytes.
  if (count > (body - HEADER_BYTES) / (STAT_BYTES + SHA1_BYTES + 4)) return unsupported(`claims ${count} entries, more than it can hold`);
  const prefixBytes = Buffer.from(prefix);
  // Typed arrays, filled in place: pushing onto growing arrays costs more than the parse itself.
  const modes = new Uint32Array(count);
  const sizes = new Uint32Array(count);
  const flags = new Uint8Array(count);
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  const oidStarts = new Uint32Array(count);
  let kept = 0;
  const expanded = version === 4 ? new ExpandedNames(body) : undefined;
  let at = HEADER_BYTES;
  for (let entry = 0; entry < count; entry++) {
    if (at + STAT_BYTES + SHA1_BYTES + 2 > body) return unsupported('ends inside an entry (or is not a sha1 index)');
    const entryStart = at;
    // Fields read inline (see uint32): this loop runs once per tracked file.
    const m = entryStart + MODE_OFFSET;
    const mode =
      (((bytes[m] as number) << 24) | ((bytes[m + 1] as number) << 16) | ((bytes[m + 2] as number) << 8) | (bytes[m + 3] as number)) >>> 0;
    const f = entryStart + STAT_BYTES + SHA1_BYTES;
    const entryFlags = ((bytes[f] as number) << 8) | (bytes[f + 1] as number);
    let nameStart = entryStart + STAT_BYTES + SHA1_BYTES + 2;
    let extended = 0;
    if (entryFlags & FLAG_EXTENDED) {
      if (version < 3) return unsupported('has an extended entry in version 2');
      if (nameStart + 2 > body) return unsupported('ends inside an entry (or is not a sha1 index)');
      extended = uint16(bytes, nameStart);
      nameStart += 2;
    }
    if ((mode & MODE_TYPE_MASK) === MODE_DIRECTORY) return unsupported('is a sparse index (it holds folders)');
    // The name: bytes [nameFrom, nameEnd) of `names` (the file, or version 4's expanded names).
    let names = bytes;
    let nameFrom = nameStart;
    let nameEnd: number;
    if (expanded) {
      const next = expanded.expand(bytes, nameStart, body);
      if (next === CANNOT_EXPAND) return unsupported('has a name this reader cannot expand');
      if (next === NO_NAME_END) return unsupported('ends inside a name (or has one too long to read)');
      at = next;
      names = expanded.buffer;
      nameFrom = expanded.lastStart;
      nameEnd = expanded.length;
    } else {
      const length = entryFlags & NAME_LENGTH_MASK;
      nameEnd = length < NAME_LENGTH_MASK ? nameStart + length : bytes.indexOf(0, nameStart + NAME_LENGTH_MASK);
      if (nameEnd < 0 || nameEnd >= body || bytes[nameEnd] !== 0)
        return unsupported('has a name that does not end where its length says (or is not a sha1 index)');
      // 1–8 NULs pad each entry to a multiple of 8 bytes.
      at += (nameEnd - entryStart + 8) & ~7;
    }
    if (nameEnd === nameFrom) return unsupported('has an entry without a name (or is not a sha1 index)');
    if (prefixBytes.length > 0 && !startsWith(names, nameFrom, nameEnd, prefixBytes)) continue;
    const from = nameFrom + prefixBytes.length;
    const stage = (entryFlags >> 12) & 3;
    if (kept > 0) {
      // Byte order against the name before (inline, as above).
      const before = starts[kept - 1] as number;
      const beforeLength = (ends[kept - 1] as number) - before;
      const shorter = Math.min(beforeLength, nameEnd - from);
      let order = 0;
      for (let b = 0; b < shorter && order === 0; b++) order = (names[before + b] as number) - (names[from + b] as number);
      if (order === 0) order = beforeLength - (nameEnd - from);
      if (order === 0) {
        // Another stage of a conflicted path.
        flags[kept - 1] = (flags[kept - 1] as number) | CONFLICTED;
        modes[kept - 1] = 0;
        continue;
      }
      // Git writes the names in byte order.
      if (order > 0) return unsupported('is not sorted by path');
    }
    const notLookedAt = entryFlags & FLAG_ASSUME_VALID || extended & (EXTENDED_SKIP_WORKTREE | EXTENDED_INTENT_TO_ADD);
    starts[kept] = from;
    ends[kept] = nameEnd;
    oidStarts[kept] = entryStart + STAT_BYTES;
    modes[kept] = stage === 0 ? mode : 0;
    const z = entryStart + SIZE_OFFSET;
    sizes[kept] =
      (((bytes[z] as number) << 24) | ((bytes[z + 1] as number) << 16) | ((bytes[z + 2] as number) << 8) | (bytes[z + 3] as number)) >>> 0;
    flags[kept] = (stage !== 0 ? CONFLICTED : 0) | (notLookedAt ? NOT_LOOKED_AT : 0);
    kept++;
  }
  // Extensions: an upper-case first letter marks one a reader may skip; any other changes what the entries mean.
  while (at < body) {
    if (at + 8 > body) return unsupported('ends inside an extension header');
    const signature = bytes[at] as number;
    const size = uint32(bytes, at + 4);
    if (signature < UPPER_A || signature > UPPER_Z)
      return unsupported(
        `has the extension '${bytes.toString('latin1', at, at + 4)}' (a split or sparse index), which this reader does not know`,
      );
    at += 8 + size;
  }
  if (at !== body) return unsupported('does not end where its extensions say (or is not a sha1 index)');
  const listing = packedListing(
    {
      names: expanded ? expanded.buffer : bytes,
      starts: starts.subarray(0, kept),
      ends: ends.subarray(0, kept),
      oids: bytes,
      oidStarts: oidStarts.subarray(0, kept),
    },
    {
      modes: modes.subarray(0, kept),
      sizes: sizes.subarray(0, kept),
      flags: flags.subarray(0, kept),
      others: [],
      oidLength: kept > 0 ? SHA1_BYTES * 2 : 0,
    },
  );
  return { listing, entries: count };
}
