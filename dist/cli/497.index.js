export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_build_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7621);
/* harmony import */ var _core_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(102);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




/**
 * `image-actions explain A.json B.json`: why the build described by B differs from A (two files
 * written by the hash action's `manifest-file`). Prints plain sentences; exit 0 whether or not
 * they differ, 2 for wrong usage, 1 when a file cannot be read.
 */
const usage = "Usage: image-actions explain A.json B.json (files written by the hash action's manifest-file)";
async function explainCommand(args) {
    if (args.includes('--help') || args.includes('-h')) {
        process.stdout.write(`${usage}\n`);
        return 0;
    }
    if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
        process.stderr.write(`image-actions explain: ${args.find((a) => a.startsWith('-')) ? `unknown flag '${args.find((a) => a.startsWith('-'))}'` : `expected two files, got ${args.length}`}\n${usage}\n`);
        return 2;
    }
    const [fileA, fileB] = args;
    let manifests;
    try {
        manifests = [fileA, fileB].map((file) => (0,_core_build_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file));
    }
    catch (error) {
        process.stderr.write(`image-actions explain: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n`);
        return 1;
    }
    const [a, b] = manifests;
    const explanation = (0,_core_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainDifference */ .L)(a, b);
    const lines = [`${a.tag}  ${fileA}`, `${b.tag}  ${fileB}`, '', explanation.summary];
    if (explanation.details.length > 0)
        lines.push('', ...explanation.details.map((detail) => `- ${detail}`));
    for (const warning of explanation.warnings)
        lines.push(`warning: ${warning}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ }),

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
 * The canonical build definition and its hash (recipe `h1`, DESIGN \u00a73).
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
        context: (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .treeDigest */ .fZ)(parts.entries, parts.packed),
        images,
        platforms: [...new Set(parts.platforms)].sort(),
        target: parts.target,
        buildArgs: sortedRecord(parts.buildArgs),
        secrets: [...new Set(parts.secrets)].sort(),
        labels: sortedRecord(parts.labels),
    };
    const hash = definitionHash(definition);
    const totals = (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .contextTotals */ .r2)(parts.entries, parts.packed);
    const { packed } = parts;
    let entries = packed && packed.chosen.length > 0 ? undefined : parts.entries;
    return {
        hash,
        tag: tagFor(hash),
        definition,
        context: {
            ignoreFile: parts.ignoreFile,
            files: totals.files,
            bytes: totals.bytes,
            // Made when first read (a manifest file, explain): the hash itself never needs them as objects.
            get entries() {
                return (entries ??= (0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .sortEntries */ .R3)([...parts.entries, ...(0,_context_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .unpackFiles */ .Qo)(packed)]));
            },
        },
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
/* harmony export */   Qo: () => (/* binding */ unpackFiles),
/* harmony export */   R3: () => (/* binding */ sortEntries),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   r2: () => (/* binding */ contextTotals),
/* harmony export */   tX: () => (/* binding */ BLOB_PREFIX)
/* harmony export */ });
/* unused harmony exports blobHeader, blobDigest, comparePaths, entryRecord */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5543);
/* harmony import */ var _git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5747);
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
    return BLOB_PREFIX + new IncrementalHash('sha1').update(blobHeader(bytes.length)).update(bytes).digest('hex');
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
        // Surrogates (0xD800\u20130xDFFF) encode code points above every BMP character.
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
const EXECUTABLE_INDEX_MODE = 0o100755;
/** The entries of packed files, as objects (for the manifest and explain, which want them one by one). */
function unpackFiles(packed) {
    const { names, modes, sizes, chosen } = packed;
    return Array.from(chosen, (i) => ({
        path: (0,_git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__/* .packedPath */ .e3)(names, i),
        type: 'file',
        mode: modes[i] === EXECUTABLE_INDEX_MODE ? '755' : '644',
        digest: BLOB_PREFIX + (0,_git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__/* .packedOid */ .nC)(names, i),
        size: sizes[i] ?? 0,
    }));
}
const HEX = Buffer.from('0123456789abcdef');
const FILE_HEAD = Buffer.from('file\0');
const MODE_644 = Buffer.from('\x00644\x00git-blob:');
const MODE_755 = Buffer.from('\x00755\x00git-blob:');
/** A packed file's record without its name: head, mode and prefix, 40 hex digits, NUL. */
const PACKED_RECORD_BYTES = FILE_HEAD.length + MODE_644.length + 2 * _git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKED_OID_BYTES */ .gq + 1;
/**
 * Records written into one reused buffer and hashed a buffer at a time: packed files need no
 * string each, and there are few calls into the hash. The loop over packed files is written out
 * in one function: it runs once per process, mostly before V8 optimizes it, when every call costs.
 */
class RecordWriter {
    hash;
    buffer = Buffer.allocUnsafe(1 << 16);
    used = 0;
    constructor(hash) {
        this.hash = hash;
    }
    text(record) {
        if (this.used + 3 * record.length > this.buffer.length)
            this.flush();
        if (3 * record.length > this.buffer.length)
            this.hash.update(record);
        else
            this.used += this.buffer.write(record, this.used, 'utf8');
    }
    /** The records of packed files chosen[from, to). */
    packedFiles(packed, from, to) {
        const { names, starts, ends, oids, oidStarts } = packed.names;
        const { chosen, modes } = packed;
        const buffer = this.buffer;
        let at = this.used;
        for (let k = from; k < to; k++) {
            const i = chosen[k];
            const start = starts[i];
            const end = ends[i];
            if (at + PACKED_RECORD_BYTES + end - start > buffer.length) {
                this.used = at;
                this.flush();
                at = 0;
            }
            buffer.set(FILE_HEAD, at);
            at += FILE_HEAD.length;
            if (PACKED_RECORD_BYTES + end - start > buffer.length) {
                // A name longer than the buffer (git allows 4 KB, file systems more): hashed where it is.
                this.used = at;
                this.flush();
                this.hash.update(names.subarray(start, end));
                at = 0;
            }
            else {
                at += names.copy(buffer, at, start, end);
            }
            const mode = modes[i] === EXECUTABLE_INDEX_MODE ? MODE_755 : MODE_644;
            buffer.set(mode, at);
            at += mode.length;
            for (let b = oidStarts[i], last = b + _git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKED_OID_BYTES */ .gq; b < last; b++) {
                const byte = oids[b];
                buffer[at++] = HEX[byte >> 4];
                buffer[at++] = HEX[byte & 15];
            }
            buffer[at++] = 0;
        }
        this.used = at;
    }
    flush() {
        if (this.used > 0)
            this.hash.update(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
}
/** The first position in chosen[from, length) whose name sorts after `key` (chosen is in path order). */
function firstAfter(packed, key, from) {
    let low = from;
    let high = packed.chosen.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if ((0,_git_packed_names_js__WEBPACK_IMPORTED_MODULE_1__/* .comparePackedPath */ .Do)(packed.names, packed.chosen[middle], key) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** The sorted entries and the packed files, merged in path order, into `hash`. */
function hashWithPacked(sorted, packed, hash) {
    const writer = new RecordWriter(hash);
    let k = 0;
    for (let e = 0; e < sorted.length; e++) {
        const entry = sorted[e];
        // A binary search per entry: entries are few next to packed files (folders, files git did not vouch for).
        const until = firstAfter(packed, Buffer.from(entry.path), k);
        writer.packedFiles(packed, k, until);
        k = until;
        writer.text(entryRecord(entry));
    }
    writer.packedFiles(packed, k, packed.chosen.length);
    writer.flush();
}
/** `sha256:<hex>` over the sorted, framed records (of `entries` and of the `packed` files, when given). */
function treeDigest(entries, packed) {
    const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
    if (packed && packed.chosen.length > 0) {
        const hash = new _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .IncrementalHash */ .lL('sha256');
        hashWithPacked(sorted, packed, hash);
        return `sha256:${hash.digest('hex')}`;
    }
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = new _digest_js__WEBPACK_IMPORTED_MODULE_0__/* .IncrementalHash */ .lL('sha256');
    let piece = '';
    // Indexed loops here: a for-of allocates an iterator result per step until V8 optimizes it.
    for (let i = 0; i < sorted.length; i++) {
        piece += entryRecord(sorted[i]);
        if (piece.length >= 1 << 16) {
            hash.update(piece);
            piece = '';
        }
    }
    hash.update(piece);
    return `sha256:${hash.digest('hex')}`;
}
function contextTotals(entries, packed) {
    let files = packed?.chosen.length ?? 0;
    let bytes = 0;
    for (let k = 0; k < files; k++)
        bytes += packed?.sizes[packed.chosen[k]] ?? 0;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
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

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ explainDifference)
});

// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
;// CONCATENATED MODULE: ./src/core/spec/diff.ts
function code(text) {
    return `\`${text}\``;
}
/** `pandas[parquet]==2.1.0` \u2192 name `pandas`, version `2.1.0`; other specifiers are kept as written. */
function pipPackage(spec) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
    if (!match)
        return { name: spec, version: '' };
    const name = match[1].toLowerCase().replace(/[-_.]+/g, '-');
    const rest = (match[3] ?? '').trim();
    const pinned = /^===?\s*([^,;\s]+)$/.exec(rest);
    return { name: `${name}${match[2] ?? ''}`, version: pinned ? pinned[1] : rest };
}
function aptPackage(spec) {
    const [name = spec, version = ''] = spec.split('=');
    return { name, version };
}
function packageChanges(kind, before, after, parse) {
    const a = new Map(before.map((s) => [parse(s).name, parse(s).version]));
    const b = new Map(after.map((s) => [parse(s).name, parse(s).version]));
    const lines = [];
    for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const old = a.get(name);
        const now = b.get(name);
        if (old === undefined)
            lines.push(`${kind} ${name} was added${now ? ` (${now})` : ''}`);
        else if (now === undefined)
            lines.push(`${kind} ${name} was removed`);
        else if (old !== now)
            lines.push(`${kind} ${name} changed ${old || 'any version'} \u2192 ${now || 'any version'}`);
    }
    return lines;
}
function listChanges(what, before, after) {
    return [
        ...after.filter((item) => !before.includes(item)).map((item) => `${what} ${code(item)} was added`),
        ...before.filter((item) => !after.includes(item)).map((item) => `${what} ${code(item)} was removed`),
    ];
}
function valueChange(what, before, after) {
    const show = (value) => value === undefined || value === '' ? 'none' : Array.isArray(value) ? value.join(' ') || 'none' : String(value);
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${what} changed from ${show(before)} to ${show(after)}`];
}
const ids = (layer) => {
    const mounts = (layer.secretMounts ?? layer.options?.secretMounts ?? []);
    return mounts.map((mount) => mount.id);
};
function pipOptionChanges(a, b) {
    const oa = (a.options ?? {});
    const ob = (b.options ?? {});
    return [
        ...valueChange('pip index-url', oa.indexUrl, ob.indexUrl),
        ...valueChange('pip extra-index-urls', oa.extraIndexUrls, ob.extraIndexUrls),
        ...valueChange('pip pre', oa.pre, ob.pre),
        ...valueChange('pip extra-args', oa.extraArgs, ob.extraArgs),
    ];
}
/** Differences between two layers of the same kind. */
function layerChanges(a, b) {
    const lines = listChanges('secret mount', ids(a), ids(b));
    const A = a;
    const B = b;
    switch (a.kind) {
        case 'apt':
            return [...packageChanges('apt package', A.packages, B.packages, aptPackage), ...lines];
        case 'pip':
            return [
                ...listChanges('requirements file', A.requirements, B.requirements),
                ...packageChanges('pip package', A.packages, B.packages, pipPackage),
                ...pipOptionChanges(a, b),
                ...lines,
            ];
        case 'requirements':
            return [...valueChange('requirements file', A.file, B.file), ...pipOptionChanges(a, b), ...lines];
        case 'uv-project':
            return [
                ...valueChange('uv-project pyproject', A.pyproject, B.pyproject),
                ...valueChange('uv-project lock', A.lock, B.lock),
                ...lines,
            ];
        case 'source':
            return [
                ...valueChange('source', A.src, B.src),
                ...(A.src === B.src ? valueChange(`source ${code(String(A.src))} destination`, A.dst, B.dst) : []),
            ];
        case 'env': {
            const va = A.values;
            const vb = B.values;
            const out = [];
            for (const key of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort()) {
                if (!(key in va))
                    out.push(`env ${key} was added`);
                else if (!(key in vb))
                    out.push(`env ${key} was removed`);
                else if (va[key] !== vb[key])
                    out.push(`env ${key} changed`);
            }
            return out;
        }
        case 'workdir':
            return valueChange('workdir', A.path, B.path);
        case 'commands': {
            const changed = listChanges('command', A.run, B.run);
            if (changed.length === 0 && JSON.stringify(A.run) !== JSON.stringify(B.run))
                changed.push('the order of the commands changed');
            return [...changed, ...lines];
        }
        case 'user':
            return [
                ...valueChange('user', A.name, B.name),
                ...(A.name === B.name ? valueChange(`uid of user ${String(A.name)}`, A.uid, B.uid) : []),
            ];
        default:
            return JSON.stringify(a) === JSON.stringify(b) ? [] : [`a ${a.kind} layer changed`];
    }
}
function baseWords(base) {
    switch (base.kind) {
        case 'debian-python':
            return `debian-python ${base.python}`;
        case 'dockerfile':
        case 'uv-script':
            return `${base.kind} ${base.path}`;
        default:
            return `${base.kind} ${base.image}`;
    }
}
function baseChanges(a, b) {
    if (a.kind !== b.kind)
        return [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
    if (a.kind === 'debian-python' && b.kind === 'debian-python')
        return a.python === b.python ? [] : [`Python changed ${a.python} \u2192 ${b.python}`];
    if (a.kind === 'uv-script' && b.kind === 'uv-script') {
        return [
            ...valueChange('the uv script', a.path, b.path),
            ...(a.python !== b.python ? [`Python changed ${a.python ?? '?'} \u2192 ${b.python ?? '?'}`] : []),
            ...packageChanges('script dependency', a.dependencies ?? [], b.dependencies ?? [], pipPackage),
        ];
    }
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
}
/** Longest common subsequence of layer kinds: which old layer became which new one. */
function alignLayers(a, b) {
    const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            const row = table[i];
            row[j] = a[i]?.kind === b[j]?.kind ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], row[j + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i]?.kind === b[j]?.kind)
            pairs.push([i++, j++]);
        else if (j < b.length && (i >= a.length || table[i][j + 1] >= table[i + 1][j]))
            pairs.push([undefined, j++]);
        else
            pairs.push([i++, undefined]);
    }
    return pairs;
}
/** Every difference between two specs, one line each, in the order of the spec. */
function specChanges(a, b) {
    const lines = [...baseChanges(a.base, b.base)];
    if (a.skipBuild !== b.skipBuild)
        lines.push(`skip-build is now ${String(b.skipBuild)}`);
    const kindsA = a.layers.map((l) => l.kind);
    const kindsB = b.layers.map((l) => l.kind);
    if (kindsA.join() !== kindsB.join() && [...kindsA].sort().join() === [...kindsB].sort().join()) {
        // Same layers, new order: pair them by kind and occurrence, and say so once.
        lines.push(`the layer order changed: ${kindsA.join(', ')} \u2192 ${kindsB.join(', ')}`);
        const seen = new Map();
        for (const layer of b.layers) {
            const n = seen.get(layer.kind) ?? 0;
            seen.set(layer.kind, n + 1);
            const old = a.layers.filter((l) => l.kind === layer.kind)[n];
            if (old)
                lines.push(...layerChanges(old, layer));
        }
        return lines;
    }
    for (const [i, j] of alignLayers(a.layers, b.layers)) {
        const old = i === undefined ? undefined : a.layers[i];
        const now = j === undefined ? undefined : b.layers[j];
        if (old && now)
            lines.push(...layerChanges(old, now));
        else if (now)
            lines.push(`a ${now.kind} layer was added (layers[${j}])`);
        else if (old)
            lines.push(`the ${old.kind} layer layers[${i}] was removed`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/explain.ts


const MAX_LISTED = 20;
function explain_code(text) {
    return `\`${text}\``;
}
function shortDigest(digest) {
    if (!digest)
        return 'no digest';
    const [algorithm, hex = ''] = digest.split(':');
    return `${algorithm}:${hex.slice(0, 12)}`;
}
function joinWords(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function describeEntry(entry) {
    if (entry.type === 'dir')
        return `folder ${explain_code(`${entry.path}/`)}`;
    if (entry.type === 'symlink')
        return `symlink ${explain_code(entry.path)}`;
    return explain_code(entry.path);
}
/** File-level differences; a folder added or removed as a whole is one change. */
function contextChanges(before, after) {
    const a = new Map(before.map((e) => [e.path, e]));
    const b = new Map(after.map((e) => [e.path, e]));
    const changes = [];
    const addedDirs = [];
    const removedDirs = [];
    const under = (dirs, p) => dirs.some((d) => p.startsWith(`${d}/`));
    const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const p of paths) {
        const old = a.get(p);
        const now = b.get(p);
        if (!old && now) {
            if (under(addedDirs, p))
                continue;
            if (now.type === 'dir') {
                addedDirs.push(p);
                const count = after.filter((e) => e.type === 'file' && e.path.startsWith(`${p}/`)).length;
                changes.push({
                    short: `${describeEntry(now)} was added`,
                    detail: `${describeEntry(now)} was added${count > 0 ? ` (${count} file${count === 1 ? '' : 's'})` : ' (empty)'}`,
                });
            }
            else {
                changes.push({ short: `${describeEntry(now)} was added`, detail: `${describeEntry(now)} was added` });
            }
            continue;
        }
        if (old && !now) {
            if (under(removedDirs, p))
                continue;
            if (old.type === 'dir')
                removedDirs.push(p);
            changes.push({ short: `${describeEntry(old)} was removed`, detail: `${describeEntry(old)} was removed` });
            continue;
        }
        if (!old || !now)
            continue;
        if (old.type !== now.type) {
            changes.push({ short: `${explain_code(p)} changed`, detail: `${explain_code(p)} changed from a ${old.type} to a ${now.type}` });
        }
        else if (old.type === 'file' && now.type === 'file') {
            if (old.digest !== now.digest) {
                const sizes = old.size === now.size ? 'same size, new content' : `${old.size} \u2192 ${now.size} bytes`;
                changes.push({ short: `${explain_code(p)} changed`, detail: `${explain_code(p)} changed (${sizes})` });
            }
            else if (old.mode !== now.mode) {
                const text = now.mode === '755' ? `${explain_code(p)} became executable` : `${explain_code(p)} is no longer executable`;
                changes.push({ short: text, detail: text });
            }
        }
        else if (old.type === 'symlink' && now.type === 'symlink' && old.target !== now.target) {
            changes.push({
                short: `symlink ${explain_code(p)} changed`,
                detail: `symlink ${explain_code(p)} now points to ${explain_code(now.target)} (was ${explain_code(old.target)})`,
            });
        }
    }
    return changes;
}
function recordChanges(kind, a, b) {
    const out = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        // Values are not printed: build args sometimes carry things that should not end up in logs.
        if (!(key in a))
            out.push(`${kind} ${explain_code(key)} was added`);
        else if (!(key in b))
            out.push(`${kind} ${explain_code(key)} was removed`);
        else if (a[key] !== b[key])
            out.push(`${kind} ${explain_code(key)} changed`);
    }
    return out;
}
function imageChanges(a, b) {
    const before = new Map(a.map((i) => [i.ref, i]));
    const after = new Map(b.map((i) => [i.ref, i]));
    const out = [];
    for (const ref of [...new Set([...before.keys(), ...after.keys()])].sort()) {
        const old = before.get(ref);
        const now = after.get(ref);
        if (!old)
            out.push(`base ${explain_code(ref)} was added`);
        else if (!now)
            out.push(`base ${explain_code(ref)} is no longer used`);
        else if (old.digest !== now.digest) {
            out.push(old.digest && now.digest
                ? `base ${explain_code(ref)} moved to a new digest (${shortDigest(old.digest)} \u2192 ${shortDigest(now.digest)})`
                : `base ${explain_code(ref)} is now ${now.digest ? `pinned to ${shortDigest(now.digest)}` : 'recorded without a digest'}`);
        }
    }
    return out;
}
function explain_listChanges(kind, a, b) {
    const out = [];
    for (const item of b)
        if (!a.includes(item))
            out.push(`${kind} ${explain_code(item)} was added`);
    for (const item of a)
        if (!b.includes(item))
            out.push(`${kind} ${explain_code(item)} was removed`);
    return out;
}
/** Why the Dockerfile differs: in spec terms when both builds come from a spec. */
function dockerfileChanges(a, b) {
    if (a.spec && b.spec) {
        const changes = specChanges(a.spec, b.spec);
        if (changes.length > 0)
            return changes;
        // An opaque Dockerfile is the user's; anything else was rendered, so only the renderer can explain it.
        return b.spec.base.kind === 'dockerfile'
            ? ['the Dockerfile changed']
            : ['the rendered Dockerfile changed (same spec: another version of the renderer)'];
    }
    if (!a.spec && b.spec)
        return ['the build is now declared by an image spec (it was a Dockerfile)'];
    if (a.spec && !b.spec)
        return ['the build is now a Dockerfile (it was declared by an image spec)'];
    return ['the Dockerfile changed'];
}
/** Explains how `b` (the new build) differs from `a` (the old one). */
function explainDifference(a, b) {
    const warnings = [];
    for (const [label, manifest] of [
        ['first', a],
        ['second', b],
    ]) {
        const check = (0,build_definition/* verifyManifest */.TX)(manifest);
        if (!check.hashMatches)
            warnings.push(`the ${label} file's hash does not match its definition (edited by hand?)`);
        if (check.entriesMatch === false)
            warnings.push(`the ${label} file's context entries do not match its context digest`);
    }
    const da = a.definition;
    const db = b.definition;
    if (a.hash === b.hash) {
        return { same: true, summary: `Same build definition (${b.tag}): nothing to rebuild.`, details: [], warnings };
    }
    const short = [];
    const details = [];
    if (da.recipe !== db.recipe) {
        const text = `the hash recipe changed from ${da.recipe} to ${db.recipe}`;
        short.push(text);
        details.push(text);
    }
    if (da.dockerfile !== db.dockerfile) {
        const changes = dockerfileChanges(a, b);
        short.push(...changes.slice(0, 3));
        if (changes.length > 3)
            short.push(`${changes.length - 3} more change${changes.length - 3 === 1 ? '' : 's'} to the spec`);
        details.push(...changes);
    }
    if (da.context !== db.context) {
        const entriesA = a.context?.entries;
        const entriesB = b.context?.entries;
        if (Array.isArray(entriesA) && Array.isArray(entriesB)) {
            const changes = contextChanges(entriesA, entriesB);
            if (changes.length === 0) {
                short.push('the build context changed');
                details.push('the build context changed');
            }
            else {
                short.push(...changes.slice(0, 2).map((c) => c.short));
                if (changes.length > 2)
                    short.push(`${changes.length - 2} more context change${changes.length - 2 === 1 ? '' : 's'}`);
                details.push(...changes.slice(0, MAX_LISTED).map((c) => c.detail));
                if (changes.length > MAX_LISTED)
                    details.push(`\u2026 and ${changes.length - MAX_LISTED} more context changes`);
            }
        }
        else {
            short.push('the build context changed');
            details.push('the build context changed (the files do not list their entries)');
        }
        if ((a.context?.ignoreFile ?? null) !== (b.context?.ignoreFile ?? null)) {
            details.push(`the ignore file is now ${b.context?.ignoreFile ? explain_code(b.context.ignoreFile) : 'none'} (was ${a.context?.ignoreFile ? explain_code(a.context.ignoreFile) : 'none'})`);
        }
    }
    const images = imageChanges(da.images ?? [], db.images ?? []);
    short.push(...images.map((line) => line.replace(/ \(.*\)$/, '')));
    details.push(...images);
    if ((da.platforms ?? []).join(',') !== (db.platforms ?? []).join(',')) {
        const text = `platforms changed from ${(da.platforms ?? []).join(', ') || 'none'} to ${(db.platforms ?? []).join(', ') || 'none'}`;
        short.push(text);
        details.push(text);
    }
    if (da.target !== db.target) {
        const text = `the target stage changed from ${explain_code(da.target)} to ${explain_code(db.target)}`;
        short.push(text);
        details.push(text);
    }
    for (const line of [
        ...recordChanges('build arg', da.buildArgs ?? {}, db.buildArgs ?? {}),
        ...explain_listChanges('secret', da.secrets ?? [], db.secrets ?? []),
        ...recordChanges('label', da.labels ?? {}, db.labels ?? {}),
    ]) {
        short.push(line);
        details.push(line);
    }
    if (short.length === 0) {
        // Same fields, different hash: only a field this version does not know about can explain it.
        short.push('the definitions differ in a field this version does not compare');
        details.push(short[0]);
    }
    const sentence = `Rebuilt because ${joinWords(short)}.`;
    return { same: false, summary: sentence, details, warnings };
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ comparePackedPath),
/* harmony export */   e3: () => (/* binding */ packedPath),
/* harmony export */   gq: () => (/* binding */ PACKED_OID_BYTES),
/* harmony export */   nC: () => (/* binding */ packedOid)
/* harmony export */ });
const PACKED_OID_BYTES = 20;
/** Path i of a packed listing. */
function packedPath(packed, i) {
    return packed.names.toString('utf8', packed.starts[i], packed.ends[i]);
}
/** Id i of a packed listing, in hex. */
function packedOid(packed, i) {
    const start = packed.oidStarts[i];
    return packed.oids.toString('hex', start, start + PACKED_OID_BYTES);
}
/** Byte order of path i against `key` (UTF-8 bytes): negative, 0 or positive. */
function comparePackedPath(packed, i, key) {
    const start = packed.starts[i];
    const length = packed.ends[i] - start;
    const shorter = Math.min(length, key.length);
    for (let b = 0; b < shorter; b++) {
        const difference = packed.names[start + b] - key[b];
        if (difference !== 0)
            return difference;
    }
    return length - key.length;
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
