export const id = 129;
export const ids = [129];
export const modules = {

/***/ 5015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
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
        throw new errors/* InputError */.dz('image', `'${value}' is not pinned by digest (no @sha256:…)`, fix);
    if (!digest.startsWith('sha256:'))
        throw new errors/* InputError */.dz('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
    return { ref: value, digest };
}
/** The endpoint as the adapter wants it; a URL must be http(s), without credentials, query or fragment. */
function checkEndpoint(platform, value) {
    const examples = {
        catalog: 'the catalog base URL, e.g. https://catalog.example.com or http://127.0.0.1:8080',
        databricks: 'the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net',
        dataworks: 'dataworks.<region>.aliyuncs.com, a region id such as cn-hangzhou, or an https:// URL',
    };
    const fix = `Pass ${examples[platform]}`;
    const trimmed = value.trim();
    if (trimmed === '')
        throw new errors/* InputError */.dz('endpoint', 'is required but empty', fix);
    if (/\s/.test(trimmed))
        throw new errors/* InputError */.dz('endpoint', `'${trimmed}' contains whitespace`, fix);
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
    if (platform === 'catalog' && !hasScheme)
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

;// CONCATENATED MODULE: ./src/core/targets.ts

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
const formsByPlatform = {
    catalog: catalogForms,
    databricks: databricksForms,
    dataworks: dataworksForms,
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
/** Parses trimmed, non-empty lines (as `readLines('targets')` returns them). Duplicates collapse. */
function parseTargets(lines, platform) {
    const forms = formsByPlatform[platform];
    const fix = `Write one target per line for ${platform}: ${expectedTargetForms(platform).join('; ')}`;
    const seen = new Set();
    const targets = [];
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `line ${index + 1} '${line}'`;
        const slash = line.indexOf('/');
        if (slash <= 0)
            throw new errors/* InputError */.dz('targets', `${where} is not <kind>/<id>`, fix);
        const kind = line.slice(0, slash);
        const id = line.slice(slash + 1);
        const form = forms.find((candidate) => candidate.kind === kind);
        if (!form) {
            const reason = unsupported[platform]?.[kind];
            const problem = reason ? `${where}: ${reason}` : `${where} has kind '${kind}', which ${platform} does not attach to`;
            throw new errors/* InputError */.dz('targets', problem, fix);
        }
        if (!form.id.test(id))
            throw new errors/* InputError */.dz('targets', `${where} is not of the form ${form.help}`, fix);
        const key = `${kind}/${id}`;
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push({ kind, id });
    });
    return targets;
}

// EXTERNAL MODULE: ./src/core/git/tag-choice.ts
var tag_choice = __webpack_require__(2862);
;// CONCATENATED MODULE: ./src/core/version-policy.ts
/**
 * Which version name an image is registered under. Pure: facts in, a decision out.
 *
 * - An explicit `version` input wins; it is checked, never rewritten.
 * - Otherwise, when the commit carries a semantic-version git tag, that version — WITHOUT a leading
 *   `v`: `v1.2.3` and `1.2.3` name the same release, SemVer itself says the `v` is not part of the
 *   version, and a platform that sorts or compares versions must see `1.2.3`. Pre-release and build
 *   metadata stay (`v2.0.0-rc.1+b.7` → `2.0.0-rc.1+b.7`).
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
    if (!(0,tag_choice/* parseSemVer */.IX)(trimmed))
        return undefined;
    return trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
}
/** Why `value` cannot be a version name, or undefined when it can. */
function versionProblem(value) {
    if (value === '')
        return 'is empty';
    if (value.length > VERSION_MAX_LENGTH)
        return `'${value.slice(0, 20)}…' has ${value.length} characters, more than ${VERSION_MAX_LENGTH}`;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/platform/log.ts

const actionsLog = {
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    debug: (message) => core/* debug */.Yz(message),
    setSecret: (secret) => core/* setSecret */.Pq(secret),
};
/** `text` ending in exactly one full stop (server messages often bring their own). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

;// CONCATENATED MODULE: ./src/platform/platform.ts
/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

/**
 * The one failure every adapter raises for "this version exists with another digest", so callers
 * (register) can recognise it whatever the platform. Nothing was changed when it is thrown.
 */
class VersionConflictError extends errors/* StepError */.zg {
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

// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
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
        this.fetch = options.fetch ?? fetch;
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
    /** 201 → created; 200 → the same version and digest existed (or this is a replay of our own 200). A 409 throws. */
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
 * - promote moves a channel with If-Match; a channel moved by someone else in between is reported,
 *   not overwritten.
 */





/** `kind/id` as the catalog names a target (`resource-group/rg-prod`, `job/42/main`). */
function targetId(target) {
    return `${target.kind}/${target.id}`;
}
function toImageVersion(version, created) {
    return { id: version.id, image: version.image, version: version.version, digest: version.digest, imageRef: version.image_ref, created };
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
        this.log = options.log ?? actionsLog;
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
                throw new VersionConflictError(request.image, request.version, existing?.digest ?? 'another digest', request.digest);
            }
            if (isStatus(error, 404)) {
                throw new errors/* StepError */.zg(`the catalog has no image ${request.image}: create it first (ensureImage) — ${error.message}`, {
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
    async promote(image, version, channel) {
        const current = await this.client.getChannel(image, channel);
        if (current?.value.version === version) {
            this.log.info(`catalog: channel ${channel} of ${image} already points at ${version}`);
            return;
        }
        const precondition = current ? { ifMatch: current.etag } : { ifNoneMatch: '*' };
        try {
            const { promotion } = await this.client.promote(image, channel, { version }, precondition, { idempotencyKey: (0,external_node_crypto_.randomUUID)() });
            this.log.info(`catalog: promoted ${image} ${version} to ${channel}${promotion.previous_version ? ` (was ${promotion.previous_version})` : ''}`);
        }
        catch (error) {
            if (!isStatus(error, 412, 428))
                throw error;
            // Someone moved the channel between our read and our write: never overwrite a promotion we
            // have not seen, unless it already is what we wanted.
            const now = await this.client.getChannel(image, channel);
            if (now?.value.version === version)
                return;
            throw new errors/* StepError */.zg(`channel ${channel} of ${image} moved to ${now?.value.version ?? 'another version'} while promoting ${version} (it was ${current?.value.version ?? 'empty'}): re-run the promotion if ${version} should still replace it`, { cause: error });
        }
    }
}

;// CONCATENATED MODULE: ./src/platform/retry-policy.ts
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

;// CONCATENATED MODULE: ./src/platform/databricks/client.ts





class DatabricksApiError extends errors/* StepError */.zg {
    status;
    errorCode;
    constructor(message, status, errorCode) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
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
        this.fetchImpl = options.fetch ?? fetch;
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(platformRetryPolicy, options.retry);
        this.secrets = [options.token, ...(options.secrets ?? [])];
    }
    async get(path, query) {
        const search = new URLSearchParams(query).toString();
        return this.request('GET', search ? `${path}?${search}` : path, undefined);
    }
    /** `body` is sent as is when it is a string (lets callers keep int64 ids exact), else as JSON. */
    async post(path, body) {
        return this.request('POST', path, typeof body === 'string' ? body : JSON.stringify(body));
    }
    async request(method, pathAndQuery, body) {
        const url = `${this.baseUrl}${pathAndQuery}`;
        const path = pathAndQuery.split('?')[0] ?? pathAndQuery;
        const onRetry = ({ delayMs, reason }) => this.options.log.debug(`Databricks ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, onRetry }, async () => {
            let response;
            try {
                response = await this.fetchImpl(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${this.options.token}`,
                        accept: 'application/json',
                        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                    ...(body === undefined ? {} : { body }),
                });
            }
            catch (error) {
                const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
                return {
                    failed: { error },
                    reason: 'connection failed',
                    giveUp: (_stop, attempts) => {
                        throw new errors/* StepError */.zg((0,redact/* redact */.E)(`Databricks ${method} ${path}: cannot reach ${this.baseUrl} (${reason}) after ${attempts} tries. Check the workspace URL.`, this.secrets));
                    },
                };
            }
            const text = await response.text();
            if (response.ok)
                return { done: (text === '' ? {} : JSON.parse(text)) };
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after') },
                reason: `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    throw this.apiError(method, path, response.status, text, attempts);
                },
            };
        });
    }
    apiError(method, path, status, text, attempts) {
        let errorCode;
        let message;
        try {
            const parsed = JSON.parse(text);
            if (typeof parsed.error_code === 'string')
                errorCode = parsed.error_code;
            if (typeof parsed.message === 'string')
                message = parsed.message;
        }
        catch {
            // Not JSON (a proxy's HTML page, say): quote the start of it below.
        }
        const what = [errorCode, message ?? text.slice(0, 200).trim()].filter((part) => part).join(': ');
        const retried = attempts > 1 ? ` (after ${attempts} tries)` : '';
        let hint = '';
        if (status === 401)
            hint = ' Check that the token is valid for this workspace and not expired.';
        if (status === 403)
            hint = ' The token is valid but lacks permission: grant it CAN MANAGE on the cluster or job (or use a principal that has it).';
        return new DatabricksApiError((0,redact/* redact */.E)(`${sentence(`Databricks ${method} ${path} failed with HTTP ${status}${retried}: ${what || 'no details'}`)}${hint}`, this.secrets), status, errorCode);
    }
}

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
 */
function checkDockerImageUrl(definition, url) {
    let parsed;
    try {
        parsed = JSON.parse(definition);
    }
    catch {
        return { allowed: true };
    }
    const limitation = parsed['docker_image.url'];
    if (!limitation || typeof limitation !== 'object')
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

;// CONCATENATED MODULE: ./src/platform/databricks/adapter.ts







/** Databricks accepts edits only in these states (others answer INVALID_STATE). */
const EDITABLE_STATES = new Set(['RUNNING', 'TERMINATED']);
class DatabricksPlatform {
    options;
    name = 'databricks';
    client;
    log;
    policies = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
        this.log.setSecret(options.token);
        const password = options.registryAuth?.password;
        if (password !== undefined && !isSecretReference(password)) {
            this.log.setSecret(password);
            this.log.warning('The registry password is written into the compute spec as plain text, where other users of the workspace can read it. ' +
                'Store it in a Databricks secret scope and pass {{secrets/<scope>/<key>}} instead.');
        }
        this.client = new DatabricksClient({
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
                    await plan.apply();
                }
                catch (error) {
                    const done = changed.length > 0 ? `already changed: ${changed.join(', ')}` : 'no other target was changed';
                    const message = error instanceof Error ? error.message : String(error);
                    throw new errors/* StepError */.zg(`${plan.label}: ${message} (${done})`, { cause: error });
                }
                changed.push(targetName(plan.target));
                this.log.info(`${plan.label}: docker_image.url set to ${url}${plan.note ? ` (${plan.note})` : ''}.`);
            }
            attachments.push({ target: targetName(plan.target), image: version.image, version: version.version, changed: Boolean(plan.apply) });
        }
        return attachments;
    }
    /** What each target runs now. */
    async readTargets(targets) {
        const states = [];
        for (const target of targets) {
            if (target.kind === 'cluster') {
                const cluster = await this.getCluster(target.id);
                states.push({
                    target: targetName(target),
                    ...(cluster.docker_image?.url ? { url: cluster.docker_image.url } : {}),
                    ...(cluster.state ? { state: cluster.state } : {}),
                });
            }
            else {
                const { jobId, key } = splitJobTarget(target);
                const entry = (await this.getJob(jobId)).settings?.job_clusters?.find((c) => c.job_cluster_key === key);
                const jobUrl = entry?.new_cluster?.docker_image?.url;
                states.push({ target: targetName(target), ...(jobUrl ? { url: jobUrl } : {}) });
            }
        }
        return states;
    }
    async plan(target, url) {
        if (target.kind === 'cluster')
            return this.planCluster(target, url);
        if (target.kind === 'job')
            return this.planJob(target, url);
        throw new errors/* StepError */.zg(`Databricks cannot attach to '${targetName(target)}': use cluster/<cluster-id> or job/<job-id>/<job-cluster-key>. Nothing was changed.`);
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
        const desired = desiredDockerImage(url, this.options.registryAuth, cluster.docker_image);
        if ('problem' in desired)
            return refuse(desired.problem);
        if (sameDockerImage(cluster.docker_image, desired.image))
            return { target, label };
        const state = cluster.state ?? 'UNKNOWN';
        if (!EDITABLE_STATES.has(state)) {
            throw new errors/* StepError */.zg(`cluster ${target.id} is ${state}; Databricks accepts edits only in RUNNING or TERMINATED: retry when it settles. Nothing was changed.`);
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
        return {
            target,
            label,
            note: 'applies to the next runs',
            apply: async () => {
                await this.client.post('/api/2.2/jobs/update', body);
            },
        };
    }
    async checkPolicy(policyId, url, label) {
        let policy;
        try {
            policy = await this.getPolicy(policyId);
        }
        catch (error) {
            if (error instanceof DatabricksApiError && error.status === 403) {
                this.log.warning(`${label}: cannot read its cluster policy ${policyId} (HTTP 403); Databricks will enforce it on update.`);
                return;
            }
            throw error;
        }
        const verdict = checkDockerImageUrl(policy.definition ?? '{}', url);
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
        return this.client.get('/api/2.2/jobs/get', { job_id: jobId });
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
        throw new errors/* StepError */.zg(`'${targetName(target)}' is not job/<job-id>/<job-cluster-key>`);
    }
    return { jobId, key };
}

;// CONCATENATED MODULE: ./src/platform/databricks/oidc.ts



async function exchangeGithubOidcToken(options) {
    options.log.setSecret(options.idToken);
    const url = `${normalizeWorkspaceUrl(options.host)}/oidc/v1/token`;
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
        response = await (options.fetch ?? fetch)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
        });
    }
    catch (error) {
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        throw new errors/* StepError */.zg(`Databricks OIDC token exchange: cannot reach ${url} (${reason}). Check the workspace URL.`);
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
    throw new errors/* StepError */.zg((0,redact/* redact */.E)(`Databricks refused the GitHub OIDC token exchange (HTTP ${response.status}): ${what}. ` +
        'Check the federation policy of the service principal: issuer https://token.actions.githubusercontent.com, ' +
        "the audience passed to getIDToken, and the subject (repository, ref or environment); the workflow needs 'permissions: id-token: write'.", secrets));
}

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: external "node:querystring"
var external_node_querystring_ = __webpack_require__(1792);
;// CONCATENATED MODULE: ./src/platform/dataworks/sign.ts



/**
 * Alibaba Cloud request signing, V3 (`ACS3-HMAC-SHA256`), written from the published algorithm:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n HexSHA256(body)
 *   StringToSign     = "ACS3-HMAC-SHA256" \n HexSHA256(CanonicalRequest)
 *   Signature        = Hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 *   Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<…>,Signature=<…>
 *
 * Signed headers: `host`, `content-type` and every `x-acs-*` header. A test checks the result
 * against `@alicloud/openapi-core` for the same request.
 */
const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';
/** RFC 3986 percent-encoding: `encodeURIComponent` plus `! ' ( ) *`. */
function percentEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalUri(pathname) {
    return (pathname || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
/** Sorted `key=value` pairs, both encoded; an empty value keeps its `=`. */
function canonicalQueryString(query) {
    return Object.keys(query)
        .sort()
        .map((key) => `${percentEncode(key)}=${percentEncode(query[key] ?? '')}`)
        .join('&');
}
function canonicalHeaders(headers) {
    const byName = new Map();
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (lower !== 'host' && lower !== 'content-type' && !lower.startsWith('x-acs-'))
            continue;
        const values = byName.get(lower) ?? [];
        values.push(value.trim());
        byName.set(lower, values);
    }
    const signed = [...byName.keys()].sort();
    const canonical = signed.map((name) => `${name}:${(byName.get(name) ?? []).sort().join(',')}\n`).join('');
    return { canonical, signed };
}
function canonicalRequest(request) {
    const { canonical, signed } = canonicalHeaders(request.headers);
    const signedHeaders = signed.join(';');
    const text = [
        request.method.toUpperCase(),
        canonicalUri(request.pathname),
        canonicalQueryString(request.query),
        canonical,
        signedHeaders,
        (0,digest/* sha256Hex */.fg)(request.body),
    ].join('\n');
    return { text, signedHeaders };
}
function acs3Authorization(request, credentials) {
    const { text, signedHeaders } = canonicalRequest(request);
    const stringToSign = `${ACS3_ALGORITHM}\n${(0,digest/* sha256Hex */.fg)(text)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', credentials.accessKeySecret).update(stringToSign).digest('hex');
    return `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
/** `x-acs-date`: UTC, second precision, `YYYY-MM-DDTHH:mm:ssZ`. */
function acsDate(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Form body as the Alibaba SDKs write it (Node's querystring encoding, insertion order). */
function formBody(params) {
    return (0,external_node_querystring_.stringify)(params);
}
/** Headers, query string and body of one signed RPC-style call (`POST /`). */
function signRpcCall(call) {
    const body = call.form === undefined ? undefined : formBody(call.form);
    const headers = {
        host: call.host,
        'x-acs-action': call.action,
        'x-acs-version': call.version,
        'x-acs-date': acsDate(call.date),
        'x-acs-signature-nonce': call.nonce,
        'x-acs-content-sha256': (0,digest/* sha256Hex */.fg)(body ?? ''),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...(call.credentials.securityToken
            ? { 'x-acs-accesskey-id': call.credentials.accessKeyId, 'x-acs-security-token': call.credentials.securityToken }
            : {}),
    };
    headers['authorization'] = acs3Authorization({ method: 'POST', pathname: '/', query: call.query, headers, body: body ?? '' }, call.credentials);
    const search = canonicalQueryString(call.query);
    return { search: search ? `?${search}` : '', headers, body };
}

;// CONCATENATED MODULE: ./src/platform/dataworks/client.ts








/**
 * DataWorks OpenAPI (version 2024-05-18) in RPC style: every action is `POST /` with the action
 * and version in `x-acs-*` headers, read parameters in the query string, write parameters in a
 * form body, and an ACS3-HMAC-SHA256 signature. Each try is signed afresh (new nonce and date).
 * Throttling, 429 and 5xx are retried, bounded.
 */
const DATAWORKS_API_VERSION = '2024-05-18';
class DataWorksApiError extends errors/* StepError */.zg {
    status;
    code;
    requestId;
    constructor(message, status, code, requestId) {
        super(message);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.name = 'DataWorksApiError';
    }
}
function dataWorksEndpoint(endpointOrRegion) {
    const trimmed = endpointOrRegion.trim().replace(/\/+$/, '');
    if (/^https?:\/\//i.test(trimmed))
        return trimmed;
    // A bare region id (`cn-hangzhou`) becomes the regional endpoint.
    if (/^[a-z]{2,}(-[a-z0-9]+)+$/.test(trimmed) && !trimmed.includes('.'))
        return `https://dataworks.${trimmed}.aliyuncs.com`;
    return `https://${trimmed}`;
}
function stringParams(params) {
    const result = {};
    for (const [key, value] of Object.entries(params ?? {})) {
        if (value !== undefined)
            result[key] = String(value);
    }
    return result;
}
function isRetryableCode(code) {
    return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable' || code === 'InternalError');
}
class DataWorksClient {
    options;
    baseUrl;
    host;
    policy;
    secrets;
    constructor(options) {
        this.options = options;
        this.baseUrl = dataWorksEndpoint(options.endpoint);
        this.host = new URL(this.baseUrl).host;
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(platformRetryPolicy, options.retry);
        this.secrets = [options.credentials.accessKeySecret, options.credentials.securityToken ?? ''].filter((s) => s !== '');
    }
    async call(action, params) {
        const query = stringParams(params.query);
        const form = params.form === undefined ? undefined : stringParams(params.form);
        const onRetry = ({ delayMs, reason }) => this.options.log.debug(`DataWorks ${action}: ${reason}, retrying in ${delayMs} ms`);
        return (0,runtime_retry/* retryLoop */.rU)({ policy: this.policy, onRetry }, async () => {
            const signed = signRpcCall({
                host: this.host,
                action,
                version: DATAWORKS_API_VERSION,
                query,
                ...(form ? { form } : {}),
                credentials: this.options.credentials,
                date: (this.options.now ?? (() => new Date()))(),
                nonce: (this.options.nonce ?? external_node_crypto_.randomUUID)(),
            });
            // fetch sets Host from the URL, which is the value we signed.
            const headers = { ...signed.headers };
            delete headers['host'];
            let response;
            try {
                response = await (this.options.fetch ?? fetch)(`${this.baseUrl}/${signed.search}`, {
                    method: 'POST',
                    headers: { ...headers, accept: 'application/json' },
                    ...(signed.body === undefined ? {} : { body: signed.body }),
                });
            }
            catch (error) {
                const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
                return {
                    failed: { error },
                    reason: 'connection failed',
                    giveUp: (_stop, attempts) => {
                        throw new errors/* StepError */.zg((0,redact/* redact */.E)(`DataWorks ${action}: cannot reach ${this.baseUrl} (${reason}) after ${attempts} tries. Check the endpoint.`, this.secrets));
                    },
                };
            }
            const text = await response.text();
            let body = {};
            try {
                body = text === '' ? {} : JSON.parse(text);
            }
            catch {
                // Reported below.
            }
            const code = str(body['Code']) ?? str(body['ErrorCode']);
            const failed = !response.ok || body['Success'] === false;
            if (!failed)
                return { done: body };
            // An API-level throttling code is retried whatever the HTTP status.
            const retryable = (0,retry/* isRetryableStatus */.PS)(response.status, this.policy.statuses) || isRetryableCode(code);
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
                reason: code ?? `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    throw this.apiError(action, response.status, body, text, code, attempts);
                },
            };
        });
    }
    apiError(action, status, body, text, code, attempts) {
        const message = str(body['Message']) ?? str(body['ErrorMessage']) ?? text.slice(0, 200).trim();
        const requestId = str(body['RequestId']);
        let hint = '';
        if (code && /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken)/.test(code)) {
            hint = ' Check the AccessKey pair (and STS token) and the endpoint.';
        }
        else if (code && /Forbidden|NoPermission/i.test(code)) {
            hint = ' The RAM identity lacks permission: grant it AliyunDataWorksFullAccess or the image management actions.';
        }
        const retried = attempts > 1 ? ` after ${attempts} tries` : '';
        const what = sentence([code, message].filter((p) => p).join(': ') || 'no details');
        const text_ = `DataWorks ${action} failed (HTTP ${status}${retried}): ${what}${requestId ? ` RequestId: ${requestId}.` : ''}${hint}`;
        return new DataWorksApiError((0,redact/* redact */.E)(text_, this.secrets), status, code, requestId);
    }
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/platform/dataworks/records.ts



/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_…`) has numbered versions ("1", "2", …) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 */
const NAME = /^[a-z0-9_]{1,128}$/;
const VERSION = /^[A-Za-z0-9._+-]{1,42}$/;
const MARKER = /^image-actions:([A-Za-z0-9._+-]{1,42})@(sha256:[0-9a-f]{64})(?:\s|$)/;
const DESCRIPTION_MAX = 128;
function records_checkImageName(name) {
    if (!NAME.test(name)) {
        const suggestion = name
            .toLowerCase()
            .replace(/[^a-z0-9_]/g, '_')
            .slice(0, 128);
        throw new errors/* InputError */.dz('image-name', `'${name}' is not a valid DataWorks image name (lowercase letters, digits and '_', at most 128)`, `Use e.g. '${suggestion}'`);
    }
}
function checkVersionName(version) {
    if (!VERSION.test(version)) {
        throw new errors/* InputError */.dz('version', `'${version}' cannot be recorded in a DataWorks image description (letters, digits, '.', '_', '+', '-', at most 42)`, 'Use a semver or the hash tag as the version');
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
    const hex = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:…`. */
function acrLocation(imageRef) {
    const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(imageRef);
    if (!pinned) {
        throw new errors/* InputError */.dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>, as the build step outputs it');
    }
    const slash = pinned.repository.indexOf('/');
    // Without a registry host the reference means Docker Hub, never an ACR instance.
    if (pinned.registry === 'docker.io' || slash <= 0) {
        throw new errors/* InputError */.dz('image', `'${imageRef}' is not an ACR reference of the form <registry>/<namespace>/<repository>@sha256:<digest>`, 'Push the image to an ACR Enterprise Edition instance and pass that reference');
    }
    return { namespace: pinned.repository.slice(0, slash), repository: pinned.repository.slice(slash + 1), digest: pinned.digest };
}

;// CONCATENATED MODULE: ./src/platform/dataworks/adapter.ts






const PAGE_SIZE = 100;
class DataWorksPlatform {
    options;
    name = 'dataworks';
    client;
    log;
    imageIds = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log ?? actionsLog;
        this.log.setSecret(options.credentials.accessKeyId);
        this.log.setSecret(options.credentials.accessKeySecret);
        if (options.credentials.securityToken)
            this.log.setSecret(options.credentials.securityToken);
        this.client = new DataWorksClient({
            endpoint: options.endpoint,
            credentials: options.credentials,
            log: this.log,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.now ? { now: options.now } : {}),
            ...(options.nonce ? { nonce: options.nonce } : {}),
        });
    }
    async ensureImage(image) {
        records_checkImageName(image);
        const id = await this.findImage(image);
        this.log.info(id ? `DataWorks image '${image}' exists (${id}).` : `DataWorks image '${image}' does not exist yet; its first version creates it.`);
    }
    async createVersion(request) {
        records_checkImageName(request.image);
        checkVersionName(request.version);
        const location = acrLocation(request.imageRef);
        if (location.digest !== request.digest) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' does not carry digest ${request.digest}`, 'Pass the reference and digest of the same build');
        }
        const description = versionDescription(request.version, request.digest, request.description);
        const fields = {
            ImageUri: request.imageRef,
            Namespace: location.namespace,
            RepositoryName: location.repository,
            AcrInstanceId: this.options.acrInstanceId,
            AcrAssociatedVpcId: this.options.acrVpcId,
            Description: description,
            Supported: JSON.stringify({ Module: 'Scheduler', TaskTypes: this.options.taskTypes ?? ['Shell', 'Python'] }),
        };
        let imageId = await this.findImage(request.image);
        let createdImage = false;
        if (!imageId) {
            try {
                imageId = await this.createImage(request, fields);
                createdImage = true;
            }
            catch (error) {
                // Someone else may have created it meanwhile (name taken): carry on with that image.
                this.imageIds.delete(request.image);
                imageId = await this.findImage(request.image);
                if (!imageId)
                    throw error;
                this.log.info(`DataWorks image '${request.image}' appeared meanwhile (${imageId}); adding the version to it.`);
            }
        }
        let listing = await this.listVersions(imageId);
        let mine = this.pick(request, listing.versions);
        let created = createdImage && mine !== undefined;
        if (!mine) {
            // UpdateImage takes the same fields as CreateImage and adds a version.
            await this.client.call('UpdateImage', { form: { Id: imageId, ...fields } });
            listing = await this.listVersions(imageId);
            mine = this.pick(request, listing.versions);
            if (!mine) {
                throw new errors/* StepError */.zg(`DataWorks UpdateImage on ${imageId} succeeded but no version carries '${request.version}' afterwards; check the image in the DataWorks console.`);
            }
            created = true;
        }
        await this.publishIfNeeded(mine, listing.newest);
        this.log.info(created
            ? `DataWorks image '${request.image}' (${imageId}): version ${mine.dwVersion} is '${request.version}' (${request.digest}).`
            : `DataWorks image '${request.image}' (${imageId}) already has '${request.version}' with this digest as version ${mine.dwVersion}.`);
        return { ...adapter_toImageVersion(request.image, mine, created), imageRef: request.imageRef };
    }
    async getVersion(image, version) {
        records_checkImageName(image);
        const imageId = await this.findImage(image);
        if (!imageId)
            return undefined;
        const matches = (await this.listVersions(imageId)).versions.filter((candidate) => candidate.version === version);
        const first = matches[0];
        return first ? adapter_toImageVersion(image, first, false) : undefined;
    }
    async attach(version, targets) {
        for (const target of targets) {
            if (target.kind !== 'project' || !/^[0-9]+$/.test(target.id)) {
                throw new errors/* StepError */.zg(`DataWorks attaches images to workspaces only (project/<id>), not '${targetName(target)}'. Nothing was changed.`);
            }
        }
        const { imageId, dwVersion } = splitVersionId(version.id);
        const { newest } = await this.listVersions(imageId);
        if (newest !== undefined && newest !== dwVersion) {
            throw new errors/* StepError */.zg(`DataWorks associates whole images with workspaces and runs the image's current version (${newest}), ` +
                `but '${version.version}' is version ${dwVersion} of ${imageId}. Register '${version.version}' again as a new version, ` +
                'or roll the image back in DataWorks, before attaching it. Nothing was changed.');
        }
        const associated = await this.client.call('ListImageAssociatedProjects', { query: { Id: imageId } });
        const already = new Set((associated.Data ?? []).map((id) => String(id)));
        const attachments = [];
        for (const target of targets) {
            const changed = !already.has(target.id);
            if (changed) {
                await this.client.call('AssociateProjectToImage', { form: { Id: imageId, ProjectId: target.id } });
                already.add(target.id);
                this.log.info(`DataWorks workspace ${target.id}: associated with image ${imageId} (version ${dwVersion}).`);
            }
            else {
                this.log.info(`DataWorks workspace ${target.id} is already associated with image ${imageId}.`);
            }
            attachments.push({ target: targetName(target), image: version.image, version: version.version, changed });
        }
        return attachments;
    }
    pick(request, versions) {
        const named = versions.filter((candidate) => candidate.version === request.version);
        const other = named.find((candidate) => candidate.digest !== request.digest);
        if (other) {
            const conflict = new VersionConflictError(request.image, request.version, other.digest, request.digest);
            conflict.message = `${conflict.message} (DataWorks image ${other.imageId}, version ${other.dwVersion}). Nothing was changed.`;
            throw conflict;
        }
        return named[0];
    }
    async createImage(request, fields) {
        const response = await this.client.call('CreateImage', {
            form: {
                Name: request.image,
                ProviderType: 'ACR',
                Accessibility: this.options.accessibility ?? 'Private',
                ClientToken: idempotencyToken('CreateImage', request.image, request.version, request.digest),
                ...fields,
            },
        });
        if (!response.ImageId)
            throw new errors/* StepError */.zg(`DataWorks CreateImage for '${request.image}' answered without an ImageId.`);
        this.imageIds.set(request.image, response.ImageId);
        return response.ImageId;
    }
    async publishIfNeeded(mine, newest) {
        if (mine.publishStage === 'Published' || mine.publishStage === 'Publishing')
            return;
        if (newest !== undefined && newest !== mine.dwVersion) {
            this.log.warning(`DataWorks version ${mine.dwVersion} of ${mine.imageId} is not published and is no longer the newest (${newest}); leaving it unpublished.`);
            return;
        }
        const response = await this.client.call('PublishImage', {
            form: { Id: mine.imageId, ProcessId: idempotencyToken('PublishImage', mine.imageId, mine.dwVersion, mine.digest) },
        });
        if (response.Data?.Success === false) {
            throw new errors/* StepError */.zg(`DataWorks did not start publishing ${mine.imageId} version ${mine.dwVersion} (PublishImage Data.Success false).`);
        }
        this.log.info(`DataWorks is publishing ${mine.imageId} version ${mine.dwVersion} (process ${response.Data?.ProcessId ?? 'unknown'}).`);
    }
    async findImage(name) {
        const cached = this.imageIds.get(name);
        if (cached)
            return cached;
        const images = await this.listAll('ListImages', 'ImageList', { Name: name });
        const exact = images.filter((image) => image.Name === name && image.Id);
        if (exact.length > 1)
            this.log.warning(`DataWorks has ${exact.length} images named '${name}'; using ${exact[0]?.Id}.`);
        const id = exact[0]?.Id;
        if (id)
            this.imageIds.set(name, id);
        return id;
    }
    /** Our versions (lowest DataWorks version first) and the image's newest version, ours or not. */
    async listVersions(imageId) {
        const records = await this.listAll('ListImageVersions', 'ImageVersions', { Id: imageId });
        const versions = [];
        let newest;
        for (const record of records) {
            if (record.Version !== undefined && (newest === undefined || Number(record.Version) > Number(newest)))
                newest = String(record.Version);
            const marker = parseVersionDescription(record.Description);
            if (!marker || record.Version === undefined)
                continue;
            // The pulled reference is per version; if it names another digest the marker is not this
            // version's (e.g. a description shared across versions) and must not identify it.
            const uriDigest = /@(sha256:[0-9a-f]{64})$/.exec(record.ImageUri ?? '')?.[1];
            if (uriDigest !== undefined && uriDigest !== marker.digest)
                continue;
            versions.push({
                imageId,
                dwVersion: String(record.Version),
                version: marker.version,
                digest: marker.digest,
                ...(record.ImageUri ? { imageUri: record.ImageUri } : {}),
                ...(record.PublishStage ? { publishStage: record.PublishStage } : {}),
            });
        }
        // Lowest DataWorks version first: with duplicates (a race on UpdateImage) the first one wins.
        versions.sort((a, b) => Number(a.dwVersion) - Number(b.dwVersion));
        return { versions, ...(newest !== undefined ? { newest } : {}) };
    }
    async listAll(action, key, query) {
        const all = [];
        for (let page = 1;; page++) {
            const response = await this.client.call(action, { query: { ...query, PageNumber: page, PageSize: PAGE_SIZE } });
            const items = response.PagingInfo?.[key] ?? [];
            all.push(...items);
            const total = response.PagingInfo?.TotalCount ?? all.length;
            if (items.length === 0 || all.length >= total || page >= 100)
                return all;
        }
    }
}
function adapter_toImageVersion(image, mine, created) {
    return {
        id: `${mine.imageId}:${mine.dwVersion}`,
        image,
        version: mine.version,
        digest: mine.digest,
        imageRef: mine.imageUri ?? '',
        created,
    };
}
function splitVersionId(id) {
    const colon = id.lastIndexOf(':');
    if (colon <= 0)
        throw new errors/* StepError */.zg(`'${id}' is not a DataWorks version id (<image-id>:<version>).`);
    return { imageId: id.slice(0, colon), dwVersion: id.slice(colon + 1) };
}

;// CONCATENATED MODULE: ./src/core/platform-model.ts
/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */
/** Every platform `register` and `promote` speak to. */
const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks'];

;// CONCATENATED MODULE: ./src/platform/create.ts







const SETTINGS = {
    catalog: [],
    databricks: ['registry-username', 'registry-password', 'oidc-client-id'],
    dataworks: ['acr-instance-id', 'acr-vpc-id', 'task-types', 'accessibility'],
};
async function createPlatform(options) {
    const log = options.log ?? actionsLog;
    const env = options.env ?? process.env;
    for (const secret of [
        options.token,
        options.idToken,
        options.accessKeySecret,
        options.securityToken,
        options.settings?.['registry-password'],
    ]) {
        if (secret)
            log.setSecret(secret);
    }
    if (!PLATFORM_NAMES.includes(options.platform)) {
        throw new errors/* InputError */.dz('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${PLATFORM_NAMES.join(', ')}`);
    }
    if (options.endpoint.trim() === '') {
        throw new errors/* InputError */.dz('endpoint', 'is required', endpointHelp(options.platform));
    }
    const settings = checkSettings(options.platform, options.settings ?? {}, options.settingsInput ?? 'platform-settings');
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
            return new CatalogPlatform({ endpoint: options.endpoint, token: options.token, ...common });
        }
        case 'databricks': {
            let token = options.token;
            if (!token && options.idToken) {
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
            const username = settings['registry-username'];
            const password = settings['registry-password'];
            if ((username === undefined) !== (password === undefined)) {
                throw new errors/* InputError */.dz(options.settingsInput ?? 'platform-settings', 'registry-username and registry-password go together', 'Set both, or neither for a public image');
            }
            return new DatabricksPlatform({
                host: options.endpoint,
                token,
                ...(username !== undefined && password !== undefined ? { registryAuth: { username, password } } : {}),
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
            const input = options.settingsInput ?? 'platform-settings';
            const acrInstanceId = settings['acr-instance-id'];
            const acrVpcId = settings['acr-vpc-id'];
            if (!acrInstanceId || !acrVpcId) {
                throw new errors/* InputError */.dz(input, 'dataworks needs acr-instance-id and acr-vpc-id', 'Add lines acr-instance-id=cri-… and acr-vpc-id=vpc-… (the ACR Enterprise instance holding the image)');
            }
            const accessibility = settings['accessibility'];
            if (accessibility !== undefined && accessibility !== 'Private' && accessibility !== 'Public') {
                throw new errors/* InputError */.dz(input, `accessibility '${accessibility}' is not supported`, 'Use Private or Public');
            }
            const taskTypes = settings['task-types']
                ?.split(',')
                .map((type) => type.trim())
                .filter((type) => type !== '');
            return new DataWorksPlatform({
                endpoint: options.endpoint,
                credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) },
                acrInstanceId,
                acrVpcId,
                ...(taskTypes && taskTypes.length > 0 ? { taskTypes } : {}),
                ...(accessibility ? { accessibility } : {}),
                ...common,
            });
        }
    }
}
function endpointHelp(platform) {
    if (platform === 'databricks')
        return 'Pass the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net';
    if (platform === 'dataworks')
        return 'Pass dataworks.<region>.aliyuncs.com or a region id such as cn-hangzhou';
    return 'Pass the catalog base URL, e.g. http://127.0.0.1:8080';
}
function checkSettings(platform, settings, input) {
    const known = SETTINGS[platform];
    for (const key of Object.keys(settings)) {
        if (!known.includes(key)) {
            const fix = known.length > 0 ? `Known keys for ${platform}: ${known.join(', ')}` : `${platform} takes no settings`;
            throw new errors/* InputError */.dz(input, `'${key}' is not a ${platform} setting`, fix);
        }
    }
    return settings;
}

// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
;// CONCATENATED MODULE: ./src/actions/register/credentials.ts


/**
 * The job's GitHub OIDC id-token for `audience`, masked at once. It needs `permissions: id-token: write`
 * (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN); without it, one error that says so.
 */
async function readIdToken(audience) {
    let token;
    try {
        token = await core/* getIDToken */.V9(audience);
    }
    catch (error) {
        throw new errors/* InputError */.dz('oidc-audience', `the job's OIDC id-token for audience '${audience}' could not be fetched (${(0,errors/* errorMessage */.gJ)(error)})`, "Give the job 'permissions: id-token: write', or pass a token instead");
    }
    core/* setSecret */.Pq(token);
    return token;
}

// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/register/inputs.ts






/** Credentials are masked first, before anything can fail and print. */
function maskCredentials() {
    for (const name of ['token', 'access-key-secret']) {
        const value = (0,inputs/* readString */.E3)(name);
        if (value)
            core/* setSecret */.Pq(value);
    }
    // A registry password among the settings (`registry-password=…`) is masked before parsing them.
    for (const line of core/* getInput */.V4('platform-settings').split('\n')) {
        const at = line.indexOf('=');
        if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
            const value = line.slice(at + 1).trim();
            if (value)
                core/* setSecret */.Pq(value);
        }
    }
}
/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}
function readRegisterInputs(env = process.env) {
    maskCredentials();
    const platform = (0,inputs/* readChoice */.Kf)('platform', PLATFORM_NAMES);
    const endpoint = checkEndpoint(platform, (0,inputs/* readString */.E3)('endpoint'));
    const token = (0,inputs/* readOptional */.T9)('token');
    const oidcAudience = (0,inputs/* readOptional */.T9)('oidc-audience');
    const accessKeyId = (0,inputs/* readOptional */.T9)('access-key-id');
    const accessKeySecret = (0,inputs/* readOptional */.T9)('access-key-secret');
    checkCredentialInputs(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
    const description = (0,inputs/* readOptional */.T9)('description');
    return {
        platform,
        endpoint,
        ...(token ? { token } : {}),
        ...(oidcAudience ? { oidcAudience } : {}),
        ...(accessKeyId ? { accessKeyId } : {}),
        ...(accessKeySecret ? { accessKeySecret } : {}),
        platformSettings: (0,inputs/* readKeyValueLines */.ob)('platform-settings'),
        imageName: checkImageName(platform, (0,inputs/* readString */.E3)('image-name')),
        image: checkPinnedImage((0,inputs/* readString */.E3)('image')),
        version: (0,inputs/* readString */.E3)('version'),
        // Raw lines, so an error can quote the line number the user sees.
        targets: parseTargets(core/* getInput */.V4('targets').split('\n'), platform),
        ...(description ? { description } : {}),
        commit: checkCommit((0,inputs/* readString */.E3)('commit') || env.GITHUB_SHA || ''),
        gitTag: (0,inputs/* readString */.E3)('git-tag') || tagOfRef(env.GITHUB_REF),
        hash: checkHash((0,inputs/* readString */.E3)('hash')),
    };
}
/** Which credential inputs a platform takes; a misplaced one is an error, not silently ignored. */
function checkCredentialInputs(platform, given) {
    if (platform === 'dataworks') {
        for (const [name, value] of [
            ['token', given.token],
            ['oidc-audience', given.oidcAudience],
        ]) {
            if (value)
                throw new errors/* InputError */.dz(name, 'is not used by dataworks', 'Pass access-key-id and access-key-secret (or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)');
        }
        return;
    }
    for (const [name, value] of [
        ['access-key-id', given.accessKeyId],
        ['access-key-secret', given.accessKeySecret],
    ]) {
        if (value)
            throw new errors/* InputError */.dz(name, `is only used by dataworks, not ${platform}`, `Pass a token (or oidc-audience) for ${platform}`);
    }
    if (!given.token && !given.oidcAudience) {
        throw new errors/* InputError */.dz('token', `is empty and no oidc-audience is set: ${platform} needs credentials`, `Pass a token from secrets (token: \${{ secrets.… }}), or set oidc-audience with 'permissions: id-token: write'`);
    }
}

;// CONCATENATED MODULE: ./src/actions/register/precheck.ts

/**
 * The limits a platform adds to the generic checks, applied before the first request so that an
 * impossible name fails the step with nothing sent (DataWorks: image names of `[a-z0-9_]`, versions of
 * at most 42 characters, images in an ACR `<registry>/<namespace>/<repository>`).
 */
function precheckForPlatform(platform, request) {
    if (platform !== 'dataworks')
        return;
    records_checkImageName(request.image);
    checkVersionName(request.version);
    acrLocation(request.imageRef);
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/register/summary.ts

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
    const { createPlatform: makePlatform = createPlatform, readIdToken: idTokenFor = readIdToken } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readRegisterInputs();
        const decision = decideVersion({ explicit: inputs.version, gitTag: inputs.gitTag, hashTag: (0,build_definition/* tagFor */.gY)(inputs.hash) });
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
        core/* info */.pq(`Version ${decision.version}, from ${decision.reason}; image ${request.imageRef}`);
        if (inputs.targets.length > 0)
            core/* info */.pq(`Targets: ${inputs.targets.map(targetName).join(', ')}`);
        const idToken = !inputs.token && inputs.oidcAudience ? await idTokenFor(inputs.oidcAudience) : undefined;
        // The catalog takes the id-token itself as its bearer token; databricks exchanges it.
        const token = inputs.token ?? (inputs.platform === 'catalog' ? idToken : undefined);
        const platform = await makePlatform({
            platform: inputs.platform,
            endpoint: inputs.endpoint,
            ...(token ? { token } : {}),
            ...(idToken && inputs.platform !== 'catalog' ? { idToken } : {}),
            ...(inputs.accessKeyId ? { accessKeyId: inputs.accessKeyId } : {}),
            ...(inputs.accessKeySecret ? { accessKeySecret: inputs.accessKeySecret } : {}),
            settings: inputs.platformSettings,
            settingsInput: 'platform-settings',
        });
        const registered = await (0,run_action/* timedGroup */.RD)(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
            await platform.ensureImage(request.image, request.description);
            return platform.createVersion(request);
        });
        const version = registered.value;
        (0,run_action/* setOutputs */.n0)({ version: version.version, 'version-id': version.id, created: version.created });
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
            timings: { registerMs: registered.ms, attachMs },
        });
    });
}


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   u6: () => (/* binding */ chooseTag)
/* harmony export */ });
/* unused harmony export compareSemVer */
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


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
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
    return text ? `<code>${escapeHtml(text)}</code>` : '—';
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
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   RD: () => (/* binding */ timedGroup),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        if (error instanceof Error && error.stack && _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    const started = performance.now();
    const value = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work);
    return { value, ms: Math.round(performance.now() - started) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
