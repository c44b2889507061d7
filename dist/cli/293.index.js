export const id = 293;
export const ids = [293,165];
export const modules = {

/***/ 9293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand),
  planUsage: () => (/* binding */ planUsage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cli/action-command.ts + 2 modules
var action_command = __webpack_require__(4497);
// EXTERNAL MODULE: ./src/registry/login.ts
var login = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/core/lists.ts
var lists = __webpack_require__(402);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var runtime_workspace = __webpack_require__(9333);
// EXTERNAL MODULE: ./src/plan/images-file.ts
var images_file = __webpack_require__(2756);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/hash/compute-build-definition.ts + 5 modules
var compute_build_definition = __webpack_require__(2344);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/index-blobs.ts + 2 modules
var index_blobs = __webpack_require__(625);
;// CONCATENATED MODULE: ./src/hash/git-listings.ts
/**
 * Git listings shared by many hashes in one process (the monorepo plan): the folder that holds
 * every context is listed once, and each context takes its part of that listing instead of
 * starting git processes of its own. A context the shared listing cannot speak for (outside it,
 * untracked, inside a submodule) is listed by itself.
 */



class GitListings {
    folder;
    root = null;
    whole;
    /** `folder` holds the contexts (the plan passes the deepest folder that holds them all). */
    constructor(folder) {
        this.folder = folder;
    }
    /** Git's view of `contextDir` (a real path). */
    async forContext(contextDir) {
        if (this.root === null) {
            try {
                this.root = (0,external_node_fs_.realpathSync)(this.folder);
            }
            catch {
                this.root = undefined; // each context then speaks for itself (and reports its own problem)
            }
        }
        const relative = this.root === undefined ? '..' : external_node_path_default().relative(this.root, contextDir);
        if (this.root !== undefined && relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative)) {
            this.whole ??= (0,index_blobs/* readGitWorkTree */.oq)(this.root);
            const whole = await this.whole;
            const part = whole.available ? (0,index_blobs/* subtree */.dY)(whole.tree, contextDir) : undefined;
            if (part)
                return { available: true, tree: part };
        }
        return (0,index_blobs/* readGitWorkTree */.oq)(contextDir);
    }
}
/** The deepest folder that holds every one of `folders` (absolute paths). */
function commonFolder(folders) {
    const split = folders.map((folder) => external_node_path_default().resolve(folder).split((external_node_path_default()).sep));
    const first = split[0] ?? [(external_node_path_default()).sep];
    let length = first.length;
    for (const parts of split) {
        let same = 0;
        while (same < length && parts[same] === first[same])
            same++;
        length = same;
    }
    return first.slice(0, length).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}

// EXTERNAL MODULE: ./src/registry/published-image.ts
var published_image = __webpack_require__(3837);
// EXTERNAL MODULE: ./src/core/build-secrets.ts
var build_secrets = __webpack_require__(7499);
// EXTERNAL MODULE: ./src/hash/base-resolution.ts
var base_resolution = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/core/reuse-decision.ts
var reuse_decision = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/runtime/concurrency.ts
var concurrency = __webpack_require__(55);
// EXTERNAL MODULE: ./src/core/platforms.ts
var platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/spec/load-spec.ts + 7 modules
var load_spec = __webpack_require__(5868);
// EXTERNAL MODULE: ./src/spec/spec-build.ts
var spec_build = __webpack_require__(9165);
;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * The monorepo plan: for every image of an images file, the build hash (the same recipe as the hash
 * and build actions) and the existence check of its hash tag (the same reuse rule as the build
 * action: every platform present, matching hash label). Images to build become the `include` list
 * of a GitHub matrix; reused images are listed with their digests.
 *
 * At monorepo scale (issue 8: 100 images \u2264 0.1 \u00d7 100 `hash` processes): every hash runs in this
 * process, the repository is listed by git once for all of them (GitListings), each base image is
 * resolved once, and the registry lookups run side by side, a bounded number at a time.
 */














