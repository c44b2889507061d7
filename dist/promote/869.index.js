export const id = 869;
export const ids = [869];
export const modules = {

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ ContextFilter)
});

// EXTERNAL MODULE: ./src/core/dockerignore/go-path.ts
var go_path = __webpack_require__(5636);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(3018);
;// CONCATENATED MODULE: ./src/core/dockerignore/go-regexp.ts
/**
 * Translates a Go (RE2, `regexp.Compile` / Perl flags) regular expression into an equivalent
 * JavaScript `RegExp` with the `u` flag.
 *
 * Why: moby/patternmatcher turns a `.dockerignore` pattern into a Go regexp and copies the user's
 * `[...]` classes and `\x` escapes into it verbatim, so Docker's behaviour includes Go's regexp
 * syntax (POSIX classes such as `[[:digit:]]`, `\d`, `\pL`, `\Q\u2026\E`, `]` as a literal, `[` inside a
 * class, Go's errors for `[z-a]` or `\y`). Handing the string to `new RegExp` would differ in all of
 * those; parsing it as Go does and re-emitting JS syntax keeps the meaning identical.
 *
 * Supported: everything patternmatcher can produce and the rest of RE2 except flags groups
 * (`(?i)`), named groups and `\C`, which are reported as errors (patternmatcher escapes `(`, so a
 * `.dockerignore` pattern can never produce them).
 */
class GoRegexpError extends Error {
    constructor(source, problem) {
        super(`invalid regexp '${source}': ${problem}`);
        this.name = 'GoRegexpError';
    }
}
const MAX_RUNE = 0x10ffff;
const PERL_CLASSES = {
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
const POSIX_CLASSES = {
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
const CATEGORIES = new Set('C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '));
function complement(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= MAX_RUNE)
        out.push([next, MAX_RUNE]);
    return out;
}
function cp(n) {
    return `\\u{${n.toString(16)}}`;
}
function rangesSource(ranges) {
    return ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)).join('');
}
function literalSource(codePoint) {
    const ch = String.fromCodePoint(codePoint);
    return /^[A-Za-z0-9_]$/.test(ch) ? ch : cp(codePoint);
}
function unicodeProperty(name, negated) {
    let property;
    if (name === 'Any')
        property = 'Any';
    else if (CATEGORIES.has(name))
        property = name;
    else
        property = `Script=${name}`;
    return `\\${negated ? 'P' : 'p'}{${property}}`;
}
function isHex(ch) {
    return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);
}
class Translator {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    fail(problem) {
        throw new GoRegexpError(this.src, problem);
    }
    peek(offset = 0) {
        let at = this.pos;
        for (let i = 0; i < offset; i++) {
            const c = this.src.codePointAt(at);
            if (c === undefined)
                return undefined;
            at += c > 0xffff ? 2 : 1;
        }
        const c = this.src.codePointAt(at);
        return c === undefined ? undefined : String.fromCodePoint(c);
    }
    next() {
        const ch = this.peek();
        if (ch === undefined)
            this.fail('unexpected end');
        this.pos += ch.length;
        return ch;
    }
    get rest() {
        return this.src.slice(this.pos);
    }
    translate() {
        const out = this.alternation();
        if (this.pos < this.src.length)
            this.fail('unexpected )');
        return out;
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.next();
            branches.push(this.sequence());
        }
        return branches.join('|');
    }
    sequence() {
        let out = '';
        let lastAtom = null; // the last quantifiable atom, for repetition checks
        const flush = () => {
            if (lastAtom !== null)
                out += lastAtom;
            lastAtom = null;
        };
        for (;;) {
            const ch = this.peek();
            if (ch === undefined || ch === '|' || ch === ')')
                break;
            if (ch === '*' || ch === '+' || ch === '?') {
                this.next();
                if (lastAtom === null)
                    this.fail(`missing argument to repetition operator: ${ch}`);
                let quantifier = ch;
                if (this.peek() === '?')
                    quantifier += this.next();
                out += `(?:${lastAtom})${quantifier}`;
                lastAtom = null;
                if (this.peek() === '*' || this.peek() === '+' || this.peek() === '?')
                    this.fail('invalid nested repetition operator');
                continue;
            }
            if (ch === '{') {
                const repeat = /^\{(\d+)(,(\d*))?\}/.exec(this.rest);
                if (repeat) {
                    if (lastAtom === null)
                        this.fail('missing argument to repetition operator: {');
                    this.pos += repeat[0].length;
                    let quantifier = repeat[0];
                    const min = Number(repeat[1]);
                    const max = repeat[3] === undefined || repeat[3] === '' ? undefined : Number(repeat[3]);
                    if (min > 1000 || (max !== undefined && (max > 1000 || max < min)))
                        this.fail(`invalid repeat count: ${repeat[0]}`);
                    if (this.peek() === '?')
                        quantifier += this.next();
                    out += `(?:${lastAtom})${quantifier}`;
                    lastAtom = null;
                    continue;
                }
                // Not a valid repetition: Go reads `{` as a literal.
            }
            if (ch === '\\' && this.peek(1) === 'Q') {
                // \Q\u2026\E: each character is its own literal, so a following quantifier binds to the last one.
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
    atom() {
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
                    }
                    else {
                        this.fail('flag groups and named groups are not supported');
                    }
                }
                const inner = this.alternation();
                if (this.peek() !== ')')
                    this.fail('missing closing )');
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
    escapeOutsideClass() {
        const c = this.peek();
        if (c === undefined)
            this.fail('trailing backslash at end of expression');
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
    unicodeClass(negated) {
        const c = this.peek();
        if (c === undefined)
            this.fail('invalid character class range: \\p');
        let name;
        if (c === '{') {
            const end = this.rest.indexOf('}');
            if (end < 0)
                this.fail('invalid character class range');
            name = this.rest.slice(1, end);
            this.pos += end + 1;
        }
        else {
            name = this.next();
        }
        if (name.startsWith('^')) {
            negated = !negated;
            name = name.slice(1);
        }
        return unicodeProperty(name, negated);
    }
    /** Go's parseEscape, positioned after the backslash: a single escaped character. */
    escapedCharacter() {
        const c = this.next();
        const code = c.codePointAt(0) ?? 0;
        if (code < 0x80 && !/[0-9A-Za-z]/.test(c))
            return code; // escaped punctuation is itself
        if (c >= '1' && c <= '7') {
            const following = this.peek();
            if (following === undefined || following < '0' || following > '7')
                this.fail(`invalid escape sequence: \\${c}`);
        }
        if (c >= '0' && c <= '7') {
            let value = code - 0x30;
            for (let i = 1; i < 3; i++) {
                const d = this.peek();
                if (d === undefined || d < '0' || d > '7')
                    break;
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
                    if (d === undefined)
                        this.fail('invalid escape sequence: \\x{');
                    this.next();
                    if (d === '}')
                        break;
                    if (!isHex(d))
                        this.fail('invalid escape sequence: \\x{');
                    value = value * 16 + parseInt(d, 16);
                    if (value > MAX_RUNE)
                        this.fail('invalid escape sequence: \\x{');
                    digits++;
                }
                if (digits === 0)
                    this.fail('invalid escape sequence: \\x{}');
                return value;
            }
            const a = this.peek();
            const b = this.peek(1);
            if (!isHex(a) || !isHex(b))
                this.fail('invalid escape sequence: \\x');
            this.next();
            this.next();
            return parseInt(`${a}${b}`, 16);
        }
        const controls = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
        const control = controls[c];
        if (control !== undefined)
            return control;
        return this.fail(`invalid escape sequence: \\${c}`);
    }
    /** Go's parseClass, positioned after `[`. */
    characterClass() {
        let negated = false;
        if (this.peek() === '^') {
            this.next();
            negated = true;
        }
        const parts = [];
        let first = true; // `]` is a literal as the first character
        while (this.peek() === undefined || this.peek() !== ']' || first) {
            first = false;
            if (this.peek() === undefined)
                this.fail('missing closing ]');
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
                    if (!ranges)
                        this.fail(`invalid character class range: ${full}`);
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
                if (hi < lo)
                    this.fail('invalid character class range');
            }
            parts.push(rangesSource([[lo, hi]]));
        }
        this.next(); // the closing ]
        return `[${negated ? '^' : ''}${parts.join('')}]`;
    }
    classChar() {
        const c = this.peek();
        if (c === undefined)
            this.fail('missing closing ]');
        if (c === '\\') {
            this.next();
            if (this.peek() === undefined)
                this.fail('trailing backslash at end of expression');
            return this.escapedCharacter();
        }
        this.next();
        return c.codePointAt(0) ?? 0;
    }
}
/** Compiles a Go regexp source as a JS RegExp with the same meaning; throws GoRegexpError. */
function compileGoRegexp(source) {
    const translated = new Translator(source).translate();
    try {
        return new RegExp(translated, 'u');
    }
    catch (error) {
        throw new GoRegexpError(source, error instanceof Error ? error.message : String(error));
    }
}

;// CONCATENATED MODULE: ./src/core/dockerignore/pattern-matcher.ts
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



/**
 * Characters patternmatcher escapes when building the regexp. Upstream means `.+()|{}$`, but its
 * bitmap (`escapeBytes [8]byte`, bit `1 << (b/8)`) cannot hold characters above 63, so `|`, `{`
 * and `}` are NOT escaped: in Docker, `a|b*` is an alternation and `a{2}*` a repetition. The Go
 * differential test (test/hash/pattern-matcher-differential.test.ts) pins this down.
 */
