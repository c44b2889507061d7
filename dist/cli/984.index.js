export const id = 984;
export const ids = [984];
export const modules = {

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCommand: () => (/* binding */ renderCommand),
/* harmony export */   renderUsage: () => (/* binding */ renderUsage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3210);
/* harmony import */ var _runtime_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9333);
/* harmony import */ var _spec_load_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5868);
/* harmony import */ var _spec_stage_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6895);
/**
 * `image-actions render SPEC [--context-dir DIR]`: prints the Dockerfile an image spec renders to
 * (the spec's advice goes to stderr). With `--context-dir`, also writes the rendered context: the
 * files the spec copies, the Dockerfile, and a .dockerignore leaving those two out — so
 * `docker build DIR`, and the hash of DIR, are the spec's own. Exit 0, 1 for a bad spec, 2 for wrong usage.
 */








const renderUsage = 'SPEC [--context-dir DIR] — print the Dockerfile an image spec (image.yaml, or images.yaml#name) renders to; --context-dir writes the rendered context';
const RENDERED_IGNORE = '# Written by image-actions render: the context is already filtered; this leaves out the two files that describe it.\nDockerfile\n.dockerignore\n';
/** In Actions the workspace bounds every path; from a terminal, the current folder when the spec is in it, else nothing. */
function boundary(spec) {
    const cwd = process.cwd();
    if (process.env.GITHUB_ACTIONS === 'true')
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE || cwd);
    return (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)(cwd, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, spec.replace(/#[^/]*$/, ''))) ? cwd : node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(spec)).root;
}
async function renderCommand(args) {
    let spec;
    let contextDir;
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: { 'context-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals: true,
        });
        if (values.help) {
            process.stdout.write(`Usage: image-actions render ${renderUsage}\n`);
            return 0;
        }
        if (positionals.length !== 1)
            throw new Error(`expected one spec file, got ${positionals.length}`);
        spec = positionals[0];
        contextDir = values['context-dir'];
    }
    catch (error) {
        process.stderr.write(`image-actions render: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\nUsage: image-actions render ${renderUsage}\n`);
        return 2;
    }
    try {
        const workspace = boundary(spec);
        const loaded = (0,_spec_load_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .loadSpec */ .II)((0,_spec_load_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSpecReference */ .c7)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(spec), workspace), { workspace, env: process.env, input: 'spec' });
        for (const warning of loaded.rendered.warnings)
            process.stderr.write(`warning: ${(0,_core_spec_types_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .V)(loaded.spec.fileName, warning)}\n`);
        if (contextDir !== undefined) {
            if (loaded.rendered.mode === 'dockerfile') {
                throw new Error(`${loaded.spec.fileName} builds its own Dockerfile from ${loaded.contextDir} as is: there is no rendered context to write`);
            }
            const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(contextDir);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(target).length > 0)
                throw new Error(`--context-dir ${contextDir} is not empty`);
            const staged = (0,_spec_stage_context_js__WEBPACK_IMPORTED_MODULE_7__/* .stageSpecContext */ .x)(loaded, target);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, 'Dockerfile'))) {
                throw new Error(`the spec copies a file named Dockerfile to the root of its context, where the rendered one must go: ${contextDir} holds the staged files only`);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, 'Dockerfile'), loaded.rendered.dockerfile);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, '.dockerignore'), RENDERED_IGNORE);
            process.stderr.write(`wrote ${contextDir}: Dockerfile, .dockerignore and ${staged.files} file${staged.files === 1 ? '' : 's'} the spec copies\n`);
        }
        process.stdout.write(loaded.rendered.dockerfile);
        return 0;
    }
    catch (error) {
        process.stderr.write(`image-actions render: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n`);
        return 1;
    }
}


/***/ })

};
