export const id = 118;
export const ids = [118];
export const modules = {

/***/ 7123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ inspectExistingImage)
/* harmony export */ });
/* unused harmony export fetchManifestIfPresent */
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9187);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8798);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7309);
/**
 * The existence check behind reuse: what the registry holds under the hash tag, read with as few
 * requests as possible (one manifest GET, then one config blob per requested platform; an index
 * adds one child manifest GET per requested platform). Fails closed: only a registry's 404 for the
 * manifest means "absent"; 401/403/429/5xx and unreachable registries throw.
 */




/** Distribution error codes that mean "no such manifest" (a 404 without them is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);
const canonical = (platform) => {
    const text = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPlatform */ .Bq)(platform);
    return (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePlatform */ .FL)(text) ?? text;
};
/** The manifest under `ref`, or undefined when the registry says it has none. */
async function fetchManifestIfPresent(client, ref) {
    try {
        return await client.getManifest(ref);
    }
    catch (error) {
        if (!(error instanceof _registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl) || error.status !== 404)
            throw error;
        if (error.code && ABSENT_CODES.has(error.code))
            return undefined;
        // A 404 without a registry error code: the client's HEAD check confirms a registry answered
        // (a wrong host or path 404s everything) and throws when none did.
        const head = await client.headManifest(ref);
        if (head === undefined)
            return undefined;
        return client.getManifest(ref);
    }
}
async function configOf(client, ref, manifest) {
    const bytes = await client.readBlob(ref, manifest.config);
    return JSON.parse(new TextDecoder().decode(bytes));
}
function platformOfConfig(config) {
    return { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
}
/**
 * Looks up `ref` (the hash tag) and reads, for every requested platform it has, the hash label.
 * Undefined when absent.
 */
async function inspectExistingImage(client, ref, requested) {
    const top = await fetchManifestIfPresent(client, ref);
    if (!top)
        return undefined;
    const hashLabels = {};
    if (!(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(top.mediaType)) {
        const config = await configOf(client, ref, top.manifest);
        const platform = canonical(platformOfConfig(config));
        hashLabels[platform] = config.config?.Labels?.[_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .HASH_LABEL */ .mE];
        return { digest: top.digest, platforms: [platform], hashLabels, manifest: top };
    }
    const entries = (top.manifest.manifests ?? []).filter((entry) => !(0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isAttestation */ .H3)(entry));
    const platforms = [];
    for (const entry of entries) {
        if (!entry.platform)
            continue; // every builder we use writes it; an entry without one cannot be matched
        const platform = canonical(entry.platform);
        if (!platforms.includes(platform))
            platforms.push(platform);
    }
    for (const wanted of requested) {
        const entry = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .selectManifest */ .yY)(entries, (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .Y8)(wanted));
        if (!entry)
            continue; // the decision reports it missing
        const child = await client.getManifest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(ref, entry.digest));
        const config = await configOf(client, ref, child.manifest);
        hashLabels[canonical((0,_registry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .Y8)(wanted))] = config.config?.Labels?.[_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .HASH_LABEL */ .mE];
    }
    return { digest: top.digest, platforms, hashLabels, manifest: top };
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ imageLabels),
/* harmony export */   Kk: () => (/* binding */ sourceUrlFromEnv),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   mE: () => (/* binding */ HASH_LABEL)
/* harmony export */ });
/* unused harmony exports OCI_LABELS, isoSeconds */
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
/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
function sourceUrlFromEnv(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    return server && repository ? `${server}/${repository}` : '';
}
/**
 * Labels from the `labels` input win over the toolkit's OCI labels (a user may set their own
 * `version`), but never over the hash label: the existence check depends on it.
 */
function mergeLabels(generated, user) {
    return { ...generated, ...user, [HASH_LABEL]: generated[HASH_LABEL] };
}


/***/ }),

/***/ 2004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yt: () => (/* binding */ writeAuthFile),
/* harmony export */   vt: () => (/* binding */ registryBaseResolver),
/* harmony export */   zQ: () => (/* binding */ makeRegistryClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3386);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8798);
/**
 * How the build step reaches registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to the builder as an auth file that only
 * lives for the build.
 */






function makeRegistryClient(login, insecureRegistries, options = {}) {
    const explicit = login ? [{ registry: login.registry, username: login.username, password: login.password, source: 'registry-username/registry-password' }] : [];
    // The same mask for the credentials as for the client (the CLI keeps stdout free of workflow commands).
    const credentials = (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultCredentials */ .AD)(explicit, options.mask ? { mask: options.mask } : {});
    return new _registry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RegistryClient */ .bP({ credentials, insecureRegistries, ...options });
}
/**
 * `resolveBase` for computeBuildDefinition: every image the build pulls, to the digest its tag
 * points at now (a pinned reference is returned as is, without a request). One lookup per
 * reference per run.
 */
function registryBaseResolver(client) {
    const seen = new Map();
    return (ref) => {
        let digest = seen.get(ref);
        if (!digest) {
            digest = client.resolveDigest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(ref));
            seen.set(ref, digest);
        }
        return digest;
    };
}
/**
 * The login as a `{"auths": …}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(base, { recursive: true });
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, `image-actions-auth-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { mode: 0o700 });
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true }) };
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ decideReuse)
/* harmony export */ });
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7309);
/**
 * Reuse or build: the decision after the existence check, with the reason in words for the log and
 * the summary. Pure. A hit must
 * - exist under the hash tag (only a 404 from the registry means "absent"; errors never get here),
 * - carry every requested platform (an index may hold more; a single image is its config's platform),
 * - carry the hash label with exactly this hash on every requested platform's image (a tag moved
 *   by hand or pushed by another tool is not this build).
 */


const canonical = (platform) => (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)(platform) ?? platform.toLowerCase();
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
            return { action: 'build', reason: `${hashTag} exists (${found.digest}) but its ${platform} image has no ${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_LABEL */ .mE} label, so it was not built by this action` };
        }
        if (label !== input.hash) {
            return { action: 'build', reason: `${hashTag} exists (${found.digest}) but its ${platform} image is labelled ${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_LABEL */ .mE}=${label}, not ${input.hash}: the tag was overwritten` };
        }
    }
    return { action: 'reuse', digest: found.digest, reason: `${hashTag} exists (${found.digest}) with ${input.requested.join(', ')} and the matching hash label` };
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost, isDigest */
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
function isDigest(value) {
    try {
        validateDigest(value, value);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  AD: () => (/* reexport */ defaultCredentials),
  Bq: () => (/* reexport */ formatPlatform),
  H3: () => (/* reexport */ isAttestation),
  $$: () => (/* reexport */ isIndexMediaType),
  Y8: () => (/* reexport */ parsePlatform),
  yY: () => (/* reexport */ selectManifest)
});

