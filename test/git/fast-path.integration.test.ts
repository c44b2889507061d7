/**
 * The correctness guard of the git fast path (issue 8): on real repositories in every state the
 * fast path has to understand, it gives exactly the entries — hence the hash — of the content path
 * (which reads every byte), while git still does the work (the fast path is used, not silently
 * skipped). What git cannot vouch for is read; nothing else is.
 */
import { chmodSync, mkdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitAll, git, initRepo, makeTempDir, writeTree } from '../support/git-repo.js';
import { seededRandom } from '../support/seeded-random.js';
import { definitionOf, dockerfile } from '../hash/support/context.js';
import { GitListings } from '../../src/hash/git-listings.js';

const files = {
  Dockerfile: dockerfile,
  '.dockerignore': '.git\n*.tmp\n',
  'requirements.txt': 'numpy==2.1.0\n',
  'src/app.py': 'print("hello")\n',
  'src/lib/util.py': 'X = 1\n',
  'docs/notes.md': '# notes\n',
};

/** Both paths on `contextDir`; they must agree entry for entry. Returns the fast run and what it read. */
async function same(contextDir: string, options: { gitListings?: GitListings; expectFast?: boolean } = {}) {
  const dockerfilePath = path.join(contextDir, 'Dockerfile');
  const fast = await definitionOf(contextDir, {
    useGit: true,
    dockerfile: dockerfilePath,
    ...(options.gitListings ? { gitListings: options.gitListings } : {}),
  });
  const slow = await definitionOf(contextDir, { useGit: false, dockerfile: dockerfilePath });
  expect(fast.manifest.context.entries).toEqual(slow.manifest.context.entries);
  expect(fast.hash).toBe(slow.hash);
  if (options.expectFast !== false) expect(fast.fastPath).toMatchObject({ used: true });
  const read = fast.readPaths.map((p) => path.relative(contextDir, p)).sort();
  return { fast, slow, read };
}

