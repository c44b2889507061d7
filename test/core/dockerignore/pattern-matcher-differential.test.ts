/**
 * Differential check against Docker's own Go code: a generated corpus of patterns and paths
 * (test/core/dockerignore/support/differential-corpus.ts) answered by moby/patternmatcher compiled with Go
 * (fixture made by update-differential-fixture.ts). Covers regexp metacharacters, Go regexp
 * syntax in classes and escapes, malformed patterns, exceptions and both parent APIs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { goClean, goDir } from '../../../src/core/dockerignore/go-path.js';
import { goMatch } from '../../../src/core/dockerignore/go-glob.js';
import { emptyMatchInfo, PatternMatcher, type MatchInfo } from '../../../src/core/dockerignore/pattern-matcher.js';
import { differentialInput } from './support/differential-corpus.js';

interface Answers {
  generatedBy: string;
  results: Array<{ newError: boolean; orParent: string[]; usingParentResults: string[] }>;
  clean: string[];
  match: string[];
}

const answers = JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'fixtures/patternmatcher-differential.json'), 'utf8')) as Answers;
const input = differentialInput();

function outcome(run: () => boolean): string {
  try {
    return run() ? 'true' : 'false';
  } catch {
    return 'error';
  }
}

function usingParentResults(pm: PatternMatcher, file: string): boolean {
  const dirs: string[] = [];
  for (let d = goDir(file); d !== '.'; d = goDir(d)) dirs.unshift(d);
  let info: MatchInfo = emptyMatchInfo;
  for (const dir of dirs) info = pm.matchesUsingParentResults(dir, info).info;
  return pm.matchesUsingParentResults(file, info).matched;
}

describe(`agrees with ${answers.generatedBy}`, () => {
  test('the corpus is the one the answers were made for', () => {
    expect(answers.results).toHaveLength(input.cases.length);
    expect(answers.clean).toHaveLength(input.cleanIn.length);
    expect(answers.match).toHaveLength(input.matchPairs.length);
  });

  test('New, MatchesOrParentMatches and MatchesUsingParentResults on every case', () => {
    const disagreements: string[] = [];
    input.cases.forEach((c, i) => {
      const expected = answers.results[i];
      if (!expected) return;
      // The oracle was built with Go 1.19, whose filepath.Match checked less syntax (see goMatch).
      let pm: PatternMatcher;
      try {
        pm = new PatternMatcher(c.patterns, { goBefore120: true });
      } catch {
        if (!expected.newError) disagreements.push(`${JSON.stringify(c.patterns)}: New failed, Go accepted it`);
        return;
      }
      if (expected.newError) {
        disagreements.push(`${JSON.stringify(c.patterns)}: New accepted it, Go rejected it`);
        return;
      }
      c.paths.forEach((file, j) => {
        const orParent = outcome(() => pm.matchesOrParentMatches(file));
        if (orParent !== expected.orParent[j])
          disagreements.push(
            `${JSON.stringify(c.patterns)} MatchesOrParentMatches(${JSON.stringify(file)}) = ${orParent}, Go: ${expected.orParent[j]}`,
          );
        const fresh = new PatternMatcher(c.patterns, { goBefore120: true });
        const results = outcome(() => usingParentResults(fresh, file));
        if (results !== expected.usingParentResults[j])
          disagreements.push(
            `${JSON.stringify(c.patterns)} MatchesUsingParentResults(${JSON.stringify(file)}) = ${results}, Go: ${expected.usingParentResults[j]}`,
          );
      });
    });
    expect(disagreements).toEqual([]);
  });

  test('path.Clean', () => {
    expect(input.cleanIn.map(goClean)).toEqual(answers.clean);
  });

  test('filepath.Match (matches and syntax errors, Go 1.19 rules)', () => {
    expect(input.matchPairs.map(([pattern, name]) => outcome(() => goMatch(pattern, name, false)))).toEqual(answers.match);
  });

  test('newer Go (what Docker is built with today) rejects every malformed pattern, also after a mismatch', () => {
    const stricter = input.matchPairs.filter(
      ([pattern, name]) => outcome(() => goMatch(pattern, name)) !== outcome(() => goMatch(pattern, name, false)),
    );
    for (const [pattern, name] of stricter) {
      expect(outcome(() => goMatch(pattern, name))).toBe('error');
      expect(outcome(() => goMatch(pattern, name, false))).toBe('false');
    }
    expect(() => new PatternMatcher(['x*[', 'b'])).toThrow();
    expect(new PatternMatcher(['x*[', 'b'], { goBefore120: true }).patterns).toHaveLength(2);
  });
});