// UNUSED EXPORTS: MediaTypes, PlatformError, chainCredentials, copyBlob, copyImage, credentialHelperRunner, defaultRetryPolicy, dockerConfigCredentials, explicitCredentials, isImageManifestMediaType, isLoopbackHost, manifestAccept, normalizePlatform, registryScheme, runCredentialHelper, samePlatform, toImageRef

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by
 * comma-separated `name=value` parameters whose values may be quoted strings with `\` escapes.
 * Pure.
 */
const tokenChar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
function parseWwwAuthenticate(header) {
    if (!header)
        return [];
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skipSpace = () => {
        while (i < n && (header[i] === ' ' || header[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < n && tokenChar.test(header[i] ?? ''))
            i++;
        return header.slice(start, i);
    };
    const readQuoted = () => {
        let value = '';
        i++; // opening quote
        while (i < n && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < n)
                i++;
            value += header[i];
            i++;
        }
        i++; // closing quote (or end of input)
        return value;
    };
    while (i < n) {
        skipSpace();
        while (i < n && header[i] === ',') {
            i++;
            skipSpace();
        }
        if (i >= n)
            break;
        const scheme = readToken();
        if (!scheme) {
            i++; // not a token character: skip it rather than loop forever on garbage
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        // Parameters follow until a token that is not followed by '=' (the next challenge's scheme).
        for (;;) {
            skipSpace();
            const save = i;
            const name = readToken();
            skipSpace();
            if (name && header[i] === '=') {
                i++;
                skipSpace();
                if (header[i] === '"')
                    challenge.params[name.toLowerCase()] = readQuoted();
                else if (i < n && tokenChar.test(header[i] ?? ''))
                    challenge.params[name.toLowerCase()] = readToken();
                else {
                    // token68 with '=' padding (`Negotiate abc==`): kept whole, never mistaken for a parameter.
                    while (header[i] === '=')
                        i++;
                    challenge.params.token68 = header.slice(save, i).trim();
                }
            }
            else if (name && Object.keys(challenge.params).length === 0 && (i >= n || header[i] === ',')) {
                challenge.params.token68 = name; // token68 without padding
            }
            else {
                i = save;
                break;
            }
            skipSpace();
            if (header[i] !== ',')
                break;
            i++;
            // `, name=` continues this challenge; `, Scheme …` starts the next one.
            const look = i;
            skipSpace();
            const next = readToken();
            skipSpace();
            const continues = next !== '' && header[i] === '=';
            i = look;
            if (!continues)
                break;
        }
    }
    return challenges;
}
/** The challenge we can answer, preferring Bearer over Basic (as Docker does). */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:<actions>` as the distribution token spec spells scopes. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}

