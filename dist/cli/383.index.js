export const id = 383;
export const ids = [383];
export const modules = {

/***/ 7383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogCommand: () => (/* binding */ catalogCommand),
  catalogUsage: () => (/* binding */ catalogUsage)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/remote.js + 1 modules
var remote = __webpack_require__(7315);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(4490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/platform/catalog/types.ts
/**
 * Wire types of the catalog API, written by hand to mirror src/platform/catalog/openapi.yaml
 * (components/schemas). test/platform/catalog/contract.test.ts validates real responses against the
 * document, so a drift between these and the document shows up there.
 */
const scopes = ['register', 'promote', 'read'];
/** Problem `type` URIs are `tag:` URIs (RFC 4151): stable names, nothing to dereference. */
function problemType(code) {
    return `tag:image-actions,2025:catalog/${code}`;
}

;// CONCATENATED MODULE: ./src/catalog-server/claim-rules.ts
/**
 * Which scopes a verified OIDC token earns, from its claims: `CATALOG_OIDC_RULES`, one rule per line
 * (or separated by `;`), each `<conditions> -> <scope>+<scope>`:
 *
 *   repository == "acme/ml" && ref == "refs/heads/main" -> register
 *   repository == "acme/ml" && environment == "production" -> promote
 *   repository_owner == "acme" && ref =~ "refs/tags/v*" -> register+promote
 *
 * A condition compares one claim with a JSON string: `==` equal, `!=` not equal (a missing claim is
 * not equal), `=~` a glob where `*` matches any run of characters. Conditions of a rule are joined by
 * `&&`; a token earns the scopes of every rule it satisfies.
 *
 * GitHub mints a token for any workflow of any repository, with whatever audience the workflow asks
 * for, so the audience alone proves nothing about who calls. Every rule must therefore pin the
 * repository or its owner (`repository`, `repository_id`, `repository_owner`, `repository_owner_id`,
 * `sub` or `job_workflow_ref` with `==` or `=~`); a rule that does not is refused at start.
 */

const pinningClaims = new Set(['repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'sub', 'job_workflow_ref']);
const conditionPattern = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(==|!=|=~)\s*("(?:[^"\\]|\\.)*")\s*$/;
function ruleError(index, problem) {
    return new Error(`CATALOG_OIDC_RULES rule ${index + 1} ${problem}`);
}
function parseRule(text, index) {
    const arrow = text.lastIndexOf('->');
    if (arrow < 0)
        throw ruleError(index, 'has no "-> scope": write <claim> == "<value>" && \u2026 -> register+promote');
    const scopeList = text
        .slice(arrow + 2)
        .split('+')
        .map((s) => s.trim());
    if (scopeList.some((s) => !scopes.includes(s))) {
        throw ruleError(index, `grants '${text.slice(arrow + 2).trim()}': scopes are register, promote, read joined by +`);
    }
    const conditions = text
        .slice(0, arrow)
        .split('&&')
        .map((part) => {
        const match = conditionPattern.exec(part);
        if (!match)
            throw ruleError(index, `has a condition '${part.trim()}' that is not <claim> ==|!=|=~ "<value>"`);
        let value;
        try {
            value = JSON.parse(match[3]);
        }
        catch {
            throw ruleError(index, `has a value ${match[3]} that is not a JSON string`);
        }
        return { claim: match[1], operator: match[2], value };
    });
    if (!conditions.some((c) => pinningClaims.has(c.claim) && c.operator !== '!=' && c.value.replace(/\*/g, '') !== '')) {
        throw ruleError(index, 'does not pin a repository: any repository on GitHub could mint such a token. Add repository == "owner/name" (or repository_owner == "owner")');
    }
    return { source: text.trim(), conditions, scopes: [...new Set(scopeList)] };
}
function parseClaimRules(spec) {
    const lines = (spec ?? '')
        .split(/[;\n]/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    if (lines.length === 0) {
        throw new Error('CATALOG_OIDC_RULES is empty: give at least one rule such as repository == "acme/ml" && ref == "refs/heads/main" -> register');
    }
    return lines.map(parseRule);
}
function globMatches(pattern, value) {
    const source = pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`, 's').test(value);
}
function claimText(claims, name) {
    const value = claims[name];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
function holds(condition, claims) {
    const actual = claimText(claims, condition.claim);
    switch (condition.operator) {
        case '==':
            return actual === condition.value;
        case '!=':
            return actual !== condition.value;
        case '=~':
            return actual !== undefined && globMatches(condition.value, actual);
    }
}
/** The union of the scopes of every rule whose conditions all hold. */
function scopesFor(rules, claims) {
    const granted = new Set();
    for (const rule of rules) {
        if (rule.conditions.every((condition) => holds(condition, claims)))
            for (const scope of rule.scopes)
                granted.add(scope);
    }
    return granted;
}

;// CONCATENATED MODULE: ./src/catalog-server/oidc.ts
/**
 * Keyless CI: the catalog accepts a GitHub Actions OIDC id-token as its bearer token. The token is
 * verified with `jose` against the issuer's published keys (discovered from
 * `<issuer>/.well-known/openid-configuration`, fetched once and cached; an unknown `kid` refetches,
 * at most every 30 s), must be issued by the configured issuer for the configured audience, be
 * within its lifetime, and be signed with an asymmetric algorithm \u2014 `alg: none` and HMAC are never
 * accepted. Its claims then earn scopes through the rules of claim-rules.ts.
 *
 * Configuration (environment of `catalog serve`): CATALOG_OIDC_AUDIENCE turns it on;
 * CATALOG_OIDC_ISSUER (default GitHub's), CATALOG_OIDC_RULES, CATALOG_OIDC_JWKS_URL (skip discovery).
 */


const githubIssuer = 'https://token.actions.githubusercontent.com';
/** Signature algorithms with a public key; the issuer's JWKS decides which of them a key may use. */
const asymmetricAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** OIDC settings from the environment; undefined when CATALOG_OIDC_AUDIENCE is not set. Throws on bad settings. */
function oidcConfigFromEnv(env) {
    const audience = env.CATALOG_OIDC_AUDIENCE?.trim();
    if (!audience) {
        if (env.CATALOG_OIDC_RULES?.trim())
            throw new Error('CATALOG_OIDC_RULES is set but CATALOG_OIDC_AUDIENCE is not: set the audience your workflows request');
        return undefined;
    }
    const issuer = (env.CATALOG_OIDC_ISSUER?.trim() || githubIssuer).replace(/\/+$/, '');
    for (const [name, value] of [
        ['CATALOG_OIDC_ISSUER', issuer],
        ['CATALOG_OIDC_JWKS_URL', env.CATALOG_OIDC_JWKS_URL?.trim()],
    ]) {
        if (!value)
            continue;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new Error(`${name} '${value}' is not a URL`);
        }
        const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
            throw new Error(`${name} must be https:// (plain http only on loopback, for tests)`);
        }
    }
    const jwksUrl = env.CATALOG_OIDC_JWKS_URL?.trim();
    return { issuer, audience, rules: parseClaimRules(env.CATALOG_OIDC_RULES), ...(jwksUrl ? { jwksUrl } : {}) };
}
/** Three base64url parts: worth verifying as a JWT (a static token never looks like one). */
function looksLikeJwt(token) {
    return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(token);
}
class IssuerUnavailable extends Error {
}
class OidcVerifier {
    config;
    fetchImpl;
    keys;
    discovering;
    constructor(config, fetchImpl = fetch) {
        this.config = config;
        this.fetchImpl = fetchImpl;
    }
    /** The key set, discovered once; a failed discovery is tried again by the next request. */
    keySet() {
        if (this.keys)
            return Promise.resolve(this.keys);
        this.discovering ??= this.discover().then((keys) => (this.keys = keys), (error) => {
            this.discovering = undefined;
            throw error;
        });
        return this.discovering;
    }
    async discover() {
        let jwksUrl = this.config.jwksUrl;
        if (!jwksUrl) {
            const where = `${this.config.issuer}/.well-known/openid-configuration`;
            let document;
            try {
                const response = await this.fetchImpl(where, { signal: AbortSignal.timeout(5_000), headers: { accept: 'application/json' } });
                if (!response.ok)
                    throw new Error(`HTTP ${response.status}`);
                document = (await response.json());
            }
            catch (error) {
                throw new IssuerUnavailable(`cannot read ${where}: ${error.message}`);
            }
            if (document.issuer !== this.config.issuer || typeof document.jwks_uri !== 'string') {
                throw new IssuerUnavailable(`${where} does not describe the issuer ${this.config.issuer} with a jwks_uri`);
            }
            jwksUrl = document.jwks_uri;
        }
        return (0,remote/* createRemoteJWKSet */.RD)(new URL(jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    }
    async verify(token) {
        let keys;
        try {
            keys = await this.keySet();
        }
        catch (error) {
            return { ok: false, unavailable: true, reason: error.message };
        }
        try {
            const { payload } = await (0,verify/* jwtVerify */.V)(token, keys, {
                issuer: this.config.issuer,
                audience: this.config.audience,
                algorithms: asymmetricAlgorithms,
                clockTolerance: this.config.clockToleranceSeconds ?? 5,
                requiredClaims: ['exp', 'iat', 'sub'],
            });
            return { ok: true, subject: String(payload.sub), claims: payload, scopes: scopesFor(this.config.rules, payload) };
        }
        catch (error) {
            return describeFailure(error);
        }
    }
}
function describeFailure(error) {
    if (error instanceof errors/* JWTExpired */.n)
        return { ok: false, unavailable: false, reason: 'the OIDC token has expired' };
    if (error instanceof errors/* JWTClaimValidationFailed */.ie) {
        const reasons = {
            aud: 'the OIDC token is for another audience',
            iss: 'the OIDC token is from another issuer',
            nbf: 'the OIDC token is not valid yet',
            iat: 'the OIDC token has an invalid issue time',
        };
        return { ok: false, unavailable: false, reason: reasons[error.claim] ?? `the OIDC token's ${error.claim} claim is not acceptable` };
    }
    if (error instanceof errors/* JOSEAlgNotAllowed */.Rb || error instanceof errors/* JOSENotSupported */.T0) {
        return { ok: false, unavailable: false, reason: 'the OIDC token is not signed with an accepted algorithm' };
    }
    if (error instanceof errors/* JWSSignatureVerificationFailed */.h2) {
        return { ok: false, unavailable: false, reason: 'the OIDC token signature does not verify' };
    }
    if (error instanceof errors/* JWKSNoMatchingKey */.BT) {
        return { ok: false, unavailable: false, reason: 'the OIDC token is signed with a key the issuer does not publish' };
    }
    // Fetching the key set failed (timeout, HTTP error, no network): the token may well be good.
    if (error instanceof errors/* JWKSTimeout */.xb || !(error instanceof errors/* JOSEError */.i4) || error.code === 'ERR_JOSE_GENERIC') {
        return { ok: false, unavailable: true, reason: `the issuer's keys cannot be fetched: ${error.message}` };
    }
    return { ok: false, unavailable: false, reason: 'the OIDC token is malformed' };
}

;// CONCATENATED MODULE: ./src/catalog-server/auth.ts
/**
 * Who calls: a bearer token that is either one of the static tokens of `CATALOG_TOKENS`
 * (`token:scope+scope,\u2026`) or, when OIDC is configured, a GitHub Actions id-token (oidc.ts).
 * Static tokens are kept only as SHA-256 digests: lookups compare digests (no early-exit string
 * compare on the secret), and a caller is named in logs and records by a short digest prefix, never
 * the token; an OIDC caller is named by its subject (`oidc:repo:acme/ml:ref:refs/heads/main`).
 */



function digest(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token, 'utf8').digest('hex');
}
/**
 * Parses `token:scope+scope` entries separated by commas or newlines. Errors never quote a token.
 * Empty is an error unless `optional` (the catalog trusts OIDC tokens alone).
 */
function parseTokens(spec, options = {}) {
    const table = new Map();
    const entries = (spec ?? '')
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    if (entries.length === 0) {
        if (options.optional)
            return table;
        throw new Error('CATALOG_TOKENS is empty: set it to token:scope+scope,\u2026 (scopes: register, promote, read)');
    }
    for (const [index, entry] of entries.entries()) {
        const colon = entry.lastIndexOf(':');
        const token = colon > 0 ? entry.slice(0, colon) : '';
        const scopeList = colon > 0
            ? entry
                .slice(colon + 1)
                .split('+')
                .map((s) => s.trim())
            : [];
        if (!token || scopeList.length === 0 || scopeList.some((s) => !s)) {
            throw new Error(`CATALOG_TOKENS entry ${index + 1} is not token:scope+scope (scopes: register, promote, read)`);
        }
        const unknown = scopeList.filter((s) => !scopes.includes(s));
        if (unknown.length > 0) {
            throw new Error(`CATALOG_TOKENS entry ${index + 1} has unknown scope ${unknown.map((s) => `'${s}'`).join(', ')} (scopes: register, promote, read)`);
        }
        if (token.length < 8)
            throw new Error(`CATALOG_TOKENS entry ${index + 1}: a token must have at least 8 characters`);
        const hash = digest(token);
        if (table.has(hash))
            throw new Error(`CATALOG_TOKENS entry ${index + 1} repeats an earlier token`);
        table.set(hash, { name: `token-${hash.slice(0, 8)}`, scopes: new Set(scopeList) });
    }
    return table;
}
const realm = 'realm="image-actions catalog"';
/** `register` and `promote` include reading: a writer must read the state it changes (ETags). */
function auth_holds(principal, scope) {
    return principal.scopes.has(scope) || (scope === 'read' && (principal.scopes.has('register') || principal.scopes.has('promote')));
}
function bearerToken(authorization) {
    return /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? '')?.[1];
}
const missingToken = { ok: false, status: 401, detail: 'send Authorization: Bearer <token>', challenge: `Bearer ${realm}` };
function invalidToken(detail) {
    return { ok: false, status: 401, detail, challenge: `Bearer ${realm}, error="invalid_token"` };
}
/** Checks a known principal against alternatives of required scopes (any one suffices). */
function authorize(principal, alternatives) {
    if (alternatives.length > 0 && !alternatives.some((needed) => needed.every((scope) => auth_holds(principal, scope)))) {
        const wanted = alternatives.map((needed) => needed.join('+')).join(' or ');
        const challenge = `Bearer ${realm}, error="insufficient_scope", scope="${alternatives[0].join(' ')}"`;
        const has = principal.scopes.size > 0 ? [...principal.scopes].join('+') : 'no scope (no rule matched its claims)';
        return { ok: false, status: 403, detail: `this operation needs the scope ${wanted}; the token has ${has}`, challenge, principal };
    }
    return { ok: true, principal };
}
/** Checks the Authorization header against the static tokens alone. */
function authenticate(table, authorization, alternatives) {
    const token = bearerToken(authorization);
    if (!token)
        return missingToken;
    const principal = table.get(digest(token));
    if (!principal)
        return invalidToken('the bearer token is not known to this catalog');
    return authorize(principal, alternatives);
}
/** Static tokens first; a token that looks like a JWT is then verified as an OIDC id-token, when configured. */
class Authenticator {
    table;
    oidc;
    onOidc;
    constructor(table, oidc, onOidc) {
        this.table = table;
        this.oidc = oidc;
        this.onOidc = onOidc;
    }
    async authenticate(authorization, alternatives) {
        const token = bearerToken(authorization);
        if (!token)
            return missingToken;
        const known = this.table.get(digest(token));
        if (known)
            return authorize(known, alternatives);
        if (!this.oidc || !looksLikeJwt(token))
            return invalidToken('the bearer token is not known to this catalog');
        const verified = await this.oidc.verify(token);
        if (!verified.ok) {
            this.onOidc?.(verified.unavailable ? 'unavailable' : 'rejected');
            if (verified.unavailable)
                return { ok: false, status: 503, detail: `${verified.reason}: retry shortly` };
            return invalidToken(verified.reason);
        }
        this.onOidc?.('accepted');
        // Bounded: the subject ends up in every record this caller writes and in the idempotency key space.
        const principal = { name: `oidc:${verified.subject.slice(0, 200)}`, scopes: verified.scopes };
        return authorize(principal, alternatives);
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/openapi-document.generated.ts
// Generated by scripts/gen-catalog-openapi.ts from src/platform/catalog/openapi.yaml. Do not edit.
const openapiYaml = "openapi: 3.1.1\ninfo:\n  title: image-actions catalog\n  version: 1.1.0\n  summary: Registers immutable container image versions, attaches them to compute and promotes them through channels.\n  description: |\n    The generic platform contract spoken by the `register` and `promote` actions of image-actions.\n    `image-actions catalog serve` is a reference server for it (a SQLite file, or PostgreSQL behind\n    several replicas); a platform team can run it as is or implement this document in front of its\n    own platform.\n\n    Resources: an **image** (a logical name such as `ml-runtime`) has immutable **versions**\n    (`1.2.0` \u2192 `sha256:\u2026`). A **target** (`resource-group/rg-prod`, `cluster/0123-456789-abc`,\n    `job/42/main`, `project/1001`) has one current **attachment** (the version it runs). A\n    **channel** (`staging`, `production`) of an image points at one version and moves through\n    **promotions**.\n\n    Conventions:\n    - **Versions are immutable.** Creating a version that exists with the same digest is an\n      idempotent success (`200`, the stored record is returned unchanged: the first registration's\n      metadata is kept); with another digest it is refused with `409` and nothing changes.\n    - **Idempotency-Key** (draft-ietf-httpapi-idempotency-key-header) is accepted on every `POST`, as\n      a bare token or a quoted structured-field string, 1\u2013255 visible characters. Clients should send\n      it and re-send the same key on every retry of one logical call. The server stores successful\n      (2xx) results for 24 hours per key and caller; a retry with the same key and the same request\n      replays the stored status and body with `Idempotent-Replayed: true`; the same key with another\n      request (method, path or JSON body) is refused with `422`. Errors are not stored: they change\n      nothing, so a retry is simply evaluated again.\n    - **Optimistic concurrency.** Attachments and channels carry a strong `ETag`. Changing one that\n      exists requires `If-Match` (`428` without it, `412` when stale); creating one may send\n      `If-None-Match: *` (`412` when it exists by then).\n    - **Pagination.** Lists take `page_size` (1\u2013500, default 50) and an opaque `page_token`; the next\n      page is linked with `Link: <\u2026>; rel=\"next\"` (RFC 8288, a path relative to the server root) and\n      repeated as `next_page_token` in the body.\n    - **Errors** are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail`,\n      `instance` (the request path) and the extension members `code` (a stable slug) and\n      `request_id`; validation errors add `errors[]` with JSON pointers.\n    - **Rate limiting.** `429` carries `Retry-After` (seconds). Clients retry `429`, `5xx` and\n      connection failures with jittered exponential backoff, honouring `Retry-After`.\n    - **Authentication.** `Authorization: Bearer <token>`: a static token, or (when the server trusts\n      an OIDC issuer, by default GitHub Actions) the job's OIDC id-token for the configured audience,\n      whose claims earn scopes by the server's rules. Scopes: `register` (create images and\n      versions, set attachments), `promote` (move channels), `read` (read everything). `register` and\n      `promote` include reading. `401` (with `WWW-Authenticate: Bearer`) for a missing or unknown\n      token, or an id-token that is expired, for another audience or issuer, unsigned or wrongly\n      signed; `403` for a token without the needed scope.\n    - **Availability.** `503` with `Retry-After` when the storage cannot answer (restarting, busy) or\n      the OIDC issuer's keys cannot be fetched; nothing was changed, so the request may be retried.\n      Beside this API, the reference server answers `GET /healthz` (liveness), `GET /readyz`\n      (storage reachable) and `GET /metrics` (Prometheus text), without authentication.\n    - **Target ids** contain a slash (`kind/name`, sometimes more segments). In paths they are\n      percent-encoded as one segment (`/v1/targets/resource-group%2Frg-prod/attachment`, what\n      `encodeURIComponent` produces). Because some proxies decode `%2F`, the server also accepts\n      the unencoded form (`/v1/targets/resource-group/rg-prod/attachment`); the target id is then\n      everything between `/v1/targets/` and the final `/attachment`.\n  license:\n    name: MIT\n    identifier: MIT\nservers:\n  - url: http://127.0.0.1:8080\n    description: A local `image-actions catalog serve`\nsecurity:\n  - bearer: [read]\n  - bearer: [register]\n  - bearer: [promote]\ntags:\n  - name: images\n  - name: versions\n  - name: attachments\n  - name: channels\n  - name: service\npaths:\n  /v1/health:\n    get:\n      operationId: getHealth\n      tags: [service]\n      summary: Liveness and storage check (no authentication).\n      security: []\n      responses:\n        '200':\n          description: The server answers and its database is readable.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Health' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/openapi.yaml:\n    get:\n      operationId: getOpenApiDocument\n      tags: [service]\n      summary: This document (no authentication).\n      security: []\n      responses:\n        '200':\n          description: The OpenAPI document the server validates requests against.\n          content:\n            application/yaml:\n              schema: { type: string }\n  /v1/images:\n    post:\n      operationId: createImage\n      tags: [images]\n      summary: Create an image record, or return it when it exists.\n      description: |\n        Ensure semantics: `201` when created, `200` with the stored record when an image of that\n        name exists already (its description is left as it is).\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/ImageCreate' }\n      responses:\n        '200':\n          description: The image existed; the stored record.\n          headers:\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '201':\n          description: Created.\n          headers:\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n    get:\n      operationId: getImage\n      tags: [images]\n      summary: Read an image record.\n      responses:\n        '200':\n          description: The image.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}/versions:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n    post:\n      operationId: createVersion\n      tags: [versions]\n      summary: Register an immutable version of an image.\n      description: |\n        `201` when the version is new. `200` when a version of that name exists with the same\n        digest (the stored record is returned; nothing changes). `409` when it exists with another\n        digest (nothing changes). `404` when the image does not exist. `422` when the body is invalid\n        or `image_ref` does not end with `@<digest>`.\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/VersionCreate' }\n      responses:\n        '200':\n          description: The version existed with the same digest; the stored record.\n          headers:\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '201':\n          description: Created.\n          headers:\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '409':\n          description: The version exists with another digest. Versions are immutable.\n          content:\n            application/problem+json:\n              schema: { $ref: '#/components/schemas/VersionConflictProblem' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n    get:\n      operationId: listVersions\n      tags: [versions]\n      summary: List the versions of an image, oldest first.\n      parameters:\n        - $ref: '#/components/parameters/PageSize'\n        - $ref: '#/components/parameters/PageToken'\n      responses:\n        '200':\n          description: One page of versions.\n          headers:\n            Link: { $ref: '#/components/headers/Link' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/VersionPage' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}/versions/{version}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Version'\n    get:\n      operationId: getVersion\n      tags: [versions]\n      summary: Read one version.\n      responses:\n        '200':\n          description: The version.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/targets/{target}/attachment:\n    parameters:\n      - $ref: '#/components/parameters/Target'\n    get:\n      operationId: getAttachment\n      tags: [attachments]\n      summary: The version a target runs now.\n      responses:\n        '200':\n          description: The current attachment.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n    put:\n      operationId: putAttachment\n      tags: [attachments]\n      summary: Attach a registered version to a target.\n      description: |\n        When the target has an attachment, `If-Match` with its current `ETag` is required (`428`\n        without it, `412` when it no longer matches). To create the first attachment send\n        `If-None-Match: *` (`412` if one was created meanwhile) or no precondition. Setting the\n        version the target already runs is a no-op (`200`, same `ETag`).\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IfMatch'\n        - $ref: '#/components/parameters/IfNoneMatch'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/AttachmentPut' }\n      responses:\n        '200':\n          description: The attachment was replaced (or already was this version).\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '201':\n          description: The target's first attachment.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '412': { $ref: '#/components/responses/PreconditionFailed' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '428': { $ref: '#/components/responses/PreconditionRequired' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}/channels/{channel}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Channel'\n    get:\n      operationId: getChannel\n      tags: [channels]\n      summary: The version a channel points at.\n      responses:\n        '200':\n          description: The channel.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Channel' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}/channels/{channel}/promotions:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Channel'\n    post:\n      operationId: createPromotion\n      tags: [channels]\n      summary: Point a channel at a registered version.\n      description: |\n        When the channel exists, `If-Match` with its current `ETag` is required (`428` without it,\n        `412` when stale). The first promotion creates the channel (send `If-None-Match: *` or no\n        precondition). The response carries the channel's new `ETag`.\n      security:\n        - bearer: [promote]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n        - $ref: '#/components/parameters/IfMatch'\n        - $ref: '#/components/parameters/IfNoneMatch'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/PromotionCreate' }\n      responses:\n        '201':\n          description: Promoted.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Promotion' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '412': { $ref: '#/components/responses/PreconditionFailed' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '428': { $ref: '#/components/responses/PreconditionRequired' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n    get:\n      operationId: listPromotions\n      tags: [channels]\n      summary: The channel's promotion history, oldest first.\n      parameters:\n        - $ref: '#/components/parameters/PageSize'\n        - $ref: '#/components/parameters/PageToken'\n      responses:\n        '200':\n          description: One page of promotions.\n          headers:\n            Link: { $ref: '#/components/headers/Link' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/PromotionPage' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\ncomponents:\n  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n      description: |\n        Static tokens configured on the server (`CATALOG_TOKENS=token:scope+scope,\u2026`), or GitHub\n        Actions OIDC id-tokens for the server's audience (`CATALOG_OIDC_AUDIENCE`), verified against\n        the issuer's keys and mapped to scopes by `CATALOG_OIDC_RULES`. Scopes: `register`,\n        `promote`, `read`.\n  parameters:\n    Image:\n      name: image\n      in: path\n      required: true\n      schema: { $ref: '#/components/schemas/ImageName' }\n    Version:\n      name: version\n      in: path\n      required: true\n      description: Percent-encode it (`+` in semver build metadata becomes `%2B`).\n      schema: { $ref: '#/components/schemas/VersionName' }\n    Channel:\n      name: channel\n      in: path\n      required: true\n      schema: { $ref: '#/components/schemas/ChannelName' }\n    Target:\n      name: target\n      in: path\n      required: true\n      description: |\n        `kind/name[/more]`, percent-encoded as one path segment (`resource-group%2Frg-prod`). The\n        server also accepts it unencoded (see the description of this document).\n      x-allow-unencoded-slash: true\n      schema: { $ref: '#/components/schemas/TargetId' }\n    PageSize:\n      name: page_size\n      in: query\n      required: false\n      schema: { type: integer, minimum: 1, maximum: 500, default: 50 }\n    PageToken:\n      name: page_token\n      in: query\n      required: false\n      description: 'Opaque; taken from `next_page_token` or the `Link: rel=\"next\"` of the previous page.'\n      schema: { type: string, minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }\n    IdempotencyKey:\n      name: Idempotency-Key\n      in: header\n      required: false\n      description: A unique key per logical operation (a UUID), identical on every retry of it.\n      schema: { type: string, minLength: 1, maxLength: 257 }\n    IfMatch:\n      name: If-Match\n      in: header\n      required: false\n      description: The `ETag` read last; required to change an existing attachment or channel.\n      schema: { type: string, minLength: 1 }\n    IfNoneMatch:\n      name: If-None-Match\n      in: header\n      required: false\n      description: '`*`: only create; fail with `412` if it exists.'\n      schema: { type: string, const: '*' }\n  headers:\n    ETag:\n      description: Strong entity tag of the attachment or channel; send it back in `If-Match`.\n      required: true\n      schema: { type: string, pattern: '^\"[^\"]+\"$' }\n    Location:\n      description: Path of the created resource.\n      required: true\n      schema: { type: string }\n    Link:\n      description: '`<path?page_token=\u2026>; rel=\"next\"` when there is a next page.'\n      schema: { type: string }\n    IdempotentReplayed:\n      description: '`true` when this is the stored response of an earlier request with the same `Idempotency-Key`.'\n      schema: { type: string, enum: ['true'] }\n    RetryAfter:\n      description: Seconds to wait before retrying.\n      required: true\n      schema: { type: string, pattern: '^[0-9]+$' }\n    WwwAuthenticate:\n      description: '`Bearer realm=\"image-actions catalog\"`, with `error=\"invalid_token\"` for an unknown token.'\n      required: true\n      schema: { type: string, pattern: '^Bearer' }\n  responses:\n    BadRequest:\n      description: Malformed request (unparsable JSON, bad parameter or header).\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unauthorized:\n      description: Missing or unknown bearer token, or an OIDC id-token that is expired, for another audience or issuer, unsigned or wrongly signed.\n      headers:\n        WWW-Authenticate: { $ref: '#/components/headers/WwwAuthenticate' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Forbidden:\n      description: The token lacks the scope this operation needs.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    NotFound:\n      description: No such image, version, attachment or channel.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    PreconditionFailed:\n      description: '`If-Match` no longer matches (someone changed it since you read it), or `If-None-Match: *` and it exists.'\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    PreconditionRequired:\n      description: It exists, so `If-Match` with its current `ETag` is required.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    TooLarge:\n      description: The body exceeds 64 KiB.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    UnsupportedMediaType:\n      description: The body is not `application/json`.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unprocessable:\n      description: |\n        The body does not match the schema (`errors[]` lists where), refers to something that is not\n        registered, or an `Idempotency-Key` was reused with another request.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    TooManyRequests:\n      description: Rate limited.\n      headers:\n        Retry-After: { $ref: '#/components/headers/RetryAfter' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unavailable:\n      description: Storage is busy or unavailable, or the OIDC issuer's keys cannot be fetched; nothing changed; retry after `Retry-After`.\n      headers:\n        Retry-After: { $ref: '#/components/headers/RetryAfter' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n  schemas:\n    ImageName:\n      type: string\n      description: Lower-case letters and digits, separated by single `.`, `_` or `-`.\n      minLength: 1\n      maxLength: 128\n      pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'\n      examples: [ml-runtime]\n    VersionName:\n      type: string\n      description: Semver (`1.2.0`, `1.2.0-rc.1+build.5`) or a hash tag (`h1-0123\u2026`).\n      minLength: 1\n      maxLength: 128\n      pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$'\n      examples: ['1.2.0', h1-9f86d081884c7d659a2feaa0c55ad015]\n    ChannelName:\n      type: string\n      minLength: 1\n      maxLength: 63\n      pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'\n      examples: [production]\n    TargetId:\n      type: string\n      description: '`kind/name`, a name may have several segments (`job/42/main`).'\n      minLength: 3\n      maxLength: 512\n      pattern: '^[a-z][a-z0-9-]*(?:/[A-Za-z0-9._~:@+-]+)+$'\n      examples: [resource-group/rg-prod, cluster/0123-456789-abc, job/42/main, project/1001]\n    Digest:\n      type: string\n      description: An OCI content digest of the image manifest or index.\n      pattern: '^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$'\n    ImageRef:\n      type: string\n      description: '`<registry>/<repository>@<digest>`, what compute pulls; must end with `@` and the digest.'\n      minLength: 10\n      maxLength: 1024\n      pattern: '^[A-Za-z0-9][^\\s@]*@(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$'\n    Timestamp:\n      type: string\n      format: date-time\n    Description:\n      type: string\n      maxLength: 4096\n    Source:\n      type: object\n      additionalProperties: false\n      required: [commit]\n      properties:\n        commit:\n          type: string\n          description: Full git commit id (SHA-1 or SHA-256).\n          pattern: '^(?:[0-9a-f]{40}|[0-9a-f]{64})$'\n        run_url:\n          type: string\n          format: uri\n          maxLength: 2048\n          description: The CI run that built the image.\n    Build:\n      type: object\n      additionalProperties: false\n      required: [hash]\n      properties:\n        hash:\n          type: string\n          description: The build-definition hash the image was built from.\n          minLength: 1\n          maxLength: 200\n          pattern: '^[A-Za-z0-9][A-Za-z0-9:._-]*$'\n    Health:\n      type: object\n      additionalProperties: false\n      required: [status]\n      properties:\n        status: { type: string, enum: [ok] }\n    ImageCreate:\n      type: object\n      additionalProperties: false\n      required: [name]\n      properties:\n        name: { $ref: '#/components/schemas/ImageName' }\n        description: { $ref: '#/components/schemas/Description' }\n    Image:\n      type: object\n      additionalProperties: false\n      required: [name, created_at]\n      properties:\n        name: { $ref: '#/components/schemas/ImageName' }\n        description: { $ref: '#/components/schemas/Description' }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    VersionCreate:\n      type: object\n      additionalProperties: false\n      required: [version, digest, image_ref, source, build]\n      properties:\n        version: { $ref: '#/components/schemas/VersionName' }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        source: { $ref: '#/components/schemas/Source' }\n        build: { $ref: '#/components/schemas/Build' }\n        description: { $ref: '#/components/schemas/Description' }\n    Version:\n      type: object\n      additionalProperties: false\n      required: [id, image, version, digest, image_ref, source, build, created_at]\n      properties:\n        id:\n          type: string\n          description: Server-assigned, stable id of this version.\n          pattern: '^ver_[a-z0-9]{20,40}$'\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        source: { $ref: '#/components/schemas/Source' }\n        build: { $ref: '#/components/schemas/Build' }\n        description: { $ref: '#/components/schemas/Description' }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    VersionPage:\n      type: object\n      additionalProperties: false\n      required: [items]\n      properties:\n        items:\n          type: array\n          items: { $ref: '#/components/schemas/Version' }\n        next_page_token: { type: string }\n    AttachmentPut:\n      type: object\n      additionalProperties: false\n      required: [image, version]\n      properties:\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n    Attachment:\n      type: object\n      additionalProperties: false\n      required: [target, image, version, version_id, digest, image_ref, revision, updated_at]\n      properties:\n        target: { $ref: '#/components/schemas/TargetId' }\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        version_id: { type: string }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        revision:\n          type: integer\n          minimum: 1\n          description: Incremented on every change.\n        updated_at: { $ref: '#/components/schemas/Timestamp' }\n    Channel:\n      type: object\n      additionalProperties: false\n      required: [image, channel, version, version_id, digest, revision, updated_at]\n      properties:\n        image: { $ref: '#/components/schemas/ImageName' }\n        channel: { $ref: '#/components/schemas/ChannelName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        version_id: { type: string }\n        digest: { $ref: '#/components/schemas/Digest' }\n        revision: { type: integer, minimum: 1 }\n        updated_at: { $ref: '#/components/schemas/Timestamp' }\n    PromotionCreate:\n      type: object\n      additionalProperties: false\n      required: [version]\n      properties:\n        version: { $ref: '#/components/schemas/VersionName' }\n        reason: { type: string, maxLength: 1024 }\n    Promotion:\n      type: object\n      additionalProperties: false\n      required: [id, image, channel, version, previous_version, created_at]\n      properties:\n        id: { type: string, pattern: '^prm_[a-z0-9]{20,40}$' }\n        image: { $ref: '#/components/schemas/ImageName' }\n        channel: { $ref: '#/components/schemas/ChannelName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        previous_version:\n          oneOf:\n            - { $ref: '#/components/schemas/VersionName' }\n            - { type: 'null' }\n        reason: { type: string }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    PromotionPage:\n      type: object\n      additionalProperties: false\n      required: [items]\n      properties:\n        items:\n          type: array\n          items: { $ref: '#/components/schemas/Promotion' }\n        next_page_token: { type: string }\n    Problem:\n      type: object\n      description: RFC 9457 problem details.\n      required: [type, title, status, detail, instance]\n      properties:\n        type:\n          type: string\n          format: uri-reference\n          description: '`tag:image-actions,2025:catalog/<code>`, or `about:blank` for plain HTTP errors.'\n        title: { type: string }\n        status: { type: integer, minimum: 400, maximum: 599 }\n        detail: { type: string }\n        instance:\n          type: string\n          format: uri-reference\n          description: The request path.\n        code:\n          type: string\n          description: Stable machine-readable slug (`version-conflict`, `precondition-failed`, \u2026).\n        request_id: { type: string }\n        errors:\n          type: array\n          description: Where a request body or parameter failed validation.\n          items:\n            type: object\n            additionalProperties: false\n            required: [pointer, detail]\n            properties:\n              pointer: { type: string, description: 'JSON pointer into the body, or `#/header/<name>`, `#/query/<name>`, `#/path/<name>`.' }\n              detail: { type: string }\n    VersionConflictProblem:\n      allOf:\n        - { $ref: '#/components/schemas/Problem' }\n        - type: object\n          required: [code, existing]\n          properties:\n            code: { const: version-conflict }\n            existing: { $ref: '#/components/schemas/Version' }\n";

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/catalog-server/migrations.ts
/**
 * The catalog schema as numbered migrations, one list per backend, applied in order when a server
 * starts (SQLite: inside BEGIN IMMEDIATE, recorded in `PRAGMA user_version`; PostgreSQL: under an
 * advisory lock, recorded in `catalog_schema_migrations`). A migration is never edited once
 * released: a change of schema is a new entry at the end of both lists. A database written by a
 * newer catalog (a higher version than the last entry) is refused, not guessed at.
 */
/** Version 1 is the schema the SQLite store had before migrations were numbered (user_version 1). */
const sqliteMigrations = [
    {
        version: 1,
        name: 'initial',
        sql: `
CREATE TABLE IF NOT EXISTS images (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL REFERENCES images(name),
  version TEXT NOT NULL,
  digest TEXT NOT NULL,
  image_ref TEXT NOT NULL,
  source_commit TEXT NOT NULL,
  source_run_url TEXT,
  build_hash TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (image, version)
);
CREATE TABLE IF NOT EXISTS attachments (
  target TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attachment_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  target TEXT NOT NULL,
  version_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channels (
  image TEXT NOT NULL REFERENCES images(name),
  channel TEXT NOT NULL,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (image, channel)
);
CREATE TABLE IF NOT EXISTS promotions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL,
  channel TEXT NOT NULL,
  version TEXT NOT NULL,
  previous_version TEXT,
  reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS promotions_by_channel ON promotions (image, channel, seq);
CREATE TABLE IF NOT EXISTS idempotency (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  PRIMARY KEY (principal, key)
);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created_at_ms);
`,
    },
    {
        version: 2,
        name: 'versions-by-image',
        // Version lists page by (image, seq); the UNIQUE (image, version) index cannot order them.
        sql: 'CREATE INDEX IF NOT EXISTS versions_by_image ON versions (image, seq);',
    },
];
const postgresMigrations = [
    {
        version: 1,
        name: 'initial',
        sql: `
CREATE TABLE images (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE versions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL REFERENCES images(name),
  version TEXT NOT NULL,
  digest TEXT NOT NULL,
  image_ref TEXT NOT NULL,
  source_commit TEXT NOT NULL,
  source_run_url TEXT,
  build_hash TEXT NOT NULL,
  description TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (image, version)
);
CREATE TABLE attachments (
  target TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL CHECK (revision > 0),
  etag TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE attachment_history (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  target TEXT NOT NULL,
  version_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL,
  changed_by TEXT NOT NULL,
  UNIQUE (target, revision)
);
CREATE TABLE channels (
  image TEXT NOT NULL REFERENCES images(name),
  channel TEXT NOT NULL,
  version_id TEXT NOT NULL REFERENCES versions(id),
  revision INTEGER NOT NULL CHECK (revision > 0),
  etag TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (image, channel)
);
CREATE TABLE promotions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  image TEXT NOT NULL,
  channel TEXT NOT NULL,
  version TEXT NOT NULL,
  previous_version TEXT,
  reason TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX promotions_by_channel ON promotions (image, channel, seq);
CREATE TABLE idempotency (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_ms BIGINT NOT NULL,
  PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_by_age ON idempotency (created_at_ms);
`,
    },
    {
        version: 2,
        name: 'versions-by-image',
        sql: 'CREATE INDEX versions_by_image ON versions (image, seq);',
    },
];
function newestVersion(migrations) {
    return migrations.reduce((newest, migration) => Math.max(newest, migration.version), 0);
}

;// CONCATENATED MODULE: ./src/catalog-server/store.ts
/** A concurrent writer changed what this transaction decided on; the transaction is run again. */
class LostRace extends Error {
    constructor(what) {
        super(`lost a race: ${what}`);
        this.name = 'LostRace';
    }
}
/** The database cannot answer now (down, restarting, busy): the request may be retried. */
class StoreUnavailable extends Error {
    code;
    retryAfterSeconds;
    constructor(message, 
    /** Problem code: `storage-busy` (SQLite lock) or `storage-unavailable` (no connection). */
    code, retryAfterSeconds = 1, options) {
        super(message, options);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.name = 'StoreUnavailable';
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/sql-store.ts
/**
 * The catalog's queries, written once for both backends: plain SQL that SQLite and PostgreSQL both
 * speak (`$n` placeholders, `ON CONFLICT \u2026 DO NOTHING`, `RETURNING`). A driver (sqlite-driver.ts,
 * postgres-driver.ts) runs them and opens transactions; this file decides what a race means.
 *
 * The races and who settles them:
 * - two creators of one image or version: the UNIQUE constraint; the loser's INSERT does nothing and
 *   it reads the winner's row (PostgreSQL's READ COMMITTED sees it once the winner committed);
 * - two writers of one attachment or channel: a compare-and-set UPDATE on the ETag that the request's
 *   If-Match was checked against, or an INSERT that does nothing when the row appeared meanwhile;
 * - two requests with one Idempotency-Key: the primary key of the stored response.
 * Whoever loses gets `LostRace`; the transaction rolls back and runs again on fresh reads.
 */


/** Reruns after a lost race; each rerun sees the winner, so one is almost always enough. */
const maxTransactionAttempts = 8;
function newId(prefix) {
    return `${prefix}_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
}
function newEtag(revision) {
    return `"${revision}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}"`;
}
function optional(value) {
    return value === null || value === undefined ? undefined : String(value);
}
/** TEXT in SQLite, TIMESTAMPTZ (a Date from pg) in PostgreSQL: the same ISO string either way. */
function timestamp(value) {
    return value instanceof Date ? value.toISOString() : String(value);
}
function versionFromRow(row) {
    const runUrl = optional(row.source_run_url);
    const description = optional(row.description);
    return {
        id: String(row.id),
        image: String(row.image),
        version: String(row.version),
        digest: String(row.digest),
        image_ref: String(row.image_ref),
        source: { commit: String(row.source_commit), ...(runUrl ? { run_url: runUrl } : {}) },
        build: { hash: String(row.build_hash) },
        ...(description !== undefined ? { description } : {}),
        created_at: timestamp(row.created_at),
    };
}
function imageFromRow(row) {
    const description = optional(row.description);
    return { name: String(row.name), ...(description !== undefined ? { description } : {}), created_at: timestamp(row.created_at) };
}
function promotionFromRow(row) {
    const reason = optional(row.reason);
    return {
        id: String(row.id),
        image: String(row.image),
        channel: String(row.channel),
        version: String(row.version),
        previous_version: optional(row.previous_version) ?? null,
        ...(reason !== undefined ? { reason } : {}),
        created_at: timestamp(row.created_at),
    };
}
function page(rows, limit, afterSeq, map) {
    const items = rows.slice(0, limit);
    return { items: items.map(map), lastSeq: Number(items.at(-1)?.seq ?? afterSeq), more: rows.length > limit };
}
const versionColumns = 'seq, id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by';
/** The queries over one session: the store's own (autocommit) or a transaction's. */
class Queries {
    db;
    now;
    purge;
    constructor(db, now, purge) {
        this.db = db;
        this.now = now;
        this.purge = purge;
    }
    async one(sql, params) {
        return (await this.db.all(sql, params))[0];
    }
    at() {
        return this.now().toISOString();
    }
    // Images
    async getImage(name) {
        const row = await this.one('SELECT name, description, created_at FROM images WHERE name = $1', [name]);
        return row ? imageFromRow(row) : undefined;
    }
    async ensureImage(input, by) {
        const inserted = await this.one(`INSERT INTO images (name, description, created_at, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING name, description, created_at`, [input.name, input.description ?? null, this.at(), by]);
        if (inserted)
            return { created: true, image: imageFromRow(inserted) };
        const existing = await this.getImage(input.name);
        if (!existing)
            throw new LostRace(`image ${input.name} neither inserted nor found`);
        return { created: false, image: existing };
    }
    // Versions
    async getVersion(image, version) {
        const row = await this.one(`SELECT ${versionColumns} FROM versions WHERE image = $1 AND version = $2`, [image, version]);
        return row ? versionFromRow(row) : undefined;
    }
    async createVersion(image, input, by) {
        const inserted = await this.one(`INSERT INTO versions (id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (image, version) DO NOTHING RETURNING ${versionColumns}`, [
            newId('ver'),
            image,
            input.version,
            input.digest,
            input.image_ref,
            input.source.commit,
            input.source.run_url ?? null,
            input.build.hash,
            input.description ?? null,
            this.at(),
            by,
        ]);
        if (inserted)
            return { outcome: 'created', version: versionFromRow(inserted) };
        const existing = await this.getVersion(image, input.version);
        if (!existing)
            throw new LostRace(`version ${input.version} of ${image} neither inserted nor found`);
        return { outcome: existing.digest === input.digest ? 'existing' : 'conflict', version: existing };
    }
    async listVersions(image, afterSeq, limit) {
        const rows = await this.db.all(`SELECT ${versionColumns} FROM versions WHERE image = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [
            image,
            afterSeq,
            limit + 1,
        ]);
        return page(rows, limit, afterSeq, versionFromRow);
    }
    // Attachments
    async getAttachment(target) {
        const row = await this.one(`SELECT a.target, a.revision, a.etag, a.updated_at, v.id AS version_id, v.image, v.version, v.digest, v.image_ref
       FROM attachments a JOIN versions v ON v.id = a.version_id WHERE a.target = $1`, [target]);
        if (!row)
            return undefined;
        return {
            etag: String(row.etag),
            value: {
                target: String(row.target),
                image: String(row.image),
                version: String(row.version),
                version_id: String(row.version_id),
                digest: String(row.digest),
                image_ref: String(row.image_ref),
                revision: Number(row.revision),
                updated_at: timestamp(row.updated_at),
            },
        };
    }
    async setAttachment(target, version, current, by) {
        if (current && current.value.version_id === version.id)
            return { outcome: 'unchanged', attachment: current };
        const revision = (current?.value.revision ?? 0) + 1;
        const at = this.at();
        const etag = newEtag(revision);
        const changed = current
            ? await this.db.run(`UPDATE attachments SET version_id = $2, revision = $3, etag = $4, updated_at = $5, updated_by = $6
           WHERE target = $1 AND etag = $7`, [target, version.id, revision, etag, at, by, current.etag])
            : await this.db.run(`INSERT INTO attachments (target, version_id, revision, etag, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (target) DO NOTHING`, [target, version.id, revision, etag, at, by]);
        if (changed !== 1)
            throw new LostRace(`attachment of ${target} changed meanwhile`);
        await this.db.run('INSERT INTO attachment_history (target, version_id, revision, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5)', [
            target,
            version.id,
            revision,
            at,
            by,
        ]);
        const attachment = await this.getAttachment(target);
        if (!attachment)
            throw new LostRace(`attachment of ${target} vanished`);
        return { outcome: current ? 'updated' : 'created', attachment };
    }
    async countAttachmentChanges(target) {
        const row = await this.one('SELECT count(*) AS n FROM attachment_history WHERE target = $1', [target]);
        return Number(row?.n ?? 0);
    }
    // Channels and promotions
    async getChannel(image, channel) {
        const row = await this.one(`SELECT c.image, c.channel, c.revision, c.etag, c.updated_at, v.id AS version_id, v.version, v.digest
       FROM channels c JOIN versions v ON v.id = c.version_id WHERE c.image = $1 AND c.channel = $2`, [image, channel]);
        if (!row)
            return undefined;
        return {
            etag: String(row.etag),
            value: {
                image: String(row.image),
                channel: String(row.channel),
                version: String(row.version),
                version_id: String(row.version_id),
                digest: String(row.digest),
                revision: Number(row.revision),
                updated_at: timestamp(row.updated_at),
            },
        };
    }
    async promote(version, channel, current, reason, by) {
        const revision = (current?.value.revision ?? 0) + 1;
        const at = this.at();
        const etag = newEtag(revision);
        const changed = current
            ? await this.db.run(`UPDATE channels SET version_id = $3, revision = $4, etag = $5, updated_at = $6
           WHERE image = $1 AND channel = $2 AND etag = $7`, [version.image, channel, version.id, revision, etag, at, current.etag])
            : await this.db.run(`INSERT INTO channels (image, channel, version_id, revision, etag, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (image, channel) DO NOTHING`, [version.image, channel, version.id, revision, etag, at]);
        if (changed !== 1)
            throw new LostRace(`channel ${channel} of ${version.image} changed meanwhile`);
        const row = await this.one(`INSERT INTO promotions (id, image, channel, version, previous_version, reason, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, image, channel, version, previous_version, reason, created_at`, [newId('prm'), version.image, channel, version.version, current?.value.version ?? null, reason ?? null, at, by]);
        const moved = await this.getChannel(version.image, channel);
        if (!row || !moved)
            throw new LostRace(`channel ${channel} of ${version.image} vanished`);
        return { promotion: promotionFromRow(row), channel: moved };
    }
    async listPromotions(image, channel, afterSeq, limit) {
        const rows = await this.db.all(`SELECT seq, id, image, channel, version, previous_version, reason, created_at FROM promotions
       WHERE image = $1 AND channel = $2 AND seq > $3 ORDER BY seq LIMIT $4`, [image, channel, afterSeq, limit + 1]);
        return page(rows, limit, afterSeq, promotionFromRow);
    }
    // Idempotency
    async findResponse(principal, key) {
        const row = await this.one('SELECT fingerprint, status, headers, body FROM idempotency WHERE principal = $1 AND key = $2', [
            principal,
            key,
        ]);
        if (!row)
            return undefined;
        return {
            fingerprint: String(row.fingerprint),
            status: Number(row.status),
            headers: JSON.parse(String(row.headers)),
            body: String(row.body),
        };
    }
    async saveResponse(principal, key, response) {
        const saved = await this.db.run(`INSERT INTO idempotency (principal, key, fingerprint, status, headers, body, created_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (principal, key) DO NOTHING`, [principal, key, response.fingerprint, response.status, JSON.stringify(response.headers), response.body, this.now().getTime()]);
        if (saved !== 1)
            throw new LostRace(`Idempotency-Key ${key} was stored meanwhile`);
    }
    async purgeResponses(maxAgeMs) {
        const nowMs = this.now().getTime();
        if (nowMs - this.purge.lastMs < 60_000)
            return;
        this.purge.lastMs = nowMs;
        await this.db.run('DELETE FROM idempotency WHERE created_at_ms < $1', [nowMs - maxAgeMs]);
    }
}
/** A CatalogStore over a driver: reads on the driver's own connection(s), changes in its transactions. */
class SqlCatalogStore extends Queries {
    driver;
    migrationsApplied;
    clock;
    purgeState;
    onEvent;
    constructor(driver, migrationsApplied, options = {}) {
        const now = options.now ?? (() => new Date());
        const purge = { lastMs: 0 };
        super(driver, now, purge);
        this.driver = driver;
        this.migrationsApplied = migrationsApplied;
        this.clock = now;
        this.purgeState = purge;
        this.onEvent = options.onEvent;
    }
    get backend() {
        return this.driver.backend;
    }
    get location() {
        return this.driver.location;
    }
    async transaction(work) {
        for (let attempt = 1;; attempt += 1) {
            try {
                return await this.driver.transaction((session) => work(new Queries(session, this.clock, this.purgeState)));
            }
            catch (error) {
                if (!(error instanceof LostRace))
                    throw error;
                this.onEvent?.({ kind: 'lost-race', attempt });
                if (attempt >= maxTransactionAttempts) {
                    throw new StoreUnavailable(`the database is too contended right now (${error.message})`, 'storage-busy', 1, { cause: error });
                }
                // A little spread so that many losers of one race do not collide again in lockstep.
                await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
            }
        }
    }
    ping() {
        return this.driver.ping();
    }
    close() {
        return this.driver.close();
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/postgres-driver.ts
/**
 * The PostgreSQL backend (`--db postgres://\u2026`), through `pg`'s connection pool: several stateless
 * replicas in front of one database.
 *
 * Transactions run at READ COMMITTED. That is the right level here because no decision rests on a
 * snapshot alone: each one is settled by a constraint or a compare-and-set statement that PostgreSQL
 * re-checks against the latest committed row (a concurrent INSERT of the same key waits for the other
 * transaction and then does nothing; an UPDATE \u2026 WHERE etag = $old re-evaluates its WHERE on the row
 * the winner wrote). The loser learns it from the row count and reruns (sql-store.ts). Serialization
 * failures and deadlocks, which READ COMMITTED should not produce here, are treated the same way.
 *
 * A database that cannot be reached, is restarting or is shutting down becomes `StoreUnavailable`
 * (503 with Retry-After); a transaction cut by a restart is rolled back by PostgreSQL, so nothing is
 * half-written, and the client's retry with the same Idempotency-Key learns what happened.
 */





/** Arbitrary, fixed: every replica of every version of the catalog takes this lock to migrate. */
const migrationLockKey = 7_300_413_001;
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, query_canceled (statement_timeout). */
const unavailableCodes = new Set(['57P01', '57P02', '57P03', '53300', '57014']);
/** serialization_failure, deadlock_detected, unique_violation: someone else committed first. */
const raceCodes = new Set(['40001', '40P01', '23505']);
function codeOf(error) {
    return String(error.code ?? '');
}
function isConnectionFailure(error) {
    const code = codeOf(error);
    if (networkCodes.has(code) || unavailableCodes.has(code) || code.startsWith('08'))
        return true;
    return /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Connection ended|Query read timeout/i.test(String(error.message));
}
function normalise(error) {
    if (error instanceof LostRace || error instanceof StoreUnavailable)
        return error;
    if (raceCodes.has(codeOf(error)))
        return new LostRace(`PostgreSQL ${codeOf(error)}: ${error.message}`);
    if (isConnectionFailure(error)) {
        return new StoreUnavailable(`the database is unavailable (${error.message || codeOf(error)}): retry shortly`, 'storage-unavailable', 1, { cause: error });
    }
    return error;
}
/** The URL without its password, for logs. */
function describePostgresUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.password = '';
        parsed.searchParams.delete('password');
        return parsed.href;
    }
    catch {
        return 'postgres://(unparsable URL)';
    }
}
/** Named statements are prepared once per connection and reused (fewer round trips on the hot path). */
const statementNames = new Map();
function statementName(sql) {
    let name = statementNames.get(sql);
    if (!name) {
        name = `catalog_${(0,external_node_crypto_.createHash)('sha256').update(sql).digest('hex').slice(0, 16)}`;
        statementNames.set(sql, name);
    }
    return name;
}
function session(queryable) {
    const query = async (sql, params = []) => {
        try {
            return await queryable.query({ name: statementName(sql), text: sql, values: params });
        }
        catch (error) {
            throw normalise(error);
        }
    };
    return {
        all: async (sql, params) => (await query(sql, params)).rows,
        run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    };
}
class PostgresDriver {
    pool;
    location;
    backend = 'postgres';
    autocommit;
    constructor(pool, location) {
        this.pool = pool;
        this.location = location;
        this.autocommit = session(pool);
    }
    all(sql, params) {
        return this.autocommit.all(sql, params);
    }
    run(sql, params) {
        return this.autocommit.run(sql, params);
    }
    /**
     * A pooled connection, with an error listener for as long as it is checked out: the server
     * closing it between two statements (a restart) emits 'error' on the client, which would end the
     * process without a listener. The next statement then fails and the client is discarded.
     */
    async connect() {
        let client;
        try {
            client = await this.pool.connect();
        }
        catch (error) {
            throw normalise(error);
        }
        let lost;
        const onError = (error) => (lost = error);
        client.on('error', onError);
        return Object.assign(client, {
            lost: () => lost,
            done: (broken) => {
                client.off('error', onError);
                client.release(broken ?? lost);
            },
        });
    }
    async transaction(work) {
        const client = await this.connect();
        let broken;
        try {
            await session(client).run('BEGIN ISOLATION LEVEL READ COMMITTED');
            const result = await work(session(client));
            await session(client).run('COMMIT');
            return result;
        }
        catch (error) {
            if (error instanceof StoreUnavailable)
                broken = error;
            else
                await client.query('ROLLBACK').catch((rollbackFailed) => (broken = rollbackFailed));
            throw error;
        }
        finally {
            // A connection that failed mid-transaction is discarded, not handed to the next request.
            client.done(broken);
        }
    }
    async ping() {
        await this.autocommit.all('SELECT 1 AS ok');
    }
    async close() {
        await this.pool.end();
    }
    /**
     * Applies pending migrations, each in its own transaction, holding a session advisory lock: a
     * second replica starting at the same moment waits, then finds nothing left to do.
     */
    async migrate(migrations) {
        const client = await this.connect();
        try {
            await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
            try {
                await client.query(`CREATE TABLE IF NOT EXISTS catalog_schema_migrations (
             version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
                const done = new Set((await client.query('SELECT version FROM catalog_schema_migrations')).rows.map((r) => r.version));
                const newest = newestVersion(migrations);
                const found = Math.max(0, ...done);
                if (found > newest) {
                    throw new Error(`${this.location} was written by a newer catalog (schema ${found}, this one knows ${newest})`);
                }
                const applied = [];
                for (const migration of migrations) {
                    if (done.has(migration.version))
                        continue;
                    await client.query('BEGIN');
                    try {
                        await client.query(migration.sql);
                        await client.query('INSERT INTO catalog_schema_migrations (version, name) VALUES ($1, $2)', [
                            migration.version,
                            migration.name,
                        ]);
                        await client.query('COMMIT');
                    }
                    catch (error) {
                        await client.query('ROLLBACK').catch(() => undefined);
                        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${error.message}`, { cause: error });
                    }
                    applied.push(migration.version);
                }
                return applied;
            }
            finally {
                await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
            }
        }
        catch (error) {
            throw normalise(error);
        }
        finally {
            client.done();
        }
    }
}
async function openPostgresStore(url, options = {}) {
    const location = describePostgresUrl(url);
    const pool = new esm/* default.Pool */.Ay.Pool({
        connectionString: url,
        max: options.poolSize ?? 10,
        // Fail fast while the database is away, so the caller gets a 503 instead of a hanging request.
        connectionTimeoutMillis: 2_000,
        idleTimeoutMillis: 30_000,
        query_timeout: 15_000,
        statement_timeout: 10_000,
        idle_in_transaction_session_timeout: 30_000,
        application_name: 'image-actions-catalog',
    });
    // An idle connection that the server closed (restart, failover) is reported here; pg then drops it.
    pool.on('error', (error) => options.onEvent?.({ kind: 'connection-error', message: error.message }));
    const driver = new PostgresDriver(pool, location);
    try {
        const applied = await driver.migrate(postgresMigrations);
        return new SqlCatalogStore(driver, applied, options);
    }
    catch (error) {
        await pool.end().catch(() => undefined);
        const why = error instanceof StoreUnavailable ? (error.cause?.message ?? error.message) : error.message;
        throw new Error(`cannot open ${location}: ${why}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/rate-limit.ts
/**
 * Optional per-caller rate limiting of the reference server (off unless `--rate-limit` is given):
 * a token bucket per caller that refills `requests` per `windowMs`. A refused request learns how
 * many whole seconds until one token is back (`Retry-After`).
 */
/** `20/s`, `600/m`, `100/10s`. */
function parseRateLimit(spec) {
    const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(s|m)\s*$/.exec(spec);
    const requests = Number(match?.[1]);
    const count = match?.[2] ? Number(match[2]) : 1;
    if (!match || !Number.isSafeInteger(requests) || requests < 1 || count < 1) {
        throw new Error(`--rate-limit '${spec}' is not <requests>/<window> like 20/s, 600/m or 100/10s`);
    }
    return { requests, windowMs: count * (match[3] === 'm' ? 60_000 : 1000) };
}
class RateLimiter {
    limit;
    nowMs;
    buckets = new Map();
    constructor(limit, nowMs = () => Date.now()) {
        this.limit = limit;
        this.nowMs = nowMs;
    }
    /** Takes one token for `caller`; when none is left, the seconds to wait (at least 1). */
    take(caller) {
        const now = this.nowMs();
        const perMs = this.limit.requests / this.limit.windowMs;
        const bucket = this.buckets.get(caller) ?? { tokens: this.limit.requests, updatedMs: now };
        bucket.tokens = Math.min(this.limit.requests, bucket.tokens + (now - bucket.updatedMs) * perMs);
        bucket.updatedMs = now;
        this.buckets.set(caller, bucket);
        if (this.buckets.size > 10_000)
            this.forgetFull(now);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return { ok: true };
        }
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    }
    /** Buckets that have refilled completely carry no information: drop them to bound memory. */
    forgetFull(now) {
        for (const [caller, bucket] of this.buckets) {
            if (bucket.tokens + (now - bucket.updatedMs) * (this.limit.requests / this.limit.windowMs) >= this.limit.requests)
                this.buckets.delete(caller);
        }
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/catalog-server/contract.ts
/**
 * The catalog's OpenAPI document as executable checks: route matching, the scopes each operation
 * needs, and ajv (JSON Schema 2020-12) validators for parameters, request bodies and responses, all
 * read from the document itself so the server cannot drift from it.
 */




// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
const methods = ['GET', 'PUT', 'POST'];
const documentId = 'catalog-openapi.json';
function escapePointer(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function issuesFrom(errors, prefix) {
    return (errors ?? []).map((error) => {
        let pointer = error.instancePath;
        if (error.keyword === 'required')
            pointer += `/${escapePointer(String(error.params.missingProperty))}`;
        if (error.keyword === 'additionalProperties')
            pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
        const detail = error.keyword === 'additionalProperties'
            ? 'is not allowed here'
            : error.keyword === 'required'
                ? 'is required'
                : (error.message ?? 'is invalid');
        return { pointer: prefix ? `${prefix}${pointer.replace(/^\//, '')}` : pointer || '/', detail };
    });
}
function rerootRefs(schema) {
    if (Array.isArray(schema))
        return schema.map(rerootRefs);
    if (!schema || typeof schema !== 'object')
        return schema;
    return Object.fromEntries(Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${documentId}${value}` : rerootRefs(value),
    ]));
}
class CatalogContract {
    document;
    yamlText;
    bodies;
    params;
    paths = [];
    operations = new Map();
    constructor(yamlText = openapiYaml) {
        this.yamlText = yamlText;
        this.document = (0,yaml_dist/* parse */.qg)(yamlText);
        // One instance validates bodies as they are; the other coerces query/header strings to the
        // schema's types (page_size=2 \u2192 2) and fills defaults, as the document describes them.
        this.bodies = this.newAjv({});
        this.params = this.newAjv({ coerceTypes: true, useDefaults: true });
        for (const [template, item] of Object.entries(this.document.paths))
            this.compilePath(template, item);
    }
    newAjv(options) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: true, ...options });
        addFormats(ajv);
        // The document is added whole so `#/components/\u2026` refs resolve; its top-level members and the
        // OpenAPI keywords that may sit next to JSON Schema keywords are known to ajv as annotations.
        ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components', 'webhooks', 'jsonSchemaDialect']);
        ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
        ajv.addSchema(this.document, documentId);
        return ajv;
    }
    /** Follows a local `$ref` (`#/components/\u2026`) to the object it names. */
    resolve(value) {
        let current = value;
        for (let hops = 0; current && typeof current === 'object' && '$ref' in current; hops += 1) {
            if (hops > 10)
                throw new Error('$ref loop in the OpenAPI document');
            const ref = String(current.$ref);
            if (!ref.startsWith('#/'))
                throw new Error(`only local $refs are supported: ${ref}`);
            current = ref
                .slice(2)
                .split('/')
                .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
                .reduce((node, key) => node?.[key], this.document);
            if (current === undefined)
                throw new Error(`unresolved $ref ${ref}`);
        }
        return current;
    }
    /** A schema that is a pointer into the document, so its `$ref`s resolve against the document. */
    schemaAt(pointer) {
        return { $ref: `${documentId}#${pointer}` };
    }
    compilePath(template, item) {
        const shared = (item.parameters ?? []).map((p) => this.resolve(p));
        const names = [];
        const slashParams = new Set(shared.filter((p) => p['x-allow-unencoded-slash']).map((p) => p.name));
        const source = template
            .split(/(\{[^}]+\})/)
            .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (!name)
                return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(name);
            return slashParams.has(name) ? '(.+)' : '([^/]+)';
        })
            .join('');
        const compiled = { template, regex: new RegExp(`^${source}$`), names, operations: new Map() };
        for (const method of methods) {
            const raw = item[method.toLowerCase()];
            if (!raw)
                continue;
            const operation = this.compileOperation(template, method, raw, shared);
            compiled.operations.set(method, operation);
            this.operations.set(operation.operationId, operation);
        }
        this.paths.push(compiled);
    }
    compileOperation(template, method, raw, shared) {
        const pointer = `/paths/${escapePointer(template)}/${method.toLowerCase()}`;
        const own = (raw.parameters ?? []).map((p) => this.resolve(p));
        const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
        const validators = new Map();
        for (const location of ['path', 'query', 'header']) {
            const inHere = parameters.filter((p) => p.in === location);
            const key = (p) => (location === 'header' ? p.name.toLowerCase() : p.name);
            validators.set(location, this.params.compile({
                type: 'object',
                // Parameter schemas use $refs relative to the document: point them at the document.
                properties: Object.fromEntries(inHere.map((p) => [key(p), rerootRefs(p.schema)])),
                required: inHere.filter((p) => p.required).map(key),
                // Unknown headers are normal; unknown query parameters are mistakes worth reporting.
                additionalProperties: location === 'header',
            }));
        }
        const json = raw.requestBody?.content['application/json'];
        const bodyValidator = json ? this.bodies.compile(this.schemaAt(`${pointer}/requestBody/content/application~1json/schema`)) : undefined;
        const security = raw.security ?? this.document.security ?? [];
        const scopes = security.map((requirement) => (requirement.bearer ?? []));
        return {
            operationId: raw.operationId,
            method,
            template,
            scopes: security.length === 0 ? [] : scopes,
            hasBody: Boolean(bodyValidator),
            validateParams: (location, values) => {
                const validate = validators.get(location);
                if (!validate || validate(values))
                    return [];
                return issuesFrom(validate.errors, `#/${location}/`);
            },
            validateBody: (body) => {
                if (!bodyValidator || bodyValidator(body))
                    return [];
                return issuesFrom(bodyValidator.errors, '');
            },
        };
    }
    /** Matches a raw (still percent-encoded) request path; parameters come back decoded. */
    match(method, rawPath) {
        const allowed = [];
        for (const path of this.paths) {
            const found = path.regex.exec(rawPath);
            if (!found)
                continue;
            const operation = path.operations.get(method);
            if (!operation) {
                allowed.push(...path.operations.keys());
                continue;
            }
            const pathParams = {};
            for (const [index, name] of path.names.entries()) {
                try {
                    pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
                }
                catch {
                    return { kind: 'bad-path', detail: `the ${name} in the path is not valid percent-encoding` };
                }
            }
            return { kind: 'found', operation, pathParams };
        }
        return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
    }
    /** Validates a value against `#/components/schemas/<name>`. */
    validateComponent(name, value) {
        const pointer = `/components/schemas/${escapePointer(name)}`;
        const validate = this.bodies.getSchema(`${documentId}#${pointer}`) ?? this.bodies.compile(this.schemaAt(pointer));
        return validate(value) ? [] : issuesFrom(validate.errors, '');
    }
    /**
     * Checks a response against the document: the status must be declared for the operation, the
     * body must match the schema of its content type, and required headers must be present.
     */
    validateResponse(operationId, status, headers, body) {
        const entry = Object.entries(this.document.paths)
            .flatMap(([template, item]) => methods.map((m) => ({ template, method: m, op: item[m.toLowerCase()] })))
            .find((candidate) => candidate.op?.operationId === operationId);
        if (!entry?.op)
            return [{ pointer: '#', detail: `no operation ${operationId}` }];
        const declared = entry.op.responses[String(status)];
        if (!declared)
            return [{ pointer: '#/status', detail: `status ${status} is not declared for ${operationId}` }];
        const response = this.resolve(declared);
        const issues = [];
        for (const [name, header] of Object.entries(response.headers ?? {})) {
            const spec = this.resolve(header);
            const value = headers.get(name);
            if (value === null) {
                if (spec.required)
                    issues.push({ pointer: `#/header/${name}`, detail: 'is required' });
            }
            else if (spec.schema.pattern && !new RegExp(spec.schema.pattern).test(value)) {
                issues.push({ pointer: `#/header/${name}`, detail: `does not match ${spec.schema.pattern}` });
            }
        }
        const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
        const content = response.content?.[contentType];
        if (!content) {
            issues.push({
                pointer: '#/header/content-type',
                detail: `${contentType || 'none'} is not declared (${Object.keys(response.content ?? {}).join(', ')})`,
            });
            return issues;
        }
        const statusKey = Object.keys(entry.op.responses).find((key) => key === String(status)) ?? String(status);
        const pointer = declared.$ref
            ? `${declared.$ref.slice(1)}/content/${escapePointer(contentType)}/schema`
            : `/paths/${escapePointer(entry.template)}/${entry.method.toLowerCase()}/responses/${statusKey}/content/${escapePointer(contentType)}/schema`;
        const validate = this.bodies.getSchema(`${documentId}#${pointer}`) ?? this.bodies.compile(this.schemaAt(pointer));
        if (!validate(body))
            issues.push(...issuesFrom(validate.errors, ''));
        return issues;
    }
}
let shared;
/** The contract of the embedded document, compiled once per process. */
function catalogContract() {
    shared ??= new CatalogContract();
    return shared;
}

// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
;// CONCATENATED MODULE: ./src/catalog-server/http.ts


const maxBodyBytes = 64 * 1024;
class BodyTooLarge extends Error {
}
async function readBody(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > maxBodyBytes)
            throw new BodyTooLarge(`the body exceeds ${maxBodyBytes} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
const titles = {
    'version-conflict': 'Version exists with another digest',
    'idempotency-key-reused': 'Idempotency-Key reused with another request',
    'precondition-failed': 'Precondition Failed',
    'precondition-required': 'Precondition Required',
    'validation-failed': 'Request does not match the API schema',
};
function problem(status, code, detail, instance, requestId, extra = {}, headers = {}) {
    const body = {
        type: problemType(code),
        title: titles[code] ?? external_node_http_.STATUS_CODES[status] ?? 'Error',
        status,
        detail,
        instance,
        code,
        request_id: requestId,
        ...extra,
    };
    return { status, body, contentType: 'application/problem+json', headers };
}
/**
 * The Idempotency-Key value: an RFC 8941 sf-string (`"\u2026"`, with `\"` and `\\` escapes) or, as many
 * clients send it, a bare token. Visible ASCII only, 1\u2013255 characters once unquoted.
 */
function parseIdempotencyKey(header) {
    let value = header.trim();
    if (value.startsWith('"')) {
        const match = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(value);
        if (!match)
            return undefined;
        value = match[1].replace(/\\(["\\])/g, '$1');
    }
    else if (!/^[\x21-\x7e]+$/.test(value)) {
        return undefined;
    }
    return value.length >= 1 && value.length <= 255 ? value : undefined;
}
/** Page tokens are opaque to clients: base64url of the last row's sequence number. */
function encodePageToken(lastSeq) {
    return Buffer.from(`p1:${lastSeq}`, 'utf8').toString('base64url');
}
function decodePageToken(token) {
    if (token === undefined)
        return 0;
    const match = /^p1:(\d{1,15})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    return match ? Number(match[1]) : undefined;
}
/** RFC 8288 `Link` to the next page, as a path relative to the server root. */
function nextLink(path, pageSize, token) {
    return `<${path}?page_size=${pageSize}&page_token=${encodeURIComponent(token)}>; rel="next"`;
}

;// CONCATENATED MODULE: ./src/catalog-server/preconditions.ts
/**
 * Conditional requests (RFC 9110 \u00a713.1) for attachments and channels, as a pure decision: given the
 * current strong ETag (or none) and the request's If-Match / If-None-Match, may the change proceed?
 * Changing something that exists needs If-Match (RFC 6585 428 otherwise) so no writer overwrites a
 * state it has not seen; creating may say If-None-Match: * so two creators cannot both win.
 */
/** Entity tags of an If-Match header: `*`, or a list of `"tag"` / `W/"tag"` (weak ones never match strongly). */
function parseEntityTags(header) {
    const value = header.trim();
    if (value === '*')
        return { any: true, strong: [] };
    const strong = [];
    const pattern = /\s*(W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(,|$)/gy;
    let consumed = 0;
    for (let match = pattern.exec(value); match && match[0] !== ''; match = pattern.exec(value)) {
        if (!match[1])
            strong.push(match[2]);
        consumed = pattern.lastIndex;
        if (consumed >= value.length)
            break;
    }
    if (consumed !== value.length)
        return undefined;
    return { any: false, strong };
}
function checkPreconditions(what, currentEtag, ifMatch, ifNoneMatch) {
    if (ifMatch !== undefined) {
        const tags = parseEntityTags(ifMatch);
        if (!tags)
            return { ok: false, status: 412, detail: `If-Match is not a list of entity tags: send the ETag of the ${what} as it was returned` };
        if (currentEtag === undefined)
            return { ok: false, status: 412, detail: `the ${what} does not exist, so If-Match cannot match: read it again` };
        if (!tags.any && !tags.strong.includes(currentEtag)) {
            return {
                ok: false,
                status: 412,
                detail: `the ${what} changed since you read it (ETag is now ${currentEtag}): read it again and retry`,
            };
        }
        return { ok: true };
    }
    if (ifNoneMatch !== undefined) {
        if (currentEtag !== undefined)
            return { ok: false, status: 412, detail: `the ${what} exists already (ETag ${currentEtag}): read it and send If-Match` };
        return { ok: true };
    }
    if (currentEtag !== undefined) {
        return { ok: false, status: 428, detail: `the ${what} exists: send If-Match with its current ETag (${currentEtag}) to change it` };
    }
    return { ok: true };
}

;// CONCATENATED MODULE: ./src/catalog-server/handlers.ts
/**
 * The operations of the catalog contract, one handler each, over a CatalogStore. A request reaches
 * them routed, authenticated and validated (server.ts). Handlers that change something run inside
 * one store transaction together with the idempotency bookkeeping, so a change and its stored
 * response commit together or not at all \u2014 on any number of replicas (see store.ts for who settles
 * a race). A handler may run twice when its transaction lost a race; it then reads the winner's state.
 */




const encode = encodeURIComponent;
class CatalogHandlers {
    store;
    health;
    yamlText;
    idempotencyTtlMs;
    byOperation;
    constructor(store, health, yamlText, idempotencyTtlMs) {
        this.store = store;
        this.health = health;
        this.yamlText = yamlText;
        this.idempotencyTtlMs = idempotencyTtlMs;
        this.byOperation = {
            getHealth: () => this.health(),
            getOpenApiDocument: async () => ({ status: 200, text: this.yamlText, contentType: 'application/yaml' }),
            createImage: (c) => this.mutate(c, (tx) => this.createImage(tx, c)),
            getImage: (c) => this.getImage(c),
            createVersion: (c) => this.mutate(c, (tx) => this.createVersion(tx, c)),
            listVersions: (c) => this.listVersions(c),
            getVersion: (c) => this.getVersion(c),
            getAttachment: (c) => this.getAttachment(c),
            putAttachment: (c) => this.mutate(c, (tx) => this.putAttachment(tx, c)),
            getChannel: (c) => this.getChannel(c),
            createPromotion: (c) => this.mutate(c, (tx) => this.createPromotion(tx, c)),
            listPromotions: (c) => this.listPromotions(c),
        };
    }
    /**
     * Runs a change in one transaction. With an Idempotency-Key, a stored response of the same caller
     * and key is replayed (same request) or refused (another request, 422); a new successful response
     * is stored in the same transaction as the change it reports. Two requests with one key at once:
     * the second one's INSERT of the key fails, its transaction (and its change) rolls back and runs
     * again, and then replays the first one's response.
     */
    mutate(context, change) {
        const key = context.headers['idempotency-key'];
        return this.store.transaction(async (tx) => {
            if (key === undefined)
                return change(tx);
            const fingerprint = (0,external_node_crypto_.createHash)('sha256')
                .update(`${context.operation.operationId}\n${(0,canonicalize/* default */.A)(context.path)}\n${(0,canonicalize/* default */.A)(context.body ?? null)}`)
                .digest('hex');
            const stored = await tx.findResponse(context.principal.name, key);
            if (stored) {
                if (stored.fingerprint !== fingerprint) {
                    return problem(422, 'idempotency-key-reused', `Idempotency-Key '${key}' was used for another request: use a new key for a new operation`, context.instance, context.requestId);
                }
                return { status: stored.status, text: stored.body, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } };
            }
            const reply = await change(tx);
            if (reply.status >= 200 && reply.status < 300) {
                await tx.purgeResponses(this.idempotencyTtlMs);
                const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([name]) => name === 'Location' || name === 'ETag'));
                await tx.saveResponse(context.principal.name, key, {
                    fingerprint,
                    status: reply.status,
                    headers,
                    body: JSON.stringify(reply.body),
                });
            }
            return reply;
        });
    }
    notFound(context, detail) {
        return problem(404, 'not-found', detail, context.instance, context.requestId);
    }
    preconditionProblem(context, what, etag) {
        const precondition = checkPreconditions(what, etag, context.headers['if-match'], context.headers['if-none-match']);
        if (precondition.ok)
            return undefined;
        return problem(precondition.status, precondition.status === 412 ? 'precondition-failed' : 'precondition-required', precondition.detail, context.instance, context.requestId);
    }
    // Images
    async createImage(tx, context) {
        const { created, image } = await tx.ensureImage(context.body, context.principal.name);
        return { status: created ? 201 : 200, body: image, headers: created ? { Location: `/v1/images/${encode(image.name)}` } : {} };
    }
    async getImage(context) {
        const image = await this.store.getImage(context.path.image);
        return image ? { status: 200, body: image } : this.notFound(context, `image ${context.path.image} does not exist`);
    }
    // Versions
    async createVersion(tx, context) {
        const image = context.path.image;
        const input = context.body;
        if (!(await tx.getImage(image)))
            return this.notFound(context, `image ${image} does not exist: create it first with POST /v1/images`);
        if (!input.image_ref.endsWith(`@${input.digest}`)) {
            return problem(422, 'validation-failed', `image_ref must end with @${input.digest}`, context.instance, context.requestId, {
                errors: [{ pointer: '/image_ref', detail: `must end with @${input.digest}` }],
            });
        }
        const { outcome, version } = await tx.createVersion(image, input, context.principal.name);
        if (outcome === 'conflict') {
            const detail = `version ${version.version} of ${image} already exists with digest ${version.digest}; versions are immutable: choose another version or re-use that digest`;
            return problem(409, 'version-conflict', detail, context.instance, context.requestId, { existing: version });
        }
        const location = `/v1/images/${encode(image)}/versions/${encode(version.version)}`;
        return { status: outcome === 'created' ? 201 : 200, body: version, headers: outcome === 'created' ? { Location: location } : {} };
    }
    page(context) {
        const afterSeq = decodePageToken(context.query.page_token);
        if (afterSeq === undefined)
            return problem(400, 'bad-parameter', 'page_token is not one this server issued: start again without it', context.instance, context.requestId);
        return { afterSeq, size: Number(context.query.page_size) };
    }
    async listed(context, path, list) {
        const page = this.page(context);
        if ('status' in page)
            return page;
        const { items, lastSeq, more } = await list(this.store, page.afterSeq, page.size);
        if (!more)
            return { status: 200, body: { items } };
        const token = encodePageToken(lastSeq);
        return { status: 200, body: { items, next_page_token: token }, headers: { Link: nextLink(path, page.size, token) } };
    }
    async listVersions(context) {
        const image = context.path.image;
        if (!(await this.store.getImage(image)))
            return this.notFound(context, `image ${image} does not exist`);
        return this.listed(context, `/v1/images/${encode(image)}/versions`, (reads, after, size) => reads.listVersions(image, after, size));
    }
    async getVersion(context) {
        const { image, version } = context.path;
        const found = await this.store.getVersion(image, version);
        return found ? { status: 200, body: found } : this.notFound(context, `version ${version} of ${image} does not exist`);
    }
    // Attachments
    async getAttachment(context) {
        const found = await this.store.getAttachment(context.path.target);
        if (!found)
            return this.notFound(context, `target ${context.path.target} has no attachment`);
        return { status: 200, body: found.value, headers: { ETag: found.etag } };
    }
    async putAttachment(tx, context) {
        const target = context.path.target;
        const input = context.body;
        const current = await tx.getAttachment(target);
        const refused = this.preconditionProblem(context, `attachment of ${target}`, current?.etag);
        if (refused)
            return refused;
        const version = await tx.getVersion(input.image, input.version);
        if (!version) {
            return problem(422, 'version-not-registered', `version ${input.version} of ${input.image} is not registered: register it before attaching it`, context.instance, context.requestId);
        }
        const { outcome, attachment } = await tx.setAttachment(target, version, current, context.principal.name);
        return { status: outcome === 'created' ? 201 : 200, body: attachment.value, headers: { ETag: attachment.etag } };
    }
    // Channels
    async getChannel(context) {
        const { image, channel } = context.path;
        const found = await this.store.getChannel(image, channel);
        if (!found)
            return this.notFound(context, `channel ${channel} of ${image} has no version yet`);
        return { status: 200, body: found.value, headers: { ETag: found.etag } };
    }
    async createPromotion(tx, context) {
        const { image, channel } = context.path;
        const input = context.body;
        if (!(await tx.getImage(image)))
            return this.notFound(context, `image ${image} does not exist`);
        const current = await tx.getChannel(image, channel);
        const refused = this.preconditionProblem(context, `channel ${channel} of ${image}`, current?.etag);
        if (refused)
            return refused;
        const version = await tx.getVersion(image, input.version);
        if (!version) {
            return problem(422, 'version-not-registered', `version ${input.version} of ${image} is not registered: only registered versions can be promoted`, context.instance, context.requestId);
        }
        const { promotion, channel: moved } = await tx.promote(version, channel, current, input.reason, context.principal.name);
        return {
            status: 201,
            body: promotion,
            headers: { ETag: moved.etag, Location: `/v1/images/${encode(image)}/channels/${encode(channel)}` },
        };
    }
    async listPromotions(context) {
        const { image, channel } = context.path;
        if (!(await this.store.getImage(image)))
            return this.notFound(context, `image ${image} does not exist`);
        return this.listed(context, `/v1/images/${encode(image)}/channels/${encode(channel)}/promotions`, (reads, after, size) => reads.listPromotions(image, channel, after, size));
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/metrics.ts
/**
 * The server's Prometheus metrics, rendered as text exposition format 0.0.4 on `GET /metrics`.
 * Labels are bounded: `route` is the path template of the OpenAPI document (or `unmatched`), never
 * a raw path, so a scanner cannot blow up the series count. Per replica: scrape each one.
 */
const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
function labelText(labels) {
    const parts = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
    return parts.length > 0 ? `{${parts.join(',')}}` : '';
}
class Counter {
    name;
    help;
    values = new Map();
    constructor(name, help) {
        this.name = name;
        this.help = help;
    }
    inc(labels = {}, by = 1) {
        const key = labelText(labels);
        const entry = this.values.get(key) ?? { labels, value: 0 };
        entry.value += by;
        this.values.set(key, entry);
    }
    get(labels = {}) {
        return this.values.get(labelText(labels))?.value ?? 0;
    }
    render() {
        const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
        for (const { labels, value } of this.values.values())
            lines.push(`${this.name}${labelText(labels)} ${value}`);
        return lines;
    }
}
class Gauge {
    name;
    help;
    value = 0;
    constructor(name, help) {
        this.name = name;
        this.help = help;
    }
    render() {
        return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.value}`];
    }
}
class Histogram {
    name;
    help;
    buckets;
    series = new Map();
    constructor(name, help, buckets) {
        this.name = name;
        this.help = help;
        this.buckets = buckets;
    }
    observe(labels, value) {
        const key = labelText(labels);
        const entry = this.series.get(key) ?? { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
        for (const [index, bound] of this.buckets.entries())
            if (value <= bound)
                entry.counts[index] += 1;
        entry.sum += value;
        entry.count += 1;
        this.series.set(key, entry);
    }
    render() {
        const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
        for (const { labels, counts, sum, count } of this.series.values()) {
            for (const [index, bound] of this.buckets.entries()) {
                lines.push(`${this.name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[index]}`);
            }
            lines.push(`${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}`);
            lines.push(`${this.name}_sum${labelText(labels)} ${sum}`);
            lines.push(`${this.name}_count${labelText(labels)} ${count}`);
        }
        return lines;
    }
}
class CatalogMetrics {
    requests = new Counter('catalog_http_requests_total', 'HTTP requests answered, by route, method and status.');
    duration = new Histogram('catalog_http_request_duration_seconds', 'Time from receiving a request to sending its answer, by route and method.', durationBuckets);
    inFlight = new Gauge('catalog_http_requests_in_flight', 'Requests being answered now.');
    replays = new Counter('catalog_idempotent_replays_total', 'POSTs answered from a stored response (same Idempotency-Key and body).');
    conflicts = new Counter('catalog_conflicts_total', 'Refused changes: version (409 immutable), precondition (412 stale If-Match), idempotency-key (422 key reused).');
    lostRaces = new Counter('catalog_store_transaction_retries_total', 'Transactions run again after a concurrent writer (another request or replica) won a race.');
    unavailable = new Counter('catalog_store_unavailable_total', 'Requests answered 503 because the database could not answer.');
    oidc = new Counter('catalog_oidc_tokens_total', 'OIDC id-tokens checked, by result (accepted, rejected, unavailable).');
    started = Date.now() / 1000;
    request(route, method, status, seconds) {
        this.requests.inc({ route, method, status: String(status) });
        this.duration.observe({ route, method }, seconds);
    }
    conflict(kind) {
        this.conflicts.inc({ kind });
    }
    render() {
        const lines = [
            ...this.requests.render(),
            ...this.duration.render(),
            ...this.inFlight.render(),
            ...this.replays.render(),
            ...this.conflicts.render(),
            ...this.lostRaces.render(),
            ...this.unavailable.render(),
            ...this.oidc.render(),
            '# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.',
            '# TYPE process_start_time_seconds gauge',
            `process_start_time_seconds ${this.started}`,
        ];
        return `${lines.join('\n')}\n`;
    }
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(99);
;// CONCATENATED MODULE: ./src/catalog-server/sqlite-driver.ts
/**
 * The SQLite backend: one file through `node:sqlite`, the zero-setup default.
 *
 * WAL journal with `synchronous=FULL`, so a committed registration survives a crash of the process or
 * the machine. Transactions are BEGIN IMMEDIATE: SQLite's write lock serialises writers, also two
 * server processes on one file (a writer that waits longer than the busy timeout gets `storage-busy`,
 * a 503 with Retry-After).
 *
 * node:sqlite is synchronous and used here from async code, so the statements of one file run one
 * transaction (or one read) at a time within this process: a read never lands inside another
 * request's open transaction, and a second connection to the same file in this process (two
 * in-process servers) never waits on SQLite's lock in its busy handler \u2014 which would block the very
 * thread that holds the lock. Across processes, SQLite's lock does the work.
 */





function isBusy(error) {
    const code = error.errcode;
    return code === 5 || code === 6 || /database is (locked|busy)/i.test(String(error.message));
}
function sqlite_driver_normalise(error) {
    return isBusy(error) ? new StoreUnavailable('the database is busy: retry shortly', 'storage-busy', 1, { cause: error }) : error;
}
/** One queue per database file in this process (see above). */
const queues = new Map();
class SqliteDriver {
    db;
    location;
    backend = 'sqlite';
    statements = new Map();
    queue;
    session = {
        all: async (sql, params) => this.allNow(sql, params),
        run: async (sql, params) => this.runNow(sql, params),
    };
    constructor(db, location) {
        this.db = db;
        this.location = location;
        const key = external_node_path_default().resolve(location);
        this.queue = queues.get(key) ?? { tail: Promise.resolve() };
        queues.set(key, this.queue);
    }
    statement(sql) {
        let statement = this.statements.get(sql);
        if (!statement) {
            // The shared queries use PostgreSQL's `$n`; SQLite spells a numbered parameter `?n`.
            statement = this.db.prepare(sql.replace(/\$(\d+)/g, '?$1'));
            this.statements.set(sql, statement);
        }
        return statement;
    }
    allNow(sql, params = []) {
        return this.statement(sql).all(...params);
    }
    runNow(sql, params = []) {
        return Number(this.statement(sql).run(...params).changes);
    }
    /** Runs `work` after everything queued before it: one user of the connection at a time. */
    exclusive(work) {
        const run = this.queue.tail.then(work, work);
        this.queue.tail = run.catch(() => undefined);
        return run;
    }
    all(sql, params) {
        return this.exclusive(async () => {
            try {
                return this.allNow(sql, params);
            }
            catch (error) {
                throw sqlite_driver_normalise(error);
            }
        });
    }
    run(sql, params) {
        return this.exclusive(async () => {
            try {
                return this.runNow(sql, params);
            }
            catch (error) {
                throw sqlite_driver_normalise(error);
            }
        });
    }
    transaction(work) {
        return this.exclusive(async () => {
            try {
                this.db.exec('BEGIN IMMEDIATE');
            }
            catch (error) {
                throw sqlite_driver_normalise(error);
            }
            try {
                const result = await work(this.session);
                this.db.exec('COMMIT');
                return result;
            }
            catch (error) {
                if (this.db.isTransaction)
                    this.db.exec('ROLLBACK');
                throw sqlite_driver_normalise(error);
            }
        });
    }
    async ping() {
        await this.all('SELECT 1 AS ok');
    }
    async close() {
        await this.exclusive(async () => {
            if (this.db.isOpen)
                this.db.close();
        });
    }
    /** Applies the pending migrations in one write transaction; another process on the file waits for it. */
    migrate(migrations) {
        return this.exclusive(async () => this.migrateNow(migrations));
    }
    migrateNow(migrations) {
        const newest = newestVersion(migrations);
        this.db.exec('BEGIN IMMEDIATE');
        try {
            const found = Number(this.db.prepare('PRAGMA user_version').get().user_version);
            if (found > newest) {
                throw new Error(`${this.location} was written by a newer catalog (schema ${found}, this one knows ${newest})`);
            }
            const applied = [];
            for (const migration of migrations) {
                if (migration.version <= found)
                    continue;
                this.db.exec(migration.sql);
                applied.push(migration.version);
            }
            this.db.exec(`PRAGMA user_version = ${Math.max(found, newest)}`);
            this.db.exec('COMMIT');
            return applied;
        }
        catch (error) {
            if (this.db.isTransaction)
                this.db.exec('ROLLBACK');
            throw error;
        }
    }
}
async function openSqliteStore(file, options = {}) {
    const db = new external_node_sqlite_.DatabaseSync(file);
    try {
        // Another process holding the write lock makes us wait instead of failing at once (set first:
        // switching to WAL itself needs the lock when a second server opens the same file).
        db.exec('PRAGMA busy_timeout = 5000');
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = FULL');
        db.exec('PRAGMA foreign_keys = ON');
        const driver = new SqliteDriver(db, file);
        const applied = await driver.migrate(sqliteMigrations);
        return new SqlCatalogStore(driver, applied, options);
    }
    catch (error) {
        if (db.isOpen)
            db.close();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/open-store.ts


function isPostgresUrl(db) {
    return /^postgres(?:ql)?:\/\//i.test(db);
}
/** A SQLite file path or a `postgres://` URL; the pending migrations are applied before it resolves. */
function openStore(db, options = {}) {
    return isPostgresUrl(db) ? openPostgresStore(db, options) : openSqliteStore(db, options);
}

;// CONCATENATED MODULE: ./src/catalog-server/server.ts
/**
 * The reference catalog server: node:http in front of a CatalogStore (SQLite or PostgreSQL),
 * speaking the contract of openapi.yaml. Every request is routed, authenticated (static tokens or
 * GitHub OIDC), rate limited (when configured) and validated from the document itself
 * (contract.ts); then one handler answers (handlers.ts).
 *
 * Operations endpoints beside the contract, without authentication: `/healthz` (the process
 * answers), `/readyz` (the database answers and the server is not stopping: what a load balancer
 * asks before sending traffic) and `/metrics` (Prometheus text). One JSON line per request goes to
 * the log (stderr by default); tokens never do.
 */











const conflictCodes = {
    'version-conflict': 'version',
    'precondition-failed': 'precondition',
    'idempotency-key-reused': 'idempotency-key',
};
function header(request, name) {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
function isJsonContentType(value) {
    const type = (value ?? '').split(';')[0].trim().toLowerCase();
    return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
function unavailable(error, instance, requestId) {
    return problem(503, error.code, error.message, instance, requestId, {}, { 'Retry-After': String(error.retryAfterSeconds) });
}
class CatalogService {
    store;
    log;
    metrics;
    contract = catalogContract();
    limiter;
    handlers;
    auth;
    /** Set when shutting down: /readyz answers 503 so load balancers stop sending requests. */
    stopping = false;
    constructor(store, tokens, log, metrics = new CatalogMetrics(), options = {}) {
        this.store = store;
        this.log = log;
        this.metrics = metrics;
        this.limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
        const verifier = options.oidc ? new OidcVerifier(options.oidc) : undefined;
        this.auth = new Authenticator(tokens, verifier, (result) => this.metrics.oidc.inc({ result }));
        this.handlers = new CatalogHandlers(store, () => this.health('/v1/health'), this.contract.yamlText, options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000);
        const missing = [...this.contract.operations.keys()].filter((id) => !this.handlers.byOperation[id]);
        if (missing.length > 0)
            throw new Error(`no handler for ${missing.join(', ')}`);
    }
    // Operations endpoints
    /** 200 when the database answers within 2 s, else 503 with Retry-After. */
    async health(instance) {
        const requestId = (0,external_node_crypto_.randomUUID)();
        if (this.stopping)
            return problem(503, 'stopping', 'this replica is shutting down', instance, requestId, {}, { 'Retry-After': '1' });
        let timer;
        try {
            await Promise.race([
                this.store.ping(),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new StoreUnavailable('the database did not answer within 2 s', 'storage-unavailable')), 2_000);
                }),
            ]);
            return { status: 200, body: { status: 'ok' } };
        }
        catch (error) {
            if (error instanceof StoreUnavailable)
                return unavailable(error, instance, requestId);
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    async operations(method, rawPath) {
        if (method !== 'GET')
            return undefined;
        if (rawPath === '/healthz')
            return { status: 200, body: { status: 'ok' } };
        if (rawPath === '/readyz')
            return this.health(rawPath);
        if (rawPath === '/metrics')
            return { status: 200, text: this.metrics.render(), contentType: 'text/plain; version=0.0.4' };
        return undefined;
    }
    // Request pipeline
    async handle(request, response) {
        const started = performance.now();
        const requestId = (0,external_node_crypto_.randomUUID)();
        const rawUrl = request.url ?? '/';
        const rawPath = rawUrl.split('?')[0];
        const method = request.method ?? 'GET';
        let caller = '-';
        let route = 'unmatched';
        let idempotencyKey;
        let reply;
        this.metrics.inFlight.value += 1;
        try {
            const outcome = await this.route(request, rawUrl, rawPath, method, requestId);
            ({ reply, caller, route } = outcome);
            idempotencyKey = outcome.idempotencyKey;
        }
        catch (error) {
            if (request.destroyed && !request.complete) {
                // The client went away while sending; there is nobody to answer.
                this.metrics.inFlight.value -= 1;
                this.log(JSON.stringify({
                    time: new Date().toISOString(),
                    request_id: requestId,
                    method,
                    path: rawPath,
                    status: 499,
                    note: 'client closed the connection',
                    caller,
                }));
                return;
            }
            if (error instanceof StoreUnavailable) {
                this.metrics.unavailable.inc();
                reply = unavailable(error, rawPath, requestId);
            }
            else {
                this.log(JSON.stringify({
                    time: new Date().toISOString(),
                    request_id: requestId,
                    event: 'error',
                    message: String(error.message ?? error),
                }));
                reply = problem(500, 'internal-error', 'the catalog failed to answer; see its log for this request_id', rawPath, requestId);
            }
        }
        this.send(response, reply, requestId);
        this.metrics.inFlight.value -= 1;
        const seconds = (performance.now() - started) / 1000;
        this.metrics.request(route, method, reply.status, seconds);
        if (reply.headers?.['Idempotent-Replayed'])
            this.metrics.replays.inc({ route });
        const code = reply.body?.code;
        if (code && conflictCodes[code])
            this.metrics.conflict(conflictCodes[code]);
        const line = {
            time: new Date().toISOString(),
            request_id: requestId,
            method,
            path: rawUrl.length > 512 ? `${rawUrl.slice(0, 512)}\u2026` : rawUrl,
            status: reply.status,
            ms: Math.round(seconds * 10_000) / 10,
            caller,
        };
        if (idempotencyKey)
            line.idempotency_key = idempotencyKey;
        if (reply.headers?.['Idempotent-Replayed'])
            line.replayed = true;
        this.log(JSON.stringify(line));
    }
    send(response, reply, requestId) {
        if (response.destroyed || response.headersSent)
            return;
        const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
        response.writeHead(reply.status, {
            'Content-Type': `${reply.contentType ?? 'application/json'}; charset=utf-8`,
            'Content-Length': Buffer.byteLength(text),
            'Cache-Control': 'no-store',
            'X-Request-Id': requestId,
            // While stopping, a connection ends with its answer instead of idling until the grace period.
            ...(this.stopping ? { Connection: 'close' } : {}),
            ...reply.headers,
        });
        response.end(text);
    }
    async route(request, rawUrl, rawPath, method, requestId) {
        const fail = (status, code, detail, extra = {}, headers = {}) => problem(status, code, detail, rawPath, requestId, extra, headers);
        const address = request.socket.remoteAddress ?? '-';
        const operational = await this.operations(method, rawPath);
        if (operational)
            return { reply: operational, caller: address, route: rawPath };
        const match = this.contract.match(method, rawPath);
        if (match.kind === 'not-found')
            return { reply: fail(404, 'not-found', `no resource at ${rawPath}`), caller: address, route: 'unmatched' };
        if (match.kind === 'bad-path')
            return { reply: fail(400, 'bad-path', match.detail), caller: address, route: 'unmatched' };
        if (match.kind === 'method-not-allowed') {
            return {
                reply: fail(405, 'method-not-allowed', `${method} is not supported here; use ${match.allowed.join(', ')}`, {}, { Allow: match.allowed.join(', ') }),
                caller: address,
                route: 'unmatched',
            };
        }
        const { operation, pathParams } = match;
        const route = operation.template;
        let principal = { name: 'anonymous', scopes: new Set() };
        if (operation.scopes.length > 0) {
            const auth = await this.auth.authenticate(header(request, 'authorization'), operation.scopes);
            const caller = 'principal' in auth ? auth.principal.name : address;
            const limited = this.rateLimited(caller, rawPath, requestId);
            if (limited)
                return { reply: limited, caller, route };
            if (!auth.ok) {
                if (auth.status === 503) {
                    return { reply: fail(503, 'oidc-unavailable', auth.detail, {}, { 'Retry-After': '5' }), caller, route };
                }
                const code = auth.status === 401 ? 'unauthorized' : 'forbidden';
                return { reply: fail(auth.status, code, auth.detail, {}, { 'WWW-Authenticate': auth.challenge }), caller, route };
            }
            principal = auth.principal;
        }
        const caller = principal.name;
        const headers = {
            'idempotency-key': header(request, 'idempotency-key'),
            'if-match': header(request, 'if-match'),
            'if-none-match': header(request, 'if-none-match'),
        };
        const query = {};
        for (const [name, value] of new URLSearchParams(rawUrl.slice(rawPath.length + 1))) {
            if (name in query)
                return { reply: fail(400, 'bad-parameter', `query parameter ${name} is given twice`), caller, route };
            query[name] = value;
        }
        const definedHeaders = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
        const parameterIssues = [
            ...operation.validateParams('path', pathParams),
            ...operation.validateParams('query', query),
            ...operation.validateParams('header', definedHeaders),
        ];
        if (parameterIssues.length > 0) {
            const detail = `invalid ${parameterIssues.map((i) => `${i.pointer.replace(/^#\//, '')} (${i.detail})`).join('; ')}`;
            return { reply: fail(400, 'bad-parameter', detail, { errors: parameterIssues }), caller, route };
        }
        let idempotencyKey;
        if (headers['idempotency-key'] !== undefined) {
            idempotencyKey = parseIdempotencyKey(headers['idempotency-key']);
            if (idempotencyKey === undefined) {
                const detail = 'Idempotency-Key must be 1\u2013255 visible ASCII characters, bare or as a quoted string';
                return { reply: fail(400, 'bad-parameter', detail), caller, route };
            }
        }
        let body;
        if (operation.hasBody) {
            const answer = (reply) => ({ reply, caller, route, ...(idempotencyKey ? { idempotencyKey } : {}) });
            if (!isJsonContentType(header(request, 'content-type'))) {
                return answer(fail(415, 'unsupported-media-type', 'send the body as Content-Type: application/json'));
            }
            let text;
            try {
                text = await readBody(request);
            }
            catch (error) {
                if (error instanceof BodyTooLarge)
                    return answer(fail(413, 'body-too-large', error.message, {}, { Connection: 'close' }));
                throw error;
            }
            try {
                body = JSON.parse(text);
            }
            catch {
                return answer(fail(400, 'malformed-json', 'the body is not valid JSON'));
            }
            const issues = operation.validateBody(body);
            if (issues.length > 0) {
                const detail = `the body does not match ${operation.operationId}: ${issues.map((i) => `${i.pointer} ${i.detail}`).join('; ')}`;
                return answer(fail(422, 'validation-failed', detail, { errors: issues }));
            }
        }
        const context = {
            operation,
            path: pathParams,
            query,
            headers: { ...headers, 'idempotency-key': idempotencyKey },
            body,
            principal,
            instance: rawPath,
            requestId,
        };
        const reply = await this.handlers.byOperation[operation.operationId](context);
        return { reply, caller, route, ...(idempotencyKey ? { idempotencyKey } : {}) };
    }
    rateLimited(caller, instance, requestId) {
        const decision = this.limiter?.take(caller);
        if (!decision || decision.ok)
            return undefined;
        const seconds = String(decision.retryAfterSeconds);
        return problem(429, 'rate-limited', `too many requests: retry after ${seconds} s`, instance, requestId, {}, { 'Retry-After': seconds });
    }
}
function urlOf(address) {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
}
/** Opens the database (migrating it), and listens; resolves once the port is bound. */
async function startCatalogServer(options) {
    const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    const metrics = new CatalogMetrics();
    const onEvent = (event) => {
        if (event.kind === 'lost-race')
            metrics.lostRaces.inc();
        else
            log(JSON.stringify({ time: new Date().toISOString(), event: 'database-connection-error', message: event.message }));
    };
    const store = await openStore(options.db, { onEvent, ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
    const service = new CatalogService(store, options.tokens, log, metrics, {
        ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
        ...(options.idempotencyTtlMs !== undefined ? { idempotencyTtlMs: options.idempotencyTtlMs } : {}),
        ...(options.oidc ? { oidc: options.oidc } : {}),
    });
    const server = (0,external_node_http_.createServer)((request, response) => {
        response.on('error', () => undefined);
        void service.handle(request, response);
    });
    // A slow or stuck client cannot hold a connection (and a request slot) forever.
    server.headersTimeout = 20_000;
    server.requestTimeout = 30_000;
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        await store.close();
        throw error;
    }
    const address = server.address();
    let closing;
    return {
        url: urlOf(address),
        port: address.port,
        store,
        metrics,
        close: (graceMs = 10_000) => {
            closing ??= new Promise((resolve) => {
                service.stopping = true;
                const force = setTimeout(() => server.closeAllConnections(), graceMs);
                force.unref();
                // Stop accepting; connections close once their request in flight is answered.
                server.close(() => {
                    clearTimeout(force);
                    void store.close().then(resolve, resolve);
                });
                server.closeIdleConnections();
            });
            return closing;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/catalog.ts
/**
 * `image-actions catalog serve [--db FILE | --db postgres://\u2026] [--host 127.0.0.1] [--port 8080]
 * [--rate-limit 20/s] [--pool-size 10]` and `image-actions catalog openapi` (prints the contract).
 *
 * `--db` (or CATALOG_DATABASE_URL) is a SQLite file (created if missing; the zero-setup default) or
 * a PostgreSQL URL (several replicas may serve one database). serve prints `{"url":"http://HOST:PORT"}`
 * as its first stdout line once listening (with `--port 0` the port is picked by the system), logs
 * one JSON line per request on stderr, and stops gracefully on SIGINT/SIGTERM. Callers authenticate
 * with CATALOG_TOKENS (`token:scope+scope,\u2026`) and/or GitHub OIDC id-tokens (CATALOG_OIDC_AUDIENCE,
 * CATALOG_OIDC_RULES, CATALOG_OIDC_ISSUER; see catalog-server/oidc.ts).
 */









const catalogUsage = 'serve --db FILE|postgres://\u2026 [--host 127.0.0.1] [--port 8080] [--rate-limit 20/s] [--pool-size 10] | openapi';
const help = `Usage: image-actions catalog ${catalogUsage}
  serve: the reference catalog server
    --db FILE            a SQLite file (created if missing)
    --db postgres://\u2026    PostgreSQL; several replicas may share it (or set CATALOG_DATABASE_URL)
    --pool-size N        PostgreSQL connections of this replica (default 10)
    callers: CATALOG_TOKENS=token:scope+scope,\u2026 and/or GitHub OIDC
    (CATALOG_OIDC_AUDIENCE, CATALOG_OIDC_RULES, CATALOG_OIDC_ISSUER)
    operations: GET /healthz, /readyz, /metrics
  openapi: print the contract
`;
function fail(message) {
    process.stderr.write(`image-actions catalog: ${message}\n`);
    return 2;
}
async function catalogCommand(args) {
    const [sub, ...rest] = args;
    if (sub === undefined)
        return fail(`usage: image-actions catalog ${catalogUsage}`);
    if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(help);
        return 0;
    }
    if (sub === 'openapi') {
        process.stdout.write(openapiYaml);
        return 0;
    }
    if (sub !== 'serve')
        return fail(`usage: image-actions catalog ${catalogUsage}`);
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: rest,
            options: {
                host: { type: 'string' },
                port: { type: 'string' },
                db: { type: 'string' },
                'rate-limit': { type: 'string' },
                'pool-size': { type: 'string' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (error) {
        return fail(`${error.message}\nusage: image-actions catalog ${catalogUsage}`);
    }
    const dbValue = values.db ?? process.env.CATALOG_DATABASE_URL?.trim();
    if (!dbValue) {
        return fail('--db is required: a SQLite file that keeps the catalog (created if missing), or postgres://\u2026 (or set CATALOG_DATABASE_URL)');
    }
    const postgres = isPostgresUrl(dbValue);
    const db = postgres ? dbValue : external_node_path_default().resolve(dbValue);
    const port = Number(values.port ?? '8080');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        return fail(`--port '${values.port}' is not a port number (0 picks a free one)`);
    const poolSize = values['pool-size'] === undefined ? undefined : Number(values['pool-size']);
    if (poolSize !== undefined && (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000)) {
        return fail(`--pool-size '${values['pool-size']}' is not a number of connections (1\u20131000)`);
    }
    if (poolSize !== undefined && !postgres)
        return fail('--pool-size is for a PostgreSQL --db; a SQLite file has one connection');
    let tokens;
    let rateLimit;
    let oidc;
    try {
        oidc = oidcConfigFromEnv(process.env);
        tokens = parseTokens(process.env.CATALOG_TOKENS, { optional: oidc !== undefined });
        rateLimit = values['rate-limit'] ? parseRateLimit(values['rate-limit']) : undefined;
    }
    catch (error) {
        return fail(error.message);
    }
    const log = (line) => process.stderr.write(`${line}\n`);
    let server;
    try {
        server = await startCatalogServer({
            db,
            tokens,
            host: values.host ?? '127.0.0.1',
            port,
            log,
            ...(rateLimit ? { rateLimit } : {}),
            ...(oidc ? { oidc } : {}),
            ...(poolSize ? { poolSize } : {}),
        });
    }
    catch (error) {
        process.stderr.write(`image-actions catalog: cannot start: ${error.message}\n`);
        return 1;
    }
    process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
    log(JSON.stringify({
        time: new Date().toISOString(),
        event: 'listening',
        url: server.url,
        pid: process.pid,
        backend: server.store.backend,
        db: postgres ? describePostgresUrl(db) : db,
        migrations_applied: server.store.migrationsApplied,
        tokens: tokens.size,
        oidc: oidc ? { issuer: oidc.issuer, audience: oidc.audience, rules: oidc.rules.map((rule) => rule.source) } : null,
        rate_limit: values['rate-limit'] ?? null,
    }));
    return new Promise((resolve) => {
        let stopping = false;
        const stop = (signal) => {
            if (stopping) {
                log(JSON.stringify({ time: new Date().toISOString(), event: 'forced-exit', signal }));
                process.exit(1);
            }
            stopping = true;
            log(JSON.stringify({ time: new Date().toISOString(), event: 'stopping', signal }));
            void server.close().then(() => {
                log(JSON.stringify({ time: new Date().toISOString(), event: 'stopped' }));
                resolve(0);
            });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}


/***/ })

};
