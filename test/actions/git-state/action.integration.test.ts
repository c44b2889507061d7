/**
 * git-state against real git repositories (clean, dirty, detached, shallow, submodules, tags, pull
 * request merge checkouts): the action's run() in-process, and once as the runner runs the bundle
 * (dist/git-state/index.js) to hold the contract.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pullRequestEvent, pushEvent } from '../../harness/events.js';
import { runAction, type ActionResult } from '../../harness/run-action.js';
import { runInProcess, type InProcessOptions } from '../../harness/in-process.js';
import { run } from '../../../src/actions/git-state/main.js';
import { commitAll, git, initRepo, makeTempDir, writeTree } from '../../support/git-repo.js';

const DATE = '2026-01-02T03:04:05Z';
const SECONDS = String(Date.parse(DATE) / 1000);
const allowFile = ['-c', 'protocol.file.allow=always'];

/** The action in this process with real git; shaped like the bundle's result. */
async function gitState(workspace: string, options: InProcessOptions = {}): Promise<ActionResult> {
  const result = await runInProcess('git-state', () => run(), { workspace, ...options });
  return { ...result, exitCode: result.exitCode ?? 0, stdout: result.log, stderr: '', state: {}, exportedEnv: {} };
}

function baseRepo(): string {
  return initRepo({
    Dockerfile: 'FROM busybox\n',
    'app/main.py': 'print(1)\n',
    'keep.txt': 'keep\n',
    'gone.txt': 'gone\n',
    '.gitignore': '*.log\nbuild/\n',
  });
}

describe('git-state on a clean checkout (the bundle, as the runner runs it)', () => {
  let repo: string;
  let result: ActionResult;
  beforeAll(async () => {
    repo = baseRepo();
    result = await runAction('git-state', { workspace: repo });
  });

  test('succeeds and reports HEAD, its branch and the committer time', () => {
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    const head = git(repo, ['rev-parse', 'HEAD']);
    expect(result.outputs).toEqual({
      clean: 'true',
      commit: head,
      'short-commit': head.slice(0, 7),
      ref: 'refs/heads/main',
      branch: 'main',
      tag: '',
      'commit-time': SECONDS,
      'dirty-files': '[]',
    });
  });

  test('writes a summary table and logs in groups', () => {
    expect(result.summary).toContain('Git state');
    expect(result.summary).toContain(result.outputs.commit);
    expect(result.summary).toMatch(/<td>clean<\/td>/);
    expect(result.stdout).toMatch(/^::group::Read git state of /m);
    expect(result.stdout).toMatch(/^::endgroup::/m);
  });
});

