/**
 * Which entries Docker (BuildKit's fsutil walker) sends for a given .dockerignore: pure table
 * tests of ContextFilter over a virtual tree walked depth first in name order, as fsutil walks.
 */
import { describe, expect, test } from 'vitest';
import { ContextFilter } from '../../../src/core/dockerignore/context-filter.js';
import { readIgnorePatterns } from '../../../src/core/dockerignore/ignore-file.js';
import { comparePaths } from '../../../src/core/context-tree.js';

/** Paths ending in `/` are directories; parents are implied. */
function sent(tree: string[], ignoreFile: string): string[] {
  const dirs = new Set<string>();
  const files = new Set<string>();
  for (const entry of tree) {
    const isDir = entry.endsWith('/');
    const p = isDir ? entry.slice(0, -1) : entry;
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    (isDir ? dirs : files).add(p);
  }
  const children = (dir: string) =>
    [...dirs, ...files]
      .filter((p) => (dir === '' ? !p.includes('/') : p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/')))
      .map((p) => p.split('/').pop() as string)
      .sort(comparePaths);
  const filter = new ContextFilter(readIgnorePatterns(ignoreFile));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of children(dir)) {
      const p = dir === '' ? name : `${dir}/${name}`;
      const isDir = dirs.has(p);
      const visit = filter.visit(p, isDir);
      if (visit.action === 'prune') continue;
      if (visit.action === 'include') out.push(...visit.parents.map((d) => `${d}/`), isDir ? `${p}/` : p);
      if (isDir) walk(p);
    }
  };
  walk('');
  return out.sort();
}

const tree = [
  'Dockerfile',
  '.dockerignore',
  'a.py',
  'b.py',
  'cde.py',
  'foo/a.py',
  'foo/b.py',
  'foo/Dockerfile3',
  'foo/bar/a.py',
  'bar/a.py',
  'docs/README.md',
  'docs/guide.md',
  'node_modules/x/index.js',
  'empty/',
  'a/b.py',
  'a/c.py',
];