const SHOULD_ESCAPE = new Set(['.', '+', '(', ')', '$']);
class Pattern {
    cleanedPattern;
    exclusion;
    matchType = 'unknown';
    regexp;
    /** Go's regexp source, kept for conformance tests (compileTests). */
    regexpSource = '';
    compileError;
    constructor(cleanedPattern, exclusion) {
        this.cleanedPattern = cleanedPattern;
        this.exclusion = exclusion;
    }
    toString() {
        return this.cleanedPattern;
    }
    /** Go's Pattern.match: throws BadPatternError when the pattern cannot compile. */
    match(path) {
        if (this.matchType === 'unknown') {
            try {
                this.compile('/');
            }
            catch (error) {
                this.compileError = error instanceof Error ? error : new Error(String(error));
            }
        }
        if (this.compileError)
            throw new go_glob/* BadPatternError */.m(this.cleanedPattern);
        switch (this.matchType) {
            case 'exact':
                return path === this.cleanedPattern;
            case 'prefix':
                // strip trailing **
                return path.startsWith(this.cleanedPattern.slice(0, -2));
            case 'suffix': {
                // strip leading **
                const suffix = this.cleanedPattern.slice(2);
                if (path.endsWith(suffix))
                    return true;
                // **/foo matches "foo"
                return suffix[0] === '/' && path === suffix.slice(1);
            }
            case 'regexp':
                if (!this.regexp)
                    throw new go_glob/* BadPatternError */.m(this.cleanedPattern);
                return this.regexp.test(path);
            default:
                return false;
        }
    }
    /** Go's Pattern.compile with separator `sl` (`/`, or `\` for the Windows conformance cases). */
    compile(sl) {
        let regStr = '^';
        // Go's text/scanner reads runes and skips a leading byte order mark.
        const chars = Array.from(this.cleanedPattern.replace(/^\uFEFF/, ''));
        const escSL = sl === '\\' ? '\\\\' : sl;
        let detected = 'exact';
        let i = 0;
        const peek = () => chars[i];
        for (let index = 0; i < chars.length; index++) {
            const ch = chars[i++];
            if (ch === '*') {
                if (peek() === '*') {
                    // some flavour of "**"
                    i++;
                    // Treat **/ as ** so eat the "/"
                    if (peek() === sl)
                        i++;
                    if (peek() === undefined) {
                        // "**" at the end: like .gitignore, accept everything
                        if (detected === 'exact') {
                            detected = 'prefix';
                        }
                        else {
                            regStr += '.*';
                            detected = 'regexp';
                        }
                    }
                    else {
                        // "**" in the middle: any number of directories, even none
                        regStr += `(.*${escSL})?`;
                        detected = 'regexp';
                    }
                    if (index === 0)
                        detected = 'suffix';
                }
                else {
                    // "*" is anything but the separator
                    regStr += `[^${escSL}]*`;
                    detected = 'regexp';
                }
            }
            else if (ch === '?') {
                regStr += `[^${escSL}]`;
                detected = 'regexp';
            }
            else if (SHOULD_ESCAPE.has(ch)) {
                regStr += `\\${ch}`;
            }
            else if (ch === '\\') {
                if (sl === '\\') {
                    // On Windows "\" is the separator, never an escape.
                    regStr += escSL;
                    continue;
                }
                if (peek() !== undefined) {
                    regStr += `\\${chars[i++]}`;
                    detected = 'regexp';
                }
                else {
                    regStr += '\\';
                }
            }
            else if (ch === '[' || ch === ']') {
                regStr += ch;
                detected = 'regexp';
            }
            else {
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
const emptyMatchInfo = { parentMatched: [] };
class PatternMatcher {
    patterns = [];
    exclusions = false;
    /**
     * Go's New: trims, cleans, rejects a lone `!` and syntax errors (BadPatternError).
     * `options.goBefore120` checks syntax the way binaries built with Go \u2264 1.19 did (see goMatch).
     */
    constructor(patterns, options = {}) {
        for (const raw of patterns) {
            let p = (0,go_path/* goTrimSpace */.hb)(raw);
            if (p === '')
                continue;
            p = (0,go_path/* goClean */.AH)(p);
            let exclusion = false;
            if (p[0] === '!') {
                if (p.length === 1)
                    throw new Error('illegal exclusion pattern: "!"');
                exclusion = true;
                p = p.slice(1);
                this.exclusions = true;
            }
            (0,go_glob/* goMatch */.E)(p, '.', !options.goBefore120); // syntax check only; throws BadPatternError
            this.patterns.push(new Pattern(p, exclusion));
        }
    }
    /** Parent directories of `file` from the shortest: `a/b/c` \u2192 `a`, `a/b`. */
    static parents(file) {
        const parentPath = (0,go_path/* goDir */.GL)(file);
        if (parentPath === '.')
            return [];
        const dirs = parentPath.split('/');
        return dirs.map((_, i) => dirs.slice(0, i + 1).join('/'));
    }
    /** The last pattern matching `file` or one of its parent directories decides (Go's MatchesOrParentMatches). */
    matchesOrParentMatches(file) {
        let matched = false;
        const parents = PatternMatcher.parents(file);
        for (const pattern of this.patterns) {
            // Only evaluate patterns that could change the result.
            if (pattern.exclusion !== matched)
                continue;
            let match = pattern.match(file);
            if (!match) {
                for (const parent of parents) {
                    if (pattern.match(parent)) {
                        match = true;
                        break;
                    }
                }
            }
            if (match)
                matched = !pattern.exclusion;
        }
        return matched;
    }
    /**
     * Go's MatchesUsingParentResults: what BuildKit's walker calls with the parent directory's
     * MatchInfo. `keepInfo: false` skips building the returned MatchInfo (only directories need it).
     */
    matchesUsingParentResults(file, parentInfo, keepInfo = true) {
        const parentMatched = parentInfo.parentMatched;
        if (parentMatched.length !== 0 && parentMatched.length !== this.patterns.length) {
            throw new Error('wrong number of values in parentMatched');
        }
        let matched = false;
        const info = keepInfo ? { parentMatched: new Array(this.patterns.length).fill(false) } : emptyMatchInfo;
        const patterns = this.patterns;
        for (let i = 0; i < patterns.length; i++) {
            const pattern = patterns[i];
            let match = parentMatched.length !== 0 ? (parentMatched[i] ?? false) : false;
            if (!match) {
                if (pattern.exclusion !== matched)
                    continue;
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
            if (keepInfo)
                info.parentMatched[i] = match;
            if (match)
                matched = !pattern.exclusion;
        }
        return { matched, info };
    }
    /** Go's deprecated MatchesUsingParentResult (buggy for some exception cases upstream; kept for the conformance table). */
    matchesUsingParentResult(file, parentMatched) {
        let matched = parentMatched;
        for (const pattern of this.patterns) {
            if (pattern.exclusion !== matched)
                continue;
            if (pattern.match(file))
                matched = !pattern.exclusion;
        }
        return matched;
    }
    /** Go's deprecated Matches: checks a single parent prefix as deep as the pattern. Kept for the upstream TestMatch table. */
    matchesDeprecated(file) {
        let matched = false;
        const parentPath = (0,go_path/* goDir */.GL)(file);
        const parentPathDirs = parentPath.split('/');
        for (const pattern of this.patterns) {
            if (pattern.exclusion !== matched)
                continue;
            let match = pattern.match(file);
            if (!match && parentPath !== '.') {
                const depth = pattern.cleanedPattern.split('/').length;
                if (depth <= parentPathDirs.length) {
                    try {
                        match = pattern.match(parentPathDirs.slice(0, depth).join('/'));
                    }
                    catch {
                        match = false;
                    }
                }
            }
            if (match)
                matched = !pattern.exclusion;
        }
        return matched;
    }
}
/** Go's package-level Matches(file, patterns) (deprecated upstream; used by the TestMatch table). */
function matchesDeprecated(file, patterns) {
    const pm = new PatternMatcher(patterns);
    file = goClean(file);
    if (file === '.')
        return false;
    return pm.matchesDeprecated(file);
}
/** Go's package-level MatchesOrParentMatches(file, patterns). */
function matchesOrParentMatches(file, patterns) {
    const pm = new PatternMatcher(patterns);
    file = goClean(file);
    if (file === '.')
        return false;
    return pm.matchesOrParentMatches(file);
}

;// CONCATENATED MODULE: ./src/core/dockerignore/context-filter.ts
/**
 * Which entries of a build context Docker sends, decided exactly as BuildKit's file walker does
 * (tonistiigi/fsutil filter.go, `filterFS.Walk` with ExcludePatterns):
 *
 * - every entry is matched with `MatchesUsingParentResults`, seeded with its parent directory's
 *   match information (so `!` exceptions inside an excluded folder re-include files);
 * - an excluded directory is not descended into when no `!` exception could reach inside it
 *   (only when all exceptions are plain paths; otherwise the walk goes on and only files that an
 *   exception re-includes come back);
 * - an excluded directory is still sent when something inside it is re-included (it is needed to
 *   hold that file), emitted just before its first included descendant.
 *
 * Pure: the caller walks the file system in depth-first, name-sorted order and asks `visit` about
 * each entry below the root.
 */

const PATTERN_CHARS = /[*[\]?^\\]/;
/** The answer for most entries, shared: a visit per file of a 100,000-file context adds up. */
const INCLUDE = Object.freeze({ action: 'include', parents: Object.freeze([]) });
/** fsutil's patternWithoutTrailingGlob: `dir/**` and `dir/*` reach the same folders as `dir`. */
function withoutTrailingGlob(pattern) {
    let text = pattern.toString();
    if (text.endsWith('/**'))
        text = text.slice(0, -3);
    if (text.endsWith('/*'))
        text = text.slice(0, -2);
    return text;
}
class ContextFilter {
    matcher;
    onlyPrefixExceptions;
    stack = [];
    /**
     * When every pattern is a plain path and none is an exception: the folders that hold a path a
     * pattern names. Such a pattern matches that one path (and, through its parent's result, what is
     * below it), so the files directly in any other sent folder are all sent.
     */
    plainPatternFolders;
    /** `patterns` as read by readIgnorePatterns; throws on a lone `!` or a malformed pattern. */
    constructor(patterns) {
        this.matcher = patterns.length > 0 ? new PatternMatcher(patterns) : undefined;
        const all = this.matcher?.patterns ?? [];
        this.onlyPrefixExceptions = !all.some((p) => p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
        if (!this.matcher?.exclusions && !all.some((p) => PATTERN_CHARS.test(p.toString()))) {
            this.plainPatternFolders = new Set(all.map((p) => p.toString().slice(0, Math.max(0, p.toString().lastIndexOf('/')))));
        }
    }
    /**
     * Is every file directly in `folder` (relative, '' for the root; a folder visit() sent) sent with
     * nothing before it, so that a caller may leave their visits out? Answered yes only when sure.
     */
    filesAllSentIn(folder) {
        if (!this.matcher)
            return true;
        return this.plainPatternFolders !== undefined && !this.plainPatternFolders.has(folder);
    }
    /** `relativePath` is `/`-separated, relative to the context root. May throw BadPatternError. */
    visit(relativePath, isDir) {
        if (!this.matcher)
            return INCLUDE;
        while (this.stack.length > 0 && !relativePath.startsWith(this.stack[this.stack.length - 1].pathWithSep)) {
            this.stack.pop();
        }
        const parent = this.stack[this.stack.length - 1];
        const { matched, info } = this.matcher.matchesUsingParentResults(relativePath, parent?.info ?? emptyMatchInfo, isDir);
        if (matched && isDir && this.onlyPrefixExceptions && !this.exceptionCouldReachInside(relativePath)) {
            return { action: 'prune' };
        }
        const dir = isDir ? { pathWithSep: `${relativePath}/`, path: relativePath, info, sent: false } : undefined;
        if (dir)
            this.stack.push(dir);
        if (matched)
            return { action: 'skip' };
        let parents;
        // Indexed: a for-of allocates an iterator result per step until V8 optimizes the loop.
        for (let i = 0; i < this.stack.length; i++) {
            const visited = this.stack[i];
            if (visited === dir || visited.sent)
                continue;
            visited.sent = true;
            (parents ??= []).push(visited.path);
        }
        if (dir)
            dir.sent = true;
        return parents ? { action: 'include', parents } : INCLUDE;
    }
    exceptionCouldReachInside(dirPath) {
        if (!this.matcher?.exclusions)
            return false;
        const dirSlash = `${dirPath}/`;
        return this.matcher.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p)}/`.startsWith(dirSlash));
    }
}


/***/ }),

/***/ 3018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ goMatch),
/* harmony export */   m: () => (/* binding */ BadPatternError)
/* harmony export */ });
/**
 * Go's `filepath.Match` on Unix, ported for one purpose: moby/patternmatcher rejects a
 * `.dockerignore` pattern exactly when `filepath.Match(pattern, ".")` reports `ErrBadPattern`,
 * and Docker then refuses the build. Ported from Go's path/filepath/match.go (the version that
 * checks the whole pattern for syntax errors even after the match has failed).
 *
 * Go works on bytes; this works on UTF-16 strings, which only differs for invalid UTF-8 (not
 * representable in a JS string read from a UTF-8 file).
 */
class BadPatternError extends Error {
    constructor(pattern) {
        super(`syntax error in pattern '${pattern}'`);
        this.name = 'BadPatternError';
    }
}
/** Splits off the leading `*`s and the chunk up to the next unbracketed `*` (Go's scanChunk). */
function scanChunk(pattern) {
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
                if (i + 1 < pattern.length)
                    i++;
                break;
            case '[':
                inRange = true;
                break;
            case ']':
                inRange = false;
                break;
            case '*':
                if (!inRange)
                    break scan;
                break;
        }
    }
    return { star, chunk: pattern.slice(0, i), rest: pattern.slice(i) };
}
function firstCodePoint(s) {
    const cp = s.codePointAt(0);
    return cp === undefined ? '' : String.fromCodePoint(cp);
}
/** Go's getEsc: one possibly escaped character of a `[...]` class. */
function getEsc(chunk, pattern) {
    if (chunk === '' || chunk[0] === '-' || chunk[0] === ']')
        throw new BadPatternError(pattern);
    if (chunk[0] === '\\') {
        chunk = chunk.slice(1);
        if (chunk === '')
            throw new BadPatternError(pattern);
    }
    const ch = firstCodePoint(chunk);
    const rest = chunk.slice(ch.length);
    if (rest === '')
        throw new BadPatternError(pattern);
    return { r: ch.codePointAt(0) ?? 0, rest };
}
/**
 * Go's matchChunk: matches `chunk` at the start of `s`; returns the rest of `s` or null.
 * Keeps parsing after a mismatch so that syntax errors anywhere in the chunk are reported.
 */
function matchChunk(chunk, s, pattern) {
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
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
                if (lo.r <= r && r <= hi)
                    match = true;
                ranges++;
            }
            if (match === negated)
                failed = true;
        }
        else if (c === '?') {
            if (!failed) {
                if (s[0] === '/')
                    failed = true;
                s = s.slice(firstCodePoint(s).length);
            }
            chunk = chunk.slice(1);
        }
        else {
            if (c === '\\') {
                chunk = chunk.slice(1);
                if (chunk.length === 0)
                    throw new BadPatternError(pattern);
            }
            if (!failed) {
                if (chunk[0] !== s[0])
                    failed = true;
                s = s.slice(1);
            }
            chunk = chunk.slice(1);
        }
    }
    return failed ? null : s;
}
/**
 * Go's `filepath.Match(pattern, name)` with `/` as separator; throws BadPatternError.
 * `checkRemainder: false` gives Go \u2264 1.19's behaviour, which stopped checking the pattern's syntax
 * at the first chunk that did not match (today's Docker is built with a newer Go).
 */
function goMatch(pattern, name, checkRemainder = true) {
    const original = pattern;
    outer: while (pattern.length > 0) {
        const scanned = scanChunk(pattern);
        const { star, chunk } = scanned;
        pattern = scanned.rest;
        if (star && chunk === '')
            return !name.includes('/');
        const t = matchChunk(chunk, name, original);
        if (t !== null && (t.length === 0 || pattern.length > 0)) {
            name = t;
            continue;
        }
        if (star) {
            for (let i = 0; i < name.length && name[i] !== '/'; i++) {
                const rest = matchChunk(chunk, name.slice(i + 1), original);
                if (rest !== null) {
                    if (pattern.length === 0 && rest.length > 0)
                        continue;
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


/***/ }),

/***/ 5636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ goClean),
/* harmony export */   GL: () => (/* binding */ goDir),
/* harmony export */   hb: () => (/* binding */ goTrimSpace)
/* harmony export */ });
/**
 * Go's `path.Clean` and `path.Dir` for `/`-separated paths, ported byte for byte in behaviour:
 * Docker cleans every `.dockerignore` pattern with them (`filepath.Clean` on Linux), and the
 * matcher splits a path into its parents with `Dir`. Being exact here keeps `a/../b`, `./x`,
 * `x/` and `//x` meaning what they mean to Docker.
 */
/** Go's `path.Clean`: the shortest path name equivalent to `path`, by purely lexical processing. */
function goClean(path) {
    if (path === '')
        return '.';
    const rooted = path.startsWith('/');
    const n = path.length;
    // `out` plays the role of Go's lazybuf: the cleaned prefix written so far.
    let out = rooted ? '/' : '';
    let r = rooted ? 1 : 0;
    let dotdot = rooted ? 1 : 0; // index in `out` where `..` backtracking must stop
    while (r < n) {
        if (path[r] === '/') {
            r++;
        }
        else if (path[r] === '.' && (r + 1 === n || path[r + 1] === '/')) {
            r++;
        }
        else if (path[r] === '.' && path[r + 1] === '.' && (r + 2 === n || path[r + 2] === '/')) {
            r += 2;
            if (out.length > dotdot) {
                let w = out.length - 1;
                while (w > dotdot && out[w] !== '/')
                    w--;
                out = out.slice(0, w);
            }
            else if (!rooted) {
                if (out.length > 0)
                    out += '/';
                out += '..';
                dotdot = out.length;
            }
        }
        else {
            if ((rooted && out.length !== 1) || (!rooted && out.length !== 0))
                out += '/';
            const next = path.indexOf('/', r);
            const end = next < 0 ? n : next;
            out += path.slice(r, end);
            r = end;
        }
    }
    return out === '' ? '.' : out;
}
/** Go's `filepath.Dir` on Unix: everything before the last `/`, cleaned. */
function goDir(path) {
    const slash = path.lastIndexOf('/');
    return goClean(path.slice(0, slash + 1));
}
/** Characters Go's `unicode.IsSpace` accepts (what `strings.TrimSpace` removes); differs from JS `trim()` on U+0085 and U+FEFF. */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
/** Go's `strings.TrimSpace`. */
function goTrimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && GO_SPACE.includes(s[start]))
        start++;
    while (end > start && GO_SPACE.includes(s[end - 1]))
        end--;
    return s.slice(start, end);
}


/***/ }),

/***/ 3869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSpec: () => (/* binding */ loadSpec),
  parseSpecReference: () => (/* binding */ parseSpecReference)
});

