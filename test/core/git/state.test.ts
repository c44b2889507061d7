import { describe, expect, test } from 'vitest';
import {
  commitsToRead,
  decideGitState,
  dirtyTreeMessage,
  gitStateOutputs,
  type CommitRecord,
  type RepositoryFacts,
} from '../../../src/core/git/state.js';
import type { RunContext } from '../../../src/core/run-event.js';

const HEAD = 'a'.repeat(40);
const PR_HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);
const OTHER = 'd'.repeat(40);

function commit(sha: string, overrides: Partial<CommitRecord> = {}): CommitRecord {
  return { sha, parents: [], committerTime: 1767323045, tags: [], ...overrides };
}

function facts(overrides: Partial<RepositoryFacts> = {}): RepositoryFacts {
  return { root: '/w/repo', head: commit(HEAD), headRef: 'refs/heads/main', status: '', known: {}, ...overrides };
}

function prEvent(headSha: string | null = PR_HEAD, extra: Record<string, unknown> = {}): unknown {
  return {
    number: 17,
    pull_request: {
      number: 17,
      head: { sha: headSha, ref: 'bump-numpy' },
      base: { sha: BASE, ref: 'main' },
      merge_commit_sha: null,
      ...extra,
    },
  };
}

type Expected = Partial<Record<'commit' | 'short-commit' | 'ref' | 'branch' | 'tag' | 'commit-time', string>> & {
  source?: string;
  warns?: RegExp;
};

describe('decideGitState: where commit, ref, branch and tag come from', () => {
  test.each<[string, RepositoryFacts, RunContext, Expected]>([
    [
      'git: on a branch',
      facts(),
      { eventName: '' },
      { commit: HEAD, 'short-commit': 'aaaaaaa', ref: 'refs/heads/main', branch: 'main', tag: '', source: 'git' },
    ],
    ['git: detached HEAD, no tag', facts({ headRef: undefined }), { eventName: '' }, { ref: '', branch: '', tag: '', source: 'git' }],
    [
      'git: detached HEAD at a tag',
      facts({ headRef: undefined, head: commit(HEAD, { tags: ['v1.2.0'] }) }),
      { eventName: '' },
      { ref: 'refs/tags/v1.2.0', branch: '', tag: 'v1.2.0' },
    ],
    [
      'git: several tags, semver preferred',
      facts({ head: commit(HEAD, { tags: ['latest', 'v1.0.0', 'v1.0.0-rc.2'] }) }),
      { eventName: 'workflow_dispatch' },
      { tag: 'v1.0.0', ref: 'refs/heads/main' },
    ],
    [
      'push: GITHUB_REF branch wins over a detached checkout',
      facts({ headRef: undefined }),
      { eventName: 'push', ref: 'refs/heads/release/2026', sha: HEAD },
      { ref: 'refs/heads/release/2026', branch: 'release/2026', tag: '', source: 'GITHUB_REF' },
    ],
    [
      'push: GITHUB_REF branch, tags at HEAD still reported',
      facts({ head: commit(HEAD, { tags: ['v3.0.0'] }) }),
      { eventName: 'push', ref: 'refs/heads/main' },
      { ref: 'refs/heads/main', branch: 'main', tag: 'v3.0.0', source: 'GITHUB_REF' },
    ],
    [
      'push: tag ref gives the pushed tag even when others point at HEAD',
      facts({ headRef: undefined, head: commit(HEAD, { tags: ['v9.9.9'] }) }),
      { eventName: 'push', ref: 'refs/tags/v1.0.0', sha: HEAD },
      { ref: 'refs/tags/v1.0.0', branch: '', tag: 'v1.0.0', source: 'GITHUB_REF' },
    ],
    [
      'push: GITHUB_SHA is another commit (checked out something else): git decides',
      facts({ headRef: 'refs/heads/feature' }),
      { eventName: 'push', ref: 'refs/heads/main', sha: OTHER },
      { commit: HEAD, ref: 'refs/heads/feature', branch: 'feature', source: 'git' },
    ],
    [
      'push: GITHUB_REF that is neither branch nor tag falls back to git',
      facts(),
      { eventName: 'push', ref: 'refs/remotes/x' },
      { ref: 'refs/heads/main', branch: 'main', source: 'git' },
    ],
    [
      'pull_request: HEAD is the merge commit (parents hold the head)',
      facts({ headRef: undefined, head: commit(HEAD, { parents: [BASE, PR_HEAD], committerTime: 222 }) }),
      { eventName: 'pull_request', event: prEvent(), ref: 'refs/pull/17/merge', sha: HEAD },
      {
        commit: PR_HEAD,
        'short-commit': 'bbbbbbb',
        ref: 'refs/pull/17/head',
        branch: 'bump-numpy',
        tag: '',
        'commit-time': '222',
        source: 'pull request event',
      },
    ],
    [
      'pull_request: shallow merge checkout (no parents known) recognised by GITHUB_SHA',
      facts({ headRef: undefined }),
      { eventName: 'pull_request', event: prEvent(), ref: 'refs/pull/17/merge', sha: HEAD },
      { commit: PR_HEAD, branch: 'bump-numpy' },
    ],
    [
      'pull_request: head commit known locally gives its time and tag',
      facts({
        headRef: undefined,
        head: commit(HEAD, { parents: [BASE, PR_HEAD] }),
        known: { [PR_HEAD]: commit(PR_HEAD, { committerTime: 111, tags: ['v0.1.0'] }) },
      }),
      { eventName: 'pull_request', event: prEvent() },
      { commit: PR_HEAD, 'commit-time': '111', tag: 'v0.1.0' },
    ],
    [
      'pull_request: checked out at the PR head itself',
      facts({ headRef: undefined, head: commit(PR_HEAD, { committerTime: 333 }) }),
      { eventName: 'pull_request', event: prEvent() },
      { commit: PR_HEAD, 'commit-time': '333', ref: 'refs/pull/17/head' },
    ],
    [
      'pull_request_target: base checkout is reported but warned about',
      facts({ head: commit(BASE) }),
      { eventName: 'pull_request_target', event: prEvent(), ref: 'refs/heads/main', sha: BASE },
      { commit: PR_HEAD, branch: 'bump-numpy', warns: /neither the pull request head/ },
    ],
    [
      'pull_request: upper-case SHA in the payload is normalised',
      facts({ head: commit(HEAD, { parents: [BASE, PR_HEAD] }) }),
      { eventName: 'pull_request', event: prEvent(PR_HEAD.toUpperCase()) },
      { commit: PR_HEAD },
    ],
    [
      'pull_request: payload without head SHA falls back to git with a warning',
      facts(),
      { eventName: 'pull_request', event: prEvent(null) },
      { commit: HEAD, ref: 'refs/heads/main', source: 'git', warns: /no valid pull_request.head.sha/ },
    ],
    [
      'pull_request: a head SHA that is not hex is refused',
      facts(),
      { eventName: 'pull_request', event: prEvent('--upload-pack=evil') },
      { commit: HEAD, source: 'git', warns: /no valid/ },
    ],
    [
      'a non-PR event with a pull_request-like payload is not a pull request',
      facts(),
      { eventName: 'issue_comment', event: prEvent() },
      { commit: HEAD, source: 'git' },
    ],
  ])('%s', (_name, repository, context, expected) => {
    const state = decideGitState(repository, context);
    const outputs = gitStateOutputs(state);
    const { source, warns, ...expectedOutputs } = expected;
    expect(outputs).toMatchObject(expectedOutputs);
    if (source) expect(state.source).toBe(source);
    if (warns) expect(state.warnings.join('\n')).toMatch(warns);
    else expect(state.warnings).toEqual([]);
  });
});

