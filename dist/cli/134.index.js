export const id = 134;
export const ids = [134];
export const modules = {

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/core/git/state.ts + 1 modules
var git_state = __webpack_require__(836);
// EXTERNAL MODULE: ./src/git/state-reader.ts + 1 modules
var state_reader = __webpack_require__(2100);
// EXTERNAL MODULE: ./src/runtime/run-context.ts
var run_context = __webpack_require__(9087);
// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
;// CONCATENATED MODULE: ./src/actions/git-state/inputs.ts


function readGitStateInputs() {
    return {
        path: (0,workspace/* resolveInWorkspace */.z1)('path', (0,inputs/* readString */.E3)('path') || '.'),
        requireClean: (0,inputs/* readBoolean */.Vf)('require-clean'),
    };
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/git-state/summary.ts


const listedInSummary = 50;
/** A small job-summary table: the commit the image will record and whether the tree matches it. */
async function writeGitStateSummary(state) {
    const fields = [
        ['Commit', (0,github_summary/* code */.aY)(state.commit)],
        ...(state.headCommit !== state.commit ? [['HEAD (checked out)', (0,github_summary/* code */.aY)(state.headCommit)]] : []),
        ['Ref', (0,github_summary/* code */.aY)(state.ref)],
        ['Branch', (0,github_summary/* code */.aY)(state.branch)],
        ['Tag', (0,github_summary/* code */.aY)(state.tag)],
        ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
        ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
    ];
    await (0,github_summary/* writeSummary */.Sy)('Git state', fields, (summary) => {
        if (state.clean)
            return;
        const items = state.dirty
            .slice(0, listedInSummary)
            .map((entry) => `${(0,github_summary/* code */.aY)((0,git_state/* displayPath */.Gt)(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
        if (state.dirty.length > listedInSummary)
            items.push(`\u2026 and ${state.dirty.length - listedInSummary} more (see the log)`);
        summary.addList(items);
    });
}

;// CONCATENATED MODULE: ./src/actions/git-state/main.ts









async function run(seams = {}) {
    const { git = git_command/* gitRunner */.XZ } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readGitStateInputs();
        const { context, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            actions_core/* warning */.$e(problem);
        const { value: state } = await (0,run_action/* timedGroup */.RD)(`Read git state of ${inputs.path}`, async () => {
            const facts = await (0,state_reader/* readRepositoryFacts */.m)(inputs.path, (0,git_state/* commitsToRead */.Gy)(context), git).catch((error) => {
                if (error instanceof state_reader/* NotARepositoryError */.l) {
                    throw new errors/* InputError */.dz('path', error.message, 'Check the repository out first (actions/checkout) or point path at a folder inside it');
                }
                throw error;
            });
            const decided = (0,git_state/* decideGitState */.Qj)(facts, context);
            for (const note of decided.notes)
                actions_core/* info */.pq(note);
            actions_core/* info */.pq(`${decided.commit} (${decided.ref || 'detached HEAD'}) from ${decided.source}; working tree ${decided.clean ? 'clean' : 'dirty'}`);
            return decided;
        });
        for (const warning of state.warnings)
            actions_core/* warning */.$e(warning);
        if (!state.clean) {
            actions_core/* startGroup */.Oh(`Dirty: ${state.dirty.length} path(s)`);
            for (const entry of state.dirty)
                actions_core/* info */.pq((0,git_state/* describeDirtyEntry */.m0)(entry));
            actions_core/* endGroup */.N4();
        }
        (0,run_action/* setOutputs */.n0)((0,git_state/* gitStateOutputs */.i$)(state));
        await writeGitStateSummary(state);
        if (inputs.requireClean && !state.clean)
            throw new errors/* StepError */.zg((0,git_state/* dirtyTreeMessage */.wQ)(state));
    });
}


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XZ: () => (/* binding */ gitRunner),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   t1: () => (/* binding */ streamGit)
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
/**
 * Runs `git <args>` in `dir` handing stdout to `onChunk` as raw chunks as they arrive (nothing
 * is kept); throws GitCommandError on a non-zero exit.
 */
async function streamGit(dir, args, onChunk, exec = new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .SpawnRunner */ .yL()) {
    const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, onStdout: onChunk });
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.output);
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
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9921);
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
