import { describe, expect, test } from 'vitest';
import {
  blobDigest,
  comparePaths,
  entryRecord,
  sortEntries,
  treeDigest,
  unpackFiles,
  type ContextEntry,
  type PackedFiles,
} from '../../src/core/context-tree.js';
import { seededRandom } from '../support/seeded-random.js';

/**
 * Files packed as the index file holds them: names and ids among other bytes (here 7 bytes of
 * filler before each), every listing position chosen unless `skip` says otherwise.
 */
function packFiles(
  files: Array<{ path: string; executable?: boolean; size?: number }>,
  skip: (i: number) => boolean = () => false,
): PackedFiles {
  const parts: Buffer[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const oidStarts: number[] = [];
  let at = 0;
  for (const file of files) {
    const oid = blobDigest(Buffer.from(file.path)).slice('git-blob:'.length);
    parts.push(Buffer.from('filler!'), Buffer.from(oid, 'hex'));
    oidStarts.push(at + 7);
    at += 27;
    const name = Buffer.from(file.path);
    parts.push(name);
    starts.push(at);
    at += name.length;
    ends.push(at);
  }
  const bytes = Buffer.concat(parts);
  return {
    names: {
      names: bytes,
      starts: Uint32Array.from(starts),
      ends: Uint32Array.from(ends),
      oids: bytes,
      oidStarts: Uint32Array.from(oidStarts),
    },
    modes: Uint32Array.from(files, (file) => (file.executable ? 0o100755 : 0o100644)),
    sizes: Uint32Array.from(files, (file) => file.size ?? 1),
    chosen: Uint32Array.from(files.flatMap((_file, i) => (skip(i) ? [] : [i]))),
  };
}

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

  test('files packed as bytes give the digest of the same files as entries, merged in path order with the rest', () => {
    const random = seededRandom(8);
    const paths = new Set(['a', 'a-b', 'a.b', 'a/b', 'a/c', 'é/x', 'z', `${'long/'.repeat(14_000)}name`]);
    while (paths.size < 3000)
      paths.add(`pkg${Math.floor(random() * 20)}/mod${Math.floor(random() * 30)}/file${Math.floor(random() * 1e6)}.bin`);
    const files = [...paths].sort(comparePaths).map((path, i) => ({ path, executable: i % 7 === 0, size: i }));
    const packed = packFiles(files, (i) => i % 5 === 0);
    const others: ContextEntry[] = [
      { path: 'a', type: 'dir' },
      { path: 'a/0', type: 'symlink', target: 'b' },
      { path: 'pkg3', type: 'dir' },
      { path: 'pkg3/mod7', type: 'dir' },
      { path: '0', type: 'file', mode: '644', digest: blobDigest(Buffer.from('0')), size: 1 },
      { path: 'é', type: 'dir' },
      { path: '~', type: 'dir' },
      ...files.filter((_file, i) => i % 5 === 0 && i % 10 !== 0).map((file): ContextEntry => ({ path: file.path, type: 'dir' })),
    ];
    const unpacked = unpackFiles(packed);
    expect(unpacked).toHaveLength(packed.chosen.length);
    expect(unpacked[0]).toEqual({
      path: files[1]?.path,
      type: 'file',
      mode: '644',
      digest: blobDigest(Buffer.from(files[1]?.path ?? '')),
      size: 1,
    });
    expect(treeDigest(others, packed)).toBe(treeDigest([...others, ...unpacked]));
    expect(treeDigest([], packed)).toBe(treeDigest(unpacked));
    // A few small records: the hash keeps what it is given in JavaScript, and the buffer is reused.
    const few = packFiles(files.slice(0, 3));
    expect(treeDigest([{ path: 'a/bb', type: 'symlink', target: 'x'.repeat(70_000) }], few)).toBe(
      treeDigest([{ path: 'a/bb', type: 'symlink', target: 'x'.repeat(70_000) }, ...unpackFiles(few)]),
    );
  });
});
