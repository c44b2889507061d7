export const id = 130;
export const ids = [130];
export const modules = {

/***/ 7621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   TX: () => (/* binding */ verifyManifest),
/* harmony export */   gY: () => (/* binding */ tagFor),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports RECIPE, canonicalJson, definitionHash, serializeManifest */
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8799);
/* harmony import */ var _context_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1917);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
/**
 * The canonical build definition and its hash (recipe `h1`, DESIGN §3).
 *
 * The hash is SHA-256 over the RFC 8785 (JCS) serialization of `BuildDefinition`; the tag is
 * `h1-<first 32 hex>`. The context appears in the definition as its tree digest; the entries that
 * digest commits to travel next to it in the manifest file, so the file can be checked and
 * compared (`image-actions explain`) without making the hashed object huge.
 *
 * Bump RECIPE whenever anything here or in context-tree.ts changes meaning, so that tags made by
 * different recipes can never collide.
 */



const RECIPE = 'h1';
function canonicalJson(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('value cannot be serialized canonically');
    return text;
}
function definitionHash(definition) {
    return (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(canonicalJson(definition));
}
function tagFor(hash, recipe = RECIPE) {
    return `${recipe}-${hash.slice(0, 32)}`;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Assembles the definition and manifest from parts the caller gathered. */
function buildManifest(parts) {
    const images = [...new Map(parts.images.map((image) => [image.ref, image])).values()].sort((a, b) => a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
    const definition = {
        recipe: RECIPE,
        dockerfile: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(parts.dockerfileBytes),
        context: (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .treeDigest */ .fZ)(parts.entries),
        images,
        platforms: [...new Set(parts.platforms)].sort(),
        target: parts.target,
        buildArgs: sortedRecord(parts.buildArgs),
        secrets: [...new Set(parts.secrets)].sort(),
        labels: sortedRecord(parts.labels),
    };
    const hash = definitionHash(definition);
    const totals = (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .contextTotals */ .r2)(parts.entries);
    return {
        hash,
        tag: tagFor(hash),
        definition,
        context: { ignoreFile: parts.ignoreFile, files: totals.files, bytes: totals.bytes, entries: parts.entries },
    };
}
/**
 * Pretty JSON with canonical (JCS) key order; arrays named `entries` get one compact item per line.
 * Yields the text in pieces (one per entry line at most), so it can be written out without ever
 * holding the whole of it.
 */
function* render(value, indent, key) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield '[\n';
        for (let i = 0; i < value.length; i++) {
            yield `${indent}  `;
            if (key === 'entries')
                yield canonicalJson(value[i]);
            else
                yield* render(value[i], `${indent}  `);
            yield i < value.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}]`;
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        const keys = Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort();
        if (keys.length === 0) {
            yield '{}';
            return;
        }
        yield '{\n';
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            yield `${indent}  ${JSON.stringify(k)}: `;
            yield* render(record[k], `${indent}  `, k);
            yield i < keys.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}}`;
        return;
    }
    yield canonicalJson(value);
}
/**
 * The manifest as text, in pieces: canonical key order everywhere, readable indentation, one
 * context entry per line (so two manifests diff well with ordinary tools too).
 */
function* manifestText(manifest) {
    yield* render(manifest, '');
    yield '\n';
}
/** The manifest as one text (see manifestText). */
function serializeManifest(manifest) {
    return [...manifestText(manifest)].join('');
}
/** Reads a manifest back, checking its shape; throws with a plain message when it is not one. */
function parseManifest(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const manifest = value;
    const definition = manifest?.definition;
    if (typeof manifest !== 'object' ||
        manifest === null ||
        typeof manifest.hash !== 'string' ||
        !definition ||
        typeof definition.recipe !== 'string') {
        throw new Error(`${name} is not a build definition written by the hash action (manifest-file)`);
    }
    return manifest;
}
/** Does the manifest hash what it says? (A hand-edited file would not.) */
function verifyManifest(manifest) {
    const hashMatches = definitionHash(manifest.definition) === manifest.hash;
    const entries = manifest.context?.entries;
    const entriesMatch = Array.isArray(entries) ? (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .treeDigest */ .fZ)(entries) === manifest.definition.context : undefined;
    return { hashMatches, entriesMatch };
}


/***/ }),

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ comparatorFor),
/* harmony export */   R3: () => (/* binding */ sortEntries),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   r2: () => (/* binding */ contextTotals),
/* harmony export */   tX: () => (/* binding */ BLOB_PREFIX)
/* harmony export */ });
/* unused harmony exports blobHeader, blobDigest, comparePaths, entryRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The build context as data: one entry per path Docker sends, and the tree digest over them.
 *
 * Recipe (h1):
 * - a file's digest is the git blob id of its bytes, `sha1("blob <size>\0" + bytes)`, so that a
 *   clean git checkout can take it from the index without reading the file (the fast path) and
 *   still give the same result as reading it;
 * - only the executable bit of a file counts (git's model), never the rest of the mode, uid,
 *   gid or times;
 * - a symlink is its target string, never followed; a directory counts even when empty;
 * - records are sorted by path (UTF-8 byte order) and framed with NUL after every field (paths and
 *   link targets cannot contain NUL, and the record type fixes the number of fields), then
 *   SHA-256'd.
 */

