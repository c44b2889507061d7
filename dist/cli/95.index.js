export const id = 95;
export const ids = [95];
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
    // Record by record: no copy of the whole text (tens of MB for 100,000 files) is ever built.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const entry of sorted)
        hash.update(entryRecord(entry));
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);



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
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
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
