/**
 * What git knows about a folder of a work tree, asked in one go (the hash fast path, DESIGN §3):
 * the index file lists every tracked file with its blob id and recorded size (read here, see
 * core/git/index-file.ts; `git ls-files -s --debug` lists them when that reader declines), `git
 * ls-files -m` says which differ from the work tree (modified, deleted, type or exec bit changed),
 * `-o --directory` lists every untracked or git-ignored path (a folder with nothing tracked inside
 * is one line, an empty folder too), and `config` says how the repository converts files. For a
 * tracked file git vouches for, and which no attribute or setting converts between the index and
 * the work tree, the index blob id IS the blob id of the bytes on disk: it need not be read.
 * Anything wrong with git only means "no fast path", never a wrong hash.
 */
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import {
  convertedPaths,
  listedAsWhole,
  MODE_EXECUTABLE,
  MODE_FILE,
  LsFilesParser,
  sliceListing,
  MODIFIED,
  hasPathNamed,
  pathAt,
  withFlags,
  type IndexListing,
} from '../core/git/ls-files.js';
import { parseIndexFile } from '../core/git/index-file.js';
import { tuneForLargeTree } from '../runtime/large-tree.js';
import { settingsAtDefaults } from './config-files.js';
import { GitCommandError, gitRunner, streamGit, type GitRunner } from './git-command.js';

export interface GitWorkTree {
  /** The folder that was listed (a real path); listing paths are relative to it. */
  dir: string;
  toplevel: string;
  /** Where `info/attributes` lives (the common dir, for linked worktrees too). */
  commonDir: string;
  /** core.autocrlf is on: any text file may have been converted on checkout. */
  autocrlf: boolean;
  attributesFile?: string;
  listing: IndexListing;
  runner: GitRunner;
  /** For a part of a larger listing (subtree): that listing and where this part sits in it (`dir/`). */
  parent?: { tree: GitWorkTree; prefix: string };
  /**
   * An early tree (readGitWorkTree's `early`) is git's view only if this resolves to undefined;
   * otherwise it resolves to the view to use instead (modified files marked, or no fast path).
   */
  confirmation?: Promise<GitWorkTreeResult | undefined>;
}

export type GitWorkTreeResult = { available: true; tree: GitWorkTree } | { available: false; reason: string };

interface GitOutput {
  stdout: string;
  code: number;
  stderr: string;
}

/** Never throws: a failed or missing git only means "no fast path". */
function git(runner: GitRunner, args: string[], input?: string, options?: { background?: boolean }): Promise<GitOutput> {
  return runner.run(args, input, options).then(
    (stdout) => ({ stdout, code: 0, stderr: '' }),
    (error: unknown) => ({
      stdout: '',
      code: error instanceof GitCommandError ? error.exitCode : -1,
      stderr: error instanceof Error ? error.message : String(error),
    }),
  );
}

/**
 * The folder at or above `dir` that holds a `.git` (a folder, or a `gitdir:` file), found the way
 * git finds its repository (the toolkit removes GIT_DIR and GIT_WORK_TREE): without one no git
 * process needs to start, so a plain folder costs no process at all.
 */
