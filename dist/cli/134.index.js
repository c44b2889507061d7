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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/git/state.ts + 1 modules
var git_state = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/git/state-reader.ts + 1 modules
var state_reader = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/git/run-context.ts
var run_context = __webpack_require__(2455);
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

;// CONCATENATED MODULE: ./src/actions/git-state/summary.ts


const listedInSummary = 50;
/** A small job-summary table: the commit the image will record and whether the tree matches it. */
async function writeGitStateSummary(state) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // run outside a runner: nothing to write to
    const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '—');
    const rows = [
        [{ data: 'Field', header: true }, { data: 'Value', header: true }],
        ['Commit', code(state.commit)],
        ...(state.headCommit !== state.commit ? [['HEAD (checked out)', code(state.headCommit)]] : []),
        ['Ref', code(state.ref)],
        ['Branch', code(state.branch)],
        ['Tag', code(state.tag)],
        ['Committed', `${new Date(state.commitTime * 1000).toISOString()} (${state.commitTime})`],
        ['Working tree', state.clean ? 'clean' : `dirty: ${state.dirty.length} path(s)`],
    ];
    const summary = core/* summary */.z.addHeading('Git state', 3).addTable(rows);
    if (!state.clean) {
        const items = state.dirty
            .slice(0, listedInSummary)
            .map((entry) => `${code((0,git_state/* displayPath */.Gt)(entry.path))} ${entry.detail ? `submodule: ${entry.detail}` : entry.change}`);
        if (state.dirty.length > listedInSummary)
            items.push(`… and ${state.dirty.length - listedInSummary} more (see the log)`);
        summary.addList(items);
    }
    await summary.write();
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/actions/git-state/main.ts








/**
 * Records which commit is being built and whether the working tree matches it. Outputs are always
 * written, also when `require-clean` then fails the step, so later `if: always()` steps can report them.
 */
async function run() {
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readGitStateInputs();
        const { context, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            core/* warning */.$e(problem);
        const { value: state } = await (0,run_action/* timedGroup */.RD)(`Read git state of ${inputs.path}`, async () => {
            const facts = await (0,state_reader/* readRepositoryFacts */.mW)(inputs.path, (0,git_state/* commitsToRead */.Gy)(context)).catch((error) => {
                if (error instanceof state_reader/* NotARepositoryError */.lE) {
                    throw new errors/* InputError */.dz('path', error.message, 'Check the repository out first (actions/checkout) or point path at a folder inside it');
                }
                throw error;
            });
            const decided = (0,git_state/* decideGitState */.Qj)(facts, context);
            for (const note of decided.notes)
                core/* info */.pq(note);
            core/* info */.pq(`${decided.commit} (${decided.ref || 'detached HEAD'}) from ${decided.source}; working tree ${decided.clean ? 'clean' : 'dirty'}`);
            return decided;
        });
        for (const warning of state.warnings)
            core/* warning */.$e(warning);
        if (!state.clean) {
            core/* startGroup */.Oh(`Dirty: ${state.dirty.length} path(s)`);
            for (const entry of state.dirty)
                core/* info */.pq((0,git_state/* describeDirtyEntry */.m0)(entry));
            core/* endGroup */.N4();
        }
        (0,run_action/* setOutputs */.n0)((0,git_state/* gitStateOutputs */.i$)(state));
        await writeGitStateSummary(state);
        if (inputs.requireClean && !state.clean)
            throw new errors/* StepError */.zg((0,git_state/* dirtyTreeMessage */.wQ)(state));
    });
}


/***/ }),

/***/ 2291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   T9: () => (/* binding */ readOptional),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   ob: () => (/* binding */ readKeyValueLines),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yu: () => (/* binding */ readRequired)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


/**
 * Readers for action inputs. Each returns a typed value or throws an InputError that names the
 * input; defaults come from action.yml (the runner applies them, and so does the CLI).
 */
function readString(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
}
function readOptional(name) {
    const value = readString(name);
    return value === '' ? undefined : value;
}
function readRequired(name, fix) {
    const value = readString(name);
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but empty', fix);
    return value;
}
function readBoolean(name) {
    const value = readString(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = readString(name);
    if (choices.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return splitList(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name));
}
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
function readKeyValueLines(name) {
    const result = {};
    for (const line of readLines(name)) {
        const at = line.indexOf('=');
        if (at <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
        }
        result[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return result;
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9541);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}


/***/ })

};