;// CONCATENATED MODULE: ./src/registry/chunks.ts
/** Re-slices a byte stream into fixed-size chunks, holding at most one chunk (plus one read) in memory. */
async function* fixedChunks(stream, chunkBytes) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let view = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        while (view.byteLength > 0) {
            const take = Math.min(chunkBytes - held, view.byteLength);
            parts.push(view.subarray(0, take));
            held += take;
            view = view.subarray(take);
            if (held === chunkBytes) {
                yield Buffer.concat(parts);
                parts = [];
                held = 0;
            }
        }
    }
    if (held > 0)
        yield Buffer.concat(parts);
}
/** Reads a whole (small, size-checked) stream. */
async function readAll(stream) {
    const parts = [];
    for await (const piece of stream)
        parts.push(piece);
    return Buffer.concat(parts);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/digest.ts
/** Content digests: computing them, and verifying a stream as it flows without holding it. */

function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** `sha256` / `sha512` hash name of a digest, or undefined when we cannot verify it. */
function digestAlgorithm(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return algorithm === 'sha256' || algorithm === 'sha512' ? algorithm : undefined;
}
function computeDigest(bytes, algorithm) {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(expected, actual, what) {
        super(`${what}: content digest ${actual} does not match the expected ${expected}; the data was altered or truncated in transit`);
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
/**
 * A pass-through stream that hashes what flows and, at the end, fails the stream if the digest or
 * the size differs from what was expected, so a consumer never commits corrupted bytes.
 */
function verifyingStream(expectedDigest, expectedSize, what) {
    const algorithm = digestAlgorithm(expectedDigest);
    if (!algorithm)
        throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    let size = 0;
    return new TransformStream({
        transform(chunk, controller) {
            size += chunk.byteLength;
            if (expectedSize !== undefined && size > expectedSize) {
                controller.error(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
                return;
            }
            hash.update(chunk);
            controller.enqueue(chunk);
        },
        flush(controller) {
            if (expectedSize !== undefined && size !== expectedSize) {
                controller.error(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== expectedDigest)
                controller.error(new DigestMismatchError(expectedDigest, actual, what));
        },
    });
}

// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/registry/retry.ts
/**
 * When to retry a registry request, and how long to wait. Pure: the clock and the random source
 * come in as arguments so the decisions can be tested as tables.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx except the permanent 501/505, and
 * connection-level failures (reset, hang-up, timeout). Never any other 4xx: a 401 or 404 will
 * not change by asking again. Bounded by attempts AND elapsed time, whichever comes first.
 */
const defaultRetryPolicy = {
    maxAttempts: 5,
    maxElapsedMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
};
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
const transientCodes = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** The innermost `code` / message of an error chain (`fetch failed` → cause → cause). */
function errorChain(error) {
    const chain = [];
    let current = error;
    for (let depth = 0; current && depth < 6; depth++) {
        if (typeof current !== 'object') {
            chain.push({ message: String(current) });
            break;
        }
        const { code, name, message, cause } = current;
        chain.push({
            ...(typeof code === 'string' ? { code } : {}),
            ...(typeof name === 'string' ? { name } : {}),
            message: typeof message === 'string' ? message : '',
        });
        current = cause;
    }
    return chain;
}
/** A dropped connection or a timeout: worth another attempt. Refused/unknown hosts are not (they will not heal in seconds). */
function isTransientNetworkError(error) {
    return errorChain(error).some((link) => (link.code !== undefined && transientCodes.has(link.code)) ||
        link.name === 'TimeoutError' ||
        /socket hang up|other side closed|terminated/i.test(link.message));
}
/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * Exponential backoff with jitter: step = min(maxDelay, base·2^(attempt-1)); the wait is drawn
 * from [step/2, step) so concurrent clients spread out but never hammer at once.
 */
function backoffDelay(attempt, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(step / 2 + (random * step) / 2);
}
function retryDecision(input) {
    const { attempt, outcome, elapsedMs, policy } = input;
    if ('error' in outcome) {
        if (!isTransientNetworkError(outcome.error))
            return { retry: false, reason: 'not a transient network error' };
    }
    else if (!isRetryableStatus(outcome.status)) {
        return { retry: false, reason: `HTTP ${outcome.status} is not retryable` };
    }
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: `gave up after ${attempt} attempts` };
    const retryAfter = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
    const delayMs = retryAfter ?? backoffDelay(attempt, policy, input.random);
    if (elapsedMs + delayMs > policy.maxElapsedMs) {
        return {
            retry: false,
            reason: retryAfter !== undefined
                ? `the registry asked to wait ${Math.ceil(retryAfter / 1000)} s, beyond the ${Math.round(policy.maxElapsedMs / 1000)} s retry budget`
                : `gave up after ${attempt} attempts in ${Math.round(elapsedMs / 1000)} s`,
        };
    }
    return { retry: true, delayMs };
}

;// CONCATENATED MODULE: ./src/registry/errors.ts
/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */


class RegistryError extends errors/* StepError */.zg {
    registry;
    repository;
    status;
    code;
    constructor(message, registry, repository, status, code, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.registry = registry;
        this.repository = repository;
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
        this.transient = options?.transient ?? false;
    }
    /** Another try later might succeed (429, 5xx, a dropped connection): a whole-operation retry may go again. */
    transient;
}
/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        return (body.errors ?? []).map((entry) => ({
            code: typeof entry.code === 'string' ? entry.code : 'UNKNOWN',
            message: typeof entry.message === 'string' ? entry.message : '',
        }));
    }
    catch {
        return [];
    }
}
function where(context) {
    return context.repository ? `${context.registry} for ${context.repository}` : context.registry;
}
function advice(status, context, codes) {
    if (status === 401 && context.insufficientScope && context.credentialSource) {
        return `the account from ${context.credentialSource} is not allowed to do this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
    }
    if (status === 401) {
        return context.credentialSource
            ? `the credentials from ${context.credentialSource} were rejected: check registry-username/registry-password or run docker login ${context.registry}`
            : `no credentials were found for ${context.registry}: set registry-username/registry-password or run docker login ${context.registry}`;
    }
    if (status === 403 || codes.includes('DENIED')) {
        return `the account has no permission for this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
    }
    if (status === 404)
        return `check the image name and that ${context.registry} serves it`;
    if (status === 429)
        return 'the registry is rate limiting: authenticate (anonymous limits are lower) or retry later';
    if (status >= 500)
        return 'the registry failed on its side: retry later, or check the registry status page';
    if (status === 400 && codes.some((code) => /INVALID/.test(code)))
        return 'the registry refused the content it was sent';
    return 'see the registry error above';
}
/** An error for an HTTP answer we cannot go on with. The body text may be empty (HEAD). */
function httpError(status, statusText, bodyText, context) {
    const errors = parseErrorBody(bodyText);
    const codes = errors.map((entry) => entry.code);
    const detail = errors.length
        ? ` (${errors.map((entry) => `${entry.code}${entry.message ? `: ${entry.message}` : ''}`).join('; ').slice(0, 300)})`
        : '';
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    const message = `Registry error while ${context.action}: HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${where(context)}${detail}${gaveUp}; ${advice(status, context, codes)}`;
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: isRetryableStatus(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = errorChain(error);
    const code = chain.map((link) => link.code).find((c) => c !== undefined);
    const innermost = chain[chain.length - 1]?.message ?? String(error);
    let hint = 'check the registry address and that it is reachable from this runner';
    if (code === 'ECONNREFUSED')
        hint = `nothing listens at ${context.registry}: is the registry running, and is the port right?`;
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        hint = `the host name of ${context.registry} does not resolve: check the image reference`;
    else if (scheme === 'https' && chain.some((link) => /wrong version number|EPROTO|certificate|self[- ]signed|ERR_SSL/i.test(`${link.code ?? ''} ${link.message}`))) {
        hint = `TLS failed: if ${context.registry} speaks plain HTTP, list it in insecure-registries`;
    }
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: isTransientNetworkError(error) });
}

;// CONCATENATED MODULE: ./src/registry/media-types.ts
/** Manifest and config media types of OCI and Docker (schema 2), and the Accept header that asks for all. */
const MediaTypes = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
};
const indexTypes = new Set([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);
const imageManifestTypes = new Set([MediaTypes.ociManifest, MediaTypes.dockerManifest]);
/**
 * Sent on every manifest request. Without the index types a registry may answer a multi-platform
 * tag with 404 or convert it; without the Docker types some registries refuse older images.
 */
const manifestAccept = [
    MediaTypes.ociIndex,
    MediaTypes.ociManifest,
    MediaTypes.dockerManifestList,
    MediaTypes.dockerManifest,
].join(', ');
function isIndexMediaType(mediaType) {
    return mediaType !== undefined && indexTypes.has(mediaType);
}
function isImageManifestMediaType(mediaType) {
    return mediaType !== undefined && imageManifestTypes.has(mediaType);
}
/** `Content-Type` without parameters (`; charset=utf-8`), lower-cased. */
function bareMediaType(contentType) {
    const bare = contentType?.split(';')[0]?.trim().toLowerCase();
    return bare ? bare : undefined;
}

;// CONCATENATED MODULE: ./src/registry/copy.ts
/**
 * Copying an image (index, child manifests, blobs) between repositories or registries without a
 * local store: blobs that already exist are skipped, blobs in the same registry are mounted (no
 * bytes move), the rest are streamed source → destination with digest verification. Manifests are
 * PUT with their exact bytes, so the copy has the same digest as the source.
 */





function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function copy_transient(error) {
    if (error instanceof RegistryError)
        return error.transient;
    return error instanceof DigestMismatchError || isTransientNetworkError(error);
}
/**
 * One blob into `dst`: skip if present, mount within a registry, else stream it. A failed stream
 * (dropped connection, 5xx mid-upload, digest mismatch) restarts the whole blob with a fresh
 * upload session, bounded by the client's retry policy.
 */
async function copyBlob(client, src, dst, descriptor) {
    if (descriptor.urls?.length)
        return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
    if (await client.headBlob(dst, descriptor.digest))
        return 'exists';
    let uploadUrl;
    if (sameRegistry(src, dst) && src.repository !== dst.repository) {
        const mount = await client.mountBlob(dst, src, descriptor.digest);
        if (mount.mounted)
            return 'mounted';
        uploadUrl = mount.uploadUrl;
    }
    const { policy, now, random } = client.http.options;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            const stream = await client.openBlob(src, descriptor);
            await client.uploadBlob(dst, descriptor, stream, uploadUrl);
            return 'copied';
        }
        catch (error) {
            uploadUrl = undefined; // a failed session is not reused
            const decision = copy_transient(error)
                ? retryDecision({ attempt, outcome: { status: 503 }, elapsedMs: now() - started, policy, random: random(), nowMs: Date.now() })
                : { retry: false, reason: '' };
            if (!decision.retry) {
                const what = `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`;
                if (error instanceof RegistryError) {
                    if (attempt > 1)
                        error.message = `${error.message} (${what}: ${decision.reason})`;
                    throw error;
                }
                if (error instanceof DigestMismatchError) {
                    throw new RegistryError(`${error.message} (${what}${attempt > 1 ? `; ${decision.reason}` : ''})`, src.registry, src.repository, undefined, 'DIGEST_INVALID', { cause: error });
                }
                throw networkError(error, { registry: src.registry, repository: src.repository, action: what, ...(attempt > 1 ? { gaveUp: decision.reason } : {}) }, 'http');
            }
            client.http.options.log(`blob ${descriptor.digest}: ${error instanceof Error ? error.message : String(error)}; restarting the copy in ${decision.delayMs} ms`);
            await client.http.options.sleep(decision.delayMs);
            if (await client.headBlob(dst, descriptor.digest))
                return 'exists'; // the failed attempt may have completed after all
        }
    }
}
/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects (after in-flight work settles). */
async function forEachLimited(items, limit, work) {
    let next = 0;
    let failure;
    const lane = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
    if (failure)
        throw failure.error;
}
/**
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
async function copyImage(client, srcInput, dstInput, options = {}) {
    const src = typeof srcInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(dstInput) : dstInput;
    const result = { digest: '', mediaType: '', image: '', blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 }, bytesCopied: 0, manifests: 0 };
    const concurrency = options.concurrency ?? 3;
    const top = await client.getManifest(src);
    if (dst.digest && dst.digest !== top.digest) {
        throw new RegistryError(`Cannot copy ${(0,image_ref/* formatImageRef */.kL)(src)} (digest ${top.digest}) to ${(0,image_ref/* formatImageRef */.kL)(dst)}: the digests differ`, dst.registry, dst.repository);
    }
    const copyTree = async (manifest, ref) => {
        if (isIndexMediaType(manifest.mediaType)) {
            for (const child of manifest.manifest.manifests ?? []) {
                if (await client.headManifest((0,image_ref/* withDigest */.hQ)(dst, child.digest)))
                    continue;
                const fetched = await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, child.digest));
                await copyTree(fetched, ref);
                await client.putManifest((0,image_ref/* withDigest */.hQ)(dst, fetched.digest), fetched);
                result.manifests++;
            }
            return;
        }
        const image = manifest.manifest;
        const blobs = [image.config, ...(image.layers ?? [])].filter((d) => Boolean(d?.digest));
        await forEachLimited(blobs, concurrency, async (descriptor) => {
            const outcome = await copyBlob(client, src, dst, descriptor);
            result.blobs[outcome]++;
            if (outcome === 'copied')
                result.bytesCopied += descriptor.size;
        });
    };
    await copyTree(top, src);
    const digest = await client.putManifest(dst.tag ? (0,image_ref/* withTag */.Rd)(dst, dst.tag) : (0,image_ref/* withDigest */.hQ)(dst, top.digest), top);
    result.manifests++;
    if (digest !== top.digest) {
        throw new RegistryError(`The copy of ${(0,image_ref/* formatImageRef */.kL)(src)} at ${(0,image_ref/* formatImageRef */.kL)(dst)} has digest ${digest}, not ${top.digest}`, dst.registry, dst.repository);
    }
    return { ...result, digest, mediaType: top.mediaType, image: (0,image_ref/* formatImageRef */.kL)((0,image_ref/* withDigest */.hQ)(dst, digest)) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */





const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
const dockerHubConfigKey = 'https://index.docker.io/v1/';
/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` → `ghcr.io`. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.toLowerCase() ?? '';
}
function credentials_sameRegistry(registry, key) {
    const wanted = registry.toLowerCase();
    const host = configKeyHost(key);
    if (dockerHubAliases.has(wanted))
        return dockerHubAliases.has(host);
    return host === wanted;
}
function maskCredential(credential, mask) {
    for (const secret of [credential.password, credential.identityToken, credential.registryToken]) {
        if (secret)
            mask(secret);
    }
    if (credential.username !== undefined && credential.password) {
        // The Basic header value is a secret too: it decodes to the password.
        mask(Buffer.from(`${credential.username}:${credential.password}`).toString('base64'));
    }
    return credential;
}
/** Credentials given as action inputs, for the registries they belong to. */
function explicitCredentials(entries, mask = core/* setSecret */.Pq) {
    const masked = entries.map((entry) => maskCredential({ username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' }, mask));
    return async (registry) => {
        const index = entries.findIndex((entry) => credentials_sameRegistry(registry, entry.registry));
        return index === -1 ? undefined : masked[index];
    };
}
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || external_node_path_default().join((0,external_node_os_.homedir)(), '.docker');
}
/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
function dockerConfigCredentials(options = {}) {
    const mask = options.mask ?? core/* setSecret */.Pq;
    const runHelper = options.runHelper ?? runCredentialHelper;
    const cache = new Map();
    return (registry) => {
        const key = registry.toLowerCase();
        let found = cache.get(key);
        if (!found) {
            found = lookUp(registry, options.configDir ?? dockerConfigDir(), runHelper, mask);
            cache.set(key, found);
        }
        return found;
    };
}
async function lookUp(registry, configDir, runHelper, mask) {
    const file = external_node_path_default().join(configDir, 'config.json');
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`Cannot read Docker credentials from ${file}: ${error.message}`, { cause: error });
    }
    const isHub = dockerHubAliases.has(registry.toLowerCase());
    const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => credentials_sameRegistry(registry, key));
    const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
    if (helper) {
        // Helpers store Docker Hub under its legacy URL and everything else under the name used at login.
        const serverUrl = isHub ? dockerHubConfigKey : (helperKey ?? registry);
        const result = await runHelper(helper, serverUrl);
        if (result?.found) {
            const credential = result.username === '<token>'
                ? { identityToken: result.secret, source: `credential helper "${helper}"` }
                : { username: result.username, password: result.secret, source: `credential helper "${helper}"` };
            return maskCredential(credential, mask);
        }
    }
    const auths = config.auths ?? {};
    const authKey = (isHub && dockerHubConfigKey in auths ? dockerHubConfigKey : undefined) ?? Object.keys(auths).find((key) => credentials_sameRegistry(registry, key));
    const entry = authKey ? auths[authKey] : undefined;
    if (!entry)
        return undefined;
    if (entry.auth)
        mask(entry.auth);
    const source = `${file} (auths["${authKey}"])`;
    const credential = { source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            throw new Error(`The "auth" value for ${authKey} in ${file} is not base64 of "username:password"; run docker login ${registry} again`);
        credential.username = decoded.slice(0, colon);
        credential.password = decoded.slice(colon + 1);
    }
    if (entry.username)
        credential.username = entry.username;
    if (entry.password)
        credential.password = entry.password;
    if (entry.identitytoken)
        credential.identityToken = entry.identitytoken;
    if (entry.registrytoken)
        credential.registryToken = entry.registrytoken;
    if (!credential.password && !credential.identityToken && !credential.registryToken)
        return undefined; // an empty entry left by a creds store
    return maskCredential(credential, mask);
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin (argv array, no shell). */
function credentialHelperRunner(options = {}) {
    return (helper, serverUrl) => {
        if (!/^[A-Za-z0-9._-]+$/.test(helper))
            return Promise.resolve({ found: false, detail: `helper name "${helper}" is not valid` });
        const program = `docker-credential-${helper}`;
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: options.timeoutMs ?? 30_000, maxBuffer: 1 << 20, ...(options.env ? { env: options.env } : {}) }, (error, stdout, stderr) => {
                if (error && error.code === 'ENOENT')
                    return resolve(undefined);
                if (error) {
                    const text = `${stdout}${stderr}`.trim();
                    // The helper protocol's "not found" answer; anything else is a broken helper the user must see.
                    if (/credentials not found/i.test(text))
                        return resolve({ found: false, detail: text });
                    return reject(new Error(`${program} get failed for ${serverUrl}: ${text.slice(0, 200) || error.message}`, { cause: error }));
                }
                try {
                    const answer = JSON.parse(stdout);
                    if (!answer.Secret)
                        return resolve({ found: false, detail: 'empty secret' });
                    resolve({ found: true, username: answer.Username ?? '', secret: answer.Secret });
                }
                catch {
                    reject(new Error(`${program} get returned something that is not JSON for ${serverUrl}`));
                }
            });
            child.stdin?.on('error', () => undefined); // a helper that exits without reading stdin
            child.stdin?.end(serverUrl);
        });
    };
}
const runCredentialHelper = credentialHelperRunner();
/** The first source that knows the registry wins (explicit inputs before config.json). */
function chainCredentials(...sources) {
    return async (registry) => {
        for (const source of sources) {
            const credential = await source(registry);
            if (credential)
                return credential;
        }
        return undefined;
    };
}
/**
 * What an action uses: the credentials given as inputs for the image's registry (if any), then
 * Docker's config.json (what docker/login-action left), for every registry the action talks to.
 */
