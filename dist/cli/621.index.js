export const id = 621;
export const ids = [621];
export const modules = {

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   u6: () => (/* binding */ chooseTag)
/* harmony export */ });
/* unused harmony export compareSemVer */
/**
 * Chooses one tag among several that point at the same commit (pure): a semantic version wins
 * (`v1.2.3` or `1.2.3`, the highest by SemVer precedence, so a release beats its own `-rc`); without
 * one, the first of the list as git sorted it (newest first).
 */
const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;
function parseSemVer(tag) {
    const match = semverPattern.exec(tag);
    if (!match)
        return undefined;
    return {
        core: [BigInt(match[1] ?? 0), BigInt(match[2] ?? 0), BigInt(match[3] ?? 0)],
        prerelease: match[4] ? match[4].split('.') : [],
    };
}
function compareIdentifiers(a, b) {
    const aNumeric = /^\d+$/.test(a);
    const bNumeric = /^\d+$/.test(b);
    if (aNumeric && bNumeric)
        return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
    if (aNumeric)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones
    if (bNumeric)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** SemVer 2.0.0 precedence (build metadata ignored). */
function compareSemVer(a, b) {
    for (let i = 0; i < 3; i++) {
        if (a.core[i] !== b.core[i])
            return a.core[i] < b.core[i] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length; // a release outranks any of its pre-releases
    }
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const order = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
        if (order !== 0)
            return order;
    }
    return a.prerelease.length - b.prerelease.length;
}
function chooseTag(tags) {
    let best;
    for (const tag of tags) {
        const version = parseSemVer(tag);
        if (!version)
            continue;
        // Ties (v1.0.0 and 1.0.0, or differing build metadata) go to the name that sorts first.
        const order = best ? compareSemVer(version, best.version) : 1;
        if (order > 0 || (order === 0 && best && tag < best.tag))
            best = { tag, version };
    }
    return best?.tag ?? tags[0] ?? '';
}


/***/ }),

/***/ 1396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */
/** Every platform `register` and `promote` speak to. */
const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks', 'metaflow', 'zenml'];


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ DATAWORKS_CHANNEL),
/* harmony export */   PP: () => (/* binding */ checkRequiredChannel),
/* harmony export */   VO: () => (/* binding */ versionBeforeCurrent),
/* harmony export */   W2: () => (/* binding */ pinnedName),
/* harmony export */   Y5: () => (/* binding */ hashLabelProblem),
/* harmony export */   f8: () => (/* binding */ deploymentRef),
/* harmony export */   g_: () => (/* binding */ decidePromotion),
/* harmony export */   oe: () => (/* binding */ destinationTags),
/* harmony export */   qW: () => (/* binding */ decideMove),
/* harmony export */   rG: () => (/* binding */ checkDestinationAllowed),
/* harmony export */   sx: () => (/* binding */ versionTagProblem),
/* harmony export */   xS: () => (/* binding */ describeMove)
/* harmony export */ });
/* unused harmony exports CHANNEL_MODELS, PREVIOUS, checkChannelName, versionTag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var _version_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(270);
/**
 * The decisions of `promote` that need no I/O: which version is asked for (a name, `previous`, or
 * whatever a channel holds), which channels each platform has, how the image moves (tags only,
 * cross-repository mount, streamed copy), which tags it gets at the destination, and the checks a
 * promotion must pass before anything moves. Every refusal is an InputError that names the input.
 */



/** DataWorks' one channel per image: the version its workspaces run, published. */
const DATAWORKS_CHANNEL = 'published';
const CHANNEL_MODELS = {
    catalog: { kind: 'named' },
    dataworks: { kind: 'single', name: DATAWORKS_CHANNEL },
    databricks: { kind: 'none' },
    metaflow: { kind: 'none' },
    zenml: { kind: 'none' },
};
/** The `version` that means "what to-channel held before its current version": a rollback. */
const PREVIOUS = 'previous';
/** The catalog's ChannelName (openapi.yaml). */
const CHANNEL_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const CHANNEL_MAX_LENGTH = 63;
function checkChannelName(input, value) {
    if (value.length > CHANNEL_MAX_LENGTH || !CHANNEL_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}' is not a channel name (lowercase letters and digits, separated by '.', '_' or '-'; at most ${CHANNEL_MAX_LENGTH})`, 'Use a name such as staging or production');
    }
    return value;
}
/** Checks how the version and the channels were asked for, against what the platform has. */
function decidePromotion(inputs) {
    const model = CHANNEL_MODELS[inputs.platform];
    if (inputs.version !== '' && inputs.fromChannel !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('from-channel', `is set together with version '${inputs.version}'`, 'Give either version (a version name, or previous for a rollback) or from-channel (promote what that channel holds)');
    }
    if (inputs.version === '' && inputs.fromChannel === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', 'is empty and no from-channel is set', 'Give the version to promote (e.g. 1.2.3, or previous for a rollback), or from-channel to promote what that channel holds');
    }
    if (model.kind === 'none')
        return decideWithoutChannels(inputs);
    const toChannel = model.kind === 'single' ? singleChannel(inputs, model.name) : namedChannel(inputs);
    const selector = inputs.version === PREVIOUS
        ? { kind: 'previous' }
        : inputs.version !== ''
            ? { kind: 'version', version: checkVersionName(inputs.version) }
            : { kind: 'channel', channel: checkChannelName('from-channel', inputs.fromChannel) };
    if (selector.kind === 'channel' && selector.channel === toChannel) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('from-channel', `is the same channel as to-channel (${toChannel}): that promotion would change nothing`, 'Promote from another channel, e.g. from-channel: staging with to-channel: production');
    }
    const requireChannel = inputs.requireChannel === '' ? undefined : checkChannelName('require-channel', inputs.requireChannel);
    if (requireChannel !== undefined && requireChannel === toChannel) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('require-channel', `is the same channel as to-channel (${toChannel})`, 'Name the channel a version must pass first, e.g. require-channel: staging with to-channel: production');
    }
    return { selector, toChannel, ...(requireChannel !== undefined ? { requireChannel } : {}) };
}
function checkVersionName(version) {
    const problem = (0,_version_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .versionProblem */ .Ec)(version);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `${problem}; a version name is 1 to 128 letters, digits, '.', '_', '+' and '-'`, 'Give a registered version name (e.g. 1.2.3), previous for a rollback, or from-channel');
    }
    return version;
}
function namedChannel(inputs) {
    if (inputs.toChannel === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-channel', `is required on ${inputs.platform}`, 'Name the channel to promote to, e.g. production');
    }
    return checkChannelName('to-channel', inputs.toChannel);
}
function singleChannel(inputs, name) {
    const only = `${inputs.platform} has one channel per image, '${name}' (the version its workspaces run)`;
    if (inputs.toChannel !== '' && inputs.toChannel !== name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-channel', `'${inputs.toChannel}': ${only}`, `Leave to-channel empty or set it to ${name}`);
    }
    for (const [input, value] of [
        ['from-channel', inputs.fromChannel],
        ['require-channel', inputs.requireChannel],
    ]) {
        if (value !== '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}': ${only}, so there is no other channel to read`, 'Give the version to promote');
    }
    return name;
}
function decideWithoutChannels(inputs) {
    const none = `${inputs.platform} keeps no channels`;
    for (const [input, value] of [
        ['to-channel', inputs.toChannel],
        ['from-channel', inputs.fromChannel],
        ['require-channel', inputs.requireChannel],
    ]) {
        if (value !== '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}': ${none}`, 'Leave it empty: the promotion moves the image and attaches it to the targets');
        }
    }
    const fix = `Pass the image pinned by digest (<repository>@sha256:<64 hex>): ${inputs.platform} keeps no version names, the register step's version-id is that reference`;
    if (inputs.version === PREVIOUS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'previous': ${none}, so there is nothing to roll back to`, fix);
    const pinned = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePinnedImageRef */ .Sm)(inputs.version);
    if (!pinned)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'${inputs.version}' is not an image reference pinned by digest`, fix);
    return { selector: { kind: 'reference', ref: inputs.version, digest: pinned.digest } };
}
/**
 * Where a platform lets the image go. DataWorks runs the registry reference its version records
 * (an ACR URI): a copy elsewhere would not change what DataWorks runs, so it is refused.
 */
function checkDestinationAllowed(platform, toImage) {
    if (toImage === undefined || platform !== 'dataworks')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-image', `dataworks runs the image its version records (its ACR ImageUri), so a copy to ${toImage} would not change what DataWorks runs`, 'Leave to-image empty on dataworks (the version is published where it is), or register the copy as a version of its own');
}
/**
 * The version before `current` in a channel's promotion history (oldest first): what the latest
 * promotion to `current` replaced. Rolling back twice returns to where it started, as
 * `kubectl rollout undo` does.
 */
function versionBeforeCurrent(history, current) {
    for (let index = history.length - 1; index >= 0; index -= 1) {
        const entry = history[index];
        if (entry.version === current)
            return entry.previousVersion;
    }
    return undefined;
}
/** `require-channel`: the version must be the one that channel holds now. */
function checkRequiredChannel(image, required, holding, version) {
    if (holding?.version === version)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('require-channel', holding
        ? `channel ${required} of ${image} holds ${holding.version}, not ${version}`
        : `channel ${required} of ${image} holds no version, so ${version} has not passed it`, `Promote ${version} to ${required} first, or promote what ${required} holds (from-channel: ${required})`);
}
/**
 * Same repository: only tags move (manifest PUTs, zero blob bytes). Another repository of the same
 * registry: blobs are mounted across repositories (zero blob bytes). Another registry: streamed.
 */
function decideMove(source, destination) {
    if (source.apiHost !== destination.apiHost)
        return 'copy';
    return source.repository === destination.repository ? 'tags' : 'mount';
}
function describeMove(kind) {
    if (kind === 'tags')
        return 'same repository: tags only (zero blob bytes)';
    if (kind === 'mount')
        return 'another repository of the same registry: cross-repository blob mount (zero blob bytes)';
    return 'another registry: streamed copy with digest checks';
}
/**
 * A version as a tag: versions may hold `+` (SemVer build metadata), tags may not; `_` stands for
 * it, as Helm does for OCI tags. Every valid version name is then a valid tag.
 */
function versionTag(version) {
    const tag = version.replace(/\+/g, '_');
    if (!(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'${version}' cannot be written as an image tag`, 'Use a semantic version such as 1.2.3');
    return tag;
}
/**
 * The tags the destination gets: the version's own tag first (immutable: it may exist only on this
 * digest), then the extra tags (they move).
 */
function destinationTags(version, extra) {
    const own = versionTag(version);
    return { versionTag: own, tags: [own, ...extra.filter((tag) => tag !== own)] };
}
/** Why the destination's existing version tag forbids the promotion, or undefined when it does not. */
function versionTagProblem(destination, tag, existing, digest) {
    if (existing === undefined || existing === digest)
        return undefined;
    return `${destination}:${tag} already exists with digest ${existing}, not ${digest}: a version's tag names one image forever, so nothing was moved. Promote to another repository, or find out who pushed that tag`;
}
/**
 * The image's hash labels (per platform) must exist and, when the platform recorded the build hash,
 * equal it: the registry must hold the very image that was registered. Undefined when they do.
 */
function hashLabelProblem(reference, labels, expected) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return `${reference} has no image to read labels from`;
    for (const [platform, label] of entries) {
        if (!label)
            return `${reference} (${platform}) carries no build-hash label: it was not built by image-actions, so it cannot be promoted as a registered version`;
        if (expected !== undefined && label !== expected) {
            return `${reference} (${platform}) carries build hash ${label}, but the platform registered ${expected}: the registry holds another image than the one registered`;
        }
    }
    return undefined;
}
/** The commit a deployment records: the platform's record, else the image's revision label, else the workflow's commit. */
function deploymentRef(facts) {
    return facts.recorded || facts.label || facts.workflowSha || undefined;
}
/** `registry/repository@digest`: what the destination holds, as compute pulls it. */
function pinnedName(repository, digest) {
    return `${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(repository)}@${digest}`;
}


/***/ }),

/***/ 4174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ checkCredentialInputs),
/* harmony export */   PA: () => (/* binding */ checkHash),
/* harmony export */   Uh: () => (/* binding */ versionRequest),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   _D: () => (/* binding */ checkPinnedImage),
/* harmony export */   q9: () => (/* binding */ checkEndpoint),
/* harmony export */   su: () => (/* binding */ checkCommit),
/* harmony export */   vy: () => (/* binding */ checkImageName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);


/** The catalog's ImageName (openapi.yaml). DataWorks and Databricks check their own names. */
const CATALOG_IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The full build hash (64 hex) as hash and build output it. */
const FULL_HASH = /^[0-9a-f]{64}$/;
/**
 * The image must be pinned by a sha256 digest: register only ever runs after a push whose digest
 * was verified in the registry, and a tag could point elsewhere by the time compute pulls it.
 */
function checkPinnedImage(value) {
    const fix = "Pass the build step's `image` output (<repository>@sha256:<64 hex>): register only runs after a verified push";
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', 'is required but empty', fix);
    let digest;
    try {
        digest = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(value).digest;
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .ImageRefError */ .z0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', error.message, fix);
        throw error;
    }
    if (!digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', `'${value}' is not pinned by digest (no @sha256:…)`, fix);
    if (!digest.startsWith('sha256:'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
    return { ref: value, digest };
}
/**
 * The endpoint as the adapter wants it; a URL must be http(s), without credentials, query or
 * fragment. Metaflow has no server: its endpoint must stay empty (the config file is a setting).
 */
function checkEndpoint(platform, value) {
    const trimmed = value.trim();
    if (platform === 'metaflow') {
        if (trimmed !== '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'is not used by metaflow, which has no server to call', 'Leave endpoint empty and name the Metaflow config file in platform-settings (config-file=…)');
        return '';
    }
    const examples = {
        catalog: 'the catalog base URL, e.g. https://catalog.example.com or http://127.0.0.1:8080',
        databricks: 'the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net',
        dataworks: 'dataworks.<region>.aliyuncs.com, a region id such as cn-hangzhou, or an https:// URL',
        zenml: 'the ZenML server URL, e.g. https://zenml.example.com',
    };
    const fix = `Pass ${examples[platform]}`;
    if (trimmed === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'is required but empty', fix);
    if (/\s/.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' contains whitespace`, fix);
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
    if ((platform === 'catalog' || platform === 'zenml') && !hasScheme)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' is not a URL (no http:// or https://)`, fix);
    if (platform === 'dataworks' && !hasScheme && /^[a-z]{2,}(-[a-z0-9]+)+$/.test(trimmed))
        return trimmed; // a region id
    let url;
    try {
        url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' is not a valid URL`, fix);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' must use http:// or https://`, fix);
    if (url.username || url.password) {
        // Never echo it: the user part may be a credential.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', 'carries credentials (user:password@)', 'Pass the credentials through token (or the access-key inputs) and the endpoint without them');
    }
    if (url.search || url.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('endpoint', `'${trimmed}' has a query or fragment`, fix);
    return trimmed.replace(/\/+$/, '');
}
function checkImageName(platform, value) {
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image-name', 'is required but empty', 'Name the image on the platform, e.g. ml-runtime');
    if (platform === 'catalog' && (value.length > 128 || !CATALOG_IMAGE_NAME.test(value))) {
        const suggestion = value
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^[._-]+|[._-]+$/g, '')
            .slice(0, 128);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('image-name', `'${value}' is not a catalog image name (lowercase letters and digits, separated by '.', '_' or '-'; at most 128)`, suggestion ? `Use e.g. '${suggestion}'` : 'Use e.g. ml-runtime');
    }
    return value;
}
function checkCommit(value) {
    if (!COMMIT.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('commit', value === '' ? 'is empty and GITHUB_SHA is not set' : `'${value}' is not a full commit id (40 or 64 lowercase hex)`, "Pass the git-state step's `commit` output");
    }
    return value;
}
function checkHash(value) {
    if (!FULL_HASH.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('hash', value === '' ? 'is required but empty' : `'${value}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
    }
    return value;
}
/** `https://github.com/<owner>/<repo>/actions/runs/<id>` from the runner's variables, when all are set. */
function runUrl(env) {
    const server = env['GITHUB_SERVER_URL'];
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    if (!server || !repository || !runId)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}
function versionRequest(facts) {
    return {
        image: facts.imageName,
        version: facts.version,
        digest: facts.image.digest,
        imageRef: facts.image.ref,
        source: { commit: facts.commit, ...(facts.runUrl ? { runUrl: facts.runUrl } : {}) },
        build: { hash: facts.hash },
        ...(facts.description ? { description: facts.description } : {}),
    };
}
/** Which credential inputs each platform takes; a misplaced one is an error, not silently ignored. */
const CREDENTIALS = {
    catalog: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for catalog' },
    databricks: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for databricks' },
    dataworks: {
        takes: ['accessKeyId', 'accessKeySecret'],
        fix: 'Pass access-key-id and access-key-secret (or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
    },
    metaflow: { takes: [], fix: 'Metaflow needs no credentials: it writes a local config file; remove the input' },
    zenml: { takes: ['token'], fix: 'Pass the API key of a ZenML service account as token' },
};
const INPUT_NAMES = {
    token: 'token',
    oidcAudience: 'oidc-audience',
    accessKeyId: 'access-key-id',
    accessKeySecret: 'access-key-secret',
};
function checkCredentialInputs(platform, given) {
    const { takes, fix } = CREDENTIALS[platform];
    for (const key of Object.keys(INPUT_NAMES)) {
        if (!given[key] || takes.includes(key))
            continue;
        const users = Object.keys(CREDENTIALS).filter((name) => CREDENTIALS[name].takes.includes(key));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT_NAMES[key], `is not used by ${platform} (only by ${users.join(', ')})`, fix);
    }
    if ((platform === 'catalog' || platform === 'databricks') && !given.token && !given.oidcAudience) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', `is empty and no oidc-audience is set: ${platform} needs credentials`, `Pass a token from secrets (token: \${{ secrets.… }}), or set oidc-audience with 'permissions: id-token: write'`);
    }
    if (platform === 'zenml' && !given.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('token', 'is empty: zenml needs the API key of a service account', 'Pass it from secrets (token: ${{ secrets.ZENML_API_KEY }})');
    }
}


/***/ }),

/***/ 277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ parseTargets),
/* harmony export */   je: () => (/* binding */ targetName)
/* harmony export */ });
/* unused harmony export expectedTargetForms */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]*';
const databricksForms = [
    // Cluster ids look like 0123-456789-abc (date-ish prefix, random suffix).
    { kind: 'cluster', id: /^[0-9]{4}-[0-9]{6}-[a-z0-9]+$/, help: 'cluster/<cluster-id> (e.g. cluster/0123-456789-abc)' },
    // job_cluster_key: word characters and dashes, at most 100 (Jobs API).
    { kind: 'job', id: /^[0-9]{1,19}\/[A-Za-z0-9_-]{1,100}$/, help: 'job/<job-id>/<job-cluster-key> (e.g. job/42/main)' },
];
const dataworksForms = [{ kind: 'project', id: /^[0-9]{1,19}$/, help: 'project/<workspace-id> (e.g. project/1001)' }];
const catalogForms = [
    { kind: 'resource-group', id: new RegExp(`^${SEGMENT}$`), help: 'resource-group/<name> (e.g. resource-group/rg-prod)' },
    { kind: 'cluster', id: new RegExp(`^${SEGMENT}$`), help: 'cluster/<id> (e.g. cluster/0123-456789-abc)' },
    { kind: 'job', id: new RegExp(`^${SEGMENT}/${SEGMENT}$`), help: 'job/<job-id>/<key> (e.g. job/42/main)' },
    { kind: 'project', id: new RegExp(`^${SEGMENT}$`), help: 'project/<id> (e.g. project/1001)' },
];
// Metaflow and ZenML have no compute to attach to: Metaflow's config file is itself the
// attachment, and a ZenML run picks a build by its id or checksum.
const formsByPlatform = {
    catalog: catalogForms,
    databricks: databricksForms,
    dataworks: dataworksForms,
    metaflow: [],
    zenml: [],
};
/** Why a platform takes no targets at all, and what does the attaching instead. */
const noTargets = {
    metaflow: 'Metaflow has no compute to attach an image to: the config file (config-file in platform-settings) is what its runs read, and register writes it',
    zenml: 'ZenML has no compute to attach an image to: a run uses the registered pipeline build when its run configuration names it (build: <version-id>) or its checksum matches',
};
/** Kinds a platform cannot attach to, with the reason and what to do instead. */
const unsupported = {
    dataworks: {
        'resource-group': 'DataWorks has no API that attaches an image to a resource group (images run on Serverless resource groups through the tasks of a workspace)',
        cluster: 'DataWorks has no clusters to attach an image to',
        job: 'DataWorks has no jobs to attach an image to',
    },
    databricks: {
        'resource-group': 'Databricks has no resource groups',
        project: 'Databricks has no projects to attach an image to',
    },
};
function targetName(target) {
    return `${target.kind}/${target.id}`;
}
function expectedTargetForms(platform) {
    return formsByPlatform[platform].map((form) => form.help);
}
function formsFix(platform) {
    const forms = expectedTargetForms(platform);
    return forms.length > 0 ? `Write one target per line for ${platform}: ${forms.join('; ')}` : `Leave targets empty for ${platform}`;
}
/** Parses trimmed, non-empty lines (as `readLines('targets')` returns them). Duplicates collapse. */
function parseTargets(lines, platform) {
    const forms = formsByPlatform[platform];
    const fix = formsFix(platform);
    const seen = new Set();
    const targets = [];
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `line ${index + 1} '${line}'`;
        const none = noTargets[platform];
        if (none)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where}: ${none}`, fix);
        const slash = line.indexOf('/');
        if (slash <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where} is not <kind>/<id>`, fix);
        const kind = line.slice(0, slash);
        const id = line.slice(slash + 1);
        const form = forms.find((candidate) => candidate.kind === kind);
        if (!form) {
            const reason = unsupported[platform]?.[kind];
            const problem = reason ? `${where}: ${reason}` : `${where} has kind '${kind}', which ${platform} does not attach to`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', problem, fix);
        }
        if (!form.id.test(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', `${where} is not of the form ${form.help}`, fix);
        const key = `${kind}/${id}`;
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push({ kind, id });
    });
    return targets;
}


