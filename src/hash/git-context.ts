/**
 * The build context from git's listing instead of a walk (the fast path): the paths git lists —
 * tracked files, untracked and ignored files, whole untracked folders — go through the same
 * ContextFilter as the walk, in git's order (sorted, so every folder's content is contiguous and
 * folders can be visited just before their first path). Nothing git vouches for is stat'ed or read:
 * its blob id and mode come from the index. Read are only what git does not vouch for (modified,
 * conflicted, skip-worktree/assume-unchanged, converted by attributes, untracked); walked are only
 * the folders git lists as a whole (untracked, ignored, empty). Submodules are listed by their own
 * git and scanned the same way.
 *
 * Git never shows an entry named `.git`, but Docker sends one unless .dockerignore excludes it: each
 * folder the listing covers gets one lstat for it.
 */
import { lstatSync, type Stats } from 'node:fs';
import { BLOB_PREFIX, comparatorFor, type ContextEntry } from '../core/context-tree.js';
import { MODE_EXECUTABLE, MODE_FILE, MODE_GITLINK, pathAt, type IndexListing } from '../core/git/ls-files.js';
import { comparePackedPath, packedOid, packedPath, type PackedNames } from '../core/git/packed-names.js';
import { attributeSourcesExist, convertedFiles, readGitWorkTree, type GitWorkTree } from '../git/index-blobs.js';
import { StepError } from '../core/errors.js';
import type { ContextScanner } from './walk-context.js';

type FileEntry = Extract<ContextEntry, { type: 'file' }>;

/** Git's blob id of an empty file: a recorded size of 0 is believable only for it. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
const EMPTY_BLOB_BYTES = Buffer.from(EMPTY_BLOB, 'hex');
const SLASH = 0x2f;

export interface GitScanReport {
  /** Files whose digest came from the index (their bytes were not read). */
  fromIndex: number;
  /** Files git vouched for but read anyway, because git may convert their bytes (attributes, core.autocrlf). */
  converted: number;
  /** When set, git could not say which files it converts: every file was read. */
  attributesProblem?: string;
}

interface Candidates {
  tree: GitWorkTree;
  paths: string[];
  entries: FileEntry[];
  /** Positions in a packed listing (see scanPacked): vouched files with no object of their own. */
  packedFiles: Uint32Array;
}

/** What the files of a folder of a packed listing need: nothing (pruned), nothing each (all sent), or a visit each. */
const PRUNED = 0;
const ALL_SENT = 1;
const VISIT_EACH = 2;
type FolderFiles = typeof PRUNED | typeof ALL_SENT | typeof VISIT_EACH;

function parentOf(relative: string): string {
  const slash = relative.lastIndexOf('/');
  return slash < 0 ? '' : relative.slice(0, slash);
}

/**
 * Lists the submodules below `tree` that have a work tree, each with its own listing (and theirs),
 * by their real path. A submodule git cannot list is walked instead.
 */
async function listSubmodules(tree: GitWorkTree, found = new Map<string, GitWorkTree>()): Promise<Map<string, GitWorkTree>> {
  const { listing } = tree;
  const dirs: string[] = [];
  listing.modes.forEach((mode, i) => {
    if (mode === MODE_GITLINK) dirs.push(`${tree.dir}/${pathAt(listing, i)}`);
  });
  await Promise.all(
    dirs.map(async (dir) => {
      if (!lstatSync(`${dir}/.git`, { throwIfNoEntry: false })) return;
      const result = await readGitWorkTree(dir);
      if (!result.available || result.tree.listing.others.includes('./')) return;
      found.set(dir, result.tree);
      await listSubmodules(result.tree, found);
    }),
  );
  return found;
}

export class GitContextScan {
  /** Folders entered, innermost last (context-relative). */
  private readonly stack: string[] = [];
  /** `folder/` of the last folder pruned by the filter or found not to be a folder: every listed path below it is skipped. */
  private pruned: string | undefined;
  private readonly realDirs = new Map<string, boolean>([['', true]]);
  private readonly candidates: Candidates[] = [];
  private readonly walked = new Set<string>();

