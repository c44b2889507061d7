export const id = 413;
export const ids = [413];
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

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ hashTagUri),
/* harmony export */   E0: () => (/* binding */ checkVersionName),
/* harmony export */   Kp: () => (/* binding */ parseVersionDescription),
/* harmony export */   RP: () => (/* binding */ versionDescription),
/* harmony export */   Y8: () => (/* binding */ acrLocation),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   vy: () => (/* binding */ checkImageName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3386);
/* harmony import */ var _core_build_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7621);




/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_\u2026`) has numbered versions ("1", "2", \u2026) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 *
 * The `ImageUri` DataWorks pulls is the immutable hash tag (`\u2026:h1-<32 hex>`), not the digest:
 * every documented example and SDK sample uses a tag, and nothing shows a digest is accepted.
 * The hash tag is never moved (the build step only ever pushes it once per build definition),
 * and register checks in the registry that it still points at the digest before registering.
 */
const NAME = /^[a-z0-9_]{1,128}$/;
const VERSION = /^[A-Za-z0-9._+-]{1,42}$/;
const MARKER = /^image-actions:([A-Za-z0-9._+-]{1,42})@(sha256:[0-9a-f]{64})(?:\s|$)/;
const DESCRIPTION_MAX = 128;
function checkImageName(name) {
    if (!NAME.test(name)) {
        const suggestion = name
            .toLowerCase()
            .replace(/[^a-z0-9_]/g, '_')
            .slice(0, 128);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image-name', `'${name}' is not a valid DataWorks image name (lowercase letters, digits and '_', at most 128)`, `Use e.g. '${suggestion}'`);
    }
}
function checkVersionName(version) {
    if (!VERSION.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `'${version}' cannot be recorded in a DataWorks image description (letters, digits, '.', '_', '+', '-', at most 42)`, 'Use a semver or the hash tag as the version');
    }
}
/** The DataWorks `Description` of a version: the marker, then as much of `text` as fits. */
function versionDescription(version, digest, text) {
    const marker = `image-actions:${version}@${digest}`;
    if (!text)
        return marker;
    const room = DESCRIPTION_MAX - marker.length - 1;
    return room > 0 ? `${marker} ${text.slice(0, room)}` : marker;
}
function parseVersionDescription(description) {
    const match = MARKER.exec(description ?? '');
    return match ? { version: match[1], digest: match[2] } : undefined;
}
/** A UUID-shaped token derived from `parts`: the same logical call always sends the same one. */
function idempotencyToken(...parts) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:\u2026`. */
function acrLocation(imageRef) {
    const pinned = (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePinnedImageRef */ .Sm)(imageRef);
    if (!pinned) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>, as the build step outputs it');
    }
    const slash = pinned.repository.indexOf('/');
    // Without a registry host the reference means Docker Hub, never an ACR instance.
    if (pinned.registry === 'docker.io' || slash <= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not an ACR reference of the form <registry>/<namespace>/<repository>@sha256:<digest>`, 'Push the image to an ACR Enterprise Edition instance and pass that reference');
    }
    return { namespace: pinned.repository.slice(0, slash), repository: pinned.repository.slice(slash + 1), digest: pinned.digest };
}
/** `<registry>/<namespace>/<repository>:h1-<32 hex>`: the immutable hash tag of the build, as DataWorks' `ImageUri`. */
function hashTagUri(imageRef, buildHash) {
    const pinned = (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePinnedImageRef */ .Sm)(imageRef);
    if (!pinned) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>');
    }
    if (!/^[0-9a-f]{64}$/.test(buildHash)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('hash', `'${buildHash}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
    }
    return (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageRef */ .kL)({ registry: pinned.registry, repository: pinned.repository, tag: (0,_core_build_definition_js__WEBPACK_IMPORTED_MODULE_3__/* .tagFor */ .gY)(buildHash) });
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ ChannelMovedError),
/* harmony export */   Ry: () => (/* binding */ VersionNotCurrentError),
/* harmony export */   lu: () => (/* binding */ VersionConflictError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks, metaflow,
 * zenml).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

/**
 * The one failure every adapter raises for "this version exists with another digest", so callers
 * (register) can recognise it whatever the platform. Nothing was changed when it is thrown.
 */
class VersionConflictError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    version;
    existingDigest;
    requestedDigest;
    constructor(image, version, existingDigest, requestedDigest) {
        super(`version ${version} of ${image} already exists with digest ${existingDigest}; versions are immutable: choose another version or re-use that digest`);
        this.image = image;
        this.version = version;
        this.existingDigest = existingDigest;
        this.requestedDigest = requestedDigest;
        this.name = 'VersionConflictError';
    }
}
/**
 * The platform acts on an image's current version only (DataWorks tests, publishes and runs the
 * current one) and `version` is not it. Nothing was changed. Register treats it as "left as it
 * is" on a replay; promote rolls the image back first.
 */
class VersionNotCurrentError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    version;
    current;
    constructor(message, image, version, current) {
        super(message);
        this.image = image;
        this.version = version;
        this.current = current;
        this.name = 'VersionNotCurrentError';
    }
}
/**
 * The failure of a promotion that lost a race: the channel moved to `winner` after this run read
 * it. Nothing was changed by the losing promotion.
 */
class ChannelMovedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    channel;
    version;
    winner;
    seen;
    constructor(image, channel, version, winner, seen) {
        super(`channel ${channel} of ${image} moved to ${winner ?? 'nothing'} (another promotion won) while this run promoted ${version}; ` +
            `it held ${seen ?? 'nothing'} when this run read it. The channel was left on ${winner ?? 'nothing'}: re-run this promotion if ${version} should replace it`);
        this.image = image;
        this.channel = channel;
        this.version = version;
        this.winner = winner;
        this.seen = seen;
        this.name = 'ChannelMovedError';
    }
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
