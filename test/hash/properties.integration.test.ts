/**
 * The properties issue 2 asks of the hash: what must not change it, what must, and that the
 * context is exactly what Docker would send.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { definitionOf, dockerfile, hashOf, newContext, writeContext, type Node } from './support/context.js';
import { treeDigest } from '../../src/core/context-tree.js';
import type { BuildDefinitionOptions } from '../../src/hash/compute-build-definition.js';

const base: Record<string, Node> = {
  Dockerfile: dockerfile,
  '.dockerignore': '.dockerignore\n*.log\nbuild/\n!build/keep.txt\n',
  'requirements.txt': 'numpy==2.1.0\n',
  'src/app.py': 'print("hello")\n',
  'src/lib/util.py': 'X = 1\n',
  'bin/run.sh': { content: '#!/bin/sh\nexec python /app/src/app.py\n', mode: 0o755 },
  'data/empty': { dir: true },
  'link-to-app': { symlink: 'src/app.py' },
  'debug.log': 'noise\n',
  'build/out.o': 'binary\n',
  'build/keep.txt': 'kept\n',
};

function walkAll(dir: string, visit: (file: string) => void): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    visit(file);
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory() && !statSync(file).isSymbolicLink()) walkAll(file, visit);
  }
}

describe('what does not change the hash', () => {
  test('the same tree in another folder, written in another order', async () => {
    expect(await hashOf(newContext(base))).toBe(await hashOf(newContext(base, 'reverse')));
  });

  test('other modification times', async () => {
    const dir = newContext(base);
    const before = await hashOf(dir);
    walkAll(dir, (file) => {
      if (!file.endsWith('link-to-app')) utimesSync(file, new Date('2001-01-01'), new Date('2001-01-01'));
    });
    expect(await hashOf(dir)).toBe(before);
  });

  test('another umask (group/other bits), as long as the owner-exec bit stays', async () => {
    const dir = newContext(base);
    const before = await hashOf(dir);
    chmodSync(path.join(dir, 'requirements.txt'), 0o600);
    chmodSync(path.join(dir, 'src/app.py'), 0o664);
    chmodSync(path.join(dir, 'bin/run.sh'), 0o700);
    chmodSync(path.join(dir, 'src'), 0o700);
    expect(await hashOf(dir)).toBe(before);
  });

  test('a file excluded by .dockerignore: changed, added or removed', async () => {
    const dir = newContext(base);
    const before = await hashOf(dir);
    writeFileSync(path.join(dir, 'debug.log'), 'other noise\n');
    writeFileSync(path.join(dir, 'new.log'), 'x\n');
    unlinkSync(path.join(dir, 'build/out.o'));
    expect(await hashOf(dir)).toBe(before);
  });

  test('an ignore rule change that leaves the sent set alone (the ignore file excludes itself)', async () => {
    const dir = newContext(base);
    const before = await hashOf(dir);
    writeFileSync(path.join(dir, '.dockerignore'), '# a comment\n.dockerignore\n*.log\nbuild\n!build/keep.txt\n');
    expect(await hashOf(dir)).toBe(before);
  });

  test('equivalent platform spellings, build args and labels in another order, secret ids in another order', async () => {
    const dir = newContext(base);
    const a = await hashOf(dir, {
      platforms: ['linux/arm64/v8', 'linux/amd64'],
      buildArgs: { A: '1', B: '2' },
      labels: { x: '1', y: '2' },
      secrets: ['b', 'a'],
    });
    const b = await hashOf(dir, {
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: { B: '2', A: '1' },
      labels: { y: '2', x: '1' },
      secrets: ['a', 'b', 'a'],
    });
    expect(a).toBe(b);
  });
});

describe('what changes the hash', () => {
  const changes: Array<[string, (dir: string) => void]> = [
    ['one changed byte', (dir) => writeFileSync(path.join(dir, 'src/app.py'), 'print("hellO")\n')],
    ['the exec bit', (dir) => chmodSync(path.join(dir, 'src/app.py'), 0o755)],
    ['a renamed file', (dir) => renameSync(path.join(dir, 'src/app.py'), path.join(dir, 'src/main.py'))],
    [
      'a symlink target',
      (dir) => {
        unlinkSync(path.join(dir, 'link-to-app'));
        writeContext(dir, { 'link-to-app': { symlink: 'src/lib/util.py' } });
      },
    ],
    ['a new empty folder', (dir) => writeContext(dir, { 'data/more': { dir: true } })],
    ['a removed empty folder', (dir) => rmSync(path.join(dir, 'data/empty'), { recursive: true })],
    ['an ignore rule that changes what is sent', (dir) => writeFileSync(path.join(dir, '.dockerignore'), '.dockerignore\n*.log\nbuild/\n')],
    ['a file re-included by an exception', (dir) => writeFileSync(path.join(dir, 'build/keep.txt'), 'changed\n')],
    ['the Dockerfile', (dir) => writeFileSync(path.join(dir, 'Dockerfile'), `${dockerfile}RUN true\n`)],
  ];
  test.each(changes)('%s', async (_name, change) => {
    const dir = newContext(base);
    const before = await hashOf(dir);
    change(dir);
    expect(await hashOf(dir)).not.toBe(before);
  });

  test.each([
    ['a build arg', { buildArgs: { VERSION: '1' } }, { buildArgs: { VERSION: '2' } }],
    ['a platform', { platforms: ['linux/amd64'] }, { platforms: ['linux/amd64', 'linux/arm64'] }],
    [
      'the target stage',
      { text: 'FROM a AS one\nFROM b AS two\n', target: 'one' },
      { text: 'FROM a AS one\nFROM b AS two\n', target: 'two' },
    ],
    ['a label', { labels: { team: 'ml' } }, { labels: { team: 'data' } }],
    ['a secret id', { secrets: ['pip'] }, { secrets: ['pip', 'npm'] }],
    [
      'a base image digest',
      { resolveBase: async () => `sha256:${'1'.repeat(64)}` },
      { resolveBase: async () => `sha256:${'2'.repeat(64)}` },
    ],
  ] as Array<[string, Partial<BuildDefinitionOptions> & { text?: string }, Partial<BuildDefinitionOptions> & { text?: string }]>)(
    '%s',
    async (_name, a, b) => {
      // `text` replaces the Dockerfile; the rest are options.
      const hashWith = async ({ text, ...options }: Partial<BuildDefinitionOptions> & { text?: string }) => {
        const dir = newContext(base);
        if (text) writeFileSync(path.join(dir, 'Dockerfile'), text);
        return hashOf(dir, options);
      };
      expect(await hashWith(a)).not.toBe(await hashWith(b));
    },
  );

  test('paths are framed: a/bc and ab/c with the same content differ', async () => {
    const one = newContext({ Dockerfile: dockerfile, 'a/bc': 'same' });
    const two = newContext({ Dockerfile: dockerfile, 'ab/c': 'same' });
    expect(await hashOf(one)).not.toBe(await hashOf(two));
  });
});

describe('the context is what Docker sends', () => {
  test('entries: files with exec bit and git blob id, symlinks with their target, folders (empty ones too)', async () => {
    const dir = newContext(base);
    const result = await definitionOf(dir);
    expect(result.manifest.context.entries.map((e) => `${e.type} ${e.path}`)).toEqual([
      'file Dockerfile',
      'dir bin',
      'file bin/run.sh',
      'dir build',
      'file build/keep.txt',
      'dir data',
      'dir data/empty',
      'symlink link-to-app',
      'file requirements.txt',
      'dir src',
      'file src/app.py',
      'dir src/lib',
      'file src/lib/util.py',
    ]);
    const run = result.manifest.context.entries.find((e) => e.path === 'bin/run.sh');
    // The digest is what git itself computes for the same bytes.
    const gitBlob = execFileSync('git', ['hash-object', path.join(dir, 'bin/run.sh')], { encoding: 'utf8' }).trim();
    expect(run).toEqual({
      path: 'bin/run.sh',
      type: 'file',
      mode: '755',
      size: statSync(path.join(dir, 'bin/run.sh')).size,
      digest: `git-blob:${gitBlob}`,
    });
    expect(result.manifest.context.entries.find((e) => e.path === 'link-to-app')).toEqual({
      path: 'link-to-app',
      type: 'symlink',
      target: 'src/app.py',
    });
    expect(result.files).toBe(6);
    expect(result.bytes).toBe(result.manifest.context.entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0));
    expect(result.definition.context).toBe(treeDigest(result.manifest.context.entries));
    expect(result.ignoreFile).toBe('.dockerignore');
  });
});
