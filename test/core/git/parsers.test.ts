import { describe, expect, test } from 'vitest';
import { parsePorcelainV2, type DirtyEntry } from '../../../src/core/git/status-porcelain.js';
import { parseCommitObject } from '../../../src/core/git/commit-object.js';
import { chooseTag, compareSemVer, parseSemVer } from '../../../src/core/git/tag-choice.js';

const hashes = '100644 100644 100644 78981922613b2afb6025042ff6bd878ac1994e85 93829c7b4af9dfbeea3b31395b042a614d7a190d';
const sub = '160000 160000 160000 e1f6e72afebe43990c6be807476bea5593d616ef e1f6e72afebe43990c6be807476bea5593d616ef';

describe('parsePorcelainV2 (git status --porcelain=v2 -z)', () => {
  test.each<[string, string, DirtyEntry[]]>([
    ['nothing', '', []],
    ['branch headers only', '# branch.oid abc\0# branch.head main\0', []],
    ['staged modification', `1 M. N... ${hashes} a.txt\0`, [{ path: 'a.txt', change: 'staged' }]],
    ['worktree modification', `1 .M N... ${hashes} a.txt\0`, [{ path: 'a.txt', change: 'modified' }]],
    ['staged and modified again', `1 MM N... ${hashes} a.txt\0`, [{ path: 'a.txt', change: 'staged, modified' }]],
    ['deleted in the worktree', `1 .D N... ${hashes} c d.txt\0`, [{ path: 'c d.txt', change: 'deleted' }]],
    ['deletion staged', `1 D. N... ${hashes} gone\0`, [{ path: 'gone', change: 'deleted' }]],
    ['new file staged', `1 A. N... ${hashes} new.txt\0`, [{ path: 'new.txt', change: 'added' }]],
    ['type change', `1 .T N... ${hashes} link\0`, [{ path: 'link', change: 'type changed' }]],
    ['untracked, spaces kept', '? new dir/file name.txt\0', [{ path: 'new dir/file name.txt', change: 'untracked' }]],
    ['untracked, newline in the name kept', '? we\nird\0', [{ path: 'we\nird', change: 'untracked' }]],
    ['ignored is never dirty', '! build/out.log\0', []],
    [
      'rename lists both names',
      `2 R. N... ${hashes} R100 new name.txt\0old name.txt\0`,
      [
        { path: 'new name.txt', change: 'renamed' },
        { path: 'old name.txt', change: 'deleted' },
      ],
    ],
    [
      'conflict',
      `u UU N... 100644 100644 100644 100644 ${'a'.repeat(40)} ${'b'.repeat(40)} ${'c'.repeat(40)} both.txt\0`,
      [{ path: 'both.txt', change: 'conflict' }],
    ],
    ['submodule with new commits', `1 .M SC.. ${sub} sub\0`, [{ path: 'sub', change: 'submodule', detail: 'new commits' }]],
    ['submodule with modified content', `1 .M S.M. ${sub} sub\0`, [{ path: 'sub', change: 'submodule', detail: 'modified content' }]],
    ['submodule with untracked content', `1 .M S..U ${sub} sub\0`, [{ path: 'sub', change: 'submodule', detail: 'untracked content' }]],
    ['submodule removed is a deletion', `1 D. N... ${sub} sub\0`, [{ path: 'sub', change: 'deleted' }]],
  ])('%s', (_name, output, expected) => {
    expect(parsePorcelainV2(output)).toEqual(expected);
  });

  test('an unknown record kind is an error, not a silent clean', () => {
    expect(() => parsePorcelainV2('X what\0')).toThrow(/Unexpected git status record/);
  });
});

describe('parseCommitObject', () => {
  const tree = 'tree c907ac8c360eb009429426a9f66fb475ca73c937';
  test.each<[string, string, { parents: string[]; committerTime: number }]>([
    [
      'root commit',
      `${tree}\nauthor A <a@b> 1700000000 +0000\ncommitter C <c@d> 1767323045 +0200\n\nmsg\n`,
      { parents: [], committerTime: 1767323045 },
    ],
    [
      'merge commit, committer date not author date',
      `${tree}\nparent ${'1'.repeat(40)}\nparent ${'2'.repeat(40)}\nauthor A <a@b> 1 +0000\ncommitter C <c@d> 2 -0700\n\ncommitter X <x> 99 +0000\n`,
      { parents: ['1'.repeat(40), '2'.repeat(40)], committerTime: 2 },
    ],
    [
      'signed commit with a multi-line header',
      `${tree}\nparent ${'3'.repeat(40)}\nauthor A <a@b> 5 +0000\ncommitter C <c@d> 6 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n parent ${'9'.repeat(40)}\n -----END PGP SIGNATURE-----\n\nmsg`,
      { parents: ['3'.repeat(40)], committerTime: 6 },
    ],
    [
      'name with angle brackets and spaces',
      `${tree}\nauthor A <a@b> 5 +0000\ncommitter Odd > Name <c@d> 42 +0530\n\n`,
      { parents: [], committerTime: 42 },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(parseCommitObject(raw)).toEqual(expected);
  });

  test('no committer line is an error', () => {
    expect(() => parseCommitObject('tree x\n\n')).toThrow(/no committer/);
  });
});

describe('chooseTag', () => {
  test.each<[string, string[], string]>([
    ['none', [], ''],
    ['one plain tag', ['nightly'], 'nightly'],
    ['non-semver: the first as git sorted them (newest first)', ['latest', 'stable'], 'latest'],
    ['semver wins over a newer plain tag', ['latest', 'v1.2.3'], 'v1.2.3'],
    ['without v prefix too', ['deploy-7', '1.2.3'], '1.2.3'],
    ['highest semver', ['v1.2.3', 'v1.10.0', 'v1.9.9'], 'v1.10.0'],
    ['release beats its pre-release', ['v2.0.0-rc.1', 'v2.0.0'], 'v2.0.0'],
    ['pre-release ordering by identifiers', ['v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.2', 'v1.0.0-beta.11'], 'v1.0.0-beta.11'],
    ['v-prefixed and bare equal versions: the name sorting first', ['v1.0.0', '1.0.0'], '1.0.0'],
    ['build metadata is ignored for precedence', ['v1.0.0+b2', 'v1.0.0+b1'], 'v1.0.0+b1'],
    ['not semver: missing patch, leading zero', ['v1.2', 'v01.2.3', 'x'], 'v1.2'],
  ])('%s', (_name, tags, expected) => {
    expect(chooseTag(tags)).toBe(expected);
  });

  test.each<[string, string, number]>([
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0', '1.0.0', 0],
  ])('semver precedence %s < %s', (a, b, sign) => {
    const order = compareSemVer(parseSemVer(a)!, parseSemVer(b)!);
    expect(Math.sign(order)).toBe(sign);
    expect(Math.sign(compareSemVer(parseSemVer(b)!, parseSemVer(a)!))).toBe(-sign || 0);
  });
});
