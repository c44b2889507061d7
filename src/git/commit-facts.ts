/**
 * The commit an image is built from (for its labels and its created time), and the repository's
 * default branch (for the cache policy), from git and the run's event — the same rules as the
 * git-state action: on pull requests the pull request head, not the temporary merge commit.
 */
import { decideGitState, commitsToRead } from '../core/git/state.js';
import type { RunContext } from '../core/run-event.js';
import { NotARepositoryError, readRepositoryFacts } from './state-reader.js';

export interface CommitFacts {
  /** Empty outside a git repository. */
  commit: string;
  commitTime?: number;
  gitTag: string;
  clean: boolean;
  /** Why some facts are missing, or what the user should know. */
  warnings: string[];
}

export async function readCommitFacts(dir: string, context: RunContext): Promise<CommitFacts> {
  try {
    const state = decideGitState(await readRepositoryFacts(dir, commitsToRead(context)), context);
    return { commit: state.commit, commitTime: state.commitTime, gitTag: state.tag, clean: state.clean, warnings: state.warnings };
  } catch (error) {
    if (!(error instanceof NotARepositoryError)) throw error;
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    return {
      commit: '',
      ...(Number.isInteger(epoch) && epoch >= 0 ? { commitTime: epoch } : {}),
      gitTag: '',
      clean: true,
      warnings: [
        `${error.message}: the image gets no revision label${Number.isInteger(epoch) ? '' : ' and no fixed created time (set SOURCE_DATE_EPOCH for one)'}`,
      ],
    };
  }
}
