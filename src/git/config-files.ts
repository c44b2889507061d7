/**
 * Whether the settings the fast path reads (core.autocrlf, core.attributesFile, core.worktree,
 * extensions.objectFormat) are surely at their defaults, known from git's configuration files
 * without starting `git config`: starting a process costs 10–20 ms of the main thread here
 * (issue 8). "Surely" means no file git reads mentions any of them, nor `include`, anywhere, not
 * even in a comment, and no GIT_CONFIG_* variable adds settings; any mention means asking git.
 * So this can only send the question to git, never answer it wrongly. Linux only: elsewhere git's
 * system file may live where this does not look.
 */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const MENTIONS = /autocrlf|attributesfile|worktree|objectformat|include/i;
/** Where distributions and common builds keep the system file (git's <sysconfdir>/gitconfig). */
const SYSTEM_FILES = ['/etc/gitconfig', '/usr/etc/gitconfig', '/usr/local/etc/gitconfig'];

/** lstat without an exception for a missing entry (throwing costs more than the stat); null when it cannot tell. */
function statOf(file: string): Stats | undefined | null {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return null;
  }
}

/**
 * The system file of the git that PATH finds, for a git built with its own prefix
 * (`<prefix>/bin/git`); null when that cannot be told.
 */
function gitPrefixFile(env: NodeJS.ProcessEnv): string | undefined | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const git = path.join(dir, 'git');
    const stats = statOf(git);
    if (stats === undefined || (stats && !stats.isFile())) continue;
    try {
      return path.join(path.dirname(path.dirname(realpathSync(git))), 'etc', 'gitconfig');
    } catch {
      return null;
    }
  }
  return undefined;
}

function mentionsNothing(file: string): boolean {
  const stats = statOf(file);
  if (stats === undefined) return true;
  try {
    return !MENTIONS.test(readFileSync(file, 'latin1'));
  } catch {
    return false; // there but unreadable (a folder, no permission): git may read more than this can
  }
}

export function settingsAtDefaults(
  dirs: { gitDir: string; commonDir: string },
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'linux') return false;
  if (Object.keys(env).some((name) => name.startsWith('GIT_CONFIG') && name !== 'GIT_CONFIG_NOSYSTEM')) return false;
  const home = env.HOME || homedir();
  const files = [
    path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'git', 'config'),
    path.join(home, '.gitconfig'),
    path.join(dirs.commonDir, 'config'),
    path.join(dirs.gitDir, 'config.worktree'),
  ];
  // The system files count even under GIT_CONFIG_NOSYSTEM: looking at more files only asks git more often.
  const prefixFile = gitPrefixFile(env);
  if (prefixFile === null) return false;
  return [...files, ...SYSTEM_FILES, ...(prefixFile ? [prefixFile] : [])].every(mentionsNothing);
}