function defaultCredentials(explicit = [], options = {}) {
    const mask = options.mask ?? core/* setSecret */.Pq;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/registry/scheme.ts
/**
 * HTTP or HTTPS for a registry host. Docker's rule: loopback registries (127.0.0.0/8, ::1,
 * localhost) speak plain HTTP; every other registry HTTPS unless listed as insecure
 * (`host`, `host:port`, or a CIDR such as `10.0.0.0/8`). Pure.
 */

/** Splits `host[:port]` / `[v6]:port` into the bare host (no brackets, lower-cased) and the port. */
function splitHostPort(hostPort) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
    if (bracketed)
        return { host: (bracketed[1] ?? '').toLowerCase(), ...(bracketed[2] ? { port: bracketed[2] } : {}) };
    // A bare IPv6 address has several colons and no port.
    if ((hostPort.match(/:/g) ?? []).length > 1)
        return { host: hostPort.toLowerCase() };
    const colon = hostPort.lastIndexOf(':');
    if (colon === -1)
        return { host: hostPort.toLowerCase() };
    return { host: hostPort.slice(0, colon).toLowerCase(), port: hostPort.slice(colon + 1) };
}
function isLoopbackHost(hostPort) {
    const { host } = splitHostPort(hostPort);
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.split('.')[0] === '127';
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
    return false;
}
function matchesInsecureEntry(hostPort, entry) {
    const wanted = entry.trim().replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase();
    if (!wanted)
        return false;
    const { host, port } = splitHostPort(hostPort.toLowerCase());
    if (wanted.includes('/')) {
        // CIDR: applies to IP literals only (Docker does the same after resolving; we do not resolve names).
        const [base = '', bits = ''] = wanted.split('/');
        const family = (0,external_node_net_.isIP)(base);
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || (0,external_node_net_.isIP)(host) !== family)
            return false;
        const list = new external_node_net_.BlockList();
        try {
            list.addSubnet(base, prefix, family === 4 ? 'ipv4' : 'ipv6');
        }
        catch {
            return false;
        }
        return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
    }
    const entryParts = splitHostPort(wanted);
    if (entryParts.host !== host)
        return false;
    return entryParts.port === undefined || entryParts.port === port;
}
function registryScheme(apiHost, insecureRegistries = []) {
    if (isLoopbackHost(apiHost))
        return 'http';
    return insecureRegistries.some((entry) => matchesInsecureEntry(apiHost, entry)) ? 'http' : 'https';
}
/** `http(s)://host[:port]/v2/` for a registry API host. */
function registryBaseUrl(apiHost, insecureRegistries = []) {
    return `${registryScheme(apiHost, insecureRegistries)}://${apiHost}/v2/`;
}

;// CONCATENATED MODULE: ./src/registry/auth.ts



