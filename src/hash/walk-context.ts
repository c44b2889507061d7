/**
 * Reads a build context the way BuildKit's sender does: depth first, never following symlinks,
 * asking the ContextFilter about every entry. Directories are kept (empty ones too), symlinks are
 * their target string, regular files are handed on to be hashed, sockets, FIFOs and devices are
 * reported and left out. The content path walks the whole context with it; the git fast path
 * (git-context.ts) uses the same visitor for the paths git lists and walks only the folders git
 * knows nothing about.
 *
 * The walk yields to the event loop now and then, so the hashing threads get new work while it runs.
 */
import { lstatSync, readdirSync, readlinkSync, type Dirent, type Stats } from 'node:fs';
import type { ContextFilter, Visit } from '../core/dockerignore/context-filter.js';
import { BadPatternError } from '../core/dockerignore/go-glob.js';
import type { ContextEntry, PackedFiles } from '../core/context-tree.js';
import { InputError, StepError } from '../core/errors.js';
import { nowMs } from './clock.js';

/** What a scan of the context found, apart from the digests of the files it hands on. */
export interface ContextScan {
  /** Directories, symlinks, and the files whose digest is already known (git's index). */
  entries: ContextEntry[];
  /** Sent by Docker but not hashable as file content: reported as warnings. */
  special: Array<{ path: string; kind: string }>;
  /** Context-relative paths of the files handed on to be read, in the order handed on. */
  toRead: string[];
  /** Files whose digest is already known, taken from git's index without an object each (the fast path). */
  packed?: PackedFiles;
}

export function kindOf(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice()) return 'block device';
  if (entry.isCharacterDevice()) return 'character device';
  return 'special file';
}

export function unreadable(relative: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new InputError('context', `cannot read '${relative}' (${code})`, 'Make it readable, or exclude it in .dockerignore');
}

/**
 * Node shows invalid UTF-8 bytes in a name as U+FFFD, but U+FFFD is also a valid character of its
 * own: the name is faithful only if some entry's raw bytes are exactly its UTF-8 encoding.
 */
function isValidUtf8Name(dir: string, name: string): boolean {
  const encoded = Buffer.from(name, 'utf8');
  return readdirSync(dir, { encoding: 'buffer' }).some((raw) => raw.equals(encoded));
}

const YIELD_EVERY_MS = 4;

export class ContextScanner {
  readonly scan: ContextScan = { entries: [], special: [], toRead: [] };
  private lastYield = nowMs();

  constructor(
    readonly contextDir: string,
    private readonly filter: ContextFilter,
    private readonly ignoreFileLabel: string,
    /** Called with each file to read as soon as it is found. */
    private readonly onFile: (relative: string) => void = () => {},
  ) {}

  /** The filter's decision for `relative`, with a bad pattern reported against the ignore file. */
  visit(relative: string, isDir: boolean): Visit {
    try {
      return this.filter.visit(relative, isDir);
    } catch (error) {
      if (error instanceof BadPatternError) {
        throw new InputError('context', `${this.ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
      }
      throw error;
    }
  }

  /** Refuses a name that is not valid UTF-8 (it cannot be hashed faithfully) unless Docker would not send it. */
  checkName(relative: string, decision: Visit, isDir: boolean): void {
    if (!relative.includes('\uFFFD') || decision.action === 'prune' || (decision.action === 'skip' && !isDir)) return;
    const slash = relative.lastIndexOf('/');
    const parent = slash < 0 ? this.contextDir : `${this.contextDir}/${relative.slice(0, slash)}`;
    if (!isValidUtf8Name(parent, relative.slice(slash + 1))) {
      throw new InputError('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
    }
  }

  /** Is every file directly in the sent folder `relative` sent too (see ContextFilter.filesAllSentIn)? */
  filesAllSentIn(relative: string): boolean {
    return this.filter.filesAllSentIn(relative);
  }

  /** Records an included directory (and the excluded ones that hold it, as the filter says). */
  addDir(relative: string, decision: Visit): void {
    if (decision.action !== 'include') return;
    for (const parent of decision.parents) this.scan.entries.push({ path: parent, type: 'dir' });
    this.scan.entries.push({ path: relative, type: 'dir' });
  }

  /** Records an included non-directory after asking lstat what it is now. `stats` when already known. */
  addNonDir(relative: string, decision: Visit, stats?: Stats): void {
    if (decision.action !== 'include') return;
    for (const parent of decision.parents) this.scan.entries.push({ path: parent, type: 'dir' });
    const absolute = `${this.contextDir}/${relative}`;
    if (!stats) {
      try {
        stats = lstatSync(absolute);
      } catch (error) {
        throw unreadable(relative, error);
      }
    }
    if (stats.isFile()) this.addFile(relative);
    else if (stats.isSymbolicLink()) this.addSymlink(relative);
    else if (stats.isDirectory()) throw new StepError(`'${relative}' changed while the context was being read; run the step again`);
    else this.scan.special.push({ path: relative, kind: kindOf(stats) });
  }

  addFile(relative: string): void {
    this.scan.toRead.push(relative);
    this.onFile(relative);
  }

  addSymlink(relative: string): void {
    try {
      this.scan.entries.push({ path: relative, type: 'symlink', target: readlinkSync(`${this.contextDir}/${relative}`) });
    } catch (error) {
      throw unreadable(relative, error);
    }
  }

  /** Walks everything below the folder `relativeDir` ('' for the context root), which was already visited. */
  walkSync(relativeDir: string): void {
    const steps = this.entriesBelow(relativeDir);
    while (!steps.next().done);
  }

  /** The same, letting the hashing threads' replies in now and then (the content path hashes while it walks). */
  async walk(relativeDir: string): Promise<void> {
    const steps = this.entriesBelow(relativeDir);
    while (!steps.next().done) await this.maybeYield();
  }

  /** Depth first, as the filter needs (a folder's whole subtree right after the folder); yields after each folder. */
  private *entriesBelow(relativeDir: string): Generator<void> {
    const absolute = relativeDir === '' ? this.contextDir : `${this.contextDir}/${relativeDir}`;
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      throw unreadable(relativeDir || '.', error);
    }
    // No sorting: the order of siblings changes nothing (the filter only needs parents before
    // children, which depth-first gives) and the entries are sorted once at the end.
    for (const entry of entries) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      const isDir = entry.isDirectory();
      const decision = this.visit(relative, isDir);
      if (decision.action === 'prune') continue;
      this.checkName(relative, decision, isDir);
      if (isDir) {
        this.addDir(relative, decision);
        yield* this.entriesBelow(relative);
      } else if (decision.action === 'include') {
        for (const parent of decision.parents) this.scan.entries.push({ path: parent, type: 'dir' });
        // The dirent type is enough: the hashing thread opens the file without following
        // symlinks and checks with fstat that it is still a regular file.
        if (entry.isFile()) this.addFile(relative);
        else if (entry.isSymbolicLink()) this.addSymlink(relative);
        else this.scan.special.push({ path: relative, kind: kindOf(entry) });
      }
    }
    yield;
  }

  /** Lets replies from the hashing threads in now and then. */
  async maybeYield(): Promise<void> {
    const now = nowMs();
    if (now - this.lastYield < YIELD_EVERY_MS) return;
    this.lastYield = now;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
