/**
 * Conformance of our .dockerignore matcher with Docker's own (moby/patternmatcher): every table of
 * the upstream test file, run through the same APIs the Go test runs them through. The tables are
 * read from the Go source itself when Debian's golang-github-moby-patternmatcher-dev is installed,
 * otherwise from the fixture generated from it (and the two are checked to agree).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import dockerignore from '@balena/dockerignore';
import { goClean, goDir } from '../../../src/core/dockerignore/go-path.js';
import { BadPatternError } from '../../../src/core/dockerignore/go-glob.js';
import {
  emptyMatchInfo,
  matchesDeprecated,
  Pattern,
  PatternMatcher,
  type MatchInfo,
} from '../../../src/core/dockerignore/pattern-matcher.js';
import { readIgnorePatterns } from '../../../src/core/dockerignore/ignore-file.js';
import { FIXTURE_FILE, GO_TEST_FILE, loadPatternCases, parsePatternmatcherTests, type PatternCases } from './support/go-tables.js';

const { cases, source } = loadPatternCases();

/** The parent-by-parent walk the Go test does for MatchesUsingParentResults. */
function withParentResults(pm: PatternMatcher, text: string): boolean {
  const parentPath = goDir(text);
  let info: MatchInfo = emptyMatchInfo;
  if (parentPath !== '.') {
    const dirs = parentPath.split('/');
    for (let i = 0; i < dirs.length; i++) info = pm.matchesUsingParentResults(dirs.slice(0, i + 1).join('/'), info).info;
  }
  return pm.matchesUsingParentResults(text, info).matched;
}

function withParentResult(pm: PatternMatcher, text: string): boolean {
  const parentPath = goDir(text);
  let parentMatched = false;
  if (parentPath !== '.') {
    const dirs = parentPath.split('/');
    for (let i = 0; i < dirs.length; i++) parentMatched = pm.matchesUsingParentResult(dirs.slice(0, i + 1).join('/'), parentMatched);
  }
  return pm.matchesUsingParentResult(text, parentMatched);
}

describe(`moby/patternmatcher tables (${source})`, () => {
  test('the tables were found and are complete', () => {
    expect(cases.matches.length).toBeGreaterThanOrEqual(68);
    expect(cases.multi.length).toBeGreaterThanOrEqual(4);
    expect(cases.matchTests.length).toBeGreaterThanOrEqual(54);
    expect(cases.compile.length).toBeGreaterThanOrEqual(21);
    expect(cases.single.length).toBeGreaterThanOrEqual(8);
  });

  test.skipIf(!existsSync(GO_TEST_FILE))('the committed fixture matches the Go file it was generated from', () => {
    const fromGo = parsePatternmatcherTests(readFileSync(GO_TEST_FILE, 'utf8'));
    const fixture = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as PatternCases & { source: string };
    const tables: Partial<typeof fixture> = { ...fixture };
    delete tables.source;
    expect(tables).toEqual(fromGo);
  });

  describe('TestMatches', () => {
    const all = [...cases.matches.map((c) => ({ patterns: [c.pattern], text: c.text, pass: c.pass })), ...cases.multi];
    test.each(all)('MatchesOrParentMatches($patterns, $text) = $pass', ({ patterns, text, pass }) => {
      expect(new PatternMatcher(patterns).matchesOrParentMatches(text)).toBe(pass);
    });
    test.each(all)('MatchesUsingParentResults($patterns, $text) = $pass', ({ patterns, text, pass }) => {
      expect(withParentResults(new PatternMatcher(patterns), text)).toBe(pass);
    });
    test.each(all)('MatchesUsingParentResults without context ($patterns, $text) = $pass', ({ patterns, text, pass }) => {
      expect(new PatternMatcher(patterns).matchesUsingParentResults(text, emptyMatchInfo).matched).toBe(pass);
    });
    // Upstream runs only the single-pattern table through the deprecated MatchesUsingParentResult.
    test.each(cases.matches)('MatchesUsingParentResult($pattern, $text) = $pass', ({ pattern, text, pass }) => {
      expect(withParentResult(new PatternMatcher([pattern]), text)).toBe(pass);
    });
  });

  test.each(cases.matchTests)(
    'TestMatch: Matches($s, [$pattern]) = $match (bad pattern: $badPattern)',
    ({ pattern, s, match, badPattern }) => {
      if (badPattern) {
        expect(() => matchesDeprecated(s, [pattern])).toThrow(BadPatternError);
      } else {
        expect(matchesDeprecated(s, [pattern])).toBe(match);
      }
    },
  );

  const goMatchType: Record<string, string> = { exactMatch: 'exact', prefixMatch: 'prefix', suffixMatch: 'suffix', regexpMatch: 'regexp' };
  describe.each(['/', '\\'])('TestCompile with separator %s', (sl) => {
    test.each(cases.compile)('$pattern → $matchType', ({ pattern, matchType, regexp, windowsRegexp }) => {
      let cleaned = goClean(pattern);
      if (sl !== '/') cleaned = cleaned.replaceAll('/', sl);
      const compiled = new Pattern(cleaned, false);
      compiled.compile(sl);
      expect(compiled.matchType).toBe(goMatchType[matchType]);
      if (matchType === 'regexpMatch') expect(compiled.regexpSource).toBe(sl === '/' ? regexp : windowsRegexp);
    });
  });

  test.each(cases.single)('$name: Matches($file, $patterns) = $expect', ({ file, patterns, expect: expected }) => {
    expect(matchesDeprecated(file, patterns)).toBe(expected);
  });
});

