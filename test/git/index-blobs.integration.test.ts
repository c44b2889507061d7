/**
 * The git fast path gives the same hash as reading every file, on real repositories in the states
 * CI meets (clean, modified, staged, untracked, converted by attributes or filters, hidden from git
 * by assume-unchanged/skip-worktree, conflicted), and reads no bytes of tracked, unmodified files.
 */
import { chmodSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitAll, git, initRepo, makeTempDir, writeTree } from '../support/git-repo.js';
import { definitionOf, dockerfile } from '../hash/support/context.js';

const files = {
  Dockerfile: dockerfile,
  '.dockerignore': '.git\n*.tmp\n',
  'requirements.txt': 'numpy==2.1.0\n',
  'src/app.py': 'print("hello")\n',
  'src/lib/util.py': 'X = 1\n',
  'docs/notes.md': '# notes\n',
};

/** Hash with git's help and without; both must agree. Returns the fast-path run. */
async function bothPaths(dir: string, contextDir = dir) {
  const dockerfilePath = path.join(contextDir, 'Dockerfile');
  const fast = await definitionOf(contextDir, { useGit: true, dockerfile: dockerfilePath });
  const slow = await definitionOf(contextDir, { useGit: false, dockerfile: dockerfilePath });
  expect(fast.hash).toBe(slow.hash);
  expect(fast.manifest.context.entries).toEqual(slow.manifest.context.entries);
  const read = fast.readPaths.map((p) => path.relative(contextDir, p)).sort();
  return { fast, slow, read };
}

