export const id = 51;
export const ids = [51];
export const modules = {

/***/ 1051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/build-definition.ts + 2 modules
var build_definition = __webpack_require__(3949);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/core/registration.ts


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
        throw new errors/* InputError */.dz('image', 'is required but empty', fix);
    let digest;
    try {
        digest = (0,image_ref/* parseImageRef */.Q)(value).digest;
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            throw new errors/* InputError */.dz('image', error.message, fix);
        throw error;
    }
    if (!digest)
        throw new errors/* InputError */.dz('image', `'${value}' is not pinned by digest (no @sha256:\u2026)`, fix);
    if (!digest.startsWith('sha256:'))
        throw new errors/* InputError */.dz('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
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
            throw new errors/* InputError */.dz('endpoint', 'is not used by metaflow, which has no server to call', 'Leave endpoint empty and name the Metaflow config file in platform-settings (config-file=\u2026)');
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
        throw new errors/* InputError */.dz('endpoint', 'is required but empty', fix);
    if (/\s/.test(trimmed))
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' contains whitespace`, fix);
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
    if ((platform === 'catalog' || platform === 'zenml') && !hasScheme)
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' is not a URL (no http:// or https://)`, fix);
    if (platform === 'dataworks' && !hasScheme && /^[a-z]{2,}(-[a-z0-9]+)+$/.test(trimmed))
        return trimmed; // a region id
    let url;
    try {
        url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
    }
    catch {
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' is not a valid URL`, fix);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' must use http:// or https://`, fix);
    if (url.username || url.password) {
        // Never echo it: the user part may be a credential.
        throw new errors/* InputError */.dz('endpoint', 'carries credentials (user:password@)', 'Pass the credentials through token (or the access-key inputs) and the endpoint without them');
    }
    if (url.search || url.hash)
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' has a query or fragment`, fix);
    return trimmed.replace(/\/+$/, '');
}
function checkImageName(platform, value) {
    if (value === '')
        throw new errors/* InputError */.dz('image-name', 'is required but empty', 'Name the image on the platform, e.g. ml-runtime');
    if (platform === 'catalog' && (value.length > 128 || !CATALOG_IMAGE_NAME.test(value))) {
        const suggestion = value
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^[._-]+|[._-]+$/g, '')
            .slice(0, 128);
        throw new errors/* InputError */.dz('image-name', `'${value}' is not a catalog image name (lowercase letters and digits, separated by '.', '_' or '-'; at most 128)`, suggestion ? `Use e.g. '${suggestion}'` : 'Use e.g. ml-runtime');
    }
    return value;
}
function checkCommit(value) {
    if (!COMMIT.test(value)) {
        throw new errors/* InputError */.dz('commit', value === '' ? 'is empty and GITHUB_SHA is not set' : `'${value}' is not a full commit id (40 or 64 lowercase hex)`, "Pass the git-state step's `commit` output");
    }
    return value;
}
function checkHash(value) {
    if (!FULL_HASH.test(value)) {
        throw new errors/* InputError */.dz('hash', value === '' ? 'is required but empty' : `'${value}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
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
        throw new errors/* InputError */.dz(INPUT_NAMES[key], `is not used by ${platform} (only by ${users.join(', ')})`, fix);
    }
    if ((platform === 'catalog' || platform === 'databricks') && !given.token && !given.oidcAudience) {
        throw new errors/* InputError */.dz('token', `is empty and no oidc-audience is set: ${platform} needs credentials`, `Pass a token from secrets (token: \${{ secrets.\u2026 }}), or set oidc-audience with 'permissions: id-token: write'`);
    }
    if (platform === 'zenml' && !given.token) {
        throw new errors/* InputError */.dz('token', 'is empty: zenml needs the API key of a service account', 'Pass it from secrets (token: ${{ secrets.ZENML_API_KEY }})');
    }
}

// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/core/version-policy.ts + 1 modules
var version_policy = __webpack_require__(7919);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/runtime/http-transport.ts
var http_transport = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/runtime/stream-memory.ts
/**
 * Memory reuse for large streamed bodies (a blob copy): see `streamedBytes`. Its own file because
 * it changes a V8 flag at run time, as large-tree.ts does for hashing, and only a blob copy needs it.
 */
let collect;
let sinceCollect = 0;
/**
 * Counts bytes streamed through node:http (a blob copy) and collects V8's young generation every
 * 2 MiB of them. Every socket read of a large body allocates fresh 64 KiB buffers outside the JS
 * heap (the read, and the parser's copy of the body), and V8 frees them only when it next
 * collects, which a heap that hardly grows seldom does: a 111 MB copy then touches about 100 MB of
 * new memory, and first touches are what cost on a VM (page faults: reading 111 MB with
 * node:http took ~0.75 s of CPU in a fresh process here, ~0.2 s with these collections). A minor
 * collection (about a millisecond) frees what was written out since the last one, and the
 * allocator hands the same memory out again. `gc` comes from a context made after `--expose-gc`
 * is set; where that fails, nothing is collected early.
 */
function streamedBytes(bytes) {
    sinceCollect += bytes;
    if (sinceCollect < 2 << 20)
        return;
    sinceCollect = 0;
    if (collect === undefined) {
        try {
            process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
            collect = process.getBuiltinModule('node:vm').runInNewContext('gc');
        }
        catch {
            collect = null;
        }
    }
    collect?.({ type: 'minor' });
}

;// CONCATENATED MODULE: ./src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 \u00a711.6.1): one or more challenges, each a scheme followed by
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
            // `, name=` continues this challenge; `, Scheme \u2026` starts the next one.
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

;// CONCATENATED MODULE: ./src/runtime/concurrency.ts
/**
 * Bounded concurrency, the two shapes the toolkit needs: a limiter that tasks pass through one by
 * one as they come (plan: hashes and registry lookups), and a fixed list worked through in lanes
 * (blob copies and uploads); and reading the results of work started together, in a fixed order.
 */
/** Runs tasks with at most `limit` of them in flight. */
function limiter(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
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
 * The value of one of `Promise.allSettled`'s results, or its error: reading them in a fixed order
 * reports the first failure by that order, not by which answer came back first.
 */
function settledValue(result) {
    if (result.status === 'rejected')
        throw result.reason;
    return result.value;
}

// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/retry.ts
var core_retry = __webpack_require__(7253);
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
/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"\u2026"}]}`. */
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
        ? ` (${errors
            .map((entry) => `${entry.code}${entry.message ? `: ${entry.message}` : ''}`)
            .join('; ')
            .slice(0, 300)})`
        : '';
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    const message = `Registry error while ${context.action}: HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${where(context)}${detail}${gaveUp}; ${advice(status, context, codes)}`;
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: (0,core_retry/* isRetryableStatus */.PS)(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = (0,core_retry/* errorChain */.eB)(error);
    const code = chain.map((link) => link.code).find((c) => c !== undefined);
    const innermost = chain[chain.length - 1]?.message ?? String(error);
    let hint = 'check the registry address and that it is reachable from this runner';
    if (code === 'ECONNREFUSED')
        hint = `nothing listens at ${context.registry}: is the registry running, and is the port right?`;
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        hint = `the host name of ${context.registry} does not resolve: check the image reference`;
    else if (scheme === 'https' &&
        chain.some((link) => /wrong version number|EPROTO|certificate|self[- ]signed|ERR_SSL/i.test(`${link.code ?? ''} ${link.message}`))) {
        hint = `TLS failed: if ${context.registry} speaks plain HTTP, list it in insecure-registries`;
    }
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: (0,core_retry/* isTransientNetworkError */.l)(error) });
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
const manifestAccept = [MediaTypes.ociIndex, MediaTypes.ociManifest, MediaTypes.dockerManifestList, MediaTypes.dockerManifest].join(', ');
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

// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
;// CONCATENATED MODULE: ./src/registry/copy.ts







function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function copy_transient(error) {
    if (error instanceof RegistryError)
        return error.transient;
    return error instanceof core_digest/* DigestMismatchError */.h || (0,core_retry/* isTransientNetworkError */.l)(error);
}
/**
 * One blob into `dst`: mounted when the source names another repository of the same registry,
 * else skipped if present (HEAD), else uploaded. The mount is asked first, without a HEAD: a
 * registry answers 201 whether the blob was there already or is mounted now, so one request
 * settles the blob either way. A failed upload (dropped connection, 5xx mid-upload, digest
 * mismatch) restarts the whole blob with a fresh upload session, bounded by the client's retry
 * policy. A mount the registry refuses outright (401/403/404: no pull on the other repository)
 * falls back to a plain upload; a mount it declines (202: no mounts, as ECR) hands over its
 * session for the upload, unless a HEAD then finds the blob there already.
 */
async function pushBlob(client, dst, descriptor, source) {
    let uploadUrl;
    if (source.mountFrom && sameRegistry(source.mountFrom, dst) && source.mountFrom.repository !== dst.repository) {
        try {
            const mount = await client.mountBlob(dst, source.mountFrom, descriptor.digest);
            if (mount.mounted)
                return 'mounted';
            uploadUrl = mount.uploadUrl;
        }
        catch (error) {
            if (!(error instanceof RegistryError) || error.transient || error.status === undefined)
                throw error;
            client.http.options.log(`blob ${descriptor.digest}: no mount from ${source.mountFrom.repository} (${error.message}); uploading it`);
        }
    }
    if (await client.headBlob(dst, descriptor.digest)) {
        if (uploadUrl)
            await client.cancelUpload(dst, uploadUrl);
        return 'exists';
    }
    const fail = (error, gaveUp) => {
        if (error instanceof RegistryError) {
            if (gaveUp)
                error.message = `${error.message} (${source.action}: ${gaveUp})`;
            throw error;
        }
        if (error instanceof core_digest/* DigestMismatchError */.h) {
            throw new RegistryError(`${error.message} (${source.action}${gaveUp ? `; ${gaveUp}` : ''})`, source.registry, source.repository, undefined, 'DIGEST_INVALID', { cause: error });
        }
        throw networkError(error, { registry: source.registry, repository: source.repository, action: source.action, ...(gaveUp ? { gaveUp } : {}) }, 'http');
    };
    const options = client.http.retryOptions(({ delayMs, reason }) => client.http.options.notice(`blob ${descriptor.digest}: ${reason}; restarting its upload in ${delayMs} ms`));
    return (0,runtime_retry/* retryLoop */.rU)(options, async (attempt) => {
        if (attempt > 1 && (await client.headBlob(dst, descriptor.digest)))
            return { done: 'exists' }; // the failed attempt may have completed after all
        try {
            await client.uploadBlob(dst, descriptor, await source.open(), uploadUrl);
            return { done: 'uploaded' };
        }
        catch (error) {
            uploadUrl = undefined; // a failed session is not reused
            if (!copy_transient(error))
                fail(error, undefined);
            return {
                failed: { status: 503, retryable: true },
                reason: error instanceof Error ? error.message : String(error),
                giveUp: (stop, attempts) => fail(error, attempts > 1 ? stop : undefined),
            };
        }
    });
}
/** One blob into `dst`: skipped if present, mounted within a registry, else streamed from `src`. */
async function copyBlob(client, src, dst, descriptor) {
    if (descriptor.urls?.length)
        return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
    const outcome = await pushBlob(client, dst, descriptor, {
        open: () => client.openBlob(src, descriptor),
        ...(sameRegistry(src, dst) ? { mountFrom: src } : {}),
        registry: src.registry,
        repository: src.repository,
        action: `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`,
    });
    return outcome === 'uploaded' ? 'copied' : outcome;
}
/**
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
async function copyImage(client, srcInput, dstInput, options = {}) {
    const src = typeof srcInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(dstInput) : dstInput;
    const result = {
        digest: '',
        mediaType: '',
        image: '',
        blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 },
        bytesCopied: 0,
        manifests: 0,
    };
    const concurrency = options.concurrency ?? 3;
    const top = options.manifest ?? (await client.getManifest(src));
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

// EXTERNAL MODULE: ./src/runtime/stdio.ts
var stdio = __webpack_require__(9921);
;// CONCATENATED MODULE: ./src/runtime/exec.ts
/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */


/** The nice value of a background command (see RunOptions.background). */
const BACKGROUND_PRIORITY = 10;
/** The command is not installed or not on PATH. */
class CommandNotFoundError extends errors/* StepError */.zg {
    command;
    constructor(command, cause) {
        super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
        this.command = command;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] \u2026` and streams their output to `sink` (stdout by default). */
class SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = stdio/* writeLog */.ur, captureLimit = DEFAULT_CAPTURE_LIMIT) {
        this.sink = sink;
        this.captureLimit = captureLimit;
    }
    run(command, args, options = {}) {
        if (!options.quiet)
            this.sink(`[command] ${formatCommand(command, args)}\n`);
        const env = { ...process.env };
        for (const [name, value] of Object.entries(options.env ?? {})) {
            if (value === undefined)
                delete env[name];
            else
                env[name] = value;
        }
        // Loaded at the first command, not at start: a hash of a plain folder starts no process at all.
        const { spawn } = process.getBuiltinModule('node:child_process');
        return new Promise((resolve, reject) => {
            const child = spawn(command, args, {
                cwd: options.cwd,
                env,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            if (options.background && child.pid !== undefined) {
                try {
                    process.getBuiltinModule('node:os').setPriority(child.pid, BACKGROUND_PRIORITY);
                }
                catch {
                    // Speed only: the command runs as well at the usual priority.
                }
            }
            let captured = '';
            const stdoutChunks = [];
            let stdoutTail = '';
            // Keep the tail: failures are explained by the last lines.
            const keepTail = (text) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
            // Decoded per stream, so a character split across chunks stays whole.
            if (!options.onStdout)
                child.stdout?.setEncoding('utf8');
            child.stderr?.setEncoding('utf8');
            if (options.onStdout)
                child.stdout?.on('data', options.onStdout);
            else
                child.stdout?.on('data', (text) => {
                    if (options.quiet) {
                        stdoutChunks.push(text);
                        return;
                    }
                    this.sink(text);
                    stdoutTail = keepTail(stdoutTail + text);
                    captured = keepTail(captured + text);
                });
            child.stderr?.on('data', (text) => {
                if (!options.quiet)
                    this.sink(text);
                captured = keepTail(captured + text);
            });
            if (options.input !== undefined) {
                child.stdin?.on('error', () => undefined); // a command that exits without reading its input
                child.stdin?.end(options.input);
            }
            let timedOut = false;
            const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs);
            child.once('error', (error) => {
                clearTimeout(timer);
                reject(error.code === 'ENOENT'
                    ? new CommandNotFoundError(command, error)
                    : new errors/* StepError */.zg(`Cannot run ${command}: ${error.message}`, { cause: error }));
            });
            child.once('close', (code, signal) => {
                clearTimeout(timer);
                if (signal && !captured.endsWith('\n') && captured !== '')
                    captured += '\n';
                if (timedOut)
                    captured += `timed out after ${options.timeoutMs} ms\n`;
                else if (signal)
                    captured += `killed by ${signal}\n`;
                resolve({ exitCode: code ?? 128, output: captured, stdout: options.quiet ? stdoutChunks.join('') : stdoutTail });
            });
        });
    }
}
/** A command line for humans (quoted where needed); argv itself never goes through a shell. */
function formatCommand(command, args) {
    return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`)).join(' ');
}
/** The last `count` non-empty lines of a log. */
function logTail(log, count = 30) {
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
}
/** A failure that names the command and shows the tail of what it printed. */
function commandFailed(what, result, lines = 30) {
    const tail = logTail(result.output, lines);
    return new StepError(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */




const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
const dockerHubConfigKey = 'https://index.docker.io/v1/';
/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` \u2192 `ghcr.io`. */
function configKeyHost(key) {
    return (key
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        ?.toLowerCase() ?? '');
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
function explicitCredentials(entries, mask = actions_core/* setSecret */.Pq) {
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
    const mask = options.mask ?? actions_core/* setSecret */.Pq;
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
        config = JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8'));
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
    const authKey = (isHub && dockerHubConfigKey in auths ? dockerHubConfigKey : undefined) ??
        Object.keys(auths).find((key) => credentials_sameRegistry(registry, key));
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
    const exec = options.exec ?? new SpawnRunner();
    return async (helper, serverUrl) => {
        if (!/^[A-Za-z0-9._-]+$/.test(helper))
            return { found: false, detail: `helper name "${helper}" is not valid` };
        const program = `docker-credential-${helper}`;
        let result;
        try {
            result = await exec.run(program, ['get'], {
                quiet: true,
                input: serverUrl,
                timeoutMs: options.timeoutMs ?? 30_000,
                ...(options.env ? { env: options.env } : {}),
            });
        }
        catch (error) {
            if (error instanceof CommandNotFoundError)
                return undefined;
            throw error;
        }
        if (result.exitCode !== 0) {
            const text = `${result.stdout}${result.output}`.trim();
            // The helper protocol's "not found" answer; anything else is a broken helper the user must see.
            if (/credentials not found/i.test(text))
                return { found: false, detail: text };
            throw new Error(`${program} get failed for ${serverUrl}: ${text.slice(0, 200) || `exit code ${result.exitCode}`}`);
        }
        try {
            const answer = JSON.parse(result.stdout);
            if (!answer.Secret)
                return { found: false, detail: 'empty secret' };
            return { found: true, username: answer.Username ?? '', secret: answer.Secret };
        }
        catch {
            throw new Error(`${program} get returned something that is not JSON for ${serverUrl}`);
        }
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
    const mask = options.mask ?? actions_core/* setSecret */.Pq;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/core/registry-hosts.ts
/**
 * HTTP or HTTPS for a registry host, for the registry client and the builders alike. Docker's
 * rule: loopback registries (127.0.0.0/8, ::1, localhost) speak plain HTTP; every other registry
 * HTTPS unless listed as insecure (`host`, `host:port`, or a CIDR such as `10.0.0.0/8`). Pure.
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
    const wanted = entry
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '')
        .toLowerCase();
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
/** Plain HTTP (no TLS verification) for this `host[:port]`: loopback always, else when listed as insecure. */
function isInsecureRegistry(apiHost, insecureRegistries = []) {
    return isLoopbackHost(apiHost) || insecureRegistries.some((entry) => matchesInsecureEntry(apiHost, entry));
}
function registryScheme(apiHost, insecureRegistries = []) {
    return isInsecureRegistry(apiHost, insecureRegistries) ? 'http' : 'https';
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
        if (sendsSecret && realmUrl.protocol !== 'https:' && !isInsecureRegistry(realmUrl.host, this.options.insecureRegistries)) {
            throw new RegistryError(`${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`, target.registry, undefined);
        }
        const service = challenge.params.service;
        const context = { registry: target.registry, action: `getting a token from ${realmUrl.origin}${realmUrl.pathname}` };
        this.tokenRequests++;
        this.options.log(`token request to ${realmUrl.origin}${realmUrl.pathname} for ${scopes.join(' ') || '(no scope)'}`);
        let answer;
        if (credential?.identityToken) {
            // OAuth2 refresh-token grant, as the Docker CLI does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.identityToken,
                client_id: this.options.clientId ?? 'image-actions',
            });
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

// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
;// CONCATENATED MODULE: ./src/registry/http.ts








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
        return (0,redact/* redact */.E)(text, this.secrets);
    }
    context(request, extra = {}) {
        return {
            registry: request.target.registry,
            ...(request.target.repository ? { repository: request.target.repository } : {}),
            action: request.action,
            ...extra,
        };
    }
    /** The retry loop's options with this client's policy and seams; `onRetry` is counted here. */
    retryOptions(onRetry) {
        const { policy, sleep, random, now } = this.options;
        return {
            policy: { ...policy, sleep, random, now },
            server: 'the registry',
            onRetry: (retry) => {
                this.stats.retries++;
                onRetry(retry);
            },
        };
    }
    /** Sends with auth and retries; returns the final answer whatever its status (callers decide). */
    async send(request) {
        const url = /^https?:\/\//.test(request.path) ? request.path : this.baseUrl(request.target.apiHost) + request.path;
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const retry = request.retry ?? true;
        const options = this.retryOptions(({ attempt, delayMs, reason }) => this.options.notice(`${request.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`));
        return (0,runtime_retry/* retryLoop */.rU)(options, async (attempt) => {
            let result;
            try {
                result = await this.attempt(request, url);
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                if (error instanceof BodyTooLargeError) {
                    throw new RegistryError(`Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`, request.target.registry, request.target.repository);
                }
                const fail = (gaveUp) => {
                    throw this.scrub(networkError(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
                };
                if (!retry)
                    fail();
                return { failed: { error }, reason: describe(error), giveUp: (stop, attempts) => fail(attempts > 1 ? stop : undefined) };
            }
            const { status } = result.response;
            if (!retry || !(0,core_retry/* isRetryableStatus */.PS)(status))
                return { done: { ...result, attempts: attempt } };
            return {
                failed: { status, retryAfter: result.response.headers.get('retry-after') },
                reason: `HTTP ${status}`,
                giveUp: (stop) => ({ ...result, attempts: attempt, gaveUp: stop }),
                discard: () => result.response.body?.cancel().catch(() => undefined) ?? Promise.resolve(),
            };
        });
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
                ...(request.body instanceof Uint8Array
                    ? { body: request.body }
                    : request.body
                        ? { body: (0,http_transport/* streamBody */.tY)(request.body), duplex: 'half' }
                        : {}),
                redirect: 'follow',
                ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
            });
            this.options.log(`${request.method} ${loggable(url)} \u2192 ${response.status} (${Math.round(this.options.now() - started)} ms)`);
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
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const options = this.retryOptions(({ delayMs, reason }) => this.options.notice(`${init.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms`));
        return (0,runtime_retry/* retryLoop */.rU)(options, async () => {
            let answer;
            try {
                this.stats.requests++;
                const response = await this.options.fetch(url, {
                    method: init.method,
                    headers: { 'user-agent': this.options.userAgent, ...init.headers },
                    ...(init.body !== undefined ? { body: init.body } : {}),
                    signal: AbortSignal.timeout(this.options.requestTimeoutMs),
                });
                const text = new TextDecoder().decode(await readLimited(response, 1 << 20, 'token response'));
                this.options.log(`${init.method} ${loggable(url)} \u2192 ${response.status}`);
                answer = { status: response.status, statusText: response.statusText, text, retryAfter: response.headers.get('retry-after') };
            }
            catch (error) {
                if (error instanceof BodyTooLargeError)
                    throw new RegistryError(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
                return {
                    failed: { error },
                    reason: describe(error),
                    giveUp: (stop, attempts) => {
                        throw this.scrub(networkError(error, { ...context, ...(attempts > 1 ? { gaveUp: stop } : {}) }, scheme));
                    },
                };
            }
            const { retryAfter, ...result } = answer;
            if (!(0,core_retry/* isRetryableStatus */.PS)(result.status))
                return { done: result };
            return {
                failed: { status: result.status, retryAfter },
                reason: `HTTP ${result.status}`,
                giveUp: (stop) => ({ ...result, gaveUp: stop }),
            };
        });
    }
}
/** URLs without their query (upload state, scopes): enough to follow the log, nothing to leak. */
function loggable(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?\u2026`;
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

;// CONCATENATED MODULE: ./src/core/platforms.ts
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
            throw new InputError(input, `'${item}' is not a platform specifier buildx accepts`, 'Use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7, separated by commas');
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

;// CONCATENATED MODULE: ./src/registry/platform.ts
/**
 * Platform choices inside an OCI index: which entries are runnable images, and which one a
 * platform asks for. Platform strings themselves (parse, format, compare) are core/platforms.ts. Pure.
 */

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
 * Registry retries: 429 (after `Retry-After`), 5xx except 501/505, dropped connections; equal
 * jitter; a `Retry-After` honoured exactly unless it passes the time budget.
 */
/** Distribution error codes that mean "no such manifest" (a bare 404 is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);
const defaultRetryPolicy = {
    maxAttempts: 5,
    maxElapsedMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
};
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
/** One PATCH of an upload session: never retried on its own (a body cannot be sent twice), no time limit. */
function blobPatch(to, path, body, headers, action) {
    return {
        target: target(to),
        scopes: pushPull(to),
        retry: false,
        read: 'bytes',
        method: 'PATCH',
        path,
        headers: { 'content-type': 'application/octet-stream', ...headers },
        body,
        action,
        timeoutMs: null,
    };
}
class RegistryClient {
    http;
    apiConfirmed = new Set();
    monolithicMax;
    chunkBytes;
    uploadMode;
    constructor(options = {}) {
        this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
        this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
        this.uploadMode = options.uploadMode ?? 'chunks';
        this.http = new RegistryHttp({
            fetch: options.fetch ?? http_transport/* httpTransport */.k6,
            credentials: options.credentials ?? dockerConfigCredentials(options.mask ? { mask: options.mask } : {}),
            insecureRegistries: options.insecureRegistries ?? [],
            policy: { ...defaultRetryPolicy, ...options.retry },
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now: options.now ?? (() => performance.now()),
            log: options.log ?? ((line) => actions_core/* debug */.Yz(line)),
            notice: options.notice ?? options.log ?? ((line) => actions_core/* info */.pq(line)),
            mask: options.mask ?? ((secret) => actions_core/* setSecret */.Pq(secret)),
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
        const ref = typeof registry !== 'string'
            ? registry
            : registry.includes('/')
                ? (0,image_ref/* parseImageRef */.Q)(registry)
                : { registry, apiHost: (0,image_ref/* apiHostOf */.gz)(registry) };
        const request = {
            target: { registry: ref.registry, apiHost: ref.apiHost },
            method: 'GET',
            path: '',
            scopes: [],
            action: 'checking the registry API (/v2/)',
            read: 'bytes',
        };
        const result = await this.ok(request, [200]);
        this.apiConfirmed.add(ref.apiHost);
        const version = result.response.headers.get('docker-distribution-api-version');
        return { auth: result.authorization.kind, ...(version ? { apiVersion: version } : {}) };
    }
    /**
     * Settles ahead of time how pulls from `repo` are authorized: learns the registry's challenge and
     * fetches the pull token (a GET of /v2/ with the repository's pull scope, which also confirms the
     * registry API), so that a later request on `repo` goes out once, with its credentials. The build
     * runs it while it hashes: on a registry with tokens (GHCR, Docker Hub, ECR) the existence check
     * after hashing is then one round trip instead of three. Failures are left to the request that
     * needs the answer: this one reports nothing.
     */
    async prepareToPull(repo) {
        const request = {
            target: target(repo),
            method: 'GET',
            path: '',
            scopes: pull(repo),
            action: `checking the registry API (/v2/) for ${repo.repository}`,
            read: 'bytes',
            maxBytes: 1 << 20,
        };
        try {
            const result = await this.http.send(request);
            if (result.response.status === 200)
                this.apiConfirmed.add(repo.apiHost);
        }
        catch {
            // Unreachable, refused, no credentials: the existence check says so in its own words.
        }
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
        if (status === 405 || status === 501) {
            // a registry without HEAD support
            const fetched = await this.getManifestIfPresent(ref);
            return fetched && { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
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
    /**
     * The GET form of the existence check: the manifest, or undefined ONLY when a registry answers
     * 404 (an error code that says "absent", or a 404 from a host confirmed to speak the registry
     * API); every other failure throws.
     */
    async getManifestIfPresent(refInput) {
        const ref = toImageRef(refInput);
        try {
            return await this.getManifest(ref);
        }
        catch (error) {
            if (!(error instanceof RegistryError) || error.status !== 404)
                throw error;
            if (!(error.code && ABSENT_CODES.has(error.code)))
                await this.confirmRegistryApi(ref);
            return undefined;
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
        const algorithm = (expected && (0,core_digest/* digestAlgorithm */.g4)(expected)) || 'sha256';
        const actual = (0,core_digest/* computeDigest */.MK)(bytes, algorithm);
        for (const want of [expected, claimed && (0,core_digest/* digestAlgorithm */.g4)(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new RegistryError(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : (0,core_digest/* sha256Digest */.sI)(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = (0,core_digest/* sha256Digest */.sI)(manifest.bytes);
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
     * digest-pinned reference to tag exactly what an existence check saw, even if the tag moves;
     * pass the manifest already read to save the GET (it must be the one the reference pins).
     */
    async tagImage(refInput, tags, manifest) {
        const ref = toImageRef(refInput);
        const source = manifest ?? (await this.getManifest(ref));
        if (ref.digest && source.digest !== ref.digest) {
            throw new RegistryError(`Refusing to tag: the manifest given is ${source.digest}, not ${ref.digest}`, ref.registry, ref.repository);
        }
        for (const tag of tags)
            await this.putManifest((0,image_ref/* withTag */.Rd)(ref, tag), source);
        return { digest: source.digest, tags: [...tags] };
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
        const request = {
            target: target(repo),
            method: 'HEAD',
            path: `${repo.repository}/blobs/${digest}`,
            scopes: pull(repo),
            action: `checking blob ${digest}`,
        };
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
        const verify = (0,core_digest/* verifyingStream */.oP)(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`);
        const body = result.response.body;
        // The socket's own stream straight into the hash: a failure on either side ends both.
        if (body)
            return process.getBuiltinModule('node:stream').pipeline((0,http_transport/* bodyReadable */.HL)(body), verify, () => undefined);
        return verify.end();
    }
    /** An image config (`manifest.config`), read whole, verified and parsed. */
    async readConfig(repo, descriptor) {
        return JSON.parse(new TextDecoder().decode(await this.readBlob(repo, descriptor)));
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
     * (never more than one chunk in memory) or one streamed PATCH (`uploadMode: 'stream'`), and a
     * closing PUT with the digest. A stream that fails (digest or size mismatch, source dropped)
     * aborts before the closing PUT, so nothing is committed.
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
            url =
                this.uploadMode === 'stream'
                    ? await this.streamedPatch(to, descriptor, source, url)
                    : await this.chunkedPatches(to, descriptor, source, url);
            await this.ok({
                ...base,
                method: 'PUT',
                path: withQuery(url, 'digest', descriptor.digest),
                action: `completing the upload of blob ${descriptor.digest}`,
            }, [201]);
        }
        catch (error) {
            source.destroy();
            await this.cancelUpload(to, url);
            throw error;
        }
    }
    /** Best effort: let the registry drop a half-written session now rather than at its GC. */
    async cancelUpload(to, url) {
        await this.http
            .send({
            target: target(to),
            method: 'DELETE',
            path: url,
            scopes: pushPull(to),
            action: 'cancelling an upload',
            retry: false,
            read: 'bytes',
        })
            .catch(() => undefined);
    }
    /**
     * The whole blob in one PATCH, sent as it is read, with its length (as skopeo sends it: no chunk
     * framing for either side to write or parse); returns the upload URL to close. The answer counts
     * only once the source has ended cleanly: with the length known, a registry may answer as soon as
     * the last byte arrives, before the digest check at the end of the source has spoken. A failure of
     * the source (digest or size mismatch, a dropped download) is thrown as itself, as in chunked
     * mode, not as the aborted upload it causes.
     */
    async streamedPatch(to, descriptor, source, url) {
        const stats = this.http.stats;
        let sourceFailure;
        source.once('error', (error) => (sourceFailure = { error }));
        // node:stream loads with the first blob, not at start.
        const { pipeline, Transform, promises } = process.getBuiltinModule('node:stream');
        const counted = new Transform({
            transform(chunk, _encoding, callback) {
                stats.blobBytesUploaded += chunk.byteLength;
                streamedBytes(chunk.byteLength);
                callback(null, chunk);
            },
        });
        const body = pipeline(source, counted, () => undefined);
        const request = blobPatch(to, url, body, { 'content-length': String(descriptor.size) }, `uploading blob ${descriptor.digest} (${descriptor.size} bytes, streamed)`);
        try {
            const [result] = await Promise.all([this.ok(request, [202]), promises.finished(body)]);
            return this.location(result, request);
        }
        catch (error) {
            body.destroy();
            throw sourceFailure ? sourceFailure.error : error;
        }
    }
    /** PATCHes of `uploadChunkBytes` with their Content-Range, one after another; returns the upload URL to close. */
    async chunkedPatches(to, descriptor, source, url) {
        let offset = 0;
        let next = url;
        for await (const chunk of fixedChunks(source, this.chunkBytes)) {
            const range = `${offset}-${offset + chunk.byteLength - 1}`;
            const request = blobPatch(to, next, chunk, { 'content-range': range }, `uploading blob ${descriptor.digest} (bytes ${range})`);
            this.http.stats.blobBytesUploaded += chunk.byteLength;
            streamedBytes(chunk.byteLength);
            next = this.location(await this.ok(request, [202]), request);
            offset += chunk.byteLength;
        }
        return next;
    }
    /**
     * Proves the credentials may push to `to` without writing anything: opens a blob upload session
     * and cancels it. A 401/403 fails here, before anything moved.
     */
    async checkPushAccess(to) {
        const url = await this.startUpload(to, `checking push access to ${to.registry}/${to.repository}`);
        await this.cancelUpload(to, url);
    }
    async startUpload(to, action = 'starting a blob upload') {
        const request = {
            target: target(to),
            method: 'POST',
            path: `${to.repository}/blobs/uploads/`,
            scopes: pushPull(to),
            action,
            read: 'bytes',
        };
        const result = await this.ok(request, [202]);
        return this.location(result, request);
    }
    /** The image config; for an index, that of `platform` (default: the first image in it). */
    async imageConfig(refInput, platform) {
        const ref = toImageRef(refInput);
        const image = await this.imageManifest(ref, platform);
        return this.readConfig(ref, image.config);
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
            return [configPlatform(await this.readConfig(ref, manifest.config))];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if (isAttestation(entry))
                continue;
            if (entry.platform) {
                platforms.push(canonicalPlatform(entry.platform));
            }
            else if (isImageManifestMediaType(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
                platforms.push(configPlatform(await this.readConfig(ref, child.manifest.config)));
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
/** The canonical platform an image config declares (`unknown` parts when it declares none). */
function configPlatform(config) {
    return canonicalPlatform({
        os: config.os ?? 'unknown',
        architecture: config.architecture ?? 'unknown',
        ...(config.variant ? { variant: config.variant } : {}),
    });
}
/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url, name, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

;// CONCATENATED MODULE: ./src/registry/login.ts
/**
 * How a step logs in to registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to a builder as an auth file that only
 * lives for the build.
 */





function makeRegistryClient(login, insecureRegistries, options = {}) {
    const logins = login === undefined ? [] : 'registry' in login ? [login] : login;
    const explicit = logins.map((entry) => ({
        registry: entry.registry,
        username: entry.username,
        password: entry.password,
        source: entry.source ?? 'registry-username/registry-password',
    }));
    // The same mask for the credentials as for the client (the CLI keeps stdout free of workflow commands).
    const credentials = defaultCredentials(explicit, options.mask ? { mask: options.mask } : {});
    return new RegistryClient({ credentials, insecureRegistries, ...options });
}
/**
 * The login as a `{"auths": \u2026}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || tmpdir();
    mkdirSync(base, { recursive: true });
    const dir = mkdtempSync(path.join(base, 'image-actions-auth-')); // mode 0700, a fresh name
    const file = path.join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    writeFileSync(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
/** The logins of a `{"auths": \u2026}` file (writeAuthFile's, or one in that shape): entries with a user and password. */
function readAuthFile(file) {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const logins = [];
    for (const [registry, entry] of Object.entries(config.auths ?? {})) {
        const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        if (colon > 0)
            logins.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: file });
    }
    return logins;
}

// EXTERNAL MODULE: ./src/platform/log.ts
var platform_log = __webpack_require__(4425);
;// CONCATENATED MODULE: ./src/core/platform-model.ts
/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */
/** Every platform `register` and `promote` speak to. */
const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks', 'metaflow', 'zenml'];

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
        'acr-instance-id': { example: 'acr-instance-id=cri-\u2026', required: true },
        'acr-vpc-id': { example: 'acr-vpc-id=vpc-\u2026', required: true },
        'task-types': {
            example: 'task-types=Shell,Python',
            check: matching(/^[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*$/, 'a comma list of node types'),
        },
        accessibility: { example: 'accessibility=Private', check: oneOf('Private', 'Public') },
        'test-resource-group': { example: 'test-resource-group=Serverless_res_group_\u2026' },
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
    const log = options.log ?? platform_log/* actionsLog */._;
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
    if (!PLATFORM_NAMES.includes(options.platform)) {
        throw new errors/* InputError */.dz('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${PLATFORM_NAMES.join(', ')}`);
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
            const { CatalogPlatform } = await __webpack_require__.e(/* import() */ 169).then(__webpack_require__.bind(__webpack_require__, 1169));
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
                const { exchangeGithubOidcToken } = await __webpack_require__.e(/* import() */ 569).then(__webpack_require__.bind(__webpack_require__, 4569));
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
            const { DatabricksPlatform } = await __webpack_require__.e(/* import() */ 151).then(__webpack_require__.bind(__webpack_require__, 3151));
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
            const { DataWorksPlatform } = await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 5231));
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
        case 'metaflow': {
            const { MetaflowPlatform } = await __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 3727));
            return new MetaflowPlatform({ configFile: resolveConfigFile(settings['config-file'], env), log });
        }
        case 'zenml': {
            if (!options.token) {
                throw new errors/* InputError */.dz('token', 'zenml needs a service account API key', 'Pass the API key of a ZenML service account from secrets as token');
            }
            const imageKeys = listSetting(settings['image-keys']);
            const { ZenMLPlatform } = await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 2928));
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
        const client = makeRegistryClient(login ? { registry: (0,image_ref/* registryHost */.U$)(ref), ...login } : undefined, [], {
            mask: (secret) => log.setSecret(secret),
            log: (line) => log.debug(line),
        });
        return (await client.headManifest(ref))?.digest;
    };
}
/** `~/\u2026` from the home folder, a relative path from the workspace (the step's working folder). */
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

// EXTERNAL MODULE: ./src/platform/platform.ts
var platform_platform = __webpack_require__(8944);
;// CONCATENATED MODULE: ./src/runtime/run-action.ts


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        actions_core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
        if (error instanceof Error && error.stack && actions_core/* isDebug */._o())
            actions_core/* debug */.Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await actions_core/* group */.Os(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        actions_core/* setOutput */.uH(name, String(value));
}

;// CONCATENATED MODULE: ./src/runtime/id-token.ts


/**
 * The job's GitHub OIDC id-token for `audience`, masked at once. It needs `permissions: id-token: write`
 * (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN); without it, one error that says so.
 */
async function readIdToken(audience) {
    let token;
    try {
        token = await actions_core/* getIDToken */.V9(audience);
    }
    catch (error) {
        throw new errors/* InputError */.dz('oidc-audience', `the job's OIDC id-token for audience '${audience}' could not be fetched (${(0,errors/* errorMessage */.gJ)(error)})`, "Give the job 'permissions: id-token: write', or pass a token instead");
    }
    actions_core/* setSecret */.Pq(token);
    return token;
}

;// CONCATENATED MODULE: ./src/core/lists.ts
/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */

/** Items separated by commas or new lines, trimmed, empties dropped. */
function lists_splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `KEY=value` lines into an object: the key is trimmed, the value keeps everything after the first
 * `=`. A line without a key is an error naming `input`.
 */
function parseKeyValueLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new errors/* InputError */.dz(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
        result[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return result;
}
/** `KEY=value` pairs sorted by key, so the same request always gives the same argv. */
function sortedPairs(record) {
    return Object.keys(record)
        .sort()
        .map((key) => `${key}=${record[key]}`);
}

;// CONCATENATED MODULE: ./src/runtime/inputs.ts



/**
 * Readers for action inputs. Each returns a typed value or throws an InputError that names the
 * input; defaults come from action.yml (the runner applies them, and so does the CLI).
 */
/** The runner's rule for where an input arrives: `INPUT_` + the name with spaces as `_`, upper-cased (dashes stay). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readString(name) {
    return actions_core/* getInput */.V4(name).trim();
}
function readOptional(name) {
    const value = readString(name);
    return value === '' ? undefined : value;
}
function readRequired(name, fix) {
    const value = readString(name);
    if (value === '')
        throw new InputError(name, 'is required but empty', fix);
    return value;
}
function readBoolean(name) {
    const value = readString(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new InputError(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = readString(name);
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return splitList(core.getInput(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return actions_core/* getInput */.V4(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
function readKeyValueLines(name) {
    return parseKeyValueLines(readLines(name), name);
}
/**
 * Masks the values of credential inputs before anything can fail and print them, and, when given,
 * every value in a `KEY=value` settings input whose key names a password, secret or token.
 */
function maskSecretInputs(names, settingsInput) {
    for (const name of names) {
        const value = readString(name);
        if (value)
            actions_core/* setSecret */.Pq(value);
    }
    if (settingsInput === undefined)
        return;
    for (const line of actions_core/* getInput */.V4(settingsInput).split('\n')) {
        const at = line.indexOf('=');
        if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
            const value = line.slice(at + 1).trim();
            if (value)
                actions_core/* setSecret */.Pq(value);
        }
    }
}

;// CONCATENATED MODULE: ./src/platform/inputs.ts
/**
 * The inputs register and promote share to reach a platform (names as in their action.yml): which
 * platform, where, and its credentials. Secrets are masked before anything is read that could fail
 * and print; credentials a platform does not take are refused, not ignored.
 */



/** `secretInputs`: the action's other secret inputs, masked with the platform's own. */
function readPlatformInputs(secretInputs = []) {
    maskSecretInputs(['token', 'access-key-secret', ...secretInputs], 'platform-settings');
    const platform = readChoice('platform', PLATFORM_NAMES);
    const endpoint = checkEndpoint(platform, readString('endpoint'));
    const token = readOptional('token');
    const oidcAudience = readOptional('oidc-audience');
    const accessKeyId = readOptional('access-key-id');
    const accessKeySecret = readOptional('access-key-secret');
    checkCredentialInputs(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
    return {
        platform,
        endpoint,
        ...(token ? { token } : {}),
        ...(oidcAudience ? { oidcAudience } : {}),
        ...(accessKeyId ? { accessKeyId } : {}),
        ...(accessKeySecret ? { accessKeySecret } : {}),
        platformSettings: readKeyValueLines('platform-settings'),
    };
}

;// CONCATENATED MODULE: ./src/actions/register/inputs.ts





/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}
function readRegisterInputs(env = process.env) {
    const platformInputs = readPlatformInputs();
    const { platform } = platformInputs;
    const description = readOptional('description');
    return {
        ...platformInputs,
        imageName: checkImageName(platform, readString('image-name')),
        image: checkPinnedImage(readString('image')),
        version: readString('version'),
        // Raw lines, so an error can quote the line number the user sees.
        targets: (0,targets/* parseTargets */.Sx)(actions_core/* getInput */.V4('targets').split('\n'), platform),
        ...(description ? { description } : {}),
        commit: checkCommit(readString('commit') || env.GITHUB_SHA || ''),
        gitTag: readString('git-tag') || tagOfRef(env.GITHUB_REF),
        hash: checkHash(readString('hash')),
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

;// CONCATENATED MODULE: ./src/github/summary.ts
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
    const summary = actions_core/* summary */.z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}

;// CONCATENATED MODULE: ./src/actions/register/summary.ts

function publishedText(result) {
    const stage = `(stage ${escapeHtml(result.stage)})`;
    if (!result.published)
        return `not published ${stage}`;
    if (result.tested)
        return `published after its image test passed ${stage}`;
    return result.fresh ? `published <strong>untested</strong>: no test-resource-group is set ${stage}` : `published ${stage}`;
}
/** A job-summary table of the version (new or replayed) and one row per target attached. */
async function writeRegisterSummary(report) {
    const { version } = report;
    await writeSummary('Register', [
        ['Platform', `${escapeHtml(report.platform)} (${code(report.endpoint)})`],
        ['Image', code(version.image)],
        ['Version', `${code(version.version)} \u2014 from ${escapeHtml(report.decision.reason)}`],
        ['Version id', code(version.id)],
        ['Outcome', version.created ? 'created' : 'already registered with this digest (nothing changed)'],
        ['Digest', code(version.digest)],
        ['Image reference', code(version.imageRef)],
        ...(report.published ? [['Published', publishedText(report.published)]] : []),
        ...Object.entries(version.outputs ?? {}).map(([name, value]) => [code(name), code(value)]),
        ['Time', `register ${report.timings.registerMs} ms, attach ${report.timings.attachMs} ms`],
    ], (summary) => {
        if (report.attachments.length === 0) {
            summary.addRaw('No targets: the version is registered and attached to nothing.', true);
            return;
        }
        summary.addTable(table(['Target', 'Runs', 'Change'], report.attachments.map((a) => [code(a.target), code(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached'])));
    });
}

;// CONCATENATED MODULE: ./src/actions/register/main.ts













async function run(seams = {}) {
    const { createPlatform: makePlatform = createPlatform, readIdToken: idTokenFor = readIdToken } = seams;
    await runAction(async () => {
        const inputs = readRegisterInputs();
        const decision = (0,version_policy/* decideVersion */.vI)({ explicit: inputs.version, gitTag: inputs.gitTag, hashTag: (0,build_definition/* tagFor */.gY)(inputs.hash) });
        const url = runUrl(process.env);
        const request = versionRequest({
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
        const platform = await makePlatform(await platformOptions(inputs, idTokenFor));
        const registered = await timedGroup(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
            await platform.ensureImage(request.image, request.description);
            return platform.createVersion(request);
        });
        const version = registered.value;
        setOutputs({ version: version.version, 'version-id': version.id, created: version.created, ...version.outputs });
        const published = await publish(platform, version.image, version.version, version.created);
        let attachments = [];
        let attachMs = 0;
        if (inputs.targets.length > 0) {
            const attached = await timedGroup(`Attach ${version.version} to ${inputs.targets.length} target(s)`, () => platform.attach(version, inputs.targets));
            attachments = attached.value;
            attachMs = attached.ms;
        }
        setOutputs({ attachments: JSON.stringify(attachments) });
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
        result = (await timedGroup(`Publish ${image} ${version}`, () => platform.publishVersion(image, version))).value;
    }
    catch (error) {
        if (!(error instanceof platform_platform/* VersionNotCurrentError */.Ry))
            throw error;
        actions_core/* warning */.$e(`${error.message} Left as it is.`);
        return undefined;
    }
    setOutputs({ published: result.published, 'publish-stage': result.stage });
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

/***/ 3949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gY: () => (/* binding */ tagFor)
});

// UNUSED EXPORTS: RECIPE, buildManifest, canonicalJson, definitionHash, manifestText, parseManifest, serializeManifest, verifyManifest

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/core/git/packed-names.ts
const packed_names_PACKED_OID_BYTES = 20;
/** Path i of a packed listing. */
function packed_names_packedPath(packed, i) {
    return packed.names.toString('utf8', packed.starts[i], packed.ends[i]);
}
/** Id i of a packed listing, in hex. */
function packed_names_packedOid(packed, i) {
    const start = packed.oidStarts[i];
    return packed.oids.toString('hex', start, start + packed_names_PACKED_OID_BYTES);
}
/** Byte order of path i against `key` (UTF-8 bytes): negative, 0 or positive. */
function packed_names_comparePackedPath(packed, i, key) {
    const start = packed.starts[i];
    const length = packed.ends[i] - start;
    const shorter = Math.min(length, key.length);
    for (let b = 0; b < shorter; b++) {
        const difference = packed.names[start + b] - key[b];
        if (difference !== 0)
            return difference;
    }
    return length - key.length;
}

;// CONCATENATED MODULE: ./src/core/context-tree.ts
/**
 * The build context as data: one entry per path Docker sends, and the tree digest over them.
 *
 * Recipe (h1):
 * - a file's digest is the git blob id of its bytes, `sha1("blob <size>\0" + bytes)`, so that a
 *   clean git checkout can take it from the index without reading the file (the fast path) and
 *   still give the same result as reading it;
 * - only the executable bit of a file counts (git's model), never the rest of the mode, uid,
 *   gid or times;
 * - a symlink is its target string, never followed; a directory counts even when empty;
 * - records are sorted by path (UTF-8 byte order) and framed with NUL after every field (paths and
 *   link targets cannot contain NUL, and the record type fixes the number of fields), then
 *   SHA-256'd.
 */


const BLOB_PREFIX = 'git-blob:';
/** Git's blob header for `size` bytes; the per-file digest is sha1(header + bytes). */
function blobHeader(size) {
    return Buffer.from(`blob ${size}\0`, 'latin1');
}
/** The per-file digest of in-memory bytes (the workers compute the same thing while streaming). */
function blobDigest(bytes) {
    return BLOB_PREFIX + new IncrementalHash('sha1').update(blobHeader(bytes.length)).update(bytes).digest('hex');
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Compares paths by Unicode code point, which is UTF-8 byte order (JS `<` compares UTF-16 units). */
function comparePaths(a, b) {
    if (a === b)
        return 0;
    // Without astral characters UTF-16 order is code point order: let the engine compare.
    if (!SURROGATE.test(a) && !SURROGATE.test(b))
        return a < b ? -1 : 1;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800\u20130xDFFF) encode code points above every BMP character.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/** The fastest comparison that puts these paths in UTF-8 byte order: the engine's own unless one has an astral character. */
function comparatorFor(paths) {
    return paths.some((path) => SURROGATE.test(path)) ? comparePaths : (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}
/** Sorts by path in UTF-8 byte order (the native comparison is the same unless a path has astral characters). */
function context_tree_sortEntries(entries) {
    if (entries.some((entry) => SURROGATE.test(entry.path)))
        return entries.sort((a, b) => comparePaths(a.path, b.path));
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isSorted(entries) {
    const astral = entries.some((entry) => SURROGATE.test(entry.path));
    for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1].path;
        const b = entries[i].path;
        if (astral ? comparePaths(a, b) >= 0 : !(a < b))
            return false;
    }
    return true;
}
/** The framed record of one entry, exactly as it enters the tree digest. */
function entryRecord(entry) {
    switch (entry.type) {
        case 'file':
            return `file\0${entry.path}\0${entry.mode}\0${entry.digest}\0`;
        case 'symlink':
            return `symlink\0${entry.path}\0${entry.target}\0`;
        case 'dir':
            return `dir\0${entry.path}\0`;
    }
}
const EXECUTABLE_INDEX_MODE = 0o100755;
/** The entries of packed files, as objects (for the manifest and explain, which want them one by one). */
function context_tree_unpackFiles(packed) {
    const { names, modes, sizes, chosen } = packed;
    return Array.from(chosen, (i) => ({
        path: packedPath(names, i),
        type: 'file',
        mode: modes[i] === EXECUTABLE_INDEX_MODE ? '755' : '644',
        digest: BLOB_PREFIX + packedOid(names, i),
        size: sizes[i] ?? 0,
    }));
}
const HEX = Buffer.from('0123456789abcdef');
const FILE_HEAD = Buffer.from('file\0');
const MODE_644 = Buffer.from('\x00644\x00git-blob:');
const MODE_755 = Buffer.from('\x00755\x00git-blob:');
/** A packed file's record without its name: head, mode and prefix, 40 hex digits, NUL. */
const PACKED_RECORD_BYTES = FILE_HEAD.length + MODE_644.length + 2 * packed_names_PACKED_OID_BYTES + 1;
/**
 * Records written into one reused buffer and hashed a buffer at a time: packed files need no
 * string each, and there are few calls into the hash. The loop over packed files is written out
 * in one function: it runs once per process, mostly before V8 optimizes it, when every call costs.
 */
class RecordWriter {
    hash;
    buffer = Buffer.allocUnsafe(1 << 16);
    used = 0;
    constructor(hash) {
        this.hash = hash;
    }
    text(record) {
        if (this.used + 3 * record.length > this.buffer.length)
            this.flush();
        if (3 * record.length > this.buffer.length)
            this.hash.update(record);
        else
            this.used += this.buffer.write(record, this.used, 'utf8');
    }
    /** The records of packed files chosen[from, to). */
    packedFiles(packed, from, to) {
        const { names, starts, ends, oids, oidStarts } = packed.names;
        const { chosen, modes } = packed;
        const buffer = this.buffer;
        let at = this.used;
        for (let k = from; k < to; k++) {
            const i = chosen[k];
            const start = starts[i];
            const end = ends[i];
            if (at + PACKED_RECORD_BYTES + end - start > buffer.length) {
                this.used = at;
                this.flush();
                at = 0;
            }
            buffer.set(FILE_HEAD, at);
            at += FILE_HEAD.length;
            if (PACKED_RECORD_BYTES + end - start > buffer.length) {
                // A name longer than the buffer (git allows 4 KB, file systems more): hashed where it is.
                this.used = at;
                this.flush();
                this.hash.update(names.subarray(start, end));
                at = 0;
            }
            else {
                at += names.copy(buffer, at, start, end);
            }
            const mode = modes[i] === EXECUTABLE_INDEX_MODE ? MODE_755 : MODE_644;
            buffer.set(mode, at);
            at += mode.length;
            for (let b = oidStarts[i], last = b + PACKED_OID_BYTES; b < last; b++) {
                const byte = oids[b];
                buffer[at++] = HEX[byte >> 4];
                buffer[at++] = HEX[byte & 15];
            }
            buffer[at++] = 0;
        }
        this.used = at;
    }
    flush() {
        if (this.used > 0)
            this.hash.update(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
}
/** The first position in chosen[from, length) whose name sorts after `key` (chosen is in path order). */
function firstAfter(packed, key, from) {
    let low = from;
    let high = packed.chosen.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (comparePackedPath(packed.names, packed.chosen[middle], key) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** The sorted entries and the packed files, merged in path order, into `hash`. */
function hashWithPacked(sorted, packed, hash) {
    const writer = new RecordWriter(hash);
    let k = 0;
    for (let e = 0; e < sorted.length; e++) {
        const entry = sorted[e];
        // A binary search per entry: entries are few next to packed files (folders, files git did not vouch for).
        const until = firstAfter(packed, Buffer.from(entry.path), k);
        writer.packedFiles(packed, k, until);
        k = until;
        writer.text(entryRecord(entry));
    }
    writer.packedFiles(packed, k, packed.chosen.length);
    writer.flush();
}
/** `sha256:<hex>` over the sorted, framed records (of `entries` and of the `packed` files, when given). */
function context_tree_treeDigest(entries, packed) {
    const sorted = isSorted(entries) ? entries : context_tree_sortEntries([...entries]);
    if (packed && packed.chosen.length > 0) {
        const hash = new IncrementalHash('sha256');
        hashWithPacked(sorted, packed, hash);
        return `sha256:${hash.digest('hex')}`;
    }
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = new IncrementalHash('sha256');
    let piece = '';
    // Indexed loops here: a for-of allocates an iterator result per step until V8 optimizes it.
    for (let i = 0; i < sorted.length; i++) {
        piece += entryRecord(sorted[i]);
        if (piece.length >= 1 << 16) {
            hash.update(piece);
            piece = '';
        }
    }
    hash.update(piece);
    return `sha256:${hash.digest('hex')}`;
}
function context_tree_contextTotals(entries, packed) {
    let files = packed?.chosen.length ?? 0;
    let bytes = 0;
    for (let k = 0; k < files; k++)
        bytes += packed?.sizes[packed.chosen[k]] ?? 0;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.type !== 'file')
            continue;
        files++;
        bytes += entry.size;
    }
    return { files, bytes };
}

;// CONCATENATED MODULE: ./src/core/build-definition.ts
/**
 * The canonical build definition and its hash (recipe `h1`, DESIGN \u00a73).
 *
 * The hash is SHA-256 over the RFC 8785 (JCS) serialization of `BuildDefinition`; the tag is
 * `h1-<first 32 hex>`. The context appears in the definition as its tree digest; the entries that
 * digest commits to travel next to it in the manifest file, so the file can be checked and
 * compared (`image-actions explain`) without making the hashed object huge.
 *
 * Bump RECIPE whenever anything here or in context-tree.ts changes meaning, so that tags made by
 * different recipes can never collide.
 */



const RECIPE = 'h1';
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be serialized canonically');
    return text;
}
function definitionHash(definition) {
    return sha256Hex(canonicalJson(definition));
}
function tagFor(hash, recipe = RECIPE) {
    return `${recipe}-${hash.slice(0, 32)}`;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Assembles the definition and manifest from parts the caller gathered. */
function buildManifest(parts) {
    const images = [...new Map(parts.images.map((image) => [image.ref, image])).values()].sort((a, b) => a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
    const definition = {
        recipe: RECIPE,
        dockerfile: sha256Digest(parts.dockerfileBytes),
        context: treeDigest(parts.entries, parts.packed),
        images,
        platforms: [...new Set(parts.platforms)].sort(),
        target: parts.target,
        buildArgs: sortedRecord(parts.buildArgs),
        secrets: [...new Set(parts.secrets)].sort(),
        labels: sortedRecord(parts.labels),
    };
    const hash = definitionHash(definition);
    const totals = contextTotals(parts.entries, parts.packed);
    const { packed } = parts;
    let entries = packed && packed.chosen.length > 0 ? undefined : parts.entries;
    return {
        hash,
        tag: tagFor(hash),
        definition,
        context: {
            ignoreFile: parts.ignoreFile,
            files: totals.files,
            bytes: totals.bytes,
            // Made when first read (a manifest file, explain): the hash itself never needs them as objects.
            get entries() {
                return (entries ??= sortEntries([...parts.entries, ...unpackFiles(packed)]));
            },
        },
    };
}
/**
 * Pretty JSON with canonical (JCS) key order; arrays named `entries` get one compact item per line.
 * Yields the text in pieces (one per entry line at most), so it can be written out without ever
 * holding the whole of it.
 */
function* render(value, indent, key) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield '[\n';
        for (let i = 0; i < value.length; i++) {
            yield `${indent}  `;
            if (key === 'entries')
                yield canonicalJson(value[i]);
            else
                yield* render(value[i], `${indent}  `);
            yield i < value.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}]`;
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        const keys = Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort();
        if (keys.length === 0) {
            yield '{}';
            return;
        }
        yield '{\n';
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            yield `${indent}  ${JSON.stringify(k)}: `;
            yield* render(record[k], `${indent}  `, k);
            yield i < keys.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}}`;
        return;
    }
    yield canonicalJson(value);
}
/**
 * The manifest as text, in pieces: canonical key order everywhere, readable indentation, one
 * context entry per line (so two manifests diff well with ordinary tools too).
 */
function* manifestText(manifest) {
    yield* render(manifest, '');
    yield '\n';
}
/** The manifest as one text (see manifestText). */
function serializeManifest(manifest) {
    return [...manifestText(manifest)].join('');
}
/** Reads a manifest back, checking its shape; throws with a plain message when it is not one. */
function parseManifest(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const manifest = value;
    const definition = manifest?.definition;
    if (typeof manifest !== 'object' ||
        manifest === null ||
        typeof manifest.hash !== 'string' ||
        !definition ||
        typeof definition.recipe !== 'string') {
        throw new Error(`${name} is not a build definition written by the hash action (manifest-file)`);
    }
    return manifest;
}
/** Does the manifest hash what it says? (A hand-edited file would not.) */
function verifyManifest(manifest) {
    const hashMatches = definitionHash(manifest.definition) === manifest.hash;
    const entries = manifest.context?.entries;
    const entriesMatch = Array.isArray(entries) ? treeDigest(entries) === manifest.definition.context : undefined;
    return { hashMatches, entriesMatch };
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ computeDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   oP: () => (/* binding */ verifyingStream),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony exports IncrementalHash, hashHex */
/* harmony import */ var _noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7301);
/* harmony import */ var _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);
/* harmony import */ var _noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2565);
/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), git's SHA-1 blob ids, and verifying a stream as it flows without holding it (blob copies).
 *
 * The first kilobyte a process hashes is hashed in JavaScript (@noble/hashes), everything
 * after that by node:crypto (OpenSSL). Loading node:crypto, and the stream modules it pulls in,
 * takes about 10 ms at start: more than hashing a Dockerfile, a small context and the definition
 * in JavaScript, which is all a hash of a small context does (issue 8: start \u2264 1.5 \u00d7 `node -e 0`).
 * But JavaScript that has just been loaded runs in V8's interpreter, 2\u20133 ms per kilobyte
 * here: past JS_BUDGET bytes in all, or once node:crypto is loaded anyway, OpenSSL is cheaper.
 * Both give the same digests (test/core/digest.test.ts checks them against each other).
 */



const JS_BUDGET = 1024;
const inJavaScript = { sha1: _noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__/* .sha1 */ .e8, sha256: _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc };
let loaded;
let javaScriptBytes = 0;
function nodeCrypto() {
    return (loaded ??= process.getBuiltinModule('node:crypto'));
}
function fitsJavaScriptBudget(size) {
    return !loaded && javaScriptBytes + size <= JS_BUDGET;
}
/** Should `size` more bytes be hashed in JavaScript? Counts them when so. */
function inJavaScriptBudget(size) {
    if (!fitsJavaScriptBudget(size))
        return false;
    javaScriptBytes += size;
    return true;
}
function bytesOf(data) {
    return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}
/** One digest, fed in pieces: kept for JavaScript while they fit its budget, handed to node:crypto once they do not. */
class IncrementalHash {
    algorithm;
    pieces = [];
    size = 0;
    native;
    constructor(algorithm) {
        this.algorithm = algorithm;
    }
    /** Strings are hashed as UTF-8. Never holds on to `data`: a caller may reuse its buffer at once. */
    update(data) {
        if (this.native) {
            this.native.update(data); // a string goes in as UTF-8, encoded by node:crypto without a Buffer in between
            return this;
        }
        // A copy of what is kept for JavaScript (at most JS_BUDGET bytes, or the piece that ends it).
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data);
        this.pieces.push(bytes);
        this.size += bytes.length;
        if (!fitsJavaScriptBudget(this.size)) {
            this.native = nodeCrypto().createHash(this.algorithm);
            for (const piece of this.pieces)
                this.native.update(piece);
            this.pieces = [];
        }
        return this;
    }
    digest(_encoding) {
        if (this.native)
            return this.native.digest('hex');
        if (!inJavaScriptBudget(this.size)) {
            const native = nodeCrypto().createHash(this.algorithm);
            for (const piece of this.pieces)
                native.update(piece);
            return native.digest('hex');
        }
        const hash = inJavaScript[this.algorithm].create();
        for (const piece of this.pieces)
            hash.update(piece);
        return bytesToHex(hash.digest());
    }
}
/** The hex digest of `data` in one call (strings as UTF-8). */
function hashHex(algorithm, data) {
    const bytes = bytesOf(data);
    if (!inJavaScriptBudget(bytes.length))
        return nodeCrypto().hash(algorithm, bytes);
    return (0,_noble_hashes_utils_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesToHex */ .My)(inJavaScript[algorithm](bytes));
}
/** Strings are hashed as UTF-8. */
function sha256Hex(data) {
    return hashHex('sha256', data);
}
/** `sha256:<hex>`. */
function sha256Digest(data) {
    return `sha256:${sha256Hex(data)}`;
}
/** `sha256` / `sha512` hash name of a digest, or undefined when we cannot verify it. */
function digestAlgorithm(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return algorithm === 'sha256' || algorithm === 'sha512' ? algorithm : undefined;
}
function computeDigest(bytes, algorithm) {
    return `${algorithm}:${algorithm === 'sha256' ? sha256Hex(bytes) : nodeCrypto().createHash(algorithm).update(bytes).digest('hex')}`;
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
 * the size differs from what was expected, so a consumer never commits corrupted bytes. A node
 * stream: a blob copy pipes socket to socket through it without web-stream hops (node:stream, like
 * node:crypto, loads only when a blob is verified).
 */
function verifyingStream(expectedDigest, expectedSize, what) {
    const algorithm = digestAlgorithm(expectedDigest);
    if (!algorithm)
        throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
    const hash = nodeCrypto().createHash(algorithm);
    let size = 0;
    return new (process.getBuiltinModule('node:stream').Transform)({
        transform(chunk, _encoding, callback) {
            size += chunk.byteLength;
            if (expectedSize !== undefined && size > expectedSize) {
                callback(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
                return;
            }
            hash.update(chunk);
            callback(null, chunk);
        },
        flush(callback) {
            if (expectedSize !== undefined && size !== expectedSize) {
                callback(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            callback(actual === expectedDigest ? null : new DigestMismatchError(expectedDigest, actual, what));
        },
    });
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/** A problem with what the user gave us: names the input and says how to fix it. */
class InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Failure of something outside us (registry, builder, platform) that the user must act on. */
class StepError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'StepError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   Sm: () => (/* binding */ parsePinnedImageRef),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost, parseRepository, repositoryName, isValidTag, isSha256Digest */
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

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PQ: () => (/* binding */ retryDecision),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cV: () => (/* binding */ explainStop),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   l: () => (/* binding */ isTransientNetworkError)
/* harmony export */ });
/* unused harmony exports transientStatuses, parseRetryAfter, backoffDelay, retryDelay */
/**
 * When to retry an HTTP call, and how long to wait: one pure module for every client (registry,
 * catalog, Databricks, DataWorks). The clock and the random source come in as arguments so the
 * decisions can be tested as tables; each client keeps its own defaults (a small RetryPolicy
 * constant next to it) and wording, and runs the one loop in runtime/retry.ts.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx, connection-level failures. Never any other
 * 4xx by default: a 401 or 404 will not change by asking again. Bounded by attempts AND elapsed
 * time, whichever comes first.
 */
/** 429 and 5xx except 501/505, which no retry will change. */
const transientStatuses = { also: [], except: [501, 505] };
function isRetryableStatus(status, statuses = transientStatuses) {
    if (statuses.except.includes(status))
        return false;
    return status === 429 || (status >= 500 && status <= 599) || statuses.also.includes(status);
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
/** The innermost `code` / message of an error chain (`fetch failed` \u2192 cause \u2192 cause). */
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
/** `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
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
 * Exponential backoff: step = min(maxDelay, base\u00b72^(attempt-1)), spread by the policy's jitter
 * (`equal`: floor of [step/2, step); `full`: round of [0, step]).
 */
function backoffDelay(attempt, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return policy.jitter === 'full' ? Math.round(random * step) : Math.floor(step / 2 + (random * step) / 2);
}
/** The wait before the next attempt: the server's `Retry-After` (as the policy honours it) or our own backoff. */
function retryDelay(attempt, retryAfterMs, policy, random) {
    if (retryAfterMs === undefined)
        return backoffDelay(attempt, policy, random);
    switch (policy.retryAfter ?? 'exact') {
        case 'capped':
            return Math.min(retryAfterMs, policy.maxDelayMs);
        case 'jittered':
            return retryAfterMs + Math.floor(random * policy.baseDelayMs);
        case 'exact':
            return retryAfterMs;
    }
}
/** The default wording of a stop, for messages: `gave up after 5 attempts in 12 s`. */
function explainStop(stop) {
    switch (stop.kind) {
        case 'status':
            return `HTTP ${stop.status} is not retryable`;
        case 'network':
            return 'not a transient network error';
        case 'attempts':
            return `gave up after ${stop.attempt} attempts`;
        case 'time':
            return stop.retryAfterMs !== undefined
                ? `${stop.server} asked to wait ${Math.ceil(stop.retryAfterMs / 1000)} s, beyond the ${Math.round(stop.budgetMs / 1000)} s retry budget`
                : `gave up after ${stop.attempt} attempts in ${Math.round(stop.elapsedMs / 1000)} s`;
    }
}
/** After a failed attempt: wait `delayMs` and try again, or stop and say why. */
function retryDecision(input, explain = explainStop) {
    const { attempt, outcome, elapsedMs, policy } = input;
    if ('error' in outcome) {
        if ((policy.networkErrors ?? 'transient') === 'transient' && !isTransientNetworkError(outcome.error))
            return { retry: false, reason: explain({ kind: 'network' }) };
    }
    else if (!(outcome.retryable ?? isRetryableStatus(outcome.status, policy.statuses))) {
        return { retry: false, reason: explain({ kind: 'status', status: outcome.status }) };
    }
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: explain({ kind: 'attempts', attempt }) };
    const retryAfterMs = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
    const delayMs = retryDelay(attempt, retryAfterMs, policy, input.random);
    if (elapsedMs + delayMs > policy.maxElapsedMs) {
        const server = input.server ?? 'the server';
        return {
            retry: false,
            reason: explain({
                kind: 'time',
                attempt,
                elapsedMs,
                budgetMs: policy.maxElapsedMs,
                server,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            }),
        };
    }
    return { retry: true, delayMs };
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

/***/ 7919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vI: () => (/* binding */ decideVersion)
});

// UNUSED EXPORTS: VERSION_MAX_LENGTH, VERSION_PATTERN, checkVersion, versionFromGitTag, versionProblem

;// CONCATENATED MODULE: ./src/core/git/tag-choice.ts
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/version-policy.ts
/**
 * Which version name an image is registered under. Pure: facts in, a decision out.
 *
 * - An explicit `version` input wins; it is checked, never rewritten.
 * - Otherwise, when the commit carries a semantic-version git tag, that version \u2014 WITHOUT a leading
 *   `v`: `v1.2.3` and `1.2.3` name the same release, SemVer itself says the `v` is not part of the
 *   version, and a platform that sorts or compares versions must see `1.2.3`. Pre-release and build
 *   metadata stay (`v2.0.0-rc.1+b.7` \u2192 `2.0.0-rc.1+b.7`).
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
    if (!parseSemVer(trimmed))
        return undefined;
    return trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
}
/** Why `value` cannot be a version name, or undefined when it can. */
function versionProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.length > VERSION_MAX_LENGTH)
        return `'${value.slice(0, 20)}\u2026' has ${value.length} characters, more than ${VERSION_MAX_LENGTH}`;
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
        throw new errors/* InputError */.dz(input, `${problem}; a version is 1 to ${VERSION_MAX_LENGTH} characters, letters, digits, '.', '_', '+' and '-', starting with a letter or digit`, 'Use a semantic version such as 1.2.3, or leave it empty to use the git tag or the hash tag');
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
        throw new errors/* InputError */.dz('hash', 'is empty, and neither a version nor a semantic-version git tag was given', "Pass the hash step's output (or set 'version')");
    }
    const note = facts.gitTag.trim() === '' ? 'no git tag at the commit' : `the git tag ${facts.gitTag.trim()} is not a semantic version`;
    return { version: checkVersion(hashTag, 'hash'), source: 'hash-tag', reason: `the hash tag (${note})` };
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
/* harmony import */ var _core_build_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3949);




/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_\u2026`) has numbered versions ("1", "2", \u2026) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 *
 * The `ImageUri` DataWorks pulls is the immutable hash tag (`\u2026:h1-<32 hex>`), not the digest:
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
/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:\u2026`. */
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

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog),
/* harmony export */   e: () => (/* binding */ sentence)
/* harmony export */ });
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);

const actionsLog = {
    info: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    setSecret: (secret) => _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
};
/** `text` ending in exactly one full stop (server messages often bring their own). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
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

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   V9: () => (/* binding */ getIDToken),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports issueCommand, notice, error, startGroup, endGroup, Summary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9921);
/**
 * The part of @actions/core the toolkit uses \u2014 inputs, outputs, log lines, workflow commands, the
 * job summary \u2014 written out here, byte for byte what @actions/core writes. Why: importing
 * @actions/core evaluates its HTTP client and all of undici (for the OIDC token alone), about
 * 150 ms of CPU at every start of every action and of the CLI (issue 8: start \u2264 1.5 \u00d7 `node -e 0`).
 * `getIDToken`, the one call that needs HTTP, loads @actions/core when it is called.
 */



function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,\u2026::message` on stdout, as the runner parses it. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function commandProperties(annotation) {
    if (Object.keys(annotation).length === 0)
        return {};
    return {
        title: annotation.title,
        file: annotation.file,
        line: annotation.startLine,
        endLine: annotation.endLine,
        col: annotation.startColumn,
        endColumn: annotation.endColumn,
    };
}
function issueFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/**
 * A random UUID (v4 layout) like @actions/core's. What keeps a value from ending the block early is
 * the check below that it does not contain the delimiter; the randomness only makes that check
 * pass, so Math.random serves, and node:crypto (about 8 ms to load) is not needed to set an output.
 */
function randomId() {
    const hex = (digits) => Math.floor(Math.random() * 16 ** digits)
        .toString(16)
        .padStart(digits, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${converted}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** GitHub's OIDC id-token: the one call that needs an HTTP client, so @actions/core is loaded here only. */
async function getIDToken(audience) {
    const actionsCore = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    // @actions/core logs (debug lines) through process.stdout itself: send them where this log goes.
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => ((0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(chunk.toString()), true));
    try {
        return await actionsCore.getIDToken(audience);
    }
    finally {
        process.stdout.write = write;
    }
}
/** The job summary (GITHUB_STEP_SUMMARY), built as @actions/core's Summary builds it. */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addList(items, ordered = false) {
        return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const attrs = {};
            if (cell.colspan)
                attrs.colspan = cell.colspan;
            if (cell.rowspan)
                attrs.rowspan = cell.rowspan;
            return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to the summary file (replaces it with `overwrite`) and empties the buffer. */
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        // Synchronous (a few KB): node:fs/promises would cost a few ms to load at every start.
        (options.overwrite ? node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync : node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ bodyReadable),
/* harmony export */   k6: () => (/* binding */ httpTransport),
/* harmony export */   tY: () => (/* binding */ streamBody)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/** node:stream and node:http load at the first request, not at start (the hash's git processes start sooner). */
const streams = () => process.getBuiltinModule('node:stream');

const maxRedirects = 20;
const connectTimeoutMs = 10_000;
const idleTimeoutMs = 300_000;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
/** Dropped when a redirect changes the method to GET (fetch's request-body-header names). */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Dropped when a redirect leaves the origin. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];
/** Node streams handed over by `streamBody`: this transport pipes them as they are. */
const nodeStreams = new WeakMap();
/**
 * A node stream as a request body. This transport pipes the stream itself; any other fetch reads
 * the web stream returned, which pulls from it only when read.
 */
function streamBody(stream) {
    let chunks;
    const web = new ReadableStream({
        async pull(controller) {
            chunks ??= stream[Symbol.asyncIterator]();
            const next = await chunks.next();
            if (next.done)
                controller.close();
            else
                controller.enqueue(next.value);
        },
        cancel: (reason) => void stream.destroy(reason instanceof Error ? reason : undefined),
    }, { highWaterMark: 0 });
    nodeStreams.set(web, stream);
    return web;
}
/** A response body as a node stream: this transport's is the socket's own stream; another fetch's is read through. */
function bodyReadable(body) {
    return body instanceof AnswerBody ? body.take() : streams().Readable.from(body);
}
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
function coded(message, code) {
    return Object.assign(new Error(message), { code });
}
class RawHeaders {
    raw;
    map;
    constructor(raw) {
        this.raw = raw;
    }
    entries() {
        if (!this.map) {
            this.map = new Map();
            for (let i = 0; i + 1 < this.raw.length; i += 2) {
                const name = this.raw[i].toLowerCase();
                const value = this.raw[i + 1];
                const earlier = this.map.get(name);
                this.map.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
            }
        }
        return this.map;
    }
    get(name) {
        return this.entries().get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.entries().has(name.toLowerCase());
    }
}
class AnswerBody {
    message;
    /** What a failure while reading becomes: the signal's reason, or `TypeError('terminated')`. */
    failure;
    used = false;
    constructor(message, failure) {
        this.message = message;
        this.failure = failure;
    }
    take() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
        return this.message;
    }
    async *[Symbol.asyncIterator]() {
        const message = this.take();
        try {
            for await (const chunk of message)
                yield chunk;
        }
        catch (error) {
            throw this.failure(error);
        }
    }
    async cancel() {
        this.used = true;
        // All of it arrived: drain what is buffered and the connection serves the next request.
        if (this.message.complete)
            this.message.resume();
        else
            this.message.destroy();
    }
}
class Answer {
    status;
    statusText;
    headers;
    body;
    constructor(message, method, failure) {
        this.status = message.statusCode ?? 0;
        this.statusText = message.statusMessage ?? '';
        this.headers = new RawHeaders(message.rawHeaders);
        if (hasNoBody(method, this.status)) {
            this.body = null; // drained by `exchange`
        }
        else {
            this.body = new AnswerBody(message, failure);
        }
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    async text() {
        if (!this.body)
            return '';
        const chunks = [];
        for await (const chunk of this.body)
            chunks.push(chunk);
        return new TextDecoder().decode(Buffer.concat(chunks));
    }
}
function requestBody(body, headers) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string') {
        headers['content-type'] ??= 'text/plain;charset=UTF-8';
        return { bytes: Buffer.from(body, 'utf8') };
    }
    if (ArrayBuffer.isView(body))
        return { bytes: body };
    return { stream: nodeStreams.get(body) ?? streams().Readable.from(body) };
}
function hasNoBody(method, status) {
    return method === 'HEAD' || nullBodyStatuses.has(status);
}
function isRedirect(message) {
    return redirectStatuses.has(message.statusCode ?? 0) && message.headers.location !== undefined;
}
/** Lower-case names (fetch's Headers are case-insensitive) and fetch's defaults. */
function requestHeaders(given) {
    const headers = {};
    for (const [name, value] of Object.entries(given ?? {}))
        headers[name.toLowerCase()] = value;
    headers.accept ??= '*/*';
    headers['user-agent'] ??= 'node';
    return headers;
}
/** The default transport (see the top of this file). */
const httpTransport = async (input, init = {}) => {
    let url = new URL(input);
    const signal = init.signal;
    signal?.throwIfAborted();
    let method = (init.method ?? 'GET').toUpperCase();
    const headers = requestHeaders(init.headers);
    let body = requestBody(init.body, headers);
    const follow = init.redirect !== 'manual';
    for (let redirects = 0;; redirects++) {
        const { message, failure } = await exchange(url, method, headers, body, signal, follow);
        const location = message.headers.location;
        if (!follow || !isRedirect(message) || location === undefined)
            return new Answer(message, method, failure);
        if (redirects === maxRedirects)
            throw fetchFailed(new Error('redirect count exceeded'));
        let next;
        try {
            next = new URL(location, url);
        }
        catch (error) {
            throw fetchFailed(error);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
        const status = message.statusCode;
        if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            for (const name of bodyHeaders)
                delete headers[name];
        }
        else if (body && 'stream' in body) {
            throw fetchFailed(new Error(`cannot follow a ${status} redirect with a streamed body: it cannot be sent twice`));
        }
        if (next.origin !== url.origin)
            for (const name of credentialHeaders)
                delete headers[name];
        url = next;
    }
};
/**
 * One request and its answer's head. The signal and the idle limit go on applying while the body
 * is read: `failure` turns what ends the body early into what fetch would throw.
 */
function exchange(url, method, headers, body, signal, follow) {
    return new Promise((resolve, reject) => {
        const secure = url.protocol === 'https:';
        if (!secure && url.protocol !== 'http:') {
            reject(fetchFailed(new Error(`unknown scheme ${url.protocol}`)));
            return;
        }
        if (url.username || url.password) {
            reject(new TypeError(`Request cannot be constructed from a URL that includes credentials: ${url.origin}`));
            return;
        }
        const sent = { ...headers };
        if (body && 'bytes' in body)
            sent['content-length'] = String(body.bytes.byteLength);
        else if (!body && (method === 'POST' || method === 'PUT'))
            sent['content-length'] = '0'; // as fetch does
        const target = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.urlToHttpOptions)(url); // no `auth`: a URL with credentials was refused above
        let request;
        try {
            if (secure) {
                // TLS costs ~40 ms to load: only when an https URL is asked for.
                const tls = process.getBuiltinModule('node:https');
                request = tls.request({ ...target, method, headers: sent, agent: tls.globalAgent });
            }
            else {
                const { request: send, globalAgent } = process.getBuiltinModule('node:http');
                request = send({ ...target, method, headers: sent, agent: globalAgent });
            }
        }
        catch (error) {
            reject(fetchFailed(error)); // an invalid header name or value
            return;
        }
        let answered;
        let connectTimer;
        const failure = (error) => (signal?.aborted ? signal.reason : new TypeError('terminated', { cause: error }));
        const onAbort = () => {
            request.destroy(signal?.reason);
            answered?.destroy(signal?.reason);
        };
        const done = () => {
            clearTimeout(connectTimer);
            signal?.removeEventListener('abort', onAbort);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        request.on('socket', (socket) => {
            if (!socket.connecting)
                return;
            connectTimer = setTimeout(() => request.destroy(coded('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')), connectTimeoutMs);
            connectTimer.unref();
            socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
        });
        request.setTimeout(idleTimeoutMs, () => {
            if (answered)
                answered.destroy(coded('Body Timeout Error', 'UND_ERR_BODY_TIMEOUT'));
            else
                request.destroy(coded('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT'));
        });
        // A body stream that fails aborts the request: fail with the stream's error, as fetch does.
        let bodyFailure;
        if (body && 'stream' in body)
            body.stream.once('error', (error) => (bodyFailure ??= { error }));
        request.on('error', (error) => {
            if (answered)
                return; // the body's reader sees it
            done();
            reject(signal?.aborted ? signal.reason : fetchFailed(bodyFailure ? bodyFailure.error : error));
        });
        request.on('response', (message) => {
            answered = message;
            clearTimeout(connectTimer);
            message.once('close', done);
            // Nothing to read (HEAD, 204, a redirect to follow): drain it now, so the connection is free
            // again before the caller's next request (a drain started later would miss it).
            if (hasNoBody(method, message.statusCode ?? 0) || (follow && isRedirect(message)))
                message.resume();
            resolve({ message, failure });
        });
        if (!body)
            request.end();
        else if ('bytes' in body)
            request.end(body.bytes);
        else
            streams().pipeline(body.stream, request, () => undefined); // a failure on either side destroys both
    });
}


/***/ }),

/***/ 5259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * Replaces every known secret in `text` with `***`, longest first so a secret that contains
 * another is hidden whole. For messages built from server answers: a server that echoes a
 * request must not make us print a credential.
 */
function redact(text, secrets) {
    let result = text;
    for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('***');
    }
    return result;
}


/***/ }),

/***/ 6390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X2: () => (/* binding */ withRetryDefaults),
/* harmony export */   rU: () => (/* binding */ retryLoop)
/* harmony export */ });
/* unused harmony export realRetrySeams */
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/**
 * The one retry loop of every HTTP client (registry, catalog, Databricks, DataWorks): try, ask the
 * pure decision in core/retry.ts, wait or stop. Clients keep their own policy and wording; the
 * clock, the sleep and the randomness are seams tests replace (they record delays instead of waiting).
 */

const realRetrySeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: () => performance.now(),
};
/** A client's policy, the real seams, then the caller's overrides (a test's sleep, a smaller budget). */
function withRetryDefaults(defaults, overrides = {}) {
    return { ...defaults, ...realRetrySeams, ...overrides };
}
async function retryLoop(options, attempt) {
    const { policy } = options;
    const started = policy.now();
    for (let count = 1;; count++) {
        const result = await attempt(count);
        if ('done' in result)
            return result.done;
        const decision = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryDecision */ .PQ)({
            attempt: count,
            outcome: result.failed,
            elapsedMs: policy.now() - started,
            policy,
            random: policy.random(),
            nowMs: Date.now(),
            ...(options.server ? { server: options.server } : {}),
        }, options.explain ?? _core_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .explainStop */ .cV);
        if (!decision.retry)
            return result.giveUp(decision.reason, count);
        await result.discard?.();
        options.onRetry?.({ attempt: count, delayMs: decision.delayMs, reason: result.reason });
        await policy.sleep(decision.delayMs);
    }
}


/***/ }),

/***/ 9921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ur: () => (/* binding */ writeLog)
/* harmony export */ });
/* unused harmony exports writeFd, redirectLog */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The action log (stdout: the runner reads workflow commands there) and the CLI's answer, written
 * straight to file descriptors 1 and 2. `process.stdout` and `process.stderr` are streams Node
 * builds on first use; for a pipe, which is what the runner and most callers give, that means a
 * `net.Socket` and the modules behind it, some 8 ms at every start (issue 8: start \u2264 1.5 \u00d7 `node
 * -e 0`). A write the descriptor refuses (a non-blocking pipe that is full, a closed one) goes
 * through the stream from then on, as it would have anyway; Node writes stdio pipes and files
 * synchronously, so the order of lines is kept either way.
 */

const useStream = new Set();
function stream(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function writeFd(fd, text) {
    if (text === '')
        return;
    if (useStream.has(fd)) {
        stream(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, written);
    }
    catch {
        useStream.add(fd);
        stream(fd).write(bytes.subarray(written));
    }
}
let logSink;
/** The action log: stdout, unless redirected (the CLI keeps stdout for its JSON answer; tests capture it). */
function writeLog(text) {
    if (logSink)
        logSink(text);
    else
        writeFd(1, text);
}
/** Sends the action log to `sink` until the returned function is called. */
function redirectLog(sink) {
    const before = logSink;
    logSink = sink;
    return () => {
        logSink = before;
    };
}


/***/ })

};