describe('git-state on a dirty tree', () => {
  let repo: string;
  beforeAll(() => {
    repo = baseRepo();
    writeFileSync(path.join(repo, 'keep.txt'), 'changed\n'); // modified, not staged
    writeTree(repo, { 'staged.txt': 'new\n', 'new dir/untracked file.txt': 'u\n', 'debug.log': 'ignored\n', 'build/out.bin': 'ignored\n' });
    git(repo, ['add', 'staged.txt']); // staged
    unlinkSync(path.join(repo, 'gone.txt')); // deleted
  });
  const dirtyFiles = ['gone.txt', 'keep.txt', 'new dir/untracked file.txt', 'staged.txt'];

  test('lists modified, staged, deleted and untracked files, not ignored ones', async () => {
    const result = await gitState(repo);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.clean).toBe('false');
    expect(JSON.parse(result.outputs['dirty-files']!)).toEqual(dirtyFiles);
    expect(result.stdout).toContain('::group::Dirty: 4 path(s)');
    expect(result.stdout).toContain('untracked: new dir/untracked file.txt');
    expect(result.allText).not.toContain('debug.log');
    expect(result.allText).not.toContain('out.bin');
  });

  test('require-clean fails with exit code 1 and one error listing the files, after writing the outputs', async () => {
    const result = await gitState(repo, { inputs: { 'require-clean': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0]!;
    expect(error).toContain('is not clean');
    for (const file of dirtyFiles) expect(error).toContain(file);
    expect(error).toMatch(/modified: keep\.txt/);
    expect(error).toMatch(/staged: staged\.txt|added: staged\.txt/);
    expect(error).toMatch(/deleted: gone\.txt/);
    expect(error).toContain('require-clean');
    expect(result.outputs.clean).toBe('false');
    expect(result.outputs.commit).toBe(git(repo, ['rev-parse', 'HEAD']));
    expect(JSON.parse(result.outputs['dirty-files']!)).toEqual(dirtyFiles);
  });

  test('require-clean passes on a clean tree', async () => {
    const result = await gitState(baseRepo(), { inputs: { 'require-clean': 'true' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.clean).toBe('true');
  });

  test('a file name holding a newline cannot start a log line of its own', async () => {
    const odd = initRepo({ 'a.txt': 'a\n' });
    writeFileSync(path.join(odd, 'x\n::error::injected'), 'x');
    const result = await gitState(odd, { inputs: { 'require-clean': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['dirty-files']!)).toEqual(['x\n::error::injected']);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error::injected'))).toEqual([]);
    expect(result.errors).toHaveLength(1);
  });
});

describe('git-state on checkouts like actions/checkout makes', () => {
  test('detached HEAD without GITHUB_REF: no branch, no ref', async () => {
    const repo = baseRepo();
    git(repo, ['checkout', '-q', '--detach']);
    const result = await gitState(repo);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ commit: git(repo, ['rev-parse', 'HEAD']), branch: '', ref: '', tag: '', clean: 'true' });
  });

  test('detached HEAD on a push: branch from GITHUB_REF', async () => {
    const repo = baseRepo();
    git(repo, ['checkout', '-q', '--detach']);
    const head = git(repo, ['rev-parse', 'HEAD']);
    const result = await gitState(repo, {
      eventName: 'push',
      event: pushEvent(head, 'refs/heads/release/1.x'),
      env: { GITHUB_REF: 'refs/heads/release/1.x', GITHUB_SHA: head },
    });
    expect(result.outputs).toMatchObject({ commit: head, branch: 'release/1.x', ref: 'refs/heads/release/1.x' });
  });

  test('shallow clone (depth 1) of a longer history', async () => {
    const source = baseRepo();
    writeFileSync(path.join(source, 'keep.txt'), 'second\n');
    commitAll(source, 'second', '2026-02-03T04:05:06Z');
    writeFileSync(path.join(source, 'keep.txt'), 'third\n');
    const head = commitAll(source, 'third', '2026-03-04T05:06:07Z');
    const clone = path.join(makeTempDir('shallow-'), 'repo');
    git(path.dirname(clone), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository'])).toBe('true');

    const result = await gitState(clone);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      commit: head,
      clean: 'true',
      branch: 'main',
      'commit-time': String(Date.parse('2026-03-04T05:06:07Z') / 1000),
    });
  });

  test('tags: the semver tag pointing at HEAD wins; a tag push names its tag', async () => {
    const repo = baseRepo();
    git(repo, ['tag', 'latest']);
    git(repo, ['tag', '-a', '-m', 'release', 'v1.2.3']);
    git(repo, ['tag', 'v1.2.3-rc.1']);
    git(repo, ['checkout', '-q', '--detach', 'v1.2.3']);
    const head = git(repo, ['rev-parse', 'HEAD']);

    const fromGit = await gitState(repo);
    expect(fromGit.outputs).toMatchObject({ commit: head, tag: 'v1.2.3', ref: 'refs/tags/v1.2.3', branch: '' });

    const tagPush = await gitState(repo, {
      eventName: 'push',
      event: pushEvent(head, 'refs/tags/latest'),
      env: { GITHUB_REF: 'refs/tags/latest', GITHUB_SHA: head },
    });
    expect(tagPush.outputs).toMatchObject({ commit: head, tag: 'latest', ref: 'refs/tags/latest', branch: '' });
  });

  test('a path inside the repository reports the whole repository', async () => {
    const repo = baseRepo();
    writeFileSync(path.join(repo, 'keep.txt'), 'changed\n');
    const result = await gitState(repo, { inputs: { path: 'app' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['dirty-files']).toBe('["keep.txt"]');
  });
});

describe('git-state with submodules', () => {
  let parent: string;
  beforeAll(() => {
    const library = initRepo({ 'lib.py': 'x = 1\n' });
    parent = baseRepo();
    git(parent, [...allowFile, 'submodule', 'add', '-q', `file://${library}`, 'vendor/lib']);
    commitAll(parent, 'add submodule');
  });

  test('a clean submodule: clean', async () => {
    const result = await gitState(parent);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.clean).toBe('true');
  });

  test('modified or untracked content inside a submodule makes the tree dirty', async () => {
    const lib = path.join(parent, 'vendor/lib');
    writeFileSync(path.join(lib, 'lib.py'), 'x = 2\n');
    try {
      const modified = await gitState(parent, { inputs: { 'require-clean': 'true' } });
      expect(modified.exitCode).toBe(1);
      expect(modified.outputs['dirty-files']).toBe('["vendor/lib"]');
      expect(modified.errors[0]).toContain('submodule (modified content): vendor/lib');
    } finally {
      git(lib, ['checkout', '-q', '--', 'lib.py']);
    }
    writeFileSync(path.join(lib, 'scratch.txt'), 'new\n');
    try {
      const untracked = await gitState(parent);
      expect(untracked.outputs['dirty-files']).toBe('["vendor/lib"]');
      expect(untracked.stdout).toContain('submodule (untracked content): vendor/lib');
    } finally {
      rmSync(path.join(lib, 'scratch.txt'));
    }
  });

  test('a clone whose submodule is not initialised works and is clean', async () => {
    const clone = path.join(makeTempDir('nosub-'), 'repo');
    git(path.dirname(clone), ['clone', '-q', `file://${parent}`, clone]);
    const result = await gitState(clone);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ clean: 'true', commit: git(parent, ['rev-parse', 'HEAD']) });
  });
});

