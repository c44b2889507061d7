/**
 * Translates a Go (RE2, `regexp.Compile` / Perl flags) regular expression into an equivalent
 * JavaScript `RegExp` with the `u` flag.
 *
 * Why: moby/patternmatcher turns a `.dockerignore` pattern into a Go regexp and copies the user's
 * `[...]` classes and `\x` escapes into it verbatim, so Docker's behaviour includes Go's regexp
 * syntax (POSIX classes such as `[[:digit:]]`, `\d`, `\pL`, `\Q…\E`, `]` as a literal, `[` inside a
 * class, Go's errors for `[z-a]` or `\y`). Handing the string to `new RegExp` would differ in all of
 * those; parsing it as Go does and re-emitting JS syntax keeps the meaning identical.
 *
 * Supported: everything patternmatcher can produce and the rest of RE2 except flags groups
 * (`(?i)`), named groups and `\C`, which are reported as errors (patternmatcher escapes `(`, so a
 * `.dockerignore` pattern can never produce them).
 */

export class GoRegexpError extends Error {
  constructor(source: string, problem: string) {
    super(`invalid regexp '${source}': ${problem}`);
    this.name = 'GoRegexpError';
  }
}

type Range = [number, number];
const MAX_RUNE = 0x10ffff;

const PERL_CLASSES: Record<string, Range[]> = {
  d: [[0x30, 0x39]],
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20],
  ],
  w: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
};

const POSIX_CLASSES: Record<string, Range[]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/** Go's unicode.Categories names; anything else after `\p` is a script (or `Any`). */
const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

function cp(n: number): string {
  return `\\u{${n.toString(16)}}`;
}

function rangesSource(ranges: Range[]): string {
  return ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)).join('');
}

function literalSource(codePoint: number): string {
  const ch = String.fromCodePoint(codePoint);
  return /^[A-Za-z0-9_]$/.test(ch) ? ch : cp(codePoint);
}

function unicodeProperty(name: string, negated: boolean): string {
  let property: string;
  if (name === 'Any') property = 'Any';
  else if (CATEGORIES.has(name)) property = name;
  else property = `Script=${name}`;
  return `\\${negated ? 'P' : 'p'}{${property}}`;
}

function isHex(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);
}

class Translator {
  private pos = 0;
  constructor(private readonly src: string) {}

  private fail(problem: string): never {
    throw new GoRegexpError(this.src, problem);
  }

  private peek(offset = 0): string | undefined {
    let at = this.pos;
    for (let i = 0; i < offset; i++) {
      const c = this.src.codePointAt(at);
      if (c === undefined) return undefined;
      at += c > 0xffff ? 2 : 1;
    }
    const c = this.src.codePointAt(at);
    return c === undefined ? undefined : String.fromCodePoint(c);
  }

  private next(): string {
    const ch = this.peek();
    if (ch === undefined) this.fail('unexpected end');
    this.pos += ch.length;
    return ch;
  }

  private get rest(): string {
    return this.src.slice(this.pos);
  }

  translate(): string {
    const out = this.alternation();
    if (this.pos < this.src.length) this.fail('unexpected )');
    return out;
  }