describe('the rest of patternmatcher_test.go and ignorefile_test.go (ported by hand)', () => {
  test('TestSingleExclamationError / TestCleanPatternsErrorSingleException: a lone ! is an error', () => {
    expect(() => new PatternMatcher(['!'])).toThrow(/illegal exclusion pattern/);
  });
  test('TestMatchesWithNoPatterns', () => {
    expect(matchesDeprecated('/any/path/there', [])).toBe(false);
  });
  test('TestMatchesWithMalformedPatterns: [ is a syntax error', () => {
    expect(() => matchesDeprecated('/any/path/there', ['['])).toThrow(BadPatternError);
  });
  test('TestCleanPatterns*: empty patterns dropped, spaces trimmed, exceptions flagged', () => {
    expect(new PatternMatcher(['docs', 'config', '']).patterns).toHaveLength(2);
    expect(new PatternMatcher(['docs', '  !docs/README.md']).exclusions).toBe(true);
    expect(new PatternMatcher(['docs', '!docs/README.md  ']).exclusions).toBe(true);
  });
  test('moby#52203: a pattern that passes syntax checks but cannot compile fails on every call', () => {
    const pm = new PatternMatcher(['[Local-Only]/']);
    expect(() => pm.matchesOrParentMatches('x')).toThrow(BadPatternError);
    expect(() => pm.matchesOrParentMatches('x')).toThrow(BadPatternError);
  });
  test('ignorefile TestReadAll: comments, leading slashes, BOM, inverted paths, lone !', () => {
    const content = 'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ';
    expect(readIgnorePatterns(content)).toEqual(['test1', 'test2', 'a/file/here', 'lastfile', '!inverted/abs/path', '!', '!']);
    expect(readIgnorePatterns('\uFEFFfoo\r\nbar/\r\n  # not a comment\n#comment\n./baz/../qux\n')).toEqual([
      'foo',
      'bar',
      '# not a comment',
      'qux',
    ]);
  });
});

describe('Go regexp semantics that reach .dockerignore through patternmatcher', () => {
  test.each([
    ['[[:digit:]]*.log', '7days.log', true],
    ['[[:digit:]]*.log', 'days.log', false],
    ['a\\d', 'a5', true], // \d is Go's digit class, not an escaped d
    ['a\\d', 'ad', false],
    ['[*]', '/]', true], // becomes ^[[^/]*]$ : a class of "[", "^", "/" then a literal ]
    ['[*]', '*', false],
    ['a^b', 'a^b', true], // no wildcard: an exact match, ^ is just a character
    ['a^b*', 'a^bc', false], // a regexp: ^ is an anchor there
    ['\\Qa.b\\E*', 'a\\.bcd', true], // \Q…\E quotes the escaped dot patternmatcher wrote: backslash and dot
    ['\\Qa.b\\E*', 'a.bcd', false],
    ['\\pL?', 'éx', true],
  ])('%s matches %s: %s', (pattern, text, expected) => {
    expect(new PatternMatcher([pattern]).matchesOrParentMatches(text)).toBe(expected);
  });
  test.each(['a\\y', '[z-a]x', '[[:nope:]]x'])('%s is an error, as in Docker', (pattern) => {
    expect(() => new PatternMatcher([pattern]).matchesOrParentMatches('anything')).toThrow(BadPatternError);
  });
});

// A CommonJS package whose factory is both module.exports and module.exports.default.
const ignore = dockerignore.default;

describe('why not @balena/dockerignore', () => {
  test('it disagrees with Docker on upstream cases (it follows moby v19.03 and ignores case by default)', () => {
    const failures = cases.matches.filter(({ pattern, text, pass }) => {
      try {
        return ignore().add([pattern]).ignores(text) !== pass;
      } catch {
        return true;
      }
    });
    expect(failures.length).toBeGreaterThan(0);
    expect(ignore().add(['README.md']).ignores('readme.md')).toBe(true); // Docker on Linux is case-sensitive
  });
});
