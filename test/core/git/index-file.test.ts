/**
 * The fast path's reading of git's index file, on index files written here byte by byte after
 * gitformat-index(5): versions 2–4, stages, the flags git keeps per entry, the folder a listing is
 * for, and everything this reader must refuse rather than guess at. (test/git/index-file.integration
 * .test.ts checks the same reader against index files git wrote and against git's own listing.)
 */
import { describe, expect, test } from 'vitest';
import { parseIndexFile } from '../../../src/core/git/index-file.js';
import { CONFLICTED, hasPathNamed, NOT_LOOKED_AT } from '../../../src/core/git/ls-files.js';

const parse = parseIndexFile;

interface Entry {
  path: string;
  mode?: number;
  oid?: string;
  size?: number;
  stage?: number;
  assumeValid?: boolean;
  skipWorktree?: boolean;
  intentToAdd?: boolean;
}

/** git's offset varint (varint.c), the encoder matching the reader. */
function varint(value: number): Buffer {
  const bytes = [value & 0x7f];
  while ((value >>= 7)) bytes.unshift(0x80 | (--value & 0x7f));
  return Buffer.from(bytes);
}

/** An index file as git writes it: header, sorted entries, extensions, trailing checksum (zeros: index.skipHash). */
function indexFile(version: number, entries: Entry[], extensions: Array<[string, Buffer]> = []): Buffer {
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(version, 4);
  header.writeUInt32BE(entries.length, 8);
  const parts: Buffer[] = [header];
  let previous = '';
  for (const entry of entries) {
    const name = Buffer.from(entry.path);
    const extended = entry.skipWorktree || entry.intentToAdd;
    const fixed = Buffer.alloc(62 + (extended ? 2 : 0));
    fixed.writeUInt32BE(entry.mode ?? 0o100644, 24);
    fixed.writeUInt32BE(entry.size ?? 0, 36);
    Buffer.from(entry.oid ?? 'ab'.repeat(20), 'hex').copy(fixed, 40);
    const flags = (entry.assumeValid ? 0x8000 : 0) | (extended ? 0x4000 : 0) | ((entry.stage ?? 0) << 12) | Math.min(name.length, 0xfff);
    fixed.writeUInt16BE(flags, 60);
    if (extended) fixed.writeUInt16BE((entry.skipWorktree ? 0x4000 : 0) | (entry.intentToAdd ? 0x2000 : 0), 62);
    parts.push(fixed);
    if (version === 4) {
      let common = 0;
      while (common < previous.length && common < entry.path.length && previous[common] === entry.path[common]) common++;
      parts.push(varint(Buffer.byteLength(previous.slice(common))), Buffer.from(`${entry.path.slice(common)}\0`));
      previous = entry.path;
    } else {
      const length = fixed.length + name.length;
      parts.push(name, Buffer.alloc(8 - (length % 8)));
    }
  }
  for (const [signature, data] of extensions) {
    const extensionHeader = Buffer.alloc(8);
    extensionHeader.write(signature, 0, 'latin1');
    extensionHeader.writeUInt32BE(data.length, 4);
    parts.push(extensionHeader, data);
  }
  parts.push(Buffer.alloc(20));
  return Buffer.concat(parts);
}

const entries: Entry[] = [
  { path: 'Dockerfile', oid: '11'.repeat(20), size: 42 },
  { path: 'bin/run.sh', mode: 0o100755, oid: '22'.repeat(20), size: 7 },
  { path: 'conflict.txt', stage: 1, oid: '31'.repeat(20) },
  { path: 'conflict.txt', stage: 2, oid: '32'.repeat(20) },
  { path: 'conflict.txt', stage: 3, oid: '33'.repeat(20) },
  { path: 'hidden.cfg', assumeValid: true, size: 3 },
  { path: 'link', mode: 0o120000, size: 9 },
  { path: 'sparse/out.txt', skipWorktree: true },
  { path: 'src/app.py', size: 15 },
  { path: 'src/lib/ünïcode.py', size: 1 },
  { path: 'todo.md', intentToAdd: true },
  { path: 'vendor/lib', mode: 0o160000 },
];