/***/ }),

/***/ 270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   vI: () => (/* binding */ decideVersion)
/* harmony export */ });
/* unused harmony exports VERSION_PATTERN, VERSION_MAX_LENGTH, versionFromGitTag, checkVersion */
/* harmony import */ var _git_tag_choice_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2862);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Which version name an image is registered under. Pure: facts in, a decision out.
 *
 * - An explicit `version` input wins; it is checked, never rewritten.
 * - Otherwise, when the commit carries a semantic-version git tag, that version — WITHOUT a leading
 *   `v`: `v1.2.3` and `1.2.3` name the same release, SemVer itself says the `v` is not part of the
 *   version, and a platform that sorts or compares versions must see `1.2.3`. Pre-release and build
 *   metadata stay (`v2.0.0-rc.1+b.7` → `2.0.0-rc.1+b.7`).
 * - Otherwise the hash tag (`h1-<32 hex>`): the same build definition always gets the same version,
 *   so a re-run is a replay, never a second version.
 *
 * A tag that is not a semantic version (`nightly`, `release-2026`) is not used: such tags move and
 * are reused, while a registered version is immutable.
 */


/** The catalog's VersionName (openapi.yaml); DataWorks is stricter (42) and checks that itself. */
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const VERSION_MAX_LENGTH = 128;
/** The version a git tag stands for, or undefined when the tag is not a semantic version. */
function versionFromGitTag(tag) {
    const trimmed = tag.trim();
    if (!(0,_git_tag_choice_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSemVer */ .IX)(trimmed))
        return undefined;
    return trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
}
/** Why `value` cannot be a version name, or undefined when it can. */
function versionProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.length > VERSION_MAX_LENGTH)
        return `'${value.slice(0, 20)}…' has ${value.length} characters, more than ${VERSION_MAX_LENGTH}`;
    if (!VERSION_PATTERN.test(value)) {
        const bad = [...new Set([...value].filter((ch) => !/[A-Za-z0-9._+-]/.test(ch)))];
        const what = bad.length > 0 ? `contains ${bad.map((ch) => JSON.stringify(ch)).join(', ')}` : "starts with '.', '_', '+' or '-'";
        return `'${value}' ${what}`;
    }
    return undefined;
}
/** Throws an InputError naming `input` when `value` is not a usable version name. */
function checkVersion(value, input = 'version') {
    const problem = versionProblem(value);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${problem}; a version is 1 to ${VERSION_MAX_LENGTH} characters, letters, digits, '.', '_', '+' and '-', starting with a letter or digit`, 'Use a semantic version such as 1.2.3, or leave it empty to use the git tag or the hash tag');
    }
    return value;
}
function decideVersion(facts) {
    const explicit = facts.explicit.trim();
    if (explicit !== '') {
        return { version: checkVersion(explicit), source: 'input', reason: `the version input (${explicit})` };
    }
    const fromTag = facts.gitTag.trim() === '' ? undefined : versionFromGitTag(facts.gitTag);
    if (fromTag !== undefined) {
        return {
            version: checkVersion(fromTag, 'git-tag'),
            source: 'git-tag',
            reason: `the semantic-version tag ${facts.gitTag.trim()} at the commit`,
        };
    }
    const hashTag = facts.hashTag.trim();
    if (hashTag === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('hash', 'is empty, and neither a version nor a semantic-version git tag was given', "Pass the hash step's output (or set 'version')");
    }
    const note = facts.gitTag.trim() === '' ? 'no git tag at the commit' : `the git tag ${facts.gitTag.trim()} is not a semantic version`;
    return { version: checkVersion(hashTag, 'hash'), source: 'hash-tag', reason: `the hash tag (${note})` };
}


/***/ }),

/***/ 2808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createPlatform),
  M: () => (/* binding */ platformOptions)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/registry/login.ts
var registry_login = __webpack_require__(4142);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
;// CONCATENATED MODULE: ./src/platform/log.ts

const actionsLog = {
    info: (message) => actions_core/* info */.pq(message),
    warning: (message) => actions_core/* warning */.$e(message),
    debug: (message) => actions_core/* debug */.Yz(message),
    setSecret: (secret) => actions_core/* setSecret */.Pq(secret),
};
/** `text` ending in exactly one full stop (server messages often bring their own). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

// EXTERNAL MODULE: ./src/platform/platform.ts
var platform = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/core/promotion.ts
var promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
;// CONCATENATED MODULE: ./src/platform/catalog/client.ts
/**
 * Typed HTTP client of the catalog API (openapi.yaml). Every call is one logical operation that may
 * take several attempts: 429, 5xx, connection resets and timeouts are retried with jittered
 * exponential backoff, honouring `Retry-After`, bounded in attempts and in time (core/retry.ts). A POST
 * carries one Idempotency-Key, the same on every attempt, so a retry after a lost answer replays the
 * stored result instead of acting twice. The token is sent only to the endpoint's origin and never
 * appears in an error message.
 */





const catalogRetryDefaults = {
    maxAttempts: 6,
    maxElapsedMs: 60_000,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    jitter: 'full',
    retryAfter: 'jittered',
    statuses: { also: [408], except: [501, 505] },
    networkErrors: 'any',
    attemptTimeoutMs: 15_000,
};
function catalogRetryPolicy(overrides = {}) {
    return (0,runtime_retry/* withRetryDefaults */.X2)(catalogRetryDefaults, overrides);
}
/** The catalog's wording of a stop on the time budget; the rest as everywhere. */
function explainCatalogStop(stop) {
    if (stop.kind !== 'time')
        return (0,retry/* explainStop */.cV)(stop);
    const why = stop.retryAfterMs !== undefined ? `waiting the ${Math.ceil(stop.retryAfterMs / 1000)} s the server asked for` : 'waiting longer';
    return `gave up after ${stop.attempt} attempt${stop.attempt === 1 ? '' : 's'} in ${(stop.elapsedMs / 1000).toFixed(1)} s: ${why} would pass the ${stop.budgetMs / 1000} s budget`;
}
/** The catalog answered with an error, or could not be reached (`status` undefined). */
class CatalogHttpError extends errors/* StepError */.zg {
    method;
    path;
    status;
    problem;
    attempts;
    constructor(message, method, path, status, problem, attempts, options) {
        super(message, options);
        this.method = method;
        this.path = path;
        this.status = status;
        this.problem = problem;
        this.attempts = attempts;
        this.name = 'CatalogHttpError';
    }
}
const enc = encodeURIComponent;
function networkReason(error) {
    const err = error;
    if (err.name === 'TimeoutError')
        return 'no answer in time';
    const cause = err.cause?.code ?? err.cause?.message;
    return cause ? `${err.message ?? 'network error'} (${cause})` : (err.message ?? String(error));
}
/** The `rel="next"` target of an RFC 8288 Link header. */
function nextLinkOf(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (!match)
            continue;
        const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(match[2]);
        const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
        if (relations.includes('next'))
            return match[1];
    }
    return undefined;
}
class CatalogClient {
    options;
    base;
    policy;
    fetch;
    constructor(options) {
        this.options = options;
        let base;
        try {
            base = new URL(options.endpoint);
        }
        catch {
            throw new errors/* StepError */.zg(`catalog endpoint '${options.endpoint}' is not a URL: give the base URL, e.g. http://127.0.0.1:8080`);
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:')
            throw new errors/* StepError */.zg(`catalog endpoint '${options.endpoint}' must be http:// or https://`);
        if (base.username || base.password)
            throw new errors/* StepError */.zg('catalog endpoint must not carry credentials: pass the token separately');
        this.base = new URL(base.href.endsWith('/') ? base.href : `${base.href}/`);
        this.policy = catalogRetryPolicy({ ...(options.now ? { now: options.now } : {}), ...options.retry });
        this.fetch = options.fetch ?? fetch;
    }
    get endpoint() {
        return this.base.origin + this.base.pathname.replace(/\/$/, '');
    }
    /** Removes the token from any text that leaves this client (messages built from answers). */
    redact(text) {
        return (0,redact/* redact */.E)(text, [this.options.token]);
    }
    url(path) {
        return new URL(path.replace(/^\//, ''), this.base);
    }
    async attempt(call, url) {
        const headers = {
            Accept: 'application/json, application/problem+json',
            Authorization: `Bearer ${this.options.token}`,
            'User-Agent': 'image-actions-catalog-client/1',
            ...call.headers,
        };
        let payload;
        if (call.body !== undefined) {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(call.body);
        }
        const response = await this.fetch(url, {
            method: call.method,
            headers,
            body: payload,
            redirect: 'manual',
            signal: AbortSignal.timeout(this.policy.attemptTimeoutMs),
        });
        const text = await response.text();
        const type = response.headers.get('content-type') ?? '';
        let body = text;
        if (/json/i.test(type) && text !== '') {
            try {
                body = JSON.parse(text);
            }
            catch {
                body = undefined;
            }
        }
        return { status: response.status, headers: response.headers, body, url: url.href };
    }
    /** One logical call: attempts until an accepted answer, a non-retryable one, or the budget ends. */
    async call(call, url = this.url(call.path)) {
        const onRetry = ({ attempt, delayMs, reason }) => this.options.onRetry?.({ method: call.method, path: call.path, attempt, delayMs, reason: this.redact(reason) });
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, explain: explainCatalogStop, onRetry }, async (attempt) => {
            let answer;
            try {
                answer = await this.attempt(call, url);
            }
            catch (failure) {
                const reason = networkReason(failure);
                return {
                    failed: { error: failure },
                    reason,
                    giveUp: (stop) => {
                        throw new CatalogHttpError(this.redact(`could not reach the catalog at ${this.endpoint} (${call.method} ${call.path}): ${reason}; ${stop}`), call.method, call.path, undefined, undefined, attempt, { cause: failure });
                    },
                };
            }
            if (call.accept.includes(answer.status))
                return { done: answer };
            if (!(0,retry/* isRetryableStatus */.PS)(answer.status, this.policy.statuses))
                throw this.httpError(call, answer, attempt);
            return {
                failed: { status: answer.status, retryAfter: answer.headers.get('retry-after') },
                reason: `answered ${answer.status}`,
                giveUp: (stop) => {
                    throw this.httpError(call, answer, attempt, stop);
                },
            };
        });
    }
    httpError(call, answer, attempts, gaveUp) {
        const problem = answer.body && typeof answer.body === 'object' && 'status' in answer.body ? answer.body : undefined;
        const what = problem
            ? `${problem.title}: ${problem.detail}`
            : typeof answer.body === 'string' && answer.body
                ? answer.body.slice(0, 300)
                : 'no details';
        const hint = answer.status === 401
            ? ' Check the token given for the catalog.'
            : answer.status === 403
                ? ' The token lacks the scope this needs.'
                : '';
        const message = `the catalog answered ${answer.status} to ${call.method} ${call.path}: ${what}.${hint}${gaveUp ? ` (${gaveUp})` : ''}`;
        return new CatalogHttpError(this.redact(message), call.method, call.path, answer.status, problem, attempts);
    }
    static idempotencyHeader(key) {
        // An RFC 8941 sf-string, as draft-ietf-httpapi-idempotency-key-header specifies.
        return { 'Idempotency-Key': `"${key ?? (0,external_node_crypto_.randomUUID)()}"` };
    }
    static precondition(precondition) {
        return 'ifMatch' in precondition ? { 'If-Match': precondition.ifMatch } : { 'If-None-Match': '*' };
    }
    static etagOf(answer) {
        const etag = answer.headers.get('etag');
        if (!etag)
            throw new errors/* StepError */.zg(`the catalog answered ${answer.status} to ${answer.url} without an ETag`);
        return etag;
    }
    // Images
    async createImage(body, options = {}) {
        const answer = await this.call({
            method: 'POST',
            path: '/v1/images',
            body,
            headers: CatalogClient.idempotencyHeader(options.idempotencyKey),
            accept: [200, 201],
        });
        return { created: answer.status === 201, image: answer.body };
    }
    async getImage(name) {
        const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(name)}`, accept: [200, 404] });
        return answer.status === 200 ? answer.body : undefined;
    }
    // Versions
    /** 201 → created; 200 → the same version and digest existed (or this is a replay of our own 200). A 409 throws. */
    async createVersion(image, body, options = {}) {
        const answer = await this.call({
            method: 'POST',
            path: `/v1/images/${enc(image)}/versions`,
            body,
            headers: CatalogClient.idempotencyHeader(options.idempotencyKey),
            accept: [200, 201],
        });
        return {
            created: answer.status === 201,
            replayed: answer.headers.get('idempotent-replayed') === 'true',
            version: answer.body,
        };
    }
    async getVersion(image, version) {
        const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/versions/${enc(version)}`, accept: [200, 404] });
        return answer.status === 200 ? answer.body : undefined;
    }
    async listVersions(image, options = {}) {
        const query = new URLSearchParams();
        if (options.pageSize)
            query.set('page_size', String(options.pageSize));
        if (options.pageToken)
            query.set('page_token', options.pageToken);
        const suffix = query.size > 0 ? `?${query}` : '';
        const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/versions${suffix}`, accept: [200] });
        const next = nextLinkOf(answer.headers.get('link'));
        return { ...answer.body, ...(next ? { next } : {}) };
    }
    /** Every version of an image, oldest first, following `Link: rel="next"` page by page. */
    async *versions(image, options = {}) {
        let page = await this.listVersions(image, options);
        for (;;) {
            yield* page.items;
            if (!page.next)
                return;
            page = await this.follow(page.next);
        }
    }
    async follow(link) {
        const url = new URL(link, this.base);
        // The token goes to the catalog only: a Link elsewhere is not followed.
        if (url.origin !== this.base.origin)
            throw new errors/* StepError */.zg(`the catalog linked the next page to another origin (${url.origin}); not following it`);
        const answer = await this.call({ method: 'GET', path: url.pathname + url.search, accept: [200] }, url);
        const next = nextLinkOf(answer.headers.get('link'));
        return { ...answer.body, ...(next ? { next } : {}) };
    }
    // Attachments
    async getAttachment(target) {
        const answer = await this.call({ method: 'GET', path: `/v1/targets/${enc(target)}/attachment`, accept: [200, 404] });
        return answer.status === 200 ? { value: answer.body, etag: CatalogClient.etagOf(answer) } : undefined;
    }
    /** A 412 (changed meanwhile) or 428 throws CatalogHttpError: read again and decide. */
    async putAttachment(target, body, precondition) {
        const answer = await this.call({
            method: 'PUT',
            path: `/v1/targets/${enc(target)}/attachment`,
            body,
            headers: CatalogClient.precondition(precondition),
            accept: [200, 201],
        });
        return { created: answer.status === 201, attachment: { value: answer.body, etag: CatalogClient.etagOf(answer) } };
    }
    // Channels
    async getChannel(image, channel) {
        const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/channels/${enc(channel)}`, accept: [200, 404] });
        return answer.status === 200 ? { value: answer.body, etag: CatalogClient.etagOf(answer) } : undefined;
    }
    async promote(image, channel, body, precondition, options = {}) {
        const answer = await this.call({
            method: 'POST',
            path: `/v1/images/${enc(image)}/channels/${enc(channel)}/promotions`,
            body,
            headers: { ...CatalogClient.idempotencyHeader(options.idempotencyKey), ...CatalogClient.precondition(precondition) },
            accept: [201],
        });
        return { promotion: answer.body, etag: CatalogClient.etagOf(answer) };
    }
    async listPromotions(image, channel, options = {}) {
        const query = options.pageSize ? `?page_size=${options.pageSize}` : '';
        const first = await this.call({
            method: 'GET',
            path: `/v1/images/${enc(image)}/channels/${enc(channel)}/promotions${query}`,
            accept: [200],
        });
        const firstNext = nextLinkOf(first.headers.get('link'));
        let page = { ...first.body, ...(firstNext ? { next: firstNext } : {}) };
        const all = [];
        for (;;) {
            all.push(...page.items);
            if (!page.next)
                return all;
            page = await this.follow(page.next);
        }
    }
}

