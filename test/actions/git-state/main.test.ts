/**
 * The git-state action in-process with git's answers scripted through its seam: how inputs, git's
 * refusals and a dirty tree turn into outputs, errors and the summary. Real repositories (shallow
 * clones, submodules, pull request checkouts) are in action.integration.test.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/git-state/main.js';
import { GitCommandError, type GitRunner } from '../../../src/git/git-command.js';
import { runInProcess } from '../../harness/in-process.js';

const HEAD = 'a1b2c3d4'.repeat(5);
const TIME = 1_767_225_600;

/** Answers like a repository at `root` on `main`, with `status` as `git status --porcelain=v2 -z` prints it. */
function scriptedGit(root: string, options: { status?: string; fail?: string; tags?: string } = {}) {
  const asked: string[][] = [];
  const git = (): GitRunner => ({
    run: async (args) => {
      asked.push(args);
      if (options.fail) throw new GitCommandError(args, 128, options.fail);
      const [command, ...rest] = args;
      if (command === 'rev-parse' && rest[0] === '--show-toplevel') return `${root}\n`;
      if (command === 'rev-parse' && rest[0] === '--verify') return `${HEAD}\n`;
      if (command === 'rev-parse' && rest[0] === '--symbolic-full-name') return 'refs/heads/main\n';
      if (command === 'cat-file') return `tree ${'0'.repeat(40)}\ncommitter CI <ci@example.com> ${TIME} +0000\n\nmessage\n`;
      if (command === 'tag') return options.tags ?? '';
      if (args.includes('status')) return options.status ?? '';
      throw new Error(`unexpected git ${args.join(' ')}`);
    },
  });
  return { asked, git };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'git-state-'));
  mkdirSync(path.join(dir, 'repo'));
  writeFileSync(path.join(dir, 'file.txt'), 'x');
  return dir;
}

describe('git-state in-process', () => {
  test('a clean tree: outputs from HEAD, its branch and tag, a summary table', async () => {
    const ws = workspace();
    const { git } = scriptedGit(ws, { tags: 'v1.2.3\n' });
    const result = await runInProcess('git-state', () => run({ git }), { workspace: ws, env: { GITHUB_REF: '' } });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      clean: 'true',
      commit: HEAD,
      'short-commit': HEAD.slice(0, 7),
      branch: 'main',
      ref: 'refs/heads/main',
      tag: 'v1.2.3',
      'commit-time': String(TIME),
      'dirty-files': '[]',
    });
    expect(result.summary).toContain('Git state');
    expect(result.summary).toContain(`<code>${HEAD}</code>`);
  });

  test('require-clean on a dirty tree: the outputs are written, then one error lists the files', async () => {
    const ws = workspace();
    const status = ['1 .M N... 100644 100644 100644 aaa aaa src/app.py', '? notes.txt', ''].join('\0');
    const { git } = scriptedGit(ws, { status });
    const result = await runInProcess('git-state', () => run({ git }), { workspace: ws, inputs: { 'require-clean': 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ clean: 'false', 'dirty-files': JSON.stringify(['notes.txt', 'src/app.py']) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('src/app.py');
    expect(result.errors[0]).toContain('notes.txt');
  });

  test.each<[string, Record<string, string>, string | undefined, RegExp]>([
    ['a folder that does not exist', { path: 'missing' }, undefined, /^Input 'path': .*missing does not exist/],
    ['a path outside the workspace', { path: '../..' }, undefined, /^Input 'path': '\.\.\/\.\.' resolves to .*, outside the workspace/],
    ['a file, not a folder', { path: 'file.txt' }, undefined, /^Input 'path': .*file\.txt is not a directory/],
    [
      'not a repository',
      { path: 'repo' },
      'fatal: not a git repository (or any of the parent directories): .git',
      /^Input 'path': .*repo is not inside a git repository\. Check the repository out first/,
    ],
    [
      'a repository owned by another user',
      { path: 'repo' },
      "fatal: detected dubious ownership in repository at '/x'",
      /^git refuses the repository at .*: detected dubious ownership.*safe\.directory/,
    ],
    [
      'require-clean that is not a boolean',
      { 'require-clean': 'yes' },
      undefined,
      /^Input 'require-clean': 'yes' is not a boolean\. Use 'true' or 'false'$/,
    ],
  ])('%s: one error, exit 1, no outputs, no summary', async (_name, inputs, fail, message) => {
    const ws = workspace();
    const scripted = scriptedGit(ws, fail ? { fail } : {});
    const result = await runInProcess('git-state', () => run({ git: scripted.git }), { workspace: ws, inputs });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(result.summary).toBe('');
  });

  test('a missing git says to install it', async () => {
    const ws = workspace();
    const result = await runInProcess('git-state', () => run(), { workspace: ws, env: { PATH: path.join(ws, 'no-bin') } });
    expect(result.errors).toEqual(['git is not installed or not on PATH; install git on the runner']);
  });
});
