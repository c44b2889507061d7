export const id = 540;
export const ids = [540];
export const modules = {

/***/ 5159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainCommand: () => (/* binding */ explainCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
;// CONCATENATED MODULE: ./src/core/explain.ts

const MAX_LISTED = 20;
function code(text) {
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
        return `folder ${code(`${entry.path}/`)}`;
    if (entry.type === 'symlink')
        return `symlink ${code(entry.path)}`;
    return code(entry.path);
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
            changes.push({ short: `${code(p)} changed`, detail: `${code(p)} changed from a ${old.type} to a ${now.type}` });
        }
        else if (old.type === 'file' && now.type === 'file') {
            if (old.digest !== now.digest) {
                const sizes = old.size === now.size ? 'same size, new content' : `${old.size} → ${now.size} bytes`;
                changes.push({ short: `${code(p)} changed`, detail: `${code(p)} changed (${sizes})` });
            }
            else if (old.mode !== now.mode) {
                const text = now.mode === '755' ? `${code(p)} became executable` : `${code(p)} is no longer executable`;
                changes.push({ short: text, detail: text });
            }
        }
        else if (old.type === 'symlink' && now.type === 'symlink' && old.target !== now.target) {
            changes.push({
                short: `symlink ${code(p)} changed`,
                detail: `symlink ${code(p)} now points to ${code(now.target)} (was ${code(old.target)})`,
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
            out.push(`${kind} ${code(key)} was added`);
        else if (!(key in b))
            out.push(`${kind} ${code(key)} was removed`);
        else if (a[key] !== b[key])
            out.push(`${kind} ${code(key)} changed`);
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
            out.push(`base ${code(ref)} was added`);
        else if (!now)
            out.push(`base ${code(ref)} is no longer used`);
        else if (old.digest !== now.digest) {
            out.push(old.digest && now.digest
                ? `base ${code(ref)} moved to a new digest (${shortDigest(old.digest)} → ${shortDigest(now.digest)})`
                : `base ${code(ref)} is now ${now.digest ? `pinned to ${shortDigest(now.digest)}` : 'recorded without a digest'}`);
        }
    }
    return out;
}
function listChanges(kind, a, b) {
    const out = [];
    for (const item of b)
        if (!a.includes(item))
            out.push(`${kind} ${code(item)} was added`);
    for (const item of a)
        if (!b.includes(item))
            out.push(`${kind} ${code(item)} was removed`);
    return out;
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
        short.push('the Dockerfile changed');
        details.push('the Dockerfile changed');
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
                    details.push(`… and ${changes.length - MAX_LISTED} more context changes`);
            }
        }
        else {
            short.push('the build context changed');
            details.push('the build context changed (the files do not list their entries)');
        }
        if ((a.context?.ignoreFile ?? null) !== (b.context?.ignoreFile ?? null)) {
            details.push(`the ignore file is now ${b.context?.ignoreFile ? code(b.context.ignoreFile) : 'none'} (was ${a.context?.ignoreFile ? code(a.context.ignoreFile) : 'none'})`);
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
        const text = `the target stage changed from ${code(da.target)} to ${code(db.target)}`;
        short.push(text);
        details.push(text);
    }
    for (const line of [
        ...recordChanges('build arg', da.buildArgs ?? {}, db.buildArgs ?? {}),
        ...listChanges('secret', da.secrets ?? [], db.secrets ?? []),
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/cli/explain.ts




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
        manifests = [fileA, fileB].map((file) => (0,build_definition/* parseManifest */.Ng)((0,external_node_fs_.readFileSync)(file, 'utf8'), file));
    }
    catch (error) {
        process.stderr.write(`image-actions explain: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
    const [a, b] = manifests;
    const explanation = explainDifference(a, b);
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
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   TX: () => (/* binding */ verifyManifest),
/* harmony export */   gY: () => (/* binding */ tagFor),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports RECIPE, canonicalJson, definitionHash */
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
/** Pretty JSON with canonical (JCS) key order; arrays named `entries` get one compact item per line. */
function render(value, indent, key) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const items = value.map((item) => (key === 'entries' ? canonicalJson(item) : render(item, `${indent}  `)));
        return `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        const keys = Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort();
        if (keys.length === 0)
            return '{}';
        return `{\n${keys.map((k) => `${indent}  ${JSON.stringify(k)}: ${render(record[k], `${indent}  `, k)}`).join(',\n')}\n${indent}}`;
    }
    return canonicalJson(value);
}
/**
 * The manifest as text: canonical key order everywhere, readable indentation, one context entry
 * per line (so two manifests diff well with ordinary tools too).
 */
function serializeManifest(manifest) {
    return `${render(manifest, '')}\n`;
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
/* harmony export */   R3: () => (/* binding */ sortEntries),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   r2: () => (/* binding */ contextTotals),
/* harmony export */   tX: () => (/* binding */ BLOB_PREFIX)
/* harmony export */ });
/* unused harmony exports blobHeader, blobDigest, comparePaths, entryRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
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
/** Sorts by path in UTF-8 byte order (the native comparison is the same unless a path has astral characters). */
function sortEntries(entries) {
    if (entries.some((entry) => SURROGATE.test(entry.path)))
        return entries.sort((a, b) => comparePaths(a.path, b.path));
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isSorted(entries) {
    for (let i = 1; i < entries.length; i++) {
        if (comparePaths(entries[i - 1].path, entries[i].path) >= 0)
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
    const records = sorted.map(entryRecord).join('');
    return (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(records);
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
