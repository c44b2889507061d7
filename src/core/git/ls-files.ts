/**
 * Parses `git ls-files -z -v` answers (pure): with `-s -c -m --debug`, every tracked path with its
 * index mode, blob id and recorded size, and whether git vouches that the work tree still matches
 * the index (what `ls-files` and `diff-files` would answer); with `-o --directory`, every untracked
 * or git-ignored path (folders that hold nothing tracked come as one `dir/` line).
 *
 * Record shapes (paths are never quoted with -z):
 * - `? <path>\0` — untracked or ignored; a folder ends with `/`;
 * - `<tag> <mode> <oid> <stage>\t<path>\0` and, with --debug, five lines ending in
 *   `  size: <n>\tflags: <hex>\n` — one per index entry (tag H cached, S skip-worktree, M unmerged,
 *   lowercase assume-unchanged), repeated with tag C when the work tree differs (-m: modified,
 *   deleted, type or exec bit changed).
 */
import { comparatorFor } from '../context-tree.js';
import { packedOid, packedPath, type PackedNames } from './packed-names.js';

/** Why git's view of a tracked path cannot be used as is (0: git vouches for it). */
export const MODIFIED = 1;
export const CONFLICTED = 2;
/** skip-worktree or assume-unchanged: git does not look at the work tree for it. */
export const NOT_LOOKED_AT = 4;

export const MODE_FILE = 0o100644;
export const MODE_EXECUTABLE = 0o100755;
export const MODE_SYMLINK = 0o120000;
export const MODE_GITLINK = 0o160000;

export interface IndexListing {
  /** Tracked paths, each once (a conflicted path too), in git's order: sorted by bytes. */
  paths: string[];
  /** Index mode (`0o100644` …); 0 for a conflicted path. */
  modes: Uint32Array;
  /** Blob (or commit, for a submodule) id as the index holds it. */
  oids: string[];
  /** Size recorded in the index (git keeps the low 32 bits; 0 when it never recorded one). */
  sizes: Uint32Array;
  /** 0 when git vouches for the path, else MODIFIED | CONFLICTED | NOT_LOOKED_AT. */
  flags: Uint8Array;
  /** Untracked and ignored paths, folders with a trailing `/`, in git's order. */
  others: string[];
  /** Length of the object ids (40: sha1, 64: sha256); 0 when nothing is tracked. */
  oidLength: number;
  /**
   * The tracked paths and ids as bytes, when the listing was read from the index file: `paths` and
   * `oids` are then made from them only when first asked for, and the fast path never asks for
   * most of them (a string per file costs more than the rest of its work; issue 8).
   */
  packed?: PackedNames;
}

/** Path i of any listing, making only that one string of a packed listing. */
export function pathAt(listing: IndexListing, i: number): string {
  return listing.packed ? packedPath(listing.packed, i) : (listing.paths[i] as string);
}

/** Does any tracked path have the file name `name` (at the top or in a folder)? Never makes a string per path. */
export function hasPathNamed(listing: IndexListing, name: string): boolean {
  const { packed } = listing;
  if (!packed) return listing.paths.some((file) => file === name || file.endsWith(`/${name}`));
  const needle = Buffer.from(name);
  const { names, starts, ends } = packed;
  for (let at = names.indexOf(needle); at >= 0; at = names.indexOf(needle, at + 1)) {
    // The last path that starts at or before `at`: the match is its file name, or not a name at all.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) <= at) low = middle + 1;
      else high = middle;
    }
    const k = low - 1;
    if (k >= 0 && ends[k] === at + needle.length && (at === starts[k] || names[at - 1] === SLASH)) return true;
  }
  return false;
}

/** The same listing with other flags (a packed one stays packed, its strings still unmade). */
export function withFlags(listing: IndexListing, flags: Uint8Array): IndexListing {
  const { modes, sizes, others, oidLength } = listing;
  if (listing.packed) return packedListing(listing.packed, { modes, sizes, flags, others, oidLength });
  return { ...listing, flags };
}

/**
 * A listing over `packed` whose `paths` and `oids` are made on first use (enumerable, so a listing
 * compares equal to git's own); `packed` itself is not enumerable.
 */
