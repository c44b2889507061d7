export const id = 898;
export const ids = [898];
export const modules = {

/***/ 2898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/core/git/packed-names.ts
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

;// CONCATENATED MODULE: ./src/core/context-tree.ts
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
function context_tree_comparatorFor(paths) {
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
        path: packedPath(names, i),
        type: 'file',
        mode: modes[i] === EXECUTABLE_INDEX_MODE ? '755' : '644',
        digest: BLOB_PREFIX + packedOid(names, i),
        size: sizes[i] ?? 0,
    }));
}
const HEX = Buffer.from('0123456789abcdef');
const FILE_HEAD = Buffer.from('file\0');
const MODE_644 = Buffer.from('\x00644\x00git-blob:');
const MODE_755 = Buffer.from('\x00755\x00git-blob:');
/** A packed file's record without its name: head, mode and prefix, 40 hex digits, NUL. */
const PACKED_RECORD_BYTES = FILE_HEAD.length + MODE_644.length + 2 * PACKED_OID_BYTES + 1;
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
            for (let b = oidStarts[i], last = b + PACKED_OID_BYTES; b < last; b++) {
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
        if (comparePackedPath(packed.names, packed.chosen[middle], key) < 0)
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
function context_tree_treeDigest(entries, packed) {
    const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
    if (packed && packed.chosen.length > 0) {
        const hash = new digest/* IncrementalHash */.lL('sha256');
        hashWithPacked(sorted, packed, hash);
        return `sha256:${hash.digest('hex')}`;
    }
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = new digest/* IncrementalHash */.lL('sha256');
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

;// CONCATENATED MODULE: ./src/core/build-definition.ts
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
    const text = (0,canonicalize/* default */.A)(value);
    if (text === undefined)
        throw new Error('value cannot be serialized canonically');
    return text;
}
function definitionHash(definition) {
    return (0,digest/* sha256Hex */.fg)(canonicalJson(definition));
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
        dockerfile: (0,digest/* sha256Digest */.sI)(parts.dockerfileBytes),
        context: context_tree_treeDigest(parts.entries, parts.packed),
        images,
        platforms: [...new Set(parts.platforms)].sort(),
        target: parts.target,
        buildArgs: sortedRecord(parts.buildArgs),
        secrets: [...new Set(parts.secrets)].sort(),
        labels: sortedRecord(parts.labels),
    };
    const hash = definitionHash(definition);
    const totals = contextTotals(parts.entries, parts.packed);
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
                return (entries ??= sortEntries([...parts.entries, ...unpackFiles(packed)]));
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
    const entriesMatch = Array.isArray(entries) ? treeDigest(entries) === manifest.definition.context : undefined;
    return { hashMatches, entriesMatch };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/core/dockerignore/context-filter.ts + 2 modules
var context_filter = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(637);
// EXTERNAL MODULE: ./src/core/dockerignore/ignore-file.ts
var ignore_file = __webpack_require__(3081);
;// CONCATENATED MODULE: ./src/core/dockerfile/syntax.ts
/**
 * A Dockerfile read the way BuildKit reads it: this is BuildKit's parser (moby/buildkit
 * frontend/dockerfile/parser: parser.go, directives.go, split_command.go, line_parsers.go) and the
 * argument checks of its instructions package, written anew in TypeScript. Both the hash
 * (dockerfile-images.ts) and validate (core/lint) start here, so they see the file as `docker
 * build` does: the same line joining, comment handling, heredocs, flags and words.
 *
 * What `docker build` refuses is collected in `problems`, in the order BuildKit reports it \u2014 the
 * whole-file parser first (it stops at its first error), then instruction by instruction \u2014 each
 * with its line: an unknown instruction, an unterminated heredoc, a flag the instruction does not
 * take, a wrong number of arguments, an invalid stage name, an instruction before the first FROM,
 * `COPY --from` or `RUN --mount=from=` with a variable. Stage resolution is in stages.ts.
 */
/** The first problem of a Dockerfile, thrown by the functions that need a buildable one. */
class DockerfileError extends Error {
    line;
    problem;
    constructor(problem) {
        super(problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message);
        this.name = 'DockerfileError';
        this.line = problem.line;
        this.problem = problem.message;
    }
}
/** BuildKit's instruction set (frontend/dockerfile/command). */
const INSTRUCTIONS = [
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
];
const KNOWN = new Set(INSTRUCTIONS);
/** Flags each instruction takes (instructions/parse.go); every other instruction takes none. */
const FLAGS = {
    FROM: { platform: 'string' },
    COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'many', parents: 'bool' },
    ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'many' },
    RUN: { mount: 'many', network: 'string', security: 'string', device: 'many' },
    HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};
const FORMS = {
    ADD: 'jsonOrList',
    ARG: 'nameOrNameVal',
    CMD: 'jsonOrString',
    COPY: 'jsonOrList',
    ENTRYPOINT: 'jsonOrString',
    ENV: 'nameVal',
    EXPOSE: 'whitespace',
    FROM: 'whitespace',
    HEALTHCHECK: 'health',
    LABEL: 'nameVal',
    MAINTAINER: 'string',
    ONBUILD: 'sub',
    RUN: 'jsonOrString',
    SHELL: 'jsonOrString',
    STOPSIGNAL: 'string',
    USER: 'string',
    VOLUME: 'jsonOrList',
    WORKDIR: 'string',
};
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const WHITESPACE = /[\t\v\f\r ]+/;
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
/** Levenshtein distance, for BuildKit's "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/**
 * BuildKit's suggest.Search: the option closest to `word` by edit distance, if below 3; none when
 * an option equals the word. Case-insensitive search answers in the word's own case.
 */
