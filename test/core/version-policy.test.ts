import { describe, expect, test } from 'vitest';
import { checkVersion, decideVersion, versionFromGitTag, versionProblem } from '../../src/core/version-policy.js';
import { InputError } from '../../src/core/errors.js';

const hashTag = 'h1-0123456789abcdef0123456789abcdef';

describe('versionFromGitTag', () => {
  test.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['v2.0.0-rc.1', '2.0.0-rc.1'],
    ['v2.0.0-rc.1+build.7', '2.0.0-rc.1+build.7'],
    ['  v0.1.0 ', '0.1.0'],
    ['v1.2', undefined],
    ['1.2.3.4', undefined],
    ['v01.2.3', undefined],
    ['nightly', undefined],
    ['release-1.2.3', undefined],
    ['V1.2.3', undefined],
    ['', undefined],
  ])('%j → %j', (tag, expected) => {
    expect(versionFromGitTag(tag)).toBe(expected);
  });
});

describe('decideVersion', () => {
  test.each([
    // explicit wins, kept exactly as given (also a leading v)
    [{ explicit: '3.0.0', gitTag: 'v1.2.3', hashTag }, '3.0.0', 'input'],
    [{ explicit: 'v3', gitTag: '', hashTag }, 'v3', 'input'],
    [{ explicit: ' 2026.01.02 ', gitTag: '', hashTag }, '2026.01.02', 'input'],
    // a semver tag at the commit, without its v
    [{ explicit: '', gitTag: 'v1.2.3', hashTag }, '1.2.3', 'git-tag'],
    [{ explicit: '', gitTag: '1.2.3-beta.2', hashTag }, '1.2.3-beta.2', 'git-tag'],
    // no tag, or a tag that is not a semver → the hash tag
    [{ explicit: '', gitTag: '', hashTag }, hashTag, 'hash-tag'],
    [{ explicit: '', gitTag: 'nightly', hashTag }, hashTag, 'hash-tag'],
    [{ explicit: '', gitTag: 'v1.2', hashTag }, hashTag, 'hash-tag'],
  ] as const)('%j → %s (%s)', (facts, version, source) => {
    const decision = decideVersion(facts);
    expect(decision.version).toBe(version);
    expect(decision.source).toBe(source);
    expect(decision.reason).not.toBe('');
  });

  test('the reason says why a tag was not used', () => {
    expect(decideVersion({ explicit: '', gitTag: 'nightly', hashTag }).reason).toContain('nightly is not a semantic version');
    expect(decideVersion({ explicit: '', gitTag: '', hashTag }).reason).toContain('no git tag');
  });

  test('an invalid explicit version names the version input', () => {
    expect(() => decideVersion({ explicit: 'my version', gitTag: 'v1.2.3', hashTag })).toThrow(
      /Input 'version': 'my version' contains " "/,
    );
  });

  test('without a version, a tag or a hash tag it names the hash input', () => {
    expect(() => decideVersion({ explicit: '', gitTag: '', hashTag: '' })).toThrow(InputError);
    expect(() => decideVersion({ explicit: '', gitTag: '', hashTag: '' })).toThrow(/Input 'hash'/);
  });
});

describe('checkVersion', () => {
  test.each([
    ['1.2.3', undefined],
    ['1.2.3-rc.1+build.5', undefined],
    [hashTag, undefined],
    ['A_b-c.d+e', undefined],
    ['x'.repeat(128), undefined],
    ['', /is empty/],
    ['x'.repeat(129), /129 characters, more than 128/],
    ['-1.2.3', /starts with/],
    ['.hidden', /starts with/],
    ['1.2/3', /contains "\/"/],
    ['1.2:3', /contains ":"/],
    ['éclair', /contains "é"/],
    ['a b\tc', /contains " ", "\\t"/],
  ])('%j', (value, problem) => {
    if (problem === undefined) {
      expect(versionProblem(value)).toBeUndefined();
      expect(checkVersion(value)).toBe(value);
    } else {
      expect(versionProblem(value)).toMatch(problem);
      expect(() => checkVersion(value)).toThrow(InputError);
    }
  });

  test('the error names the input it came from and the fix', () => {
    expect(() => checkVersion('a/b', 'git-tag')).toThrow(
      /^Input 'git-tag': 'a\/b' contains "\/"; a version is 1 to 128 characters.*Use a semantic version/,
    );
  });
});
