/**
 * Go's `filepath.Match` on Unix, ported for one purpose: moby/patternmatcher rejects a
 * `.dockerignore` pattern exactly when `filepath.Match(pattern, ".")` reports `ErrBadPattern`,
 * and Docker then refuses the build. Ported from Go's path/filepath/match.go (the version that
 * checks the whole pattern for syntax errors even after the match has failed).
 *
 * Go works on bytes; this works on UTF-16 strings, which only differs for invalid UTF-8 (not
 * representable in a JS string read from a UTF-8 file).
 */

export class BadPatternError extends Error {
  constructor(pattern: string) {
    super(`syntax error in pattern '${pattern}'`);
    this.name = 'BadPatternError';
  }
}

/** Splits off the leading `*`s and the chunk up to the next unbracketed `*` (Go's scanChunk). */
function scanChunk(pattern: string): { star: boolean; chunk: string; rest: string } {
  let star = false;
  while (pattern.startsWith('*')) {
    pattern = pattern.slice(1);
    star = true;
  }
  let inRange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star, chunk: pattern.slice(0, i), rest: pattern.slice(i) };
}

function firstCodePoint(s: string): string {
  const cp = s.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Go's getEsc: one possibly escaped character of a `[...]` class. */
function getEsc(chunk: string, pattern: string): { r: number; rest: string } {
  if (chunk === '' || chunk[0] === '-' || chunk[0] === ']') throw new BadPatternError(pattern);
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk === '') throw new BadPatternError(pattern);
  }
  const ch = firstCodePoint(chunk);
  const rest = chunk.slice(ch.length);
  if (rest === '') throw new BadPatternError(pattern);
  return { r: ch.codePointAt(0) ?? 0, rest };
}

/**
 * Go's matchChunk: matches `chunk` at the start of `s`; returns the rest of `s` or null.
 * Keeps parsing after a mismatch so that syntax errors anywhere in the chunk are reported.
 */
function matchChunk(chunk: string, s: string, pattern: string): string | null {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const c = chunk[0];
    if (c === '[') {
      let r = -1;
      if (!failed) {
        const ch = firstCodePoint(s);
        r = ch.codePointAt(0) ?? -1;
        s = s.slice(ch.length);
      }
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk.length > 0 && chunk[0] === '^') {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (chunk.length > 0 && chunk[0] === ']' && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEsc(chunk, pattern);
        chunk = lo.rest;
        let hi = lo.r;
        if (chunk[0] === '-') {
          const high = getEsc(chunk.slice(1), pattern);
          hi = high.r;
          chunk = high.rest;
        }
        if (lo.r <= r && r <= hi) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (c === '?') {
      if (!failed) {
        if (s[0] === '/') failed = true;
        s = s.slice(firstCodePoint(s).length);
      }
      chunk = chunk.slice(1);
    } else {
      if (c === '\\') {
        chunk = chunk.slice(1);
        if (chunk.length === 0) throw new BadPatternError(pattern);
      }
      if (!failed) {
        if (chunk[0] !== s[0]) failed = true;
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    }
  }
  return failed ? null : s;
}

/**
 * Go's `filepath.Match(pattern, name)` with `/` as separator; throws BadPatternError.
 * `checkRemainder: false` gives Go ≤ 1.19's behaviour, which stopped checking the pattern's syntax
 * at the first chunk that did not match (today's Docker is built with a newer Go).
 */
export function goMatch(pattern: string, name: string, checkRemainder = true): boolean {
  const original = pattern;
  outer: while (pattern.length > 0) {
    const scanned = scanChunk(pattern);
    const { star, chunk } = scanned;
    pattern = scanned.rest;
    if (star && chunk === '') return !name.includes('/');
    const t = matchChunk(chunk, name, original);
    if (t !== null && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const rest = matchChunk(chunk, name.slice(i + 1), original);
        if (rest !== null) {
          if (pattern.length === 0 && rest.length > 0) continue;
          name = rest;
          continue outer;
        }
      }
    }
    // Before reporting a mismatch, make sure the rest of the pattern is well formed.
    while (checkRemainder && pattern.length > 0) {
      const next = scanChunk(pattern);
      pattern = next.rest;
      matchChunk(next.chunk, '', original);
    }
    return false;
  }
  return name.length === 0;
}
