export const id = 268;
export const ids = [268];
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
 * files the spec copies, the Dockerfile, and a .dockerignore leaving those two out \u2014 so
 * `docker build DIR`, and the hash of DIR, are the spec's own. Exit 0, 1 for a bad spec, 2 for wrong usage.
 */








const renderUsage = 'SPEC [--context-dir DIR] \u2014 print the Dockerfile an image spec (image.yaml, or images.yaml#name) renders to; --context-dir writes the rendered context';
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
        const loaded = (0,_spec_load_spec_js__WEBPACK_IMPORTED_MODULE_6__.loadSpec)((0,_spec_load_spec_js__WEBPACK_IMPORTED_MODULE_6__.parseSpecReference)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(spec), workspace), { workspace, env: process.env, input: 'spec' });
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
 * `busybox` \u2192 docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:\u2026`, `localhost:5000/app:1`.
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
/** The registry of a reference, lower-cased as a host (`docker.io` for Docker Hub): `ghcr.io/org/app:1` \u2192 `ghcr.io`. */
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
/** Lower case, aliases resolved, default variants dropped (arm64 \u2192 no variant, arm \u2192 v7). */
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
/** `linux/arm64` \u2192 its canonical {os, architecture}; an unknown shape throws PlatformError. Any os/arch is accepted. */
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
/** Node's `process.arch` \u2192 the platform the runner builds for when none is given. */
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
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
