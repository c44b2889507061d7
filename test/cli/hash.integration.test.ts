/** `image-actions hash` and `image-actions explain` from the CLI bundle. */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, linkSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../harness/run-action.js';
import { makeTempDir, writeTree } from '../support/git-repo.js';

const cli = path.join(repoRoot, 'dist/cli/index.js');

/**
 * The node binary and the CLI bundle where any user can run them: the clone's own folders may not
 * be traversable by an unprivileged user (a home folder of mode 0700, say), wherever it is cloned.
 */
function portableCli(): { node: string; cli: string } {
  const dir = makeTempDir('cli-copy-');
  chmodSync(dir, 0o755);
  const node = path.join(dir, 'node');
  try {
    linkSync(realpathSync(process.execPath), node);
  } catch {
    copyFileSync(realpathSync(process.execPath), node);
  }
  chmodSync(node, 0o755);
  cpSync(path.dirname(cli), path.join(dir, 'cli'), { recursive: true });
  for (const entry of readdirSync(path.join(dir, 'cli'), { recursive: true, withFileTypes: true })) {
    chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
  chmodSync(path.join(dir, 'cli'), 0o755);
  return { node, cli: path.join(dir, 'cli/index.js') };
}

/** Runs the CLI outside Actions: no GITHUB_*, INPUT_* or RUNNER_* from the test's own environment. */
function imageActions(cwd: string, args: string[], as?: { uid: number; gid: number }) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)));
  // Offline: the fixtures' base images are on Docker Hub, which tests cannot reach (see resolve-images).
  const offline = args[0] === 'hash' ? ['--resolve-images', 'false'] : [];
  const program = as ? portableCli() : { node: process.execPath, cli };
  const result = spawnSync(program.node, [program.cli, ...args, ...offline], { cwd, env, encoding: 'utf8', timeout: 60_000, ...as });
  if (result.error) throw result.error;
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(): string {
  const dir = makeTempDir('cli-hash-');
  writeTree(dir, {
    Dockerfile: 'FROM python:3.12\nCOPY . /app\n',
    '.dockerignore': '.git\n*.json\n',
    'requirements.txt': 'numpy==2.0\n',
    'src/app.py': 'print(1)\n',
  });
  return dir;
}

describe('image-actions hash (CLI)', () => {
  test('prints the outputs as one JSON object; the manifest file is written', () => {
    const dir = project();
    const run = imageActions(dir, ['hash', '--context', '.', '--platforms', 'linux/amd64', '--manifest-file', 'a.json']);
    expect(run.exitCode).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual(['bytes', 'files', 'hash', 'manifest-file', 'tag']);
    expect(outputs.tag).toBe(`h1-${outputs.hash?.slice(0, 32)}`);
    expect(outputs.files).toBe('4');
    expect(outputs['manifest-file']).toBe(path.join(dir, 'a.json'));
    expect(JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')).hash).toBe(outputs.hash);
    expect(run.stdout).not.toContain('::');
    expect(run.stderr).toContain('::group::Hash the build context');
  });

  test('a bad input exits 1 with the input named', () => {
    const run = imageActions(project(), ['hash', '--build-args', 'oops']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("::error::Input 'build-args': line 'oops' is not KEY=VALUE. Write one KEY=VALUE per line");
  });

  test.skipIf(process.getuid?.() !== 0)(
    'an unreadable file (run as an unprivileged user): exit 1 naming the file, no manifest written',
    () => {
      const dir = project();
      chmodSync(dir, 0o777);
      writeFileSync(path.join(dir, 'locked.bin'), 'x', { mode: 0o000 });
      chmodSync(path.join(dir, 'locked.bin'), 0o000);
      const run = imageActions(dir, ['hash', '--manifest-file', 'a.json'], { uid: 65534, gid: 65534 });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain(
        "::error::Input 'context': cannot read 'locked.bin' (EACCES). Make it readable, or exclude it in .dockerignore",
      );
      expect(run.stdout.trim()).toBe('{}');
      expect(() => readFileSync(path.join(dir, 'a.json'))).toThrow();
    },
  );
});

describe('image-actions explain (CLI)', () => {
  test('prints why two definitions differ, in plain words, exit 0', () => {
    const dir = project();
    expect(imageActions(dir, ['hash', '--platforms', 'linux/amd64', '--manifest-file', 'a.json']).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'requirements.txt'), 'numpy==2.1\n');
    writeTree(dir, { 'src/extra/one.py': '1', 'src/extra/two.py': '2' });
    expect(imageActions(dir, ['hash', '--platforms', 'linux/amd64,linux/arm64', '--manifest-file', 'b.json']).exitCode).toBe(0);
    const run = imageActions(dir, ['explain', 'a.json', 'b.json']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'Rebuilt because `requirements.txt` changed, folder `src/extra/` was added and platforms changed from linux/amd64 to linux/amd64, linux/arm64.',
    );
    expect(run.stdout).toContain('- folder `src/extra/` was added (2 files)');
    expect(run.stdout).toContain('- `requirements.txt` changed (same size, new content)');
    expect(run.stdout).toMatch(/^h1-[0-9a-f]{32} {2}a\.json\nh1-[0-9a-f]{32} {2}b\.json\n/);
  });

  test('the same definition twice', () => {
    const dir = project();
    imageActions(dir, ['hash', '--manifest-file', 'a.json']);
    const run = imageActions(dir, ['explain', 'a.json', 'a.json']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Same build definition \(h1-[0-9a-f]{32}\): nothing to rebuild\./);
  });

  test('wrong usage exits 2; a file that is not a definition exits 1', () => {
    const dir = project();
    expect(imageActions(dir, ['explain', 'a.json']).exitCode).toBe(2);
    writeFileSync(path.join(dir, 'x.json'), '{"nope":true}');
    const run = imageActions(dir, ['explain', 'x.json', 'x.json']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('x.json is not a build definition written by the hash action (manifest-file)');
  });

  test('the usage lists hash and explain', () => {
    const run = imageActions(makeTempDir('cli-'), ['--help']);
    expect(run.stderr).toMatch(/^ {2}hash +Computes a stable hash/m);
    expect(run.stderr).toMatch(/^ {2}explain +A\.json B\.json/m);
  });
});
