/**
 * The git fast path: on a git checkout, the index already holds the blob id of every tracked file,
 * and `git diff-files` tells which tracked files differ from it. For a file that is tracked, not
 * reported as changed, and not subject to any conversion between the work tree and the index
 * (clean/smudge filters, eol/text conversion, ident, working-tree-encoding, autocrlf), the index
 * blob id IS the git blob id of its working-tree bytes, i.e. exactly what reading it would give.
 * Everything else (modified, untracked, converted, conflicted, skip-worktree or assume-unchanged
 * files) is read as usual. Any problem with git means "no fast path", never a wrong hash.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { GitCommandError, gitRunner, type GitRunner } from './git-command.js';

export type GitIndexView =
  { available: true; blobs: Map<string, string>; attributesChecked: boolean } | { available: false; reason: string };

interface GitOutput {
  stdout: string;
  code: number;
  stderr: string;
}

/** Never throws: a failed or missing git only means "no fast path". */
function git(runner: GitRunner, args: string[], input?: string): Promise<GitOutput> {
  return runner.run(args, input).then(
    (stdout) => ({ stdout, code: 0, stderr: '' }),
    (error: unknown) => ({
      stdout: '',
      code: error instanceof GitCommandError ? error.exitCode : -1,
      stderr: error instanceof Error ? error.message : String(error),
    }),
  );
}

/**
 * Parses `git ls-files -s -v -z`: `<tag> <mode> <oid> <stage>\t<path>\0` per entry. Keeps plain,
 * stage-0 regular files. Scans the text by index: it is the hot loop of the fast path.
 */
export function parseLsFiles(output: string): Map<string, string> {
  const blobs = new Map<string, string>();
  let conflicted: Set<string> | undefined;
  let at = 0;
  while (at < output.length) {
    let end = output.indexOf('\0', at);
    if (end < 0) end = output.length;
    const tab = output.indexOf('\t', at);
    if (tab > at && tab < end) {
      const file = output.slice(tab + 1, end);
      const stage = output.charCodeAt(tab - 1);
      const firstSpace = at + 1; // after the one-letter tag
      const secondSpace = output.indexOf(' ', firstSpace + 1);
      const mode = output.slice(firstSpace + 1, secondSpace);
      if (stage !== 0x30 /* '0' */) {
        (conflicted ??= new Set()).add(file);
      } else if (output.charCodeAt(at) === 0x48 /* 'H' */ && (mode === '100644' || mode === '100755')) {
        // 'H' is a plain cached entry; 'S' (skip-worktree) and lowercase (assume-unchanged) mean git
        // does not look at the work tree for them, so its view cannot be trusted.
        blobs.set(file, output.slice(secondSpace + 1, tab - 2));
      }
    }
    at = end + 1;
  }
  if (conflicted) for (const file of conflicted) blobs.delete(file);
  return blobs;
}

/** Parses `git check-attr -z` output into the paths whose bytes git may convert. */
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

const SYSTEM_ATTRIBUTES = [
  '/etc/gitattributes',
  '/usr/etc/gitattributes',
  '/usr/local/etc/gitattributes',
  '/opt/homebrew/etc/gitattributes',
];

