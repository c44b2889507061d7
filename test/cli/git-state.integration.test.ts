/** `image-actions git-state` from the CLI bundle: same main, outputs as one JSON object on stdout. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../harness/run-action.js';
import { git, initRepo, makeTempDir } from '../support/git-repo.js';

const cli = path.join(repoRoot, 'dist/cli/index.js');
const outputNames = ['clean', 'commit', 'short-commit', 'ref', 'branch', 'tag', 'commit-time', 'dirty-files'];

/** Runs the CLI outside Actions: no GITHUB_*, INPUT_* or RUNNER_* from the test's own environment. */
function imageActions(cwd: string, args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)));
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('image-actions git-state (CLI)', () => {
  test('prints one JSON object with every output on stdout; logs go to stderr', () => {
    const repo = initRepo({ Dockerfile: 'FROM busybox\n' });
    const run = imageActions(path.dirname(repo), ['git-state', '--path', path.basename(repo)]);
    expect(run.exitCode).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual([...outputNames].sort());
    expect(outputs).toMatchObject({ clean: 'true', commit: git(repo, ['rev-parse', 'HEAD']), branch: 'main', 'dirty-files': '[]' });
    expect(run.stdout).not.toContain('::');
    expect(run.stderr).toContain('Read git state of');
  });

  test('--name=value works, and require-clean failing exits 1 with the outputs still printed', () => {
    const repo = initRepo({ Dockerfile: 'FROM busybox\n' });
    writeFileSync(path.join(repo, 'Dockerfile'), 'FROM busybox:1\n');
    const run = imageActions(repo, ['git-state', '--require-clean=true']);
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ clean: 'false', 'dirty-files': '["Dockerfile"]' });
    expect(run.stderr).toMatch(/::error::The working tree at .* is not clean: 1 changed path\(s\): modified: Dockerfile/);
  });

  test('an unknown flag exits 2 naming the flag and the valid inputs, printing nothing on stdout', () => {
    const run = imageActions(makeTempDir('cli-'), ['git-state', '--require-cleen', 'true']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      "image-actions: git-state: Unknown option '--require-cleen'. Known flags: --path, --require-clean, --help",
    );
  });

  test('a folder that is not a repository exits 1 with the input named', () => {
    const run = imageActions(makeTempDir('cli-'), ['git-state']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/::error::Input 'path': .* is not inside a git repository/);
  });

  test('the usage lists git-state', () => {
    const run = imageActions(makeTempDir('cli-'), ['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/^ {2}git-state +Records which commit/m);
  });
});
