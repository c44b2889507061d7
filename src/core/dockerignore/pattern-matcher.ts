/**
 * A port of moby/patternmatcher (Apache-2.0, pinned at 5a6d8429), the matcher Docker and BuildKit
 * use for `.dockerignore`. Kept structurally identical to the Go code so each behaviour can be
 * checked against it line by line: same cleaning, same lazy compilation to a regexp, same four
 * match kinds, same "last matching pattern wins, only patterns that could flip the result are
 * evaluated" loop, and both the parent-prefix API (`matchesOrParentMatches`) and the
 * parent-results API BuildKit's file walker uses (`matchesUsingParentResults`).
 *
 * Why a port and not @balena/dockerignore: that package follows moby v19.03 (before `**` prefix and
 * suffix matching, before the regexp-metacharacter escaping of `+` and friends, before the parent
 * results API) and ignores case by default, so it disagrees with today's Docker on upstream test
 * cases (see test/hash/pattern-matcher.test.ts).
 */
import { goClean, goDir, goTrimSpace } from './go-path.js';
import { BadPatternError, goMatch } from './go-glob.js';
import { compileGoRegexp } from './go-regexp.js';

type MatchType = 'unknown' | 'exact' | 'prefix' | 'suffix' | 'regexp';

/**
 * Characters patternmatcher escapes when building the regexp. Upstream means `.+()|{}$`, but its
 * bitmap (`escapeBytes [8]byte`, bit `1 << (b/8)`) cannot hold characters above 63, so `|`, `{`
 * and `}` are NOT escaped: in Docker, `a|b*` is an alternation and `a{2}*` a repetition. The Go
 * differential test (test/hash/pattern-matcher-differential.test.ts) pins this down.
 */
const SHOULD_ESCAPE = new Set(['.', '+', '(', ')', '$']);

export class Pattern {
  matchType: MatchType = 'unknown';
  regexp: RegExp | undefined;
  /** Go's regexp source, kept for conformance tests (compileTests). */
  regexpSource = '';
  private compileError: Error | undefined;

  constructor(
    readonly cleanedPattern: string,
    readonly exclusion: boolean,
  ) {}

  toString(): string {
    return this.cleanedPattern;
  }

  /** Go's Pattern.match: throws BadPatternError when the pattern cannot compile. */
  match(path: string): boolean {
    if (this.matchType === 'unknown') {
      try {
        this.compile('/');
      } catch (error) {
        this.compileError = error instanceof Error ? error : new Error(String(error));
      }
    }
    if (this.compileError) throw new BadPatternError(this.cleanedPattern);
    switch (this.matchType) {
      case 'exact':
        return path === this.cleanedPattern;
      case 'prefix':
        // strip trailing **
        return path.startsWith(this.cleanedPattern.slice(0, -2));
      case 'suffix': {
        // strip leading **
        const suffix = this.cleanedPattern.slice(2);
        if (path.endsWith(suffix)) return true;
        // **/foo matches "foo"
        return suffix[0] === '/' && path === suffix.slice(1);
      }
      case 'regexp':
        if (!this.regexp) throw new BadPatternError(this.cleanedPattern);
        return this.regexp.test(path);
      default:
        return false;
    }
  }

  /** Go's Pattern.compile with separator `sl` (`/`, or `\` for the Windows conformance cases). */
  compile(sl: string): void {
    let regStr = '^';
    // Go's text/scanner reads runes and skips a leading byte order mark.
    const chars = Array.from(this.cleanedPattern.replace(/^\uFEFF/, ''));
    const escSL = sl === '\\' ? '\\\\' : sl;
    let detected: MatchType = 'exact';
    let i = 0;
    const peek = () => chars[i];
    for (let index = 0; i < chars.length; index++) {
      const ch = chars[i++] as string;
      if (ch === '*') {
        if (peek() === '*') {
          // some flavour of "**"
          i++;
          // Treat **/ as ** so eat the "/"
          if (peek() === sl) i++;
          if (peek() === undefined) {
            // "**" at the end: like .gitignore, accept everything
            if (detected === 'exact') {
              detected = 'prefix';
            } else {
              regStr += '.*';
              detected = 'regexp';
            }
          } else {
            // "**" in the middle: any number of directories, even none
            regStr += `(.*${escSL})?`;
            detected = 'regexp';
          }
          if (index === 0) detected = 'suffix';
        } else {
          // "*" is anything but the separator
          regStr += `[^${escSL}]*`;
          detected = 'regexp';
        }
      } else if (ch === '?') {
        regStr += `[^${escSL}]`;
        detected = 'regexp';
      } else if (SHOULD_ESCAPE.has(ch)) {
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        if (sl === '\\') {
          // On Windows "\" is the separator, never an escape.
          regStr += escSL;
          continue;
        }
        if (peek() !== undefined) {
          regStr += `\\${chars[i++] as string}`;
          detected = 'regexp';
        } else {
          regStr += '\\';
        }
      } else if (ch === '[' || ch === ']') {
        regStr += ch;
        detected = 'regexp';
      } else {
        regStr += ch;
      }
    }
    if (detected !== 'regexp') {
      this.matchType = detected;
      return;
    }
    regStr += '$';
    this.regexpSource = regStr;
    this.regexp = compileGoRegexp(regStr);
    this.matchType = 'regexp';
  }
}

