export const id = 968;
export const ids = [968];
export const modules = {

/***/ 4152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ContextFilter)
/* harmony export */ });
/* harmony import */ var _pattern_matcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9649);
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
        this.matcher = patterns.length > 0 ? new _pattern_matcher_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternMatcher */ .PP(patterns) : undefined;
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
        const { matched, info } = this.matcher.matchesUsingParentResults(relativePath, parent?.info ?? _pattern_matcher_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyMatchInfo */ .Jj, isDir);
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

/***/ 637:
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

/***/ 3081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ignoreFileCandidates),
/* harmony export */   g: () => (/* binding */ readIgnorePatterns)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _go_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5636);
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
        let pattern = (0,_go_path_js__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(line);
        if (pattern === '')
            return;
        const invert = pattern[0] === '!';
        if (invert)
            pattern = (0,_go_path_js__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = (0,_go_path_js__WEBPACK_IMPORTED_MODULE_1__/* .goClean */ .AH)(pattern);
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
        { file: specific, label: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(contextDir, specific).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/') },
        { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(contextDir, '.dockerignore'), label: '.dockerignore' },
    ];
}


/***/ }),

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PP: () => (/* binding */ PatternMatcher),
  Jj: () => (/* binding */ emptyMatchInfo)
});

// UNUSED EXPORTS: Pattern, matchesDeprecated, matchesOrParentMatches

// EXTERNAL MODULE: ./src/core/dockerignore/go-path.ts
var go_path = __webpack_require__(5636);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(637);
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


/***/ })

};