describe('git fast path', () => {
  test('clean checkout: every file comes from the index, none is read', async () => {
    const dir = initRepo(files);
    const { fast, read } = await bothPaths(dir);
    expect(fast.fastPath).toEqual({ used: true, fromIndex: 6 });
    expect(read).toEqual([]);
    expect(fast.bytesRead).toBe(0);
  });

  test('modified, staged, untracked and git-ignored files', async () => {
    const dir = initRepo({ ...files, '.gitignore': 'generated/\n' });
    writeFileSync(path.join(dir, 'src/app.py'), 'print("changed")\n'); // modified, not staged
    writeFileSync(path.join(dir, 'requirements.txt'), 'numpy==2.2.0\n');
    git(dir, ['add', 'requirements.txt']); // staged: the index blob is the new content
    writeTree(dir, { 'new.py': 'new\n', 'generated/model.bin': 'weights' }); // untracked; git-ignored
    const { fast, read } = await bothPaths(dir);
    expect(read).toEqual(['generated/model.bin', 'new.py', 'src/app.py']);
    expect(fast.fastPath.fromIndex).toBe(6); // Dockerfile, .dockerignore, .gitignore, requirements.txt, util.py, notes.md
  });

  test('an exec bit changed in the work tree', async () => {
    const dir = initRepo(files);
    chmodSync(path.join(dir, 'src/app.py'), 0o755);
    const { fast, read } = await bothPaths(dir);
    expect(read).toEqual(['src/app.py']);
    expect(fast.manifest.context.entries.find((e) => e.path === 'src/app.py')).toMatchObject({ mode: '755' });
  });

  test('eol conversion from .gitattributes: the work tree has CRLF, the index LF', async () => {
    const dir = initRepo({ ...files, '.gitattributes': '*.txt text eol=crlf\n', 'notes.txt': 'a\nb\n' });
    unlinkSync(path.join(dir, 'notes.txt'));
    git(dir, ['checkout', '--', 'notes.txt']);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'latin1')).toBe('a\r\nb\r\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const { read } = await bothPaths(dir);
    // Every *.txt may be converted, so every one is read; the rest still comes from the index.
    expect(read).toEqual(['notes.txt', 'requirements.txt']);
  });

  test.each([
    [
      'core.attributesFile',
      (dir: string) => {
        const file = path.join(makeTempDir('attrs-'), 'attributes');
        writeFileSync(file, '*.md text eol=crlf\n');
        git(dir, ['config', 'core.attributesFile', file]);
      },
    ],
    ['$GIT_DIR/info/attributes', (dir: string) => writeTree(dir, { '.git/info/attributes': '*.md text eol=crlf\n' })],
  ])('attributes from %s (nothing in the tree) are honoured', async (_where, configure) => {
    const dir = initRepo(files);
    configure(dir);
    unlinkSync(path.join(dir, 'docs/notes.md'));
    git(dir, ['checkout', '--', 'docs/notes.md']);
    expect(readFileSync(path.join(dir, 'docs/notes.md'), 'latin1')).toBe('# notes\r\n');
    const { read } = await bothPaths(dir);
    expect(read).toEqual(['docs/notes.md']);
  });

  test('a .gitattributes that Docker does not get still counts (excluded, and modified after the commit)', async () => {
    const dir = initRepo({ ...files, '.dockerignore': '.git\n.gitattributes\n', '.gitattributes': '# none yet\n' });
    writeFileSync(path.join(dir, '.gitattributes'), '*.md text eol=crlf\n');
    unlinkSync(path.join(dir, 'docs/notes.md'));
    git(dir, ['checkout', '--', 'docs/notes.md']);
    expect(readFileSync(path.join(dir, 'docs/notes.md'), 'latin1')).toBe('# notes\r\n');
    const { fast, read } = await bothPaths(dir);
    expect(fast.manifest.context.entries.map((e) => e.path)).not.toContain('.gitattributes');
    expect(read).toEqual(['docs/notes.md']);
  });

  test('core.autocrlf=true without attributes', async () => {
    const dir = initRepo({ ...files, 'notes.txt': 'a\nb\n' });
    git(dir, ['config', 'core.autocrlf', 'true']);
    unlinkSync(path.join(dir, 'notes.txt'));
    git(dir, ['checkout', '--', 'notes.txt']);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'latin1')).toBe('a\r\nb\r\n');
    const { read } = await bothPaths(dir);
    expect(read).toContain('notes.txt');
  });

  test('a clean filter: the index holds what the filter made, not the bytes on disk', async () => {
    const dir = initRepo({ ...files });
    git(dir, ['config', 'filter.upper.clean', 'tr a-z A-Z']);
    git(dir, ['config', 'filter.upper.smudge', 'cat']);
    writeTree(dir, { '.gitattributes': '*.dat filter=upper\n', 'data.dat': 'abc\n' });
    commitAll(dir, 'filtered');
    expect(git(dir, ['show', 'HEAD:data.dat'])).toBe('ABC');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const { read } = await bothPaths(dir);
    expect(read).toEqual(['data.dat']);
  });

  test('assume-unchanged and skip-worktree files are read (git does not look at them)', async () => {
    const dir = initRepo(files);
    git(dir, ['update-index', '--assume-unchanged', 'src/app.py']);
    git(dir, ['update-index', '--skip-worktree', 'docs/notes.md']);
    writeFileSync(path.join(dir, 'src/app.py'), 'print("hidden change")\n');
    writeFileSync(path.join(dir, 'docs/notes.md'), '# hidden change\n');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const { read } = await bothPaths(dir);
    expect(read).toEqual(['docs/notes.md', 'src/app.py']);
  });

  test('a merge conflict: conflicted entries are read', async () => {
    const dir = initRepo(files);
    git(dir, ['checkout', '-q', '-b', 'other']);
    writeFileSync(path.join(dir, 'src/app.py'), 'print("other")\n');
    commitAll(dir, 'other');
    git(dir, ['checkout', '-q', 'main']);
    writeFileSync(path.join(dir, 'src/app.py'), 'print("main")\n');
    commitAll(dir, 'main');
    expect(() => git(dir, ['merge', '-q', 'other'])).toThrow();
    const { read } = await bothPaths(dir);
    expect(read).toEqual(['src/app.py']);
  });

  test('a context in a subfolder of the repository; tracked symlinks', async () => {
    const dir = initRepo({ 'README.md': 'top\n', ...Object.fromEntries(Object.entries(files).map(([p, c]) => [`images/train/${p}`, c])) });
    symlinkSync('src/app.py', path.join(dir, 'images/train/entry.py'));
    commitAll(dir, 'link');
    const context = path.join(dir, 'images/train');
    const { fast, read } = await bothPaths(dir, context);
    expect(read).toEqual([]);
    expect(fast.manifest.context.entries.map((e) => e.path)).toContain('entry.py');
    expect(fast.manifest.context.entries.find((e) => e.path === 'entry.py')).toEqual({
      path: 'entry.py',
      type: 'symlink',
      target: 'src/app.py',
    });
  });

  test('the same tree gives the same hash in a git checkout and in a plain folder', async () => {
    const repo = initRepo(files);
    const plain = makeTempDir('plain-');
    writeTree(plain, files);
    const inRepo = await definitionOf(repo, { useGit: true });
    const outside = await definitionOf(plain, { useGit: true });
    expect(inRepo.fastPath.used).toBe(true);
    expect(outside.fastPath.used).toBe(false);
    expect(outside.fastPath.reason).toMatch(/not a git repository/i);
    expect(inRepo.hash).toBe(outside.hash);
  });

  test('a deleted tracked file simply is not in the context', async () => {
    const dir = initRepo(files);
    rmSync(path.join(dir, 'docs'), { recursive: true });
    const { fast, read } = await bothPaths(dir);
    expect(read).toEqual([]);
    expect(fast.manifest.context.entries.map((e) => e.path)).not.toContain('docs/notes.md');
  });
});
