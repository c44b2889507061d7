export const id = 533;
export const ids = [533];
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

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   _l: () => (/* binding */ canonicalPlatform),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   ol: () => (/* binding */ hostPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* unused harmony export PlatformError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Platforms (`linux/amd64`, `linux/arm64`, `linux/arm/v7`), normalized the way containerd/BuildKit
 * normalize them so that equivalent spellings compare and hash the same: `linux/arm64/v8` is
 * `linux/arm64`, `linux/arm` is `linux/arm/v7`, `x86_64` is `amd64`. One module for every part
 * (inputs, hash, build, builders, registry). Pure.
 *
 * `normalizePlatform`/`normalizePlatforms` read inputs the way buildx does (containerd's
 * `platforms.Parse`): `os/arch[/variant]` with any os and arch (`windows/amd64`), an os alone (the
 * runner's architecture) or a known architecture alone (Linux); a builder refuses what it cannot
 * build. `parsePlatform`/`formatPlatform`/`samePlatform` take what registries list.
 */

/** containerd's known operating systems and architectures (platforms/database.go): what a one-word specifier may be. */
const KNOWN_OS = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'hurd',
    'illumos',
    'ios',
    'js',
    'linux',
    'nacl',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
    'zos',
]);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'amd64p32',
    'arm',
    'arm64',
    'arm64be',
    'armbe',
    'loong64',
    'mips',
    'mips64',
    'mips64le',
    'mips64p32',
    'mips64p32le',
    'mipsle',
    'ppc',
    'ppc64',
    'ppc64le',
    'riscv',
    'riscv64',
    's390',
    's390x',
    'sparc',
    'sparc64',
    'wasm',
]);
/** containerd's specifier components: `<os>[(<os version>)]`, then `[A-Za-z0-9_-]+` parts. */
const OS_COMPONENT = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/;
const COMPONENT = /^[A-Za-z0-9_-]+$/;
function normalizeArchitecture(architecture, variant) {
    switch (architecture) {
        case 'i386':
        case 'i686':
            return { architecture: '386', variant: variant };
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            return { architecture: 'amd64', variant: variant === 'v1' ? '' : variant };
        case 'aarch64':
        case 'arm64':
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                return { architecture: 'arm64', variant: '' };
            if (variant === '9' || variant === 'v9' || variant === 'v9.0')
                return { architecture: 'arm64', variant: 'v9' };
            return { architecture: 'arm64', variant };
        case 'armhf':
            return { architecture: 'arm', variant: 'v7' };
        case 'armel':
            return { architecture: 'arm', variant: 'v6' };
        case 'arm':
            if (variant === '' || variant === '7')
                return { architecture: 'arm', variant: 'v7' };
            if (variant === '5' || variant === '6' || variant === '8')
                return { architecture: 'arm', variant: `v${variant}` };
            return { architecture: 'arm', variant };
        default:
            return { architecture, variant };
    }
}
/** Lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
function canonicalPlatform(platform) {
    const { architecture, variant } = normalizeArchitecture(platform.architecture.toLowerCase(), (platform.variant ?? '').toLowerCase());
    const os = platform.os.toLowerCase();
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** The canonical `os/arch[/variant]` of a platform. */
function formatPlatform(platform) {
    const normal = canonicalPlatform(platform);
    return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}
function samePlatform(a, b) {
    return formatPlatform(a) === formatPlatform(b);
}
class PlatformError extends Error {
    constructor(text, problem) {
        super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
        this.name = 'PlatformError';
    }
}
/** `linux/arm64` → its canonical {os, architecture}; an unknown shape throws PlatformError. Any os/arch is accepted. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new PlatformError(text, 'not two or three parts of letters and digits');
    }
    const [os = '', architecture = '', variant] = parts;
    return canonicalPlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
/**
 * One platform specifier to its canonical form, as buildx parses it (containerd `platforms.Parse`
 * then `Normalize`), or undefined when buildx would refuse it. `host` fills a one-word specifier.
 */
function normalizePlatform(text, host = hostPlatform()) {
    const parts = text.trim().split('/');
    if (parts.length > 3)
        return undefined;
    const osPart = OS_COMPONENT.exec(parts[0] ?? '');
    if (!osPart || parts.slice(1).some((part) => !COMPONENT.test(part)))
        return undefined;
    let os = osPart[1].toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    const version = osPart[2] === undefined ? '' : `(${osPart[2]})`;
    if (parts.length === 1) {
        if (KNOWN_OS.has(os))
            return `${os}${version}/${host.split('/').slice(1).join('/')}`;
        const { architecture, variant } = normalizeArchitecture(os, '');
        return KNOWN_ARCH.has(architecture) && !version ? [`linux`, architecture, variant].filter(Boolean).join('/') : undefined;
    }
    const { architecture, variant } = normalizeArchitecture(parts[1].toLowerCase(), (parts[2] ?? '').toLowerCase());
    return [`${os}${version}`, architecture, variant].filter(Boolean).join('/');
}
/** Node's `process.arch` → the platform the runner builds for when none is given. */
function hostPlatform(arch = process.arch) {
    const map = {
        x64: 'linux/amd64',
        arm64: 'linux/arm64',
        arm: 'linux/arm/v7',
        ia32: 'linux/386',
        ppc64: 'linux/ppc64le',
        s390x: 'linux/s390x',
        riscv64: 'linux/riscv64',
        loong64: 'linux/loong64',
    };
    return map[arch] ?? 'linux/amd64';
}
/**
 * The platform list of the build definition: every item normalized, sorted, deduplicated; empty
 * means the runner's own platform (what a builder does without `--platform`).
 */
function normalizePlatforms(items, input = 'platforms', host = hostPlatform()) {
    if (items.length === 0)
        return [host];
    const normalized = new Set();
    for (const item of items) {
        const platform = normalizePlatform(item, host);
        if (!platform) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${item}' is not a platform specifier buildx accepts`, 'Use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7, separated by commas');
        }
        normalized.add(platform);
    }
    return [...normalized].sort();
}
/** The values BuildKit gives TARGETOS/TARGETARCH/TARGETVARIANT (and BUILD*) for a canonical platform. */
function platformArgs(prefix, platform) {
    const [os = '', architecture = '', variant = ''] = platform.split('/');
    return {
        [`${prefix}PLATFORM`]: platform,
        [`${prefix}OS`]: os,
        [`${prefix}ARCH`]: architecture,
        [`${prefix}VARIANT`]: variant,
    };
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   y_: () => (/* binding */ isInsecureRegistry)
/* harmony export */ });
/* unused harmony exports splitHostPort, isLoopbackHost */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * HTTP or HTTPS for a registry host, for the registry client and the builders alike. Docker's
 * rule: loopback registries (127.0.0.0/8, ::1, localhost) speak plain HTTP; every other registry
 * HTTPS unless listed as insecure (`host`, `host:port`, or a CIDR such as `10.0.0.0/8`). Pure.
 */

/** Splits `host[:port]` / `[v6]:port` into the bare host (no brackets, lower-cased) and the port. */
function splitHostPort(hostPort) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
    if (bracketed)
        return { host: (bracketed[1] ?? '').toLowerCase(), ...(bracketed[2] ? { port: bracketed[2] } : {}) };
    // A bare IPv6 address has several colons and no port.
    if ((hostPort.match(/:/g) ?? []).length > 1)
        return { host: hostPort.toLowerCase() };
    const colon = hostPort.lastIndexOf(':');
    if (colon === -1)
        return { host: hostPort.toLowerCase() };
    return { host: hostPort.slice(0, colon).toLowerCase(), port: hostPort.slice(colon + 1) };
}
function isLoopbackHost(hostPort) {
    const { host } = splitHostPort(hostPort);
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4)
        return host.split('.')[0] === '127';
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
    return false;
}
function matchesInsecureEntry(hostPort, entry) {
    const wanted = entry
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '')
        .toLowerCase();
    if (!wanted)
        return false;
    const { host, port } = splitHostPort(hostPort.toLowerCase());
    if (wanted.includes('/')) {
        // CIDR: applies to IP literals only (Docker does the same after resolving; we do not resolve names).
        const [base = '', bits = ''] = wanted.split('/');
        const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(base);
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== family)
            return false;
        const list = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
        try {
            list.addSubnet(base, prefix, family === 4 ? 'ipv4' : 'ipv6');
        }
        catch {
            return false;
        }
        return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
    }
    const entryParts = splitHostPort(wanted);
    if (entryParts.host !== host)
        return false;
    return entryParts.port === undefined || entryParts.port === port;
}
/** Plain HTTP (no TLS verification) for this `host[:port]`: loopback always, else when listed as insecure. */
function isInsecureRegistry(apiHost, insecureRegistries = []) {
    return isLoopbackHost(apiHost) || insecureRegistries.some((entry) => matchesInsecureEntry(apiHost, entry));
}
function registryScheme(apiHost, insecureRegistries = []) {
    return isInsecureRegistry(apiHost, insecureRegistries) ? 'http' : 'https';
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

/***/ 9878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  Ko: () => (/* binding */ configPlatform)
});