const lines = (record) => (0,lists/* sortedPairs */.n$)(record).join('\n');
function relative(workspace, file) {
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
}
/** Hashes in flight at once: enough to overlap base-image lookups; the hashing itself is CPU work in this process. */
const HASHES_AT_ONCE = 4;
const LOOKUPS_AT_ONCE = 8;
/** Every spec of the file read and rendered first: a bad spec fails the plan before any registry request. */
function loadSpecs(entries, options) {
    const specs = new Map();
    for (const entry of entries) {
        if (!entry.spec)
            continue;
        const loaded = (0,load_spec.loadSpec)(entry.spec, { workspace: options.workspace, env: options.env ?? process.env, input: 'file' });
        for (const warning of loaded.rendered.warnings)
            options.warn?.(`${entry.name}: ${loaded.spec.fileName}:${warning.line ?? ''} ${warning.field}: ${warning.message}`);
        if (!entry.image && !loaded.spec.imageName && loaded.rendered.mode !== 'skip') {
            throw new errors/* InputError */.dz('file', `images entry '${entry.name}' has no image, and its spec names none`, 'Give image: in the entry, or registry and name in the spec');
        }
        if (entry.platforms.length > 0 && loaded.spec.platforms.length > 0) {
            const given = (0,platforms/* normalizePlatforms */.em)(entry.platforms);
            if (given.join(',') !== loaded.spec.platforms.join(',')) {
                throw new errors/* InputError */.dz('file', `images entry '${entry.name}' lists platforms ${given.join(', ')}, its spec ${loaded.spec.platforms.join(', ')}`, 'Set the platforms in one place: the entry or the spec');
            }
        }
        specs.set(entry.name, loaded);
    }
    return specs;
}
async function planImages(entries, options) {
    const log = options.log ?? (() => { });
    const resolveBase = (0,base_resolution/* registryBaseResolver */.v)(options.client); // shared: one lookup per base for all images
    const specs = loadSpecs(entries, options);
    const gitListings = entries.length > 0 ? new GitListings(commonFolder(entries.map((entry) => entry.context))) : undefined;
    const hashing = (0,concurrency/* limiter */.TA)(HASHES_AT_ONCE);
    const lookingUp = (0,concurrency/* limiter */.TA)(options.lookups ?? LOOKUPS_AT_ONCE);
    const hashOne = async (entry) => {
        const spec = specs.get(entry.name);
        const secretIds = [...new Set([...entry.secrets, ...(spec?.rendered.secretIds ?? [])])].sort();
        const secretEnvs = secretIds.map((id) => `${id}=${id}`);
        const secrets = (0,build_secrets/* parseBuildSecrets */.J)({ secretEnvs }, options.workspace);
        const files = spec ? (0,spec_build.prepareSpecBuild)(spec) : undefined;
        try {
            const hashed = await (0,compute_build_definition/* computeBuildDefinition */.N)({
                contextDir: files?.contextDir ?? entry.context,
                dockerfile: files?.dockerfile ?? entry.dockerfile,
                buildArgs: entry.buildArgs,
                target: entry.target,
                platforms: entry.platforms.length > 0 || !spec ? entry.platforms : spec.spec.platforms,
                secrets: secrets.ids,
                labels: entry.labels,
                ...(files && !files.useGit ? { useGit: false } : gitListings ? { gitListings } : {}),
                resolveBase,
                ...(options.warn ? { onWarning: (message) => options.warn?.(`${entry.name}: ${message}`) } : {}),
            });
            return { spec, secretEnvs, hashed };
        }
        finally {
            files?.dispose();
        }
    };
    const decide = async (entry, spec, hashed) => {
        if (spec?.rendered.mode === 'skip' && spec.spec.base.kind === 'parent') {
            // skip-build: the parent is the image, used as is; nothing to build.
            const parentRef = spec.spec.base.image;
            const digest = hashed.definition.images.find((image) => image.ref === parentRef)?.digest ?? (await resolveBase(parentRef));
            const image = `${(0,image_ref/* repositoryName */.aR)((0,image_ref/* parseImageRef */.Q)(parentRef))}@${digest}`;
            return { kind: 'skip', reused: { name: entry.name, image, digest, tag: '', hash: hashed.hash } };
        }
        const imageName = entry.image || spec?.spec.imageName;
        const hashRef = (0,image_ref/* withTag */.Rd)((0,image_ref/* parseImageRef */.Q)(imageName), hashed.tag);
        const found = await (0,published_image/* inspectExistingImage */.hD)(options.client, hashRef, hashed.definition.platforms);
        const decision = (0,reuse_decision/* decideReuse */.p)({
            found,
            requested: hashed.definition.platforms,
            hash: hashed.hash,
            hashTag: hashed.tag,
            forceRebuild: false,
        });
        return { kind: 'checked', imageName, hashRef, decision };
    };
    // Each image is looked up as soon as its hash is known, while the next ones are hashed.
    const decided = await Promise.all(entries.map(async (entry) => {
        const { spec, secretEnvs, hashed } = await hashing(() => hashOne(entry));
        return { entry, spec, secretEnvs, hashed, outcome: await lookingUp(() => decide(entry, spec, hashed)) };
    }));
    const plan = { include: [], reused: [] };
    for (const { entry, spec, secretEnvs, hashed, outcome } of decided) {
        if (outcome.kind === 'skip') {
            log(`${entry.name}: skip-build \u2014 the parent image ${outcome.reused.image} is used as is`);
            plan.reused.push(outcome.reused);
            continue;
        }
        const { imageName, hashRef, decision } = outcome;
        log(`${entry.name}: ${decision.action === 'reuse' ? 'reuse' : 'build'} \u2014 ${decision.reason}`);
        if (decision.action === 'reuse') {
            plan.reused.push({
                name: entry.name,
                image: `${(0,image_ref/* repositoryName */.aR)(hashRef)}@${decision.digest}`,
                digest: decision.digest,
                tag: hashed.tag,
                hash: hashed.hash,
            });
            continue;
        }
        plan.include.push({
            name: entry.name,
            image: imageName,
            context: spec ? '.' : relative(options.workspace, entry.context),
            dockerfile: spec ? '' : relative(options.workspace, entry.dockerfile),
            spec: entry.spec ? `${relative(options.workspace, entry.spec.file)}${entry.spec.entry ? `#${entry.spec.entry}` : ''}` : '',
            'build-args': lines(entry.buildArgs),
            platforms: hashed.definition.platforms.join(','),
            target: entry.target,
            'secret-envs': secretEnvs.join('\n'),
            labels: lines(entry.labels),
            tags: entry.tags.join(','),
            hash: hashed.hash,
            tag: hashed.tag,
            reason: decision.reason,
        });
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/cli/plan.ts
/**
 * `image-actions plan --file images.yaml [--insecure-registries host:port,\u2026]`: which images of a
 * monorepo must be built. Prints one JSON object on stdout, `{"include":[\u2026],"reused":[\u2026]}`, ready
 * for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`; logs go to stderr.
 * Registry credentials come from Docker's config.json (docker/login-action), as in every action.
 */








const planUsage = '--file images.yaml [--insecure-registries host:port,\u2026] \u2014 a GitHub matrix of the images whose hash tag is missing';
async function planCommand(args) {
    let flags;
    try {
        const parsed = (0,action_command/* parseFlags */.bQ)('plan', args, ['file', 'insecure-registries']);
        if (parsed.help) {
            process.stdout.write(`Usage: image-actions plan ${planUsage}\n`);
            return 0;
        }
        flags = parsed.flags;
        if (!flags.file)
            throw new action_command/* UsageError */.eb('plan: --file is required');
    }
    catch (error) {
        process.stderr.write(`image-actions ${(0,errors/* errorMessage */.gJ)(error)}\nUsage: image-actions plan ${planUsage}\n`);
        return 2;
    }
    try {
        const workspace = (0,runtime_workspace/* workspaceRoot */.oS)();
        const file = external_node_path_default().resolve(workspace, flags.file);
        if (!(0,runtime_workspace/* isInside */.FK)(workspace, file))
            throw new Error(`--file ${flags.file} resolves to ${file}, outside the workspace ${workspace}`);
        const entries = (0,images_file/* readImagesFile */.VG)(file, workspace);
        const client = (0,login.makeRegistryClient)(undefined, (0,lists/* splitList */.ry)(flags['insecure-registries'] ?? ''), { log: () => { }, mask: () => { } });
        const plan = await planImages(entries, {
            workspace,
            client,
            log: (line) => process.stderr.write(`${line}\n`),
            warn: (line) => process.stderr.write(`warning: ${line}\n`),
        });
        process.stderr.write(`${plan.include.length} to build, ${plan.reused.length} reused\n`);
        process.stdout.write(`${JSON.stringify(plan)}\n`);
        return 0;
    }
    catch (error) {
        process.stderr.write(`image-actions plan: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
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

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ imageLabels),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   mE: () => (/* binding */ HASH_LABEL),
/* harmony export */   st: () => (/* binding */ OCI_LABELS)
/* harmony export */ });
/* unused harmony export isoSeconds */
/**
 * The labels every image gets. Pure: facts about the commit and the hash in, labels out.
 *
 * - `org.opencontainers.image.revision`: the commit the image is built from.
 * - `org.opencontainers.image.source`: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).
 * - `org.opencontainers.image.created`: the commit time as ISO 8601 (never the wall clock, so two
 *   builds of one commit give the same config).
 * - `org.opencontainers.image.version`: the git tag at the commit, else the hash tag.
 * - {@link HASH_LABEL}: the full 64-hex build hash. The existence check reads it back: a tag whose
 *   image carries another value (overwritten by hand, pushed by another tool) is not a hit.
 *
 * None of these enter the hash (it covers what is built, not when or from which commit), so a
 * reused image keeps the labels of the commit that first built it: the revision where its
 * content first appeared.
 */
/** The label holding the full build hash (64 hex). Stable: changing it would make every image a miss. */
const HASH_LABEL = 'io.image-actions.build-hash';
const OCI_LABELS = {
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
};
/** ISO 8601 in UTC without milliseconds: `2026-01-02T03:04:05Z`. */
function isoSeconds(unixSeconds) {
    return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function imageLabels(facts) {
    const labels = {};
    if (facts.commit)
        labels[OCI_LABELS.revision] = facts.commit;
    if (facts.sourceUrl)
        labels[OCI_LABELS.source] = facts.sourceUrl;
    if (facts.commitTime !== undefined)
        labels[OCI_LABELS.created] = isoSeconds(facts.commitTime);
    labels[OCI_LABELS.version] = facts.gitTag || facts.hashTag;
    labels[HASH_LABEL] = facts.hash;
    return labels;
}
/**
 * Labels from the `labels` input win over the toolkit's OCI labels (a user may set their own
 * `version`), but never over the hash label: the existence check depends on it.
 */
function mergeLabels(generated, user) {
    return { ...generated, ...user, [HASH_LABEL]: generated[HASH_LABEL] };
}


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ decideReuse)
/* harmony export */ });
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6236);
/**
 * Reuse or build: the decision after the existence check, with the reason in words for the log and
 * the summary. Pure. A hit must
 * - exist under the hash tag (only a 404 from the registry means "absent"; errors never get here),
 * - carry every requested platform (an index may hold more; a single image is its config's platform),
 * - carry the hash label with exactly this hash on every requested platform's image (a tag moved
 *   by hand or pushed by another tool is not this build).
 */


const canonical = (platform) => (0,_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)(platform) ?? platform.toLowerCase();
function decideReuse(input) {
    const { found, hashTag } = input;
    if (input.forceRebuild)
        return { action: 'build', reason: 'force-rebuild is true: building without looking for an existing image' };
    if (!found)
        return { action: 'build', reason: `no image is tagged ${hashTag} yet` };
    const present = new Set(found.platforms.map(canonical));
    const missing = input.requested.filter((platform) => !present.has(canonical(platform)));
    if (missing.length > 0) {
        const has = found.platforms.length > 0 ? found.platforms.join(', ') : 'no platform';
        return { action: 'build', reason: `${hashTag} exists (${found.digest}) but lacks ${missing.join(', ')} (it has ${has})` };
    }
    for (const platform of input.requested) {
        const label = found.hashLabels[canonical(platform)];
        if (label === undefined) {
            return {
                action: 'build',
                reason: `${hashTag} exists (${found.digest}) but its ${platform} image has no ${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_LABEL */ .mE} label, so it was not built by this action`,
            };
        }
        if (label !== input.hash) {
            return {
                action: 'build',
                reason: `${hashTag} exists (${found.digest}) but its ${platform} image is labelled ${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_LABEL */ .mE}=${label}, not ${input.hash}: the tag was overwritten`,
            };
        }
    }
    return {
        action: 'reuse',
        digest: found.digest,
        reason: `${hashTag} exists (${found.digest}) with ${input.requested.join(', ')} and the matching hash label`,
    };
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

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ readImagesFile),
/* harmony export */   yy: () => (/* binding */ parseImagesFile)
/* harmony export */ });
/* unused harmony exports imagesFileSchema, describeSchemaErrors */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3386);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(402);
/* harmony import */ var _runtime_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9333);
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
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_7__.Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(imagesFileSchema);
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
    return (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)(value);
}
function keyValues(value) {
    if (!value)
        return {};
    return Array.isArray(value) ? (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKeyValueLines */ .FF)(value, 'file') : { ...value };
}
/**
 * Parses and validates the file's text. `fileDir` is the folder paths are relative to; `workspace`
 * the folder they must stay inside. Throws one InputError (input `file`) listing every problem.
 */
function parseImagesFile(text, fileDir, workspace, fileName = 'images file', file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(fileDir, fileName)) {
    const fail = (problems) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('file', `${fileName} is not valid:\n  - ${problems.join('\n  - ')}\n`, 'Fix the entries named above (see the images file format in the README)');
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
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
                (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(entry.image);
            }
            catch (error) {
                if (!(error instanceof _core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageRefError */ .z0))
                    throw error;
                problems.push(`${where}.image: ${error.message}`);
            }
        }
        const inside = (field, relative) => {
            const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fileDir, relative);
            if (!(0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(workspace, resolved))
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
        const dockerfile = entry.dockerfile ? inside('dockerfile', entry.dockerfile) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, 'Dockerfile');
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('file', `cannot read ${file}: ${error.code ?? error.message}`, 'Give the path of an existing images.yaml');
    }
    return parseImagesFile(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), file);
}


/***/ }),

/***/ 3837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cY: () => (/* binding */ applyExtraTags),
/* harmony export */   fX: () => (/* binding */ verifyPushedDigest),
/* harmony export */   hD: () => (/* binding */ inspectExistingImage)
/* harmony export */ });
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9187);
/* harmony import */ var _core_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6236);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7038);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9867);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8688);
/**
 * What the registry holds under a hash tag, and how a build is published there.
 *
 * - The existence check behind reuse reads as little as possible (one manifest GET, then one
 *   config blob per requested platform; an index adds one child manifest GET per requested
 *   platform). It fails closed: only a registry's 404 means "absent" (client.getManifestIfPresent).
 * - After the builder the digest is the contract: it must be well formed and the registry must
 *   serve exactly it under the hash tag. Only then are the extra tags moved, by putting the same
 *   manifest bytes under each (no pull, no rebuild), so a failed build or push never moves a tag.
 */







/**
 * Looks up `ref` (the hash tag) and reads, for every requested platform it has, the hash label.
 * Undefined when absent.
 */
async function inspectExistingImage(client, ref, requested) {
    const top = await client.getManifestIfPresent(ref);
    if (!top)
        return undefined;
    const hashLabels = {};
    if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(top.mediaType)) {
        const config = await client.readConfig(ref, top.manifest.config);
        const platform = (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)((0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .configPlatform */ .Ko)(config));
        hashLabels[platform] = config.config?.Labels?.[_core_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_LABEL */ .mE];
        return { digest: top.digest, platforms: [platform], hashLabels, manifest: top };
    }
    const entries = (top.manifest.manifests ?? []).filter((entry) => !(0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .isAttestation */ .H)(entry));
    const platforms = [];
    for (const entry of entries) {
        if (!entry.platform)
            continue; // every builder we use writes it; an entry without one cannot be matched
        const platform = (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(entry.platform);
        if (!platforms.includes(platform))
            platforms.push(platform);
    }
    for (const wanted of requested) {
        const entry = (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .selectManifest */ .y)(entries, (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .Y8)(wanted));
        if (!entry)
            continue; // the decision reports it missing
        const child = await client.getManifest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(ref, entry.digest));
        const config = await client.readConfig(ref, child.manifest.config);
        hashLabels[(0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)((0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .Y8)(wanted))] = config.config?.Labels?.[_core_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_LABEL */ .mE];
    }
    return { digest: top.digest, platforms, hashLabels, manifest: top };
}
/** Throws unless the registry serves `digest` under `ref` (the hash tag) right now. */
async function verifyPushedDigest(client, ref, digest, builder) {
    if (!(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(digest)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StepError */ .zg(`${builder} reported ${digest ? `a malformed digest '${digest}'` : 'no digest'} for ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(ref)}: the push cannot be confirmed, so no tags were moved`);
    }
    const head = await client.headManifest(ref);
    if (!head)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StepError */ .zg(`${builder} reported pushing ${digest}, but the registry has no ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(ref)}: no tags were moved`);
    if (head.digest !== digest) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StepError */ .zg(`${builder} reported ${digest}, but the registry serves ${head.digest} under ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(ref)} (another push raced this one?): no tags were moved`);
    }
}
/** Puts the image `digest` of `ref`'s repository under each extra tag; `manifest` saves the GET when already read. */
async function applyExtraTags(client, ref, digest, tags, manifest) {
    if (tags.length > 0)
        await client.tagImage((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(ref, digest), tags, manifest);
}


/***/ }),

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
