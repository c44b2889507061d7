export const id = 976;
export const ids = [976];
export const modules = {

/***/ 8976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/promotion.ts + 1 modules
var core_promotion = __webpack_require__(972);
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
        throw new InputError('image', 'is required but empty', fix);
    let digest;
    try {
        digest = parseImageRef(value).digest;
    }
    catch (error) {
        if (error instanceof ImageRefError)
            throw new InputError('image', error.message, fix);
        throw error;
    }
    if (!digest)
        throw new InputError('image', `'${value}' is not pinned by digest (no @sha256:\u2026)`, fix);
    if (!digest.startsWith('sha256:'))
        throw new InputError('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
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
        throw new InputError('commit', value === '' ? 'is empty and GITHUB_SHA is not set' : `'${value}' is not a full commit id (40 or 64 lowercase hex)`, "Pass the git-state step's `commit` output");
    }
    return value;
}
function checkHash(value) {
    if (!FULL_HASH.test(value)) {
        throw new InputError('hash', value === '' ? 'is required but empty' : `'${value}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
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
// EXTERNAL MODULE: ./src/github/deployment-text.ts
var deployment_text = __webpack_require__(178);
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

// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
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
    return images.find((descriptor) => descriptor.platform && (0,core_platforms/* samePlatform */.my)(descriptor.platform, wanted));
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
                const available = entries.filter((e) => !isAttestation(e) && e.platform).map((e) => (0,core_platforms/* formatPlatform */.Bq)(e.platform));
                throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has no ${platform ? (0,core_platforms/* formatPlatform */.Bq)(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
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
                platforms.push((0,core_platforms/* canonicalPlatform */._l)(entry.platform));
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
    return (0,core_platforms/* canonicalPlatform */._l)({
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
            const { DataWorksPlatform } = await __webpack_require__.e(/* import() */ 95).then(__webpack_require__.bind(__webpack_require__, 3095));
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

;// CONCATENATED MODULE: ./src/core/labels.ts
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

;// CONCATENATED MODULE: ./src/registry/image-move.ts
/**
 * The registry side of a promotion, in the order it runs: read the source image by digest (it must
 * exist and carry the hash label), move the image by digest only (nothing tagged: tags only, mount,
 * or streamed copy), confirm the destination serves exactly the source digest, and only then move
 * tags. Push access is proven before by RegistryClient.checkPushAccess.
 */







/** Reads the source by digest, and the labels of every platform it holds. Absent: a StepError. */
async function readSourceImage(client, ref) {
    const manifest = await client.getManifestIfPresent(ref);
    if (!manifest) {
        throw new errors/* StepError */.zg(`the registry has no ${(0,image_ref/* formatImageRef */.kL)(ref)}: the version's image was deleted, or never pushed where the platform says. Nothing was moved`);
    }
    const hashLabels = {};
    let revision;
    const images = [];
    if (isIndexMediaType(manifest.mediaType)) {
        for (const entry of manifest.manifest.manifests ?? []) {
            if (!isAttestation(entry))
                images.push(await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest)));
        }
    }
    else {
        images.push(manifest);
    }
    for (const image of images) {
        const config = await client.readConfig(ref, image.manifest.config);
        const labels = config.config?.Labels ?? {};
        hashLabels[(0,core_platforms/* formatPlatform */.Bq)(configPlatform(config))] = labels[HASH_LABEL];
        revision ??= labels[OCI_LABELS.revision];
    }
    return { ref, manifest, hashLabels, ...(revision ? { revision } : {}) };
}
/** The digest a tag of `repository` points at now; undefined when the tag does not exist. */
async function tagDigest(client, repository, tag) {
    return (await client.headManifest((0,image_ref/* withTag */.Rd)(repository, tag)))?.digest;
}
/**
 * Puts the source at the destination by digest only (no tag moves): nothing for `tags`, a copy
 * that mounts every blob for `mount`, a streamed copy for `copy` (every platform of an index,
 * blobs `concurrency` at a time, each verified against its digest).
 */