;// CONCATENATED MODULE: ./src/platform/catalog/adapter.ts
/**
 * The `catalog` platform: the Platform interface over the catalog HTTP API (client.ts).
 *
 * - createVersion sends one Idempotency-Key per logical call (a retry after a lost answer replays
 *   "created"), maps 409 to VersionConflictError, and never changes a stored version.
 * - attach reads the target's attachment (ETag), and if it is not already this version, PUTs with
 *   If-Match (or If-None-Match: * for the first one); on 412/428 it reads again and re-decides, so a
 *   retried PUT whose first answer was lost, or a concurrent writer, ends in the wanted state.
 * - promote moves a channel with If-Match on the revision the caller read (its ETag) when the
 *   promotion was decided, so a channel moved by someone else in between — during a long image copy
 *   too — is reported with the version that won (ChannelMovedError), never overwritten.
 */






/** `kind/id` as the catalog names a target (`resource-group/rg-prod`, `job/42/main`). */
function targetId(target) {
    return `${target.kind}/${target.id}`;
}
function toImageVersion(version, created) {
    return {
        id: version.id,
        image: version.image,
        version: version.version,
        digest: version.digest,
        imageRef: version.image_ref,
        created,
        commit: version.source.commit,
        buildHash: version.build.hash,
    };
}
function isStatus(error, ...statuses) {
    return error instanceof CatalogHttpError && error.status !== undefined && statuses.includes(error.status);
}
class CatalogPlatform {
    name = 'catalog';
    client;
    log;
    rounds;
    constructor(options) {
        this.log = options.log ?? actionsLog;
        // Masked before any request can fail and print something.
        if (options.token)
            this.log.setSecret(options.token);
        this.rounds = options.maxPreconditionRounds ?? 5;
        this.client = new CatalogClient({
            endpoint: options.endpoint,
            token: options.token,
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.fetch ? { fetch: options.fetch } : {}),
            onRetry: ({ method, path, attempt, delayMs, reason }) => this.log.info(`catalog: ${method} ${path} ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`),
        });
    }
    async ensureImage(image, description) {
        const { created } = await this.client.createImage({ name: image, ...(description ? { description } : {}) });
        this.log.info(created ? `catalog: created image ${image}` : `catalog: image ${image} exists`);
    }
    async createVersion(request) {
        const body = {
            version: request.version,
            digest: request.digest,
            image_ref: request.imageRef,
            source: { commit: request.source.commit, ...(request.source.runUrl ? { run_url: request.source.runUrl } : {}) },
            build: { hash: request.build.hash },
            ...(request.description ? { description: request.description } : {}),
        };
        try {
            // One key for this logical call, reused by every retry inside the client.
            const { created, version } = await this.client.createVersion(request.image, body, { idempotencyKey: (0,external_node_crypto_.randomUUID)() });
            this.log.info(created
                ? `catalog: registered ${request.image} ${version.version} (${version.digest}) as ${version.id}`
                : `catalog: ${request.image} ${version.version} was already registered with this digest (${version.id})`);
            return toImageVersion(version, created);
        }
        catch (error) {
            if (isStatus(error, 409)) {
                const existing = error.problem?.existing;
                throw new platform/* VersionConflictError */.lu(request.image, request.version, existing?.digest ?? 'another digest', request.digest);
            }
            if (isStatus(error, 404)) {
                throw new errors/* StepError */.zg(`the catalog has no image ${request.image}: create it first (ensureImage) — ${error.message}`, {
                    cause: error,
                });
            }
            throw error;
        }
    }
    async getVersion(image, version) {
        const found = await this.client.getVersion(image, version);
        return found ? toImageVersion(found, false) : undefined;
    }
    async attach(version, targets) {
        const results = [];
        for (const target of targets)
            results.push(await this.attachOne(version, targetId(target)));
        return results;
    }
    async attachOne(version, target) {
        const wanted = { image: version.image, version: version.version };
        let before;
        for (let round = 1; round <= this.rounds; round += 1) {
            const current = await this.client.getAttachment(target);
            const now = current ? `${current.value.image}:${current.value.version}` : undefined;
            if (round === 1)
                before = now;
            // `changed` compares with what the target ran before this call, so a PUT whose answer was lost
            // (and is then seen as already done) still counts as a change made by this call.
            const changed = before !== `${wanted.image}:${wanted.version}`;
            if (now === `${wanted.image}:${wanted.version}`) {
                if (round === 1)
                    this.log.info(`catalog: ${target} already runs ${wanted.image} ${wanted.version}`);
                return { target, ...wanted, changed };
            }
            const precondition = current ? { ifMatch: current.etag } : { ifNoneMatch: '*' };
            try {
                await this.client.putAttachment(target, wanted, precondition);
                this.log.info(`catalog: attached ${wanted.image} ${wanted.version} to ${target}${now ? ` (was ${now})` : ''}`);
                return { target, ...wanted, changed: true };
            }
            catch (error) {
                if (!isStatus(error, 412, 428))
                    throw error;
                this.log.info(`catalog: the attachment of ${target} changed while attaching; reading it again`);
            }
        }
        throw new errors/* StepError */.zg(`could not attach ${wanted.image} ${wanted.version} to ${target}: its attachment kept changing (${this.rounds} tries); something else is writing it`);
    }
    async readChannel(image, channel) {
        const found = await this.client.getChannel(image, channel);
        if (!found)
            return undefined;
        const { value, etag } = found;
        return { image: value.image, channel: value.channel, version: value.version, digest: value.digest, revision: etag };
    }
    async previousVersion(image, channel) {
        const current = await this.readChannel(image, channel);
        if (!current)
            return undefined;
        const history = await this.client.listPromotions(image, channel, { pageSize: 500 });
        return (0,promotion/* versionBeforeCurrent */.VO)(history.map((promotion) => ({ version: promotion.version, previousVersion: promotion.previous_version ?? undefined })), current.version);
    }
    async promote(request) {
        const { image, channel } = request;
        const version = request.version.version;
        const seen = request.expected?.version;
        const result = (changed) => ({
            channel,
            version,
            changed,
            ...(seen !== undefined ? { previousVersion: seen } : {}),
        });
        if (seen === version) {
            this.log.info(`catalog: channel ${channel} of ${image} already points at ${version}`);
            return result(false);
        }
        // Against the state the caller saw, not a fresh read: a promotion that raced ours during the copy must win.
        const precondition = await this.preconditionFor(request);
        try {
            const { promotion } = await this.client.promote(image, channel, { version, ...(request.reason ? { reason: request.reason } : {}) }, precondition, { idempotencyKey: (0,external_node_crypto_.randomUUID)() });
            this.log.info(`catalog: promoted ${image} ${version} to ${channel}${promotion.previous_version ? ` (was ${promotion.previous_version})` : ''}`);
            return result(true);
        }
        catch (error) {
            if (!isStatus(error, 412, 428))
                throw error;
            // Our POST may have landed and only its answer been lost (then the channel holds our version);
            // otherwise someone else moved it: report who, change nothing.
            const now = await this.client.getChannel(image, channel);
            if (now?.value.version === version)
                return result(true);
            throw new platform/* ChannelMovedError */.NX(image, channel, version, now?.value.version, seen);
        }
    }
    async preconditionFor(request) {
        const { expected } = request;
        if (expected === null)
            return { ifNoneMatch: '*' };
        if (expected.revision !== undefined)
            return { ifMatch: expected.revision };
        // Seen without a revision (another platform's state): the channel must still hold that version.
        const now = await this.client.getChannel(request.image, request.channel);
        if (now?.value.version !== expected.version) {
            throw new platform/* ChannelMovedError */.NX(request.image, request.channel, request.version.version, now?.value.version, expected.version);
        }
        return { ifMatch: now.etag };
    }
}

// EXTERNAL MODULE: ./src/core/targets.ts
var core_targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/platform/retry-policy.ts
var retry_policy = __webpack_require__(3232);
;// CONCATENATED MODULE: ./src/platform/databricks/transient.ts
/**
 * Databricks answers that are worth another try whatever the method. Pure.
 *
 * From databricks-sdk-go @ 1ff3c785: `apierr/error_overrides.go` `allTransientErrors` (matched
 * against the error message by `apierr/errors.go` `IsRetriable`) and `config/api_client.go`
 * `TransientErrors` (`REQUEST_LIMIT_EXCEEDED`, matched anywhere in the error).
 */
const TRANSIENT = [
    /com\.databricks\.backend\.manager\.util\.UnknownWorkerEnvironmentException/,
    /does not have any associated worker environments/,
    /There is no worker environment with id/,
    /Unknown worker environment/,
    /ClusterNotReadyException/,
    /worker env .* not found/,
    /REQUEST_LIMIT_EXCEEDED/,
];
function isTransientDatabricksError(errorCode, message) {
    const text = `${errorCode ?? ''} ${message ?? ''}`;
    return TRANSIENT.some((pattern) => pattern.test(text));
}

;// CONCATENATED MODULE: ./src/platform/databricks/client.ts







class DatabricksApiError extends errors/* StepError */.zg {
    status;
    errorCode;
    ambiguous;
    constructor(message, 
    /** 0 when no answer arrived. */
    status, errorCode, 
    /** A write that may have been applied although it failed (no answer, 5xx, INVALID_STATE on a resend). */
    ambiguous = false) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.ambiguous = ambiguous;
        this.name = 'DatabricksApiError';
    }
}
function normalizeWorkspaceUrl(host) {
    const trimmed = host.trim().replace(/\/+$/, '');
    return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
class DatabricksClient {
    options;
    baseUrl;
    fetchImpl;
    policy;
    secrets;
    constructor(options) {
        this.options = options;
        this.baseUrl = normalizeWorkspaceUrl(options.host);
        this.fetchImpl = options.fetch ?? fetch;
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(retry_policy/* platformRetryPolicy */.cY, options.retry);
        this.secrets = [options.token, ...(options.secrets ?? [])];
    }
    async get(path, query) {
        const search = new URLSearchParams(query).toString();
        return this.request('GET', search ? `${path}?${search}` : path, undefined);
    }
    /**
     * A write that is not safe to repeat. `body` is sent as is when it is a string (lets callers keep
     * int64 ids exact), else as JSON.
     */
    async post(path, body) {
        return this.request('POST', path, typeof body === 'string' ? body : JSON.stringify(body));
    }
    async request(method, pathAndQuery, body) {
        const write = method !== 'GET';
        const url = `${this.baseUrl}${pathAndQuery}`;
        const path = pathAndQuery.split('?')[0] ?? pathAndQuery;
        const onRetry = ({ delayMs, reason }) => this.options.log.debug(`Databricks ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, onRetry }, async () => {
            let response;
            let text;
            try {
                // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
                response = await this.fetchImpl(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: 'application/json',
                        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                    ...(body === undefined ? {} : { body }),
                });
                text = await response.text();
            }
            catch (error) {
                return (0,retry_policy/* noAnswer */.qE)({
                    what: `Databricks ${method} ${path}`,
                    baseUrl: this.baseUrl,
                    error,
                    unsafeWrite: write,
                    secrets: this.secrets,
                    check: 'the workspace URL',
                    ambiguous: (message) => new DatabricksApiError(message, 0, undefined, true),
                });
            }
            if (response.ok)
                return { done: (text === '' ? {} : JSON.parse(text)) };
            const { errorCode, message } = parseError(text);
            const transient = isTransientDatabricksError(errorCode, message);
            const retryable = write
                ? (0,retry_policy/* isRetryableWriteStatus */.sM)(response.status) || transient
                : (0,retry/* isRetryableStatus */.PS)(response.status, this.policy.statuses) || transient;
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
                reason: errorCode ?? `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    const ambiguous = write && (response.status >= 500 || errorCode === 'INVALID_STATE');
                    throw this.apiError(method, path, response.status, text, attempts, ambiguous);
                },
            };
        });
    }
    apiError(method, path, status, text, attempts, ambiguous) {
        const { errorCode, message } = parseError(text);
        const what = [errorCode, message ?? text.slice(0, 200).trim()].filter((part) => part).join(': ');
        const retried = attempts > 1 ? ` (after ${attempts} tries)` : '';
        let hint = '';
        if (status === 401)
            hint = ' Check that the token is valid for this workspace and not expired.';
        if (status === 403)
            hint = ' The token is valid but lacks permission: grant it CAN MANAGE on the cluster or job (or use a principal that has it).';
        return new DatabricksApiError((0,redact/* redact */.E)(`${sentence(`Databricks ${method} ${path} failed with HTTP ${status}${retried}: ${what || 'no details'}`)}${hint}`, this.secrets), status, errorCode, ambiguous);
    }
}
function parseError(text) {
    try {
        const parsed = JSON.parse(text);
        return {
            ...(typeof parsed.error_code === 'string' ? { errorCode: parsed.error_code } : {}),
            ...(typeof parsed.message === 'string' ? { message: parsed.message } : {}),
        };
    }
    catch {
        // Not JSON (a proxy's HTML page, say): the caller quotes the start of it.
        return {};
    }
}

;// CONCATENATED MODULE: ./src/platform/databricks/docker-image.ts
/**
 * The `docker_image` object Databricks keeps on a cluster spec, and the decisions around it. Pure.
 *
 * Registry credentials should be Databricks secret references (`{{secrets/<scope>/<key>}}`): a
 * raw password in a cluster spec can be read back by other users of the workspace.
 */
const SECRET_REFERENCE = /^\{\{secrets\/[^/{}\s]+\/[^/{}\s]+\}\}$/;
function isSecretReference(value) {
    return SECRET_REFERENCE.test(value);
}
/**
 * What to send. Databricks replaces the whole `docker_image`, so credentials already on the
 * target must be sent again: we can only do that when they are secret references we can copy.
 */
function desiredDockerImage(url, auth, current) {
    if (auth)
        return { image: { url, basic_auth: { username: auth.username, password: auth.password } } };
    const existing = current?.basic_auth;
    if (!existing || (existing.username === undefined && existing.password === undefined))
        return { image: { url } };
    const { username, password } = existing;
    if (username !== undefined && password !== undefined && isSecretReference(password)) {
        return { image: { url, basic_auth: { username, password } } };
    }
    return {
        problem: 'it pulls its image with registry credentials that cannot be read back to send again; ' +
            'pass the registry username and password (as {{secrets/<scope>/<key>}} references) so the new image can be pulled',
    };
}
/**
 * Whether the target already runs `desired`: same url and, where the server shows them, same
 * credentials. A password the server does not return is taken as unchanged, so replays never
 * restart a running cluster for nothing.
 */
function sameDockerImage(current, desired) {
    if (!current || current.url !== desired.url)
        return false;
    const have = current.basic_auth;
    const want = desired.basic_auth;
    if (!want)
        return !have || (have.username === undefined && have.password === undefined);
    if (!have || have.username !== want.username)
        return false;
    return have.password === undefined || have.password === want.password;
}

;// CONCATENATED MODULE: ./src/platform/databricks/policy.ts
/**
 * Whether a cluster policy lets compute run a given `docker_image.url`. Policy definitions are
 * JSON (sent as a string) keyed by dotted attribute paths, one limitation per attribute:
 * fixed / forbidden / allowlist / blocklist / regex / unlimited. Pure.
 *
 * A policy made from a policy family carries its own rules in `policy_family_definition_overrides`
 * (a JSON string, "merged into the inherited policy definition": databricks-sdk-go
 * `service/compute/model.go` `Policy`/`CreatePolicy` @ 1ff3c785), so a rule there wins over one in
 * `definition`. Unverified: whether `policies/clusters/get` returns the family's inherited rules in
 * `definition`; a family rule on `docker_image.url` that is in neither field is not seen here, and
 * Databricks still enforces it on update.
 */
function urlRule(json) {
    if (!json)
        return undefined;
    try {
        const rule = JSON.parse(json)['docker_image.url'];
        return rule && typeof rule === 'object' ? rule : undefined;
    }
    catch {
        return undefined;
    }
}
function checkDockerImageUrl(definition, url, familyOverrides) {
    const limitation = urlRule(familyOverrides) ?? urlRule(definition);
    if (!limitation)
        return { allowed: true };
    const values = Array.isArray(limitation.values) ? limitation.values.map(String) : [];
    switch (limitation.type) {
        case 'fixed':
            return limitation.value === url
                ? { allowed: true }
                : { allowed: false, rule: `fixes docker_image.url to '${String(limitation.value)}'` };
        case 'forbidden':
            return { allowed: false, rule: 'forbids docker_image.url (no custom containers)' };
        case 'allowlist':
            return values.includes(url)
                ? { allowed: true }
                : { allowed: false, rule: `allows only these docker_image.url values: ${values.map((v) => `'${v}'`).join(', ')}` };
        case 'blocklist':
            return values.includes(url) ? { allowed: false, rule: 'blocks this docker_image.url' } : { allowed: true };
        case 'regex': {
            const pattern = String(limitation.pattern ?? '');
            // Databricks anchors policy regexes at both ends of the value.
            let matches;
            try {
                matches = new RegExp(`^(?:${pattern})$`).test(url);
            }
            catch {
                return { allowed: true };
            }
            return matches ? { allowed: true } : { allowed: false, rule: `requires docker_image.url to match /${pattern}/` };
        }
        default:
            return { allowed: true };
    }
}

;// CONCATENATED MODULE: ./src/platform/databricks/jobs.ts
const PAGED = ['tasks', 'job_clusters', 'parameters', 'environments'];
/** The first page with every later page's array entries appended, as JobsAPI.Get does. */
function mergeJobPage(job, next) {
    const settings = { ...job.settings };
    for (const key of PAGED) {
        const more = next.settings?.[key];
        if (more && more.length > 0)
            settings[key] = [...(settings[key] ?? []), ...more];
    }
    const merged = { ...job, settings };
    delete merged.next_page_token;
    if (next.next_page_token)
        merged.next_page_token = next.next_page_token;
    return merged;
}
/** Follows `next_page_token` until the job is whole; a token seen twice ends the walk. */
async function readWholeJob(getPage) {
    let job = await getPage();
    const seen = new Set();
    while (job.next_page_token && !seen.has(job.next_page_token)) {
        seen.add(job.next_page_token);
        job = mergeJobPage(job, await getPage(job.next_page_token));
    }
    const whole = { ...job };
    delete whole.next_page_token;
    return whole;
}

;// CONCATENATED MODULE: ./src/platform/databricks/adapter.ts








/** Databricks accepts edits only in these states (others answer INVALID_STATE). */
const EDITABLE_STATES = new Set(['RUNNING', 'TERMINATED']);
/**
 * `ClusterSource` values of clusters a user made (databricks-sdk-go `service/compute/model.go`:
 * API, JOB, MODELS, PIPELINE, PIPELINE_MAINTENANCE, SQL, UI). The others belong to a Databricks
 * service that owns their spec.
 */
