export const id = 666;
export const ids = [666];
export const modules = {

/***/ 666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../work/main/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(5149);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/src/core/build-definition.ts
var build_definition = __webpack_require__(3659);
// EXTERNAL MODULE: ../../work/main/src/hash/compute-build-definition.ts + 12 modules
var compute_build_definition = __webpack_require__(8554);
// EXTERNAL MODULE: ../../work/main/src/hash/manifest-file.ts
var manifest_file = __webpack_require__(6652);
// EXTERNAL MODULE: ../../work/main/src/runtime/run-action.ts
var run_action = __webpack_require__(6298);
// EXTERNAL MODULE: ../../work/main/src/runtime/workspace.ts
var workspace = __webpack_require__(915);
// EXTERNAL MODULE: ../../work/main/src/actions/hash/inputs.ts
var hash_inputs = __webpack_require__(4077);
;// CONCATENATED MODULE: ../../work/main/src/actions/hash/summary.ts

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
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A small job-summary table: the tag, what the hash covers, and how it was computed. */
async function writeHashSummary(result, ms) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '—');
    const { definition } = result;
    const rows = [
        [{ data: 'Field', header: true }, { data: 'Value', header: true }],
        ['Tag', code(result.tag)],
        ['Hash', code(result.hash)],
        ['Context', `${result.files} files, ${humanBytes(result.bytes)} (ignore file: ${result.ignoreFile ? code(result.ignoreFile) : 'none'})`],
        ['Images', definition.images.map((image) => code(image.digest ? `${image.ref} → ${image.digest}` : image.ref)).join('<br>') || '—'],
        ['Platforms', definition.platforms.map(code).join(', ')],
        ['Target stage', code(definition.target)],
        ['Build args / secrets / labels', `${Object.keys(definition.buildArgs).length} / ${definition.secrets.length} / ${Object.keys(definition.labels).length}`],
        ['Computed', `${ms} ms, ${result.fastPath.used ? `git fast path: ${result.fastPath.fromIndex} files from the index, ${result.readPaths.length} read` : `all ${result.readPaths.length} files read${result.fastPath.reason ? ` (no git fast path: ${escapeHtml(result.fastPath.reason)})` : ''}`}`],
    ];
    await core/* summary */.z.addHeading('Build hash', 3).addTable(rows).write();
}

;// CONCATENATED MODULE: ../../work/main/src/actions/hash/main.ts









/**
 * Hashes what a Dockerfile build is made of — Dockerfile, context as Docker sends it, images,
 * platforms, target, build args, secret ids, labels — and names the image `h1-<hash>` after it.
 */
async function run() {
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = (0,hash_inputs/* readHashInputs */.y)();
        const shown = (file) => external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), file) || '.';
        const { value: result, ms } = await (0,run_action/* timedGroup */.RD)(`Hash the build context ${shown(inputs.context)}`, async () => {
            const computed = await (0,compute_build_definition/* computeBuildDefinition */.N)({ contextDir: inputs.context, dockerfile: inputs.dockerfile, buildArgs: inputs.buildArgs, target: inputs.target, platforms: inputs.platforms, secrets: inputs.secrets, labels: inputs.labels, onWarning: (message) => core/* warning */.$e(message) });
            core/* info */.pq(`Dockerfile: ${shown(inputs.dockerfile)}; ignore file: ${computed.ignoreFile ?? 'none'}`);
            core/* info */.pq(`Context: ${computed.files} files, ${humanBytes(computed.bytes)}, ${computed.manifest.context.entries.length} entries`);
            core/* info */.pq(computed.fastPath.used ? `Git fast path: ${computed.fastPath.fromIndex} files from the index, ${computed.readPaths.length} read` : `Read all ${computed.readPaths.length} files (no git fast path: ${computed.fastPath.reason ?? 'not a git checkout'})`);
            core/* info */.pq(`Timings (ms): ${Object.entries(computed.timings).map(([phase, ms]) => `${phase} ${ms}`).join(', ')}`);
            return computed;
        });
        core/* startGroup */.Oh(`Build definition ${result.tag}`);
        core/* info */.pq(JSON.stringify(result.definition, null, 2));
        core/* endGroup */.N4();
        if (inputs.manifestFile) {
            (0,manifest_file/* writeFileAtomically */.l)(inputs.manifestFile, (0,build_definition/* serializeManifest */.MZ)(result.manifest));
            core/* info */.pq(`Wrote the build definition to ${inputs.manifestFile}`);
        }
        (0,run_action/* setOutputs */.n0)({ hash: result.hash, tag: result.tag, 'manifest-file': inputs.manifestFile ?? '', files: result.files, bytes: result.bytes });
        core/* info */.pq(`Tag: ${result.tag}`);
        await writeHashSummary(result, ms);
    });
}


/***/ })

};