function closest(word, options, caseSensitive = true) {
    const value = caseSensitive ? word : word.toLowerCase();
    let match;
    let best = 3;
    for (const option of options) {
        const candidate = caseSensitive ? option : option.toLowerCase();
        if (candidate === value)
            return undefined;
        const distance = editDistance(value, candidate);
        if (distance < best) {
            best = distance;
            match = caseSensitive ? candidate : matchCase(candidate, word);
        }
    }
    return match;
}
function matchCase(value, original) {
    if (original === original.toLowerCase())
        return value.toLowerCase();
    if (original === original.toUpperCase())
        return value.toUpperCase();
    return value;
}
/** Go's unicode.IsSpace for the characters a Dockerfile holds. */
const isSpace = (ch) => {
    if (ch === undefined)
        return false;
    const c = ch.charCodeAt(0);
    return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
};
const isComment = (line) => {
    for (let i = 0; i < line.length; i++) {
        if (!isSpace(line[i]))
            return line[i] === '#';
    }
    return false;
};
/** split_command.go extractBuilderFlags: leading `--name[=value]` words (quotes and escapes read), and the rest. */
function extractFlags(line, escape) {
    const words = [];
    let pos = 0;
    for (;;) {
        while (pos < line.length && isSpace(line[pos]))
            pos++;
        if (pos >= line.length || !line.startsWith('--', pos))
            return { rest: line.slice(pos), words };
        let word = '';
        let quote = '';
        let blankOK = false;
        for (; pos < line.length; pos++) {
            let ch = line[pos];
            if (quote) {
                if (ch === quote) {
                    quote = '';
                    continue;
                }
            }
            else {
                if (isSpace(ch))
                    break;
                if (ch === "'" || ch === '"') {
                    quote = ch;
                    blankOK = true;
                    continue;
                }
            }
            if (ch === escape) {
                if (pos + 1 === line.length)
                    continue;
                ch = line[++pos];
            }
            word += ch;
        }
        if (word === '--')
            return { rest: line.slice(pos), words };
        if (blankOK || word.length > 0)
            words.push(word);
    }
}
/** line_parsers.go parseWords: words split on white space, quotes and escapes kept as written. */
function parseWords(rest, escape) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote = '';
    let blankOK = false;
    for (let pos = 0; pos < rest.length; pos++) {
        let ch = rest[pos];
        if (!inWord) {
            if (isSpace(ch))
                continue;
            inWord = true;
        }
        if (quote) {
            if (ch === quote)
                quote = '';
            else if (ch === escape && quote !== "'") {
                if (pos + 1 === rest.length)
                    continue;
                word += ch;
                ch = rest[++pos];
            }
            word += ch;
            continue;
        }
        if (isSpace(ch)) {
            if (blankOK || word.length > 0)
                words.push(word);
            word = '';
            inWord = false;
            blankOK = false;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            blankOK = true;
        }
        if (ch === escape) {
            if (pos + 1 === rest.length)
                continue;
            word += ch;
            ch = rest[++pos];
        }
        word += ch;
    }
    if (inWord && (blankOK || word.length > 0))
        words.push(word);
    return words;
}
function unquote(value) {
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0] ? value.slice(1, -1) : value;
}
/** ENV and LABEL (parseNameVal): `name=value \u2026`, or the legacy `name value`. */
function nameValues(rest, keyword, escape) {
    const words = parseWords(rest, escape);
    if (words.length === 0)
        return { properties: [] };
    if (!words[0].includes('=')) {
        const parts = rest.split(WHITESPACE);
        if (parts.length < 2)
            return { properties: [], error: `${keyword} must have two arguments` };
        const value = rest.slice(rest.indexOf(parts[1], parts[0].length));
        return { properties: [{ name: parts[0], rawValue: value, value: unquote(value), hasEquals: false }] };
    }
    const properties = [];
    for (const word of words) {
        const eq = word.indexOf('=');
        if (eq === -1)
            return { properties, error: `Syntax error - can't find = in "${word}". Must be of the form: name=value` };
        const value = word.slice(eq + 1);
        properties.push({ name: word.slice(0, eq), rawValue: value, value: unquote(value), hasEquals: true });
    }
    return { properties };
}
/** The exec form, if the text is a JSON array: strings, or an error for other elements. */
function parseJson(text) {
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('['))
        return { json: null };
    let parsed;
    try {
        parsed = JSON.parse(trimmed);
    }
    catch {
        return { json: null };
    }
    if (!Array.isArray(parsed))
        return { json: null };
    if (!parsed.every((item) => typeof item === 'string'))
        return { json: null, error: 'when using JSON array syntax, arrays must be comprised of strings only' };
    return { json: parsed };
}
/** parser.go heredocsFromLine: the heredoc words of a line (`<<EOF`, `<<-"EOF"`, `3<<EOF`). */
function heredocNames(line) {
    const out = [];
    for (const word of parseWords(line, '\\')) {
        const match = HEREDOC.exec(word);
        const rest = match?.[3];
        if (!match || !rest)
            continue;
        const words = parseWords(rest, '\\');
        if (words.length !== 1)
            continue;
        out.push({ name: words[0].replace(/\\(.)/g, '$1').replace(/["']/g, ''), chomp: match[2] === '-' });
    }
    return out;
}
/** newNodeFromLine: the keyword, the flags and the arguments of one joined line. */
function parseLine(line, escape) {
    const trimmed = line.trim();
    const split = WHITESPACE.exec(trimmed);
    const written = split ? trimmed.slice(0, split.index) : trimmed;
    const afterKeyword = split ? trimmed.slice(split.index + split[0].length) : '';
    const { rest, words } = extractFlags(afterKeyword, escape);
    const text = rest.trim();
    const flags = words.map((word) => {
        const flag = word.slice(2);
        const eq = flag.indexOf('=');
        const value = eq === -1 ? null : flag.slice(eq + 1);
        return {
            name: eq === -1 ? flag : flag.slice(0, eq),
            value,
            options: (value ?? '').split(',').map((part) => {
                const i = part.indexOf('=');
                return i === -1 ? { name: part, value: null } : { name: part.slice(0, i), value: part.slice(i + 1) };
            }),
        };
    });
    const keyword = written.toUpperCase();
    const args = text === '' ? [] : text.split(WHITESPACE);
    const parsed = { keyword, written, text, args, flags, json: null, properties: [], argCount: 0 };
    switch (FORMS[keyword]) {
        case 'whitespace':
            parsed.argCount = args.length;
            break;
        case 'jsonOrList':
        case 'jsonOrString': {
            const { json, error } = parseJson(text);
            if (error)
                parsed.error = error;
            parsed.json = json;
            parsed.argCount = json ? json.length : text === '' ? 0 : FORMS[keyword] === 'jsonOrList' ? args.length : 1;
            break;
        }
        case 'string':
            parsed.argCount = text === '' ? 0 : 1;
            break;
        case 'nameVal': {
            const { properties, error } = nameValues(text, keyword, escape);
            parsed.properties = properties;
            if (error)
                parsed.error = error;
            parsed.argCount = properties.length;
            break;
        }
        case 'nameOrNameVal': {
            const words = parseWords(text, escape);
            parsed.properties = words.map((word) => {
                const eq = word.indexOf('=');
                return eq === -1
                    ? { name: word, rawValue: null, value: null, hasEquals: false }
                    : { name: word.slice(0, eq), rawValue: word.slice(eq + 1), value: unquote(word.slice(eq + 1)), hasEquals: true };
            });
            parsed.argCount = words.length;
            break;
        }
        case 'health': {
            const type = text.split(WHITESPACE)[0] ?? '';
            const command = text.slice(type.length);
            const { json, error } = parseJson(command);
            if (error)
                parsed.error = error;
            parsed.argCount = type === '' ? 0 : 1 + (json ? json.length : command.trim() === '' ? 0 : 1);
            break;
        }
        case 'sub':
            parsed.argCount = text === '' ? 0 : 1;
            break;
    }
    return parsed;
}
function flagProblem(keyword, flags) {
    const allowed = FLAGS[keyword] ?? {};
    const seen = new Set();
    for (const flag of flags) {
        const kind = allowed[flag.name];
        if (!kind)
            return `unknown flag: ${flag.name}`;
        if (kind !== 'many' && seen.has(flag.name))
            return `duplicate flag specified: ${flag.name}`;
        seen.add(flag.name);
        if (kind === 'bool') {
            if (flag.value !== null && !/^(true|false)$/i.test(flag.value))
                return `expecting boolean value for flag ${flag.name}, not: ${flag.value}`;
        }
        else if (flag.value === null) {
            return `missing a value on flag: ${flag.name}`;
        }
    }
    return undefined;
}
/** The instruction-level refusals of BuildKit's instructions.Parse, for one instruction. */
function instructionProblem(instruction, argCount) {
    const { keyword, args } = instruction;
    if (!KNOWN.has(keyword)) {
        const suggestion = closest(instruction.written, INSTRUCTIONS, false);
        return `unknown instruction: ${instruction.written}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
    }
    if (keyword === 'FROM') {
        if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
            if (!VALID_STAGE_NAME.test(args[2].toLowerCase()))
                return `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`;
        }
        else if (args.length !== 1)
            return 'FROM requires either one or three arguments';
    }
    if (['ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'ARG', 'ONBUILD', 'HEALTHCHECK'].includes(keyword) && argCount === 0)
        return `${keyword} requires at least one argument`;
    if (['ENV', 'LABEL', 'ARG'].includes(keyword) && instruction.properties.some((p) => p.name === ''))
        return `${keyword} names can not be blank`;
    if (['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'].includes(keyword) && argCount !== 1)
        return `${keyword} requires exactly one argument`;
    if ((keyword === 'COPY' || keyword === 'ADD') && argCount + instruction.heredocs.length < 2)
        return `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
    if (keyword === 'ONBUILD') {
        const trigger = (args[0] ?? '').toUpperCase();
        if (trigger === 'ONBUILD')
            return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        if (trigger === 'MAINTAINER' || trigger === 'FROM')
            return `${trigger} isn't allowed as an ONBUILD trigger`;
    }
    if (keyword === 'SHELL' && argCount > 0 && !instruction.json)
        return 'SHELL requires the arguments to be in JSON form';
    if (keyword === 'HEALTHCHECK') {
        const type = (args[0] ?? '').toUpperCase();
        if (type === 'NONE' && args.length > 1)
            return 'HEALTHCHECK NONE takes no arguments';
        if (type !== 'NONE' && type !== 'CMD' && type !== '')
            return `Unknown type "${args[0]}" in HEALTHCHECK (try CMD)`;
        if (type === 'CMD' && argCount < 2)
            return 'Missing command after HEALTHCHECK CMD';
    }
    // HEALTHCHECK NONE reads no flags; every other instruction checks its own.
    const flags = keyword === 'HEALTHCHECK' && (args[0] ?? '').toUpperCase() === 'NONE' ? undefined : flagProblem(keyword, instruction.flags);
    if (flags)
        return flags;
    if (keyword === 'COPY') {
        const from = instruction.flag('from')?.value;
        // BuildKit expands --from with an empty environment and refuses any change (dockerfile2llb toCommand).
        if (from && /[$'"\\]/.test(from))
            return 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
    }
    if (keyword === 'RUN') {
        for (const mount of instruction.flags.filter((f) => f.name === 'mount')) {
            const from = mount.options.find((o) => o.name.toLowerCase() === 'from')?.value ?? '';
            const dollar = from.indexOf('$');
            if (dollar !== -1 && dollar !== from.length - 1)
                return "'from' doesn't support variable expansion, define alias stage instead";
        }
    }
    return undefined;
}
/** An instruction; `rawText` (for ShellCheck only) is cut from the source lines when first asked for. */
class ParsedInstruction {
    source;
    index;
    keyword;
    written;
    line;
    endLine;
    text;
    args;
    flags;
    json;
    properties;
    heredocs;
    comments;
    raw;
    constructor(fields, source) {
        this.source = source;
        this.index = fields.index;
        this.keyword = fields.keyword;
        this.written = fields.written;
        this.line = fields.line;
        this.endLine = fields.endLine;
        this.text = fields.text;
        this.args = fields.args;
        this.flags = fields.flags;
        this.json = fields.json;
        this.properties = fields.properties;
        this.heredocs = fields.heredocs;
        this.comments = fields.comments;
    }
    get rawText() {
        this.raw ??= rawArguments(this.source.lines, this.line, this.source.logicalEnd, this.flags.length, this.source.escape);
        return this.raw;
    }
    flag(name) {
        for (const flag of this.flags)
            if (flag.name === name)
                return flag;
        return undefined;
    }
}
/** The arguments as written after keyword and flags, over the instruction's physical lines. */
function rawArguments(lines, first, last, flagCount, escape) {
    const raw = lines.slice(first - 1, last).join('\n');
    let at = 0;
    const skip = () => {
        for (;;) {
            while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '\r'))
                at++;
            if (raw[at] === escape && /^[ \t\r]*\n/.test(raw.slice(at + 1, at + 100))) {
                at = raw.indexOf('\n', at) + 1;
                continue;
            }
            if (raw[at] === '\n') {
                at++;
                continue;
            }
            return;
        }
    };
    for (let words = 0; words < 1 + flagCount; words++) {
        skip();
        while (at < raw.length && !isSpace(raw[at]))
            at++;
    }
    skip();
    let line = first;
    for (let i = 0; i < at; i++)
        if (raw[i] === '\n')
            line++;
    return { text: raw.slice(at), line };
}
function parseDockerfile(source) {
    // BuildKit drops a UTF-8 byte order mark before parsing.
    const text = source.replace(/^\uFEFF/, '');
    const lines = text.includes('\r') ? text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : text.split('\n');
    if (lines[lines.length - 1] === '' && lines.length > 1)
        lines.pop();
    const problems = [];
    const parseErrors = [];
    // Parser directives: `# name=value` lines at the very top (directives.go).
    const directives = new Map();
    let escape = '\\';
    let directivesDone = false;
    const directiveAt = (line, number) => {
        if (directivesDone)
            return false;
        const trimmed = line.trimStart();
        const match = trimmed.startsWith('#') ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null;
        const name = match?.[1]?.toLowerCase();
        if (!match || !name || !['syntax', 'escape', 'check'].includes(name)) {
            directivesDone = true;
            return false;
        }
        if (directives.has(name)) {
            parseErrors.push({ line: number, message: `only one ${name} parser directive can be used` });
            return true;
        }
        const value = match[2];
        directives.set(name, { value, line: number });
        if (name === 'escape') {
            if (value !== '`' && value !== '\\')
                parseErrors.push({ line: number, message: `invalid escape token '${value}' does not match \` or \\` });
            else
                escape = value;
        }
        return true;
    };
    const continued = (line) => {
        // parser.go lineContinuationRegex: an escape at the end (blanks after it allowed), not escaped itself.
        let end = line.length;
        while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
            end--;
        if (end === 0 || line[end - 1] !== escape)
            return -1;
        return end === 1 || line[end - 2] !== escape ? end - 1 : -1;
    };
    const instructions = [];
    const argCounts = [];
    const emptyContinuationLines = [];
    let comments = [];
    let i = 0;
    while (i < lines.length) {
        const rawLine = lines[i];
        if (isComment(rawLine)) {
            const comment = rawLine.slice(1).trim();
            if (comment === '')
                comments = [];
            else
                comments.push(comment);
        }
        if (directiveAt(rawLine, i + 1))
            comments.pop();
        const startLine = i + 1;
        i++;
        let first = rawLine.trimStart();
        if (isComment(first))
            first = '';
        let cut = continued(first);
        if (cut === -1 && first.length === 0)
            continue;
        let joined = cut === -1 ? first : first.slice(0, cut);
        while (cut !== -1 && i < lines.length) {
            const next = lines[i];
            i++;
            if (isComment(next))
                continue;
            if (next.trim() === '') {
                emptyContinuationLines.push(i);
                continue;
            }
            cut = continued(next);
            joined += cut === -1 ? next : next.slice(0, cut);
        }
        const logicalEnd = i;
        const parsed = parseLine(joined, escape);
        if (parsed.error)
            parseErrors.push({ line: startLine, message: parsed.error });
        // Heredocs (RUN, COPY, ADD, and ONBUILD of those; never the exec form).
        const heredocs = [];
        const subKeyword = parsed.keyword === 'ONBUILD' ? (parsed.text.split(WHITESPACE)[0] ?? '').toUpperCase() : parsed.keyword;
        if (HEREDOC_KEYWORDS.has(subKeyword) && !parsed.json && joined.includes('<<')) {
            for (const { name, chomp } of heredocNames(joined)) {
                const contentLine = i + 1;
                const body = [];
                let terminated = false;
                while (i < lines.length) {
                    const line = lines[i];
                    i++;
                    if ((chomp ? line.replace(/^\t+/, '') : line) === name) {
                        terminated = true;
                        break;
                    }
                    body.push(line);
                }
                heredocs.push({ name, contentLine, content: body.join('\n'), terminated });
                if (!terminated) {
                    parseErrors.push({ line: startLine, message: `unterminated heredoc (<<${name})` });
                    break;
                }
            }
        }
        instructions.push(new ParsedInstruction({
            index: instructions.length,
            keyword: parsed.keyword,
            written: parsed.written,
            line: startLine,
            endLine: i,
            text: parsed.text,
            args: parsed.args,
            flags: parsed.flags,
            json: parsed.json,
            properties: parsed.properties,
            heredocs,
            comments,
        }, { lines, logicalEnd, escape }));
        argCounts.push(parsed.argCount);
        comments = [];
    }
    if (text.length === 0)
        problems.push({ line: 0, message: 'the Dockerfile cannot be empty' });
    else if (instructions.length === 0)
        problems.push({ line: 0, message: 'file with no instructions' });
    // The whole-file parser stops at its first error: nothing after it is read by docker build.
    if (parseErrors.length > 0)
        problems.push(...parseErrors);
    const globalArgs = [];
    const stages = [];
    for (const instruction of instructions) {
        const problem = instructionProblem(instruction, argCounts[instruction.index]);
        if (problem)
            problems.push({ line: instruction.line, message: problem });
        if (instruction.keyword === 'FROM') {
            const [baseWord = '', as, name] = instruction.args;
            stages.push({
                index: stages.length,
                from: instruction,
                baseWord,
                name: as?.toLowerCase() === 'as' && name ? name.toLowerCase() : undefined,
                platform: instruction.flag('platform')?.value ?? undefined,
                instructions: [],
            });
        }
        else if (stages.length === 0) {
            if (instruction.keyword === 'ARG')
                globalArgs.push(instruction);
            else if (!problem)
                problems.push({ line: instruction.line, message: 'no build stage in current context (only ARG may come before the first FROM)' });
        }
        else {
            stages[stages.length - 1].instructions.push(instruction);
        }
    }
    if (instructions.length > 0 && stages.length === 0 && problems.length === 0)
        problems.push({ line: 0, message: 'dockerfile contains no stages to build' });
    return { text, lines, escape, directives, instructions, globalArgs, stages, emptyContinuationLines, problems };
}
/** The first problem as an error, if there is one. */
function assertBuildable(syntax) {
    const first = syntax.problems[0];
    if (first)
        throw new DockerfileError(first);
}

;// CONCATENATED MODULE: ./src/core/shell-words.ts
/**
 * Variable expansion of one Dockerfile word, as BuildKit's shell lexer does it for `FROM`,
 * `COPY --from` and `ARG` defaults: single quotes are literal, double quotes group and still expand,
 * the escape character (`\` or the `# escape=` one) protects the next character, and `$NAME`,
 * `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`,
 * `${NAME#glob}`, `${NAME##glob}`, `${NAME%glob}`, `${NAME%%glob}`, `${NAME/glob/text}`, `${NAME//glob/text}`
 * are expanded.
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
/**
 * Expands `word`. `onLookup`, when given, hears every variable the word reads and whether it was
 * set, as BuildKit's ProcessWordWithMatches records matched and unmatched names (lint rules use it).
 */
function expandWord(word, variables, escape = '\\', onLookup) {
    // Nothing to expand or unquote: the word is its own value (the common case, kept cheap).
    if (!word.includes('$') && !word.includes("'") && !word.includes('"') && !word.includes(escape))
        return word;
    let i = 0;
    const lookup = (name) => {
        const value = variables.get(name);
        onLookup?.(name, value !== undefined);
        return value;
    };
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
        return expandWord(inner, variables, escape, onLookup);
    };
    /** Reads up to an unescaped `stop` (the pattern of `${NAME/pattern/replacement}`), unexpanded. */
    const readRawUntil = (stop) => {
        const start = i;
        for (; i < word.length && word[i] !== stop; i++)
            if (word[i] === escape)
                i++;
        if (i >= word.length)
            throw new ExpansionError(`missing '${stop}' in '${word}'`);
        return word.slice(start, i++);
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
            if (!colon && op === '/') {
                i++;
                const all = word[i] === '/';
                if (all)
                    i++;
                const pattern = readRawUntil('/');
                const replacement = readRawUntil('}');
                const regex = globToRegExp(pattern, 'start', true);
                const source = value ?? '';
                let out = '';
                for (let at = 0; at < source.length;) {
                    const match = pattern === '' ? null : regex.exec(source.slice(at));
                    if (match && match[0].length > 0) {
                        out += replacement;
                        at += match[0].length;
                        if (!all)
                            return out + source.slice(at);
                    }
                    else {
                        out += source[at];
                        at++;
                    }
                }
                return out;
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

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
;// CONCATENATED MODULE: ./src/core/dockerfile/stages.ts
/**
 * Which stage or image each `FROM`, `COPY --from` and `RUN --mount=from=` names, resolved as
 * BuildKit's dockerfile2llb resolves them (convert.go: buildDispatchStates, addState,
 * findStateByName, toCommand, detectRunMount, resolveBaseImage):
 *
 * - `FROM x` is a stage only if a stage named exactly `x` (stage names are stored lower-case) was
 *   defined *before* it; with duplicate names the latest earlier one wins. Otherwise it is an image
 *   (so `FROM Build` after `AS build`, or a stage defined later, is an image reference).
 * - `COPY --from`, `RUN --mount=from=` and the target are looked up lower-cased among all stages,
 *   the last stage of a name winning; `COPY --from=<n>` is stage index n. Anything else is an image.
 * - Every image reference is checked against the reference grammar \u2014 also in stages the target
 *   does not need \u2014 and `scratch` (exactly) is no image.
 *
 * Errors come out as DockerfileError with the line BuildKit names.
 */




const SCRATCH = 'scratch';
function fail(line, message) {
    throw new DockerfileError({ line, message });
}
function expandAt(word, scope, escape, line) {
    try {
        return expandWord(word, scope, escape);
    }
    catch (error) {
        if (error instanceof ExpansionError)
            fail(line, error.message);
        throw error;
    }
}
const PREDEFINED = new Map();
/** BuildKit's defaultArgs: the platform ARGs and TARGETSTAGE (one map per combination, reused). */
function predefinedArgs(platform, buildPlatform, target) {
    const key = `${platform}|${buildPlatform}|${target}`;
    let args = PREDEFINED.get(key);
    if (!args) {
        args = new Map(Object.entries({
            ...(0,core_platforms/* platformArgs */.xZ)('BUILD', buildPlatform),
            BUILDOSVERSION: '',
            ...(0,core_platforms/* platformArgs */.xZ)('TARGET', platform),
            TARGETOSVERSION: '',
            TARGETSTAGE: target,
        }));
        PREDEFINED.set(key, args);
    }
    return args;
}
/** BuildKit's defaultArgs + buildMetaArgs: the variables FROM lines expand with. */
function globalArgScope(syntax, options) {
    const target = options.target || (syntax.stages[syntax.stages.length - 1]?.name ?? '') || 'default';
    const scope = new Map(predefinedArgs(options.platform, options.buildPlatform, target));
    for (const name in options.buildArgs)
        if (scope.has(name))
            scope.set(name, options.buildArgs[name]);
    for (const instruction of syntax.globalArgs) {
        for (const { name, rawValue } of instruction.properties) {
            if (Object.hasOwn(options.buildArgs, name))
                scope.set(name, options.buildArgs[name]);
            else if (rawValue !== null)
                scope.set(name, expandAt(rawValue, scope, syntax.escape, instruction.line));
        }
    }
    return scope;
}
/** References already found valid (a repository repeats the same few bases). */
const VALID_REFERENCES = new Set();
/** Whether `reference` parses as `docker build` parses an image reference (answers remembered). */
function isValidImageReference(reference) {
    if (VALID_REFERENCES.has(reference))
        return true;
    try {
        parseImageRef(reference);
    }
    catch (error) {
        if (error instanceof ImageRefError)
            return false;
        throw error;
    }
    if (VALID_REFERENCES.size > 10_000)
        VALID_REFERENCES.clear();
    VALID_REFERENCES.add(reference);
    return true;
}
/** An image reference must parse as `docker build` parses it (distribution/reference). */
function checkImage(reference, line) {
    if (VALID_REFERENCES.has(reference))
        return;
    try {
        (0,image_ref/* parseImageRef */.Q)(reference);
        if (VALID_REFERENCES.size > 10_000)
            VALID_REFERENCES.clear();
        VALID_REFERENCES.add(reference);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            fail(line, `failed to parse stage name "${reference}": invalid reference format (${error.message.replace(/^Invalid image reference "[^"]*": /, '')})`);
        throw error;
    }
}
/** `scope`: the global ARG values when the caller has them already (the same options). */
function resolveStages(syntax, options, scope) {
    const globalScope = scope ?? globalArgScope(syntax, options);
    const byName = new Map();
    const stages = [];
    // buildDispatchStates: bases in order; a stage is known from its own FROM onwards.
    for (const stage of syntax.stages) {
        const base = expandAt(stage.baseWord, globalScope, syntax.escape, stage.from.line);
        if (base === '')
            fail(stage.from.line, `base name (${stage.baseWord}) should not be blank`);
        const earlier = byName.get(base);
        const from = earlier !== undefined ? { stage: earlier } : base === SCRATCH ? { scratch: true } : { image: base };
        stages.push({ syntax: stage, base, from, sources: [] });
        if (stage.name)
            byName.set(stage.name, stage.index);
    }
    let target = stages.length - 1;
    if (options.target !== '') {
        const found = byName.get(options.target.toLowerCase());
        if (found === undefined) {
            const names = [...byName.keys()];
            const suggestion = closest(options.target, names, true);
            throw new DockerfileError({
                line: 0,
                message: `target stage "${options.target}" could not be found${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
            });
        }
        target = found;
    }
    // buildStageDependencyGraph: --from values, looked up among all stages.
    const lookup = (value, line, allowIndex) => {
        if (allowIndex && /^[+-]?\d+$/.test(value)) {
            const index = Number(value);
            if (!Number.isInteger(index) || index < 0 || index >= stages.length)
                fail(line, `invalid stage index ${value}`);
            return { stage: index };
        }
        const found = byName.get(value.toLowerCase());
        if (found !== undefined)
            return { stage: found };
        return value === SCRATCH ? { scratch: true } : { image: value };
    };
    for (const stage of stages) {
        for (const instruction of stage.syntax.instructions) {
            if (instruction.keyword === 'COPY') {
                const from = instruction.flag('from')?.value;
                if (from)
                    stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, true) });
            }
            else if (instruction.keyword === 'RUN') {
                for (const flag of instruction.flags) {
                    if (flag.name !== 'mount')
                        continue;
                    const from = flag.options.find((o) => o.name.toLowerCase() === 'from')?.value;
                    if (from)
                        stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, false) });
                }
            }
        }
    }
    checkCycles(stages);
    // resolveReachableStages: every base image is parsed, reachable or not.
    for (const stage of stages) {
        if ('image' in stage.from)
            checkImage(stage.from.image, stage.syntax.from.line);
        for (const use of stage.sources)
            if ('image' in use.source)
                checkImage(use.source.image, use.instruction.line);
    }
    const reachable = new Set();
    const images = new Set();
    const visit = (index) => {
        if (reachable.has(index))
            return;
        reachable.add(index);
        const stage = stages[index];
        use(stage.from);
        for (const source of stage.sources)
            use(source.source);
    };
    const use = (source) => {
        if ('stage' in source)
            visit(source.stage);
        else if ('image' in source)
            images.add(source.image);
    };
    visit(target);
    return { stages, target, reachable, globalScope, images: [...images].sort() };
}
/** BuildKit's validateCircularDependency: a stage may not need itself. */
function checkCycles(stages) {
    const state = new Map();
    const visit = (index, line) => {
        const mark = state.get(index);
        if (mark === 'done')
            return;
        const stage = stages[index];
        if (mark === 'active')
            fail(line, `circular dependency detected on stage: ${stage.syntax.name ?? `stage-${index}`}`);
        state.set(index, 'active');
        if ('stage' in stage.from)
            visit(stage.from.stage, stage.syntax.from.line);
        for (const use of stage.sources)
            if ('stage' in use.source)
                visit(use.source.stage, use.instruction.line);
        state.set(index, 'done');
    };
    for (let i = 0; i < stages.length; i++)
        visit(i, stages[i]?.syntax.from.line ?? 0);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/dockerfile-images.ts
/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stages
 * and `scratch`, only for the stages the target actually needs, plus the `# syntax=` frontend
 * image. These are what must be pinned to digests for the hash to mean "the same build".
 *
 * The Dockerfile is read by core/dockerfile (the same reading validate uses) and refused, with its
 * line, wherever `docker build` would refuse it.
 */



const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';
/** `ADD <url>` (http, https, git) \u2014 BuildKit fetches it at build time. */
function isRemoteSource(source) {
    return /^(https?:\/\/|git@|[a-z][a-z0-9+.-]*:\/\/)/i.test(source);
}
/** The remote sources of each `ADD` without `--checksum`, with its line: what the hash cannot see. */
function uncheckedDownloads(syntax, stages) {
    const out = [];
    for (const stage of syntax.stages) {
        if (stages && !stages.has(stage.index))
            continue;
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'ADD' || instruction.flag('checksum'))
                continue;
            const sources = (instruction.json ?? instruction.args).slice(0, -1).filter(isRemoteSource);
            if (sources.length > 0)
                out.push({ line: instruction.line, sources });
        }
    }
    return out;
}
function asInputError(error) {
    if (error instanceof DockerfileError)
        throw new errors/* InputError */.dz('dockerfile', error.message, DOCKERFILE_FIX);
    throw error;
}
/** BuildKit looks the target up lower-cased among the stage names. */
function checkTarget(syntax, target) {
    if (target === '')
        return;
    const names = syntax.stages.map((s) => s.name).filter((n) => !!n);
    if (names.includes(target.toLowerCase()))
        return;
    throw new errors/* InputError */.dz('target', `stage '${target}' is not defined in the Dockerfile`, names.length > 0 ? `Use one of: ${[...new Set(names)].join(', ')}` : 'Name a stage with FROM \u2026 AS <name>, or leave target empty');
}
function dockerfileImages(text, options) {
    const syntax = parseDockerfile(text);
    try {
        assertBuildable(syntax);
    }
    catch (error) {
        asInputError(error);
    }
    checkTarget(syntax, options.target);
    const images = new Set();
    const warnings = new Set();
    let target = '';
    for (const platform of options.platforms) {
        let graph;
        try {
            graph = resolveStages(syntax, {
                buildArgs: options.buildArgs,
                target: options.target,
                platform,
                buildPlatform: options.buildPlatform,
            });
        }
        catch (error) {
            asInputError(error);
        }
        for (const image of graph.images)
            images.add(image);
        const stage = syntax.stages[graph.target];
        target = stage?.name ?? `#${graph.target}`;
        for (const { line, sources } of uncheckedDownloads(syntax, graph.reachable)) {
            warnings.add(`line ${line}: ADD ${sources.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:\u2026 (or a commit), or a changed download will not trigger a rebuild`);
        }
    }
    const syntaxImage = syntax.directives.get('syntax')?.value;
    return {
        images: [...images].sort(),
        ...(syntaxImage ? { syntax: syntaxImage } : {}),
        target,
        warnings: [...warnings],
        stages: syntax.stages.map((s) => s.name ?? `#${s.index}`),
    };
}

;// CONCATENATED MODULE: ./src/hash/clock.ts
/** Milliseconds from a monotonic clock, without the `performance` global (it loads perf_hooks at first use, a start cost). */
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}

;// CONCATENATED MODULE: ./src/runtime/large-tree.ts
/**
 * Tunes V8 once a run turns out to hold a large tree (thousands of files), for the rest of the run:
 * - The young generation stays at its starting size. Hashing 100,000 files makes many small,
 *   long-lived objects; left alone, the young generation grows to tens of megabytes of mostly
 *   garbage, which is where most of the peak memory went (issue 8: \u2264 200 MB for 100,000 files;
 *   this takes the peak from ~185 MB to ~110 MB, at no measurable cost in time).
 * - TurboFan, V8's top compiler, is left out (`--turbo-filter=-*`). The loops over the listing run
 *   for tens of milliseconds; TurboFan's background jobs take the second core from git and the
 *   main thread and finish when those loops are done, while Sparkplug and Maglev still compile
 *   them. On the 20,000-file fast path: median 399 ms against 443 ms (15 interleaved runs each).
 *   A small run never gets here: it neither pays for loading node:v8 nor loses TurboFan.
 * Both flags are read at run time (at each heap growth, at each tier-up decision), so setting them
 * mid-run works. (`--max-opt` would be the plain way to leave TurboFan out, but V8 reads it only at
 * start, from node's command line, which an action does not control.)
 */
let done = false;
/** Idempotent; a node whose V8 does not know a flag just keeps its default. */
function tuneForLargeTree() {
    if (done)
        return;
    done = true;
    try {
        process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1 --turbo-filter=-*');
    }
    catch {
        // Memory use and speed only: nothing else depends on it.
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core/git/ls-files.ts
/**
 * Parses `git ls-files -z -v` answers (pure): with `-s -c -m --debug`, every tracked path with its
 * index mode, blob id and recorded size, and whether git vouches that the work tree still matches
 * the index (what `ls-files` and `diff-files` would answer); with `-o --directory`, every untracked
 * or git-ignored path (folders that hold nothing tracked come as one `dir/` line).
 *
 * Record shapes (paths are never quoted with -z):
 * - `? <path>\0` \u2014 untracked or ignored; a folder ends with `/`;
 * - `<tag> <mode> <oid> <stage>\t<path>\0` and, with --debug, five lines ending in
 *   `  size: <n>\tflags: <hex>\n` \u2014 one per index entry (tag H cached, S skip-worktree, M unmerged,
 *   lowercase assume-unchanged), repeated with tag C when the work tree differs (-m: modified,
 *   deleted, type or exec bit changed).
 */


/** Why git's view of a tracked path cannot be used as is (0: git vouches for it). */
const MODIFIED = 1;
const CONFLICTED = 2;
/** skip-worktree or assume-unchanged: git does not look at the work tree for it. */
const NOT_LOOKED_AT = 4;
const MODE_FILE = 0o100644;
const MODE_EXECUTABLE = 0o100755;
const MODE_SYMLINK = 0o120000;
const MODE_GITLINK = 0o160000;
/** Path i of any listing, making only that one string of a packed listing. */
function pathAt(listing, i) {
    return listing.packed ? packedPath(listing.packed, i) : listing.paths[i];
}
/** Does any tracked path have the file name `name` (at the top or in a folder)? Never makes a string per path. */
function hasPathNamed(listing, name) {
    const { packed } = listing;
    if (!packed)
        return listing.paths.some((file) => file === name || file.endsWith(`/${name}`));
    const needle = Buffer.from(name);
    const { names, starts, ends } = packed;
    for (let at = names.indexOf(needle); at >= 0; at = names.indexOf(needle, at + 1)) {
        // The last path that starts at or before `at`: the match is its file name, or not a name at all.
        let low = 0;
        let high = starts.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (starts[middle] <= at)
                low = middle + 1;
            else
                high = middle;
        }
        const k = low - 1;
        if (k >= 0 && ends[k] === at + needle.length && (at === starts[k] || names[at - 1] === SLASH))
            return true;
    }
    return false;
}
/** The same listing with other flags (a packed one stays packed, its strings still unmade). */
function withFlags(listing, flags) {
    const { modes, sizes, others, oidLength } = listing;
    if (listing.packed)
        return packedListing(listing.packed, { modes, sizes, flags, others, oidLength });
    return { ...listing, flags };
}
/**
 * A listing over `packed` whose `paths` and `oids` are made on first use (enumerable, so a listing
 * compares equal to git's own); `packed` itself is not enumerable.
 */
function packedListing(packed, fields) {
    const listing = { ...fields };
    const count = fields.modes.length;
    const lazy = (key, make) => Object.defineProperty(listing, key, {
        enumerable: true,
        configurable: true,
        get: () => {
            const value = make();
            Object.defineProperty(listing, key, { value, enumerable: true, writable: true, configurable: true });
            return value;
        },
    });
    lazy('paths', () => Array.from({ length: count }, (_, i) => packedPath(packed, i)));
    lazy('oids', () => Array.from({ length: count }, (_, i) => packedOid(packed, i)));
    Object.defineProperty(listing, 'packed', { value: packed, enumerable: false });
    return listing;
}
const ZERO = 0x30;
const NINE = 0x39;
const QUESTION = 0x3f;
const UPPER_C = 0x43;
const LOWER_C = 0x63;
const UPPER_H = 0x48;
const UPPER_M = 0x4d;
const NUL = 0;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SLASH = 0x2f;
const DEBUG_START = Buffer.from('  ctime:');
const SIZE_LABEL = Buffer.from('  size: ');
/** A tracked record's --debug block: ctime, mtime, dev/ino, uid/gid, size/flags. */
const DEBUG_LINES = 5;
function startsWithAt(bytes, at, prefix) {
    if (bytes.length - at < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[at + i] !== prefix[i])
            return false;
    return true;
}
/** The number in octal (mode) or decimal (size) digits from `start` up to the first non-digit. */
function digitsAt(bytes, start, base) {
    let value = 0;
    let at = start;
    for (let code = bytes[at] ?? 0; code >= ZERO && code <= NINE; code = bytes[++at] ?? 0)
        value = value * base + (code - ZERO);
    return { value, end: at };
}
/**
 * Parses the listing as git writes it, chunk by chunk: a 100,000-file tree is some 20 MB of
 * output, which is never held whole, and only the strings kept (paths, blob ids) are made \u2014 each
 * its own copy, so no chunk stays alive through a slice of it.
 */
class LsFilesParser {
    listing = {
        paths: [],
        modes: [],
        oids: [],
        sizes: [],
        flags: [],
        others: [],
        oidLength: 0,
    };
    pending;
    push(chunk) {
        const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        let at = 0;
        for (let next = this.record(bytes, at, false); next >= 0; next = this.record(bytes, at, false))
            at = next;
        this.pending = at < bytes.length ? Buffer.from(bytes.subarray(at)) : undefined;
    }
    end() {
        const bytes = this.pending;
        this.pending = undefined;
        let at = 0;
        while (bytes && at < bytes.length) {
            const next = this.record(bytes, at, true);
            if (next < 0)
                throw new Error(`git ls-files output ends in the middle of a record: ${JSON.stringify(bytes.toString('utf8', at, at + 200))}`);
            at = next;
        }
        const { modes, sizes, flags } = this.listing;
        return { ...this.listing, modes: Uint32Array.from(modes), sizes: Uint32Array.from(sizes), flags: Uint8Array.from(flags) };
    }
    /**
     * Parses the record at `at`; returns where the next one starts, or -1 when it is not all here yet.
     * Bytes are scanned with plain loops: a call into Buffer's indexOf or compare per field costs more
     * than the few bytes it skips (a 20,000-file listing is 4 MB, eight fields per record).
     */
    record(bytes, at, final) {
        const length = bytes.length;
        if (at >= length)
            return -1;
        let nul = at;
        while (nul < length && bytes[nul] !== NUL)
            nul++;
        if (nul >= length)
            return -1;
        const { paths, modes, oids, sizes, flags, others } = this.listing;
        const tag = bytes[at];
        if (tag === QUESTION) {
            others.push(bytes.toString('utf8', at + 2, nul));
            return nul + 1;
        }
        // A tracked record: is its --debug block all here?
        let end = nul + 1;
        let sizeLine = -1;
        if (length - end < DEBUG_START.length && !final)
            return -1;
        if (startsWithAt(bytes, end, DEBUG_START)) {
            for (let line = 0; line < DEBUG_LINES; line++) {
                if (line === DEBUG_LINES - 1)
                    sizeLine = end;
                while (end < length && bytes[end] !== NEWLINE)
                    end++;
                if (end >= length)
                    return -1;
                end++;
            }
        }
        let tab = at;
        while (tab < nul && bytes[tab] !== TAB)
            tab++;
        if (tab >= nul)
            throw new Error(`unexpected git ls-files record: ${JSON.stringify(bytes.toString('utf8', at, Math.min(nul, at + 200)))}`);
        const mode = digitsAt(bytes, at + 2, 8);
        const oid = bytes.toString('latin1', mode.end + 1, tab - 2);
        const stage = (bytes[tab - 1] ?? ZERO) - ZERO;
        const file = bytes.toString('utf8', tab + 1, nul);
        // `  size: <n>\tflags: <hex>`
        const size = sizeLine >= 0 && startsWithAt(bytes, sizeLine, SIZE_LABEL) ? digitsAt(bytes, sizeLine + SIZE_LABEL.length, 10).value : 0;
        this.listing.oidLength ||= oid.length;
        const modified = tag === UPPER_C || tag === LOWER_C;
        const last = paths.length - 1;
        if (last >= 0 && paths[last] === file) {
            // The same path again: its C (work tree differs) line, or another stage of a conflict.
            flags[last] = flags[last] | (modified ? MODIFIED : CONFLICTED);
            if (stage !== 0)
                modes[last] = 0;
            return end;
        }
        paths.push(file);
        modes.push(stage === 0 ? mode.value : 0);
        oids.push(oid);
        sizes.push(size);
        // H: cached; M: unmerged (a stage of a conflict); C: modified. Anything else \u2014 S (skip-worktree),
        // lowercase (assume-unchanged), a tag this parser does not know \u2014 means git did not compare.
        const lookedAt = tag === UPPER_H || tag === UPPER_M || tag === UPPER_C;
        flags.push((stage !== 0 ? CONFLICTED : 0) | (modified ? MODIFIED : 0) | (lookedAt ? 0 : NOT_LOOKED_AT));
        return end;
    }
}
/** The whole answer at once (tests, small listings). */
function parseLsFiles(output) {
    const parser = new LsFilesParser();
    parser.push(typeof output === 'string' ? Buffer.from(output) : output);
    return parser.end();
}
/** Parses `git check-attr -z` output into the paths whose bytes git may convert on checkout. */
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
function ls_files_isSorted(paths, compare) {
    for (let i = 1; i < paths.length; i++)
        if (compare(paths[i - 1], paths[i]) >= 0)
            return false;
    return true;
}
/** First index in sorted `paths` whose path is not below `bound`. */
function lowerBound(paths, bound, compare) {
    let low = 0;
    let high = paths.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(paths[middle], bound) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Indexes of the paths under `folder/`: one contiguous range when sorted (binary search), else a scan. */
function indexesUnder(paths, folder, compare) {
    const prefix = `${folder}/`;
    if (!compare)
        return paths.flatMap((file, i) => (file.startsWith(prefix) ? [i] : []));
    // '0' is the character after '/': [prefix, folder + '0') holds exactly the paths that start with prefix.
    const start = lowerBound(paths, prefix, compare);
    const end = lowerBound(paths, `${folder}0`, compare);
    return Array.from({ length: end - start }, (_, i) => start + i);
}
/** Per listing: the comparison its paths are sorted by (undefined when they are not sorted). */
const orders = new WeakMap();
/** The part of `listing` below `folder` (relative to the listed folder, non-empty), with paths relative to `folder`. */
function ls_files_sliceListing(listing, folder) {
    let order = orders.get(listing);
    if (!order) {
        const sortedBy = (paths) => {
            const compare = comparatorFor(paths);
            return ls_files_isSorted(paths, compare) ? compare : undefined;
        };
        order = { paths: sortedBy(listing.paths), others: sortedBy(listing.others) };
        orders.set(listing, order);
    }
    const cut = folder.length + 1;
    const tracked = indexesUnder(listing.paths, folder, order.paths);
    return {
        paths: tracked.map((i) => listing.paths[i].slice(cut)),
        modes: Uint32Array.from(tracked, (i) => listing.modes[i]),
        oids: tracked.map((i) => listing.oids[i]),
        sizes: Uint32Array.from(tracked, (i) => listing.sizes[i]),
        flags: Uint8Array.from(tracked, (i) => listing.flags[i]),
        others: indexesUnder(listing.others, folder, order.others).map((i) => listing.others[i].slice(cut)),
        oidLength: listing.oidLength,
    };
}
const wholes = new WeakMap();
/**
 * Is `folder` (relative to the listed folder) something git lists as a whole \u2014 inside an untracked
 * or ignored folder, or inside a submodule \u2014 so that the listing says nothing about what is in it?
 */
function ls_files_listedAsWhole(listing, folder) {
    let whole = wholes.get(listing);
    if (!whole) {
        whole = new Set(listing.others.filter((other) => other.endsWith('/')).map((other) => other.slice(0, -1)));
        listing.modes.forEach((mode, i) => {
            if (mode === MODE_GITLINK)
                whole?.add(pathAt(listing, i));
        });
        wholes.set(listing, whole);
    }
    if (whole.has('.'))
        return true; // `./`: the listed folder itself is untracked
    for (let end = folder.length; end > 0; end = folder.lastIndexOf('/', end - 1)) {
        if (whole.has(folder.slice(0, end)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/git/index-file.ts
/**
 * Reads git's index file (`.git/index`, versions 2, 3 and 4; gitformat-index(5)) into the tracked
 * part of an IndexListing, pure. It holds what `git ls-files -s` prints (mode, blob id, stage,
 * path) and the size git recorded, in 1\u20132 MB for 20,000 files instead of 4 MB of `--debug` text
 * to parse: the fast path reads it itself and asks git only which files differ (`ls-files -m`).
 *
 * Anything this reader does not fully understand is "unsupported", never a guess: a split index
 * (`link`), a sparse index (`sdir`, folder entries), any other extension git requires readers to
 * know, a sha256 repository's longer ids, a file that does not add up. The caller then lets git
 * list the index instead.
 */

const SIGNATURE = 0x44495243; // 'DIRC'
const HEADER_BYTES = 12;
/** ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields before the object id. */
const STAT_BYTES = 40;
const SHA1_BYTES = 20;
const MODE_OFFSET = 24;
const SIZE_OFFSET = 36;
const FLAG_ASSUME_VALID = 0x8000;
const FLAG_EXTENDED = 0x4000;
const NAME_LENGTH_MASK = 0xfff;
const EXTENDED_SKIP_WORKTREE = 0x4000;
const EXTENDED_INTENT_TO_ADD = 0x2000;
const MODE_TYPE_MASK = 0o170000;
const MODE_DIRECTORY = 0o040000;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
/** git's offset varint (varint.c): big-endian 7-bit groups, each continuation adding one. */
function varint(bytes, at) {
    let byte = bytes[at++];
    if (byte === undefined)
        return undefined;
    let value = byte & 0x7f;
    while (byte & 0x80) {
        byte = bytes[at++];
        if (byte === undefined || value > 0xffffff)
            return undefined;
        value = ((value + 1) << 7) | (byte & 0x7f);
    }
    return { value, end: at };
}
const CANNOT_EXPAND = -1;
const NO_NAME_END = -2;
/**
 * Version 4's names, each stored as how much of the name before it drops and what it adds,
 * expanded back to back into a buffer of their own (out of the main loop: most indexes are v2).
 */
class ExpandedNames {
    buffer;
    length = 0;
    /** Where the last name expanded starts; it ends at `length`. */
    lastStart = 0;
    constructor(size) {
        this.buffer = Buffer.allocUnsafe(Math.max(1024, size));
    }
    /** Expands the name stored at `at`: where its entry ends, or CANNOT_EXPAND / NO_NAME_END. */
    expand(bytes, at, body) {
        const strip = varint(bytes, at);
        const previousLength = this.length - this.lastStart;
        if (!strip || strip.end >= body || strip.value > previousLength)
            return CANNOT_EXPAND;
        const suffixEnd = bytes.indexOf(0, strip.end);
        if (suffixEnd < 0 || suffixEnd >= body)
            return NO_NAME_END;
        const shared = previousLength - strip.value;
        const length = shared + suffixEnd - strip.end;
        if (this.length + length > this.buffer.length) {
            const grown = Buffer.allocUnsafe(2 * (this.length + length));
            this.buffer.copy(grown, 0, 0, this.length);
            this.buffer = grown;
        }
        this.buffer.copy(this.buffer, this.length, this.lastStart, this.lastStart + shared);
        bytes.copy(this.buffer, this.length + shared, strip.end, suffixEnd);
        this.lastStart = this.length;
        this.length += length;
        return suffixEnd + 1;
    }
}
/**
 * Big-endian fields read byte by byte: the parse runs once per process, mostly before V8 optimizes
 * it, and in V8's interpreter a DataView or Buffer read call costs several times these loads.
 */
function uint32(bytes, at) {
    return (((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0);
}
function uint16(bytes, at) {
    return (bytes[at] << 8) | bytes[at + 1];
}
function startsWith(bytes, at, end, prefix) {
    if (end - at < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[at + i] !== prefix[i])
            return false;
    return true;
}
/**
 * The entries of `bytes` (an index file of a sha1 repository) below `prefix` (the listed folder
 * relative to the work tree root, '' or ending in '/'), with paths relative to it. A conflicted
 * path is one entry (mode 0, CONFLICTED); skip-worktree, assume-unchanged and intent-to-add
 * entries are NOT_LOOKED_AT (git does not compare them, or always calls them changed). No entry
 * is MODIFIED: only git, looking at the work tree, can say that.
 *
 * Paths and ids stay where they are in `bytes` (version 4's names, compressed against the one
 * before, are expanded into a buffer of their own): the listing holds their positions.
 */
function parseIndexFile(bytes, prefix) {
    const unsupported = (why) => ({ unsupported: `the index file ${why}` });
    const body = bytes.length - SHA1_BYTES;
    if (body < HEADER_BYTES)
        return unsupported('has no index header');
    if (uint32(bytes, 0) !== SIGNATURE)
        return unsupported('has no index header');
    const version = uint32(bytes, 4);
    if (version < 2 || version > 4)
        return unsupported(`has version ${version}, which this reader does not know`);
    const count = uint32(bytes, 8);
    // The smallest entry (version 4, a one-byte name) takes 64 bytes.
    if (count > (body - HEADER_BYTES) / (STAT_BYTES + SHA1_BYTES + 4))
        return unsupported(`claims ${count} entries, more than it can hold`);
    const prefixBytes = Buffer.from(prefix);
    // Typed arrays, filled in place: pushing onto growing arrays costs more than the parse itself.
    const modes = new Uint32Array(count);
    const sizes = new Uint32Array(count);
    const flags = new Uint8Array(count);
    const starts = new Uint32Array(count);
    const ends = new Uint32Array(count);
    const oidStarts = new Uint32Array(count);
    let kept = 0;
    const expanded = version === 4 ? new ExpandedNames(body) : undefined;
    let at = HEADER_BYTES;
    for (let entry = 0; entry < count; entry++) {
        if (at + STAT_BYTES + SHA1_BYTES + 2 > body)
            return unsupported('ends inside an entry (or is not a sha1 index)');
        const entryStart = at;
        // Fields read inline (see uint32): this loop runs once per tracked file.
        const m = entryStart + MODE_OFFSET;
        const mode = ((bytes[m] << 24) | (bytes[m + 1] << 16) | (bytes[m + 2] << 8) | bytes[m + 3]) >>> 0;
        const f = entryStart + STAT_BYTES + SHA1_BYTES;
        const entryFlags = (bytes[f] << 8) | bytes[f + 1];
        let nameStart = entryStart + STAT_BYTES + SHA1_BYTES + 2;
        let extended = 0;
        if (entryFlags & FLAG_EXTENDED) {
            if (version < 3)
                return unsupported('has an extended entry in version 2');
            if (nameStart + 2 > body)
                return unsupported('ends inside an entry (or is not a sha1 index)');
            extended = uint16(bytes, nameStart);
            nameStart += 2;
        }
        if ((mode & MODE_TYPE_MASK) === MODE_DIRECTORY)
            return unsupported('is a sparse index (it holds folders)');
        // The name: bytes [nameFrom, nameEnd) of `names` (the file, or version 4's expanded names).
        let names = bytes;
        let nameFrom = nameStart;
        let nameEnd;
        if (expanded) {
            const next = expanded.expand(bytes, nameStart, body);
            if (next === CANNOT_EXPAND)
                return unsupported('has a name this reader cannot expand');
            if (next === NO_NAME_END)
                return unsupported('ends inside a name (or has one too long to read)');
            at = next;
            names = expanded.buffer;
            nameFrom = expanded.lastStart;
            nameEnd = expanded.length;
        }
        else {
            const length = entryFlags & NAME_LENGTH_MASK;
            nameEnd = length < NAME_LENGTH_MASK ? nameStart + length : bytes.indexOf(0, nameStart + NAME_LENGTH_MASK);
            if (nameEnd < 0 || nameEnd >= body || bytes[nameEnd] !== 0)
                return unsupported('has a name that does not end where its length says (or is not a sha1 index)');
            // 1\u20138 NULs pad each entry to a multiple of 8 bytes.
            at += (nameEnd - entryStart + 8) & ~7;
        }
        if (nameEnd === nameFrom)
            return unsupported('has an entry without a name (or is not a sha1 index)');
        if (prefixBytes.length > 0 && !startsWith(names, nameFrom, nameEnd, prefixBytes))
            continue;
        const from = nameFrom + prefixBytes.length;
        const stage = (entryFlags >> 12) & 3;
        if (kept > 0) {
            // Byte order against the name before (inline, as above).
            const before = starts[kept - 1];
            const beforeLength = ends[kept - 1] - before;
            const shorter = Math.min(beforeLength, nameEnd - from);
            let order = 0;
            for (let b = 0; b < shorter && order === 0; b++)
                order = names[before + b] - names[from + b];
            if (order === 0)
                order = beforeLength - (nameEnd - from);
            if (order === 0) {
                // Another stage of a conflicted path.
                flags[kept - 1] = flags[kept - 1] | CONFLICTED;
                modes[kept - 1] = 0;
                continue;
            }
            // Git writes the names in byte order.
            if (order > 0)
                return unsupported('is not sorted by path');
        }
        const notLookedAt = entryFlags & FLAG_ASSUME_VALID || extended & (EXTENDED_SKIP_WORKTREE | EXTENDED_INTENT_TO_ADD);
        starts[kept] = from;
        ends[kept] = nameEnd;
        oidStarts[kept] = entryStart + STAT_BYTES;
        modes[kept] = stage === 0 ? mode : 0;
        const z = entryStart + SIZE_OFFSET;
        sizes[kept] =
            ((bytes[z] << 24) | (bytes[z + 1] << 16) | (bytes[z + 2] << 8) | bytes[z + 3]) >>> 0;
        flags[kept] = (stage !== 0 ? CONFLICTED : 0) | (notLookedAt ? NOT_LOOKED_AT : 0);
        kept++;
    }
    // Extensions: an upper-case first letter marks one a reader may skip; any other changes what the entries mean.
    while (at < body) {
        if (at + 8 > body)
            return unsupported('ends inside an extension header');
        const signature = bytes[at];
        const size = uint32(bytes, at + 4);
        if (signature < UPPER_A || signature > UPPER_Z)
            return unsupported(`has the extension '${bytes.toString('latin1', at, at + 4)}' (a split or sparse index), which this reader does not know`);
        at += 8 + size;
    }
    if (at !== body)
        return unsupported('does not end where its extensions say (or is not a sha1 index)');
    const listing = packedListing({
        names: expanded ? expanded.buffer : bytes,
        starts: starts.subarray(0, kept),
        ends: ends.subarray(0, kept),
        oids: bytes,
        oidStarts: oidStarts.subarray(0, kept),
    }, {
        modes: modes.subarray(0, kept),
        sizes: sizes.subarray(0, kept),
        flags: flags.subarray(0, kept),
        others: [],
        oidLength: kept > 0 ? SHA1_BYTES * 2 : 0,
    });
    return { listing, entries: count };
}

;// CONCATENATED MODULE: ./src/git/config-files.ts
/**
 * Whether the settings the fast path reads (core.autocrlf, core.attributesFile, core.worktree,
 * extensions.objectFormat) are surely at their defaults, known from git's configuration files
 * without starting `git config`: starting a process costs 10\u201320 ms of the main thread here
 * (issue 8). "Surely" means no file git reads mentions any of them, nor `include`, anywhere, not
 * even in a comment, and no GIT_CONFIG_* variable adds settings; any mention means asking git.
 * So this can only send the question to git, never answer it wrongly. Linux only: elsewhere git's
 * system file may live where this does not look.
 */



const MENTIONS = /autocrlf|attributesfile|worktree|objectformat|include/i;
/** Where distributions and common builds keep the system file (git's <sysconfdir>/gitconfig). */
const SYSTEM_FILES = ['/etc/gitconfig', '/usr/etc/gitconfig', '/usr/local/etc/gitconfig'];
/** lstat without an exception for a missing entry (throwing costs more than the stat); null when it cannot tell. */
function statOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    }
    catch {
        return null;
    }
}
/**
 * The system file of the git that PATH finds, for a git built with its own prefix
 * (`<prefix>/bin/git`); null when that cannot be told.
 */
function gitPrefixFile(env) {
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const git = external_node_path_default().join(dir, 'git');
        const stats = statOf(git);
        if (stats === undefined || (stats && !stats.isFile()))
            continue;
        try {
            return external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().dirname((0,external_node_fs_.realpathSync)(git))), 'etc', 'gitconfig');
        }
        catch {
            return null;
        }
    }
    return undefined;
}
function mentionsNothing(file) {
    const stats = statOf(file);
    if (stats === undefined)
        return true;
    try {
        return !MENTIONS.test((0,external_node_fs_.readFileSync)(file, 'latin1'));
    }
    catch {
        return false; // there but unreadable (a folder, no permission): git may read more than this can
    }
}
function settingsAtDefaults(dirs, env = process.env, platform = process.platform) {
    if (platform !== 'linux')
        return false;
    if (Object.keys(env).some((name) => name.startsWith('GIT_CONFIG') && name !== 'GIT_CONFIG_NOSYSTEM'))
        return false;
    const home = env.HOME || (0,external_node_os_.homedir)();
    const files = [
        external_node_path_default().join(env.XDG_CONFIG_HOME || external_node_path_default().join(home, '.config'), 'git', 'config'),
        external_node_path_default().join(home, '.gitconfig'),
        external_node_path_default().join(dirs.commonDir, 'config'),
        external_node_path_default().join(dirs.gitDir, 'config.worktree'),
    ];
    // The system files count even under GIT_CONFIG_NOSYSTEM: looking at more files only asks git more often.
    const prefixFile = gitPrefixFile(env);
    if (prefixFile === null)
        return false;
    return [...files, ...SYSTEM_FILES, ...(prefixFile ? [prefixFile] : [])].every(mentionsNothing);
}

// EXTERNAL MODULE: ./src/runtime/exec.ts
var runtime_exec = __webpack_require__(6107);
;// CONCATENATED MODULE: ./src/git/git-command.ts
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
function gitRunner(dir, exec = new runtime_exec/* SpawnRunner */.yL()) {
    return {
        run: async (args, input, options = {}) => {
            const result = await exec.run('git', args, {
                cwd: dir,
                env: GIT_ENV,
                quiet: true,
                ...(input !== undefined ? { input } : {}),
                ...(options.background ? { background: true } : {}),
            });
            if (result.exitCode !== 0)
                throw new GitCommandError(args, result.exitCode, result.output);
            return result.stdout;
        },
    };
}
/**
 * Runs `git <args>` in `dir` handing stdout to `onChunk` as raw chunks as they arrive (nothing
 * is kept); throws GitCommandError on a non-zero exit.
 */
async function streamGit(dir, args, onChunk, exec = new runtime_exec/* SpawnRunner */.yL()) {
    const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, onStdout: onChunk });
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.output);
}

;// CONCATENATED MODULE: ./src/git/index-blobs.ts
/**
 * What git knows about a folder of a work tree, asked in one go (the hash fast path, DESIGN \u00a73):
 * the index file lists every tracked file with its blob id and recorded size (read here, see
 * core/git/index-file.ts; `git ls-files -s --debug` lists them when that reader declines), `git
 * ls-files -m` says which differ from the work tree (modified, deleted, type or exec bit changed),
 * `-o --directory` lists every untracked or git-ignored path (a folder with nothing tracked inside
 * is one line, an empty folder too), and `config` says how the repository converts files. For a
 * tracked file git vouches for, and which no attribute or setting converts between the index and
 * the work tree, the index blob id IS the blob id of the bytes on disk: it need not be read.
 * Anything wrong with git only means "no fast path", never a wrong hash.
 */








/** Never throws: a failed or missing git only means "no fast path". */
function git(runner, args, input, options) {
    return runner.run(args, input, options).then((stdout) => ({ stdout, code: 0, stderr: '' }), (error) => ({
        stdout: '',
        code: error instanceof GitCommandError ? error.exitCode : -1,
        stderr: error instanceof Error ? error.message : String(error),
    }));
}
/**
 * The folder at or above `dir` that holds a `.git` (a folder, or a `gitdir:` file), found the way
 * git finds its repository (the toolkit removes GIT_DIR and GIT_WORK_TREE): without one no git
 * process needs to start, so a plain folder costs no process at all.
 */
function gitMarkerFolder(dir) {
    for (let current = dir;; current = external_node_path_default().dirname(current)) {
        if ((0,external_node_fs_.lstatSync)(external_node_path_default().join(current, '.git'), { throwIfNoEntry: false }))
            return current;
        if (external_node_path_default().dirname(current) === current)
            return undefined;
    }
}
/**
 * The git folders of the work tree at `toplevel`: `.git` itself, or for a linked worktree or a
 * submodule (a `.git` file naming the git dir) that git dir and its `commondir`. Read here rather
 * than asked of `git rev-parse`: starting a process costs more than the two small reads.
 * Undefined when `.git` makes no sense (git then fails to list as well).
 */
function gitDirsOf(toplevel) {
    const marker = external_node_path_default().join(toplevel, '.git');
    let gitDir = marker;
    try {
        if (!(0,external_node_fs_.statSync)(marker).isDirectory()) {
            const named = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(marker, 'utf8'))?.[1];
            if (!named)
                return undefined;
            gitDir = external_node_path_default().resolve(toplevel, named.trim());
        }
        const common = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'commondir'), { encoding: 'utf8', flag: 'r' }).trim();
        return { gitDir, commonDir: external_node_path_default().resolve(gitDir, common) };
    }
    catch (error) {
        return error.code === 'ENOENT' && (0,external_node_fs_.existsSync)(gitDir) ? { gitDir, commonDir: gitDir } : undefined;
    }
}
/**
 * The ls-files calls. The `-c` settings make git compare what the hash compares, whatever the
 * repository says: exec bits (core.fileMode), symlinks as symlinks (core.symlinks), and the work
 * tree itself rather than a file-system monitor's memory of it. Tracked and other paths are
 * listed by two processes side by side: one process asked for both takes longer than the two
 * together (on a 20,000-file tree here: 150\u2013210 ms against 90 and 47 ms).
 */
const LS_FILES = ['-c', 'core.fileMode=true', '-c', 'core.symlinks=true', '-c', 'core.fsmonitor=false', 'ls-files', '-z'];
const LS_TRACKED_ARGS = [...LS_FILES, '-v', '-s', '-c', '-m', '--debug'];
const LS_OTHERS_ARGS = [...LS_FILES, '-v', '-o', '--directory'];
/** With the index file read here: only which tracked files differ from it. */
const LS_MODIFIED_ARGS = [...LS_FILES, '-m'];
const CONFIG_ARGS = ['config', '-z', '--get-regexp', '^(core\\.(autocrlf|attributesfile|worktree)|extensions\\.objectformat)$'];
/** About 5,000 files' worth of listing: from there on the tree is large (see runtime/large-tree.ts). */
const LARGE_LISTING_BYTES = 1 << 20;
const LARGE_INDEX_ENTRIES = 5000;
function truthy(value) {
    return ['true', 'yes', 'on', '1', 'input'].includes((value ?? '').toLowerCase());
}
function sameFile(a, b) {
    return b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
/** The entries of the index file below `prefix`, or undefined when this reader cannot vouch for them (git lists them then). */
function readIndexFile(indexFile, prefix, before) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(indexFile, 'r');
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!sameFile(before, stats))
            return undefined;
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        if (bytes.length !== stats.size)
            return undefined;
        if (bytes.length >= 12 && bytes.readUInt32BE(8) > LARGE_INDEX_ENTRIES)
            tuneForLargeTree();
        const parsed = parseIndexFile(bytes, prefix);
        return 'listing' in parsed ? { listing: parsed.listing, stats } : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Does the git folder's core.worktree (set for submodules) name `toplevel`, as the .git marker does? */
function worktreeIs(toplevel, gitDir, worktree) {
    if (worktree === undefined)
        return true;
    try {
        return (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(gitDir, worktree)) === toplevel;
    }
    catch {
        return false;
    }
}
/**
 * Lists `dir` (a real path) with git, the processes side by side: which tracked files differ
 * (`ls-files -m`), what is untracked or ignored (`-o`), and the settings (`config`, unless the
 * configuration files surely leave them at their defaults); meanwhile the index file is read
 * here. When git may have read another index (it changed), or the file is one this reader does
 * not know, git lists the tracked files itself (`-s --debug`).
 *
 * `early`: `ls-files -m` stats every tracked file and answers last. With this option the tree
 * comes as soon as the rest is known, as if git had found nothing modified, with a
 * `confirmation` to await before its answer is relied on: the caller hashes meanwhile.
 */
async function readGitWorkTree(dir, runner = gitRunner(dir), options = {}) {
    const toplevel = gitMarkerFolder(dir);
    if (!toplevel)
        return { available: false, reason: 'not a git repository (no .git in the context folder or above it)' };
    const dirs = gitDirsOf(toplevel);
    const indexFile = dirs ? external_node_path_default().join(dirs.gitDir, 'index') : undefined;
    const indexBefore = indexFile ? (0,external_node_fs_.statSync)(indexFile, { throwIfNoEntry: false }) : undefined;
    // `-m` stats every tracked file: the longest of the two, it starts first, and at a lower priority
    // (in the background, the hash has the cores first). It is awaited last, by an early tree's
    // confirmation; the other paths are awaited before the scan, after the index file is parsed.
    const modified = indexBefore ? git(runner, LS_MODIFIED_ARGS, undefined, { background: true }) : undefined;
    const others = parsedListing(dir, LS_OTHERS_ARGS, () => { });
    const conf = dirs && settingsAtDefaults(dirs) ? Promise.resolve({ stdout: '', code: 0, stderr: '' }) : git(runner, CONFIG_ARGS);
    const indexRead = indexFile && indexBefore ? readIndexFile(indexFile, relativePrefix(toplevel, dir), indexBefore) : undefined;
    const [othersListing, settingsAnswer] = await Promise.all([others, conf]);
    // ls-files fails outside a work tree (inside a .git folder, a bare repository): no fast path then.
    if ('failed' in othersListing)
        return { available: false, reason: othersListing.failed };
    if (!dirs || !indexFile)
        return { available: false, reason: `${external_node_path_default().join(toplevel, '.git')} does not lead to a git repository` };
    const settings = new Map();
    for (const record of settingsAnswer.stdout.split('\0')) {
        const newline = record.indexOf('\n');
        if (newline > 0)
            settings.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
    }
    const objectFormat = settings.get('extensions.objectformat');
    if (objectFormat !== undefined && objectFormat.toLowerCase() !== 'sha1')
        return { available: false, reason: `the repository stores ${objectFormat} object ids, not sha1 blob ids` };
    const attributesFile = settings.get('core.attributesfile');
    const treeOf = (tracked) => {
        // Assigned, not spread: a spread would make every path string of a packed listing.
        const listing = Object.assign(tracked, { others: othersListing.listing.others });
        // The object format shows in the ids git lists (a sha256 repository lists 64 digits).
        if (listing.oidLength !== 0 && listing.oidLength !== 40)
            return { available: false, reason: `git listed ${listing.oidLength}-digit object ids, not sha1 blob ids` };
        const tree = {
            dir,
            toplevel,
            commonDir: dirs.commonDir,
            autocrlf: truthy(settings.get('core.autocrlf')),
            ...(attributesFile ? { attributesFile } : {}),
            listing,
            runner,
        };
        return { available: true, tree };
    };
    const fromIndex = indexRead && worktreeIs(toplevel, dirs.gitDir, settings.get('core.worktree')) ? indexRead : undefined;
    /** The tree once `ls-files -m` has answered; `asRead` when that is the index file's listing as read, nothing modified. */
    const settle = async (answer) => {
        if (fromIndex && answer?.code === 0 && sameFile(fromIndex.stats, (0,external_node_fs_.statSync)(indexFile, { throwIfNoEntry: false }))) {
            return { result: treeOf(withModified(fromIndex.listing, answer.stdout)), asRead: answer.stdout === '' };
        }
        let received = 0;
        const listed = await parsedListing(dir, LS_TRACKED_ARGS, (bytes) => {
            received += bytes;
            if (received > LARGE_LISTING_BYTES)
                tuneForLargeTree();
        });
        return { result: 'failed' in listed ? { available: false, reason: listed.failed } : treeOf(listed.listing), asRead: false };
    };
    if (options.early && fromIndex && modified) {
        const provisional = treeOf(fromIndex.listing);
        if (provisional.available) {
            provisional.tree.confirmation = modified.then(settle).then(({ result, asRead }) => (asRead ? undefined : result));
        }
        return provisional;
    }
    return (await settle(await modified)).result;
}
/** `dir` relative to the work tree root as the index names paths: '' or 'folder/'. */
function relativePrefix(toplevel, dir) {
    const relative = external_node_path_default().relative(toplevel, dir).split((external_node_path_default()).sep).join('/');
    return relative === '' ? '' : `${relative}/`;
}
/**
 * The listing with the paths `git ls-files -z -m` printed (relative to the listed folder) marked
 * MODIFIED: a copy, as an early tree may still be in use with the listing as read.
 */
function withModified(listing, answer) {
    if (answer === '')
        return listing;
    const modified = new Set(answer.split('\0'));
    const flags = Uint8Array.from(listing.flags);
    for (let i = 0; i < flags.length; i++) {
        if (modified.has(pathAt(listing, i)))
            flags[i] = flags[i] | MODIFIED;
    }
    return withFlags(listing, flags);
}
/** One ls-files answer, parsed as it streams in (it is large); a parse error stops taking chunks. */
async function parsedListing(dir, args, onBytes) {
    const parser = new LsFilesParser();
    let parseError;
    try {
        await streamGit(dir, args, (chunk) => {
            onBytes(chunk.length);
            if (parseError !== undefined)
                return;
            try {
                parser.push(chunk);
            }
            catch (error) {
                parseError = error;
            }
        });
        if (parseError !== undefined)
            throw parseError;
        return { listing: parser.end() };
    }
    catch (error) {
        if (error instanceof GitCommandError)
            return { failed: `git ls-files failed: ${error.message.trim()}` };
        return { failed: error instanceof Error ? error.message : String(error) };
    }
}
const SYSTEM_ATTRIBUTES = [
    '/etc/gitattributes',
    '/usr/etc/gitattributes',
    '/usr/local/etc/gitattributes',
    '/opt/homebrew/etc/gitattributes',
];
/**
 * Could any attribute apply to files of the listing? (A false "yes" only costs a `check-attr`.)
 * `.gitattributes` files anywhere in the listing (tracked or not), in the folders from the listed
 * folder up to the repository root, in the repository's info/, the user's and the system's file.
 */
function attributeSourcesExist(tree) {
    if (tree.autocrlf)
        return true;
    const isAttributes = (file) => file === '.gitattributes' || file.endsWith('/.gitattributes');
    if (hasPathNamed(tree.listing, '.gitattributes') || tree.listing.others.some(isAttributes))
        return true;
    for (let dir = tree.dir;; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.gitattributes')))
            return true;
        if (dir === tree.toplevel || external_node_path_default().dirname(dir) === dir)
            break;
    }
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(tree.commonDir, 'info', 'attributes')))
        return true;
    const xdg = process.env.XDG_CONFIG_HOME || external_node_path_default().join((0,external_node_os_.homedir)(), '.config');
    const global = tree.attributesFile ? tree.attributesFile.replace(/^~(?=\/)/, (0,external_node_os_.homedir)()) : external_node_path_default().join(xdg, 'git', 'attributes');
    if ((0,external_node_fs_.existsSync)(global))
        return true;
    // The system file is <prefix>/etc/gitattributes for git's build prefix; look where distributions put it.
    if (!process.env.GIT_ATTR_NOSYSTEM && SYSTEM_ATTRIBUTES.some((file) => (0,external_node_fs_.existsSync)(file)))
        return true;
    // Attributes read from a tree instead of the work tree (git \u2265 2.40): cannot be reasoned about here.
    if (process.env.GIT_ATTR_SOURCE)
        return true;
    return false;
}
/**
 * The part of `tree` below `folder` (a real path inside tree.dir), as if listed there, or undefined
 * when the listing cannot tell (the folder is untracked, ignored, or inside a submodule).
 */
function subtree(tree, folder) {
    if (folder === tree.dir)
        return tree;
    const relative = path.relative(tree.dir, folder).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative) || listedAsWhole(tree.listing, relative))
        return undefined;
    // Always relative to the listing git made, so one check-attr of it serves every part.
    const parent = { tree: tree.parent?.tree ?? tree, prefix: `${tree.parent?.prefix ?? ''}${relative}/` };
    return { ...tree, dir: folder, listing: sliceListing(tree.listing, relative), parent };
}
async function checkAttributes(tree, files) {
    if (files.length === 0)
        return new Set();
    const attrs = await git(tree.runner, ['check-attr', '-z', '--stdin', 'text', 'eol', 'filter', 'ident', 'working-tree-encoding'], `${files.join('\0')}\0`);
    if (attrs.code !== 0)
        throw new Error(`git check-attr failed: ${attrs.stderr.trim()}`);
    return convertedPaths(attrs.stdout, tree.autocrlf);
}
/** One check-attr for every file of a shared listing, asked once whatever part of it is hashed. */
const wholeListingChecks = new WeakMap();
/**
 * The paths among `files` (relative to tree.dir) whose bytes git may convert between the index
 * and the work tree: eol/text conversion, clean/smudge filters (git-lfs among them), ident,
 * working-tree-encoding. Throws when git cannot say.
 */
async function convertedFiles(tree, files) {
    if (!tree.parent)
        return checkAttributes(tree, files);
    const { tree: whole, prefix } = tree.parent;
    let check = wholeListingChecks.get(whole);
    if (!check) {
        const { paths, modes, flags } = whole.listing;
        check = checkAttributes(whole, paths.filter((_file, i) => flags[i] === 0 && (modes[i] === MODE_FILE || modes[i] === MODE_EXECUTABLE)));
        wholeListingChecks.set(whole, check);
    }
    const converted = await check;
    return new Set(files.filter((file) => converted.has(prefix + file)));
}

;// CONCATENATED MODULE: ./src/hash/walk-context.ts
/**
 * Reads a build context the way BuildKit's sender does: depth first, never following symlinks,
 * asking the ContextFilter about every entry. Directories are kept (empty ones too), symlinks are
 * their target string, regular files are handed on to be hashed, sockets, FIFOs and devices are
 * reported and left out. The content path walks the whole context with it; the git fast path
 * (git-context.ts) uses the same visitor for the paths git lists and walks only the folders git
 * knows nothing about.
 *
 * The walk yields to the event loop now and then, so the hashing threads get new work while it runs.
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
const YIELD_EVERY_MS = 4;
class ContextScanner {
    contextDir;
    filter;
    ignoreFileLabel;
    onFile;
    scan = { entries: [], special: [], toRead: [] };
    lastYield = nowMs();
    constructor(contextDir, filter, ignoreFileLabel, 
    /** Called with each file to read as soon as it is found. */
    onFile = () => { }) {
        this.contextDir = contextDir;
        this.filter = filter;
        this.ignoreFileLabel = ignoreFileLabel;
        this.onFile = onFile;
    }
    /** The filter's decision for `relative`, with a bad pattern reported against the ignore file. */
    visit(relative, isDir) {
        try {
            return this.filter.visit(relative, isDir);
        }
        catch (error) {
            if (error instanceof go_glob/* BadPatternError */.m) {
                throw new errors/* InputError */.dz('context', `${this.ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
            }
            throw error;
        }
    }
    /** Refuses a name that is not valid UTF-8 (it cannot be hashed faithfully) unless Docker would not send it. */
    checkName(relative, decision, isDir) {
        if (!relative.includes('\uFFFD') || decision.action === 'prune' || (decision.action === 'skip' && !isDir))
            return;
        const slash = relative.lastIndexOf('/');
        const parent = slash < 0 ? this.contextDir : `${this.contextDir}/${relative.slice(0, slash)}`;
        if (!isValidUtf8Name(parent, relative.slice(slash + 1))) {
            throw new errors/* InputError */.dz('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
        }
    }
    /** Is every file directly in the sent folder `relative` sent too (see ContextFilter.filesAllSentIn)? */
    filesAllSentIn(relative) {
        return this.filter.filesAllSentIn(relative);
    }
    /** Records an included directory (and the excluded ones that hold it, as the filter says). */
    addDir(relative, decision) {
        if (decision.action !== 'include')
            return;
        for (const parent of decision.parents)
            this.scan.entries.push({ path: parent, type: 'dir' });
        this.scan.entries.push({ path: relative, type: 'dir' });
    }
    /** Records an included non-directory after asking lstat what it is now. `stats` when already known. */
    addNonDir(relative, decision, stats) {
        if (decision.action !== 'include')
            return;
        for (const parent of decision.parents)
            this.scan.entries.push({ path: parent, type: 'dir' });
        const absolute = `${this.contextDir}/${relative}`;
        if (!stats) {
            try {
                stats = (0,external_node_fs_.lstatSync)(absolute);
            }
            catch (error) {
                throw unreadable(relative, error);
            }
        }
        if (stats.isFile())
            this.addFile(relative);
        else if (stats.isSymbolicLink())
            this.addSymlink(relative);
        else if (stats.isDirectory())
            throw new errors/* StepError */.zg(`'${relative}' changed while the context was being read; run the step again`);
        else
            this.scan.special.push({ path: relative, kind: kindOf(stats) });
    }
    addFile(relative) {
        this.scan.toRead.push(relative);
        this.onFile(relative);
    }
    addSymlink(relative) {
        try {
            this.scan.entries.push({ path: relative, type: 'symlink', target: (0,external_node_fs_.readlinkSync)(`${this.contextDir}/${relative}`) });
        }
        catch (error) {
            throw unreadable(relative, error);
        }
    }
    /** Walks everything below the folder `relativeDir` ('' for the context root), which was already visited. */
    walkSync(relativeDir) {
        const steps = this.entriesBelow(relativeDir);
        while (!steps.next().done)
            ;
    }
    /** The same, letting the hashing threads' replies in now and then (the content path hashes while it walks). */
    async walk(relativeDir) {
        const steps = this.entriesBelow(relativeDir);
        while (!steps.next().done)
            await this.maybeYield();
    }
    /** Depth first, as the filter needs (a folder's whole subtree right after the folder); yields after each folder. */
    *entriesBelow(relativeDir) {
        const absolute = relativeDir === '' ? this.contextDir : `${this.contextDir}/${relativeDir}`;
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
            const decision = this.visit(relative, isDir);
            if (decision.action === 'prune')
                continue;
            this.checkName(relative, decision, isDir);
            if (isDir) {
                this.addDir(relative, decision);
                yield* this.entriesBelow(relative);
            }
            else if (decision.action === 'include') {
                for (const parent of decision.parents)
                    this.scan.entries.push({ path: parent, type: 'dir' });
                // The dirent type is enough: the hashing thread opens the file without following
                // symlinks and checks with fstat that it is still a regular file.
                if (entry.isFile())
                    this.addFile(relative);
                else if (entry.isSymbolicLink())
                    this.addSymlink(relative);
                else
                    this.scan.special.push({ path: relative, kind: kindOf(entry) });
            }
        }
        yield;
    }
    /** Lets replies from the hashing threads in now and then. */
    async maybeYield() {
        const now = nowMs();
        if (now - this.lastYield < YIELD_EVERY_MS)
            return;
        this.lastYield = now;
        await new Promise((resolve) => setImmediate(resolve));
    }
}

;// CONCATENATED MODULE: ./src/hash/git-context.ts
/**
 * The build context from git's listing instead of a walk (the fast path): the paths git lists \u2014
 * tracked files, untracked and ignored files, whole untracked folders \u2014 go through the same
 * ContextFilter as the walk, in git's order (sorted, so every folder's content is contiguous and
 * folders can be visited just before their first path). Nothing git vouches for is stat'ed or read:
 * its blob id and mode come from the index. Read are only what git does not vouch for (modified,
 * conflicted, skip-worktree/assume-unchanged, converted by attributes, untracked); walked are only
 * the folders git lists as a whole (untracked, ignored, empty). Submodules are listed by their own
 * git and scanned the same way.
 *
 * Git never shows an entry named `.git`, but Docker sends one unless .dockerignore excludes it: each
 * folder the listing covers gets one lstat for it.
 */






/** Git's blob id of an empty file: a recorded size of 0 is believable only for it. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
const EMPTY_BLOB_BYTES = Buffer.from(EMPTY_BLOB, 'hex');
const git_context_SLASH = 0x2f;
/** What the files of a folder of a packed listing need: nothing (pruned), nothing each (all sent), or a visit each. */
const PRUNED = 0;
const ALL_SENT = 1;
const VISIT_EACH = 2;
function parentOf(relative) {
    const slash = relative.lastIndexOf('/');
    return slash < 0 ? '' : relative.slice(0, slash);
}
/**
 * Lists the submodules below `tree` that have a work tree, each with its own listing (and theirs),
 * by their real path. A submodule git cannot list is walked instead.
 */
async function listSubmodules(tree, found = new Map()) {
    const { listing } = tree;
    const dirs = [];
    listing.modes.forEach((mode, i) => {
        if (mode === MODE_GITLINK)
            dirs.push(`${tree.dir}/${pathAt(listing, i)}`);
    });
    await Promise.all(dirs.map(async (dir) => {
        if (!(0,external_node_fs_.lstatSync)(`${dir}/.git`, { throwIfNoEntry: false }))
            return;
        const result = await readGitWorkTree(dir);
        if (!result.available || result.tree.listing.others.includes('./'))
            return;
        found.set(dir, result.tree);
        await listSubmodules(result.tree, found);
    }));
    return found;
}
class GitContextScan {
    scanner;
    submodules;
    /** Folders entered, innermost last (context-relative). */
    stack = [];
    /** `folder/` of the last folder pruned by the filter or found not to be a folder: every listed path below it is skipped. */
    pruned;
    realDirs = new Map([['', true]]);
    candidates = [];
    walked = new Set();
    constructor(scanner, submodules) {
        this.scanner = scanner;
        this.submodules = submodules;
    }
    /** Scans the context (scanner.contextDir, which `tree` lists) and settles which vouched files git may have converted. */
    static async run(scanner, tree) {
        const scan = new GitContextScan(scanner, await listSubmodules(tree));
        scan.dotGit('');
        scan.scanTree(tree, '');
        return scan.settle();
    }
    scanTree(tree, prefix) {
        const { listing } = tree;
        const candidates = { tree, paths: [], entries: [], packedFiles: new Uint32Array(0) };
        this.candidates.push(candidates);
        if (listing.packed && prefix === '')
            return this.scanPacked(listing, listing.packed, candidates);
        const order = mergedOrder(listing);
        // Indexed: a for-of allocates an iterator result per step until V8 optimizes the loop.
        for (let i = 0; i < order.length; i++) {
            const item = order[i];
            if (item >= 0)
                this.tracked(listing, item, prefix + listing.paths[item], candidates);
            else
                this.other(prefix + listing.others[~item]);
        }
    }
    /** Files git vouched for: taken from the index unless git may convert their bytes. */
    async settle() {
        const report = { fromIndex: 0, converted: 0 };
        const checks = await Promise.all(this.candidates.map(async ({ tree, paths, packedFiles }) => {
            if ((paths.length === 0 && packedFiles.length === 0) || !attributeSourcesExist(tree))
                return new Set();
            const { packed } = tree.listing;
            return convertedFiles(tree, packed ? [...paths, ...Array.from(packedFiles, (i) => packedPath(packed, i))] : paths);
        })).catch((error) => {
            report.attributesProblem = error instanceof Error ? error.message : String(error);
            return undefined;
        });
        this.candidates.forEach(({ tree, paths, entries, packedFiles }, c) => {
            const converted = checks?.[c];
            entries.forEach((entry, i) => {
                if (converted && !converted.has(paths[i])) {
                    this.scanner.scan.entries.push(entry);
                    report.fromIndex++;
                }
                else {
                    this.scanner.addFile(entry.path);
                    if (converted)
                        report.converted++;
                }
            });
            const { packed, modes, sizes } = tree.listing;
            if (!packed || packedFiles.length === 0)
                return;
            // Only the context's own listing is packed (prefix ''): one set of packed files at most.
            let chosen = packedFiles;
            if (!converted || converted.size > 0) {
                const kept = [];
                for (const i of packedFiles) {
                    const relative = packedPath(packed, i);
                    if (converted && !converted.has(relative))
                        kept.push(i);
                    else {
                        this.scanner.addFile(relative);
                        if (converted)
                            report.converted++;
                    }
                }
                chosen = Uint32Array.from(kept);
            }
            report.fromIndex += chosen.length;
            this.scanner.scan.packed = { names: packed, modes, sizes, chosen };
        });
        return report;
    }
    /**
     * The context's own listing read from the index file: the paths stay bytes, and a vouched file in
     * a folder whose files are all sent (ContextFilter.filesAllSentIn) is only its position in the
     * listing. Folders, other paths and every file that needs a look of its own go through the same
     * steps as in scanTree, in the same (byte) order.
     */
    scanPacked(listing, packed, candidates) {
        const { names, starts, ends, oids, oidStarts } = packed;
        const { modes, sizes, flags } = listing;
        const others = sortedByBytes(listing.others);
        // What git lists as untracked files and symlinks: among them any that took a tracked folder's place.
        const notFolders = new Set(listing.others.filter((other) => !other.endsWith('/')));
        const allSent = new Uint32Array(ends.length);
        let sent = 0;
        let other = 0;
        // The folder of the file before, as bytes of `names`, and what its files need; -1: none known.
        let folderStart = 0;
        let folderEnd = -1;
        let folderFiles = VISIT_EACH;
        for (let i = 0; i < ends.length; i++) {
            const start = starts[i];
            const end = ends[i];
            while (other < others.length && comparePackedPath(packed, i, others[other].key) > 0) {
                this.other(others[other++].path);
                folderEnd = -1;
            }
            // The file name, back to the last slash; `high` gets any byte outside ASCII.
            let slash = end - 1;
            let high = 0;
            for (let byte = names[slash]; slash >= start && byte !== git_context_SLASH; byte = names[--slash])
                high |= byte;
            const mode = modes[i];
            if (flags[i] !== 0 ||
                (mode !== MODE_FILE && mode !== MODE_EXECUTABLE) ||
                high >= 0x80 ||
                (sizes[i] === 0 && !equalBytes(oids, oidStarts[i], EMPTY_BLOB_BYTES))) {
                this.tracked(listing, i, packedPath(packed, i), candidates);
                folderEnd = -1;
                continue;
            }
            const folderLength = Math.max(0, slash - start);
            if (folderEnd < 0 || folderLength !== folderEnd - folderStart || !sameBytes(names, start, folderStart, folderLength)) {
                folderStart = start;
                folderEnd = start + folderLength;
                const folder = names.toString('utf8', folderStart, folderEnd);
                this.realFoldersOf(folder, notFolders);
                folderFiles = this.folderFiles(folder);
            }
            if (folderFiles === ALL_SENT)
                allSent[sent++] = i;
            else if (folderFiles === VISIT_EACH)
                this.tracked(listing, i, names.toString('utf8', start, end), candidates);
        }
        while (other < others.length)
            this.other(others[other++].path);
        candidates.packedFiles = allSent.subarray(0, sent);
    }
    /**
     * `folder` holds a file git vouches for. A symlink or a file in place of a tracked folder is
     * something `ls-files -m` looks through but `ls-files -o` lists (as an untracked path): unless
     * `notFolders` names `folder` or a folder above it, they are all real folders, known without an
     * lstat each.
     */
    realFoldersOf(folder, notFolders) {
        if (notFolders.size > 0) {
            for (let above = folder; above !== ''; above = parentOf(above))
                if (notFolders.has(above))
                    return;
        }
        for (let real = folder; real !== '' && !this.realDirs.has(real); real = parentOf(real))
            this.realDirs.set(real, true);
    }
    /** Enters `folder` ('' for the context) for the files directly in it, and says what they need. */
    folderFiles(folder) {
        const withSlash = folder === '' ? '' : `${folder}/`;
        if ((this.pruned && withSlash.startsWith(this.pruned)) || !this.enterAncestors(withSlash))
            return PRUNED;
        // A folder name that is not ASCII may not be valid UTF-8: its files get the checks of a visit each.
        return this.scanner.filesAllSentIn(folder) && !/[\u0080-\uffff]/.test(folder) ? ALL_SENT : VISIT_EACH;
    }
    tracked(listing, i, relative, candidates) {
        if (this.pruned && relative.startsWith(this.pruned))
            return;
        const mode = listing.modes[i];
        if (mode === MODE_GITLINK)
            return this.submodule(relative);
        if (listing.flags[i] !== 0 || (mode !== MODE_FILE && mode !== MODE_EXECUTABLE))
            return this.unvouched(relative);
        if (!this.enterAncestors(relative))
            return;
        const decision = this.scanner.visit(relative, false);
        if (decision.action !== 'include')
            return;
        this.scanner.checkName(relative, decision, false);
        for (let p = 0; p < decision.parents.length; p++)
            this.scanner.scan.entries.push({ path: decision.parents[p], type: 'dir' });
        const oid = listing.packed ? packedOid(listing.packed, i) : listing.oids[i];
        let size = listing.sizes[i];
        // The index has no size when git never recorded the file's stat data (e.g. after read-tree).
        if (size === 0 && oid !== EMPTY_BLOB)
            size = (0,external_node_fs_.lstatSync)(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false })?.size ?? 0;
        candidates.paths.push(pathAt(listing, i));
        candidates.entries.push({
            path: relative,
            type: 'file',
            mode: mode === MODE_EXECUTABLE ? '755' : '644',
            digest: BLOB_PREFIX + oid,
            size,
        });
    }
    /** A tracked path git does not vouch for (or a symlink): whatever is on disk now, if anything. */
    unvouched(relative) {
        const stats = this.inRealDir(relative) ? (0,external_node_fs_.lstatSync)(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false }) : undefined;
        if (!stats) {
            // Gone; its folder may be left, empty.
            this.enterPath(this.deepestRealDir(relative));
            return;
        }
        if (!this.enterAncestors(relative))
            return;
        if (!stats.isDirectory())
            return this.addNonDir(relative, stats);
        // A tracked file that is a folder now: git lists nothing inside it (not even as untracked).
        if (this.enterDir(relative, false))
            this.walk(relative);
    }
    submodule(relative) {
        const absolute = `${this.scanner.contextDir}/${relative}`;
        const stats = this.inRealDir(relative) ? (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) : undefined;
        if (!stats?.isDirectory())
            return this.unvouched(relative);
        if (!this.enterAncestors(relative))
            return;
        const tree = this.submodules.get(absolute);
        if (!this.enterDir(relative, tree !== undefined))
            return;
        if (tree)
            this.scanTree(tree, `${relative}/`);
        else
            this.walk(relative); // not checked out, or git cannot list it: every file is read
    }
    /** An untracked or ignored path; `folder/` for a folder git knows nothing inside of. */
    other(listed) {
        const isDir = listed.endsWith('/');
        const relative = isDir ? listed.slice(0, -1) : listed;
        if (this.pruned && relative.startsWith(this.pruned))
            return;
        if (!this.enterAncestors(relative))
            return;
        // Git lists folders with a slash and only files and symlinks without: ask the filter first,
        // and lstat only what Docker would send.
        const decision = this.scanner.visit(relative, isDir);
        if (decision.action === 'prune' || (decision.action === 'skip' && !isDir))
            return;
        this.scanner.checkName(relative, decision, isDir);
        const stats = (0,external_node_fs_.lstatSync)(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false });
        if (!stats)
            return; // removed since git listed it
        if (stats.isDirectory() !== isDir)
            throw new errors/* StepError */.zg(`'${relative}' changed while the context was being read; run the step again`);
        if (!isDir)
            return this.scanner.addNonDir(relative, decision, stats);
        if (this.walked.has(relative))
            return;
        this.scanner.addDir(relative, decision);
        this.walk(relative);
    }
    /** Walks a folder git says nothing about inside (once, however it is reached). */
    walk(relative) {
        this.walked.add(relative);
        this.scanner.walkSync(relative);
    }
    addNonDir(relative, stats) {
        const decision = this.scanner.visit(relative, false);
        if (decision.action !== 'include')
            return;
        this.scanner.checkName(relative, decision, false);
        this.scanner.addNonDir(relative, decision, stats);
    }
    /** Visits the folders above `relative` that are not entered yet; false when one of them is pruned. */
    enterAncestors(relative) {
        const { stack } = this;
        while (stack.length > 0 && !relative.startsWith(`${stack[stack.length - 1]}/`))
            stack.pop();
        const from = stack.length > 0 ? stack[stack.length - 1].length + 1 : 0;
        for (let slash = relative.indexOf('/', from); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
            if (!this.enterDir(relative.slice(0, slash)))
                return false;
        }
        return true;
    }
    /** Enters `folder` and the folders above it ('' is the context itself: nothing to do). */
    enterPath(folder) {
        // As the parent of a path inside it: `folder` itself stays entered if it is.
        if (folder !== '')
            this.enterAncestors(`${folder}/`);
    }
    /**
     * Visits `folder` (whose parent is entered) unless it is not a real folder any more: `git ls-files
     * -m` vouches for a tracked file reached through a symlink that replaced its folder, so a folder
     * gets an lstat of its own (one per folder, not per file) unless git's listing settles it
     * (realFoldersOf).
     */
    enterDir(folder, lookForDotGit = true) {
        if (this.stack[this.stack.length - 1] === folder)
            return true;
        if (!this.isRealDir(folder)) {
            this.pruned = `${folder}/`;
            return false;
        }
        const decision = this.scanner.visit(folder, true);
        if (decision.action === 'prune') {
            this.pruned = `${folder}/`;
            return false;
        }
        this.scanner.checkName(folder, decision, true);
        this.scanner.addDir(folder, decision);
        this.stack.push(folder);
        if (lookForDotGit)
            this.dotGit(folder);
        return true;
    }
    /** The `.git` in `folder`, invisible to git but sent by Docker unless excluded. */
    dotGit(folder) {
        const relative = folder === '' ? '.git' : `${folder}/.git`;
        const stats = (0,external_node_fs_.lstatSync)(`${this.scanner.contextDir}/${relative}`, { throwIfNoEntry: false });
        if (!stats)
            return;
        const decision = this.scanner.visit(relative, stats.isDirectory());
        if (decision.action === 'prune')
            return;
        this.scanner.checkName(relative, decision, stats.isDirectory());
        if (!stats.isDirectory())
            return this.scanner.addNonDir(relative, decision, stats);
        this.scanner.addDir(relative, decision);
        this.scanner.walkSync(relative);
    }
    /** Is `folder` a directory, with only directories (no symlinks) on the way to it from the context? */
    isRealDir(folder) {
        let known = this.realDirs.get(folder);
        if (known === undefined) {
            known =
                this.isRealDir(parentOf(folder)) &&
                    (0,external_node_fs_.lstatSync)(`${this.scanner.contextDir}/${folder}`, { throwIfNoEntry: false })?.isDirectory() === true;
            this.realDirs.set(folder, known);
        }
        return known;
    }
    inRealDir(relative) {
        return this.isRealDir(parentOf(relative));
    }
    deepestRealDir(relative) {
        let folder = parentOf(relative);
        while (folder !== '' && !this.isRealDir(folder))
            folder = parentOf(folder);
        return folder;
    }
}
/**
 * Tracked paths (index \u2265 0) and other paths (~index) in one sorted sequence. Git gives each list
 * sorted by bytes, which is code point order; names that are not valid UTF-8 could break that, so
 * the result is checked and sorted if needed.
 */
function mergedOrder(listing) {
    const { paths, others } = listing;
    const compare = context_tree_comparatorFor(paths.length > 0 && others.length > 0 ? [...paths, ...others] : paths.length > 0 ? paths : others);
    const key = (item) => (item >= 0 ? paths[item] : others[~item]);
    const order = new Array(paths.length + others.length);
    let t = 0;
    let o = 0;
    while (t < paths.length || o < others.length) {
        if (o >= others.length || (t < paths.length && compare(paths[t], others[o]) < 0))
            order[t + o] = t++;
        else
            order[t + o] = ~o++;
    }
    for (let i = 1; i < order.length; i++) {
        if (compare(key(order[i - 1]), key(order[i])) >= 0)
            return order.sort((a, b) => compare(key(a), key(b)));
    }
    return order;
}
/** `paths` with their UTF-8 bytes, in byte order (git lists them so; checked). */
function sortedByBytes(paths) {
    const keyed = paths.map((path) => ({ path, key: Buffer.from(path) }));
    for (let i = 1; i < keyed.length; i++) {
        if (Buffer.compare(keyed[i - 1].key, keyed[i].key) >= 0) {
            return keyed.sort((a, b) => Buffer.compare(a.key, b.key));
        }
    }
    return keyed;
}
/** Does bytes[at, at + key.length) hold `key`? */
function equalBytes(bytes, at, key) {
    for (let b = 0; b < key.length; b++)
        if (bytes[at + b] !== key[b])
            return false;
    return true;
}
/** Are the `length` bytes at `a` and at `b` the same? */
function sameBytes(bytes, a, b, length) {
    for (let i = 0; i < length; i++)
        if (bytes[a + i] !== bytes[b + i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/hash/blob-worker.ts
/**
 * Hashing a batch of files to git blob ids. `hashBatch` runs in worker threads and, for a handful
 * of files, on the main thread. Both functions here are shipped to `new Worker(source, { eval: true })`
 * as text (see hash-files.ts), so they must be self-contained: no imports, no closures, only what
 * they are given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Each file is opened without following symlinks, read through one reused buffer and hashed as
 * `sha1("blob <size>\0" + bytes)` (in one call when it fits the buffer). Replies are packed (typed arrays, one string of digests) to keep
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
        const path = job.root === '' ? job.paths[index] : `${job.root}/${job.paths[index]}`;
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
                const header = `blob ${size}\0`;
                let total = 0;
                if (size + header.length < buffer.length) {
                    // Small file (most of them): header and bytes in the buffer, hashed in one call. Reading
                    // stops at the size fstat gave rather than at end of file: one read call per file instead
                    // of two (20,000 files: 20,000 calls fewer); a file that shrank still shows, like git, which
                    // also reads the size it stat'ed.
                    const start = buffer.write(header, 0, 'latin1');
                    while (total < size) {
                        const n = fs.readSync(fd, buffer, start + total, size - total, null);
                        if (n === 0)
                            break;
                        total += n;
                    }
                    if (total === size)
                        digest = crypto.hash('sha1', buffer.subarray(0, start + total));
                }
                else {
                    const hash = crypto.createHash('sha1');
                    hash.update(header); // ASCII: the same bytes in any encoding
                    for (;;) {
                        const n = fs.readSync(fd, buffer, 0, buffer.length, null);
                        if (n === 0)
                            break;
                        hash.update(buffer.subarray(0, n));
                        total += n;
                    }
                    if (total === size)
                        digest = hash.digest('hex');
                }
                reply.bytesRead += total;
                if (total !== size) {
                    reply.problems.push({ index, kind: 'error', code: 'ECHANGED', message: `${size} bytes expected, ${total} read` });
                }
                else {
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
 * Hashes files to git blob ids on every core. Files are added as the scan finds them; once a few
 * dozen are waiting, a pool of worker threads (one per core) starts and pulls them in small
 * batches as each thread becomes free, so a few large files do not leave one core idle while the
 * other works, and hashing overlaps the rest of the scan. A handful of small files is hashed on the
 * main thread instead: starting threads would cost more than it saves (the common case on a clean
 * git checkout, and the whole of a one-file context).
 */




/** The main thread's hashing: node:crypto is loaded only for a large file (core/digest.ts). */
const mainThreadHashing = { hash: digest/* hashHex */.Yy, createHash: (algorithm) => new digest/* IncrementalHash */.lL(algorithm) };
const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require, ${hashBatch.toString()});`;
/** Up to this many files, and this many bytes, the main thread hashes them itself. */
const INLINE_FILES = 64;
const INLINE_BYTES = 8 << 20;
/**
 * Paths per message to a thread: about BATCH_BYTES of files once the first replies tell their
 * average size, within [BATCH_MIN, BATCH_MAX]. Every message costs both threads a little, which for
 * 20,000 small files added up to ~50 ms of 0.9 s; large files keep small batches, so the last ones
 * still spread over the threads. Two messages in flight per thread so it never waits for the main
 * thread.
 */
const BATCH_MIN = 16;
const BATCH_MAX = 128;
const BATCH_BYTES = 2 << 20;
const IN_FLIGHT = 2;
/** Paths per message for files of this average size so far. */
function batchSizeFor(averageBytes) {
    return Math.min(BATCH_MAX, Math.max(BATCH_MIN, Math.floor(BATCH_BYTES / Math.max(1, averageBytes))));
}
/** Takes paths one at a time; `finish` resolves with every result, indexed in the order added. */
class BlobHasher {
    options;
    paths = [];
    sizeHints = [];
    results = { sizes: [], executable: [], blobs: [], problems: new Map(), bytesRead: 0, threads: 0 };
    pool;
    starts = new Map();
    nextJob = 0;
    /** Paths per message now (see BATCH_BYTES). */
    batch = BATCH_MIN;
    dispatched = 0;
    completed = 0;
    sealed = false;
    settle;
    failure;
    root;
    constructor(options = {}) {
        this.options = options;
        this.root = options.root ?? '';
    }
    /** `size` when already known (it only helps decide whether threads are worth starting). */
    add(file, size = -1) {
        this.paths.push(file);
        this.sizeHints.push(size);
        if (this.pool) {
            if (this.paths.length - this.dispatched >= this.batch)
                this.pump();
        }
        else if (this.paths.length >= INLINE_FILES) {
            this.startPool();
        }
    }
    async finish() {
        this.sealed = true;
        if (!this.pool && this.paths.length > 0) {
            if (this.paths.length > 1 && this.knownBytes() > INLINE_BYTES)
                this.startPool();
            else
                this.absorb(hashBatch({ id: 0, root: this.root, paths: this.paths }, { fs: (external_node_fs_default()), crypto: mainThreadHashing, buffer: Buffer.allocUnsafe(1 << 20) }), 0);
        }
        if (this.pool) {
            try {
                await new Promise((resolve, reject) => {
                    this.settle = { resolve, reject };
                    this.pump();
                    this.checkDone();
                });
            }
            finally {
                await Promise.all(this.pool.map((thread) => thread.worker.terminate()));
            }
        }
        return this.results;
    }
    /** Stops the threads without waiting for the files still queued (the hash failed elsewhere). */
    async abort() {
        const pool = this.pool;
        this.pool = undefined;
        await Promise.all((pool ?? []).map((thread) => thread.worker.terminate()));
    }
    knownBytes() {
        let total = 0;
        this.paths.forEach((file, i) => {
            const hint = this.sizeHints[i];
            total += hint >= 0 ? hint : (external_node_fs_default().lstatSync(this.root === '' ? file : `${this.root}/${file}`, { throwIfNoEntry: false })?.size ?? 0);
        });
        return total;
    }
    startPool() {
        // Loaded only when threads start (a one-file context never needs them).
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        const threads = Math.max(1, this.options.threads ?? (0,external_node_os_.availableParallelism)());
        this.results.threads = threads;
        this.pool = Array.from({ length: threads }, () => {
            // A small young generation: a thread allocates little beyond its read buffer (memory target: 200 MB for 100,000 files).
            const worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
            const thread = { worker, inFlight: 0 };
            thread.worker.on('message', (reply) => {
                thread.inFlight--;
                this.absorb(reply, this.starts.get(reply.id) ?? 0);
                this.starts.delete(reply.id);
                this.completed += reply.blobs.length / 40;
                this.batch = batchSizeFor(this.results.bytesRead / this.completed);
                this.pump();
                this.checkDone();
            });
            thread.worker.on('error', (error) => {
                this.failure ??= error;
                this.checkDone();
            });
            return thread;
        });
        this.pump();
    }
    /** Sends waiting paths to threads with room; a partial batch only when nothing more is coming soon. */
    pump() {
        for (const thread of this.pool ?? []) {
            while (thread.inFlight < IN_FLIGHT && this.dispatched < this.paths.length) {
                const waiting = this.paths.length - this.dispatched;
                if (waiting < this.batch && !this.sealed && thread.inFlight > 0)
                    break;
                const start = this.dispatched;
                this.dispatched = Math.min(this.paths.length, start + this.batch);
                const job = { id: this.nextJob++, root: this.root, paths: this.paths.slice(start, this.dispatched) };
                this.starts.set(job.id, start);
                thread.inFlight++;
                thread.worker.postMessage(job);
            }
        }
    }
    checkDone() {
        if (!this.settle)
            return;
        if (this.failure)
            this.settle.reject(this.failure);
        else if (this.sealed && this.completed === this.paths.length)
            this.settle.resolve();
    }
    absorb(reply, start) {
        const { results } = this;
        const count = reply.blobs.length / 40;
        for (let i = 0; i < count; i++) {
            results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
            results.sizes[start + i] = reply.sizes[i];
            results.executable[start + i] = reply.executable[i];
        }
        for (const problem of reply.problems)
            results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
        results.bytesRead += reply.bytesRead;
    }
}
/** Hashes every path; results are indexed like `paths`. */
async function hashFiles(paths, options = {}) {
    const hasher = new BlobHasher(options);
    for (const file of paths)
        hasher.add(file);
    return hasher.finish();
}

;// CONCATENATED MODULE: ./src/hash/compute-build-definition.ts
/**
 * Computes the build definition of a Dockerfile build and its hash: reads the Dockerfile and the
 * ignore file, finds what Docker would send \u2014 from git's listing on a git checkout (the fast path:
 * git-context.ts), else by walking the context \u2014 hashes the files whose blob id git cannot vouch
 * for on every core while the scan goes on, resolves the images the build pulls (when given a
 * resolver), and assembles the canonical definition (src/core/build-definition.ts). Both ways give
 * the same entries, hence the same hash.
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
    for (const candidate of (0,ignore_file/* ignoreFileCandidates */.P)(contextDir, dockerfile)) {
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
            const patterns = (0,ignore_file/* readIgnorePatterns */.g)(text);
            new context_filter/* ContextFilter */.Y(patterns); // throws on a pattern Docker rejects
            return { label: candidate.label, patterns };
        }
        catch (error) {
            const problem = error instanceof go_glob/* BadPatternError */.m ? error.message : error instanceof Error ? error.message : String(error);
            throw new errors/* InputError */.dz('context', `${candidate.label}: ${problem}`, 'Fix the pattern; docker build rejects it too');
        }
    }
    return { label: null, patterns: [] };
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
/** From this many files to read on, the context is large (see runtime/large-tree.ts). */
const LARGE_CONTEXT_FILES = 5000;
/** Git's view of the context, or why there is none. */
function gitView(options, contextDir) {
    if (options.useGit === false)
        return Promise.resolve({ available: false, reason: 'disabled' });
    // Alone, the context's view comes early: the hash runs while git still looks for modified files.
    return options.gitListings ? options.gitListings.forContext(contextDir) : readGitWorkTree(contextDir, undefined, { early: true });
}
/** Finds what Docker would send (from git's view, else by walking), hashes what git cannot vouch for, and builds the manifest. */
async function hashContext(context, view) {
    const { contextDir, ignoreFile } = context;
    const hasher = new BlobHasher({ root: contextDir, ...(context.workers !== undefined ? { threads: context.workers } : {}) });
    const scanner = new ContextScanner(contextDir, new context_filter/* ContextFilter */.Y(context.patterns), ignoreFile ?? '.dockerignore', (relative) => {
        if (hasher.paths.length === LARGE_CONTEXT_FILES)
            tuneForLargeTree();
        hasher.add(relative);
    });
    let gitReport;
    let fallback = view.available ? undefined : view.reason;
    try {
        if (view.available && view.tree.listing.others.includes('./'))
            fallback = 'git tracks nothing in the context folder';
        else if (view.available)
            gitReport = await GitContextScan.run(scanner, view.tree);
        if (!gitReport)
            await scanner.walk('');
    }
    catch (error) {
        await hasher.abort();
        throw error;
    }
    if (gitReport?.attributesProblem)
        fallback = gitReport.attributesProblem;
    context.lap('scan');
    const { scan } = scanner;
    const warnings = scan.special.map((special) => `Skipping ${special.kind} '${special.path}': Docker cannot copy it into an image as file content`);
    const isDotGit = (file) => file === '.git' || file.startsWith('.git/');
    if (scan.entries.some((entry) => isDotGit(entry.path)) || scan.toRead.some(isDotGit)) {
        warnings.push("The context includes the '.git' folder (Docker sends it unless .dockerignore excludes it), so the hash changes with every fetch or commit. Add '.git' to .dockerignore.");
    }
    const hashed = await hasher.finish();
    context.lap('hash');
    const entries = scan.entries;
    scan.toRead.forEach((relative, i) => {
        const problem = hashed.problems.get(i);
        if (problem)
            throw problemError(relative, problem);
        entries.push({
            path: relative,
            type: 'file',
            mode: hashed.executable[i] ? '755' : '644',
            digest: BLOB_PREFIX + hashed.blobs[i],
            size: hashed.sizes[i] ?? 0,
        });
    });
    sortEntries(entries);
    context.lap('entries');
    const manifest = await context.manifest(entries, scan.packed);
    context.lap('definition');
    return { scan, hashed, entries, gitReport, fallback, manifest, warnings };
}
async function computeBuildDefinition(options) {
    const warn = options.onWarning ?? (() => { });
    const timings = {};
    let mark = nowMs();
    const lap = () => {
        const now = nowMs();
        const ms = Math.round(now - mark);
        mark = now;
        return ms;
    };
    const contextDir = checkContext(options.contextDir);
    // Git runs in its own processes while the Dockerfile and the ignore file are read here.
    const gitViewPromise = gitView(options, contextDir);
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
    const { label: ignoreFile, patterns } = loadIgnoreFile(contextDir, external_node_path_default().resolve(options.dockerfile));
    timings.prepare = lap();
    let view = await gitViewPromise;
    timings.git = lap();
    const context = {
        contextDir,
        ignoreFile,
        patterns,
        workers: options.workers,
        lap: (phase) => (timings[phase] = (timings[phase] ?? 0) + lap()),
        manifest: async (entries, packed) => buildManifest({
            dockerfileBytes,
            entries,
            ...(packed ? { packed } : {}),
            ignoreFile,
            images: await resolvedImages,
            platforms,
            target: images.target,
            buildArgs,
            secrets: options.secrets ?? [],
            labels: options.labels ?? {},
        }),
    };
    let attempt;
    try {
        attempt = await hashContext(context, view);
    }
    catch (error) {
        // An early view that git has not confirmed yet may be why: it is settled before the error stands.
        const instead = view.available ? await view.tree.confirmation : undefined;
        if (!instead)
            throw error;
        view = instead;
        attempt = await hashContext(context, view);
    }
    if (view.available && view.tree.confirmation) {
        const instead = await view.tree.confirmation;
        timings.confirm = lap();
        // Git found files that differ from the index (or could not say): hashed again with its answer.
        if (instead)
            attempt = await hashContext(context, instead);
    }
    for (const warning of attempt.warnings)
        warn(warning);
    const { scan, hashed, entries, gitReport, fallback, manifest } = attempt;
    const fastPath = gitReport && !gitReport.attributesProblem
        ? { used: true, fromIndex: gitReport.fromIndex, ...(gitReport.converted > 0 ? { converted: gitReport.converted } : {}) }
        : { used: false, ...(fallback !== undefined ? { reason: fallback } : {}), fromIndex: 0 };
    return {
        timings,
        definition: manifest.definition,
        hash: manifest.hash,
        tag: manifest.tag,
        files: manifest.context.files,
        bytes: manifest.context.bytes,
        entryCount: entries.length + (scan.packed?.chosen.length ?? 0),
        manifest,
        ignoreFile,
        fastPath,
        // Made when asked for: 100,000 absolute paths are memory the hash itself never needs.
        get readPaths() {
            return scan.toRead.map((relative) => `${contextDir}/${relative}`);
        },
        bytesRead: hashed.bytesRead,
        threads: hashed.threads,
    };
}

;// CONCATENATED MODULE: ./src/runtime/atomic-file.ts


/** Pieces are gathered up to this size before a write: few system calls, little memory. */
const WRITE_CHUNK = 1 << 16;
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length;)
        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
}
/**
 * Writes `text` to `file` all at once: a temporary file beside it, then a rename, so no reader ever
 * sees half a file. `text` may come in pieces (a large manifest is never held whole). `mode` is the
 * new file's permissions (e.g. to keep a config file private).
 */