  private constructor(
    private readonly scanner: ContextScanner,
    private readonly submodules: Map<string, GitWorkTree>,
  ) {}

  /** Scans the context (scanner.contextDir, which `tree` lists) and settles which vouched files git may have converted. */
  static async run(scanner: ContextScanner, tree: GitWorkTree): Promise<GitScanReport> {
    const scan = new GitContextScan(scanner, await listSubmodules(tree));
    scan.dotGit('');
    scan.scanTree(tree, '');
    return scan.settle();
  }

  private scanTree(tree: GitWorkTree, prefix: string): void {
    const { listing } = tree;
    const candidates: Candidates = { tree, paths: [], entries: [], packedFiles: new Uint32Array(0) };
    this.candidates.push(candidates);
    if (listing.packed && prefix === '') return this.scanPacked(listing, listing.packed, candidates);
    const order = mergedOrder(listing);
    // Indexed: a for-of allocates an iterator result per step until V8 optimizes the loop.
    for (let i = 0; i < order.length; i++) {
      const item = order[i] as number;
      if (item >= 0) this.tracked(listing, item, prefix + (listing.paths[item] as string), candidates);
      else this.other(prefix + (listing.others[~item] as string));
    }
  }

  /** Files git vouched for: taken from the index unless git may convert their bytes. */
  private async settle(): Promise<GitScanReport> {
    const report: GitScanReport = { fromIndex: 0, converted: 0 };
    const checks = await Promise.all(
      this.candidates.map(async ({ tree, paths, packedFiles }) => {
        if ((paths.length === 0 && packedFiles.length === 0) || !attributeSourcesExist(tree)) return new Set<string>();
        const { packed } = tree.listing;
        return convertedFiles(tree, packed ? [...paths, ...Array.from(packedFiles, (i) => packedPath(packed, i))] : paths);
      }),
    ).catch((error: unknown) => {
      report.attributesProblem = error instanceof Error ? error.message : String(error);
      return undefined;
    });
    this.candidates.forEach(({ tree, paths, entries, packedFiles }, c) => {
      const converted = checks?.[c];
      entries.forEach((entry, i) => {
        if (converted && !converted.has(paths[i] as string)) {
          this.scanner.scan.entries.push(entry);
          report.fromIndex++;
        } else {
          this.scanner.addFile(entry.path);
          if (converted) report.converted++;
        }
      });
      const { packed, modes, sizes } = tree.listing;
      if (!packed || packedFiles.length === 0) return;
      // Only the context's own listing is packed (prefix ''): one set of packed files at most.
      let chosen = packedFiles;
      if (!converted || converted.size > 0) {
        const kept: number[] = [];
        for (const i of packedFiles) {
          const relative = packedPath(packed, i);
          if (converted && !converted.has(relative)) kept.push(i);
          else {
            this.scanner.addFile(relative);
            if (converted) report.converted++;
          }
        }
        chosen = Uint32Array.from(kept);
      }
      report.fromIndex += chosen.length;
      this.scanner.scan.packed = { names: packed, modes, sizes, chosen };
    });
    return report;
  }

