/**
 * validate against real git, real shellcheck and its bundle: on a pull request only what the PR
 * touches is validated, and for each touched image the step says why it rebuilds (build
 * definitions at the base worktree and at the head); the dist bundle and the CLI behave the same.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/validate/main.js';
import { runInProcess } from '../../harness/in-process.js';
import { repoRoot, runAction } from '../../harness/run-action.js';
import { commitAll, git, initRepo, writeTree } from '../../support/git-repo.js';

function pullRequest(): { dir: string; base: string; head: string } {
  const dir = initRepo({
    'images/ml/Dockerfile':
      'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCMD ["python"]\n',
    'images/ml/requirements.txt': 'pandas==2.2.2\n',
    'images/ml/.dockerignore': '*.log\n',
    'images/api/Dockerfile': 'FROM debian\nCMD ["api"]\n',
    'images/api/.dockerignore': '.git\n',
    'README.md': 'images\n',
  });
  const base = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  writeTree(dir, {
    'images/ml/requirements.txt': 'pandas==2.2.3\n',
    'images/new/Dockerfile': 'FROM python:3.12-slim\nRUN cd /x && echo $1\n',
    'images/new/.dockerignore': '*.log\n',
  });
  const head = commitAll(dir, 'feature');
  return { dir, base, head };
}

const event = (base: string) => ({
  pull_request: { number: 7, base: { sha: base } },
  repository: { name: 'images', owner: { login: 'acme' } },
});

describe('validate on a pull request (real git, real shellcheck)', () => {
  test('only touched Dockerfiles; why each touched image rebuilds; the base worktree is removed', async () => {
    const { dir, base } = pullRequest();
    const result = await runInProcess('validate', () => run(), {
      workspace: dir,
      eventName: 'pull_request',
      event: event(base),
      inputs: { 'resolve-images': 'false', comment: 'false' },
    });
    const findings = JSON.parse(result.outputs.findings ?? '[]') as Array<{ file: string; line: number; rule: string }>;
    expect([...new Set(findings.map((f) => f.file))].sort()).toEqual(['images/ml/Dockerfile', 'images/new/Dockerfile']);
    // ShellCheck ran for real, on the Dockerfile's line.
    expect(findings).toContainEqual(expect.objectContaining({ file: 'images/new/Dockerfile', line: 2, rule: 'SC2086' }));
    expect(result.log).toContain('Left out (the pull request does not touch them): images/api/Dockerfile');
    expect(result.log).toContain('rebuilds ml: `requirements.txt` changed');
    expect(result.log).toContain('builds new for the first time: its Dockerfile is new');
    expect(result.summary).toContain('Why this pull request rebuilds');
    expect(result.summary).toContain('rebuilds ml: `requirements.txt` changed');
    expect(
      git(dir, ['worktree', 'list', '--porcelain'])
        .split('\n')
        .filter((l) => l.startsWith('worktree ')),
    ).toHaveLength(1);
  });

  test('changed-only false validates everything; the images the PR touches are still explained', async () => {
    const { dir, base } = pullRequest();
    const result = await runInProcess('validate', () => run(), {
      workspace: dir,
      eventName: 'pull_request',
      event: event(base),
      inputs: { 'resolve-images': 'false', comment: 'false', 'changed-only': 'false' },
    });
    const files = new Set((JSON.parse(result.outputs.findings ?? '[]') as Array<{ file: string }>).map((f) => f.file));
    expect(files.has('images/api/Dockerfile')).toBe(true);
    expect(result.log).toContain('rebuilds ml:');
    expect(result.log).not.toContain('rebuilds api');
  });
});

describe('validate from its bundles', () => {
  test('dist/validate (runner-faithful): a Dockerfile docker build refuses fails the step on its line', async () => {
    const { dir } = pullRequest();
    writeTree(dir, { 'images/bad/Dockerfile': 'FROM debian:12\nCOPY --from=$STAGE /a /b\n' });
    const result = await runAction('validate', {
      workspace: dir,
      inputs: { 'resolve-images': 'false', files: 'images/bad/Dockerfile', 'sarif-file': 'v.sarif' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error title=DockerfileParse,file=images/bad/Dockerfile,line=2::docker build refuses this: variable expansion is not supported for --from',
    );
    expect(result.outputs.errors).toBe('1');
    expect(result.outputs['sarif-file']).toBe(path.join(dir, 'v.sarif'));
  });

  test('image-actions validate (CLI) compares with --base and prints the outputs as JSON', () => {
    const { dir, base } = pullRequest();
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)));
    const cli = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'dist/cli/index.js'), 'validate', '--base', base, '--changed-only', 'true', '--resolve-images', 'false'],
      {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const outputs = JSON.parse(cli.stdout) as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual(['errors', 'findings', 'sarif-file', 'warnings']);
    expect(cli.stderr).toContain('rebuilds ml: `requirements.txt` changed');
    const help = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), 'validate', '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('--fail-on (default: error)');
  });
});