const USER_CLUSTER_SOURCES = new Set(['UI', 'API']);
class DatabricksPlatform {
    options;
    name = 'databricks';
    client;
    log;
    policies = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
        this.log.setSecret(options.token);
        const password = options.registryAuth?.password;
        if (password !== undefined && !isSecretReference(password)) {
            this.log.setSecret(password);
            this.log.warning('The registry password is written into the compute spec as plain text, where other users of the workspace can read it. ' +
                'Store it in a Databricks secret scope and pass {{secrets/<scope>/<key>}} instead.');
        }
        this.client = new DatabricksClient({
            host: options.host,
            token: options.token,
            log: this.log,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            secrets: password !== undefined && !isSecretReference(password) ? [password] : [],
        });
    }
    async ensureImage(image) {
        this.log.debug(`Databricks keeps no image records; nothing to ensure for '${image}'.`);
    }
    async createVersion(request) {
        const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(request.imageRef);
        if (!pinned) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' is not pinned by digest`, 'Pass <repository>@sha256:<digest>, as the build step outputs it');
        }
        if (pinned.digest !== request.digest) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' does not carry digest ${request.digest}`, 'Pass the reference and digest of the same build');
        }
        this.log.info(`Databricks keeps no image versions: version '${request.version}' of '${request.image}' is the reference ${request.imageRef} itself (nothing recorded).`);
        return {
            id: request.imageRef,
            image: request.image,
            version: request.version,
            digest: request.digest,
            imageRef: request.imageRef,
            created: false,
        };
    }
    async getVersion(image, version) {
        this.log.debug(`Databricks keeps no image versions; '${image}' version '${version}' cannot be looked up by name.`);
        return undefined;
    }
    async attach(version, targets) {
        const url = version.imageRef;
        const plans = [];
        for (const target of targets)
            plans.push(await this.plan(target, url));
        const attachments = [];
        const changed = [];
        for (const plan of plans) {
            if (!plan.apply) {
                this.log.info(`${plan.label} already runs ${url}.`);
            }
            else {
                try {
                    await this.applyOrConfirm(plan);
                }
                catch (error) {
                    const done = changed.length > 0 ? `already changed: ${changed.join(', ')}` : 'no other target was changed';
                    const message = error instanceof Error ? error.message : String(error);
                    throw new errors/* StepError */.zg(`${plan.label}: ${message} (${done})`, { cause: error });
                }
                changed.push((0,core_targets/* targetName */.je)(plan.target));
                this.log.info(`${plan.label}: docker_image.url set to ${url}${plan.note ? ` (${plan.note})` : ''}.`);
            }
            attachments.push({ target: (0,core_targets/* targetName */.je)(plan.target), image: version.image, version: version.version, changed: Boolean(plan.apply) });
        }
        return attachments;
    }
    /** Runs the update; when its outcome is unknown, reads the target back and succeeds if the change is there. */
    async applyOrConfirm(plan) {
        try {
            await plan.apply?.();
        }
        catch (error) {
            if (!(error instanceof DatabricksApiError) || !error.ambiguous || !plan.applied)
                throw error;
            this.log.info(`${plan.label}: the update failed without a clear answer (${error.message}); reading the target back.`);
            if (await plan.applied()) {
                this.log.info(`${plan.label}: the change is there: the update was applied.`);
                return;
            }
            throw new errors/* StepError */.zg(`${error.message} Read back: the target does not run the image, so the update was not applied.`, {
                cause: error,
            });
        }
    }
    /** What each target runs now. */
    async readTargets(targets) {
        const states = [];
        for (const target of targets) {
            if (target.kind === 'cluster') {
                const cluster = await this.getCluster(target.id);
                states.push({
                    target: (0,core_targets/* targetName */.je)(target),
                    ...(cluster.docker_image?.url ? { url: cluster.docker_image.url } : {}),
                    ...(cluster.state ? { state: cluster.state } : {}),
                });
            }
            else {
                const { jobId, key } = splitJobTarget(target);
                const entry = (await this.getJob(jobId)).settings?.job_clusters?.find((c) => c.job_cluster_key === key);
                const jobUrl = entry?.new_cluster?.docker_image?.url;
                states.push({ target: (0,core_targets/* targetName */.je)(target), ...(jobUrl ? { url: jobUrl } : {}) });
            }
        }
        return states;
    }
    async plan(target, url) {
        if (target.kind === 'cluster')
            return this.planCluster(target, url);
        if (target.kind === 'job')
            return this.planJob(target, url);
        throw new errors/* StepError */.zg(`Databricks cannot attach to '${(0,core_targets/* targetName */.je)(target)}': use cluster/<cluster-id> or job/<job-id>/<job-cluster-key>. Nothing was changed.`);
    }
    async planCluster(target, url) {
        const cluster = await this.getCluster(target.id);
        const label = `cluster ${target.id}${cluster.cluster_name ? ` (${cluster.cluster_name})` : ''}`;
        const refuse = (why) => {
            throw new errors/* StepError */.zg(`${label}: ${why}. Nothing was changed.`);
        };
        if (cluster.cluster_source === 'JOB') {
            refuse('it was created by a job run and Databricks does not let it be edited; attach the job instead: job/<job-id>/<job-cluster-key>');
        }
        if (cluster.cluster_source !== undefined && !USER_CLUSTER_SOURCES.has(cluster.cluster_source)) {
            refuse(`it was created by the Databricks ${cluster.cluster_source} service (cluster_source ${cluster.cluster_source}), which owns its spec; ` +
                'change the image where that service defines its compute');
        }
        const desired = desiredDockerImage(url, this.options.registryAuth, cluster.docker_image);
        if ('problem' in desired)
            return refuse(desired.problem);
        if (sameDockerImage(cluster.docker_image, desired.image))
            return { target, label };
        const state = cluster.state ?? 'UNKNOWN';
        if (!EDITABLE_STATES.has(state)) {
            throw new errors/* StepError */.zg(`cluster ${target.id} is ${state}; Databricks accepts edits only in RUNNING or TERMINATED: retry when it settles. Nothing was changed.`);
        }
        if (state === 'RUNNING' && !this.options.restartRunningClusters) {
            refuse('it is RUNNING, and Databricks restarts a running cluster to apply a new image (its running work is interrupted); ' +
                'set restart-running-clusters=true in platform-settings to allow the restart, or attach while the cluster is TERMINATED');
        }
        if (cluster.policy_id)
            await this.checkPolicy(cluster.policy_id, url, label);
        const image = desired.image;
        return {
            target,
            label,
            note: state === 'RUNNING'
                ? 'it was RUNNING: Databricks restarts it to apply the image'
                : 'it is TERMINATED: the image applies at its next start',
            apply: async () => {
                await this.client.post('/api/2.1/clusters/update', {
                    cluster_id: target.id,
                    update_mask: 'docker_image',
                    cluster: { docker_image: image },
                });
            },
            applied: async () => sameDockerImage((await this.getCluster(target.id)).docker_image, image),
        };
    }
    async planJob(target, url) {
        const { jobId, key } = splitJobTarget(target);
        const job = await this.getJob(jobId);
        const label = `job ${jobId}${job.settings?.name ? ` (${job.settings.name})` : ''} cluster '${key}'`;
        const refuse = (why) => {
            throw new errors/* StepError */.zg(`${label}: ${why}. Nothing was changed.`);
        };
        const clusters = job.settings?.job_clusters ?? [];
        const entry = clusters.find((candidate) => candidate.job_cluster_key === key);
        if (!entry) {
            const keys = clusters.map((candidate) => `'${candidate.job_cluster_key}'`).join(', ');
            return refuse(`the job has no job cluster with job_cluster_key '${key}' (${keys ? `it has ${keys}` : 'it has no shared job clusters'}); ` +
                'tasks with their own new_cluster cannot be targeted: move the cluster into job_clusters');
        }
        const newCluster = entry.new_cluster;
        if (!newCluster)
            return refuse('the job cluster has no new_cluster spec to set an image on');
        const desired = desiredDockerImage(url, this.options.registryAuth, newCluster.docker_image);
        if ('problem' in desired)
            return refuse(desired.problem);
        if (sameDockerImage(newCluster.docker_image, desired.image))
            return { target, label };
        if (newCluster.policy_id)
            await this.checkPolicy(newCluster.policy_id, url, label);
        // Arrays in new_settings are merged by key, nested fields are not: resend the whole entry.
        const updated = { ...entry, new_cluster: { ...newCluster, docker_image: desired.image } };
        // Job ids are int64: write the digits as they are rather than through a JS number.
        const body = `{"job_id":${jobId},"new_settings":${JSON.stringify({ job_clusters: [updated] })}}`;
        const image = desired.image;
        return {
            target,
            label,
            note: 'applies to the next runs',
            apply: async () => {
                await this.client.post('/api/2.2/jobs/update', body);
            },
            applied: async () => {
                const now = (await this.getJob(jobId)).settings?.job_clusters?.find((candidate) => candidate.job_cluster_key === key);
                return sameDockerImage(now?.new_cluster?.docker_image, image);
            },
        };
    }
    async checkPolicy(policyId, url, label) {
        let policy;
        try {
            policy = await this.getPolicy(policyId);
        }
        catch (error) {
            if (error instanceof DatabricksApiError && error.status === 403) {
                this.log.warning(`${label}: cannot read its cluster policy ${policyId} (HTTP 403); Databricks will enforce it on update.`);
                return;
            }
            throw error;
        }
        const verdict = checkDockerImageUrl(policy.definition ?? '{}', url, policy.policy_family_definition_overrides);
        if (verdict.allowed)
            return;
        const name = policy.name ? `'${policy.name}' (${policyId})` : policyId;
        throw new errors/* StepError */.zg(`${label}: its cluster policy ${name} ${verdict.rule}, so it cannot run ${url}. ` +
            'Ask the policy owner to allow this url (an allowlist entry, or a regex such as ^<registry>/<repository>@sha256:[0-9a-f]{64}$), ' +
            'or attach to compute that uses a policy allowing it. Nothing was changed.');
    }
    getCluster(clusterId) {
        return this.client.get('/api/2.1/clusters/get', { cluster_id: clusterId });
    }
    getJob(jobId) {
        return readWholeJob((pageToken) => this.client.get('/api/2.2/jobs/get', { job_id: jobId, ...(pageToken ? { page_token: pageToken } : {}) }));
    }
    getPolicy(policyId) {
        let pending = this.policies.get(policyId);
        if (!pending) {
            pending = this.client.get('/api/2.0/policies/clusters/get', { policy_id: policyId });
            this.policies.set(policyId, pending);
        }
        return pending;
    }
}
function splitJobTarget(target) {
    const slash = target.id.indexOf('/');
    const jobId = target.id.slice(0, slash);
    const key = target.id.slice(slash + 1);
    if (slash <= 0 || !/^[0-9]+$/.test(jobId) || key === '') {
        throw new errors/* StepError */.zg(`'${(0,core_targets/* targetName */.je)(target)}' is not job/<job-id>/<job-cluster-key>`);
    }
    return { jobId, key };
}

;// CONCATENATED MODULE: ./src/platform/databricks/oidc.ts




async function exchangeGithubOidcToken(options) {
    options.log.setSecret(options.idToken);
    const url = `${normalizeWorkspaceUrl(options.host)}/oidc/v1/token`;
    const form = new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token: options.idToken,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        scope: options.scope ?? 'all-apis',
    });
    if (options.clientId)
        form.set('client_id', options.clientId);
    const secrets = [options.idToken];
    let response;
    try {
        response = await (options.fetch ?? fetch)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
        });
    }
    catch (error) {
        const reason = (0,retry_policy/* failureReason */.Hr)(error);
        throw new errors/* StepError */.zg(`Databricks OIDC token exchange: cannot reach ${url} (${reason}). Check the workspace URL.`);
    }
    const text = await response.text();
    let body = {};
    try {
        body = JSON.parse(text);
    }
    catch {
        // Reported below with the raw start of the body.
    }
    const accessToken = body['access_token'];
    if (response.ok && typeof accessToken === 'string' && accessToken !== '') {
        options.log.setSecret(accessToken);
        const expiresIn = body['expires_in'];
        return { accessToken, ...(typeof expiresIn === 'number' ? { expiresIn } : {}) };
    }
    const error = typeof body['error'] === 'string' ? body['error'] : undefined;
    const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
    const what = [error, description].filter((part) => part).join(': ') || text.slice(0, 200).trim() || 'no details';
    throw new errors/* StepError */.zg((0,redact/* redact */.E)(`Databricks refused the GitHub OIDC token exchange (HTTP ${response.status}): ${what}. ` +
        'Check the federation policy of the service principal: issuer https://token.actions.githubusercontent.com, ' +
        "the audience passed to getIDToken, and the subject (repository, ref or environment); the workflow needs 'permissions: id-token: write'.", secrets));
}

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: external "node:querystring"
var external_node_querystring_ = __webpack_require__(1792);
;// CONCATENATED MODULE: ./src/platform/dataworks/sign.ts



/**
 * Alibaba Cloud request signing, V3 (`ACS3-HMAC-SHA256`), written from the published algorithm:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n HexSHA256(body)
 *   StringToSign     = "ACS3-HMAC-SHA256" \n HexSHA256(CanonicalRequest)
 *   Signature        = Hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 *   Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<…>,Signature=<…>
 *
 * Signed headers: `host`, `content-type` and every `x-acs-*` header. A test checks the result
 * against `@alicloud/openapi-core` for the same request.
 */