  /**
   * The context's own listing read from the index file: the paths stay bytes, and a vouched file in
   * a folder whose files are all sent (ContextFilter.filesAllSentIn) is only its position in the
   * listing. Folders, other paths and every file that needs a look of its own go through the same
   * steps as in scanTree, in the same (byte) order.
   */
  private scanPacked(listing: IndexListing, packed: PackedNames, candidates: Candidates): void {
    const { names, starts, ends, oids, oidStarts } = packed;
    const { modes, sizes, flags } = listing;
    const others = sortedByBytes(listing.others);
    // What git lists as untracked files and symlinks: among them any that took a tracked folder's place.
    const notFolders = new Set(listing.others.filter((other) => !other.endsWith('/')));
    const allSent = new Uint32Array(ends.length);
    let sent = 0;
    let other = 0;
    // The folder of the file before, as bytes of `names`, and what its files need; -1: none known.
    let folderStart = 0;
    let folderEnd = -1;
    let folderFiles: FolderFiles = VISIT_EACH;
    for (let i = 0; i < ends.length; i++) {
      const start = starts[i] as number;
      const end = ends[i] as number;
      while (other < others.length && comparePackedPath(packed, i, (others[other] as { key: Buffer }).key) > 0) {
        this.other((others[other++] as { path: string }).path);
        folderEnd = -1;
      }
      // The file name, back to the last slash; `high` gets any byte outside ASCII.
      let slash = end - 1;
      let high = 0;
      for (let byte = names[slash] as number; slash >= start && byte !== SLASH; byte = names[--slash] as number) high |= byte;
      const mode = modes[i] as number;
      if (
        flags[i] !== 0 ||
        (mode !== MODE_FILE && mode !== MODE_EXECUTABLE) ||
        high >= 0x80 ||
        (sizes[i] === 0 && !equalBytes(oids, oidStarts[i] as number, EMPTY_BLOB_BYTES))
      ) {
        this.tracked(listing, i, packedPath(packed, i), candidates);
        folderEnd = -1;
        continue;
      }
      const folderLength = Math.max(0, slash - start);
      if (folderEnd < 0 || folderLength !== folderEnd - folderStart || !sameBytes(names, start, folderStart, folderLength)) {
        folderStart = start;
        folderEnd = start + folderLength;
        const folder = names.toString('utf8', folderStart, folderEnd);
        this.realFoldersOf(folder, notFolders);
        folderFiles = this.folderFiles(folder);
      }
      if (folderFiles === ALL_SENT) allSent[sent++] = i;
      else if (folderFiles === VISIT_EACH) this.tracked(listing, i, names.toString('utf8', start, end), candidates);
    }
    while (other < others.length) this.other((others[other++] as { path: string }).path);
    candidates.packedFiles = allSent.subarray(0, sent);
  }

  /**
   * `folder` holds a file git vouches for. A symlink or a file in place of a tracked folder is
   * something `ls-files -m` looks through but `ls-files -o` lists (as an untracked path): unless
   * `notFolders` names `folder` or a folder above it, they are all real folders, known without an
   * lstat each.
   */
  private realFoldersOf(folder: string, notFolders: ReadonlySet<string>): void {
    if (notFolders.size > 0) {
      for (let above = folder; above !== ''; above = parentOf(above)) if (notFolders.has(above)) return;
    }
    for (let real = folder; real !== '' && !this.realDirs.has(real); real = parentOf(real)) this.realDirs.set(real, true);
  }

  /** Enters `folder` ('' for the context) for the files directly in it, and says what they need. */
  private folderFiles(folder: string): FolderFiles {
    const withSlash = folder === '' ? '' : `${folder}/`;
    if ((this.pruned && withSlash.startsWith(this.pruned)) || !this.enterAncestors(withSlash)) return PRUNED;
    // A folder name that is not ASCII may not be valid UTF-8: its files get the checks of a visit each.
    return this.scanner.filesAllSentIn(folder) && !/[\u0080-\uffff]/.test(folder) ? ALL_SENT : VISIT_EACH;
  }

