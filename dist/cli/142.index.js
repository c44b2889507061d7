export const id = 142;
export const ids = [142];
export const modules = {

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   y_: () => (/* binding */ isInsecureRegistry)
/* harmony export */ });
/* unused harmony exports splitHostPort, isLoopbackHost */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
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
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4)
        return host.split('.')[0] === '127';
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6)
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
        const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(base);
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== family)
            return false;
        const list = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
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

/***/ 7038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  Ko: () => (/* binding */ configPlatform),
  mP: () => (/* binding */ toImageRef)
});

// UNUSED EXPORTS: defaultRetryPolicy

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
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

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
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

// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(9190);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/core/registry-hosts.ts
var registry_hosts = __webpack_require__(9114);
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
            throw new errors/* RegistryError */.gl(`${target.registry} asked for a bearer token but named no realm to get it from`, target.registry, undefined, 401);
        let realmUrl;
        try {
            realmUrl = new URL(realm);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${target.registry} named an invalid token realm "${realm}"`, target.registry, undefined, 401);
        }
        const sendsSecret = Boolean(credential?.password || credential?.identityToken);
        if (sendsSecret && realmUrl.protocol !== 'https:' && !(0,registry_hosts/* isInsecureRegistry */.y_)(realmUrl.host, this.options.insecureRegistries)) {
            throw new errors/* RegistryError */.gl(`${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`, target.registry, undefined);
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
            throw (0,errors/* httpError */.p2)(answer.status, answer.statusText, answer.text, {
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
            throw new errors/* RegistryError */.gl(`The token server at ${realmUrl.origin} for ${target.registry} answered 200 without JSON`, target.registry, undefined, 200);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new errors/* RegistryError */.gl(`The token server at ${realmUrl.origin} for ${target.registry} returned no token`, target.registry, undefined, 200);
        this.options.mask(token);
        const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : defaultTokenLifetimeS;
        this.tokens.set(this.tokenKey(challenge, scopes), { token, expiresAt: this.options.now() + lifetimeS * 1000 - expiryMarginMs });
        return token;
    }
}

// EXTERNAL MODULE: ./src/core/retry.ts
var core_retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
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
        return `${(0,registry_hosts/* registryScheme */.FG)(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
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
                if (error instanceof errors/* RegistryError */.gl)
                    throw error;
                if (error instanceof BodyTooLargeError) {
                    throw new errors/* RegistryError */.gl(`Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`, request.target.registry, request.target.repository);
                }
                const fail = (gaveUp) => {
                    throw this.scrub((0,errors/* networkError */.x6)(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
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
        return this.scrub((0,errors/* httpError */.p2)(result.response.status, result.response.statusText, text, this.context(request, {
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
                    throw new errors/* RegistryError */.gl(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
                return {
                    failed: { error },
                    reason: describe(error),
                    giveUp: (stop, attempts) => {
                        throw this.scrub((0,errors/* networkError */.x6)(error, { ...context, ...(attempts > 1 ? { gaveUp: stop } : {}) }, scheme));
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

// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
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
            credentials: options.credentials ?? (0,credentials/* dockerConfigCredentials */.D)(options.mask ? { mask: options.mask } : {}),
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
            headers: { accept: media_types/* manifestAccept */.K },
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
        return { digest, mediaType: (0,media_types/* bareMediaType */.ZX)(headers.get('content-type')), size: length === null ? undefined : Number(length) };
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
            if (!(error instanceof errors/* RegistryError */.gl) || error.status !== 404)
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
            throw new errors/* RegistryError */.gl(`${ref.registry} does not answer the registry API (GET /v2/ gave HTTP ${status}), so its 404 for ${ref.repository} cannot be trusted to mean "absent": check the image reference`, ref.registry, ref.repository, status);
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
            headers: { accept: media_types/* manifestAccept */.K },
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
            throw new errors/* RegistryError */.gl(`The manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)} is not JSON`, ref.registry, ref.repository, 200);
        }
        if (manifest.schemaVersion !== 2) {
            throw new errors/* RegistryError */.gl(`${(0,image_ref/* formatImageRef */.kL)(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`, ref.registry, ref.repository, 200);
        }
        const header = (0,media_types/* bareMediaType */.ZX)(result.response.headers.get('content-type'));
        const mediaType = (0,media_types/* isIndexMediaType */.$$)(header) || (0,media_types/* isImageManifestMediaType */.d6)(header)
            ? header
            : typeof manifest.mediaType === 'string' && manifest.mediaType
                ? manifest.mediaType
                : Array.isArray(manifest.manifests)
                    ? media_types/* MediaTypes */.mI.ociIndex
                    : media_types/* MediaTypes */.mI.ociManifest;
        return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    verifyDigest(ref, bytes, expected, claimed, what) {
        const algorithm = (expected && (0,core_digest/* digestAlgorithm */.g4)(expected)) || 'sha256';
        const actual = (0,core_digest/* computeDigest */.MK)(bytes, algorithm);
        for (const want of [expected, claimed && (0,core_digest/* digestAlgorithm */.g4)(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new errors/* RegistryError */.gl(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : (0,core_digest/* sha256Digest */.sI)(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = (0,core_digest/* sha256Digest */.sI)(manifest.bytes);
        if (ref.digest && ref.digest !== digest && !ref.tag) {
            throw new errors/* RegistryError */.gl(`Cannot put a manifest whose digest is ${digest} under ${(0,image_ref/* formatImageRef */.kL)(ref)}`, ref.registry, ref.repository);
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
            throw new errors/* RegistryError */.gl(`${ref.registry} stored the manifest for ${ref.repository}:${reference} as ${claimed}, not ${digest}: the registry changed the content`, ref.registry, ref.repository);
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
            throw new errors/* RegistryError */.gl(`Refusing to tag: the manifest given is ${source.digest}, not ${ref.digest}`, ref.registry, ref.repository);
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
            throw new errors/* RegistryError */.gl(`${(0,image_ref/* formatImageRef */.kL)(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`, ref.registry, ref.repository, 404);
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
            throw new errors/* RegistryError */.gl(`Blob ${descriptor.digest} in ${repo.repository} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`, repo.registry, repo.repository);
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
            throw new errors/* RegistryError */.gl(`${request.target.registry} answered ${result.response.status} without a Location while ${request.action}`, request.target.registry, request.target.repository, result.response.status);
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
        if ((0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
            const entries = top.manifest.manifests ?? [];
            const entry = (0,registry_platform/* selectManifest */.y)(entries, platform);
            if (!entry) {
                const available = entries.filter((e) => !(0,registry_platform/* isAttestation */.H)(e) && e.platform).map((e) => (0,core_platforms/* formatPlatform */.Bq)(e.platform));
                throw new errors/* RegistryError */.gl(`${(0,image_ref/* formatImageRef */.kL)(ref)} has no ${platform ? (0,core_platforms/* formatPlatform */.Bq)(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
            }
            fetched = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest) {
            throw new errors/* RegistryError */.gl(`${(0,image_ref/* formatImageRef */.kL)(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
        }
        return { ...manifest, digest: fetched.digest };
    }
    /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
    async imagePlatforms(refInput) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        if (!(0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
            const manifest = top.manifest;
            return [configPlatform(await this.readConfig(ref, manifest.config))];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if ((0,registry_platform/* isAttestation */.H)(entry))
                continue;
            if (entry.platform) {
                platforms.push((0,core_platforms/* canonicalPlatform */._l)(entry.platform));
            }
            else if ((0,media_types/* isImageManifestMediaType */.d6)(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
                platforms.push(configPlatform(await this.readConfig(ref, child.manifest.config)));
            }
        }
        return platforms;
    }
    /** Copies an image (index, children, blobs) to `dst`; see copy.ts. Same digest at the destination. */
    copyImage(src, dst, options) {
        return (0,copy/* copyImage */.L1)(this, src, dst, options);
    }
    /** One blob into `dst`: skipped if present, mounted within a registry, else streamed. */
    copyBlob(src, dst, descriptor) {
        return (0,copy/* copyBlob */.Z7)(this, src, dst, descriptor);
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


/***/ }),

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ pushBlob),
/* harmony export */   L1: () => (/* binding */ copyImage),
/* harmony export */   Z7: () => (/* binding */ copyBlob)
/* harmony export */ });
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/* harmony import */ var _runtime_concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6764);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9867);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7253);
/* harmony import */ var _runtime_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6390);







function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function transient(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl)
        return error.transient;
    return error instanceof _core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h || (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransientNetworkError */ .l)(error);
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
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl) || error.transient || error.status === undefined)
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl) {
            if (gaveUp)
                error.message = `${error.message} (${source.action}: ${gaveUp})`;
            throw error;
        }
        if (error instanceof _core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${error.message} (${source.action}${gaveUp ? `; ${gaveUp}` : ''})`, source.registry, source.repository, undefined, 'DIGEST_INVALID', { cause: error });
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkError */ .x6)(error, { registry: source.registry, repository: source.repository, action: source.action, ...(gaveUp ? { gaveUp } : {}) }, 'http');
    };
    const options = client.http.retryOptions(({ delayMs, reason }) => client.http.options.notice(`blob ${descriptor.digest}: ${reason}; restarting its upload in ${delayMs} ms`));
    return (0,_runtime_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retryLoop */ .rU)(options, async (attempt) => {
        if (attempt > 1 && (await client.headBlob(dst, descriptor.digest)))
            return { done: 'exists' }; // the failed attempt may have completed after all
        try {
            await client.uploadBlob(dst, descriptor, await source.open(), uploadUrl);
            return { done: 'uploaded' };
        }
        catch (error) {
            uploadUrl = undefined; // a failed session is not reused
            if (!transient(error))
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
    const src = typeof srcInput === 'string' ? (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(dstInput) : dstInput;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`Cannot copy ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(src)} (digest ${top.digest}) to ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(dst)}: the digests differ`, dst.registry, dst.repository);
    }
    const copyTree = async (manifest, ref) => {
        if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isIndexMediaType */ .$$)(manifest.mediaType)) {
            for (const child of manifest.manifest.manifests ?? []) {
                if (await client.headManifest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(dst, child.digest)))
                    continue;
                const fetched = await client.getManifest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(ref, child.digest));
                await copyTree(fetched, ref);
                await client.putManifest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(dst, fetched.digest), fetched);
                result.manifests++;
            }
            return;
        }
        const image = manifest.manifest;
        const blobs = [image.config, ...(image.layers ?? [])].filter((d) => Boolean(d?.digest));
        await (0,_runtime_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .forEachLimited */ .vP)(blobs, concurrency, async (descriptor) => {
            const outcome = await copyBlob(client, src, dst, descriptor);
            result.blobs[outcome]++;
            if (outcome === 'copied')
                result.bytesCopied += descriptor.size;
        });
    };
    await copyTree(top, src);
    const digest = await client.putManifest(dst.tag ? (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withTag */ .Rd)(dst, dst.tag) : (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(dst, top.digest), top);
    result.manifests++;
    if (digest !== top.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`The copy of ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(src)} at ${(0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)(dst)} has digest ${digest}, not ${top.digest}`, dst.registry, dst.repository);
    }
    return { ...result, digest, mediaType: top.mediaType, image: (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .formatImageRef */ .kL)((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(dst, digest)) };
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ defaultCredentials),
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports dockerHubConfigKey, configKeyHost, maskCredential, explicitCredentials, dockerConfigDir, credentialHelperRunner, runCredentialHelper, chainCredentials */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9247);
/* harmony import */ var _runtime_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6107);
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
function sameRegistry(registry, key) {
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
function explicitCredentials(entries, mask = _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq) {
    const masked = entries.map((entry) => maskCredential({ username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' }, mask));
    return async (registry) => {
        const index = entries.findIndex((entry) => sameRegistry(registry, entry.registry));
        return index === -1 ? undefined : masked[index];
    };
}
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
}
/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
function dockerConfigCredentials(options = {}) {
    const mask = options.mask ?? _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq;
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
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(configDir, 'config.json');
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
    const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => sameRegistry(registry, key));
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
        Object.keys(auths).find((key) => sameRegistry(registry, key));
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
    const exec = options.exec ?? new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .SpawnRunner */ .yL();
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
            if (error instanceof _runtime_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandNotFoundError */ .v$)
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
    const mask = options.mask ?? _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   p2: () => (/* binding */ httpError),
/* harmony export */   x6: () => (/* binding */ networkError)
/* harmony export */ });
/* unused harmony export parseErrorBody */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7253);
/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */


class RegistryError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
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
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorChain */ .eB)(error);
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
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: (0,_core_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientNetworkError */ .l)(error) });
}


/***/ }),

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeRegistryClient: () => (/* binding */ makeRegistryClient),
/* harmony export */   readAuthFile: () => (/* binding */ readAuthFile),
/* harmony export */   writeAuthFile: () => (/* binding */ writeAuthFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7038);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3653);
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
    const credentials = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCredentials */ .AD)(explicit, options.mask ? { mask: options.mask } : {});
    return new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({ credentials, insecureRegistries, ...options });
}
/**
 * The login as a `{"auths": \u2026}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(base, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, 'image-actions-auth-')); // mode 0700, a fresh name
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }) };
}
/** The logins of a `{"auths": \u2026}` file (writeAuthFile's, or one in that shape): entries with a user and password. */
function readAuthFile(file) {
    const config = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    const logins = [];
    for (const [registry, entry] of Object.entries(config.auths ?? {})) {
        const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        if (colon > 0)
            logins.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: file });
    }
    return logins;
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   K: () => (/* binding */ manifestAccept),
/* harmony export */   ZX: () => (/* binding */ bareMediaType),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   mI: () => (/* binding */ MediaTypes)
/* harmony export */ });
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


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isAttestation),
/* harmony export */   y: () => (/* binding */ selectManifest)
/* harmony export */ });
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);
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
    return images.find((descriptor) => descriptor.platform && (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .samePlatform */ .my)(descriptor.platform, wanted));
}


/***/ }),

/***/ 55:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TA: () => (/* binding */ limiter),
/* harmony export */   jW: () => (/* binding */ settledValue),
/* harmony export */   vP: () => (/* binding */ forEachLimited)
/* harmony export */ });
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


/***/ })

};
