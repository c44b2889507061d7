export const id = 468;
export const ids = [468];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./src/core/registration.ts
var registration = __webpack_require__(4174);
// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/core/version-policy.ts
var version_policy = __webpack_require__(270);
// EXTERNAL MODULE: ./src/platform/create.ts + 23 modules
var create = __webpack_require__(2808);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/platform.ts
var platform_platform = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/runtime/id-token.ts
var id_token = __webpack_require__(3299);
// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/register/inputs.ts





/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}
function readRegisterInputs(env = process.env) {
    const platformInputs = (0,inputs/* readPlatformInputs */.R)();
    const { platform } = platformInputs;
    const description = (0,runtime_inputs/* readOptional */.T9)('description');
    return {
        ...platformInputs,
        imageName: (0,registration/* checkImageName */.vy)(platform, (0,runtime_inputs/* readString */.E3)('image-name')),
        image: (0,registration/* checkPinnedImage */._D)((0,runtime_inputs/* readString */.E3)('image')),
        version: (0,runtime_inputs/* readString */.E3)('version'),
        // Raw lines, so an error can quote the line number the user sees.
        targets: (0,targets/* parseTargets */.Sx)(actions_core/* getInput */.V4('targets').split('\n'), platform),
        ...(description ? { description } : {}),
        commit: (0,registration/* checkCommit */.su)((0,runtime_inputs/* readString */.E3)('commit') || env.GITHUB_SHA || ''),
        gitTag: (0,runtime_inputs/* readString */.E3)('git-tag') || tagOfRef(env.GITHUB_REF),
        hash: (0,registration/* checkHash */.PA)((0,runtime_inputs/* readString */.E3)('hash')),
    };
}

// EXTERNAL MODULE: ./src/platform/dataworks/records.ts
var records = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/actions/register/precheck.ts

/**
 * The limits a platform adds to the generic checks, applied before the first request so that an
 * impossible name fails the step with nothing sent (DataWorks: image names of `[a-z0-9_]`, versions of
 * at most 42 characters, images in an ACR `<registry>/<namespace>/<repository>`).
 */
