export const id = 364;
export const ids = [364];
export const modules = {

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ computeDigest),
/* harmony export */   Yy: () => (/* binding */ hashHex),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   lL: () => (/* binding */ IncrementalHash),
/* harmony export */   oP: () => (/* binding */ verifyingStream),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var _noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7301);
/* harmony import */ var _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);
/* harmony import */ var _noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2565);
/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), git's SHA-1 blob ids, and verifying a stream as it flows without holding it (blob copies).
 *
 * The first kilobyte a process hashes is hashed in JavaScript (@noble/hashes), everything
 * after that by node:crypto (OpenSSL). Loading node:crypto, and the stream modules it pulls in,
 * takes about 10 ms at start: more than hashing a Dockerfile, a small context and the definition
 * in JavaScript, which is all a hash of a small context does (issue 8: start \u2264 1.5 \u00d7 `node -e 0`).
 * But JavaScript that has just been loaded runs in V8's interpreter, 2\u20133 ms per kilobyte
 * here: past JS_BUDGET bytes in all, or once node:crypto is loaded anyway, OpenSSL is cheaper.
 * Both give the same digests (test/core/digest.test.ts checks them against each other).
 */



const JS_BUDGET = 1024;
const inJavaScript = { sha1: _noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__/* .sha1 */ .e8, sha256: _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc };
let loaded;
let javaScriptBytes = 0;
function nodeCrypto() {
    return (loaded ??= process.getBuiltinModule('node:crypto'));
}
function fitsJavaScriptBudget(size) {
    return !loaded && javaScriptBytes + size <= JS_BUDGET;
}
/** Should `size` more bytes be hashed in JavaScript? Counts them when so. */
function inJavaScriptBudget(size) {
    if (!fitsJavaScriptBudget(size))
        return false;
    javaScriptBytes += size;
    return true;
}
function bytesOf(data) {
    return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}
