export const id = 96;
export const ids = [96];
export const modules = {

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseBuildSecrets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Build secrets, in the grammar of docker/build-push-action: three inputs, one `ID=…` per line,
 * split at the first `=`, so no line can be read two ways.
 * - `secrets`: `ID=VALUE`; the value reaches the builder in an environment variable of ours;
 * - `secret-envs`: `ID=VARIABLE`; the value is the step's environment variable of that name;
 * - `secret-files`: `ID=PATH`; the value is the file's content.
 * One parser for the hash (which keeps the ids only) and the builder (which mounts them), so the
 * ids hashed are always the ids built. Values never reach argv, a file we leave behind or the hash.
 * Pure: lines in, secrets and the extra builder environment out.
 */


/** What BuildKit and buildah accept as a secret id (and what is safe inside `--secret id=…,…`). */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const FORMS = {
    secrets: 'ID=VALUE, e.g. PIP_TOKEN=${{ secrets.PIP_TOKEN }}',
    'secret-envs': 'ID=VARIABLE, e.g. PIP_TOKEN=PIP_TOKEN',
    'secret-files': 'ID=PATH, e.g. netrc=.netrc',
};
function split(input, line) {
    const at = line.indexOf('=');
    // Never quote a `secrets` line: its value is a credential.
    const shown = input === 'secrets' ? 'a line' : `'${line}'`;
    if (at <= 0 || at === line.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${shown} is not ${FORMS[input].split(',')[0]}`, `Write one ${FORMS[input]} per line`);
    const id = line.slice(0, at).trim();
    const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
    if (!SECRET_ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    if (id === 'id') {
        // `id=…` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, "a line starts with 'id=', which reads as Docker's `--secret id=…` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
    }
    return { id, value };
}
function builderEnvName(index) {
    return `IMAGE_ACTIONS_SECRET_${index}`;
}
/** `workspace` resolves relative secret files. */
function parseBuildSecrets(lines, workspace) {
    const secrets = [];
    const environment = {};
    const values = [];
    const seen = new Map();
    const add = (input, secret) => {
        const first = seen.get(secret.id);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`, 'Give each secret id once');
        seen.set(secret.id, input);
        secrets.push(secret);
    };
    for (const line of lines.secrets ?? []) {
        const { id, value } = split('secrets', line);
        const variable = builderEnvName(secrets.length);
        environment[variable] = value;
        values.push(value);
        add('secrets', { id, env: variable });
    }
    for (const line of lines.secretEnvs ?? []) {
        const { id, value } = split('secret-envs', line);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-envs', `'${value}' is not an environment variable name`, `Write one ${FORMS['secret-envs']} per line`);
        add('secret-envs', { id, env: value });
    }
    for (const line of lines.secretFiles ?? []) {
        const { id, value } = split('secret-files', line);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value);
        if (file.includes(','))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
        add('secret-files', { id, src: file });
    }
    return { secrets, ids: [...seen.keys()].sort(), environment, values };
}


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ gitRunner),
/* harmony export */   i: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* harmony import */ var _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);
/**
 * How the toolkit runs git: through the one exec seam (runtime/exec.ts), quietly, in the folder
 * asked about, with the caller's GIT_DIR-style overrides removed (a hook's GIT_DIR would point
 * elsewhere) and git's messages in English for parsing.
 */

