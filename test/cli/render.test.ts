/** `image-actions render` in-process: what it prints, what it writes, and how it fails. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { renderCommand } from '../../src/cli/render.js';
import { makeTempDir, writeTree } from '../support/git-repo.js';

const saved = { cwd: process.cwd(), actions: process.env.GITHUB_ACTIONS, workspace: process.env.GITHUB_WORKSPACE };
afterEach(() => {
  process.chdir(saved.cwd);
  for (const [name, value] of [
    ['GITHUB_ACTIONS', saved.actions],
    ['GITHUB_WORKSPACE', saved.workspace],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function render(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  delete process.env.GITHUB_ACTIONS;
  delete process.env.GITHUB_WORKSPACE;
  process.chdir(cwd);
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await renderCommand(args), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

function project(): string {
  const dir = makeTempDir('render-cli-');
  writeTree(dir, {
    'image.yaml': 'debian-python: "3.12"\nlayers:\n  - source: {src: app, dst: /app}\n  - pip: [pandas==2.1.0]\n',
    'app/main.py': 'print(1)\n',
    'opaque/image.yaml': 'dockerfile: Dockerfile\n',
    'opaque/Dockerfile': 'FROM busybox:1.36\n',
  });
  return dir;
}

describe('image-actions render', () => {
  test('prints the Dockerfile; the renderer’s advice goes to stderr with its line', async () => {
    const run = await render(project(), ['image.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^# Rendered by image-actions from an image spec.*\nFROM python:3\.12-slim-bookworm\nCOPY app \/app\nRUN pip install --no-cache-dir \\\n {8}pandas==2\.1\.0\n$/,
    );
    expect(run.stderr).toMatch(/^warning: image\.yaml:3: layers\[0\]: this source layer comes before layers\[1\] \(pip\)/);
  });

  test('--context-dir writes the Dockerfile, a .dockerignore for it, and the files the spec copies', async () => {
    const dir = project();
    const run = await render(dir, ['image.yaml', '--context-dir', 'out']);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.dockerignore', 'Dockerfile', 'app']);
    expect(readFileSync(path.join(dir, 'out/Dockerfile'), 'utf8')).toBe(run.stdout);
    expect(readFileSync(path.join(dir, 'out/app/main.py'), 'utf8')).toBe('print(1)\n');
    expect(run.stderr).toContain('wrote out: Dockerfile, .dockerignore and 1 file the spec copies');
  });

  test('an opaque Dockerfile is printed as it is', async () => {
    const run = await render(project(), ['opaque/image.yaml']);
    expect(run).toMatchObject({ code: 0, stdout: 'FROM busybox:1.36\n' });
  });

  test.each<[string, string[], number, RegExp]>([
    ['no spec', [], 2, /expected one spec file, got 0/],
    ['two specs', ['a.yaml', 'b.yaml'], 2, /expected one spec file, got 2/],
    ['an unknown flag', ['image.yaml', '--out', 'x'], 2, /Unknown option '--out'/],
    ['a missing spec', ['nope.yaml'], 1, /Input 'spec': nope\.yaml does not exist/],
    ['a non-empty --context-dir', ['image.yaml', '--context-dir', 'app'], 1, /--context-dir app is not empty/],
    [
      '--context-dir for an opaque Dockerfile',
      ['opaque/image.yaml', '--context-dir', 'out'],
      1,
      /builds its own Dockerfile from .* as is: there is no rendered context to write/,
    ],
  ])('%s', async (_name, args, code, message) => {
    const dir = project();
    const run = await render(dir, args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('--help', async () => {
    const run = await render(project(), ['--help']);
    expect(run).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: image-actions render SPEC \[--context-dir DIR\]/) as unknown as string,
    });
  });
});
