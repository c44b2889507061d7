import { describe, expect, test } from 'vitest';
import { blobDigest, comparePaths, entryRecord, sortEntries, treeDigest, type ContextEntry } from '../../src/core/context-tree.js';

describe('context tree', () => {
  test('paths sort in UTF-8 byte order (not UTF-16 order) ', () => {
    const paths = ['😀', '\uFFFF', 'a/b', 'a.b', 'a', 'Z', 'é'];
    const utf8Order = [...paths].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...paths].sort(comparePaths)).toEqual(utf8Order);
    expect(utf8Order.indexOf('\uFFFF')).toBeLessThan(utf8Order.indexOf('😀'));
    expect(sortEntries(paths.map((path) => ({ path }))).map((e) => e.path)).toEqual(utf8Order);
  });

  test('records: every field NUL-terminated, the type fixes the field count', () => {
    expect(entryRecord({ path: 'a b', type: 'file', mode: '755', digest: 'git-blob:x', size: 1 })).toBe(
      'file\x00a b\x00755\x00git-blob:x\x00',
    );
    expect(entryRecord({ path: 'l', type: 'symlink', target: '../t' })).toBe('symlink\x00l\x00../t\x00');
    expect(entryRecord({ path: 'd', type: 'dir' })).toBe('dir\x00d\x00');
  });

  test('the tree digest does not depend on the order entries are listed in, and sizes are not part of it', () => {
    const entries: ContextEntry[] = [
      { path: 'b', type: 'file', mode: '644', digest: blobDigest(Buffer.from('b')), size: 1 },
      { path: 'a', type: 'dir' },
      { path: 'a/x', type: 'symlink', target: 'b' },
    ];
    expect(treeDigest(entries)).toBe(treeDigest([...entries].reverse()));
    expect(treeDigest(entries)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('blob digests are git blob ids', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blobDigest(Buffer.from('hello\n'))).toBe('git-blob:ce013625030ba8dba906f756967f9e9ca394464a');
    expect(blobDigest(Buffer.alloc(0))).toBe('git-blob:e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });
});
