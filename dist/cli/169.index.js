export const id = 169;
export const ids = [169];
export const modules = {

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

/***/ 1169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CatalogPlatform: () => (/* binding */ CatalogPlatform)
});

// UNUSED EXPORTS: targetId

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
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
// EXTERNAL MODULE: ./src/runtime/http-transport.ts
var http_transport = __webpack_require__(3802);
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
        this.fetch = options.fetch ?? http_transport/* httpTransport */.k6;
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
    /** 201 \u2192 created; 200 \u2192 the same version and digest existed (or this is a replay of our own 200). A 409 throws. */
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
 *   promotion was decided, so a channel moved by someone else in between \u2014 during a long image copy
 *   too \u2014 is reported with the version that won (ChannelMovedError), never overwritten.
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
        this.log = options.log ?? log/* actionsLog */._;
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
                throw new errors/* StepError */.zg(`the catalog has no image ${request.image}: create it first (ensureImage) \u2014 ${error.message}`, {
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


/***/ })

};
