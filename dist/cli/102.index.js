export const id = 102;
export const ids = [102];
export const modules = {

/***/ 2102:
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
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./src/hash/compute-build-definition.ts + 5 modules
var compute_build_definition = __webpack_require__(2344);
// EXTERNAL MODULE: ./src/runtime/atomic-file.ts
var atomic_file = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
// EXTERNAL MODULE: ./src/hash/base-resolution.ts
var base_resolution = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/hash/definition-inputs.ts
var definition_inputs = __webpack_require__(3885);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/hash/inputs.ts



async function readHashInputs() {
    const definition = await (0,definition_inputs/* readDefinitionInputs */.L3)();
    const value = (0,inputs/* readString */.E3)('resolve-images').toLowerCase();
    if (value !== 'true' && value !== 'false')
        throw new errors/* InputError */.dz('resolve-images', `'${value}' is not a boolean`, "Use 'true' or 'false'");
    return { ...definition, resolveImages: value === 'true' };
}

// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
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
    await (0,summary/* writeSummary */.Sy)('Build hash', [
        ['Tag', (0,summary/* code */.aY)(result.tag)],
        ['Hash', (0,summary/* code */.aY)(result.hash)],
        ...(spec
            ? [
                [
                    'Image spec',
                    `${(0,summary/* code */.aY)(spec.file)}: ${spec.layers} layer${spec.layers === 1 ? '' : 's'}, hashed as the Dockerfile it renders to`,
                ],
            ]
            : []),
        [
            'Context',
            `${result.files} files, ${humanBytes(result.bytes)} (ignore file: ${result.ignoreFile ? (0,summary/* code */.aY)(result.ignoreFile) : 'none'})`,
        ],
        ['Images', definition.images.map((image) => (0,summary/* code */.aY)(image.digest ? `${image.ref} \u2192 ${image.digest}` : image.ref)).join('<br>') || '\u2014'],
        ['Platforms', definition.platforms.map(summary/* code */.aY).join(', ')],
        ['Target stage', (0,summary/* code */.aY)(definition.target)],
        [
            'Build args / secrets / labels',
            `${Object.keys(definition.buildArgs).length} / ${definition.secrets.length} / ${Object.keys(definition.labels).length}`,
        ],
        [
            'Computed',
            `${ms} ms, ${result.fastPath.used ? `git fast path: ${result.fastPath.fromIndex} files from the index, ${result.readPaths.length} read` : `all ${result.readPaths.length} files read${result.fastPath.reason ? ` (no git fast path: ${(0,summary/* escapeHtml */.ZD)(result.fastPath.reason)})` : ''}`}`,
        ],
    ]);
}

;// CONCATENATED MODULE: ./src/actions/hash/main.ts












async function run(seams = {}) {
    // The registry code loads only when an image is looked up (see lazyBaseResolver).
    const { registry = async (insecure) => (await __webpack_require__.e(/* import() */ 142).then(__webpack_require__.bind(__webpack_require__, 4142))).makeRegistryClient(undefined, insecure), } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = await readHashInputs();
        // FROM / COPY --from images to digests through the registry, as the build action does.
        if (!inputs.resolveImages) {
            actions_core/* warning */.$e('resolve-images is false: base images are hashed as written, so a base tag that moves does not change the hash (and the build action, which always resolves them, computes another hash)');
        }
        const resolveBase = inputs.resolveImages ? (0,base_resolution/* lazyBaseResolver */.G)(() => registry(inputs.insecureRegistries)) : undefined;
        const shown = (file) => external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), file) || '.';
        const title = inputs.spec ? `Hash the image spec ${shown(inputs.dockerfile)}` : `Hash the build context ${shown(inputs.context)}`;
        const { value: result, ms } = await (0,run_action/* timedGroup */.RD)(title, async () => {
            const files = await (0,definition_inputs/* openBuildFiles */.cu)(inputs);
            let computed;
            try {
                computed = await (0,compute_build_definition/* computeBuildDefinition */.N)({
                    ...(0,definition_inputs/* definitionOptions */.Sn)(inputs, files),
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
                (0,atomic_file/* writeFileAtomically */.l)(inputs.manifestFile, (0,build_definition/* manifestText */.$2)((0,definition_inputs/* manifestWithSpec */.Zx)(result.manifest, inputs)));
            }
            catch (error) {
                throw new errors/* InputError */.dz('manifest-file', `cannot write '${inputs.manifestFile}' (${error.code ?? (0,errors/* errorMessage */.gJ)(error)})`, 'Give a file path in a writable folder');
            }
            actions_core/* info */.pq(`Wrote the build definition to ${inputs.manifestFile}`);
        }
        (0,run_action/* setOutputs */.n0)({
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

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseBuildSecrets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
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
const FORMS = {
    secrets: 'ID=VALUE, e.g. PIP_TOKEN=${{ secrets.PIP_TOKEN }}',
    'secret-envs': 'ID=VARIABLE, e.g. PIP_TOKEN=PIP_TOKEN',
    'secret-files': 'ID=PATH, e.g. netrc=.netrc',
};
function split(input, line) {
    const at = line.indexOf('=');
    // Never quote a `secrets` line: its value is a credential.
    const shown = input === 'secrets' ? 'a line' : `'${line}'`;
    if (at <= 0 || at === line.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${shown} is not ${FORMS[input].split(',')[0]}`, `Write one ${FORMS[input]} per line`);
    const id = line.slice(0, at).trim();
    const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
    if (!SECRET_ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    if (id === 'id') {
        // `id=\u2026` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, "a line starts with 'id=', which reads as Docker's `--secret id=\u2026` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`, 'Give each secret id once');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-envs', `'${value}' is not an environment variable name`, `Write one ${FORMS['secret-envs']} per line`);
        add('secret-envs', { id, env: value });
    }
    for (const line of lines.secretFiles ?? []) {
        const { id, value } = split('secret-files', line);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value);
        if (file.includes(','))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
        add('secret-files', { id, src: file });
    }
    return { secrets, ids: [...seen.keys()].sort(), environment, values };
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
    const summary = _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ lazyBaseResolver),
/* harmony export */   v: () => (/* binding */ registryBaseResolver)
/* harmony export */ });
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
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
            digest = client.resolveDigest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref));
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