// UNUSED EXPORTS: SpecInputError, excludedBy

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/dockerignore/context-filter.ts + 2 modules
var context_filter = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(3018);
// EXTERNAL MODULE: ./src/core/dockerignore/go-path.ts
var go_path = __webpack_require__(5636);
;// CONCATENATED MODULE: ./src/core/dockerignore/ignore-file.ts
/**
 * Reading a `.dockerignore` file the way Docker does (moby/patternmatcher/ignorefile.ReadAll) and
 * choosing which ignore file applies (BuildKit: `<Dockerfile>.dockerignore` beside the Dockerfile
 * wins over `<context>/.dockerignore`).
 */


/**
 * Go's ignorefile.ReadAll: a BOM on the first line is dropped; a line whose FIRST character is `#`
 * is a comment (checked before trimming, so ` # x` is a pattern); lines are trimmed, empty ones
 * skipped; `!` marks an exception (spaces after it trimmed); patterns are cleaned (`foo/` \u2192 `foo`,
 * `a/../b` \u2192 `b`) and one leading `/` is removed.
 */
function readIgnorePatterns(text) {
    const patterns = [];
    // bufio.ScanLines: split on \n, drop one trailing \r per line.
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((rawLine, index) => {
        let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (index === 0 && line.startsWith('\uFEFF'))
            line = line.slice(1);
        if (line.startsWith('#'))
            return;
        let pattern = (0,go_path/* goTrimSpace */.hb)(line);
        if (pattern === '')
            return;
        const invert = pattern[0] === '!';
        if (invert)
            pattern = (0,go_path/* goTrimSpace */.hb)(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = (0,go_path/* goClean */.AH)(pattern);
            if (pattern.length > 1 && pattern[0] === '/')
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    });
    return patterns;
}
/**
 * The ignore files Docker would consult for this build, in order of precedence:
 * `<dir of Dockerfile>/<Dockerfile name>.dockerignore`, then `<context>/.dockerignore`.
 */
function ignoreFileCandidates(contextDir, dockerfile) {
    const specific = `${dockerfile}.dockerignore`;
    return [
        { file: specific, label: path.relative(contextDir, specific).split(path.sep).join('/') },
        { file: path.join(contextDir, '.dockerignore'), label: '.dockerignore' },
    ];
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
;// CONCATENATED MODULE: ./src/core/spec/schema.ts
/**
 * The JSON Schema of an image spec (validated with ajv). The YAML is read with the failsafe schema
 * (every scalar a string, so `python: 3.10` stays "3.10"); ajv coerces the few boolean and integer
 * fields. Shorthands use union types (`apt: [git]` or `apt: {packages: [git], secret-mounts: \u2026}`) so
 * that each mistake yields one direct error rather than one per `oneOf` branch. Rules a schema
 * cannot say clearly (exactly one base, `.txt` requirements, \u2026) live in parse.ts.
 */
const nonEmpty = { type: 'string', minLength: 1 };
const stringList = { type: 'array', items: nonEmpty };
const secretMounts = {
    type: 'array',
    items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { id: nonEmpty, env: nonEmpty, target: nonEmpty },
    },
};
const pipOptions = {
    'index-url': nonEmpty,
    'extra-index-urls': stringList,
    pre: { type: 'boolean' },
    'extra-args': stringList,
    'secret-mounts': secretMounts,
};
/** Each layer kind: its shorthand type and its long form. */
const layerSchemas = {
    apt: {
        type: ['array', 'object'],
        items: nonEmpty,
        required: ['packages'],
        additionalProperties: false,
        properties: { packages: stringList, 'secret-mounts': secretMounts },
    },
    pip: {
        type: ['array', 'object'],
        items: nonEmpty,
        additionalProperties: false,
        properties: { packages: stringList, requirements: stringList, ...pipOptions },
    },
    requirements: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['file'],
        additionalProperties: false,
        properties: { file: nonEmpty, ...pipOptions },
    },
    'uv-project': {
        type: ['string', 'object'],
        minLength: 1,
        required: ['pyproject'],
        additionalProperties: false,
        properties: { pyproject: nonEmpty, 'uv-lock': nonEmpty, 'secret-mounts': secretMounts },
    },
    source: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['src'],
        additionalProperties: false,
        properties: { src: nonEmpty, dst: nonEmpty },
    },
    env: { type: 'object', additionalProperties: { type: 'string' } },
    workdir: nonEmpty,
    commands: {
        type: ['array', 'object'],
        items: nonEmpty,
        required: ['run'],
        additionalProperties: false,
        properties: { run: stringList, 'secret-mounts': secretMounts },
    },
    user: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['name'],
        additionalProperties: false,
        properties: { name: nonEmpty, uid: { type: 'integer' } },
    },
};
const BASE_KEYS = ['base', 'debian-python', 'dockerfile', 'uv-script'];
const specSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        base: nonEmpty,
        'debian-python': {
            type: ['string', 'object'],
            minLength: 1,
            required: ['python'],
            additionalProperties: false,
            properties: { python: nonEmpty },
        },
        dockerfile: nonEmpty,
        'uv-script': {
            type: ['string', 'object'],
            minLength: 1,
            required: ['script'],
            additionalProperties: false,
            properties: { script: nonEmpty, python: nonEmpty },
        },
        parent: nonEmpty,
        'skip-build': { type: 'boolean' },
        context: nonEmpty,
        dockerignore: nonEmpty,
        layers: {
            type: 'array',
            items: {
                type: 'object',
                minProperties: 1,
                maxProperties: 1,
                additionalProperties: false,
                properties: layerSchemas,
            },
        },
        platforms: { type: ['array', 'string'], items: nonEmpty },
        registry: nonEmpty,
        name: nonEmpty,
        tag: nonEmpty,
    },
};

