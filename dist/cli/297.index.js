export const id = 297;
export const ids = [297];
export const modules = {

/***/ 9297:
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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-event.ts
var run_event = __webpack_require__(3427);
;// CONCATENATED MODULE: ./src/core/cache-policy.ts
/**
 * Where the layer cache lives and who may write it. Pure: inputs and the GitHub event in, a
 * CachePolicy in the chosen builder's shape out.
 *
 * Rules (DESIGN.md \u00a74):
 * - Only the default branch writes the cache. Pull requests (and every other ref: feature
 *   branches, tags, merge queues) read the default branch's cache and never write it, so a PR can
 *   neither poison nor evict what `main` builds on.
 * - `gha` always carries a scope (the default, `buildkit`, is shared by every image of the
 *   repository and the last writer wins). Default scope: the image and the target, sanitized.
 * - `cache-ref` defaults to `<image>:buildcache`.
 *   - buildx stores the whole cache as one tag: the ref is used as is (`:buildcache` added when
 *     it has no tag), exported with `mode=max`.
 *   - buildah stores one tag per cached layer, so it needs a repository of its own: `<repo>:<tag>`
 *     becomes the repository `<repo>-<tag>` (`ghcr.io/org/app:buildcache` \u2192
 *     `ghcr.io/org/app-buildcache`). A sibling repository rather than `<repo>/buildcache`, because
 *     Docker Hub allows only two path components. A ref without a tag is used as the repository.
 */


const CACHE_TYPES = ['registry', 'gha', 'none'];
function decideCachePolicy(input) {
    if (input.cache === 'none')
        return { type: 'none', ref: '', read: [], write: false, reason: 'cache disabled (cache: none)' };
    const { write, why } = mayWrite(input);
    if (input.cache === 'gha') {
        const scope = defaultGhaScope(input.image, input.target);
        return { type: 'gha', ref: scope, read: [scope], write, scope, reason: `${why} (gha scope ${scope})` };
    }
    const cacheRef = input.cacheRef?.trim() || `${input.image}:buildcache`;
    const location = input.builder === 'buildah' ? buildahCacheRepository(cacheRef) : buildxCacheRef(cacheRef);
    return { type: 'registry', ref: location, read: [location], write, reason: `${why} (${location})` };
}
function mayWrite(input) {
    if ((0,run_event/* isPullRequestEvent */.T5)(input.eventName)) {
        return { write: false, why: "pull request: reads the default branch's cache, never writes it" };
    }
    if (!input.defaultBranch)
        return { write: false, why: 'default branch unknown: reads the cache, does not write it' };
    if (input.ref === `refs/heads/${input.defaultBranch}`) {
        return { write: true, why: `default branch ${input.defaultBranch}: reads and writes the cache` };
    }
    const ref = input.ref || '(no ref)';
    return { write: false, why: `${ref} is not the default branch ${input.defaultBranch}: reads the cache, does not write it` };
}
/** Lowercase, anything outside `[a-z0-9._-]` becomes `-` (scopes end up in cache keys and CSV flags). */
function sanitizeScope(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function defaultGhaScope(image, target) {
    return sanitizeScope(target ? `${image}-${target}` : image);
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** `<repository>[:tag]`; a digest, an uppercase path or an empty part is an input error. */
function splitCacheRef(cacheRef) {
    const bad = (problem) => new errors/* InputError */.dz('cache-ref', `'${cacheRef}' ${problem}`, 'Use a repository with an optional tag, e.g. ghcr.io/org/app:buildcache');
    if (cacheRef.includes('@'))
        throw bad('is pinned by digest; a cache must be writable');
    const lastSlash = cacheRef.lastIndexOf('/');
    const colon = cacheRef.lastIndexOf(':');
    const hasTag = colon > lastSlash;
    const repository = hasTag ? cacheRef.slice(0, colon) : cacheRef;
    const tag = hasTag ? cacheRef.slice(colon + 1) : undefined;
    const parts = repository.split('/');
    const hasHost = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '');
    const path = hasHost ? parts.slice(1) : parts;
    if (path.length === 0 || !path.every((part) => PATH_COMPONENT.test(part))) {
        throw bad('is not a valid repository (lowercase letters, digits and . _ - separators)');
    }
    if (tag !== undefined && !TAG.test(tag))
        throw bad(`has an invalid tag '${tag}'`);
    return { repository, tag };
}
/** buildx: one tag holds the whole cache. */
function buildxCacheRef(cacheRef) {
    const { repository, tag } = splitCacheRef(cacheRef);
    return `${repository}:${tag ?? 'buildcache'}`;
}
/** buildah: a repository holds the cache, one tag per layer. */
function buildahCacheRepository(cacheRef) {
    const { repository, tag } = splitCacheRef(cacheRef);
    if (tag === undefined)
        return repository;
    const suffix = tag.toLowerCase();
    const last = repository.slice(repository.lastIndexOf('/') + 1);
    if (!PATH_COMPONENT.test(`${last}-${suffix}`)) {
        throw new errors/* InputError */.dz('cache-ref', `the tag '${tag}' cannot become part of the buildah cache repository '${repository}-${suffix}'`, 'Use a tag of lowercase letters and digits, e.g. :buildcache, or give a repository without a tag');
    }
    return `${repository}-${suffix}`;
}

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/hash/compute-build-definition.ts + 5 modules
var compute_build_definition = __webpack_require__(2344);
// EXTERNAL MODULE: ./src/runtime/atomic-file.ts
var atomic_file = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/runtime/exec.ts
var exec = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/registry/published-image.ts
var published_image = __webpack_require__(3837);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/registry/login.ts
var login = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/hash/base-resolution.ts
var base_resolution = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/core/reuse-decision.ts
var reuse_decision = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/build/summary.ts
/** The build step's job summary: what was published and how long each phase took. */

function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
function retriesText({ registry, build }) {
    if (registry + build === 0)
        return 'none';
    const parts = [`registry client ${registry}`, ...(build > 0 ? [`build steps run again ${build}`] : [])];
    return `${registry + build} (${parts.join(', ')}; the log says what and why)`;
}
/** Rows of the summary table (pure, so tests can read them). */
function summaryRows(report) {
    const rows = [
        ['Image', (0,summary/* code */.aY)(report.image)],
        ['Digest', (0,summary/* code */.aY)(report.digest)],
        ['Tags', report.tags.map(summary/* code */.aY).join(' ')],
        ['Result', `${report.reused ? 'reused (no build)' : `built with ${report.builder ?? 'the builder'}`}: ${(0,summary/* escapeHtml */.ZD)(report.reason)}`],
    ];
    if (report.cache)
        rows.push(['Cache', (0,summary/* escapeHtml */.ZD)(report.cache)]);
    if (report.retries)
        rows.push(['Retries', retriesText(report.retries)]);
    const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
    rows.push([
        'Time',
        [...report.phases.map((phase) => `${(0,summary/* escapeHtml */.ZD)(phase.name)} ${seconds(phase.ms)}`), `total ${seconds(total)}`].join(' \u00b7 '),
    ]);
    return rows;
}
async function writeBuildSummary(report) {
    await (0,summary/* writeSummary */.Sy)(`Image ${report.reused ? 'reused' : 'built'}`, summaryRows(report));
}

// EXTERNAL MODULE: ./src/core/tags.ts
var core_tags = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/runtime/run-context.ts
var run_context = __webpack_require__(9087);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
// EXTERNAL MODULE: ./src/builders/choice.ts
var choice = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/hash/definition-inputs.ts
var definition_inputs = __webpack_require__(3885);
;// CONCATENATED MODULE: ./src/actions/build/inputs.ts








async function readBuildInputs() {
    // Secrets first: nothing may fail (and print) before the password is masked.
    const password = (0,runtime_inputs/* readOptional */.T9)('registry-password');
    if (password)
        actions_core/* setSecret */.Pq(password);
    const username = (0,runtime_inputs/* readOptional */.T9)('registry-username');
    // A spec may name its image (registry + name); the input wins when both are given.
    const imageInput = (0,runtime_inputs/* readOptional */.T9)('image');
    const definition = imageInput === undefined ? await (0,definition_inputs/* readDefinitionInputs */.L3)() : undefined;
    const spec = definition?.spec?.spec;
    const imageName = imageInput ??
        spec?.imageName ??
        // skip-build publishes nothing: the parent's repository is the image.
        (spec?.base.kind === 'parent' ? (0,image_ref/* repositoryName */.aR)((0,image_ref/* parseImageRef */.Q)(spec.base.image)) : undefined) ??
        (0,runtime_inputs/* readRequired */.yu)('image', 'Set image to the repository to push to, e.g. ghcr.io/org/app or 127.0.0.1:5000/app (or registry and name in the spec)');
    let image;
    try {
        image = (0,image_ref/* parseRepository */.SU)(imageName);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            throw new errors/* InputError */.dz('image', error.message, 'Give a repository without tag or digest, e.g. ghcr.io/org/app');
        throw error;
    }
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* InputError */.dz(username === undefined ? 'registry-username' : 'registry-password', 'is empty while the other registry credential is set', 'Give both registry-username and registry-password, or neither (then ~/.docker/config.json is used)');
    }
    const inputs = definition ?? (await (0,definition_inputs/* readDefinitionInputs */.L3)());
    const specTag = inputs.spec?.spec.tag;
    return {
        ...inputs,
        imageName,
        image,
        // The spec's tag is one more name for the image; the hash tag is always pushed too (it is how reuse finds it).
        tags: (0,core_tags/* parseExtraTags */.r8)([actions_core/* getInput */.V4('tags'), specTag ?? ''].join('\n'), image),
        builder: (0,choice/* parseBuilderChoice */.O)((0,runtime_inputs/* readString */.E3)('builder') || 'auto'),
        cache: (0,runtime_inputs/* readChoice */.Kf)('cache', CACHE_TYPES),
        cacheRef: (0,runtime_inputs/* readOptional */.T9)('cache-ref'),
        forceRebuild: (0,runtime_inputs/* readBoolean */.Vf)('force-rebuild'),
        push: (0,runtime_inputs/* readBoolean */.Vf)('push'),
        login: username !== undefined && password !== undefined ? { registry: image.registry, username, password } : undefined,
    };
}

// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
;// CONCATENATED MODULE: ./src/actions/build/skip-build.ts







/**
 * ZenML's `skip_build`: the spec's parent image is the image, used as is. Nothing is built, pushed
 * or tagged; the parent is pinned by the digest its tag points at now, and must provide every
 * requested platform (as a reused image must).
 */
async function useParentAsIs(inputs, hashed, client, timed, phases) {
    const base = inputs.spec?.spec.base;
    if (base?.kind !== 'parent')
        throw new Error('useParentAsIs: the spec has no parent');
    const parent = (0,image_ref/* parseImageRef */.Q)(base.image);
    const platforms = hashed.definition.platforms;
    const found = await timed('existence check', `Look for the parent image ${base.image}`, () => (0,published_image/* inspectExistingImage */.hD)(client, parent, platforms));
    if (!found)
        throw new errors/* StepError */.zg(`skip-build: the parent image ${base.image} does not exist (the registry answered 404)`);
    const present = new Set(found.platforms.map((p) => (0,core_platforms/* normalizePlatform */.FL)(p) ?? p));
    const missing = platforms.filter((platform) => !present.has(platform));
    if (missing.length > 0) {
        throw new errors/* StepError */.zg(`skip-build: the parent image ${base.image} (${found.digest}) lacks ${missing.join(', ')} (it has ${found.platforms.join(', ') || 'no platform'})`);
    }
    if (inputs.tags.length > 0)
        actions_core/* warning */.$e(`skip-build: the parent image is used as is, so the tags ${inputs.tags.join(', ')} were not applied`);
    const image = `${(0,image_ref/* repositoryName */.aR)(parent)}@${found.digest}`;
    const reason = `skip-build: the parent image ${base.image} is used as is (${platforms.join(', ')})`;
    actions_core/* info */.pq(reason);
    (0,run_action/* setOutputs */.n0)({ image, digest: found.digest, tag: '', tags: '[]', hash: hashed.hash, reused: true });
    await writeBuildSummary({ image, digest: found.digest, tags: [], reused: true, reason, phases });
}

;// CONCATENATED MODULE: ./src/actions/build/main.ts
























async function run(seams = {}) {
    const { runner = new exec/* SpawnRunner */.yL(), registry = login.makeRegistryClient } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = await readBuildInputs();
        const { context: runContext, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            actions_core/* warning */.$e(problem);
        const client = registry(inputs.login, inputs.insecureRegistries);
        const phases = [];
        const timed = async (name, title, work) => {
            const { value, ms } = await (0,run_action/* timedGroup */.RD)(title, work);
            phases.push({ name, ms });
            return value;
        };
        // The registry's auth is settled while the context is hashed, so the check after it is one
        // request. It starts at the hash's first wait (for git), never ahead of git's start.
        const pullPrepared = new Promise((resolve) => setImmediate(() => resolve(client.prepareToPull(inputs.image))));
        // A spec is rendered into a staged context that lives until the builder is done with it.
        const files = await (0,definition_inputs/* openBuildFiles */.cu)(inputs);
        try {
            const what = inputs.spec
                ? `the image spec ${external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), inputs.dockerfile)}`
                : external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), inputs.context) || '.';
            const hashed = await timed('hash', `Hash the build of ${what}`, async () => {
                const result = await (0,compute_build_definition/* computeBuildDefinition */.N)({
                    ...(0,definition_inputs/* definitionOptions */.Sn)(inputs, files),
                    resolveBase: (0,base_resolution/* registryBaseResolver */.v)(client),
                    onWarning: (message) => actions_core/* warning */.$e(message),
                });
                for (const image of result.definition.images)
                    actions_core/* info */.pq(`Base ${image.ref} \u2192 ${image.digest ?? '(unresolved)'}`);
                actions_core/* info */.pq(`${result.files} files, ${result.bytes} bytes; ${result.fastPath.used ? `${result.fastPath.fromIndex} from the git index` : 'all read'}`);
                actions_core/* info */.pq(`Hash ${result.hash}, tag ${result.tag}`);
                return result;
            });
            if (inputs.manifestFile)
                (0,atomic_file/* writeFileAtomically */.l)(inputs.manifestFile, (0,build_definition/* manifestText */.$2)((0,definition_inputs/* manifestWithSpec */.Zx)(hashed.manifest, inputs)));
            if (inputs.spec?.rendered.mode === 'skip') {
                await useParentAsIs(inputs, hashed, client, timed, phases);
                return;
            }
            const hashRef = (0,image_ref/* withTag */.Rd)(inputs.image, hashed.tag);
            const repository = (0,image_ref/* repositoryName */.aR)(hashRef);
            await pullPrepared;
            const existing = await timed('existence check', `Look for ${(0,image_ref/* formatImageRef */.kL)(hashRef)}`, async () => {
                const found = await (0,published_image/* inspectExistingImage */.hD)(client, hashRef, hashed.definition.platforms);
                actions_core/* info */.pq(found ? `Found ${found.digest} (${found.platforms.join(', ') || 'no platform'})` : 'Not found (the registry answered 404)');
                return found;
            });
            const decision = (0,reuse_decision/* decideReuse */.p)({
                found: existing,
                requested: hashed.definition.platforms,
                hash: hashed.hash,
                hashTag: hashed.tag,
                forceRebuild: inputs.forceRebuild,
            });
            actions_core/* info */.pq(`${decision.action === 'reuse' ? 'Reusing' : 'Building'}: ${decision.reason}`);
            let digest = '';
            let buildRetries = 0;
            let builderName;
            let cacheReason;
            if (decision.action === 'reuse' && existing) {
                digest = decision.digest;
                if (inputs.push && inputs.tags.length > 0) {
                    await timed('tag', `Tag ${digest} as ${inputs.tags.join(', ')}`, () => (0,published_image/* applyExtraTags */.cY)(client, hashRef, digest, inputs.tags, existing.manifest));
                }
            }
            else {
                // The builders load only for a build: a no-op run (the image exists) never needs them.
                const [{ createBuilder, resolveBuilderName }, { readCommitFacts }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 3727)),
                    __webpack_require__.e(/* import() */ 417).then(__webpack_require__.bind(__webpack_require__, 6417)),
                ]);
                const facts = await readCommitFacts(inputs.context, runContext);
                for (const warning of facts.warnings)
                    actions_core/* warning */.$e(warning);
                const name = await resolveBuilderName(inputs.builder, runner);
                builderName = name;
                const cache = decideCachePolicy({
                    cache: inputs.cache,
                    cacheRef: inputs.cacheRef,
                    image: repository,
                    target: inputs.target,
                    eventName: runContext.eventName,
                    ref: runContext.ref ?? '',
                    defaultBranch: (0,run_event/* defaultBranchOf */.dV)(runContext),
                    builder: name,
                });
                cacheReason = `${cache.type}: ${cache.reason}`;
                const { secrets, environment } = inputs.secrets;
                for (const id of inputs.spec?.rendered.secretIds ?? []) {
                    if (!secrets.some((secret) => secret.id === id)) {
                        throw new errors/* InputError */.dz('secrets', `the spec mounts the secret '${id}', but no secrets, secret-envs or secret-files input gives it`, `Pass it, e.g. secret-envs: ${id}=<VARIABLE> with the variable in the step's env`);
                    }
                }
                for (const secret of secrets) {
                    if (secret.env && !Object.hasOwn(environment, secret.env) && process.env[secret.env] === undefined) {
                        throw new errors/* InputError */.dz('secret-envs', `the variable ${secret.env} of secret '${secret.id}' is not set`, `Set it in the step's env: (${secret.env}: \${{ secrets.\u2026 }})`);
                    }
                }
                const labels = (0,core_labels/* mergeLabels */.Mr)((0,core_labels/* imageLabels */.J0)({
                    hash: hashed.hash,
                    hashTag: hashed.tag,
                    commit: facts.commit,
                    commitTime: facts.commitTime,
                    sourceUrl: (0,run_context/* sourceUrlFromEnv */.K)(),
                    gitTag: facts.gitTag,
                }), inputs.labels);
                const auth = inputs.login ? (0,login.writeAuthFile)(inputs.login) : undefined;
                try {
                    const result = await timed('build and push', `Build ${(0,image_ref/* formatImageRef */.kL)(hashRef)} with ${name}`, async () => {
                        actions_core/* info */.pq(`Cache ${cacheReason}`);
                        return createBuilder(name).build({
                            contextDir: files.contextDir,
                            dockerfile: files.dockerfile,
                            repository,
                            tags: [(0,image_ref/* formatImageRef */.kL)(hashRef)],
                            platforms: hashed.definition.platforms,
                            ...(inputs.target ? { target: inputs.target } : {}),
                            buildArgs: inputs.buildArgs,
                            secrets,
                            labels,
                            cache,
                            ...(facts.commitTime !== undefined ? { timestamp: facts.commitTime } : {}),
                            push: inputs.push,
                            insecureRegistries: inputs.insecureRegistries,
                            ...(auth ? { authFile: auth.file } : {}),
                            environment,
                            baseImages: pinnedImages(hashed.definition.images),
                        }, runner, client);
                    });
                    digest = result.digest;
                    buildRetries = result.retries ?? 0;
                }
                finally {
                    auth?.remove();
                }
                if (inputs.push) {
                    await timed('verify and tag', `Verify ${digest || 'the pushed digest'} in the registry`, async () => {
                        await (0,published_image/* verifyPushedDigest */.fX)(client, hashRef, digest, name);
                        actions_core/* info */.pq(`${(0,image_ref/* formatImageRef */.kL)(hashRef)} is ${digest}`);
                        await (0,published_image/* applyExtraTags */.cY)(client, hashRef, digest, inputs.tags);
                    });
                }
                else {
                    actions_core/* info */.pq('push is false: the image stays in the builder, so there is no digest and no tag was moved');
                }
            }
            actions_core/* info */.pq(`Time: ${phases.map((phase) => `${phase.name} ${phase.ms} ms`).join(', ')}`);
            // A reused image is in the registry whatever `push` says; its extra tags were moved only with push.
            const reused = decision.action === 'reuse';
            const inRegistry = digest !== '';
            const tags = !inRegistry ? [] : inputs.push ? (0,core_tags/* allTags */.Jw)(hashed.tag, inputs.tags) : [hashed.tag];
            (0,run_action/* setOutputs */.n0)({
                image: inRegistry ? `${repository}@${digest}` : '',
                digest,
                tag: hashed.tag,
                tags: JSON.stringify(tags.map((tag) => `${repository}:${tag}`)),
                hash: hashed.hash,
                reused,
            });
            await writeBuildSummary({
                image: inRegistry ? `${repository}@${digest}` : `${repository} (not pushed)`,
                digest: digest || '\u2014',
                tags,
                reused,
                reason: decision.reason,
                ...(builderName ? { builder: builderName } : {}),
                ...(cacheReason ? { cache: cacheReason } : {}),
                retries: { registry: client.stats.retries, build: buildRetries },
                phases,
            });
        }
        finally {
            files.dispose();
        }
    });
}
/** The build's images as references pinned by the digest the hash resolved (unresolved ones as written). */
function pinnedImages(images) {
    return images.flatMap((image) => {
        try {
            return [image.digest ? (0,image_ref/* formatImageRef */.kL)((0,image_ref/* withDigest */.hQ)((0,image_ref/* parseImageRef */.Q)(image.ref), image.digest)) : image.ref];
        }
        catch {
            return []; // not a registry reference; nothing to take layers from
        }
    });
}


