export const id = 151;
export const ids = [151];
export const modules = {

/***/ 3151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DatabricksPlatform: () => (/* binding */ DatabricksPlatform)
});

// EXTERNAL MODULE: ./src/core/targets.ts
var core_targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/platform/databricks/client.ts + 1 modules
var client = __webpack_require__(5442);
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
        this.log = options.log ?? log/* actionsLog */._;
        this.log.setSecret(options.token);
        const password = options.registryAuth?.password;
        if (password !== undefined && !isSecretReference(password)) {
            this.log.setSecret(password);
            this.log.warning('The registry password is written into the compute spec as plain text, where other users of the workspace can read it. ' +
                'Store it in a Databricks secret scope and pass {{secrets/<scope>/<key>}} instead.');
        }
        this.client = new client/* DatabricksClient */.ei({
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
            if (!(error instanceof client/* DatabricksApiError */.Ny) || !error.ambiguous || !plan.applied)
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
            if (error instanceof client/* DatabricksApiError */.Ny && error.status === 403) {
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


/***/ }),

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