const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';
/** RFC 3986 percent-encoding: `encodeURIComponent` plus `! ' ( ) *`. */
function percentEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalUri(pathname) {
    return (pathname || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
/** Sorted `key=value` pairs, both encoded; an empty value keeps its `=`. */
function canonicalQueryString(query) {
    return Object.keys(query)
        .sort()
        .map((key) => `${percentEncode(key)}=${percentEncode(query[key] ?? '')}`)
        .join('&');
}
function canonicalHeaders(headers) {
    const byName = new Map();
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (lower !== 'host' && lower !== 'content-type' && !lower.startsWith('x-acs-'))
            continue;
        const values = byName.get(lower) ?? [];
        values.push(value.trim());
        byName.set(lower, values);
    }
    const signed = [...byName.keys()].sort();
    const canonical = signed.map((name) => `${name}:${(byName.get(name) ?? []).sort().join(',')}\n`).join('');
    return { canonical, signed };
}
function canonicalRequest(request) {
    const { canonical, signed } = canonicalHeaders(request.headers);
    const signedHeaders = signed.join(';');
    const text = [
        request.method.toUpperCase(),
        canonicalUri(request.pathname),
        canonicalQueryString(request.query),
        canonical,
        signedHeaders,
        (0,digest/* sha256Hex */.fg)(request.body),
    ].join('\n');
    return { text, signedHeaders };
}
function acs3Authorization(request, credentials) {
    const { text, signedHeaders } = canonicalRequest(request);
    const stringToSign = `${ACS3_ALGORITHM}\n${(0,digest/* sha256Hex */.fg)(text)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', credentials.accessKeySecret).update(stringToSign).digest('hex');
    return `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
/** `x-acs-date`: UTC, second precision, `YYYY-MM-DDTHH:mm:ssZ`. */
function acsDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Form body as the Alibaba SDKs write it (Node's querystring encoding, insertion order). */
function formBody(params) {
    return (0,external_node_querystring_.stringify)(params);
}
/** Headers, query string and body of one signed RPC-style call (`POST /`). */
function signRpcCall(call) {
    const body = call.form === undefined ? undefined : formBody(call.form);
    const headers = {
        host: call.host,
        'x-acs-action': call.action,
        'x-acs-version': call.version,
        'x-acs-date': acsDate(call.date),
        'x-acs-signature-nonce': call.nonce,
        'x-acs-content-sha256': (0,digest/* sha256Hex */.fg)(body ?? ''),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...(call.credentials.securityToken
            ? { 'x-acs-accesskey-id': call.credentials.accessKeyId, 'x-acs-security-token': call.credentials.securityToken }
            : {}),
    };
    headers['authorization'] = acs3Authorization({ method: 'POST', pathname: '/', query: call.query, headers, body: body ?? '' }, call.credentials);
    const search = canonicalQueryString(call.query);
    return { search: search ? `?${search}` : '', headers, body };
}

;// CONCATENATED MODULE: ./src/platform/dataworks/endpoints.ts
/**
 * Where the DataWorks OpenAPI (2024-05-18) answers for a region. Pure.
 *
 * The region → endpoint map is the one the official SDKs carry (TypeScript
 * `dataworks-public-20240518/src/client.ts` `_endpointMap`, aliyun/alibabacloud-typescript-sdk
 * @ d23e6b83; the Go SDK `client/client.go` `EndpointMap`, alibabacloud-go/dataworks-public-20240518
 * @ 846decbe, agrees on the public regions): several regions, e.g. cn-qingdao and cn-huhehaote, are
 * served by the central `dataworks.aliyuncs.com`. A region outside the map gets the SDKs' `regional`
 * rule, `dataworks.<region>.aliyuncs.com`. A host name or URL given as the endpoint is used as is.
 */
const CENTRAL = 'dataworks.aliyuncs.com';
/** Public regions only; the SDK's internal and finance-cloud ids are not for CI users. */
const DATAWORKS_REGION_ENDPOINTS = {
    'ap-northeast-1': 'dataworks.ap-northeast-1.aliyuncs.com',
    'ap-northeast-2': 'dataworks.ap-northeast-2.aliyuncs.com',
    'ap-south-1': CENTRAL,
    'ap-southeast-1': 'dataworks.ap-southeast-1.aliyuncs.com',
    'ap-southeast-2': CENTRAL,
    'ap-southeast-3': 'dataworks.ap-southeast-3.aliyuncs.com',
    'ap-southeast-5': 'dataworks.ap-southeast-5.aliyuncs.com',
    'cn-beijing': 'dataworks.cn-beijing.aliyuncs.com',
    'cn-chengdu': 'dataworks.cn-chengdu.aliyuncs.com',
    'cn-fujian': CENTRAL,
    'cn-hangzhou': 'dataworks.cn-hangzhou.aliyuncs.com',
    'cn-hongkong': 'dataworks.cn-hongkong.aliyuncs.com',
    'cn-huhehaote': CENTRAL,
    'cn-qingdao': CENTRAL,
    'cn-shanghai': 'dataworks.cn-shanghai.aliyuncs.com',
    'cn-shenzhen': 'dataworks.cn-shenzhen.aliyuncs.com',
    'cn-wuhan': CENTRAL,
    'cn-wulanchabu': 'dataworks.cn-wulanchabu.aliyuncs.com',
    'cn-zhangjiakou': 'dataworks.cn-zhangjiakou.aliyuncs.com',
    'eu-central-1': 'dataworks.eu-central-1.aliyuncs.com',
    'eu-west-1': 'dataworks.eu-west-1.aliyuncs.com',
    'me-central-1': 'dataworks.me-central-1.aliyuncs.com',
    'me-east-1': 'dataworks.me-east-1.aliyuncs.com',
    'us-east-1': 'dataworks.us-east-1.aliyuncs.com',
    'us-west-1': 'dataworks.us-west-1.aliyuncs.com',
};
const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;
/** The base URL for an endpoint input: a URL or host as given, a region id through the SDKs' map. */
function dataWorksEndpoint(endpointOrRegion) {
    const trimmed = endpointOrRegion.trim().replace(/\/+$/, '');
    if (/^https?:\/\//i.test(trimmed))
        return trimmed;
    if (REGION_ID.test(trimmed) && !trimmed.includes('.')) {
        return `https://${DATAWORKS_REGION_ENDPOINTS[trimmed] ?? `dataworks.${trimmed}.aliyuncs.com`}`;
    }
    return `https://${trimmed}`;
}

;// CONCATENATED MODULE: ./src/platform/dataworks/client.ts









/**
 * DataWorks OpenAPI (version 2024-05-18) in RPC style: every action is `POST /` with the action
 * and version in `x-acs-*` headers, parameters in the query string or a form body as the official
 * SDKs place them per action (each call names both; see the adapter for the SDK sources), and an
 * ACS3-HMAC-SHA256 signature (`@alicloud/openapi-core` `getAuthorization`). Each try is signed
 * afresh (new nonce and date). Throttling, 429 and 5xx are retried, bounded, through the one retry
 * loop; a write marked not repeatable only as `call` says.
 */
const DATAWORKS_API_VERSION = '2024-05-18';
class DataWorksApiError extends errors/* StepError */.zg {
    status;
    code;
    requestId;
    ambiguous;
    constructor(message, 
    /** 0 when no answer arrived. */
    status, code, requestId, 
    /** A write that is not safe to repeat failed in a way that may or may not have applied it. */
    ambiguous = false) {
        super(message);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.ambiguous = ambiguous;
        this.name = 'DataWorksApiError';
    }
}
function stringParams(params) {
    const result = {};
    for (const [key, value] of Object.entries(params ?? {})) {
        if (value !== undefined)
            result[key] = String(value);
    }
    return result;
}
function isRetryableCode(code) {
    return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable' || code === 'InternalError');
}
/** Codes that say the request was turned away before anything was done. */
function isNotAppliedCode(code) {
    return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable');
}
class DataWorksClient {
    options;
    baseUrl;
    host;
    policy;
    secrets;
    constructor(options) {
        this.options = options;
        this.baseUrl = dataWorksEndpoint(options.endpoint);
        this.host = new URL(this.baseUrl).host;
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(retry_policy/* platformRetryPolicy */.cY, options.retry);
        this.secrets = [options.credentials.accessKeySecret, options.credentials.securityToken ?? ''].filter((s) => s !== '');
    }
    /**
     * One action. `repeatable: false` marks a write that is not safe to send twice (UpdateImage has
     * no idempotency token): it is retried only on throttling, 429 and 503, and a connection never
     * made; other failures are thrown with `ambiguous: true` for the caller to read the state back.
     */
    async call(action, params, options = {}) {
        const repeatable = options.repeatable ?? true;
        const query = stringParams(params.query);
        const form = params.form === undefined ? undefined : stringParams(params.form);
        const onRetry = ({ delayMs, reason }) => this.options.log.debug(`DataWorks ${action}: ${reason}, retrying in ${delayMs} ms`);
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, onRetry }, async () => {
            const signed = signRpcCall({
                host: this.host,
                action,
                version: DATAWORKS_API_VERSION,
                query,
                ...(form ? { form } : {}),
                credentials: this.options.credentials,
                date: (this.options.now ?? (() => new Date()))(),
                nonce: (this.options.nonce ?? external_node_crypto_.randomUUID)(),
            });
            // fetch sets Host from the URL, which is the value we signed.
            const headers = { ...signed.headers };
            delete headers['host'];
            let response;
            let text;
            try {
                // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
                response = await (this.options.fetch ?? fetch)(`${this.baseUrl}/${signed.search}`, {
                    method: 'POST',
                    headers: { ...headers, accept: 'application/json' },
                    ...(signed.body === undefined ? {} : { body: signed.body }),
                });
                text = await response.text();
            }
            catch (error) {
                return (0,retry_policy/* noAnswer */.qE)({
                    what: `DataWorks ${action}`,
                    baseUrl: this.baseUrl,
                    error,
                    unsafeWrite: !repeatable,
                    secrets: this.secrets,
                    check: 'the endpoint',
                    ambiguous: (message) => new DataWorksApiError(message, 0, undefined, undefined, true),
                });
            }
            let body = {};
            try {
                body = text === '' ? {} : JSON.parse(text);
            }
            catch {
                // Reported below.
            }
            const code = str(body['Code']) ?? str(body['ErrorCode']);
            const failed = !response.ok || body['Success'] === false;
            if (!failed)
                return { done: body };
            // An API-level throttling code is retried whatever the HTTP status.
            const retryable = repeatable
                ? (0,retry/* isRetryableStatus */.PS)(response.status, this.policy.statuses) || isRetryableCode(code)
                : (0,retry_policy/* isRetryableWriteStatus */.sM)(response.status) || isNotAppliedCode(code);
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
                reason: code ?? `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    const ambiguous = !repeatable && (response.status >= 500 || code === 'InternalError') && !isNotAppliedCode(code);
                    throw this.apiError(action, response.status, body, text, code, attempts, ambiguous);
                },
            };
        });
    }
    apiError(action, status, body, text, code, attempts, ambiguous) {
        const message = str(body['Message']) ?? str(body['ErrorMessage']) ?? text.slice(0, 200).trim();
        const requestId = str(body['RequestId']);
        let hint = '';
        if (code && /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken)/.test(code)) {
            hint = ' Check the AccessKey pair (and STS token) and the endpoint.';
        }
        else if (code && /Forbidden|NoPermission/i.test(code)) {
            hint = ' The RAM identity lacks permission: grant it AliyunDataWorksFullAccess or the image management actions.';
        }
        const retried = attempts > 1 ? ` after ${attempts} tries` : '';
        const what = sentence([code, message].filter((p) => p).join(': ') || 'no details');
        const text_ = `DataWorks ${action} failed (HTTP ${status}${retried}): ${what}${requestId ? ` RequestId: ${requestId}.` : ''}${hint}`;
        return new DataWorksApiError((0,redact/* redact */.E)(text_, this.secrets), status, code, requestId, ambiguous);
    }
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./src/platform/dataworks/records.ts
var dataworks_records = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/platform/dataworks/publish.ts
/**
 * Testing and publishing a DataWorks image version, and waiting for either to end.
 *
 * Request shapes from the official TypeScript SDK (aliyun/alibabacloud-typescript-sdk
 * `dataworks-public-20240518/src/client.ts` @ d23e6b83): `runImageTestWithOptions` sends `Cu`,
 * `Id`, `ProcessId`, `ResourceGroupId` in the form body; `getImageTestResultWithOptions` sends
 * `Id`, `ProcessId` in the query; `publishImageWithOptions` sends `Id`, `ProcessId` in the body.
 * Answers: `RunImageTestResponseBody {Data {ProcessId, Success}}`,
 * `GetImageTestResultResponseBody {TestResult {Status: running|completed|failed|cancelled, PublishStage, Message}}`.
 *
 * Stages (`PublishStage`): Untest → Testing → TestFailed | Unpublished → Publishing → Published
 * (or PublishFailed). Neither the test nor the publish names a version: both act on the image's
 * current one, so the caller makes sure the version it means is current.
 *
 * Unverified assumption: `PublishImage` accepts a version that was never tested (stage Untest);
 * the docs describe the test as optional. The summary says when a version was published untested.
 */


const realPollSeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => performance.now(),
};
const TEST_POLL = { intervalMs: 10_000, timeoutMs: 30 * 60_000 };
const PUBLISH_POLL = { intervalMs: 5_000, timeoutMs: 10 * 60_000 };
/** Runs the image test of the current version on `resourceGroupId` and waits for its end. */
async function runImageTest(client, mine, resourceGroupId, seams, log) {
    // Deterministic: a retried or re-run register joins the same test instead of starting another.
    const processId = (0,dataworks_records/* idempotencyToken */.jw)('RunImageTest', mine.imageId, mine.dwVersion, mine.digest, resourceGroupId);
    const started = await client.call('RunImageTest', {
        form: { Id: mine.imageId, ProcessId: processId, ResourceGroupId: resourceGroupId },
    });
    if (started.Data?.Success === false) {
        throw new errors/* StepError */.zg(`DataWorks did not start the image test of ${mine.imageId} version ${mine.dwVersion} (RunImageTest Data.Success false).`);
    }
    const process = started.Data?.ProcessId ?? processId;
    log.info(`DataWorks is testing ${mine.imageId} version ${mine.dwVersion} on ${resourceGroupId} (process ${process}).`);
    const deadline = seams.now() + TEST_POLL.timeoutMs;
    for (;;) {
        const answer = await client.call('GetImageTestResult', {
            query: { Id: mine.imageId, ProcessId: process },
        });
        const result = answer.TestResult ?? {};
        const status = (result.Status ?? '').toLowerCase();
        if (status === 'completed' && result.PublishStage !== 'TestFailed')
            return { passed: true };
        if (status === 'completed' || status === 'failed' || status === 'cancelled') {
            return { passed: false, stage: result.PublishStage ?? 'TestFailed', message: result.Message ?? status };
        }
        if (seams.now() >= deadline) {
            throw new errors/* StepError */.zg(`DataWorks image test ${process} of ${mine.imageId} is still ${result.Status ?? 'running'} after ${TEST_POLL.timeoutMs / 60_000} minutes; ` +
                'the version was not published. Run register again to wait for the same test.');
        }
        await seams.sleep(TEST_POLL.intervalMs);
    }
}
/** Publishes the current version (PublishImage) and waits until DataWorks says how it ended. */
async function publishImage(client, mine, readStage, seams, log) {
    const response = await client.call('PublishImage', {
        form: { Id: mine.imageId, ProcessId: (0,dataworks_records/* idempotencyToken */.jw)('PublishImage', mine.imageId, mine.dwVersion, mine.digest) },
    });
    if (response.Data?.Success === false) {
        throw new errors/* StepError */.zg(`DataWorks did not start publishing ${mine.imageId} version ${mine.dwVersion} (PublishImage Data.Success false).`);
    }
    log.info(`DataWorks is publishing ${mine.imageId} version ${mine.dwVersion} (process ${response.Data?.ProcessId ?? 'unknown'}).`);
    return waitWhilePublishing(readStage, seams, log, mine);
}
/** Reads the stage until it leaves Publishing, within PUBLISH_POLL.timeoutMs. */
async function waitWhilePublishing(readStage, seams, log, mine) {
    const deadline = seams.now() + PUBLISH_POLL.timeoutMs;
    for (;;) {
        const stage = (await readStage()) ?? 'unknown';
        if (stage !== 'Publishing')
            return stage;
        if (seams.now() >= deadline) {
            log.warning(`DataWorks is still publishing ${mine.imageId} version ${mine.dwVersion} after ${PUBLISH_POLL.timeoutMs / 60_000} minutes; check it in the DataWorks console.`);
            return stage;
        }
        await seams.sleep(PUBLISH_POLL.intervalMs);
    }
}

;// CONCATENATED MODULE: ./src/platform/dataworks/versions.ts
/**
 * Reading our versions out of a DataWorks image's version list. Pure.
 *
 * Record fields are those of `ListImageVersionsResponseBodyPagingInfoImageVersions`
 * (aliyun/alibabacloud-typescript-sdk `dataworks-public-20240518/src/models/ListImageVersionsResponseBody.ts`
 * @ 36f2c04d): `Version` (a number as a string), `Description`, `ImageUri`, `ImageTag`,
 * `PublishStage`, `IsDefault` …
 *
 * Unverified assumptions (research C, open question 3), kept here so a user with an account
 * knows what to check first:
 * - `CreateImage` makes version 1 and each `UpdateImage` adds the next version.
 * - Each version keeps its own `Description`. If DataWorks kept one per image instead, older
 *   versions would show a newer version's marker; such copies are told apart by their `ImageUri`
 *   (see `ourVersions`).
 * - The version compute runs (the one `RunImageTest`, `PublishImage` and attaching act on) is the
 *   one flagged `IsDefault`, or the highest `Version` when no record carries the flag.
 */

function versionNumber(record) {
    return Number(record.Version);
}
/** The version flagged IsDefault, else the highest version number. */
function currentVersion(records) {
    const flagged = records.find((record) => record.IsDefault === true && record.Version !== undefined);
    if (flagged)
        return String(flagged.Version);
    let highest;
    for (const record of records) {
        if (record.Version === undefined)
            continue;
        if (!highest || versionNumber(record) > versionNumber(highest))
            highest = record;
    }
    return highest?.Version === undefined ? undefined : String(highest.Version);
}
/**
 * The records that carry our marker, lowest DataWorks version first. A marker whose digest
 * disagrees with a digest-pinned `ImageUri` is not this version's; a marker seen on records with
 * different `ImageUri`s belongs to the newest of them (the older ones show a copied description).
 */
function ourVersions(imageId, records) {
    const candidates = [];
    for (const record of records) {
        const marker = (0,dataworks_records/* parseVersionDescription */.Kp)(record.Description);
        if (!marker || record.Version === undefined)
            continue;
        const uriDigest = /@(sha256:[0-9a-f]{64})$/.exec(record.ImageUri ?? '')?.[1];
        if (uriDigest !== undefined && uriDigest !== marker.digest)
            continue;
        candidates.push({
            imageId,
            dwVersion: String(record.Version),
            number: versionNumber(record),
            version: marker.version,
            digest: marker.digest,
            ...(record.ImageUri ? { imageUri: record.ImageUri } : {}),
            ...(record.PublishStage ? { publishStage: record.PublishStage } : {}),
        });
    }
    const newestUri = new Map();
    for (const candidate of candidates) {
        const key = `${candidate.version}@${candidate.digest}`;
        const seen = newestUri.get(key);
        if (!seen || candidate.number > seen.number)
            newestUri.set(key, { number: candidate.number, uri: candidate.imageUri });
    }
    return candidates
        .filter((candidate) => newestUri.get(`${candidate.version}@${candidate.digest}`)?.uri === candidate.imageUri)
        .sort((a, b) => a.number - b.number)
        .map(({ number: _number, ...version }) => version);
}
function versionListing(imageId, records) {
    const current = currentVersion(records);
    return { versions: ourVersions(imageId, records), ...(current !== undefined ? { current } : {}) };
}
/** Our version that is current (what DataWorks runs), if the current one is ours. */
function currentOurVersion(listing) {
    return listing.current === undefined ? undefined : listing.versions.find((version) => version.dwVersion === listing.current);
}
/**
 * Our newest version below the current one: where a rollback goes. DataWorks keeps no history of
 * what was current when, so "before" is by version number, as RollbackImage counts.
 */
function ourVersionBeforeCurrent(listing) {
    if (listing.current === undefined)
        return undefined;
    const current = Number(listing.current);
    return listing.versions.filter((version) => Number(version.dwVersion) < current).at(-1);
}

;// CONCATENATED MODULE: ./src/platform/dataworks/adapter.ts










const PAGE_SIZE = 100;
/** UpdateImage sends after failures without a clear answer whose version is not there. */
const AMBIGUOUS_ROUNDS = 3;
class DataWorksPlatform {
    options;
    name = 'dataworks';
    client;
    log;
    imageIds = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
        this.log.setSecret(options.credentials.accessKeyId);
        this.log.setSecret(options.credentials.accessKeySecret);
        if (options.credentials.securityToken)
            this.log.setSecret(options.credentials.securityToken);
        this.client = new DataWorksClient({
            endpoint: options.endpoint,
            credentials: options.credentials,
            log: this.log,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.now ? { now: options.now } : {}),
            ...(options.nonce ? { nonce: options.nonce } : {}),
        });
    }
    async ensureImage(image) {
        (0,dataworks_records/* checkImageName */.vy)(image);
        const id = await this.findImage(image);
        this.log.info(id ? `DataWorks image '${image}' exists (${id}).` : `DataWorks image '${image}' does not exist yet; its first version creates it.`);
    }
    async createVersion(request) {
        (0,dataworks_records/* checkImageName */.vy)(request.image);
        (0,dataworks_records/* checkVersionName */.E0)(request.version);
        const location = (0,dataworks_records/* acrLocation */.Y8)(request.imageRef);
        if (location.digest !== request.digest) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' does not carry digest ${request.digest}`, 'Pass the reference and digest of the same build');
        }
        const imageUri = (0,dataworks_records/* hashTagUri */.$S)(request.imageRef, request.build.hash);
        const description = (0,dataworks_records/* versionDescription */.RP)(request.version, request.digest, request.description);
        const supported = JSON.stringify({ Module: 'Scheduler', TaskTypes: this.options.taskTypes ?? ['Shell', 'Python'] });
        const registryFields = {
            ImageUri: imageUri,
            Namespace: location.namespace,
            RepositoryName: location.repository,
            AcrInstanceId: this.options.acrInstanceId,
            AcrAssociatedVpcId: this.options.acrVpcId,
        };
        let imageId = await this.findImage(request.image);
        let listing = imageId ? await this.listVersions(imageId) : undefined;
        const existing = listing ? this.pick(request, listing.versions) : undefined;
        if (existing) {
            this.log.info(`DataWorks image '${request.image}' (${existing.imageId}) already has '${request.version}' with this digest as version ${existing.dwVersion}.`);
            return adapter_toImageVersion(request.image, existing, false, request.imageRef);
        }
        await this.checkTag(imageUri, request.digest);
        let created = false;
        if (!imageId) {
            try {
                imageId = await this.createImage(request, { ...registryFields, Description: description, Supported: supported });
                created = true;
            }
            catch (error) {
                // Someone else may have created it meanwhile (name taken): carry on with that image.
                this.imageIds.delete(request.image);
                imageId = await this.findImage(request.image);
                if (!imageId)
                    throw error;
                this.log.info(`DataWorks image '${request.image}' appeared meanwhile (${imageId}); adding the version to it.`);
            }
            listing = await this.listVersions(imageId);
        }
        let mine = this.pick(request, listing?.versions ?? []);
        for (let round = 1; !mine; round++) {
            created = true;
            try {
                await this.client.call('UpdateImage', { query: registryFields, form: { Id: imageId, Description: description, Supported: supported } }, { repeatable: false });
            }
            catch (error) {
                // No clear answer: the version may be there already; sending again would add a second one.
                if (!(error instanceof DataWorksApiError) || !error.ambiguous || round >= AMBIGUOUS_ROUNDS)
                    throw error;
                this.log.info(`DataWorks UpdateImage on ${imageId} failed without a clear answer (${error.message}); reading the versions back.`);
            }
            listing = await this.listVersions(imageId);
            mine = this.pick(request, listing.versions);
            if (!mine && round >= AMBIGUOUS_ROUNDS) {
                throw new errors/* StepError */.zg(`DataWorks UpdateImage on ${imageId} succeeded but no version carries '${request.version}' afterwards; check the image in the DataWorks console.`);
            }
        }
        this.log.info(`DataWorks image '${request.image}' (${imageId}): version ${mine.dwVersion} is '${request.version}' (${imageUri}, ${request.digest}).`);
        return adapter_toImageVersion(request.image, mine, created, request.imageRef);
    }
    async getVersion(image, version) {
        (0,dataworks_records/* checkImageName */.vy)(image);
        const imageId = await this.findImage(image);
        if (!imageId)
            return undefined;
        const first = (await this.listVersions(imageId)).versions.find((candidate) => candidate.version === version);
        return first ? adapter_toImageVersion(image, first, false) : undefined;
    }
    /**
     * Makes `version` of `image` the published one: runs the image test first when a test resource
     * group is configured and publishes only after it passed. `tested`: an image test of this version
     * finished (it passed when `published`; stage Unpublished means one passed before). `published:
     * false` with the stage when the test failed or publishing did not end in Published/Publishing. Throws VersionNotCurrentError when
     * `version` is not the image's current version (DataWorks tests and publishes only that one).
     */
    async publishVersion(image, version) {
        const { mine, listing } = await this.locate(image, version);
        if (listing.current !== mine.dwVersion) {
            throw new platform/* VersionNotCurrentError */.Ry(`DataWorks tests and publishes an image's current version (${listing.current ?? 'none'}), but '${version}' is version ${mine.dwVersion} ` +
                `of ${mine.imageId}. Roll the image back to it first (RollbackImage). Nothing was changed.`, image, version, listing.current);
        }
        const seams = this.options.poll ?? realPollSeams;
        const readStage = async () => (await this.locate(image, version)).mine.publishStage;
        const stage = mine.publishStage ?? 'Untest';
        let tested = stage === 'Unpublished';
        switch (stage) {
            case 'Published':
                return { published: true, tested: false, stage };
            case 'Publishing': {
                const final = await waitWhilePublishing(readStage, seams, this.log, mine);
                return { published: final === 'Published' || final === 'Publishing', tested: false, stage: final };
            }
            case 'TestFailed':
                return { published: false, tested: true, stage };
            case 'PublishFailed':
                return { published: false, tested: false, stage };
        }
        const resourceGroup = this.options.testResourceGroup;
        if (resourceGroup && (stage === 'Untest' || stage === 'Testing')) {
            const outcome = await runImageTest(this.client, mine, resourceGroup, seams, this.log);
            if (!outcome.passed) {
                this.log.warning(`DataWorks image test of ${mine.imageId} version ${mine.dwVersion} failed: ${outcome.message}. Not published.`);
                return { published: false, tested: true, stage: outcome.stage };
            }
            tested = true;
        }
        else if (stage === 'Testing') {
            throw new errors/* StepError */.zg(`DataWorks is testing ${mine.imageId} version ${mine.dwVersion} (a test started elsewhere); run register again when it ends. Nothing was published.`);
        }
        else if (stage !== 'Untest' && stage !== 'Unpublished') {
            throw new errors/* StepError */.zg(`DataWorks ${mine.imageId} version ${mine.dwVersion} is at stage '${stage}', which cannot be published now. Nothing was changed.`);
        }
        const final = await publishImage(this.client, mine, readStage, seams, this.log);
        return { published: final === 'Published' || final === 'Publishing', tested, stage: final };
    }
    /** Makes an earlier version of `image` current again (RollbackImage {Id, ImageVersion}); a no-op when it already is. */
    async rollbackTo(image, version) {
        const { mine, listing } = await this.locate(image, version);
        if (listing.current === mine.dwVersion) {
            this.log.info(`DataWorks image ${mine.imageId} already runs version ${mine.dwVersion} ('${version}'); nothing to roll back.`);
            return;
        }
        await this.client.call('RollbackImage', { form: { Id: mine.imageId, ImageVersion: mine.dwVersion } });
        const after = await this.listVersions(mine.imageId);
        if (after.current !== mine.dwVersion) {
            this.log.warning(`DataWorks accepted RollbackImage to version ${mine.dwVersion} of ${mine.imageId}, but reports version ${after.current ?? 'none'} as current.`);
        }
        else {
            this.log.info(`DataWorks image ${mine.imageId} rolled back to version ${mine.dwVersion} ('${version}').`);
        }
    }
    async readChannel(image, channel) {
        checkChannel(channel);
        const listing = await this.listingOf(image);
        return listing && channelState(image, listing);
    }
    async previousVersion(image, channel) {
        checkChannel(channel);
        const listing = await this.listingOf(image);
        return listing && ourVersionBeforeCurrent(listing)?.version;
    }
    /**
     * Makes the version the published one: rolled back to when it is not current, then published.
     * Refused (ChannelMovedError, nothing changed) when the current version is no longer the one the
     * promotion was decided against; a version DataWorks does not publish (its test failed) fails.
     */
    async promote(request) {
        checkChannel(request.channel);
        const target = request.version.version;
        const { mine, listing } = await this.locate(request.image, target);
        const now = channelState(request.image, listing);
        const seen = request.expected;
        const moved = now?.revision !== seen?.revision;
        if (moved && now?.version !== target) {
            throw new platform/* ChannelMovedError */.NX(request.image, request.channel, target, now?.version, seen?.version);
        }
        const wasPublished = listing.current === mine.dwVersion && mine.publishStage === 'Published';
        if (listing.current !== mine.dwVersion)
            await this.rollbackTo(request.image, target);
        const published = await this.publishVersion(request.image, target);
        if (!published.published) {
            throw new errors/* StepError */.zg(`DataWorks did not publish '${target}' of ${request.image} (stage ${published.stage}${published.tested ? ', after its image test' : ''}): ` +
                `it is the image's current version now, unpublished. Fix what the image test reports and register a new version, or promote another one.`);
        }
        return {
            channel: request.channel,
            version: target,
            ...(now && now.version !== target ? { previousVersion: now.version } : {}),
            changed: !wasPublished,
        };
    }
    async attach(version, targets) {
        for (const target of targets) {
            if (target.kind !== 'project' || !/^[0-9]+$/.test(target.id)) {
                throw new errors/* StepError */.zg(`DataWorks attaches images to workspaces only (project/<id>), not '${(0,core_targets/* targetName */.je)(target)}'. Nothing was changed.`);
            }
        }
        const { imageId, dwVersion } = splitVersionId(version.id);
        const { current } = await this.listVersions(imageId);
        if (current !== undefined && current !== dwVersion) {
            throw new errors/* StepError */.zg(`DataWorks associates whole images with workspaces and runs the image's current version (${current}), ` +
                `but '${version.version}' is version ${dwVersion} of ${imageId}. Register '${version.version}' again as a new version, ` +
                'or roll the image back in DataWorks, before attaching it. Nothing was changed.');
        }
        const associated = await this.client.call('ListImageAssociatedProjects', { query: { Id: imageId } });
        const already = new Set((associated.Data ?? []).map((id) => String(id)));
        const attachments = [];
        for (const target of targets) {
            const changed = !already.has(target.id);
            if (changed) {
                await this.client.call('AssociateProjectToImage', { form: { Id: imageId, ProjectId: target.id } });
                already.add(target.id);
                this.log.info(`DataWorks workspace ${target.id}: associated with image ${imageId} (version ${dwVersion}).`);
            }
            else {
                this.log.info(`DataWorks workspace ${target.id} is already associated with image ${imageId}.`);
            }
            attachments.push({ target: (0,core_targets/* targetName */.je)(target), image: version.image, version: version.version, changed });
        }
        return attachments;
    }
    /** The image's versions; undefined when there is no image of that name. */
    async listingOf(image) {
        (0,dataworks_records/* checkImageName */.vy)(image);
        const imageId = await this.findImage(image);
        return imageId ? this.listVersions(imageId) : undefined;
    }
    async locate(image, version) {
        (0,dataworks_records/* checkImageName */.vy)(image);
        const imageId = await this.findImage(image);
        if (!imageId)
            throw new errors/* StepError */.zg(`DataWorks has no image named '${image}'. Register a version of it first.`);
        const listing = await this.listVersions(imageId);
        const mine = listing.versions.find((candidate) => candidate.version === version);
        if (!mine)
            throw new errors/* StepError */.zg(`DataWorks image '${image}' (${imageId}) has no version '${version}' registered by image-actions.`);
        return { mine, listing };
    }
    /** The registry must serve the digest under the hash tag before DataWorks is told to pull the tag. */
    async checkTag(imageUri, digest) {
        const served = await this.options.tagDigest(imageUri);
        if (served === undefined) {
            throw new errors/* StepError */.zg(`The registry has no ${imageUri}: DataWorks pulls the hash tag, and the build step pushes it. Push the build again. Nothing was registered.`);
        }
        if (served !== digest) {
            throw new errors/* StepError */.zg(`The registry serves ${served} under ${imageUri}, not ${digest}: the hash tag was moved. DataWorks would pull another image; ` +
                'rebuild with force-rebuild or restore the tag. Nothing was registered.');
        }
    }
    pick(request, versions) {
        const named = versions.filter((candidate) => candidate.version === request.version);
        const other = named.find((candidate) => candidate.digest !== request.digest);
        if (other) {
            const conflict = new platform/* VersionConflictError */.lu(request.image, request.version, other.digest, request.digest);
            conflict.message = `${conflict.message} (DataWorks image ${other.imageId}, version ${other.dwVersion}). Nothing was changed.`;
            throw conflict;
        }
        return named[0];
    }
    async createImage(request, fields) {
        const response = await this.client.call('CreateImage', {
            form: {
                Name: request.image,
                ProviderType: 'ACR',
                Accessibility: this.options.accessibility ?? 'Private',
                ClientToken: (0,dataworks_records/* idempotencyToken */.jw)('CreateImage', request.image, request.version, request.digest),
                ...fields,
            },
        });
        if (!response.ImageId)
            throw new errors/* StepError */.zg(`DataWorks CreateImage for '${request.image}' answered without an ImageId.`);
        this.imageIds.set(request.image, response.ImageId);
        return response.ImageId;
    }
    async findImage(name) {
        const cached = this.imageIds.get(name);
        if (cached)
            return cached;
        const images = await this.listAll('ListImages', 'ImageList', { Name: name });
        const exact = images.filter((image) => image.Name === name && image.Id);
        if (exact.length > 1)
            this.log.warning(`DataWorks has ${exact.length} images named '${name}'; using ${exact[0]?.Id}.`);
        const id = exact[0]?.Id;
        if (id)
            this.imageIds.set(name, id);
        return id;
    }
    async listVersions(imageId) {
        return versionListing(imageId, await this.listAll('ListImageVersions', 'ImageVersions', { Id: imageId }));
    }
    async listAll(action, key, query) {
        const all = [];
        for (let page = 1;; page++) {
            const response = await this.client.call(action, { query: { ...query, PageNumber: page, PageSize: PAGE_SIZE } });
            const items = response.PagingInfo?.[key] ?? [];
            all.push(...items);
            const total = response.PagingInfo?.TotalCount ?? all.length;
            if (items.length === 0 || all.length >= total || page >= 100)
                return all;
        }
    }
}
function adapter_toImageVersion(image, mine, created, imageRef) {
    return {
        id: `${mine.imageId}:${mine.dwVersion}`,
        image,
        version: mine.version,
        digest: mine.digest,
        imageRef: imageRef ?? pinnedUri(mine),
        created,
    };
}
/** The version's `ImageUri` (a hash tag) pinned by the digest its marker records. */
function pinnedUri(mine) {
    if (!mine.imageUri)
        return '';
    try {
        const ref = (0,image_ref/* parseImageRef */.Q)(mine.imageUri);
        return (0,image_ref/* formatImageRef */.kL)({ registry: ref.registry, repository: ref.repository, digest: mine.digest });
    }
    catch {
        return mine.imageUri;
    }
}
function checkChannel(channel) {
    if (channel !== promotion/* DATAWORKS_CHANNEL */.N8) {
        throw new errors/* InputError */.dz('to-channel', `'${channel}': DataWorks has one channel per image, '${promotion/* DATAWORKS_CHANNEL */.N8}'`, `Use ${promotion/* DATAWORKS_CHANNEL */.N8}, or leave it empty`);
    }
}
/** The published channel: our current version, revision = its DataWorks version number. */
function channelState(image, listing) {
    const current = currentOurVersion(listing);
    return current ? { image, channel: promotion/* DATAWORKS_CHANNEL */.N8, version: current.version, digest: current.digest, revision: current.dwVersion } : undefined;
}
function splitVersionId(id) {
    const colon = id.lastIndexOf(':');
    if (colon <= 0)
        throw new errors/* StepError */.zg(`'${id}' is not a DataWorks version id (<image-id>:<version>).`);
    return { imageId: id.slice(0, colon), dwVersion: id.slice(colon + 1) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/runtime/atomic-file.ts
var atomic_file = __webpack_require__(9034);
;// CONCATENATED MODULE: ./src/platform/metaflow/config-file.ts
/**
 * Updating keys of a Metaflow config file (`config.json` or `config_<profile>.json`: one JSON
 * object of `METAFLOW_*` keys, read by `metaflow_config_funcs.py` `init_config`) without losing
 * anything else in it.
 *
 * Read, change, write atomically (runtime/atomic-file.ts: readers see the old file or the new
 * one, never half), under a lock file beside it so two writers at once cannot lose each other's
 * keys. The file keeps its key order and its permissions; a file that is not a JSON object is
 * refused and left as it is.
 */




const realLockSeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
};
const LOCK_WAIT_MS = 30_000;
/** A lock older than this was left by a writer that died; it is taken over. */
const STALE_LOCK_MS = 120_000;
function readConfig(file) {
    let text;
    let mode;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        mode = (0,external_node_fs_.statSync)(file).mode & 0o777;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { config: {} };
        throw new errors/* StepError */.zg(`Cannot read the Metaflow config ${file}: ${error.message}`);
    }
    let parsed;
    try {
        parsed = text.trim() === '' ? {} : JSON.parse(text);
    }
    catch (error) {
        throw new errors/* StepError */.zg(`The Metaflow config ${file} is not valid JSON (${error.message}); it was left as it is.`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* StepError */.zg(`The Metaflow config ${file} is not a JSON object of METAFLOW_* keys; it was left as it is.`);
    }
    return { config: parsed, ...(mode !== undefined ? { mode } : {}) };
}
async function withLock(file, seams, work) {
    const lock = `${file}.lock`;
    const deadline = seams.now() + LOCK_WAIT_MS;
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    for (;;) {
        try {
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(lock, 'wx'));
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            try {
                if (Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs > STALE_LOCK_MS)
                    (0,external_node_fs_.rmSync)(lock, { force: true });
            }
            catch {
                // Released meanwhile.
            }
            if (seams.now() >= deadline) {
                throw new errors/* StepError */.zg(`Another writer holds ${lock} for more than ${LOCK_WAIT_MS / 1000} s; remove it if no other step is running.`);
            }
            await seams.sleep(20 + Math.floor(Math.random() * 30));
        }
    }
    try {
        return work();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { force: true });
    }
}
/** Sets `values` in the config file, keeping every other key (and the key order). */
async function updateConfigFile(file, values, seams = realLockSeams) {
    return withLock(file, seams, () => {
        const { config, mode } = readConfig(file);
        const changed = Object.entries(values).some(([key, value]) => config[key] !== value);
        if (!changed)
            return { changed: false, config };
        const updated = { ...config, ...values };
        (0,atomic_file/* writeFileAtomically */.l)(file, `${JSON.stringify(updated, null, 4)}\n`, mode);
        return { changed: true, config: updated };
    });
}
/** The config as it is now, or an empty object when the file does not exist. */
function readConfigFile(file) {
    return readConfig(file).config;
}

;// CONCATENATED MODULE: ./src/platform/metaflow/image.ts
/**
 * What Metaflow is told to run, from the pushed image. Pure.
 *
 * Metaflow reads `METAFLOW_DEFAULT_CONTAINER_IMAGE` and `METAFLOW_DEFAULT_CONTAINER_REGISTRY` from
 * its config file (Netflix/metaflow `metaflow/metaflow_config_funcs.py` `init_config`,
 * `metaflow/metaflow_config.py`), and prefixes the registry only to an image that names none
 * (`metaflow/plugins/kubernetes/kubernetes_decorator.py`: `if not get_docker_registry(image)`).
 * So the image is written fully qualified and pinned by digest: the registry key is there for
 * images given without one (per-step `image=` values), never a second source of truth. A tag is
 * never written: register only runs after a verified push, so the digest always exists.
 */


const IMAGE_KEY = 'METAFLOW_DEFAULT_CONTAINER_IMAGE';
const REGISTRY_KEY = 'METAFLOW_DEFAULT_CONTAINER_REGISTRY';
/** Keys that, when set, win over the defaults for @kubernetes or @batch steps (metaflow_config.py). */
const SHADOWING_KEYS = [
    'METAFLOW_KUBERNETES_CONTAINER_IMAGE',
    'METAFLOW_KUBERNETES_CONTAINER_REGISTRY',
    'METAFLOW_BATCH_CONTAINER_IMAGE',
    'METAFLOW_BATCH_CONTAINER_REGISTRY',
];
function metaflowImage(imageRef) {
    const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(imageRef);
    if (!pinned) {
        throw new errors/* InputError */.dz('image', `'${imageRef}' is not pinned by digest`, "Pass the build step's `image` output (<repository>@sha256:<64 hex>)");
    }
    const image = (0,image_ref/* formatImageRef */.kL)({ registry: pinned.registry, repository: pinned.repository, digest: pinned.digest });
    return { image, registry: pinned.registry, withOption: `--with kubernetes:image=${image}` };
}

;// CONCATENATED MODULE: ./src/platform/metaflow/adapter.ts





class MetaflowPlatform {
    options;
    name = 'metaflow';
    log;
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
    }
    async ensureImage(image) {
        this.log.debug(`Metaflow keeps no image records; nothing to ensure for '${image}'.`);
    }
    async createVersion(request) {
        const target = metaflowImage(request.imageRef);
        const file = this.options.configFile;
        const update = await updateConfigFile(file, { [IMAGE_KEY]: target.image, [REGISTRY_KEY]: target.registry }, this.options.lock ?? realLockSeams);
        this.log.info(update.changed
            ? `Metaflow config ${file}: ${IMAGE_KEY}=${target.image}, ${REGISTRY_KEY}=${target.registry}.`
            : `Metaflow config ${file} already names ${target.image}; nothing changed.`);
        const shadowing = SHADOWING_KEYS.filter((key) => update.config[key] !== undefined && update.config[key] !== '');
        if (shadowing.length > 0) {
            this.log.warning(`Metaflow config ${file} also sets ${shadowing.join(', ')}, which win over the default image for those steps; remove them to use ${target.image}.`);
        }
        return {
            id: target.image,
            image: request.image,
            version: request.version,
            digest: request.digest,
            imageRef: target.image,
            created: update.changed,
            outputs: { 'metaflow-image': target.image, 'metaflow-registry': target.registry, 'metaflow-with': target.withOption },
        };
    }
    async getVersion(image, version) {
        // The config holds one image and no version names: nothing maps a version name back.
        const current = readConfigFile(this.options.configFile)[IMAGE_KEY];
        this.log.debug(`Metaflow keeps no versions ('${image}' '${version}'); the config names ${String(current ?? 'no image')}.`);
        return undefined;
    }
    async attach(_version, targets) {
        if (targets.length > 0) {
            throw new errors/* StepError */.zg(`Metaflow has no compute to attach to (${targets.map(core_targets/* targetName */.je).join(', ')}): the config file is the attachment. Nothing was changed.`);
        }
        return [];
    }
}