  private tracked(listing: IndexListing, i: number, relative: string, candidates: Candidates): void {
    if (this.pruned && relative.startsWith(this.pruned)) return;
    const mode = listing.modes[i] as number;
    if (mode === MODE_GITLINK) return this.submodule(relative);
    if (listing.flags[i] !== 0 || (mode !== MODE_FILE && mode !== MODE_EXECUTABLE)) return this.unvouched(relative);
    if (!this.enterAncestors(relative)) return;
    const decision = this.scanner.visit(relative, false);
    if (decision.action !== 'include') return;
    this.scanner.checkName(relative, decision, false);
    for (let p = 0; p < decision.parents.length; p++) this.scanner.scan.entries.push({ path: decision.parents[p] as string, type: 'dir' });
    const oid = listing.packed ? packedOid(listing.packed, i) : (listing.oids[i] as string);
    let size = listing.sizes[i] as number;
    // The index has no size when git never recorded the file's stat data (e.g. after read-tree).
    if (size === 0 && oid !== EMPTY_BLOB) size = lstatSync(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false })?.size ?? 0;
    candidates.paths.push(pathAt(listing, i));
    candidates.entries.push({
      path: relative,
      type: 'file',
      mode: mode === MODE_EXECUTABLE ? '755' : '644',
      digest: BLOB_PREFIX + oid,
      size,
    });
  }

  /** A tracked path git does not vouch for (or a symlink): whatever is on disk now, if anything. */
  private unvouched(relative: string): void {
    const stats = this.inRealDir(relative) ? lstatSync(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false }) : undefined;
    if (!stats) {
      // Gone; its folder may be left, empty.
      this.enterPath(this.deepestRealDir(relative));
      return;
    }
    if (!this.enterAncestors(relative)) return;
    if (!stats.isDirectory()) return this.addNonDir(relative, stats);
    // A tracked file that is a folder now: git lists nothing inside it (not even as untracked).
    if (this.enterDir(relative, false)) this.walk(relative);
  }

  private submodule(relative: string): void {
    const absolute = `${this.scanner.contextDir}/${relative}`;
    const stats = this.inRealDir(relative) ? lstatSync(absolute, { throwIfNoEntry: false }) : undefined;
    if (!stats?.isDirectory()) return this.unvouched(relative);
    if (!this.enterAncestors(relative)) return;
    const tree = this.submodules.get(absolute);
    if (!this.enterDir(relative, tree !== undefined)) return;
    if (tree) this.scanTree(tree, `${relative}/`);
    else this.walk(relative); // not checked out, or git cannot list it: every file is read
  }

  /** An untracked or ignored path; `folder/` for a folder git knows nothing inside of. */
  private other(listed: string): void {
    const isDir = listed.endsWith('/');
    const relative = isDir ? listed.slice(0, -1) : listed;
    if (this.pruned && relative.startsWith(this.pruned)) return;
    if (!this.enterAncestors(relative)) return;
    // Git lists folders with a slash and only files and symlinks without: ask the filter first,
    // and lstat only what Docker would send.
    const decision = this.scanner.visit(relative, isDir);
    if (decision.action === 'prune' || (decision.action === 'skip' && !isDir)) return;
    this.scanner.checkName(relative, decision, isDir);
    const stats = lstatSync(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false });
    if (!stats) return; // removed since git listed it
    if (stats.isDirectory() !== isDir) throw new StepError(`'${relative}' changed while the context was being read; run the step again`);
    if (!isDir) return this.scanner.addNonDir(relative, decision, stats);
    if (this.walked.has(relative)) return;
    this.scanner.addDir(relative, decision);
    this.walk(relative);
  }

  /** Walks a folder git says nothing about inside (once, however it is reached). */
  private walk(relative: string): void {
    this.walked.add(relative);
    this.scanner.walkSync(relative);
  }

  private addNonDir(relative: string, stats: Stats): void {
    const decision = this.scanner.visit(relative, false);
    if (decision.action !== 'include') return;
    this.scanner.checkName(relative, decision, false);
    this.scanner.addNonDir(relative, decision, stats);
  }

  /** Visits the folders above `relative` that are not entered yet; false when one of them is pruned. */
  private enterAncestors(relative: string): boolean {
    const { stack } = this;
    while (stack.length > 0 && !relative.startsWith(`${stack[stack.length - 1] as string}/`)) stack.pop();
    const from = stack.length > 0 ? (stack[stack.length - 1] as string).length + 1 : 0;
    for (let slash = relative.indexOf('/', from); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
      if (!this.enterDir(relative.slice(0, slash))) return false;
    }
    return true;
  }

  /** Enters `folder` and the folders above it ('' is the context itself: nothing to do). */
  private enterPath(folder: string): void {
    // As the parent of a path inside it: `folder` itself stays entered if it is.
    if (folder !== '') this.enterAncestors(`${folder}/`);
  }

  /**
   * Visits `folder` (whose parent is entered) unless it is not a real folder any more: `git ls-files
   * -m` vouches for a tracked file reached through a symlink that replaced its folder, so a folder
   * gets an lstat of its own (one per folder, not per file) unless git's listing settles it
   * (realFoldersOf).
   */
  private enterDir(folder: string, lookForDotGit = true): boolean {
    if (this.stack[this.stack.length - 1] === folder) return true;
    if (!this.isRealDir(folder)) {
      this.pruned = `${folder}/`;
      return false;
    }
    const decision = this.scanner.visit(folder, true);
    if (decision.action === 'prune') {
      this.pruned = `${folder}/`;
      return false;
    }
    this.scanner.checkName(folder, decision, true);
    this.scanner.addDir(folder, decision);
    this.stack.push(folder);
    if (lookForDotGit) this.dotGit(folder);
    return true;
  }

  /** The `.git` in `folder`, invisible to git but sent by Docker unless excluded. */
  private dotGit(folder: string): void {
    const relative = folder === '' ? '.git' : `${folder}/.git`;
    const stats = lstatSync(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false });
    if (!stats) return;
    const decision = this.scanner.visit(relative, stats.isDirectory());
    if (decision.action === 'prune') return;
    this.scanner.checkName(relative, decision, stats.isDirectory());
    if (!stats.isDirectory()) return this.scanner.addNonDir(relative, decision, stats);
    this.scanner.addDir(relative, decision);
    this.scanner.walkSync(relative);
  }

  /** Is `folder` a directory, with only directories (no symlinks) on the way to it from the context? */
  private isRealDir(folder: string): boolean {
    let known = this.realDirs.get(folder);
    if (known === undefined) {
      known =
        this.isRealDir(parentOf(folder)) &&
        lstatSync(`${this.scanner.contextDir}/${folder}`, { throwIfNoEntry: false })?.isDirectory() === true;
      this.realDirs.set(folder, known);
    }
    return known;
  }

  private inRealDir(relative: string): boolean {
    return this.isRealDir(parentOf(relative));
  }

  private deepestRealDir(relative: string): string {
    let folder = parentOf(relative);
    while (folder !== '' && !this.isRealDir(folder)) folder = parentOf(folder);
    return folder;
  }
}