const BLOB_PREFIX = 'git-blob:';
/** Git's blob header for `size` bytes; the per-file digest is sha1(header + bytes). */
function blobHeader(size) {
    return Buffer.from(`blob ${size}\0`, 'latin1');
}
/** The per-file digest of in-memory bytes (the workers compute the same thing while streaming). */
function blobDigest(bytes) {
    return BLOB_PREFIX + createHash('sha1').update(blobHeader(bytes.length)).update(bytes).digest('hex');
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Compares paths by Unicode code point, which is UTF-8 byte order (JS `<` compares UTF-16 units). */
function comparePaths(a, b) {
    if (a === b)
        return 0;
    // Without astral characters UTF-16 order is code point order: let the engine compare.
    if (!SURROGATE.test(a) && !SURROGATE.test(b))
        return a < b ? -1 : 1;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800–0xDFFF) encode code points above every BMP character.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/** The fastest comparison that puts these paths in UTF-8 byte order: the engine's own unless one has an astral character. */
function comparatorFor(paths) {
    return paths.some((path) => SURROGATE.test(path)) ? comparePaths : (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}
/** Sorts by path in UTF-8 byte order (the native comparison is the same unless a path has astral characters). */
function sortEntries(entries) {
    if (entries.some((entry) => SURROGATE.test(entry.path)))
        return entries.sort((a, b) => comparePaths(a.path, b.path));
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isSorted(entries) {
    const astral = entries.some((entry) => SURROGATE.test(entry.path));
    for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1].path;
        const b = entries[i].path;
        if (astral ? comparePaths(a, b) >= 0 : !(a < b))
            return false;
    }
    return true;
}
/** The framed record of one entry, exactly as it enters the tree digest. */
function entryRecord(entry) {
    switch (entry.type) {
        case 'file':
            return `file\0${entry.path}\0${entry.mode}\0${entry.digest}\0`;
        case 'symlink':
            return `symlink\0${entry.path}\0${entry.target}\0`;
        case 'dir':
            return `dir\0${entry.path}\0`;
    }
}
/** `sha256:<hex>` over the sorted, framed records. */
function treeDigest(entries) {
    const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let piece = '';
    for (const entry of sorted) {
        piece += entryRecord(entry);
        if (piece.length >= 1 << 16) {
            hash.update(piece);
            piece = '';
        }
    }
    hash.update(piece);
    return `sha256:${hash.digest('hex')}`;
}
function contextTotals(entries) {
    let files = 0;
    let bytes = 0;
    for (const entry of entries) {
        if (entry.type !== 'file')
            continue;
        files++;
        bytes += entry.size;
    }
    return { files, bytes };
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ computeDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   oP: () => (/* binding */ verifyingStream),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), and verifying a stream as it flows without holding it (blob copies).
 */

/** Strings are hashed as UTF-8. */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
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
 * the size differs from what was expected, so a consumer never commits corrupted bytes.
 */
function verifyingStream(expectedDigest, expectedSize, what) {
    const algorithm = digestAlgorithm(expectedDigest);
    if (!algorithm)
        throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    let size = 0;
    return new TransformStream({
        transform(chunk, controller) {
            size += chunk.byteLength;
            if (expectedSize !== undefined && size > expectedSize) {
                controller.error(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
                return;
            }
            hash.update(chunk);
            controller.enqueue(chunk);
        },
        flush(controller) {
            if (expectedSize !== undefined && size !== expectedSize) {
                controller.error(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== expectedDigest)
                controller.error(new DigestMismatchError(expectedDigest, actual, what));
        },
    });
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
 * `busybox` → docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:…`, `localhost:5000/app:1`.
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
/** The registry of a reference, lower-cased as a host (`docker.io` for Docker Hub): `ghcr.io/org/app:1` → `ghcr.io`. */
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
    return text ? `<code>${escapeHtml(text)}</code>` : '—';
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

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Pieces are gathered up to this size before a write: few system calls, little memory. */
const WRITE_CHUNK = 1 << 16;
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length;)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, offset);
}
/**
 * Writes `text` to `file` all at once: a temporary file beside it, then a rename, so no reader ever
 * sees half a file. `text` may come in pieces (a large manifest is never held whole). `mode` is the
 * new file's permissions (e.g. to keep a config file private).
 */
function writeFileAtomically(file, text, mode) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, 'w', mode);
        let pending = '';
        for (const piece of typeof text === 'string' ? [text] : text) {
            pending += piece;
            if (pending.length >= WRITE_CHUNK) {
                writeAll(fd, pending);
                pending = '';
            }
        }
        if (pending !== '')
            writeAll(fd, pending);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */

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
        // Loaded at the first command, not at start: a hash of a plain folder starts no process at all.
        const { spawn } = process.getBuiltinModule('node:child_process');
        return new Promise((resolve, reject) => {
            const child = spawn(command, args, {
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


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