/** One digest, fed in pieces: kept for JavaScript while they fit its budget, handed to node:crypto once they do not. */
class IncrementalHash {
    algorithm;
    pieces = [];
    size = 0;
    native;
    constructor(algorithm) {
        this.algorithm = algorithm;
    }
    /** Strings are hashed as UTF-8. Never holds on to `data`: a caller may reuse its buffer at once. */
    update(data) {
        if (this.native) {
            this.native.update(data); // a string goes in as UTF-8, encoded by node:crypto without a Buffer in between
            return this;
        }
        // A copy of what is kept for JavaScript (at most JS_BUDGET bytes, or the piece that ends it).
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data);
        this.pieces.push(bytes);
        this.size += bytes.length;
        if (!fitsJavaScriptBudget(this.size)) {
            this.native = nodeCrypto().createHash(this.algorithm);
            for (const piece of this.pieces)
                this.native.update(piece);
            this.pieces = [];
        }
        return this;
    }
    digest(_encoding) {
        if (this.native)
            return this.native.digest('hex');
        if (!inJavaScriptBudget(this.size)) {
            const native = nodeCrypto().createHash(this.algorithm);
            for (const piece of this.pieces)
                native.update(piece);
            return native.digest('hex');
        }
        const hash = inJavaScript[this.algorithm].create();
        for (const piece of this.pieces)
            hash.update(piece);
        return (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesToHex */ .My)(hash.digest());
    }
}
/** The hex digest of `data` in one call (strings as UTF-8). */
function hashHex(algorithm, data) {
    const bytes = bytesOf(data);
    if (!inJavaScriptBudget(bytes.length))
        return nodeCrypto().hash(algorithm, bytes);
    return (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesToHex */ .My)(inJavaScript[algorithm](bytes));
}
/** Strings are hashed as UTF-8. */
function sha256Hex(data) {
    return hashHex('sha256', data);
}
/** `sha256:<hex>`. */
function sha256Digest(data) {
    return `sha256:${sha256Hex(data)}`;
}
/** `sha256` / `sha512` hash name of a digest, or undefined when we cannot verify it. */
function digestAlgorithm(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return algorithm === 'sha256' || algorithm === 'sha512' ? algorithm : undefined;
}
function computeDigest(bytes, algorithm) {
    return `${algorithm}:${algorithm === 'sha256' ? sha256Hex(bytes) : nodeCrypto().createHash(algorithm).update(bytes).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(expected, actual, what) {
        super(`${what}: content digest ${actual} does not match the expected ${expected}; the data was altered or truncated in transit`);
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
/**
 * A pass-through stream that hashes what flows and, at the end, fails the stream if the digest or
 * the size differs from what was expected, so a consumer never commits corrupted bytes. A node
 * stream: a blob copy pipes socket to socket through it without web-stream hops (node:stream, like
 * node:crypto, loads only when a blob is verified).
 */
function verifyingStream(expectedDigest, expectedSize, what) {
    const algorithm = digestAlgorithm(expectedDigest);
    if (!algorithm)
        throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
    const hash = nodeCrypto().createHash(algorithm);
    let size = 0;
    return new (process.getBuiltinModule('node:stream').Transform)({
        transform(chunk, _encoding, callback) {
            size += chunk.byteLength;
            if (expectedSize !== undefined && size > expectedSize) {
                callback(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
                return;
            }
            hash.update(chunk);
            callback(null, chunk);
        },
        flush(callback) {
            if (expectedSize !== undefined && size !== expectedSize) {
                callback(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            callback(actual === expectedDigest ? null : new DigestMismatchError(expectedDigest, actual, what));
        },
    });
}


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   u6: () => (/* binding */ chooseTag)
/* harmony export */ });
/* unused harmony export compareSemVer */
/**
 * Chooses one tag among several that point at the same commit (pure): a semantic version wins
 * (`v1.2.3` or `1.2.3`, the highest by SemVer precedence, so a release beats its own `-rc`); without
 * one, the first of the list as git sorted it (newest first).
 */
const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;
function parseSemVer(tag) {
    const match = semverPattern.exec(tag);
    if (!match)
        return undefined;
    return {
        core: [BigInt(match[1] ?? 0), BigInt(match[2] ?? 0), BigInt(match[3] ?? 0)],
        prerelease: match[4] ? match[4].split('.') : [],
    };
}
function compareIdentifiers(a, b) {
    const aNumeric = /^\d+$/.test(a);
    const bNumeric = /^\d+$/.test(b);
    if (aNumeric && bNumeric)
        return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
    if (aNumeric)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones
    if (bNumeric)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** SemVer 2.0.0 precedence (build metadata ignored). */
function compareSemVer(a, b) {
    for (let i = 0; i < 3; i++) {
        if (a.core[i] !== b.core[i])
            return a.core[i] < b.core[i] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length; // a release outranks any of its pre-releases
    }
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return order;
    }
    return a.prerelease.length - b.prerelease.length;
}
function chooseTag(tags) {
    let best;
    for (const tag of tags) {
        const version = parseSemVer(tag);
        if (!version)
            continue;
        // Ties (v1.0.0 and 1.0.0, or differing build metadata) go to the name that sorts first.
        const order = best ? compareSemVer(version, best.version) : 1;
        if (order > 0 || (order === 0 && best && tag < best.tag))
            best = { tag, version };
    }
    return best?.tag ?? tags[0] ?? '';
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Sm: () => (/* binding */ parsePinnedImageRef),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost */
/**
 * Image references, parsed and normalized the way Docker does it (distribution/reference):
 * `busybox` \u2192 docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:\u2026`, `localhost:5000/app:1`.
 * Pure: no I/O. Malformed references throw an ImageRefError that says what is wrong.
 */
class ImageRefError extends Error {
    reference;
    constructor(reference, problem) {
        super(`Invalid image reference "${reference}": ${problem}`);
        this.reference = reference;
        this.name = 'ImageRefError';
    }
}
const dockerHubRegistry = 'docker.io';
const dockerHubApiHost = 'registry-1.docker.io';
// The grammar of distribution/reference (regexp.go), anchored.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::([0-9]+))?$`);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const bareIdPattern = /^[a-f0-9]{64}$/;
const sha256DigestPattern = /^sha256:[a-f0-9]{64}$/;
const digestHexLength = { sha256: 64, sha512: 128 };
const maxNameLength = 255;
/** Parses a full reference: `[registry/]repository[:tag][@digest]`. */
function parseImageRef(text) {
    if (text.length === 0)
        throw new ImageRefError(text, 'it is empty');
    if (/\s/.test(text))
        throw new ImageRefError(text, 'it contains whitespace');
    if (bareIdPattern.test(text)) {
        throw new ImageRefError(text, 'a bare 64-hex image id is not a reference; write <repository>@sha256:<hex>');
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = validateDigest(text, rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw new ImageRefError(text, `tag "${tag}" is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`);
        }
    }
    const name = splitName(text, rest);
    return { ...name, ...(tag !== undefined || digest === undefined ? { tag: tag ?? 'latest' } : {}), ...(digest ? { digest } : {}) };
}
/** Parses a repository without tag or digest (an `image` input such as `ghcr.io/org/app`). */
function parseRepository(text) {
    const ref = parseImageRef(text);
    if (ref.digest || text.slice(text.lastIndexOf('/') + 1).includes(':')) {
        throw new ImageRefError(text, 'expected a repository without tag or digest (e.g. ghcr.io/org/app)');
    }
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
function splitName(original, name) {
    if (name.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    // Docker's rule: the first component is a registry only if it looks like a host
    // (has '.' or ':', is `localhost`, or has upper case, which no repository path may have).
    const isRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = isRegistry ? first : dockerHubRegistry;
    let repository = isRegistry ? name.slice(slash + 1) : name;
    if (isRegistry) {
        const match = domainPattern.exec(registry);
        if (!match)
            throw new ImageRefError(original, `registry "${registry}" is not a valid host[:port]`);
        const port = match[1];
        if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
            throw new ImageRefError(original, `registry port ${port} is out of range`);
        }
    }
    if (registry === 'index.docker.io')
        registry = dockerHubRegistry;
    if (registry === dockerHubRegistry && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    if (repository.toLowerCase() !== repository) {
        throw new ImageRefError(original, `repository name must be lowercase ("${repository}")`);
    }
    for (const component of repository.split('/')) {
        if (!pathComponentPattern.test(component)) {
            throw new ImageRefError(original, `repository path component "${component}" is not valid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
        }
    }
    if (registry.length + 1 + repository.length > maxNameLength) {
        throw new ImageRefError(original, `the name is longer than ${maxNameLength} characters`);
    }
    return { registry, apiHost: apiHostOf(registry), repository };
}
function validateDigest(original, digest) {
    const match = digestPattern.exec(digest);
    if (!match)
        throw new ImageRefError(original, `digest "${digest}" is not <algorithm>:<hex>`);
    const [, algorithm = '', hex = ''] = match;
    const length = digestHexLength[algorithm];
    if (length === undefined)
        throw new ImageRefError(original, `digest algorithm "${algorithm}" is not supported (sha256 or sha512)`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageRefError(original, `a ${algorithm} digest needs ${length} lowercase hex characters`);
    }
    return digest;
}
/** The registry of a reference, lower-cased as a host (`docker.io` for Docker Hub): `ghcr.io/org/app:1` \u2192 `ghcr.io`. */
function registryHost(reference) {
    return parseImageRef(reference).registry.toLowerCase();
}
/** The host that serves the registry API for a registry name. */
function apiHostOf(registry) {
    return registry === dockerHubRegistry ? dockerHubApiHost : registry.toLowerCase();
}
/** `registry/repository[:tag][@digest]`, fully qualified (`docker.io/library/busybox:latest`). */
function formatImageRef(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, the name without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The manifest reference used in `/v2/<name>/manifests/<reference>`: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository under another tag (no digest). */
function withTag(ref, tag) {
    if (!tagPattern.test(tag))
        throw new ImageRefError(`${repositoryName(ref)}:${tag}`, `tag "${tag}" is not valid`);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, tag };
}
/** The same repository pinned to `digest` (the tag is dropped: the digest is what counts). */
function withDigest(ref, digest) {
    validateDigest(`${repositoryName(ref)}@${digest}`, digest);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, digest };
}
function isValidTag(tag) {
    return tagPattern.test(tag);
}
/** `sha256:<64 lowercase hex>`: the only digest builders report and platforms record. */
function isSha256Digest(value) {
    return sha256DigestPattern.test(value);
}
/** The reference when it is valid and pinned by a sha256 digest (a tag before `@` may stay); else undefined. */
function parsePinnedImageRef(text) {
    let ref;
    try {
        ref = parseImageRef(text);
    }
    catch (error) {
        if (error instanceof ImageRefError)
            return undefined;
        throw error;
    }
    return ref.digest !== undefined && isSha256Digest(ref.digest) ? { ...ref, digest: ref.digest } : undefined;
}


/***/ }),

/***/ 1396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */
/** Every platform `register` and `promote` speak to. */
const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks', 'metaflow', 'zenml'];


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
/** Lower case, aliases resolved, default variants dropped (arm64 \u2192 no variant, arm \u2192 v7). */
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
/** `linux/arm64` \u2192 its canonical {os, architecture}; an unknown shape throws PlatformError. Any os/arch is accepted. */
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
/** Node's `process.arch` \u2192 the platform the runner builds for when none is given. */
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

/***/ 4174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ checkCredentialInputs),
/* harmony export */   PA: () => (/* binding */ checkHash),
/* harmony export */   Uh: () => (/* binding */ versionRequest),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   _D: () => (/* binding */ checkPinnedImage),
/* harmony export */   q9: () => (/* binding */ checkEndpoint),
/* harmony export */   su: () => (/* binding */ checkCommit),
/* harmony export */   vy: () => (/* binding */ checkImageName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);


/** The catalog's ImageName (openapi.yaml). DataWorks and Databricks check their own names. */
const CATALOG_IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The full build hash (64 hex) as hash and build output it. */
const FULL_HASH = /^[0-9a-f]{64}$/;
/**
 * The image must be pinned by a sha256 digest: register only ever runs after a push whose digest
 * was verified in the registry, and a tag could point elsewhere by the time compute pulls it.
 */
function checkPinnedImage(value) {
    const fix = "Pass the build step's `image` output (<repository>@sha256:<64 hex>): register only runs after a verified push";
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', 'is required but empty', fix);
    let digest;
    try {
        digest = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(value).digest;
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .ImageRefError */ .z0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', error.message, fix);
        throw error;
    }
    if (!digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', `'${value}' is not pinned by digest (no @sha256:\u2026)`, fix);
    if (!digest.startsWith('sha256:'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
    return { ref: value, digest };
}
/**
 * The endpoint as the adapter wants it; a URL must be http(s), without credentials, query or
 * fragment. Metaflow has no server: its endpoint must stay empty (the config file is a setting).
 */
function checkEndpoint(platform, value) {
    const trimmed = value.trim();
    if (platform === 'metaflow') {
        if (trimmed !== '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'is not used by metaflow, which has no server to call', 'Leave endpoint empty and name the Metaflow config file in platform-settings (config-file=\u2026)');
        return '';
    }
    const examples = {
        catalog: 'the catalog base URL, e.g. https://catalog.example.com or http://127.0.0.1:8080',
        databricks: 'the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net',
        dataworks: 'dataworks.<region>.aliyuncs.com, a region id such as cn-hangzhou, or an https:// URL',
        zenml: 'the ZenML server URL, e.g. https://zenml.example.com',
    };
    const fix = `Pass ${examples[platform]}`;
    if (trimmed === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'is required but empty', fix);
    if (/\s/.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' contains whitespace`, fix);
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
    if ((platform === 'catalog' || platform === 'zenml') && !hasScheme)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' is not a URL (no http:// or https://)`, fix);
    if (platform === 'dataworks' && !hasScheme && /^[a-z]{2,}(-[a-z0-9]+)+$/.test(trimmed))
        return trimmed; // a region id
    let url;
    try {
        url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' is not a valid URL`, fix);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' must use http:// or https://`, fix);
    if (url.username || url.password) {
        // Never echo it: the user part may be a credential.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'carries credentials (user:password@)', 'Pass the credentials through token (or the access-key inputs) and the endpoint without them');
    }
    if (url.search || url.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' has a query or fragment`, fix);
    return trimmed.replace(/\/+$/, '');
}
function checkImageName(platform, value) {
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image-name', 'is required but empty', 'Name the image on the platform, e.g. ml-runtime');
    if (platform === 'catalog' && (value.length > 128 || !CATALOG_IMAGE_NAME.test(value))) {
        const suggestion = value
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^[._-]+|[._-]+$/g, '')
            .slice(0, 128);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image-name', `'${value}' is not a catalog image name (lowercase letters and digits, separated by '.', '_' or '-'; at most 128)`, suggestion ? `Use e.g. '${suggestion}'` : 'Use e.g. ml-runtime');
    }
    return value;
}
function checkCommit(value) {
    if (!COMMIT.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('commit', value === '' ? 'is empty and GITHUB_SHA is not set' : `'${value}' is not a full commit id (40 or 64 lowercase hex)`, "Pass the git-state step's `commit` output");
    }
    return value;
}
function checkHash(value) {
    if (!FULL_HASH.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('hash', value === '' ? 'is required but empty' : `'${value}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
    }
    return value;
}
/** `https://github.com/<owner>/<repo>/actions/runs/<id>` from the runner's variables, when all are set. */
function runUrl(env) {
    const server = env['GITHUB_SERVER_URL'];
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    if (!server || !repository || !runId)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}
function versionRequest(facts) {
    return {
        image: facts.imageName,
        version: facts.version,
        digest: facts.image.digest,
        imageRef: facts.image.ref,
        source: { commit: facts.commit, ...(facts.runUrl ? { runUrl: facts.runUrl } : {}) },
        build: { hash: facts.hash },
        ...(facts.description ? { description: facts.description } : {}),
    };
}
/** Which credential inputs each platform takes; a misplaced one is an error, not silently ignored. */
const CREDENTIALS = {
    catalog: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for catalog' },
    databricks: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for databricks' },
    dataworks: {
        takes: ['accessKeyId', 'accessKeySecret'],
        fix: 'Pass access-key-id and access-key-secret (or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
    },
    metaflow: { takes: [], fix: 'Metaflow needs no credentials: it writes a local config file; remove the input' },
    zenml: { takes: ['token'], fix: 'Pass the API key of a ZenML service account as token' },
};
const INPUT_NAMES = {
    token: 'token',
    oidcAudience: 'oidc-audience',
    accessKeyId: 'access-key-id',
    accessKeySecret: 'access-key-secret',
};
function checkCredentialInputs(platform, given) {
    const { takes, fix } = CREDENTIALS[platform];
    for (const key of Object.keys(INPUT_NAMES)) {
        if (!given[key] || takes.includes(key))
            continue;
        const users = Object.keys(CREDENTIALS).filter((name) => CREDENTIALS[name].takes.includes(key));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT_NAMES[key], `is not used by ${platform} (only by ${users.join(', ')})`, fix);
    }
    if ((platform === 'catalog' || platform === 'databricks') && !given.token && !given.oidcAudience) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', `is empty and no oidc-audience is set: ${platform} needs credentials`, `Pass a token from secrets (token: \${{ secrets.\u2026 }}), or set oidc-audience with 'permissions: id-token: write'`);
    }
    if (platform === 'zenml' && !given.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', 'is empty: zenml needs the API key of a service account', 'Pass it from secrets (token: ${{ secrets.ZENML_API_KEY }})');
    }
}


/***/ }),

/***/ 277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ parseTargets),
/* harmony export */   je: () => (/* binding */ targetName)
/* harmony export */ });
/* unused harmony export expectedTargetForms */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*';
const databricksForms = [
    // Cluster ids look like 0123-456789-abc (date-ish prefix, random suffix).
    { kind: 'cluster', id: /^[0-9]{4}-[0-9]{6}-[a-z0-9]+$/, help: 'cluster/<cluster-id> (e.g. cluster/0123-456789-abc)' },
    // job_cluster_key: word characters and dashes, at most 100 (Jobs API).
    { kind: 'job', id: /^[0-9]{1,19}\/[A-Za-z0-9_-]{1,100}$/, help: 'job/<job-id>/<job-cluster-key> (e.g. job/42/main)' },
];
const dataworksForms = [{ kind: 'project', id: /^[0-9]{1,19}$/, help: 'project/<workspace-id> (e.g. project/1001)' }];
const catalogForms = [
    { kind: 'resource-group', id: new RegExp(`^${SEGMENT}$`), help: 'resource-group/<name> (e.g. resource-group/rg-prod)' },
    { kind: 'cluster', id: new RegExp(`^${SEGMENT}$`), help: 'cluster/<id> (e.g. cluster/0123-456789-abc)' },
    { kind: 'job', id: new RegExp(`^${SEGMENT}/${SEGMENT}$`), help: 'job/<job-id>/<key> (e.g. job/42/main)' },
    { kind: 'project', id: new RegExp(`^${SEGMENT}$`), help: 'project/<id> (e.g. project/1001)' },
];
// Metaflow and ZenML have no compute to attach to: Metaflow's config file is itself the
// attachment, and a ZenML run picks a build by its id or checksum.
const formsByPlatform = {
    catalog: catalogForms,
    databricks: databricksForms,
    dataworks: dataworksForms,
    metaflow: [],
    zenml: [],
};
/** Why a platform takes no targets at all, and what does the attaching instead. */
const noTargets = {
    metaflow: 'Metaflow has no compute to attach an image to: the config file (config-file in platform-settings) is what its runs read, and register writes it',
    zenml: 'ZenML has no compute to attach an image to: a run uses the registered pipeline build when its run configuration names it (build: <version-id>) or its checksum matches',
};
/** Kinds a platform cannot attach to, with the reason and what to do instead. */
const unsupported = {
    dataworks: {
        'resource-group': 'DataWorks has no API that attaches an image to a resource group (images run on Serverless resource groups through the tasks of a workspace)',
        cluster: 'DataWorks has no clusters to attach an image to',
        job: 'DataWorks has no jobs to attach an image to',
    },
    databricks: {
        'resource-group': 'Databricks has no resource groups',
        project: 'Databricks has no projects to attach an image to',
    },
};
function targetName(target) {
    return `${target.kind}/${target.id}`;
}
function expectedTargetForms(platform) {
    return formsByPlatform[platform].map((form) => form.help);
}
function formsFix(platform) {
    const forms = expectedTargetForms(platform);
    return forms.length > 0 ? `Write one target per line for ${platform}: ${forms.join('; ')}` : `Leave targets empty for ${platform}`;
}
/** Parses trimmed, non-empty lines (as `readLines('targets')` returns them). Duplicates collapse. */
function parseTargets(lines, platform) {
    const forms = formsByPlatform[platform];
    const fix = formsFix(platform);
    const seen = new Set();
    const targets = [];
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `line ${index + 1} '${line}'`;
        const none = noTargets[platform];
        if (none)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where}: ${none}`, fix);
        const slash = line.indexOf('/');
        if (slash <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where} is not <kind>/<id>`, fix);
        const kind = line.slice(0, slash);
        const id = line.slice(slash + 1);
        const form = forms.find((candidate) => candidate.kind === kind);
        if (!form) {
            const reason = unsupported[platform]?.[kind];
            const problem = reason ? `${where}: ${reason}` : `${where} has kind '${kind}', which ${platform} does not attach to`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', problem, fix);
        }
        if (!form.id.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where} is not of the form ${form.help}`, fix);
        const key = `${kind}/${id}`;
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push({ kind, id });
    });
    return targets;
}


/***/ }),

/***/ 270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports VERSION_PATTERN, VERSION_MAX_LENGTH, versionFromGitTag, checkVersion */
/* harmony import */ var _git_tag_choice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2862);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Which version name an image is registered under. Pure: facts in, a decision out.
 *
 * - An explicit `version` input wins; it is checked, never rewritten.
 * - Otherwise, when the commit carries a semantic-version git tag, that version \u2014 WITHOUT a leading
 *   `v`: `v1.2.3` and `1.2.3` name the same release, SemVer itself says the `v` is not part of the
 *   version, and a platform that sorts or compares versions must see `1.2.3`. Pre-release and build
 *   metadata stay (`v2.0.0-rc.1+b.7` \u2192 `2.0.0-rc.1+b.7`).
 * - Otherwise the hash tag (`h1-<32 hex>`): the same build definition always gets the same version,
 *   so a re-run is a replay, never a second version.
 *
 * A tag that is not a semantic version (`nightly`, `release-2026`) is not used: such tags move and
 * are reused, while a registered version is immutable.
 */


/** The catalog's VersionName (openapi.yaml); DataWorks is stricter (42) and checks that itself. */
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const VERSION_MAX_LENGTH = 128;
/** The version a git tag stands for, or undefined when the tag is not a semantic version. */
function versionFromGitTag(tag) {
    const trimmed = tag.trim();
    if (!(0,_git_tag_choice_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSemVer */ .IX)(trimmed))
        return undefined;
    return trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
}
/** Why `value` cannot be a version name, or undefined when it can. */
function versionProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.length > VERSION_MAX_LENGTH)
        return `'${value.slice(0, 20)}\u2026' has ${value.length} characters, more than ${VERSION_MAX_LENGTH}`;
    if (!VERSION_PATTERN.test(value)) {
        const bad = [...new Set([...value].filter((ch) => !/[A-Za-z0-9._+-]/.test(ch)))];
        const what = bad.length > 0 ? `contains ${bad.map((ch) => JSON.stringify(ch)).join(', ')}` : "starts with '.', '_', '+' or '-'";
        return `'${value}' ${what}`;
    }
    return undefined;
}
/** Throws an InputError naming `input` when `value` is not a usable version name. */
function checkVersion(value, input = 'version') {
    const problem = versionProblem(value);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${problem}; a version is 1 to ${VERSION_MAX_LENGTH} characters, letters, digits, '.', '_', '+' and '-', starting with a letter or digit`, 'Use a semantic version such as 1.2.3, or leave it empty to use the git tag or the hash tag');
    }
    return value;
}
function decideVersion(facts) {
    const explicit = facts.explicit.trim();
    if (explicit !== '') {
        return { version: checkVersion(explicit), source: 'input', reason: `the version input (${explicit})` };
    }
    const fromTag = facts.gitTag.trim() === '' ? undefined : versionFromGitTag(facts.gitTag);
    if (fromTag !== undefined) {
        return {
            version: checkVersion(fromTag, 'git-tag'),
            source: 'git-tag',
            reason: `the semantic-version tag ${facts.gitTag.trim()} at the commit`,
        };
    }
    const hashTag = facts.hashTag.trim();
    if (hashTag === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('hash', 'is empty, and neither a version nor a semantic-version git tag was given', "Pass the hash step's output (or set 'version')");
    }
    const note = facts.gitTag.trim() === '' ? 'no git tag at the commit' : `the git tag ${facts.gitTag.trim()} is not a semantic version`;
    return { version: checkVersion(hashTag, 'hash'), source: 'hash-tag', reason: `the hash tag (${note})` };
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/**
 * The one job-summary helper: every action writes a heading, a Field/Value table and, where it has
 * more to say, further tables or lists. Values are HTML (the summary is Markdown with HTML tables),
 * so text from inputs, registries or git is escaped here and nowhere else.
 */

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Text as inline code, or a dash when empty. */
function code(text) {
    return text ? `<code>${escapeHtml(text)}</code>` : '\u2014';
}
/** A table with a header row; cells are HTML (escape text with escapeHtml or code). */
function table(header, rows) {
    return [header.map((data) => ({ data, header: true })), ...rows.map((row) => [...row])];
}
/**
 * Appends a section to the job summary: `heading`, a Field/Value table of `fields`, then whatever
 * `more` adds. Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write: nothing happens.
 */
async function writeSummary(heading, fields, more) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createPlatform),
  M: () => (/* binding */ platformOptions)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/registry/login.ts