describe('decideGitState: clean and dirty', () => {
  const modified = `1 .M N... 100644 100644 100644 ${'1'.repeat(40)} ${'1'.repeat(40)}`;
  test.each<[string, string, boolean, string[]]>([
    ['clean', '', true, []],
    ['sorted by code units, duplicates dropped', `? z.txt\0${modified} B.txt\0? a.txt\0? z.txt\0`, false, ['B.txt', 'a.txt', 'z.txt']],
    ['only ignored files: clean', '! node_modules/x\0', true, []],
  ])('%s', (_name, status, clean, files) => {
    const outputs = gitStateOutputs(decideGitState(facts({ status }), { eventName: '' }));
    expect(outputs.clean).toBe(String(clean));
    expect(JSON.parse(outputs['dirty-files']!)).toEqual(files);
  });

  test('the require-clean message lists the files, quotes control characters and cuts long lists', () => {
    const status = Array.from({ length: 25 }, (_, i) => `? f${String(i).padStart(2, '0')}\0`).join('') + '? bad\nname\0';
    const message = dirtyTreeMessage(decideGitState(facts({ status }), { eventName: '' }));
    expect(message).toContain('26 changed path(s)');
    expect(message).toContain('untracked: "bad\\nname"');
    expect(message).toContain('untracked: f00');
    expect(message).not.toContain('f24');
    expect(message).toContain('and 6 more');
    expect(message).not.toContain('\n');
  });
});

describe('commitsToRead', () => {
  test.each<[string, RunContext, string[]]>([
    ['push reads nothing extra', { eventName: 'push', event: {} }, []],
    ['pull_request reads the head', { eventName: 'pull_request', event: prEvent() }, [PR_HEAD]],
    ['pull_request_target reads the head', { eventName: 'pull_request_target', event: prEvent() }, [PR_HEAD]],
    ['a bad payload reads nothing', { eventName: 'pull_request', event: 'nonsense' }, []],
  ])('%s', (_name, context, expected) => {
    expect(commitsToRead(context)).toEqual(expected);
  });
});