// EXTERNAL MODULE: ./src/core/platform-model.ts
var platform_model = __webpack_require__(1396);
;// CONCATENATED MODULE: ./src/platform/settings.ts
/**
 * The `platform-settings` each platform takes: which keys exist, which are required, and what a
 * value must look like. Checked as a whole before any adapter exists, so a bad or missing setting
 * is one InputError that names it, and nothing is sent. Pure.
 */

const oneOf = (...choices) => (value) => choices.includes(value) ? undefined : `must be ${choices.join(' or ')}`;
const matching = (pattern, what) => (value) => (pattern.test(value) ? undefined : `must be ${what}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLATFORM_SETTINGS = {
    catalog: {},
    databricks: {
        'registry-username': { example: 'registry-username={{secrets/ci/acr-user}}' },
        'registry-password': { example: 'registry-password={{secrets/ci/acr-password}}' },
        'oidc-client-id': { example: 'oidc-client-id=<service principal application id>' },
        'restart-running-clusters': { example: 'restart-running-clusters=true', check: oneOf('true', 'false') },
    },
    dataworks: {
        'acr-instance-id': { example: 'acr-instance-id=cri-…', required: true },
        'acr-vpc-id': { example: 'acr-vpc-id=vpc-…', required: true },
        'task-types': {
            example: 'task-types=Shell,Python',
            check: matching(/^[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*$/, 'a comma list of node types'),
        },
        accessibility: { example: 'accessibility=Private', check: oneOf('Private', 'Public') },
        'test-resource-group': { example: 'test-resource-group=Serverless_res_group_…' },
        'registry-username': { example: 'registry-username=<ACR user> (reads the hash tag before registering)' },
        'registry-password': { example: 'registry-password=<ACR password> (from secrets)' },
    },
    metaflow: {
        'config-file': { example: 'config-file=~/.metaflowconfig/config.json (or config_<profile>.json)', required: true },
    },
    zenml: {
        'zenml-version': {
            example: 'zenml-version=0.84.0 (the ZenML version in the image)',
            required: true,
            check: matching(/^\d+\.\d+\.\d+\S*$/, 'a ZenML version such as 0.84.0'),
        },
        'python-version': {
            example: 'python-version=3.11.9 (the Python version in the image)',
            required: true,
            check: matching(/^\d+\.\d+(\.\d+)?$/, 'a Python version such as 3.11.9'),
        },
        project: {
            example: 'project=default (a ZenML project name or id)',
            check: matching(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a project name or id'),
        },
        stack: { example: 'stack=<stack uuid>', check: matching(UUID, 'a stack UUID') },
        'image-keys': {
            example: 'image-keys=orchestrator,step_operator',
            check: matching(/^[A-Za-z0-9_.-]+(\s*,\s*[A-Za-z0-9_.-]+)*$/, 'a comma list of image keys (<component_key> or <step>.<component_key>)'),
        },
        'settings-checksum': {
            example: 'settings-checksum=<the settings checksum ZenML computes for the pipeline>',
            check: matching(/^[0-9a-f]{32,64}$/, 'lowercase hex'),
        },
    },
};
/** The settings, checked: unknown keys, missing required keys and bad values are one InputError each. */
function checkPlatformSettings(platform, settings, input) {
    const specs = PLATFORM_SETTINGS[platform];
    const known = Object.keys(specs);
    for (const key of Object.keys(settings)) {
        if (!known.includes(key)) {
            const fix = known.length > 0 ? `Known keys for ${platform}: ${known.join(', ')}` : `${platform} takes no settings`;
            throw new errors/* InputError */.dz(input, `'${key}' is not a ${platform} setting`, fix);
        }
    }
    const missing = known.filter((key) => specs[key]?.required && (settings[key] ?? '').trim() === '');
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(input, `${platform} needs ${missing.join(' and ')}`, `Add ${missing.length === 1 ? 'the line' : 'the lines'} ${missing.map((key) => specs[key]?.example).join('; ')}`);
    }
    for (const [key, value] of Object.entries(settings)) {
        const problem = specs[key]?.check?.(value.trim());
        if (problem)
            throw new errors/* InputError */.dz(input, `${key} '${value}' ${problem}`, `e.g. ${specs[key]?.example}`);
    }
    return settings;
}
/** A comma list setting as items, or undefined when absent. */
function listSetting(value) {
    const items = value
        ?.split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    return items && items.length > 0 ? items : undefined;
}

;// CONCATENATED MODULE: ./src/platform/zenml/build.ts
/**
 * A ZenML pipeline build for a pushed image, as the REST API takes it, and its checksum. Pure.
 *
 * Schema: `PipelineBuildRequest` (zenml-io/zenml `src/zenml/models/v2/core/pipeline_build.py`,
 * project era: `ProjectScopedRequest.project: UUID` from `models/v2/base/scoped.py`) with
 * `images: Dict[str, BuildItem]` (`models/v2/misc/build_item.py`: `image`, `dockerfile`,
 * `requirements`, `settings_checksum`, `contains_code`, `requires_code_download`), `is_local`,
 * `contains_code`, `zenml_version`, `python_version`, `checksum`, `stack`.
 *
 * The checksum is ZenML's own recipe (`src/zenml/pipelines/build_utils.py`
 * `compute_build_checksum`): MD5 over, for each image key in order, the key then its settings
 * checksum. When the settings checksum is the one ZenML computes for the pipeline's Docker
 * settings (the `settings-checksum` setting), ZenML's `find_existing_build` picks this build by
 * itself. Otherwise it is ours, made from the image name and version, so the checksum names one
 * version: looking it up finds that version again (replay) or another digest under it (conflict).
 */

/** ZenML's `compute_build_checksum` over our image keys, each with the same settings checksum. */
function buildChecksum(imageKeys, settingsChecksum) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    for (const key of imageKeys) {
        hash.update(key);
        hash.update(settingsChecksum);
    }
    return hash.digest('hex');
}
/** Our settings checksum when none is given: one per image name and version. */
function versionSettingsChecksum(image, version) {
    return (0,external_node_crypto_.createHash)('sha256').update(`image-actions\u0000${image}\u0000${version}`).digest('hex');
}
function buildRequestBody(facts, checksum) {
    const images = {};
    for (const key of facts.imageKeys) {
        images[key] = {
            image: facts.imageRef,
            dockerfile: null,
            requirements: null,
            settings_checksum: facts.settingsChecksum,
            contains_code: false,
            requires_code_download: false,
        };
    }
    return {
        project: facts.projectId,
        ...(facts.stackId ? { stack: facts.stackId } : {}),
        images,
        is_local: false,
        contains_code: false,
        zenml_version: facts.zenmlVersion,
        python_version: facts.pythonVersion,
        checksum,
    };
}
/** The filter `find_existing_build` uses, for one checksum (`GET /api/v1/pipeline_builds`). */
function buildLookupQuery(facts, checksum, size = 1) {
    return {
        project: facts.projectId,
        ...(facts.stackId ? { stack_id: facts.stackId } : {}),
        is_local: 'false',
        contains_code: 'false',
        zenml_version: facts.zenmlVersion,
        python_version: facts.pythonVersion,
        checksum,
        // Oldest first: when two registers raced, the first build is the one both keep.
        sort_by: 'asc:created',
        size: String(size),
        hydrate: 'true',
    };
}
/** The image a build runs for our keys, or undefined when its keys do not all name one image. */
function buildImage(build, imageKeys) {
    const images = imageKeys.map((key) => build.metadata?.images?.[key]?.image);
    const first = images[0];
    return first !== undefined && images.every((image) => image === first) ? first : undefined;
}

;// CONCATENATED MODULE: ./src/platform/zenml/client.ts






class ZenMLApiError extends errors/* StepError */.zg {
    status;
    exception;
    ambiguous;
    constructor(message, 
    /** 0 when no answer arrived. */
    status, exception, ambiguous = false) {
        super(message);
        this.status = status;
        this.exception = exception;
        this.ambiguous = ambiguous;
        this.name = 'ZenMLApiError';
    }
}
class ZenMLClient {
    options;
    baseUrl;
    policy;
    secrets;
    token;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.url.trim().replace(/\/+$/, '');
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(retry_policy/* platformRetryPolicy */.cY, options.retry);
        this.secrets = [options.apiKey];
        options.log.setSecret(options.apiKey);
    }
    get(path, query = {}) {
        return this.authorized('GET', path, { query });
    }
    /** A write that is not safe to repeat (a new build). */
    post(path, json) {
        return this.authorized('POST', path, { json });
    }
    delete(path) {
        return this.authorized('DELETE', path, {});
    }
    async authorized(method, path, options) {
        const fresh = !this.token;
        if (fresh)
            await this.login();
        try {
            return await this.send(method, path, options);
        }
        catch (error) {
            // A token from an earlier call may have expired; one from just now failing is final.
            if (fresh || !(error instanceof ZenMLApiError) || error.status !== 401)
                throw error;
            this.options.log.debug(`ZenML ${method} ${path}: 401, logging in again.`);
            await this.login();
            return this.send(method, path, options);
        }
    }
    async login() {
        const answer = await this.send('POST', '/api/v1/login', {
            form: { grant_type: 'zenml-api-key', password: this.options.apiKey },
            auth: false,
        });
        if (typeof answer.access_token !== 'string' || answer.access_token === '') {
            throw new errors/* StepError */.zg('ZenML login answered without an access_token; check that the endpoint is a ZenML server.');
        }
        this.token = answer.access_token;
        this.secrets.push(answer.access_token);
        this.options.log.setSecret(answer.access_token);
    }
    async send(method, path, options) {
        const search = options.query && Object.keys(options.query).length > 0 ? `?${new URLSearchParams(options.query).toString()}` : '';
        const url = `${this.baseUrl}${path}${search}`;
        // Only a new build is not safe to repeat: the login changes nothing, a DELETE ends the same way twice.
        const write = method === 'POST' && path !== '/api/v1/login';
        const headers = { accept: 'application/json' };
        let body;
        if (options.json !== undefined) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(options.json);
        }
        else if (options.form) {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(options.form).toString();
        }
        if (options.auth !== false)
            headers['authorization'] = `Bearer ${this.token ?? ''}`;
        const onRetry = ({ delayMs, reason }) => this.options.log.debug(`ZenML ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, onRetry, server: 'the ZenML server' }, async () => {
            let response;
            let text;
            try {
                // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
                response = await (this.options.fetch ?? fetch)(url, { method, headers, ...(body === undefined ? {} : { body }) });
                text = await response.text();
            }
            catch (error) {
                return (0,retry_policy/* noAnswer */.qE)({
                    what: `ZenML ${method} ${path}`,
                    baseUrl: this.baseUrl,
                    error,
                    unsafeWrite: write,
                    secrets: this.secrets,
                    check: 'the endpoint',
                    ambiguous: (message) => new ZenMLApiError(message, 0, undefined, true),
                });
            }
            if (response.ok)
                return { done: (text === '' ? {} : JSON.parse(text)) };
            const retryable = write ? (0,retry_policy/* isRetryableWriteStatus */.sM)(response.status) : (0,retry/* isRetryableStatus */.PS)(response.status, this.policy.statuses);
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
                reason: `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    throw this.apiError(method, path, response.status, text, attempts, write && response.status >= 500);
                },
            };
        });
    }
    apiError(method, path, status, text, attempts, ambiguous) {
        const { exception, message } = parseDetail(text);
        const retried = attempts > 1 ? ` after ${attempts} tries` : '';
        let hint = '';
        if (status === 401)
            hint = ' Check that the token is a valid service account API key for this server.';
        if (status === 403)
            hint = ' The service account lacks permission for pipeline builds in this project.';
        const what = sentence([exception, message].filter((part) => part).join(': ') || 'no details');
        return new ZenMLApiError((0,redact/* redact */.E)(`ZenML ${method} ${path} failed (HTTP ${status}${retried}): ${what}${hint}`, this.secrets), status, exception, ambiguous);
    }
}
function parseDetail(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { message: text.slice(0, 200).trim() };
    }
    const detail = parsed && typeof parsed === 'object' && 'detail' in parsed ? parsed.detail : parsed;
    if (typeof detail === 'string')
        return { message: detail };
    if (Array.isArray(detail)) {
        if (detail.length > 0 && typeof detail[0] === 'string') {
            return { exception: detail[0], message: detail.slice(1).map(String).join(': ') };
        }
        // FastAPI validation errors: [{loc, msg, type}].
        const messages = detail
            .filter((item) => item !== null && typeof item === 'object')
            .map((item) => `${(item.loc ?? []).join('.')}: ${String(item.msg ?? '')}`);
        return { exception: 'ValidationError', message: messages.join('; ') };
    }
    return { message: text.slice(0, 200).trim() };
}

;// CONCATENATED MODULE: ./src/platform/zenml/adapter.ts







/** How many times a build whose POST failed without a clear answer (and is not there) is sent. */
const adapter_AMBIGUOUS_ROUNDS = 3;
class ZenMLPlatform {
    options;
    name = 'zenml';
    client;
    log;
    projectId;
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
        this.client = new ZenMLClient({
            url: options.url,
            apiKey: options.apiKey,
            log: this.log,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
        });
    }
    async ensureImage(image) {
        await this.project();
        this.log.debug(`ZenML keeps builds, not images; '${image}' needs no record.`);
    }
    async createVersion(request) {
        const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(request.imageRef);
        if (!pinned || pinned.digest !== request.digest) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' is not pinned by digest ${request.digest}`, "Pass the build step's `image` output");
        }
        const facts = await this.facts(request.imageRef, request.image, request.version);
        const checksum = buildChecksum(this.keys(), facts.settingsChecksum);
        const existing = this.pick(await this.builds(facts, checksum, 50), request.imageRef);
        if (existing) {
            const decided = this.decide(request, existing);
            if (decided)
                return decided;
        }
        let created;
        for (let round = 1; !created; round++) {
            try {
                created = await this.client.post('/api/v1/pipeline_builds', buildRequestBody(facts, checksum));
            }
            catch (error) {
                if (!(error instanceof ZenMLApiError) || !error.ambiguous)
                    throw error;
                this.log.info(`ZenML did not answer the new build clearly (${error.message}); looking it up.`);
                const found = this.pick(await this.builds(facts, checksum, 50), request.imageRef);
                const decided = found ? this.decide(request, found, true) : undefined;
                if (decided)
                    return decided;
                // Not there: sending it again cannot leave two (a late first one is removed below).
                if (round >= adapter_AMBIGUOUS_ROUNDS) {
                    throw new errors/* StepError */.zg(`${error.message} Looked up again: no build with checksum ${checksum} exists, so none was created.`, {
                        cause: error,
                    });
                }
            }
        }
        if (!created.id)
            throw new errors/* StepError */.zg('ZenML answered the new pipeline build without an id.');
        // Another register may have created a build for this checksum meanwhile: the oldest one that
        // runs this image wins (under a per-version checksum, the oldest of all), ours is removed.
        const winner = this.pick(await this.builds(facts, checksum, 50), request.imageRef);
        if (winner?.id && winner.id !== created.id) {
            await this.removeBuild(created.id);
            this.log.info(`ZenML build ${winner.id} was created first for this checksum; removed the duplicate ${created.id}.`);
            const decided = this.decide(request, winner);
            if (decided)
                return decided;
        }
        this.log.info(`ZenML pipeline build ${created.id} runs ${request.imageRef} (checksum ${checksum}).`);
        return this.toVersion(request, created.id, true);
    }
    async getVersion(image, version) {
        const facts = await this.facts('', image, version);
        // Under ZenML's shared settings checksum the version name is not recorded: the newest build wins there.
        const builds = await this.builds(facts, buildChecksum(this.keys(), facts.settingsChecksum), 50);
        const found = this.options.settingsChecksum ? builds.at(-1) : builds[0];
        const ref = found ? buildImage(found, this.keys()) : undefined;
        const digest = ref ? (0,image_ref/* parsePinnedImageRef */.Sm)(ref)?.digest : undefined;
        if (!found?.id || !ref || !digest)
            return undefined;
        return { id: found.id, image, version, digest, imageRef: ref, created: false };
    }
    async attach(_version, targets) {
        if (targets.length > 0) {
            throw new errors/* StepError */.zg(`ZenML has no compute to attach to (${targets.map(core_targets/* targetName */.je).join(', ')}): runs name the build id. Nothing was changed.`);
        }
        return [];
    }
    /** Replay when `build` runs the request's image; conflict when it runs another under a per-version checksum. */
    decide(request, build, created = false) {
        const ref = buildImage(build, this.keys());
        if (build.id && ref === request.imageRef) {
            if (!created)
                this.log.info(`ZenML pipeline build ${build.id} already runs ${request.imageRef}; nothing created.`);
            return this.toVersion(request, build.id, created);
        }
        if (this.options.settingsChecksum)
            return undefined; // a shared checksum: a newer build takes over
        const existingDigest = (ref && (0,image_ref/* parsePinnedImageRef */.Sm)(ref)?.digest) ?? ref ?? 'unknown';
        const conflict = new platform/* VersionConflictError */.lu(request.image, request.version, existingDigest, request.digest);
        conflict.message = `${conflict.message} (ZenML pipeline build ${build.id ?? '?'}). Nothing was changed.`;
        throw conflict;
    }
    /** Deletes a duplicate build; one already gone (a retried DELETE) is fine. */
    async removeBuild(id) {
        try {
            await this.client.delete(`/api/v1/pipeline_builds/${encodeURIComponent(id)}`);
        }
        catch (error) {
            if (!(error instanceof ZenMLApiError) || error.status !== 404)
                throw error;
        }
    }
    toVersion(request, id, created) {
        return { id, image: request.image, version: request.version, digest: request.digest, imageRef: request.imageRef, created };
    }
    keys() {
        return this.options.imageKeys && this.options.imageKeys.length > 0 ? this.options.imageKeys : ['orchestrator'];
    }
    async facts(imageRef, image, version) {
        return {
            projectId: await this.project(),
            ...(this.options.stackId ? { stackId: this.options.stackId } : {}),
            imageRef,
            imageKeys: this.keys(),
            settingsChecksum: this.options.settingsChecksum ?? versionSettingsChecksum(image, version),
            zenmlVersion: this.options.zenmlVersion,
            pythonVersion: this.options.pythonVersion,
        };
    }
    /**
     * The build that stands for this version, oldest first: under a per-version checksum the first
     * build of all (another image there is a conflict); under ZenML's settings checksum, shared by
     * many images, the first that runs this image.
     */
    pick(builds, imageRef) {
        if (!this.options.settingsChecksum)
            return builds[0];
        return builds.find((build) => buildImage(build, this.keys()) === imageRef);
    }
    async builds(facts, checksum, size) {
        const page = await this.client.get('/api/v1/pipeline_builds', buildLookupQuery(facts, checksum, size));
        return page.items ?? [];
    }
    async project() {
        if (this.projectId)
            return this.projectId;
        const name = this.options.project ?? 'default';
        let answer;
        try {
            answer = await this.client.get(`/api/v1/projects/${encodeURIComponent(name)}`, { hydrate: 'false' });
        }
        catch (error) {
            if (error instanceof ZenMLApiError && error.status === 404) {
                throw new errors/* StepError */.zg(`ZenML has no project '${name}' (or the service account cannot see it). Set project=<name or id> in platform-settings.`, {
                    cause: error,
                });
            }
            throw error;
        }
        if (!answer.id)
            throw new errors/* StepError */.zg(`ZenML answered project '${name}' without an id.`);
        this.projectId = answer.id;
        return answer.id;
    }
}