/***/ }),

/***/ 3885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ readDefinitionInputs),
/* harmony export */   Sn: () => (/* binding */ definitionOptions),
/* harmony export */   Zx: () => (/* binding */ manifestWithSpec),
/* harmony export */   cu: () => (/* binding */ openBuildFiles),
/* harmony export */   wF: () => (/* binding */ readInsecureRegistries)
/* harmony export */ });
/* unused harmony export readSecretInputs */
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9187);
/* harmony import */ var _core_build_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7499);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2291);
/* harmony import */ var _runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9333);
/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 * A `spec` (an image spec, rendered to a Dockerfile) stands where `context` and `dockerfile` would.
 * The spec code (YAML, its JSON Schema) loads only when a spec is given: most runs start without it.
 */








const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;
/** The `insecure-registries` input: host[:port] entries that speak plain HTTP (loopback always does). */
function readInsecureRegistries() {
    const entries = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readList */ .LD)('insecure-registries');
    for (const entry of entries) {
        if (!HOST.test(entry)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
        }
    }
    return entries;
}
/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input, resolved, root) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(resolved))
        return resolved;
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(resolved);
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    if (!(0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(realRoot, real)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${resolved}' leads outside the workspace (to ${real}) through a symlink`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}
function readKeyValues(name, what) {
    const values = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readKeyValueLines */ .ob)(name);
    for (const key of Object.keys(values)) {
        if (/\s/.test(key) || key === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `'${key}' is not a valid ${what} name`, `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`);
    }
    return values;
}
/**
 * A file path outside the build context: inside Actions it must be in the workspace or RUNNER_TEMP
 * (where earlier steps leave files); from a terminal (the CLI outside Actions) the person chose it.
 */
function allowedOutsideWorkspace(input, value, root) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, value);
    if (process.env.GITHUB_ACTIONS !== 'true')
        return resolved;
    const runnerTemp = process.env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env.RUNNER_TEMP) : undefined;
    if (runnerTemp && (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(runnerTemp, resolved))
        return resolved;
    return staysInside(input, (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)(input, value, root), root);
}
/** Every secret value is masked before anything else can fail and print. */
function readSecretInputs(root) {
    const lines = { secrets: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secrets'), secretEnvs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secret-envs'), secretFiles: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secret-files') };
    for (const line of lines.secrets) {
        const value = line.slice(line.indexOf('=') + 1);
        if (value)
            _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    const parsed = (0,_core_build_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildSecrets */ .J)(lines, root);
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
    if ((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('dockerfile') !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('spec', 'is set together with dockerfile', 'Give one of them: a spec declares the image, a Dockerfile writes it');
    }
    if (((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('context') || '.') !== '.') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('context', 'does not apply to a spec: the spec names its files relative to itself', 'Leave context empty, and set context: inside the spec if its files live above its folder');
    }
    const { loadSpec, parseSpecReference } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 5868));
    const spec = loadSpec(parseSpecReference(value, root), { workspace: root, env: process.env, input: 'spec' });
    if (spec.spec.base.kind !== 'dockerfile') {
        for (const [name, given] of [
            ['build-args', Object.keys(buildArgs).length > 0],
            ['target', target !== ''],
        ]) {
            if (given)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, 'does not apply to a spec: its Dockerfile is rendered', 'Declare env in the spec instead, or leave it empty');
        }
    }
    for (const warning of spec.rendered.warnings) {
        _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${warning.field}: ${warning.message}`, {
            title: 'image spec',
            file: spec.spec.fileName,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
    return spec;
}
/** The `platforms` input, or the spec's when the input is empty; both given must agree. */
function readPlatforms(spec) {
    const given = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readList */ .LD)('platforms');
    if (!spec || spec.spec.platforms.length === 0)
        return (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatforms */ .em)(given);
    if (given.length === 0)
        return spec.spec.platforms;
    const fromInput = (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatforms */ .em)(given);
    if (fromInput.join(',') !== spec.spec.platforms.join(',')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('platforms', `${fromInput.join(', ')} differs from the spec's platforms (${spec.spec.platforms.join(', ')})`, 'Set the platforms in one place: the input or the spec');
    }
    return fromInput;
}
async function readDefinitionInputs() {
    const root = (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRoot */ .oS)();
    const secrets = readSecretInputs(root);
    const manifestFile = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('manifest-file');
    const buildArgs = readKeyValues('build-args', 'build arg');
    const target = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('target');
    const specInput = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('spec');
    const spec = specInput === undefined ? undefined : await readSpecInput(specInput, root, buildArgs, target);
    let context;
    let dockerfile;
    if (spec) {
        context = spec.contextDir;
        dockerfile = spec.reference.file;
    }
    else {
        context = staysInside('context', (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)('context', (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('context') || '.', root), root);
        const dockerfileInput = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('dockerfile');
        dockerfile = dockerfileInput
            ? staysInside('dockerfile', (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)('dockerfile', dockerfileInput, root), root)
            : staysInside('dockerfile', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(context, 'Dockerfile'), root);
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
    const { prepareSpecBuild } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(868), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 9165));
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
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
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


/***/ })

};