/** Tokens count as expired this long before the server says, so a request never races the expiry. */
const expiryMarginMs = 10_000;
/** The token spec's minimum lifetime when a server gives none. */
const defaultTokenLifetimeS = 60;
class Authorizer {
    options;
    challenges = new Map();
    tokens = new Map();
    pending = new Map();
    /** Token requests sent to realms (what a test counts to see reuse). */
    tokenRequests = 0;
    constructor(options) {
        this.options = options;
    }
    /** Whether we have seen this API host's challenge (or its absence) yet. */
    knows(apiHost) {
        return this.challenges.has(apiHost);
    }
    /** Records the challenge of a 401 (or that a host answered without one). Returns what we can answer. */
    learn(apiHost, challenges) {
        const picked = pickChallenge(challenges);
        this.challenges.set(apiHost, picked ?? null);
        return picked;
    }
    /** Forget tokens for these scopes (a 401 with a token means it expired or was revoked). */
    invalidate(target, scopes) {
        const challenge = this.challenges.get(target.apiHost);
        if (challenge)
            this.tokens.delete(this.tokenKey(challenge, scopes));
    }
    async authorization(target, scopes) {
        const challenge = this.challenges.get(target.apiHost);
        if (!challenge)
            return { kind: 'none' };
        const credential = await this.options.credentials(target.registry);
        if (challenge.scheme === 'basic') {
            if (!credential?.password || credential.username === undefined) {
                return credential ? { kind: 'none', credentialSource: credential.source } : { kind: 'none' };
            }
            const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            this.options.mask(value);
            return { header: `Basic ${value}`, kind: 'basic', credentialSource: credential.source };
        }
        if (credential?.registryToken) {
            return { header: `Bearer ${credential.registryToken}`, kind: 'bearer', credentialSource: credential.source };
        }
        const token = await this.token(target, challenge, scopes, credential);
        return { header: `Bearer ${token}`, kind: 'bearer', ...(credential ? { credentialSource: credential.source } : {}) };
    }
    tokenKey(challenge, scopes) {
        return [challenge.params.realm ?? '', challenge.params.service ?? '', ...[...scopes].sort()].join('\n');
    }
    async token(target, challenge, scopes, credential) {
        const key = this.tokenKey(challenge, scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > this.options.now())
            return cached.token;
        let pending = this.pending.get(key);
        if (!pending) {
            pending = this.requestToken(target, challenge, scopes, credential).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        return pending;
    }
    async requestToken(target, challenge, scopes, credential) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new RegistryError(`${target.registry} asked for a bearer token but named no realm to get it from`, target.registry, undefined, 401);
        let realmUrl;
        try {
            realmUrl = new URL(realm);
        }
        catch {
            throw new RegistryError(`${target.registry} named an invalid token realm "${realm}"`, target.registry, undefined, 401);
        }
        const sendsSecret = Boolean(credential?.password || credential?.identityToken);
        if (sendsSecret && realmUrl.protocol !== 'https:' && !(isLoopbackHost(realmUrl.host) || registryScheme(realmUrl.host, this.options.insecureRegistries) === 'http')) {
            throw new RegistryError(`${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`, target.registry, undefined);
        }
        const service = challenge.params.service;
        const context = { registry: target.registry, action: `getting a token from ${realmUrl.origin}${realmUrl.pathname}` };
        this.tokenRequests++;
        this.options.log(`token request to ${realmUrl.origin}${realmUrl.pathname} for ${scopes.join(' ') || '(no scope)'}`);
        let answer;
        if (credential?.identityToken) {
            // OAuth2 refresh-token grant, as the Docker CLI does with an identity token.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: this.options.clientId ?? 'image-actions' });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            answer = await this.options.fetchToken(realmUrl.toString(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, context);
        }
        else {
            const url = new URL(realmUrl);
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credential?.password && credential.username !== undefined) {
                url.searchParams.set('account', credential.username);
                const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
                this.options.mask(value);
                headers.authorization = `Basic ${value}`;
            }
            answer = await this.options.fetchToken(url.toString(), { method: 'GET', headers }, context);
        }
        if (answer.status !== 200) {
            throw httpError(answer.status, answer.statusText, answer.text, {
                ...context,
                ...(credential ? { credentialSource: credential.source } : {}),
                ...(answer.gaveUp ? { gaveUp: answer.gaveUp } : {}),
            });
        }
        let body;
        try {
            body = JSON.parse(answer.text);
        }
        catch {
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} answered 200 without JSON`, target.registry, undefined, 200);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} returned no token`, target.registry, undefined, 200);
        this.options.mask(token);
        const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : defaultTokenLifetimeS;
        this.tokens.set(this.tokenKey(challenge, scopes), { token, expiresAt: this.options.now() + lifetimeS * 1000 - expiryMarginMs });
        return token;
    }
}

;// CONCATENATED MODULE: ./src/registry/http.ts
/**
 * One registry request: URL and scheme, authorization (challenge → Basic or Bearer, once per
 * 401), bounded retries with backoff, and errors that name registry, repository and status.
 * `fetch` is a seam: tests put a fault-injecting transport (or proxy) in front of the registry.
 */





