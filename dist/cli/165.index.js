export const id = 165;
export const ids = [165];
export const modules = {

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareSpecBuild: () => (/* binding */ prepareSpecBuild),
/* harmony export */   y: () => (/* binding */ specAsDockerfile)
/* harmony export */ });
/* unused harmony export temporaryRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5868);
/* harmony import */ var _stage_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6895);
/**
 * A spec turned into what a Dockerfile build is made of, for the hash, build and plan (and, through
 * specAsDockerfile, for validate): the rendered Dockerfile and a context holding exactly what the
 * spec copies, in a temporary folder removed afterwards. An opaque `dockerfile:` spec is built
 * from its own Dockerfile and context, as the dockerfile input would be.
 */





/** Where temporary folders go: RUNNER_TEMP on a runner (cleaned after the job), else the system's. */
function temporaryRoot() {
    return process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}
function prepareSpecBuild(loaded, tempRoot = temporaryRoot()) {
    const base = loaded.spec.base;
    if (loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile') {
        return {
            contextDir: loaded.contextDir,
            dockerfile: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(loaded.contextDir, base.path),
            useGit: true,
            stagedFiles: 0,
            dispose: () => { },
        };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tempRoot, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempRoot, 'image-spec-'));
    try {
        const contextDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'context');
        const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'Dockerfile');
        const staged = (0,_stage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .stageSpecContext */ .x)(loaded, contextDir);
        (0,_stage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRenderedDockerfile */ .L)(loaded, dockerfile);
        return {
            contextDir,
            dockerfile,
            useGit: false,
            stagedFiles: staged.files,
            dispose: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }),
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
}
/**
 * A spec file (or `images.yaml#entry`) as a Dockerfile, for validate: throws an InputError listing
 * every problem of the spec (file, line, field) when it cannot be rendered.
 */
function specAsDockerfile(reference, options) {
    const loaded = (0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__.loadSpec)((0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__.parseSpecReference)(reference, options.workspace), options);
    const base = loaded.spec.base;
    const opaque = loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile';
    return {
        dockerfile: loaded.rendered.dockerfile,
        ...(opaque ? { dockerfilePath: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(loaded.contextDir, base.path) } : {}),
        contextDir: loaded.contextDir,
        ignoreFile: loaded.ignoreFile,
        origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
        warnings: loaded.rendered.warnings,
        loaded,
    };
}


/***/ }),

/***/ 6895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ writeRenderedDockerfile),
/* harmony export */   x: () => (/* binding */ stageSpecContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_dockerignore_context_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4152);
/**
 * The rendered context of a spec: exactly the files and folders its layers name, at their paths
 * relative to the spec's context, filtered by the ignore file with Docker's own walk (so a `!`
 * exception inside an excluded folder comes back, as with `docker build`). Symlinks are copied as
 * links, never followed; the exec bit is kept (copyFile keeps the mode). Building and hashing this
 * folder is building and hashing what the spec declares \u2014 nothing else in the repository counts.
 */



/** Ignore files are applied while staging; copying them would only let a builder apply them twice. */
const IGNORE_FILES = new Set(['.dockerignore', '.containerignore']);
function stageSpecContext(loaded, target) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
    const staged = new Set();
    const result = { files: 0, skipped: [] };
    const copyEntry = (relative) => {
        const from = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative);
        const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, relative);
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(from);
        if (stats.isDirectory()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(to, { recursive: true });
            staged.add(relative);
            return 'dir';
        }
        if (staged.has(relative))
            return 'other';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(to), { recursive: true });
        if (stats.isSymbolicLink())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(from), to);
        else if (stats.isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE);
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
        const filter = new _core_dockerignore_context_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .ContextFilter */ .Y(loaded.ignorePatterns);
        // The filter decides from the root down: visit the folders that lead to the named path first.
        const parts = needed.path === '.' ? [] : needed.path.split('/');
        let pruned = false;
        for (let i = 1; i < parts.length && !pruned; i++)
            pruned = filter.visit(parts.slice(0, i).join('/'), true).action === 'prune';
        if (pruned)
            continue;
        const walk = (relative) => {
            const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative)).isDirectory();
            const visit = relative === '.' ? { action: 'include', parents: [] } : filter.visit(relative, isDir);
            if (visit.action === 'prune')
                return;
            if (visit.action === 'include') {
                for (const parent of visit.parents)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, parent), { recursive: true });
                if (!(relative === '.' || (IGNORE_FILES.has(relative) && !isDir)))
                    copyEntry(relative);
            }
            if (!isDir)
                return;
            const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            for (const name of names)
                walk(relative === '.' ? name : `${relative}/${name}`);
        };
        walk(needed.path);
    }
    return result;
}
/** Writes the rendered Dockerfile beside (not inside) the staged context. */
function writeRenderedDockerfile(loaded, file) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, loaded.rendered.dockerfile);
}


/***/ })

};