function precheckForPlatform(platform, request) {
    if (platform !== 'dataworks')
        return;
    (0,records/* checkImageName */.vy)(request.image);
    (0,records/* checkVersionName */.E0)(request.version);
    (0,records/* acrLocation */.Y8)(request.imageRef);
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/register/summary.ts

function publishedText(result) {
    const stage = `(stage ${(0,github_summary/* escapeHtml */.ZD)(result.stage)})`;
    if (!result.published)
        return `not published ${stage}`;
    if (result.tested)
        return `published after its image test passed ${stage}`;
    return result.fresh ? `published <strong>untested</strong>: no test-resource-group is set ${stage}` : `published ${stage}`;
}
/** A job-summary table of the version (new or replayed) and one row per target attached. */
async function writeRegisterSummary(report) {
    const { version } = report;
    await (0,github_summary/* writeSummary */.Sy)('Register', [
        ['Platform', `${(0,github_summary/* escapeHtml */.ZD)(report.platform)} (${(0,github_summary/* code */.aY)(report.endpoint)})`],
        ['Image', (0,github_summary/* code */.aY)(version.image)],
        ['Version', `${(0,github_summary/* code */.aY)(version.version)} — from ${(0,github_summary/* escapeHtml */.ZD)(report.decision.reason)}`],
        ['Version id', (0,github_summary/* code */.aY)(version.id)],
        ['Outcome', version.created ? 'created' : 'already registered with this digest (nothing changed)'],
        ['Digest', (0,github_summary/* code */.aY)(version.digest)],
        ['Image reference', (0,github_summary/* code */.aY)(version.imageRef)],
        ...(report.published ? [['Published', publishedText(report.published)]] : []),
        ...Object.entries(version.outputs ?? {}).map(([name, value]) => [(0,github_summary/* code */.aY)(name), (0,github_summary/* code */.aY)(value)]),
        ['Time', `register ${report.timings.registerMs} ms, attach ${report.timings.attachMs} ms`],
    ], (summary) => {
        if (report.attachments.length === 0) {
            summary.addRaw('No targets: the version is registered and attached to nothing.', true);
            return;
        }
        summary.addTable((0,github_summary/* table */.tp)(['Target', 'Runs', 'Change'], report.attachments.map((a) => [(0,github_summary/* code */.aY)(a.target), (0,github_summary/* code */.aY)(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached'])));
    });
}

;// CONCATENATED MODULE: ./src/actions/register/main.ts













async function run(seams = {}) {
    const { createPlatform: makePlatform = create/* createPlatform */.Q, readIdToken: idTokenFor = id_token/* readIdToken */.x } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readRegisterInputs();
        const decision = (0,version_policy/* decideVersion */.vI)({ explicit: inputs.version, gitTag: inputs.gitTag, hashTag: (0,build_definition/* tagFor */.gY)(inputs.hash) });
        const url = (0,registration/* runUrl */.Vp)(process.env);
        const request = (0,registration/* versionRequest */.Uh)({
            imageName: inputs.imageName,
            version: decision.version,
            image: inputs.image,
            commit: inputs.commit,
            hash: inputs.hash,
            ...(url ? { runUrl: url } : {}),
            ...(inputs.description ? { description: inputs.description } : {}),
        });
        precheckForPlatform(inputs.platform, request);
        actions_core/* info */.pq(`Version ${decision.version}, from ${decision.reason}; image ${request.imageRef}`);
        if (inputs.targets.length > 0)
            actions_core/* info */.pq(`Targets: ${inputs.targets.map(targets/* targetName */.je).join(', ')}`);
        const platform = await makePlatform(await (0,create/* platformOptions */.M)(inputs, idTokenFor));
        const registered = await (0,run_action/* timedGroup */.RD)(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
            await platform.ensureImage(request.image, request.description);
            return platform.createVersion(request);
        });
        const version = registered.value;
        (0,run_action/* setOutputs */.n0)({ version: version.version, 'version-id': version.id, created: version.created, ...version.outputs });
        const published = await publish(platform, version.image, version.version, version.created);
        let attachments = [];
        let attachMs = 0;
        if (inputs.targets.length > 0) {
            const attached = await (0,run_action/* timedGroup */.RD)(`Attach ${version.version} to ${inputs.targets.length} target(s)`, () => platform.attach(version, inputs.targets));
            attachments = attached.value;
            attachMs = attached.ms;
        }
        (0,run_action/* setOutputs */.n0)({ attachments: JSON.stringify(attachments) });
        await writeRegisterSummary({
            platform: inputs.platform,
            endpoint: inputs.endpoint,
            decision,
            version,
            attachments,
            ...(published ? { published: { ...published, fresh: version.created } } : {}),
            timings: { registerMs: registered.ms, attachMs },
        });
    });
}
/**
 * Publishes the version on platforms that publish (DataWorks: image test first when configured).
 * A replayed version that is no longer the image's current one is left as it is; a failed test
 * or publish fails the step before anything is attached.
 */
async function publish(platform, image, version, created) {
    if (!platform.publishVersion)
        return undefined;
    let result;
    try {
        result = (await (0,run_action/* timedGroup */.RD)(`Publish ${image} ${version}`, () => platform.publishVersion(image, version))).value;
    }
    catch (error) {
        if (!(error instanceof platform_platform/* VersionNotCurrentError */.Ry))
            throw error;
        actions_core/* warning */.$e(`${error.message} Left as it is.`);
        return undefined;
    }
    (0,run_action/* setOutputs */.n0)({ published: result.published, 'publish-stage': result.stage });
    if (!result.published) {
        throw new errors/* StepError */.zg(result.stage === 'TestFailed'
            ? `${platform.name}: the image test of ${image} ${version} failed (stage TestFailed); the version was not published and nothing was attached.`
            : `${platform.name}: ${image} ${version} was not published (stage ${result.stage}); nothing was attached.`);
    }
    // On a replay an already published version may have been tested before: only a new one is known untested.
    if (!result.tested && created) {
        actions_core/* warning */.$e(`${platform.name}: ${image} ${version} was published untested. Set test-resource-group=<Serverless resource group> in platform-settings to test versions before they are published.`);
    }
    return result;
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Sm: () => (/* binding */ parsePinnedImageRef),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost */
/**
 * Image references, parsed and normalized the way Docker does it (distribution/reference):
 * `busybox` → docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:…`, `localhost:5000/app:1`.
 * Pure: no I/O. Malformed references throw an ImageRefError that says what is wrong.
 */
class ImageRefError extends Error {
    reference;
    constructor(reference, problem) {
        super(`Invalid image reference "${reference}": ${problem}`);
        this.reference = reference;
        this.name = 'ImageRefError';
    }
}
const dockerHubRegistry = 'docker.io';
const dockerHubApiHost = 'registry-1.docker.io';
// The grammar of distribution/reference (regexp.go), anchored.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::([0-9]+))?$`);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const bareIdPattern = /^[a-f0-9]{64}$/;
const sha256DigestPattern = /^sha256:[a-f0-9]{64}$/;
const digestHexLength = { sha256: 64, sha512: 128 };
const maxNameLength = 255;
/** Parses a full reference: `[registry/]repository[:tag][@digest]`. */
function parseImageRef(text) {
    if (text.length === 0)
        throw new ImageRefError(text, 'it is empty');
    if (/\s/.test(text))
        throw new ImageRefError(text, 'it contains whitespace');
    if (bareIdPattern.test(text)) {
        throw new ImageRefError(text, 'a bare 64-hex image id is not a reference; write <repository>@sha256:<hex>');
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = validateDigest(text, rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw new ImageRefError(text, `tag "${tag}" is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`);
        }
    }
    const name = splitName(text, rest);
    return { ...name, ...(tag !== undefined || digest === undefined ? { tag: tag ?? 'latest' } : {}), ...(digest ? { digest } : {}) };
}
/** Parses a repository without tag or digest (an `image` input such as `ghcr.io/org/app`). */
function parseRepository(text) {
    const ref = parseImageRef(text);
    if (ref.digest || text.slice(text.lastIndexOf('/') + 1).includes(':')) {
        throw new ImageRefError(text, 'expected a repository without tag or digest (e.g. ghcr.io/org/app)');
    }
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
function splitName(original, name) {
    if (name.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    // Docker's rule: the first component is a registry only if it looks like a host
    // (has '.' or ':', is `localhost`, or has upper case, which no repository path may have).
    const isRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = isRegistry ? first : dockerHubRegistry;
    let repository = isRegistry ? name.slice(slash + 1) : name;
    if (isRegistry) {
        const match = domainPattern.exec(registry);
        if (!match)
            throw new ImageRefError(original, `registry "${registry}" is not a valid host[:port]`);
        const port = match[1];
        if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
            throw new ImageRefError(original, `registry port ${port} is out of range`);
        }
    }
    if (registry === 'index.docker.io')
        registry = dockerHubRegistry;
    if (registry === dockerHubRegistry && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    if (repository.toLowerCase() !== repository) {
        throw new ImageRefError(original, `repository name must be lowercase ("${repository}")`);
    }
    for (const component of repository.split('/')) {
        if (!pathComponentPattern.test(component)) {
            throw new ImageRefError(original, `repository path component "${component}" is not valid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
        }
    }
    if (registry.length + 1 + repository.length > maxNameLength) {
        throw new ImageRefError(original, `the name is longer than ${maxNameLength} characters`);
    }
    return { registry, apiHost: apiHostOf(registry), repository };
}
function validateDigest(original, digest) {
    const match = digestPattern.exec(digest);
    if (!match)
        throw new ImageRefError(original, `digest "${digest}" is not <algorithm>:<hex>`);
    const [, algorithm = '', hex = ''] = match;
    const length = digestHexLength[algorithm];
    if (length === undefined)
        throw new ImageRefError(original, `digest algorithm "${algorithm}" is not supported (sha256 or sha512)`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageRefError(original, `a ${algorithm} digest needs ${length} lowercase hex characters`);
    }
    return digest;
}
/** The registry of a reference, lower-cased as a host (`docker.io` for Docker Hub): `ghcr.io/org/app:1` → `ghcr.io`. */
function registryHost(reference) {
    return parseImageRef(reference).registry.toLowerCase();
}
/** The host that serves the registry API for a registry name. */
function apiHostOf(registry) {
    return registry === dockerHubRegistry ? dockerHubApiHost : registry.toLowerCase();
}
/** `registry/repository[:tag][@digest]`, fully qualified (`docker.io/library/busybox:latest`). */
function formatImageRef(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, the name without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The manifest reference used in `/v2/<name>/manifests/<reference>`: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository under another tag (no digest). */
function withTag(ref, tag) {
    if (!tagPattern.test(tag))
        throw new ImageRefError(`${repositoryName(ref)}:${tag}`, `tag "${tag}" is not valid`);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, tag };
}
/** The same repository pinned to `digest` (the tag is dropped: the digest is what counts). */
function withDigest(ref, digest) {
    validateDigest(`${repositoryName(ref)}@${digest}`, digest);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, digest };
}
function isValidTag(tag) {
    return tagPattern.test(tag);
}
/** `sha256:<64 lowercase hex>`: the only digest builders report and platforms record. */
function isSha256Digest(value) {
    return sha256DigestPattern.test(value);
}
/** The reference when it is valid and pinned by a sha256 digest (a tag before `@` may stay); else undefined. */
function parsePinnedImageRef(text) {
    let ref;
    try {
        ref = parseImageRef(text);
    }
    catch (error) {
        if (error instanceof ImageRefError)
            return undefined;
        throw error;
    }
    return ref.digest !== undefined && isSha256Digest(ref.digest) ? { ...ref, digest: ref.digest } : undefined;
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   _l: () => (/* binding */ canonicalPlatform),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   ol: () => (/* binding */ hostPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* unused harmony export PlatformError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Platforms (`linux/amd64`, `linux/arm64`, `linux/arm/v7`), normalized the way containerd/BuildKit
 * normalize them so that equivalent spellings compare and hash the same: `linux/arm64/v8` is
 * `linux/arm64`, `linux/arm` is `linux/arm/v7`, `x86_64` is `amd64`. One module for every part
 * (inputs, hash, build, builders, registry). Pure.
 *
 * `normalizePlatform`/`normalizePlatforms` read inputs the way buildx does (containerd's
 * `platforms.Parse`): `os/arch[/variant]` with any os and arch (`windows/amd64`), an os alone (the
 * runner's architecture) or a known architecture alone (Linux); a builder refuses what it cannot
 * build. `parsePlatform`/`formatPlatform`/`samePlatform` take what registries list.
 */

/** containerd's known operating systems and architectures (platforms/database.go): what a one-word specifier may be. */
const KNOWN_OS = new Set([
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'hurd',
    'illumos',
    'ios',
    'js',
    'linux',
    'nacl',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
    'zos',
]);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'amd64p32',
    'arm',
    'arm64',
    'arm64be',
    'armbe',
    'loong64',
    'mips',
    'mips64',
    'mips64le',
    'mips64p32',
    'mips64p32le',
    'mipsle',
    'ppc',
    'ppc64',
    'ppc64le',
    'riscv',
    'riscv64',
    's390',
    's390x',
    'sparc',
    'sparc64',
    'wasm',
]);
/** containerd's specifier components: `<os>[(<os version>)]`, then `[A-Za-z0-9_-]+` parts. */
const OS_COMPONENT = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/;
const COMPONENT = /^[A-Za-z0-9_-]+$/;
function normalizeArchitecture(architecture, variant) {
    switch (architecture) {
        case 'i386':
        case 'i686':
            return { architecture: '386', variant: variant };
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            return { architecture: 'amd64', variant: variant === 'v1' ? '' : variant };
        case 'aarch64':
        case 'arm64':
            if (variant === '8' || variant === 'v8' || variant === 'v8.0')
                return { architecture: 'arm64', variant: '' };
            if (variant === '9' || variant === 'v9' || variant === 'v9.0')
                return { architecture: 'arm64', variant: 'v9' };
            return { architecture: 'arm64', variant };
        case 'armhf':
            return { architecture: 'arm', variant: 'v7' };
        case 'armel':
            return { architecture: 'arm', variant: 'v6' };
        case 'arm':
            if (variant === '' || variant === '7')
                return { architecture: 'arm', variant: 'v7' };
            if (variant === '5' || variant === '6' || variant === '8')
                return { architecture: 'arm', variant: `v${variant}` };
            return { architecture: 'arm', variant };
        default:
            return { architecture, variant };
    }
}
/** Lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
function canonicalPlatform(platform) {
    const { architecture, variant } = normalizeArchitecture(platform.architecture.toLowerCase(), (platform.variant ?? '').toLowerCase());
    const os = platform.os.toLowerCase();
    return variant ? { os, architecture, variant } : { os, architecture };
}
/** The canonical `os/arch[/variant]` of a platform. */
function formatPlatform(platform) {
    const normal = canonicalPlatform(platform);
    return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}
function samePlatform(a, b) {
    return formatPlatform(a) === formatPlatform(b);
}
class PlatformError extends Error {
    constructor(text, problem) {
        super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
        this.name = 'PlatformError';
    }
}
/** `linux/arm64` → its canonical {os, architecture}; an unknown shape throws PlatformError. Any os/arch is accepted. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new PlatformError(text, 'not two or three parts of letters and digits');
    }
    const [os = '', architecture = '', variant] = parts;
    return canonicalPlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
/**
 * One platform specifier to its canonical form, as buildx parses it (containerd `platforms.Parse`
 * then `Normalize`), or undefined when buildx would refuse it. `host` fills a one-word specifier.
 */
function normalizePlatform(text, host = hostPlatform()) {
    const parts = text.trim().split('/');
    if (parts.length > 3)
        return undefined;
    const osPart = OS_COMPONENT.exec(parts[0] ?? '');
    if (!osPart || parts.slice(1).some((part) => !COMPONENT.test(part)))
        return undefined;
    let os = osPart[1].toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    const version = osPart[2] === undefined ? '' : `(${osPart[2]})`;
    if (parts.length === 1) {
        if (KNOWN_OS.has(os))
            return `${os}${version}/${host.split('/').slice(1).join('/')}`;
        const { architecture, variant } = normalizeArchitecture(os, '');
        return KNOWN_ARCH.has(architecture) && !version ? [`linux`, architecture, variant].filter(Boolean).join('/') : undefined;
    }
    const { architecture, variant } = normalizeArchitecture(parts[1].toLowerCase(), (parts[2] ?? '').toLowerCase());
    return [`${os}${version}`, architecture, variant].filter(Boolean).join('/');
}
/** Node's `process.arch` → the platform the runner builds for when none is given. */
function hostPlatform(arch = process.arch) {
    const map = {
        x64: 'linux/amd64',
        arm64: 'linux/arm64',
        arm: 'linux/arm/v7',
        ia32: 'linux/386',
        ppc64: 'linux/ppc64le',
        s390x: 'linux/s390x',
        riscv64: 'linux/riscv64',
        loong64: 'linux/loong64',
    };
    return map[arch] ?? 'linux/amd64';
}
/**
 * The platform list of the build definition: every item normalized, sorted, deduplicated; empty
 * means the runner's own platform (what a builder does without `--platform`).
 */
function normalizePlatforms(items, input = 'platforms', host = hostPlatform()) {
    if (items.length === 0)
        return [host];
    const normalized = new Set();
    for (const item of items) {
        const platform = normalizePlatform(item, host);
        if (!platform) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${item}' is not a platform specifier buildx accepts`, 'Use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7, separated by commas');
        }
        normalized.add(platform);
    }
    return [...normalized].sort();
}
/** The values BuildKit gives TARGETOS/TARGETARCH/TARGETVARIANT (and BUILD*) for a canonical platform. */
function platformArgs(prefix, platform) {
    const [os = '', architecture = '', variant = ''] = platform.split('/');
    return {
        [`${prefix}PLATFORM`]: platform,
        [`${prefix}OS`]: os,
        [`${prefix}ARCH`]: architecture,
        [`${prefix}VARIANT`]: variant,
    };
}


/***/ })

};
