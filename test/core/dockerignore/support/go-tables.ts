/**
 * Reads the test tables out of moby/patternmatcher's Go test file, so our port is checked against
 * the upstream cases themselves rather than a hand copy. A tiny reader for Go composite literals:
 * strings (interpreted and raw), identifiers, `[]string{…}` and `{…}` lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Debian's golang-github-moby-patternmatcher-dev ships the upstream test file here. */
export const GO_TEST_FILE = '/usr/share/gocode/src/github.com/moby/patternmatcher/patternmatcher_test.go';
export const FIXTURE_FILE = path.resolve(import.meta.dirname, '../fixtures/patternmatcher-cases.json');

type GoValue = string | boolean | null | { ident: string } | GoValue[];

/** Decodes a Go interpreted string literal body (between the quotes). */
export function goString(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i] as string;
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      "'": "'",
      '"': '"',
    };
    if (next in simple) out += simple[next];
    else if (next === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' || next === 'U') {
      const len = next === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + len), 16));
      i += len;
    } else if (/[0-7]/.test(next)) {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

class Reader {
  private readonly src: string;
  pos: number;

  constructor(src: string, pos: number) {
    this.src = src;
    this.pos = pos;
  }

  private skip(): void {
    for (;;) {
      const rest = this.src.slice(this.pos);
      const space = /^\s+/.exec(rest);
      if (space) {
        this.pos += space[0].length;
        continue;
      }
      if (rest.startsWith('//')) {
        const end = this.src.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.src.length : end;
        continue;
      }
      return;
    }
  }

  value(): GoValue {
    this.skip();
    const ch = this.src[this.pos];
    if (ch === '"') {
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(this.src.slice(this.pos));
      if (!match) throw new Error('bad string');
      this.pos += match[0].length;
      return goString(match[1] as string);
    }
    if (ch === '`') {
      const end = this.src.indexOf('`', this.pos + 1);
      const text = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return text;
    }
    if (this.src.startsWith('[]string', this.pos)) {
      this.pos += '[]string'.length;
      return this.value();
    }
    if (ch === '{') {
      this.pos++;
      const items: GoValue[] = [];
      for (;;) {
        this.skip();
        if (this.src[this.pos] === '}') {
          this.pos++;
          return items;
        }
        items.push(this.value());
        this.skip();
        if (this.src[this.pos] === ',') this.pos++;
      }
    }
    const ident = /^[A-Za-z_][\w.]*/.exec(this.src.slice(this.pos));
    if (!ident) throw new Error(`unexpected '${this.src.slice(this.pos, this.pos + 20)}'`);
    this.pos += ident[0].length;
    if (ident[0] === 'true') return true;
    if (ident[0] === 'false') return false;
    if (ident[0] === 'nil') return null;
    return { ident: ident[0] };
  }
}

function tableAfter(source: string, marker: string): GoValue[] {
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`'${marker}' not found in the Go test file`);
  const value = new Reader(source, at + marker.length).value();
  if (!Array.isArray(value)) throw new Error(`${marker} is not a list`);
  return value;
}

export interface PatternCases {
  /** TestMatches `tests` (plus the non-Windows addition): one pattern, one path. */
  matches: Array<{ pattern: string; text: string; pass: boolean }>;
  /** TestMatches `multiPatternTests`. */
  multi: Array<{ patterns: string[]; text: string; pass: boolean }>;
  /** TestMatch `matchTests` (Go's filepath.Match cases through patternmatcher.Matches). */
  matchTests: Array<{ pattern: string; s: string; match: boolean; badPattern: boolean }>;
  /** TestCompile `compileTests`. */
  compile: Array<{ pattern: string; matchType: string; regexp: string; windowsRegexp: string }>;
  /** The one-case tests (TestWildcardMatches, …): Matches(file, patterns) is expected to be `expect`. */
  single: Array<{ name: string; file: string; patterns: string[]; expect: boolean }>;
}

const str = (v: GoValue | undefined) => {
  if (typeof v !== 'string') throw new Error(`expected a string, got ${JSON.stringify(v)}`);
  return v;
};
const bool = (v: GoValue | undefined) => {
  if (typeof v !== 'boolean') throw new Error(`expected a bool, got ${JSON.stringify(v)}`);
  return v;
};
const strings = (v: GoValue | undefined) => {
  if (!Array.isArray(v)) throw new Error('expected []string');
  return v.map(str);
};

export function parsePatternmatcherTests(source: string): PatternCases {
  const row = (v: GoValue) => {
    if (!Array.isArray(v)) throw new Error('expected a struct literal');
    return v;
  };
  const matches = tableAfter(source, 'tests := []matchesTestCase')
    .map(row)
    .map((r) => ({ pattern: str(r[0]), text: str(r[1]), pass: bool(r[2]) }));
  const nonWindows = tableAfter(source, 'tests = append(tests, []matchesTestCase')
    .map(row)
    .map((r) => ({ pattern: str(r[0]), text: str(r[1]), pass: bool(r[2]) }));
  const multi = tableAfter(source, 'multiPatternTests := []multiPatternTestCase')
    .map(row)
    .map((r) => ({ patterns: strings(r[0]), text: str(r[1]), pass: bool(r[2]) }));
  const matchTests = tableAfter(source, 'var matchTests = []matchTest')
    .map(row)
    .map((r) => ({ pattern: str(r[0]), s: str(r[1]), match: bool(r[2]), badPattern: r[3] !== null }));
  const compile = tableAfter(source, 'var compileTests = []compileTestCase')
    .map(row)
    .map((r) => ({
      pattern: str(r[0]),
      matchType: (r[1] as { ident: string }).ident,
      regexp: str(r[2]),
      windowsRegexp: str(r[3]),
    }));
  const single: PatternCases['single'] = [];
  const singleTest =
    /func (Test\w+)\(t \*testing\.T\) \{\n\s*match, _ := Matches\(("(?:[^"\\]|\\.)*"), \[\]string\{([^}]*)\}\)\n\s*if (!?)match \{/g;
  for (const m of source.matchAll(singleTest)) {
    const list = new Reader(`{${m[3]}}`, 0).value() as GoValue[];
    single.push({ name: m[1] as string, file: goString((m[2] as string).slice(1, -1)), patterns: list.map(str), expect: m[4] === '!' });
  }
  return { matches: [...matches, ...nonWindows], multi, matchTests, compile, single };
}

/** The upstream cases: from the Go file when it is installed, else from the committed fixture made from it. */
export function loadPatternCases(): { cases: PatternCases; source: string } {
  if (existsSync(GO_TEST_FILE)) return { cases: parsePatternmatcherTests(readFileSync(GO_TEST_FILE, 'utf8')), source: GO_TEST_FILE };
  return { cases: JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as PatternCases, source: FIXTURE_FILE };
}
