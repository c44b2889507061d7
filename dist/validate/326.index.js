export const id = 326;
export const ids = [326];
export const modules = {

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
class SpawnRunner {
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
function gitRunner(dir, exec = new SpawnRunner()) {
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

;// CONCATENATED MODULE: ./src/github/annotations.ts
/**
 * Findings as workflow annotations: the file and lines they are about, the rule id as the title,
 * the message and its fix as the text. GitHub shows them on the pull request's diff.
 */

const WRITERS = {
    error: error,
    warning: warning,
    info: notice,
};
function annotate(findings) {
    for (const finding of findings) {
        WRITERS[finding.severity](`${finding.message}. Fix: ${finding.fix}`, {
            title: finding.rule,
            file: finding.file,
            startLine: finding.line,
            ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts
/**
 * One pull-request comment per check, kept up to date: found by a hidden marker among the PR's
 * comments, created on the first run, updated in place afterwards (left alone when nothing
 * changed). A token that may not write (pull requests from forks get a read-only one) is not a
 * failure: the caller reports it and the job summary carries the findings.
 *
 * Requests, as @octokit/rest sends them (@octokit/plugin-rest-endpoint-methods
 * src/generated/endpoints.ts: issues.listComments, issues.createComment, issues.updateComment;
 * pagination by @octokit/plugin-paginate-rest following `Link: rel="next"`):
 *   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100
 *   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments       {"body": \u2026}
 *   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}         {"body": \u2026}
 */

function commentClient(options) {
    return new dist_src/* Octokit */.E({
        auth: options.token,
        baseUrl: options.baseUrl || 'https://api.github.com',
        userAgent: 'image-actions-validate',
        request: { ...(options.fetch ? { fetch: options.fetch } : {}), retries: 0 },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
}
/**
 * Creates or updates the comment that carries `marker`. `createIfMissing: false` only updates (a
 * clean pull request with no comment yet needs none).
 */
async function upsertComment(octokit, pr, marker, body, createIfMissing) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: 100,
        }));
        const existing = comments.find((comment) => comment.body?.includes(marker));
        if (existing) {
            if (existing.body === text)
                return { action: 'unchanged', url: existing.html_url };
            const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: text });
            return { action: 'updated', url: data.html_url };
        }
        if (!createIfMissing)
            return { action: 'skipped' };
        const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: text });
        return { action: 'created', url: data.html_url };
    }
    catch (error) {
        const status = error.status;
        // 403: the token may not write (forks); 404: it may not even see the pull request's comments.
        if (status === 403 || status === 404)
            return { action: 'read-only', status, message: error.message };
        throw error;
    }
}

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
function syntax_parseDockerfile(source) {
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

;// CONCATENATED MODULE: ./src/core/image-ref.ts
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

;// CONCATENATED MODULE: ./src/core/platforms.ts
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
            throw new errors_InputError(input, `'${item}' is not a platform specifier buildx accepts`, 'Use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7, separated by commas');
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
            ...platformArgs('BUILD', buildPlatform),
            BUILDOSVERSION: '',
            ...platformArgs('TARGET', platform),
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
        parseImageRef(reference);
        if (VALID_REFERENCES.size > 10_000)
            VALID_REFERENCES.clear();
        VALID_REFERENCES.add(reference);
    }
    catch (error) {
        if (error instanceof ImageRefError)
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

;// CONCATENATED MODULE: ./src/core/lint/shell-script.ts
/**
 * Just enough of a POSIX shell reader for the RUN rules: the simple commands of a script (words
 * unquoted, leading `NAME=value` assignments set aside) and whether a pipe joins two of them.
 * Operators (`&&`, `||`, `;`, `|`, `&`, new lines) and grouping (`( )`, `{ }`) separate commands;
 * `$( \u2026 )` and backquotes stay inside their word; `#` at the start of a word is a comment.
 * Pure and linear in the script's length: it runs on every RUN of every Dockerfile validated.
 */
const SEPARATORS = new Set([';', '&', '|', '\n', '(', ')']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Reserved words that open or close compound commands: the command is the word after them. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
function readShellScript(script) {
    const commands = [];
    let hasPipe = false;
    let words = [];
    let word = '';
    let inWord = false;
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        let start = 0;
        const assignments = [];
        while (start < words.length && (RESERVED.has(words[start]) || ASSIGNMENT.test(words[start]))) {
            if (ASSIGNMENT.test(words[start]))
                assignments.push(words[start]);
            start++;
        }
        // `for x in a b; do` and `case \u2026 in` are not commands.
        if (start < words.length && words[start] !== 'for' && words[start] !== 'case') {
            commands.push({ name: words[start], args: words.slice(start + 1), assignments });
        }
        words = [];
    };
    for (let i = 0; i < script.length; i++) {
        const ch = script[i];
        if (ch === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                i++;
                continue;
            }
            if (next !== undefined) {
                word += next;
                inWord = true;
                i++;
            }
            continue;
        }
        if (ch === "'") {
            const end = script.indexOf("'", i + 1);
            const stop = end === -1 ? script.length : end;
            word += script.slice(i + 1, stop);
            inWord = true;
            i = stop;
            continue;
        }
        if (ch === '"') {
            inWord = true;
            i++;
            for (; i < script.length && script[i] !== '"'; i++) {
                if (script[i] === '\\' && i + 1 < script.length && '"\\$`\n'.includes(script[i + 1]))
                    i++;
                word += script[i];
            }
            continue;
        }
        if (ch === '$' && script[i + 1] === '(') {
            // Command substitution: kept in the word, balanced by parentheses.
            let depth = 0;
            const start = i;
            for (; i < script.length; i++) {
                if (script[i] === '(')
                    depth++;
                else if (script[i] === ')' && --depth === 0)
                    break;
            }
            word += script.slice(start, i + 1);
            inWord = true;
            continue;
        }
        if (ch === '`') {
            const end = script.indexOf('`', i + 1);
            const stop = end === -1 ? script.length : end;
            word += script.slice(i, stop + 1);
            inWord = true;
            i = stop;
            continue;
        }
        if (ch === '#' && !inWord) {
            const end = script.indexOf('\n', i);
            i = end === -1 ? script.length : end - 1;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r') {
            endWord();
            continue;
        }
        if (ch === '&' && (script[i + 1] === '>' || script[i - 1] === '>' || script[i - 1] === '<')) {
            // `&>file`, `2>&1`: a redirection, not a separator
            word += '&';
            inWord = true;
            continue;
        }
        if (SEPARATORS.has(ch)) {
            if (ch === '|' && script[i + 1] !== '|')
                hasPipe = true;
            if ((ch === '&' || ch === '|') && script[i + 1] === ch)
                i++;
            endCommand();
            continue;
        }
        word += ch;
        inWord = true;
    }
    endCommand();
    return { commands, hasPipe };
}
/** The last path segment of a command word (`/usr/bin/pip3` \u2192 `pip3`). */
function commandBase(name) {
    const slash = name.lastIndexOf('/');
    return slash === -1 ? name : name.slice(slash + 1);
}
/** `cmd` is `name` (by base name) with `sub` among its words before any other non-flag word (`apt-get -y install`). */
function isSubcommand(command, names, sub) {
    if (!names.includes(commandBase(command.name)))
        return false;
    return command.args.includes(sub);
}
/** Words that are not flags, after dropping the values of the given flags (`-t buster`, `--target-release=x`). */
function operands(args, flagsWithValue) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-')) {
            const name = arg.replace(/^-+/, '');
            if (!arg.includes('=') && flagsWithValue.includes(name))
                i++;
            continue;
        }
        out.push(arg);
    }
    return out;
}
function hasFlag(args, ...names) {
    return args.some((arg) => {
        if (!arg.startsWith('-'))
            return false;
        const name = arg.replace(/^-+/, '').split('=')[0];
        if (names.includes(name))
            return true;
        // Combined short flags: `-yq` holds `y` and `q`.
        return !arg.startsWith('--') && names.some((n) => n.length === 1 && name.includes(n));
    });
}
/** The arguments after `install` of a pip install (`pip`, `pip3.12`, `python -m pip`), or undefined. */
function pipInstallArgs(command) {
    const base = commandBase(command.name);
    let args = command.args;
    if (/^python[0-9.]*$/.test(base)) {
        const m = args.indexOf('-m');
        if (m === -1 || args[m + 1] !== 'pip')
            return undefined;
        args = args.slice(m + 2);
    }
    else if (!/^pip[0-9.]*$/.test(base)) {
        return undefined;
    }
    const install = args.indexOf('install');
    if (install === -1 || args.slice(0, install).some((a) => !a.startsWith('-')))
        return undefined;
    return args.slice(install + 1);
}

;// CONCATENATED MODULE: ./src/core/lint/context.ts