;// CONCATENATED MODULE: ./src/core/spec/suggest.ts
/** "Did you mean \u2026?" for a misspelt key: the closest known key by edit distance, if close enough. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known key nearest to `word` (case and `_`/`-` ignored first, then `aliases`: names other tools
 * use for the same thing), or undefined when none is near.
 */
function closestKey(word, known, aliases = {}) {
    const plain = (text) => text.toLowerCase().replace(/_/g, '-');
    const alias = aliases[plain(word)];
    if (alias && known.includes(alias))
        return alias;
    const exactish = known.find((key) => plain(key) === plain(word));
    if (exactish)
        return exactish;
    let best;
    for (const key of known) {
        const distance = editDistance(plain(word), plain(key));
        if (!best || distance < best.distance)
            best = { key, distance };
    }
    if (!best)
        return undefined;
    const allowed = Math.max(2, Math.floor(Math.max(word.length, best.key.length) / 3));
    return best.distance <= allowed ? best.key : undefined;
}

;// CONCATENATED MODULE: ./src/core/spec/substitute.ts
/**
 * `${VAR}` in env values, substituted from the environment when the spec is read (ZenML's
 * behaviour): the substituted value is what the Dockerfile holds and what is hashed. `$$` is a
 * literal `$`; any other `$` stays as written. An unset variable is an error naming it \u2014 an empty
 * value silently baked into an image is worse than a failed step.
 */
const REFERENCE = /\$\$|\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteVariables(text, env) {
    const unset = [];
    let bad;
    const value = text.replace(REFERENCE, (match, name) => {
        if (match === '$$')
            return '$';
        if (!NAME.test(name ?? '')) {
            bad ??= match;
            return match;
        }
        const found = env[name];
        if (found === undefined) {
            if (!unset.includes(name))
                unset.push(name);
            return '';
        }
        return found;
    });
    if (bad)
        return { bad };
    return unset.length > 0 ? { unset } : { value };
}

;// CONCATENATED MODULE: ./src/core/spec/yaml-source.ts
/**
 * A YAML document read for an image spec: every scalar a string (the failsafe schema, so `3.10`
 * stays "3.10"), duplicate keys rejected, and a way back from a field to its line.
 */