;// CONCATENATED MODULE: ./src/platform/create.ts














/**
 * createPlatform's options from those inputs. Without a token, the job's OIDC id-token for
 * `oidc-audience` is fetched: the catalog takes it as its bearer token, databricks exchanges it.
 */
async function platformOptions(inputs, readIdToken) {
    const idToken = !inputs.token && inputs.oidcAudience ? await readIdToken(inputs.oidcAudience) : undefined;
    const token = inputs.token ?? (inputs.platform === 'catalog' ? idToken : undefined);
    return {
        platform: inputs.platform,
        endpoint: inputs.endpoint,
        ...(token ? { token } : {}),
        ...(idToken && inputs.platform !== 'catalog' ? { idToken } : {}),
        ...(inputs.accessKeyId ? { accessKeyId: inputs.accessKeyId } : {}),
        ...(inputs.accessKeySecret ? { accessKeySecret: inputs.accessKeySecret } : {}),
        settings: inputs.platformSettings,
        settingsInput: 'platform-settings',
    };
}
const SECRET_SETTINGS = ['registry-password'];
async function createPlatform(options) {
    const log = options.log ?? actionsLog;
    const env = options.env ?? process.env;
    for (const secret of [
        options.token,
        options.idToken,
        options.accessKeySecret,
        options.securityToken,
        ...SECRET_SETTINGS.map((key) => options.settings?.[key]),
    ]) {
        if (secret)
            log.setSecret(secret);
    }
    if (!platform_model/* PLATFORM_NAMES */.Z.includes(options.platform)) {
        throw new errors/* InputError */.dz('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${platform_model/* PLATFORM_NAMES */.Z.join(', ')}`);
    }
    if (options.platform !== 'metaflow' && options.endpoint.trim() === '') {
        throw new errors/* InputError */.dz('endpoint', 'is required', endpointHelp(options.platform));
    }
    const input = options.settingsInput ?? 'platform-settings';
    const settings = checkPlatformSettings(options.platform, options.settings ?? {}, input);
    const common = {
        log,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
    };
    switch (options.platform) {
        case 'catalog': {
            if (!options.token) {
                throw new errors/* InputError */.dz('token', 'the catalog needs a bearer token', 'Pass a token with the register scope (from secrets)');
            }
            return new CatalogPlatform({ endpoint: options.endpoint, token: options.token, ...common });
        }
        case 'databricks': {
            const username = settings['registry-username'];
            const password = settings['registry-password'];
            if ((username === undefined) !== (password === undefined)) {
                throw new errors/* InputError */.dz(input, 'registry-username and registry-password go together', 'Set both, or neither for a public image');
            }
            let token = options.token;
            if (!token && options.idToken) {
                const exchanged = await exchangeGithubOidcToken({
                    host: options.endpoint,
                    idToken: options.idToken,
                    ...(settings['oidc-client-id'] ? { clientId: settings['oidc-client-id'] } : {}),
                    ...common,
                });
                token = exchanged.accessToken;
            }
            if (!token) {
                throw new errors/* InputError */.dz('token', 'databricks needs a token or a GitHub OIDC id-token', "Pass a token from secrets, or set 'oidc-audience' with 'permissions: id-token: write'");
            }
            return new DatabricksPlatform({
                host: options.endpoint,
                token,
                ...(username !== undefined && password !== undefined ? { registryAuth: { username, password } } : {}),
                restartRunningClusters: settings['restart-running-clusters'] === 'true',
                ...common,
            });
        }
        case 'dataworks': {
            const accessKeyId = options.accessKeyId ?? env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
            const accessKeySecret = options.accessKeySecret ?? env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
            const securityToken = options.securityToken ?? env['ALIBABA_CLOUD_SECURITY_TOKEN'];
            for (const secret of [accessKeySecret, securityToken])
                if (secret)
                    log.setSecret(secret);
            if (!accessKeyId || !accessKeySecret) {
                throw new errors/* InputError */.dz('access-key-secret', 'dataworks needs an AccessKey pair and none was given', 'Pass access-key-id and access-key-secret from secrets, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
            }
            const username = settings['registry-username'];
            const password = settings['registry-password'];
            if ((username === undefined) !== (password === undefined)) {
                throw new errors/* InputError */.dz(input, 'registry-username and registry-password go together', 'Set both, or neither to use ~/.docker/config.json');
            }
            const taskTypes = listSetting(settings['task-types']);
            const accessibility = settings['accessibility'];
            return new DataWorksPlatform({
                endpoint: options.endpoint,
                credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) },
                acrInstanceId: settings['acr-instance-id'],
                acrVpcId: settings['acr-vpc-id'],
                tagDigest: options.tagDigest ??
                    registryTagDigest(log, username !== undefined && password !== undefined ? { username, password } : undefined),
                ...(settings['test-resource-group'] ? { testResourceGroup: settings['test-resource-group'] } : {}),
                ...(taskTypes ? { taskTypes } : {}),
                ...(accessibility ? { accessibility } : {}),
                ...(options.poll ? { poll: options.poll } : {}),
                ...common,
            });
        }
        case 'metaflow':
            return new MetaflowPlatform({ configFile: resolveConfigFile(settings['config-file'], env), log });
        case 'zenml': {
            if (!options.token) {
                throw new errors/* InputError */.dz('token', 'zenml needs a service account API key', 'Pass the API key of a ZenML service account from secrets as token');
            }
            const imageKeys = listSetting(settings['image-keys']);
            return new ZenMLPlatform({
                url: options.endpoint,
                apiKey: options.token,
                zenmlVersion: settings['zenml-version'],
                pythonVersion: settings['python-version'],
                ...(settings['project'] ? { project: settings['project'] } : {}),
                ...(settings['stack'] ? { stackId: settings['stack'] } : {}),
                ...(imageKeys ? { imageKeys } : {}),
                ...(settings['settings-checksum'] ? { settingsChecksum: settings['settings-checksum'] } : {}),
                ...common,
            });
        }
    }
}
/** The registry's answer for a tag, through one lazily made client (credentials for the image's registry only). */
function registryTagDigest(log, login) {
    return async (ref) => {
        const client = (0,registry_login.makeRegistryClient)(login ? { registry: (0,image_ref/* registryHost */.U$)(ref), ...login } : undefined, [], {
            mask: (secret) => log.setSecret(secret),
            log: (line) => log.debug(line),
        });
        return (await client.headManifest(ref))?.digest;
    };
}
/** `~/…` from the home folder, a relative path from the workspace (the step's working folder). */
function resolveConfigFile(file, env) {
    const trimmed = file.trim();
    if (trimmed === '~' || trimmed.startsWith('~/'))
        return external_node_path_default().join(env['HOME'] ?? external_node_os_default().homedir(), trimmed.slice(1));
    return external_node_path_default().resolve(env['GITHUB_WORKSPACE'] ?? process.cwd(), trimmed);
}
function endpointHelp(platform) {
    if (platform === 'databricks')
        return 'Pass the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net';
    if (platform === 'dataworks')
        return 'Pass dataworks.<region>.aliyuncs.com or a region id such as cn-hangzhou';
    if (platform === 'zenml')
        return 'Pass the ZenML server URL, e.g. https://zenml.example.com';
    return 'Pass the catalog base URL, e.g. http://127.0.0.1:8080';
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ hashTagUri),
/* harmony export */   E0: () => (/* binding */ checkVersionName),
/* harmony export */   Kp: () => (/* binding */ parseVersionDescription),
/* harmony export */   RP: () => (/* binding */ versionDescription),
/* harmony export */   Y8: () => (/* binding */ acrLocation),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   vy: () => (/* binding */ checkImageName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3386);
/* harmony import */ var _core_build_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7621);




