/**
 * computeBuildDefinition beyond the invariance properties: ignore-file choice, symlinks out of the
 * context, special files, hashing threads, the golden vector that locks recipe h1, bad input.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { definitionOf, dockerfile, hashOf, newContext } from './support/context.js';
import { makeTempDir } from '../support/git-repo.js';
import { hashFiles } from '../../src/hash/hash-files.js';
import { InputError } from '../../src/core/errors.js';

describe('ignore file choice', () => {
  test('<Dockerfile>.dockerignore beside the Dockerfile wins over <context>/.dockerignore', async () => {
    const dir = newContext({
      'docker/api.Dockerfile': dockerfile,
      'docker/api.Dockerfile.dockerignore': 'secret.txt\n',
      '.dockerignore': 'public.txt\n',
      'secret.txt': 's',
      'public.txt': 'p',
    });
    const result = await definitionOf(dir, { dockerfile: path.join(dir, 'docker/api.Dockerfile') });
    const paths = result.manifest.context.entries.map((e) => e.path);
    expect(result.ignoreFile).toBe('docker/api.Dockerfile.dockerignore');
    expect(paths).toContain('public.txt');
    expect(paths).not.toContain('secret.txt');
  });

  test('without a Dockerfile-specific one, the context .dockerignore applies; without either, nothing is excluded', async () => {
    const dir = newContext({ Dockerfile: dockerfile, '.dockerignore': 'x\n', x: '1', y: '2' });
    expect((await definitionOf(dir)).manifest.context.entries.map((e) => e.path)).toEqual(['.dockerignore', 'Dockerfile', 'y']);
    const bare = newContext({ Dockerfile: dockerfile, x: '1' });
    const result = await definitionOf(bare);
    expect(result.ignoreFile).toBeNull();
    expect(result.manifest.context.entries.map((e) => e.path)).toEqual(['Dockerfile', 'x']);
  });

  test('a malformed pattern fails like docker build does, naming the file', async () => {
    const dir = newContext({ Dockerfile: dockerfile, '.dockerignore': 'ok\n!\n' });
    await expect(definitionOf(dir)).rejects.toThrow(/Input 'context': \.dockerignore: illegal exclusion pattern/);
    const bad = newContext({ Dockerfile: dockerfile, '.dockerignore': 'x*[\n' });
    await expect(definitionOf(bad)).rejects.toThrow(/\.dockerignore: syntax error in pattern/);
  });
});

describe('symlinks and special files', () => {
  test('a symlink out of the context is hashed as a link, never followed', async () => {
    const outside = makeTempDir('outside-');
    writeFileSync(path.join(outside, 'secret'), 'v1');
    const dir = newContext({ Dockerfile: dockerfile, escape: { symlink: path.join(outside, 'secret') }, up: { symlink: '../../etc' } });
    const first = await definitionOf(dir);
    expect(first.manifest.context.entries.filter((e) => e.type === 'symlink')).toEqual([
      { path: 'escape', type: 'symlink', target: path.join(outside, 'secret') },
      { path: 'up', type: 'symlink', target: '../../etc' },
    ]);
    expect(first.readPaths.some((p) => p.includes('escape'))).toBe(false);
    writeFileSync(path.join(outside, 'secret'), 'v2 — the target changed, the link did not');
    expect((await definitionOf(dir)).hash).toBe(first.hash);
  });

  test('a FIFO is left out with a warning (Docker cannot send it as file content)', async () => {
    const dir = newContext({ Dockerfile: dockerfile, pipe: { fifo: true }, file: 'x' });
    const warnings: string[] = [];
    const result = await definitionOf(dir, { onWarning: (w) => warnings.push(w) });
    expect(result.manifest.context.entries.map((e) => e.path)).toEqual(['Dockerfile', 'file']);
    expect(warnings.join('\n')).toMatch(/Skipping FIFO 'pipe'/);
  });

  test('a .git folder in the context is hashed (Docker sends it) with a warning to ignore it', async () => {
    const dir = newContext({ Dockerfile: dockerfile, '.git/HEAD': 'ref: refs/heads/main\n' });
    const warnings: string[] = [];
    const result = await definitionOf(dir, { onWarning: (w) => warnings.push(w) });
    expect(result.manifest.context.entries.map((e) => e.path)).toContain('.git/HEAD');
    expect(warnings.join('\n')).toMatch(/Add '\.git' to \.dockerignore/);
  });
});

describe('hashing threads', () => {
  test('many files go to the thread pool and give the same blob ids as git', async () => {
    const dir = makeTempDir('pool-');
    const paths: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `f${i}`);
      writeFileSync(file, Buffer.alloc(i * 37, i % 251));
      paths.push(file);
    }
    const big = path.join(dir, 'big');
    writeFileSync(big, Buffer.alloc(3 << 20, 7)); // larger than the 1 MiB read buffer
    paths.push(big);
    const pooled = await hashFiles(paths, { threads: 2 });
    expect(pooled.threads).toBe(2);
    const expected = execFileSync('git', ['hash-object', '--stdin-paths'], { input: paths.join('\n'), encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(pooled.blobs).toEqual(expected);
    expect(pooled.problems.size).toBe(0);
    expect(pooled.bytesRead).toBe(paths.reduce((sum, _p, i) => sum + (i < 300 ? i * 37 : 3 << 20), 0));
    const inline = await hashFiles(paths.slice(0, 10));
    expect(inline.threads).toBe(0);
    expect(inline.blobs).toEqual(expected.slice(0, 10));
  });
});

describe('recipe h1 golden vector', () => {
  test('a fixed tree and options give this exact definition and hash (bump RECIPE if this has to change)', async () => {
    const dir = newContext({
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\n',
      '.dockerignore': '*.log\n',
      'app.py': 'print(1)\n',
      'run.sh': { content: '#!/bin/sh\n', mode: 0o755 },
      'lib/empty': { dir: true },
      link: { symlink: 'app.py' },
      'x.log': 'ignored',
    });
    const result = await definitionOf(dir, {
      platforms: ['linux/arm64', 'linux/amd64'],
      buildArgs: { A: '1' },
      secrets: ['pip'],
      labels: { team: 'ml' },
    });

    // The framing, written out by hand: type NUL path NUL [mode NUL digest NUL | target NUL].
    const blob = (file: string) => `git-blob:${execFileSync('git', ['hash-object', path.join(dir, file)], { encoding: 'utf8' }).trim()}`;
    const records = [
      `file\x00.dockerignore\x00644\x00${blob('.dockerignore')}\x00`,
      `file\x00Dockerfile\x00644\x00${blob('Dockerfile')}\x00`,
      `file\x00app.py\x00644\x00${blob('app.py')}\x00`,
      'dir\x00lib\x00',
      'dir\x00lib/empty\x00',
      'symlink\x00link\x00app.py\x00',
      `file\x00run.sh\x00755\x00${blob('run.sh')}\x00`,
    ].join('');
    const context = `sha256:${createHash('sha256').update(records).digest('hex')}`;
    const dockerfileDigest = `sha256:${createHash('sha256').update('FROM python:3.12-slim\nCOPY . /app\n').digest('hex')}`;
    // RFC 8785: keys sorted, no whitespace.
    const canonical = `{"buildArgs":{"A":"1"},"context":"${context}","dockerfile":"${dockerfileDigest}","images":[{"ref":"python:3.12-slim"}],"labels":{"team":"ml"},"platforms":["linux/amd64","linux/arm64"],"recipe":"h1","secrets":["pip"],"target":"#0"}`;
    expect(result.definition.context).toBe(context);
    expect(result.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(result.hash).toBe('1845b0ede20ff01eb3615624055f59acc84410480d98e7d47e06809c685afbc9');
    expect(result.tag).toBe(`h1-${result.hash.slice(0, 32)}`);
  });
});

describe('images', () => {
  test('resolveBase pins every image the build pulls (once each); pinned references keep their digest', async () => {
    const pinned = `busybox:1.36@sha256:${'c'.repeat(64)}`;
    const dir = newContext({
      Dockerfile: `# syntax=docker/dockerfile:1.7\nFROM python:3.12 AS a\nFROM python:3.12\nCOPY --from=${pinned} /bin/sh /sh\nCOPY --from=a /x /x\n`,
    });
    const asked: string[] = [];
    const result = await definitionOf(dir, {
      resolveBase: async (ref) => {
        asked.push(ref);
        return `sha256:${String(asked.length).repeat(64)}`;
      },
    });
    expect(asked.sort()).toEqual(['docker/dockerfile:1.7', 'python:3.12']);
    expect(result.definition.images).toEqual([
      { ref: pinned, digest: `sha256:${'c'.repeat(64)}` },
      { ref: 'docker/dockerfile:1.7', digest: expect.stringMatching(/^sha256:[12]{64}$/) },
      { ref: 'python:3.12', digest: expect.stringMatching(/^sha256:[12]{64}$/) },
    ]);
  });

  test('without a resolver images are recorded as written', async () => {
    const result = await definitionOf(newContext({ Dockerfile: 'FROM python:3.12\n' }));
    expect(result.definition.images).toEqual([{ ref: 'python:3.12' }]);
  });

  test('a Dockerfile with a byte order mark parses; its bytes are hashed as they are', async () => {
    const plain = await definitionOf(newContext({ Dockerfile: 'FROM python:3.12\n' }));
    const bom = await definitionOf(newContext({ Dockerfile: '\uFEFFFROM python:3.12\n' }));
    expect(bom.definition.images).toEqual([{ ref: 'python:3.12' }]);
    expect(bom.definition.dockerfile).not.toBe(plain.definition.dockerfile);
  });

  test('a resolver failure fails the hash', async () => {
    const dir = newContext({ Dockerfile: 'FROM python:3.12\n' });
    await expect(
      definitionOf(dir, {
        resolveBase: async () => {
          throw new Error('registry said 401');
        },
      }),
    ).rejects.toThrow('registry said 401');
  });
});

describe('bad input', () => {
  test('a context that does not exist', async () => {
    const missing = path.join(makeTempDir(), 'nope');
    await expect(hashOf(missing)).rejects.toThrow(InputError);
    await expect(hashOf(missing)).rejects.toThrow(/Input 'context': '.*nope' does not exist/);
  });
  test('a missing Dockerfile', async () => {
    const dir = newContext({ 'app.py': '' });
    await expect(hashOf(dir)).rejects.toThrow(/Input 'dockerfile': '.*Dockerfile' does not exist\. Create it/);
  });
  test('a Dockerfile that is a folder', async () => {
    const dir = newContext({ 'Dockerfile/x': '' });
    await expect(hashOf(dir)).rejects.toThrow(/Input 'dockerfile': .* is not a file/);
  });
  test('a context that is a file', async () => {
    const dir = newContext({ Dockerfile: dockerfile });
    await expect(hashOf(path.join(dir, 'Dockerfile'), { dockerfile: path.join(dir, 'Dockerfile') })).rejects.toThrow(
      /Input 'context': .* is not a folder/,
    );
  });
});

describe('file names', () => {
  // Regression: a valid UTF-8 name that contains U+FFFD itself was refused as "not valid UTF-8".
  test('a valid name with U+FFFD in it is hashed', async () => {
    const dir = newContext({ Dockerfile: dockerfile, 'odd\uFFFDname.txt': 'x' });
    expect((await definitionOf(dir)).manifest.context.entries.map((e) => e.path)).toContain('odd\uFFFDname.txt');
  });

  test('a name that is not valid UTF-8 is refused, naming the input and the fix', async () => {
    const dir = newContext({ Dockerfile: dockerfile });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
    await expect(definitionOf(dir)).rejects.toThrow(/Input 'context': the name of 'bad\uFFFD\uFFFD\.txt' is not valid UTF-8\. Rename it/);
  });
});