async function moveImage(client, source, destination, kind, concurrency) {
    if (kind === 'tags')
        return { blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 }, bytesCopied: 0, manifests: 0 };
    const copied = await client.copyImage(source.ref, (0,image_ref/* withDigest */.hQ)(destination, source.ref.digest), { concurrency, manifest: source.manifest });
    return { blobs: copied.blobs, bytesCopied: copied.bytesCopied, manifests: copied.manifests };
}
/** Throws unless the destination serves exactly `digest` (a registry HEAD, not our own bookkeeping). */
async function verifyDestination(client, destination, digest) {
    const pinned = (0,image_ref/* withDigest */.hQ)(destination, digest);
    const head = await client.headManifest(pinned);
    if (!head)
        throw new errors/* StepError */.zg(`${(0,image_ref/* formatImageRef */.kL)(pinned)} is not in the registry after the copy: no tag was moved`);
    if (head.digest !== digest) {
        throw new errors/* StepError */.zg(`the registry serves ${head.digest} for ${(0,image_ref/* formatImageRef */.kL)(pinned)}, not ${digest}: no tag was moved`);
    }
}
/** Puts the verified manifest under each tag (manifest PUTs, no blob moves). */
async function moveTags(client, destination, digest, tags, manifest) {
    if (tags.length > 0)
        await client.tagImage((0,image_ref/* withDigest */.hQ)(destination, digest), tags, manifest);
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

;// CONCATENATED MODULE: ./src/actions/promote/checks.ts







/**
 * Everything the registry must confirm before anything moves, read at once: the source image and
 * its build-hash labels, push access at the destination, and the version tag there. Failures are
 * reported in that fixed order, whichever came first.
 */
async function checkBeforeMoving(client, facts) {
    const { source, destination, version, versionTag } = facts;
    const [sourceRead, push, tag] = await Promise.allSettled([
        readSourceImage(client, source),
        checkPushAccessOrExplain(client, destination, facts.credentials),
        versionTag ? tagDigest(client, destination, versionTag) : Promise.resolve(undefined),
    ]);
    const found = settledValue(sourceRead);
    const problem = (0,core_promotion/* hashLabelProblem */.Y5)((0,image_ref/* formatImageRef */.kL)(source), found.hashLabels, version.buildHash);
    if (problem)
        throw new errors/* StepError */.zg(`${problem}. Nothing was moved`);
    settledValue(push);
    const taken = versionTag && (0,core_promotion/* versionTagProblem */.sx)((0,image_ref/* repositoryName */.aR)(destination), versionTag, settledValue(tag), version.digest);
    if (taken)
        throw new errors/* StepError */.zg(taken);
    actions_core/* info */.pq(`Source ${(0,image_ref/* formatImageRef */.kL)(source)} carries the build hash; ${(0,image_ref/* repositoryName */.aR)(destination)} accepts pushes`);
    return found;
}
/** Push access, or one clear error that says which credentials are missing. */
async function checkPushAccessOrExplain(client, destination, credentials) {
    try {
        await client.checkPushAccess(destination);
    }
    catch (error) {
        const denied = error instanceof RegistryError && (error.status === 401 || error.status === 403);
        if (denied && !(await credentials(destination.registry))) {
            throw new errors/* InputError */.dz('registry-username', `the destination registry ${destination.registry} refused to let ${destination.repository} be pushed to without credentials, and none were given (HTTP ${error.status})`, 'Pass registry-username and registry-password for the destination registry (from secrets), or log in before this step (docker/login-action)');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/actions/promote/deployment.ts



/**
 * Creates the GitHub deployment (then `in_progress`) for a promotion, before anything moves: a
 * token that may not write deployments fails the step with nothing moved. The commit it records is
 * the platform's, else the image's revision label, else the workflow's.
 */
async function startDeployment(makeLedger, token, commits, record) {
    const ref = (0,core_promotion/* deploymentRef */.f8)({ ...commits, workflowSha: process.env.GITHUB_SHA });
    if (!ref) {
        throw new errors/* StepError */.zg(`no commit is known for ${record.name} ${record.version} (the platform records none, the image has no revision label, GITHUB_SHA is unset): a deployment needs one`);
    }
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository) {
        throw new errors/* InputError */.dz('github-token', 'is set but GITHUB_REPOSITORY is not', 'Run in GitHub Actions, or set GITHUB_REPOSITORY=owner/repo');
    }
    const ledger = await makeLedger({
        token,
        repository,
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
        log: { info: (message) => actions_core/* info */.pq(message), debug: (message) => actions_core/* debug */.Yz(message) },
    });
    return { ledger, deployment: await ledger.start({ ...record, ref }) };
}

;// CONCATENATED MODULE: ./src/core/lists.ts
/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */

/** Items separated by commas or new lines, trimmed, empties dropped. */
function splitList(text) {
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

;// CONCATENATED MODULE: ./src/core/tags.ts
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
    for (const item of splitList(text)) {
        const tag = bareTag(item, image, input);
        if (isHashTag(tag)) {
            throw new errors/* InputError */.dz(input, `'${item}' has the shape of a hash tag`, 'Hash tags are set by the action itself; choose another tag name');
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}
function bareTag(item, image, input) {
    if (!item.includes('/') && !item.includes('@') && !item.includes(':')) {
        if ((0,image_ref/* isValidTag */.r_)(item))
            return item;
        throw new errors/* InputError */.dz(input, `'${item}' is not a valid tag`, "Use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')");
    }
    let ref;
    try {
        ref = (0,image_ref/* parseImageRef */.Q)(item);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            throw new errors/* InputError */.dz(input, error.message, 'Give bare tags (latest, v1.2.3) or references of the image repository');
        throw error;
    }
    const wanted = (0,image_ref/* repositoryName */.aR)(image);
    if (ref.digest)
        throw new errors/* InputError */.dz(input, `'${item}' is pinned by digest`, 'Give a tag, not a digest');
    if ((0,image_ref/* repositoryName */.aR)(ref) !== wanted) {
        throw new errors/* InputError */.dz(input, `'${item}' names the repository ${(0,image_ref/* repositoryName */.aR)(ref)}, not the image ${wanted}`, `Give bare tags or references of ${wanted}`);
    }
    return ref.tag ?? 'latest';
}
/** Every tag the image carries when the step succeeds: the hash tag, then the extra tags. */
function allTags(hashTag, extra) {
    return [hashTag, ...extra.filter((tag) => tag !== hashTag)];
}

;// CONCATENATED MODULE: ./src/core/build-secrets.ts
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
        throw new InputError(input, `${shown} is not ${FORMS[input].split(',')[0]}`, `Write one ${FORMS[input]} per line`);
    const id = line.slice(0, at).trim();
    const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
    if (!SECRET_ID.test(id))
        throw new InputError(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    if (id === 'id') {
        // `id=\u2026` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new InputError(input, "a line starts with 'id=', which reads as Docker's `--secret id=\u2026` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
    }
    return { id, value };
}
function builderEnvName(index) {
    return `IMAGE_ACTIONS_SECRET_${index}`;
}
/** `workspace` resolves relative secret files. */
function build_secrets_parseBuildSecrets(lines, workspace) {
    const secrets = [];
    const environment = {};
    const values = [];
    const seen = new Map();
    const add = (input, secret) => {
        const first = seen.get(secret.id);
        if (first)
            throw new InputError(input, `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`, 'Give each secret id once');
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
            throw new InputError('secret-envs', `'${value}' is not an environment variable name`, `Write one ${FORMS['secret-envs']} per line`);
        add('secret-envs', { id, env: value });
    }
    for (const line of lines.secretFiles ?? []) {
        const { id, value } = split('secret-files', line);
        const file = path.resolve(workspace, value);
        if (file.includes(','))
            throw new InputError('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
        add('secret-files', { id, src: file });
    }
    return { secrets, ids: [...seen.keys()].sort(), environment, values };
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
function inputs_readString(name) {
    return actions_core/* getInput */.V4(name).trim();
}
function inputs_readOptional(name) {
    const value = inputs_readString(name);
    return value === '' ? undefined : value;
}
function readRequired(name, fix) {
    const value = inputs_readString(name);
    if (value === '')
        throw new InputError(name, 'is required but empty', fix);
    return value;
}
function readBoolean(name) {
    const value = inputs_readString(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new InputError(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = inputs_readString(name);
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function inputs_readList(name) {
    return splitList(actions_core/* getInput */.V4(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function inputs_readLines(name) {
    return actions_core/* getInput */.V4(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
function inputs_readKeyValueLines(name) {
    return parseKeyValueLines(inputs_readLines(name), name);
}
/**
 * Masks the values of credential inputs before anything can fail and print them, and, when given,
 * every value in a `KEY=value` settings input whose key names a password, secret or token.
 */
function maskSecretInputs(names, settingsInput) {
    for (const name of names) {
        const value = inputs_readString(name);
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

// EXTERNAL MODULE: ./src/runtime/workspace.ts
var workspace = __webpack_require__(9333);
;// CONCATENATED MODULE: ./src/hash/definition-inputs.ts
/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 * A `spec` (an image spec, rendered to a Dockerfile) stands where `context` and `dockerfile` would.
 * The spec code (YAML, its JSON Schema) loads only when a spec is given: most runs start without it.
 */








const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;
/** The `insecure-registries` input: host[:port] entries that speak plain HTTP (loopback always does). */
function readInsecureRegistries() {
    const entries = inputs_readList('insecure-registries');
    for (const entry of entries) {
        if (!HOST.test(entry)) {
            throw new errors/* InputError */.dz('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
        }
    }
    return entries;
}
/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input, resolved, root) {
    if (!existsSync(resolved))
        return resolved;
    const real = realpathSync(resolved);
    const realRoot = realpathSync(root);
    if (!isInside(realRoot, real)) {
        throw new InputError(input, `'${resolved}' leads outside the workspace (to ${real}) through a symlink`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}
function readKeyValues(name, what) {
    const values = readKeyValueLines(name);
    for (const key of Object.keys(values)) {
        if (/\s/.test(key) || key === '')
            throw new InputError(name, `'${key}' is not a valid ${what} name`, `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`);
    }
    return values;
}
/**
 * A file path outside the build context: inside Actions it must be in the workspace or RUNNER_TEMP
 * (where earlier steps leave files); from a terminal (the CLI outside Actions) the person chose it.
 */
function allowedOutsideWorkspace(input, value, root) {
    const resolved = path.resolve(root, value);
    if (process.env.GITHUB_ACTIONS !== 'true')
        return resolved;
    const runnerTemp = process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : undefined;
    if (runnerTemp && isInside(runnerTemp, resolved))
        return resolved;
    return staysInside(input, resolveInWorkspace(input, value, root), root);
}
/** Every secret value is masked before anything else can fail and print. */
function readSecretInputs(root) {
    const lines = { secrets: readLines('secrets'), secretEnvs: readLines('secret-envs'), secretFiles: readLines('secret-files') };
    for (const line of lines.secrets) {
        const value = line.slice(line.indexOf('=') + 1);
        if (value)
            core.setSecret(value);
    }
    const parsed = parseBuildSecrets(lines, root);
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
    if (readOptional('dockerfile') !== undefined) {
        throw new InputError('spec', 'is set together with dockerfile', 'Give one of them: a spec declares the image, a Dockerfile writes it');
    }
    if ((readString('context') || '.') !== '.') {
        throw new InputError('context', 'does not apply to a spec: the spec names its files relative to itself', 'Leave context empty, and set context: inside the spec if its files live above its folder');
    }
    const { loadSpec, parseSpecReference } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 3869));
    const spec = loadSpec(parseSpecReference(value, root), { workspace: root, env: process.env, input: 'spec' });
    if (spec.spec.base.kind !== 'dockerfile') {
        for (const [name, given] of [
            ['build-args', Object.keys(buildArgs).length > 0],
            ['target', target !== ''],
        ]) {
            if (given)
                throw new InputError(name, 'does not apply to a spec: its Dockerfile is rendered', 'Declare env in the spec instead, or leave it empty');
        }
    }
    for (const warning of spec.rendered.warnings) {
        core.warning(`${warning.field}: ${warning.message}`, {
            title: 'image spec',
            file: spec.spec.fileName,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
    return spec;
}
/** The `platforms` input, or the spec's when the input is empty; both given must agree. */
function readPlatforms(spec) {
    const given = readList('platforms');
    if (!spec || spec.spec.platforms.length === 0)
        return normalizePlatforms(given);
    if (given.length === 0)
        return spec.spec.platforms;
    const fromInput = normalizePlatforms(given);
    if (fromInput.join(',') !== spec.spec.platforms.join(',')) {
        throw new InputError('platforms', `${fromInput.join(', ')} differs from the spec's platforms (${spec.spec.platforms.join(', ')})`, 'Set the platforms in one place: the input or the spec');
    }
    return fromInput;
}
async function readDefinitionInputs() {
    const root = workspaceRoot();
    const secrets = readSecretInputs(root);
    const manifestFile = readOptional('manifest-file');
    const buildArgs = readKeyValues('build-args', 'build arg');
    const target = readString('target');
    const specInput = readOptional('spec');
    const spec = specInput === undefined ? undefined : await readSpecInput(specInput, root, buildArgs, target);
    let context;
    let dockerfile;
    if (spec) {
        context = spec.contextDir;
        dockerfile = spec.reference.file;
    }
    else {
        context = staysInside('context', resolveInWorkspace('context', readString('context') || '.', root), root);
        const dockerfileInput = readOptional('dockerfile');
        dockerfile = dockerfileInput
            ? staysInside('dockerfile', resolveInWorkspace('dockerfile', dockerfileInput, root), root)
            : staysInside('dockerfile', path.join(context, 'Dockerfile'), root);
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
    const { prepareSpecBuild } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(869), __webpack_require__.e(596)]).then(__webpack_require__.bind(__webpack_require__, 3596));
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
    const endpoint = checkEndpoint(platform, inputs_readString('endpoint'));
    const token = inputs_readOptional('token');
    const oidcAudience = inputs_readOptional('oidc-audience');
    const accessKeyId = inputs_readOptional('access-key-id');
    const accessKeySecret = inputs_readOptional('access-key-secret');
    checkCredentialInputs(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
    return {
        platform,
        endpoint,
        ...(token ? { token } : {}),
        ...(oidcAudience ? { oidcAudience } : {}),
        ...(accessKeyId ? { accessKeyId } : {}),
        ...(accessKeySecret ? { accessKeySecret } : {}),
        platformSettings: inputs_readKeyValueLines('platform-settings'),
    };
}

;// CONCATENATED MODULE: ./src/actions/promote/inputs.ts











function readPromoteInputs() {
    const platformInputs = readPlatformInputs(['registry-password', 'github-token']);
    const { platform } = platformInputs;
    const imageName = checkImageName(platform, inputs_readString('image-name'));
    const choice = (0,core_promotion/* decidePromotion */.g_)({
        platform,
        version: inputs_readString('version'),
        fromChannel: inputs_readString('from-channel'),
        toChannel: inputs_readString('to-channel'),
        requireChannel: inputs_readString('require-channel'),
    });
    const toImage = readToImage();
    (0,core_promotion/* checkDestinationAllowed */.rG)(platform, inputs_readOptional('to-image'));
    const reason = inputs_readOptional('reason');
    if (reason !== undefined && reason.length > 1024) {
        throw new errors/* InputError */.dz('reason', `has ${reason.length} characters, more than 1024`, 'Shorten it; link to details instead');
    }
    const registryLogin = readRegistryLogin();
    const deployment = readDeployment();
    return {
        ...platformInputs,
        imageName,
        choice,
        ...(toImage ? { toImage } : {}),
        tags: readTags(toImage),
        // Raw lines, so an error can quote the line number the user sees.
        targets: (0,targets/* parseTargets */.Sx)(actions_core/* getInput */.V4('targets').split('\n'), platform),
        ...(registryLogin ? { registryLogin } : {}),
        insecureRegistries: readInsecureRegistries(),
        ...(reason ? { reason } : {}),
        ...(deployment ? { deployment } : {}),
    };
}
function readToImage() {
    const value = inputs_readOptional('to-image');
    if (value === undefined)
        return undefined;
    try {
        return (0,image_ref/* parseRepository */.SU)(value);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0) {
            throw new errors/* InputError */.dz('to-image', error.message, 'Give the destination repository without tag or digest, e.g. ghcr.io/acme/ml-runtime: the version decides the digest, and tags go in tags');
        }
        throw error;
    }
}
/** Without to-image the destination is the version's own repository, known only once it is resolved: tags must be bare. */
function readTags(toImage) {
    const text = actions_core/* getInput */.V4('tags');
    if (toImage)
        return parseExtraTags(text, toImage);
    for (const item of splitList(text)) {
        if (/[/:@]/.test(item)) {
            throw new errors/* InputError */.dz('tags', `'${item}' is a reference, but without to-image the destination is the version's own repository`, 'Give bare tags (prod, v1.2.3), or set to-image');
        }
    }
    return parseExtraTags(text, { registry: '', repository: '' });
}
function readRegistryLogin() {
    const username = inputs_readOptional('registry-username');
    const password = inputs_readOptional('registry-password');
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* InputError */.dz(username === undefined ? 'registry-username' : 'registry-password', 'is empty while the other registry credential is set', 'Give both registry-username and registry-password for the destination registry, or neither (then ~/.docker/config.json is used)');
    }
    return username !== undefined && password !== undefined ? { username, password } : undefined;
}
function readDeployment() {
    const token = inputs_readOptional('github-token');
    const environment = inputs_readOptional('environment');
    if (token === undefined && environment === undefined)
        return undefined;
    if (token === undefined) {
        throw new errors/* InputError */.dz('github-token', `is empty, so the deployment to environment '${environment}' cannot be recorded`, "Pass github-token: ${{ github.token }} with 'permissions: deployments: write', or leave environment empty");
    }
    if (environment === undefined) {
        throw new errors/* InputError */.dz('environment', 'is empty while github-token is set', 'Name the GitHub environment to record the deployment in, e.g. production');
    }
    return { token, environment };
}

;// CONCATENATED MODULE: ./src/actions/promote/resolve.ts



/**
 * Turns the choice into one registered version with its digest, through the platform and never
 * through a registry tag: a version name, `previous` (what to-channel held before), or what
 * from-channel holds. Then require-channel must hold exactly that version.
 */
async function resolveVersion(platform, image, choice) {
    const { selector, toChannel, requireChannel } = choice;
    if (selector.kind === 'reference') {
        const version = {
            id: selector.ref,
            image,
            version: selector.ref,
            digest: selector.digest,
            imageRef: selector.ref,
            created: false,
        };
        return { version };
    }
    // The reads that do not wait on each other go out at once; their failures are reported in this order.
    const [before, direct, required] = await Promise.allSettled([
        toChannel !== undefined ? readChannel(platform, image, toChannel, 'to-channel') : undefined,
        selector.kind === 'version' ? platform.getVersion(image, selector.version) : undefined,
        requireChannel !== undefined ? readChannel(platform, image, requireChannel, 'require-channel') : undefined,
    ]);
    const channelBefore = settledValue(before);
    let name;
    let version;
    if (selector.kind === 'version') {
        name = selector.version;
        version = settledValue(direct);
    }
    else {
        if (selector.kind === 'previous') {
            if (!channelBefore) {
                throw new errors/* InputError */.dz('version', `previous: channel ${toChannel} of ${image} holds no version yet, so there is nothing to roll back to`, 'Give the version to promote');
            }
            const previous = await platform.previousVersion?.(image, channelBefore.channel);
            if (previous === undefined) {
                throw new errors/* InputError */.dz('version', `previous: channel ${toChannel} of ${image} has held only ${channelBefore.version}, so there is nothing to roll back to`, 'Give the version to promote');
            }
            name = previous;
        }
        else {
            const holding = await readChannel(platform, image, selector.channel, 'from-channel');
            if (!holding) {
                throw new errors/* InputError */.dz('from-channel', `channel ${selector.channel} of ${image} holds no version`, `Promote a version to ${selector.channel} first, or give the version to promote`);
            }
            name = holding.version;
        }
        version = await platform.getVersion(image, name);
    }
    if (!version) {
        throw new errors/* InputError */.dz(selector.kind === 'channel' ? 'from-channel' : 'version', `${image} has no version '${name}' on ${platform.name}`, 'Check the image name and the version (the register step prints the versions it registers)');
    }
    if (requireChannel !== undefined)
        (0,core_promotion/* checkRequiredChannel */.PP)(image, requireChannel, settledValue(required), version.version);
    return { version, ...(channelBefore ? { channelBefore } : {}) };
}
async function readChannel(platform, image, channel, input) {
    if (!platform.readChannel) {
        throw new errors/* InputError */.dz(input, `the ${platform.name} adapter cannot read channels`, `Leave ${input} empty on ${platform.name}`);
    }
    const state = await platform.readChannel(image, channel);
    if (state && state.image !== image)
        throw new errors/* StepError */.zg(`${platform.name} answered for image ${state.image} when asked for ${image}`);
    return state;
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

;// CONCATENATED MODULE: ./src/actions/promote/summary.ts


function fromTo(report) {
    if (!report.channel)
        return `${code(report.version)} (no channels on ${escapeHtml(report.platform)})`;
    const from = report.previousVersion ? code(report.previousVersion) : 'nothing';
    const change = report.channelChanged ? '' : ' \u2014 already there, nothing changed';
    return `${escapeHtml(report.channel)}: ${from} \u2192 ${code(report.version)}${change}`;
}
/** The job summary: from \u2192 to, the digest, what moved and how many bytes, time, targets, the deployment. */
async function writePromoteSummary(report) {
    const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
    await writeSummary('Promote', [
        ['Image', `${code(report.image)} on ${escapeHtml(report.platform)}`],
        ['Promotion', fromTo(report)],
        ...(report.fromChannel ? [['Taken from', `channel ${escapeHtml(report.fromChannel)}`]] : []),
        ['Digest', code(report.digest)],
        ['From', code(report.source)],
        ['To', code(report.destination)],
        ['Move', escapeHtml((0,core_promotion/* describeMove */.xS)(report.move))],
        ['Bytes copied', String(report.bytesCopied)],
        ['Tags', report.tags.length > 0 ? report.tags.map(code).join(' ') : '\u2014'],
        ['Time', `${total} ms (${report.phases.map((phase) => `${escapeHtml(phase.name)} ${phase.ms} ms`).join(', ')})`],
        [
            'Deployment',
            report.deployment
                ? `<a href="${escapeHtml(report.deployment.url)}">${report.deployment.id}</a> in ${escapeHtml(report.deployment.environment)}`
                : 'not recorded (no environment)',
        ],
    ], (summary) => {
        if (report.attachments.length === 0) {
            summary.addRaw('No targets: nothing was attached.', true);
            return;
        }
        summary.addTable(table(['Target', 'Runs', 'Change'], report.attachments.map((a) => [code(a.target), code(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached'])));
    });
}

;// CONCATENATED MODULE: ./src/actions/promote/main.ts


















/**
 * Blobs in flight at once. Streamed copies hold no blob in memory, so every layer of a typical image
 * can start at once instead of waiting for a slot (the per-blob round trips overlap); mounts are metadata.
 */
const CONCURRENCY = { copy: 8, mount: 8, tags: 1 };
async function run(seams = {}) {
    const { createPlatform: makePlatform = createPlatform, readIdToken: idTokenFor = readIdToken, 
    // Blobs stream up in one PATCH each (as docker and skopeo push): no round trip per chunk.
    registry = (credentials, insecureRegistries) => new RegistryClient({ credentials, insecureRegistries, uploadMode: 'stream' }), deployments = async (options) => new (await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 6887))).GitHubDeployments(options), } = seams;
    await runAction(async () => {
        const inputs = readPromoteInputs();
        const phases = [];
        const timed = async (name, title, work) => {
            const { value, ms } = await timedGroup(title, work);
            phases.push({ name, ms });
            return value;
        };
        const url = runUrl(process.env);
        const platform = await makePlatform(await platformOptions(inputs, idTokenFor));
        const channel = inputs.choice.toChannel;
        if (channel !== undefined && !platform.promote) {
            throw new errors/* InputError */.dz('to-channel', `the ${platform.name} adapter cannot record promotions to a channel yet`, `Leave it empty on ${platform.name} and promote to targets`);
        }
        const resolved = await timed('resolve', `Resolve the version of ${inputs.imageName} on ${platform.name}`, async () => {
            const found = await resolveVersion(platform, inputs.imageName, inputs.choice);
            actions_core/* info */.pq(`${inputs.imageName} ${found.version.version} is ${found.version.digest} (${found.version.imageRef})`);
            if (channel !== undefined)
                actions_core/* info */.pq(`Channel ${channel} holds ${found.channelBefore?.version ?? 'nothing'}`);
            return found;
        });
        const { version } = resolved;
        const pinnedSource = (0,image_ref/* parsePinnedImageRef */.Sm)(version.imageRef);
        if (!pinnedSource || pinnedSource.digest !== version.digest) {
            throw new errors/* StepError */.zg(`${platform.name} records ${inputs.imageName} ${version.version} as '${version.imageRef}', which is not pinned to its digest ${version.digest}: cannot promote it safely`);
        }
        const source = { ...(0,image_ref/* withDigest */.hQ)(pinnedSource, version.digest), digest: version.digest };
        const destination = inputs.toImage ?? source;
        const move = (0,core_promotion/* decideMove */.qW)(source, destination);
        const ownTag = inputs.choice.selector.kind === 'reference' ? undefined : (0,core_promotion/* destinationTags */.oe)(version.version, inputs.tags);
        const tags = ownTag?.tags ?? inputs.tags;
        actions_core/* info */.pq(`Move: ${(0,core_promotion/* describeMove */.xS)(move)}; ${(0,image_ref/* formatImageRef */.kL)(source)} \u2192 ${(0,image_ref/* repositoryName */.aR)(destination)}`);
        const credentials = defaultCredentials(inputs.registryLogin
            ? [{ registry: destination.registry, ...inputs.registryLogin, source: 'registry-username/registry-password' }]
            : []);
        const client = registry(credentials, inputs.insecureRegistries);
        const image = await timed('check', 'Check the source image and the destination', () => checkBeforeMoving(client, { source, destination, version, versionTag: ownTag?.versionTag, credentials }));
        if (move !== 'tags' && tags.length === 0) {
            actions_core/* warning */.$e(`${(0,image_ref/* repositoryName */.aR)(destination)} will hold the image by digest only: registries may garbage-collect untagged images; give tags`);
        }
        const started = inputs.deployment
            ? await timed('deployment', `Record a deployment to ${inputs.deployment.environment}`, () => startDeployment(deployments, inputs.deployment.token, { recorded: version.commit, label: image.revision }, {
                environment: inputs.deployment.environment,
                name: inputs.imageName,
                image: (0,core_promotion/* pinnedName */.W2)(destination, version.digest),
                digest: version.digest,
                version: version.version,
                ...(channel !== undefined ? { channel } : {}),
                ...(resolved.channelBefore ? { previousVersion: resolved.channelBefore.version } : {}),
                ...(url ? { runUrl: url } : {}),
            }))
            : undefined;
        const deployment = started?.deployment;
        try {
            const moved = await timed('move', `Move ${version.digest} to ${(0,image_ref/* repositoryName */.aR)(destination)}`, async () => {
                const result = await moveImage(client, image, destination, move, CONCURRENCY[move]);
                actions_core/* info */.pq(`Blobs: ${result.blobs.copied} copied (${result.bytesCopied} bytes), ${result.blobs.mounted} mounted, ${result.blobs.exists} already there`);
                return result;
            });
            await timed('verify', `Verify ${(0,core_promotion/* pinnedName */.W2)(destination, version.digest)} in the registry`, () => verifyDestination(client, destination, version.digest));
            const destinationImage = (0,core_promotion/* pinnedName */.W2)(destination, version.digest);
            setOutputs({ version: version.version, digest: version.digest, image: destinationImage, move, 'bytes-copied': moved.bytesCopied });
            let promotion;
            if (channel !== undefined && platform.promote) {
                const promote = platform.promote.bind(platform);
                promotion = await timed('promote', `Promote ${version.version} to ${channel}`, () => promote({
                    image: inputs.imageName,
                    channel,
                    version: { ...version, imageRef: destinationImage },
                    expected: resolved.channelBefore ?? null,
                    ...((inputs.reason ?? url) ? { reason: inputs.reason ?? `promoted by ${url}` } : {}),
                }));
            }
            await timed('tags', `Tag ${destinationImage} as ${tags.join(', ') || '(no tags)'}`, () => moveTags(client, destination, version.digest, tags, image.manifest));
            let attachments = [];
            if (inputs.targets.length > 0) {
                attachments = await timed('attach', `Attach ${version.version} to ${inputs.targets.map(targets/* targetName */.je).join(', ')}`, () => platform.attach({ ...version, imageRef: destinationImage }, inputs.targets));
            }
            const previous = promotion?.previousVersion ?? resolved.channelBefore?.version;
            setOutputs({
                'previous-version': previous ?? '',
                attachments: JSON.stringify(attachments),
                'deployment-id': deployment?.id ?? '',
            });
            actions_core/* info */.pq(`Time: ${phases.map((phase) => `${phase.name} ${phase.ms} ms`).join(', ')}`);
            await writePromoteSummary({
                platform: platform.name,
                image: inputs.imageName,
                version: version.version,
                ...(channel !== undefined ? { channel } : {}),
                ...(inputs.choice.selector.kind === 'channel' ? { fromChannel: inputs.choice.selector.channel } : {}),
                ...(previous !== undefined ? { previousVersion: previous } : {}),
                channelChanged: promotion?.changed ?? false,
                digest: version.digest,
                source: (0,image_ref/* formatImageRef */.kL)(source),
                destination: destinationImage,
                move,
                bytesCopied: moved.bytesCopied,
                tags,
                attachments,
                ...(deployment ? { deployment } : {}),
                phases,
            });
        }
        catch (error) {
            if (started) {
                await started.ledger
                    .finish(started.deployment, 'failure', (0,deployment_text/* shortDescription */.r3)((0,errors/* errorMessage */.gJ)(error)))
                    .catch((failure) => actions_core/* warning */.$e(`The deployment could not be marked failed: ${(0,errors/* errorMessage */.gJ)(failure)}`));
            }
            throw error;
        }
        if (started) {
            // Promoted: a status that cannot be written fails the step, but never records a failure.
            await started.ledger.finish(started.deployment, 'success', `${inputs.imageName} ${version.version} promoted${channel !== undefined ? ` to ${channel}` : ''}`);
        }
    });
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
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Sm: () => (/* binding */ parsePinnedImageRef),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost, isSha256Digest */
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
/* harmony export */   _l: () => (/* binding */ canonicalPlatform),
/* harmony export */   em: () => (/* binding */ normalizePlatforms),
/* harmony export */   my: () => (/* binding */ samePlatform)
/* harmony export */ });
/* unused harmony exports PlatformError, parsePlatform, normalizePlatform, hostPlatform, platformArgs */
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

/***/ 972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N8: () => (/* binding */ DATAWORKS_CHANNEL),
  rG: () => (/* binding */ checkDestinationAllowed),
  PP: () => (/* binding */ checkRequiredChannel),
  qW: () => (/* binding */ decideMove),
  g_: () => (/* binding */ decidePromotion),
  f8: () => (/* binding */ deploymentRef),
  xS: () => (/* binding */ describeMove),
  oe: () => (/* binding */ destinationTags),
  Y5: () => (/* binding */ hashLabelProblem),
  W2: () => (/* binding */ pinnedName),
  VO: () => (/* binding */ versionBeforeCurrent),
  sx: () => (/* binding */ versionTagProblem)
});

// UNUSED EXPORTS: CHANNEL_MODELS, PREVIOUS, checkChannelName, versionTag

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
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
        throw new InputError(input, `${problem}; a version is 1 to ${VERSION_MAX_LENGTH} characters, letters, digits, '.', '_', '+' and '-', starting with a letter or digit`, 'Use a semantic version such as 1.2.3, or leave it empty to use the git tag or the hash tag');
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
        throw new InputError('hash', 'is empty, and neither a version nor a semantic-version git tag was given', "Pass the hash step's output (or set 'version')");
    }
    const note = facts.gitTag.trim() === '' ? 'no git tag at the commit' : `the git tag ${facts.gitTag.trim()} is not a semantic version`;
    return { version: checkVersion(hashTag, 'hash'), source: 'hash-tag', reason: `the hash tag (${note})` };
}

;// CONCATENATED MODULE: ./src/core/promotion.ts
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
        throw new errors/* InputError */.dz(input, `'${value}' is not a channel name (lowercase letters and digits, separated by '.', '_' or '-'; at most ${CHANNEL_MAX_LENGTH})`, 'Use a name such as staging or production');
    }
    return value;
}
/** Checks how the version and the channels were asked for, against what the platform has. */
function decidePromotion(inputs) {
    const model = CHANNEL_MODELS[inputs.platform];
    if (inputs.version !== '' && inputs.fromChannel !== '') {
        throw new errors/* InputError */.dz('from-channel', `is set together with version '${inputs.version}'`, 'Give either version (a version name, or previous for a rollback) or from-channel (promote what that channel holds)');
    }
    if (inputs.version === '' && inputs.fromChannel === '') {
        throw new errors/* InputError */.dz('version', 'is empty and no from-channel is set', 'Give the version to promote (e.g. 1.2.3, or previous for a rollback), or from-channel to promote what that channel holds');
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
        throw new errors/* InputError */.dz('from-channel', `is the same channel as to-channel (${toChannel}): that promotion would change nothing`, 'Promote from another channel, e.g. from-channel: staging with to-channel: production');
    }
    const requireChannel = inputs.requireChannel === '' ? undefined : checkChannelName('require-channel', inputs.requireChannel);
    if (requireChannel !== undefined && requireChannel === toChannel) {
        throw new errors/* InputError */.dz('require-channel', `is the same channel as to-channel (${toChannel})`, 'Name the channel a version must pass first, e.g. require-channel: staging with to-channel: production');
    }
    return { selector, toChannel, ...(requireChannel !== undefined ? { requireChannel } : {}) };
}
function checkVersionName(version) {
    const problem = versionProblem(version);
    if (problem) {
        throw new errors/* InputError */.dz('version', `${problem}; a version name is 1 to 128 letters, digits, '.', '_', '+' and '-'`, 'Give a registered version name (e.g. 1.2.3), previous for a rollback, or from-channel');
    }
    return version;
}
function namedChannel(inputs) {
    if (inputs.toChannel === '') {
        throw new errors/* InputError */.dz('to-channel', `is required on ${inputs.platform}`, 'Name the channel to promote to, e.g. production');
    }
    return checkChannelName('to-channel', inputs.toChannel);
}
function singleChannel(inputs, name) {
    const only = `${inputs.platform} has one channel per image, '${name}' (the version its workspaces run)`;
    if (inputs.toChannel !== '' && inputs.toChannel !== name) {
        throw new errors/* InputError */.dz('to-channel', `'${inputs.toChannel}': ${only}`, `Leave to-channel empty or set it to ${name}`);
    }
    for (const [input, value] of [
        ['from-channel', inputs.fromChannel],
        ['require-channel', inputs.requireChannel],
    ]) {
        if (value !== '')
            throw new errors/* InputError */.dz(input, `'${value}': ${only}, so there is no other channel to read`, 'Give the version to promote');
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
            throw new errors/* InputError */.dz(input, `'${value}': ${none}`, 'Leave it empty: the promotion moves the image and attaches it to the targets');
        }
    }
    const fix = `Pass the image pinned by digest (<repository>@sha256:<64 hex>): ${inputs.platform} keeps no version names, the register step's version-id is that reference`;
    if (inputs.version === PREVIOUS)
        throw new errors/* InputError */.dz('version', `'previous': ${none}, so there is nothing to roll back to`, fix);
    const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(inputs.version);
    if (!pinned)
        throw new errors/* InputError */.dz('version', `'${inputs.version}' is not an image reference pinned by digest`, fix);
    return { selector: { kind: 'reference', ref: inputs.version, digest: pinned.digest } };
}
/**
 * Where a platform lets the image go. DataWorks runs the registry reference its version records
 * (an ACR URI): a copy elsewhere would not change what DataWorks runs, so it is refused.
 */
function checkDestinationAllowed(platform, toImage) {
    if (toImage === undefined || platform !== 'dataworks')
        return;
    throw new errors/* InputError */.dz('to-image', `dataworks runs the image its version records (its ACR ImageUri), so a copy to ${toImage} would not change what DataWorks runs`, 'Leave to-image empty on dataworks (the version is published where it is), or register the copy as a version of its own');
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
    throw new errors/* InputError */.dz('require-channel', holding
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
    if (!(0,image_ref/* isValidTag */.r_)(tag))
        throw new errors/* InputError */.dz('version', `'${version}' cannot be written as an image tag`, 'Use a semantic version such as 1.2.3');
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
    return `${(0,image_ref/* repositoryName */.aR)(repository)}@${digest}`;
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

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kj: () => (/* binding */ deploymentDescription),
/* harmony export */   mG: () => (/* binding */ deploymentPayload),
/* harmony export */   r3: () => (/* binding */ shortDescription)
/* harmony export */ });
/** GitHub keeps at most 140 characters of a description. */
function shortDescription(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}\u2026`;
}
/** `ml-runtime 1.2.3 (sha256:0123456789ab) \u2192 production`: what the deployment shows in the environment's list. */
function deploymentDescription(record) {
    return shortDescription(`${record.name} ${record.version} (${record.digest.slice(0, 19)}) \u2192 ${record.channel ?? record.environment}`);
}
/** What the deployment carries for tools that read the ledger (`listDeployments` \u2192 payload). */
function deploymentPayload(record) {
    return {
        name: record.name,
        image: record.image,
        digest: record.digest,
        version: record.version,
        ...(record.channel ? { channel: record.channel } : {}),
        ...(record.previousVersion ? { previous_version: record.previousVersion } : {}),
    };
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


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside)
/* harmony export */ });
/* unused harmony exports workspaceRoot, resolveInWorkspace */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The folder the runner checked out into; paths from inputs must stay inside it. */
function workspaceRoot() {
    return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** Resolves a path input against the workspace and rejects one that escapes it. */
function resolveInWorkspace(input, value, root = workspaceRoot()) {
    const resolved = path.resolve(root, value);
    if (!isInside(root, resolved)) {
        throw new InputError(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}


/***/ })

};