describe('parseIndexFile', () => {
  test.each([2, 3, 4])('version %i: every entry with its mode, id, size and flags', (version) => {
    const result = parse(indexFile(version, version === 2 ? entries.filter((e) => !e.skipWorktree && !e.intentToAdd) : entries), '');
    expect('listing' in result).toBe(true);
    if (!('listing' in result)) return;
    const listing = result.listing;
    const rows = listing.paths.map((path, i) => [path, listing.modes[i], listing.oids[i], listing.sizes[i], listing.flags[i]]);
    const expected = [
      ['Dockerfile', 0o100644, '11'.repeat(20), 42, 0],
      ['bin/run.sh', 0o100755, '22'.repeat(20), 7, 0],
      ['conflict.txt', 0, '31'.repeat(20), 0, CONFLICTED],
      ['hidden.cfg', 0o100644, 'ab'.repeat(20), 3, NOT_LOOKED_AT],
      ['link', 0o120000, 'ab'.repeat(20), 9, 0],
      ['sparse/out.txt', 0o100644, 'ab'.repeat(20), 0, NOT_LOOKED_AT],
      ['src/app.py', 0o100644, 'ab'.repeat(20), 15, 0],
      ['src/lib/ünïcode.py', 0o100644, 'ab'.repeat(20), 1, 0],
      ['todo.md', 0o100644, 'ab'.repeat(20), 0, NOT_LOOKED_AT],
      ['vendor/lib', 0o160000, 'ab'.repeat(20), 0, 0],
    ].filter(([path]) => version > 2 || (path !== 'sparse/out.txt' && path !== 'todo.md'));
    expect(rows).toEqual(expected);
    expect(listing.others).toEqual([]);
    expect(listing.oidLength).toBe(40);
  });

  test.each([2, 4])('version %i: only the entries below the listed folder, relative to it', (version) => {
    const result = parse(
      indexFile(
        version,
        entries.filter((e) => !e.skipWorktree && !e.intentToAdd),
      ),
      'src/',
    );
    expect('listing' in result && result.listing.paths).toEqual(['app.py', 'lib/ünïcode.py']);
  });

  test('a name of 4095 bytes or more (its length field is saturated)', () => {
    const long = `${'d/'.repeat(2100)}file.txt`;
    const result = parse(
      indexFile(2, [
        { path: long, size: 5 },
        { path: 'z.txt', size: 1 },
      ]),
      '',
    );
    expect('listing' in result && result.listing.paths).toEqual([long, 'z.txt']);
  });

  test('optional extensions (upper-case signature) are skipped', () => {
    const result = parse(
      indexFile(
        2,
        [{ path: 'a.txt' }],
        [
          ['TREE', Buffer.from('0 1 0\n')],
          ['UNTR', Buffer.alloc(40)],
        ],
      ),
      '',
    );
    expect('listing' in result && result.listing.paths).toEqual(['a.txt']);
  });

  test.each([
    ['a split index', indexFile(2, [{ path: 'a.txt' }], [['link', Buffer.alloc(20)]]), /extension 'link'/],
    ['a sparse index (a folder entry)', indexFile(3, [{ path: 'docs/', mode: 0o040000 }]), /sparse index/],
    ['another signature', Buffer.concat([Buffer.from('DIRX'), Buffer.alloc(40)]), /no index header/],
    ['version 5', indexFile(5, []), /version 5/],
    ['entries out of order', indexFile(2, [{ path: 'b.txt' }, { path: 'a.txt' }]), /not sorted by path/],
    [
      'more entries than the file can hold',
      (() => {
        const bytes = indexFile(2, [{ path: 'a.txt' }]);
        bytes.writeUInt32BE(0xffffffff, 8);
        return bytes;
      })(),
      /claims 4294967295 entries/,
    ],
    ['a truncated file', indexFile(2, [{ path: 'a.txt' }]).subarray(0, 60), /claims 1 entries|ends inside an entry/],
    [
      'a name that is not where its length says',
      (() => {
        const bytes = indexFile(2, [{ path: 'a.txt' }]);
        bytes.writeUInt16BE(3, 12 + 60); // the first entry claims 3 bytes of name for 5
        return bytes;
      })(),
      /does not end where its length says/,
    ],
    [
      'bytes left over after the extensions',
      Buffer.concat([indexFile(2, [{ path: 'a.txt' }]).subarray(0, -20), Buffer.alloc(3), Buffer.alloc(20)]),
      /extension header|does not end/,
    ],
    [
      'a sha256 index read as sha1',
      (() => {
        // 32-byte ids: every field after the id sits 12 bytes later than a sha1 reader looks.
        const sha1 = indexFile(2, [{ path: 'a.txt' }, { path: 'b.txt' }]);
        const entriesEnd = sha1.length - 20;
        const rebuilt: Buffer[] = [sha1.subarray(0, 12)];
        for (let at = 12; at < entriesEnd; at += 72)
          rebuilt.push(sha1.subarray(at, at + 60), Buffer.alloc(12), sha1.subarray(at + 60, at + 72));
        rebuilt.push(Buffer.alloc(32));
        return Buffer.concat(rebuilt);
      })(),
      /the index file/,
    ],
  ])('%s is unsupported, never guessed at', (_name, bytes, reason) => {
    const result = parse(bytes, '');
    expect(result).toHaveProperty('unsupported');
    expect('unsupported' in result && result.unsupported).toMatch(reason);
  });
});

describe('a listing read from the file keeps its paths as bytes', () => {
  test('paths and ids are made on first use, and equal what was written', () => {
    const result = parse(indexFile(2, entries.slice(0, 2)), '');
    if (!('listing' in result)) throw new Error(result.unsupported);
    expect(Object.keys(result.listing)).not.toContain('packed');
    expect(result.listing.packed?.starts.length).toBe(2);
    expect(result.listing.paths).toEqual(['Dockerfile', 'bin/run.sh']);
    expect(result.listing.oids).toEqual(['11'.repeat(20), '22'.repeat(20)]);
  });

  test.each([
    [['.gitattributes'], true],
    [['a/b/.gitattributes', 'c.txt'], true],
    [['x.gitattributes', 'a.gitattributes/b', '.gitattributesx', 'b/my.gitattributes'], false],
    [[], false],
  ])('a .gitattributes among %j: %s (found in the bytes, no string per path)', (paths, found) => {
    const result = parse(
      indexFile(
        2,
        paths.sort().map((path) => ({ path })),
      ),
      '',
    );
    if (!('listing' in result)) throw new Error(result.unsupported);
    expect(hasPathNamed(result.listing, '.gitattributes')).toBe(found);
    expect(result.listing.paths.some((file) => file === '.gitattributes' || file.endsWith('/.gitattributes'))).toBe(found);
  });
});