class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(stderr.trim() || `git ${args.join(' ')} exited with ${exitCode}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
const GIT_ENV = {
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_DIR: undefined,
    GIT_WORK_TREE: undefined,
    GIT_INDEX_FILE: undefined,
    GIT_PREFIX: undefined,
    GIT_COMMON_DIR: undefined,
};
function gitRunner(dir, exec = new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .SpawnRunner */ .yL()) {
    return {
        run: async (args, input) => {
            const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, ...(input !== undefined ? { input } : {}) });
            if (result.exitCode !== 0)
                throw new GitCommandError(args, result.exitCode, result.output);
            return result.stdout;
        },
    };
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ registryBaseResolver)
/* harmony export */ });
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/**
 * The `resolveBase` seam of computeBuildDefinition: every image the build pulls (`FROM`,
 * `COPY --from`), to the digest its tag points at now, so a moved base tag means a new hash. A
 * pinned reference is returned as is, without a request. One lookup per reference per run.
 */

function registryBaseResolver(client) {
    const seen = new Map();
    return (ref) => {
        let digest = seen.get(ref);
        if (!digest) {
            digest = client.resolveDigest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref));
            seen.set(ref, digest);
        }
        return digest;
    };
}


/***/ }),

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ computeBuildDefinition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/dockerignore/go-path.ts
/**
 * Go's `path.Clean` and `path.Dir` for `/`-separated paths, ported byte for byte in behaviour:
 * Docker cleans every `.dockerignore` pattern with them (`filepath.Clean` on Linux), and the
 * matcher splits a path into its parents with `Dir`. Being exact here keeps `a/../b`, `./x`,
 * `x/` and `//x` meaning what they mean to Docker.
 */
/** Go's `path.Clean`: the shortest path name equivalent to `path`, by purely lexical processing. */
function go_path_goClean(path) {
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
    return go_path_goClean(path.slice(0, slash + 1));
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

;// CONCATENATED MODULE: ./src/core/dockerignore/go-glob.ts
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
 * `checkRemainder: false` gives Go ≤ 1.19's behaviour, which stopped checking the pattern's syntax
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

;// CONCATENATED MODULE: ./src/core/dockerignore/go-regexp.ts
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
            throw new BadPatternError(this.cleanedPattern);
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
                    throw new BadPatternError(this.cleanedPattern);
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
     * `options.goBefore120` checks syntax the way binaries built with Go ≤ 1.19 did (see goMatch).
     */
    constructor(patterns, options = {}) {
        for (const raw of patterns) {
            let p = goTrimSpace(raw);
            if (p === '')
                continue;
            p = go_path_goClean(p);
            let exclusion = false;
            if (p[0] === '!') {
                if (p.length === 1)
                    throw new Error('illegal exclusion pattern: "!"');
                exclusion = true;
                p = p.slice(1);
                this.exclusions = true;
            }
            goMatch(p, '.', !options.goBefore120); // syntax check only; throws BadPatternError
            this.patterns.push(new Pattern(p, exclusion));
        }
    }
    /** Parent directories of `file` from the shortest: `a/b/c` → `a`, `a/b`. */
    static parents(file) {
        const parentPath = goDir(file);
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
        this.patterns.forEach((pattern, i) => {
            let match = parentMatched.length !== 0 ? (parentMatched[i] ?? false) : false;
            if (!match) {
                if (pattern.exclusion !== matched)
                    return;
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
        });
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
        const parentPath = goDir(file);
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
    /** `patterns` as read by readIgnorePatterns; throws on a lone `!` or a malformed pattern. */
    constructor(patterns) {
        this.matcher = patterns.length > 0 ? new PatternMatcher(patterns) : undefined;
        this.onlyPrefixExceptions = !(this.matcher?.patterns ?? []).some((p) => p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
    }
    /** `relativePath` is `/`-separated, relative to the context root. May throw BadPatternError. */
    visit(relativePath, isDir) {
        if (!this.matcher)
            return { action: 'include', parents: [] };
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
        const parents = [];
        for (const visited of this.stack) {
            if (visited === dir || visited.sent)
                continue;
            visited.sent = true;
            parents.push(visited.path);
        }
        if (dir)
            dir.sent = true;
        return { action: 'include', parents };
    }
    exceptionCouldReachInside(dirPath) {
        if (!this.matcher?.exclusions)
            return false;
        const dirSlash = `${dirPath}/`;
        return this.matcher.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p)}/`.startsWith(dirSlash));
    }
}

;// CONCATENATED MODULE: ./src/core/dockerignore/ignore-file.ts
/**
 * Reading a `.dockerignore` file the way Docker does (moby/patternmatcher/ignorefile.ReadAll) and
 * choosing which ignore file applies (BuildKit: `<Dockerfile>.dockerignore` beside the Dockerfile
 * wins over `<context>/.dockerignore`).
 */


/**
 * Go's ignorefile.ReadAll: a BOM on the first line is dropped; a line whose FIRST character is `#`
 * is a comment (checked before trimming, so ` # x` is a pattern); lines are trimmed, empty ones
 * skipped; `!` marks an exception (spaces after it trimmed); patterns are cleaned (`foo/` → `foo`,
 * `a/../b` → `b`) and one leading `/` is removed.
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
        let pattern = goTrimSpace(line);
        if (pattern === '')
            return;
        const invert = pattern[0] === '!';
        if (invert)
            pattern = goTrimSpace(pattern.slice(1));
        if (pattern.length > 0) {
            pattern = go_path_goClean(pattern);
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
        { file: specific, label: external_node_path_default().relative(contextDir, specific).split((external_node_path_default()).sep).join('/') },
        { file: external_node_path_default().join(contextDir, '.dockerignore'), label: '.dockerignore' },
    ];
}

// EXTERNAL MODULE: ./src/core/context-tree.ts
var context_tree = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/core/shell-words.ts
/**
 * Variable expansion of one Dockerfile word, as BuildKit's shell lexer does it for `FROM`,
 * `COPY --from` and `ARG` defaults: single quotes are literal, double quotes group and still expand,
 * the escape character (`\` or the `# escape=` one) protects the next character, and `$NAME`,
 * `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`,
 * `${NAME#glob}`, `${NAME##glob}`, `${NAME%glob}`, `${NAME%%glob}` are expanded.
 * An unset variable expands to nothing, as in BuildKit.
 */
class ExpansionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpansionError';
    }
}
function globToRegExp(glob, anchor, greedy) {
    const quantifier = greedy ? '*' : '*?';
    const body = Array.from(glob, (ch) => {
        if (ch === '*')
            return `[\\s\\S]${quantifier}`;
        if (ch === '?')
            return '[\\s\\S]';
        return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }).join('');
    return anchor === 'start' ? new RegExp(`^(?:${body})`, 'u') : new RegExp(`(?:${body})$`, 'u');
}
function removeAffix(value, pattern, op) {
    if (op === '#' || op === '##') {
        const match = globToRegExp(pattern, 'start', op === '##').exec(value);
        return match ? value.slice(match[0].length) : value;
    }
    // Suffix: try every start position; shortest (%) takes the last one that matches to the end.
    const regex = globToRegExp(pattern, 'end', true);
    const starts = op === '%%' ? [...Array(value.length + 1).keys()] : [...Array(value.length + 1).keys()].reverse();
    for (const start of starts) {
        const tail = value.slice(start);
        const m = regex.exec(tail);
        if (m && m.index === 0)
            return value.slice(0, start);
    }
    return value;
}
function expandWord(word, variables, escape = '\\') {
    let i = 0;
    const lookup = (name) => variables.get(name);
    const readName = () => {
        const match = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9]/.exec(word.slice(i));
        if (!match)
            return '';
        i += match[0].length;
        return match[0];
    };
    /** Reads until the matching `}` and expands it (the word of `${NAME:-word}`). */
    const readBraceWord = () => {
        let depth = 0;
        const start = i;
        for (; i < word.length; i++) {
            const ch = word[i];
            if (ch === escape) {
                i++;
                continue;
            }
            if (ch === '{')
                depth++;
            if (ch === '}') {
                if (depth === 0)
                    break;
                depth--;
            }
        }
        if (i >= word.length)
            throw new ExpansionError(`missing '}' in '${word}'`);
        const inner = word.slice(start, i);
        i++; // }
        return expandWord(inner, variables, escape);
    };
    const dollar = () => {
        // positioned after `$`
        if (word[i] === '{') {
            i++;
            const name = readName();
            if (name === '')
                throw new ExpansionError(`bad substitution in '${word}'`);
            if (word[i] === '}') {
                i++;
                return lookup(name) ?? '';
            }
            const value = lookup(name);
            const colon = word[i] === ':';
            if (colon)
                i++;
            const op = word[i] ?? '';
            if (op === '-' || op === '+' || op === '?') {
                i++;
                const alternative = readBraceWord();
                const isSet = value !== undefined && (!colon || value !== '');
                if (op === '-')
                    return isSet ? (value ?? '') : alternative;
                if (op === '+')
                    return isSet ? alternative : '';
                if (!isSet)
                    throw new ExpansionError(`${name}: ${alternative || 'is not allowed to be unset'}`);
                return value ?? '';
            }
            if (!colon && (op === '#' || op === '%')) {
                i++;
                let full = op;
                if (word[i] === op) {
                    full += op;
                    i++;
                }
                return removeAffix(value ?? '', readBraceWord(), full);
            }
            throw new ExpansionError(`unsupported modifier in '${word}'`);
        }
        const name = readName();
        if (name === '')
            return '$';
        return lookup(name) ?? '';
    };
    let out = '';
    while (i < word.length) {
        const ch = word[i];
        if (ch === escape) {
            i++;
            if (i < word.length)
                out += word[i++];
            continue;
        }
        if (ch === "'") {
            const end = word.indexOf("'", i + 1);
            if (end < 0)
                throw new ExpansionError(`unmatched quote in '${word}'`);
            out += word.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (ch === '"') {
            i++;
            while (i < word.length && word[i] !== '"') {
                const c = word[i];
                if (c === escape && i + 1 < word.length && ['"', '$', escape].includes(word[i + 1])) {
                    out += word[i + 1];
                    i += 2;
                }
                else if (c === '$') {
                    i++;
                    out += dollar();
                }
                else {
                    out += c;
                    i++;
                }
            }
            if (i >= word.length)
                throw new ExpansionError(`unmatched quote in '${word}'`);
            i++;
            continue;
        }
        if (ch === '$') {
            i++;
            out += dollar();
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/dockerfile-images.ts
/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stage
 * names (and stage indexes) and `scratch`, only for the stages the target actually needs, plus
 * the `# syntax=` frontend image. These are what must be pinned to digests for the hash to mean
 * "the same build".
 */




const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';
function fail(problem, fix = DOCKERFILE_FIX) {
    throw new errors/* InputError */.dz('dockerfile', problem, fix);
}
function expand(word, variables, escape, line) {
    try {
        return expandWord(word, variables, escape);
    }
    catch (error) {
        if (error instanceof ExpansionError)
            fail(`line ${line + 1}: ${error.message}`);
        throw error;
    }
}
function argProperties(instruction) {
    const withProperties = instruction;
    return (withProperties.getProperties?.() ?? []).map((p) => ({ name: p.getName(), raw: p.getUnescapedValue() }));
}
function flagsOf(instruction) {
    const withFlags = instruction;
    return (withFlags.getFlags?.() ?? []).map((f) => ({
        name: f.getName(),
        value: f.getValue(),
        options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
    }));
}
function lineOf(instruction) {
    return instruction.getRange().start.line;
}
/** Splits the Dockerfile into global ARGs and stages. */
function parseStages(text) {
    const dockerfile = main.DockerfileParser.parse(text);
    const escape = dockerfile.getEscapeCharacter();
    const syntax = dockerfile
        .getDirectives()
        .find((d) => d.getName().toLowerCase() === 'syntax')
        ?.getValue()
        .trim();
    const globalArgs = [];
    const stages = [];
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM') {
            const args = instruction.getArguments().map((a) => a.getValue());
            if (args.length === 0)
                fail(`line ${lineOf(instruction) + 1}: FROM needs an image`);
            let name;
            if (args.length >= 3 && (args[1] ?? '').toLowerCase() === 'as')
                name = (args[2] ?? '').toLowerCase();
            else if (args.length !== 1)
                fail(`line ${lineOf(instruction) + 1}: FROM takes 'image [AS name]'`);
            stages.push({ index: stages.length, name, baseWord: args[0], line: lineOf(instruction), instructions: [] });
        }
        else if (stages.length === 0) {
            if (keyword === 'ARG')
                globalArgs.push(instruction);
            else
                fail(`line ${lineOf(instruction) + 1}: ${keyword} before the first FROM (only ARG may come first)`);
        }
        else {
            stages[stages.length - 1].instructions.push(instruction);
        }
    }
    if (stages.length === 0)
        fail('it has no FROM instruction', 'Add a FROM line naming the base image');
    return { escape, globalArgs, stages, ...(syntax ? { syntax } : {}) };
}
/** Global ARG values visible to FROM: declared defaults (expanded in order), overridden by build args. */
function globalScope(globalArgs, options, platform, escape) {
    const scope = new Map(Object.entries({ ...(0,core_platforms/* platformArgs */.xZ)('TARGET', platform), ...(0,core_platforms/* platformArgs */.xZ)('BUILD', options.buildPlatform) }));
    for (const instruction of globalArgs) {
        for (const { name, raw } of argProperties(instruction)) {
            if (Object.hasOwn(options.buildArgs, name))
                scope.set(name, options.buildArgs[name]);
            else if (raw !== null)
                scope.set(name, expand(raw, scope, escape, lineOf(instruction)));
            else if (!scope.has(name))
                scope.set(name, undefined);
        }
    }
    return scope;
}
function dockerfileImages(text, options) {
    const { escape, globalArgs, stages, syntax } = parseStages(text);
    const byName = new Map();
    for (const stage of stages)
        if (stage.name && !byName.has(stage.name))
            byName.set(stage.name, stage);
    let targetStage = stages[stages.length - 1];
    if (options.target !== '') {
        const found = byName.get(options.target.toLowerCase());
        if (!found) {
            const names = stages.map((s) => s.name).filter((n) => !!n);
            throw new errors/* InputError */.dz('target', `stage '${options.target}' is not defined in the Dockerfile`, names.length > 0 ? `Use one of: ${names.join(', ')}` : 'Name a stage with FROM … AS <name>, or leave target empty');
        }
        targetStage = found;
    }
    const images = new Set();
    const warnings = new Set();
    for (const platform of options.platforms) {
        const global = globalScope(globalArgs, options, platform, escape);
        const visited = new Set();
        /** A `--from` or FROM value: another stage, or an image to pull (undefined for scratch). */
        const resolveSource = (value, self, allowIndex) => {
            const lower = value.toLowerCase();
            const stage = byName.get(lower);
            if (stage && stage !== self)
                return stage;
            if (allowIndex && /^\d+$/.test(value)) {
                const indexed = stages[Number(value)];
                if (indexed && indexed !== self)
                    return indexed;
            }
            if (lower === 'scratch')
                return undefined;
            return value;
        };
        const visit = (stage) => {
            if (visited.has(stage.index))
                return;
            visited.add(stage.index);
            const base = expand(stage.baseWord, global, escape, stage.line);
            if (base === '')
                fail(`stage ${stage.name ?? stage.index}: FROM '${stage.baseWord}' expands to an empty image name`, 'Give the ARG a default or pass it in build-args');
            const source = resolveSource(base, stage, false);
            if (typeof source === 'string')
                images.add(source);
            else if (source)
                visit(source);
            // Stage scope: ARGs redeclared in the stage (global defaults, build-arg overrides) and ENV.
            const scope = new Map();
            for (const instruction of stage.instructions) {
                const keyword = instruction.getKeyword();
                const line = lineOf(instruction);
                if (keyword === 'ARG') {
                    for (const { name, raw } of argProperties(instruction)) {
                        if (Object.hasOwn(options.buildArgs, name))
                            scope.set(name, options.buildArgs[name]);
                        else if (raw !== null)
                            scope.set(name, expand(raw, scope, escape, line));
                        else
                            scope.set(name, global.get(name));
                    }
                }
                else if (keyword === 'ENV') {
                    for (const { name, raw } of argProperties(instruction))
                        scope.set(name, raw === null ? '' : expand(raw, scope, escape, line));
                }
                if (keyword === 'ADD') {
                    const flags = flagsOf(instruction);
                    const remote = instruction
                        .getArguments()
                        .slice(0, -1)
                        .map((a) => a.getValue())
                        .filter((a) => /^(https?:\/\/|git@|[a-z]+:\/\/)/i.test(a));
                    if (remote.length > 0 && !flags.some((f) => f.name === 'checksum')) {
                        warnings.add(`line ${line + 1}: ADD ${remote.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:… (or a commit), or a changed download will not trigger a rebuild`);
                    }
                }
                const sources = [];
                for (const flag of flagsOf(instruction)) {
                    if ((keyword === 'COPY' || keyword === 'ADD') && flag.name === 'from' && flag.value !== null)
                        sources.push(flag.value);
                    if (keyword === 'RUN' && flag.name === 'mount') {
                        for (const option of flag.options)
                            if (option.name === 'from' && option.value)
                                sources.push(option.value);
                    }
                }
                for (const word of sources) {
                    const value = expand(word, scope, escape, line);
                    const resolved = resolveSource(value, stage, true);
                    if (typeof resolved === 'string')
                        images.add(resolved);
                    else if (resolved)
                        visit(resolved);
                }
            }
        };
        visit(targetStage);
    }
    return {
        images: [...images].sort(),
        ...(syntax ? { syntax } : {}),
        target: targetStage.name ?? `#${targetStage.index}`,
        warnings: [...warnings],
        stages: stages.map((s) => s.name ?? `#${s.index}`),
    };
}

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
;// CONCATENATED MODULE: ./src/git/index-blobs.ts
/**
 * The git fast path: on a git checkout, the index already holds the blob id of every tracked file,
 * and `git diff-files` tells which tracked files differ from it. For a file that is tracked, not
 * reported as changed, and not subject to any conversion between the work tree and the index
 * (clean/smudge filters, eol/text conversion, ident, working-tree-encoding, autocrlf), the index
 * blob id IS the git blob id of its working-tree bytes, i.e. exactly what reading it would give.
 * Everything else (modified, untracked, converted, conflicted, skip-worktree or assume-unchanged
 * files) is read as usual. Any problem with git means "no fast path", never a wrong hash.
 */




/** Never throws: a failed or missing git only means "no fast path". */
function git(runner, args, input) {
    return runner.run(args, input).then((stdout) => ({ stdout, code: 0, stderr: '' }), (error) => ({
        stdout: '',
        code: error instanceof git_command/* GitCommandError */.i ? error.exitCode : -1,
        stderr: error instanceof Error ? error.message : String(error),
    }));
}
/**
 * Parses `git ls-files -s -v -z`: `<tag> <mode> <oid> <stage>\t<path>\0` per entry. Keeps plain,
 * stage-0 regular files. Scans the text by index: it is the hot loop of the fast path.
 */
function parseLsFiles(output) {
    const blobs = new Map();
    let conflicted;
    let at = 0;
    while (at < output.length) {
        let end = output.indexOf('\0', at);
        if (end < 0)
            end = output.length;
        const tab = output.indexOf('\t', at);
        if (tab > at && tab < end) {
            const file = output.slice(tab + 1, end);
            const stage = output.charCodeAt(tab - 1);
            const firstSpace = at + 1; // after the one-letter tag
            const secondSpace = output.indexOf(' ', firstSpace + 1);
            const mode = output.slice(firstSpace + 1, secondSpace);
            if (stage !== 0x30 /* '0' */) {
                (conflicted ??= new Set()).add(file);
            }
            else if (output.charCodeAt(at) === 0x48 /* 'H' */ && (mode === '100644' || mode === '100755')) {
                // 'H' is a plain cached entry; 'S' (skip-worktree) and lowercase (assume-unchanged) mean git
                // does not look at the work tree for them, so its view cannot be trusted.
                blobs.set(file, output.slice(secondSpace + 1, tab - 2));
            }
        }
        at = end + 1;
    }
    if (conflicted)
        for (const file of conflicted)
            blobs.delete(file);
    return blobs;
}
/** Parses `git check-attr -z` output into the paths whose bytes git may convert. */
function convertedPaths(output, autocrlf) {
    const fields = output.split('\0');
    const converted = new Set();
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const file = fields[i];
        const attribute = fields[i + 1];
        const value = fields[i + 2];
        if (attribute === 'text') {
            if (value === 'unset')
                continue;
            if (value === 'unspecified' && !autocrlf)
                continue;
            converted.add(file);
        }
        else if (attribute === 'ident') {
            if (value !== 'unspecified' && value !== 'unset')
                converted.add(file);
        }
        else if (value !== 'unspecified') {
            converted.add(file); // filter, eol, working-tree-encoding
        }
    }
    return converted;
}
const SYSTEM_ATTRIBUTES = [
    '/etc/gitattributes',
    '/usr/etc/gitattributes',
    '/usr/local/etc/gitattributes',
    '/opt/homebrew/etc/gitattributes',
];
/** Is there any place attributes could come from for files under `contextDir`? (False positives only cost time.) */
function attributeSourcesExist(options) {
    // Tracked anywhere under the context (even if modified or excluded from the Docker context), or
    // seen in the work tree by the walk (even if untracked or excluded).
    if (options.walkSawGitattributes || options.lsFilesOutput.includes('.gitattributes\0'))
        return true;
    // .gitattributes in the folders between the repository root and the context.
    let dir = options.contextDir;
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.gitattributes')))
            return true;
        if (dir === options.toplevel || external_node_path_default().dirname(dir) === dir)
            break;
        dir = external_node_path_default().dirname(dir);
    }
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(options.gitDir, 'info', 'attributes')))
        return true;
    const xdg = process.env.XDG_CONFIG_HOME || external_node_path_default().join((0,external_node_os_.homedir)(), '.config');
    const global = options.attributesFile ? options.attributesFile.replace(/^~(?=\/)/, (0,external_node_os_.homedir)()) : external_node_path_default().join(xdg, 'git', 'attributes');
    if ((0,external_node_fs_.existsSync)(global))
        return true;
    // The system file is <prefix>/etc/gitattributes for git's build prefix; look where distributions put it.
    if (!process.env.GIT_ATTR_NOSYSTEM && SYSTEM_ATTRIBUTES.some((file) => (0,external_node_fs_.existsSync)(file)))
        return true;
    // Attributes read from a tree instead of the work tree (git ≥ 2.40): cannot be reasoned about here.
    if (process.env.GIT_ATTR_SOURCE)
        return true;
    return false;
}
/** Starts the git queries; `finish` is told whether the walk met a `.gitattributes` file. */
function startGitIndex(request) {
    const cwd = request.contextDir;
    const runner = (0,git_command/* gitRunner */.X)(cwd);
    const revParse = git(runner, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--absolute-git-dir', '--show-object-format']);
    const lsFiles = git(runner, ['ls-files', '-s', '-v', '-z']);
    const diffFiles = git(runner, ['diff-files', '--name-only', '-z', '--relative', '--ignore-submodules=all']);
    const config = git(runner, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$']);
    const finish = async (walkSawGitattributes) => {
        const [rev, ls, diff, conf] = await Promise.all([revParse, lsFiles, diffFiles, config]);
        if (rev.code !== 0)
            return { available: false, reason: rev.stderr.trim().split('\n')[0] || 'not a git work tree' };
        const [inside, toplevel, gitDir, objectFormat] = rev.stdout.split('\n');
        if (inside !== 'true' || !toplevel || !gitDir)
            return { available: false, reason: 'the context is not inside a git work tree' };
        if (objectFormat !== 'sha1')
            return { available: false, reason: `the repository uses ${objectFormat} object ids, not git's sha1 blob ids` };
        if (ls.code !== 0)
            return { available: false, reason: `git ls-files failed: ${ls.stderr.trim()}` };
        if (diff.code !== 0)
            return { available: false, reason: `git diff-files failed: ${diff.stderr.trim()}` };
        const blobs = parseLsFiles(ls.stdout);
        for (const changed of diff.stdout.split('\0'))
            if (changed !== '')
                blobs.delete(changed);
        const settings = new Map();
        for (const record of conf.stdout.split('\0')) {
            const newline = record.indexOf('\n');
            if (newline > 0)
                settings.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
        }
        const autocrlfValue = (settings.get('core.autocrlf') ?? 'false').toLowerCase();
        const autocrlf = autocrlfValue === 'true' || autocrlfValue === 'input' || autocrlfValue === 'yes' || autocrlfValue === 'on' || autocrlfValue === '1';
        const needsCheck = autocrlf ||
            attributeSourcesExist({
                toplevel,
                contextDir: cwd,
                gitDir,
                attributesFile: settings.get('core.attributesfile'),
                lsFilesOutput: ls.stdout,
                walkSawGitattributes,
            });
        if (needsCheck && blobs.size > 0) {
            const attrs = await git(runner, ['check-attr', '-z', '--stdin', 'text', 'eol', 'filter', 'ident', 'working-tree-encoding'], [...blobs.keys()].join('\0') + '\0');
            if (attrs.code !== 0)
                return { available: false, reason: `git check-attr failed: ${attrs.stderr.trim()}` };
            for (const file of convertedPaths(attrs.stdout, autocrlf))
                blobs.delete(file);
        }
        return { available: true, blobs, attributesChecked: needsCheck };
    };
    return { finish };
}

;// CONCATENATED MODULE: ./src/hash/walk-context.ts
/**
 * Walks a build context the way BuildKit's sender does: depth first, never
 * following symlinks, asking the ContextFilter about every entry. Regular files are returned for
 * hashing; symlinks are read as their target string; directories are kept (empty ones too);
 * sockets, FIFOs and devices are reported and left out.
 */



function kindOf(entry) {
    if (entry.isFIFO())
        return 'FIFO';
    if (entry.isSocket())
        return 'socket';
    if (entry.isBlockDevice())
        return 'block device';
    if (entry.isCharacterDevice())
        return 'character device';
    return 'special file';
}
function unreadable(relative, error) {
    const code = error.code ?? 'error';
    return new errors/* InputError */.dz('context', `cannot read '${relative}' (${code})`, 'Make it readable, or exclude it in .dockerignore');
}
/**
 * Node shows invalid UTF-8 bytes in a name as U+FFFD, but U+FFFD is also a valid character of its
 * own: the name is faithful only if some entry's raw bytes are exactly its UTF-8 encoding.
 */
function isValidUtf8Name(dir, name) {
    const encoded = Buffer.from(name, 'utf8');
    return (0,external_node_fs_.readdirSync)(dir, { encoding: 'buffer' }).some((raw) => raw.equals(encoded));
}
function walkContext(contextDir, filter, ignoreFileLabel) {
    const result = { files: [], sizes: [], executable: [], symlinks: [], dirs: [], special: [], sawGitattributes: false };
    const visit = (relative, isDir) => {
        try {
            return filter.visit(relative, isDir);
        }
        catch (error) {
            if (error instanceof BadPatternError) {
                throw new errors/* InputError */.dz('context', `${ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
            }
            throw error;
        }
    };
    const walkDir = (absolute, relativeDir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(absolute, { withFileTypes: true });
        }
        catch (error) {
            throw unreadable(relativeDir || '.', error);
        }
        // No sorting: the order of siblings changes nothing (the filter only needs parents before
        // children, which depth-first gives) and the entries are sorted once at the end.
        for (const entry of entries) {
            const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            const isDir = entry.isDirectory();
            if (entry.name === '.gitattributes')
                result.sawGitattributes = true;
            const decision = visit(relative, isDir);
            if (decision.action === 'prune')
                continue;
            if (entry.name.includes('\uFFFD') && (decision.action === 'include' || isDir) && !isValidUtf8Name(absolute, entry.name)) {
                // Node decodes file names as UTF-8; a name that is not valid UTF-8 cannot be hashed faithfully.
                throw new errors/* InputError */.dz('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
            }
            if (decision.action === 'include') {
                result.dirs.push(...decision.parents);
                if (isDir)
                    result.dirs.push(relative);
                else if (entry.isFile()) {
                    let stats;
                    try {
                        stats = (0,external_node_fs_.lstatSync)(`${absolute}/${entry.name}`);
                    }
                    catch (error) {
                        throw unreadable(relative, error);
                    }
                    if (!stats.isFile())
                        throw new errors/* StepError */.zg(`'${relative}' changed while the context was being read; run the step again`);
                    result.files.push(relative);
                    result.sizes.push(stats.size);
                    // git's model: only the owner-execute bit counts.
                    result.executable.push((stats.mode & 0o100) !== 0);
                }
                else if (entry.isSymbolicLink()) {
                    try {
                        result.symlinks.push({ path: relative, target: (0,external_node_fs_.readlinkSync)(`${absolute}/${entry.name}`) });
                    }
                    catch (error) {
                        throw unreadable(relative, error);
                    }
                }
                else
                    result.special.push({ path: relative, kind: kindOf(entry) });
            }
            if (isDir)
                walkDir(`${absolute}/${entry.name}`, relative);
        }
    };
    walkDir(contextDir, '');
    return result;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/hash/blob-worker.ts
/**
 * Hashing a batch of files to git blob ids. `hashBatch` runs in worker threads and, for a handful
 * of files, on the main thread. Both functions here are shipped to `new Worker(source, { eval: true })`
 * as text (see hash-files.ts), so they must be self-contained: no imports, no closures, only what
 * they are given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Each file is opened without following symlinks, read through one reused buffer and hashed as
 * `sha1("blob <size>\0" + bytes)`. Replies are packed (typed arrays, one string of digests) to keep
 * cloning and GC cheap.
 */
function hashBatch(job, deps) {
    const { fs, crypto, buffer } = deps;
    const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
    const count = job.paths.length;
    const reply = {
        id: job.id,
        sizes: new Float64Array(count),
        executable: new Uint8Array(count),
        blobs: '',
        problems: [],
        bytesRead: 0,
    };
    const digests = [];
    for (let index = 0; index < count; index++) {
        const path = job.paths[index];
        let digest = '0000000000000000000000000000000000000000';
        let fd = -1;
        try {
            // O_NOFOLLOW: a file replaced by a symlink after the walk fails with ELOOP instead of being followed.
            fd = fs.openSync(path, flags);
            const stats = fs.fstatSync(fd);
            if (!stats.isFile()) {
                const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : 'a device';
                reply.problems.push({ index, kind: 'other', code: 'ETYPE', message: what });
            }
            else {
                const size = stats.size;
                const hash = crypto.createHash('sha1');
                hash.update(`blob ${size}\0`, 'latin1');
                let total = 0;
                for (;;) {
                    const n = fs.readSync(fd, buffer, 0, buffer.length, null);
                    if (n === 0)
                        break;
                    hash.update(buffer.subarray(0, n));
                    total += n;
                }
                reply.bytesRead += total;
                if (total !== size) {
                    reply.problems.push({ index, kind: 'error', code: 'ECHANGED', message: `${size} bytes expected, ${total} read` });
                }
                else {
                    digest = hash.digest('hex');
                    reply.sizes[index] = size;
                    reply.executable[index] = stats.mode & 0o100 ? 1 : 0;
                }
            }
        }
        catch (error) {
            const e = error;
            reply.problems.push({ index, kind: 'error', code: e.code ?? 'EIO', message: e.message });
        }
        finally {
            if (fd >= 0)
                fs.closeSync(fd);
        }
        digests.push(digest);
    }
    reply.blobs = digests.join('');
    return reply;
}
/** A worker thread's entry point: answers every job with hashBatch. */
function blobWorkerMain(nodeRequire, hash) {
    const { parentPort } = nodeRequire('node:worker_threads');
    const deps = {
        fs: nodeRequire('node:fs'),
        crypto: nodeRequire('node:crypto'),
        buffer: Buffer.allocUnsafe(1 << 20),
    };
    parentPort?.on('message', (job) => parentPort.postMessage(hash(job, deps)));
}

;// CONCATENATED MODULE: ./src/hash/hash-files.ts
/**
 * Hashes files to git blob ids on every core: a pool of worker threads (one per core by default)
 * takes the paths in batches as threads become free, so a few large files do not leave one core
 * idle while the other works. A handful of files is hashed on the main thread instead: starting
 * threads would cost more than it saves (the common case on a clean git checkout).
 */





const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require, ${hashBatch.toString()});`;
/** Below both limits the main thread hashes the files itself. */
const INLINE_FILES = 64;
const INLINE_BYTES = 8 << 20;
function absorb(results, reply, start) {
    results.sizes.set(reply.sizes, start);
    results.executable.set(reply.executable, start);
    const count = reply.blobs.length / 40;
    for (let i = 0; i < count; i++)
        results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
    for (const problem of reply.problems)
        results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
    results.bytesRead += reply.bytesRead;
}
/** Hashes every path; results are indexed like `paths`. */
async function hashFiles(paths, options = {}) {
    const results = {
        sizes: new Float64Array(paths.length),
        executable: new Uint8Array(paths.length),
        blobs: new Array(paths.length).fill(''),
        problems: new Map(),
        bytesRead: 0,
        threads: 0,
    };
    if (paths.length === 0)
        return results;
    const threads = Math.max(1, options.threads ?? (0,external_node_os_.availableParallelism)());
    if (paths.length <= INLINE_FILES && (options.expectedBytes ?? 0) <= INLINE_BYTES) {
        absorb(results, hashBatch({ id: 0, paths: [...paths] }, { fs: (external_node_fs_default()), crypto: (external_node_crypto_default()), buffer: Buffer.allocUnsafe(1 << 20) }), 0);
        return results;
    }
    results.threads = threads;
    const batchSize = Math.max(1, Math.min(32, Math.ceil(paths.length / (threads * 4))));
    const workers = Array.from({ length: threads }, () => new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true }));
    let next = 0;
    let jobId = 0;
    const starts = new Map();
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
                if (next >= paths.length) {
                    if (inFlight === 0)
                        resolve();
                    return;
                }
                inFlight++;
                const start = next;
                next = Math.min(paths.length, next + batchSize);
                const job = { id: jobId++, paths: paths.slice(start, next) };
                starts.set(job.id, start);
                worker.postMessage(job);
            };
            worker.on('message', (reply) => {
                inFlight--;
                absorb(results, reply, starts.get(reply.id) ?? 0);
                starts.delete(reply.id);
                send();
            });
            worker.on('error', reject);
            // Two batches in flight, so a thread never waits for the main thread between batches.
            send();
            send();
        })));
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/hash/compute-build-definition.ts
/**
 * Computes the build definition of a Dockerfile build and its hash: reads the Dockerfile and the
 * ignore file, walks the context, takes blob ids from git where git already knows them and hashes
 * the rest on every core, resolves the images the build pulls (when given a resolver), and
 * assembles the canonical definition (src/core/build-definition.ts).
 */














function problemError(relative, problem) {
    if (problem.kind === 'other')
        return new errors/* StepError */.zg(`'${relative}' became ${problem.message} while the context was being hashed; run the step again`);
    if (['ECHANGED', 'ELOOP', 'ENOENT'].includes(problem.code)) {
        return new errors/* StepError */.zg(`'${relative}' changed while the context was being hashed; run the step again when nothing writes to the context`);
    }
    return new errors/* InputError */.dz('context', `cannot read '${relative}' (${problem.code})`, 'Make it readable, or exclude it in .dockerignore');
}
function errorCode(error) {
    return error.code ?? 'error';
}
function readDockerfile(file) {
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        if (!stats.isFile())
            throw new errors/* InputError */.dz('dockerfile', `'${file}' is not a file`, 'Point dockerfile at the Dockerfile itself');
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        if (errorCode(error) === 'ENOENT')
            throw new errors/* InputError */.dz('dockerfile', `'${file}' does not exist`, 'Create it, or set dockerfile to the path of your Dockerfile');
        throw new errors/* InputError */.dz('dockerfile', `cannot read '${file}' (${errorCode(error)})`, 'Make the Dockerfile readable');
    }
}
function checkContext(dir) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(dir);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            throw new errors/* InputError */.dz('context', `'${dir}' does not exist`, 'Set context to an existing folder (relative to the workspace)');
        throw new errors/* InputError */.dz('context', `cannot read '${dir}' (${errorCode(error)})`, 'Make the context folder readable');
    }
    if (!stats.isDirectory())
        throw new errors/* InputError */.dz('context', `'${dir}' is not a folder`, 'Set context to the folder Docker builds from');
    // BuildKit resolves the context root itself (fsutil NewFS) and nothing below it.
    return (0,external_node_fs_.realpathSync)(dir);
}
/** The ignore file that applies, and its patterns (parsed and validated like Docker does). */
function loadIgnoreFile(contextDir, dockerfile) {
    for (const candidate of ignoreFileCandidates(contextDir, dockerfile)) {
        let text;
        try {
            if (!(0,external_node_fs_.statSync)(candidate.file).isFile())
                continue;
            text = (0,external_node_fs_.readFileSync)(candidate.file, 'utf8');
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
                continue;
            throw new errors/* InputError */.dz('context', `cannot read ${candidate.label} (${errorCode(error)})`, 'Make the ignore file readable');
        }
        try {
            return { label: candidate.label, filter: new ContextFilter(readIgnorePatterns(text)) };
        }
        catch (error) {
            const problem = error instanceof BadPatternError ? error.message : error instanceof Error ? error.message : String(error);
            throw new errors/* InputError */.dz('context', `${candidate.label}: ${problem}`, 'Fix the pattern; docker build rejects it too');
        }
    }
    return { label: null, filter: new ContextFilter([]) };
}
async function resolveImages(refs, resolveBase) {
    return Promise.all(refs.map(async (ref) => {
        const pinned = (0,image_ref/* parseImageRef */.Q)(ref).digest;
        if (pinned)
            return { ref, digest: pinned };
        if (!resolveBase)
            return { ref };
        return { ref, digest: await resolveBase(ref) };
    }));
}
async function computeBuildDefinition(options) {
    const warn = options.onWarning ?? (() => { });
    const timings = {};
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const ms = Math.round(now - mark);
        mark = now;
        return ms;
    };
    const contextDir = checkContext(options.contextDir);
    const dockerfileBytes = readDockerfile(options.dockerfile);
    const platforms = (0,core_platforms/* normalizePlatforms */.em)(options.platforms ?? []);
    const buildArgs = options.buildArgs ?? {};
    // BuildKit drops a UTF-8 byte order mark before parsing; the hash keeps the bytes as they are.
    const dockerfileText = dockerfileBytes.toString('utf8').replace(/^\uFEFF/, '');
    const images = dockerfileImages(dockerfileText, { buildArgs, target: options.target ?? '', platforms, buildPlatform: (0,core_platforms/* hostPlatform */.ol)() });
    for (const warning of images.warnings)
        warn(`Dockerfile ${warning}`);
    // Resolving images may take network round trips: let them run while the context is hashed.
    const resolvedImages = resolveImages(images.syntax ? [...images.images, images.syntax] : images.images, options.resolveBase);
    resolvedImages.catch(() => { }); // awaited below; this only avoids an unhandled rejection if hashing fails first
    const { label: ignoreFile, filter } = loadIgnoreFile(contextDir, external_node_path_default().resolve(options.dockerfile));
    // Start the git queries first: they run in their own processes beside the walk.
    const gitIndex = options.useGit === false ? undefined : startGitIndex({ contextDir });
    timings.prepare = lap();
    const walked = walkContext(contextDir, filter, ignoreFile ?? '.dockerignore');
    timings.walk = lap();
    for (const special of walked.special)
        warn(`Skipping ${special.kind} '${special.path}': Docker cannot copy it into an image as file content`);
    if (walked.dirs.includes('.git') || walked.files.some((f) => f.startsWith('.git/'))) {
        warn("The context includes the '.git' folder (Docker sends it unless .dockerignore excludes it), so the hash changes with every fetch or commit. Add '.git' to .dockerignore.");
    }
    const view = gitIndex ? await gitIndex.finish(walked.sawGitattributes) : { available: false, reason: 'disabled' };
    timings.git = lap();
    const blobs = view.available ? view.blobs : new Map();
    // Files git vouches for keep the blob id from the index; every other one is read and hashed.
    const entries = [];
    const toRead = [];
    let expectedBytes = 0;
    walked.files.forEach((relative, i) => {
        const blob = blobs.get(relative);
        if (blob === undefined) {
            toRead.push(i);
            expectedBytes += walked.sizes[i] ?? 0;
            return;
        }
        entries.push({
            path: relative,
            type: 'file',
            mode: walked.executable[i] ? '755' : '644',
            digest: context_tree/* BLOB_PREFIX */.tX + blob,
            size: walked.sizes[i] ?? 0,
        });
    });
    const readPaths = toRead.map((i) => `${contextDir}/${walked.files[i]}`);
    const hashed = await hashFiles(readPaths, { threads: options.workers, expectedBytes });
    timings.hash = lap();
    toRead.forEach((fileIndex, i) => {
        const relative = walked.files[fileIndex];
        const problem = hashed.problems.get(i);
        if (problem)
            throw problemError(relative, problem);
        entries.push({
            path: relative,
            type: 'file',
            mode: hashed.executable[i] ? '755' : '644',
            digest: context_tree/* BLOB_PREFIX */.tX + hashed.blobs[i],
            size: hashed.sizes[i] ?? 0,
        });
    });
    for (const link of walked.symlinks)
        entries.push({ path: link.path, type: 'symlink', target: link.target });
    for (const dir of walked.dirs)
        entries.push({ path: dir, type: 'dir' });
    (0,context_tree/* sortEntries */.R3)(entries);
    timings.entries = lap();
    const manifest = (0,build_definition/* buildManifest */.u1)({
        dockerfileBytes,
        entries,
        ignoreFile,
        images: await resolvedImages,
        platforms,
        target: images.target,
        buildArgs,
        secrets: options.secrets ?? [],
        labels: options.labels ?? {},
    });
    timings.definition = lap();
    return {
        timings,
        definition: manifest.definition,
        hash: manifest.hash,
        tag: manifest.tag,
        files: manifest.context.files,
        bytes: manifest.context.bytes,
        manifest,
        ignoreFile,
        fastPath: view.available
            ? { used: true, fromIndex: walked.files.length - toRead.length }
            : { used: false, reason: view.reason, fromIndex: 0 },
        readPaths,
        bytesRead: hashed.bytesRead,
        threads: hashed.threads,
    };
}


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The folder the runner checked out into; paths from inputs must stay inside it. */
function workspaceRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** Resolves a path input against the workspace and rejects one that escapes it. */
function resolveInWorkspace(input, value, root = workspaceRoot()) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, value);
    if (!isInside(root, resolved)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}


/***/ })

};