/**
 * Tracked paths (index ≥ 0) and other paths (~index) in one sorted sequence. Git gives each list
 * sorted by bytes, which is code point order; names that are not valid UTF-8 could break that, so
 * the result is checked and sorted if needed.
 */
function mergedOrder(listing: IndexListing): number[] {
  const { paths, others } = listing;
  const compare = comparatorFor(paths.length > 0 && others.length > 0 ? [...paths, ...others] : paths.length > 0 ? paths : others);
  const key = (item: number) => (item >= 0 ? (paths[item] as string) : (others[~item] as string));
  const order = new Array<number>(paths.length + others.length);
  let t = 0;
  let o = 0;
  while (t < paths.length || o < others.length) {
    if (o >= others.length || (t < paths.length && compare(paths[t] as string, others[o] as string) < 0)) order[t + o] = t++;
    else order[t + o] = ~o++;
  }
  for (let i = 1; i < order.length; i++) {
    if (compare(key(order[i - 1] as number), key(order[i] as number)) >= 0) return order.sort((a, b) => compare(key(a), key(b)));
  }
  return order;
}

/** `paths` with their UTF-8 bytes, in byte order (git lists them so; checked). */
function sortedByBytes(paths: readonly string[]): Array<{ path: string; key: Buffer }> {
  const keyed = paths.map((path) => ({ path, key: Buffer.from(path) }));
  for (let i = 1; i < keyed.length; i++) {
    if (Buffer.compare((keyed[i - 1] as { key: Buffer }).key, (keyed[i] as { key: Buffer }).key) >= 0) {
      return keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    }
  }
  return keyed;
}

/** Does bytes[at, at + key.length) hold `key`? */
function equalBytes(bytes: Uint8Array, at: number, key: Uint8Array): boolean {
  for (let b = 0; b < key.length; b++) if (bytes[at + b] !== key[b]) return false;
  return true;
}

/** Are the `length` bytes at `a` and at `b` the same? */
function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}