var registry_login = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/platform/log.ts
var platform_log = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/core/platform-model.ts
var platform_model = __webpack_require__(1396);
;// CONCATENATED MODULE: ./src/platform/settings.ts
/**
 * The `platform-settings` each platform takes: which keys exist, which are required, and what a
 * value must look like. Checked as a whole before any adapter exists, so a bad or missing setting
 * is one InputError that names it, and nothing is sent. Pure.
 */

const oneOf = (...choices) => (value) => choices.includes(value) ? undefined : `must be ${choices.join(' or ')}`;
const matching = (pattern, what) => (value) => (pattern.test(value) ? undefined : `must be ${what}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLATFORM_SETTINGS = {
    catalog: {},
    databricks: {
        'registry-username': { example: 'registry-username={{secrets/ci/acr-user}}' },
        'registry-password': { example: 'registry-password={{secrets/ci/acr-password}}' },
        'oidc-client-id': { example: 'oidc-client-id=<service principal application id>' },
        'restart-running-clusters': { example: 'restart-running-clusters=true', check: oneOf('true', 'false') },
    },
    dataworks: {
        'acr-instance-id': { example: 'acr-instance-id=cri-\u2026', required: true },
        'acr-vpc-id': { example: 'acr-vpc-id=vpc-\u2026', required: true },
        'task-types': {
            example: 'task-types=Shell,Python',
            check: matching(/^[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*$/, 'a comma list of node types'),
        },
        accessibility: { example: 'accessibility=Private', check: oneOf('Private', 'Public') },
        'test-resource-group': { example: 'test-resource-group=Serverless_res_group_\u2026' },
        'registry-username': { example: 'registry-username=<ACR user> (reads the hash tag before registering)' },
        'registry-password': { example: 'registry-password=<ACR password> (from secrets)' },
    },
    metaflow: {
        'config-file': { example: 'config-file=~/.metaflowconfig/config.json (or config_<profile>.json)', required: true },
    },
    zenml: {
        'zenml-version': {
            example: 'zenml-version=0.84.0 (the ZenML version in the image)',
            required: true,
            check: matching(/^\d+\.\d+\.\d+\S*$/, 'a ZenML version such as 0.84.0'),
        },
        'python-version': {
            example: 'python-version=3.11.9 (the Python version in the image)',
            required: true,
            check: matching(/^\d+\.\d+(\.\d+)?$/, 'a Python version such as 3.11.9'),
        },
        project: {
            example: 'project=default (a ZenML project name or id)',
            check: matching(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a project name or id'),
        },
        stack: { example: 'stack=<stack uuid>', check: matching(UUID, 'a stack UUID') },
        'image-keys': {
            example: 'image-keys=orchestrator,step_operator',
            check: matching(/^[A-Za-z0-9_.-]+(\s*,\s*[A-Za-z0-9_.-]+)*$/, 'a comma list of image keys (<component_key> or <step>.<component_key>)'),
        },
        'settings-checksum': {
            example: 'settings-checksum=<the settings checksum ZenML computes for the pipeline>',
            check: matching(/^[0-9a-f]{32,64}$/, 'lowercase hex'),
        },
    },
};
/** The settings, checked: unknown keys, missing required keys and bad values are one InputError each. */
function checkPlatformSettings(platform, settings, input) {
    const specs = PLATFORM_SETTINGS[platform];
    const known = Object.keys(specs);
    for (const key of Object.keys(settings)) {
        if (!known.includes(key)) {
            const fix = known.length > 0 ? `Known keys for ${platform}: ${known.join(', ')}` : `${platform} takes no settings`;
            throw new errors/* InputError */.dz(input, `'${key}' is not a ${platform} setting`, fix);
        }
    }
    const missing = known.filter((key) => specs[key]?.required && (settings[key] ?? '').trim() === '');
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(input, `${platform} needs ${missing.join(' and ')}`, `Add ${missing.length === 1 ? 'the line' : 'the lines'} ${missing.map((key) => specs[key]?.example).join('; ')}`);
    }
    for (const [key, value] of Object.entries(settings)) {
        const problem = specs[key]?.check?.(value.trim());
        if (problem)
            throw new errors/* InputError */.dz(input, `${key} '${value}' ${problem}`, `e.g. ${specs[key]?.example}`);
    }
    return settings;
}
/** A comma list setting as items, or undefined when absent. */
function listSetting(value) {
    const items = value
        ?.split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    return items && items.length > 0 ? items : undefined;
}

;// CONCATENATED MODULE: ./src/platform/create.ts








/**
 * createPlatform's options from those inputs. Without a token, the job's OIDC id-token for
 * `oidc-audience` is fetched: the catalog takes it as its bearer token, databricks exchanges it.
 */
async function platformOptions(inputs, readIdToken) {
    const idToken = !inputs.token && inputs.oidcAudience ? await readIdToken(inputs.oidcAudience) : undefined;
    const token = inputs.token ?? (inputs.platform === 'catalog' ? idToken : undefined);
    return {
        platform: inputs.platform,
        endpoint: inputs.endpoint,
        ...(token ? { token } : {}),
        ...(idToken && inputs.platform !== 'catalog' ? { idToken } : {}),
        ...(inputs.accessKeyId ? { accessKeyId: inputs.accessKeyId } : {}),
        ...(inputs.accessKeySecret ? { accessKeySecret: inputs.accessKeySecret } : {}),
        settings: inputs.platformSettings,
        settingsInput: 'platform-settings',
    };
}
const SECRET_SETTINGS = ['registry-password'];
async function createPlatform(options) {
    const log = options.log ?? platform_log/* actionsLog */._;
    const env = options.env ?? process.env;
    for (const secret of [
        options.token,
        options.idToken,
        options.accessKeySecret,
        options.securityToken,
        ...SECRET_SETTINGS.map((key) => options.settings?.[key]),
    ]) {
        if (secret)
            log.setSecret(secret);
    }
    if (!platform_model/* PLATFORM_NAMES */.Z.includes(options.platform)) {
        throw new errors/* InputError */.dz('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${platform_model/* PLATFORM_NAMES */.Z.join(', ')}`);
    }
    if (options.platform !== 'metaflow' && options.endpoint.trim() === '') {
        throw new errors/* InputError */.dz('endpoint', 'is required', endpointHelp(options.platform));
    }
    const input = options.settingsInput ?? 'platform-settings';
    const settings = checkPlatformSettings(options.platform, options.settings ?? {}, input);
    const common = {
        log,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    };
    switch (options.platform) {
        case 'catalog': {
            if (!options.token) {
                throw new errors/* InputError */.dz('token', 'the catalog needs a bearer token', 'Pass a token with the register scope (from secrets)');
            }
            const { CatalogPlatform } = await __webpack_require__.e(/* import() */ 169).then(__webpack_require__.bind(__webpack_require__, 1169));
            return new CatalogPlatform({ endpoint: options.endpoint, token: options.token, ...common });
        }
        case 'databricks': {
            const username = settings['registry-username'];
            const password = settings['registry-password'];
            if ((username === undefined) !== (password === undefined)) {
                throw new errors/* InputError */.dz(input, 'registry-username and registry-password go together', 'Set both, or neither for a public image');
            }
            let token = options.token;
            if (!token && options.idToken) {
                const { exchangeGithubOidcToken } = await __webpack_require__.e(/* import() */ 569).then(__webpack_require__.bind(__webpack_require__, 4569));
                const exchanged = await exchangeGithubOidcToken({
                    host: options.endpoint,
                    idToken: options.idToken,
                    ...(settings['oidc-client-id'] ? { clientId: settings['oidc-client-id'] } : {}),
                    ...common,
                });
                token = exchanged.accessToken;
            }
            if (!token) {
                throw new errors/* InputError */.dz('token', 'databricks needs a token or a GitHub OIDC id-token', "Pass a token from secrets, or set 'oidc-audience' with 'permissions: id-token: write'");
            }
            const { DatabricksPlatform } = await __webpack_require__.e(/* import() */ 151).then(__webpack_require__.bind(__webpack_require__, 3151));
            return new DatabricksPlatform({
                host: options.endpoint,
                token,
                ...(username !== undefined && password !== undefined ? { registryAuth: { username, password } } : {}),
                restartRunningClusters: settings['restart-running-clusters'] === 'true',
                ...common,
            });
        }
        case 'dataworks': {
            const accessKeyId = options.accessKeyId ?? env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
            const accessKeySecret = options.accessKeySecret ?? env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
            const securityToken = options.securityToken ?? env['ALIBABA_CLOUD_SECURITY_TOKEN'];
            for (const secret of [accessKeySecret, securityToken])
                if (secret)
                    log.setSecret(secret);
            if (!accessKeyId || !accessKeySecret) {
                throw new errors/* InputError */.dz('access-key-secret', 'dataworks needs an AccessKey pair and none was given', 'Pass access-key-id and access-key-secret from secrets, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
            }
            const username = settings['registry-username'];
            const password = settings['registry-password'];
            if ((username === undefined) !== (password === undefined)) {
                throw new errors/* InputError */.dz(input, 'registry-username and registry-password go together', 'Set both, or neither to use ~/.docker/config.json');
            }
            const taskTypes = listSetting(settings['task-types']);
            const accessibility = settings['accessibility'];
            const { DataWorksPlatform } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 5231));
            return new DataWorksPlatform({
                endpoint: options.endpoint,
                credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) },
                acrInstanceId: settings['acr-instance-id'],
                acrVpcId: settings['acr-vpc-id'],
                tagDigest: options.tagDigest ??
                    registryTagDigest(log, username !== undefined && password !== undefined ? { username, password } : undefined),
                ...(settings['test-resource-group'] ? { testResourceGroup: settings['test-resource-group'] } : {}),
                ...(taskTypes ? { taskTypes } : {}),
                ...(accessibility ? { accessibility } : {}),
                ...(options.poll ? { poll: options.poll } : {}),
                ...common,
            });
        }
        case 'metaflow': {
            const { MetaflowPlatform } = await __webpack_require__.e(/* import() */ 773).then(__webpack_require__.bind(__webpack_require__, 6773));
            return new MetaflowPlatform({ configFile: resolveConfigFile(settings['config-file'], env), log });
        }
        case 'zenml': {
            if (!options.token) {
                throw new errors/* InputError */.dz('token', 'zenml needs a service account API key', 'Pass the API key of a ZenML service account from secrets as token');
            }
            const imageKeys = listSetting(settings['image-keys']);
            const { ZenMLPlatform } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 2928));
            return new ZenMLPlatform({
                url: options.endpoint,
                apiKey: options.token,
                zenmlVersion: settings['zenml-version'],
                pythonVersion: settings['python-version'],
                ...(settings['project'] ? { project: settings['project'] } : {}),
                ...(settings['stack'] ? { stackId: settings['stack'] } : {}),
                ...(imageKeys ? { imageKeys } : {}),
                ...(settings['settings-checksum'] ? { settingsChecksum: settings['settings-checksum'] } : {}),
                ...common,
            });
        }
    }
}
/** The registry's answer for a tag, through one lazily made client (credentials for the image's registry only). */
function registryTagDigest(log, login) {
    return async (ref) => {
        const client = (0,registry_login.makeRegistryClient)(login ? { registry: (0,image_ref/* registryHost */.U$)(ref), ...login } : undefined, [], {
            mask: (secret) => log.setSecret(secret),
            log: (line) => log.debug(line),
        });
        return (await client.headManifest(ref))?.digest;
    };
}
/** `~/\u2026` from the home folder, a relative path from the workspace (the step's working folder). */
function resolveConfigFile(file, env) {
    const trimmed = file.trim();
    if (trimmed === '~' || trimmed.startsWith('~/'))
        return external_node_path_default().join(env['HOME'] ?? external_node_os_default().homedir(), trimmed.slice(1));
    return external_node_path_default().resolve(env['GITHUB_WORKSPACE'] ?? process.cwd(), trimmed);
}
function endpointHelp(platform) {
    if (platform === 'databricks')
        return 'Pass the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net';
    if (platform === 'dataworks')
        return 'Pass dataworks.<region>.aliyuncs.com or a region id such as cn-hangzhou';
    if (platform === 'zenml')
        return 'Pass the ZenML server URL, e.g. https://zenml.example.com';
    return 'Pass the catalog base URL, e.g. http://127.0.0.1:8080';
}