const defaultMaxBytes = 4 << 20;
class RegistryHttp {
    options;
    auth;
    stats = { requests: 0, retries: 0, blobBytesUploaded: 0 };
    secrets = new Set();
    constructor(options) {
        this.options = options;
        const mask = (secret) => {
            if (secret.length >= 4)
                this.secrets.add(secret);
            options.mask(secret);
        };
        this.auth = new Authorizer({
            credentials: async (registry) => {
                const credential = await options.credentials(registry);
                for (const secret of [credential?.password, credential?.identityToken, credential?.registryToken])
                    if (secret)
                        this.secrets.add(secret);
                return credential;
            },
            fetchToken: (url, init, context) => this.fetchToken(url, init, context),
            mask,
            log: options.log,
            now: options.now,
            insecureRegistries: options.insecureRegistries,
        });
    }
    baseUrl(apiHost) {
        return `${registryScheme(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
    }
    /** Removes every secret we know of from a text (belt and braces for messages built from server answers). */
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
    context(request, extra = {}) {
        return {
            registry: request.target.registry,
            ...(request.target.repository ? { repository: request.target.repository } : {}),
            action: request.action,
            ...extra,
        };
    }
    /** Sends with auth and retries; returns the final answer whatever its status (callers decide). */
    async send(request) {
        const url = /^https?:\/\//.test(request.path) ? request.path : this.baseUrl(request.target.apiHost) + request.path;
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const retry = request.retry ?? true;
        const started = this.options.now();
        let attempt = 0;
        for (;;) {
            attempt++;
            let delayMs;
            try {
                const result = await this.attempt(request, url);
                const { status } = result.response;
                if (!retry || !isRetryableStatus(status))
                    return { ...result, attempts: attempt };
                const decision = retryDecision({
                    attempt,
                    outcome: { status, retryAfter: result.response.headers.get('retry-after') },
                    elapsedMs: this.options.now() - started,
                    policy: this.options.policy,
                    random: this.options.random(),
                    nowMs: Date.now(),
                });
                if (!decision.retry)
                    return { ...result, attempts: attempt, gaveUp: decision.reason };
                await result.response.body?.cancel().catch(() => undefined);
                delayMs = decision.delayMs;
                this.options.log(`${request.method} ${loggable(url)}: HTTP ${status}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`);
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                if (error instanceof BodyTooLargeError) {
                    throw new RegistryError(`Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`, request.target.registry, request.target.repository);
                }
                const decision = retry
                    ? retryDecision({ attempt, outcome: { error }, elapsedMs: this.options.now() - started, policy: this.options.policy, random: this.options.random(), nowMs: Date.now() })
                    : { retry: false, reason: 'not retried' };
                if (!decision.retry) {
                    const gaveUp = attempt > 1 ? decision.reason : undefined;
                    throw this.scrub(networkError(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
                }
                delayMs = decision.delayMs;
                this.options.log(`${request.method} ${loggable(url)}: ${describe(error)}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`);
            }
            this.stats.retries++;
            await this.options.sleep(delayMs);
        }
    }
    /** One attempt, answering at most one auth challenge on the way. */
    async attempt(request, url) {
        const target = request.target;
        let answeredChallenge = false;
        for (;;) {
            const authorization = request.anonymous ? { kind: 'none' } : await this.auth.authorization(target, request.scopes);
            const headers = { 'user-agent': this.options.userAgent, ...request.headers };
            // Credentials go only to the registry's own host, never to a storage backend an upload URL points at.
            if (authorization.header && new URL(url).host === new URL(this.baseUrl(target.apiHost)).host)
                headers.authorization = authorization.header;
            this.stats.requests++;
            const started = this.options.now();
            const response = await this.options.fetch(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                redirect: 'follow',
                ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
            });
            this.options.log(`${request.method} ${loggable(url)} → ${response.status} (${Math.round(this.options.now() - started)} ms)`);
            if (response.status === 401 && !answeredChallenge && !request.anonymous) {
                const known = this.auth.knows(target.apiHost);
                const challenge = this.auth.learn(target.apiHost, parseWwwAuthenticate(response.headers.get('www-authenticate')));
                if (authorization.kind === 'bearer')
                    this.auth.invalidate(target, request.scopes);
                // Ask again only if we can now answer differently: first sight of the challenge, or a stale token.
                const askAgain = challenge !== undefined && (!known || authorization.kind === 'none' || authorization.kind === 'bearer');
                if (askAgain) {
                    const next = await this.auth.authorization(target, request.scopes);
                    if (next.kind !== 'none') {
                        answeredChallenge = true;
                        await response.body?.cancel().catch(() => undefined);
                        continue;
                    }
                }
            }
            else if (!this.auth.knows(target.apiHost) && response.status < 400) {
                this.auth.learn(target.apiHost, []); // anonymous registry: no challenge to wait for
            }
            if (request.read === 'bytes') {
                const bytes = await readLimited(response, request.maxBytes ?? defaultMaxBytes, `${request.method} ${loggable(url)}`);
                return { response, bytes, url, authorization };
            }
            return { response, url, authorization };
        }
    }
    /** Turns a final non-success answer into an error (reads the error body when there is one). */
    async fail(result, request) {
        let text = '';
        if (result.bytes)
            text = new TextDecoder().decode(result.bytes);
        else if (request.method !== 'HEAD')
            text = await result.response.text().catch(() => '');
        else
            await result.response.body?.cancel().catch(() => undefined);
        return this.scrub(httpError(result.response.status, result.response.statusText, text, this.context(request, {
            ...(result.authorization.credentialSource ? { credentialSource: result.authorization.credentialSource } : {}),
            ...(/insufficient_scope/.test(result.response.headers.get('www-authenticate') ?? '') ? { insufficientScope: true } : {}),
            ...(result.gaveUp && (result.attempts > 1 || /asked to wait/.test(result.gaveUp)) ? { gaveUp: result.gaveUp } : {}),
        })));
    }
    scrub(error) {
        const message = this.redact(error.message);
        if (message !== error.message)
            error.message = message;
        return error;
    }
    async fetchToken(url, init, context) {
        const started = this.options.now();
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        let attempt = 0;
        for (;;) {
            attempt++;
            let delayMs;
            try {
                this.stats.requests++;
                const response = await this.options.fetch(url, {
                    method: init.method,
                    headers: { 'user-agent': this.options.userAgent, ...init.headers },
                    ...(init.body !== undefined ? { body: init.body } : {}),
                    signal: AbortSignal.timeout(this.options.requestTimeoutMs),
                });
                const text = new TextDecoder().decode(await readLimited(response, 1 << 20, 'token response'));
                this.options.log(`${init.method} ${loggable(url)} → ${response.status}`);
                const decision = retryDecision({
                    attempt,
                    outcome: { status: response.status, retryAfter: response.headers.get('retry-after') },
                    elapsedMs: this.options.now() - started,
                    policy: this.options.policy,
                    random: this.options.random(),
                    nowMs: Date.now(),
                });
                if (!decision.retry) {
                    return { status: response.status, statusText: response.statusText, text, ...(isRetryableStatus(response.status) ? { gaveUp: decision.reason } : {}) };
                }
                delayMs = decision.delayMs;
            }
            catch (error) {
                if (error instanceof BodyTooLargeError)
                    throw new RegistryError(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
                const decision = retryDecision({ attempt, outcome: { error }, elapsedMs: this.options.now() - started, policy: this.options.policy, random: this.options.random(), nowMs: Date.now() });
                if (!decision.retry)
                    throw this.scrub(networkError(error, { ...context, ...(attempt > 1 ? { gaveUp: decision.reason } : {}) }, scheme));
                delayMs = decision.delayMs;
            }
            this.stats.retries++;
            await this.options.sleep(delayMs);
        }
    }
}
/** URLs without their query (upload state, scopes): enough to follow the log, nothing to leak. */
function loggable(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
}
function describe(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** A body bigger than we agreed to hold in memory (a manifest or config never is). */
class BodyTooLargeError extends Error {
}
async function readLimited(response, maxBytes, what) {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new BodyTooLargeError(`${what}: the answer is ${declared} bytes, more than the ${maxBytes} this client reads into memory`);
    }
    if (!response.body)
        return new Uint8Array();
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw new BodyTooLargeError(`${what}: the answer is more than the ${maxBytes} bytes this client reads into memory`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/registry/platform.ts
const archAliases = {
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    aarch64: { architecture: 'arm64' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    i386: { architecture: '386' },
};
/** Normalized: lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
function normalizePlatform(platform) {
    const os = platform.os.toLowerCase();
    const alias = archAliases[platform.architecture.toLowerCase()];
    const architecture = alias?.architecture ?? platform.architecture.toLowerCase();
    let variant = (platform.variant ?? alias?.variant ?? '').toLowerCase();
    if (architecture === 'arm64' && (variant === 'v8' || variant === '8'))
        variant = '';
    if (architecture === 'arm' && variant === '')
        variant = 'v7';
    if (architecture === 'arm' && /^\d$/.test(variant))
        variant = `v${variant}`;
    if (architecture === 'amd64' && variant === 'v1')
        variant = '';
    return variant ? { os, architecture, variant } : { os, architecture };
}
class PlatformError extends Error {
    constructor(text, problem) {
        super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
        this.name = 'PlatformError';
    }
}
/** `linux/arm64` → {os, architecture}; an unknown shape throws. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new PlatformError(text, 'not two or three parts of letters and digits');
    }
    const [os = '', architecture = '', variant] = parts;
    return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
function formatPlatform(platform) {
    const normal = normalizePlatform(platform);
    return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}
function samePlatform(a, b) {
    return formatPlatform(a) === formatPlatform(b);
}
/** Index entries that are not runnable images: BuildKit attestations, `unknown/unknown`. */
function isAttestation(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
/** The index entry for a platform, or the only image when none is asked for; undefined when absent. */
function selectManifest(manifests, wanted) {
    const images = manifests.filter((descriptor) => !isAttestation(descriptor));
    if (!wanted)
        return images[0];
    return images.find((descriptor) => descriptor.platform && samePlatform(descriptor.platform, wanted));
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * The OCI distribution client: manifests (HEAD/GET/PUT), blobs (HEAD, streamed GET, upload,
 * cross-repository mount), and what the build needs on top (digest resolution, retag, platforms,
 * labels, image copy). Existence checks fail closed: only a 404 from a real registry means absent.
 */












const maxManifestBytes = 4 << 20;
const maxConfigBytes = 16 << 20;
function toImageRef(ref) {
    return typeof ref === 'string' ? (0,image_ref/* parseImageRef */.Q)(ref) : ref;
}
function target(ref) {
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
const pull = (ref) => [repositoryScope(ref.repository, ['pull'])];
const pushPull = (ref) => [repositoryScope(ref.repository, ['pull', 'push'])];
class RegistryClient {
    http;
    apiConfirmed = new Set();
    monolithicMax;
    chunkBytes;
    constructor(options = {}) {
        this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
        this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
        this.http = new RegistryHttp({
            fetch: options.fetch ?? ((url, init) => fetch(url, init)),
            credentials: options.credentials ?? dockerConfigCredentials(options.mask ? { mask: options.mask } : {}),
            insecureRegistries: options.insecureRegistries ?? [],
            policy: { ...defaultRetryPolicy, ...options.retry },
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now: options.now ?? (() => performance.now()),
            log: options.log ?? ((line) => core/* debug */.Yz(line)),
            mask: options.mask ?? ((secret) => core/* setSecret */.Pq(secret)),
            requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
            userAgent: options.userAgent ?? `image-actions node/${process.versions.node}`,
        });
    }
    get stats() {
        return { ...this.http.stats, tokenRequests: this.http.auth.tokenRequests };
    }
    async ok(request, expected) {
        const result = await this.http.send(request);
        if (!expected.includes(result.response.status))
            throw await this.http.fail(result, request);
        return result;
    }
    /** `GET /v2/`: proves the registry answers and the credentials (if any) are accepted. */
    async ping(registry) {
        // A bare host (`ghcr.io`, `myregistry:5000`, `docker.io`) names a registry; anything with a '/' is an image reference.
        const ref = typeof registry !== 'string' ? registry : registry.includes('/') ? (0,image_ref/* parseImageRef */.Q)(registry) : { registry, apiHost: (0,image_ref/* apiHostOf */.gz)(registry) };
        const request = { target: { registry: ref.registry, apiHost: ref.apiHost }, method: 'GET', path: '', scopes: [], action: 'checking the registry API (/v2/)', read: 'bytes' };
        const result = await this.ok(request, [200]);
        this.apiConfirmed.add(ref.apiHost);
        const version = result.response.headers.get('docker-distribution-api-version');
        return { auth: result.authorization.kind, ...(version ? { apiVersion: version } : {}) };
    }
    /**
     * The existence check. Undefined ONLY when the registry answers 404 for the manifest (after
     * confirming, once per host, that a registry API answers at all); 401/403/429/5xx throw.
     */
    async headManifest(refInput) {
        const ref = toImageRef(refInput);
        const request = {
            target: target(ref),
            method: 'HEAD',
            path: `${ref.repository}/manifests/${(0,image_ref/* manifestReference */.Tn)(ref)}`,
            headers: { accept: manifestAccept },
            scopes: pull(ref),
            action: `checking whether ${(0,image_ref/* formatImageRef */.kL)(ref)} exists`,
        };
        const result = await this.http.send(request);
        const { status, headers } = result.response;
        await result.response.body?.cancel().catch(() => undefined);
        if (status === 404) {
            // Registries mark every answer with this header; without it, ask /v2/ once whether one is there.
            if (headers.get('docker-distribution-api-version')?.startsWith('registry/2'))
                this.apiConfirmed.add(ref.apiHost);
            else
                await this.confirmRegistryApi(ref);
            return undefined;
        }
        if (status === 405 || status === 501)
            return this.getManifestIfPresent(ref); // a registry without HEAD support
        if (status !== 200)
            throw await this.http.fail(result, request);
        const digest = headers.get('docker-content-digest');
        if (!digest || (ref.digest && digest !== ref.digest)) {
            // No digest on HEAD (allowed by the spec) or one we do not trust: fetch and compute it.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        const length = headers.get('content-length');
        return { digest, mediaType: bareMediaType(headers.get('content-type')), size: length === null ? undefined : Number(length) };
    }
    /** The GET form of the existence check: absent on 404 (MANIFEST_UNKNOWN / NAME_UNKNOWN), else the manifest or an error. */
    async getManifestIfPresent(ref) {
        try {
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 404) {
                if (!(error.code === 'MANIFEST_UNKNOWN' || error.code === 'NAME_UNKNOWN' || error.code === 'NOT_FOUND'))
                    await this.confirmRegistryApi(ref);
                return undefined;
            }
            throw error;
        }
    }
    /** A 404 means "absent" only if a registry said it: a wrong host or path 404s everything. */
    async confirmRegistryApi(ref) {
        if (this.apiConfirmed.has(ref.apiHost))
            return;
        const request = {
            target: { registry: ref.registry, apiHost: ref.apiHost },
            method: 'GET',
            path: '',
            scopes: [],
            action: 'checking the registry API (/v2/)',
            read: 'bytes',
            maxBytes: 1 << 20,
            anonymous: true, // a 401 with a challenge is proof enough; no token needed
        };
        const result = await this.http.send(request);
        const { status, headers } = result.response;
        const isRegistry = status === 200 || (status === 401 && headers.has('www-authenticate')) || headers.has('docker-distribution-api-version');
        if (!isRegistry) {
            throw new RegistryError(`${ref.registry} does not answer the registry API (GET /v2/ gave HTTP ${status}), so its 404 for ${ref.repository} cannot be trusted to mean "absent": check the image reference`, ref.registry, ref.repository, status);
        }
        this.apiConfirmed.add(ref.apiHost);
    }
    /** The manifest's exact bytes, verified against the digest asked for and the digest the registry claims. */
    async getManifest(refInput) {
        const ref = toImageRef(refInput);
        const request = {
            target: target(ref),
            method: 'GET',
            path: `${ref.repository}/manifests/${(0,image_ref/* manifestReference */.Tn)(ref)}`,
            headers: { accept: manifestAccept },
            scopes: pull(ref),
            action: `reading the manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)}`,
            read: 'bytes',
            maxBytes: maxManifestBytes,
        };
        const result = await this.ok(request, [200]);
        const bytes = result.bytes ?? new Uint8Array();
        const digest = this.verifyDigest(ref, bytes, ref.digest, result.response.headers.get('docker-content-digest'), request.action);
        let manifest;
        try {
            manifest = JSON.parse(new TextDecoder().decode(bytes));
        }
        catch {
            throw new RegistryError(`The manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)} is not JSON`, ref.registry, ref.repository, 200);
        }
        if (manifest.schemaVersion !== 2) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`, ref.registry, ref.repository, 200);
        }
        const header = bareMediaType(result.response.headers.get('content-type'));
        const mediaType = isIndexMediaType(header) || isImageManifestMediaType(header)
            ? header
            : typeof manifest.mediaType === 'string' && manifest.mediaType
                ? manifest.mediaType
                : Array.isArray(manifest.manifests)
                    ? MediaTypes.ociIndex
                    : MediaTypes.ociManifest;
        return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    verifyDigest(ref, bytes, expected, claimed, what) {
        const algorithm = (expected && digestAlgorithm(expected)) || 'sha256';
        const actual = computeDigest(bytes, algorithm);
        for (const want of [expected, claimed && digestAlgorithm(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new RegistryError(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : sha256Digest(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = sha256Digest(manifest.bytes);
        if (ref.digest && ref.digest !== digest && !ref.tag) {
            throw new RegistryError(`Cannot put a manifest whose digest is ${digest} under ${(0,image_ref/* formatImageRef */.kL)(ref)}`, ref.registry, ref.repository);
        }
        const reference = ref.tag ?? ref.digest ?? digest;
        const request = {
            target: target(ref),
            method: 'PUT',
            path: `${ref.repository}/manifests/${reference}`,
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            scopes: pushPull(ref),
            action: `putting the manifest ${digest} as ${ref.repository}:${reference}`,
            read: 'bytes',
        };
        const result = await this.ok(request, [200, 201, 202]);
        const claimed = result.response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest) {
            throw new RegistryError(`${ref.registry} stored the manifest for ${ref.repository}:${reference} as ${claimed}, not ${digest}: the registry changed the content`, ref.registry, ref.repository);
        }
        return digest;
    }
    /**
     * Retag without pull: the same manifest bytes and media type under each new tag. Pass a
     * digest-pinned reference to tag exactly what an existence check saw, even if the tag moves.
     */
    async tagImage(refInput, tags) {
        const ref = toImageRef(refInput);
        const manifest = await this.getManifest(ref);
        for (const tag of tags)
            await this.putManifest((0,image_ref/* withTag */.Rd)(ref, tag), manifest);
        return { digest: manifest.digest, tags: [...tags] };
    }
    /** The digest a reference points at now; a reference pinned by digest is returned as is (no request). */
    async resolveDigest(refInput) {
        const ref = toImageRef(refInput);
        if (ref.digest)
            return ref.digest;
        const head = await this.headManifest(ref);
        if (!head) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`, ref.registry, ref.repository, 404);
        }
        return head.digest;
    }
    async headBlob(repo, digest) {
        const request = { target: target(repo), method: 'HEAD', path: `${repo.repository}/blobs/${digest}`, scopes: pull(repo), action: `checking blob ${digest}` };
        const result = await this.http.send(request);
        await result.response.body?.cancel().catch(() => undefined);
        if (result.response.status === 404)
            return undefined;
        if (result.response.status !== 200)
            throw await this.http.fail(result, request);
        const length = result.response.headers.get('content-length');
        return { size: length === null ? undefined : Number(length) };
    }
    /** A blob as a stream that fails at its end unless digest and size match the descriptor. */
    async openBlob(repo, descriptor) {
        const request = {
            target: target(repo),
            method: 'GET',
            path: `${repo.repository}/blobs/${descriptor.digest}`,
            scopes: pull(repo),
            action: `reading blob ${descriptor.digest}`,
            read: 'stream',
            timeoutMs: null,
        };
        const result = await this.ok(request, [200]);
        const body = result.response.body ?? new ReadableStream({ start: (controller) => controller.close() });
        return body.pipeThrough(verifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`));
    }
    /** A small blob (a config) read whole and verified. */
    async readBlob(repo, descriptor, maxBytes = maxConfigBytes) {
        if (descriptor.size > maxBytes) {
            throw new RegistryError(`Blob ${descriptor.digest} in ${repo.repository} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`, repo.registry, repo.repository);
        }
        const request = {
            target: target(repo),
            method: 'GET',
            path: `${repo.repository}/blobs/${descriptor.digest}`,
            scopes: pull(repo),
            action: `reading blob ${descriptor.digest}`,
            read: 'bytes',
            maxBytes,
        };
        const result = await this.ok(request, [200]);
        const bytes = result.bytes ?? new Uint8Array();
        this.verifyDigest(repo, bytes, descriptor.digest, null, request.action);
        return bytes;
    }
    /**
     * Cross-repository mount: the registry links a blob it already holds into `to` without any bytes
     * moving. Needs push on `to` and pull on `from`. A 202 means the registry declined (another
     * storage, no access): the upload session it opened is returned for a normal upload.
     */
    async mountBlob(to, from, digest) {
        const request = {
            target: target(to),
            method: 'POST',
            path: `${to.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`,
            scopes: [...pushPull(to), ...pull(from)],
            action: `mounting blob ${digest} from ${from.repository}`,
            read: 'bytes',
        };
        const result = await this.ok(request, [201, 202]);
        if (result.response.status === 201)
            return { mounted: true };
        return { mounted: false, uploadUrl: this.location(result, request) };
    }
    location(result, request) {
        const location = result.response.headers.get('location');
        if (!location)
            throw new RegistryError(`${request.target.registry} answered ${result.response.status} without a Location while ${request.action}`, request.target.registry, request.target.repository, result.response.status);
        return new URL(location, result.url).toString();
    }
    /**
     * Uploads a blob from a stream: one PUT for small blobs, else PATCH chunks of `uploadChunkBytes`
     * (never more than one chunk in memory) and a closing PUT with the digest. A stream that fails
     * (digest or size mismatch, source dropped) aborts before the closing PUT, so nothing is committed.
     */
    async uploadBlob(to, descriptor, source, uploadUrl) {
        let url = uploadUrl ?? (await this.startUpload(to));
        const base = { target: target(to), scopes: pushPull(to), retry: false, read: 'bytes' };
        try {
            if (descriptor.size <= this.monolithicMax) {
                const body = await readAll(source);
                const request = {
                    ...base,
                    method: 'PUT',
                    path: withQuery(url, 'digest', descriptor.digest),
                    headers: { 'content-type': 'application/octet-stream' },
                    body,
                    action: `uploading blob ${descriptor.digest} (${body.byteLength} bytes)`,
                };
                this.http.stats.blobBytesUploaded += body.byteLength;
                await this.ok(request, [201]);
                return;
            }
            let offset = 0;
            for await (const chunk of fixedChunks(source, this.chunkBytes)) {
                const request = {
                    ...base,
                    method: 'PATCH',
                    path: url,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.byteLength - 1}` },
                    body: chunk,
                    action: `uploading blob ${descriptor.digest} (bytes ${offset}–${offset + chunk.byteLength - 1})`,
                    timeoutMs: null,
                };
                this.http.stats.blobBytesUploaded += chunk.byteLength;
                const result = await this.ok(request, [202]);
                url = this.location(result, request);
                offset += chunk.byteLength;
            }
            await this.ok({ ...base, method: 'PUT', path: withQuery(url, 'digest', descriptor.digest), action: `completing the upload of blob ${descriptor.digest}` }, [201]);
        }
        catch (error) {
            await source.cancel().catch(() => undefined);
            // Best effort: let the registry drop the half-written session now rather than at its GC.
            await this.http
                .send({ target: target(to), method: 'DELETE', path: url, scopes: pushPull(to), action: 'cancelling an upload', retry: false, read: 'bytes' })
                .catch(() => undefined);
            throw error;
        }
    }
    async startUpload(to) {
        const request = { target: target(to), method: 'POST', path: `${to.repository}/blobs/uploads/`, scopes: pushPull(to), action: 'starting a blob upload', read: 'bytes' };
        const result = await this.ok(request, [202]);
        return this.location(result, request);
    }
    /** The image config; for an index, that of `platform` (default: the first image in it). */
    async imageConfig(refInput, platform) {
        const ref = toImageRef(refInput);
        const image = await this.imageManifest(ref, platform);
        const bytes = await this.readBlob(ref, image.config);
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    /** The single-platform manifest of an image: the manifest itself, or the matching index entry. */
    async imageManifest(refInput, platform) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        let fetched = top;
        if (isIndexMediaType(top.mediaType)) {
            const entries = top.manifest.manifests ?? [];
            const entry = selectManifest(entries, platform);
            if (!entry) {
                const available = entries.filter((e) => !isAttestation(e) && e.platform).map((e) => formatPlatform(e.platform));
                throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has no ${platform ? formatPlatform(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
            }
            fetched = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
        }
        return { ...manifest, digest: fetched.digest };
    }
    /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
    async imagePlatforms(refInput) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        if (!isIndexMediaType(top.mediaType)) {
            const manifest = top.manifest;
            const config = JSON.parse(new TextDecoder().decode(await this.readBlob(ref, manifest.config)));
            return [platformOf(config)];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if (isAttestation(entry))
                continue;
            if (entry.platform) {
                platforms.push(normalizePlatform(entry.platform));
            }
            else if (isImageManifestMediaType(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
                const config = JSON.parse(new TextDecoder().decode(await this.readBlob(ref, child.manifest.config)));
                platforms.push(platformOf(config));
            }
        }
        return platforms;
    }
    /** Copies an image (index, children, blobs) to `dst`; see copy.ts. Same digest at the destination. */
    copyImage(src, dst, options) {
        return copyImage(this, src, dst, options);
    }
    /** One blob into `dst`: skipped if present, mounted within a registry, else streamed. */
    copyBlob(src, dst, descriptor) {
        return copyBlob(this, src, dst, descriptor);
    }
    /** Labels from the image config (for an index: the given platform's, default the first image's). */
    async imageLabels(refInput, platform) {
        const config = await this.imageConfig(refInput, platform);
        return { ...(config.config?.Labels ?? {}) };
    }
}
function platformOf(config) {
    return normalizePlatform({ os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) });
}
/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url, name, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

;// CONCATENATED MODULE: ./src/registry/index.ts
/** The registry client's public surface (what actions import). */










/***/ })

};
