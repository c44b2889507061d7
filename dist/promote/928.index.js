export const id = 928;
export const ids = [928];
export const modules = {

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
 * `POST pipeline_builds`): only what says the request was not acted on is retried \u2014 429 and 503,
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

/***/ 2928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZenMLPlatform: () => (/* binding */ ZenMLPlatform)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/targets.ts
var core_targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/platform/platform.ts
var platform = __webpack_require__(8944);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/platform/retry-policy.ts
var retry_policy = __webpack_require__(3232);
// EXTERNAL MODULE: ./src/runtime/http-transport.ts
var http_transport = __webpack_require__(3802);
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
                response = await (this.options.fetch ?? http_transport/* httpTransport */.k6)(url, { method, headers, ...(body === undefined ? {} : { body }) });
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
        const what = (0,log/* sentence */.e)([exception, message].filter((part) => part).join(': ') || 'no details');
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
const AMBIGUOUS_ROUNDS = 3;
class ZenMLPlatform {
    options;
    name = 'zenml';
    client;
    log;
    projectId;
    constructor(options) {
        this.options = options;
        this.log = options.log ?? log/* actionsLog */._;
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
                const listed = await this.builds(facts, checksum, 50);
                const found = this.pick(listed, request.imageRef);
                const decided = found ? this.decide(request, found, true) : undefined;
                if (decided) {
                    // The POST may have created a build after all: a later one of this image is a duplicate
                    // (ours, or a racer's that removes its own too), as after a clear answer below.
                    await this.removeDuplicates(listed, decided.id, request.imageRef);
                    return decided;
                }
                // Not there: sending it again cannot leave two (a late first one is removed below).
                if (round >= AMBIGUOUS_ROUNDS) {
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
    /** Deletes the builds of `imageRef` other than `keep` (a later duplicate never stands for the version). */
    async removeDuplicates(builds, keep, imageRef) {
        for (const build of builds) {
            if (!build.id || build.id === keep || buildImage(build, this.keys()) !== imageRef)
                continue;
            await this.removeBuild(build.id);
            this.log.info(`ZenML build ${keep} stands for this version; removed the duplicate ${build.id}.`);
        }
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


/***/ })

};