/***/ }),

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readPlatformInputs)
/* harmony export */ });
/* harmony import */ var _core_platform_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1396);
/* harmony import */ var _core_registration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4174);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2291);
/**
 * The inputs register and promote share to reach a platform (names as in their action.yml): which
 * platform, where, and its credentials. Secrets are masked before anything is read that could fail
 * and print; credentials a platform does not take are refused, not ignored.
 */



/** `secretInputs`: the action's other secret inputs, masked with the platform's own. */
function readPlatformInputs(secretInputs = []) {
    (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecretInputs */ .q)(['token', 'access-key-secret', ...secretInputs], 'platform-settings');
    const platform = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)('platform', _core_platform_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z);
    const endpoint = (0,_core_registration_js__WEBPACK_IMPORTED_MODULE_0__/* .checkEndpoint */ .q9)(platform, (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('endpoint'));
    const token = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('token');
    const oidcAudience = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('oidc-audience');
    const accessKeyId = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('access-key-id');
    const accessKeySecret = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('access-key-secret');
    (0,_core_registration_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCredentialInputs */ .He)(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
    return {
        platform,
        endpoint,
        ...(token ? { token } : {}),
        ...(oidcAudience ? { oidcAudience } : {}),
        ...(accessKeyId ? { accessKeyId } : {}),
        ...(accessKeySecret ? { accessKeySecret } : {}),
        platformSettings: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readKeyValueLines */ .ob)('platform-settings'),
    };
}