const DEFAULT_PLATFORM = 'linux/amd64';
const FILE_FACTS = new WeakMap();
function fileFacts(syntax) {
    let facts = FILE_FACTS.get(syntax);
    if (!facts) {
        let scope;
        try {
            scope = globalArgScope(syntax, { buildArgs: {}, platform: DEFAULT_PLATFORM, buildPlatform: DEFAULT_PLATFORM });
        }
        catch {
            scope = null;
        }
        const bases = syntax.stages.map((stage) => {
            if (!scope)
                return undefined;
            try {
                return stage.baseWord.includes('$') ? expandWord(stage.baseWord, scope, syntax.escape) : stage.baseWord;
            }
            catch {
                return undefined;
            }
        });
        // BuildKit: FROM names a stage by its exact text, among the stages before it.
        const byName = new Map();
        const baseStages = syntax.stages.map((stage, i) => {
            const base = bases[i];
            const found = base === undefined ? undefined : byName.get(base);
            if (stage.name)
                byName.set(stage.name, stage.index);
            return found;
        });
        facts = { scope, bases, baseStages };
        FILE_FACTS.set(syntax, facts);
    }
    return facts;
}
/** Global ARG values as the file's defaults give them on DEFAULT_PLATFORM (null when they do not expand). */
function defaultGlobalScope(syntax) {
    return fileFacts(syntax).scope;
}
class LintContext {
    syntax;
    options;
    report;
    scripts = new Map();
    constructor(syntax, options, report) {
        this.syntax = syntax;
        this.options = options;
        this.report = report;
    }
    get stages() {
        return this.syntax.stages;
    }
    /** Global ARG values with their defaults (no build args: what the file itself says), or null if they do not expand. */
    get globalScope() {
        return fileFacts(this.syntax).scope;
    }
    /** The base of a stage after expansion with the defaults, or undefined when it does not expand. */
    baseOf(stage) {
        return fileFacts(this.syntax).bases[stage.index];
    }
    /** The earlier stage this one is based on (BuildKit: the exact name among earlier stages), if any. */
    baseStage(stage) {
        const index = fileFacts(this.syntax).baseStages[stage.index];
        return index === undefined ? undefined : this.stages[index];
    }
    /** The external image a stage starts from (following stage bases), or undefined for scratch or unknown. */
    rootImage(stage) {
        let current = stage;
        for (let guard = 0; current && guard < this.stages.length; guard++) {
            const parent = this.baseStage(current);
            if (!parent) {
                const base = this.baseOf(current);
                return base === undefined || base === 'scratch' ? undefined : base;
            }
            current = parent;
        }
        return undefined;
    }
    /** A stage and the stages it is based on, nearest first. */
    lineage(stage) {
        const out = [];
        for (let current = stage; current && out.length <= this.stages.length; current = this.baseStage(current)) {
            out.push(current);
        }
        return out;
    }
    /** The last stage (the one built when no target is given) or the build's target. */
    get finalStage() {
        const target = this.options.build?.target?.toLowerCase();
        if (target) {
            const named = [...this.stages].reverse().find((s) => s.name === target);
            if (named)
                return named;
        }
        return this.stages[this.stages.length - 1];
    }
    /**
     * The script a RUN runs through the shell, read once: the shell form, a heredoc body
     * (`RUN <<EOF`), or `sh -c '\u2026'` in exec form; an exec-form command as one command. Null when
     * there is nothing to read (a non-POSIX SHELL, for instance, is the caller's business).
     */
    script(instruction) {
        let script = this.scripts.get(instruction);
        if (script === undefined) {
            script = readRunScript(instruction);
            this.scripts.set(instruction, script);
        }
        return script;
    }
}
/** `RUN <<EOF` alone: the heredoc body is the script. */
function isHeredocScript(instruction) {
    return instruction.heredocs.length > 0 && /^\d*<<-?\s*["']?[\w.-]+["']?$/.test(instruction.text.trim());
}
/** The text a RUN hands to the shell, as written, with the line it starts on; null for the exec form and heredocs fed to a command. */
function runScriptText(instruction) {
    if (isHeredocScript(instruction)) {
        const heredoc = instruction.heredocs[0];
        return { text: heredoc.content, line: heredoc.contentLine };
    }
    if (instruction.json || instruction.heredocs.length > 0)
        return null;
    return instruction.rawText;
}
function readRunScript(instruction) {
    const json = instruction.json;
    if (json) {
        const [name, ...args] = json;
        if (!name)
            return null;
        if (/^(\/bin\/|\/usr\/bin\/)?(ba|da|a|z)?sh$/.test(name) && args[0] === '-c' && args[1] !== undefined)
            return readShellScript(args[1]);
        return { commands: [{ name, args, assignments: [] }], hasPipe: false };
    }
    if (isHeredocScript(instruction))
        return readShellScript(instruction.heredocs[0]?.content ?? '');
    // BuildKit has dropped the comment lines of a continued instruction; a heredoc fed to a command
    // (`RUN cat <<EOF > f`) is data, not script.
    return readShellScript(instruction.text);
}
/** The images the stages start from (expanded with the file's defaults; stages and scratch left out), to look up. */
function externalBases(syntax) {
    const ctx = new LintContext(syntax, { profile: 'none' }, () => undefined);
    const out = new Set();
    for (const stage of syntax.stages) {
        if (ctx.baseStage(stage))
            continue;
        const base = ctx.baseOf(stage);
        if (base && base !== 'scratch')
            out.add(base);
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/core/lint/rule-catalog.ts
/**
 * THE registry of validate's rules: id, severity, one-line message, fix, docs, where the rule comes
 * from and, for platform rules, the profiles that turn it on. The checks (rules/*.ts) are keyed by
 * these ids, the README's rules table is generated from this list (scripts/gen-docs.ts), and SARIF
 * rule descriptors come from it. Data only, without imports, so the docs script can read it as is.
 */
const PROFILE_NAMES = ['none', 'databricks', 'dataworks', 'metaflow', 'zenml', 'flyte'];
const buildkitDocs = (slug) => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
const hadolintDocs = (id) => `https://github.com/hadolint/hadolint/wiki/${id}`;
const ownDocs = (id) => `https://github.com/org/image-actions#rule-${id.toLowerCase()}`;
const RULES = [
    // What only this toolkit sees.
    {
        id: 'DockerfileParse',
        severity: 'error',
        source: 'image-actions',
        message: 'The Dockerfile does not parse the way `docker build` parses it',
        fix: 'Fix the named line: `docker build` (BuildKit) refuses the file as it is.',
        docs: ownDocs('DockerfileParse'),
    },
    {
        id: 'ImageDefinitionInvalid',
        severity: 'error',
        source: 'image-actions',
        message: 'The image definition file is not valid',
        fix: 'Fix the image definition file: the pipeline cannot build from it as it is.',
        docs: ownDocs('ImageDefinitionInvalid'),
    },
    {
        id: 'SpecLayerOrder',
        severity: 'warning',
        source: 'image-actions',
        message: "The image spec's layer order defeats the layer cache",
        fix: 'Put apt, pip, requirements and uv-project layers before source layers (and before user), so a code change does not reinstall packages.',
        docs: ownDocs('SpecLayerOrder'),
    },
    {
        id: 'BaseImageNotPinned',
        severity: 'info',
        source: 'image-actions',
        message: 'Base image is not pinned by digest',
        fix: 'Append `@sha256:<digest>` to the reference (the tag may stay for readers), and update it on purpose.',
        docs: ownDocs('BaseImageNotPinned'),
    },
    {
        id: 'AddUrlWithoutChecksum',
        severity: 'warning',
        source: 'image-actions',
        message: '`ADD <url>` without `--checksum`: the hash cannot see what it downloads',
        fix: 'Add `--checksum=sha256:<hex>` (or pin a git URL to a commit), so a changed download changes the build.',
        docs: ownDocs('AddUrlWithoutChecksum'),
    },
    {
        id: 'ContextWithoutDockerignore',
        severity: 'warning',
        source: 'image-actions',
        message: 'The build context is sent whole: it holds `.git` or over 100 MB, and there is no `.dockerignore`',
        fix: 'Add a `.dockerignore` beside the Dockerfile or at the context root that excludes `.git` and what the image does not need.',
        docs: ownDocs('ContextWithoutDockerignore'),
    },
    // docker build --check (moby/buildkit frontend/dockerfile/linter).
    {
        id: 'StageNameCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'Stage names should be lowercase',
        fix: 'Write the stage name in lower case.',
        docs: buildkitDocs('stage-name-casing'),
    },
    {
        id: 'FromAsCasing',
        severity: 'warning',
        source: 'buildkit',
        message: "The 'as' keyword should match the case of the 'from' keyword",
        fix: 'Write `FROM \u2026 AS \u2026` or `from \u2026 as \u2026`.',
        docs: buildkitDocs('from-as-casing'),
    },
    {
        id: 'NoEmptyContinuation',
        severity: 'warning',
        source: 'buildkit',
        message: 'Empty continuation lines will become errors in a future release',
        fix: 'Remove the empty line inside the continued instruction (or make it a comment).',
        docs: buildkitDocs('no-empty-continuation'),
    },
    {
        id: 'ConsistentInstructionCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
        fix: 'Write every instruction in the casing most of them use.',
        docs: buildkitDocs('consistent-instruction-casing'),
    },
    {
        id: 'DuplicateStageName',
        severity: 'warning',
        source: 'buildkit',
        message: 'Stage names should be unique',
        fix: 'Rename one of the stages: references resolve to a different stage than a reader expects.',
        docs: buildkitDocs('duplicate-stage-name'),
    },
    {
        id: 'ReservedStageName',
        severity: 'warning',
        source: 'buildkit',
        message: 'Reserved words should not be used as stage names',
        fix: 'Rename the stage: `scratch` and `context` are reserved.',
        docs: buildkitDocs('reserved-stage-name'),
    },
    {
        id: 'JSONArgsRecommended',
        severity: 'warning',
        source: 'buildkit',
        message: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
        fix: 'Use the exec form, e.g. `CMD ["python", "-m", "app"]` (or set SHELL explicitly).',
        docs: buildkitDocs('json-args-recommended'),
    },
    {
        id: 'MaintainerDeprecated',
        severity: 'warning',
        source: 'buildkit',
        message: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
        fix: 'Use `LABEL org.opencontainers.image.authors="\u2026"`.',
        docs: buildkitDocs('maintainer-deprecated'),
    },
    {
        id: 'UndefinedArgInFrom',
        severity: 'warning',
        source: 'buildkit',
        message: 'FROM command must use declared ARGs',
        fix: 'Declare the ARG before the first FROM (with a default), or fix its name.',
        docs: buildkitDocs('undefined-arg-in-from'),
    },
    {
        id: 'WorkdirRelativePath',
        severity: 'warning',
        source: 'buildkit',
        message: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
        fix: 'Set an absolute WORKDIR first (e.g. `WORKDIR /app`).',
        docs: buildkitDocs('workdir-relative-path'),
    },
    {
        id: 'UndefinedVar',
        severity: 'warning',
        source: 'buildkit',
        message: 'Variables should be defined before their use',
        fix: 'Declare it with ARG or ENV before this line, or fix its name.',
        docs: buildkitDocs('undefined-var'),
    },
    {
        id: 'MultipleInstructionsDisallowed',
        severity: 'warning',
        source: 'buildkit',
        message: 'Multiple instructions of the same type should not be used in the same stage',
        fix: 'Keep only the last CMD / ENTRYPOINT / HEALTHCHECK of the stage: the earlier ones have no effect.',
        docs: buildkitDocs('multiple-instructions-disallowed'),
    },
    {
        id: 'LegacyKeyValueFormat',
        severity: 'warning',
        source: 'buildkit',
        message: 'Legacy key/value format with whitespace separator should not be used',
        fix: 'Write `ENV key=value` / `LABEL key=value`.',
        docs: buildkitDocs('legacy-key-value-format'),
    },
    {
        id: 'RedundantTargetPlatform',
        severity: 'warning',
        source: 'buildkit',
        message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
        fix: 'Drop `--platform=$TARGETPLATFORM`.',
        docs: buildkitDocs('redundant-target-platform'),
    },
    {
        id: 'SecretsUsedInArgOrEnv',
        severity: 'warning',
        source: 'buildkit',
        message: 'Sensitive data should not be used in the ARG or ENV commands',
        fix: 'Pass it as a build secret (`RUN --mount=type=secret,id=\u2026`): ARG and ENV values stay in the image history.',
        docs: buildkitDocs('secrets-used-in-arg-or-env'),
    },
    {
        id: 'InvalidDefaultArgInFrom',
        severity: 'warning',
        source: 'buildkit',
        message: 'Default value for global ARG results in an empty or invalid base image name',
        fix: 'Give the global ARG a default that makes a valid image reference.',
        docs: buildkitDocs('invalid-default-arg-in-from'),
    },
    {
        id: 'FromPlatformFlagConstDisallowed',
        severity: 'warning',
        source: 'buildkit',
        message: 'FROM --platform flag should not use a constant value',
        fix: 'Use `--platform=$BUILDPLATFORM` (or drop the flag), or name the stage after the platform it is for.',
        docs: buildkitDocs('from-platform-flag-const-disallowed'),
    },
    {
        id: 'CopyIgnoredFile',
        severity: 'warning',
        source: 'buildkit',
        message: 'Attempting to Copy file that is excluded by .dockerignore',
        fix: 'Remove the path from `.dockerignore`, or stop copying it: the build fails or copies nothing.',
        docs: buildkitDocs('copy-ignored-file'),
    },
    {
        id: 'ExposeProtoCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'Protocol in EXPOSE instruction should be lowercase',
        fix: 'Write `tcp` / `udp` in lower case.',
        docs: buildkitDocs('expose-proto-casing'),
    },
    {
        id: 'ExposeInvalidFormat',
        severity: 'warning',
        source: 'buildkit',
        message: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
        fix: 'EXPOSE only the container port (`EXPOSE 8080/tcp`); publish host ports when running.',
        docs: buildkitDocs('expose-invalid-format'),
    },
    {
        id: 'InvalidDefinitionDescription',
        severity: 'info',
        source: 'buildkit',
        message: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`',
        fix: 'Start the comment with the name it describes, or put an empty `#` line between the comment and the instruction.',
        docs: buildkitDocs('invalid-definition-description'),
        experimental: true,
    },
    // hadolint: same ids and meaning.
    {
        id: 'DL3002',
        severity: 'warning',
        source: 'hadolint',
        message: 'Last USER should not be root',
        fix: 'End the stage with a non-root `USER` (e.g. `USER 1000`).',
        docs: hadolintDocs('DL3002'),
    },
    {
        id: 'DL3003',
        severity: 'warning',
        source: 'hadolint',
        message: 'Use WORKDIR to switch to a directory',
        fix: 'Replace `cd dir && \u2026` with `WORKDIR /dir` (or a subshell, if it must stay one RUN).',
        docs: hadolintDocs('DL3003'),
    },
    {
        id: 'DL3004',
        severity: 'error',
        source: 'hadolint',
        message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
        fix: 'Drop `sudo`: RUN already runs as the current USER; switch with `USER root` where needed.',
        docs: hadolintDocs('DL3004'),
    },
    {
        id: 'DL3006',
        severity: 'warning',
        source: 'hadolint',
        message: 'Always tag the version of an image explicitly',
        fix: 'Name a tag (`python:3.12-slim`) or a digest.',
        docs: hadolintDocs('DL3006'),
    },
    {
        id: 'DL3007',
        severity: 'warning',
        source: 'hadolint',
        message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
        fix: 'Replace `:latest` with a release tag or a digest.',
        docs: hadolintDocs('DL3007'),
    },
    {
        id: 'DL3008',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
        fix: 'Pin each package: `apt-get install curl=7.88.1-10+deb12u5`.',
        docs: hadolintDocs('DL3008'),
    },
    {
        id: 'DL3009',
        severity: 'info',
        source: 'hadolint',
        message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
        fix: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*` (or use a cache mount for /var/lib/apt/lists).',
        docs: hadolintDocs('DL3009'),
    },
    {
        id: 'DL3013',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>`',
        fix: 'Pin each package (`pandas==2.2.2`) or install from a requirements file with pinned versions.',
        docs: hadolintDocs('DL3013'),
    },
    {
        id: 'DL3015',
        severity: 'info',
        source: 'hadolint',
        message: 'Avoid additional packages by specifying `--no-install-recommends`',
        fix: 'Add `--no-install-recommends` to `apt-get install`.',
        docs: hadolintDocs('DL3015'),
    },
    {
        id: 'DL3018',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
        fix: 'Pin each package: `apk add curl=8.5.0-r0`.',
        docs: hadolintDocs('DL3018'),
    },
    {
        id: 'DL3020',
        severity: 'error',
        source: 'hadolint',
        message: 'Use COPY instead of ADD for files and folders',
        fix: 'Use `COPY`; keep `ADD` for URLs and archives that must be unpacked.',
        docs: hadolintDocs('DL3020'),
    },
    {
        id: 'DL3022',
        severity: 'warning',
        source: 'hadolint',
        message: '`COPY --from` should reference a previously defined `FROM` alias',
        fix: 'Name an earlier stage (`FROM \u2026 AS build`), or a full image reference with a tag.',
        docs: hadolintDocs('DL3022'),
    },
    {
        id: 'DL3025',
        severity: 'warning',
        source: 'hadolint',
        message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
        fix: 'Use the exec form, e.g. `ENTRYPOINT ["python", "-m", "app"]`.',
        docs: hadolintDocs('DL3025'),
        sameAs: 'JSONArgsRecommended',
    },
    {
        id: 'DL3027',
        severity: 'warning',
        source: 'hadolint',
        message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
        fix: 'Use `apt-get` (or `apt-cache`).',
        docs: hadolintDocs('DL3027'),
    },
    {
        id: 'DL3042',
        severity: 'warning',
        source: 'hadolint',
        message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
        fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount for ~/.cache/pip.',
        docs: hadolintDocs('DL3042'),
    },
    {
        id: 'DL3045',
        severity: 'warning',
        source: 'hadolint',
        message: '`COPY` to a relative destination without `WORKDIR` set',
        fix: 'Set `WORKDIR` first, or copy to an absolute path.',
        docs: hadolintDocs('DL3045'),
    },
    {
        id: 'DL3059',
        severity: 'info',
        source: 'hadolint',
        message: 'Multiple consecutive `RUN` instructions. Consider consolidation',
        fix: 'Join the consecutive RUNs with `&&` (one layer, one cache step).',
        docs: hadolintDocs('DL3059'),
    },
    {
        id: 'DL4000',
        severity: 'error',
        source: 'hadolint',
        message: 'MAINTAINER is deprecated',
        fix: 'Use `LABEL org.opencontainers.image.authors="\u2026"`.',
        docs: hadolintDocs('DL4000'),
        sameAs: 'MaintainerDeprecated',
    },
    {
        id: 'DL4006',
        severity: 'warning',
        source: 'hadolint',
        message: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
        fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (or `set -o pipefail &&` in it).',
        docs: hadolintDocs('DL4006'),
    },
    {
        id: 'ShellCheck',
        severity: 'warning',
        source: 'shellcheck',
        message: 'ShellCheck finding in a RUN script (reported under its own `SC` code)',
        fix: 'Follow the ShellCheck wiki page of the code; turn a code off with `# image-actions ignore=SC<code>`.',
        docs: 'https://www.shellcheck.net/wiki/',
    },
    // Platform profiles (../shared/seeds).
    {
        id: 'DatabricksBaseImage',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks needs a databricksruntime/* base, or Ubuntu or Alpine with a JDK, bash, iproute2, coreutils, procps and sudo',
        fix: 'Start `FROM databricksruntime/standard:<version>` (or `minimal`), or install what the minimal requirements list.',
        docs: ownDocs('DatabricksBaseImage'),
    },
    {
        id: 'DatabricksRuntimeUnsupported',
        severity: 'error',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks Runtime for Machine Learning and for Genomics do not support custom containers',
        fix: 'Use a standard runtime base (`databricksruntime/standard`) and install the ML libraries in the image.',
        docs: ownDocs('DatabricksRuntimeUnsupported'),
    },
    {
        id: 'DatabricksPip',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: "pip installs into another Python than the cluster's",
        fix: 'Use `/databricks/python3/bin/pip` (9.x bases) or `/databricks/conda/envs/dcs-minimal/bin/pip` (8.x and older).',
        docs: ownDocs('DatabricksPip'),
    },
    {
        id: 'DatabricksCmdIgnored',
        severity: 'info',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks ignores CMD and ENTRYPOINT',
        fix: 'Move start-up work to a cluster init script; remove the instruction or keep it only for local runs.',
        docs: ownDocs('DatabricksCmdIgnored'),
    },
    {
        id: 'DatabricksStartupWork',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Starting a service at build time does nothing for the cluster: start-up work belongs in an init script',
        fix: 'Install the daemon in the Dockerfile and start it from a cluster init script (e.g. `systemctl start my-daemon`).',
        docs: ownDocs('DatabricksStartupWork'),
    },
    {
        id: 'DataWorksPlatform',
        severity: 'error',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'DataWorks runs linux/amd64 images only',
        fix: 'Build for `linux/amd64` (platforms) and drop other `--platform` values.',
        docs: ownDocs('DataWorksPlatform'),
    },
    {
        id: 'DataWorksRegistry',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'DataWorks pulls from Alibaba Cloud Container Registry, Docker Hub or a private registry reachable from the resource group',
        fix: 'Push the image to ACR (`*.aliyuncs.com`), Docker Hub, or a private registry the resource group can reach.',
        docs: ownDocs('DataWorksRegistry'),
    },
    {
        id: 'DataWorksRuntimePaths',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'Overwrites a path the DataWorks runtime needs: the task fails at start-up, not at build time',
        fix: 'Install beside the system paths (e.g. /opt/<tool>) and extend PATH with `$PATH` instead of replacing it.',
        docs: ownDocs('DataWorksRuntimePaths'),
    },
    {
        id: 'DataWorksStartupInstall',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'Installs packages when the container starts: build-time work belongs in the image, not in start-up scripts',
        fix: 'Move the install into a RUN step of the Dockerfile; keep start-up scripts for what must run at start.',
        docs: ownDocs('DataWorksStartupInstall'),
    },
    {
        id: 'PythonPresent',
        severity: 'warning',
        source: 'profile',
        profiles: ['metaflow', 'zenml', 'flyte'],
        message: 'Nothing shows a Python interpreter in the image: the platform runs its tasks with Python',
        fix: 'Start from a Python image (`python:3.12-slim`) or install one (`apt-get install python3`).',
        docs: ownDocs('PythonPresent'),
    },
    {
        id: 'ZenmlPackages',
        severity: 'warning',
        source: 'profile',
        profiles: ['zenml'],
        message: 'ZenML needs pip and zenml in the image',
        fix: 'Install it: `RUN pip install --no-cache-dir zenml==<version>` (or start from a zenmldocker/zenml image).',
        docs: ownDocs('ZenmlPackages'),
    },
    {
        id: 'ZenmlWorkdir',
        severity: 'warning',
        source: 'profile',
        profiles: ['zenml'],
        message: 'ZenML expects the code in /app as the working directory',
        fix: 'End the final stage with `WORKDIR /app` and copy the code there.',
        docs: ownDocs('ZenmlWorkdir'),
    },
    {
        id: 'ZenmlNonRootUser',
        severity: 'info',
        source: 'profile',
        profiles: ['zenml'],
        message: 'The container runs as root: ZenML recommends a non-root user',
        fix: 'Add a user and end the final stage with `USER <name>`.',
        docs: ownDocs('ZenmlNonRootUser'),
    },
];
/** ShellCheck findings carry their own code (`SC2086`) and are governed by the ShellCheck rule. */
const SHELLCHECK_CODE = /^SC\d{4}$/;

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
     * `options.goBefore120` checks syntax the way binaries built with Go \u2264 1.19 did (see goMatch).
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
    /** Parent directories of `file` from the shortest: `a/b/c` \u2192 `a`, `a/b`. */
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
        throw new errors_InputError('dockerfile', error.message, DOCKERFILE_FIX);
    throw error;
}
/** BuildKit looks the target up lower-cased among the stage names. */
function checkTarget(syntax, target) {
    if (target === '')
        return;
    const names = syntax.stages.map((s) => s.name).filter((n) => !!n);
    if (names.includes(target.toLowerCase()))
        return;
    throw new errors_InputError('target', `stage '${target}' is not defined in the Dockerfile`, names.length > 0 ? `Use one of: ${[...new Set(names)].join(', ')}` : 'Name a stage with FROM \u2026 AS <name>, or leave target empty');
}
function dockerfileImages(text, options) {
    const syntax = syntax_parseDockerfile(text);
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

;// CONCATENATED MODULE: ./src/core/lint/rules/buildkit.ts





/** Casing of keywords and words, remembered (a file repeats a handful of them). */
const CASING = new Map();
function casing(s) {
    let known = CASING.get(s);
    if (!known) {
        known = { lower: s === s.toLowerCase(), upper: s === s.toUpperCase() };
        if (CASING.size > 10_000)
            CASING.clear();
        CASING.set(s, known);
    }
    return known;
}
const lower = (s) => casing(s).lower;
const upper = (s) => casing(s).upper;
/** Expands `word`, collecting the names it reads that are not set; undefined when it does not expand. */
function expandTracking(word, scope, escape) {
    const matched = new Set();
    const unmatched = new Set();
    try {
        const value = word.includes('$') ? expandWord(word, scope, escape, (name, found) => (found ? matched : unmatched).add(name)) : word;
        return { value, matched, unmatched };
    }
    catch {
        return undefined;
    }
}
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);
/** Instructions whose words BuildKit expands before dispatch (SupportsSingleWordExpansion). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const buildkit_KNOWN_OS = new Set([
    'linux',
    'windows',
    'darwin',
    'freebsd',
    'netbsd',
    'openbsd',
    'solaris',
    'illumos',
    'aix',
    'android',
    'ios',
    'plan9',
    'js',
    'wasip1',
]);
const STAGE_INSTRUCTIONS = new WeakMap();
/** Every instruction after a FROM, with its stage (made once per file for all the rules). */
function stageInstructions(ctx) {
    let out = STAGE_INSTRUCTIONS.get(ctx);
    if (!out) {
        out = [];
        for (const stage of ctx.stages)
            for (const instruction of stage.instructions)
                out.push({ stage, instruction });
        STAGE_INSTRUCTIONS.set(ctx, out);
    }
    return out;
}
/** Words of an instruction BuildKit expands: arguments, ENV/LABEL names and values, COPY/ADD --chown/--chmod. */
function expandedWords(instruction) {
    if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') {
        return instruction.properties.flatMap((p) => (p.rawValue === null ? [p.name] : [p.name, p.rawValue]));
    }
    const words = [...(instruction.json ?? instruction.args)];
    for (const flag of instruction.flags)
        if ((flag.name === 'chown' || flag.name === 'chmod') && flag.value)
            words.push(flag.value);
    return words;
}
/**
 * Variables through each stage, as dispatch sees them: the base's environment (a stage's final
 * state; an image's config Env when the registry answered; PATH always, BuildKit sets it), then
 * ARG and ENV in order. Calls `visit` before each instruction is applied.
 */
function walkVariables(ctx, visit) {
    const ends = new Map();
    const global = ctx.globalScope ?? new Map();
    for (const stage of ctx.stages) {
        const parent = ctx.baseStage(stage);
        let state;
        const inherited = parent ? ends.get(parent.index) : undefined;
        if (inherited) {
            state = { env: new Map(inherited.env), declared: new Set(inherited.declared), known: inherited.known };
        }
        else {
            const base = ctx.baseOf(stage);
            const facts = base && base !== 'scratch' ? ctx.options.images?.get(base) : undefined;
            const env = new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]);
            for (const entry of facts?.env ?? [])
                env.set(entry.split('=')[0], entry.slice(entry.indexOf('=') + 1));
            state = { env, declared: new Set(), known: base === 'scratch' || facts?.env !== undefined };
        }
        for (const instruction of stage.instructions) {
            visit(stage, instruction, state);
            if (instruction.keyword === 'ARG') {
                for (const property of instruction.properties) {
                    state.declared.add(property.name);
                    let value;
                    if (property.rawValue !== null)
                        value = expandTracking(property.rawValue, state.env, ctx.syntax.escape)?.value;
                    else
                        value = global.get(property.name);
                    if (value !== undefined && !NON_ENV_ARGS.has(property.name))
                        state.env.set(property.name, value);
                }
            }
            else if (instruction.keyword === 'ENV') {
                const before = new Map(state.env);
                for (const property of instruction.properties) {
                    state.env.set(property.name, property.rawValue === null ? '' : (expandTracking(property.rawValue, before, ctx.syntax.escape)?.value ?? ''));
                }
            }
        }
        ends.set(stage.index, state);
    }
}
function platformParts(value) {
    const parts = value.toLowerCase().split('/');
    if (parts.length === 1)
        return buildkit_KNOWN_OS.has(parts[0]) ? { os: parts[0], arch: '' } : { os: 'linux', arch: parts[0] };
    if (!buildkit_KNOWN_OS.has(parts[0]) || parts.length > 3)
        return undefined;
    return { os: parts[0], arch: parts[1] };
}
function cleanPath(path) {
    const absolute = path.startsWith('/');
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!absolute)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return absolute ? `/${joined}` : joined || '.';
}
/** Compiled ignore patterns by content, with the answers given so far: a repository has few ignore files and copies the same paths. */
const MATCHERS = new Map();
function ignoreMatcher(patterns) {
    const key = patterns.join('\n');
    let entry = MATCHERS.get(key);
    if (entry === undefined) {
        try {
            entry = { matcher: new PatternMatcher(patterns), answers: new Map() };
        }
        catch {
            entry = null;
        }
        if (MATCHERS.size > 1000)
            MATCHERS.clear();
        MATCHERS.set(key, entry);
    }
    if (!entry)
        return undefined;
    const { matcher, answers } = entry;
    return {
        matcher,
        matches: (path) => {
            let answer = answers.get(path);
            if (answer === undefined)
                answers.set(path, (answer = matcher.matchesOrParentMatches(path)));
            return answer;
        },
    };
}
const buildkitChecks = {
    StageNameCasing(ctx) {
        for (const stage of ctx.stages) {
            const name = stage.from.args[2];
            if (stage.from.args.length === 3 && name && !lower(name))
                ctx.report('StageNameCasing', stage.from.line, `Stage name '${name}' should be lowercase`);
        }
    },
    FromAsCasing(ctx) {
        for (const { from } of ctx.stages) {
            const as = from.args[1];
            if (from.args.length < 3 || !as)
                continue;
            const fromLower = lower(from.written);
            if (!fromLower && !upper(from.written))
                continue;
            if (fromLower ? !lower(as) : !upper(as))
                ctx.report('FromAsCasing', from.line, `'${as}' and '${from.written}' keywords' casing do not match`);
        }
    },
    NoEmptyContinuation(ctx) {
        for (const line of ctx.syntax.emptyContinuationLines)
            ctx.report('NoEmptyContinuation', line, 'Empty continuation line');
    },
    ConsistentInstructionCasing(ctx) {
        const names = ctx.stages.flatMap((stage) => [stage.from, ...stage.instructions]);
        let lowerCount = 0;
        let upperCount = 0;
        for (const { written } of names) {
            if (lower(written))
                lowerCount++;
            else if (upper(written))
                upperCount++;
        }
        const majorityLower = lowerCount > upperCount;
        for (const { written, line } of names) {
            if (majorityLower ? !lower(written) : !upper(written)) {
                ctx.report('ConsistentInstructionCasing', line, `Command '${written}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`);
            }
        }
    },
    DuplicateStageName(ctx) {
        const seen = new Set();
        for (const stage of ctx.stages) {
            if (!stage.name)
                continue;
            if (seen.has(stage.name))
                ctx.report('DuplicateStageName', stage.from.line, `Duplicate stage name "${stage.name}", stage names should be unique`);
            seen.add(stage.name);
        }
    },
    ReservedStageName(ctx) {
        for (const stage of ctx.stages) {
            if (stage.name && RESERVED_STAGE_NAMES.has(stage.name))
                ctx.report('ReservedStageName', stage.from.line, `Stage name should not use the same name as reserved stage "${stage.name}"`);
        }
    },
    JSONArgsRecommended(ctx) {
        for (const stage of ctx.stages) {
            // A SHELL earlier in the stage or in a stage it is based on makes the shell form deliberate.
            let shellSet = ctx
                .lineage(stage)
                .slice(1)
                .some((s) => s.instructions.some((i) => i.keyword === 'SHELL'));
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'SHELL')
                    shellSet = true;
                if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') &&
                    !instruction.json &&
                    !shellSet &&
                    instruction.args.length > 0) {
                    ctx.report('JSONArgsRecommended', instruction.line, `JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals`);
                }
            }
        }
    },
    MaintainerDeprecated(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword === 'MAINTAINER')
                ctx.report('MaintainerDeprecated', instruction.line, 'Maintainer instruction is deprecated in favor of using label');
        }
    },
    UndefinedArgInFrom(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        const keys = new Set([...scope.keys(), ...ctx.syntax.globalArgs.flatMap((a) => a.properties.map((p) => p.name))]);
        for (const stage of ctx.stages) {
            for (const word of [stage.baseWord, stage.platform ?? '']) {
                const expanded = expandTracking(word, scope, ctx.syntax.escape);
                for (const name of expanded?.unmatched ?? []) {
                    if (keys.has(name))
                        continue;
                    const suggestion = closest(name, keys);
                    ctx.report('UndefinedArgInFrom', stage.from.line, `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
                }
            }
        }
    },
    WorkdirRelativePath(ctx) {
        walkVariables(ctx, (stage, instruction, state) => {
            if (instruction.keyword !== 'WORKDIR')
                return;
            const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
            if (first !== instruction)
                return;
            const path = instruction.args[0] ?? '';
            const expanded = expandTracking(path, state.env, ctx.syntax.escape);
            if (!expanded || expanded.unmatched.size > 0)
                return;
            if (!expanded.value.startsWith('/'))
                ctx.report('WorkdirRelativePath', instruction.line, `Relative workdir "${expanded.value}" can have unexpected results if the base image changes`);
        });
    },
    UndefinedVar(ctx) {
        walkVariables(ctx, (_stage, instruction, state) => {
            if (!state.known)
                return;
            const words = instruction.keyword === 'ARG'
                ? instruction.properties.flatMap((p) => (p.rawValue === null ? [] : [p.rawValue]))
                : EXPANDED.has(instruction.keyword)
                    ? expandedWords(instruction)
                    : [];
            const reported = new Set();
            for (const word of words) {
                if (!word.includes('$'))
                    continue;
                const expanded = expandTracking(word, state.env, ctx.syntax.escape);
                for (const name of expanded?.unmatched ?? []) {
                    if (state.declared.has(name) || NON_ENV_ARGS.has(name) || reported.has(name))
                        continue;
                    reported.add(name);
                    const suggestion = closest(name, state.env.keys());
                    ctx.report('UndefinedVar', instruction.line, `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`);
                }
            }
        });
    },
    MultipleInstructionsDisallowed(ctx) {
        for (const stage of ctx.stages) {
            const last = new Map();
            for (const instruction of stage.instructions) {
                if (!['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(instruction.keyword))
                    continue;
                const previous = last.get(instruction.keyword);
                if (previous) {
                    ctx.report('MultipleInstructionsDisallowed', previous.line, `Multiple ${instruction.keyword} instructions should not be used in the same stage because only the last one will be used`);
                }
                last.set(instruction.keyword, instruction);
            }
        }
    },
    LegacyKeyValueFormat(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL')
                continue;
            if (instruction.properties.some((p) => !p.hasEquals)) {
                const name = instruction.keyword;
                ctx.report('LegacyKeyValueFormat', instruction.line, `"${name} key=value" should be used instead of legacy "${name} key value" format`);
            }
        }
    },
    RedundantTargetPlatform(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        for (const stage of ctx.stages) {
            if (!stage.platform)
                continue;
            const expanded = expandTracking(stage.platform, scope, ctx.syntax.escape);
            if (!expanded || expanded.unmatched.size > 0 || expanded.matched.size !== 1 || !expanded.matched.has('TARGETPLATFORM'))
                continue;
            if (expanded.value === scope.get('TARGETPLATFORM'))
                ctx.report('RedundantTargetPlatform', stage.from.line, `Setting platform to predefined ${stage.platform} in FROM is redundant as this is the default behavior`);
        }
    },
    SecretsUsedInArgOrEnv(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV')
                continue;
            for (const { name } of instruction.properties) {
                if (SECRET.test(name) && !SECRET_ALLOWED.test(name))
                    ctx.report('SecretsUsedInArgOrEnv', instruction.line, `Do not use ARG or ENV instructions for sensitive data (${instruction.keyword} "${name}")`);
            }
        }
    },
    InvalidDefaultArgInFrom(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        for (const stage of ctx.stages) {
            const expanded = expandTracking(stage.baseWord, scope, ctx.syntax.escape);
            if (!expanded)
                return;
            if (expanded.value === '' || !isValidImageReference(expanded.value))
                ctx.report('InvalidDefaultArgInFrom', stage.from.line, `Default value for ARG ${stage.baseWord} results in empty or invalid base image name`);
        }
    },
    FromPlatformFlagConstDisallowed(ctx) {
        for (const stage of ctx.stages) {
            if (!stage.platform || stage.platform.includes('$'))
                continue;
            const platform = platformParts(stage.platform);
            if (!platform)
                continue;
            const name = stage.name ?? '';
            if (name.includes(platform.os) || (platform.arch !== '' && name.includes(platform.arch)))
                continue;
            ctx.report('FromPlatformFlagConstDisallowed', stage.from.line, `FROM --platform flag should not use constant value "${stage.platform}"`);
        }
    },
    CopyIgnoredFile(ctx) {
        const patterns = ctx.options.ignorePatterns;
        if (!patterns || patterns.length === 0)
            return;
        const ignore = ignoreMatcher(patterns);
        if (!ignore)
            return; // the hash refuses a malformed ignore file; here it is not ours to judge
        const { matcher } = ignore;
        if (matcher.exclusions)
            return;
        const rootIgnored = matcher.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.toString()));
        for (const { instruction } of stageInstructions(ctx)) {
            if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || instruction.flag('from') || instruction.heredocs.length > 0)
                continue;
            const command = instruction.keyword === 'ADD' ? 'Add' : 'Copy';
            for (const source of (instruction.json ?? instruction.args).slice(0, -1)) {
                if (source.includes('$') || (instruction.keyword === 'ADD' && isRemoteSource(source)))
                    continue;
                const clean = cleanPath(source);
                if ((clean === '.' || clean === '/') && !rootIgnored)
                    continue;
                if (ignore.matches(clean))
                    ctx.report('CopyIgnoredFile', instruction.line, `Attempting to ${command} file "${clean}" that is excluded by .dockerignore`);
            }
        }
    },
    ExposeProtoCasing(ctx) {
        for (const { instruction, raw, proto } of exposedPorts(ctx)) {
            if (proto !== proto.toLowerCase())
                ctx.report('ExposeProtoCasing', instruction.line, `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`);
        }
    },
    ExposeInvalidFormat(ctx) {
        for (const { instruction, raw, ip, hostPort } of exposedPorts(ctx)) {
            if (ip || hostPort)
                ctx.report('ExposeInvalidFormat', instruction.line, `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`);
        }
    },
    InvalidDefinitionDescription(ctx) {
        const check = (instruction, keys, name) => {
            const last = instruction.comments[instruction.comments.length - 1];
            if (last === undefined || keys.length === 0)
                return;
            if (keys.includes(last.split(' ')[0]))
                return;
            const example = keys.length > 1 ? '<arg_key>' : keys[0];
            ctx.report('InvalidDefinitionDescription', instruction.line, `Comment for ${name} should follow the format: \`# ${example} <description>\``);
        };
        for (const instruction of ctx.syntax.instructions) {
            if (instruction.keyword === 'ARG')
                check(instruction, instruction.properties.map((p) => p.name), 'ARG');
            if (instruction.keyword === 'FROM') {
                const stage = ctx.stages.find((s) => s.from === instruction);
                if (stage?.name)
                    check(instruction, [stage.name], 'FROM');
            }
        }
    },
};
function exposedPorts(ctx) {
    const out = [];
    for (const { instruction } of stageInstructions(ctx)) {
        if (instruction.keyword !== 'EXPOSE')
            continue;
        for (const raw of instruction.args) {
            if (raw.includes('$'))
                continue;
            const parts = raw.split(':');
            const containerPort = parts[parts.length - 1];
            const hostPort = parts.length >= 2 ? parts[parts.length - 2] : '';
            const ip = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
            const slash = containerPort.indexOf('/');
            out.push({ instruction, raw, ip, hostPort, proto: slash === -1 ? '' : containerPort.slice(slash + 1) });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/hadolint.ts


const RUNS = new WeakMap();
/** Every RUN with its commands, read once per file for all the rules. */
function runs(ctx) {
    const cached = RUNS.get(ctx);
    if (cached)
        return cached;
    const out = [];
    RUNS.set(ctx, out);
    for (const stage of ctx.stages) {
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            out.push({ stage, instruction, commands: ctx.script(instruction)?.commands ?? [] });
        }
    }
    return out;
}
function reportRuns(ctx, rule, failing) {
    for (const { instruction, commands } of runs(ctx))
        if (commands.some(failing))
            ctx.report(rule, instruction.line);
}
const isRoot = (user) => user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
/** hadolint's archive extensions: ADD unpacks these, so ADD is the right tool for them. */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const PIP_VERSION = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const VCS = ['git+', 'hg+', 'svn+', 'bzr+'];
const PIP_FLAGS_WITH_VALUE = [
    'abi',
    'b',
    'build',
    'e',
    'editable',
    'extra-index-url',
    'f',
    'find-links',
    'i',
    'index-url',
    'implementation',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python-version',
    'root',
    'src',
    't',
    'target',
    'trusted-host',
    'upgrade-strategy',
    'c',
    'constraint',
    'r',
    'requirement',
    'config-settings',
    'C',
    'log',
    'cert',
    'client-cert',
    'cache-dir',
    'exists-action',
    'timeout',
    'retries',
];
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
/** The image part of a FROM word: tag and digest as hadolint splits them. */
function imageParts(word) {
    const at = word.indexOf('@');
    const digest = at === -1 ? undefined : word.slice(at + 1);
    const rest = at === -1 ? word : word.slice(0, at);
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** A cache or tmpfs mount whose target holds `path`. */
function mountsOver(instruction, path) {
    return instruction.flags.some((f) => f.name === 'mount' &&
        f.options.some((o) => o.name === 'type' && (o.value === 'cache' || o.value === 'tmpfs')) &&
        f.options.some((o) => ['target', 'dst', 'destination'].includes(o.name) && (o.value ?? '').replace(/\/$/, '').includes(path)));
}
const hadolintChecks = {
    DL3002(ctx) {
        for (const stage of ctx.stages) {
            const users = stage.instructions.filter((i) => i.keyword === 'USER');
            const last = users[users.length - 1];
            if (last && isRoot(last.args[0] ?? ''))
                ctx.report('DL3002', last.line);
        }
    },
    DL3003: (ctx) => reportRuns(ctx, 'DL3003', (c) => c.name === 'cd'),
    DL3004: (ctx) => reportRuns(ctx, 'DL3004', (c) => c.name === 'sudo'),
    DL3006(ctx) {
        const aliases = new Set();
        for (const stage of ctx.stages) {
            const { name, tag, digest } = imageParts(stage.baseWord);
            if (name !== 'scratch' && !digest && tag === undefined && !name.startsWith('$') && !aliases.has(name.toLowerCase())) {
                ctx.report('DL3006', stage.from.line);
            }
            if (stage.name)
                aliases.add(stage.name);
        }
    },
    DL3007(ctx) {
        for (const stage of ctx.stages) {
            const { tag, digest } = imageParts(stage.baseWord);
            if (tag === 'latest' && !digest)
                ctx.report('DL3007', stage.from.line);
        }
    },
    DL3008: (ctx) => reportRuns(ctx, 'DL3008', (c) => {
        if (!isSubcommand(c, ['apt-get'], 'install'))
            return false;
        const packages = operands(c.args, ['t', 'target-release', 'o']).filter((p) => p !== 'install');
        return packages.some((p) => !(p.includes('=') || p.includes('/') || p.endsWith('.deb')));
    }),
    DL3009(ctx) {
        // Only where the lists end up in an image: the final stage, and stages another FROM builds on.
        const usedAsBase = new Set(ctx.stages.map((s) => ctx.baseStage(s)?.index).filter((i) => i !== undefined));
        const last = ctx.stages[ctx.stages.length - 1];
        for (const { stage, instruction, commands } of runs(ctx)) {
            if (stage !== last && !usedAsBase.has(stage.index))
                continue;
            const updates = commands.some((c) => ['apt', 'apt-get', 'aptitude'].includes(c.name) && c.args.includes('update'));
            if (!updates)
                continue;
            const cleans = commands.some((c) => c.name === 'rm' && c.args.includes('/var/lib/apt/lists/*') && c.args.some((a) => /^-[a-zA-Z]*r/.test(a) && a.includes('f')));
            if (cleans ||
                mountsOver(instruction, '/var/lib/apt/lists') ||
                (mountsOver(instruction, '/var/lib/apt') && mountsOver(instruction, '/var/cache/apt')))
                continue;
            ctx.report('DL3009', instruction.line);
        }
    },
    DL3013: (ctx) => reportRuns(ctx, 'DL3013', (c) => {
        const args = pipInstallArgs(c);
        if (!args || commandBase(c.name).startsWith('pipx'))
            return false;
        if (hasFlag(args, 'r', 'requirement', 'c', 'constraint') || args.includes('.'))
            return false;
        const packages = operands(args, PIP_FLAGS_WITH_VALUE);
        const pinned = (p) => PIP_VERSION.some((s) => p.includes(s)) ||
            (VCS.some((v) => p.startsWith(v)) && p.includes('@')) ||
            p.endsWith('.whl') ||
            p.endsWith('.tar.gz') ||
            (!VCS.some((v) => p.startsWith(v)) && p.includes('/'));
        return packages.some((p) => !pinned(p));
    }),
    DL3015: (ctx) => reportRuns(ctx, 'DL3015', (c) => isSubcommand(c, ['apt-get'], 'install') &&
        !hasFlag(c.args, 'no-install-recommends') &&
        !c.args.includes('APT::Install-Recommends=false')),
    DL3018: (ctx) => reportRuns(ctx, 'DL3018', (c) => {
        if (!isSubcommand(c, ['apk'], 'add'))
            return false;
        const packages = operands(c.args, ['t', 'virtual', 'repository', 'X']).filter((p) => p !== 'add');
        return packages.some((p) => !(/[=~<>]/.test(p) || p.endsWith('.apk')));
    }),
    DL3020(ctx) {
        for (const stage of ctx.stages) {
            for (const instruction of stage.instructions) {
                if (instruction.keyword !== 'ADD' || instruction.heredocs.length > 0)
                    continue;
                const sources = (instruction.json ?? instruction.args).slice(0, -1).map((s) => s.replace(/^["']|["']$/g, ''));
                if (sources.length > 0 && sources.some((s) => !isRemoteSource(s) && !ARCHIVE.test(s)))
                    ctx.report('DL3020', instruction.line);
            }
        }
    },
    DL3022(ctx) {
        const aliases = new Set();
        for (const stage of ctx.stages) {
            if (stage.name)
                aliases.add(stage.name);
            for (const instruction of stage.instructions) {
                const from = instruction.keyword === 'COPY' ? instruction.flag('from')?.value : undefined;
                if (!from || from.replace(/^["']|["']$/g, '').includes(':'))
                    continue;
                if (aliases.has(from.toLowerCase()))
                    continue;
                if (/^\d+$/.test(from) && Number(from) < stage.index + 1)
                    continue;
                ctx.report('DL3022', instruction.line);
            }
        }
    },
    DL3025(ctx) {
        for (const stage of ctx.stages) {
            for (const instruction of stage.instructions) {
                if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && !instruction.json && instruction.args.length > 0)
                    ctx.report('DL3025', instruction.line);
            }
        }
    },
    DL3027: (ctx) => reportRuns(ctx, 'DL3027', (c) => c.name === 'apt'),
    DL3042(ctx) {
        const stageDisables = (stage, until) => stage.instructions.some((i) => (until === undefined || i.index < until.index) &&
            i.keyword === 'ENV' &&
            i.properties.some((p) => p.name === 'PIP_NO_CACHE_DIR' && TRUTHY.has(p.value ?? '')));
        for (const { stage, instruction, commands } of runs(ctx)) {
            if (stageDisables(stage, instruction) ||
                ctx
                    .lineage(stage)
                    .slice(1)
                    .some((s) => stageDisables(s)))
                continue;
            if (/PIP_NO_CACHE_DIR=["']?(1|true|True|TRUE|on|On|ON|yes|Yes|YES)\b/.test(instruction.text))
                continue;
            if (mountsOver(instruction, '.cache/pip'))
                continue;
            const forgot = commands.some((c) => {
                const args = pipInstallArgs(c);
                if (!args)
                    return false;
                const wrapper = ['pipx', 'pipenv'].some((w) => commandBase(c.name).includes(w));
                return !wrapper && !c.args.includes('--no-cache-dir');
            });
            if (forgot)
                ctx.report('DL3042', instruction.line);
        }
    },
    DL3045(ctx) {
        const hasWorkdir = new Map();
        for (const stage of ctx.stages) {
            const parent = ctx.baseStage(stage);
            let workdir = parent ? (hasWorkdir.get(parent.index) ?? false) : false;
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'WORKDIR')
                    workdir = true;
                if (instruction.keyword !== 'COPY' || workdir)
                    continue;
                const args = instruction.json ?? instruction.args;
                const destination = (args[args.length - 1] ?? '').replace(/^["']|["']$/g, '');
                if (destination.startsWith('/') || destination.startsWith('$') || /^[A-Za-z]:/.test(destination))
                    continue;
                ctx.report('DL3045', instruction.line);
            }
            hasWorkdir.set(stage.index, workdir);
        }
    },
    DL3059(ctx) {
        for (const stage of ctx.stages) {
            let previous;
            for (const instruction of stage.instructions) {
                if (instruction.keyword !== 'RUN') {
                    previous = undefined;
                    continue;
                }
                const flags = JSON.stringify(instruction.flags);
                const count = ctx.script(instruction)?.commands.length ?? 0;
                if (previous && previous.flags === flags && count <= 2 && previous.count <= 2)
                    ctx.report('DL3059', instruction.line);
                previous = { flags, count };
            }
        }
    },
    DL4000(ctx) {
        for (const instruction of ctx.syntax.instructions)
            if (instruction.keyword === 'MAINTAINER')
                ctx.report('DL4000', instruction.line);
    },
    DL4006(ctx) {
        for (const stage of ctx.stages) {
            let pipefail = false;
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'SHELL') {
                    const shell = instruction.json ?? [];
                    const base = commandBase(shell[0] ?? '');
                    const nonPosix = /^(pwsh|powershell|cmd)(\.exe)?$/i.test(base);
                    const opts = shell.slice(1);
                    pipefail = nonPosix || (['bash', 'zsh', 'ash'].includes(base) && opts.some((o, i) => o === '-o' && opts[i + 1] === 'pipefail'));
                }
                if (instruction.keyword !== 'RUN' || pipefail || instruction.json)
                    continue;
                const script = ctx.script(instruction);
                if (!script?.hasPipe)
                    continue;
                // `set -o pipefail` (or `set -euo pipefail`) at the start of the script does the same.
                const first = script.commands[0];
                if (first?.name === 'set' && first.args.includes('pipefail') && first.args.some((a) => /^-[a-z]*o$/.test(a)))
                    continue;
                ctx.report('DL4006', instruction.line);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/core/lint/rules/toolkit.ts
/**
 * What only this toolkit sees: unpinned bases (with the digest the registry gives today), downloads
 * the hash cannot see, and a build context sent whole. The "does not parse" rule is lint.ts's: it
 * is core/dockerfile's own verdict.
 */

const CONTEXT_LIMIT = 100 * 1024 * 1024;
const toolkitChecks = {
    BaseImageNotPinned(ctx) {
        for (const stage of ctx.stages) {
            if (ctx.baseStage(stage))
                continue;
            const base = ctx.baseOf(stage);
            if (!base || base === 'scratch')
                continue;
            if (base.includes('@'))
                continue; // pinned (an invalid reference is DockerfileParse's)
            const digest = ctx.options.images?.get(base)?.digest;
            ctx.report('BaseImageNotPinned', stage.from.line, `Base image \`${base}\` is not pinned by digest`, {
                ...(digest ? { fix: `Pin it to what the tag points at now: \`FROM ${base}@${digest}\` (update it on purpose).` } : {}),
            });
        }
    },
    AddUrlWithoutChecksum(ctx) {
        for (const { line, sources } of uncheckedDownloads(ctx.syntax)) {
            ctx.report('AddUrlWithoutChecksum', line, `\`ADD ${sources.join(' ')}\` without \`--checksum\`: the hash cannot see what it downloads`);
        }
    },
    ContextWithoutDockerignore(ctx) {
        const facts = ctx.options.context;
        if (!facts || facts.hasIgnoreFile)
            return;
        const what = [facts.hasGit ? '`.git`' : '', facts.bytes > CONTEXT_LIMIT ? `over ${CONTEXT_LIMIT / 1024 / 1024} MB` : ''].filter(Boolean);
        if (what.length === 0)
            return;
        ctx.report('ContextWithoutDockerignore', 1, `No \`.dockerignore\`, and the build context holds ${what.join(' and ')}: docker build sends all of it`);
    },
};

;// CONCATENATED MODULE: ./src/core/lint/rules/profiles.ts


/** The final stage and the stages it builds on, nearest first; their instructions in build order. */
function finalImage(ctx) {
    const final = ctx.finalStage;
    if (!final)
        return undefined;
    const stages = ctx.lineage(final);
    const instructions = [...stages].reverse().flatMap((s) => s.instructions);
    return { stages, instructions, root: ctx.rootImage(final) };
}
function repositoryOf(image) {
    try {
        const ref = parseImageRef(image);
        return { repository: ref.repository.replace(/^library\//, ''), tag: ref.tag ?? '' };
    }
    catch {
        return undefined;
    }
}
function commandsOf(ctx, instructions) {
    const out = [];
    for (const instruction of instructions) {
        if (instruction.keyword !== 'RUN')
            continue;
        for (const command of ctx.script(instruction)?.commands ?? [])
            out.push({ instruction, command });
    }
    return out;
}
const OS_INSTALLERS = {
    'apt-get': { sub: ['install'], flagsWithValue: ['t', 'target-release', 'o'] },
    apt: { sub: ['install'], flagsWithValue: ['t', 'o'] },
    apk: { sub: ['add'], flagsWithValue: ['t', 'virtual', 'repository', 'X'] },
    yum: { sub: ['install'], flagsWithValue: [] },
    dnf: { sub: ['install'], flagsWithValue: [] },
    microdnf: { sub: ['install'], flagsWithValue: [] },
    zypper: { sub: ['install', 'in'], flagsWithValue: [] },
    conda: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
    mamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
    micromamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
};
/** Package names (versions stripped) that system and conda package managers install. */
function installedPackages(commands) {
    const out = new Set();
    for (const { command } of commands) {
        const installer = OS_INSTALLERS[commandBase(command.name)];
        if (!installer)
            continue;
        const sub = command.args.findIndex((a) => installer.sub.includes(a));
        if (sub === -1)
            continue;
        for (const name of operands(command.args.slice(sub + 1), installer.flagsWithValue))
            out.add(name.split(/[=<>~]/)[0]?.toLowerCase() ?? '');
    }
    return out;
}
/** Python packages that pip (or uv pip) installs, names lower-cased without extras or versions. */
function pipPackages(commands) {
    const names = new Set();
    let fromFiles = false;
    for (const { command } of commands) {
        let args = pipInstallArgs(command);
        const base = commandBase(command.name);
        if (!args && base === 'uv' && command.args[0] === 'pip' && command.args[1] === 'install')
            args = command.args.slice(2);
        if (!args && ['poetry', 'pipenv', 'pdm'].includes(base) && ['install', 'sync'].includes(command.args[0] ?? ''))
            fromFiles = true;
        if (!args && base === 'uv' && command.args[0] === 'sync')
            fromFiles = true;
        if (!args)
            continue;
        if (args.some((a) => ['-r', '--requirement', '-e', '--editable', '.'].includes(a) || a.startsWith('--requirement=')))
            fromFiles = true;
        for (const name of operands(args, [
            'r',
            'requirement',
            'c',
            'constraint',
            'i',
            'index-url',
            'extra-index-url',
            'f',
            'find-links',
            't',
            'target',
            'e',
            'editable',
        ])) {
            names.add(name.split(/[[=<>~!;@ ]/)[0]?.toLowerCase() ?? '');
        }
    }
    return { names, fromFiles };
}
const PYTHON_IMAGE = /(^|\/|-)(python|pypy|conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|pytorch|tensorflow|jupyter|[a-z-]*-notebook|zenml|flytekit|metaflow|huggingface|sagemaker|ray|uv)($|[-/:_])/;
const PYTHON_PACKAGE = /^(python|python3|python3\.\d+|python3-minimal|python3-full|pypy3?|python\d(\.\d+)?)$/;
/** Whether the image has Python: its base says so, or a step installs it. */
function hasPython(ctx) {
    const image = finalImage(ctx);
    if (!image)
        return true;
    const root = image.root ? repositoryOf(image.root) : undefined;
    if (root &&
        (PYTHON_IMAGE.test(root.repository) || /python/.test(root.tag) || /^databricksruntime\/(standard|python)/.test(root.repository)))
        return true;
    const commands = commandsOf(ctx, image.instructions);
    if ([...installedPackages(commands)].some((p) => PYTHON_PACKAGE.test(p)))
        return true;
    if (commands.some(({ command }) => ['pyenv', 'uv'].includes(commandBase(command.name)) &&
        command.args.includes('install') &&
        (command.args.includes('python') || commandBase(command.name) === 'pyenv')))
        return true;
    // A Python copied from another stage or image (`COPY --from=python:3.12 /usr/local /usr/local`).
    return image.instructions.some((i) => i.keyword === 'COPY' && /python/i.test(i.flag('from')?.value ?? ''));
}
const DATABRICKS_PIPS = ['/databricks/python3/bin/pip', '/databricks/conda/envs/dcs-minimal/bin/pip'];
const isDatabricksRuntime = (repository) => repository.startsWith('databricksruntime/');
/** Databricks' minimal requirements for a base that is not theirs (Ubuntu or Alpine plus these). */
const DATABRICKS_NEEDS = [
    { what: 'a JDK', os: 'any', matches: /(openjdk|jdk|temurin|corretto|zulu|java)/ },
    { what: 'bash', os: 'alpine', matches: /^bash$/ },
    { what: 'iproute2', os: 'any', matches: /^iproute2?$/ },
    { what: 'coreutils', os: 'alpine', matches: /^coreutils$/ },
    { what: 'procps', os: 'any', matches: /^procps(-ng)?$/ },
    { what: 'sudo', os: 'any', matches: /^sudo$/ },
];
const START_SERVICE = (c) => (commandBase(c.name) === 'systemctl' && c.args.some((a) => ['start', 'restart', 'enable'].includes(a))) ||
    (commandBase(c.name) === 'service' && c.args.some((a) => ['start', 'restart'].includes(a))) ||
    (c.name.startsWith('/etc/init.d/') && c.args.some((a) => ['start', 'restart'].includes(a)));
const INSTALLS = (c) => {
    const base = commandBase(c.name);
    return (pipInstallArgs(c) !== undefined ||
        (['apt-get', 'apt', 'yum', 'dnf', 'conda', 'mamba'].includes(base) && c.args.includes('install')) ||
        (base === 'apk' && c.args.includes('add')));
};
/** The shell script a CMD or ENTRYPOINT runs, read. */
function startupScript(instruction) {
    const json = instruction.json;
    if (!json)
        return readShellScript(instruction.text).commands;
    const [name = '', ...args] = json;
    if (/(^|\/)(ba|da|a)?sh$/.test(name) && args[0] === '-c' && args[1])
        return readShellScript(args[1]).commands;
    return [{ name, args, assignments: [] }];
}
/** DataWorks: paths the runtime brings and must find as it left them. */
const RUNTIME_PATHS = new Set([
    '/bin',
    '/sbin',
    '/lib',
    '/lib64',
    '/usr',
    '/usr/bin',
    '/usr/sbin',
    '/usr/lib',
    '/etc',
    '/bin/sh',
    '/bin/bash',
    '/usr/bin/python',
    '/usr/bin/python3',
    '/usr/bin/env',
    '/etc/passwd',
    '/etc/group',
    '/etc/hosts',
    '/etc/resolv.conf',
    '/etc/nsswitch.conf',
]);
/** Registries DataWorks cannot be expected to reach: public ones other than Docker Hub and ACR. */
const OTHER_PUBLIC_REGISTRY = /(^|\.)(ghcr\.io|quay\.io|gcr\.io|pkg\.dev|public\.ecr\.aws|amazonaws\.com|azurecr\.io|nvcr\.io|registry\.gitlab\.com|mcr\.microsoft\.com)$/;
const profileChecks = {
    DatabricksBaseImage(ctx) {
        const image = finalImage(ctx);
        if (!image?.root)
            return;
        const root = repositoryOf(image.root);
        if (!root || isDatabricksRuntime(root.repository))
            return;
        const name = `${root.repository}:${root.tag}`;
        const alpine = /(^|\/)alpine$/.test(root.repository) || /alpine/.test(root.tag);
        const ubuntu = /(^|\/)ubuntu$/.test(root.repository) || /(ubuntu|jammy|noble|focal|bionic)/.test(root.tag);
        const from = image.stages[image.stages.length - 1]?.from.line ?? 1;
        if (!alpine && !ubuntu) {
            ctx.report('DatabricksBaseImage', from, `Base \`${image.root}\` is neither a databricksruntime image nor Ubuntu or Alpine`);
            return;
        }
        const installed = [...installedPackages(commandsOf(ctx, image.instructions))];
        const missing = DATABRICKS_NEEDS.filter((need) => (need.os === 'any' || alpine) && !installed.some((p) => need.matches.test(p))).map((n) => n.what);
        if (missing.length > 0)
            ctx.report('DatabricksBaseImage', from, `Base \`${name}\` is not a databricksruntime image, and nothing installs ${missing.join(', ')}`);
    },
    DatabricksRuntimeUnsupported(ctx) {
        const image = finalImage(ctx);
        const root = image?.root ? repositoryOf(image.root) : undefined;
        if (!root || !isDatabricksRuntime(root.repository))
            return;
        if (/(^|[-_./])(ml|genomics)($|[-_.])/i.test(`${root.repository.slice('databricksruntime/'.length)}:${root.tag}`))
            ctx.report('DatabricksRuntimeUnsupported', image?.stages[image.stages.length - 1]?.from.line ?? 1, `\`${image?.root}\` is an ML or Genomics runtime image`);
    },
    DatabricksPip(ctx) {
        const image = finalImage(ctx);
        const root = image?.root ? repositoryOf(image.root) : undefined;
        if (!image || !root || !isDatabricksRuntime(root.repository))
            return;
        const major = Number(/^(\d+)/.exec(root.tag)?.[1] ?? 'NaN');
        const pip = major <= 8 ? DATABRICKS_PIPS[1] : DATABRICKS_PIPS[0];
        for (const { instruction, command } of commandsOf(ctx, image.instructions)) {
            if (!pipInstallArgs(command))
                continue;
            const own = DATABRICKS_PIPS.includes(command.name) ||
                /^\/databricks\/(python3|conda\/envs\/dcs-minimal)\/bin\/python[0-9.]*$/.test(command.name);
            if (!own)
                ctx.report('DatabricksPip', instruction.line, `\`${command.name} install\` installs into another Python than the cluster's`, {
                    fix: `Use \`${pip} install\` (the Python the cluster runs).`,
                });
        }
    },
    DatabricksCmdIgnored(ctx) {
        for (const instruction of finalImage(ctx)?.instructions ?? []) {
            if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT')
                ctx.report('DatabricksCmdIgnored', instruction.line, `Databricks ignores ${instruction.keyword}`);
        }
    },
    DatabricksStartupWork(ctx) {
        const image = finalImage(ctx);
        for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
            if (START_SERVICE(command))
                ctx.report('DatabricksStartupWork', instruction.line, `\`${[command.name, ...command.args].join(' ')}\` at build time starts nothing on the cluster`);
        }
    },
    DataWorksPlatform(ctx) {
        const image = finalImage(ctx);
        for (const stage of image?.stages ?? []) {
            const platform = stage.platform;
            if (platform && !platform.includes('$') && platform.toLowerCase() !== 'linux/amd64')
                ctx.report('DataWorksPlatform', stage.from.line, `\`FROM --platform=${platform}\`: DataWorks runs linux/amd64 images only`);
        }
        const others = (ctx.options.build?.platforms ?? []).filter((p) => p !== 'linux/amd64');
        if (others.length > 0)
            ctx.report('DataWorksPlatform', 1, `The image is built for ${others.join(', ')}: DataWorks runs linux/amd64 images only`);
    },
    DataWorksRegistry(ctx) {
        const image = ctx.options.build?.image;
        if (!image)
            return;
        let registry;
        try {
            registry = parseImageRef(image).registry.toLowerCase();
        }
        catch {
            return;
        }
        if (OTHER_PUBLIC_REGISTRY.test(registry.replace(/:\d+$/, '')))
            ctx.report('DataWorksRegistry', 1, `\`${image}\` is pushed to ${registry}, which DataWorks resource groups do not pull from`);
    },
    DataWorksRuntimePaths(ctx) {
        const image = finalImage(ctx);
        for (const instruction of image?.instructions ?? []) {
            if (instruction.keyword === 'ENV') {
                for (const p of instruction.properties) {
                    if (p.name === 'PATH' && !/\$\{?PATH\}?/.test(p.rawValue ?? ''))
                        ctx.report('DataWorksRuntimePaths', instruction.line, '`ENV PATH` replaces the runtime\u2019s PATH instead of extending it (`$PATH` is missing)');
                }
            }
            if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && instruction.heredocs.length === 0) {
                const args = instruction.json ?? instruction.args;
                const destination = (args[args.length - 1] ?? '').replace(/\/+$/, '') || '/';
                if (RUNTIME_PATHS.has(destination) || destination === '/')
                    ctx.report('DataWorksRuntimePaths', instruction.line, `${instruction.keyword} onto \`${destination}\` overwrites what the runtime needs`);
            }
        }
        for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
            const base = commandBase(command.name);
            const target = command.args[command.args.length - 1] ?? '';
            if ((base === 'ln' && command.args.some((a) => /^-[a-zA-Z]*f/.test(a)) && RUNTIME_PATHS.has(target)) ||
                (base === 'rm' && command.args.some((a) => RUNTIME_PATHS.has(a.replace(/\/+$/, '')))))
                ctx.report('DataWorksRuntimePaths', instruction.line, `\`${[command.name, ...command.args].join(' ')}\` replaces or removes a path the runtime needs`);
        }
    },
    DataWorksStartupInstall(ctx) {
        for (const instruction of finalImage(ctx)?.instructions ?? []) {
            if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT')
                continue;
            if (startupScript(instruction).some(INSTALLS))
                ctx.report('DataWorksStartupInstall', instruction.line, `${instruction.keyword} installs packages every time the container starts`);
        }
    },
    PythonPresent(ctx) {
        if (hasPython(ctx))
            return;
        const image = finalImage(ctx);
        ctx.report('PythonPresent', image?.stages[image.stages.length - 1]?.from.line ?? 1, `Nothing shows a Python interpreter: \`${image?.root ?? 'scratch'}\` is not a known Python image and no step installs one`);
    },
    ZenmlPackages(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const root = image.root ? repositoryOf(image.root) : undefined;
        if (root && /zenml/.test(root.repository))
            return;
        const pip = pipPackages(commandsOf(ctx, image.instructions));
        if ([...pip.names].some((n) => n === 'zenml') || pip.fromFiles)
            return;
        ctx.report('ZenmlPackages', image.stages[image.stages.length - 1]?.from.line ?? 1, 'Nothing installs zenml (and pip) into the image');
    },
    ZenmlWorkdir(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const workdirs = image.instructions.filter((i) => i.keyword === 'WORKDIR');
        const last = workdirs[workdirs.length - 1];
        const path = (last?.args[0] ?? '').replace(/\/+$/, '');
        if (path !== '/app')
            ctx.report('ZenmlWorkdir', last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1, last ? `The working directory is \`${path}\`, not /app` : 'No WORKDIR: ZenML expects /app');
    },
    ZenmlNonRootUser(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const users = image.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        const user = last?.args[0] ?? '';
        if (!last || user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:'))
            ctx.report('ZenmlNonRootUser', last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1);
    },
};

;// CONCATENATED MODULE: ./src/core/lint/lint.ts
/**
 * Lints one Dockerfile: reads it with core/dockerfile (what the hash reads), reports what
 * `docker build` would refuse (DockerfileParse, the same verdict the hash gives), runs every
 * enabled rule of the registry, then applies what the file and the config say: inline
 * `# image-actions ignore=` / `# hadolint ignore=` pragmas, BuildKit's `# check=` directive and
 * comments, severities from the config, and hadolint rules that repeat a BuildKit finding. Pure.
 */








/** Every rule of the catalog has exactly one check (or is reported by the engine or an adapter). */
const CHECKS = { ...buildkitChecks, ...hadolintChecks, ...toolkitChecks, ...profileChecks };
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
/** A rule id this toolkit knows (catalog ids and ShellCheck codes). */
function isKnownRule(id) {
    return RULES_BY_ID.has(id) || SHELLCHECK_CODE.test(id);
}
/** BuildKit's ParseLintOptions (`skip=A,B;error=true;experimental=C`); undefined when it does not parse. */
function parseCheckOptions(value) {
    const options = { skip: new Set(), skipAll: false, experimental: new Set(), experimentalAll: false, error: false };
    const text = value.trim();
    if (text === '')
        return options;
    for (const part of text.split(';').slice(0, 3)) {
        const at = part.indexOf('=');
        if (at === -1)
            return undefined;
        const key = part.slice(0, at).trim();
        const list = part.slice(at + 1).trim();
        if (key === 'skip') {
            if (list === 'all')
                options.skipAll = true;
            else
                for (const rule of list.split(','))
                    options.skip.add(rule.trim());
        }
        else if (key === 'experimental') {
            if (list === 'all')
                options.experimentalAll = true;
            else
                for (const rule of list.split(','))
                    options.experimental.add(rule.trim());
        }
        else if (key === 'error') {
            if (!/^(1|t|T|true|TRUE|True|0|f|F|false|FALSE|False)$/.test(list))
                return undefined;
            options.error = /^(1|t|T|true|TRUE|True)$/.test(list);
        }
        else
            return undefined;
    }
    return options;
}
function fileCheckOptions(syntax) {
    const directive = syntax.directives.get('check');
    return directive ? parseCheckOptions(directive.value.split(' ')[0] ?? '') : undefined;
}
function enabled(rule, settings, check) {
    const override = settings.overrides?.[rule.id];
    if (override === 'off')
        return false;
    if (rule.profiles && !rule.profiles.includes(settings.profile))
        return false;
    if (rule.experimental)
        return override !== undefined || !!check?.experimentalAll || !!check?.experimental.has(rule.id);
    return true;
}
/** Whether ShellCheck should run on the RUN scripts of files linted with these settings. */
function shellcheckEnabled(settings) {
    return settings.overrides?.ShellCheck !== 'off';
}
/** What `docker build` refuses, as findings: the parser's problems, else the first resolution error. */
function parseFindings(syntax, settings, report) {
    if (syntax.problems.length > 0) {
        for (const problem of syntax.problems)
            report(problem.line, problem.message);
        return;
    }
    const build = settings.build ?? {};
    const plain = Object.keys(build.buildArgs ?? {}).length === 0 && !build.target;
    for (const platform of build.platforms?.length ? build.platforms : [DEFAULT_PLATFORM]) {
        try {
            // Without build args or a target, the default scope the rules use is the one to resolve with.
            const scope = plain && platform === DEFAULT_PLATFORM ? (defaultGlobalScope(syntax) ?? undefined) : undefined;
            resolveStages(syntax, { buildArgs: build.buildArgs ?? {}, target: build.target ?? '', platform, buildPlatform: DEFAULT_PLATFORM }, scope);
        }
        catch (error) {
            if (!(error instanceof DockerfileError))
                throw error;
            report(error.line, error.problem);
            return;
        }
    }
}
function lintDockerfile(text, settings) {
    return lintSyntax(parseDockerfile(text), settings);
}
/** The same, for a Dockerfile already read (the caller looked at its bases first). */
function lintSyntax(syntax, settings) {
    const check = fileCheckOptions(syntax);
    const findings = [];
    let current;
    const report = (rule, line, message, extra = {}) => {
        const info = rule === current?.id ? current : RULES_BY_ID.get(rule);
        findings.push({
            rule,
            severity: info.severity,
            line: Math.max(1, line),
            ...(extra.endLine ? { endLine: extra.endLine } : {}),
            message: message ?? info.message,
            fix: extra.fix ?? info.fix,
            docs: info.docs,
        });
    };
    const parse = RULES_BY_ID.get('DockerfileParse');
    if (enabled(parse, settings, check))
        parseFindings(syntax, settings, (line, message) => report('DockerfileParse', line, `docker build refuses this: ${message}`));
    const ctx = new LintContext(syntax, settings, report);
    for (const rule of RULES) {
        const run = CHECKS[rule.id];
        if (!run || !enabled(rule, settings, check))
            continue;
        current = rule;
        run(ctx);
    }
    return { syntax, findings };
}
const PRAGMA = /^(image-actions|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+)/;
/** Ignore pragmas and `# check=` comments, per instruction and for the whole file. */
function suppressions(syntax) {
    const global = new Set();
    for (const line of syntax.lines) {
        const trimmed = line.trimStart();
        if (!trimmed.startsWith('#'))
            continue;
        const match = PRAGMA.exec(trimmed.slice(1).trim());
        if (match?.[2])
            for (const id of match[3].split(','))
                if (id.trim())
                    global.add(id.trim());
    }
    const perInstruction = new Map();
    for (const instruction of syntax.instructions) {
        if (instruction.comments.length === 0)
            continue;
        const ids = new Set();
        let check;
        for (const comment of instruction.comments) {
            const match = PRAGMA.exec(comment);
            if (match && !match[2])
                for (const id of match[3].split(','))
                    if (id.trim())
                        ids.add(id.trim());
            const directive = /^check\s*=\s*(.*)$/.exec(comment);
            if (directive)
                check = parseCheckOptions(directive[1].split(' ')[0] ?? '');
        }
        if (ids.size > 0 || check)
            perInstruction.set(instruction.index, { ids, ...(check ? { check } : {}) });
    }
    return { global, perInstruction };
}
/** Rules that say the same thing, both ways. */
const TWINS = new Map(RULES.flatMap((rule) => 'sameAs' in rule && rule.sameAs
    ? [
        [rule.id, rule.sameAs],
        [rule.sameAs, rule.id],
    ]
    : []));
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/**
 * The findings a user sees: `extra` (ShellCheck's) added, suppressed ones dropped, severities
 * from the config and `# check=error=true` applied, hadolint repeats of BuildKit findings dropped,
 * sorted by line.
 */
function finalizeFindings(result, extra, settings) {
    const { syntax } = result;
    const fileCheck = fileCheckOptions(syntax);
    // Most files carry no pragma: skip looking for them.
    const mayHavePragmas = syntax.text.includes('ignore') || syntax.text.includes('check');
    const { global, perInstruction } = mayHavePragmas ? suppressions(syntax) : { global: new Set(), perInstruction: new Map() };
    const instructionAt = new Map();
    if (perInstruction.size > 0) {
        for (const instruction of syntax.instructions)
            for (let l = instruction.line; l <= instruction.endLine; l++)
                instructionAt.set(l, instruction.index);
    }
    const kept = [];
    for (const finding of [...result.findings, ...extra]) {
        const info = RULES_BY_ID.get(finding.rule) ?? (SHELLCHECK_CODE.test(finding.rule) ? RULES_BY_ID.get('ShellCheck') : undefined);
        const isBuildkit = info?.source === 'buildkit';
        // A rule and its twin (DL3025 / JSONArgsRecommended) are one finding: naming either silences both.
        const twin = TWINS.get(finding.rule);
        const named = (ids) => !!ids && (ids.has(finding.rule) || (twin !== undefined && ids.has(twin)));
        const override = settings.overrides?.[finding.rule];
        if (override === 'off' || (twin !== undefined && settings.overrides?.[twin] === 'off') || named(global))
            continue;
        if (fileCheck && (named(fileCheck.skip) || (isBuildkit && fileCheck.skipAll)))
            continue;
        const local = perInstruction.get(instructionAt.get(finding.line) ?? -1);
        if (local && (named(local.ids) || named(local.check?.skip) || (isBuildkit && local.check?.skipAll)))
            continue;
        let severity = override ?? finding.severity;
        if (isBuildkit && override === undefined && (fileCheck?.error || local?.check?.error))
            severity = 'error';
        kept.push({ ...finding, severity });
    }
    const shown = kept.filter((finding) => {
        const sameAs = RULES_BY_ID.get(finding.rule)?.sameAs;
        return !sameAs || !kept.some((other) => other.rule === sameAs && other.line === finding.line);
    });
    return shown.sort((a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/github/sarif.ts
/**
 * Findings as a SARIF 2.1.0 log that GitHub code scanning accepts (`github/codeql-action/upload-sarif`):
 * one run, the rules that fired as reporting descriptors (from the rule registry; ShellCheck codes
 * get their own), results with workspace-relative locations. Pure: the caller writes the file.
 */

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's scale for the Security tab. */
const SECURITY_SEVERITY = { SecretsUsedInArgOrEnv: '7.5', DL3004: '5.0' };
function descriptor(id, sample) {
    const info = RULES_BY_ID.get(id);
    const shellcheck = info === undefined;
    const message = info?.message ?? sample.message.replace(/^SC\d+: /, '');
    const fix = info?.fix ?? sample.fix;
    const tags = [info?.source ?? 'shellcheck', ...(info?.profiles?.filter((p) => p !== 'none') ?? []), 'dockerfile'];
    return {
        // No `name`: the ids are already readable, and SARIF1001 wants a name to differ from the id.
        id,
        shortDescription: { text: message },
        fullDescription: { text: `${message}. ${fix}` },
        helpUri: info?.docs ?? sample.docs,
        help: { text: fix, markdown: `${fix}\n\n[${id}](${info?.docs ?? sample.docs})` },
        defaultConfiguration: { level: LEVEL[shellcheck ? sample.severity : info.severity] },
        properties: {
            tags,
            precision: 'high',
            ...(SECURITY_SEVERITY[id] ? { 'security-severity': SECURITY_SEVERITY[id] } : {}),
        },
    };
}
function sarifLog(findings, tool) {
    const ids = [...new Set(findings.map((f) => f.rule))].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'image-actions validate',
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: ids.map((id) => descriptor(id, findings.find((f) => f.rule === id))),
                    },
                },
                automationDetails: { id: 'image-actions/validate/' },
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => ({
                    ruleId: finding.rule,
                    ruleIndex: index.get(finding.rule),
                    level: LEVEL[finding.severity],
                    message: { text: `${finding.message}. Fix: ${finding.fix}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: finding.line,
                                    ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
                                },
                            },
                        },
                    ],
                })),
            },
        ],
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/runtime/http-transport.ts
/** node:stream and node:http load at the first request, not at start (the hash's git processes start sooner). */
const streams = () => process.getBuiltinModule('node:stream');

const maxRedirects = 20;
const connectTimeoutMs = 10_000;
const idleTimeoutMs = 300_000;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
/** Dropped when a redirect changes the method to GET (fetch's request-body-header names). */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Dropped when a redirect leaves the origin. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];
/** Node streams handed over by `streamBody`: this transport pipes them as they are. */
const nodeStreams = new WeakMap();
/**
 * A node stream as a request body. This transport pipes the stream itself; any other fetch reads
 * the web stream returned, which pulls from it only when read.
 */
function streamBody(stream) {
    let chunks;
    const web = new ReadableStream({
        async pull(controller) {
            chunks ??= stream[Symbol.asyncIterator]();
            const next = await chunks.next();
            if (next.done)
                controller.close();
            else
                controller.enqueue(next.value);
        },
        cancel: (reason) => void stream.destroy(reason instanceof Error ? reason : undefined),
    }, { highWaterMark: 0 });
    nodeStreams.set(web, stream);
    return web;
}
/** A response body as a node stream: this transport's is the socket's own stream; another fetch's is read through. */
function bodyReadable(body) {
    return body instanceof AnswerBody ? body.take() : streams().Readable.from(body);
}
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
function coded(message, code) {
    return Object.assign(new Error(message), { code });
}
class RawHeaders {
    raw;
    map;
    constructor(raw) {
        this.raw = raw;
    }
    entries() {
        if (!this.map) {
            this.map = new Map();
            for (let i = 0; i + 1 < this.raw.length; i += 2) {
                const name = this.raw[i].toLowerCase();
                const value = this.raw[i + 1];
                const earlier = this.map.get(name);
                this.map.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
            }
        }
        return this.map;
    }
    get(name) {
        return this.entries().get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.entries().has(name.toLowerCase());
    }
}
class AnswerBody {
    message;
    /** What a failure while reading becomes: the signal's reason, or `TypeError('terminated')`. */
    failure;
    used = false;
    constructor(message, failure) {
        this.message = message;
        this.failure = failure;
    }
    take() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
        return this.message;
    }
    async *[Symbol.asyncIterator]() {
        const message = this.take();
        try {
            for await (const chunk of message)
                yield chunk;
        }
        catch (error) {
            throw this.failure(error);
        }
    }
    async cancel() {
        this.used = true;
        // All of it arrived: drain what is buffered and the connection serves the next request.
        if (this.message.complete)
            this.message.resume();
        else
            this.message.destroy();
    }
}
class Answer {
    status;
    statusText;
    headers;
    body;
    constructor(message, method, failure) {
        this.status = message.statusCode ?? 0;
        this.statusText = message.statusMessage ?? '';
        this.headers = new RawHeaders(message.rawHeaders);
        if (hasNoBody(method, this.status)) {
            this.body = null; // drained by `exchange`
        }
        else {
            this.body = new AnswerBody(message, failure);
        }
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    async text() {
        if (!this.body)
            return '';
        const chunks = [];
        for await (const chunk of this.body)
            chunks.push(chunk);
        return new TextDecoder().decode(Buffer.concat(chunks));
    }
}
function requestBody(body, headers) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string') {
        headers['content-type'] ??= 'text/plain;charset=UTF-8';
        return { bytes: Buffer.from(body, 'utf8') };
    }
    if (ArrayBuffer.isView(body))
        return { bytes: body };
    return { stream: nodeStreams.get(body) ?? streams().Readable.from(body) };
}
function hasNoBody(method, status) {
    return method === 'HEAD' || nullBodyStatuses.has(status);
}
function isRedirect(message) {
    return redirectStatuses.has(message.statusCode ?? 0) && message.headers.location !== undefined;
}
/** Lower-case names (fetch's Headers are case-insensitive) and fetch's defaults. */
function requestHeaders(given) {
    const headers = {};
    for (const [name, value] of Object.entries(given ?? {}))
        headers[name.toLowerCase()] = value;
    headers.accept ??= '*/*';
    headers['user-agent'] ??= 'node';
    return headers;
}
/** The default transport (see the top of this file). */
const httpTransport = async (input, init = {}) => {
    let url = new URL(input);
    const signal = init.signal;
    signal?.throwIfAborted();
    let method = (init.method ?? 'GET').toUpperCase();
    const headers = requestHeaders(init.headers);
    let body = requestBody(init.body, headers);
    const follow = init.redirect !== 'manual';
    for (let redirects = 0;; redirects++) {
        const { message, failure } = await exchange(url, method, headers, body, signal, follow);
        const location = message.headers.location;
        if (!follow || !isRedirect(message) || location === undefined)
            return new Answer(message, method, failure);
        if (redirects === maxRedirects)
            throw fetchFailed(new Error('redirect count exceeded'));
        let next;
        try {
            next = new URL(location, url);
        }
        catch (error) {
            throw fetchFailed(error);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
        const status = message.statusCode;
        if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            for (const name of bodyHeaders)
                delete headers[name];
        }
        else if (body && 'stream' in body) {
            throw fetchFailed(new Error(`cannot follow a ${status} redirect with a streamed body: it cannot be sent twice`));
        }
        if (next.origin !== url.origin)
            for (const name of credentialHeaders)
                delete headers[name];
        url = next;
    }
};
/**
 * One request and its answer's head. The signal and the idle limit go on applying while the body
 * is read: `failure` turns what ends the body early into what fetch would throw.
 */
function exchange(url, method, headers, body, signal, follow) {
    return new Promise((resolve, reject) => {
        const secure = url.protocol === 'https:';
        if (!secure && url.protocol !== 'http:') {
            reject(fetchFailed(new Error(`unknown scheme ${url.protocol}`)));
            return;
        }
        if (url.username || url.password) {
            reject(new TypeError(`Request cannot be constructed from a URL that includes credentials: ${url.origin}`));
            return;
        }
        const sent = { ...headers };
        if (body && 'bytes' in body)
            sent['content-length'] = String(body.bytes.byteLength);
        else if (!body && (method === 'POST' || method === 'PUT'))
            sent['content-length'] = '0'; // as fetch does
        const target = (0,external_node_url_.urlToHttpOptions)(url); // no `auth`: a URL with credentials was refused above
        let request;
        try {
            if (secure) {
                // TLS costs ~40 ms to load: only when an https URL is asked for.
                const tls = process.getBuiltinModule('node:https');
                request = tls.request({ ...target, method, headers: sent, agent: tls.globalAgent });
            }
            else {
                const { request: send, globalAgent } = process.getBuiltinModule('node:http');
                request = send({ ...target, method, headers: sent, agent: globalAgent });
            }
        }
        catch (error) {
            reject(fetchFailed(error)); // an invalid header name or value
            return;
        }
        let answered;
        let connectTimer;
        const failure = (error) => (signal?.aborted ? signal.reason : new TypeError('terminated', { cause: error }));
        const onAbort = () => {
            request.destroy(signal?.reason);
            answered?.destroy(signal?.reason);
        };
        const done = () => {
            clearTimeout(connectTimer);
            signal?.removeEventListener('abort', onAbort);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        request.on('socket', (socket) => {
            if (!socket.connecting)
                return;
            connectTimer = setTimeout(() => request.destroy(coded('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')), connectTimeoutMs);
            connectTimer.unref();
            socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
        });
        request.setTimeout(idleTimeoutMs, () => {
            if (answered)
                answered.destroy(coded('Body Timeout Error', 'UND_ERR_BODY_TIMEOUT'));
            else
                request.destroy(coded('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT'));
        });
        // A body stream that fails aborts the request: fail with the stream's error, as fetch does.
        let bodyFailure;
        if (body && 'stream' in body)
            body.stream.once('error', (error) => (bodyFailure ??= { error }));
        request.on('error', (error) => {
            if (answered)
                return; // the body's reader sees it
            done();
            reject(signal?.aborted ? signal.reason : fetchFailed(bodyFailure ? bodyFailure.error : error));
        });
        request.on('response', (message) => {
            answered = message;
            clearTimeout(connectTimer);
            message.once('close', done);
            // Nothing to read (HEAD, 204, a redirect to follow): drain it now, so the connection is free
            // again before the caller's next request (a drain started later would miss it).
            if (hasNoBody(method, message.statusCode ?? 0) || (follow && isRedirect(message)))
                message.resume();
            resolve({ message, failure });
        });
        if (!body)
            request.end();
        else if ('bytes' in body)
            request.end(body.bytes);
        else
            streams().pipeline(body.stream, request, () => undefined); // a failure on either side destroys both
    });
}

;// CONCATENATED MODULE: ./src/runtime/stream-memory.ts
/**
 * Memory reuse for large streamed bodies (a blob copy): see `streamedBytes`. Its own file because
 * it changes a V8 flag at run time, as large-tree.ts does for hashing, and only a blob copy needs it.
 */
let collect;
let sinceCollect = 0;
/**
 * Counts bytes streamed through node:http (a blob copy) and collects V8's young generation every
 * 2 MiB of them. Every socket read of a large body allocates fresh 64 KiB buffers outside the JS
 * heap (the read, and the parser's copy of the body), and V8 frees them only when it next
 * collects, which a heap that hardly grows seldom does: a 111 MB copy then touches about 100 MB of
 * new memory, and first touches are what cost on a VM (page faults: reading 111 MB with
 * node:http took ~0.75 s of CPU in a fresh process here, ~0.2 s with these collections). A minor
 * collection (about a millisecond) frees what was written out since the last one, and the
 * allocator hands the same memory out again. `gc` comes from a context made after `--expose-gc`
 * is set; where that fails, nothing is collected early.
 */
function streamedBytes(bytes) {
    sinceCollect += bytes;
    if (sinceCollect < 2 << 20)
        return;
    sinceCollect = 0;
    if (collect === undefined) {
        try {
            process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
            collect = process.getBuiltinModule('node:vm').runInNewContext('gc');
        }
        catch {
            collect = null;
        }
    }
    collect?.({ type: 'minor' });
}

;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 \u00a711.6.1): one or more challenges, each a scheme followed by
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
            // `, name=` continues this challenge; `, Scheme \u2026` starts the next one.
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

;// CONCATENATED MODULE: ./src/runtime/concurrency.ts
/**
 * Bounded concurrency, the two shapes the toolkit needs: a limiter that tasks pass through one by
 * one as they come (plan: hashes and registry lookups), and a fixed list worked through in lanes
 * (blob copies and uploads); and reading the results of work started together, in a fixed order.
 */
/** Runs tasks with at most `limit` of them in flight. */
function limiter(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
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
 * The value of one of `Promise.allSettled`'s results, or its error: reading them in a fixed order
 * reports the first failure by that order, not by which answer came back first.
 */
function settledValue(result) {
    if (result.status === 'rejected')
        throw result.reason;
    return result.value;
}

// EXTERNAL MODULE: ./node_modules/@noble/hashes/legacy.js
var legacy = __webpack_require__(7301);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/sha2.js + 1 modules
var sha2 = __webpack_require__(8037);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/utils.js
var utils = __webpack_require__(2565);
;// CONCATENATED MODULE: ./src/core/digest.ts
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
const inJavaScript = { sha1: legacy/* sha1 */.e8, sha256: sha2/* sha256 */.sc };
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
class digest_IncrementalHash {
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
        return (0,utils/* bytesToHex */.My)(hash.digest());
    }
}
/** The hex digest of `data` in one call (strings as UTF-8). */
function hashHex(algorithm, data) {
    const bytes = bytesOf(data);
    if (!inJavaScriptBudget(bytes.length))
        return nodeCrypto().hash(algorithm, bytes);
    return (0,utils/* bytesToHex */.My)(inJavaScript[algorithm](bytes));
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

;// CONCATENATED MODULE: ./src/core/retry.ts
/**
 * When to retry an HTTP call, and how long to wait: one pure module for every client (registry,
 * catalog, Databricks, DataWorks). The clock and the random source come in as arguments so the
 * decisions can be tested as tables; each client keeps its own defaults (a small RetryPolicy
 * constant next to it) and wording, and runs the one loop in runtime/retry.ts.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx, connection-level failures. Never any other
 * 4xx by default: a 401 or 404 will not change by asking again. Bounded by attempts AND elapsed
 * time, whichever comes first.
 */
/** 429 and 5xx except 501/505, which no retry will change. */
const transientStatuses = { also: [], except: [501, 505] };
function isRetryableStatus(status, statuses = transientStatuses) {
    if (statuses.except.includes(status))
        return false;
    return status === 429 || (status >= 500 && status <= 599) || statuses.also.includes(status);
}
const transientCodes = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** The innermost `code` / message of an error chain (`fetch failed` \u2192 cause \u2192 cause). */
function errorChain(error) {
    const chain = [];
    let current = error;
    for (let depth = 0; current && depth < 6; depth++) {
        if (typeof current !== 'object') {
            chain.push({ message: String(current) });
            break;
        }
        const { code, name, message, cause } = current;
        chain.push({
            ...(typeof code === 'string' ? { code } : {}),
            ...(typeof name === 'string' ? { name } : {}),
            message: typeof message === 'string' ? message : '',
        });
        current = cause;
    }
    return chain;
}
/** A dropped connection or a timeout: worth another attempt. Refused/unknown hosts are not (they will not heal in seconds). */
function isTransientNetworkError(error) {
    return errorChain(error).some((link) => (link.code !== undefined && transientCodes.has(link.code)) ||
        link.name === 'TimeoutError' ||
        /socket hang up|other side closed|terminated/i.test(link.message));
}
/** `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * Exponential backoff: step = min(maxDelay, base\u00b72^(attempt-1)), spread by the policy's jitter
 * (`equal`: floor of [step/2, step); `full`: round of [0, step]).
 */
function backoffDelay(attempt, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return policy.jitter === 'full' ? Math.round(random * step) : Math.floor(step / 2 + (random * step) / 2);
}
/** The wait before the next attempt: the server's `Retry-After` (as the policy honours it) or our own backoff. */
function retryDelay(attempt, retryAfterMs, policy, random) {
    if (retryAfterMs === undefined)
        return backoffDelay(attempt, policy, random);
    switch (policy.retryAfter ?? 'exact') {
        case 'capped':
            return Math.min(retryAfterMs, policy.maxDelayMs);
        case 'jittered':
            return retryAfterMs + Math.floor(random * policy.baseDelayMs);
        case 'exact':
            return retryAfterMs;
    }
}
/** The default wording of a stop, for messages: `gave up after 5 attempts in 12 s`. */
function explainStop(stop) {
    switch (stop.kind) {
        case 'status':
            return `HTTP ${stop.status} is not retryable`;
        case 'network':
            return 'not a transient network error';
        case 'attempts':
            return `gave up after ${stop.attempt} attempts`;
        case 'time':
            return stop.retryAfterMs !== undefined
                ? `${stop.server} asked to wait ${Math.ceil(stop.retryAfterMs / 1000)} s, beyond the ${Math.round(stop.budgetMs / 1000)} s retry budget`
                : `gave up after ${stop.attempt} attempts in ${Math.round(stop.elapsedMs / 1000)} s`;
    }
}
/** After a failed attempt: wait `delayMs` and try again, or stop and say why. */
function retryDecision(input, explain = explainStop) {
    const { attempt, outcome, elapsedMs, policy } = input;
    if ('error' in outcome) {
        if ((policy.networkErrors ?? 'transient') === 'transient' && !isTransientNetworkError(outcome.error))
            return { retry: false, reason: explain({ kind: 'network' }) };
    }
    else if (!(outcome.retryable ?? isRetryableStatus(outcome.status, policy.statuses))) {
        return { retry: false, reason: explain({ kind: 'status', status: outcome.status }) };
    }
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: explain({ kind: 'attempts', attempt }) };
    const retryAfterMs = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
    const delayMs = retryDelay(attempt, retryAfterMs, policy, input.random);
    if (elapsedMs + delayMs > policy.maxElapsedMs) {
        const server = input.server ?? 'the server';
        return {
            retry: false,
            reason: explain({
                kind: 'time',
                attempt,
                elapsedMs,
                budgetMs: policy.maxElapsedMs,
                server,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            }),
        };
    }
    return { retry: true, delayMs };
}

;// CONCATENATED MODULE: ./src/registry/errors.ts
/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */


class RegistryError extends errors_StepError {
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
/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"\u2026"}]}`. */
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
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: isRetryableStatus(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = errorChain(error);
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
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: isTransientNetworkError(error) });
}

;// CONCATENATED MODULE: ./src/registry/media-types.ts
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

;// CONCATENATED MODULE: ./src/runtime/retry.ts
/**
 * The one retry loop of every HTTP client (registry, catalog, Databricks, DataWorks): try, ask the
 * pure decision in core/retry.ts, wait or stop. Clients keep their own policy and wording; the
 * clock, the sleep and the randomness are seams tests replace (they record delays instead of waiting).
 */

const realRetrySeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: () => performance.now(),
};
/** A client's policy, the real seams, then the caller's overrides (a test's sleep, a smaller budget). */
function withRetryDefaults(defaults, overrides = {}) {
    return { ...defaults, ...realRetrySeams, ...overrides };
}
async function retryLoop(options, attempt) {
    const { policy } = options;
    const started = policy.now();
    for (let count = 1;; count++) {
        const result = await attempt(count);
        if ('done' in result)
            return result.done;
        const decision = retryDecision({
            attempt: count,
            outcome: result.failed,
            elapsedMs: policy.now() - started,
            policy,
            random: policy.random(),
            nowMs: Date.now(),
            ...(options.server ? { server: options.server } : {}),
        }, options.explain ?? explainStop);
        if (!decision.retry)
            return result.giveUp(decision.reason, count);
        await result.discard?.();
        options.onRetry?.({ attempt: count, delayMs: decision.delayMs, reason: result.reason });
        await policy.sleep(decision.delayMs);
    }
}

;// CONCATENATED MODULE: ./src/registry/copy.ts







function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function copy_transient(error) {
    if (error instanceof RegistryError)
        return error.transient;
    return error instanceof DigestMismatchError || isTransientNetworkError(error);
}
/**
 * One blob into `dst`: mounted when the source names another repository of the same registry,
 * else skipped if present (HEAD), else uploaded. The mount is asked first, without a HEAD: a
 * registry answers 201 whether the blob was there already or is mounted now, so one request
 * settles the blob either way. A failed upload (dropped connection, 5xx mid-upload, digest
 * mismatch) restarts the whole blob with a fresh upload session, bounded by the client's retry
 * policy. A mount the registry refuses outright (401/403/404: no pull on the other repository)
 * falls back to a plain upload; a mount it declines (202: no mounts, as ECR) hands over its
 * session for the upload, unless a HEAD then finds the blob there already.
 */
async function pushBlob(client, dst, descriptor, source) {
    let uploadUrl;
    if (source.mountFrom && sameRegistry(source.mountFrom, dst) && source.mountFrom.repository !== dst.repository) {
        try {
            const mount = await client.mountBlob(dst, source.mountFrom, descriptor.digest);
            if (mount.mounted)
                return 'mounted';
            uploadUrl = mount.uploadUrl;
        }
        catch (error) {
            if (!(error instanceof RegistryError) || error.transient || error.status === undefined)
                throw error;
            client.http.options.log(`blob ${descriptor.digest}: no mount from ${source.mountFrom.repository} (${error.message}); uploading it`);
        }
    }
    if (await client.headBlob(dst, descriptor.digest)) {
        if (uploadUrl)
            await client.cancelUpload(dst, uploadUrl);
        return 'exists';
    }
    const fail = (error, gaveUp) => {
        if (error instanceof RegistryError) {
            if (gaveUp)
                error.message = `${error.message} (${source.action}: ${gaveUp})`;
            throw error;
        }
        if (error instanceof DigestMismatchError) {
            throw new RegistryError(`${error.message} (${source.action}${gaveUp ? `; ${gaveUp}` : ''})`, source.registry, source.repository, undefined, 'DIGEST_INVALID', { cause: error });
        }
        throw networkError(error, { registry: source.registry, repository: source.repository, action: source.action, ...(gaveUp ? { gaveUp } : {}) }, 'http');
    };
    const options = client.http.retryOptions(({ delayMs, reason }) => client.http.options.notice(`blob ${descriptor.digest}: ${reason}; restarting its upload in ${delayMs} ms`));
    return retryLoop(options, async (attempt) => {
        if (attempt > 1 && (await client.headBlob(dst, descriptor.digest)))
            return { done: 'exists' }; // the failed attempt may have completed after all
        try {
            await client.uploadBlob(dst, descriptor, await source.open(), uploadUrl);
            return { done: 'uploaded' };
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
/** One blob into `dst`: skipped if present, mounted within a registry, else streamed from `src`. */
async function copyBlob(client, src, dst, descriptor) {
    if (descriptor.urls?.length)
        return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
    const outcome = await pushBlob(client, dst, descriptor, {
        open: () => client.openBlob(src, descriptor),
        ...(sameRegistry(src, dst) ? { mountFrom: src } : {}),
        registry: src.registry,
        repository: src.repository,
        action: `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`,
    });
    return outcome === 'uploaded' ? 'copied' : outcome;
}
/**
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
async function copyImage(client, srcInput, dstInput, options = {}) {
    const src = typeof srcInput === 'string' ? parseImageRef(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? parseImageRef(dstInput) : dstInput;
    const result = {
        digest: '',
        mediaType: '',
        image: '',
        blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 },
        bytesCopied: 0,
        manifests: 0,
    };
    const concurrency = options.concurrency ?? 3;
    const top = options.manifest ?? (await client.getManifest(src));
    if (dst.digest && dst.digest !== top.digest) {
        throw new RegistryError(`Cannot copy ${formatImageRef(src)} (digest ${top.digest}) to ${formatImageRef(dst)}: the digests differ`, dst.registry, dst.repository);
    }
    const copyTree = async (manifest, ref) => {
        if (isIndexMediaType(manifest.mediaType)) {
            for (const child of manifest.manifest.manifests ?? []) {
                if (await client.headManifest(withDigest(dst, child.digest)))
                    continue;
                const fetched = await client.getManifest(withDigest(ref, child.digest));
                await copyTree(fetched, ref);
                await client.putManifest(withDigest(dst, fetched.digest), fetched);
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
    const digest = await client.putManifest(dst.tag ? withTag(dst, dst.tag) : withDigest(dst, top.digest), top);
    result.manifests++;
    if (digest !== top.digest) {
        throw new RegistryError(`The copy of ${formatImageRef(src)} at ${formatImageRef(dst)} has digest ${digest}, not ${top.digest}`, dst.registry, dst.repository);
    }
    return { ...result, digest, mediaType: top.mediaType, image: formatImageRef(withDigest(dst, digest)) };
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */




const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
const dockerHubConfigKey = 'https://index.docker.io/v1/';
/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` \u2192 `ghcr.io`. */
function configKeyHost(key) {
    return (key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '');
}
function credentials_sameRegistry(registry, key) {
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
function explicitCredentials(entries, mask = setSecret) {
    const masked = entries.map((entry) => maskCredential({ username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' }, mask));
    return async (registry) => {
        const index = entries.findIndex((entry) => credentials_sameRegistry(registry, entry.registry));
        return index === -1 ? undefined : masked[index];
    };
}
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || external_node_path_default().join((0,external_node_os_.homedir)(), '.docker');
}
/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
function dockerConfigCredentials(options = {}) {
    const mask = options.mask ?? setSecret;
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
    const file = external_node_path_default().join(configDir, 'config.json');
    let config;
    try {
        config = JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`Cannot read Docker credentials from ${file}: ${error.message}`, { cause: error });
    }
    const isHub = dockerHubAliases.has(registry.toLowerCase());
    const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => credentials_sameRegistry(registry, key));
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
        Object.keys(auths).find((key) => credentials_sameRegistry(registry, key));
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
    const exec = options.exec ?? new SpawnRunner();
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
            if (error instanceof CommandNotFoundError)
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
    const mask = options.mask ?? setSecret;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/core/registry-hosts.ts
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
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.split('.')[0] === '127';
    if ((0,external_node_net_.isIP)(host) === 6)
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
        const family = (0,external_node_net_.isIP)(base);
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || (0,external_node_net_.isIP)(host) !== family)
            return false;
        const list = new external_node_net_.BlockList();
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
        if (sendsSecret && realmUrl.protocol !== 'https:' && !isInsecureRegistry(realmUrl.host, this.options.insecureRegistries)) {
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

;// CONCATENATED MODULE: ./src/runtime/redact.ts
/**
 * Replaces every known secret in `text` with `***`, longest first so a secret that contains
 * another is hidden whole. For messages built from server answers: a server that echoes a
 * request must not make us print a credential.
 */
function redact(text, secrets) {
    let result = text;
    for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('***');
    }
    return result;
}

;// CONCATENATED MODULE: ./src/registry/http.ts








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
        return `${registryScheme(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
    }
    /** Removes every secret we know of from a text (belt and braces for messages built from server answers). */
    redact(text) {
        return redact(text, this.secrets);
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
        const options = this.retryOptions(({ attempt, delayMs, reason }) => this.options.notice(`${request.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`));
        return retryLoop(options, async (attempt) => {
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
            if (!retry || !isRetryableStatus(status))
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
                ...(request.body instanceof Uint8Array
                    ? { body: request.body }
                    : request.body
                        ? { body: streamBody(request.body), duplex: 'half' }
                        : {}),
                redirect: 'follow',
                ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
            });
            this.options.log(`${request.method} ${loggable(url)} \u2192 ${response.status} (${Math.round(this.options.now() - started)} ms)`);
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
        const options = this.retryOptions(({ delayMs, reason }) => this.options.notice(`${init.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms`));
        return retryLoop(options, async () => {
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
                this.options.log(`${init.method} ${loggable(url)} \u2192 ${response.status}`);
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
            if (!isRetryableStatus(result.status))
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
    return q === -1 ? url : `${url.slice(0, q)}?\u2026`;
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

;// CONCATENATED MODULE: ./src/registry/platform.ts
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
    return images.find((descriptor) => descriptor.platform && samePlatform(descriptor.platform, wanted));
}

;// CONCATENATED MODULE: ./src/registry/client.ts














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
    return typeof ref === 'string' ? parseImageRef(ref) : ref;
}
function target(ref) {
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
const pull = (ref) => [repositoryScope(ref.repository, ['pull'])];
const pushPull = (ref) => [repositoryScope(ref.repository, ['pull', 'push'])];
/** One PATCH of an upload session: never retried on its own (a body cannot be sent twice), no time limit. */
function blobPatch(to, path, body, headers, action) {
    return {
        target: target(to),
        scopes: pushPull(to),
        retry: false,
        read: 'bytes',
        method: 'PATCH',
        path,
        headers: { 'content-type': 'application/octet-stream', ...headers },
        body,
        action,
        timeoutMs: null,
    };
}
class RegistryClient {
    http;
    apiConfirmed = new Set();
    monolithicMax;
    chunkBytes;
    uploadMode;
    constructor(options = {}) {
        this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
        this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
        this.uploadMode = options.uploadMode ?? 'chunks';
        this.http = new RegistryHttp({
            fetch: options.fetch ?? httpTransport,
            credentials: options.credentials ?? dockerConfigCredentials(options.mask ? { mask: options.mask } : {}),
            insecureRegistries: options.insecureRegistries ?? [],
            policy: { ...defaultRetryPolicy, ...options.retry },
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now: options.now ?? (() => performance.now()),
            log: options.log ?? ((line) => debug(line)),
            notice: options.notice ?? options.log ?? ((line) => info(line)),
            mask: options.mask ?? ((secret) => setSecret(secret)),
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
                ? parseImageRef(registry)
                : { registry, apiHost: apiHostOf(registry) };
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
     * Settles ahead of time how pulls from `repo` are authorized: learns the registry's challenge and
     * fetches the pull token (a GET of /v2/ with the repository's pull scope, which also confirms the
     * registry API), so that a later request on `repo` goes out once, with its credentials. The build
     * runs it while it hashes: on a registry with tokens (GHCR, Docker Hub, ECR) the existence check
     * after hashing is then one round trip instead of three. Failures are left to the request that
     * needs the answer: this one reports nothing.
     */
    async prepareToPull(repo) {
        const request = {
            target: target(repo),
            method: 'GET',
            path: '',
            scopes: pull(repo),
            action: `checking the registry API (/v2/) for ${repo.repository}`,
            read: 'bytes',
            maxBytes: 1 << 20,
        };
        try {
            const result = await this.http.send(request);
            if (result.response.status === 200)
                this.apiConfirmed.add(repo.apiHost);
        }
        catch {
            // Unreachable, refused, no credentials: the existence check says so in its own words.
        }
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
            path: `${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: manifestAccept },
            scopes: pull(ref),
            action: `checking whether ${formatImageRef(ref)} exists`,
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
        return { digest, mediaType: bareMediaType(headers.get('content-type')), size: length === null ? undefined : Number(length) };
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
            path: `${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: manifestAccept },
            scopes: pull(ref),
            action: `reading the manifest of ${formatImageRef(ref)}`,
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
            throw new RegistryError(`The manifest of ${formatImageRef(ref)} is not JSON`, ref.registry, ref.repository, 200);
        }
        if (manifest.schemaVersion !== 2) {
            throw new RegistryError(`${formatImageRef(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`, ref.registry, ref.repository, 200);
        }
        const header = bareMediaType(result.response.headers.get('content-type'));
        const mediaType = isIndexMediaType(header) || isImageManifestMediaType(header)
            ? header
            : typeof manifest.mediaType === 'string' && manifest.mediaType
                ? manifest.mediaType
                : Array.isArray(manifest.manifests)
                    ? MediaTypes.ociIndex
                    : MediaTypes.ociManifest;
        return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    verifyDigest(ref, bytes, expected, claimed, what) {
        const algorithm = (expected && digestAlgorithm(expected)) || 'sha256';
        const actual = computeDigest(bytes, algorithm);
        for (const want of [expected, claimed && digestAlgorithm(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new RegistryError(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : sha256Digest(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = sha256Digest(manifest.bytes);
        if (ref.digest && ref.digest !== digest && !ref.tag) {
            throw new RegistryError(`Cannot put a manifest whose digest is ${digest} under ${formatImageRef(ref)}`, ref.registry, ref.repository);
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
            await this.putManifest(withTag(ref, tag), source);
        return { digest: source.digest, tags: [...tags] };
    }
    /** The digest a reference points at now; a reference pinned by digest is returned as is (no request). */
    async resolveDigest(refInput) {
        const ref = toImageRef(refInput);
        if (ref.digest)
            return ref.digest;
        const head = await this.headManifest(ref);
        if (!head) {
            throw new RegistryError(`${formatImageRef(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`, ref.registry, ref.repository, 404);
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
        const verify = verifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`);
        const body = result.response.body;
        // The socket's own stream straight into the hash: a failure on either side ends both.
        if (body)
            return process.getBuiltinModule('node:stream').pipeline(bodyReadable(body), verify, () => undefined);
        return verify.end();
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
     * (never more than one chunk in memory) or one streamed PATCH (`uploadMode: 'stream'`), and a
     * closing PUT with the digest. A stream that fails (digest or size mismatch, source dropped)
     * aborts before the closing PUT, so nothing is committed.
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
            url =
                this.uploadMode === 'stream'
                    ? await this.streamedPatch(to, descriptor, source, url)
                    : await this.chunkedPatches(to, descriptor, source, url);
            await this.ok({
                ...base,
                method: 'PUT',
                path: withQuery(url, 'digest', descriptor.digest),
                action: `completing the upload of blob ${descriptor.digest}`,
            }, [201]);
        }
        catch (error) {
            source.destroy();
            await this.cancelUpload(to, url);
            throw error;
        }
    }
    /** Best effort: let the registry drop a half-written session now rather than at its GC. */
    async cancelUpload(to, url) {
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
    }
    /**
     * The whole blob in one PATCH, sent as it is read, with its length (as skopeo sends it: no chunk
     * framing for either side to write or parse); returns the upload URL to close. The answer counts
     * only once the source has ended cleanly: with the length known, a registry may answer as soon as
     * the last byte arrives, before the digest check at the end of the source has spoken. A failure of
     * the source (digest or size mismatch, a dropped download) is thrown as itself, as in chunked
     * mode, not as the aborted upload it causes.
     */
    async streamedPatch(to, descriptor, source, url) {
        const stats = this.http.stats;
        let sourceFailure;
        source.once('error', (error) => (sourceFailure = { error }));
        // node:stream loads with the first blob, not at start.
        const { pipeline, Transform, promises } = process.getBuiltinModule('node:stream');
        const counted = new Transform({
            transform(chunk, _encoding, callback) {
                stats.blobBytesUploaded += chunk.byteLength;
                streamedBytes(chunk.byteLength);
                callback(null, chunk);
            },
        });
        const body = pipeline(source, counted, () => undefined);
        const request = blobPatch(to, url, body, { 'content-length': String(descriptor.size) }, `uploading blob ${descriptor.digest} (${descriptor.size} bytes, streamed)`);
        try {
            const [result] = await Promise.all([this.ok(request, [202]), promises.finished(body)]);
            return this.location(result, request);
        }
        catch (error) {
            body.destroy();
            throw sourceFailure ? sourceFailure.error : error;
        }
    }
    /** PATCHes of `uploadChunkBytes` with their Content-Range, one after another; returns the upload URL to close. */
    async chunkedPatches(to, descriptor, source, url) {
        let offset = 0;
        let next = url;
        for await (const chunk of fixedChunks(source, this.chunkBytes)) {
            const range = `${offset}-${offset + chunk.byteLength - 1}`;
            const request = blobPatch(to, next, chunk, { 'content-range': range }, `uploading blob ${descriptor.digest} (bytes ${range})`);
            this.http.stats.blobBytesUploaded += chunk.byteLength;
            streamedBytes(chunk.byteLength);
            next = this.location(await this.ok(request, [202]), request);
            offset += chunk.byteLength;
        }
        return next;
    }
    /**
     * Proves the credentials may push to `to` without writing anything: opens a blob upload session
     * and cancels it. A 401/403 fails here, before anything moved.
     */
    async checkPushAccess(to) {
        const url = await this.startUpload(to, `checking push access to ${to.registry}/${to.repository}`);
        await this.cancelUpload(to, url);
    }
    async startUpload(to, action = 'starting a blob upload') {
        const request = {
            target: target(to),
            method: 'POST',
            path: `${to.repository}/blobs/uploads/`,
            scopes: pushPull(to),
            action,
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
        if (isIndexMediaType(top.mediaType)) {
            const entries = top.manifest.manifests ?? [];
            const entry = selectManifest(entries, platform);
            if (!entry) {
                const available = entries.filter((e) => !isAttestation(e) && e.platform).map((e) => formatPlatform(e.platform));
                throw new RegistryError(`${formatImageRef(ref)} has no ${platform ? formatPlatform(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
            }
            fetched = await this.getManifest(withDigest(ref, entry.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest) {
            throw new RegistryError(`${formatImageRef(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
        }
        return { ...manifest, digest: fetched.digest };
    }
    /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
    async imagePlatforms(refInput) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        if (!isIndexMediaType(top.mediaType)) {
            const manifest = top.manifest;
            return [configPlatform(await this.readConfig(ref, manifest.config))];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if (isAttestation(entry))
                continue;
            if (entry.platform) {
                platforms.push(canonicalPlatform(entry.platform));
            }
            else if (isImageManifestMediaType(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest(withDigest(ref, entry.digest));
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
    return canonicalPlatform({
        os: config.os ?? 'unknown',
        architecture: config.architecture ?? 'unknown',
        ...(config.variant ? { variant: config.variant } : {}),
    });
}
/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url, name, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

;// CONCATENATED MODULE: ./src/registry/login.ts
/**
 * How a step logs in to registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to a builder as an auth file that only
 * lives for the build.
 */





function makeRegistryClient(login, insecureRegistries, options = {}) {
    const logins = login === undefined ? [] : 'registry' in login ? [login] : login;
    const explicit = logins.map((entry) => ({
        registry: entry.registry,
        username: entry.username,
        password: entry.password,
        source: entry.source ?? 'registry-username/registry-password',
    }));
    // The same mask for the credentials as for the client (the CLI keeps stdout free of workflow commands).
    const credentials = defaultCredentials(explicit, options.mask ? { mask: options.mask } : {});
    return new RegistryClient({ credentials, insecureRegistries, ...options });
}
/**
 * The login as a `{"auths": \u2026}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || tmpdir();
    mkdirSync(base, { recursive: true });
    const dir = mkdtempSync(path.join(base, 'image-actions-auth-')); // mode 0700, a fresh name
    const file = path.join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    writeFileSync(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
/** The logins of a `{"auths": \u2026}` file (writeAuthFile's, or one in that shape): entries with a user and password. */
function readAuthFile(file) {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const logins = [];
    for (const [registry, entry] of Object.entries(config.auths ?? {})) {
        const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        if (colon > 0)
            logins.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: file });
    }
    return logins;
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

// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
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
function treeDigest(entries, packed) {
    const sorted = isSorted(entries) ? entries : sortEntries([...entries]);
    if (packed && packed.chosen.length > 0) {
        const hash = new digest_IncrementalHash('sha256');
        hashWithPacked(sorted, packed, hash);
        return `sha256:${hash.digest('hex')}`;
    }
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = new digest_IncrementalHash('sha256');
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
    return sha256Hex(canonicalJson(definition));
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
        dockerfile: sha256Digest(parts.dockerfileBytes),
        context: treeDigest(parts.entries, parts.packed),
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
        const check = verifyManifest(manifest);
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
class context_filter_ContextFilter {
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

;// CONCATENATED MODULE: ./src/core/dockerignore/ignore-file.ts
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
    return new errors_InputError('context', `cannot read '${relative}' (${code})`, 'Make it readable, or exclude it in .dockerignore');
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
            if (error instanceof BadPatternError) {
                throw new errors_InputError('context', `${this.ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
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
            throw new errors_InputError('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
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
            throw new errors_StepError(`'${relative}' changed while the context was being read; run the step again`);
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
            throw new errors_StepError(`'${relative}' changed while the context was being read; run the step again`);
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
const mainThreadHashing = { hash: hashHex, createHash: (algorithm) => new digest_IncrementalHash(algorithm) };
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
        return new errors_StepError(`'${relative}' became ${problem.message} while the context was being hashed; run the step again`);
    if (['ECHANGED', 'ELOOP', 'ENOENT'].includes(problem.code)) {
        return new errors_StepError(`'${relative}' changed while the context was being hashed; run the step again when nothing writes to the context`);
    }
    return new errors_InputError('context', `cannot read '${relative}' (${problem.code})`, 'Make it readable, or exclude it in .dockerignore');
}
function errorCode(error) {
    return error.code ?? 'error';
}
function readDockerfile(file) {
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        if (!stats.isFile())
            throw new errors_InputError('dockerfile', `'${file}' is not a file`, 'Point dockerfile at the Dockerfile itself');
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        if (error instanceof errors_InputError)
            throw error;
        if (errorCode(error) === 'ENOENT')
            throw new errors_InputError('dockerfile', `'${file}' does not exist`, 'Create it, or set dockerfile to the path of your Dockerfile');
        throw new errors_InputError('dockerfile', `cannot read '${file}' (${errorCode(error)})`, 'Make the Dockerfile readable');
    }
}
function checkContext(dir) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(dir);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            throw new errors_InputError('context', `'${dir}' does not exist`, 'Set context to an existing folder (relative to the workspace)');
        throw new errors_InputError('context', `cannot read '${dir}' (${errorCode(error)})`, 'Make the context folder readable');
    }
    if (!stats.isDirectory())
        throw new errors_InputError('context', `'${dir}' is not a folder`, 'Set context to the folder Docker builds from');
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
            throw new errors_InputError('context', `cannot read ${candidate.label} (${errorCode(error)})`, 'Make the ignore file readable');
        }
        try {
            const patterns = readIgnorePatterns(text);
            new context_filter_ContextFilter(patterns); // throws on a pattern Docker rejects
            return { label: candidate.label, patterns };
        }
        catch (error) {
            const problem = error instanceof BadPatternError ? error.message : error instanceof Error ? error.message : String(error);
            throw new errors_InputError('context', `${candidate.label}: ${problem}`, 'Fix the pattern; docker build rejects it too');
        }
    }
    return { label: null, patterns: [] };
}
async function resolveImages(refs, resolveBase) {
    return Promise.all(refs.map(async (ref) => {
        const pinned = parseImageRef(ref).digest;
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
    const scanner = new ContextScanner(contextDir, new context_filter_ContextFilter(context.patterns), ignoreFile ?? '.dockerignore', (relative) => {
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
    const platforms = normalizePlatforms(options.platforms ?? []);
    const buildArgs = options.buildArgs ?? {};
    // BuildKit drops a UTF-8 byte order mark before parsing; the hash keeps the bytes as they are.
    const dockerfileText = dockerfileBytes.toString('utf8').replace(/^\uFEFF/, '');
    const images = dockerfileImages(dockerfileText, { buildArgs, target: options.target ?? '', platforms, buildPlatform: hostPlatform() });
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

;// CONCATENATED MODULE: ./src/validate/rebuilds.ts
/**
 * Why a pull request rebuilds an image: the build definition of each touched image computed at
 * the PR's base (a `git worktree` of the merge base) and at its head, and the difference put in
 * words by core/explain.ts ("rebuilds ml-runtime: `requirements.txt` changed"). Images are hashed
 * as written on both sides: resolving tags now would give both sides the same digests, so a moved
 * tag cannot show here (the build step sees it).
 */






function definitionOptions(unit, root, workspace) {
    const rebase = (file) => external_node_path_default().join(root, external_node_path_default().relative(workspace, file));
    return {
        contextDir: rebase(unit.context),
        dockerfile: rebase(unit.dockerfile),
        buildArgs: unit.build.buildArgs,
        target: unit.build.target,
        platforms: unit.build.platforms.length > 0 ? unit.build.platforms : ['linux/amd64'],
        secrets: unit.build.secrets,
        labels: unit.build.labels,
        workers: 1,
    };
}
/** Explains every unit; the worktree of `base` is made here and removed before returning. */
async function explainRebuilds(units, git, base, workspace) {
    const hashable = units.filter((unit) => unit.hashable);
    if (hashable.length === 0)
        return [];
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'image-actions-base-'));
    const worktree = external_node_path_default().join(scratch, 'base');
    try {
        await git.run(['worktree', 'add', '--detach', '--quiet', worktree, base]);
        const out = [];
        for (const unit of hashable) {
            const headOptions = definitionOptions(unit, workspace, workspace);
            const baseOptions = definitionOptions(unit, worktree, workspace);
            try {
                if (!(0,external_node_fs_.existsSync)(baseOptions.dockerfile) || !(0,external_node_fs_.existsSync)(baseOptions.contextDir)) {
                    out.push({
                        name: unit.name,
                        file: unit.file,
                        outcome: 'new',
                        summary: `builds ${unit.name} for the first time: its Dockerfile is new`,
                        details: [],
                    });
                    continue;
                }
                const [before, after] = [await computeBuildDefinition(baseOptions), await computeBuildDefinition(headOptions)];
                const explanation = explainDifference(before.manifest, after.manifest);
                out.push({
                    name: unit.name,
                    file: unit.file,
                    outcome: explanation.same ? 'same' : 'rebuilds',
                    summary: explanation.same
                        ? `${unit.name}: same build definition (${after.tag}), nothing to rebuild`
                        : `rebuilds ${unit.name}: ${explanation.summary.replace(/^Rebuilt because /, '').replace(/\.$/, '')}`,
                    details: explanation.details,
                });
            }
            catch (error) {
                out.push({
                    name: unit.name,
                    file: unit.file,
                    outcome: 'unknown',
                    summary: `${unit.name}: cannot tell (${errorMessage(error)})`,
                    details: [],
                });
            }
        }
        return out;
    }
    finally {
        await git.run(['worktree', 'remove', '--force', worktree]).catch(() => undefined);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        await git.run(['worktree', 'prune']).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
function lists_parseKeyValueLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new errors_InputError(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
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

;// CONCATENATED MODULE: ./src/plan/images-file.ts
/**
 * `images.yaml`: the image definitions of a monorepo, one entry per image, read and validated with
 * a JSON Schema (ajv) so every mistake comes back as one line naming the entry and the field.
 *
 * ```yaml
 * images:
 *   - name: api                     # unique; becomes the matrix job's name
 *     image: ghcr.io/acme/api       # repository, no tag
 *     context: services/api         # relative to this file's folder; default "."
 *     dockerfile: services/api/Dockerfile   # relative to this file's folder; default <context>/Dockerfile
 *     build-args: { PYTHON: "3.12" } # or a list of KEY=VALUE lines
 *     platforms: [linux/amd64, linux/arm64]  # or "linux/amd64,linux/arm64"
 *     target: runtime
 *     secrets: [pip_token]           # ids only
 *     labels: { team: data }
 *     tags: [latest]                 # extra tags, passed on to the build job
 *   - name: trainer                 # an image spec instead of a Dockerfile:
 *     spec: trainer/image.yaml      #   a spec file, relative to this file's folder, or
 *   - name: scorer
 *     image: ghcr.io/acme/scorer    #   (optional when the spec names registry and name)
 *     spec:                         #   the spec inline (its paths relative to this file's folder)
 *       debian-python: {python: "3.12"}
 *       layers: [{pip: [pandas==2.2.2]}]
 * ```
 * A spec entry takes no context, dockerfile, build-args or target: the spec says all of that.
 */








const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
const imagesFileSchema = {
    type: 'object',
    required: ['images'],
    additionalProperties: false,
    properties: {
        images: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
                    image: { type: 'string', minLength: 1 },
                    // The spec itself is checked by the spec reader (with lines and "did you mean").
                    spec: { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
                    context: { type: 'string', minLength: 1 },
                    dockerfile: { type: 'string', minLength: 1 },
                    'build-args': { oneOf: [stringMap, { type: 'array', items: { type: 'string', pattern: '^[^=]+=' } }] },
                    platforms: { oneOf: [stringList, { type: 'string' }] },
                    target: { type: 'string' },
                    secrets: stringList,
                    labels: stringMap,
                    tags: { oneOf: [stringList, { type: 'string' }] },
                },
            },
        },
    },
};
const images_file_ajv = new ajv.Ajv({ allErrors: true, strict: true });
const validate = images_file_ajv.compile(imagesFileSchema);
/** ajv's errors as short lines: `images[1].build-args.PY: must be string (quote the value: "3.10")`. */
function describeSchemaErrors(errors, document) {
    const lines = new Set();
    for (const error of errors) {
        // oneOf reports each branch; the branch errors below it say more than "must match exactly one".
        if (error.keyword === 'oneOf')
            continue;
        const where = pointerToPath(error.instancePath, document) || 'the file';
        let detail = error.message ?? 'is invalid';
        if (error.keyword === 'additionalProperties')
            detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
        if (error.keyword === 'type' && error.params.type === 'string') {
            const value = valueAt(document, error.instancePath);
            if (typeof value === 'number' || typeof value === 'boolean')
                detail = `must be a string (quote it: "${String(value)}"; YAML reads 1.10 as the number 1.1)`;
        }
        lines.add(`${where}: ${detail}`);
    }
    return [...lines];
}
function valueAt(document, pointer) {
    let value = document;
    for (const part of pointer.split('/').slice(1))
        value = value?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return value;
}
function pointerToPath(pointer, document) {
    const parts = pointer.split('/').slice(1);
    let out = '';
    let value = document;
    for (const part of parts) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        out += Array.isArray(value) ? `[${key}]` : out ? `.${key}` : key;
        value = value?.[key];
    }
    // Name the entry when there is one: images[1] (api).
    const match = /^images\[(\d+)\]/.exec(out);
    const name = match ? document.images?.[Number(match[1])]?.name : undefined;
    return typeof name === 'string' ? out.replace(/^images\[(\d+)\]/, `images[$1] (${name})`) : out;
}
function list(value) {
    if (value === undefined)
        return [];
    if (Array.isArray(value))
        return value.map((item) => item.trim()).filter((item) => item !== '');
    return splitList(value);
}
function keyValues(value) {
    if (!value)
        return {};
    return Array.isArray(value) ? lists_parseKeyValueLines(value, 'file') : { ...value };
}
/**
 * Parses and validates the file's text. `fileDir` is the folder paths are relative to; `workspace`
 * the folder they must stay inside. Throws one InputError (input `file`) listing every problem.
 */
function parseImagesFile(text, fileDir, workspace, fileName = 'images file', file = external_node_path_default().join(fileDir, fileName)) {
    const fail = (problems) => new errors_InputError('file', `${fileName} is not valid:\n  - ${problems.join('\n  - ')}\n`, 'Fix the entries named above (see the images file format in the README)');
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw fail([`it is not YAML: ${error.message.split('\n')[0]}`]);
    }
    if (!validate(document))
        throw fail(describeSchemaErrors(validate.errors ?? [], document));
    const raw = document.images;
    const problems = [];
    const seen = new Set();
    const entries = [];
    raw.forEach((entry, index) => {
        const where = `images[${index}] (${entry.name})`;
        if (seen.has(entry.name))
            problems.push(`${where}: the name '${entry.name}' is used twice`);
        seen.add(entry.name);
        if (entry.image === undefined) {
            if (entry.spec === undefined)
                problems.push(`${where}: must have required property 'image'`);
        }
        else {
            try {
                parseRepository(entry.image);
            }
            catch (error) {
                if (!(error instanceof ImageRefError))
                    throw error;
                problems.push(`${where}.image: ${error.message}`);
            }
        }
        const inside = (field, relative) => {
            const resolved = external_node_path_default().resolve(fileDir, relative);
            if (!isInside(workspace, resolved))
                problems.push(`${where}.${field}: '${relative}' resolves to ${resolved}, outside the workspace ${workspace}`);
            return resolved;
        };
        let spec;
        if (entry.spec !== undefined) {
            for (const field of ['context', 'dockerfile', 'build-args', 'target']) {
                if (entry[field] !== undefined)
                    problems.push(`${where}.${field}: does not go with spec (the spec declares the build)`);
            }
            spec = typeof entry.spec === 'string' ? { file: inside('spec', entry.spec) } : { file, entry: entry.name };
        }
        const context = inside('context', entry.context ?? '.');
        const dockerfile = entry.dockerfile ? inside('dockerfile', entry.dockerfile) : external_node_path_default().join(context, 'Dockerfile');
        entries.push({
            name: entry.name,
            image: entry.image ?? '',
            ...(spec ? { spec } : {}),
            context,
            dockerfile,
            buildArgs: keyValues(entry['build-args']),
            platforms: list(entry.platforms),
            target: entry.target ?? '',
            secrets: entry.secrets ?? [],
            labels: entry.labels ?? {},
            tags: list(entry.tags),
        });
    });
    if (problems.length > 0)
        throw fail(problems);
    return entries;
}
function readImagesFile(file, workspace) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new InputError('file', `cannot read ${file}: ${error.code ?? error.message}`, 'Give the path of an existing images.yaml');
    }
    return parseImagesFile(text, path.dirname(file), workspace, path.basename(file), file);
}

;// CONCATENATED MODULE: ./src/core/spec/schema.ts
/**
 * The JSON Schema of an image spec (validated with ajv). The YAML is read with the failsafe schema
 * (every scalar a string, so `python: 3.10` stays "3.10"); ajv coerces the few boolean and integer
 * fields. Shorthands use union types (`apt: [git]` or `apt: {packages: [git], secret-mounts: \u2026}`) so
 * that each mistake yields one direct error rather than one per `oneOf` branch. Rules a schema
 * cannot say clearly (exactly one base, `.txt` requirements, \u2026) live in parse.ts.
 */
const nonEmpty = { type: 'string', minLength: 1 };
const schema_stringList = { type: 'array', items: nonEmpty };
const secretMounts = {
    type: 'array',
    items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { id: nonEmpty, env: nonEmpty, target: nonEmpty },
    },
};
const pipOptions = {
    'index-url': nonEmpty,
    'extra-index-urls': schema_stringList,
    pre: { type: 'boolean' },
    'extra-args': schema_stringList,
    'secret-mounts': secretMounts,
};
/** Each layer kind: its shorthand type and its long form. */
const layerSchemas = {
    apt: {
        type: ['array', 'object'],
        items: nonEmpty,
        required: ['packages'],
        additionalProperties: false,
        properties: { packages: schema_stringList, 'secret-mounts': secretMounts },
    },
    pip: {
        type: ['array', 'object'],
        items: nonEmpty,
        additionalProperties: false,
        properties: { packages: schema_stringList, requirements: schema_stringList, ...pipOptions },
    },
    requirements: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['file'],
        additionalProperties: false,
        properties: { file: nonEmpty, ...pipOptions },
    },
    'uv-project': {
        type: ['string', 'object'],
        minLength: 1,
        required: ['pyproject'],
        additionalProperties: false,
        properties: { pyproject: nonEmpty, 'uv-lock': nonEmpty, 'secret-mounts': secretMounts },
    },
    source: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['src'],
        additionalProperties: false,
        properties: { src: nonEmpty, dst: nonEmpty },
    },
    env: { type: 'object', additionalProperties: { type: 'string' } },
    workdir: nonEmpty,
    commands: {
        type: ['array', 'object'],
        items: nonEmpty,
        required: ['run'],
        additionalProperties: false,
        properties: { run: schema_stringList, 'secret-mounts': secretMounts },
    },
    user: {
        type: ['string', 'object'],
        minLength: 1,
        required: ['name'],
        additionalProperties: false,
        properties: { name: nonEmpty, uid: { type: 'integer' } },
    },
};
const BASE_KEYS = ['base', 'debian-python', 'dockerfile', 'uv-script'];
const specSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        base: nonEmpty,
        'debian-python': {
            type: ['string', 'object'],
            minLength: 1,
            required: ['python'],
            additionalProperties: false,
            properties: { python: nonEmpty },
        },
        dockerfile: nonEmpty,
        'uv-script': {
            type: ['string', 'object'],
            minLength: 1,
            required: ['script'],
            additionalProperties: false,
            properties: { script: nonEmpty, python: nonEmpty },
        },
        parent: nonEmpty,
        'skip-build': { type: 'boolean' },
        context: nonEmpty,
        dockerignore: nonEmpty,
        layers: {
            type: 'array',
            items: {
                type: 'object',
                minProperties: 1,
                maxProperties: 1,
                additionalProperties: false,
                properties: layerSchemas,
            },
        },
        platforms: { type: ['array', 'string'], items: nonEmpty },
        registry: nonEmpty,
        name: nonEmpty,
        tag: nonEmpty,
    },
};

;// CONCATENATED MODULE: ./src/core/spec/suggest.ts
/** "Did you mean \u2026?" for a misspelt key: the closest known key by edit distance, if close enough. */
function suggest_editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known key nearest to `word` (case and `_`/`-` ignored first, then `aliases`: names other tools
 * use for the same thing), or undefined when none is near.
 */
function closestKey(word, known, aliases = {}) {
    const plain = (text) => text.toLowerCase().replace(/_/g, '-');
    const alias = aliases[plain(word)];
    if (alias && known.includes(alias))
        return alias;
    const exactish = known.find((key) => plain(key) === plain(word));
    if (exactish)
        return exactish;
    let best;
    for (const key of known) {
        const distance = suggest_editDistance(plain(word), plain(key));
        if (!best || distance < best.distance)
            best = { key, distance };
    }
    if (!best)
        return undefined;
    const allowed = Math.max(2, Math.floor(Math.max(word.length, best.key.length) / 3));
    return best.distance <= allowed ? best.key : undefined;
}

;// CONCATENATED MODULE: ./src/core/spec/substitute.ts
/**
 * `${VAR}` in env values, substituted from the environment when the spec is read (ZenML's
 * behaviour): the substituted value is what the Dockerfile holds and what is hashed. `$$` is a
 * literal `$`; any other `$` stays as written. An unset variable is an error naming it \u2014 an empty
 * value silently baked into an image is worse than a failed step.
 */
const REFERENCE = /\$\$|\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteVariables(text, env) {
    const unset = [];
    let bad;
    const value = text.replace(REFERENCE, (match, name) => {
        if (match === '$$')
            return '$';
        if (!NAME.test(name ?? '')) {
            bad ??= match;
            return match;
        }
        const found = env[name];
        if (found === undefined) {
            if (!unset.includes(name))
                unset.push(name);
            return '';
        }
        return found;
    });
    if (bad)
        return { bad };
    return unset.length > 0 ? { unset } : { value };
}

;// CONCATENATED MODULE: ./src/core/spec/yaml-source.ts
/**
 * A YAML document read for an image spec: every scalar a string (the failsafe schema, so `3.10`
 * stays "3.10"), duplicate keys rejected, and a way back from a field to its line.
 */

function readYamlSource(text, at = []) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const errors = doc.errors.map((error) => ({
        line: counter.linePos(error.pos[0]).line,
        message: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message,
    }));
    let value = errors.length > 0 ? undefined : doc.toJS();
    for (const part of at)
        value = value?.[part];
    const lineAt = (offset) => (offset === undefined ? undefined : counter.linePos(offset).line);
    const lineOf = (path) => {
        const full = [...at, ...path];
        for (let depth = full.length; depth >= 0; depth--) {
            const parts = full.slice(0, depth);
            const last = parts[parts.length - 1];
            if (typeof last === 'string' && depth > 0) {
                // A key: point at the key itself (a nested map's value starts on the next line).
                const parent = parts.length > 1 ? doc.getIn(parts.slice(0, -1), true) : doc.contents;
                if ((0,dist/* isMap */.jh)(parent)) {
                    const pair = parent.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === last);
                    if (pair && (0,dist/* isScalar */.jn)(pair.key))
                        return lineAt(pair.key.range?.[0]);
                }
                continue;
            }
            const node = depth === 0 ? doc.contents : doc.getIn(parts, true);
            const range = node?.range;
            if (range)
                return lineAt(range[0]);
        }
        return undefined;
    };
    return { value, errors, lineOf };
}
/** `layers[2].pip.packages` */
function fieldName(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
    return out;
}
/** ajv's instance path (`/layers/2/pip`) as parts, numbers where the value is a list. */
function pointerParts(pointer, value) {
    const parts = [];
    let current = value;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const part = Array.isArray(current) ? Number(key) : key;
        parts.push(part);
        current = current?.[part];
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/core/spec/types.ts
/**
 * An image spec after validation: what `image.yaml` declares, with every default applied, every
 * `${VAR}` substituted and every path made relative to the build context. Rendering
 * (render.ts) is a pure function of this and the few files it must read.
 */
/** A spec that cannot be used: every problem found, each with its line and field. */
class SpecError extends Error {
    fileName;
    problems;
    constructor(fileName, problems) {
        super(problems.map((problem) => formatProblem(fileName, problem)).join('\n'));
        this.fileName = fileName;
        this.problems = problems;
        this.name = 'SpecError';
    }
}
/** `image.yaml:7: layers[2].pipp: unknown key 'pipp' (did you mean 'pip'?)` \u2014 the compiler form editors link. */
function formatProblem(fileName, problem) {
    return `${fileName}${problem.line ? `:${problem.line}` : ''}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

;// CONCATENATED MODULE: ./src/core/spec/parse.ts
/**
 * Reads an image spec: YAML \u2192 JSON Schema (ajv) \u2192 the rules a schema cannot say \u2192 an ImageSpec with
 * defaults applied, `${VAR}` substituted and paths made relative to the context. Every problem is
 * collected, each with its file, line and field (and a "did you mean" for a misspelt key), so one
 * run shows them all. Pure: text, folder names and the environment in; no file is read here.
 */










/** Names Flyte's Image / ImageSpec and ZenML's DockerSettings use, pointing at ours. */
const ALIASES = {
    'apt-packages': 'apt',
    packages: 'pip',
    'pip-packages': 'pip',
    'with-pip-packages': 'pip',
    environment: 'env',
    'env-vars': 'env',
    'parent-image': 'parent',
    'base-image': 'base',
    'python-version': 'debian-python',
    'source-root': 'source',
    'source-folder': 'source',
    copy: 'source',
    platform: 'platforms',
    'target-repository': 'name',
    'build-context-root': 'context',
    'requirements-file': 'requirements',
    'uv-lock': 'uv-lock',
};
const parse_ajv = new ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: true, verbose: true });
const validateSchema = parse_ajv.compile(specSchema);
const SAFE_PATH = /^[A-Za-z0-9._@+/-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APT_PACKAGE = /^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9-]+)?(?:=[A-Za-z0-9.+~:-]+)?$/;
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PYTHON_VERSION = /^3\.\d{1,2}(?:\.\d{1,2})?$/;
const TYPE_WORDS = {
    array: 'a list',
    object: 'a map',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
};
function typeWords(type) {
    const types = Array.isArray(type) ? type : [type];
    return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}
/** Problems found so far; fields are named from the document root (`images[1].spec.layers[0]` inline). */
class Problems {
    source;
    at;
    list = [];
    constructor(source, at) {
        this.source = source;
        this.at = at;
    }
    add(where, message) {
        const line = this.source.lineOf(where);
        this.list.push({ ...(line !== undefined ? { line } : {}), field: fieldName([...this.at, ...where]), message });
    }
    origin(where) {
        return { line: this.source.lineOf(where) ?? 1, field: fieldName([...this.at, ...where]) };
    }
}
function schemaProblems(errors, value, problems) {
    const seen = new Set();
    for (const error of errors) {
        const where = pointerParts(error.instancePath, value);
        let at = where;
        let message;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const known = Object.keys(error.parentSchema?.properties ?? {});
                const suggestion = closestKey(key, known, ALIASES);
                at = [...where, key];
                message = `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ` (known keys: ${known.join(', ')})`}`;
                break;
            }
            case 'required':
                message = `needs '${String(error.params.missingProperty)}'`;
                break;
            case 'type':
                message = `must be ${typeWords(error.params.type)}`;
                break;
            case 'minLength':
                message = 'must not be empty';
                break;
            case 'minProperties':
                message =
                    'a layer is a map with one key naming its kind (apt, pip, requirements, uv-project, source, env, workdir, commands, user)';
                break;
            case 'maxProperties': {
                const keys = Object.keys(error.data ?? {});
                message = `a layer has exactly one kind, found ${keys.map((k) => `'${k}'`).join(' and ')}: write each as its own list item`;
                break;
            }
            default:
                message = error.message ?? 'is not valid';
        }
        const key = `${fieldName(at)}|${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.add(at, message);
    }
}
const asList = (value) => (Array.isArray(value) ? value : []);
const sortedUnique = (items) => [...new Set(items)].sort();
class SpecReader {
    input;
    problems;
    specDir;
    contextDir;
    constructor(input, problems) {
        this.input = input;
        this.problems = problems;
        this.specDir = external_node_path_default().posix.resolve(input.specDir.split((external_node_path_default()).sep).join('/'));
        this.contextDir = this.specDir;
    }
    /** A named file or folder, relative to the context (which must hold it). */
    contextPath(value, where) {
        const resolved = external_node_path_default().posix.resolve(this.specDir, value);
        const relative = external_node_path_default().posix.relative(this.contextDir, resolved);
        if (relative.startsWith('..') || external_node_path_default().posix.isAbsolute(relative)) {
            const context = this.contextDir === this.specDir ? "(the spec's folder)" : `'${this.shown(this.contextDir)}'`;
            this.problems.add(where, `'${value}' is outside the build context ${context}: set context: to a folder that holds it`);
            return value;
        }
        if (!SAFE_PATH.test(relative || '.')) {
            this.problems.add(where, `'${value}': use letters, digits and . _ - @ + / in the paths a spec names`);
        }
        return relative || '.';
    }
    /** A file the renderer reads but does not copy: relative to the context, `..` allowed. */
    readPath(value) {
        return external_node_path_default().posix.relative(this.contextDir, external_node_path_default().posix.resolve(this.specDir, value));
    }
    shown(dir) {
        return external_node_path_default().posix.relative(this.specDir, dir) || '.';
    }
    secretMounts(value, where) {
        const mounts = [];
        asList(value).forEach((raw, index) => {
            const item = raw;
            const at = [...where, index];
            const id = String(item.id);
            if (!SECRET_ID.test(id))
                this.problems.add([...at, 'id'], `'${id}' is not a secret id: use letters, digits, . _ -`);
            const env = item.env;
            const target = item.target;
            if ((env === undefined) === (target === undefined)) {
                this.problems.add(at, "give exactly one of env (a variable name) or target (a file path) for the secret's value");
            }
            else if (env !== undefined && !ENV_NAME.test(env)) {
                this.problems.add([...at, 'env'], `'${env}' is not a variable name`);
            }
            else if (target !== undefined && !(target.startsWith('/') && SAFE_PATH.test(target))) {
                this.problems.add([...at, 'target'], `'${target}' must be an absolute path of letters, digits and . _ - @ + /`);
            }
            mounts.push({ id, ...(env !== undefined ? { env } : {}), ...(target !== undefined ? { target } : {}) });
        });
        // Ids are what is hashed and passed to the builder: one mount per id, in a stable order.
        return [...new Map(mounts.map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    pipOptions(raw, where) {
        const urls = [];
        if (typeof raw['index-url'] === 'string')
            urls.push([raw['index-url'], [...where, 'index-url']]);
        asList(raw['extra-index-urls']).forEach((url, i) => urls.push([url, [...where, 'extra-index-urls', i]]));
        for (const [url, at] of urls) {
            if (!/^https?:\/\/[^\s]+$/.test(url))
                this.problems.add(at, `'${url}' is not an http(s) URL`);
            else if (/^https?:\/\/[^/@]*@/.test(url)) {
                this.problems.add(at, 'holds credentials, which would end up in the Dockerfile, the image history and the hash: use a secret mount (env) instead');
            }
        }
        const extraArgs = asList(raw['extra-args']);
        extraArgs.forEach((arg, i) => {
            if (/[\r\n]/.test(arg))
                this.problems.add([...where, 'extra-args', i], 'must be one line');
        });
        return {
            ...(typeof raw['index-url'] === 'string' ? { indexUrl: raw['index-url'] } : {}),
            extraIndexUrls: asList(raw['extra-index-urls']),
            pre: raw.pre === true,
            extraArgs,
            secretMounts: this.secretMounts(raw['secret-mounts'], [...where, 'secret-mounts']),
        };
    }
    pipPackages(list, where) {
        list.forEach((spec, i) => {
            if (spec.startsWith('-'))
                this.problems.add([...where, i], `'${spec}' is an option, not a package: put it in extra-args`);
            else if (/[\r\n]/.test(spec))
                this.problems.add([...where, i], 'must be one line');
        });
        return sortedUnique(list.map((spec) => spec.trim()));
    }
    requirementsFile(value, where) {
        if (!value.endsWith('.txt')) {
            this.problems.add(where, `'${value}' must be a .txt requirements file (as Flyte requires); for pyproject.toml + uv.lock use uv-project`);
        }
        return this.contextPath(value, where);
    }
    layer(raw, index, state) {
        const kind = Object.keys(raw)[0];
        const value = raw[kind];
        const where = ['layers', index, kind];
        const origin = this.problems.origin(['layers', index]);
        const long = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});
        switch (kind) {
            case 'apt': {
                const packages = Array.isArray(value) ? value : asList(long.packages);
                const listAt = Array.isArray(value) ? where : [...where, 'packages'];
                packages.forEach((name, i) => {
                    if (!APT_PACKAGE.test(name))
                        this.problems.add([...listAt, i], `'${name}' is not an apt package: write name or name=version`);
                });
                if (packages.length === 0)
                    this.problems.add(listAt, 'lists no package');
                return {
                    kind,
                    packages: sortedUnique(packages),
                    secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
                    origin,
                };
            }
            case 'pip': {
                const packages = this.pipPackages(Array.isArray(value) ? value : asList(long.packages), Array.isArray(value) ? where : [...where, 'packages']);
                const requirements = asList(long.requirements).map((file, i) => this.requirementsFile(file, [...where, 'requirements', i]));
                if (packages.length === 0 && requirements.length === 0)
                    this.problems.add(where, 'lists no package and no requirements file');
                return { kind, packages, requirements: [...new Set(requirements)], options: this.pipOptions(long, where), origin };
            }
            case 'requirements': {
                const file = typeof value === 'string' ? value : String(long.file);
                return {
                    kind,
                    file: this.requirementsFile(file, typeof value === 'string' ? where : [...where, 'file']),
                    options: this.pipOptions(long, where),
                    origin,
                };
            }
            case 'uv-project': {
                const pyproject = typeof value === 'string' ? value : String(long.pyproject);
                const pyAt = typeof value === 'string' ? where : [...where, 'pyproject'];
                if (external_node_path_default().posix.basename(pyproject) !== 'pyproject.toml')
                    this.problems.add(pyAt, `'${pyproject}' must be a pyproject.toml`);
                const lock = typeof long['uv-lock'] === 'string' ? long['uv-lock'] : external_node_path_default().posix.join(external_node_path_default().posix.dirname(pyproject), 'uv.lock');
                return {
                    kind,
                    pyproject: this.contextPath(pyproject, pyAt),
                    lock: this.contextPath(lock, typeof long['uv-lock'] === 'string' ? [...where, 'uv-lock'] : pyAt),
                    secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
                    origin,
                };
            }
            case 'source': {
                const src = typeof value === 'string' ? value : String(long.src);
                const dst = typeof long.dst === 'string' ? long.dst : '.';
                const dstAt = typeof long.dst === 'string' ? [...where, 'dst'] : where;
                if (!SAFE_PATH.test(dst))
                    this.problems.add(dstAt, `'${dst}': use letters, digits and . _ - @ + / in paths`);
                else if (!dst.startsWith('/') && !state.workdir) {
                    this.problems.add(dstAt, typeof long.dst === 'string'
                        ? `'${dst}' is relative, and no workdir layer comes before it: give an absolute dst or add a workdir layer first`
                        : 'has no dst, and no workdir layer comes before it to copy into: give {src, dst: /absolute/path} or add a workdir layer first');
                }
                return { kind, src: this.contextPath(src, typeof value === 'string' ? where : [...where, 'src']), dst, origin };
            }
            case 'env': {
                const values = {};
                for (const [name, text] of Object.entries(long).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
                    const at = [...where, name];
                    if (!ENV_NAME.test(name)) {
                        this.problems.add(at, `'${name}' is not an environment variable name (letters, digits, _; not starting with a digit)`);
                        continue;
                    }
                    const result = substituteVariables(String(text), this.input.env);
                    if ('bad' in result)
                        this.problems.add(at, `'${result.bad}' is not a variable reference: write \${NAME}, or $$ for a literal $`);
                    else if (result.unset) {
                        this.problems.add(at, `${result.unset.map((n) => `\${${n}}`).join(', ')} ${result.unset.length === 1 ? 'is' : 'are'} not set in the environment: set ${result.unset.length === 1 ? 'it' : 'them'} (an empty value is allowed) or remove the reference`);
                    }
                    else if (/[\r\n]/.test(result.value))
                        this.problems.add(at, 'must be one line');
                    else
                        values[name] = result.value;
                }
                if (Object.keys(long).length === 0)
                    this.problems.add(where, 'sets no variable');
                return { kind, values, origin };
            }
            case 'workdir': {
                const dir = String(value);
                if (!dir.startsWith('/') || !SAFE_PATH.test(dir))
                    this.problems.add(where, `'${dir}' must be an absolute path of letters, digits and . _ - @ + /`);
                state.workdir = true;
                return { kind, path: dir, origin };
            }
            case 'commands': {
                const run = Array.isArray(value) ? value : asList(long.run);
                const listAt = Array.isArray(value) ? where : [...where, 'run'];
                run.forEach((command, i) => {
                    if (/[\r\n]/.test(command))
                        this.problems.add([...listAt, i], 'a command is one line (each becomes a RUN): write several list items');
                    else if (/\\\s*$/.test(command))
                        this.problems.add([...listAt, i], 'must not end with \\ (it would join the next Dockerfile line)');
                    else if (/^\s*RUN\s/i.test(command))
                        this.problems.add([...listAt, i], "write the command without 'RUN' (it is added)");
                });
                if (run.length === 0)
                    this.problems.add(listAt, 'lists no command');
                return { kind, run, secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']), origin };
            }
            case 'user': {
                const name = typeof value === 'string' ? value : String(long.name);
                const uid = typeof long.uid === 'number' ? long.uid : 1000;
                const nameAt = typeof value === 'string' ? where : [...where, 'name'];
                if (name === 'root')
                    this.problems.add(nameAt, 'must not be root: the user layer is for running as a non-root user');
                else if (!USER_NAME.test(name))
                    this.problems.add(nameAt, `'${name}' is not a user name (lower-case letters, digits, _ -; at most 32)`);
                if (uid <= 0 || uid > 2147483647)
                    this.problems.add([...where, 'uid'], `${uid} is not a non-root uid (1 to 2147483647)`);
                return { kind, name, uid, origin };
            }
            default:
                return undefined;
        }
    }
    base(raw) {
        const given = [...BASE_KEYS, 'parent'].filter((key) => raw[key] !== undefined);
        const skipBuild = raw['skip-build'] === true;
        if (skipBuild) {
            if (raw.parent === undefined) {
                this.problems.add(['skip-build'], 'needs parent: the image to use as is (ZenML rejects skip_build without parent_image too)');
                return undefined;
            }
            for (const key of given.filter((k) => k !== 'parent'))
                this.problems.add([key], 'skip-build uses parent as is: remove this base, or remove skip-build to build on it');
            if (Array.isArray(raw.layers) && raw.layers.length > 0) {
                this.problems.add(['layers'], 'skip-build uses parent as is, so nothing can be added: remove the layers, or remove skip-build and write base: instead of parent:');
            }
        }
        else if (raw.parent !== undefined) {
            this.problems.add(['parent'], 'is only for skip-build: true; to build on an image, write base:');
            return undefined;
        }
        if (given.length === 0) {
            this.problems.add([], `has no base: give one of ${BASE_KEYS.join(', ')}`);
            return undefined;
        }
        if (given.length > 1 && !skipBuild) {
            this.problems.add([given[1]], `two bases (${given.map((k) => `'${k}'`).join(' and ')}): give exactly one`);
            return undefined;
        }
        const key = skipBuild ? 'parent' : given[0];
        const origin = this.problems.origin([key]);
        const image = (ref, at) => {
            try {
                parseImageRef(ref);
            }
            catch (error) {
                if (!(error instanceof ImageRefError))
                    throw error;
                this.problems.add(at, error.message);
            }
            return ref;
        };
        switch (key) {
            case 'parent':
                return { kind: 'parent', image: image(String(raw.parent), ['parent']), origin };
            case 'base':
                return { kind: 'base', image: image(String(raw.base), ['base']), origin };
            case 'debian-python': {
                const value = raw['debian-python'];
                const python = typeof value === 'string' ? value : String(value.python);
                const at = typeof value === 'string' ? ['debian-python'] : ['debian-python', 'python'];
                if (!PYTHON_VERSION.test(python))
                    this.problems.add(at, `'${python}' is not a Python version such as "3.12"`);
                return { kind: 'debian-python', python, image: `python:${python}-slim-bookworm`, origin };
            }
            case 'dockerfile':
                return { kind: 'dockerfile', path: String(raw.dockerfile), origin };
            default: {
                const value = raw['uv-script'];
                const script = typeof value === 'string' ? value : String(value.script);
                const python = typeof value === 'object' && value !== null ? value.python : undefined;
                if (python !== undefined && !PYTHON_VERSION.test(python))
                    this.problems.add(['uv-script', 'python'], `'${python}' is not a Python version such as "3.12"`);
                return { kind: 'uv-script', path: script, ...(python !== undefined ? { python } : {}), origin };
            }
        }
    }
}
/** Parses and checks a spec; throws SpecError listing every problem. */
function parseImageSpec(input) {
    const source = readYamlSource(input.text, input.at);
    const at = input.at ?? [];
    if (source.errors.length > 0) {
        throw new SpecError(input.fileName, source.errors.map((error) => ({
            ...(error.line !== undefined ? { line: error.line } : {}),
            field: '',
            message: `not valid YAML: ${error.message}`,
        })));
    }
    const problems = new Problems(source, at);
    const value = source.value;
    if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
        problems.add([], 'must be a map of keys (base, layers, platforms, \u2026)');
        throw new SpecError(input.fileName, problems.list);
    }
    if (!validateSchema(value)) {
        schemaProblems(validateSchema.errors ?? [], value, problems);
        throw new SpecError(input.fileName, problems.list);
    }
    const raw = value;
    const reader = new SpecReader(input, problems);
    if (typeof raw.context === 'string')
        reader.contextDir = external_node_path_default().posix.resolve(reader.specDir, raw.context);
    const base = reader.base(raw);
    if (base?.kind === 'dockerfile') {
        const file = external_node_path_default().posix.resolve(reader.specDir, base.path);
        if (typeof raw.context !== 'string')
            reader.contextDir = external_node_path_default().posix.dirname(file);
        base.path = external_node_path_default().posix.relative(reader.contextDir, file);
        if (Array.isArray(raw.layers) && raw.layers.length > 0) {
            problems.add(['layers', 0], 'a layer after dockerfile: the Dockerfile is opaque (as in Flyte), so layers cannot be added to it: put these steps in the Dockerfile, or use base: with layers');
        }
    }
    if (base?.kind === 'uv-script')
        base.path = reader.readPath(base.path);
    const state = { workdir: false };
    const layers = [];
    asList(raw.layers).forEach((item, index) => {
        const layer = reader.layer(item, index, state);
        if (layer)
            layers.push(layer);
    });
    let platforms = [];
    if (raw.platforms !== undefined) {
        const list = Array.isArray(raw.platforms)
            ? raw.platforms
            : String(raw.platforms)
                .split(/[,\n]/)
                .map((p) => p.trim())
                .filter(Boolean);
        try {
            platforms = normalizePlatforms(list, 'platforms', input.hostPlatform);
        }
        catch (error) {
            problems.add(['platforms'], errorMessage(error).replace(/^Input 'platforms': /, ''));
        }
    }
    let imageName;
    if (typeof raw.registry === 'string' && typeof raw.name !== 'string')
        problems.add(['registry'], 'needs name: the repository inside the registry');
    if (typeof raw.name === 'string') {
        imageName = typeof raw.registry === 'string' ? `${raw.registry.replace(/\/+$/, '')}/${raw.name}` : raw.name;
        try {
            parseRepository(imageName);
        }
        catch (error) {
            if (!(error instanceof ImageRefError))
                throw error;
            problems.add(['name'], `'${imageName}': ${error.message}`);
        }
    }
    if (typeof raw.tag === 'string' && !isValidTag(raw.tag))
        problems.add(['tag'], `'${raw.tag}' is not a valid tag`);
    if (problems.list.length > 0 || !base)
        throw new SpecError(input.fileName, problems.list);
    return {
        fileName: input.fileName,
        specDir: reader.specDir,
        contextDir: reader.contextDir,
        ...(typeof raw.dockerignore === 'string' ? { dockerignore: external_node_path_default().posix.resolve(reader.specDir, raw.dockerignore) } : {}),
        base,
        layers,
        platforms,
        ...(imageName ? { imageName } : {}),
        ...(typeof raw.tag === 'string' ? { tag: raw.tag } : {}),
        skipBuild: raw['skip-build'] === true,
    };
}

;// CONCATENATED MODULE: ./src/core/spec/uv-script.ts
/**
 * The inline metadata of a Python script (PEP 723), as Flyte's `Image.from_uv_script` reads it:
 * the `# /// script` block, whose TOML gives `requires-python` and `dependencies`. Only the
 * top-level keys are read (a small TOML subset: strings and arrays of strings); tables such as
 * `[tool.uv]` end the part that matters.
 */
/** PEP 723's reference regular expression. */
const BLOCK = /^# \/\/\/ ([a-zA-Z0-9-]+)$\s((?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;
class ScriptMetadataError extends Error {
}
function readScriptMetadata(script) {
    const blocks = [...script.replace(/\r\n/g, '\n').matchAll(BLOCK)].filter((match) => match[1] === 'script');
    if (blocks.length === 0) {
        throw new ScriptMetadataError("it has no '# /// script' block (PEP 723) naming its dependencies");
    }
    if (blocks.length > 1)
        throw new ScriptMetadataError("it has more than one '# /// script' block (PEP 723 allows one)");
    const toml = (blocks[0]?.[2] ?? '')
        .split('\n')
        .map((line) => (line.startsWith('# ') ? line.slice(2) : line.slice(1)))
        .join('\n');
    const values = readTopLevelStrings(toml);
    const requiresPython = values.get('requires-python');
    const dependencies = values.get('dependencies') ?? [];
    if (requiresPython !== undefined && typeof requiresPython !== 'string')
        throw new ScriptMetadataError('requires-python is not a string');
    if (!Array.isArray(dependencies))
        throw new ScriptMetadataError('dependencies is not an array of strings');
    return { ...(requiresPython !== undefined ? { requiresPython } : {}), dependencies };
}
/** `>=3.11`, `==3.12.*`, `~=3.10`: the Python (major.minor) to install; undefined when no clause says it. */
function pythonFromRequirement(requirement) {
    for (const clause of requirement.split(',')) {
        const match = /^\s*(?:>=|==|~=|===)\s*(\d+)\.(\d+)/.exec(clause);
        if (match)
            return `${match[1]}.${match[2]}`;
    }
    return undefined;
}
/** Top-level `key = "string"` and `key = ["a", "b"]` pairs, up to the first table header. */
function readTopLevelStrings(toml) {
    const values = new Map();
    let i = 0;
    const skipBlank = (newlines) => {
        while (i < toml.length) {
            const ch = toml[i];
            if (ch === '#')
                while (i < toml.length && toml[i] !== '\n')
                    i++;
            else if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n'))
                i++;
            else
                break;
        }
    };
    const fail = (what) => {
        const line = toml.slice(0, i).split('\n').length;
        throw new ScriptMetadataError(`its '# /// script' block is not TOML this reader understands (line ${line}: ${what})`);
    };
    const readString = () => {
        const quote = toml[i];
        if (toml.startsWith(quote.repeat(3), i))
            fail('multi-line strings are not supported');
        i++;
        let out = '';
        while (i < toml.length && toml[i] !== quote) {
            if (toml[i] === '\n')
                fail('unterminated string');
            if (quote === '"' && toml[i] === '\\') {
                const next = toml[i + 1] ?? '';
                const escapes = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
                if (!(next in escapes))
                    fail(`unsupported escape \\${next}`);
                out += escapes[next];
                i += 2;
                continue;
            }
            out += toml[i];
            i++;
        }
        if (i >= toml.length)
            fail('unterminated string');
        i++;
        return out;
    };
    const readValue = () => {
        const ch = toml[i];
        if (ch === '"' || ch === "'")
            return readString();
        if (ch === '[') {
            i++;
            const items = [];
            for (;;) {
                skipBlank(true);
                if (toml[i] === ']') {
                    i++;
                    return items;
                }
                if (toml[i] !== '"' && toml[i] !== "'")
                    fail('arrays must hold strings');
                items.push(readString());
                skipBlank(true);
                if (toml[i] === ',')
                    i++;
                else if (toml[i] !== ']')
                    fail("expected ',' or ']'");
            }
        }
        return fail('values must be strings or arrays of strings');
    };
    for (;;) {
        skipBlank(true);
        if (i >= toml.length || toml[i] === '[')
            break;
        const key = /^(?:[A-Za-z0-9_-]+|"[^"\n]*")/.exec(toml.slice(i))?.[0];
        if (!key)
            fail('expected a key');
        i += key.length;
        skipBlank(false);
        if (toml[i] !== '=')
            fail("expected '='");
        i++;
        skipBlank(false);
        values.set(key.replace(/^"|"$/g, ''), readValue());
        skipBlank(false);
        if (i < toml.length && toml[i] !== '\n')
            fail('expected the end of the line');
    }
    return values;
}

;// CONCATENATED MODULE: ./src/core/spec/render.ts


/** The uv binary for uv-project layers, copied from Astral's image (resolved to a digest by the hash). */
const UV_IMAGE = 'ghcr.io/astral-sh/uv:0.8.13';
/** Where copied dependency files go inside the image (not the application's folders). */
const REQUIREMENTS_DIR = '/tmp/image-spec/requirements';
const UV_PROJECT_DIR = '/tmp/image-spec/uv-project';
const RENDER_HEADER = '# Rendered by image-actions from an image spec: change the spec, not this file.';
/** A word the shell reads back unchanged. */
function shellWord(text) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** An ENV value in double quotes: the Dockerfile parser would otherwise expand `$` and split on spaces. */
function envValue(text) {
    return `"${text.replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;
}
function mountFlag(mount) {
    return `--mount=type=secret,id=${mount.id},${mount.env !== undefined ? `env=${mount.env}` : `target=${mount.target}`}`;
}
class DockerfileWriter {
    lines = [];
    origins = [];
    add(origin, ...lines) {
        for (const line of lines) {
            this.lines.push(line);
            this.origins.push(origin);
        }
    }
    /** One RUN: `body` lines joined by continuations, secret mounts on the RUN line. */
    run(origin, mounts, body) {
        const lines = mounts.length > 0
            ? [`RUN ${mounts.map(mountFlag).join(' ')}`, ...body.map((l) => `    ${l}`)]
            : [`RUN ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)];
        this.add(origin, ...lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line)));
    }
    text() {
        return `${this.lines.join('\n')}\n`;
    }
}
/** `pip install --no-cache-dir <options>` then one argument per line. */
function pipInstall(options, args) {
    const flags = ['pip install --no-cache-dir'];
    if (options.indexUrl)
        flags.push(`--index-url ${shellWord(options.indexUrl)}`);
    for (const url of options.extraIndexUrls)
        flags.push(`--extra-index-url ${shellWord(url)}`);
    if (options.pre)
        flags.push('--pre');
    for (const arg of options.extraArgs)
        flags.push(shellWord(arg));
    return [flags.join(' '), ...args.map((arg) => `    ${arg}`)];
}
const needsRoot = new Set(['apt', 'pip', 'requirements', 'uv-project']);
const installs = needsRoot;
function orderWarnings(layers) {
    const warnings = [];
    layers.forEach((layer, i) => {
        if (layer.kind === 'source') {
            const later = layers.slice(i + 1).find((other) => installs.has(other.kind));
            if (later) {
                warnings.push({
                    line: layer.origin.line,
                    field: layer.origin.field,
                    message: `this source layer comes before ${later.origin.field} (${later.kind}): every change to the copied files reinstalls the packages. Put source layers after apt, pip, requirements and uv-project (Flyte's advice) so they keep their cache`,
                });
            }
        }
        if (layer.kind === 'user') {
            for (const other of layers.slice(i + 1).filter((o) => needsRoot.has(o.kind))) {
                warnings.push({
                    line: other.origin.line,
                    field: other.origin.field,
                    message: `this ${other.kind} layer runs as user '${layer.name}' (set by ${layer.origin.field}), which usually cannot install system-wide: put the user layer after it`,
                });
            }
        }
    });
    return warnings;
}
/** The value without its origin (line numbers are not what the image is made of). */
function withoutOrigin(value) {
    const copy = { ...value };
    delete copy.origin;
    return copy;
}
function recordOf(spec) {
    return {
        file: spec.fileName,
        base: withoutOrigin(spec.base),
        layers: spec.layers.map((layer) => withoutOrigin(layer)),
        skipBuild: spec.skipBuild,
    };
}
function userLines(name, uid, workdir) {
    const home = `/home/${name}`;
    const lines = [
        `if id -u ${name} >/dev/null 2>&1; then :;`,
        `elif command -v useradd >/dev/null 2>&1; then useradd --no-log-init --create-home --user-group --uid ${uid} --shell /bin/sh ${name};`,
        `elif command -v adduser >/dev/null 2>&1; then adduser -D -u ${uid} -s /bin/sh ${name};`,
        // Images with neither tool (busybox, distroless-like bases): the account files by hand.
        `else echo '${name}:x:${uid}:${uid}::${home}:/bin/sh' >> /etc/passwd && echo '${name}:x:${uid}:' >> /etc/group && mkdir -p ${home} && chown ${uid}:${uid} ${home}; fi`,
    ];
    if (workdir)
        lines.push(`&& chown -R ${name}:"$(id -g ${name})" ${workdir}`);
    return lines;
}
/** Renders the spec; `files` holds the text of the files it reads (see filesToRead), by context-relative path. */
function renderSpec(spec, files) {
    const record = recordOf(spec);
    const base = spec.base;
    if (base.kind === 'dockerfile') {
        const text = files.get(base.path);
        if (text === undefined)
            throw new Error(`renderSpec: the caller did not read ${base.path}`);
        return { mode: 'dockerfile', dockerfile: text, origins: [], contextPaths: [], secretIds: [], warnings: [], record };
    }
    const out = new DockerfileWriter();
    out.add(base.origin, RENDER_HEADER);
    if (base.kind === 'uv-script') {
        const text = files.get(base.path);
        if (text === undefined)
            throw new Error(`renderSpec: the caller did not read ${base.path}`);
        let metadata;
        try {
            metadata = readScriptMetadata(text);
        }
        catch (error) {
            if (!(error instanceof ScriptMetadataError))
                throw error;
            throw new SpecError(spec.fileName, [
                { line: base.origin.line, field: base.origin.field, message: `'${base.path}': ${error.message}` },
            ]);
        }
        const python = base.python ?? (metadata.requiresPython ? pythonFromRequirement(metadata.requiresPython) : undefined);
        if (!python) {
            const said = metadata.requiresPython
                ? `its requires-python '${metadata.requiresPython}' names no version to install`
                : 'it has no requires-python';
            throw new SpecError(spec.fileName, [
                {
                    line: base.origin.line,
                    field: base.origin.field,
                    message: `'${base.path}': ${said}; give one: uv-script: {script: ${base.path}, python: "3.12"}`,
                },
            ]);
        }
        const dependencies = [...new Set(metadata.dependencies.map((d) => d.trim()))].sort();
        record.base = { kind: 'uv-script', path: base.path, python, dependencies };
        out.add(base.origin, `FROM python:${python}-slim-bookworm`);
        if (dependencies.length > 0)
            out.run(base.origin, [], pipInstall({ extraIndexUrls: [], pre: false, extraArgs: [], secretMounts: [] }, dependencies.map(shellWord)));
    }
    else {
        out.add(base.origin, `FROM ${base.image}`);
    }
    const contextPaths = new Map();
    const need = (p, kind, origin) => {
        if (!contextPaths.has(p))
            contextPaths.set(p, { path: p, kind, origin });
    };
    const copyRequirements = (files, origin) => files.map((file) => {
        need(file, 'file', origin);
        const target = `${REQUIREMENTS_DIR}/${file}`;
        out.add(origin, `COPY ${file} ${target}`);
        return target;
    });
    let workdir;
    let user;
    let uvCopied = false;
    for (const layer of spec.layers) {
        const origin = layer.origin;
        switch (layer.kind) {
            case 'apt':
                out.run(origin, layer.secretMounts, [
                    'apt-get update',
                    '&& apt-get install -y --no-install-recommends',
                    ...layer.packages.map((p) => `    ${p}`),
                    '&& rm -rf /var/lib/apt/lists/*',
                ]);
                break;
            case 'pip': {
                // ZenML's order: requirements files first, then the packages named one by one.
                if (layer.requirements.length > 0) {
                    const targets = copyRequirements(layer.requirements, origin);
                    out.run(origin, layer.options.secretMounts, pipInstall(layer.options, targets.map((t) => `-r ${t}`)));
                }
                if (layer.packages.length > 0)
                    out.run(origin, layer.options.secretMounts, pipInstall(layer.options, layer.packages.map(shellWord)));
                break;
            }
            case 'requirements': {
                const [target] = copyRequirements([layer.file], origin);
                out.run(origin, layer.options.secretMounts, pipInstall(layer.options, [`-r ${target}`]));
                break;
            }
            case 'uv-project': {
                need(layer.pyproject, 'file', origin);
                need(layer.lock, 'file', origin);
                const dir = layer.pyproject.includes('/')
                    ? `${UV_PROJECT_DIR}/${layer.pyproject.slice(0, layer.pyproject.lastIndexOf('/'))}`
                    : UV_PROJECT_DIR;
                if (!uvCopied)
                    out.add(origin, `COPY --from=${UV_IMAGE} /uv /usr/local/bin/uv`);
                uvCopied = true;
                out.add(origin, `COPY ${layer.pyproject} ${dir}/pyproject.toml`, `COPY ${layer.lock} ${dir}/uv.lock`);
                // uv exports exactly what the lock pins (no resolution) and installs it into the image's Python.
                out.run(origin, layer.secretMounts, [
                    `uv export --project ${dir} --frozen --no-dev --no-emit-project --format requirements-txt --output-file ${dir}/requirements.txt`,
                    `&& uv pip install --system --no-cache -r ${dir}/requirements.txt`,
                ]);
                break;
            }
            case 'source':
                need(layer.src, 'any', origin);
                out.add(origin, `COPY ${user ? `--chown=${user} ` : ''}${layer.src} ${layer.dst}`);
                break;
            case 'env': {
                const pairs = Object.entries(layer.values).map(([name, value]) => `${name}=${envValue(value)}`);
                out.add(origin, ...pairs.map((pair, i) => `${i === 0 ? 'ENV ' : '    '}${pair}${i < pairs.length - 1 ? ' \\' : ''}`));
                break;
            }
            case 'workdir':
                workdir = layer.path;
                out.add(origin, `WORKDIR ${layer.path}`);
                break;
            case 'commands':
                for (const command of layer.run)
                    out.run(origin, layer.secretMounts, [command]);
                break;
            case 'user':
                out.run(origin, [], userLines(layer.name, layer.uid, workdir));
                out.add(origin, `USER ${layer.name}`);
                user = layer.name;
                break;
        }
    }
    const secretIds = [
        ...new Set(spec.layers.flatMap((layer) => ('secretMounts' in layer ? layer.secretMounts : 'options' in layer ? layer.options.secretMounts : []).map((m) => m.id))),
    ].sort();
    return {
        mode: spec.skipBuild ? 'skip' : 'staged',
        dockerfile: out.text(),
        origins: out.origins,
        contextPaths: [...contextPaths.values()],
        secretIds,
        warnings: orderWarnings(spec.layers),
        record,
    };
}
/** The files renderSpec reads (context-relative, `..` allowed): the uv script or the opaque Dockerfile. */
function filesToRead(spec) {
    return spec.base.kind === 'uv-script' || spec.base.kind === 'dockerfile' ? [spec.base.path] : [];
}

;// CONCATENATED MODULE: ./src/spec/load-spec.ts
/**
 * Reads an image spec from disk: the spec file (or an inline entry of images.yaml), the files the
 * renderer reads, and checks on every file the spec names (it exists, it is what the layer needs,
 * it stays inside the workspace, `.dockerignore` does not exclude it). Bad input fails here, before
 * anything is staged or built, with one InputError listing every problem by file, line and field.
 */











/** A spec that cannot be used, as an input error that still carries each problem's line and field (validate reports them one by one). */
class SpecInputError extends errors_InputError {
    problems;
    constructor(problems, input, problem, fix) {
        super(input, problem, fix);
        this.problems = problems;
    }
}
/** `path` or `path#entry` (an inline spec in an images file), resolved against the workspace. */
function parseSpecReference(value, workspace) {
    const hash = value.lastIndexOf('#');
    const file = hash > 0 ? value.slice(0, hash) : value;
    const entry = hash > 0 ? value.slice(hash + 1) : undefined;
    return { file: external_node_path_default().resolve(workspace, file), ...(entry ? { entry } : {}) };
}
function load_spec_errorCode(error) {
    return error.code ?? 'error';
}
/** The entry's index in images.yaml, for an inline spec. */
function inlineEntryPath(text, reference, input, shown) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors_InputError(input, `${shown} is not YAML: ${error.message.split('\n')[0]}`, 'Fix the images file');
    }
    const images = document?.images;
    const index = Array.isArray(images) ? images.findIndex((image) => image?.name === reference.entry) : -1;
    if (index < 0)
        throw new errors_InputError(input, `${shown} has no image named '${reference.entry}'`, 'Give an entry name of its images list');
    if (typeof images?.[index]?.spec !== 'object' || images[index].spec === null) {
        throw new errors_InputError(input, `the entry '${reference.entry}' of ${shown} has no inline spec: map`, 'Point at the spec file itself instead');
    }
    return ['images', index, 'spec'];
}
function loadSpec(reference, options) {
    const input = options.input ?? 'spec';
    const workspace = external_node_path_default().resolve(options.workspace);
    const shown = external_node_path_default().relative(workspace, reference.file).split((external_node_path_default()).sep).join('/') || external_node_path_default().basename(reference.file);
    if (!isInside(workspace, reference.file)) {
        throw new errors_InputError(input, `'${reference.file}' is outside the workspace ${workspace}`, 'Give a spec inside the checked-out repository');
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(reference.file, 'utf8');
    }
    catch (error) {
        if (load_spec_errorCode(error) === 'ENOENT')
            throw new errors_InputError(input, `${shown} does not exist`, 'Give the path of the spec file, relative to the workspace');
        throw new errors_InputError(input, `cannot read ${shown} (${load_spec_errorCode(error)})`, 'Make the spec file readable');
    }
    const at = reference.entry ? inlineEntryPath(text, reference, input, shown) : [];
    const fail = (fileName, problems) => {
        const lines = problems.map((problem) => formatProblem(fileName, problem));
        throw new SpecInputError(problems, input, lines.length === 1 ? lines[0] : `${fileName} has ${lines.length} problems:\n  - ${lines.join('\n  - ')}\n`, 'Fix the spec (its keys are described under "Declare an image instead of writing a Dockerfile" in the README)');
    };
    let spec;
    try {
        spec = parseImageSpec({ text, fileName: shown, specDir: external_node_path_default().dirname(reference.file), at, env: options.env ?? process.env });
    }
    catch (error) {
        if (error instanceof SpecError)
            return fail(error.fileName, error.problems);
        throw error;
    }
    const problems = [];
    const at0 = (origin, message) => problems.push({ line: origin.line, field: origin.field, message });
    const contextDir = external_node_path_default().resolve(spec.contextDir);
    const fromSpec = (absolute) => external_node_path_default().relative(external_node_path_default().dirname(reference.file), absolute).split((external_node_path_default()).sep).join('/') || '.';
    if (!isInside(workspace, contextDir)) {
        problems.push({ field: 'context', message: `the build context ${contextDir} is outside the workspace ${workspace}` });
        return fail(shown, problems);
    }
    // A path that a symlink takes out of the workspace is refused, as for the dockerfile input.
    const insideReally = (absolute) => {
        try {
            return isInside((0,external_node_fs_.realpathSync)(workspace), (0,external_node_fs_.realpathSync)(absolute));
        }
        catch {
            return true; // missing: reported by the existence check
        }
    };
    const files = new Map();
    for (const relative of filesToRead(spec)) {
        const absolute = external_node_path_default().resolve(contextDir, relative);
        const origin = spec.base.origin;
        if (!isInside(workspace, absolute) || !insideReally(absolute)) {
            at0(origin, `'${fromSpec(absolute)}' is outside the workspace`);
            continue;
        }
        try {
            if (!(0,external_node_fs_.statSync)(absolute).isFile())
                at0(origin, `'${fromSpec(absolute)}' is not a file`);
            else
                files.set(relative, (0,external_node_fs_.readFileSync)(absolute, 'utf8'));
        }
        catch (error) {
            at0(origin, load_spec_errorCode(error) === 'ENOENT'
                ? `'${fromSpec(absolute)}' does not exist`
                : `cannot read '${fromSpec(absolute)}' (${load_spec_errorCode(error)})`);
        }
    }
    if (problems.length > 0)
        return fail(shown, problems);
    let rendered;
    try {
        rendered = renderSpec(spec, files);
    }
    catch (error) {
        if (error instanceof SpecError)
            return fail(error.fileName, error.problems);
        throw error;
    }
    // The ignore file: `dockerignore:` or the context's own, applied to what the spec copies.
    const ignoreFile = spec.dockerignore ? external_node_path_default().resolve(spec.dockerignore) : external_node_path_default().join(contextDir, '.dockerignore');
    let ignorePatterns = [];
    let usedIgnoreFile = null;
    try {
        ignorePatterns = readIgnorePatterns((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'));
        usedIgnoreFile = ignoreFile;
        new context_filter_ContextFilter(ignorePatterns).visit('.probe', false);
    }
    catch (error) {
        if (error instanceof BadPatternError)
            problems.push({ field: 'dockerignore', message: `${fromSpec(ignoreFile)}: ${error.message}` });
        else if (spec.dockerignore || load_spec_errorCode(error) !== 'ENOENT') {
            problems.push({ field: 'dockerignore', message: `cannot read '${fromSpec(ignoreFile)}' (${load_spec_errorCode(error)})` });
        }
    }
    for (const needed of rendered.contextPaths) {
        const absolute = external_node_path_default().join(contextDir, needed.path);
        const name = fromSpec(absolute);
        let stats;
        try {
            stats = (0,external_node_fs_.lstatSync)(absolute);
        }
        catch (error) {
            at0(needed.origin, load_spec_errorCode(error) === 'ENOENT' ? `'${name}' does not exist` : `cannot read '${name}' (${load_spec_errorCode(error)})`);
            continue;
        }
        if (!insideReally(absolute))
            at0(needed.origin, `'${name}' leads outside the workspace through a symlink`);
        else if (needed.kind === 'file' && !stats.isFile())
            at0(needed.origin, `'${name}' is not a file`);
        else if (needed.kind === 'any' && !stats.isFile() && !stats.isDirectory())
            at0(needed.origin, `'${name}' is neither a file nor a folder`);
        else if (usedIgnoreFile && excludedBy(ignorePatterns, needed.path, stats.isDirectory())) {
            at0(needed.origin, `'${name}' is excluded by ${fromSpec(usedIgnoreFile)}, so it could not be copied: remove the pattern that excludes it`);
        }
    }
    if (problems.length > 0)
        return fail(shown, problems);
    return { reference, spec, rendered, contextDir, ignoreFile: usedIgnoreFile, ignorePatterns };
}
/**
 * Is the path excluded, as Docker's walk would decide it? A folder counts as excluded only when
 * nothing inside it could come back (`!` exceptions re-include files of an excluded folder).
 */
function excludedBy(patterns, relative, isDir) {
    if (relative === '.')
        return false;
    const filter = new context_filter_ContextFilter(patterns);
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const last = i === parts.length;
        const visit = filter.visit(parts.slice(0, i).join('/'), last ? isDir : true);
        if (visit.action === 'prune')
            return true;
        if (last)
            return visit.action === 'skip' && !isDir;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/spec/stage-context.ts
/**
 * The rendered context of a spec: exactly the files and folders its layers name, at their paths
 * relative to the spec's context, filtered by the ignore file with Docker's own walk (so a `!`
 * exception inside an excluded folder comes back, as with `docker build`). Symlinks are copied as
 * links, never followed; the exec bit is kept (copyFile keeps the mode). Building and hashing this
 * folder is building and hashing what the spec declares \u2014 nothing else in the repository counts.
 */



/** Ignore files are applied while staging; copying them would only let a builder apply them twice. */
const IGNORE_FILES = new Set(['.dockerignore', '.containerignore']);
function stage_context_stageSpecContext(loaded, target) {
    mkdirSync(target, { recursive: true });
    const staged = new Set();
    const result = { files: 0, skipped: [] };
    const copyEntry = (relative) => {
        const from = path.join(loaded.contextDir, relative);
        const to = path.join(target, relative);
        const stats = lstatSync(from);
        if (stats.isDirectory()) {
            mkdirSync(to, { recursive: true });
            staged.add(relative);
            return 'dir';
        }
        if (staged.has(relative))
            return 'other';
        mkdirSync(path.dirname(to), { recursive: true });
        if (stats.isSymbolicLink())
            symlinkSync(readlinkSync(from), to);
        else if (stats.isFile()) {
            copyFileSync(from, to, constants.COPYFILE_FICLONE);
            result.files++;
        }
        else {
            result.skipped.push(relative);
            return 'other';
        }
        staged.add(relative);
        return 'other';
    };
    for (const needed of loaded.rendered.contextPaths) {
        const filter = new ContextFilter(loaded.ignorePatterns);
        // The filter decides from the root down: visit the folders that lead to the named path first.
        const parts = needed.path === '.' ? [] : needed.path.split('/');
        let pruned = false;
        for (let i = 1; i < parts.length && !pruned; i++)
            pruned = filter.visit(parts.slice(0, i).join('/'), true).action === 'prune';
        if (pruned)
            continue;
        const walk = (relative) => {
            const isDir = lstatSync(path.join(loaded.contextDir, relative)).isDirectory();
            const visit = relative === '.' ? { action: 'include', parents: [] } : filter.visit(relative, isDir);
            if (visit.action === 'prune')
                return;
            if (visit.action === 'include') {
                for (const parent of visit.parents)
                    mkdirSync(path.join(target, parent), { recursive: true });
                if (!(relative === '.' || (IGNORE_FILES.has(relative) && !isDir)))
                    copyEntry(relative);
            }
            if (!isDir)
                return;
            const names = readdirSync(path.join(loaded.contextDir, relative)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            for (const name of names)
                walk(relative === '.' ? name : `${relative}/${name}`);
        };
        walk(needed.path);
    }
    return result;
}
/** Writes the rendered Dockerfile beside (not inside) the staged context. */
function stage_context_writeRenderedDockerfile(loaded, file) {
    writeFileSync(file, loaded.rendered.dockerfile);
}

;// CONCATENATED MODULE: ./src/spec/spec-build.ts
/**
 * A spec turned into what a Dockerfile build is made of, for the hash, build and plan (and, through
 * specAsDockerfile, for validate): the rendered Dockerfile and a context holding exactly what the
 * spec copies, in a temporary folder removed afterwards. An opaque `dockerfile:` spec is built
 * from its own Dockerfile and context, as the dockerfile input would be.
 */





/** Where temporary folders go: RUNNER_TEMP on a runner (cleaned after the job), else the system's. */
function temporaryRoot() {
    return process.env.RUNNER_TEMP || tmpdir();
}
function prepareSpecBuild(loaded, tempRoot = temporaryRoot()) {
    const base = loaded.spec.base;
    if (loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile') {
        return {
            contextDir: loaded.contextDir,
            dockerfile: path.resolve(loaded.contextDir, base.path),
            useGit: true,
            stagedFiles: 0,
            dispose: () => { },
        };
    }
    mkdirSync(tempRoot, { recursive: true });
    const dir = mkdtempSync(path.join(tempRoot, 'image-spec-'));
    try {
        const contextDir = path.join(dir, 'context');
        const dockerfile = path.join(dir, 'Dockerfile');
        const staged = stageSpecContext(loaded, contextDir);
        writeRenderedDockerfile(loaded, dockerfile);
        return {
            contextDir,
            dockerfile,
            useGit: false,
            stagedFiles: staged.files,
            dispose: () => rmSync(dir, { recursive: true, force: true }),
        };
    }
    catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
    }
}
/**
 * A spec file (or `images.yaml#entry`) as a Dockerfile, for validate: throws an InputError listing
 * every problem of the spec (file, line, field) when it cannot be rendered.
 */
function specAsDockerfile(reference, options) {
    const loaded = loadSpec(parseSpecReference(reference, options.workspace), options);
    const base = loaded.spec.base;
    const opaque = loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile';
    return {
        dockerfile: loaded.rendered.dockerfile,
        ...(opaque ? { dockerfilePath: external_node_path_default().resolve(loaded.contextDir, base.path) } : {}),
        contextDir: loaded.contextDir,
        ignoreFile: loaded.ignoreFile,
        origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
        warnings: loaded.rendered.warnings,
        loaded,
    };
}

;// CONCATENATED MODULE: ./src/validate/sources.ts
/**
 * Where validate's Dockerfiles come from. A source claims files by name and turns one into units:
 * Dockerfile text plus its origin (the file findings point at, and how its lines map), the build
 * it belongs to, and what hashing it needs: plain Dockerfiles, `images.yaml` entries, and image
 * specs rendered to Dockerfiles.
 */







const IGNORE_FILE = /\.dockerignore$/;
function emptyBuild() {
    return { buildArgs: {}, target: '', platforms: [], secrets: [], labels: {} };
}
function relativeTo(workspace, absolute) {
    return external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/');
}
/** Dockerfiles by name: `Dockerfile`, `Dockerfile.<x>`, `<x>.Dockerfile` (ignore files excepted). */
const dockerfileSource = {
    kind: 'dockerfile',
    globs: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'],
    claims: (relative) => !IGNORE_FILE.test(relative),
    load: ({ absolute, relative, text }) => ({
        units: [
            {
                file: relative,
                kind: 'dockerfile',
                name: external_node_path_default().basename(external_node_path_default().dirname(absolute)) || relative,
                text,
                dockerfile: absolute,
                context: external_node_path_default().dirname(absolute),
                build: emptyBuild(),
                hashable: true,
            },
        ],
        findings: [],
    }),
};
/** `images.yaml` of `plan`: each entry's Dockerfile with the entry's build args, target and platforms. */
const imagesFileSource = {
    kind: 'images-file',
    globs: ['**/images.yaml', '**/images.yml'],
    claims: (relative) => /(^|\/)images\.ya?ml$/.test(relative),
    load: ({ absolute, relative, text }, workspace) => {
        let entries;
        try {
            entries = parseImagesFile(text, external_node_path_default().dirname(absolute), workspace, relative);
        }
        catch (error) {
            if (!(error instanceof errors_InputError))
                throw error;
            return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input 'file': /, ''))] };
        }
        const units = [];
        const findings = [];
        for (const entry of entries) {
            let dockerfileText;
            try {
                dockerfileText = (0,external_node_fs_.readFileSync)(entry.dockerfile, 'utf8');
            }
            catch (error) {
                findings.push(definitionFinding(relative, `entry '${entry.name}': cannot read its Dockerfile ${relativeTo(workspace, entry.dockerfile)} (${error.code ?? 'error'})`));
                continue;
            }
            units.push({
                file: relativeTo(workspace, entry.dockerfile),
                kind: 'images-file',
                definitionFile: relative,
                name: entry.name,
                text: dockerfileText,
                dockerfile: entry.dockerfile,
                context: entry.context,
                build: {
                    buildArgs: entry.buildArgs,
                    target: entry.target,
                    platforms: entry.platforms,
                    image: entry.image,
                    secrets: entry.secrets,
                    labels: entry.labels,
                },
                hashable: true,
            });
        }
        return { units, findings };
    },
};
/**
 * Image specs (`image.yaml`, `<name>.image.yaml`): the Dockerfile they render to, with every finding
 * mapped back to the spec line and field it came from. An opaque `dockerfile:` spec is validated as
 * that Dockerfile. A spec that cannot be rendered is one finding per problem, on its line.
 */
const specSource = {
    kind: 'spec',
    globs: ['**/image.yaml', '**/image.yml', '**/*.image.yaml', '**/*.image.yml'],
    claims: (relative) => /(^|\/)([^/]+\.)?image\.ya?ml$/.test(relative),
    load: ({ absolute, relative }, workspace) => {
        let spec;
        try {
            spec = specAsDockerfile(relative, { workspace });
        }
        catch (error) {
            if (error instanceof SpecInputError) {
                return {
                    units: [],
                    findings: error.problems.map((problem) => definitionFinding(relative, `${problem.field}: ${problem.message}`, problem.line)),
                };
            }
            if (!(error instanceof errors_InputError))
                throw error;
            return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input '[^']*': /, ''))] };
        }
        const order = RULES_BY_ID.get('SpecLayerOrder');
        const findings = spec.warnings.map((warning) => ({
            file: relative,
            rule: order.id,
            severity: order.severity,
            line: warning.line ?? 1,
            message: `${warning.field}: ${warning.message}`,
            fix: order.fix,
            docs: order.docs,
        }));
        const opaque = spec.dockerfilePath;
        const unit = {
            file: opaque ? relativeTo(workspace, opaque) : relative,
            ...(opaque ? {} : { mapLine: (line) => spec.origin.lines[line - 1]?.line ?? 1 }),
            kind: 'spec',
            ...(opaque ? { definitionFile: relative } : {}),
            name: external_node_path_default().basename(external_node_path_default().dirname(absolute)) || relative,
            text: spec.dockerfile,
            dockerfile: opaque ?? absolute,
            context: spec.contextDir,
            build: { ...emptyBuild(), platforms: spec.loaded.spec.platforms },
            // A rendered spec is hashed from a staged context (the hash action's `spec` input), not from files on disk.
            hashable: Boolean(opaque),
        };
        return { units: [unit], findings };
    },
};
function definitionFinding(file, message, line = 1) {
    const rule = RULES_BY_ID.get('ImageDefinitionInvalid');
    return { file, rule: rule.id, severity: rule.severity, line, message: message.trim(), fix: rule.fix, docs: rule.docs };
}
/** Every source, most specific first: the first that claims a file reads it. */
const DEFINITION_SOURCES = [imagesFileSource, specSource, dockerfileSource];
/** The globs `files` means when left empty. */
function defaultGlobs(sources = DEFINITION_SOURCES) {
    return sources.flatMap((source) => source.globs);
}

;// CONCATENATED MODULE: ./src/core/glob.ts
/**
 * Path globs compiled once to regular expressions, for matching thousands of paths: `*` and `?`
 * within a segment, `**` across segments (zero or more), `[\u2026]` classes, `{a,b}` alternatives.
 * As in shells (and node's path.matchesGlob), a segment starting with `.` is matched only by a
 * pattern segment that starts with `.`. Paths are `/`-separated. Pure.
 */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*') {
            while (segment[i + 1] === '*')
                i++;
            out += i === 0 || out === '' ? '(?!\\.)[^/]*' : '[^/]*';
        }
        else if (ch === '?')
            out += out === '' ? '(?!\\.)[^/]' : '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end === -1)
                out += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                out += `[${body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            const end = segment.indexOf('}', i);
            if (end === -1)
                out += '\\{';
            else {
                out += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map((alternative) => segmentSource(alternative).replace(/^\(\?!\\\.\)/, ''))
                    .join('|')})`;
                i = end;
            }
        }
        else
            out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
function glob_globToRegExp(glob) {
    const segments = glob.replace(/^\.\//, '').split('/');
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**')
            source += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
        else
            source += segmentSource(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
/** A matcher for several globs at once. */
function globMatcher(globs) {
    const expressions = globs.map(glob_globToRegExp);
    return (path) => expressions.some((expression) => expression.test(path));
}

;// CONCATENATED MODULE: ./src/core/lint/config.ts
/**
 * validate's config file (the `config` input): a default profile, severity overrides, and
 * per-file profiles and overrides by glob. Checked with a JSON Schema (ajv); every mistake comes
 * back with its line, so the user can find it.
 *
 * ```yaml
 * profile: databricks            # default profile (else the `profile` input)
 * rules:                         # for every file: error | warning | info | off
 *   DL3008: off
 *   SC2086: info
 * files:                         # later entries win over earlier ones
 *   - match: images/dataworks/** # globs, relative to the workspace (one or a list)
 *     profile: dataworks
 *     rules: { DL3059: off }
 * ```
 */





const SETTING = { enum: ['error', 'warning', 'info', 'off'] };
const rules = { type: 'object', additionalProperties: SETTING };
const configSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        profile: { enum: [...PROFILE_NAMES] },
        rules,
        files: {
            type: 'array',
            items: {
                type: 'object',
                required: ['match'],
                additionalProperties: false,
                properties: {
                    match: {
                        oneOf: [
                            { type: 'string', minLength: 1 },
                            { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                        ],
                    },
                    profile: { enum: [...PROFILE_NAMES] },
                    rules,
                },
            },
        },
    },
};
const config_validateSchema = new ajv.Ajv({ allErrors: true, strict: true }).compile(configSchema);
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('; '));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/** Parses and checks a config file; throws ConfigError with `line N: \u2026` problems. */
function parseConfig(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
    if (document.errors.length > 0)
        throw new ConfigError(document.errors.map((e) => `line ${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`));
    const value = (document.toJS() ?? {});
    const nodeLine = (pointer) => {
        const keys = pointer
            .split('/')
            .slice(1)
            .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        const node = document.getIn(keys, true);
        return lineOf((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined);
    };
    const problems = [];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(['line 1: the config must be a mapping (profile, rules, files)']);
    if (!config_validateSchema(value)) {
        for (const error of config_validateSchema.errors ?? []) {
            if (error.keyword === 'oneOf')
                continue;
            const where = error.instancePath || '/';
            let detail = error.message ?? 'is invalid';
            if (error.keyword === 'additionalProperties')
                detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
            if (error.keyword === 'enum')
                detail = `must be one of: ${error.params.allowedValues.join(', ')}`;
            const line = error.keyword === 'additionalProperties'
                ? nodeLine(`${error.instancePath}/${String(error.params.additionalProperty)}`)
                : nodeLine(error.instancePath);
            problems.push(`line ${line}: ${where} ${detail}`);
        }
    }
    const raw = value;
    const checkRules = (record, pointer) => {
        for (const id of Object.keys(record ?? {})) {
            if (!isKnownRule(id))
                problems.push(`line ${nodeLine(`${pointer}/${id}`)}: unknown rule '${id}' (see the rules table in the README)`);
        }
    };
    checkRules(raw.rules, '/rules');
    (raw.files ?? []).forEach((entry, i) => checkRules(entry?.rules, `/files/${i}/rules`));
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    return {
        ...(raw.profile ? { profile: raw.profile } : {}),
        rules: { ...raw.rules },
        files: (raw.files ?? []).map((entry) => ({
            match: Array.isArray(entry.match) ? entry.match : [entry.match],
            ...(entry.profile ? { profile: entry.profile } : {}),
            rules: { ...entry.rules },
        })),
    };
}
const COMPILED = new Map();
function compiled(glob) {
    let expression = COMPILED.get(glob);
    if (!expression)
        COMPILED.set(glob, (expression = glob_globToRegExp(glob)));
    return expression;
}
/** The profile and overrides for one file (workspace-relative, `/`-separated): input, then config, then matching entries in order. */
function settingsFor(config, file, defaultProfile) {
    let profile = config?.profile ?? defaultProfile;
    const overrides = { ...config?.rules };
    for (const entry of config?.files ?? []) {
        if (!entry.match.some((glob) => compiled(glob).test(file)))
            continue;
        if (entry.profile)
            profile = entry.profile;
        Object.assign(overrides, entry.rules);
    }
    return { profile, overrides };
}

;// CONCATENATED MODULE: ./src/core/lint/shell-scripts.ts

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ksh']);
/** The shell a stage's RUN lines use at each point: `sh` unless SHELL says otherwise; undefined for a non-POSIX one. */
function shellAt(stage, index, inherited) {
    let shell = inherited;
    for (const instruction of stage.instructions) {
        if (instruction.index >= index)
            break;
        if (instruction.keyword === 'SHELL') {
            const name = (instruction.json?.[0] ?? '').split('/').pop() ?? '';
            shell = POSIX_SHELLS.has(name) ? name : undefined;
        }
    }
    return shell;
}
function shellScriptFiles(syntax, baseStage) {
    // ShellCheck reads a backslash continuation; a backquote escape (Windows Dockerfiles) it cannot.
    if (syntax.escape !== '\\')
        return [];
    const finalShell = new Map();
    const files = [];
    for (const stage of syntax.stages) {
        const parent = baseStage(stage);
        const inherited = parent ? finalShell.get(parent.index) : 'sh';
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            const shell = shellAt(stage, instruction.index, inherited);
            const script = runScriptText(instruction);
            if (!shell || !script || script.text.trim() === '')
                continue;
            const isHeredoc = instruction.heredocs.length > 0;
            const lines = script.text.split('\n').map((line, i) => {
                if (isHeredoc || i === 0)
                    return line;
                const trimmed = line.trim();
                return trimmed === '' || trimmed.startsWith('#') ? '\\' : line;
            });
            const ownShebang = isHeredoc && (lines[0] ?? '').startsWith('#!');
            files.push({
                content: ownShebang ? `${lines.join('\n')}\n` : `#!/bin/${shell}\n${lines.join('\n')}\n`,
                offset: ownShebang ? script.line - 1 : script.line - 2,
            });
        }
        finalShell.set(stage.index, shellAt(stage, Infinity, inherited));
    }
    return files;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/validate/discovery.ts
/**
 * Which files validate reads: the workspace's files as git lists them (tracked and untracked,
 * .gitignore honoured; a plain folder walk outside git), matched against the `files` globs; and
 * which of them a pull request changes (against the merge base of the PR's base commit).
 */





const WALK_SKIP = new Set(['.git', 'node_modules']);
/** Every file of the workspace, relative and `/`-separated, sorted. */
async function workspaceFiles(workspace, git) {
    if (git) {
        try {
            const out = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
            // A file deleted in the working tree (or a submodule) is still listed: reading it says so.
            const files = [...new Set(out.split('\0').filter((f) => f !== ''))];
            return { files: files.sort(), listedBy: 'git' };
        }
        catch {
            // not a git checkout: walk it
        }
    }
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (WALK_SKIP.has(entry.name))
                continue;
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                walk(external_node_path_default().join(dir, entry.name), relative);
            else if (entry.isFile())
                files.push(relative);
        }
    };
    walk(workspace, '');
    return { files: files.sort(), listedBy: 'walk' };
}
/**
 * The files the globs select (`!glob` lines take files out again). Globs the user gave must each
 * match something: a typo would otherwise validate nothing and pass.
 */
function selectFiles(files, globs, explicit) {
    const include = globs.filter((g) => !g.startsWith('!'));
    const excluded = globMatcher(globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
    const selected = new Set();
    for (const glob of include) {
        const expression = glob_globToRegExp(glob);
        const matched = files.filter((file) => expression.test(file));
        if (explicit && matched.length === 0)
            throw new errors_InputError('files', `'${glob}' matches no file in the workspace`, 'Fix the glob (paths are relative to the workspace, e.g. images/**/Dockerfile)');
        for (const file of matched)
            selected.add(file);
    }
    return [...selected].filter((file) => !excluded(file)).sort();
}
/** The file as text (undefined when it is gone); a binary file (NUL bytes, not UTF-8) is an input error naming it. */
function readTextFile(absolute, relative) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        // Listed by git but gone from the working tree, or a submodule's folder: nothing to validate.
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR')
            return undefined;
        throw new errors_InputError('files', `cannot read '${relative}' (${code ?? 'error'})`, 'Make it readable, or leave it out of files');
    }
    const binary = () => new errors_InputError('files', `'${relative}' is not a text file (it looks binary)`, 'Leave it out of files (a `!path` line excludes it)');
    if (text.includes('\0'))
        throw binary();
    // Decoding replaced invalid UTF-8 with U+FFFD; only then are the bytes worth a second look.
    if (text.includes('\uFFFD') && !(0,external_node_buffer_.isUtf8)((0,external_node_fs_.readFileSync)(absolute)))
        throw binary();
    return text;
}
/**
 * Files that differ between the merge base of `base` and the working tree, plus untracked ones.
 * A base commit missing from a shallow clone is fetched (one commit). Undefined when git cannot
 * tell: the caller then validates everything, never less.
 */
async function changedFiles(git, base) {
    const has = async (rev) => git.run(['cat-file', '-e', `${rev}^{commit}`]).then(() => true, () => false);
    if (!(await has(base))) {
        await git.run(['fetch', '--no-tags', '--depth=1', 'origin', base]).catch(() => undefined);
        if (!(await has(base)))
            return undefined;
    }
    const mergeBase = (await git.run(['merge-base', base, 'HEAD']).catch(() => base)).trim() || base;
    try {
        const diff = await git.run(['diff', '--name-only', '-z', '--no-renames', mergeBase]);
        const untracked = await git.run(['ls-files', '-z', '--others', '--exclude-standard']);
        return { base: mergeBase, files: new Set([...diff.split('\0'), ...untracked.split('\0')].filter((f) => f !== '')) };
    }
    catch {
        return undefined;
    }
}
/** Whether a unit is touched: its file, its Dockerfile, or anything in its context changed. */
function touches(changed, unit) {
    if (changed.has(unit.file) || changed.has(unit.dockerfileRelative) || (unit.origin !== undefined && changed.has(unit.origin)))
        return true;
    const prefix = unit.contextRelative === '' || unit.contextRelative === '.' ? '' : `${unit.contextRelative}/`;
    for (const file of changed)
        if (prefix === '' || file.startsWith(prefix))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/validate/context-facts.ts
/**
 * What the rules need to know about a build context on disk: the ignore file Docker would use (its
 * patterns, for CopyIgnoredFile) and, when there is none, whether `.git` is in it and how big it
 * is (counting stops past the limit: only "over 100 MB" matters).
 */



const SIZE_LIMIT = 100 * 1024 * 1024;
/** Ignore files read, by content (a repository repeats a few). */
const PATTERNS = new Map();
const ENTRY_LIMIT = 200_000;
function contextBytes(dir) {
    let bytes = 0;
    let entries = 0;
    const stack = [dir];
    while (stack.length > 0 && bytes <= SIZE_LIMIT && entries < ENTRY_LIMIT) {
        const current = stack.pop();
        let list;
        try {
            list = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of list) {
            entries++;
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory())
                stack.push(full);
            else if (entry.isFile()) {
                try {
                    bytes += (0,external_node_fs_.lstatSync)(full).size;
                }
                catch {
                    // gone: nothing to send
                }
            }
        }
    }
    return bytes;
}
/**
 * `isFile` answers from the workspace listing when the caller has one (no system call per
 * candidate); without it the file system is asked.
 */
function contextFacts(contextDir, dockerfile, isFile = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}) {
    for (const candidate of ignoreFileCandidates(contextDir, dockerfile)) {
        if (!isFile(candidate.file))
            continue;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(candidate.file, 'utf8');
        }
        catch {
            continue;
        }
        let patterns = PATTERNS.get(text);
        if (!patterns) {
            if (PATTERNS.size > 1000)
                PATTERNS.clear();
            PATTERNS.set(text, (patterns = readIgnorePatterns(text)));
        }
        return { facts: { hasIgnoreFile: true, hasGit: false, bytes: 0 }, ignorePatterns: patterns };
    }
    let hasGit;
    try {
        (0,external_node_fs_.lstatSync)(external_node_path_default().join(contextDir, '.git'));
        hasGit = true;
    }
    catch {
        hasGit = false;
    }
    return { facts: { hasIgnoreFile: false, hasGit, bytes: contextBytes(contextDir) }, ignorePatterns: null };
}

;// CONCATENATED MODULE: ./src/validate/image-facts.ts


function withTimeout(work, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
    });
    return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
async function lookUpImages(client, references, platform, options = {}) {
    const facts = new Map();
    const queue = [...new Set(references)].filter((ref) => {
        try {
            parseImageRef(ref);
            return true;
        }
        catch {
            return false;
        }
    });
    const oci = parsePlatform(platform);
    const worker = async () => {
        for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
            const image = ref;
            const found = await withTimeout((async () => {
                const [digest, config] = await Promise.all([
                    parseImageRef(image).digest ? Promise.resolve(undefined) : client.resolveDigest(image).catch(() => undefined),
                    client.imageConfig(image, oci).catch(() => undefined),
                ]);
                const env = config?.config?.Env;
                return {
                    ...(digest ? { digest } : {}),
                    ...(Array.isArray(env) ? { env: env.filter((e) => typeof e === 'string') } : {}),
                };
            })(), options.timeoutMs ?? 10_000);
            if (found && (found.digest || found.env))
                facts.set(image, found);
        }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
    return facts;
}

;// CONCATENATED MODULE: ./src/validate/shellcheck.ts
/**
 * ShellCheck on RUN scripts, as hadolint runs it, through the one exec seam: every script of
 * every Dockerfile is written to a scratch folder and checked in a few `shellcheck --format=json1`
 * runs; each comment comes back as a finding on the Dockerfile line it is about. Without
 * shellcheck installed this reports that and checks nothing.
 */






/** Codes that only say what a lone script cannot know: files it sources, variables ARG and ENV set. */
const SHELLCHECK_EXCLUDED = ['SC1090', 'SC1091', 'SC2154'];
const BATCH = 200;
const LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'info' };
/** Checks the scripts of several Dockerfiles (made only when shellcheck is there); `findings[i]` belongs to `scripts[i]`. */
async function runShellcheck(runner, scriptsOf) {
    const rule = RULES_BY_ID.get('ShellCheck');
    // Ask first: without shellcheck there is no point writing the scripts out.
    try {
        await runner.run('shellcheck', ['--version'], { quiet: true });
    }
    catch (error) {
        if (error instanceof CommandNotFoundError)
            return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
        throw error;
    }
    const scripts = typeof scriptsOf === 'function' ? scriptsOf() : scriptsOf;
    const findings = scripts.map(() => []);
    const files = [];
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'image-actions-shellcheck-'));
    try {
        scripts.forEach((list, owner) => list.forEach((script) => {
            const name = external_node_path_default().join(scratch, `${files.length}.sh`);
            (0,external_node_fs_.writeFileSync)(name, script.content);
            files.push({ name, owner, script });
        }));
        const byName = new Map(files.map((f) => [f.name, f]));
        for (let start = 0; start < files.length; start += BATCH) {
            const batch = files.slice(start, start + BATCH).map((f) => f.name);
            let result;
            try {
                result = await runner.run('shellcheck', ['--format=json1', '--norc', `--exclude=${SHELLCHECK_EXCLUDED.join(',')}`, ...batch], {
                    quiet: true,
                });
            }
            catch (error) {
                if (error instanceof CommandNotFoundError)
                    return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
                throw error;
            }
            // 0: clean, 1: comments; anything else is shellcheck failing.
            if (result.exitCode !== 0 && result.exitCode !== 1)
                throw new errors_StepError(`shellcheck failed (exit code ${result.exitCode}): ${result.output.trim().split('\n').slice(-3).join(' ')}`);
            const parsed = JSON.parse(result.stdout || '{"comments":[]}');
            for (const comment of parsed.comments) {
                const file = byName.get(comment.file);
                if (!file)
                    continue;
                const code = `SC${comment.code}`;
                findings[file.owner]?.push({
                    rule: code,
                    severity: LEVELS[comment.level] ?? 'info',
                    line: comment.line + file.script.offset,
                    ...(comment.endLine !== comment.line ? { endLine: comment.endLine + file.script.offset } : {}),
                    message: `${code}: ${comment.message}`,
                    fix: rule.fix,
                    docs: `https://www.shellcheck.net/wiki/${code}`,
                });
            }
        }
        return { ran: true, findings };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/validate/validate-files.ts
/**
 * validate from files to findings: list the workspace, pick the files the globs name, let each
 * definition source turn its files into Dockerfile units, keep the units a pull request touches,
 * gather what the rules need from disk and the registry, lint (core/lint), run ShellCheck over the
 * RUN scripts, and map every finding back to the file and line it is about. No GitHub here.
 */











/** Reads every selected file through the first source that claims it. */
function loadUnits(workspace, files, sources) {
    const units = [];
    const findings = [];
    for (const relative of files) {
        const source = sources.find((s) => s.claims(relative));
        if (!source)
            continue;
        const absolute = external_node_path_default().join(workspace, relative);
        const text = readTextFile(absolute, relative);
        if (text === undefined)
            continue;
        const loaded = source.load({ absolute, relative, text }, workspace);
        units.push(...loaded.units);
        findings.push(...loaded.findings);
    }
    // A Dockerfile an image definition names is validated with that definition's build (args, target,
    // platforms), not a second time on its own.
    const defined = new Set(units.filter((u) => u.definitionFile).map((u) => u.dockerfile));
    return { units: units.filter((u) => u.definitionFile || !defined.has(u.dockerfile)), findings };
}
function settingsOf(unit, request, facts, isFile) {
    const { profile, overrides } = settingsFor(request.config, unit.file, request.profile);
    const { facts: context, ignorePatterns } = contextFacts(unit.context, unit.dockerfile, isFile);
    return { profile, overrides, build: unit.build, ignorePatterns, context, images: facts };
}
async function validateFiles(request, seams) {
    const sources = seams.sources ?? DEFINITION_SOURCES;
    const { files: all, listedBy } = await workspaceFiles(request.workspace, seams.git);
    const files = selectFiles(all, request.globs, request.explicit);
    const loaded = loadUnits(request.workspace, files, sources);
    const changed = request.base && seams.git ? await changedFiles(seams.git, request.base) : undefined;
    const isTouched = (unit) => !changed ||
        touches(changed.files, {
            file: unit.file,
            dockerfileRelative: relativeTo(request.workspace, unit.dockerfile),
            contextRelative: relativeTo(request.workspace, unit.context),
            ...(unit.definitionFile ? { origin: unit.definitionFile } : {}),
        });
    const units = request.changedOnly ? loaded.units.filter(isTouched) : loaded.units;
    const unchanged = request.changedOnly ? loaded.units.filter((u) => !isTouched(u)) : [];
    const syntaxes = units.map((unit) => syntax_parseDockerfile(unit.text));
    const facts = seams.registry
        ? await lookUpImages(seams.registry, syntaxes.flatMap((s) => externalBases(s)), DEFAULT_PLATFORM)
        : new Map();
    // Ignore files are looked up in the workspace listing: no system call for the ones that are not there.
    const listed = new Set(all.map((file) => external_node_path_default().join(request.workspace, file)));
    const isFile = (file) => listed.has(file);
    const settings = units.map((unit) => settingsOf(unit, request, facts, isFile));
    const results = syntaxes.map((syntax, i) => lintSyntax(syntax, settings[i]));
    const scripts = () => results.map((result, i) => {
        if (!shellcheckEnabled(settings[i]))
            return [];
        const ctx = new LintContext(result.syntax, settings[i], () => undefined);
        return shellScriptFiles(result.syntax, (stage) => ctx.baseStage(stage));
    });
    const shellcheck = results.some((r) => r.syntax.instructions.some((i) => i.keyword === 'RUN'))
        ? await runShellcheck(seams.runner, scripts)
        : { ran: true, findings: results.map(() => []) };
    const findings = [...loaded.findings];
    const seen = new Set();
    results.forEach((result, i) => {
        const unit = units[i];
        const extra = shellcheck.ran ? (shellcheck.findings[i] ?? []) : [];
        for (const finding of finalizeFindings(result, extra, settings[i])) {
            const line = unit.mapLine ? unit.mapLine(finding.line) : finding.line;
            const endLine = finding.endLine && unit.mapLine ? unit.mapLine(finding.endLine) : finding.endLine;
            const key = `${unit.file}:${line}:${finding.rule}:${finding.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push({ ...finding, line, ...(endLine ? { endLine } : {}), file: unit.file });
        }
    });
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return {
        units,
        findings,
        files,
        listedBy,
        unchanged,
        touched: changed ? loaded.units.filter(isTouched) : [],
        ...(changed ? { changed } : {}),
        shellcheck: shellcheck.ran ? { ran: true } : { ran: false, reason: shellcheck.reason },
    };
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
    throw new errors_InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return splitList(getInput(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return getInput(name)
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

;// CONCATENATED MODULE: ./src/actions/validate/inputs.ts








function readAuto(name) {
    const value = readString(name).toLowerCase();
    if (value === '' || value === 'auto')
        return 'auto';
    return readBoolean(name);
}
function readConfig() {
    const value = readOptional('config');
    if (!value)
        return undefined;
    const file = resolveInWorkspace('config', value);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors_InputError('config', `cannot read '${value}' (${error.code ?? 'error'})`, 'Give the path of the config file, relative to the workspace');
    }
    try {
        return parseConfig(text);
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        throw new errors_InputError('config', `${value} is not valid: ${error.problems.join('; ')}`, 'Fix the lines named (see the config format in the README)');
    }
}
function readValidateInputs() {
    // The runner expands `${{ github.token }}`; from a terminal or a test harness the default arrives as written.
    const tokenInput = readString('github-token');
    const githubToken = tokenInput.includes('${{') ? (process.env.GITHUB_TOKEN ?? '') : tokenInput;
    if (githubToken)
        setSecret(githubToken);
    const sarif = readOptional('sarif-file');
    return {
        files: readLines('files').flatMap((line) => (line.startsWith('!') ? [line] : readListOf(line))),
        changedOnly: readAuto('changed-only'),
        base: readOptional('base'),
        profile: readChoice('profile', PROFILE_NAMES),
        config: readConfig(),
        failOn: readChoice('fail-on', ['error', 'warning', 'info', 'never']),
        sarifFile: sarif ? resolveInWorkspace('sarif-file', sarif, external_node_path_default().resolve(workspaceRoot())) : undefined,
        comment: readAuto('comment'),
        githubToken,
        resolveImages: readBoolean('resolve-images'),
        insecureRegistries: readList('insecure-registries'),
        explain: readBoolean('explain'),
    };
}
/** A line of `files` may hold several globs separated by commas. */
function readListOf(line) {
    return line
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
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
function summary_code(text) {
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

;// CONCATENATED MODULE: ./src/actions/validate/summary.ts

const ICON = { error: '\u274c', warning: '\u26a0\ufe0f', info: '\u2139\ufe0f' };
const COMMENT_ROWS = 50;
function countsLine(counts) {
    return `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`;
}
function summary_where(finding) {
    return `${finding.file}:${finding.line}`;
}
/** The job summary: counts, what was validated, every finding with its fix, and why images rebuild. */
async function writeValidateSummary(report) {
    await writeSummary('Validate', [
        ['Findings', `${countsLine(report.counts)} (fails on: ${escapeHtml(report.failOn)})`],
        [
            'Validated',
            `${report.units} Dockerfile${report.units === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'}${report.unchanged > 0 ? `; ${report.unchanged} left out (the pull request does not touch them)` : ''}`,
        ],
        ['ShellCheck', report.shellcheck ? escapeHtml(report.shellcheck) : 'ran on every RUN script'],
    ], (summary) => {
        if (report.findings.length > 0) {
            summary.addTable(table(['Rule', 'Where', 'Message', 'Fix'], report.findings.map((f) => [
                `${ICON[f.severity]} <a href="${escapeHtml(f.docs)}">${escapeHtml(f.rule)}</a>`,
                summary_code(summary_where(f)),
                escapeHtml(f.message),
                escapeHtml(f.fix),
            ])));
        }
        else {
            summary.addRaw('<p>No findings.</p>', true);
        }
        if (report.rebuilds.length > 0) {
            summary.addHeading('Why this pull request rebuilds', 4);
            summary.addList(report.rebuilds.map((r) => escapeHtml(r.summary)));
        }
    });
}
/** Markdown cell text: no pipes or line breaks. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The pull-request comment: the same report, Markdown, capped in length. */
function commentBody(report, marker, runUrl) {
    const lines = [marker, '### image-actions validate', ''];
    if (report.findings.length === 0) {
        lines.push(`\u2705 No findings in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`);
    }
    else {
        lines.push(`**${countsLine(report.counts)}** in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`, '');
        lines.push('| | Rule | Where | Message | Fix |', '|---|---|---|---|---|');
        for (const f of report.findings.slice(0, COMMENT_ROWS)) {
            lines.push(`| ${ICON[f.severity]} | [${cell(f.rule)}](${f.docs}) | \`${cell(summary_where(f))}\` | ${cell(f.message)} | ${cell(f.fix)} |`);
        }
        if (report.findings.length > COMMENT_ROWS)
            lines.push('', `\u2026 and ${report.findings.length - COMMENT_ROWS} more${runUrl ? ` in the [job summary](${runUrl})` : ''}.`);
    }
    if (report.rebuilds.length > 0) {
        lines.push('', '#### Why this pull request rebuilds', '');
        for (const rebuild of report.rebuilds)
            lines.push(`- ${cell(rebuild.summary)}`);
    }
    if (runUrl)
        lines.push('', `<sub>[run](${runUrl})</sub>`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/actions/validate/main.ts



















const PACKAGE_VERSION = '0.1.0';
const SEVERITIES = ['error', 'warning', 'info'];
/** The pull request the event is about, and its base commit. */
function pullRequestOf(event) {
    const payload = event;
    const number = payload?.pull_request?.number;
    const owner = payload?.repository?.owner?.login;
    const repo = payload?.repository?.name;
    if (typeof number !== 'number' || !owner || !repo)
        return undefined;
    return { pr: { owner, repo, number }, baseSha: payload?.pull_request?.base?.sha };
}
function failingCount(counts, failOn) {
    if (failOn === 'never')
        return 0;
    return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).reduce((sum, severity) => sum + counts[severity], 0);
}
async function run(seams = {}) {
    const { runner = new SpawnRunner(), registry = (insecure) => makeRegistryClient(undefined, insecure), github = (token, baseUrl) => commentClient({ token, baseUrl }), sources = DEFINITION_SOURCES, } = seams;
    await runAction(async () => {
        const inputs = readValidateInputs();
        const workspace = workspaceRoot();
        const { context, problem } = readRunContext();
        if (problem)
            warning(problem);
        const onPullRequest = isPullRequestEvent(context.eventName);
        const pull = onPullRequest ? pullRequestOf(context.event) : undefined;
        const base = inputs.base ?? pull?.baseSha;
        let changedOnly = inputs.changedOnly === 'auto' ? onPullRequest : inputs.changedOnly;
        if (changedOnly && !base) {
            if (inputs.changedOnly === true)
                throw new errors_InputError('changed-only', 'there is no base commit to compare with', "Run it on pull_request, or set base (e.g. 'origin/main')");
            changedOnly = false;
        }
        const explicit = inputs.files.length > 0;
        const git = gitRunner(workspace, runner);
        const { value: outcome, ms } = await timedGroup('Validate Dockerfiles', async () => {
            const result = await validateFiles({
                workspace,
                globs: explicit ? inputs.files : defaultGlobs(sources),
                explicit,
                profile: inputs.profile,
                ...(inputs.config ? { config: inputs.config } : {}),
                changedOnly,
                ...(base ? { base } : {}),
            }, { runner, git, sources, ...(inputs.resolveImages ? { registry: registry(inputs.insecureRegistries) } : {}) });
            info(`Files: ${result.files.length} selected (${result.listedBy === 'git' ? 'git ls-files, .gitignore honoured' : 'folder walk'}); Dockerfiles: ${result.units.length}`);
            if (base && !result.changed)
                warning(`Cannot compare with ${base} (not fetched?): every selected Dockerfile is validated`);
            if (result.unchanged.length > 0)
                info(`Left out (the pull request does not touch them): ${result.unchanged.map((u) => u.file).join(', ')}`);
            if (!result.shellcheck.ran)
                info(`ShellCheck: ${result.shellcheck.reason}`);
            return result;
        });
        info(`Validated in ${ms} ms`);
        let rebuilds = [];
        if (inputs.explain && outcome.changed && outcome.touched.length > 0) {
            const changedBase = outcome.changed.base;
            rebuilds = (await timedGroup('Why this pull request rebuilds', async () => {
                const list = await explainRebuilds(outcome.touched, git, changedBase, workspace);
                for (const rebuild of list)
                    info(rebuild.summary);
                return list;
            })).value;
        }
        const findings = outcome.findings;
        annotate(findings);
        const counts = { error: 0, warning: 0, info: 0 };
        for (const finding of findings)
            counts[finding.severity]++;
        if (inputs.sarifFile) {
            const sarif = sarifLog(findings, {
                version: PACKAGE_VERSION,
                informationUri: sourceUrlFromEnv() || 'https://github.com/org/image-actions',
            });
            try {
                writeFileAtomically(inputs.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
            }
            catch (error) {
                throw new errors_InputError('sarif-file', `cannot write '${inputs.sarifFile}' (${error.code ?? errorMessage(error)})`, 'Give a file path in a writable folder of the workspace');
            }
            info(`Wrote SARIF to ${external_node_path_default().relative(workspace, inputs.sarifFile)}`);
        }
        setOutputs({
            errors: counts.error,
            warnings: counts.warning,
            findings: JSON.stringify(findings.map(({ file, line, endLine, rule, severity, message, fix, docs }) => ({
                file,
                line,
                ...(endLine ? { endLine } : {}),
                rule,
                severity,
                message,
                fix,
                docs,
            }))),
            'sarif-file': inputs.sarifFile ?? '',
        });
        const report = {
            findings,
            counts,
            files: outcome.files.length,
            units: outcome.units.length,
            unchanged: outcome.unchanged.length,
            rebuilds,
            ...(outcome.shellcheck.ran ? {} : { shellcheck: outcome.shellcheck.reason ?? 'did not run' }),
            failOn: inputs.failOn,
        };
        await writeValidateSummary(report);
        const comment = inputs.comment === 'auto' ? onPullRequest : inputs.comment;
        if (comment) {
            if (!pull)
                warning('comment: this run is not about a pull request; nothing to comment on');
            else if (!inputs.githubToken)
                warning('comment: no github-token; the findings are in the job summary');
            else {
                const marker = `<!-- image-actions:validate ${process.env.GITHUB_WORKFLOW ?? ''}/${process.env.GITHUB_JOB ?? ''} -->`;
                const runUrl = sourceUrlFromEnv() && process.env.GITHUB_RUN_ID ? `${sourceUrlFromEnv()}/actions/runs/${process.env.GITHUB_RUN_ID}` : '';
                const octokit = github(inputs.githubToken, process.env.GITHUB_API_URL ?? '');
                const quiet = findings.length === 0 && rebuilds.length === 0;
                try {
                    const result = await upsertComment(octokit, pull.pr, marker, commentBody(report, marker, runUrl), !quiet);
                    if (result.action === 'read-only')
                        warning(`comment: the token may not comment on this pull request (HTTP ${result.status}; pull requests from forks get a read-only token). The findings are in the job summary.`);
                    else if (result.action === 'skipped')
                        info('comment: nothing to say and no earlier comment to update');
                    else
                        info(`comment: ${result.action} ${result.url}`);
                }
                catch (error) {
                    warning(`comment: could not comment on the pull request (${errorMessage(error)}); the findings are in the job summary`);
                }
            }
        }
        info(`Findings: ${countsLine(counts)}`);
        const failing = failingCount(counts, inputs.failOn);
        if (failing > 0)
            setFailed(`${failing} finding${failing === 1 ? '' : 's'} at or above fail-on: ${inputs.failOn} (${countsLine(counts)})`);
    });
}


/***/ })

};