describe('context filter (BuildKit fsutil semantics)', () => {
  test.each([
    {
      name: 'no ignore file sends everything',
      ignore: '',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a.py',
        'a/',
        'a/b.py',
        'a/c.py',
        'b.py',
        'bar/',
        'bar/a.py',
        'cde.py',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/a.py',
        'foo/b.py',
        'foo/bar/',
        'foo/bar/a.py',
        'node_modules/',
        'node_modules/x/',
        'node_modules/x/index.js',
      ],
    },
    {
      name: 'a folder is excluded whole, an exception re-includes one file and the folder holding it',
      ignore: 'docs\n!docs/README.md\nnode_modules\nfoo\nbar\na\nempty',
      expected: ['.dockerignore', 'Dockerfile', 'a.py', 'b.py', 'cde.py', 'docs/', 'docs/README.md'],
    },
    {
      name: 'a trailing slash does not mean "folders only"',
      ignore: 'a.py/',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a/',
        'a/b.py',
        'a/c.py',
        'b.py',
        'bar/',
        'bar/a.py',
        'cde.py',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/a.py',
        'foo/b.py',
        'foo/bar/',
        'foo/bar/a.py',
        'node_modules/',
        'node_modules/x/',
        'node_modules/x/index.js',
      ],
    },
    {
      name: '** reaches every depth; a leading / is the context root',
      ignore: '**/*.py\n/node_modules\n!/foo/bar/a.py',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a/',
        'bar/',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/bar/',
        'foo/bar/a.py',
      ],
    },
    {
      name: 'everything but a few (the allow-list style)',
      ignore: '*\n!Dockerfile\n!foo/bar',
      expected: ['Dockerfile', 'foo/', 'foo/bar/', 'foo/bar/a.py'],
    },
    {
      name: 'a wildcard exception makes BuildKit look inside excluded folders (unlike docker-py)',
      ignore: '*\n!*/b.py',
      expected: ['a/', 'a/b.py', 'foo/', 'foo/b.py'],
    },
    {
      name: 'the last matching rule wins',
      ignore: '*.py\n!a.py\na.py',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a/',
        'a/b.py',
        'a/c.py',
        'bar/',
        'bar/a.py',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/a.py',
        'foo/b.py',
        'foo/bar/',
        'foo/bar/a.py',
        'node_modules/',
        'node_modules/x/',
        'node_modules/x/index.js',
      ],
    },
    {
      name: 'the Dockerfile and .dockerignore can be excluded (BuildKit sends the Dockerfile separately)',
      ignore: 'Dockerfile\n.dockerignore\n*/\na*\nb*\nc*\nd*\ne*\nf*\nn*',
      expected: [],
    },
    {
      // MatchesUsingParentResults does not look at parents again for `!foo` (it was skipped for
      // `foo` itself), so foo/bar stays excluded — what BuildKit really sends.
      name: 'an exception for a parent folder after a rule for the child keeps the child excluded',
      ignore: 'foo/bar\n!foo',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a.py',
        'a/',
        'a/b.py',
        'a/c.py',
        'b.py',
        'bar/',
        'bar/a.py',
        'cde.py',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/a.py',
        'foo/b.py',
        'node_modules/',
        'node_modules/x/',
        'node_modules/x/index.js',
      ],
    },
    {
      name: 'comments and blank lines change nothing',
      ignore: '# comment\n\n   \nnode_modules\n#docs',
      expected: [
        '.dockerignore',
        'Dockerfile',
        'a.py',
        'a/',
        'a/b.py',
        'a/c.py',
        'b.py',
        'bar/',
        'bar/a.py',
        'cde.py',
        'docs/',
        'docs/README.md',
        'docs/guide.md',
        'empty/',
        'foo/',
        'foo/Dockerfile3',
        'foo/a.py',
        'foo/b.py',
        'foo/bar/',
        'foo/bar/a.py',
      ],
    },
  ])('$name', ({ ignore, expected }) => {
    expect(sent(tree, ignore)).toEqual([...expected].sort());
  });

  test('an excluded folder with no exception reaching inside is not even walked', () => {
    const filter = new ContextFilter(['node_modules', '!src/keep.txt']);
    expect(filter.visit('node_modules', true)).toEqual({ action: 'prune' });
    expect(filter.visit('src', true)).toEqual({ action: 'include', parents: [] });
  });

  test('a wildcard exception keeps excluded folders walked (skip, not prune)', () => {
    const filter = new ContextFilter(['node_modules', '!**/keep.txt']);
    expect(filter.visit('node_modules', true)).toEqual({ action: 'skip' });
    expect(filter.visit('node_modules/keep.txt', false)).toEqual({ action: 'include', parents: ['node_modules'] });
  });

  test('a lone ! and a malformed pattern are rejected like Docker rejects them', () => {
    expect(() => new ContextFilter(readIgnorePatterns('!\n'))).toThrow(/illegal exclusion pattern/);
    expect(() => new ContextFilter(readIgnorePatterns('[\n'))).toThrow(/syntax error/);
  });

  describe('folders whose files need no visit each (what the git fast path relies on)', () => {
    const walked = ['Dockerfile', 'README.md', 'a/b.txt', 'a/c.md', 'a/deep/d.txt', 'e/f.txt', 'e/.git', 'x/y/z.md'];

    test.each([
      ['', { '': true, a: true, 'a/deep': true, e: true, 'x/y': true }],
      ['.git\n', { '': false, a: true, 'a/deep': true, e: true, 'x/y': true }],
      ['a/b.txt\ne/.git\n', { '': true, a: false, 'a/deep': true, e: false, 'x/y': true }],
      ['*.md\n', { '': false, a: false, 'a/deep': false, e: false, 'x/y': false }],
      ['a\n!a/b.txt\n', { '': false, a: false, 'a/deep': false, e: false, 'x/y': false }],
    ])('%j: %j', (ignore, expected) => {
      const filter = new ContextFilter(readIgnorePatterns(ignore));
      for (const [folder, answer] of Object.entries(expected)) expect(filter.filesAllSentIn(folder), folder).toBe(answer);
    });

    test.each(['', '.git\n', 'a/b.txt\ne/.git\n', 'a/c.md\nx\n', 'README.md\na/deep\n'])(
      'where it says so for %j, a visit of each file there says "send it, nothing before it"',
      (ignore) => {
        const filter = new ContextFilter(readIgnorePatterns(ignore));
        const checked = new Set<string>();
        for (const file of [...walked].sort(comparePaths)) {
          const parts = file.split('/');
          let pruned = false;
          for (let i = 1; i < parts.length && !pruned; i++) pruned = filter.visit(parts.slice(0, i).join('/'), true).action !== 'include';
          if (pruned) continue;
          const folder = parts.slice(0, -1).join('/');
          const allSent = filter.filesAllSentIn(folder);
          const visit = filter.visit(file, false);
          if (allSent) {
            checked.add(folder);
            expect(visit, file).toEqual({ action: 'include', parents: [] });
          }
        }
        expect(checked.size).toBeGreaterThan(0);
      },
    );
  });
});