/***/ }),

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog),
/* harmony export */   e: () => (/* binding */ sentence)
/* harmony export */ });
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);

const actionsLog = {
    info: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    setSecret: (secret) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
};
/** `text` ending in exactly one full stop (server messages often bring their own). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n6: () => (/* binding */ commandFailed),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* unused harmony exports BACKGROUND_PRIORITY, formatCommand, logTail */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9921);
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */


/** The nice value of a background command (see RunOptions.background). */
const BACKGROUND_PRIORITY = 10;
/** The command is not installed or not on PATH. */
class CommandNotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    command;
    constructor(command, cause) {
        super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
        this.command = command;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] \u2026` and streams their output to `sink` (stdout by default). */
class SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = _stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .writeLog */ .ur, captureLimit = DEFAULT_CAPTURE_LIMIT) {
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
        // Loaded at the first command, not at start: a hash of a plain folder starts no process at all.
        const { spawn } = process.getBuiltinModule('node:child_process');
        return new Promise((resolve, reject) => {
            const child = spawn(command, args, {
                cwd: options.cwd,
                env,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            if (options.background && child.pid !== undefined) {
                try {
                    process.getBuiltinModule('node:os').setPriority(child.pid, BACKGROUND_PRIORITY);
                }
                catch {
                    // Speed only: the command runs as well at the usual priority.
                }
            }
            let captured = '';
            const stdoutChunks = [];
            let stdoutTail = '';
            // Keep the tail: failures are explained by the last lines.
            const keepTail = (text) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
            // Decoded per stream, so a character split across chunks stays whole.
            if (!options.onStdout)
                child.stdout?.setEncoding('utf8');
            child.stderr?.setEncoding('utf8');
            if (options.onStdout)
                child.stdout?.on('data', options.onStdout);
            else
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
                    : new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`Cannot run ${command}: ${error.message}`, { cause: error }));
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}


/***/ }),

/***/ 3299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readIdToken)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * The job's GitHub OIDC id-token for `audience`, masked at once. It needs `permissions: id-token: write`
 * (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN); without it, one error that says so.
 */
async function readIdToken(audience) {
    let token;
    try {
        token = await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('oidc-audience', `the job's OIDC id-token for audience '${audience}' could not be fetched (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`, "Give the job 'permissions: id-token: write', or pass a token instead");
    }
    _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   RD: () => (/* binding */ timedGroup),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        if (error instanceof Error && error.stack && _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
}


/***/ })

};