describe('fast path = content path', () => {
  test('git says which files were modified after the hash began: those are read and the hash made again', async () => {
    const dir = initRepo(files);
    const clean = await same(dir);
    // The clean tree: the early view stood, nothing was read, and git was waited for.
    expect(clean.read).toEqual([]);
    expect(clean.fast.timings.confirm).toBeGreaterThanOrEqual(0);
    writeFileSync(path.join(dir, 'src/app.py'), 'print("changed")\n');
    const { fast, read } = await same(dir);
    expect(read).toEqual(['src/app.py']);
    expect(fast.timings.confirm).toBeGreaterThanOrEqual(0);
    expect(fast.hash).not.toBe(clean.fast.hash);
  });

  test('git-ignored files Docker still gets, whole ignored folders, and ignored files Docker does not get', async () => {
    const dir = initRepo({ ...files, '.gitignore': 'build/\n*.log\nnode_modules/\n', '.dockerignore': '.git\nnode_modules\n' });
    writeTree(dir, {
      'build/out/app.bin': 'binary',
      'build/meta.json': '{}',
      'src/debug.log': 'log line',
      'node_modules/x/index.js': 'module.exports = 1',
    });
    const { fast, read } = await same(dir);
    expect(read).toEqual(['build/meta.json', 'build/out/app.bin', 'src/debug.log']);
    expect(fast.manifest.context.entries.map((e) => e.path)).not.toContain('node_modules');
  });

  test('empty folders: untracked, nested, left behind by deleted files, inside tracked folders', async () => {
    const dir = initRepo({ ...files, 'gone/only.txt': 'x', 'keep/a.txt': 'a' });
    mkdirSync(path.join(dir, 'empty/nested/deeper'), { recursive: true });
    mkdirSync(path.join(dir, 'src/empty-inside'));
    unlinkSync(path.join(dir, 'gone/only.txt')); // its folder stays, empty
    const { fast, read } = await same(dir);
    expect(read).toEqual([]);
    const dirs = fast.manifest.context.entries.filter((e) => e.type === 'dir').map((e) => e.path);
    expect(dirs).toEqual(expect.arrayContaining(['empty', 'empty/nested', 'empty/nested/deeper', 'src/empty-inside', 'gone']));
  });

  test('symlinks: tracked, untracked, dangling, to folders, replaced files and folders', async () => {
    const dir = initRepo({ ...files, 'data/a.csv': '1,2\n', 'old/file.txt': 'old' });
    symlinkSync('src/app.py', path.join(dir, 'tracked-link'));
    symlinkSync('../nowhere', path.join(dir, 'dangling'));
    commitAll(dir, 'links');
    symlinkSync('data', path.join(dir, 'untracked-dir-link'));
    // A tracked folder replaced by a symlink to a folder holding the same file name: git must not
    // be fooled into vouching for old/file.txt through the link.
    rmSync(path.join(dir, 'old'), { recursive: true });
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere/file.txt'), 'old');
    symlinkSync('elsewhere', path.join(dir, 'old'));
    // A tracked file replaced by a symlink.
    unlinkSync(path.join(dir, 'requirements.txt'));
    symlinkSync('src/app.py', path.join(dir, 'requirements.txt'));
    const { fast, read } = await same(dir);
    expect(read).toEqual(['elsewhere/file.txt']);
    expect(fast.manifest.context.entries.find((e) => e.path === 'old')).toEqual({ path: 'old', type: 'symlink', target: 'elsewhere' });
  });

  test('a folder above tracked files replaced by a symlink to the same files: the link is sent, not the files', async () => {
    const dir = initRepo({ ...files, 'deep/inner/file.txt': 'same', 'deep/inner/more/x.txt': 'x', 'deep/top.txt': 't' });
    renameSync(path.join(dir, 'deep'), path.join(dir, 'moved'));
    symlinkSync('moved', path.join(dir, 'deep'));
    const { fast, read } = await same(dir);
    expect(read).toEqual(['moved/inner/file.txt', 'moved/inner/more/x.txt', 'moved/top.txt']);
    expect(fast.manifest.context.entries.filter((e) => e.path.startsWith('deep'))).toEqual([
      { path: 'deep', type: 'symlink', target: 'moved' },
    ]);
  });

  test('exec bits set and cleared in the work tree, also when the repository ignores file modes', async () => {
    const dir = initRepo({ ...files, 'bin/run.sh': '#!/bin/sh\n' });
    chmodSync(path.join(dir, 'bin/run.sh'), 0o755);
    commitAll(dir, 'exec');
    chmodSync(path.join(dir, 'bin/run.sh'), 0o644);
    chmodSync(path.join(dir, 'src/app.py'), 0o755);
    git(dir, ['config', 'core.fileMode', 'false']); // git status would say nothing changed
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const { read } = await same(dir);
    expect(read).toEqual(['bin/run.sh', 'src/app.py']);
  });

  test('type changes: a file became a folder, a folder became a file', async () => {
    const dir = initRepo({ ...files, 'was-file': 'x', 'was-dir/inner.txt': 'y' });
    unlinkSync(path.join(dir, 'was-file'));
    writeTree(dir, { 'was-file/now-inside.txt': 'z' });
    rmSync(path.join(dir, 'was-dir'), { recursive: true });
    writeFileSync(path.join(dir, 'was-dir'), 'now a file');
    const { read } = await same(dir);
    expect(read).toEqual(['was-dir', 'was-file/now-inside.txt']);
  });

  test('.dockerignore exceptions reaching into excluded folders, tracked and untracked files mixed', async () => {
    const dir = initRepo({
      ...files,
      '.dockerignore': '.git\nmodels/\n!models/keep/**\n*.md\n!README.md\n',
      'models/big.bin': 'big',
      'models/keep/small.bin': 'small',
      'README.md': 'readme',
    });
    writeTree(dir, { 'models/keep/new.bin': 'new', 'models/other.bin': 'other', 'CHANGES.md': 'changes' });
    const { fast, read } = await same(dir);
    expect(read).toEqual(['models/keep/new.bin']);
    expect(fast.manifest.context.entries.map((e) => e.path)).toEqual(expect.arrayContaining(['models', 'models/keep/small.bin']));
  });

  test('an entry named .git anywhere: Docker sends it, git never lists it', async () => {
    const dir = initRepo({ ...files, '.dockerignore': '*.tmp\n', 'vendor/lib/code.py': 'pass\n' });
    writeTree(dir, { 'vendor/lib/.git/HEAD': 'ref: refs/heads/main\n', 'vendor/.git': 'gitdir: nowhere\n' });
    const warnings: string[] = [];
    const fast = await definitionOf(dir, { useGit: true, onWarning: (w) => warnings.push(w) });
    const slow = await definitionOf(dir, { useGit: false });
    expect(fast.manifest.context.entries).toEqual(slow.manifest.context.entries);
    const paths = fast.manifest.context.entries.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['.git', '.git/HEAD', 'vendor/.git', 'vendor/lib/.git/HEAD']));
    expect(warnings.join('\n')).toMatch(/Add '\.git' to \.dockerignore/);
  });

  test('a nested repository that is not a submodule is walked like any untracked folder', async () => {
    const dir = initRepo(files);
    mkdirSync(path.join(dir, 'nested'));
    initRepo({ 'inner.txt': 'inner' }, path.join(dir, 'nested'));
    const { read } = await same(dir);
    expect(read.filter((p) => !p.startsWith('nested/.git/'))).toEqual(['nested/inner.txt']);
  });

  test('submodules: listed by their own git, a modified file inside is read, an uninitialized one is an empty folder', async () => {
    const library = initRepo({ 'lib.py': 'def f(): pass\n', 'data/table.csv': 'a,b\n' });
    const other = initRepo({ 'other.txt': 'other' });
    const dir = initRepo(files);
    git(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'third_party/library']);
    git(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', other, 'third_party/other']);
    commitAll(dir, 'submodules');
    git(dir, ['submodule', 'deinit', '-q', '-f', 'third_party/other']);
    writeFileSync(path.join(dir, 'third_party/library/lib.py'), 'def f(): return 1\n');
    writeFileSync(path.join(dir, 'third_party/library/untracked.txt'), 'new');
    const { fast, read } = await same(dir);
    // The submodule's .git file is sent too (.dockerignore's `.git` is the top one only).
    expect(read).toEqual(['third_party/library/.git', 'third_party/library/lib.py', 'third_party/library/untracked.txt']);
    expect(fast.fastPath.fromIndex).toBe(8); // 6 + .gitmodules + data/table.csv
    const paths = fast.manifest.context.entries.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['third_party/library/.git', 'third_party/other']));
  });

  test('.gitattributes eol filters and a smudge filter (git-lfs style) inside a subfolder context', async () => {
    const dir = initRepo({
      '.gitattributes': '*.txt text eol=crlf\n*.dat filter=fake-lfs\n',
      ...Object.fromEntries(Object.entries(files).map(([p, c]) => [`images/app/${p}`, c])),
      'images/app/notes.txt': 'a\nb\n',
      'images/app/weights.dat': 'pointer\n',
    });
    git(dir, ['config', 'filter.fake-lfs.clean', 'cat']);
    git(dir, ['config', 'filter.fake-lfs.smudge', 'tr a-z A-Z']);
    rmSync(path.join(dir, 'images/app/notes.txt'));
    rmSync(path.join(dir, 'images/app/weights.dat'));
    git(dir, ['checkout', '--', '.']);
    const { read } = await same(path.join(dir, 'images/app'));
    expect(read).toEqual(['notes.txt', 'requirements.txt', 'weights.dat']); // every *.txt may be converted
  });

  test('a context inside an untracked folder, and one inside an ignored folder: git says nothing, every file is read', async () => {
    const dir = initRepo({ ...files, '.gitignore': 'ignored/\n' });
    writeTree(dir, { 'untracked/ctx/Dockerfile': dockerfile, 'untracked/ctx/a.txt': 'a', 'ignored/ctx/Dockerfile': dockerfile });
    for (const context of ['untracked/ctx', 'ignored/ctx']) {
      const { fast } = await same(path.join(dir, context), { expectFast: false });
      expect(fast.fastPath.reason).toMatch(/git tracks nothing in the context folder/);
    }
  });

  test('names with U+FFFD: a valid one is hashed from the index, one that is not valid UTF-8 is refused', async () => {
    const dir = initRepo({ ...files, 'odd\uFFFDname.txt': 'x' });
    const { fast } = await same(dir);
    expect(fast.manifest.context.entries.map((e) => e.path)).toContain('odd\uFFFDname.txt');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
    await expect(definitionOf(dir, { useGit: true })).rejects.toThrow(
      /Input 'context': the name of 'bad\uFFFD\uFFFD\.txt' is not valid UTF-8/,
    );
  });

  test('an index without recorded sizes (read-tree) still gives every size', async () => {
    const dir = initRepo(files);
    git(dir, ['read-tree', 'HEAD']); // drops the stat data: git compares contents from now on
    const { fast, read } = await same(dir);
    expect(read).toEqual([]);
    expect(fast.bytes).toBeGreaterThan(0);
  });

  test('a linked worktree whose attributes live in the common git folder', async () => {
    const dir = initRepo({ ...files, 'notes.txt': 'a\nb\n' });
    const linked = path.join(makeTempDir('worktree-'), 'wt');
    git(dir, ['worktree', 'add', '-q', linked]);
    writeTree(dir, { '.git/info/attributes': '*.txt text eol=crlf\n' });
    rmSync(path.join(linked, 'notes.txt'));
    git(linked, ['checkout', '--', 'notes.txt']);
    const { read } = await same(linked);
    expect(read).toEqual(['notes.txt', 'requirements.txt']);
  });

  test('a repository whose git folder lives elsewhere (`.git` is a gitdir: file): its info/attributes count', async () => {
    const dir = initRepo({ ...files, 'notes.txt': 'a\nb\n' });
    const elsewhere = path.join(makeTempDir('separate-'), 'repo.git');
    renameSync(path.join(dir, '.git'), elsewhere);
    writeFileSync(path.join(dir, '.git'), `gitdir: ${elsewhere}\n`);
    writeTree(elsewhere, { 'info/attributes': '*.txt text eol=crlf\n' });
    rmSync(path.join(dir, 'notes.txt'));
    git(dir, ['checkout', '--', 'notes.txt']);
    const { read } = await same(dir);
    expect(read).toEqual(['notes.txt', 'requirements.txt']);
  });

  test('a context inside the .git folder, or behind a .git file that leads nowhere, is read in full', async () => {
    const dir = initRepo(files);
    const inside = path.join(dir, '.git', 'context');
    writeTree(inside, { Dockerfile: dockerfile, 'a.txt': 'a' });
    const { fast } = await same(inside, { expectFast: false });
    expect(fast.fastPath).toMatchObject({ used: false });

    const broken = initRepo(files);
    rmSync(path.join(broken, '.git'), { recursive: true });
    writeFileSync(path.join(broken, '.git'), 'gitdir: /nowhere/at/all\n');
    const result = await same(broken, { expectFast: false });
    expect(result.fast.fastPath).toMatchObject({ used: false });
    expect(result.read).toContain('src/app.py');
  });

  test('one shared listing for many contexts (plan) gives what each context alone gives', async () => {
    const dir = initRepo({
      ...Object.fromEntries(Object.entries(files).map(([p, c]) => [`images/a/${p}`, c])),
      // Every file but the Dockerfile differs from a's (a Dockerfile with a stray line would not parse).
      ...Object.fromEntries(Object.entries(files).map(([p, c]) => [`images/b/${p}`, p === 'Dockerfile' ? c : `${c}b`])),
      '.gitattributes': 'images/b/*.txt text eol=crlf\n',
    });
    writeFileSync(path.join(dir, 'images/a/src/app.py'), 'changed');
    writeTree(dir, { 'images/b/new.txt': 'new', 'images/untracked/Dockerfile': dockerfile });
    const shared = new GitListings(dir);
    for (const image of ['a', 'b', 'untracked']) {
      const context = path.join(dir, 'images', image);
      const alone = await definitionOf(context, { useGit: true, dockerfile: path.join(context, 'Dockerfile') });
      const { fast } = await same(context, { gitListings: shared, expectFast: image !== 'untracked' });
      expect(fast.fastPath).toEqual(alone.fastPath);
      expect(fast.readPaths).toEqual(alone.readPaths);
    }
  });
});

