/**
 * Decides the `git-state` outputs from facts read out of the repository and from the run's event
 * (pure: no git, no files, no environment). The reader in ./state-reader.ts gathers the facts.
 *
 * Where the outputs come from:
 * - pull request events: the pull request's head (commit, branch, `refs/pull/<n>/head`), because
 *   actions/checkout gives a temporary merge commit that exists nowhere else;
 * - other events: GITHUB_REF for branch/tag when it describes the checked-out commit (GITHUB_SHA is
 *   unset or equals HEAD), otherwise git itself (HEAD, its branch, the tags pointing at it).
 */
import { isPullRequestEvent, type RunContext } from '../run-event.js';
import { chooseTag } from './tag-choice.js';
import { parsePorcelainV2, type DirtyEntry } from './status-porcelain.js';

export interface CommitRecord {
  sha: string;
  parents: string[];
  /** Unix seconds of the committer date. */
  committerTime: number;
  /** Tags pointing at this commit, newest first. */
  tags: string[];
}

export interface RepositoryFacts {
  /** The repository's top-level folder. */
  root: string;
  head: CommitRecord;
  /** `refs/heads/<name>` when HEAD is on a branch; undefined when detached. */
  headRef?: string;
  /** `git status --porcelain=v2 -z` output. */
  status: string;
  /** Other commits the run asked about (see commitsToRead) that exist locally, by SHA. */
  known: Record<string, CommitRecord>;
}

export interface GitState {
  root: string;
  clean: boolean;
  commit: string;
  shortCommit: string;
  ref: string;
  branch: string;
  tag: string;
  commitTime: number;
  dirty: DirtyEntry[];
  /** Sorted, unique paths of `dirty`, relative to the repository root. */
  dirtyFiles: string[];
  /** HEAD itself, which differs from `commit` on pull requests (the merge commit). */
  headCommit: string;
  /** Where commit/ref/branch came from, for the log. */
  source: 'pull request event' | 'GITHUB_REF' | 'git';
  /** Things the user should look at (become warnings). */
  warnings: string[];
  /** Explanations of the choices made (become log lines). */
  notes: string[];
}

