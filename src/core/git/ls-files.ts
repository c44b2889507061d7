/**
 * Parses one `git ls-files -z -v -s -c -m -o --directory --debug` answer (pure): every tracked
 * path with its index mode, blob id and recorded size, whether git vouches that the work tree
 * still matches the index, and every untracked or git-ignored path (folders that hold nothing
 * tracked come as one `dir/` line). One process answers what `ls-files`, `diff-files` and
 * `ls-files -o` would answer separately.
 *
 * Record shapes (paths are never quoted with -z):
 * - `? <path>\0` — untracked or ignored; a folder ends with `/`;
 * - `<tag> <mode> <oid> <stage>\t<path>\0` and, with --debug, five lines ending in
 *   `  size: <n>\tflags: <hex>\n` — one per index entry (tag H cached, S skip-worktree, M unmerged,
 *   lowercase assume-unchanged), repeated with tag C when the work tree differs (-m: modified,
 *   deleted, type or exec bit changed).
 */
import { comparePaths } from '../context-tree.js';

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
  modes: number[];
  /** Blob (or commit, for a submodule) id as the index holds it. */
  oids: string[];
  /** Size recorded in the index (git keeps the low 32 bits; 0 when it never recorded one). */
  sizes: number[];
  /** 0 when git vouches for the path, else MODIFIED | CONFLICTED | NOT_LOOKED_AT. */
  flags: number[];
  /** Untracked and ignored paths, folders with a trailing `/`, in git's order. */
  others: string[];
  /** Length of the object ids (40: sha1, 64: sha256); 0 when nothing is tracked. */
  oidLength: number;
}

const TAB = 0x09;
const ZERO = 0x30;

export function parseLsFiles(output: string): IndexListing {
  const listing: IndexListing = { paths: [], modes: [], oids: [], sizes: [], flags: [], others: [], oidLength: 0 };
  const { paths, modes, oids, sizes, flags, others } = listing;
  let at = 0;
  while (at < output.length) {
    let end = output.indexOf('\0', at);
    if (end < 0) end = output.length;
    const tag = output[at];
    if (tag === '?') {
      others.push(output.slice(at + 2, end));
      at = end + 1;
      continue;
    }
    const tab = output.indexOf('\t', at);
    if (tab < 0 || tab > end)
      throw new Error(`unexpected git ls-files record: ${JSON.stringify(output.slice(at, Math.min(end, at + 200)))}`);
    const mode = parseInt(output.slice(at + 2, at + 8), 8);
    const oid = output.slice(at + 9, tab - 2);
    const stage = output.charCodeAt(tab - 1) - ZERO;
    const file = output.slice(tab + 1, end);
    at = end + 1;
    let size = 0;
    if (output.startsWith('  ctime:', at)) {
      const sizeAt = output.indexOf('  size: ', at) + 8;
      let digitsEnd = sizeAt;
      while (output.charCodeAt(digitsEnd) !== TAB && digitsEnd < output.length) digitsEnd++;
      size = Number(output.slice(sizeAt, digitsEnd));
      const lineEnd = output.indexOf('\n', digitsEnd);
      at = lineEnd < 0 ? output.length : lineEnd + 1;
    }
    listing.oidLength ||= oid.length;
    const last = paths.length - 1;
    if (last >= 0 && paths[last] === file) {
      // The same path again: its C (work tree differs) line, or another stage of a conflict.
      if (tag === 'C' || tag === 'c') flags[last] = (flags[last] as number) | MODIFIED;
      else flags[last] = (flags[last] as number) | CONFLICTED;
      if (stage !== 0) modes[last] = 0;
      continue;
    }
    paths.push(file);
    modes.push(stage === 0 ? mode : 0);
    oids.push(oid);
    sizes.push(size);
    flags.push((stage !== 0 ? CONFLICTED : 0) | (tag === 'H' ? 0 : tag === 'C' || tag === 'c' ? MODIFIED : NOT_LOOKED_AT));
  }
  return listing;
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

function isSortedByCodePoint(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if (comparePaths(paths[i - 1] as string, paths[i] as string) >= 0) return false;
  return true;
}

/** First index in sorted `paths` whose path is not below `bound`. */
function lowerBound(paths: readonly string[], bound: string): number {
  let low = 0;
  let high = paths.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePaths(paths[middle] as string, bound) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Indexes of the paths under `folder/`: one contiguous range when sorted (binary search), else a scan. */
function indexesUnder(paths: readonly string[], folder: string, sorted: boolean): number[] {
  const prefix = `${folder}/`;
  if (!sorted) return paths.flatMap((file, i) => (file.startsWith(prefix) ? [i] : []));
  // '0' is the character after '/': [prefix, folder + '0') holds exactly the paths that start with prefix.
  const start = lowerBound(paths, prefix);
  const end = lowerBound(paths, `${folder}0`);
  return Array.from({ length: end - start }, (_, i) => start + i);
}

const sortedness = new WeakMap<IndexListing, { paths: boolean; others: boolean }>();

/** The part of `listing` below `folder` (relative to the listed folder, non-empty), with paths relative to `folder`. */
export function sliceListing(listing: IndexListing, folder: string): IndexListing {
  let sorted = sortedness.get(listing);
  if (!sorted) {
    sorted = { paths: isSortedByCodePoint(listing.paths), others: isSortedByCodePoint(listing.others) };
    sortedness.set(listing, sorted);
  }
  const cut = folder.length + 1;
  const tracked = indexesUnder(listing.paths, folder, sorted.paths);
  return {
    paths: tracked.map((i) => (listing.paths[i] as string).slice(cut)),
    modes: tracked.map((i) => listing.modes[i] as number),
    oids: tracked.map((i) => listing.oids[i] as string),
    sizes: tracked.map((i) => listing.sizes[i] as number),
    flags: tracked.map((i) => listing.flags[i] as number),
    others: indexesUnder(listing.others, folder, sorted.others).map((i) => (listing.others[i] as string).slice(cut)),
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
    listing.paths.forEach((file, i) => {
      if (listing.modes[i] === MODE_GITLINK) whole?.add(file);
    });
    wholes.set(listing, whole);
  }
  if (whole.has('.')) return true; // `./`: the listed folder itself is untracked
  for (let end = folder.length; end > 0; end = folder.lastIndexOf('/', end - 1)) {
    if (whole.has(folder.slice(0, end))) return true;
  }
  return false;
}