/** What a directory's match left for its children (Go's MatchInfo). */
export interface MatchInfo {
  parentMatched: boolean[];
}

export const emptyMatchInfo: MatchInfo = { parentMatched: [] };

export class PatternMatcher {
  readonly patterns: Pattern[] = [];
  readonly exclusions: boolean = false;

  /**
   * Go's New: trims, cleans, rejects a lone `!` and syntax errors (BadPatternError).
   * `options.goBefore120` checks syntax the way binaries built with Go ≤ 1.19 did (see goMatch).
   */
  constructor(patterns: readonly string[], options: { goBefore120?: boolean } = {}) {
    for (const raw of patterns) {
      let p = goTrimSpace(raw);
      if (p === '') continue;
      p = goClean(p);
      let exclusion = false;
      if (p[0] === '!') {
        if (p.length === 1) throw new Error('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
        this.exclusions = true;
      }
      goMatch(p, '.', !options.goBefore120); // syntax check only; throws BadPatternError
      this.patterns.push(new Pattern(p, exclusion));
    }
  }

  /** Parent directories of `file` from the shortest: `a/b/c` → `a`, `a/b`. */
  private static parents(file: string): string[] {
    const parentPath = goDir(file);
    if (parentPath === '.') return [];
    const dirs = parentPath.split('/');
    return dirs.map((_, i) => dirs.slice(0, i + 1).join('/'));
  }

  /** The last pattern matching `file` or one of its parent directories decides (Go's MatchesOrParentMatches). */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const parents = PatternMatcher.parents(file);
    for (const pattern of this.patterns) {
      // Only evaluate patterns that could change the result.
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(file);
      if (!match) {
        for (const parent of parents) {
          if (pattern.match(parent)) {
            match = true;
            break;
          }
        }
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }

  /**
   * Go's MatchesUsingParentResults: what BuildKit's walker calls with the parent directory's
   * MatchInfo. `keepInfo: false` skips building the returned MatchInfo (only directories need it).
   */
  matchesUsingParentResults(file: string, parentInfo: MatchInfo, keepInfo = true): { matched: boolean; info: MatchInfo } {
    const parentMatched = parentInfo.parentMatched;
    if (parentMatched.length !== 0 && parentMatched.length !== this.patterns.length) {
      throw new Error('wrong number of values in parentMatched');
    }
    let matched = false;
    const info: MatchInfo = keepInfo ? { parentMatched: new Array<boolean>(this.patterns.length).fill(false) } : emptyMatchInfo;
    const patterns = this.patterns;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i] as Pattern;
      let match = parentMatched.length !== 0 ? (parentMatched[i] ?? false) : false;
      if (!match) {
        if (pattern.exclusion !== matched) continue;
        match = pattern.match(file);
        // Without parent information, fall back to checking every parent directory.
        if (!match && parentMatched.length === 0) {
          for (const parent of PatternMatcher.parents(file)) {
            if (pattern.match(parent)) {
              match = true;
              break;
            }
          }
        }
      }
      if (keepInfo) info.parentMatched[i] = match;
      if (match) matched = !pattern.exclusion;
    }
    return { matched, info };
  }

  /** Go's deprecated MatchesUsingParentResult (buggy for some exception cases upstream; kept for the conformance table). */
  matchesUsingParentResult(file: string, parentMatched: boolean): boolean {
    let matched = parentMatched;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      if (pattern.match(file)) matched = !pattern.exclusion;
    }
    return matched;
  }

  /** Go's deprecated Matches: checks a single parent prefix as deep as the pattern. Kept for the upstream TestMatch table. */
  matchesDeprecated(file: string): boolean {
    let matched = false;
    const parentPath = goDir(file);
    const parentPathDirs = parentPath.split('/');
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(file);
      if (!match && parentPath !== '.') {
        const depth = pattern.cleanedPattern.split('/').length;
        if (depth <= parentPathDirs.length) {
          try {
            match = pattern.match(parentPathDirs.slice(0, depth).join('/'));
          } catch {
            match = false;
          }
        }
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** Go's package-level Matches(file, patterns) (deprecated upstream; used by the TestMatch table). */
export function matchesDeprecated(file: string, patterns: readonly string[]): boolean {
  const pm = new PatternMatcher(patterns);
  file = goClean(file);
  if (file === '.') return false;
  return pm.matchesDeprecated(file);
}

/** Go's package-level MatchesOrParentMatches(file, patterns). */
export function matchesOrParentMatches(file: string, patterns: readonly string[]): boolean {
  const pm = new PatternMatcher(patterns);
  file = goClean(file);
  if (file === '.') return false;
  return pm.matchesOrParentMatches(file);
}
