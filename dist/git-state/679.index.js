export const id = 679;
export const ids = [679];
export const modules = {

/***/ 8679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/runtime/stdio.ts
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
            written += (0,external_node_fs_.writeSync)(fd, bytes, written);
    }
    catch {
        useStream.add(fd);
        stream(fd).write(bytes.subarray(written));
    }
}
let logSink;
/** The action log: stdout, unless redirected (the CLI keeps stdout for its JSON answer; tests capture it). */
function stdio_writeLog(text) {
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

;// CONCATENATED MODULE: ./src/runtime/actions-core.ts
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
    stdio_writeLog(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
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
    return `${key}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
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
    stdio_writeLog(external_node_os_.EOL);
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
    stdio_writeLog(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function actions_core_warning(message, properties = {}) {
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
        return this.addRaw(external_node_os_.EOL);
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
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        // Synchronous (a few KB): node:fs/promises would cost a few ms to load at every start.
        (options.overwrite ? external_node_fs_.writeFileSync : external_node_fs_.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const actions_core_summary = new Summary();

;// CONCATENATED MODULE: ./src/core/errors.ts
/** A problem with what the user gave us: names the input and says how to fix it. */
class errors_InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Failure of something outside us (registry, builder, platform) that the user must act on. */
class errors_StepError extends Error {
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

;// CONCATENATED MODULE: ./src/runtime/run-action.ts


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        setFailed(errorMessage(error));
        if (error instanceof Error && error.stack && isDebug())
            debug(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await group(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, String(value));
}

;// CONCATENATED MODULE: ./src/core/run-event.ts
/**
 * What the runner tells a step about the run it belongs to (GITHUB_EVENT_NAME, the event payload,
 * GITHUB_REF, GITHUB_SHA), and the questions every step asks of it. Pure: runtime/run-context.ts
 * reads it from the environment.
 */
/** Events whose payload describes a pull request (its head is the code under test). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function isPullRequestEvent(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName);
}
/** `repository.default_branch` of the event payload; empty when unknown (a CLI run). */
function defaultBranchOf(context) {
    const event = context.event;
    const branch = event?.repository?.default_branch;
    return typeof branch === 'string' ? branch : '';
}

;// CONCATENATED MODULE: ./src/core/git/tag-choice.ts
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

;// CONCATENATED MODULE: ./src/core/git/status-porcelain.ts
/**
 * Parses `git status --porcelain=v2 -z` output (pure). Version 2 with NUL separators is the one
 * format git promises to keep stable for scripts and that never quotes or escapes paths, so names
 * with spaces, newlines or non-ASCII bytes come through exactly.
 */
/** The `XY` pair: X is the index against HEAD, Y the working tree against the index (`.` = unchanged). */
function changeOf(xy) {
    const [x = '.', y = '.'] = xy;
    if (x === 'D' || y === 'D')
        return 'deleted';
    if (x === 'A')
        return 'added';
    if (x === 'R' || x === 'C')
        return 'renamed';
    if (x === 'T' || y === 'T')
        return 'type changed';
    if (x !== '.' && y !== '.')
        return 'staged, modified';
    if (x !== '.')
        return 'staged';
    return 'modified';
}
/** The `sub` field: `N...` for a plain file, `S<c><m><u>` for a submodule. */
function submoduleDetail(sub) {
    if (!sub.startsWith('S'))
        return undefined;
    const parts = [];
    if (sub[1] === 'C')
        parts.push('new commits');
    if (sub[2] === 'M')
        parts.push('modified content');
    if (sub[3] === 'U')
        parts.push('untracked content');
    return parts.length > 0 ? parts.join(', ') : 'changed';
}
/** Splits off the first `count` space-separated fields and returns them with the rest (the path). */
function fields(record, count) {
    const head = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        const space = record.indexOf(' ', at);
        if (space < 0)
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        head.push(record.slice(at, space));
        at = space + 1;
    }
    return { head, rest: record.slice(at) };
}
function parsePorcelainV2(output) {
    const records = output.split('\0');
    const entries = [];
    for (let i = 0; i < records.length; i++) {
        const record = records[i] ?? '';
        if (record === '' || record.startsWith('# '))
            continue;
        const kind = record[0];
        if (kind === '?') {
            entries.push({ path: record.slice(2), change: 'untracked' });
        }
        else if (kind === '!') {
            // Ignored files are only printed with --ignored; they are never dirty.
            continue;
        }
        else if (kind === '1') {
            // 1 XY sub mH mI mW hH hI path
            const { head, rest } = fields(record, 8);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
        }
        else if (kind === '2') {
            // 2 XY sub mH mI mW hH hI Xscore path NUL origPath: both names differ from HEAD.
            const { head, rest } = fields(record, 9);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
            const original = records[++i] ?? '';
            entries.push({ path: original, change: 'deleted' });
        }
        else if (kind === 'u') {
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            const { rest } = fields(record, 10);
            entries.push({ path: rest, change: 'conflict' });
        }
        else {
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        }
    }
    return entries;
}
function entryFor(path, xy, sub) {
    const detail = submoduleDetail(sub);
    if (detail !== undefined && !xy.includes('D') && !xy.includes('A'))
        return { path, change: 'submodule', detail };
    return { path, change: changeOf(xy) };
}

;// CONCATENATED MODULE: ./src/core/git/state.ts
/**
 * Decides the `git-state` outputs from facts read out of the repository and from the run's event
 * (pure: no git, no files, no environment). The reader in ./state-reader.ts gathers the facts.
 *
 * Where the outputs come from:
 * - pull request events: the pull request's head (commit, branch, `refs/pull/<n>/head`), because
 *   actions/checkout gives a temporary merge commit that exists nowhere else;
 * - other events: GITHUB_REF for branch/tag when it describes the checked-out commit (GITHUB_SHA is
 *   unset or equals HEAD), otherwise git itself (HEAD, its branch, the tags pointing at it).
 */



const shaPattern = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The pull request of a pull request event, or a problem when the payload lacks a usable head. */
function pullRequestOf(context) {
    if (!isPullRequestEvent(context.eventName))
        return {};
    const event = record(context.event);
    const pr = record(event?.pull_request);
    const head = record(pr?.head);
    const headSha = typeof head?.sha === 'string' ? head.sha.toLowerCase() : undefined;
    if (!headSha || !shaPattern.test(headSha)) {
        return { problem: `The ${context.eventName} event payload has no valid pull_request.head.sha; using the checked-out HEAD instead` };
    }
    const number = typeof pr?.number === 'number' ? pr.number : typeof event?.number === 'number' ? event.number : undefined;
    const mergeSha = typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha.toLowerCase() : undefined;
    return {
        pullRequest: { headSha, headRef: typeof head?.ref === 'string' ? head.ref : '', number, mergeSha },
    };
}
/** Commits besides HEAD the reader should look up (the pull request head, which may not be fetched). */
function commitsToRead(context) {
    const { pullRequest } = pullRequestOf(context);
    return pullRequest ? [pullRequest.headSha] : [];
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}
function decideGitState(facts, context) {
    // One entry per path (a renamed-away path can also reappear as untracked), sorted by code units.
    const byPath = new Map();
    for (const entry of parsePorcelainV2(facts.status))
        if (!byPath.has(entry.path))
            byPath.set(entry.path, entry);
    const dirty = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const dirtyFiles = dirty.map((entry) => entry.path);
    const warnings = [];
    const notes = [];
    const head = facts.head;
    const base = { root: facts.root, clean: dirtyFiles.length === 0, dirty, dirtyFiles, headCommit: head.sha, warnings, notes };
    const { pullRequest, problem } = pullRequestOf(context);
    if (problem)
        warnings.push(problem);
    if (pullRequest) {
        const prHead = pullRequest.headSha === head.sha ? head : facts.known[pullRequest.headSha];
        const isMergeOfHead = head.parents.includes(pullRequest.headSha) ||
            head.sha === pullRequest.mergeSha ||
            (context.eventName === 'pull_request' && head.sha === context.sha);
        if (pullRequest.headSha !== head.sha) {
            if (isMergeOfHead) {
                notes.push(`HEAD ${head.sha} is the pull request's merge commit; commit is the pull request head ${pullRequest.headSha}`);
            }
            else {
                warnings.push(`HEAD ${head.sha} is neither the pull request head ${pullRequest.headSha} nor a merge of it, so the checked-out tree ` +
                    `may not be the pull request's code (pull_request_target checks out the base branch unless told otherwise)`);
            }
        }
        if (!prHead) {
            notes.push(`The pull request head is not in the local clone (shallow fetch); commit-time is HEAD's committer date`);
        }
        return {
            ...base,
            commit: pullRequest.headSha,
            shortCommit: pullRequest.headSha.slice(0, 7),
            ref: pullRequest.number !== undefined ? `refs/pull/${pullRequest.number}/head` : '',
            branch: pullRequest.headRef,
            tag: chooseTag(prHead?.tags ?? []),
            commitTime: (prHead ?? head).committerTime,
            source: 'pull request event',
        };
    }
    const common = { ...base, commit: head.sha, shortCommit: head.sha.slice(0, 7), commitTime: head.committerTime };
    const runRef = context.ref ?? '';
    const refDescribesHead = !context.sha || context.sha.toLowerCase() === head.sha;
    if (runRef.startsWith('refs/heads/') || runRef.startsWith('refs/tags/')) {
        if (refDescribesHead) {
            const tag = runRef.startsWith('refs/tags/') ? runRef.slice('refs/tags/'.length) : chooseTag(head.tags);
            return { ...common, ref: runRef, branch: branchOf(runRef) || branchOf(facts.headRef), tag, source: 'GITHUB_REF' };
        }
        notes.push(`GITHUB_REF ${runRef} names GITHUB_SHA ${context.sha}, but HEAD is ${head.sha}; reading branch and tag from git`);
    }
    const tag = chooseTag(head.tags);
    return {
        ...common,
        ref: facts.headRef ?? (tag ? `refs/tags/${tag}` : ''),
        branch: branchOf(facts.headRef),
        tag,
        source: 'git',
    };
}
/** The action's outputs, by their action.yml names. */
function gitStateOutputs(state) {
    return {
        clean: String(state.clean),
        commit: state.commit,
        'short-commit': state.shortCommit,
        ref: state.ref,
        branch: state.branch,
        tag: state.tag,
        'commit-time': String(state.commitTime),
        'dirty-files': JSON.stringify(state.dirtyFiles),
    };
}
/**
 * A path as it can be shown in a log line: JSON-quoted when it holds control characters (a newline
 * in a file name must not start a new log line, which the runner could read as a workflow command).
 */
function displayPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
/** How one dirty entry reads in logs and messages: `<change>: <path>`, the path last. */
function describeDirtyEntry(entry) {
    return `${entry.detail ? `submodule (${entry.detail})` : entry.change}: ${displayPath(entry.path)}`;
}
/** The one-line failure for `require-clean: true` on a dirty tree; long lists are cut, the log has them all. */
function dirtyTreeMessage(state, limit = 20) {
    const shown = state.dirty.slice(0, limit).map(describeDirtyEntry);
    const more = state.dirty.length > limit ? `, and ${state.dirty.length - limit} more` : '';
    return (`The working tree at ${state.root} is not clean: ${state.dirty.length} changed path(s): ${shown.join('; ')}${more}. ` +
        `Commit or discard the changes (or list generated files in .gitignore), or set require-clean: false`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/git/commit-object.ts
/**
 * Reads the header of a raw commit object (`git cat-file commit <sha>`), pure. The raw object keeps
 * its `parent` lines even in a shallow clone, where git's own log pretends the history ends, so a
 * merge commit can still be recognised by its parents.
 */
function parseCommitObject(raw) {
    const parents = [];
    let committerTime;
    for (const line of raw.split('\n')) {
        if (line === '')
            break; // the header ends at the first empty line; the message follows
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        if (line.startsWith('parent '))
            parents.push(line.slice('parent '.length).trim());
        const committer = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
        if (committer)
            committerTime = Number(committer[1]);
    }
    if (committerTime === undefined)
        throw new Error('The commit object has no committer line');
    return { parents, committerTime };
}

;// CONCATENATED MODULE: ./src/runtime/exec.ts
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */


/** The nice value of a background command (see RunOptions.background). */
const BACKGROUND_PRIORITY = 10;
/** The command is not installed or not on PATH. */
class CommandNotFoundError extends errors_StepError {
    command;
    constructor(command, cause) {
        super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
        this.command = command;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] \u2026` and streams their output to `sink` (stdout by default). */
class exec_SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = stdio_writeLog, captureLimit = DEFAULT_CAPTURE_LIMIT) {
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
                    : new errors_StepError(`Cannot run ${command}: ${error.message}`, { cause: error }));
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
function gitRunner(dir, exec = new exec_SpawnRunner()) {
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
async function streamGit(dir, args, onChunk, exec = new SpawnRunner()) {
    const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, onStdout: onChunk });
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.output);
}

;// CONCATENATED MODULE: ./src/git/state-reader.ts
/**
 * Reads the facts `decideGitState` needs out of a real repository. Every git call goes through the
 * small `GitRunner` seam (argv in, stdout out), so the decisions stay pure and the
 * I/O is one short list of read-only commands.
 */






/** The path is not (inside) a git work tree, does not exist, or the repository has no commit yet. */
class NotARepositoryError extends Error {
    name = 'NotARepositoryError';
}
/** git's first `fatal:`/`error:` line, without the prefix, for messages that stay one line. */
function gitReason(error) {
    const text = errorMessage(error).trim();
    const line = text.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? text.split('\n')[0] ?? text;
    return line.replace(/^(fatal|error):\s*/, '');
}
async function readCommit(git, sha) {
    const [raw, tags] = await Promise.all([
        git.run(['cat-file', 'commit', sha]),
        git.run(['tag', '--points-at', sha, '--sort=-creatordate']),
    ]);
    const header = parseCommitObject(raw);
    return {
        sha,
        ...header,
        tags: tags
            .split('\n')
            .map((t) => t.trim())
            .filter((t) => t !== ''),
    };
}
/**
 * Everything about the repository containing `dir`: its root, HEAD (with parents, committer time and
 * tags), the branch HEAD is on, the porcelain status, and the `wanted` commits that exist locally.
 */
async function readRepositoryFacts(dir, wanted = [], makeRunner = gitRunner) {
    const stats = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!stats)
        throw new NotARepositoryError(`${dir} does not exist`);
    if (!stats.isDirectory())
        throw new NotARepositoryError(`${dir} is not a directory`);
    const git = makeRunner(dir);
    let root;
    try {
        root = external_node_path_default().resolve(dir, (await git.run(['rev-parse', '--show-toplevel'])).trim());
    }
    catch (error) {
        const reason = gitReason(error);
        if (error instanceof CommandNotFoundError)
            throw new errors_StepError('git is not installed or not on PATH; install git on the runner');
        if (/not a git repository/i.test(reason))
            throw new NotARepositoryError(`${dir} is not inside a git repository`);
        if (/dubious ownership/i.test(reason)) {
            // Common in containers where the checkout belongs to another user than the step's.
            throw new errors_StepError(`git refuses the repository at ${dir}: ${reason}. Trust it with: git config --global --add safe.directory <path>`);
        }
        throw new errors_StepError(`git cannot read the repository at ${dir}: ${reason}`, { cause: error });
    }
    // An unborn HEAD (no commit yet) makes rev-parse fail; a success must still look like a SHA.
    const headSha = (await git.run(['rev-parse', '--verify', 'HEAD^{commit}']).catch(() => '')).trim();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha))
        throw new NotARepositoryError(`the repository at ${root} has no commit yet`);
    try {
        const [head, headRef, status, ...others] = await Promise.all([
            readCommit(git, headSha),
            git.run(['rev-parse', '--symbolic-full-name', 'HEAD']),
            // --no-optional-locks: never take index.lock, so a parallel step using git is not disturbed.
            // --untracked-files=all lists files inside untracked folders; --ignore-submodules=none makes a
            // submodule with changes (commits, modified or untracked content) dirty whatever the config says.
            git.run([
                '--no-optional-locks',
                'status',
                '--porcelain=v2',
                '-z',
                '--untracked-files=all',
                '--ignore-submodules=none',
                '--no-renames',
            ]),
            ...wanted.filter((sha) => sha !== headSha).map((sha) => readCommit(git, sha).catch(() => undefined)),
        ]);
        const known = {};
        for (const commit of others)
            if (commit)
                known[commit.sha] = commit;
        const ref = headRef.trim();
        return { root, head, headRef: ref.startsWith('refs/heads/') ? ref : undefined, status, known };
    }
    catch (error) {
        throw new errors_StepError(`git cannot read the state of ${root}: ${gitReason(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/runtime/run-context.ts
/**
 * Reads what the runner tells every step about the run: GITHUB_EVENT_NAME, the event payload at
 * GITHUB_EVENT_PATH, GITHUB_REF and GITHUB_SHA. Outside Actions (the CLI) all of them may be absent.
 */

function readRunContext(env = process.env) {
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF || undefined,
        sha: env.GITHUB_SHA || undefined,
    };
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { context };
    try {
        context.event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        return { context };
    }
    catch (error) {
        return { context, problem: `Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error.message}` };
    }
}
/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
function sourceUrlFromEnv(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    return server && repository ? `${server}/${repository}` : '';
}

;// CONCATENATED MODULE: ./src/core/lists.ts
/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */

/** Items separated by commas or new lines, trimmed, empties dropped. */
function lists_splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `KEY=value` lines into an object: the key is trimmed, the value keeps everything after the first
 * `=`. A line without a key is an error naming `input`.
 */
function lists_parseKeyValueLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new InputError(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
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
    return getInput(name).trim();
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
    throw new errors_InputError(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = readString(name);
    if (choices.includes(value))
        return value;
    throw new InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return splitList(core.getInput(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return core
        .getInput(name)
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

;// CONCATENATED MODULE: ./src/runtime/workspace.ts


/** The folder the runner checked out into; paths from inputs must stay inside it. */
function workspaceRoot() {
    return external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/** Resolves a path input against the workspace and rejects one that escapes it. */
function resolveInWorkspace(input, value, root = workspaceRoot()) {
    const resolved = external_node_path_default().resolve(root, value);
    if (!isInside(root, resolved)) {
        throw new errors_InputError(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/actions/git-state/inputs.ts


function readGitStateInputs() {
    return {
        path: resolveInWorkspace('path', readString('path') || '.'),
        requireClean: readBoolean('require-clean'),
    };
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
    const summary = actions_core_summary.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}

;// CONCATENATED MODULE: ./src/actions/git-state/summary.ts


const listedInSummary = 50;
/** A small job-summary table: the commit the image will record and whether the tree matches it. */
async function writeGitStateSummary(state) {
    const fields = [
        ['Commit', code(state.commit)],
        ...(state.headCommit !== state.commit ? [['HEAD (checked out)', code(state.headCommit)]] : []),
        ['Ref', code(state.ref)],
        ['Branch', code(state.branch)],
        ['Tag', code(state.tag)],
        ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
        ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
    ];
    await writeSummary('Git state', fields, (summary) => {
        if (state.clean)
            return;
        const items = state.dirty
            .slice(0, listedInSummary)
            .map((entry) => `${code(displayPath(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
        if (state.dirty.length > listedInSummary)
            items.push(`\u2026 and ${state.dirty.length - listedInSummary} more (see the log)`);
        summary.addList(items);
    });
}

;// CONCATENATED MODULE: ./src/actions/git-state/main.ts









async function run(seams = {}) {
    const { git = gitRunner } = seams;
    await runAction(async () => {
        const inputs = readGitStateInputs();
        const { context, problem } = readRunContext();
        if (problem)
            actions_core_warning(problem);
        const { value: state } = await timedGroup(`Read git state of ${inputs.path}`, async () => {
            const facts = await readRepositoryFacts(inputs.path, commitsToRead(context), git).catch((error) => {
                if (error instanceof NotARepositoryError) {
                    throw new errors_InputError('path', error.message, 'Check the repository out first (actions/checkout) or point path at a folder inside it');
                }
                throw error;
            });
            const decided = decideGitState(facts, context);
            for (const note of decided.notes)
                info(note);
            info(`${decided.commit} (${decided.ref || 'detached HEAD'}) from ${decided.source}; working tree ${decided.clean ? 'clean' : 'dirty'}`);
            return decided;
        });
        for (const warning of state.warnings)
            actions_core_warning(warning);
        if (!state.clean) {
            startGroup(`Dirty: ${state.dirty.length} path(s)`);
            for (const entry of state.dirty)
                info(describeDirtyEntry(entry));
            endGroup();
        }
        setOutputs(gitStateOutputs(state));
        await writeGitStateSummary(state);
        if (inputs.requireClean && !state.clean)
            throw new errors_StepError(dirtyTreeMessage(state));
    });
}


/***/ })

};
