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
import { MODE_EXECUTABLE, MODE_FILE, MODE_GITLINK, type IndexListing } from '../core/git/ls-files.js';
import { attributeSourcesExist, convertedFiles, readGitWorkTree, type GitWorkTree } from '../git/index-blobs.js';
import { StepError } from '../core/errors.js';
import type { ContextScanner } from './walk-context.js';

type FileEntry = Extract<ContextEntry, { type: 'file' }>;

/** Git's blob id of an empty file: a recorded size of 0 is believable only for it. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

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
}

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
  const dirs = listing.paths.filter((_file, i) => listing.modes[i] === MODE_GITLINK).map((file) => `${tree.dir}/${file}`);
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
    const candidates: Candidates = { tree, paths: [], entries: [] };
    this.candidates.push(candidates);
    const order = mergedOrder(listing);
    // Indexed: a for-of allocates an iterator result per step until V8 optimizes the loop.
    for (let i = 0; i < order.length; i++) {
      const item = order[i] as number;
      if (item >= 0) this.tracked(listing, item, prefix, candidates);
      else this.other(prefix + (listing.others[~item] as string));
    }
  }

  /** Files git vouched for: taken from the index unless git may convert their bytes. */
  private async settle(): Promise<GitScanReport> {
    const report: GitScanReport = { fromIndex: 0, converted: 0 };
    const checks = await Promise.all(
      this.candidates.map(async ({ tree, paths }) => {
        if (paths.length === 0 || !attributeSourcesExist(tree)) return new Set<string>();
        return convertedFiles(tree, paths);
      }),
    ).catch((error: unknown) => {
      report.attributesProblem = error instanceof Error ? error.message : String(error);
      return undefined;
    });
    this.candidates.forEach(({ paths, entries }, c) => {
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
    });
    return report;
  }

  private tracked(listing: IndexListing, i: number, prefix: string, candidates: Candidates): void {
    const relative = prefix + (listing.paths[i] as string);
    if (this.pruned && relative.startsWith(this.pruned)) return;
    const mode = listing.modes[i] as number;
    if (mode === MODE_GITLINK) return this.submodule(relative);
    if (listing.flags[i] !== 0 || (mode !== MODE_FILE && mode !== MODE_EXECUTABLE)) return this.unvouched(relative);
    if (!this.enterAncestors(relative)) return;
    const decision = this.scanner.visit(relative, false);
    if (decision.action !== 'include') return;
    this.scanner.checkName(relative, decision, false);
    for (let p = 0; p < decision.parents.length; p++) this.scanner.scan.entries.push({ path: decision.parents[p] as string, type: 'dir' });
    const oid = listing.oids[i] as string;
    let size = listing.sizes[i] as number;
    // The index has no size when git never recorded the file's stat data (e.g. after read-tree).
    if (size === 0 && oid !== EMPTY_BLOB) size = lstatSync(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false })?.size ?? 0;
    candidates.paths.push(listing.paths[i] as string);
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
   * -m` vouches for a tracked file reached through a symlink that replaced its folder, so every
   * folder gets an lstat of its own (one per folder, not per file).
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
