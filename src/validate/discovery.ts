/**
 * Which files validate reads: the workspace's files as git lists them (tracked and untracked,
 * .gitignore honoured; a plain folder walk outside git), matched against the `files` globs; and
 * which of them a pull request changes (against the merge base of the PR's base commit).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { GitRunner } from '../git/git-command.js';
import { globMatcher, globToRegExp } from '../core/glob.js';

const WALK_SKIP = new Set(['.git', 'node_modules']);

/** Every file of the workspace, relative and `/`-separated, sorted. */
export async function workspaceFiles(
  workspace: string,
  git: GitRunner | undefined,
): Promise<{ files: string[]; listedBy: 'git' | 'walk' }> {
  if (git) {
    try {
      const out = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
      // A file deleted in the working tree (or a submodule) is still listed: reading it says so.
      const files = [...new Set(out.split('\0').filter((f) => f !== ''))];
      return { files: files.sort(), listedBy: 'git' };
    } catch {
      // not a git checkout: walk it
    }
  }
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (WALK_SKIP.has(entry.name)) continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile()) files.push(relative);
    }
  };
  walk(workspace, '');
  return { files: files.sort(), listedBy: 'walk' };
}

/**
 * The files the globs select (`!glob` lines take files out again). Globs the user gave must each
 * match something: a typo would otherwise validate nothing and pass.
 */
export function selectFiles(files: readonly string[], globs: readonly string[], explicit: boolean): string[] {
  const include = globs.filter((g) => !g.startsWith('!'));
  const excluded = globMatcher(globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
  const selected = new Set<string>();
  for (const glob of include) {
    const expression = globToRegExp(glob);
    const matched = files.filter((file) => expression.test(file));
    if (explicit && matched.length === 0)
      throw new InputError(
        'files',
        `'${glob}' matches no file in the workspace`,
        'Fix the glob (paths are relative to the workspace, e.g. images/**/Dockerfile)',
      );
    for (const file of matched) selected.add(file);
  }
  return [...selected].filter((file) => !excluded(file)).sort();
}

/** The file as text (undefined when it is gone); a binary file (NUL bytes, not UTF-8) is an input error naming it. */
export function readTextFile(absolute: string, relative: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    // Listed by git but gone from the working tree, or a submodule's folder: nothing to validate.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') return undefined;
    throw new InputError('files', `cannot read '${relative}' (${code ?? 'error'})`, 'Make it readable, or leave it out of files');
  }
  const binary = () =>
    new InputError('files', `'${relative}' is not a text file (it looks binary)`, 'Leave it out of files (a `!path` line excludes it)');
  if (text.includes('\0')) throw binary();
  // Decoding replaced invalid UTF-8 with U+FFFD; only then are the bytes worth a second look.
  if (text.includes('\uFFFD') && !isUtf8(readFileSync(absolute))) throw binary();
  return text;
}

export interface ChangedFiles {
  /** The commit compared against (the merge base with the PR's base). */
  base: string;
  files: Set<string>;
}

/**
 * Files that differ between the merge base of `base` and the working tree, plus untracked ones.
 * A base commit missing from a shallow clone is fetched (one commit). Undefined when git cannot
 * tell: the caller then validates everything, never less.
 */
export async function changedFiles(git: GitRunner, base: string): Promise<ChangedFiles | undefined> {
  const has = async (rev: string) =>
    git.run(['cat-file', '-e', `${rev}^{commit}`]).then(
      () => true,
      () => false,
    );
  if (!(await has(base))) {
    await git.run(['fetch', '--no-tags', '--depth=1', 'origin', base]).catch(() => undefined);
    if (!(await has(base))) return undefined;
  }
  const mergeBase = (await git.run(['merge-base', base, 'HEAD']).catch(() => base)).trim() || base;
  try {
    const diff = await git.run(['diff', '--name-only', '-z', '--no-renames', mergeBase]);
    const untracked = await git.run(['ls-files', '-z', '--others', '--exclude-standard']);
    return { base: mergeBase, files: new Set([...diff.split('\0'), ...untracked.split('\0')].filter((f) => f !== '')) };
  } catch {
    return undefined;
  }
}

/** Whether a unit is touched: its file, its Dockerfile, or anything in its context changed. */
export function touches(
  changed: ReadonlySet<string>,
  unit: { file: string; dockerfileRelative: string; contextRelative: string; origin?: string },
): boolean {
  if (changed.has(unit.file) || changed.has(unit.dockerfileRelative) || (unit.origin !== undefined && changed.has(unit.origin)))
    return true;
  const prefix = unit.contextRelative === '' || unit.contextRelative === '.' ? '' : `${unit.contextRelative}/`;
  for (const file of changed) if (prefix === '' || file.startsWith(prefix)) return true;
  return false;
}