/** Is there any place attributes could come from for files under `contextDir`? (False positives only cost time.) */
function attributeSourcesExist(options: {
  toplevel: string;
  contextDir: string;
  gitDir: string;
  attributesFile: string | undefined;
  lsFilesOutput: string;
  walkSawGitattributes: boolean;
}): boolean {
  // Tracked anywhere under the context (even if modified or excluded from the Docker context), or
  // seen in the work tree by the walk (even if untracked or excluded).
  if (options.walkSawGitattributes || options.lsFilesOutput.includes('.gitattributes\0')) return true;
  // .gitattributes in the folders between the repository root and the context.
  let dir = options.contextDir;
  for (;;) {
    if (existsSync(path.join(dir, '.gitattributes'))) return true;
    if (dir === options.toplevel || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  if (existsSync(path.join(options.gitDir, 'info', 'attributes'))) return true;
  const xdg = process.env.XDG_CONFIG_HOME || path.join(homedir(), '.config');
  const global = options.attributesFile ? options.attributesFile.replace(/^~(?=\/)/, homedir()) : path.join(xdg, 'git', 'attributes');
  if (existsSync(global)) return true;
  // The system file is <prefix>/etc/gitattributes for git's build prefix; look where distributions put it.
  if (!process.env.GIT_ATTR_NOSYSTEM && SYSTEM_ATTRIBUTES.some((file) => existsSync(file))) return true;
  // Attributes read from a tree instead of the work tree (git ≥ 2.40): cannot be reasoned about here.
  if (process.env.GIT_ATTR_SOURCE) return true;
  return false;
}

export interface GitIndexRequest {
  /** Absolute, real path of the build context. */
  contextDir: string;
}

/** Starts the git queries; `finish` is told whether the walk met a `.gitattributes` file. */
export function startGitIndex(request: GitIndexRequest): { finish: (walkSawGitattributes: boolean) => Promise<GitIndexView> } {
  const cwd = request.contextDir;
  const runner = gitRunner(cwd);
  const revParse = git(runner, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--absolute-git-dir', '--show-object-format']);
  const lsFiles = git(runner, ['ls-files', '-s', '-v', '-z']);
  const diffFiles = git(runner, ['diff-files', '--name-only', '-z', '--relative', '--ignore-submodules=all']);
  const config = git(runner, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$']);

  const finish = async (walkSawGitattributes: boolean): Promise<GitIndexView> => {
    const [rev, ls, diff, conf] = await Promise.all([revParse, lsFiles, diffFiles, config]);
    if (rev.code !== 0) return { available: false, reason: rev.stderr.trim().split('\n')[0] || 'not a git work tree' };
    const [inside, toplevel, gitDir, objectFormat] = rev.stdout.split('\n');
    if (inside !== 'true' || !toplevel || !gitDir) return { available: false, reason: 'the context is not inside a git work tree' };
    if (objectFormat !== 'sha1')
      return { available: false, reason: `the repository uses ${objectFormat} object ids, not git's sha1 blob ids` };
    if (ls.code !== 0) return { available: false, reason: `git ls-files failed: ${ls.stderr.trim()}` };
    if (diff.code !== 0) return { available: false, reason: `git diff-files failed: ${diff.stderr.trim()}` };

    const blobs = parseLsFiles(ls.stdout);
    for (const changed of diff.stdout.split('\0')) if (changed !== '') blobs.delete(changed);

    const settings = new Map<string, string>();
    for (const record of conf.stdout.split('\0')) {
      const newline = record.indexOf('\n');
      if (newline > 0) settings.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
    }
    const autocrlfValue = (settings.get('core.autocrlf') ?? 'false').toLowerCase();
    const autocrlf =
      autocrlfValue === 'true' || autocrlfValue === 'input' || autocrlfValue === 'yes' || autocrlfValue === 'on' || autocrlfValue === '1';

    const needsCheck =
      autocrlf ||
      attributeSourcesExist({
        toplevel,
        contextDir: cwd,
        gitDir,
        attributesFile: settings.get('core.attributesfile'),
        lsFilesOutput: ls.stdout,
        walkSawGitattributes,
      });
    if (needsCheck && blobs.size > 0) {
      const attrs = await git(
        runner,
        ['check-attr', '-z', '--stdin', 'text', 'eol', 'filter', 'ident', 'working-tree-encoding'],
        [...blobs.keys()].join('\0') + '\0',
      );
      if (attrs.code !== 0) return { available: false, reason: `git check-attr failed: ${attrs.stderr.trim()}` };
      for (const file of convertedPaths(attrs.stdout, autocrlf)) blobs.delete(file);
    }
    return { available: true, blobs, attributesChecked: needsCheck };
  };
  return { finish };
}