function readYamlSource(text, at = []) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const errors = doc.errors.map((error) => ({
        line: counter.linePos(error.pos[0]).line,
        message: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message,
    }));
    let value = errors.length > 0 ? undefined : doc.toJS();
    for (const part of at)
        value = value?.[part];
    const lineAt = (offset) => (offset === undefined ? undefined : counter.linePos(offset).line);
    const lineOf = (path) => {
        const full = [...at, ...path];
        for (let depth = full.length; depth >= 0; depth--) {
            const parts = full.slice(0, depth);
            const last = parts[parts.length - 1];
            if (typeof last === 'string' && depth > 0) {
                // A key: point at the key itself (a nested map's value starts on the next line).
                const parent = parts.length > 1 ? doc.getIn(parts.slice(0, -1), true) : doc.contents;
                if ((0,dist/* isMap */.jh)(parent)) {
                    const pair = parent.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === last);
                    if (pair && (0,dist/* isScalar */.jn)(pair.key))
                        return lineAt(pair.key.range?.[0]);
                }
                continue;
            }
            const node = depth === 0 ? doc.contents : doc.getIn(parts, true);
            const range = node?.range;
            if (range)
                return lineAt(range[0]);
        }
        return undefined;
    };
    return { value, errors, lineOf };
}
/** `layers[2].pip.packages` */
function fieldName(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
    return out;
}
/** ajv's instance path (`/layers/2/pip`) as parts, numbers where the value is a list. */
function pointerParts(pointer, value) {
    const parts = [];
    let current = value;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const part = Array.isArray(current) ? Number(key) : key;
        parts.push(part);
        current = current?.[part];
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/core/spec/types.ts
/**
 * An image spec after validation: what `image.yaml` declares, with every default applied, every
 * `${VAR}` substituted and every path made relative to the build context. Rendering
 * (render.ts) is a pure function of this and the few files it must read.
 */
/** A spec that cannot be used: every problem found, each with its line and field. */
class SpecError extends Error {
    fileName;
    problems;
    constructor(fileName, problems) {
        super(problems.map((problem) => formatProblem(fileName, problem)).join('\n'));
        this.fileName = fileName;
        this.problems = problems;
        this.name = 'SpecError';
    }
}
/** `image.yaml:7: layers[2].pipp: unknown key 'pipp' (did you mean 'pip'?)` \u2014 the compiler form editors link. */
function formatProblem(fileName, problem) {
    return `${fileName}${problem.line ? `:${problem.line}` : ''}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

;// CONCATENATED MODULE: ./src/core/spec/parse.ts
/**
 * Reads an image spec: YAML \u2192 JSON Schema (ajv) \u2192 the rules a schema cannot say \u2192 an ImageSpec with
 * defaults applied, `${VAR}` substituted and paths made relative to the context. Every problem is
 * collected, each with its file, line and field (and a "did you mean" for a misspelt key), so one
 * run shows them all. Pure: text, folder names and the environment in; no file is read here.
 */










/** Names Flyte's Image / ImageSpec and ZenML's DockerSettings use, pointing at ours. */
const ALIASES = {
    'apt-packages': 'apt',
    packages: 'pip',
    'pip-packages': 'pip',
    'with-pip-packages': 'pip',
    environment: 'env',
    'env-vars': 'env',
    'parent-image': 'parent',
    'base-image': 'base',
    'python-version': 'debian-python',
    'source-root': 'source',
    'source-folder': 'source',
    copy: 'source',
    platform: 'platforms',
    'target-repository': 'name',
    'build-context-root': 'context',
    'requirements-file': 'requirements',
    'uv-lock': 'uv-lock',
};
const parse_ajv = new ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: true, verbose: true });
const validateSchema = parse_ajv.compile(specSchema);
const SAFE_PATH = /^[A-Za-z0-9._@+/-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APT_PACKAGE = /^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9-]+)?(?:=[A-Za-z0-9.+~:-]+)?$/;
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PYTHON_VERSION = /^3\.\d{1,2}(?:\.\d{1,2})?$/;
const TYPE_WORDS = {
    array: 'a list',
    object: 'a map',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
};
function typeWords(type) {
    const types = Array.isArray(type) ? type : [type];
    return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}
/** Problems found so far; fields are named from the document root (`images[1].spec.layers[0]` inline). */
class Problems {
    source;
    at;
    list = [];
    constructor(source, at) {
        this.source = source;
        this.at = at;
    }
    add(where, message) {
        const line = this.source.lineOf(where);
        this.list.push({ ...(line !== undefined ? { line } : {}), field: fieldName([...this.at, ...where]), message });
    }
    origin(where) {
        return { line: this.source.lineOf(where) ?? 1, field: fieldName([...this.at, ...where]) };
    }
}
function schemaProblems(errors, value, problems) {
    const seen = new Set();
    for (const error of errors) {
        const where = pointerParts(error.instancePath, value);
        let at = where;
        let message;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const known = Object.keys(error.parentSchema?.properties ?? {});
                const suggestion = closestKey(key, known, ALIASES);
                at = [...where, key];
                message = `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ` (known keys: ${known.join(', ')})`}`;
                break;
            }
            case 'required':
                message = `needs '${String(error.params.missingProperty)}'`;
                break;
            case 'type':
                message = `must be ${typeWords(error.params.type)}`;
                break;
            case 'minLength':
                message = 'must not be empty';
                break;
            case 'minProperties':
                message =
                    'a layer is a map with one key naming its kind (apt, pip, requirements, uv-project, source, env, workdir, commands, user)';
                break;
            case 'maxProperties': {
                const keys = Object.keys(error.data ?? {});
                message = `a layer has exactly one kind, found ${keys.map((k) => `'${k}'`).join(' and ')}: write each as its own list item`;
                break;
            }
            default:
                message = error.message ?? 'is not valid';
        }
        const key = `${fieldName(at)}|${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.add(at, message);
    }
}
const asList = (value) => (Array.isArray(value) ? value : []);
const sortedUnique = (items) => [...new Set(items)].sort();
class SpecReader {
    input;
    problems;
    specDir;
    contextDir;
    constructor(input, problems) {
        this.input = input;
        this.problems = problems;
        this.specDir = external_node_path_default().posix.resolve(input.specDir.split((external_node_path_default()).sep).join('/'));
        this.contextDir = this.specDir;
    }
    /** A named file or folder, relative to the context (which must hold it). */
    contextPath(value, where) {
        const resolved = external_node_path_default().posix.resolve(this.specDir, value);
        const relative = external_node_path_default().posix.relative(this.contextDir, resolved);
        if (relative.startsWith('..') || external_node_path_default().posix.isAbsolute(relative)) {
            const context = this.contextDir === this.specDir ? "(the spec's folder)" : `'${this.shown(this.contextDir)}'`;
            this.problems.add(where, `'${value}' is outside the build context ${context}: set context: to a folder that holds it`);
            return value;
        }
        if (!SAFE_PATH.test(relative || '.')) {
            this.problems.add(where, `'${value}': use letters, digits and . _ - @ + / in the paths a spec names`);
        }
        return relative || '.';
    }
    /** A file the renderer reads but does not copy: relative to the context, `..` allowed. */
    readPath(value) {
        return external_node_path_default().posix.relative(this.contextDir, external_node_path_default().posix.resolve(this.specDir, value));
    }
    shown(dir) {
        return external_node_path_default().posix.relative(this.specDir, dir) || '.';
    }
    secretMounts(value, where) {
        const mounts = [];
        asList(value).forEach((raw, index) => {
            const item = raw;
            const at = [...where, index];
            const id = String(item.id);
            if (!SECRET_ID.test(id))
                this.problems.add([...at, 'id'], `'${id}' is not a secret id: use letters, digits, . _ -`);
            const env = item.env;
            const target = item.target;
            if ((env === undefined) === (target === undefined)) {
                this.problems.add(at, "give exactly one of env (a variable name) or target (a file path) for the secret's value");
            }
            else if (env !== undefined && !ENV_NAME.test(env)) {
                this.problems.add([...at, 'env'], `'${env}' is not a variable name`);
            }
            else if (target !== undefined && !(target.startsWith('/') && SAFE_PATH.test(target))) {
                this.problems.add([...at, 'target'], `'${target}' must be an absolute path of letters, digits and . _ - @ + /`);
            }
            mounts.push({ id, ...(env !== undefined ? { env } : {}), ...(target !== undefined ? { target } : {}) });
        });
        // Ids are what is hashed and passed to the builder: one mount per id, in a stable order.
        return [...new Map(mounts.map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    pipOptions(raw, where) {
        const urls = [];
        if (typeof raw['index-url'] === 'string')
            urls.push([raw['index-url'], [...where, 'index-url']]);
        asList(raw['extra-index-urls']).forEach((url, i) => urls.push([url, [...where, 'extra-index-urls', i]]));
        for (const [url, at] of urls) {
            if (!/^https?:\/\/[^\s]+$/.test(url))
                this.problems.add(at, `'${url}' is not an http(s) URL`);
            else if (/^https?:\/\/[^/@]*@/.test(url)) {
                this.problems.add(at, 'holds credentials, which would end up in the Dockerfile, the image history and the hash: use a secret mount (env) instead');
            }
        }
        const extraArgs = asList(raw['extra-args']);
        extraArgs.forEach((arg, i) => {
            if (/[\r\n]/.test(arg))
                this.problems.add([...where, 'extra-args', i], 'must be one line');
        });
        return {
            ...(typeof raw['index-url'] === 'string' ? { indexUrl: raw['index-url'] } : {}),
            extraIndexUrls: asList(raw['extra-index-urls']),
            pre: raw.pre === true,
            extraArgs,
            secretMounts: this.secretMounts(raw['secret-mounts'], [...where, 'secret-mounts']),
        };
    }
    pipPackages(list, where) {
        list.forEach((spec, i) => {
            if (spec.startsWith('-'))
                this.problems.add([...where, i], `'${spec}' is an option, not a package: put it in extra-args`);
            else if (/[\r\n]/.test(spec))
                this.problems.add([...where, i], 'must be one line');
        });
        return sortedUnique(list.map((spec) => spec.trim()));
    }
    requirementsFile(value, where) {
        if (!value.endsWith('.txt')) {
            this.problems.add(where, `'${value}' must be a .txt requirements file (as Flyte requires); for pyproject.toml + uv.lock use uv-project`);
        }
        return this.contextPath(value, where);
    }
    layer(raw, index, state) {
        const kind = Object.keys(raw)[0];
        const value = raw[kind];
        const where = ['layers', index, kind];
        const origin = this.problems.origin(['layers', index]);
        const long = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});
        switch (kind) {
            case 'apt': {
                const packages = Array.isArray(value) ? value : asList(long.packages);
                const listAt = Array.isArray(value) ? where : [...where, 'packages'];
                packages.forEach((name, i) => {
                    if (!APT_PACKAGE.test(name))
                        this.problems.add([...listAt, i], `'${name}' is not an apt package: write name or name=version`);
                });
                if (packages.length === 0)
                    this.problems.add(listAt, 'lists no package');
                return {
                    kind,
                    packages: sortedUnique(packages),
                    secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
                    origin,
                };
            }
            case 'pip': {
                const packages = this.pipPackages(Array.isArray(value) ? value : asList(long.packages), Array.isArray(value) ? where : [...where, 'packages']);
                const requirements = asList(long.requirements).map((file, i) => this.requirementsFile(file, [...where, 'requirements', i]));
                if (packages.length === 0 && requirements.length === 0)
                    this.problems.add(where, 'lists no package and no requirements file');
                return { kind, packages, requirements: [...new Set(requirements)], options: this.pipOptions(long, where), origin };
            }
            case 'requirements': {
                const file = typeof value === 'string' ? value : String(long.file);
                return {
                    kind,
                    file: this.requirementsFile(file, typeof value === 'string' ? where : [...where, 'file']),
                    options: this.pipOptions(long, where),
                    origin,
                };
            }
            case 'uv-project': {
                const pyproject = typeof value === 'string' ? value : String(long.pyproject);
                const pyAt = typeof value === 'string' ? where : [...where, 'pyproject'];
                if (external_node_path_default().posix.basename(pyproject) !== 'pyproject.toml')
                    this.problems.add(pyAt, `'${pyproject}' must be a pyproject.toml`);
                const lock = typeof long['uv-lock'] === 'string' ? long['uv-lock'] : external_node_path_default().posix.join(external_node_path_default().posix.dirname(pyproject), 'uv.lock');
                return {
                    kind,
                    pyproject: this.contextPath(pyproject, pyAt),
                    lock: this.contextPath(lock, typeof long['uv-lock'] === 'string' ? [...where, 'uv-lock'] : pyAt),
                    secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
                    origin,
                };
            }
            case 'source': {
                const src = typeof value === 'string' ? value : String(long.src);
                const dst = typeof long.dst === 'string' ? long.dst : '.';
                const dstAt = typeof long.dst === 'string' ? [...where, 'dst'] : where;
                if (!SAFE_PATH.test(dst))
                    this.problems.add(dstAt, `'${dst}': use letters, digits and . _ - @ + / in paths`);
                else if (!dst.startsWith('/') && !state.workdir) {
                    this.problems.add(dstAt, typeof long.dst === 'string'
                        ? `'${dst}' is relative, and no workdir layer comes before it: give an absolute dst or add a workdir layer first`
                        : 'has no dst, and no workdir layer comes before it to copy into: give {src, dst: /absolute/path} or add a workdir layer first');
                }
                return { kind, src: this.contextPath(src, typeof value === 'string' ? where : [...where, 'src']), dst, origin };
            }
            case 'env': {
                const values = {};
                for (const [name, text] of Object.entries(long).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
                    const at = [...where, name];
                    if (!ENV_NAME.test(name)) {
                        this.problems.add(at, `'${name}' is not an environment variable name (letters, digits, _; not starting with a digit)`);
                        continue;
                    }
                    const result = substituteVariables(String(text), this.input.env);
                    if ('bad' in result)
                        this.problems.add(at, `'${result.bad}' is not a variable reference: write \${NAME}, or $$ for a literal $`);
                    else if (result.unset) {
                        this.problems.add(at, `${result.unset.map((n) => `\${${n}}`).join(', ')} ${result.unset.length === 1 ? 'is' : 'are'} not set in the environment: set ${result.unset.length === 1 ? 'it' : 'them'} (an empty value is allowed) or remove the reference`);
                    }
                    else if (/[\r\n]/.test(result.value))
                        this.problems.add(at, 'must be one line');
                    else
                        values[name] = result.value;
                }
                if (Object.keys(long).length === 0)
                    this.problems.add(where, 'sets no variable');
                return { kind, values, origin };
            }
            case 'workdir': {
                const dir = String(value);
                if (!dir.startsWith('/') || !SAFE_PATH.test(dir))
                    this.problems.add(where, `'${dir}' must be an absolute path of letters, digits and . _ - @ + /`);
                state.workdir = true;
                return { kind, path: dir, origin };
            }
            case 'commands': {
                const run = Array.isArray(value) ? value : asList(long.run);
                const listAt = Array.isArray(value) ? where : [...where, 'run'];
                run.forEach((command, i) => {
                    if (/[\r\n]/.test(command))
                        this.problems.add([...listAt, i], 'a command is one line (each becomes a RUN): write several list items');
                    else if (/\\\s*$/.test(command))
                        this.problems.add([...listAt, i], 'must not end with \\ (it would join the next Dockerfile line)');
                    else if (/^\s*RUN\s/i.test(command))
                        this.problems.add([...listAt, i], "write the command without 'RUN' (it is added)");
                });
                if (run.length === 0)
                    this.problems.add(listAt, 'lists no command');
                return { kind, run, secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']), origin };
            }
            case 'user': {
                const name = typeof value === 'string' ? value : String(long.name);
                const uid = typeof long.uid === 'number' ? long.uid : 1000;
                const nameAt = typeof value === 'string' ? where : [...where, 'name'];
                if (name === 'root')
                    this.problems.add(nameAt, 'must not be root: the user layer is for running as a non-root user');
                else if (!USER_NAME.test(name))
                    this.problems.add(nameAt, `'${name}' is not a user name (lower-case letters, digits, _ -; at most 32)`);
                if (uid <= 0 || uid > 2147483647)
                    this.problems.add([...where, 'uid'], `${uid} is not a non-root uid (1 to 2147483647)`);
                return { kind, name, uid, origin };
            }
            default:
                return undefined;
        }
    }
    base(raw) {
        const given = [...BASE_KEYS, 'parent'].filter((key) => raw[key] !== undefined);
        const skipBuild = raw['skip-build'] === true;
        if (skipBuild) {
            if (raw.parent === undefined) {
                this.problems.add(['skip-build'], 'needs parent: the image to use as is (ZenML rejects skip_build without parent_image too)');
                return undefined;
            }
            for (const key of given.filter((k) => k !== 'parent'))
                this.problems.add([key], 'skip-build uses parent as is: remove this base, or remove skip-build to build on it');
            if (Array.isArray(raw.layers) && raw.layers.length > 0) {
                this.problems.add(['layers'], 'skip-build uses parent as is, so nothing can be added: remove the layers, or remove skip-build and write base: instead of parent:');
            }
        }
        else if (raw.parent !== undefined) {
            this.problems.add(['parent'], 'is only for skip-build: true; to build on an image, write base:');
            return undefined;
        }
        if (given.length === 0) {
            this.problems.add([], `has no base: give one of ${BASE_KEYS.join(', ')}`);
            return undefined;
        }
        if (given.length > 1 && !skipBuild) {
            this.problems.add([given[1]], `two bases (${given.map((k) => `'${k}'`).join(' and ')}): give exactly one`);
            return undefined;
        }
        const key = skipBuild ? 'parent' : given[0];
        const origin = this.problems.origin([key]);
        const image = (ref, at) => {
            try {
                (0,image_ref/* parseImageRef */.Q)(ref);
            }
            catch (error) {
                if (!(error instanceof image_ref/* ImageRefError */.z0))
                    throw error;
                this.problems.add(at, error.message);
            }
            return ref;
        };
        switch (key) {
            case 'parent':
                return { kind: 'parent', image: image(String(raw.parent), ['parent']), origin };
            case 'base':
                return { kind: 'base', image: image(String(raw.base), ['base']), origin };
            case 'debian-python': {
                const value = raw['debian-python'];
                const python = typeof value === 'string' ? value : String(value.python);
                const at = typeof value === 'string' ? ['debian-python'] : ['debian-python', 'python'];
                if (!PYTHON_VERSION.test(python))
                    this.problems.add(at, `'${python}' is not a Python version such as "3.12"`);
                return { kind: 'debian-python', python, image: `python:${python}-slim-bookworm`, origin };
            }
            case 'dockerfile':
                return { kind: 'dockerfile', path: String(raw.dockerfile), origin };
            default: {
                const value = raw['uv-script'];
                const script = typeof value === 'string' ? value : String(value.script);
                const python = typeof value === 'object' && value !== null ? value.python : undefined;
                if (python !== undefined && !PYTHON_VERSION.test(python))
                    this.problems.add(['uv-script', 'python'], `'${python}' is not a Python version such as "3.12"`);
                return { kind: 'uv-script', path: script, ...(python !== undefined ? { python } : {}), origin };
            }
        }
    }
}
/** Parses and checks a spec; throws SpecError listing every problem. */
function parseImageSpec(input) {
    const source = readYamlSource(input.text, input.at);
    const at = input.at ?? [];
    if (source.errors.length > 0) {
        throw new SpecError(input.fileName, source.errors.map((error) => ({
            ...(error.line !== undefined ? { line: error.line } : {}),
            field: '',
            message: `not valid YAML: ${error.message}`,
        })));
    }
    const problems = new Problems(source, at);
    const value = source.value;
    if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
        problems.add([], 'must be a map of keys (base, layers, platforms, \u2026)');
        throw new SpecError(input.fileName, problems.list);
    }
    if (!validateSchema(value)) {
        schemaProblems(validateSchema.errors ?? [], value, problems);
        throw new SpecError(input.fileName, problems.list);
    }
    const raw = value;
    const reader = new SpecReader(input, problems);
    if (typeof raw.context === 'string')
        reader.contextDir = external_node_path_default().posix.resolve(reader.specDir, raw.context);
    const base = reader.base(raw);
    if (base?.kind === 'dockerfile') {
        const file = external_node_path_default().posix.resolve(reader.specDir, base.path);
        if (typeof raw.context !== 'string')
            reader.contextDir = external_node_path_default().posix.dirname(file);
        base.path = external_node_path_default().posix.relative(reader.contextDir, file);
        if (Array.isArray(raw.layers) && raw.layers.length > 0) {
            problems.add(['layers', 0], 'a layer after dockerfile: the Dockerfile is opaque (as in Flyte), so layers cannot be added to it: put these steps in the Dockerfile, or use base: with layers');
        }
    }
    if (base?.kind === 'uv-script')
        base.path = reader.readPath(base.path);
    const state = { workdir: false };
    const layers = [];
    asList(raw.layers).forEach((item, index) => {
        const layer = reader.layer(item, index, state);
        if (layer)
            layers.push(layer);
    });
    let platforms = [];
    if (raw.platforms !== undefined) {
        const list = Array.isArray(raw.platforms)
            ? raw.platforms
            : String(raw.platforms)
                .split(/[,\n]/)
                .map((p) => p.trim())
                .filter(Boolean);
        try {
            platforms = (0,core_platforms/* normalizePlatforms */.em)(list, 'platforms', input.hostPlatform);
        }
        catch (error) {
            problems.add(['platforms'], (0,errors/* errorMessage */.gJ)(error).replace(/^Input 'platforms': /, ''));
        }
    }
    let imageName;
    if (typeof raw.registry === 'string' && typeof raw.name !== 'string')
        problems.add(['registry'], 'needs name: the repository inside the registry');
    if (typeof raw.name === 'string') {
        imageName = typeof raw.registry === 'string' ? `${raw.registry.replace(/\/+$/, '')}/${raw.name}` : raw.name;
        try {
            (0,image_ref/* parseRepository */.SU)(imageName);
        }
        catch (error) {
            if (!(error instanceof image_ref/* ImageRefError */.z0))
                throw error;
            problems.add(['name'], `'${imageName}': ${error.message}`);
        }
    }
    if (typeof raw.tag === 'string' && !(0,image_ref/* isValidTag */.r_)(raw.tag))
        problems.add(['tag'], `'${raw.tag}' is not a valid tag`);
    if (problems.list.length > 0 || !base)
        throw new SpecError(input.fileName, problems.list);
    return {
        fileName: input.fileName,
        specDir: reader.specDir,
        contextDir: reader.contextDir,
        ...(typeof raw.dockerignore === 'string' ? { dockerignore: external_node_path_default().posix.resolve(reader.specDir, raw.dockerignore) } : {}),
        base,
        layers,
        platforms,
        ...(imageName ? { imageName } : {}),
        ...(typeof raw.tag === 'string' ? { tag: raw.tag } : {}),
        skipBuild: raw['skip-build'] === true,
    };
}

;// CONCATENATED MODULE: ./src/core/spec/uv-script.ts
/**
 * The inline metadata of a Python script (PEP 723), as Flyte's `Image.from_uv_script` reads it:
 * the `# /// script` block, whose TOML gives `requires-python` and `dependencies`. Only the
 * top-level keys are read (a small TOML subset: strings and arrays of strings); tables such as
 * `[tool.uv]` end the part that matters.
 */
/** PEP 723's reference regular expression. */
const BLOCK = /^# \/\/\/ ([a-zA-Z0-9-]+)$\s((?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;
class ScriptMetadataError extends Error {
}
function readScriptMetadata(script) {
    const blocks = [...script.replace(/\r\n/g, '\n').matchAll(BLOCK)].filter((match) => match[1] === 'script');
    if (blocks.length === 0) {
        throw new ScriptMetadataError("it has no '# /// script' block (PEP 723) naming its dependencies");
    }
    if (blocks.length > 1)
        throw new ScriptMetadataError("it has more than one '# /// script' block (PEP 723 allows one)");
    const toml = (blocks[0]?.[2] ?? '')
        .split('\n')
        .map((line) => (line.startsWith('# ') ? line.slice(2) : line.slice(1)))
        .join('\n');
    const values = readTopLevelStrings(toml);
    const requiresPython = values.get('requires-python');
    const dependencies = values.get('dependencies') ?? [];
    if (requiresPython !== undefined && typeof requiresPython !== 'string')
        throw new ScriptMetadataError('requires-python is not a string');
    if (!Array.isArray(dependencies))
        throw new ScriptMetadataError('dependencies is not an array of strings');
    return { ...(requiresPython !== undefined ? { requiresPython } : {}), dependencies };
}
/** `>=3.11`, `==3.12.*`, `~=3.10`: the Python (major.minor) to install; undefined when no clause says it. */
function pythonFromRequirement(requirement) {
    for (const clause of requirement.split(',')) {
        const match = /^\s*(?:>=|==|~=|===)\s*(\d+)\.(\d+)/.exec(clause);
        if (match)
            return `${match[1]}.${match[2]}`;
    }
    return undefined;
}
/** Top-level `key = "string"` and `key = ["a", "b"]` pairs, up to the first table header. */
function readTopLevelStrings(toml) {
    const values = new Map();
    let i = 0;
    const skipBlank = (newlines) => {
        while (i < toml.length) {
            const ch = toml[i];
            if (ch === '#')
                while (i < toml.length && toml[i] !== '\n')
                    i++;
            else if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n'))
                i++;
            else
                break;
        }
    };
    const fail = (what) => {
        const line = toml.slice(0, i).split('\n').length;
        throw new ScriptMetadataError(`its '# /// script' block is not TOML this reader understands (line ${line}: ${what})`);
    };
    const readString = () => {
        const quote = toml[i];
        if (toml.startsWith(quote.repeat(3), i))
            fail('multi-line strings are not supported');
        i++;
        let out = '';
        while (i < toml.length && toml[i] !== quote) {
            if (toml[i] === '\n')
                fail('unterminated string');
            if (quote === '"' && toml[i] === '\\') {
                const next = toml[i + 1] ?? '';
                const escapes = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
                if (!(next in escapes))
                    fail(`unsupported escape \\${next}`);
                out += escapes[next];
                i += 2;
                continue;
            }
            out += toml[i];
            i++;
        }
        if (i >= toml.length)
            fail('unterminated string');
        i++;
        return out;
    };
    const readValue = () => {
        const ch = toml[i];
        if (ch === '"' || ch === "'")
            return readString();
        if (ch === '[') {
            i++;
            const items = [];
            for (;;) {
                skipBlank(true);
                if (toml[i] === ']') {
                    i++;
                    return items;
                }
                if (toml[i] !== '"' && toml[i] !== "'")
                    fail('arrays must hold strings');
                items.push(readString());
                skipBlank(true);
                if (toml[i] === ',')
                    i++;
                else if (toml[i] !== ']')
                    fail("expected ',' or ']'");
            }
        }
        return fail('values must be strings or arrays of strings');
    };
    for (;;) {
        skipBlank(true);
        if (i >= toml.length || toml[i] === '[')
            break;
        const key = /^(?:[A-Za-z0-9_-]+|"[^"\n]*")/.exec(toml.slice(i))?.[0];
        if (!key)
            fail('expected a key');
        i += key.length;
        skipBlank(false);
        if (toml[i] !== '=')
            fail("expected '='");
        i++;
        skipBlank(false);
        values.set(key.replace(/^"|"$/g, ''), readValue());
        skipBlank(false);
        if (i < toml.length && toml[i] !== '\n')
            fail('expected the end of the line');
    }
    return values;
}

;// CONCATENATED MODULE: ./src/core/spec/render.ts


/** The uv binary for uv-project layers, copied from Astral's image (resolved to a digest by the hash). */
const UV_IMAGE = 'ghcr.io/astral-sh/uv:0.8.13';
/** Where copied dependency files go inside the image (not the application's folders). */
const REQUIREMENTS_DIR = '/tmp/image-spec/requirements';
const UV_PROJECT_DIR = '/tmp/image-spec/uv-project';
const RENDER_HEADER = '# Rendered by image-actions from an image spec: change the spec, not this file.';
/** A word the shell reads back unchanged. */
function shellWord(text) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** An ENV value in double quotes: the Dockerfile parser would otherwise expand `$` and split on spaces. */
function envValue(text) {
    return `"${text.replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;
}
function mountFlag(mount) {
    return `--mount=type=secret,id=${mount.id},${mount.env !== undefined ? `env=${mount.env}` : `target=${mount.target}`}`;
}
class DockerfileWriter {
    lines = [];
    origins = [];
    add(origin, ...lines) {
        for (const line of lines) {
            this.lines.push(line);
            this.origins.push(origin);
        }
    }
    /** One RUN: `body` lines joined by continuations, secret mounts on the RUN line. */
    run(origin, mounts, body) {
        const lines = mounts.length > 0
            ? [`RUN ${mounts.map(mountFlag).join(' ')}`, ...body.map((l) => `    ${l}`)]
            : [`RUN ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)];
        this.add(origin, ...lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line)));
    }
    text() {
        return `${this.lines.join('\n')}\n`;
    }
}
/** `pip install --no-cache-dir <options>` then one argument per line. */
function pipInstall(options, args) {
    const flags = ['pip install --no-cache-dir'];
    if (options.indexUrl)
        flags.push(`--index-url ${shellWord(options.indexUrl)}`);
    for (const url of options.extraIndexUrls)
        flags.push(`--extra-index-url ${shellWord(url)}`);
    if (options.pre)
        flags.push('--pre');
    for (const arg of options.extraArgs)
        flags.push(shellWord(arg));
    return [flags.join(' '), ...args.map((arg) => `    ${arg}`)];
}
const needsRoot = new Set(['apt', 'pip', 'requirements', 'uv-project']);
const installs = needsRoot;
function orderWarnings(layers) {
    const warnings = [];
    layers.forEach((layer, i) => {
        if (layer.kind === 'source') {
            const later = layers.slice(i + 1).find((other) => installs.has(other.kind));
            if (later) {
                warnings.push({
                    line: layer.origin.line,
                    field: layer.origin.field,
                    message: `this source layer comes before ${later.origin.field} (${later.kind}): every change to the copied files reinstalls the packages. Put source layers after apt, pip, requirements and uv-project (Flyte's advice) so they keep their cache`,
                });
            }
        }
        if (layer.kind === 'user') {
            for (const other of layers.slice(i + 1).filter((o) => needsRoot.has(o.kind))) {
                warnings.push({
                    line: other.origin.line,
                    field: other.origin.field,
                    message: `this ${other.kind} layer runs as user '${layer.name}' (set by ${layer.origin.field}), which usually cannot install system-wide: put the user layer after it`,
                });
            }
        }
    });
    return warnings;
}
/** The value without its origin (line numbers are not what the image is made of). */
function withoutOrigin(value) {
    const copy = { ...value };
    delete copy.origin;
    return copy;
}
function recordOf(spec) {
    return {
        file: spec.fileName,
        base: withoutOrigin(spec.base),
        layers: spec.layers.map((layer) => withoutOrigin(layer)),
        skipBuild: spec.skipBuild,
    };
}
function userLines(name, uid, workdir) {
    const home = `/home/${name}`;
    const lines = [
        `if id -u ${name} >/dev/null 2>&1; then :;`,
        `elif command -v useradd >/dev/null 2>&1; then useradd --no-log-init --create-home --user-group --uid ${uid} --shell /bin/sh ${name};`,
        `elif command -v adduser >/dev/null 2>&1; then adduser -D -u ${uid} -s /bin/sh ${name};`,
        // Images with neither tool (busybox, distroless-like bases): the account files by hand.
        `else echo '${name}:x:${uid}:${uid}::${home}:/bin/sh' >> /etc/passwd && echo '${name}:x:${uid}:' >> /etc/group && mkdir -p ${home} && chown ${uid}:${uid} ${home}; fi`,
    ];
    if (workdir)
        lines.push(`&& chown -R ${name}:"$(id -g ${name})" ${workdir}`);
    return lines;
}
/** Renders the spec; `files` holds the text of the files it reads (see filesToRead), by context-relative path. */
function renderSpec(spec, files) {
    const record = recordOf(spec);
    const base = spec.base;
    if (base.kind === 'dockerfile') {
        const text = files.get(base.path);
        if (text === undefined)
            throw new Error(`renderSpec: the caller did not read ${base.path}`);
        return { mode: 'dockerfile', dockerfile: text, origins: [], contextPaths: [], secretIds: [], warnings: [], record };
    }
    const out = new DockerfileWriter();
    out.add(base.origin, RENDER_HEADER);
    if (base.kind === 'uv-script') {
        const text = files.get(base.path);
        if (text === undefined)
            throw new Error(`renderSpec: the caller did not read ${base.path}`);
        let metadata;
        try {
            metadata = readScriptMetadata(text);
        }
        catch (error) {
            if (!(error instanceof ScriptMetadataError))
                throw error;
            throw new SpecError(spec.fileName, [
                { line: base.origin.line, field: base.origin.field, message: `'${base.path}': ${error.message}` },
            ]);
        }
        const python = base.python ?? (metadata.requiresPython ? pythonFromRequirement(metadata.requiresPython) : undefined);
        if (!python) {
            const said = metadata.requiresPython
                ? `its requires-python '${metadata.requiresPython}' names no version to install`
                : 'it has no requires-python';
            throw new SpecError(spec.fileName, [
                {
                    line: base.origin.line,
                    field: base.origin.field,
                    message: `'${base.path}': ${said}; give one: uv-script: {script: ${base.path}, python: "3.12"}`,
                },
            ]);
        }
        const dependencies = [...new Set(metadata.dependencies.map((d) => d.trim()))].sort();
        record.base = { kind: 'uv-script', path: base.path, python, dependencies };
        out.add(base.origin, `FROM python:${python}-slim-bookworm`);
        if (dependencies.length > 0)
            out.run(base.origin, [], pipInstall({ extraIndexUrls: [], pre: false, extraArgs: [], secretMounts: [] }, dependencies.map(shellWord)));
    }
    else {
        out.add(base.origin, `FROM ${base.image}`);
    }
    const contextPaths = new Map();
    const need = (p, kind, origin) => {
        if (!contextPaths.has(p))
            contextPaths.set(p, { path: p, kind, origin });
    };
    const copyRequirements = (files, origin) => files.map((file) => {
        need(file, 'file', origin);
        const target = `${REQUIREMENTS_DIR}/${file}`;
        out.add(origin, `COPY ${file} ${target}`);
        return target;
    });
    let workdir;
    let user;
    let uvCopied = false;
    for (const layer of spec.layers) {
        const origin = layer.origin;
        switch (layer.kind) {
            case 'apt':
                out.run(origin, layer.secretMounts, [
                    'apt-get update',
                    '&& apt-get install -y --no-install-recommends',
                    ...layer.packages.map((p) => `    ${p}`),
                    '&& rm -rf /var/lib/apt/lists/*',
                ]);
                break;
            case 'pip': {
                // ZenML's order: requirements files first, then the packages named one by one.
                if (layer.requirements.length > 0) {
                    const targets = copyRequirements(layer.requirements, origin);
                    out.run(origin, layer.options.secretMounts, pipInstall(layer.options, targets.map((t) => `-r ${t}`)));
                }
                if (layer.packages.length > 0)
                    out.run(origin, layer.options.secretMounts, pipInstall(layer.options, layer.packages.map(shellWord)));
                break;
            }
            case 'requirements': {
                const [target] = copyRequirements([layer.file], origin);
                out.run(origin, layer.options.secretMounts, pipInstall(layer.options, [`-r ${target}`]));
                break;
            }
            case 'uv-project': {
                need(layer.pyproject, 'file', origin);
                need(layer.lock, 'file', origin);
                const dir = layer.pyproject.includes('/')
                    ? `${UV_PROJECT_DIR}/${layer.pyproject.slice(0, layer.pyproject.lastIndexOf('/'))}`
                    : UV_PROJECT_DIR;
                if (!uvCopied)
                    out.add(origin, `COPY --from=${UV_IMAGE} /uv /usr/local/bin/uv`);
                uvCopied = true;
                out.add(origin, `COPY ${layer.pyproject} ${dir}/pyproject.toml`, `COPY ${layer.lock} ${dir}/uv.lock`);
                // uv exports exactly what the lock pins (no resolution) and installs it into the image's Python.
                out.run(origin, layer.secretMounts, [
                    `uv export --project ${dir} --frozen --no-dev --no-emit-project --format requirements-txt --output-file ${dir}/requirements.txt`,
                    `&& uv pip install --system --no-cache -r ${dir}/requirements.txt`,
                ]);
                break;
            }
            case 'source':
                need(layer.src, 'any', origin);
                out.add(origin, `COPY ${user ? `--chown=${user} ` : ''}${layer.src} ${layer.dst}`);
                break;
            case 'env': {
                const pairs = Object.entries(layer.values).map(([name, value]) => `${name}=${envValue(value)}`);
                out.add(origin, ...pairs.map((pair, i) => `${i === 0 ? 'ENV ' : '    '}${pair}${i < pairs.length - 1 ? ' \\' : ''}`));
                break;
            }
            case 'workdir':
                workdir = layer.path;
                out.add(origin, `WORKDIR ${layer.path}`);
                break;
            case 'commands':
                for (const command of layer.run)
                    out.run(origin, layer.secretMounts, [command]);
                break;
            case 'user':
                out.run(origin, [], userLines(layer.name, layer.uid, workdir));
                out.add(origin, `USER ${layer.name}`);
                user = layer.name;
                break;
        }
    }
    const secretIds = [
        ...new Set(spec.layers.flatMap((layer) => ('secretMounts' in layer ? layer.secretMounts : 'options' in layer ? layer.options.secretMounts : []).map((m) => m.id))),
    ].sort();
    return {
        mode: spec.skipBuild ? 'skip' : 'staged',
        dockerfile: out.text(),
        origins: out.origins,
        contextPaths: [...contextPaths.values()],
        secretIds,
        warnings: orderWarnings(spec.layers),
        record,
    };
}
/** The files renderSpec reads (context-relative, `..` allowed): the uv script or the opaque Dockerfile. */
function filesToRead(spec) {
    return spec.base.kind === 'uv-script' || spec.base.kind === 'dockerfile' ? [spec.base.path] : [];
}

