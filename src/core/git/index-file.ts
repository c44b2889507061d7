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
 * The entries of `bytes` (an index file of a sha1 repository) below `prefix` (the listed folder
 * relative to the work tree root, '' or ending in '/'), with paths relative to it. A conflicted
 * path is one entry (mode 0, CONFLICTED); skip-worktree, assume-unchanged and intent-to-add
 * entries are NOT_LOOKED_AT (git does not compare them, or always calls them changed). No entry
 * is MODIFIED: only git, looking at the work tree, can say that.
 */
export function parseIndexFile(buffer: Buffer, prefix: string): IndexFileResult {
  const unsupported = (why: string): IndexFileResult => ({ unsupported: `the index file ${why}` });
  if (buffer.length < HEADER_BYTES + SHA1_BYTES || buffer.readUInt32BE(0) !== SIGNATURE) return unsupported('has no index header');
  const version = buffer.readUInt32BE(4);
  if (version < 2 || version > 4) return unsupported(`has version ${version}, which this reader does not know`);
  // DataView reads: Buffer's readUInt32BE is JavaScript with range checks, slow while this loop is still interpreted.
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const count = view.getUint32(8);
  const body = buffer.length - SHA1_BYTES;
  // The smallest entry (version 4, a one-byte name) takes 64 bytes.
  if (count > (body - HEADER_BYTES) / (STAT_BYTES + SHA1_BYTES + 4)) return unsupported(`claims ${count} entries, more than it can hold`);
  const prefixBytes = Buffer.from(prefix);
  // Sized for every entry up front and cut to length at the end: growing five arrays of 20,000 by
  // pushes copies each several times, garbage the collector then pays for.
  const sized = <T>() => new Array<T>(count);
  const listing: IndexListing = { paths: sized(), modes: sized(), oids: sized(), sizes: sized(), flags: sized(), others: [], oidLength: 0 };
  const { paths, modes, oids, sizes, flags } = listing;
  let listed = 0;
  let previousName = Buffer.alloc(0); // version 4 compresses each name against the one before
  let at = HEADER_BYTES;
  for (let entry = 0; entry < count; entry++) {
    const entryStart = at;
    if (entryStart + STAT_BYTES + SHA1_BYTES + 2 > body) return unsupported('ends inside an entry (or is not a sha1 index)');
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
    // The name: bytes [nameFrom, nameEnd) of `names` (the file itself, or version 4's expanded name).
    let names = buffer;
    let nameFrom = nameStart;
    let nameEnd: number;
    if (version === 4) {
      const strip = varint(buffer, nameStart);
      if (!strip || strip.value > previousName.length) return unsupported('has a name this reader cannot expand');
      nameEnd = buffer.indexOf(0, strip.end);
      if (nameEnd < 0 || nameEnd >= body) return unsupported('ends inside a name');
      previousName = Buffer.concat([previousName.subarray(0, previousName.length - strip.value), buffer.subarray(strip.end, nameEnd)]);
      at = nameEnd + 1;
      names = previousName;
      nameFrom = 0;
      nameEnd = previousName.length;
    } else {
      const length = entryFlags & NAME_LENGTH_MASK;
      nameEnd = length < NAME_LENGTH_MASK ? nameStart + length : buffer.indexOf(0, nameStart + NAME_LENGTH_MASK);
      if (nameEnd < 0 || nameEnd >= body || buffer[nameEnd] !== 0)
        return unsupported('has a name that does not end where its length says (or is not a sha1 index)');
      // 1–8 NULs pad each entry to a multiple of 8 bytes.
      at = entryStart + ((nameEnd - entryStart + 8) & ~7);
    }
    if (nameEnd === nameFrom) return unsupported('has an entry without a name (or is not a sha1 index)');
    if (!startsWith(names, nameFrom, nameEnd, prefixBytes)) continue;
    const file = names.toString('utf8', nameFrom + prefixBytes.length, nameEnd);
    const stage = (entryFlags >> 12) & 3;
    const last = listed - 1;
    if (last >= 0 && paths[last] === file) {
      // Another stage of a conflicted path.
      flags[last] = (flags[last] as number) | CONFLICTED;
      modes[last] = 0;
      continue;
    }
    const notLookedAt = entryFlags & FLAG_ASSUME_VALID || extended & (EXTENDED_SKIP_WORKTREE | EXTENDED_INTENT_TO_ADD);
    paths[listed] = file;
    modes[listed] = stage === 0 ? mode : 0;
    oids[listed] = buffer.toString('hex', entryStart + STAT_BYTES, entryStart + STAT_BYTES + SHA1_BYTES);
    sizes[listed] = view.getUint32(entryStart + SIZE_OFFSET);
    flags[listed] = (stage !== 0 ? CONFLICTED : 0) | (notLookedAt ? NOT_LOOKED_AT : 0);
    listed++;
  }
  for (const list of [paths, modes, oids, sizes, flags]) list.length = listed;
  // Extensions: an upper-case first letter marks one a reader may skip; any other changes what the entries mean.
  while (at < body) {
    if (at + 8 > body) return unsupported('ends inside an extension header');
    const signature = buffer[at] as number;
    const size = view.getUint32(at + 4);
    if (signature < UPPER_A || signature > UPPER_Z)
      return unsupported(
        `has the extension '${buffer.toString('latin1', at, at + 4)}' (a split or sparse index), which this reader does not know`,
      );
    at += 8 + size;
  }
  if (at !== body) return unsupported('does not end where its extensions say (or is not a sha1 index)');
  if (listed > 0) listing.oidLength = SHA1_BYTES * 2;
  return { listing, entries: count };
}