export function packedListing(
  packed: PackedNames,
  fields: Pick<IndexListing, 'modes' | 'sizes' | 'flags' | 'others' | 'oidLength'>,
): IndexListing {
  const listing = { ...fields } as IndexListing;
  const count = fields.modes.length;
  const lazy = (key: 'paths' | 'oids', make: () => string[]) =>
    Object.defineProperty(listing, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = make();
        Object.defineProperty(listing, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  lazy('paths', () => Array.from({ length: count }, (_, i) => packedPath(packed, i)));
  lazy('oids', () => Array.from({ length: count }, (_, i) => packedOid(packed, i)));
  Object.defineProperty(listing, 'packed', { value: packed, enumerable: false });
  return listing;
}

const ZERO = 0x30;
const NINE = 0x39;
const QUESTION = 0x3f;
const UPPER_C = 0x43;
const LOWER_C = 0x63;
const UPPER_H = 0x48;
const UPPER_M = 0x4d;
const NUL = 0;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SLASH = 0x2f;
const DEBUG_START = Buffer.from('  ctime:');
const SIZE_LABEL = Buffer.from('  size: ');
/** A tracked record's --debug block: ctime, mtime, dev/ino, uid/gid, size/flags. */
const DEBUG_LINES = 5;

function startsWithAt(bytes: Buffer, at: number, prefix: Buffer): boolean {
  if (bytes.length - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** The number in octal (mode) or decimal (size) digits from `start` up to the first non-digit. */
function digitsAt(bytes: Buffer, start: number, base: 8 | 10): { value: number; end: number } {
  let value = 0;
  let at = start;
  for (let code = bytes[at] ?? 0; code >= ZERO && code <= NINE; code = bytes[++at] ?? 0) value = value * base + (code - ZERO);
  return { value, end: at };
}

/**
 * Parses the listing as git writes it, chunk by chunk: a 100,000-file tree is some 20 MB of
 * output, which is never held whole, and only the strings kept (paths, blob ids) are made — each
 * its own copy, so no chunk stays alive through a slice of it.
 */
export class LsFilesParser {
  private readonly listing = {
    paths: [] as string[],
    modes: [] as number[],
    oids: [] as string[],
    sizes: [] as number[],
    flags: [] as number[],
    others: [] as string[],
    oidLength: 0,
  };
  private pending: Buffer | undefined;

  push(chunk: Buffer): void {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = 0;
    for (let next = this.record(bytes, at, false); next >= 0; next = this.record(bytes, at, false)) at = next;
    this.pending = at < bytes.length ? Buffer.from(bytes.subarray(at)) : undefined;
  }

  end(): IndexListing {
    const bytes = this.pending;
    this.pending = undefined;
    let at = 0;
    while (bytes && at < bytes.length) {
      const next = this.record(bytes, at, true);
      if (next < 0)
        throw new Error(`git ls-files output ends in the middle of a record: ${JSON.stringify(bytes.toString('utf8', at, at + 200))}`);
      at = next;
    }
    const { modes, sizes, flags } = this.listing;
    return { ...this.listing, modes: Uint32Array.from(modes), sizes: Uint32Array.from(sizes), flags: Uint8Array.from(flags) };
  }

  /**
   * Parses the record at `at`; returns where the next one starts, or -1 when it is not all here yet.
   * Bytes are scanned with plain loops: a call into Buffer's indexOf or compare per field costs more
   * than the few bytes it skips (a 20,000-file listing is 4 MB, eight fields per record).
   */
  private record(bytes: Buffer, at: number, final: boolean): number {
    const length = bytes.length;
    if (at >= length) return -1;
    let nul = at;
    while (nul < length && bytes[nul] !== NUL) nul++;
    if (nul >= length) return -1;
    const { paths, modes, oids, sizes, flags, others } = this.listing;
    const tag = bytes[at];
    if (tag === QUESTION) {
      others.push(bytes.toString('utf8', at + 2, nul));
      return nul + 1;
    }
    // A tracked record: is its --debug block all here?
    let end = nul + 1;
    let sizeLine = -1;
    if (length - end < DEBUG_START.length && !final) return -1;
    if (startsWithAt(bytes, end, DEBUG_START)) {
      for (let line = 0; line < DEBUG_LINES; line++) {
        if (line === DEBUG_LINES - 1) sizeLine = end;
        while (end < length && bytes[end] !== NEWLINE) end++;
        if (end >= length) return -1;
        end++;
      }
    }
    let tab = at;
    while (tab < nul && bytes[tab] !== TAB) tab++;
    if (tab >= nul)
      throw new Error(`unexpected git ls-files record: ${JSON.stringify(bytes.toString('utf8', at, Math.min(nul, at + 200)))}`);
    const mode = digitsAt(bytes, at + 2, 8);
    const oid = bytes.toString('latin1', mode.end + 1, tab - 2);
    const stage = (bytes[tab - 1] ?? ZERO) - ZERO;
    const file = bytes.toString('utf8', tab + 1, nul);
    // `  size: <n>\tflags: <hex>`
    const size = sizeLine >= 0 && startsWithAt(bytes, sizeLine, SIZE_LABEL) ? digitsAt(bytes, sizeLine + SIZE_LABEL.length, 10).value : 0;
    this.listing.oidLength ||= oid.length;
    const modified = tag === UPPER_C || tag === LOWER_C;
    const last = paths.length - 1;
    if (last >= 0 && paths[last] === file) {
      // The same path again: its C (work tree differs) line, or another stage of a conflict.
      flags[last] = (flags[last] as number) | (modified ? MODIFIED : CONFLICTED);
      if (stage !== 0) modes[last] = 0;
      return end;
    }
    paths.push(file);
    modes.push(stage === 0 ? mode.value : 0);
    oids.push(oid);
    sizes.push(size);
    // H: cached; M: unmerged (a stage of a conflict); C: modified. Anything else — S (skip-worktree),
    // lowercase (assume-unchanged), a tag this parser does not know — means git did not compare.
    const lookedAt = tag === UPPER_H || tag === UPPER_M || tag === UPPER_C;
    flags.push((stage !== 0 ? CONFLICTED : 0) | (modified ? MODIFIED : 0) | (lookedAt ? 0 : NOT_LOOKED_AT));
    return end;
  }
}

/** The whole answer at once (tests, small listings). */
export function parseLsFiles(output: string | Buffer): IndexListing {
  const parser = new LsFilesParser();
  parser.push(typeof output === 'string' ? Buffer.from(output) : output);
  return parser.end();
}

/** Parses `git check-attr -z` output into the paths whose bytes git may convert on checkout. */
export function convertedPaths(output: string, autocrlf: boolean): Set<string> {
  const fields = output.split('\0');
  const converted = new Set<string>();
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const file = fields[i] as string;
    const attribute = fields[i + 1];
    const value = fields[i + 2];
    if (attribute === 'text') {
      if (value === 'unset') continue;
      if (value === 'unspecified' && !autocrlf) continue;
      converted.add(file);
    } else if (attribute === 'ident') {
      if (value !== 'unspecified' && value !== 'unset') converted.add(file);
    } else if (value !== 'unspecified') {
      converted.add(file); // filter, eol, working-tree-encoding
    }
  }
  return converted;
}

type Compare = (a: string, b: string) => number;

function isSorted(paths: readonly string[], compare: Compare): boolean {
  for (let i = 1; i < paths.length; i++) if (compare(paths[i - 1] as string, paths[i] as string) >= 0) return false;
  return true;
}

/** First index in sorted `paths` whose path is not below `bound`. */
function lowerBound(paths: readonly string[], bound: string, compare: Compare): number {
  let low = 0;
  let high = paths.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(paths[middle] as string, bound) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Indexes of the paths under `folder/`: one contiguous range when sorted (binary search), else a scan. */
function indexesUnder(paths: readonly string[], folder: string, compare: Compare | undefined): number[] {
  const prefix = `${folder}/`;
  if (!compare) return paths.flatMap((file, i) => (file.startsWith(prefix) ? [i] : []));
  // '0' is the character after '/': [prefix, folder + '0') holds exactly the paths that start with prefix.
  const start = lowerBound(paths, prefix, compare);
  const end = lowerBound(paths, `${folder}0`, compare);
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Per listing: the comparison its paths are sorted by (undefined when they are not sorted). */
const orders = new WeakMap<IndexListing, { paths: Compare | undefined; others: Compare | undefined }>();

/** The part of `listing` below `folder` (relative to the listed folder, non-empty), with paths relative to `folder`. */
export function sliceListing(listing: IndexListing, folder: string): IndexListing {
  let order = orders.get(listing);
  if (!order) {
    const sortedBy = (paths: readonly string[]) => {
      const compare = comparatorFor(paths);
      return isSorted(paths, compare) ? compare : undefined;
    };
    order = { paths: sortedBy(listing.paths), others: sortedBy(listing.others) };
    orders.set(listing, order);
  }
  const cut = folder.length + 1;
  const tracked = indexesUnder(listing.paths, folder, order.paths);
  return {
    paths: tracked.map((i) => (listing.paths[i] as string).slice(cut)),
    modes: Uint32Array.from(tracked, (i) => listing.modes[i] as number),
    oids: tracked.map((i) => listing.oids[i] as string),
    sizes: Uint32Array.from(tracked, (i) => listing.sizes[i] as number),
    flags: Uint8Array.from(tracked, (i) => listing.flags[i] as number),
    others: indexesUnder(listing.others, folder, order.others).map((i) => (listing.others[i] as string).slice(cut)),
    oidLength: listing.oidLength,
  };
}

const wholes = new WeakMap<IndexListing, Set<string>>();

/**
 * Is `folder` (relative to the listed folder) something git lists as a whole — inside an untracked
 * or ignored folder, or inside a submodule — so that the listing says nothing about what is in it?
 */
export function listedAsWhole(listing: IndexListing, folder: string): boolean {
  let whole = wholes.get(listing);
  if (!whole) {
    whole = new Set(listing.others.filter((other) => other.endsWith('/')).map((other) => other.slice(0, -1)));
    listing.modes.forEach((mode, i) => {
      if (mode === MODE_GITLINK) whole?.add(pathAt(listing, i));
    });
    wholes.set(listing, whole);
  }
  if (whole.has('.')) return true; // `./`: the listed folder itself is untracked
  for (let end = folder.length; end > 0; end = folder.lastIndexOf('/', end - 1)) {
    if (whole.has(folder.slice(0, end))) return true;
  }
  return false;
}