/***/ }),

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parseBuilderChoice)
/* harmony export */ });
/* unused harmony export BUILDER_CHOICES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The `builder` input: buildx, buildah, or `auto` (decided at build time by builders/detect.ts).
 * Its own file so that reading the inputs does not load the builders: a no-op run never builds.
 */

const BUILDER_CHOICES = ['auto', 'buildx', 'buildah'];
function parseBuilderChoice(value) {
    const choice = value.trim().toLowerCase();
    if (BUILDER_CHOICES.includes(choice))
        return choice;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('builder', `'${value}' is not a known builder`, `Use one of: ${BUILDER_CHOICES.join(', ')}`);
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

/***/ 3427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
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


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ allTags),
/* harmony export */   r8: () => (/* binding */ parseExtraTags)
/* harmony export */ });
/* unused harmony export isHashTag */
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(402);
/**
 * The tags an image gets: the hash tag (`h1-<32 hex>`, the key of reuse) first, then the extra tags
 * of the `tags` input. Pure. An extra tag is written bare (`latest`, `v1.2.3`) or as a full
 * reference of the same repository (`ghcr.io/org/app:latest`, what docker/metadata-action prints),
 * separated by commas or newlines.
 */



/** A tag that looks like a hash tag of any recipe: only the hash step may set those. */
const HASH_TAG_SHAPE = /^h\d+-[0-9a-f]{32}$/;
function isHashTag(tag) {
    return HASH_TAG_SHAPE.test(tag);
}
/** Parses the `tags` input against the image repository; returns unique bare tags in input order. */
function parseExtraTags(text, image, input = 'tags') {
    const tags = [];
    for (const item of (0,_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(text)) {
        const tag = bareTag(item, image, input);
        if (isHashTag(tag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' has the shape of a hash tag`, 'Hash tags are set by the action itself; choose another tag name');
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}
function bareTag(item, image, input) {
    if (!item.includes('/') && !item.includes('@') && !item.includes(':')) {
        if ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTag */ .r_)(item))
            return item;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' is not a valid tag`, "Use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')");
    }
    let ref;
    try {
        ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(item);
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageRefError */ .z0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, error.message, 'Give bare tags (latest, v1.2.3) or references of the image repository');
        throw error;
    }
    const wanted = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(image);
    if (ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' is pinned by digest`, 'Give a tag, not a digest');
    if ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref) !== wanted) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' names the repository ${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref)}, not the image ${wanted}`, `Give bare tags or references of ${wanted}`);
    }
    return ref.tag ?? 'latest';
}
/** Every tag the image carries when the step succeeds: the hash tag, then the extra tags. */
function allTags(hashTag, extra) {
    return [hashTag, ...extra.filter((tag) => tag !== hashTag)];
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


/***/ }),

/***/ 9087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   K: () => (/* binding */ sourceUrlFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
        context.event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
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


/***/ })

};