const shaPattern = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface PullRequestFacts {
  number?: number;
  headSha: string;
  headRef: string;
  mergeSha?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The pull request of a pull request event, or a problem when the payload lacks a usable head. */
export function pullRequestOf(context: RunContext): { pullRequest?: PullRequestFacts; problem?: string } {
  if (!isPullRequestEvent(context.eventName)) return {};
  const event = record(context.event);
  const pr = record(event?.pull_request);
  const head = record(pr?.head);
  const headSha = typeof head?.sha === 'string' ? head.sha.toLowerCase() : undefined;
  if (!headSha || !shaPattern.test(headSha)) {
    return { problem: `The ${context.eventName} event payload has no valid pull_request.head.sha; using the checked-out HEAD instead` };
  }
  const number = typeof pr?.number === 'number' ? pr.number : typeof event?.number === 'number' ? event.number : undefined;
  const mergeSha = typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha.toLowerCase() : undefined;
  return {
    pullRequest: { headSha, headRef: typeof head?.ref === 'string' ? head.ref : '', number, mergeSha },
  };
}

/** Commits besides HEAD the reader should look up (the pull request head, which may not be fetched). */
export function commitsToRead(context: RunContext): string[] {
  const { pullRequest } = pullRequestOf(context);
  return pullRequest ? [pullRequest.headSha] : [];
}

function branchOf(ref: string | undefined): string {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}

export function decideGitState(facts: RepositoryFacts, context: RunContext): GitState {
  // One entry per path (a renamed-away path can also reappear as untracked), sorted by code units.
  const byPath = new Map<string, DirtyEntry>();
  for (const entry of parsePorcelainV2(facts.status)) if (!byPath.has(entry.path)) byPath.set(entry.path, entry);
  const dirty = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dirtyFiles = dirty.map((entry) => entry.path);
  const warnings: string[] = [];
  const notes: string[] = [];
  const head = facts.head;
  const base = { root: facts.root, clean: dirtyFiles.length === 0, dirty, dirtyFiles, headCommit: head.sha, warnings, notes };

  const { pullRequest, problem } = pullRequestOf(context);
  if (problem) warnings.push(problem);
  if (pullRequest) {
    const prHead = pullRequest.headSha === head.sha ? head : facts.known[pullRequest.headSha];
    const isMergeOfHead =
      head.parents.includes(pullRequest.headSha) ||
      head.sha === pullRequest.mergeSha ||
      (context.eventName === 'pull_request' && head.sha === context.sha);
    if (pullRequest.headSha !== head.sha) {
      if (isMergeOfHead) {
        notes.push(`HEAD ${head.sha} is the pull request's merge commit; commit is the pull request head ${pullRequest.headSha}`);
      } else {
        warnings.push(
          `HEAD ${head.sha} is neither the pull request head ${pullRequest.headSha} nor a merge of it, so the checked-out tree ` +
            `may not be the pull request's code (pull_request_target checks out the base branch unless told otherwise)`,
        );
      }
    }
    if (!prHead) {
      notes.push(`The pull request head is not in the local clone (shallow fetch); commit-time is HEAD's committer date`);
    }
    return {
      ...base,
      commit: pullRequest.headSha,
      shortCommit: pullRequest.headSha.slice(0, 7),
      ref: pullRequest.number !== undefined ? `refs/pull/${pullRequest.number}/head` : '',
      branch: pullRequest.headRef,
      tag: chooseTag(prHead?.tags ?? []),
      commitTime: (prHead ?? head).committerTime,
      source: 'pull request event',
    };
  }

  const common = { ...base, commit: head.sha, shortCommit: head.sha.slice(0, 7), commitTime: head.committerTime };
  const runRef = context.ref ?? '';
  const refDescribesHead = !context.sha || context.sha.toLowerCase() === head.sha;
  if (runRef.startsWith('refs/heads/') || runRef.startsWith('refs/tags/')) {
    if (refDescribesHead) {
      const tag = runRef.startsWith('refs/tags/') ? runRef.slice('refs/tags/'.length) : chooseTag(head.tags);
      return { ...common, ref: runRef, branch: branchOf(runRef) || branchOf(facts.headRef), tag, source: 'GITHUB_REF' };
    }
    notes.push(`GITHUB_REF ${runRef} names GITHUB_SHA ${context.sha}, but HEAD is ${head.sha}; reading branch and tag from git`);
  }
  const tag = chooseTag(head.tags);
  return {
    ...common,
    ref: facts.headRef ?? (tag ? `refs/tags/${tag}` : ''),
    branch: branchOf(facts.headRef),
    tag,
    source: 'git',
  };
}

/** The action's outputs, by their action.yml names. */
export function gitStateOutputs(state: GitState): Record<string, string> {
  return {
    clean: String(state.clean),
    commit: state.commit,
    'short-commit': state.shortCommit,
    ref: state.ref,
    branch: state.branch,
    tag: state.tag,
    'commit-time': String(state.commitTime),
    'dirty-files': JSON.stringify(state.dirtyFiles),
  };
}

/**
 * A path as it can be shown in a log line: JSON-quoted when it holds control characters (a newline
 * in a file name must not start a new log line, which the runner could read as a workflow command).
 */
export function displayPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

/** How one dirty entry reads in logs and messages: `<change>: <path>`, the path last. */
export function describeDirtyEntry(entry: DirtyEntry): string {
  return `${entry.detail ? `submodule (${entry.detail})` : entry.change}: ${displayPath(entry.path)}`;
}

/** The one-line failure for `require-clean: true` on a dirty tree; long lists are cut, the log has them all. */
export function dirtyTreeMessage(state: GitState, limit = 20): string {
  const shown = state.dirty.slice(0, limit).map(describeDirtyEntry);
  const more = state.dirty.length > limit ? `, and ${state.dirty.length - limit} more` : '';
  return (
    `The working tree at ${state.root} is not clean: ${state.dirty.length} changed path(s): ${shown.join('; ')}${more}. ` +
    `Commit or discard the changes (or list generated files in .gitignore), or set require-clean: false`
  );
}