function writeFileAtomically(file, text, mode) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temporary, 'w', mode);
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
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/runtime/run-action.ts


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        actions_core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
        if (error instanceof Error && error.stack && actions_core/* isDebug */._o())
            actions_core/* debug */.Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await actions_core/* group */.Os(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        actions_core/* setOutput */.uH(name, String(value));
}

// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
;// CONCATENATED MODULE: ./src/hash/base-resolution.ts
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
            digest = client.resolveDigest((0,image_ref/* parseImageRef */.Q)(ref));
            seen.set(ref, digest);
        }
        return digest;
    };
}
/**
 * registryBaseResolver over a client made at the first lookup: a Dockerfile with nothing to
 * resolve (`FROM scratch`, pinned digests) never loads the registry code, whose HTTPS stack costs
 * tens of milliseconds at start.
 */
function lazyBaseResolver(makeClient) {
    let resolver;
    return (ref) => (resolver ??= Promise.resolve().then(makeClient).then(registryBaseResolver)).then((resolve) => resolve(ref));
}

;// CONCATENATED MODULE: ./src/core/build-secrets.ts
/**
 * Build secrets, in the grammar of docker/build-push-action: three inputs, one `ID=\u2026` per line,
 * split at the first `=`, so no line can be read two ways.
 * - `secrets`: `ID=VALUE`; the value reaches the builder in an environment variable of ours;
 * - `secret-envs`: `ID=VARIABLE`; the value is the step's environment variable of that name;
 * - `secret-files`: `ID=PATH`; the value is the file's content.
 * One parser for the hash (which keeps the ids only) and the builder (which mounts them), so the
 * ids hashed are always the ids built. Values never reach argv, a file we leave behind or the hash.
 * Pure: lines in, secrets and the extra builder environment out.
 */