// EXTERNAL MODULE: ./src/runtime/workspace.ts
var runtime_workspace = __webpack_require__(9333);
;// CONCATENATED MODULE: ./src/spec/load-spec.ts
/**
 * Reads an image spec from disk: the spec file (or an inline entry of images.yaml), the files the
 * renderer reads, and checks on every file the spec names (it exists, it is what the layer needs,
 * it stays inside the workspace, `.dockerignore` does not exclude it). Bad input fails here, before
 * anything is staged or built, with one InputError listing every problem by file, line and field.
 */











/** A spec that cannot be used, as an input error that still carries each problem's line and field (validate reports them one by one). */
class SpecInputError extends errors/* InputError */.dz {
    problems;
    constructor(problems, input, problem, fix) {
        super(input, problem, fix);
        this.problems = problems;
    }
}
/** `path` or `path#entry` (an inline spec in an images file), resolved against the workspace. */
function parseSpecReference(value, workspace) {
    const hash = value.lastIndexOf('#');
    const file = hash > 0 ? value.slice(0, hash) : value;
    const entry = hash > 0 ? value.slice(hash + 1) : undefined;
    return { file: external_node_path_default().resolve(workspace, file), ...(entry ? { entry } : {}) };
}
function errorCode(error) {
    return error.code ?? 'error';
}
/** The entry's index in images.yaml, for an inline spec. */
function inlineEntryPath(text, reference, input, shown) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, `${shown} is not YAML: ${error.message.split('\n')[0]}`, 'Fix the images file');
    }
    const images = document?.images;
    const index = Array.isArray(images) ? images.findIndex((image) => image?.name === reference.entry) : -1;
    if (index < 0)
        throw new errors/* InputError */.dz(input, `${shown} has no image named '${reference.entry}'`, 'Give an entry name of its images list');
    if (typeof images?.[index]?.spec !== 'object' || images[index].spec === null) {
        throw new errors/* InputError */.dz(input, `the entry '${reference.entry}' of ${shown} has no inline spec: map`, 'Point at the spec file itself instead');
    }
    return ['images', index, 'spec'];
}
function loadSpec(reference, options) {
    const input = options.input ?? 'spec';
    const workspace = external_node_path_default().resolve(options.workspace);
    const shown = external_node_path_default().relative(workspace, reference.file).split((external_node_path_default()).sep).join('/') || external_node_path_default().basename(reference.file);
    if (!(0,runtime_workspace/* isInside */.FK)(workspace, reference.file)) {
        throw new errors/* InputError */.dz(input, `'${reference.file}' is outside the workspace ${workspace}`, 'Give a spec inside the checked-out repository');
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(reference.file, 'utf8');
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            throw new errors/* InputError */.dz(input, `${shown} does not exist`, 'Give the path of the spec file, relative to the workspace');
        throw new errors/* InputError */.dz(input, `cannot read ${shown} (${errorCode(error)})`, 'Make the spec file readable');
    }
    const at = reference.entry ? inlineEntryPath(text, reference, input, shown) : [];
    const fail = (fileName, problems) => {
        const lines = problems.map((problem) => formatProblem(fileName, problem));
        throw new SpecInputError(problems, input, lines.length === 1 ? lines[0] : `${fileName} has ${lines.length} problems:\n  - ${lines.join('\n  - ')}\n`, 'Fix the spec (its keys are described under "Declare an image instead of writing a Dockerfile" in the README)');
    };
    let spec;
    try {
        spec = parseImageSpec({ text, fileName: shown, specDir: external_node_path_default().dirname(reference.file), at, env: options.env ?? process.env });
    }
    catch (error) {
        if (error instanceof SpecError)
            return fail(error.fileName, error.problems);
        throw error;
    }
    const problems = [];
    const at0 = (origin, message) => problems.push({ line: origin.line, field: origin.field, message });
    const contextDir = external_node_path_default().resolve(spec.contextDir);
    const fromSpec = (absolute) => external_node_path_default().relative(external_node_path_default().dirname(reference.file), absolute).split((external_node_path_default()).sep).join('/') || '.';
    if (!(0,runtime_workspace/* isInside */.FK)(workspace, contextDir)) {
        problems.push({ field: 'context', message: `the build context ${contextDir} is outside the workspace ${workspace}` });
        return fail(shown, problems);
    }
    // A path that a symlink takes out of the workspace is refused, as for the dockerfile input.
    const insideReally = (absolute) => {
        try {
            return (0,runtime_workspace/* isInside */.FK)((0,external_node_fs_.realpathSync)(workspace), (0,external_node_fs_.realpathSync)(absolute));
        }
        catch {
            return true; // missing: reported by the existence check
        }
    };
    const files = new Map();
    for (const relative of filesToRead(spec)) {
        const absolute = external_node_path_default().resolve(contextDir, relative);
        const origin = spec.base.origin;
        if (!(0,runtime_workspace/* isInside */.FK)(workspace, absolute) || !insideReally(absolute)) {
            at0(origin, `'${fromSpec(absolute)}' is outside the workspace`);
            continue;
        }
        try {
            if (!(0,external_node_fs_.statSync)(absolute).isFile())
                at0(origin, `'${fromSpec(absolute)}' is not a file`);
            else
                files.set(relative, (0,external_node_fs_.readFileSync)(absolute, 'utf8'));
        }
        catch (error) {
            at0(origin, errorCode(error) === 'ENOENT'
                ? `'${fromSpec(absolute)}' does not exist`
                : `cannot read '${fromSpec(absolute)}' (${errorCode(error)})`);
        }
    }
    if (problems.length > 0)
        return fail(shown, problems);
    let rendered;
    try {
        rendered = renderSpec(spec, files);
    }
    catch (error) {
        if (error instanceof SpecError)
            return fail(error.fileName, error.problems);
        throw error;
    }
    // The ignore file: `dockerignore:` or the context's own, applied to what the spec copies.
    const ignoreFile = spec.dockerignore ? external_node_path_default().resolve(spec.dockerignore) : external_node_path_default().join(contextDir, '.dockerignore');
    let ignorePatterns = [];
    let usedIgnoreFile = null;
    try {
        ignorePatterns = readIgnorePatterns((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'));
        usedIgnoreFile = ignoreFile;
        new context_filter/* ContextFilter */.Y(ignorePatterns).visit('.probe', false);
    }
    catch (error) {
        if (error instanceof go_glob/* BadPatternError */.m)
            problems.push({ field: 'dockerignore', message: `${fromSpec(ignoreFile)}: ${error.message}` });
        else if (spec.dockerignore || errorCode(error) !== 'ENOENT') {
            problems.push({ field: 'dockerignore', message: `cannot read '${fromSpec(ignoreFile)}' (${errorCode(error)})` });
        }
    }
    for (const needed of rendered.contextPaths) {
        const absolute = external_node_path_default().join(contextDir, needed.path);
        const name = fromSpec(absolute);
        let stats;
        try {
            stats = (0,external_node_fs_.lstatSync)(absolute);
        }
        catch (error) {
            at0(needed.origin, errorCode(error) === 'ENOENT' ? `'${name}' does not exist` : `cannot read '${name}' (${errorCode(error)})`);
            continue;
        }
        if (!insideReally(absolute))
            at0(needed.origin, `'${name}' leads outside the workspace through a symlink`);
        else if (needed.kind === 'file' && !stats.isFile())
            at0(needed.origin, `'${name}' is not a file`);
        else if (needed.kind === 'any' && !stats.isFile() && !stats.isDirectory())
            at0(needed.origin, `'${name}' is neither a file nor a folder`);
        else if (usedIgnoreFile && excludedBy(ignorePatterns, needed.path, stats.isDirectory())) {
            at0(needed.origin, `'${name}' is excluded by ${fromSpec(usedIgnoreFile)}, so it could not be copied: remove the pattern that excludes it`);
        }
    }
    if (problems.length > 0)
        return fail(shown, problems);
    return { reference, spec, rendered, contextDir, ignoreFile: usedIgnoreFile, ignorePatterns };
}
/**
 * Is the path excluded, as Docker's walk would decide it? A folder counts as excluded only when
 * nothing inside it could come back (`!` exceptions re-include files of an excluded folder).
 */
function excludedBy(patterns, relative, isDir) {
    if (relative === '.')
        return false;
    const filter = new context_filter/* ContextFilter */.Y(patterns);
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const last = i === parts.length;
        const visit = filter.visit(parts.slice(0, i).join('/'), last ? isDir : true);
        if (visit.action === 'prune')
            return true;
        if (last)
            return visit.action === 'skip' && !isDir;
    }
    return false;
}


/***/ })

};