describe('fast path = content path on random trees and changes', () => {
  const names = ['a', 'b', 'c.txt', 'd.py', 'e.log', 'f.tmp', 'g'];
  const ignored = ['*.log', 'gen/', 'g'];

  // FAST_PATH_SEEDS=500 explores further (each seed is a new repository).
  const seeds = Number(process.env.FAST_PATH_SEEDS ?? 12);
  test.each(Array.from({ length: seeds }, (_, seed) => seed + 1))('seed %i', async (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const randomPath = () => {
      const depth = Math.floor(random() * 3);
      return [...Array.from({ length: depth }, () => pick(['x', 'y', 'gen', 'z'])), pick(names)].join('/');
    };
    const dir = initRepo({ Dockerfile: dockerfile, '.dockerignore': pick(['.git\n*.tmp\n', '.git\nx/\n!x/a\n', '*.tmp\n', '']) });
    writeFileSync(path.join(dir, '.gitignore'), `${ignored.filter(() => random() < 0.5).join('\n')}\n`);
    const write = (file: string) => {
      const target = path.join(dir, file);
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, `${file} ${random()}\n`);
        if (random() < 0.2) chmodSync(target, 0o755);
      } catch {
        // a parent is a file already: fine, the tree just does not get this one
      }
    };
    for (let i = 0; i < 15; i++) write(randomPath());
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'random']);
    // Then a random mix of what happens in a work tree after a checkout.
    for (let i = 0; i < 10; i++) {
      const file = path.join(dir, randomPath());
      const action = pick(['write', 'delete', 'chmod', 'mkdir', 'link', 'stage', 'rename', 'rmdir']);
      try {
        if (action === 'write') write(path.relative(dir, file));
        else if (action === 'delete') unlinkSync(file);
        else if (action === 'chmod') chmodSync(file, random() < 0.5 ? 0o755 : 0o644);
        else if (action === 'mkdir') mkdirSync(file, { recursive: true });
        else if (action === 'link') symlinkSync(pick(['a', '../b', 'x/c.txt', '/etc/hostname']), file);
        else if (action === 'stage') git(dir, ['add', '-A']);
        else if (action === 'rename') renameSync(file, `${file}.moved`);
        else if (path.dirname(file) !== dir) rmSync(path.dirname(file), { recursive: true });
      } catch {
        // the random path does not exist or cannot take this change: skip it
      }
    }
    await same(dir);
  });
});