export function gitMarkerFolder(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (lstatSync(path.join(current, '.git'), { throwIfNoEntry: false })) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

interface GitDirs {
  /** The work tree's own git folder: its index, HEAD. */
  gitDir: string;
  /** What all worktrees of the repository share: info/attributes. */
  commonDir: string;
}

/**
 * The git folders of the work tree at `toplevel`: `.git` itself, or for a linked worktree or a
 * submodule (a `.git` file naming the git dir) that git dir and its `commondir`. Read here rather
 * than asked of `git rev-parse`: starting a process costs more than the two small reads.
 * Undefined when `.git` makes no sense (git then fails to list as well).
 */
function gitDirsOf(toplevel: string): GitDirs | undefined {
  const marker = path.join(toplevel, '.git');
  let gitDir = marker;
  try {
    if (!statSync(marker).isDirectory()) {
      const named = /^gitdir: (.+)$/m.exec(readFileSync(marker, 'utf8'))?.[1];
      if (!named) return undefined;
      gitDir = path.resolve(toplevel, named.trim());
    }
    const common = readFileSync(path.join(gitDir, 'commondir'), { encoding: 'utf8', flag: 'r' }).trim();
    return { gitDir, commonDir: path.resolve(gitDir, common) };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(gitDir) ? { gitDir, commonDir: gitDir } : undefined;
  }
}

/**
 * The ls-files calls. The `-c` settings make git compare what the hash compares, whatever the
 * repository says: exec bits (core.fileMode), symlinks as symlinks (core.symlinks), and the work
 * tree itself rather than a file-system monitor's memory of it. Tracked and other paths are
 * listed by two processes side by side: one process asked for both takes longer than the two
 * together (on a 20,000-file tree here: 150–210 ms against 90 and 47 ms).
 */
const LS_FILES = ['-c', 'core.fileMode=true', '-c', 'core.symlinks=true', '-c', 'core.fsmonitor=false', 'ls-files', '-z'];
export const LS_TRACKED_ARGS = [...LS_FILES, '-v', '-s', '-c', '-m', '--debug'];
export const LS_OTHERS_ARGS = [...LS_FILES, '-v', '-o', '--directory'];
/** With the index file read here: only which tracked files differ from it. */
export const LS_MODIFIED_ARGS = [...LS_FILES, '-m'];
const CONFIG_ARGS = ['config', '-z', '--get-regexp', '^(core\\.(autocrlf|attributesfile|worktree)|extensions\\.objectformat)$'];

/** About 5,000 files' worth of listing: from there on the tree is large (see runtime/large-tree.ts). */
const LARGE_LISTING_BYTES = 1 << 20;
const LARGE_INDEX_ENTRIES = 5000;

function truthy(value: string | undefined): boolean {
  return ['true', 'yes', 'on', '1', 'input'].includes((value ?? '').toLowerCase());
}

/** The index file as read, with its stat to tell whether git read the same one. */
interface IndexRead {
  listing: IndexListing;
  stats: Stats;
}

function sameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** The entries of the index file below `prefix`, or undefined when this reader cannot vouch for them (git lists them then). */
function readIndexFile(indexFile: string, prefix: string, before: Stats): IndexRead | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(indexFile, 'r');
    const stats = fstatSync(fd);
    if (!sameFile(before, stats)) return undefined;
    const bytes = readFileSync(fd);
    if (bytes.length !== stats.size) return undefined;
    if (bytes.length >= 12 && bytes.readUInt32BE(8) > LARGE_INDEX_ENTRIES) tuneForLargeTree();
    const parsed = parseIndexFile(bytes, prefix);
    return 'listing' in parsed ? { listing: parsed.listing, stats } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Does the git folder's core.worktree (set for submodules) name `toplevel`, as the .git marker does? */
function worktreeIs(toplevel: string, gitDir: string, worktree: string | undefined): boolean {
  if (worktree === undefined) return true;
  try {
    return realpathSync(path.resolve(gitDir, worktree)) === toplevel;
  } catch {
    return false;
  }
}

/**
 * Lists `dir` (a real path) with git, the processes side by side: which tracked files differ
 * (`ls-files -m`), what is untracked or ignored (`-o`), and the settings (`config`, unless the
 * configuration files surely leave them at their defaults); meanwhile the index file is read
 * here. When git may have read another index (it changed), or the file is one this reader does
 * not know, git lists the tracked files itself (`-s --debug`).
 *
 * `early`: `ls-files -m` stats every tracked file and answers last. With this option the tree
 * comes as soon as the rest is known, as if git had found nothing modified, with a
 * `confirmation` to await before its answer is relied on: the caller hashes meanwhile.
 */
export async function readGitWorkTree(
  dir: string,
  runner: GitRunner = gitRunner(dir),
  options: { early?: boolean } = {},
): Promise<GitWorkTreeResult> {
  const toplevel = gitMarkerFolder(dir);
  if (!toplevel) return { available: false, reason: 'not a git repository (no .git in the context folder or above it)' };
  const dirs = gitDirsOf(toplevel);
  const indexFile = dirs ? path.join(dirs.gitDir, 'index') : undefined;
  const indexBefore = indexFile ? statSync(indexFile, { throwIfNoEntry: false }) : undefined;
  // `-m` stats every tracked file: the longest of the two, it starts first, and at a lower priority
  // (in the background, the hash has the cores first). It is awaited last, by an early tree's
  // confirmation; the other paths are awaited before the scan, after the index file is parsed.
  const modified = indexBefore ? git(runner, LS_MODIFIED_ARGS, undefined, { background: true }) : undefined;
  const others = parsedListing(dir, LS_OTHERS_ARGS, () => {});
  const conf = dirs && settingsAtDefaults(dirs) ? Promise.resolve({ stdout: '', code: 0, stderr: '' }) : git(runner, CONFIG_ARGS);
  const indexRead = indexFile && indexBefore ? readIndexFile(indexFile, relativePrefix(toplevel, dir), indexBefore) : undefined;
  const [othersListing, settingsAnswer] = await Promise.all([others, conf]);
  // ls-files fails outside a work tree (inside a .git folder, a bare repository): no fast path then.
  if ('failed' in othersListing) return { available: false, reason: othersListing.failed };
  if (!dirs || !indexFile) return { available: false, reason: `${path.join(toplevel, '.git')} does not lead to a git repository` };

  const settings = new Map<string, string>();
  for (const record of settingsAnswer.stdout.split('\0')) {
    const newline = record.indexOf('\n');
    if (newline > 0) settings.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
  }
  const objectFormat = settings.get('extensions.objectformat');
  if (objectFormat !== undefined && objectFormat.toLowerCase() !== 'sha1')
    return { available: false, reason: `the repository stores ${objectFormat} object ids, not sha1 blob ids` };
  const attributesFile = settings.get('core.attributesfile');
  const treeOf = (tracked: IndexListing): GitWorkTreeResult => {
    // Assigned, not spread: a spread would make every path string of a packed listing.
    const listing: IndexListing = Object.assign(tracked, { others: othersListing.listing.others });
    // The object format shows in the ids git lists (a sha256 repository lists 64 digits).
    if (listing.oidLength !== 0 && listing.oidLength !== 40)
      return { available: false, reason: `git listed ${listing.oidLength}-digit object ids, not sha1 blob ids` };
    const tree: GitWorkTree = {
      dir,
      toplevel,
      commonDir: dirs.commonDir,
      autocrlf: truthy(settings.get('core.autocrlf')),
      ...(attributesFile ? { attributesFile } : {}),
      listing,
      runner,
    };
    return { available: true, tree };
  };
  const fromIndex = indexRead && worktreeIs(toplevel, dirs.gitDir, settings.get('core.worktree')) ? indexRead : undefined;

  /** The tree once `ls-files -m` has answered; `asRead` when that is the index file's listing as read, nothing modified. */
  const settle = async (answer: GitOutput | undefined): Promise<{ result: GitWorkTreeResult; asRead: boolean }> => {
    if (fromIndex && answer?.code === 0 && sameFile(fromIndex.stats, statSync(indexFile, { throwIfNoEntry: false }))) {
      return { result: treeOf(withModified(fromIndex.listing, answer.stdout)), asRead: answer.stdout === '' };
    }
    let received = 0;
    const listed = await parsedListing(dir, LS_TRACKED_ARGS, (bytes) => {
      received += bytes;
      if (received > LARGE_LISTING_BYTES) tuneForLargeTree();
    });
    return { result: 'failed' in listed ? { available: false, reason: listed.failed } : treeOf(listed.listing), asRead: false };
  };

  if (options.early && fromIndex && modified) {
    const provisional = treeOf(fromIndex.listing);
    if (provisional.available) {
      provisional.tree.confirmation = modified.then(settle).then(({ result, asRead }) => (asRead ? undefined : result));
    }
    return provisional;
  }
  return (await settle(await modified)).result;
}

/** `dir` relative to the work tree root as the index names paths: '' or 'folder/'. */
function relativePrefix(toplevel: string, dir: string): string {
  const relative = path.relative(toplevel, dir).split(path.sep).join('/');
  return relative === '' ? '' : `${relative}/`;
}

/**
 * The listing with the paths `git ls-files -z -m` printed (relative to the listed folder) marked
 * MODIFIED: a copy, as an early tree may still be in use with the listing as read.
 */
function withModified(listing: IndexListing, answer: string): IndexListing {
  if (answer === '') return listing;
  const modified = new Set(answer.split('\0'));
  const flags = Uint8Array.from(listing.flags);
  for (let i = 0; i < flags.length; i++) {
    if (modified.has(pathAt(listing, i))) flags[i] = (flags[i] as number) | MODIFIED;
  }
  return withFlags(listing, flags);
}

/** One ls-files answer, parsed as it streams in (it is large); a parse error stops taking chunks. */
async function parsedListing(
  dir: string,
  args: string[],
  onBytes: (bytes: number) => void,
): Promise<{ listing: IndexListing } | { failed: string }> {
  const parser = new LsFilesParser();
  let parseError: unknown;
  try {
    await streamGit(dir, args, (chunk) => {
      onBytes(chunk.length);
      if (parseError !== undefined) return;
      try {
        parser.push(chunk);
      } catch (error) {
        parseError = error;
      }
    });
    if (parseError !== undefined) throw parseError;
    return { listing: parser.end() };
  } catch (error) {
    if (error instanceof GitCommandError) return { failed: `git ls-files failed: ${error.message.trim()}` };
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

const SYSTEM_ATTRIBUTES = [
  '/etc/gitattributes',
  '/usr/etc/gitattributes',
  '/usr/local/etc/gitattributes',
  '/opt/homebrew/etc/gitattributes',
];

/**
 * Could any attribute apply to files of the listing? (A false "yes" only costs a `check-attr`.)
 * `.gitattributes` files anywhere in the listing (tracked or not), in the folders from the listed
 * folder up to the repository root, in the repository's info/, the user's and the system's file.
 */
export function attributeSourcesExist(tree: GitWorkTree): boolean {
  if (tree.autocrlf) return true;
  const isAttributes = (file: string) => file === '.gitattributes' || file.endsWith('/.gitattributes');
  if (hasPathNamed(tree.listing, '.gitattributes') || tree.listing.others.some(isAttributes)) return true;
  for (let dir = tree.dir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.gitattributes'))) return true;
    if (dir === tree.toplevel || path.dirname(dir) === dir) break;
  }
  if (existsSync(path.join(tree.commonDir, 'info', 'attributes'))) return true;
  const xdg = process.env.XDG_CONFIG_HOME || path.join(homedir(), '.config');
  const global = tree.attributesFile ? tree.attributesFile.replace(/^~(?=\/)/, homedir()) : path.join(xdg, 'git', 'attributes');
  if (existsSync(global)) return true;
  // The system file is <prefix>/etc/gitattributes for git's build prefix; look where distributions put it.
  if (!process.env.GIT_ATTR_NOSYSTEM && SYSTEM_ATTRIBUTES.some((file) => existsSync(file))) return true;
  // Attributes read from a tree instead of the work tree (git ≥ 2.40): cannot be reasoned about here.
  if (process.env.GIT_ATTR_SOURCE) return true;
  return false;
}

/**
 * The part of `tree` below `folder` (a real path inside tree.dir), as if listed there, or undefined
 * when the listing cannot tell (the folder is untracked, ignored, or inside a submodule).
 */
export function subtree(tree: GitWorkTree, folder: string): GitWorkTree | undefined {
  if (folder === tree.dir) return tree;
  const relative = path.relative(tree.dir, folder).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative) || listedAsWhole(tree.listing, relative)) return undefined;
  // Always relative to the listing git made, so one check-attr of it serves every part.
  const parent = { tree: tree.parent?.tree ?? tree, prefix: `${tree.parent?.prefix ?? ''}${relative}/` };
  return { ...tree, dir: folder, listing: sliceListing(tree.listing, relative), parent };
}

async function checkAttributes(tree: GitWorkTree, files: readonly string[]): Promise<Set<string>> {
  if (files.length === 0) return new Set();
  const attrs = await git(
    tree.runner,
    ['check-attr', '-z', '--stdin', 'text', 'eol', 'filter', 'ident', 'working-tree-encoding'],
    `${files.join('\0')}\0`,
  );
  if (attrs.code !== 0) throw new Error(`git check-attr failed: ${attrs.stderr.trim()}`);
  return convertedPaths(attrs.stdout, tree.autocrlf);
}

/** One check-attr for every file of a shared listing, asked once whatever part of it is hashed. */
const wholeListingChecks = new WeakMap<GitWorkTree, Promise<Set<string>>>();

/**
 * The paths among `files` (relative to tree.dir) whose bytes git may convert between the index
 * and the work tree: eol/text conversion, clean/smudge filters (git-lfs among them), ident,
 * working-tree-encoding. Throws when git cannot say.
 */
export async function convertedFiles(tree: GitWorkTree, files: readonly string[]): Promise<Set<string>> {
  if (!tree.parent) return checkAttributes(tree, files);
  const { tree: whole, prefix } = tree.parent;
  let check = wholeListingChecks.get(whole);
  if (!check) {
    const { paths, modes, flags } = whole.listing;
    check = checkAttributes(
      whole,
      paths.filter((_file, i) => flags[i] === 0 && (modes[i] === MODE_FILE || modes[i] === MODE_EXECUTABLE)),
    );
    wholeListingChecks.set(whole, check);
  }
  const converted = await check;
  return new Set(files.filter((file) => converted.has(prefix + file)));
}