/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_…`) has numbered versions ("1", "2", …) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 *
 * The `ImageUri` DataWorks pulls is the immutable hash tag (`…:h1-<32 hex>`), not the digest:
 * every documented example and SDK sample uses a tag, and nothing shows a digest is accepted.
 * The hash tag is never moved (the build step only ever pushes it once per build definition),
 * and register checks in the registry that it still points at the digest before registering.
 */
const NAME = /^[a-z0-9_]{1,128}$/;
const VERSION = /^[A-Za-z0-9._+-]{1,42}$/;
const MARKER = /^image-actions:([A-Za-z0-9._+-]{1,42})@(sha256:[0-9a-f]{64})(?:\s|$)/;
const DESCRIPTION_MAX = 128;
function checkImageName(name) {
    if (!NAME.test(name)) {
        const suggestion = name
            .toLowerCase()
            .replace(/[^a-z0-9_]/g, '_')
            .slice(0, 128);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image-name', `'${name}' is not a valid DataWorks image name (lowercase letters, digits and '_', at most 128)`, `Use e.g. '${suggestion}'`);
    }
}
function checkVersionName(version) {
    if (!VERSION.test(version)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('version', `'${version}' cannot be recorded in a DataWorks image description (letters, digits, '.', '_', '+', '-', at most 42)`, 'Use a semver or the hash tag as the version');
    }
}
/** The DataWorks `Description` of a version: the marker, then as much of `text` as fits. */
function versionDescription(version, digest, text) {
    const marker = `image-actions:${version}@${digest}`;
    if (!text)
        return marker;
    const room = DESCRIPTION_MAX - marker.length - 1;
    return room > 0 ? `${marker} ${text.slice(0, room)}` : marker;
}
function parseVersionDescription(description) {
    const match = MARKER.exec(description ?? '');
    return match ? { version: match[1], digest: match[2] } : undefined;
}
/** A UUID-shaped token derived from `parts`: the same logical call always sends the same one. */
function idempotencyToken(...parts) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:…`. */
function acrLocation(imageRef) {
    const pinned = (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePinnedImageRef */ .Sm)(imageRef);
    if (!pinned) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>, as the build step outputs it');
    }
    const slash = pinned.repository.indexOf('/');
    // Without a registry host the reference means Docker Hub, never an ACR instance.
    if (pinned.registry === 'docker.io' || slash <= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not an ACR reference of the form <registry>/<namespace>/<repository>@sha256:<digest>`, 'Push the image to an ACR Enterprise Edition instance and pass that reference');
    }
    return { namespace: pinned.repository.slice(0, slash), repository: pinned.repository.slice(slash + 1), digest: pinned.digest };
}
/** `<registry>/<namespace>/<repository>:h1-<32 hex>`: the immutable hash tag of the build, as DataWorks' `ImageUri`. */
function hashTagUri(imageRef, buildHash) {
    const pinned = (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePinnedImageRef */ .Sm)(imageRef);
    if (!pinned) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>');
    }
    if (!/^[0-9a-f]{64}$/.test(buildHash)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('hash', `'${buildHash}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
    }
    return (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .formatImageRef */ .kL)({ registry: pinned.registry, repository: pinned.repository, tag: (0,_core_build_definition_js__WEBPACK_IMPORTED_MODULE_3__/* .tagFor */ .gY)(buildHash) });
}


/***/ }),

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readPlatformInputs)
/* harmony export */ });
/* harmony import */ var _core_platform_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1396);
/* harmony import */ var _core_registration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4174);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2291);
/**
 * The inputs register and promote share to reach a platform (names as in their action.yml): which
 * platform, where, and its credentials. Secrets are masked before anything is read that could fail
 * and print; credentials a platform does not take are refused, not ignored.
 */



/** `secretInputs`: the action's other secret inputs, masked with the platform's own. */
function readPlatformInputs(secretInputs = []) {
    (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecretInputs */ .q)(['token', 'access-key-secret', ...secretInputs], 'platform-settings');
    const platform = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)('platform', _core_platform_model_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z);
    const endpoint = (0,_core_registration_js__WEBPACK_IMPORTED_MODULE_0__/* .checkEndpoint */ .q9)(platform, (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)('endpoint'));
    const token = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('token');
    const oidcAudience = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('oidc-audience');
    const accessKeyId = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('access-key-id');
    const accessKeySecret = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptional */ .T9)('access-key-secret');
    (0,_core_registration_js__WEBPACK_IMPORTED_MODULE_0__/* .checkCredentialInputs */ .He)(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
    return {
        platform,
        endpoint,
        ...(token ? { token } : {}),
        ...(oidcAudience ? { oidcAudience } : {}),
        ...(accessKeyId ? { accessKeyId } : {}),
        ...(accessKeySecret ? { accessKeySecret } : {}),
        platformSettings: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readKeyValueLines */ .ob)('platform-settings'),
    };
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ ChannelMovedError),
/* harmony export */   Ry: () => (/* binding */ VersionNotCurrentError),
/* harmony export */   lu: () => (/* binding */ VersionConflictError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks, metaflow,
 * zenml).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

/**
 * The one failure every adapter raises for "this version exists with another digest", so callers
 * (register) can recognise it whatever the platform. Nothing was changed when it is thrown.
 */
class VersionConflictError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    version;
    existingDigest;
    requestedDigest;
    constructor(image, version, existingDigest, requestedDigest) {
        super(`version ${version} of ${image} already exists with digest ${existingDigest}; versions are immutable: choose another version or re-use that digest`);
        this.image = image;
        this.version = version;
        this.existingDigest = existingDigest;
        this.requestedDigest = requestedDigest;
        this.name = 'VersionConflictError';
    }
}
/**
 * The platform acts on an image's current version only (DataWorks tests, publishes and runs the
 * current one) and `version` is not it. Nothing was changed. Register treats it as "left as it
 * is" on a replay; promote rolls the image back first.
 */
class VersionNotCurrentError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    version;
    current;
    constructor(message, image, version, current) {
        super(message);
        this.image = image;
        this.version = version;
        this.current = current;
        this.name = 'VersionNotCurrentError';
    }
}
/**
 * The failure of a promotion that lost a race: the channel moved to `winner` after this run read
 * it. Nothing was changed by the losing promotion.
 */
class ChannelMovedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
    image;
    channel;
    version;
    winner;
    seen;
    constructor(image, channel, version, winner, seen) {
        super(`channel ${channel} of ${image} moved to ${winner ?? 'nothing'} (another promotion won) while this run promoted ${version}; ` +
            `it held ${seen ?? 'nothing'} when this run read it. The channel was left on ${winner ?? 'nothing'}: re-run this promotion if ${version} should replace it`);
        this.image = image;
        this.channel = channel;
        this.version = version;
        this.winner = winner;
        this.seen = seen;
        this.name = 'ChannelMovedError';
    }
}


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   cY: () => (/* binding */ platformRetryPolicy),
/* harmony export */   qE: () => (/* binding */ noAnswer),
/* harmony export */   sM: () => (/* binding */ isRetryableWriteStatus)
/* harmony export */ });
/* unused harmony export requestNeverSent */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _runtime_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5259);
/**
 * Retry defaults of the platform API clients (the decisions themselves are core/retry.ts).
 *
 * Reads and idempotent writes: 429 and every 5xx (and any failure to get an answer) are retried
 * with full-jitter exponential backoff, attempts only; a `Retry-After` wins over our own guess but
 * is capped so a misbehaving server cannot park a CI job for hours.
 *
 * Writes that are not safe to repeat (Databricks `clusters/update` and `jobs/update`, ZenML
 * `POST pipeline_builds`): only what says the request was not acted on is retried — 429 and 503,
 * as databricks-sdk-go does (`apierr/errors.go` `IsRetriable`: too-many-requests, 503, known
 * transient messages; "some API's recommend retries on HTTP 500, but we'll add that later"), and a
 * connection that was never made. Any other failure is ambiguous: the caller reads the state back.
 */



const platformRetryPolicy = {
    maxAttempts: 5,
    maxElapsedMs: Infinity,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    jitter: 'full',
    retryAfter: 'capped',
    statuses: { also: [], except: [] },
    networkErrors: 'any',
};
/** Statuses that mean a non-idempotent write was not acted on and may be sent again. */
function isRetryableWriteStatus(status) {
    return status === 429 || status === 503;
}
const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
/** A failure to connect at all: the request never reached the server, so sending it again is safe. */
function requestNeverSent(error) {
    return (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorChain */ .eB)(error).some((link) => link.code !== undefined && notSentCodes.has(link.code));
}
/** The message of a failure to get an answer (the cause's own words when it wraps one, as fetch's TypeError does). */
function failureReason(error) {
    return error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
}
/**
 * What the retry loop makes of a request that got no answer. A write not safe to repeat that may
 * have reached the server fails at once as ambiguous (the caller reads the state back); anything
 * else is retried, and giving up names the server and what to check.
 */
function noAnswer(failure) {
    const reason = failureReason(failure.error);
    if (failure.unsafeWrite && !requestNeverSent(failure.error)) {
        throw failure.ambiguous((0,_runtime_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(`${failure.what}: no answer from ${failure.baseUrl} (${reason}); it may or may not have been applied.`, failure.secrets));
    }
    return {
        failed: { error: failure.error },
        reason: 'connection failed',
        giveUp: (_stop, attempts) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg((0,_runtime_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(`${failure.what}: cannot reach ${failure.baseUrl} (${reason}) after ${attempts} tries. Check ${failure.check}.`, failure.secrets));
        },
    };
}


/***/ }),

/***/ 3299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readIdToken)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * The job's GitHub OIDC id-token for `audience`, masked at once. It needs `permissions: id-token: write`
 * (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN); without it, one error that says so.
 */
async function readIdToken(audience) {
    let token;
    try {
        token = await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('oidc-audience', `the job's OIDC id-token for audience '${audience}' could not be fetched (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`, "Give the job 'permissions: id-token: write', or pass a token instead");
    }
    _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
}


/***/ })

};