  private alternation(): string {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.next();
      branches.push(this.sequence());
    }
    return branches.join('|');
  }

  private sequence(): string {
    let out = '';
    let lastAtom: string | null = null; // the last quantifiable atom, for repetition checks
    const flush = () => {
      if (lastAtom !== null) out += lastAtom;
      lastAtom = null;
    };
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') break;
      if (ch === '*' || ch === '+' || ch === '?') {
        this.next();
        if (lastAtom === null) this.fail(`missing argument to repetition operator: ${ch}`);
        let quantifier = ch;
        if (this.peek() === '?') quantifier += this.next();
        out += `(?:${lastAtom})${quantifier}`;
        lastAtom = null;
        if (this.peek() === '*' || this.peek() === '+' || this.peek() === '?') this.fail('invalid nested repetition operator');
        continue;
      }
      if (ch === '{') {
        const repeat = /^\{(\d+)(,(\d*))?\}/.exec(this.rest);
        if (repeat) {
          if (lastAtom === null) this.fail('missing argument to repetition operator: {');
          this.pos += repeat[0].length;
          let quantifier = repeat[0];
          const min = Number(repeat[1]);
          const max = repeat[3] === undefined || repeat[3] === '' ? undefined : Number(repeat[3]);
          if (min > 1000 || (max !== undefined && (max > 1000 || max < min))) this.fail(`invalid repeat count: ${repeat[0]}`);
          if (this.peek() === '?') quantifier += this.next();
          out += `(?:${lastAtom})${quantifier}`;
          lastAtom = null;
          continue;
        }
        // Not a valid repetition: Go reads `{` as a literal.
      }
      if (ch === '\\' && this.peek(1) === 'Q') {
        // \Q…\E: each character is its own literal, so a following quantifier binds to the last one.
        this.pos += 2;
        const end = this.rest.indexOf('\\E');
        const literal = Array.from(end < 0 ? this.rest : this.rest.slice(0, end));
        this.pos += end < 0 ? this.rest.length : end + 2;
        for (const l of literal) {
          flush();
          lastAtom = literalSource(l.codePointAt(0) ?? 0);
        }
        continue;
      }
      flush();
      lastAtom = this.atom();
    }
    flush();
    return out;
  }

  private atom(): string {
    const ch = this.next();
    switch (ch) {
      case '^':
        return '^';
      case '$':
        return '$';
      case '.':
        return '[^\\n]'; // Go's `.` excludes only \n (JS's also excludes \r, U+2028, U+2029)
      case '(': {
        if (this.peek() === '?') {
          if (this.peek(1) === ':') {
            this.pos += 2;
          } else {
            this.fail('flag groups and named groups are not supported');
          }
        }
        const inner = this.alternation();
        if (this.peek() !== ')') this.fail('missing closing )');
        this.next();
        return `(?:${inner})`;
      }
      case '[':
        return this.characterClass();
      case '\\':
        return this.escapeOutsideClass();
      default:
        return literalSource(ch.codePointAt(0) ?? 0);
    }
  }

  private escapeOutsideClass(): string {
    const c = this.peek();
    if (c === undefined) this.fail('trailing backslash at end of expression');
    switch (c) {
      case 'A':
        this.next();
        return '^';
      case 'z':
        this.next();
        return '$';
      case 'b':
        this.next();
        return '\\b';
      case 'B':
        this.next();
        return '\\B';
      case 'C':
        this.fail('invalid escape sequence: \\C');
        break;
      case 'p':
      case 'P':
        this.next();
        return this.unicodeClass(c === 'P');
      case 'd':
      case 's':
      case 'w':
        this.next();
        return `[${rangesSource(PERL_CLASSES[c] ?? [])}]`;
      case 'D':
      case 'S':
      case 'W':
        this.next();
        return `[${rangesSource(complement(PERL_CLASSES[c.toLowerCase()] ?? []))}]`;
    }
    return literalSource(this.escapedCharacter());
  }

  /** After `\p` or `\P`: `\pL` or `\p{Name}` or `\p{^Name}`. */
  private unicodeClass(negated: boolean): string {
    const c = this.peek();
    if (c === undefined) this.fail('invalid character class range: \\p');
    let name: string;
    if (c === '{') {
      const end = this.rest.indexOf('}');
      if (end < 0) this.fail('invalid character class range');
      name = this.rest.slice(1, end);
      this.pos += end + 1;
    } else {
      name = this.next();
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    return unicodeProperty(name, negated);
  }

  /** Go's parseEscape, positioned after the backslash: a single escaped character. */
  private escapedCharacter(): number {
    const c = this.next();
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80 && !/[0-9A-Za-z]/.test(c)) return code; // escaped punctuation is itself
    if (c >= '1' && c <= '7') {
      const following = this.peek();
      if (following === undefined || following < '0' || following > '7') this.fail(`invalid escape sequence: \\${c}`);
    }
    if (c >= '0' && c <= '7') {
      let value = code - 0x30;
      for (let i = 1; i < 3; i++) {
        const d = this.peek();
        if (d === undefined || d < '0' || d > '7') break;
        value = value * 8 + (d.codePointAt(0) ?? 0) - 0x30;
        this.next();
      }
      return value;
    }
    if (c === 'x') {
      if (this.peek() === '{') {
        this.next();
        let value = 0;
        let digits = 0;
        for (;;) {
          const d = this.peek();
          if (d === undefined) this.fail('invalid escape sequence: \\x{');
          this.next();
          if (d === '}') break;
          if (!isHex(d)) this.fail('invalid escape sequence: \\x{');
          value = value * 16 + parseInt(d, 16);
          if (value > MAX_RUNE) this.fail('invalid escape sequence: \\x{');
          digits++;
        }
        if (digits === 0) this.fail('invalid escape sequence: \\x{}');
        return value;
      }
      const a = this.peek();
      const b = this.peek(1);
      if (!isHex(a) || !isHex(b)) this.fail('invalid escape sequence: \\x');
      this.next();
      this.next();
      return parseInt(`${a}${b}`, 16);
    }
    const controls: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    const control = controls[c];
    if (control !== undefined) return control;
    return this.fail(`invalid escape sequence: \\${c}`);
  }

  /** Go's parseClass, positioned after `[`. */
  private characterClass(): string {
    let negated = false;
    if (this.peek() === '^') {
      this.next();
      negated = true;
    }
    const parts: string[] = [];
    let first = true; // `]` is a literal as the first character
    while (this.peek() === undefined || this.peek() !== ']' || first) {
      first = false;
      if (this.peek() === undefined) this.fail('missing closing ]');
      // POSIX [:alpha:] (Go searches for `:]` anywhere in the rest of the expression).
      if (this.peek() === '[' && this.peek(1) === ':') {
        const end = this.rest.indexOf(':]', 2);
        if (end >= 0) {
          const full = this.rest.slice(0, end + 2);
          let name = full.slice(2, -2);
          let classNegated = false;
          if (name.startsWith('^')) {
            classNegated = true;
            name = name.slice(1);
          }
          const ranges = POSIX_CLASSES[name];
          if (!ranges) this.fail(`invalid character class range: ${full}`);
          this.pos += full.length;
          parts.push(rangesSource(classNegated ? complement(ranges) : ranges));
          continue;
        }
      }
      if (this.peek() === '\\') {
        const e = this.peek(1);
        if (e === 'p' || e === 'P') {
          this.pos += 2;
          parts.push(this.unicodeClass(e === 'P'));
          continue;
        }
        if (e !== undefined && 'dswDSW'.includes(e)) {
          this.pos += 2;
          const base = PERL_CLASSES[e.toLowerCase()] ?? [];
          parts.push(rangesSource(e === e.toLowerCase() ? base : complement(base)));
          continue;
        }
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.next();
        hi = this.classChar();
        if (hi < lo) this.fail('invalid character class range');
      }
      parts.push(rangesSource([[lo, hi]]));
    }
    this.next(); // the closing ]
    return `[${negated ? '^' : ''}${parts.join('')}]`;
  }

  private classChar(): number {
    const c = this.peek();
    if (c === undefined) this.fail('missing closing ]');
    if (c === '\\') {
      this.next();
      if (this.peek() === undefined) this.fail('trailing backslash at end of expression');
      return this.escapedCharacter();
    }
    this.next();
    return c.codePointAt(0) ?? 0;
  }
}

/** Compiles a Go regexp source as a JS RegExp with the same meaning; throws GoRegexpError. */
export function compileGoRegexp(source: string): RegExp {
  const translated = new Translator(source).translate();
  try {
    return new RegExp(translated, 'u');
  } catch (error) {
    throw new GoRegexpError(source, error instanceof Error ? error.message : String(error));
  }
}
