/**
 * Reading a spec from disk: the files it names must exist, be what the layer needs, stay inside the
 * workspace and not be excluded by the ignore file — each problem named by file, line and field,
 * before anything is staged. Then staging: exactly the named files, filtered with Docker's walk.
 */
import { chmodSync, existsSync, lstatSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadSpec, parseSpecReference } from '../../src/spec/load-spec.js';
import { prepareSpecBuild, specAsDockerfile } from '../../src/spec/spec-build.js';
import { makeTempDir, writeTree } from '../support/git-repo.js';

function workspaceWith(files: Record<string, string>): string {
  const dir = makeTempDir('spec-ws-');
  writeTree(dir, files);
  return dir;
}

function loadError(workspace: string, spec = 'image.yaml', env: Record<string, string> = {}): string {
  try {
    loadSpec(parseSpecReference(spec, workspace), { workspace, env });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the spec was accepted');
}

describe('files a spec names', () => {
  test.each<[string, Record<string, string>, string]>([
    [
      'a missing requirements file',
      { 'image.yaml': 'base: a/b:1\nlayers:\n  - requirements: requirements.txt\n' },
      "Input 'spec': image.yaml:3: layers[0]: 'requirements.txt' does not exist.",
    ],
    [
      'a missing source folder',
      { 'image.yaml': 'base: a/b:1\nlayers:\n  - source: {src: app, dst: /app}\n' },
      "Input 'spec': image.yaml:3: layers[0]: 'app' does not exist.",
    ],
    [
      'a missing uv.lock beside pyproject.toml',
      { 'image.yaml': 'base: a/b:1\nlayers:\n  - uv-project: py/pyproject.toml\n', 'py/pyproject.toml': '[project]\n' },
      "Input 'spec': image.yaml:3: layers[0]: 'py/uv.lock' does not exist.",
    ],
    [
      'a folder where a file is needed',
      { 'image.yaml': 'base: a/b:1\nlayers:\n  - requirements: reqs.txt\n', 'reqs.txt/x': '' },
      "Input 'spec': image.yaml:3: layers[0]: 'reqs.txt' is not a file.",
    ],
    ['a missing uv script', { 'image.yaml': 'uv-script: train.py\n' }, "Input 'spec': image.yaml:1: uv-script: 'train.py' does not exist."],
    [
      'a missing Dockerfile',
      { 'image.yaml': 'dockerfile: docker/Dockerfile\n' },
      "Input 'spec': image.yaml:1: dockerfile: 'docker/Dockerfile' does not exist.",
    ],
    [
      'a uv script without requires-python',
      { 'image.yaml': 'uv-script: train.py\n', 'train.py': '# /// script\n# dependencies = ["x"]\n# ///\n' },
      'image.yaml:1: uv-script: \'train.py\': it has no requires-python; give one: uv-script: {script: train.py, python: "3.12"}',
    ],
    [
      'a file excluded by .dockerignore',
      { 'image.yaml': 'base: a/b:1\nlayers:\n  - requirements: requirements.txt\n', 'requirements.txt': 'x\n', '.dockerignore': '*.txt\n' },
      "image.yaml:3: layers[0]: 'requirements.txt' is excluded by .dockerignore, so it could not be copied: remove the pattern that excludes it",
    ],
    ['a context outside the workspace', { 'image.yaml': 'base: a/b:1\ncontext: ../..\n' }, 'image.yaml: context: the build context'],
  ])('%s', (_name, files, message) => {
    expect(loadError(workspaceWith(files))).toContain(message);
  });

  test('a symlink out of the workspace is refused', () => {
    const outside = workspaceWith({ 'secret.txt': 'x\n' });
    const workspace = workspaceWith({ 'image.yaml': 'base: a/b:1\nlayers:\n  - requirements: r.txt\n' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(workspace, 'r.txt'));
    expect(loadError(workspace)).toContain("image.yaml:3: layers[0]: 'r.txt' leads outside the workspace through a symlink");
  });

  test('several problems come back together', () => {
    const message = loadError(workspaceWith({ 'image.yaml': 'base: a/b:1\nlayers:\n  - requirements: a.txt\n  - requirements: b.txt\n' }));
    expect(message).toContain('image.yaml has 2 problems:');
    expect(message).toContain("image.yaml:3: layers[0]: 'a.txt' does not exist");
    expect(message).toContain("image.yaml:4: layers[1]: 'b.txt' does not exist");
  });

  test('a missing spec file, and a missing inline entry', () => {
    const workspace = workspaceWith({ 'images.yaml': 'images:\n  - name: api\n    image: a/b\n' });
    expect(loadError(workspace, 'nope.yaml')).toBe(
      "Input 'spec': nope.yaml does not exist. Give the path of the spec file, relative to the workspace",
    );
    expect(loadError(workspace, 'images.yaml#web')).toContain("images.yaml has no image named 'web'");
    expect(loadError(workspace, 'images.yaml#api')).toContain("the entry 'api' of images.yaml has no inline spec: map");
  });

  test('an inline spec in images.yaml: paths relative to that file, errors on its lines', () => {
    const workspace = workspaceWith({
      'images.yaml': 'images:\n  - name: api\n    spec:\n      base: a/b:1\n      layers:\n        - requirements: svc/requirements.txt\n',
      'svc/requirements.txt': 'x\n',
    });
    const loaded = loadSpec(parseSpecReference('images.yaml#api', workspace), { workspace, env: {} });
    expect(loaded.rendered.contextPaths.map((p) => p.path)).toEqual(['svc/requirements.txt']);
    writeTree(workspace, {
      'images.yaml': readFileSync(path.join(workspace, 'images.yaml'), 'utf8').replace('requirements: svc', 'requirements: nope'),
    });
    expect(loadError(workspace, 'images.yaml#api')).toContain(
      "images.yaml:6: images[0].spec.layers[0]: 'nope/requirements.txt' does not exist",
    );
  });
});

describe('the staged context holds exactly what the spec copies', () => {
  const files = {
    'image.yaml': [
      'base: a/b:1',
      'layers:',
      '  - requirements: deps/requirements.txt',
      '  - workdir: /app',
      '  - source: {src: app, dst: /app}',
      '  - source: {src: conf/app.yaml, dst: /etc/app.yaml}',
      '',
    ].join('\n'),
    '.dockerignore': '**/__pycache__\napp/data\n!app/data/keep.csv\n**/*.md\n',
    'deps/requirements.txt': 'numpy\n',
    'deps/other.txt': 'not named\n',
    'app/main.py': 'print(1)\n',
    'app/run.sh': '#!/bin/sh\n',
    'app/__pycache__/main.pyc': 'x',
    'app/data/big.csv': '1,2\n',
    'app/data/keep.csv': '3,4\n',
    'app/README.md': 'no\n',
    'conf/app.yaml': 'a: 1\n',
    'conf/other.yaml': 'not named\n',
    'unrelated.txt': 'not named\n',
  };

  test('named files at their paths, ignore rules applied (with ! exceptions), links as links, exec bit kept', () => {
    const workspace = workspaceWith(files);
    chmodSync(path.join(workspace, 'app/run.sh'), 0o755);
    symlinkSync('main.py', path.join(workspace, 'app/link.py'));
    const loaded = loadSpec(parseSpecReference('image.yaml', workspace), { workspace, env: {} });
    const staged = prepareSpecBuild(loaded, makeTempDir('stage-'));
    try {
      const present = (p: string) => existsSync(path.join(staged.contextDir, p)) || isLink(path.join(staged.contextDir, p));
      for (const p of ['deps/requirements.txt', 'app/main.py', 'app/run.sh', 'app/link.py', 'app/data/keep.csv', 'conf/app.yaml'])
        expect(present(p), p).toBe(true);
      for (const p of [
        'deps/other.txt',
        'app/__pycache__',
        'app/data/big.csv',
        'app/README.md',
        'conf/other.yaml',
        'unrelated.txt',
        '.dockerignore',
        'image.yaml',
      ]) {
        expect(present(p), p).toBe(false);
      }
      expect(readlinkSync(path.join(staged.contextDir, 'app/link.py'))).toBe('main.py');
      expect(lstatSync(path.join(staged.contextDir, 'app/run.sh')).mode & 0o111).not.toBe(0);
      expect(lstatSync(path.join(staged.contextDir, 'app/main.py')).mode & 0o111).toBe(0);
      expect(readFileSync(staged.dockerfile, 'utf8')).toBe(loaded.rendered.dockerfile);
      expect(staged.useGit).toBe(false);
      expect(staged.stagedFiles).toBe(5);
    } finally {
      staged.dispose();
    }
    expect(existsSync(staged.contextDir)).toBe(false);
  });

  test('specAsDockerfile gives validate the rendered text, the context and where each line comes from', () => {
    const workspace = workspaceWith(files);
    const result = specAsDockerfile('image.yaml', { workspace, env: {} });
    const lines = result.dockerfile.split('\n');
    expect(result.contextDir).toBe(workspace);
    expect(result.ignoreFile).toBe(path.join(workspace, '.dockerignore'));
    expect(result.origin.file).toBe(path.join(workspace, 'image.yaml'));
    const copyLine = lines.findIndex((line) => line === 'COPY app /app');
    expect(result.origin.lines[copyLine]).toEqual({ line: 5, field: 'layers[2]' });
    expect(result.origin.lines[lines.findIndex((line) => line.startsWith('FROM '))]).toEqual({ line: 1, field: 'base' });
    expect(result.dockerfilePath).toBeUndefined();
  });

  test('an opaque Dockerfile is its own origin', () => {
    const workspace = workspaceWith({ 'image.yaml': 'dockerfile: docker/Dockerfile\n', 'docker/Dockerfile': 'FROM a/b:1\n' });
    const result = specAsDockerfile('image.yaml', { workspace, env: {} });
    expect(result).toMatchObject({
      dockerfile: 'FROM a/b:1\n',
      dockerfilePath: path.join(workspace, 'docker/Dockerfile'),
      contextDir: path.join(workspace, 'docker'),
    });
  });
});

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
