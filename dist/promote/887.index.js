export const id = 887;
export const ids = [887];
export const modules = {

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubDeployments: () => (/* binding */ GitHubDeployments)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(891);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _deployment_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(178);
/* harmony import */ var _platform_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3232);
/* harmony import */ var _runtime_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5259);
/* harmony import */ var _runtime_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6390);
/**
 * GitHub Deployments as the ledger of promotions (research C \u00a74), through @octokit/rest:
 * `repos.createDeployment` (POST /repos/{owner}/{repo}/deployments) then
 * `repos.createDeploymentStatus` (POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses),
 * the routes of @octokit/plugin-rest-endpoint-methods `src/generated/endpoints.ts` (17.0.0), with the
 * request bodies of @octokit/openapi-types `"repos/create-deployment"` and
 * `"repos/create-deployment-status"`.
 *
 * The deployment is created before anything moves (a token without `deployments: write` fails the
 * step with nothing moved), marked `in_progress`, and ends `success` or `failure`. It has its own
 * task, `promote`, so it is never mistaken for the deployment Actions creates for a job's
 * `environment:`. Creating is not retried (GitHub has no idempotency key: a retry after a lost
 * answer would record the promotion twice; a re-run of the step is safe instead); statuses are
 * appended, so they are retried.
 */






function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`GITHUB_REPOSITORY '${repository}' is not owner/repo: cannot record a deployment`);
    }
    return { owner, repo };
}
class GitHubDeployments {
    options;
    octokit;
    where;
    serverUrl;
    retry;
    constructor(options) {
        this.options = options;
        this.where = splitRepository(options.repository);
        this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
        this.retry = (0,_runtime_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetryDefaults */ .X2)(_platform_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .platformRetryPolicy */ .cY, options.retry);
        const log = options.log;
        this.octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E({
            auth: options.token,
            baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
            userAgent: 'image-actions-promote',
            ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
            log: {
                debug: (message) => log?.debug(message),
                info: (message) => log?.debug(message),
                warn: (message) => log?.info(message),
                error: (message) => log?.info(message),
            },
        });
    }
    async start(record) {
        let answer;
        try {
            answer = await this.octokit.rest.repos.createDeployment({
                ...this.where,
                ref: record.ref,
                task: 'promote',
                auto_merge: false,
                required_contexts: [],
                environment: record.environment,
                description: (0,_deployment_text_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentDescription */ .kj)(record),
                payload: (0,_deployment_text_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentPayload */ .mG)(record),
            });
        }
        catch (error) {
            throw this.failure(error, `creating a deployment of ${record.ref.slice(0, 12)} to environment ${record.environment}`);
        }
        const data = answer.data;
        if (answer.status !== 201 || typeof data.id !== 'number') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`GitHub did not create a deployment (HTTP ${answer.status}: ${data.message ?? 'no deployment in the answer'})`);
        }
        const deployment = {
            id: data.id,
            environment: record.environment,
            url: `${this.serverUrl}/${this.where.owner}/${this.where.repo}/deployments/${encodeURIComponent(record.environment)}`,
            ...(record.runUrl ? { logUrl: record.runUrl } : {}),
        };
        this.options.log?.info(`GitHub: deployment ${deployment.id} to ${record.environment} for ${record.ref.slice(0, 12)}`);
        await this.status(deployment, 'in_progress', (0,_deployment_text_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentDescription */ .kj)(record));
        return deployment;
    }
    async finish(deployment, outcome, description) {
        await this.status(deployment, outcome, description);
    }
    async status(deployment, state, description) {
        const what = `recording ${state} on deployment ${deployment.id}`;
        await (0,_runtime_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryLoop */ .rU)({
            policy: this.retry,
            server: 'GitHub',
            onRetry: ({ delayMs, reason }) => this.options.log?.info(`GitHub: ${what}: ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s`),
        }, async () => {
            try {
                await this.octokit.rest.repos.createDeploymentStatus({
                    ...this.where,
                    deployment_id: deployment.id,
                    state,
                    description: (0,_deployment_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortDescription */ .r3)(description),
                    ...(deployment.logUrl ? { log_url: deployment.logUrl } : {}),
                });
                return { done: undefined };
            }
            catch (error) {
                const failure = error;
                const fail = (stop) => {
                    throw this.failure(error, what, stop);
                };
                if (failure.status !== undefined && failure.status < 500 && failure.status !== 429)
                    fail();
                return {
                    failed: failure.status === undefined
                        ? { error }
                        : { status: failure.status, retryAfter: failure.response?.headers?.['retry-after'] ?? null },
                    reason: failure.status === undefined ? (failure.message ?? 'no answer') : `HTTP ${failure.status}`,
                    giveUp: (stop) => fail(stop),
                };
            }
        });
    }
    failure(error, what, stop) {
        const failure = error;
        const hint = failure.status === 403 || failure.status === 404
            ? " The token needs 'permissions: deployments: write' (and the repository must be the one GITHUB_REPOSITORY names)."
            : failure.status === 401
                ? ' Check github-token.'
                : '';
        const message = `GitHub answered ${failure.status ?? 'nothing'} while ${what}: ${failure.message ?? String(error)}.${hint}${stop ? ` (${stop})` : ''}`;
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg((0,_runtime_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E)(message, [this.options.token]), { cause: error });
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


/***/ })

};
