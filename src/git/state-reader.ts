/**
 * Reads the facts `decideGitState` needs out of a real repository. Every git call goes through the
 * small `GitRunner` seam (argv in, stdout out), so the decisions stay pure and the
 * I/O is one short list of read-only commands.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { errorMessage, StepError } from '../core/errors.js';
import { parseCommitObject } from '../core/git/commit-object.js';
import { gitRunner, type GitRunner } from './git-command.js';
import { CommandNotFoundError } from '../runtime/exec.js';
import type { CommitRecord, RepositoryFacts } from '../core/git/state.js';

/** The path is not (inside) a git work tree, does not exist, or the repository has no commit yet. */
export class NotARepositoryError extends Error {
  override name = 'NotARepositoryError';
}

/** git's first `fatal:`/`error:` line, without the prefix, for messages that stay one line. */
function gitReason(error: unknown): string {
  const text = errorMessage(error).trim();
  const line = text.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? text.split('\n')[0] ?? text;
  return line.replace(/^(fatal|error):\s*/, '');
}

async function readCommit(git: GitRunner, sha: string): Promise<CommitRecord> {
  const [raw, tags] = await Promise.all([
    git.run(['cat-file', 'commit', sha]),
    git.run(['tag', '--points-at', sha, '--sort=-creatordate']),
  ]);
  const header = parseCommitObject(raw);
  return {
    sha,
    ...header,
    tags: tags
      .split('\n')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  };
}

/**
 * Everything about the repository containing `dir`: its root, HEAD (with parents, committer time and
 * tags), the branch HEAD is on, the porcelain status, and the `wanted` commits that exist locally.
 */
export async function readRepositoryFacts(
  dir: string,
  wanted: readonly string[] = [],
  makeRunner: (dir: string) => GitRunner = gitRunner,
): Promise<RepositoryFacts> {
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) throw new NotARepositoryError(`${dir} does not exist`);
  if (!stats.isDirectory()) throw new NotARepositoryError(`${dir} is not a directory`);
  const git = makeRunner(dir);

  let root: string;
  try {
    root = path.resolve(dir, (await git.run(['rev-parse', '--show-toplevel'])).trim());
  } catch (error) {
    const reason = gitReason(error);
    if (error instanceof CommandNotFoundError) throw new StepError('git is not installed or not on PATH; install git on the runner');
    if (/not a git repository/i.test(reason)) throw new NotARepositoryError(`${dir} is not inside a git repository`);
    if (/dubious ownership/i.test(reason)) {
      // Common in containers where the checkout belongs to another user than the step's.
      throw new StepError(
        `git refuses the repository at ${dir}: ${reason}. Trust it with: git config --global --add safe.directory <path>`,
      );
    }
    throw new StepError(`git cannot read the repository at ${dir}: ${reason}`, { cause: error });
  }

  // An unborn HEAD (no commit yet) makes rev-parse fail; a success must still look like a SHA.
  const headSha = (await git.run(['rev-parse', '--verify', 'HEAD^{commit}']).catch(() => '')).trim();
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha)) throw new NotARepositoryError(`the repository at ${root} has no commit yet`);

  try {
    const [head, headRef, status, ...others] = await Promise.all([
      readCommit(git, headSha),
      git.run(['rev-parse', '--symbolic-full-name', 'HEAD']),
      // --no-optional-locks: never take index.lock, so a parallel step using git is not disturbed.
      // --untracked-files=all lists files inside untracked folders; --ignore-submodules=none makes a
      // submodule with changes (commits, modified or untracked content) dirty whatever the config says.
      git.run([
        '--no-optional-locks',
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=all',
        '--ignore-submodules=none',
        '--no-renames',
      ]),
      ...wanted.filter((sha) => sha !== headSha).map((sha) => readCommit(git, sha).catch(() => undefined)),
    ]);
    const known: Record<string, CommitRecord> = {};
    for (const commit of others) if (commit) known[commit.sha] = commit;
    const ref = headRef.trim();
    return { root, head, headRef: ref.startsWith('refs/heads/') ? ref : undefined, status, known };
  } catch (error) {
    throw new StepError(`git cannot read the state of ${root}: ${gitReason(error)}`, { cause: error });
  }
}