/** What BuildKit and buildah accept as a secret id (and what is safe inside `--secret id=\u2026,\u2026`). */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const build_secrets_FORMS = {
    secrets: 'ID=VALUE, e.g. PIP_TOKEN=${{ secrets.PIP_TOKEN }}',
    'secret-envs': 'ID=VARIABLE, e.g. PIP_TOKEN=PIP_TOKEN',
    'secret-files': 'ID=PATH, e.g. netrc=.netrc',
};
function split(input, line) {
    const at = line.indexOf('=');
    // Never quote a `secrets` line: its value is a credential.
    const shown = input === 'secrets' ? 'a line' : `'${line}'`;
    if (at <= 0 || at === line.length - 1)
        throw new errors/* InputError */.dz(input, `${shown} is not ${build_secrets_FORMS[input].split(',')[0]}`, `Write one ${build_secrets_FORMS[input]} per line`);
    const id = line.slice(0, at).trim();
    const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
    if (!SECRET_ID.test(id))
        throw new errors/* InputError */.dz(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    if (id === 'id') {
        // `id=\u2026` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new errors/* InputError */.dz(input, "a line starts with 'id=', which reads as Docker's `--secret id=\u2026` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
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
            throw new errors/* InputError */.dz(input, `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`, 'Give each secret id once');
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
            throw new errors/* InputError */.dz('secret-envs', `'${value}' is not an environment variable name`, `Write one ${build_secrets_FORMS['secret-envs']} per line`);
        add('secret-envs', { id, env: value });
    }
    for (const line of lines.secretFiles ?? []) {
        const { id, value } = split('secret-files', line);
        const file = external_node_path_default().resolve(workspace, value);
        if (file.includes(','))
            throw new errors/* InputError */.dz('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
        add('secret-files', { id, src: file });
    }
    return { secrets, ids: [...seen.keys()].sort(), environment, values };
}

;// CONCATENATED MODULE: ./src/core/lists.ts
/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */

/** Items separated by commas or new lines, trimmed, empties dropped. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `KEY=value` lines into an object: the key is trimmed, the value keeps everything after the first
 * `=`. A line without a key is an error naming `input`.
 */
function parseKeyValueLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new errors/* InputError */.dz(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
        result[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return result;
}
/** `KEY=value` pairs sorted by key, so the same request always gives the same argv. */
function sortedPairs(record) {
    return Object.keys(record)
        .sort()
        .map((key) => `${key}=${record[key]}`);
}

;// CONCATENATED MODULE: ./src/runtime/inputs.ts



/**
 * Readers for action inputs. Each returns a typed value or throws an InputError that names the
 * input; defaults come from action.yml (the runner applies them, and so does the CLI).
 */
/** The runner's rule for where an input arrives: `INPUT_` + the name with spaces as `_`, upper-cased (dashes stay). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readString(name) {
    return actions_core/* getInput */.V4(name).trim();
}
function readOptional(name) {
    const value = readString(name);
    return value === '' ? undefined : value;
}
function readRequired(name, fix) {
    const value = readString(name);
    if (value === '')
        throw new InputError(name, 'is required but empty', fix);
    return value;
}
function readBoolean(name) {
    const value = readString(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new InputError(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = readString(name);
    if (choices.includes(value))
        return value;
    throw new InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return splitList(actions_core/* getInput */.V4(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return actions_core/* getInput */.V4(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
function readKeyValueLines(name) {
    return parseKeyValueLines(readLines(name), name);
}
/**
 * Masks the values of credential inputs before anything can fail and print them, and, when given,
 * every value in a `KEY=value` settings input whose key names a password, secret or token.
 */
function maskSecretInputs(names, settingsInput) {
    for (const name of names) {
        const value = readString(name);
        if (value)
            core.setSecret(value);
    }
    if (settingsInput === undefined)
        return;
    for (const line of core.getInput(settingsInput).split('\n')) {
        const at = line.indexOf('=');
        if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
            const value = line.slice(at + 1).trim();
            if (value)
                core.setSecret(value);
        }
    }
}

;// CONCATENATED MODULE: ./src/hash/definition-inputs.ts
/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 * A `spec` (an image spec, rendered to a Dockerfile) stands where `context` and `dockerfile` would.
 * The spec code (YAML, its JSON Schema) loads only when a spec is given: most runs start without it.
 */








const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;
/** The `insecure-registries` input: host[:port] entries that speak plain HTTP (loopback always does). */
function readInsecureRegistries() {
    const entries = readList('insecure-registries');
    for (const entry of entries) {
        if (!HOST.test(entry)) {
            throw new errors/* InputError */.dz('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
        }
    }
    return entries;
}
/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input, resolved, root) {
    if (!(0,external_node_fs_.existsSync)(resolved))
        return resolved;
    const real = (0,external_node_fs_.realpathSync)(resolved);
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    if (!(0,workspace/* isInside */.FK)(realRoot, real)) {
        throw new errors/* InputError */.dz(input, `'${resolved}' leads outside the workspace (to ${real}) through a symlink`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}
function readKeyValues(name, what) {
    const values = readKeyValueLines(name);
    for (const key of Object.keys(values)) {
        if (/\s/.test(key) || key === '')
            throw new errors/* InputError */.dz(name, `'${key}' is not a valid ${what} name`, `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`);
    }
    return values;
}
/**
 * A file path outside the build context: inside Actions it must be in the workspace or RUNNER_TEMP
 * (where earlier steps leave files); from a terminal (the CLI outside Actions) the person chose it.
 */
function allowedOutsideWorkspace(input, value, root) {
    const resolved = external_node_path_default().resolve(root, value);
    if (process.env.GITHUB_ACTIONS !== 'true')
        return resolved;
    const runnerTemp = process.env.RUNNER_TEMP ? external_node_path_default().resolve(process.env.RUNNER_TEMP) : undefined;
    if (runnerTemp && (0,workspace/* isInside */.FK)(runnerTemp, resolved))
        return resolved;
    return staysInside(input, (0,workspace/* resolveInWorkspace */.z1)(input, value, root), root);
}
/** Every secret value is masked before anything else can fail and print. */
function readSecretInputs(root) {
    const lines = { secrets: readLines('secrets'), secretEnvs: readLines('secret-envs'), secretFiles: readLines('secret-files') };
    for (const line of lines.secrets) {
        const value = line.slice(line.indexOf('=') + 1);
        if (value)
            actions_core/* setSecret */.Pq(value);
    }
    const parsed = parseBuildSecrets(lines, root);
    for (const secret of parsed.secrets)
        if (secret.src)
            allowedOutsideWorkspace('secret-files', secret.src, root);
    return parsed;
}
/**
 * Reads and renders the spec (every problem of the spec fails here, before anything is built) and
 * checks the inputs that cannot go with it.
 */
async function readSpecInput(value, root, buildArgs, target) {
    if (readOptional('dockerfile') !== undefined) {
        throw new errors/* InputError */.dz('spec', 'is set together with dockerfile', 'Give one of them: a spec declares the image, a Dockerfile writes it');
    }
    if ((readString('context') || '.') !== '.') {
        throw new errors/* InputError */.dz('context', 'does not apply to a spec: the spec names its files relative to itself', 'Leave context empty, and set context: inside the spec if its files live above its folder');
    }
    const { loadSpec, parseSpecReference } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 4072));
    const spec = loadSpec(parseSpecReference(value, root), { workspace: root, env: process.env, input: 'spec' });
    if (spec.spec.base.kind !== 'dockerfile') {
        for (const [name, given] of [
            ['build-args', Object.keys(buildArgs).length > 0],
            ['target', target !== ''],
        ]) {
            if (given)
                throw new errors/* InputError */.dz(name, 'does not apply to a spec: its Dockerfile is rendered', 'Declare env in the spec instead, or leave it empty');
        }
    }
    for (const warning of spec.rendered.warnings) {
        actions_core/* warning */.$e(`${warning.field}: ${warning.message}`, {
            title: 'image spec',
            file: spec.spec.fileName,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
    return spec;
}
/** The `platforms` input, or the spec's when the input is empty; both given must agree. */
function readPlatforms(spec) {
    const given = readList('platforms');
    if (!spec || spec.spec.platforms.length === 0)
        return (0,core_platforms/* normalizePlatforms */.em)(given);
    if (given.length === 0)
        return spec.spec.platforms;
    const fromInput = (0,core_platforms/* normalizePlatforms */.em)(given);
    if (fromInput.join(',') !== spec.spec.platforms.join(',')) {
        throw new errors/* InputError */.dz('platforms', `${fromInput.join(', ')} differs from the spec's platforms (${spec.spec.platforms.join(', ')})`, 'Set the platforms in one place: the input or the spec');
    }
    return fromInput;
}
async function readDefinitionInputs() {
    const root = (0,workspace/* workspaceRoot */.oS)();
    const secrets = readSecretInputs(root);
    const manifestFile = readOptional('manifest-file');
    const buildArgs = readKeyValues('build-args', 'build arg');
    const target = readString('target');
    const specInput = readOptional('spec');
    const spec = specInput === undefined ? undefined : await readSpecInput(specInput, root, buildArgs, target);
    let context;
    let dockerfile;
    if (spec) {
        context = spec.contextDir;
        dockerfile = spec.reference.file;
    }
    else {
        context = staysInside('context', (0,workspace/* resolveInWorkspace */.z1)('context', readString('context') || '.', root), root);
        const dockerfileInput = readOptional('dockerfile');
        dockerfile = dockerfileInput
            ? staysInside('dockerfile', (0,workspace/* resolveInWorkspace */.z1)('dockerfile', dockerfileInput, root), root)
            : staysInside('dockerfile', external_node_path_default().join(context, 'Dockerfile'), root);
    }
    return {
        context,
        dockerfile,
        buildArgs,
        target,
        platforms: readPlatforms(spec),
        secrets,
        labels: readKeyValues('labels', 'label'),
        manifestFile: manifestFile === undefined ? undefined : allowedOutsideWorkspace('manifest-file', manifestFile, root),
        insecureRegistries: readInsecureRegistries(),
        spec,
    };
}
async function openBuildFiles(inputs) {
    if (!inputs.spec)
        return { contextDir: inputs.context, dockerfile: inputs.dockerfile, useGit: true, secretIds: inputs.secrets.ids, dispose: () => { } };
    const { prepareSpecBuild } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(72), __webpack_require__.e(596)]).then(__webpack_require__.bind(__webpack_require__, 3596));
    const prepared = prepareSpecBuild(inputs.spec);
    return { ...prepared, secretIds: [...new Set([...inputs.secrets.ids, ...inputs.spec.rendered.secretIds])].sort() };
}
/** What computeBuildDefinition hashes for these inputs and files: the same for the hash and build actions. */
function definitionOptions(inputs, files) {
    return {
        contextDir: files.contextDir,
        dockerfile: files.dockerfile,
        buildArgs: inputs.buildArgs,
        target: inputs.target,
        platforms: inputs.platforms,
        secrets: files.secretIds,
        labels: inputs.labels,
        ...(files.useGit ? {} : { useGit: false }),
    };
}
/** The manifest as written to manifest-file: with the spec's record when a spec declared the build. */
function manifestWithSpec(manifest, inputs) {
    return inputs.spec ? { ...manifest, spec: inputs.spec.rendered.record } : manifest;
}

;// CONCATENATED MODULE: ./src/actions/hash/inputs.ts



async function readHashInputs() {
    const definition = await readDefinitionInputs();
    const value = readString('resolve-images').toLowerCase();
    if (value !== 'true' && value !== 'false')
        throw new errors/* InputError */.dz('resolve-images', `'${value}' is not a boolean`, "Use 'true' or 'false'");
    return { ...definition, resolveImages: value === 'true' };
}

;// CONCATENATED MODULE: ./src/github/summary.ts
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
    const summary = actions_core/* summary */.z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}

;// CONCATENATED MODULE: ./src/actions/hash/summary.ts

function humanBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** A small job-summary table: the tag, what the hash covers, and how it was computed. */
async function writeHashSummary(result, ms, spec) {
    const { definition } = result;
    await writeSummary('Build hash', [
        ['Tag', code(result.tag)],
        ['Hash', code(result.hash)],
        ...(spec
            ? [
                [
                    'Image spec',
                    `${code(spec.file)}: ${spec.layers} layer${spec.layers === 1 ? '' : 's'}, hashed as the Dockerfile it renders to`,
                ],
            ]
            : []),
        [
            'Context',
            `${result.files} files, ${humanBytes(result.bytes)} (ignore file: ${result.ignoreFile ? code(result.ignoreFile) : 'none'})`,
        ],
        ['Images', definition.images.map((image) => code(image.digest ? `${image.ref} \u2192 ${image.digest}` : image.ref)).join('<br>') || '\u2014'],
        ['Platforms', definition.platforms.map(code).join(', ')],
        ['Target stage', code(definition.target)],
        [
            'Build args / secrets / labels',
            `${Object.keys(definition.buildArgs).length} / ${definition.secrets.length} / ${Object.keys(definition.labels).length}`,
        ],
        [
            'Computed',
            `${ms} ms, ${result.fastPath.used ? `git fast path: ${result.fastPath.fromIndex} files from the index, ${result.readPaths.length} read` : `all ${result.readPaths.length} files read${result.fastPath.reason ? ` (no git fast path: ${escapeHtml(result.fastPath.reason)})` : ''}`}`,
        ],
    ]);
}

;// CONCATENATED MODULE: ./src/actions/hash/main.ts












async function run(seams = {}) {
    // The registry code loads only when an image is looked up (see lazyBaseResolver).
    const { registry = async (insecure) => (await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 1623))).makeRegistryClient(undefined, insecure), } = seams;
    await runAction(async () => {
        const inputs = await readHashInputs();
        // FROM / COPY --from images to digests through the registry, as the build action does.
        if (!inputs.resolveImages) {
            actions_core/* warning */.$e('resolve-images is false: base images are hashed as written, so a base tag that moves does not change the hash (and the build action, which always resolves them, computes another hash)');
        }
        const resolveBase = inputs.resolveImages ? lazyBaseResolver(() => registry(inputs.insecureRegistries)) : undefined;
        const shown = (file) => external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), file) || '.';
        const title = inputs.spec ? `Hash the image spec ${shown(inputs.dockerfile)}` : `Hash the build context ${shown(inputs.context)}`;
        const { value: result, ms } = await timedGroup(title, async () => {
            const files = await openBuildFiles(inputs);
            let computed;
            try {
                computed = await computeBuildDefinition({
                    ...definitionOptions(inputs, files),
                    ...(resolveBase ? { resolveBase } : {}),
                    onWarning: (message) => actions_core/* warning */.$e(message),
                });
            }
            finally {
                files.dispose();
            }
            if (inputs.spec) {
                actions_core/* info */.pq(`Spec: ${shown(inputs.dockerfile)} (${inputs.spec.spec.layers.length} layers), rendered to:`);
                actions_core/* info */.pq(inputs.spec.rendered.dockerfile.trimEnd());
            }
            else
                actions_core/* info */.pq(`Dockerfile: ${shown(inputs.dockerfile)}; ignore file: ${computed.ignoreFile ?? 'none'}`);
            actions_core/* info */.pq(`Context: ${computed.files} files, ${humanBytes(computed.bytes)}, ${computed.entryCount} entries`);
            actions_core/* info */.pq(computed.fastPath.used
                ? `Git fast path: ${computed.fastPath.fromIndex} files from the index, ${computed.readPaths.length} read`
                : `Read all ${computed.readPaths.length} files (no git fast path: ${computed.fastPath.reason ?? 'not a git checkout'})`);
            actions_core/* info */.pq(`Timings (ms): ${Object.entries(computed.timings)
                .map(([phase, ms]) => `${phase} ${ms}`)
                .join(', ')}`);
            return computed;
        });
        actions_core/* startGroup */.Oh(`Build definition ${result.tag}`);
        actions_core/* info */.pq(JSON.stringify(result.definition, null, 2));
        actions_core/* endGroup */.N4();
        if (inputs.manifestFile) {
            try {
                writeFileAtomically(inputs.manifestFile, manifestText(manifestWithSpec(result.manifest, inputs)));
            }
            catch (error) {
                throw new errors/* InputError */.dz('manifest-file', `cannot write '${inputs.manifestFile}' (${error.code ?? (0,errors/* errorMessage */.gJ)(error)})`, 'Give a file path in a writable folder');
            }
            actions_core/* info */.pq(`Wrote the build definition to ${inputs.manifestFile}`);
        }
        setOutputs({
            hash: result.hash,
            tag: result.tag,
            'manifest-file': inputs.manifestFile ?? '',
            files: result.files,
            bytes: result.bytes,
        });
        actions_core/* info */.pq(`Tag: ${result.tag}`);
        await writeHashSummary(result, ms, inputs.spec ? { file: inputs.spec.spec.fileName, layers: inputs.spec.spec.layers.length } : undefined);
    });
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

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ ContextFilter)
});

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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/** A problem with what the user gave us: names the input and says how to fix it. */
class InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Failure of something outside us (registry, builder, platform) that the user must act on. */
class StepError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'StepError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost, registryHost, repositoryName, isSha256Digest, parsePinnedImageRef */
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

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   _l: () => (/* binding */ canonicalPlatform),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   ol: () => (/* binding */ hostPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* unused harmony exports PlatformError, parsePlatform, normalizePlatform */
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

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports issueCommand, notice, error, getIDToken, Summary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9921);
/**
 * The part of @actions/core the toolkit uses \u2014 inputs, outputs, log lines, workflow commands, the
 * job summary \u2014 written out here, byte for byte what @actions/core writes. Why: importing
 * @actions/core evaluates its HTTP client and all of undici (for the OIDC token alone), about
 * 150 ms of CPU at every start of every action and of the CLI (issue 8: start \u2264 1.5 \u00d7 `node -e 0`).
 * `getIDToken`, the one call that needs HTTP, loads @actions/core when it is called.
 */



function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,\u2026::message` on stdout, as the runner parses it. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function commandProperties(annotation) {
    if (Object.keys(annotation).length === 0)
        return {};
    return {
        title: annotation.title,
        file: annotation.file,
        line: annotation.startLine,
        endLine: annotation.endLine,
        col: annotation.startColumn,
        endColumn: annotation.endColumn,
    };
}
function issueFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/**
 * A random UUID (v4 layout) like @actions/core's. What keeps a value from ending the block early is
 * the check below that it does not contain the delimiter; the randomness only makes that check
 * pass, so Math.random serves, and node:crypto (about 8 ms to load) is not needed to set an output.
 */
function randomId() {
    const hex = (digits) => Math.floor(Math.random() * 16 ** digits)
        .toString(16)
        .padStart(digits, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${converted}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** GitHub's OIDC id-token: the one call that needs an HTTP client, so @actions/core is loaded here only. */
async function getIDToken(audience) {
    const actionsCore = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    // @actions/core logs (debug lines) through process.stdout itself: send them where this log goes.
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => (writeLog(chunk.toString()), true));
    try {
        return await actionsCore.getIDToken(audience);
    }
    finally {
        process.stdout.write = write;
    }
}
/** The job summary (GITHUB_STEP_SUMMARY), built as @actions/core's Summary builds it. */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addList(items, ordered = false) {
        return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const attrs = {};
            if (cell.colspan)
                attrs.colspan = cell.colspan;
            if (cell.rowspan)
                attrs.rowspan = cell.rowspan;
            return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to the summary file (replaces it with `overwrite`) and empties the buffer. */
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        // Synchronous (a few KB): node:fs/promises would cost a few ms to load at every start.
        (options.overwrite ? node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync : node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* unused harmony exports BACKGROUND_PRIORITY, formatCommand, logTail, commandFailed */
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
    return new StepError(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}


/***/ }),

/***/ 9921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ur: () => (/* binding */ writeLog)
/* harmony export */ });
/* unused harmony exports writeFd, redirectLog */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The action log (stdout: the runner reads workflow commands there) and the CLI's answer, written
 * straight to file descriptors 1 and 2. `process.stdout` and `process.stderr` are streams Node
 * builds on first use; for a pipe, which is what the runner and most callers give, that means a
 * `net.Socket` and the modules behind it, some 8 ms at every start (issue 8: start \u2264 1.5 \u00d7 `node
 * -e 0`). A write the descriptor refuses (a non-blocking pipe that is full, a closed one) goes
 * through the stream from then on, as it would have anyway; Node writes stdio pipes and files
 * synchronously, so the order of lines is kept either way.
 */

const useStream = new Set();
function stream(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function writeFd(fd, text) {
    if (text === '')
        return;
    if (useStream.has(fd)) {
        stream(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, written);
    }
    catch {
        useStream.add(fd);
        stream(fd).write(bytes.subarray(written));
    }
}
let logSink;
/** The action log: stdout, unless redirected (the CLI keeps stdout for its JSON answer; tests capture it). */
function writeLog(text) {
    if (logSink)
        logSink(text);
    else
        writeFd(1, text);
}
/** Sends the action log to `sink` until the returned function is called. */
function redirectLog(sink) {
    const before = logSink;
    logSink = sink;
    return () => {
        logSink = before;
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
