/**
 * The fast path's reading of `git ls-files -z -v -s -c -m -o --directory --debug`: every record
 * shape git writes, the same listing however the output is cut into chunks, and the parts of a
 * shared listing (plan) each context takes.
 */
import { describe, expect, test } from 'vitest';
import {
  CONFLICTED,
  convertedPaths,
  listedAsWhole,
  LsFilesParser,
  MODIFIED,
  NOT_LOOKED_AT,
  parseLsFiles,
  sliceListing,
} from '../../../src/core/git/ls-files.js';

const debug = (size: number) =>
  `  ctime: 1796187171:137553863\n  mtime: 1796187171:137553863\n  dev: 65024\tino: 2319070\n  uid: 0\tgid: 0\n  size: ${size}\tflags: 0\n`;
const oid = (c: string) => c.repeat(40);
const record = (tag: string, mode: string, id: string, stage: number, file: string, size: number) =>
  `${tag} ${mode} ${id} ${stage}\t${file}\0${debug(size)}`;

/** What git printed for a tree with every kind of entry (hand-checked against git 2.39). */
const output = [
  '? build/\0',
  '? new file.txt\0',
  '? ünïcode/\0',
  record('H', '100644', oid('a'), 0, 'README.md', 12),
  record('H', '100755', oid('b'), 0, 'bin/run.sh', 40),
  record('H', '100644', oid('c'), 0, 'changed.py', 7),
  record('C', '100644', oid('c'), 0, 'changed.py', 7),
  record('M', '100644', oid('1'), 1, 'conflict.txt', 0),
  record('C', '100644', oid('1'), 1, 'conflict.txt', 0),
  record('M', '100644', oid('2'), 2, 'conflict.txt', 0),
  record('M', '100644', oid('3'), 3, 'conflict.txt', 0),
  record('h', '100644', oid('d'), 0, 'hidden.cfg', 3),
  record('H', '120000', oid('e'), 0, 'link', 9),
  record('S', '100644', oid('f'), 0, 'sparse/out.txt', 2),
  record('H', '160000', oid('0'), 0, 'vendor/lib', 0),
  record('H', '100644', oid('9'), 0, 'weird\nname\twith tab', 5),
].join('');

const expected = {
  paths: [
    'README.md',
    'bin/run.sh',
    'changed.py',
    'conflict.txt',
    'hidden.cfg',
    'link',
    'sparse/out.txt',
    'vendor/lib',
    'weird\nname\twith tab',
  ],
  modes: Uint32Array.of(0o100644, 0o100755, 0o100644, 0, 0o100644, 0o120000, 0o100644, 0o160000, 0o100644),
  oids: [oid('a'), oid('b'), oid('c'), oid('1'), oid('d'), oid('e'), oid('f'), oid('0'), oid('9')],
  sizes: Uint32Array.of(12, 40, 7, 0, 3, 9, 2, 0, 5),
  flags: Uint8Array.of(0, 0, MODIFIED, CONFLICTED | MODIFIED, NOT_LOOKED_AT, 0, NOT_LOOKED_AT, 0, 0),
  others: ['build/', 'new file.txt', 'ünïcode/'],
  oidLength: 40,
};

describe('parseLsFiles', () => {
  test('every record shape', () => {
    expect(parseLsFiles(output)).toEqual(expected);
  });

  test('the same listing whatever the chunks (cut at every byte, and in threes)', () => {
    const bytes = Buffer.from(output);
    for (let cut = 1; cut < bytes.length; cut++) {
      const parser = new LsFilesParser();
      parser.push(bytes.subarray(0, cut));
      parser.push(bytes.subarray(cut));
      expect(parser.end(), `cut at ${cut}`).toEqual(expected);
    }
    const parser = new LsFilesParser();
    for (let at = 0; at < bytes.length; at += 3) parser.push(bytes.subarray(at, at + 3));
    expect(parser.end()).toEqual(expected);
  });

  test('without --debug lines (sizes unknown) and empty output', () => {
    expect(parseLsFiles(`H 100644 ${oid('a')} 0\ta\0H 100644 ${oid('b')} 0\tb\0`).sizes).toEqual(Uint32Array.of(0, 0));
    expect(parseLsFiles('')).toEqual({
      paths: [],
      modes: new Uint32Array(0),
      oids: [],
      sizes: new Uint32Array(0),
      flags: new Uint8Array(0),
      others: [],
      oidLength: 0,
    });
  });

  test('sha256 ids are reported by their length', () => {
    expect(parseLsFiles(record('H', '100644', 'a'.repeat(64), 0, 'x', 1)).oidLength).toBe(64);
  });

  test('output cut in the middle of a record is an error, not a shorter listing', () => {
    const parser = new LsFilesParser();
    parser.push(Buffer.from(output.slice(0, output.length - 10)));
    expect(() => parser.end()).toThrow(/ends in the middle of a record/);
    expect(() => parseLsFiles('H 100644 nonsense\0')).toThrow(/unexpected git ls-files record/);
  });
});

describe('parts of a shared listing', () => {
  const listing = parseLsFiles(
    [
      '? images/a/new.txt\0',
      '? images/untracked/\0',
      record('H', '100644', oid('1'), 0, 'images/a/Dockerfile', 1),
      record('H', '100644', oid('2'), 0, 'images/a/src/app.py', 2),
      record('H', '100644', oid('3'), 0, 'images/a.txt', 3),
      record('H', '100644', oid('4'), 0, 'images/ab/Dockerfile', 4),
      record('H', '160000', oid('5'), 0, 'images/sub', 0),
    ].join(''),
  );

  test('a folder takes exactly the paths below it, relative to it', () => {
    const part = sliceListing(listing, 'images/a');
    expect(part.paths).toEqual(['Dockerfile', 'src/app.py']);
    expect(part.oids).toEqual([oid('1'), oid('2')]);
    expect(part.others).toEqual(['new.txt']);
    expect(sliceListing(listing, 'images/ab').paths).toEqual(['Dockerfile']);
    expect(sliceListing(listing, 'nothing').paths).toEqual([]);
  });

  test.each([
    ['images/untracked', true],
    ['images/untracked/deeper', true],
    ['images/sub', true],
    ['images/sub/x', true],
    ['images/a', false],
    ['images', false],
  ])('%s is listed as a whole: %s', (folder, whole) => {
    expect(listedAsWhole(listing, folder)).toBe(whole);
  });

  test('a listing made inside an untracked folder (`./`) speaks for nothing', () => {
    expect(listedAsWhole(parseLsFiles('? ./\0'), 'anything')).toBe(true);
  });
});

describe('convertedPaths', () => {
  test.each([
    ['text set', ['a', 'text', 'set'], false, true],
    ['text unset', ['a', 'text', 'unset'], true, false],
    ['text unspecified, no autocrlf', ['a', 'text', 'unspecified'], false, false],
    ['text unspecified, autocrlf', ['a', 'text', 'unspecified'], true, true],
    ['eol', ['a', 'eol', 'crlf'], false, true],
    ['filter (git-lfs)', ['a', 'filter', 'lfs'], false, true],
    ['ident set', ['a', 'ident', 'set'], false, true],
    ['ident unset', ['a', 'ident', 'unset'], false, false],
    ['working-tree-encoding', ['a', 'working-tree-encoding', 'UTF-16'], false, true],
  ])('%s', (_name, fields, autocrlf, converted) => {
    expect(convertedPaths(`${fields.join('\0')}\0`, autocrlf).has('a')).toBe(converted);
  });
});
