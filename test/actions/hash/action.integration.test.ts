/**
 * dist/hash/index.js run the way the GitHub runner runs it: outputs, job summary, log groups, the
 * manifest file, and one clear error (exit 1, nothing half written) for each kind of bad input.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runAction } from '../../harness/run-action.js';
import { makeTempDir, writeTree } from '../../support/git-repo.js';
import { computeBuildDefinition } from '../../../src/hash/compute-build-definition.js';
import type { BuildManifest } from '../../../src/core/build-definition.js';

/** The fixtures' base images are on Docker Hub, which tests cannot reach: hash them as written. */
const offline = { 'resolve-images': 'false' };

function workspace(files: Record<string, string> = {}): string {
  const dir = makeTempDir('ws-');
  writeTree(dir, {
    'image/Dockerfile': 'ARG PY=3.12\nFROM python:${PY}-slim\nCOPY . /app\n',
    'image/.dockerignore': '*.log\n',
    'image/app.py': 'print(1)\n',
    'image/requirements.txt': 'numpy\n',
    'image/debug.log': 'ignored\n',
    ...files,
  });
  return dir;
}

describe('hash action (runner-faithful)', () => {
  test('outputs, manifest file, job summary and log groups', async () => {
    const ws = workspace();
    const result = await runAction('hash', {
      workspace: ws,
      inputs: {
        ...offline,
        context: 'image',
        'build-args': 'PY=3.11\n',
        platforms: 'linux/arm64/v8, linux/amd64',
        'secret-envs': 'pip=PIP_TOKEN',
        labels: 'team=ml',
        'manifest-file': 'out/definition.json',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const { hash, tag, files, bytes } = result.outputs;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tag).toBe(`h1-${hash?.slice(0, 32)}`);
    expect(files).toBe('4'); // Dockerfile, .dockerignore, app.py, requirements.txt
    expect(Number(bytes)).toBe(
      ['Dockerfile', '.dockerignore', 'app.py', 'requirements.txt'].reduce(
        (sum, f) => sum + readFileSync(path.join(ws, 'image', f)).length,
        0,
      ),
    );
    expect(result.outputs['manifest-file']).toBe(path.join(ws, 'out/definition.json'));

    const manifest = JSON.parse(readFileSync(path.join(ws, 'out/definition.json'), 'utf8')) as BuildManifest;
    expect(manifest.hash).toBe(hash);
    expect(manifest.context.entries.map((e) => `${e.type} ${e.path}`)).toEqual([
      'file .dockerignore',
      'file Dockerfile',
      'file app.py',
      'file requirements.txt',
    ]);
    expect(manifest.definition).toMatchObject({
      recipe: 'h1',
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: { PY: '3.11' },
      images: [{ ref: 'python:3.11-slim' }],
      secrets: ['pip'],
      labels: { team: 'ml' },
      target: '#0',
    });

    // The same code in-process gives the same hash.
    const direct = await computeBuildDefinition({
      contextDir: path.join(ws, 'image'),
      dockerfile: path.join(ws, 'image/Dockerfile'),
      buildArgs: { PY: '3.11' },
      platforms: ['linux/amd64', 'linux/arm64'],
      secrets: ['pip'],
      labels: { team: 'ml' },
    });
    expect(direct.hash).toBe(hash);

    expect(result.summary).toContain('<h3>Build hash</h3>');
    expect(result.summary).toContain(`<code>${tag}</code>`);
    expect(result.summary).toMatch(/4 files, /);
    expect(result.stdout).toContain('::group::Hash the build context image');
    expect(result.stdout).toContain(`::group::Build definition ${tag}`);
  });

  test('defaults: context ".", Dockerfile in the context, the runner platform, no manifest file', async () => {
    const ws = workspace({ Dockerfile: 'FROM busybox\n', 'x.txt': 'x' });
    const result = await runAction('hash', { workspace: ws, inputs: offline });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['manifest-file']).toBe('');
    expect(result.outputs.files).toBe('7');
  });

  test('a secret given with a value: only the id is hashed, the value is masked and written nowhere', async () => {
    const ws = workspace();
    const value = 'sup3r-s3cret-token-value';
    const result = await runAction('hash', {
      workspace: ws,
      inputs: { ...offline, context: 'image', secrets: `GIT_AUTH_TOKEN=${value}`, 'manifest-file': 'def.json' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`::add-mask::${value}`);
    const text = result.allText.replace(`::add-mask::${value}`, '');
    expect(text).not.toContain(value);
    expect(readFileSync(path.join(ws, 'def.json'), 'utf8')).not.toContain(value);
    expect(JSON.parse(readFileSync(path.join(ws, 'def.json'), 'utf8')).definition.secrets).toEqual(['GIT_AUTH_TOKEN']);
  });

  test('a manifest file may go to RUNNER_TEMP', async () => {
    const ws = workspace();
    const runnerTemp = makeTempDir('runner-temp-');
    const result = await runAction('hash', {
      workspace: ws,
      env: { RUNNER_TEMP: runnerTemp },
      inputs: { ...offline, context: 'image', 'manifest-file': path.join(runnerTemp, 'def.json') },
    });
    expect(result.exitCode).toBe(0);
    expect(existsSync(path.join(runnerTemp, 'def.json'))).toBe(true);
  });

  // Every kind of bad input has its case in inputs.test.ts (in-process); the bundle shows the contract once
  // for an input read before hashing and once for one that fails after it.
  const badInputs: Array<[string, Record<string, string>, RegExp, ((ws: string) => void)?]> = [
    [
      'a malformed build-arg line',
      { 'build-args': 'PY=3.12\nNOEQUALS' },
      /^Input 'build-args': line 'NOEQUALS' is not KEY=VALUE\. Write one KEY=VALUE per line$/,
    ],
    [
      'a manifest file that is a folder',
      { 'manifest-file': 'image' },
      /^Input 'manifest-file': cannot write '.*image' \(EISDIR\)\. Give a file path in a writable folder$/,
    ],
  ];
  test.each(badInputs)('%s: one error line naming the input, exit 1, no manifest file', async (_name, inputs, message, prepare) => {
    const ws = workspace();
    prepare?.(ws);
    const result = await runAction('hash', {
      workspace: ws,
      inputs: { ...offline, context: 'image', 'manifest-file': 'out/def.json', ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs.hash).toBeUndefined();
    expect(existsSync(path.join(ws, 'out'))).toBe(false);
  });
});