// UNUSED EXPORTS: defaultRetryPolicy, toImageRef

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by
 * comma-separated `name=value` parameters whose values may be quoted strings with `\` escapes.
 * Pure.
 */
const tokenChar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
function parseWwwAuthenticate(header) {
    if (!header)
        return [];
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skipSpace = () => {
        while (i < n && (header[i] === ' ' || header[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < n && tokenChar.test(header[i] ?? ''))
            i++;
        return header.slice(start, i);
    };
    const readQuoted = () => {
        let value = '';
        i++; // opening quote
        while (i < n && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < n)
                i++;
            value += header[i];
            i++;
        }
        i++; // closing quote (or end of input)
        return value;
    };
    while (i < n) {
        skipSpace();
        while (i < n && header[i] === ',') {
            i++;
            skipSpace();
        }
        if (i >= n)
            break;
        const scheme = readToken();
        if (!scheme) {
            i++; // not a token character: skip it rather than loop forever on garbage
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        // Parameters follow until a token that is not followed by '=' (the next challenge's scheme).
        for (;;) {
            skipSpace();
            const save = i;
            const name = readToken();
            skipSpace();
            if (name && header[i] === '=') {
                i++;
                skipSpace();
                if (header[i] === '"')
                    challenge.params[name.toLowerCase()] = readQuoted();
                else if (i < n && tokenChar.test(header[i] ?? ''))
                    challenge.params[name.toLowerCase()] = readToken();
                else {
                    // token68 with '=' padding (`Negotiate abc==`): kept whole, never mistaken for a parameter.
                    while (header[i] === '=')
                        i++;
                    challenge.params.token68 = header.slice(save, i).trim();
                }
            }
            else if (name && Object.keys(challenge.params).length === 0 && (i >= n || header[i] === ',')) {
                challenge.params.token68 = name; // token68 without padding
            }
            else {
                i = save;
                break;
            }
            skipSpace();
            if (header[i] !== ',')
                break;
            i++;
            // `, name=` continues this challenge; `, Scheme …` starts the next one.
            const look = i;
            skipSpace();
            const next = readToken();
            skipSpace();
            const continues = next !== '' && header[i] === '=';
            i = look;
            if (!continues)
                break;
        }
    }
    return challenges;
}
/** The challenge we can answer, preferring Bearer over Basic (as Docker does). */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:<actions>` as the distribution token spec spells scopes. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}

;// CONCATENATED MODULE: ./src/registry/chunks.ts
/** Re-slices a byte stream into fixed-size chunks, holding at most one chunk (plus one read) in memory. */
async function* fixedChunks(stream, chunkBytes) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let view = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        while (view.byteLength > 0) {
            const take = Math.min(chunkBytes - held, view.byteLength);
            parts.push(view.subarray(0, take));
            held += take;
            view = view.subarray(take);
            if (held === chunkBytes) {
                yield Buffer.concat(parts);
                parts = [];
                held = 0;
            }
        }
    }
    if (held > 0)
        yield Buffer.concat(parts);
}
/** Reads a whole (small, size-checked) stream. */
async function readAll(stream) {
    const parts = [];
    for await (const piece of stream)
        parts.push(piece);
    return Buffer.concat(parts);
}

// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/retry.ts
var core_retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/registry/errors.ts
/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */


class RegistryError extends errors/* StepError */.zg {
    registry;
    repository;
    status;
    code;
    constructor(message, registry, repository, status, code, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.registry = registry;
        this.repository = repository;
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
        this.transient = options?.transient ?? false;
    }
    /** Another try later might succeed (429, 5xx, a dropped connection): a whole-operation retry may go again. */
    transient;
}
/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        return (body.errors ?? []).map((entry) => ({
            code: typeof entry.code === 'string' ? entry.code : 'UNKNOWN',
            message: typeof entry.message === 'string' ? entry.message : '',
        }));
    }
    catch {
        return [];
    }
}
function where(context) {
    return context.repository ? `${context.registry} for ${context.repository}` : context.registry;
}
function advice(status, context, codes) {
    if (status === 401 && context.insufficientScope && context.credentialSource) {
        return `the account from ${context.credentialSource} is not allowed to do this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
    }
    if (status === 401) {
        return context.credentialSource
            ? `the credentials from ${context.credentialSource} were rejected: check registry-username/registry-password or run docker login ${context.registry}`
            : `no credentials were found for ${context.registry}: set registry-username/registry-password or run docker login ${context.registry}`;
    }
    if (status === 403 || codes.includes('DENIED')) {
        return `the account has no permission for this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
    }
    if (status === 404)
        return `check the image name and that ${context.registry} serves it`;
    if (status === 429)
        return 'the registry is rate limiting: authenticate (anonymous limits are lower) or retry later';
    if (status >= 500)
        return 'the registry failed on its side: retry later, or check the registry status page';
    if (status === 400 && codes.some((code) => /INVALID/.test(code)))
        return 'the registry refused the content it was sent';
    return 'see the registry error above';
}
/** An error for an HTTP answer we cannot go on with. The body text may be empty (HEAD). */
function httpError(status, statusText, bodyText, context) {
    const errors = parseErrorBody(bodyText);
    const codes = errors.map((entry) => entry.code);
    const detail = errors.length
        ? ` (${errors
            .map((entry) => `${entry.code}${entry.message ? `: ${entry.message}` : ''}`)
            .join('; ')
            .slice(0, 300)})`
        : '';
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    const message = `Registry error while ${context.action}: HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${where(context)}${detail}${gaveUp}; ${advice(status, context, codes)}`;
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: (0,core_retry/* isRetryableStatus */.PS)(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = (0,core_retry/* errorChain */.eB)(error);
    const code = chain.map((link) => link.code).find((c) => c !== undefined);
    const innermost = chain[chain.length - 1]?.message ?? String(error);
    let hint = 'check the registry address and that it is reachable from this runner';
    if (code === 'ECONNREFUSED')
        hint = `nothing listens at ${context.registry}: is the registry running, and is the port right?`;
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        hint = `the host name of ${context.registry} does not resolve: check the image reference`;
    else if (scheme === 'https' &&
        chain.some((link) => /wrong version number|EPROTO|certificate|self[- ]signed|ERR_SSL/i.test(`${link.code ?? ''} ${link.message}`))) {
        hint = `TLS failed: if ${context.registry} speaks plain HTTP, list it in insecure-registries`;
    }
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: (0,core_retry/* isTransientNetworkError */.l)(error) });
}

// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
;// CONCATENATED MODULE: ./src/registry/copy.ts
/**
 * Copying an image (index, child manifests, blobs) between repositories or registries without a
 * local store: blobs that already exist are skipped, blobs in the same registry are mounted (no
 * bytes move), the rest are streamed source → destination with digest verification. Manifests are
 * PUT with their exact bytes, so the copy has the same digest as the source.
 */






