export const id = 596;
export const ids = [596];
export const modules = {

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareSpecBuild: () => (/* binding */ prepareSpecBuild)
});

// UNUSED EXPORTS: specAsDockerfile, temporaryRoot

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/spec/load-spec.ts + 8 modules
var load_spec = __webpack_require__(4072);
// EXTERNAL MODULE: ./src/core/dockerignore/context-filter.ts + 2 modules
var context_filter = __webpack_require__(7326);
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
function stageSpecContext(loaded, target) {
    (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    const staged = new Set();
    const result = { files: 0, skipped: [] };
    const copyEntry = (relative) => {
        const from = external_node_path_default().join(loaded.contextDir, relative);
        const to = external_node_path_default().join(target, relative);
        const stats = (0,external_node_fs_.lstatSync)(from);
        if (stats.isDirectory()) {
            (0,external_node_fs_.mkdirSync)(to, { recursive: true });
            staged.add(relative);
            return 'dir';
        }
        if (staged.has(relative))
            return 'other';
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(to), { recursive: true });
        if (stats.isSymbolicLink())
            (0,external_node_fs_.symlinkSync)((0,external_node_fs_.readlinkSync)(from), to);
        else if (stats.isFile()) {
            (0,external_node_fs_.copyFileSync)(from, to, external_node_fs_.constants.COPYFILE_FICLONE);
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
        const filter = new context_filter/* ContextFilter */.Y(loaded.ignorePatterns);
        // The filter decides from the root down: visit the folders that lead to the named path first.
        const parts = needed.path === '.' ? [] : needed.path.split('/');
        let pruned = false;
        for (let i = 1; i < parts.length && !pruned; i++)
            pruned = filter.visit(parts.slice(0, i).join('/'), true).action === 'prune';
        if (pruned)
            continue;
        const walk = (relative) => {
            const isDir = (0,external_node_fs_.lstatSync)(external_node_path_default().join(loaded.contextDir, relative)).isDirectory();
            const visit = relative === '.' ? { action: 'include', parents: [] } : filter.visit(relative, isDir);
            if (visit.action === 'prune')
                return;
            if (visit.action === 'include') {
                for (const parent of visit.parents)
                    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(target, parent), { recursive: true });
                if (!(relative === '.' || (IGNORE_FILES.has(relative) && !isDir)))
                    copyEntry(relative);
            }
            if (!isDir)
                return;
            const names = (0,external_node_fs_.readdirSync)(external_node_path_default().join(loaded.contextDir, relative)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            for (const name of names)
                walk(relative === '.' ? name : `${relative}/${name}`);
        };
        walk(needed.path);
    }
    return result;
}
/** Writes the rendered Dockerfile beside (not inside) the staged context. */
function writeRenderedDockerfile(loaded, file) {
    (0,external_node_fs_.writeFileSync)(file, loaded.rendered.dockerfile);
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
    return process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
function prepareSpecBuild(loaded, tempRoot = temporaryRoot()) {
    const base = loaded.spec.base;
    if (loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile') {
        return {
            contextDir: loaded.contextDir,
            dockerfile: external_node_path_default().resolve(loaded.contextDir, base.path),
            useGit: true,
            stagedFiles: 0,
            dispose: () => { },
        };
    }
    (0,external_node_fs_.mkdirSync)(tempRoot, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(tempRoot, 'image-spec-'));
    try {
        const contextDir = external_node_path_default().join(dir, 'context');
        const dockerfile = external_node_path_default().join(dir, 'Dockerfile');
        const staged = stageSpecContext(loaded, contextDir);
        writeRenderedDockerfile(loaded, dockerfile);
        return {
            contextDir,
            dockerfile,
            useGit: false,
            stagedFiles: staged.files,
            dispose: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }),
        };
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
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
        ...(opaque ? { dockerfilePath: path.resolve(loaded.contextDir, base.path) } : {}),
        contextDir: loaded.contextDir,
        ignoreFile: loaded.ignoreFile,
        origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
        warnings: loaded.rendered.warnings,
        loaded,
    };
}


/***/ })

};