describe('git-state on pull request events', () => {
  // The repository GitHub holds: main, a PR branch, and the test merge commit refs/pull/17/merge.
  let origin: string;
  let baseSha: string;
  let headSha: string;
  let mergeSha: string;
  beforeAll(() => {
    origin = baseRepo();
    baseSha = git(origin, ['rev-parse', 'HEAD']);
    git(origin, ['checkout', '-q', '-b', 'bump-numpy']);
    writeFileSync(path.join(origin, 'app/main.py'), 'print(2)\n');
    headSha = commitAll(origin, 'bump numpy', '2026-05-06T07:08:09Z');
    git(origin, ['checkout', '-q', '--detach', 'main']);
    const date = { GIT_AUTHOR_DATE: '2026-06-07T08:09:10Z', GIT_COMMITTER_DATE: '2026-06-07T08:09:10Z' };
    git(origin, ['merge', '-q', '--no-ff', '-m', 'Merge into main', headSha], date);
    mergeSha = git(origin, ['rev-parse', 'HEAD']);
    git(origin, ['update-ref', 'refs/pull/17/merge', mergeSha]);
    git(origin, ['update-ref', 'refs/pull/17/head', headSha]);
    git(origin, ['checkout', '-q', 'main']);
  });

  /** What actions/checkout does for pull_request: fetch the merge ref at depth 1, check it out detached. */
  function checkoutMerge(depth: string[]): string {
    const workspace = makeTempDir('pr-');
    git(workspace, ['init', '-q']);
    git(workspace, ['fetch', '-q', ...depth, `file://${origin}`, 'refs/pull/17/merge']);
    git(workspace, ['checkout', '-q', '--detach', 'FETCH_HEAD']);
    expect(git(workspace, ['rev-parse', 'HEAD'])).toBe(mergeSha);
    return workspace;
  }

  const prEnv = () => ({ GITHUB_REF: 'refs/pull/17/merge', GITHUB_SHA: mergeSha, GITHUB_HEAD_REF: 'bump-numpy', GITHUB_BASE_REF: 'main' });

  test('full-history merge checkout: commit is the PR head, with its own committer time', async () => {
    const workspace = checkoutMerge([]);
    const result = await gitState(workspace, {
      eventName: 'pull_request',
      event: pullRequestEvent(headSha, baseSha, mergeSha),
      env: prEnv(),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      commit: headSha,
      'short-commit': headSha.slice(0, 7),
      branch: 'bump-numpy',
      ref: 'refs/pull/17/head',
      'commit-time': String(Date.parse('2026-05-06T07:08:09Z') / 1000),
      clean: 'true',
    });
    expect(result.outputs.commit).not.toBe(mergeSha);
    expect(result.stdout).not.toContain('::warning');
    expect(result.stdout).toContain(`is the pull request's merge commit`);
    expect(result.summary).toContain(`<td>HEAD (checked out)</td><td><code>${mergeSha}</code></td>`);
  });

  test('shallow merge checkout (actions/checkout default): PR head SHA, merge commit time', async () => {
    const workspace = checkoutMerge(['--depth', '1']);
    const result = await gitState(workspace, {
      eventName: 'pull_request',
      event: pullRequestEvent(headSha, baseSha, mergeSha),
      env: prEnv(),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      commit: headSha,
      branch: 'bump-numpy',
      'commit-time': String(Date.parse('2026-06-07T08:09:10Z') / 1000),
    });
    expect(result.stdout).not.toContain('::warning');
  });

  test('pull_request_target on the base branch: PR head reported, with a warning that the tree is the base', async () => {
    const workspace = path.join(makeTempDir('prt-'), 'repo');
    git(path.dirname(workspace), ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${origin}`, workspace]);
    const result = await gitState(workspace, {
      eventName: 'pull_request_target',
      event: pullRequestEvent(headSha, baseSha, mergeSha),
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: baseSha },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.commit).toBe(headSha);
    expect(result.stdout).toMatch(/::warning::HEAD [0-9a-f]{40} is neither the pull request head/);
  });
});

// The other kinds of bad input are in main.test.ts (in-process, git scripted); these need a real git.
describe('git-state rejects bad input with one clear error', () => {
  test.each<[string, string, RegExp]>([
    [
      'a folder that is not a git repository',
      'plain',
      /^Input 'path': .*plain is not inside a git repository\. Check the repository out first/,
    ],
  ])('%s', async (_name, value, message) => {
    const workspace = makeTempDir('ws-');
    mkdirSync(path.join(workspace, 'plain'));
    writeFileSync(path.join(workspace, 'plain/file.txt'), 'x');
    const result = await gitState(workspace, { inputs: { path: value } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
  });

  // Needs root to hand the repository to another user.
  test.skipIf(process.getuid?.() !== 0)("a repository owned by another user: git's safe.directory refusal, with the fix", async () => {
    const repo = baseRepo();
    execFileSync('chown', ['-R', 'nobody', repo]);
    const result = await gitState(repo);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/^git refuses the repository at .*: detected dubious ownership.*safe\.directory/),
    ]);
  });

  test('a repository without any commit', async () => {
    const repo = initRepo();
    const result = await gitState(repo);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'path': the repository at .* has no commit yet/)]);
  });
});
