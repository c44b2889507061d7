export const id = 569;
export const ids = [569];
export const modules = {

/***/ 5442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ny: () => (/* binding */ DatabricksApiError),
  ei: () => (/* binding */ DatabricksClient),
  I6: () => (/* binding */ normalizeWorkspaceUrl)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
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

// EXTERNAL MODULE: ./src/runtime/http-transport.ts
var http_transport = __webpack_require__(3802);
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
        this.fetchImpl = options.fetch ?? http_transport/* httpTransport */.k6;
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
        return new DatabricksApiError((0,redact/* redact */.E)(`${(0,log/* sentence */.e)(`Databricks ${method} ${path} failed with HTTP ${status}${retried}: ${what || 'no details'}`)}${hint}`, this.secrets), status, errorCode, ambiguous);
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


/***/ }),

/***/ 4569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchangeGithubOidcToken: () => (/* binding */ exchangeGithubOidcToken)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _runtime_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5259);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5442);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3232);
/* harmony import */ var _runtime_http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3802);





async function exchangeGithubOidcToken(options) {
    options.log.setSecret(options.idToken);
    const url = `${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeWorkspaceUrl */ .I6)(options.host)}/oidc/v1/token`;
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
        response = await (options.fetch ?? _runtime_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .httpTransport */ .k6)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
        });
    }
    catch (error) {
        const reason = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .failureReason */ .Hr)(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`Databricks OIDC token exchange: cannot reach ${url} (${reason}). Check the workspace URL.`);
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg((0,_runtime_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(`Databricks refused the GitHub OIDC token exchange (HTTP ${response.status}): ${what}. ` +
        'Check the federation policy of the service principal: issuer https://token.actions.githubusercontent.com, ' +
        "the audience passed to getIDToken, and the subject (repository, ref or environment); the workflow needs 'permissions: id-token: write'.", secrets));
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


/***/ })

};