function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function copy_transient(error) {
    if (error instanceof RegistryError)
        return error.transient;
    return error instanceof core_digest/* DigestMismatchError */.h || (0,core_retry/* isTransientNetworkError */.l)(error);
}
/**
 * One blob into `dst`: skip if present, mount within a registry, else stream it. A failed stream
 * (dropped connection, 5xx mid-upload, digest mismatch) restarts the whole blob with a fresh
 * upload session, bounded by the client's retry policy.
 */
async function copyBlob(client, src, dst, descriptor) {
    if (descriptor.urls?.length)
        return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
    if (await client.headBlob(dst, descriptor.digest))
        return 'exists';
    let uploadUrl;
    if (sameRegistry(src, dst) && src.repository !== dst.repository) {
        const mount = await client.mountBlob(dst, src, descriptor.digest);
        if (mount.mounted)
            return 'mounted';
        uploadUrl = mount.uploadUrl;
    }
    const what = `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`;
    const fail = (error, gaveUp) => {
        if (error instanceof RegistryError) {
            if (gaveUp)
                error.message = `${error.message} (${what}: ${gaveUp})`;
            throw error;
        }
        if (error instanceof core_digest/* DigestMismatchError */.h) {
            throw new RegistryError(`${error.message} (${what}${gaveUp ? `; ${gaveUp}` : ''})`, src.registry, src.repository, undefined, 'DIGEST_INVALID', { cause: error });
        }
        throw networkError(error, { registry: src.registry, repository: src.repository, action: what, ...(gaveUp ? { gaveUp } : {}) }, 'http');
    };
    const options = client.http.retryOptions(({ delayMs, reason }) => client.http.options.log(`blob ${descriptor.digest}: ${reason}; restarting the copy in ${delayMs} ms`));
    return (0,runtime_retry/* retryLoop */.rU)(options, async (attempt) => {
        if (attempt > 1 && (await client.headBlob(dst, descriptor.digest)))
            return { done: 'exists' }; // the failed attempt may have completed after all
        try {
            const stream = await client.openBlob(src, descriptor);
            await client.uploadBlob(dst, descriptor, stream, uploadUrl);
            return { done: 'copied' };
        }
        catch (error) {
            uploadUrl = undefined; // a failed session is not reused
            if (!copy_transient(error))
                fail(error, undefined);
            return {
                failed: { status: 503, retryable: true },
                reason: error instanceof Error ? error.message : String(error),
                giveUp: (stop, attempts) => fail(error, attempts > 1 ? stop : undefined),
            };
        }
    });
}
/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects (after in-flight work settles). */
async function forEachLimited(items, limit, work) {
    let next = 0;
    let failure;
    const lane = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
    if (failure)
        throw failure.error;
}
/**
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
async function copyImage(client, srcInput, dstInput, options = {}) {
    const src = typeof srcInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(dstInput) : dstInput;
    const result = {
        digest: '',
        mediaType: '',
        image: '',
        blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 },
        bytesCopied: 0,
        manifests: 0,
    };
    const concurrency = options.concurrency ?? 3;
    const top = await client.getManifest(src);
    if (dst.digest && dst.digest !== top.digest) {
        throw new RegistryError(`Cannot copy ${(0,image_ref/* formatImageRef */.kL)(src)} (digest ${top.digest}) to ${(0,image_ref/* formatImageRef */.kL)(dst)}: the digests differ`, dst.registry, dst.repository);
    }
    const copyTree = async (manifest, ref) => {
        if ((0,media_types/* isIndexMediaType */.$$)(manifest.mediaType)) {
            for (const child of manifest.manifest.manifests ?? []) {
                if (await client.headManifest((0,image_ref/* withDigest */.hQ)(dst, child.digest)))
                    continue;
                const fetched = await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, child.digest));
                await copyTree(fetched, ref);
                await client.putManifest((0,image_ref/* withDigest */.hQ)(dst, fetched.digest), fetched);
                result.manifests++;
            }
            return;
        }
        const image = manifest.manifest;
        const blobs = [image.config, ...(image.layers ?? [])].filter((d) => Boolean(d?.digest));
        await forEachLimited(blobs, concurrency, async (descriptor) => {
            const outcome = await copyBlob(client, src, dst, descriptor);
            result.blobs[outcome]++;
            if (outcome === 'copied')
                result.bytesCopied += descriptor.size;
        });
    };
    await copyTree(top, src);
    const digest = await client.putManifest(dst.tag ? (0,image_ref/* withTag */.Rd)(dst, dst.tag) : (0,image_ref/* withDigest */.hQ)(dst, top.digest), top);
    result.manifests++;
    if (digest !== top.digest) {
        throw new RegistryError(`The copy of ${(0,image_ref/* formatImageRef */.kL)(src)} at ${(0,image_ref/* formatImageRef */.kL)(dst)} has digest ${digest}, not ${top.digest}`, dst.registry, dst.repository);
    }
    return { ...result, digest, mediaType: top.mediaType, image: (0,image_ref/* formatImageRef */.kL)((0,image_ref/* withDigest */.hQ)(dst, digest)) };
}

// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/core/registry-hosts.ts
var registry_hosts = __webpack_require__(9114);
;// CONCATENATED MODULE: ./src/registry/auth.ts



/** Tokens count as expired this long before the server says, so a request never races the expiry. */
const expiryMarginMs = 10_000;
/** The token spec's minimum lifetime when a server gives none. */
const defaultTokenLifetimeS = 60;
class Authorizer {
    options;
    challenges = new Map();
    tokens = new Map();
    pending = new Map();
    /** Token requests sent to realms (what a test counts to see reuse). */
    tokenRequests = 0;
    constructor(options) {
        this.options = options;
    }
    /** Whether we have seen this API host's challenge (or its absence) yet. */
    knows(apiHost) {
        return this.challenges.has(apiHost);
    }
    /** Records the challenge of a 401 (or that a host answered without one). Returns what we can answer. */
    learn(apiHost, challenges) {
        const picked = pickChallenge(challenges);
        this.challenges.set(apiHost, picked ?? null);
        return picked;
    }
    /** Forget tokens for these scopes (a 401 with a token means it expired or was revoked). */
    invalidate(target, scopes) {
        const challenge = this.challenges.get(target.apiHost);
        if (challenge)
            this.tokens.delete(this.tokenKey(challenge, scopes));
    }
    async authorization(target, scopes) {
        const challenge = this.challenges.get(target.apiHost);
        if (!challenge)
            return { kind: 'none' };
        const credential = await this.options.credentials(target.registry);
        if (challenge.scheme === 'basic') {
            if (!credential?.password || credential.username === undefined) {
                return credential ? { kind: 'none', credentialSource: credential.source } : { kind: 'none' };
            }
            const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            this.options.mask(value);
            return { header: `Basic ${value}`, kind: 'basic', credentialSource: credential.source };
        }
        if (credential?.registryToken) {
            return { header: `Bearer ${credential.registryToken}`, kind: 'bearer', credentialSource: credential.source };
        }
        const token = await this.token(target, challenge, scopes, credential);
        return { header: `Bearer ${token}`, kind: 'bearer', ...(credential ? { credentialSource: credential.source } : {}) };
    }
    tokenKey(challenge, scopes) {
        return [challenge.params.realm ?? '', challenge.params.service ?? '', ...[...scopes].sort()].join('\n');
    }
    async token(target, challenge, scopes, credential) {
        const key = this.tokenKey(challenge, scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > this.options.now())
            return cached.token;
        let pending = this.pending.get(key);
        if (!pending) {
            pending = this.requestToken(target, challenge, scopes, credential).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        return pending;
    }
    async requestToken(target, challenge, scopes, credential) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`${target.registry} asked for a bearer token but named no realm to get it from`, target.registry, undefined, 401);
        let realmUrl;
        try {
            realmUrl = new URL(realm);
        }
        catch {
            throw new RegistryError(`${target.registry} named an invalid token realm "${realm}"`, target.registry, undefined, 401);
        }
        const sendsSecret = Boolean(credential?.password || credential?.identityToken);
        if (sendsSecret && realmUrl.protocol !== 'https:' && !(0,registry_hosts/* isInsecureRegistry */.y_)(realmUrl.host, this.options.insecureRegistries)) {
            throw new RegistryError(`${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`, target.registry, undefined);
        }
        const service = challenge.params.service;
        const context = { registry: target.registry, action: `getting a token from ${realmUrl.origin}${realmUrl.pathname}` };
        this.tokenRequests++;
        this.options.log(`token request to ${realmUrl.origin}${realmUrl.pathname} for ${scopes.join(' ') || '(no scope)'}`);
        let answer;
        if (credential?.identityToken) {
            // OAuth2 refresh-token grant, as the Docker CLI does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.identityToken,
                client_id: this.options.clientId ?? 'image-actions',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            answer = await this.options.fetchToken(realmUrl.toString(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, context);
        }
        else {
            const url = new URL(realmUrl);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credential?.password && credential.username !== undefined) {
                url.searchParams.set('account', credential.username);
                const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
                this.options.mask(value);
                headers.authorization = `Basic ${value}`;
            }
            answer = await this.options.fetchToken(url.toString(), { method: 'GET', headers }, context);
        }
        if (answer.status !== 200) {
            throw httpError(answer.status, answer.statusText, answer.text, {
                ...context,
                ...(credential ? { credentialSource: credential.source } : {}),
                ...(answer.gaveUp ? { gaveUp: answer.gaveUp } : {}),
            });
        }
        let body;
        try {
            body = JSON.parse(answer.text);
        }
        catch {
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} answered 200 without JSON`, target.registry, undefined, 200);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} returned no token`, target.registry, undefined, 200);
        this.options.mask(token);
        const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : defaultTokenLifetimeS;
        this.tokens.set(this.tokenKey(challenge, scopes), { token, expiresAt: this.options.now() + lifetimeS * 1000 - expiryMarginMs });
        return token;
    }
}

// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
;// CONCATENATED MODULE: ./src/registry/http.ts
/**
 * One registry request: URL and scheme, authorization (challenge → Basic or Bearer, once per
 * 401), bounded retries with backoff, and errors that name registry, repository and status.
 * `fetch` is a seam: tests put a fault-injecting transport (or proxy) in front of the registry.
 */







const defaultMaxBytes = 4 << 20;
class RegistryHttp {
    options;
    auth;
    stats = { requests: 0, retries: 0, blobBytesUploaded: 0 };
    secrets = new Set();
    constructor(options) {
        this.options = options;
        const mask = (secret) => {
            if (secret.length >= 4)
                this.secrets.add(secret);
            options.mask(secret);
        };
        this.auth = new Authorizer({
            credentials: async (registry) => {
                const credential = await options.credentials(registry);
                for (const secret of [credential?.password, credential?.identityToken, credential?.registryToken])
                    if (secret)
                        this.secrets.add(secret);
                return credential;
            },
            fetchToken: (url, init, context) => this.fetchToken(url, init, context),
            mask,
            log: options.log,
            now: options.now,
            insecureRegistries: options.insecureRegistries,
        });
    }
    baseUrl(apiHost) {
        return `${(0,registry_hosts/* registryScheme */.FG)(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
    }
    /** Removes every secret we know of from a text (belt and braces for messages built from server answers). */
    redact(text) {
        return (0,redact/* redact */.E)(text, this.secrets);
    }
    context(request, extra = {}) {
        return {
            registry: request.target.registry,
            ...(request.target.repository ? { repository: request.target.repository } : {}),
            action: request.action,
            ...extra,
        };
    }
    /** The retry loop's options with this client's policy and seams; `onRetry` is counted here. */
    retryOptions(onRetry) {
        const { policy, sleep, random, now } = this.options;
        return {
            policy: { ...policy, sleep, random, now },
            server: 'the registry',
            onRetry: (retry) => {
                this.stats.retries++;
                onRetry(retry);
            },
        };
    }
    /** Sends with auth and retries; returns the final answer whatever its status (callers decide). */
    async send(request) {
        const url = /^https?:\/\//.test(request.path) ? request.path : this.baseUrl(request.target.apiHost) + request.path;
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const retry = request.retry ?? true;
        const options = this.retryOptions(({ attempt, delayMs, reason }) => this.options.log(`${request.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`));
        return (0,runtime_retry/* retryLoop */.rU)(options, async (attempt) => {
            let result;
            try {
                result = await this.attempt(request, url);
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                if (error instanceof BodyTooLargeError) {
                    throw new RegistryError(`Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`, request.target.registry, request.target.repository);
                }
                const fail = (gaveUp) => {
                    throw this.scrub(networkError(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
                };
                if (!retry)
                    fail();
                return { failed: { error }, reason: describe(error), giveUp: (stop, attempts) => fail(attempts > 1 ? stop : undefined) };
            }
            const { status } = result.response;
            if (!retry || !(0,core_retry/* isRetryableStatus */.PS)(status))
                return { done: { ...result, attempts: attempt } };
            return {
                failed: { status, retryAfter: result.response.headers.get('retry-after') },
                reason: `HTTP ${status}`,
                giveUp: (stop) => ({ ...result, attempts: attempt, gaveUp: stop }),
                discard: () => result.response.body?.cancel().catch(() => undefined) ?? Promise.resolve(),
            };
        });
    }
    /** One attempt, answering at most one auth challenge on the way. */
    async attempt(request, url) {
        const target = request.target;
        let answeredChallenge = false;
        for (;;) {
            const authorization = request.anonymous ? { kind: 'none' } : await this.auth.authorization(target, request.scopes);
            const headers = { 'user-agent': this.options.userAgent, ...request.headers };
            // Credentials go only to the registry's own host, never to a storage backend an upload URL points at.
            if (authorization.header && new URL(url).host === new URL(this.baseUrl(target.apiHost)).host)
                headers.authorization = authorization.header;
            this.stats.requests++;
            const started = this.options.now();
            const response = await this.options.fetch(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                redirect: 'follow',
                ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
            });
            this.options.log(`${request.method} ${loggable(url)} → ${response.status} (${Math.round(this.options.now() - started)} ms)`);
            if (response.status === 401 && !answeredChallenge && !request.anonymous) {
                const known = this.auth.knows(target.apiHost);
                const challenge = this.auth.learn(target.apiHost, parseWwwAuthenticate(response.headers.get('www-authenticate')));
                if (authorization.kind === 'bearer')
                    this.auth.invalidate(target, request.scopes);
                // Ask again only if we can now answer differently: first sight of the challenge, or a stale token.
                const askAgain = challenge !== undefined && (!known || authorization.kind === 'none' || authorization.kind === 'bearer');
                if (askAgain) {
                    const next = await this.auth.authorization(target, request.scopes);
                    if (next.kind !== 'none') {
                        answeredChallenge = true;
                        await response.body?.cancel().catch(() => undefined);
                        continue;
                    }
                }
            }
            else if (!this.auth.knows(target.apiHost) && response.status < 400) {
                this.auth.learn(target.apiHost, []); // anonymous registry: no challenge to wait for
            }
            if (request.read === 'bytes') {
                const bytes = await readLimited(response, request.maxBytes ?? defaultMaxBytes, `${request.method} ${loggable(url)}`);
                return { response, bytes, url, authorization };
            }
            return { response, url, authorization };
        }
    }
    /** Turns a final non-success answer into an error (reads the error body when there is one). */
    async fail(result, request) {
        let text = '';
        if (result.bytes)
            text = new TextDecoder().decode(result.bytes);
        else if (request.method !== 'HEAD')
            text = await result.response.text().catch(() => '');
        else
            await result.response.body?.cancel().catch(() => undefined);
        return this.scrub(httpError(result.response.status, result.response.statusText, text, this.context(request, {
            ...(result.authorization.credentialSource ? { credentialSource: result.authorization.credentialSource } : {}),
            ...(/insufficient_scope/.test(result.response.headers.get('www-authenticate') ?? '') ? { insufficientScope: true } : {}),
            ...(result.gaveUp && (result.attempts > 1 || /asked to wait/.test(result.gaveUp)) ? { gaveUp: result.gaveUp } : {}),
        })));
    }
    scrub(error) {
        const message = this.redact(error.message);
        if (message !== error.message)
            error.message = message;
        return error;
    }
    async fetchToken(url, init, context) {
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const options = this.retryOptions(({ delayMs, reason }) => this.options.log(`${init.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms`));
        return (0,runtime_retry/* retryLoop */.rU)(options, async () => {
            let answer;
            try {
                this.stats.requests++;
                const response = await this.options.fetch(url, {
                    method: init.method,
                    headers: { 'user-agent': this.options.userAgent, ...init.headers },
                    ...(init.body !== undefined ? { body: init.body } : {}),
                    signal: AbortSignal.timeout(this.options.requestTimeoutMs),
                });
                const text = new TextDecoder().decode(await readLimited(response, 1 << 20, 'token response'));
                this.options.log(`${init.method} ${loggable(url)} → ${response.status}`);
                answer = { status: response.status, statusText: response.statusText, text, retryAfter: response.headers.get('retry-after') };
            }
            catch (error) {
                if (error instanceof BodyTooLargeError)
                    throw new RegistryError(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
                return {
                    failed: { error },
                    reason: describe(error),
                    giveUp: (stop, attempts) => {
                        throw this.scrub(networkError(error, { ...context, ...(attempts > 1 ? { gaveUp: stop } : {}) }, scheme));
                    },
                };
            }
            const { retryAfter, ...result } = answer;
            if (!(0,core_retry/* isRetryableStatus */.PS)(result.status))
                return { done: result };
            return {
                failed: { status: result.status, retryAfter },
                reason: `HTTP ${result.status}`,
                giveUp: (stop) => ({ ...result, gaveUp: stop }),
            };
        });
    }
}
/** URLs without their query (upload state, scopes): enough to follow the log, nothing to leak. */
function loggable(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}
function describe(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** A body bigger than we agreed to hold in memory (a manifest or config never is). */
class BodyTooLargeError extends Error {
}
async function readLimited(response, maxBytes, what) {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new BodyTooLargeError(`${what}: the answer is ${declared} bytes, more than the ${maxBytes} this client reads into memory`);
    }
    if (!response.body)
        return new Uint8Array();
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw new BodyTooLargeError(`${what}: the answer is more than the ${maxBytes} bytes this client reads into memory`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The OCI distribution client: manifests (HEAD/GET/PUT), blobs (HEAD, streamed GET, upload,
 * cross-repository mount), and what the build needs on top (digest resolution, retag, platforms,
 * labels, image copy). Existence checks fail closed: only a 404 from a real registry means absent.
 */












/**
 * Registry retries: 429 (after `Retry-After`), 5xx except 501/505, dropped connections; equal
 * jitter; a `Retry-After` honoured exactly unless it passes the time budget.
 */
/** Distribution error codes that mean "no such manifest" (a bare 404 is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);
const defaultRetryPolicy = {
    maxAttempts: 5,
    maxElapsedMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
};
const maxManifestBytes = 4 << 20;
const maxConfigBytes = 16 << 20;
function toImageRef(ref) {
    return typeof ref === 'string' ? (0,image_ref/* parseImageRef */.Q)(ref) : ref;
}
function target(ref) {
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
const pull = (ref) => [repositoryScope(ref.repository, ['pull'])];
const pushPull = (ref) => [repositoryScope(ref.repository, ['pull', 'push'])];
class RegistryClient {
    http;
    apiConfirmed = new Set();
    monolithicMax;
    chunkBytes;
    constructor(options = {}) {
        this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
        this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
        this.http = new RegistryHttp({
            fetch: options.fetch ?? ((url, init) => fetch(url, init)),
            credentials: options.credentials ?? (0,credentials/* dockerConfigCredentials */.D)(options.mask ? { mask: options.mask } : {}),
            insecureRegistries: options.insecureRegistries ?? [],
            policy: { ...defaultRetryPolicy, ...options.retry },
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now: options.now ?? (() => performance.now()),
            log: options.log ?? ((line) => core/* debug */.Yz(line)),
            mask: options.mask ?? ((secret) => core/* setSecret */.Pq(secret)),
            requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
            userAgent: options.userAgent ?? `image-actions node/${process.versions.node}`,
        });
    }
    get stats() {
        return { ...this.http.stats, tokenRequests: this.http.auth.tokenRequests };
    }
    async ok(request, expected) {
        const result = await this.http.send(request);
        if (!expected.includes(result.response.status))
            throw await this.http.fail(result, request);
        return result;
    }
    /** `GET /v2/`: proves the registry answers and the credentials (if any) are accepted. */
    async ping(registry) {
        // A bare host (`ghcr.io`, `myregistry:5000`, `docker.io`) names a registry; anything with a '/' is an image reference.
        const ref = typeof registry !== 'string'
            ? registry
            : registry.includes('/')
                ? (0,image_ref/* parseImageRef */.Q)(registry)
                : { registry, apiHost: (0,image_ref/* apiHostOf */.gz)(registry) };
        const request = {
            target: { registry: ref.registry, apiHost: ref.apiHost },
            method: 'GET',
            path: '',
            scopes: [],
            action: 'checking the registry API (/v2/)',
            read: 'bytes',
        };
        const result = await this.ok(request, [200]);
        this.apiConfirmed.add(ref.apiHost);
        const version = result.response.headers.get('docker-distribution-api-version');
        return { auth: result.authorization.kind, ...(version ? { apiVersion: version } : {}) };
    }
    /**
     * The existence check. Undefined ONLY when the registry answers 404 for the manifest (after
     * confirming, once per host, that a registry API answers at all); 401/403/429/5xx throw.
     */
    async headManifest(refInput) {
        const ref = toImageRef(refInput);
        const request = {
            target: target(ref),
            method: 'HEAD',
            path: `${ref.repository}/manifests/${(0,image_ref/* manifestReference */.Tn)(ref)}`,
            headers: { accept: media_types/* manifestAccept */.K },
            scopes: pull(ref),
            action: `checking whether ${(0,image_ref/* formatImageRef */.kL)(ref)} exists`,
        };
        const result = await this.http.send(request);
        const { status, headers } = result.response;
        await result.response.body?.cancel().catch(() => undefined);
        if (status === 404) {
            // Registries mark every answer with this header; without it, ask /v2/ once whether one is there.
            if (headers.get('docker-distribution-api-version')?.startsWith('registry/2'))
                this.apiConfirmed.add(ref.apiHost);
            else
                await this.confirmRegistryApi(ref);
            return undefined;
        }
        if (status === 405 || status === 501) {
            // a registry without HEAD support
            const fetched = await this.getManifestIfPresent(ref);
            return fetched && { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        if (status !== 200)
            throw await this.http.fail(result, request);
        const digest = headers.get('docker-content-digest');
        if (!digest || (ref.digest && digest !== ref.digest)) {
            // No digest on HEAD (allowed by the spec) or one we do not trust: fetch and compute it.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        const length = headers.get('content-length');
        return { digest, mediaType: (0,media_types/* bareMediaType */.ZX)(headers.get('content-type')), size: length === null ? undefined : Number(length) };
    }
    /**
     * The GET form of the existence check: the manifest, or undefined ONLY when a registry answers
     * 404 (an error code that says "absent", or a 404 from a host confirmed to speak the registry
     * API); every other failure throws.
     */
    async getManifestIfPresent(refInput) {
        const ref = toImageRef(refInput);
        try {
            return await this.getManifest(ref);
        }
        catch (error) {
            if (!(error instanceof RegistryError) || error.status !== 404)
                throw error;
            if (!(error.code && ABSENT_CODES.has(error.code)))
                await this.confirmRegistryApi(ref);
            return undefined;
        }
    }
    /** A 404 means "absent" only if a registry said it: a wrong host or path 404s everything. */
    async confirmRegistryApi(ref) {
        if (this.apiConfirmed.has(ref.apiHost))
            return;
        const request = {
            target: { registry: ref.registry, apiHost: ref.apiHost },
            method: 'GET',
            path: '',
            scopes: [],
            action: 'checking the registry API (/v2/)',
            read: 'bytes',
            maxBytes: 1 << 20,
            anonymous: true, // a 401 with a challenge is proof enough; no token needed
        };
        const result = await this.http.send(request);
        const { status, headers } = result.response;
        const isRegistry = status === 200 || (status === 401 && headers.has('www-authenticate')) || headers.has('docker-distribution-api-version');
        if (!isRegistry) {
            throw new RegistryError(`${ref.registry} does not answer the registry API (GET /v2/ gave HTTP ${status}), so its 404 for ${ref.repository} cannot be trusted to mean "absent": check the image reference`, ref.registry, ref.repository, status);
        }
        this.apiConfirmed.add(ref.apiHost);
    }
    /** The manifest's exact bytes, verified against the digest asked for and the digest the registry claims. */
    async getManifest(refInput) {
        const ref = toImageRef(refInput);
        const request = {
            target: target(ref),
            method: 'GET',
            path: `${ref.repository}/manifests/${(0,image_ref/* manifestReference */.Tn)(ref)}`,
            headers: { accept: media_types/* manifestAccept */.K },
            scopes: pull(ref),
            action: `reading the manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)}`,
            read: 'bytes',
            maxBytes: maxManifestBytes,
        };
        const result = await this.ok(request, [200]);
        const bytes = result.bytes ?? new Uint8Array();
        const digest = this.verifyDigest(ref, bytes, ref.digest, result.response.headers.get('docker-content-digest'), request.action);
        let manifest;
        try {
            manifest = JSON.parse(new TextDecoder().decode(bytes));
        }
        catch {
            throw new RegistryError(`The manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)} is not JSON`, ref.registry, ref.repository, 200);
        }
        if (manifest.schemaVersion !== 2) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`, ref.registry, ref.repository, 200);
        }
        const header = (0,media_types/* bareMediaType */.ZX)(result.response.headers.get('content-type'));
        const mediaType = (0,media_types/* isIndexMediaType */.$$)(header) || (0,media_types/* isImageManifestMediaType */.d6)(header)
            ? header
            : typeof manifest.mediaType === 'string' && manifest.mediaType
                ? manifest.mediaType
                : Array.isArray(manifest.manifests)
                    ? media_types/* MediaTypes */.mI.ociIndex
                    : media_types/* MediaTypes */.mI.ociManifest;
        return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    verifyDigest(ref, bytes, expected, claimed, what) {
        const algorithm = (expected && (0,core_digest/* digestAlgorithm */.g4)(expected)) || 'sha256';
        const actual = (0,core_digest/* computeDigest */.MK)(bytes, algorithm);
        for (const want of [expected, claimed && (0,core_digest/* digestAlgorithm */.g4)(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new RegistryError(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : (0,core_digest/* sha256Digest */.sI)(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = (0,core_digest/* sha256Digest */.sI)(manifest.bytes);
        if (ref.digest && ref.digest !== digest && !ref.tag) {
            throw new RegistryError(`Cannot put a manifest whose digest is ${digest} under ${(0,image_ref/* formatImageRef */.kL)(ref)}`, ref.registry, ref.repository);
        }
        const reference = ref.tag ?? ref.digest ?? digest;
        const request = {
            target: target(ref),
            method: 'PUT',
            path: `${ref.repository}/manifests/${reference}`,
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            scopes: pushPull(ref),
            action: `putting the manifest ${digest} as ${ref.repository}:${reference}`,
            read: 'bytes',
        };
        const result = await this.ok(request, [200, 201, 202]);
        const claimed = result.response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest) {
            throw new RegistryError(`${ref.registry} stored the manifest for ${ref.repository}:${reference} as ${claimed}, not ${digest}: the registry changed the content`, ref.registry, ref.repository);
        }
        return digest;
    }
    /**
     * Retag without pull: the same manifest bytes and media type under each new tag. Pass a
     * digest-pinned reference to tag exactly what an existence check saw, even if the tag moves;
     * pass the manifest already read to save the GET (it must be the one the reference pins).
     */
    async tagImage(refInput, tags, manifest) {
        const ref = toImageRef(refInput);
        const source = manifest ?? (await this.getManifest(ref));
        if (ref.digest && source.digest !== ref.digest) {
            throw new RegistryError(`Refusing to tag: the manifest given is ${source.digest}, not ${ref.digest}`, ref.registry, ref.repository);
        }
        for (const tag of tags)
            await this.putManifest((0,image_ref/* withTag */.Rd)(ref, tag), source);
        return { digest: source.digest, tags: [...tags] };
    }
    /** The digest a reference points at now; a reference pinned by digest is returned as is (no request). */
    async resolveDigest(refInput) {
        const ref = toImageRef(refInput);
        if (ref.digest)
            return ref.digest;
        const head = await this.headManifest(ref);
        if (!head) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`, ref.registry, ref.repository, 404);
        }
        return head.digest;
    }
    async headBlob(repo, digest) {
        const request = {
            target: target(repo),
            method: 'HEAD',
            path: `${repo.repository}/blobs/${digest}`,
            scopes: pull(repo),
            action: `checking blob ${digest}`,
        };
        const result = await this.http.send(request);
        await result.response.body?.cancel().catch(() => undefined);
        if (result.response.status === 404)
            return undefined;
        if (result.response.status !== 200)
            throw await this.http.fail(result, request);
        const length = result.response.headers.get('content-length');
        return { size: length === null ? undefined : Number(length) };
    }
    /** A blob as a stream that fails at its end unless digest and size match the descriptor. */
    async openBlob(repo, descriptor) {
        const request = {
            target: target(repo),
            method: 'GET',
            path: `${repo.repository}/blobs/${descriptor.digest}`,
            scopes: pull(repo),
            action: `reading blob ${descriptor.digest}`,
            read: 'stream',
            timeoutMs: null,
        };
        const result = await this.ok(request, [200]);
        const body = result.response.body ?? new ReadableStream({ start: (controller) => controller.close() });
        return body.pipeThrough((0,core_digest/* verifyingStream */.oP)(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`));
    }
    /** An image config (`manifest.config`), read whole, verified and parsed. */
    async readConfig(repo, descriptor) {
        return JSON.parse(new TextDecoder().decode(await this.readBlob(repo, descriptor)));
    }
    /** A small blob (a config) read whole and verified. */
    async readBlob(repo, descriptor, maxBytes = maxConfigBytes) {
        if (descriptor.size > maxBytes) {
            throw new RegistryError(`Blob ${descriptor.digest} in ${repo.repository} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`, repo.registry, repo.repository);
        }
        const request = {
            target: target(repo),
            method: 'GET',
            path: `${repo.repository}/blobs/${descriptor.digest}`,
            scopes: pull(repo),
            action: `reading blob ${descriptor.digest}`,
            read: 'bytes',
            maxBytes,
        };
        const result = await this.ok(request, [200]);
        const bytes = result.bytes ?? new Uint8Array();
        this.verifyDigest(repo, bytes, descriptor.digest, null, request.action);
        return bytes;
    }
    /**
     * Cross-repository mount: the registry links a blob it already holds into `to` without any bytes
     * moving. Needs push on `to` and pull on `from`. A 202 means the registry declined (another
     * storage, no access): the upload session it opened is returned for a normal upload.
     */
    async mountBlob(to, from, digest) {
        const request = {
            target: target(to),
            method: 'POST',
            path: `${to.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`,
            scopes: [...pushPull(to), ...pull(from)],
            action: `mounting blob ${digest} from ${from.repository}`,
            read: 'bytes',
        };
        const result = await this.ok(request, [201, 202]);
        if (result.response.status === 201)
            return { mounted: true };
        return { mounted: false, uploadUrl: this.location(result, request) };
    }
    location(result, request) {
        const location = result.response.headers.get('location');
        if (!location)
            throw new RegistryError(`${request.target.registry} answered ${result.response.status} without a Location while ${request.action}`, request.target.registry, request.target.repository, result.response.status);
        return new URL(location, result.url).toString();
    }
    /**
     * Uploads a blob from a stream: one PUT for small blobs, else PATCH chunks of `uploadChunkBytes`
     * (never more than one chunk in memory) and a closing PUT with the digest. A stream that fails
     * (digest or size mismatch, source dropped) aborts before the closing PUT, so nothing is committed.
     */
    async uploadBlob(to, descriptor, source, uploadUrl) {
        let url = uploadUrl ?? (await this.startUpload(to));
        const base = { target: target(to), scopes: pushPull(to), retry: false, read: 'bytes' };
        try {
            if (descriptor.size <= this.monolithicMax) {
                const body = await readAll(source);
                const request = {
                    ...base,
                    method: 'PUT',
                    path: withQuery(url, 'digest', descriptor.digest),
                    headers: { 'content-type': 'application/octet-stream' },
                    body,
                    action: `uploading blob ${descriptor.digest} (${body.byteLength} bytes)`,
                };
                this.http.stats.blobBytesUploaded += body.byteLength;
                await this.ok(request, [201]);
                return;
            }
            let offset = 0;
            for await (const chunk of fixedChunks(source, this.chunkBytes)) {
                const request = {
                    ...base,
                    method: 'PATCH',
                    path: url,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.byteLength - 1}` },
                    body: chunk,
                    action: `uploading blob ${descriptor.digest} (bytes ${offset}–${offset + chunk.byteLength - 1})`,
                    timeoutMs: null,
                };
                this.http.stats.blobBytesUploaded += chunk.byteLength;
                const result = await this.ok(request, [202]);
                url = this.location(result, request);
                offset += chunk.byteLength;
            }
            await this.ok({
                ...base,
                method: 'PUT',
                path: withQuery(url, 'digest', descriptor.digest),
                action: `completing the upload of blob ${descriptor.digest}`,
            }, [201]);
        }
        catch (error) {
            await source.cancel().catch(() => undefined);
            // Best effort: let the registry drop the half-written session now rather than at its GC.
            await this.http
                .send({
                target: target(to),
                method: 'DELETE',
                path: url,
                scopes: pushPull(to),
                action: 'cancelling an upload',
                retry: false,
                read: 'bytes',
            })
                .catch(() => undefined);
            throw error;
        }
    }
    async startUpload(to) {
        const request = {
            target: target(to),
            method: 'POST',
            path: `${to.repository}/blobs/uploads/`,
            scopes: pushPull(to),
            action: 'starting a blob upload',
            read: 'bytes',
        };
        const result = await this.ok(request, [202]);
        return this.location(result, request);
    }
    /** The image config; for an index, that of `platform` (default: the first image in it). */
    async imageConfig(refInput, platform) {
        const ref = toImageRef(refInput);
        const image = await this.imageManifest(ref, platform);
        return this.readConfig(ref, image.config);
    }
    /** The single-platform manifest of an image: the manifest itself, or the matching index entry. */
    async imageManifest(refInput, platform) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        let fetched = top;
        if ((0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
            const entries = top.manifest.manifests ?? [];
            const entry = (0,registry_platform/* selectManifest */.y)(entries, platform);
            if (!entry) {
                const available = entries.filter((e) => !(0,registry_platform/* isAttestation */.H)(e) && e.platform).map((e) => (0,core_platforms/* formatPlatform */.Bq)(e.platform));
                throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has no ${platform ? (0,core_platforms/* formatPlatform */.Bq)(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
            }
            fetched = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
        }
        return { ...manifest, digest: fetched.digest };
    }
    /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
    async imagePlatforms(refInput) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        if (!(0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
            const manifest = top.manifest;
            return [configPlatform(await this.readConfig(ref, manifest.config))];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if ((0,registry_platform/* isAttestation */.H)(entry))
                continue;
            if (entry.platform) {
                platforms.push((0,core_platforms/* canonicalPlatform */._l)(entry.platform));
            }
            else if ((0,media_types/* isImageManifestMediaType */.d6)(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
                platforms.push(configPlatform(await this.readConfig(ref, child.manifest.config)));
            }
        }
        return platforms;
    }
    /** Copies an image (index, children, blobs) to `dst`; see copy.ts. Same digest at the destination. */
    copyImage(src, dst, options) {
        return copyImage(this, src, dst, options);
    }
    /** One blob into `dst`: skipped if present, mounted within a registry, else streamed. */
    copyBlob(src, dst, descriptor) {
        return copyBlob(this, src, dst, descriptor);
    }
    /** Labels from the image config (for an index: the given platform's, default the first image's). */
    async imageLabels(refInput, platform) {
        const config = await this.imageConfig(refInput, platform);
        return { ...(config.config?.Labels ?? {}) };
    }
}
/** The canonical platform an image config declares (`unknown` parts when it declares none). */
function configPlatform(config) {
    return (0,core_platforms/* canonicalPlatform */._l)({
        os: config.os ?? 'unknown',
        architecture: config.architecture ?? 'unknown',
        ...(config.variant ? { variant: config.variant } : {}),
    });
}
/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url, name, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ defaultCredentials),
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports dockerHubConfigKey, configKeyHost, maskCredential, explicitCredentials, dockerConfigDir, credentialHelperRunner, runCredentialHelper, chainCredentials */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3218);
/* harmony import */ var _runtime_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6107);
/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */





const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
const dockerHubConfigKey = 'https://index.docker.io/v1/';
/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` → `ghcr.io`. */
function configKeyHost(key) {
    return (key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '');
}
function sameRegistry(registry, key) {
    const wanted = registry.toLowerCase();
    const host = configKeyHost(key);
    if (dockerHubAliases.has(wanted))
        return dockerHubAliases.has(host);
    return host === wanted;
}
function maskCredential(credential, mask) {
    for (const secret of [credential.password, credential.identityToken, credential.registryToken]) {
        if (secret)
            mask(secret);
    }
    if (credential.username !== undefined && credential.password) {
        // The Basic header value is a secret too: it decodes to the password.
        mask(Buffer.from(`${credential.username}:${credential.password}`).toString('base64'));
    }
    return credential;
}
/** Credentials given as action inputs, for the registries they belong to. */
function explicitCredentials(entries, mask = _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq) {
    const masked = entries.map((entry) => maskCredential({ username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' }, mask));
    return async (registry) => {
        const index = entries.findIndex((entry) => sameRegistry(registry, entry.registry));
        return index === -1 ? undefined : masked[index];
    };
}
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
}
/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
function dockerConfigCredentials(options = {}) {
    const mask = options.mask ?? _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq;
    const runHelper = options.runHelper ?? runCredentialHelper;
    const cache = new Map();
    return (registry) => {
        const key = registry.toLowerCase();
        let found = cache.get(key);
        if (!found) {
            found = lookUp(registry, options.configDir ?? dockerConfigDir(), runHelper, mask);
            cache.set(key, found);
        }
        return found;
    };
}
async function lookUp(registry, configDir, runHelper, mask) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(configDir, 'config.json');
    let config;
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`Cannot read Docker credentials from ${file}: ${error.message}`, { cause: error });
    }
    const isHub = dockerHubAliases.has(registry.toLowerCase());
    const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => sameRegistry(registry, key));
    const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
    if (helper) {
        // Helpers store Docker Hub under its legacy URL and everything else under the name used at login.
        const serverUrl = isHub ? dockerHubConfigKey : (helperKey ?? registry);
        const result = await runHelper(helper, serverUrl);
        if (result?.found) {
            const credential = result.username === '<token>'
                ? { identityToken: result.secret, source: `credential helper "${helper}"` }
                : { username: result.username, password: result.secret, source: `credential helper "${helper}"` };
            return maskCredential(credential, mask);
        }
    }
    const auths = config.auths ?? {};
    const authKey = (isHub && dockerHubConfigKey in auths ? dockerHubConfigKey : undefined) ??
        Object.keys(auths).find((key) => sameRegistry(registry, key));
    const entry = authKey ? auths[authKey] : undefined;
    if (!entry)
        return undefined;
    if (entry.auth)
        mask(entry.auth);
    const source = `${file} (auths["${authKey}"])`;
    const credential = { source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            throw new Error(`The "auth" value for ${authKey} in ${file} is not base64 of "username:password"; run docker login ${registry} again`);
        credential.username = decoded.slice(0, colon);
        credential.password = decoded.slice(colon + 1);
    }
    if (entry.username)
        credential.username = entry.username;
    if (entry.password)
        credential.password = entry.password;
    if (entry.identitytoken)
        credential.identityToken = entry.identitytoken;
    if (entry.registrytoken)
        credential.registryToken = entry.registrytoken;
    if (!credential.password && !credential.identityToken && !credential.registryToken)
        return undefined; // an empty entry left by a creds store
    return maskCredential(credential, mask);
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin (argv array, no shell). */
function credentialHelperRunner(options = {}) {
    const exec = options.exec ?? new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .SpawnRunner */ .yL();
    return async (helper, serverUrl) => {
        if (!/^[A-Za-z0-9._-]+$/.test(helper))
            return { found: false, detail: `helper name "${helper}" is not valid` };
        const program = `docker-credential-${helper}`;
        let result;
        try {
            result = await exec.run(program, ['get'], {
                quiet: true,
                input: serverUrl,
                timeoutMs: options.timeoutMs ?? 30_000,
                ...(options.env ? { env: options.env } : {}),
            });
        }
        catch (error) {
            if (error instanceof _runtime_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandNotFoundError */ .v$)
                return undefined;
            throw error;
        }
        if (result.exitCode !== 0) {
            const text = `${result.stdout}${result.output}`.trim();
            // The helper protocol's "not found" answer; anything else is a broken helper the user must see.
            if (/credentials not found/i.test(text))
                return { found: false, detail: text };
            throw new Error(`${program} get failed for ${serverUrl}: ${text.slice(0, 200) || `exit code ${result.exitCode}`}`);
        }
        try {
            const answer = JSON.parse(result.stdout);
            if (!answer.Secret)
                return { found: false, detail: 'empty secret' };
            return { found: true, username: answer.Username ?? '', secret: answer.Secret };
        }
        catch {
            throw new Error(`${program} get returned something that is not JSON for ${serverUrl}`);
        }
    };
}
const runCredentialHelper = credentialHelperRunner();
/** The first source that knows the registry wins (explicit inputs before config.json). */
function chainCredentials(...sources) {
    return async (registry) => {
        for (const source of sources) {
            const credential = await source(registry);
            if (credential)
                return credential;
        }
        return undefined;
    };
}
/**
 * What an action uses: the credentials given as inputs for the image's registry (if any), then
 * Docker's config.json (what docker/login-action left), for every registry the action talks to.
 */
function defaultCredentials(explicit = [], options = {}) {
    const mask = options.mask ?? _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}


/***/ }),

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ writeAuthFile),
/* harmony export */   z: () => (/* binding */ makeRegistryClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9878);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3653);
/**
 * How a step logs in to registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to a builder as an auth file that only
 * lives for the build.
 */






function makeRegistryClient(login, insecureRegistries, options = {}) {
    const explicit = login
        ? [{ registry: login.registry, username: login.username, password: login.password, source: 'registry-username/registry-password' }]
        : [];
    // The same mask for the credentials as for the client (the CLI keeps stdout free of workflow commands).
    const credentials = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultCredentials */ .AD)(explicit, options.mask ? { mask: options.mask } : {});
    return new _client_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryClient */ .bP({ credentials, insecureRegistries, ...options });
}
/**
 * The login as a `{"auths": …}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(base, { recursive: true });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, `image-actions-auth-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { mode: 0o700 });
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true }) };
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   K: () => (/* binding */ manifestAccept),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   mI: () => (/* binding */ MediaTypes)
/* harmony export */ });
/** Manifest and config media types of OCI and Docker (schema 2), and the Accept header that asks for all. */
const MediaTypes = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
const indexTypes = new Set([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);
const imageManifestTypes = new Set([MediaTypes.ociManifest, MediaTypes.dockerManifest]);
/**
 * Sent on every manifest request. Without the index types a registry may answer a multi-platform
 * tag with 404 or convert it; without the Docker types some registries refuse older images.
 */
const manifestAccept = [MediaTypes.ociIndex, MediaTypes.ociManifest, MediaTypes.dockerManifestList, MediaTypes.dockerManifest].join(', ');
function isIndexMediaType(mediaType) {
    return mediaType !== undefined && indexTypes.has(mediaType);
}
function isImageManifestMediaType(mediaType) {
    return mediaType !== undefined && imageManifestTypes.has(mediaType);
}
/** `Content-Type` without parameters (`; charset=utf-8`), lower-cased. */
function bareMediaType(contentType) {
    const bare = contentType?.split(';')[0]?.trim().toLowerCase();
    return bare ? bare : undefined;
}


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isAttestation),
/* harmony export */   y: () => (/* binding */ selectManifest)
/* harmony export */ });
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);
/**
 * Platform choices inside an OCI index: which entries are runnable images, and which one a
 * platform asks for. Platform strings themselves (parse, format, compare) are core/platforms.ts. Pure.
 */

/** Index entries that are not runnable images: BuildKit attestations, `unknown/unknown`. */
function isAttestation(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
/** The index entry for a platform, or the only image when none is asked for; undefined when absent. */
function selectManifest(manifests, wanted) {
    const images = manifests.filter((descriptor) => !isAttestation(descriptor));
    if (!wanted)
        return images[0];
    return images.find((descriptor) => descriptor.platform && (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .samePlatform */ .my)(descriptor.platform, wanted));
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n6: () => (/* binding */ commandFailed),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* unused harmony exports formatCommand, logTail */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */


/** The command is not installed or not on PATH. */
class CommandNotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg {
    command;
    constructor(command, cause) {
        super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
        this.command = command;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] …` and streams their output to `sink` (stdout by default). */
class SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = (text) => void process.stdout.write(text), captureLimit = DEFAULT_CAPTURE_LIMIT) {
        this.sink = sink;
        this.captureLimit = captureLimit;
    }
    run(command, args, options = {}) {
        if (!options.quiet)
            this.sink(`[command] ${formatCommand(command, args)}\n`);
        const env = { ...process.env };
        for (const [name, value] of Object.entries(options.env ?? {})) {
            if (value === undefined)
                delete env[name];
            else
                env[name] = value;
        }
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            let captured = '';
            const stdoutChunks = [];
            let stdoutTail = '';
            // Keep the tail: failures are explained by the last lines.
            const keepTail = (text) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
            // Decoded per stream, so a character split across chunks stays whole.
            child.stdout?.setEncoding('utf8');
            child.stderr?.setEncoding('utf8');
            child.stdout?.on('data', (text) => {
                if (options.quiet) {
                    stdoutChunks.push(text);
                    return;
                }
                this.sink(text);
                stdoutTail = keepTail(stdoutTail + text);
                captured = keepTail(captured + text);
            });
            child.stderr?.on('data', (text) => {
                if (!options.quiet)
                    this.sink(text);
                captured = keepTail(captured + text);
            });
            if (options.input !== undefined) {
                child.stdin?.on('error', () => undefined); // a command that exits without reading its input
                child.stdin?.end(options.input);
            }
            let timedOut = false;
            const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs);
            child.once('error', (error) => {
                clearTimeout(timer);
                reject(error.code === 'ENOENT'
                    ? new CommandNotFoundError(command, error)
                    : new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`Cannot run ${command}: ${error.message}`, { cause: error }));
            });
            child.once('close', (code, signal) => {
                clearTimeout(timer);
                if (signal && !captured.endsWith('\n') && captured !== '')
                    captured += '\n';
                if (timedOut)
                    captured += `timed out after ${options.timeoutMs} ms\n`;
                else if (signal)
                    captured += `killed by ${signal}\n`;
                resolve({ exitCode: code ?? 128, output: captured, stdout: options.quiet ? stdoutChunks.join('') : stdoutTail });
            });
        });
    }
}
/** A command line for humans (quoted where needed); argv itself never goes through a shell. */
function formatCommand(command, args) {
    return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`)).join(' ');
}
/** The last `count` non-empty lines of a log. */
function logTail(log, count = 30) {
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
}
/** A failure that names the command and shows the tail of what it printed. */
function commandFailed(what, result, lines = 30) {
    const tail = logTail(result.output, lines);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
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
