export const id = 526;
export const ids = [526];
export const modules = {

/***/ 8526:
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

;// CONCATENATED MODULE: ./src/catalog-server/auth.ts
/**
 * Bearer tokens of the reference server, configured as `CATALOG_TOKENS=token:scope+scope,…`.
 * Tokens are kept only as SHA-256 digests: lookups compare digests (no early-exit string compare on
 * the secret), and a caller is named in logs and records by a short digest prefix, never the token.
 */


function digest(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token, 'utf8').digest('hex');
}
/** Parses `token:scope+scope` entries separated by commas or newlines. Errors never quote a token. */
function parseTokens(spec) {
    const table = new Map();
    const entries = (spec ?? '')
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    if (entries.length === 0) {
        throw new Error('CATALOG_TOKENS is empty: set it to token:scope+scope,… (scopes: register, promote, read)');
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
function holds(principal, scope) {
    return principal.scopes.has(scope) || (scope === 'read' && (principal.scopes.has('register') || principal.scopes.has('promote')));
}
/** Checks the Authorization header against alternatives of required scopes (any one suffices). */
function authenticate(table, authorization, alternatives) {
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? '');
    if (!match) {
        return { ok: false, status: 401, detail: 'send Authorization: Bearer <token>', challenge: `Bearer ${realm}` };
    }
    const principal = table.get(digest(match[1]));
    if (!principal) {
        return {
            ok: false,
            status: 401,
            detail: 'the bearer token is not known to this catalog',
            challenge: `Bearer ${realm}, error="invalid_token"`,
        };
    }
    if (alternatives.length > 0 && !alternatives.some((needed) => needed.every((scope) => holds(principal, scope)))) {
        const wanted = alternatives.map((needed) => needed.join('+')).join(' or ');
        const challenge = `Bearer ${realm}, error="insufficient_scope", scope="${alternatives[0].join(' ')}"`;
        return {
            ok: false,
            status: 403,
            detail: `this operation needs the scope ${wanted}; the token has ${[...principal.scopes].join('+')}`,
            challenge,
            principal,
        };
    }
    return { ok: true, principal };
}

;// CONCATENATED MODULE: ./src/catalog-server/openapi-document.generated.ts
// Generated by scripts/gen-catalog-openapi.ts from src/platform/catalog/openapi.yaml. Do not edit.
const openapiYaml = "openapi: 3.1.1\ninfo:\n  title: image-actions catalog\n  version: 1.0.0\n  summary: Registers immutable container image versions, attaches them to compute and promotes them through channels.\n  description: |\n    The generic platform contract spoken by the `register` and `promote` actions of image-actions.\n    `image-actions catalog serve` is a reference server for it (SQLite storage); a platform team can\n    run it as is or implement this document in front of its own platform.\n\n    Resources: an **image** (a logical name such as `ml-runtime`) has immutable **versions**\n    (`1.2.0` → `sha256:…`). A **target** (`resource-group/rg-prod`, `cluster/0123-456789-abc`,\n    `job/42/main`, `project/1001`) has one current **attachment** (the version it runs). A\n    **channel** (`staging`, `production`) of an image points at one version and moves through\n    **promotions**.\n\n    Conventions:\n    - **Versions are immutable.** Creating a version that exists with the same digest is an\n      idempotent success (`200`, the stored record is returned unchanged: the first registration's\n      metadata is kept); with another digest it is refused with `409` and nothing changes.\n    - **Idempotency-Key** (draft-ietf-httpapi-idempotency-key-header) is accepted on every `POST`, as\n      a bare token or a quoted structured-field string, 1–255 visible characters. Clients should send\n      it and re-send the same key on every retry of one logical call. The server stores successful\n      (2xx) results for 24 hours per key and caller; a retry with the same key and the same request\n      replays the stored status and body with `Idempotent-Replayed: true`; the same key with another\n      request (method, path or JSON body) is refused with `422`. Errors are not stored: they change\n      nothing, so a retry is simply evaluated again.\n    - **Optimistic concurrency.** Attachments and channels carry a strong `ETag`. Changing one that\n      exists requires `If-Match` (`428` without it, `412` when stale); creating one may send\n      `If-None-Match: *` (`412` when it exists by then).\n    - **Pagination.** Lists take `page_size` (1–500, default 50) and an opaque `page_token`; the next\n      page is linked with `Link: <…>; rel=\"next\"` (RFC 8288, a path relative to the server root) and\n      repeated as `next_page_token` in the body.\n    - **Errors** are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail`,\n      `instance` (the request path) and the extension members `code` (a stable slug) and\n      `request_id`; validation errors add `errors[]` with JSON pointers.\n    - **Rate limiting.** `429` carries `Retry-After` (seconds). Clients retry `429`, `5xx` and\n      connection failures with jittered exponential backoff, honouring `Retry-After`.\n    - **Authentication.** `Authorization: Bearer <token>`. Scopes: `register` (create images and\n      versions, set attachments), `promote` (move channels), `read` (read everything). `register` and\n      `promote` include reading. `401` (with `WWW-Authenticate: Bearer`) for a missing or unknown\n      token, `403` for a token without the needed scope.\n    - **Target ids** contain a slash (`kind/name`, sometimes more segments). In paths they are\n      percent-encoded as one segment (`/v1/targets/resource-group%2Frg-prod/attachment`, what\n      `encodeURIComponent` produces). Because some proxies decode `%2F`, the server also accepts\n      the unencoded form (`/v1/targets/resource-group/rg-prod/attachment`); the target id is then\n      everything between `/v1/targets/` and the final `/attachment`.\n  license:\n    name: MIT\n    identifier: MIT\nservers:\n  - url: http://127.0.0.1:8080\n    description: A local `image-actions catalog serve`\nsecurity:\n  - bearer: [read]\n  - bearer: [register]\n  - bearer: [promote]\ntags:\n  - name: images\n  - name: versions\n  - name: attachments\n  - name: channels\n  - name: service\npaths:\n  /v1/health:\n    get:\n      operationId: getHealth\n      tags: [service]\n      summary: Liveness and storage check (no authentication).\n      security: []\n      responses:\n        '200':\n          description: The server answers and its database is readable.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Health' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/openapi.yaml:\n    get:\n      operationId: getOpenApiDocument\n      tags: [service]\n      summary: This document (no authentication).\n      security: []\n      responses:\n        '200':\n          description: The OpenAPI document the server validates requests against.\n          content:\n            application/yaml:\n              schema: { type: string }\n  /v1/images:\n    post:\n      operationId: createImage\n      tags: [images]\n      summary: Create an image record, or return it when it exists.\n      description: |\n        Ensure semantics: `201` when created, `200` with the stored record when an image of that\n        name exists already (its description is left as it is).\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/ImageCreate' }\n      responses:\n        '200':\n          description: The image existed; the stored record.\n          headers:\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '201':\n          description: Created.\n          headers:\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n    get:\n      operationId: getImage\n      tags: [images]\n      summary: Read an image record.\n      responses:\n        '200':\n          description: The image.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Image' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n  /v1/images/{image}/versions:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n    post:\n      operationId: createVersion\n      tags: [versions]\n      summary: Register an immutable version of an image.\n      description: |\n        `201` when the version is new. `200` when a version of that name exists with the same\n        digest (the stored record is returned; nothing changes). `409` when it exists with another\n        digest (nothing changes). `404` when the image does not exist. `422` when the body is invalid\n        or `image_ref` does not end with `@<digest>`.\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/VersionCreate' }\n      responses:\n        '200':\n          description: The version existed with the same digest; the stored record.\n          headers:\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '201':\n          description: Created.\n          headers:\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '409':\n          description: The version exists with another digest. Versions are immutable.\n          content:\n            application/problem+json:\n              schema: { $ref: '#/components/schemas/VersionConflictProblem' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n    get:\n      operationId: listVersions\n      tags: [versions]\n      summary: List the versions of an image, oldest first.\n      parameters:\n        - $ref: '#/components/parameters/PageSize'\n        - $ref: '#/components/parameters/PageToken'\n      responses:\n        '200':\n          description: One page of versions.\n          headers:\n            Link: { $ref: '#/components/headers/Link' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/VersionPage' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n  /v1/images/{image}/versions/{version}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Version'\n    get:\n      operationId: getVersion\n      tags: [versions]\n      summary: Read one version.\n      responses:\n        '200':\n          description: The version.\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Version' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n  /v1/targets/{target}/attachment:\n    parameters:\n      - $ref: '#/components/parameters/Target'\n    get:\n      operationId: getAttachment\n      tags: [attachments]\n      summary: The version a target runs now.\n      responses:\n        '200':\n          description: The current attachment.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n    put:\n      operationId: putAttachment\n      tags: [attachments]\n      summary: Attach a registered version to a target.\n      description: |\n        When the target has an attachment, `If-Match` with its current `ETag` is required (`428`\n        without it, `412` when it no longer matches). To create the first attachment send\n        `If-None-Match: *` (`412` if one was created meanwhile) or no precondition. Setting the\n        version the target already runs is a no-op (`200`, same `ETag`).\n      security:\n        - bearer: [register]\n      parameters:\n        - $ref: '#/components/parameters/IfMatch'\n        - $ref: '#/components/parameters/IfNoneMatch'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/AttachmentPut' }\n      responses:\n        '200':\n          description: The attachment was replaced (or already was this version).\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '201':\n          description: The target's first attachment.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Attachment' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '412': { $ref: '#/components/responses/PreconditionFailed' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '428': { $ref: '#/components/responses/PreconditionRequired' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n  /v1/images/{image}/channels/{channel}:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Channel'\n    get:\n      operationId: getChannel\n      tags: [channels]\n      summary: The version a channel points at.\n      responses:\n        '200':\n          description: The channel.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Channel' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n  /v1/images/{image}/channels/{channel}/promotions:\n    parameters:\n      - $ref: '#/components/parameters/Image'\n      - $ref: '#/components/parameters/Channel'\n    post:\n      operationId: createPromotion\n      tags: [channels]\n      summary: Point a channel at a registered version.\n      description: |\n        When the channel exists, `If-Match` with its current `ETag` is required (`428` without it,\n        `412` when stale). The first promotion creates the channel (send `If-None-Match: *` or no\n        precondition). The response carries the channel's new `ETag`.\n      security:\n        - bearer: [promote]\n      parameters:\n        - $ref: '#/components/parameters/IdempotencyKey'\n        - $ref: '#/components/parameters/IfMatch'\n        - $ref: '#/components/parameters/IfNoneMatch'\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/PromotionCreate' }\n      responses:\n        '201':\n          description: Promoted.\n          headers:\n            ETag: { $ref: '#/components/headers/ETag' }\n            Location: { $ref: '#/components/headers/Location' }\n            Idempotent-Replayed: { $ref: '#/components/headers/IdempotentReplayed' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/Promotion' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '412': { $ref: '#/components/responses/PreconditionFailed' }\n        '413': { $ref: '#/components/responses/TooLarge' }\n        '415': { $ref: '#/components/responses/UnsupportedMediaType' }\n        '422': { $ref: '#/components/responses/Unprocessable' }\n        '428': { $ref: '#/components/responses/PreconditionRequired' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\n        '503': { $ref: '#/components/responses/Unavailable' }\n    get:\n      operationId: listPromotions\n      tags: [channels]\n      summary: The channel's promotion history, oldest first.\n      parameters:\n        - $ref: '#/components/parameters/PageSize'\n        - $ref: '#/components/parameters/PageToken'\n      responses:\n        '200':\n          description: One page of promotions.\n          headers:\n            Link: { $ref: '#/components/headers/Link' }\n          content:\n            application/json:\n              schema: { $ref: '#/components/schemas/PromotionPage' }\n        '400': { $ref: '#/components/responses/BadRequest' }\n        '401': { $ref: '#/components/responses/Unauthorized' }\n        '403': { $ref: '#/components/responses/Forbidden' }\n        '404': { $ref: '#/components/responses/NotFound' }\n        '429': { $ref: '#/components/responses/TooManyRequests' }\ncomponents:\n  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n      description: |\n        Static tokens configured on the server (`CATALOG_TOKENS=token:scope+scope,…`). Scopes:\n        `register`, `promote`, `read`.\n  parameters:\n    Image:\n      name: image\n      in: path\n      required: true\n      schema: { $ref: '#/components/schemas/ImageName' }\n    Version:\n      name: version\n      in: path\n      required: true\n      description: Percent-encode it (`+` in semver build metadata becomes `%2B`).\n      schema: { $ref: '#/components/schemas/VersionName' }\n    Channel:\n      name: channel\n      in: path\n      required: true\n      schema: { $ref: '#/components/schemas/ChannelName' }\n    Target:\n      name: target\n      in: path\n      required: true\n      description: |\n        `kind/name[/more]`, percent-encoded as one path segment (`resource-group%2Frg-prod`). The\n        server also accepts it unencoded (see the description of this document).\n      x-allow-unencoded-slash: true\n      schema: { $ref: '#/components/schemas/TargetId' }\n    PageSize:\n      name: page_size\n      in: query\n      required: false\n      schema: { type: integer, minimum: 1, maximum: 500, default: 50 }\n    PageToken:\n      name: page_token\n      in: query\n      required: false\n      description: 'Opaque; taken from `next_page_token` or the `Link: rel=\"next\"` of the previous page.'\n      schema: { type: string, minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }\n    IdempotencyKey:\n      name: Idempotency-Key\n      in: header\n      required: false\n      description: A unique key per logical operation (a UUID), identical on every retry of it.\n      schema: { type: string, minLength: 1, maxLength: 257 }\n    IfMatch:\n      name: If-Match\n      in: header\n      required: false\n      description: The `ETag` read last; required to change an existing attachment or channel.\n      schema: { type: string, minLength: 1 }\n    IfNoneMatch:\n      name: If-None-Match\n      in: header\n      required: false\n      description: '`*`: only create; fail with `412` if it exists.'\n      schema: { type: string, const: '*' }\n  headers:\n    ETag:\n      description: Strong entity tag of the attachment or channel; send it back in `If-Match`.\n      required: true\n      schema: { type: string, pattern: '^\"[^\"]+\"$' }\n    Location:\n      description: Path of the created resource.\n      required: true\n      schema: { type: string }\n    Link:\n      description: '`<path?page_token=…>; rel=\"next\"` when there is a next page.'\n      schema: { type: string }\n    IdempotentReplayed:\n      description: '`true` when this is the stored response of an earlier request with the same `Idempotency-Key`.'\n      schema: { type: string, enum: ['true'] }\n    RetryAfter:\n      description: Seconds to wait before retrying.\n      required: true\n      schema: { type: string, pattern: '^[0-9]+$' }\n    WwwAuthenticate:\n      description: '`Bearer realm=\"image-actions catalog\"`, with `error=\"invalid_token\"` for an unknown token.'\n      required: true\n      schema: { type: string, pattern: '^Bearer' }\n  responses:\n    BadRequest:\n      description: Malformed request (unparsable JSON, bad parameter or header).\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unauthorized:\n      description: Missing or unknown bearer token.\n      headers:\n        WWW-Authenticate: { $ref: '#/components/headers/WwwAuthenticate' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Forbidden:\n      description: The token lacks the scope this operation needs.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    NotFound:\n      description: No such image, version, attachment or channel.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    PreconditionFailed:\n      description: '`If-Match` no longer matches (someone changed it since you read it), or `If-None-Match: *` and it exists.'\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    PreconditionRequired:\n      description: It exists, so `If-Match` with its current `ETag` is required.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    TooLarge:\n      description: The body exceeds 64 KiB.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    UnsupportedMediaType:\n      description: The body is not `application/json`.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unprocessable:\n      description: |\n        The body does not match the schema (`errors[]` lists where), refers to something that is not\n        registered, or an `Idempotency-Key` was reused with another request.\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    TooManyRequests:\n      description: Rate limited.\n      headers:\n        Retry-After: { $ref: '#/components/headers/RetryAfter' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n    Unavailable:\n      description: Storage is busy or unavailable; retry after `Retry-After`.\n      headers:\n        Retry-After: { $ref: '#/components/headers/RetryAfter' }\n      content:\n        application/problem+json:\n          schema: { $ref: '#/components/schemas/Problem' }\n  schemas:\n    ImageName:\n      type: string\n      description: Lower-case letters and digits, separated by single `.`, `_` or `-`.\n      minLength: 1\n      maxLength: 128\n      pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'\n      examples: [ml-runtime]\n    VersionName:\n      type: string\n      description: Semver (`1.2.0`, `1.2.0-rc.1+build.5`) or a hash tag (`h1-0123…`).\n      minLength: 1\n      maxLength: 128\n      pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$'\n      examples: ['1.2.0', h1-9f86d081884c7d659a2feaa0c55ad015]\n    ChannelName:\n      type: string\n      minLength: 1\n      maxLength: 63\n      pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'\n      examples: [production]\n    TargetId:\n      type: string\n      description: '`kind/name`, a name may have several segments (`job/42/main`).'\n      minLength: 3\n      maxLength: 512\n      pattern: '^[a-z][a-z0-9-]*(?:/[A-Za-z0-9._~:@+-]+)+$'\n      examples: [resource-group/rg-prod, cluster/0123-456789-abc, job/42/main, project/1001]\n    Digest:\n      type: string\n      description: An OCI content digest of the image manifest or index.\n      pattern: '^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$'\n    ImageRef:\n      type: string\n      description: '`<registry>/<repository>@<digest>`, what compute pulls; must end with `@` and the digest.'\n      minLength: 10\n      maxLength: 1024\n      pattern: '^[A-Za-z0-9][^\\s@]*@(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$'\n    Timestamp:\n      type: string\n      format: date-time\n    Description:\n      type: string\n      maxLength: 4096\n    Source:\n      type: object\n      additionalProperties: false\n      required: [commit]\n      properties:\n        commit:\n          type: string\n          description: Full git commit id (SHA-1 or SHA-256).\n          pattern: '^(?:[0-9a-f]{40}|[0-9a-f]{64})$'\n        run_url:\n          type: string\n          format: uri\n          maxLength: 2048\n          description: The CI run that built the image.\n    Build:\n      type: object\n      additionalProperties: false\n      required: [hash]\n      properties:\n        hash:\n          type: string\n          description: The build-definition hash the image was built from.\n          minLength: 1\n          maxLength: 200\n          pattern: '^[A-Za-z0-9][A-Za-z0-9:._-]*$'\n    Health:\n      type: object\n      additionalProperties: false\n      required: [status]\n      properties:\n        status: { type: string, enum: [ok] }\n    ImageCreate:\n      type: object\n      additionalProperties: false\n      required: [name]\n      properties:\n        name: { $ref: '#/components/schemas/ImageName' }\n        description: { $ref: '#/components/schemas/Description' }\n    Image:\n      type: object\n      additionalProperties: false\n      required: [name, created_at]\n      properties:\n        name: { $ref: '#/components/schemas/ImageName' }\n        description: { $ref: '#/components/schemas/Description' }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    VersionCreate:\n      type: object\n      additionalProperties: false\n      required: [version, digest, image_ref, source, build]\n      properties:\n        version: { $ref: '#/components/schemas/VersionName' }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        source: { $ref: '#/components/schemas/Source' }\n        build: { $ref: '#/components/schemas/Build' }\n        description: { $ref: '#/components/schemas/Description' }\n    Version:\n      type: object\n      additionalProperties: false\n      required: [id, image, version, digest, image_ref, source, build, created_at]\n      properties:\n        id:\n          type: string\n          description: Server-assigned, stable id of this version.\n          pattern: '^ver_[a-z0-9]{20,40}$'\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        source: { $ref: '#/components/schemas/Source' }\n        build: { $ref: '#/components/schemas/Build' }\n        description: { $ref: '#/components/schemas/Description' }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    VersionPage:\n      type: object\n      additionalProperties: false\n      required: [items]\n      properties:\n        items:\n          type: array\n          items: { $ref: '#/components/schemas/Version' }\n        next_page_token: { type: string }\n    AttachmentPut:\n      type: object\n      additionalProperties: false\n      required: [image, version]\n      properties:\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n    Attachment:\n      type: object\n      additionalProperties: false\n      required: [target, image, version, version_id, digest, image_ref, revision, updated_at]\n      properties:\n        target: { $ref: '#/components/schemas/TargetId' }\n        image: { $ref: '#/components/schemas/ImageName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        version_id: { type: string }\n        digest: { $ref: '#/components/schemas/Digest' }\n        image_ref: { $ref: '#/components/schemas/ImageRef' }\n        revision:\n          type: integer\n          minimum: 1\n          description: Incremented on every change.\n        updated_at: { $ref: '#/components/schemas/Timestamp' }\n    Channel:\n      type: object\n      additionalProperties: false\n      required: [image, channel, version, version_id, digest, revision, updated_at]\n      properties:\n        image: { $ref: '#/components/schemas/ImageName' }\n        channel: { $ref: '#/components/schemas/ChannelName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        version_id: { type: string }\n        digest: { $ref: '#/components/schemas/Digest' }\n        revision: { type: integer, minimum: 1 }\n        updated_at: { $ref: '#/components/schemas/Timestamp' }\n    PromotionCreate:\n      type: object\n      additionalProperties: false\n      required: [version]\n      properties:\n        version: { $ref: '#/components/schemas/VersionName' }\n        reason: { type: string, maxLength: 1024 }\n    Promotion:\n      type: object\n      additionalProperties: false\n      required: [id, image, channel, version, previous_version, created_at]\n      properties:\n        id: { type: string, pattern: '^prm_[a-z0-9]{20,40}$' }\n        image: { $ref: '#/components/schemas/ImageName' }\n        channel: { $ref: '#/components/schemas/ChannelName' }\n        version: { $ref: '#/components/schemas/VersionName' }\n        previous_version:\n          oneOf:\n            - { $ref: '#/components/schemas/VersionName' }\n            - { type: 'null' }\n        reason: { type: string }\n        created_at: { $ref: '#/components/schemas/Timestamp' }\n    PromotionPage:\n      type: object\n      additionalProperties: false\n      required: [items]\n      properties:\n        items:\n          type: array\n          items: { $ref: '#/components/schemas/Promotion' }\n        next_page_token: { type: string }\n    Problem:\n      type: object\n      description: RFC 9457 problem details.\n      required: [type, title, status, detail, instance]\n      properties:\n        type:\n          type: string\n          format: uri-reference\n          description: '`tag:image-actions,2025:catalog/<code>`, or `about:blank` for plain HTTP errors.'\n        title: { type: string }\n        status: { type: integer, minimum: 400, maximum: 599 }\n        detail: { type: string }\n        instance:\n          type: string\n          format: uri-reference\n          description: The request path.\n        code:\n          type: string\n          description: Stable machine-readable slug (`version-conflict`, `precondition-failed`, …).\n        request_id: { type: string }\n        errors:\n          type: array\n          description: Where a request body or parameter failed validation.\n          items:\n            type: object\n            additionalProperties: false\n            required: [pointer, detail]\n            properties:\n              pointer: { type: string, description: 'JSON pointer into the body, or `#/header/<name>`, `#/query/<name>`, `#/path/<name>`.' }\n              detail: { type: string }\n    VersionConflictProblem:\n      allOf:\n        - { $ref: '#/components/schemas/Problem' }\n        - type: object\n          required: [code, existing]\n          properties:\n            code: { const: version-conflict }\n            existing: { $ref: '#/components/schemas/Version' }\n";

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
// EXTERNAL MODULE: ./node_modules/canonicalize/lib/canonicalize.js
var canonicalize = __webpack_require__(8799);
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
        // schema's types (page_size=2 → 2) and fills defaults, as the document describes them.
        this.bodies = this.newAjv({});
        this.params = this.newAjv({ coerceTypes: true, useDefaults: true });
        for (const [template, item] of Object.entries(this.document.paths))
            this.compilePath(template, item);
    }
    newAjv(options) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: true, ...options });
        addFormats(ajv);
        // The document is added whole so `#/components/…` refs resolve; its top-level members and the
        // OpenAPI keywords that may sit next to JSON Schema keywords are known to ajv as annotations.
        ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components', 'webhooks', 'jsonSchemaDialect']);
        ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
        ajv.addSchema(this.document, documentId);
        return ajv;
    }
    /** Follows a local `$ref` (`#/components/…`) to the object it names. */
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
 * The Idempotency-Key value: an RFC 8941 sf-string (`"…"`, with `\"` and `\\` escapes) or, as many
 * clients send it, a bare token. Visible ASCII only, 1–255 characters once unquoted.
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
 * Conditional requests (RFC 9110 §13.1) for attachments and channels, as a pure decision: given the
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

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(99);
;// CONCATENATED MODULE: ./src/catalog-server/store.ts
/**
 * Durable storage of the reference catalog server: one SQLite file through `node:sqlite`.
 *
 * WAL journal with `synchronous=FULL`, so a committed registration survives a crash of the process or
 * the machine. Every change runs inside `immediate()` (BEGIN IMMEDIATE): the check ("does version
 * 1.2.0 exist?"), the write and the stored idempotent response commit together or not at all, and two
 * writers — even two server processes on one file — are serialised by SQLite's write lock. The
 * UNIQUE constraints are the last guard: there can never be two rows for one version or target.
 */


const schemaVersion = 1;
const schema = `
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
-- Every change of an attachment, for audit.
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
-- Stored successful responses of POSTs, per caller and Idempotency-Key.
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
`;
function newId(prefix) {
    return `${prefix}_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
}
function newEtag(revision) {
    return `"${revision}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}"`;
}
function optional(value) {
    return value === null || value === undefined ? undefined : String(value);
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
        created_at: String(row.created_at),
    };
}
class CatalogStore {
    file;
    now;
    db;
    lastPurgeMs = 0;
    constructor(file, now = () => new Date()) {
        this.file = file;
        this.now = now;
        this.db = new external_node_sqlite_.DatabaseSync(file);
        // Another process holding the write lock makes us wait instead of failing at once (set first:
        // switching to WAL itself needs the lock when a second server opens the same file).
        this.db.exec('PRAGMA busy_timeout = 5000');
        this.db.exec('PRAGMA journal_mode = WAL');
        this.db.exec('PRAGMA synchronous = FULL');
        this.db.exec('PRAGMA foreign_keys = ON');
        const found = Number(this.db.prepare('PRAGMA user_version').get().user_version);
        if (found > schemaVersion) {
            this.db.close();
            throw new Error(`${file} was written by a newer catalog (schema ${found}, this one knows ${schemaVersion})`);
        }
        this.immediate(() => {
            this.db.exec(schema);
            this.db.exec(`PRAGMA user_version = ${schemaVersion}`);
        });
    }
    close() {
        if (this.db.isOpen)
            this.db.close();
    }
    /** Runs `work` in one write transaction (BEGIN IMMEDIATE … COMMIT), rolled back if it throws. */
    immediate(work) {
        this.db.exec('BEGIN IMMEDIATE');
        try {
            const result = work();
            this.db.exec('COMMIT');
            return result;
        }
        catch (error) {
            if (this.db.isTransaction)
                this.db.exec('ROLLBACK');
            throw error;
        }
    }
    healthy() {
        return this.db.prepare('SELECT 1 AS ok').get().ok === 1;
    }
    timestamp() {
        return this.now().toISOString();
    }
    // Images
    getImage(name) {
        const row = this.db.prepare('SELECT name, description, created_at FROM images WHERE name = ?').get(name);
        if (!row)
            return undefined;
        const description = optional(row.description);
        return { name: String(row.name), ...(description !== undefined ? { description } : {}), created_at: String(row.created_at) };
    }
    /** Creates the image unless it exists; an existing image is returned as it is. */
    ensureImage(input, by) {
        const existing = this.getImage(input.name);
        if (existing)
            return { created: false, image: existing };
        this.db
            .prepare('INSERT INTO images (name, description, created_at, created_by) VALUES (?, ?, ?, ?)')
            .run(input.name, input.description ?? null, this.timestamp(), by);
        return { created: true, image: this.getImage(input.name) };
    }
    // Versions
    getVersion(image, version) {
        const row = this.db.prepare('SELECT * FROM versions WHERE image = ? AND version = ?').get(image, version);
        return row ? versionFromRow(row) : undefined;
    }
    versionById(id) {
        return versionFromRow(this.db.prepare('SELECT * FROM versions WHERE id = ?').get(id));
    }
    /**
     * Creates an immutable version. Same name and digest → `existing` (the stored record, unchanged);
     * same name, other digest → `conflict` (the stored record, unchanged). Call inside `immediate()`.
     */
    createVersion(image, input, by) {
        const existing = this.getVersion(image, input.version);
        if (existing)
            return { outcome: existing.digest === input.digest ? 'existing' : 'conflict', version: existing };
        const id = newId('ver');
        this.db
            .prepare(`INSERT INTO versions (id, image, version, digest, image_ref, source_commit, source_run_url, build_hash, description, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
            .run(id, image, input.version, input.digest, input.image_ref, input.source.commit, input.source.run_url ?? null, input.build.hash, input.description ?? null, this.timestamp(), by);
        return { outcome: 'created', version: this.versionById(id) };
    }
    /** Versions of an image in creation order after the cursor `afterSeq`; `more` when a next page exists. */
    listVersions(image, afterSeq, limit) {
        const rows = this.db
            .prepare('SELECT * FROM versions WHERE image = ? AND seq > ? ORDER BY seq LIMIT ?')
            .all(image, afterSeq, limit + 1);
        const page = rows.slice(0, limit);
        return { items: page.map(versionFromRow), lastSeq: Number(page.at(-1)?.seq ?? afterSeq), more: rows.length > limit };
    }
    // Attachments
    getAttachment(target) {
        const row = this.db
            .prepare(`SELECT a.target, a.revision, a.etag, a.updated_at, v.id AS version_id, v.image, v.version, v.digest, v.image_ref
         FROM attachments a JOIN versions v ON v.id = a.version_id WHERE a.target = ?`)
            .get(target);
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
                updated_at: String(row.updated_at),
            },
        };
    }
    /** Points the target at the version. Call inside `immediate()`, after checking preconditions. */
    setAttachment(target, version, by) {
        const current = this.getAttachment(target);
        if (current && current.value.version_id === version.id)
            return { outcome: 'unchanged', attachment: current };
        const revision = (current?.value.revision ?? 0) + 1;
        const at = this.timestamp();
        this.db
            .prepare(`INSERT INTO attachments (target, version_id, revision, etag, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (target) DO UPDATE SET version_id = excluded.version_id, revision = excluded.revision, etag = excluded.etag,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
            .run(target, version.id, revision, newEtag(revision), at, by);
        this.db
            .prepare('INSERT INTO attachment_history (target, version_id, revision, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)')
            .run(target, version.id, revision, at, by);
        return { outcome: current ? 'updated' : 'created', attachment: this.getAttachment(target) };
    }
    countAttachmentChanges(target) {
        return Number(this.db.prepare('SELECT count(*) AS n FROM attachment_history WHERE target = ?').get(target).n);
    }
    // Channels and promotions
    getChannel(image, channel) {
        const row = this.db
            .prepare(`SELECT c.image, c.channel, c.revision, c.etag, c.updated_at, v.id AS version_id, v.version, v.digest
         FROM channels c JOIN versions v ON v.id = c.version_id WHERE c.image = ? AND c.channel = ?`)
            .get(image, channel);
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
                updated_at: String(row.updated_at),
            },
        };
    }
    /** Moves the channel to the version and records the promotion. Call inside `immediate()`. */
    promote(version, channel, reason, by) {
        const current = this.getChannel(version.image, channel);
        const revision = (current?.value.revision ?? 0) + 1;
        const at = this.timestamp();
        this.db
            .prepare(`INSERT INTO channels (image, channel, version_id, revision, etag, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (image, channel) DO UPDATE SET version_id = excluded.version_id, revision = excluded.revision,
           etag = excluded.etag, updated_at = excluded.updated_at`)
            .run(version.image, channel, version.id, revision, newEtag(revision), at);
        const id = newId('prm');
        this.db
            .prepare('INSERT INTO promotions (id, image, channel, version, previous_version, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
            .run(id, version.image, channel, version.version, current?.value.version ?? null, reason ?? null, at, by);
        return { promotion: this.promotionById(id), channel: this.getChannel(version.image, channel) };
    }
    promotionFromRow(row) {
        const reason = optional(row.reason);
        return {
            id: String(row.id),
            image: String(row.image),
            channel: String(row.channel),
            version: String(row.version),
            previous_version: optional(row.previous_version) ?? null,
            ...(reason !== undefined ? { reason } : {}),
            created_at: String(row.created_at),
        };
    }
    promotionById(id) {
        return this.promotionFromRow(this.db.prepare('SELECT * FROM promotions WHERE id = ?').get(id));
    }
    listPromotions(image, channel, afterSeq, limit) {
        const rows = this.db
            .prepare('SELECT * FROM promotions WHERE image = ? AND channel = ? AND seq > ? ORDER BY seq LIMIT ?')
            .all(image, channel, afterSeq, limit + 1);
        const page = rows.slice(0, limit);
        return {
            items: page.map((row) => this.promotionFromRow(row)),
            lastSeq: Number(page.at(-1)?.seq ?? afterSeq),
            more: rows.length > limit,
        };
    }
    // Idempotency
    findResponse(principal, key) {
        const row = this.db
            .prepare('SELECT fingerprint, status, headers, body FROM idempotency WHERE principal = ? AND key = ?')
            .get(principal, key);
        if (!row)
            return undefined;
        return {
            fingerprint: String(row.fingerprint),
            status: Number(row.status),
            headers: JSON.parse(String(row.headers)),
            body: String(row.body),
        };
    }
    saveResponse(principal, key, response) {
        this.db
            .prepare('INSERT INTO idempotency (principal, key, fingerprint, status, headers, body, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
            .run(principal, key, response.fingerprint, response.status, JSON.stringify(response.headers), response.body, this.now().getTime());
    }
    /** Forgets stored responses older than `maxAgeMs`; runs at most once a minute. */
    purgeResponses(maxAgeMs) {
        const nowMs = this.now().getTime();
        if (nowMs - this.lastPurgeMs < 60_000)
            return;
        this.lastPurgeMs = nowMs;
        this.db.prepare('DELETE FROM idempotency WHERE created_at_ms < ?').run(nowMs - maxAgeMs);
    }
}

;// CONCATENATED MODULE: ./src/catalog-server/server.ts
/**
 * The reference catalog server: node:http in front of CatalogStore, speaking the contract of
 * openapi.yaml. Every request is routed, authenticated, rate limited (when configured) and
 * validated from the document itself (contract.ts); then one handler answers. Handlers that change
 * something run synchronously inside one SQLite write transaction together with the idempotency
 * bookkeeping, so a change and its stored response commit together or not at all.
 * One JSON line per request goes to the log (stderr by default); tokens never do.
 */









const encode = encodeURIComponent;
function header(request, name) {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
function isJsonContentType(value) {
    const type = (value ?? '').split(';')[0].trim().toLowerCase();
    return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
function sqliteBusy(error) {
    const code = error.errcode;
    return code === 5 || code === 6 || /database is (locked|busy)/i.test(String(error.message));
}
class CatalogService {
    store;
    tokens;
    log;
    contract = catalogContract();
    limiter;
    handlers;
    ttlMs;
    constructor(store, tokens, log, rateLimit, idempotencyTtlMs = 24 * 60 * 60 * 1000) {
        this.store = store;
        this.tokens = tokens;
        this.log = log;
        this.limiter = rateLimit ? new RateLimiter(rateLimit) : undefined;
        this.ttlMs = idempotencyTtlMs;
        this.handlers = {
            getHealth: () => ({ status: 200, body: { status: this.store.healthy() ? 'ok' : 'unavailable' } }),
            getOpenApiDocument: () => ({ status: 200, text: this.contract.yamlText, contentType: 'application/yaml' }),
            createImage: (c) => this.mutate(c, () => this.createImage(c)),
            getImage: (c) => this.getImage(c),
            createVersion: (c) => this.mutate(c, () => this.createVersion(c)),
            listVersions: (c) => this.listVersions(c),
            getVersion: (c) => this.getVersion(c),
            getAttachment: (c) => this.getAttachment(c),
            putAttachment: (c) => this.mutate(c, () => this.putAttachment(c)),
            getChannel: (c) => this.getChannel(c),
            createPromotion: (c) => this.mutate(c, () => this.createPromotion(c)),
            listPromotions: (c) => this.listPromotions(c),
        };
        const missing = [...this.contract.operations.keys()].filter((id) => !this.handlers[id]);
        if (missing.length > 0)
            throw new Error(`no handler for ${missing.join(', ')}`);
    }
    // Request pipeline
    async handle(request, response) {
        const started = performance.now();
        const requestId = (0,external_node_crypto_.randomUUID)();
        const rawUrl = request.url ?? '/';
        const rawPath = rawUrl.split('?')[0];
        const method = request.method ?? 'GET';
        let caller = '-';
        let idempotencyKey;
        let reply;
        try {
            const outcome = await this.route(request, rawUrl, rawPath, method, requestId);
            reply = outcome.reply;
            caller = outcome.caller;
            idempotencyKey = outcome.idempotencyKey;
        }
        catch (error) {
            if (request.destroyed && !request.complete) {
                // The client went away while sending; there is nobody to answer.
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
            if (sqliteBusy(error)) {
                reply = problem(503, 'storage-busy', 'the database is busy: retry shortly', rawPath, requestId, {}, { 'Retry-After': '1' });
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
        const line = {
            time: new Date().toISOString(),
            request_id: requestId,
            method,
            path: rawUrl.length > 512 ? `${rawUrl.slice(0, 512)}…` : rawUrl,
            status: reply.status,
            ms: Math.round((performance.now() - started) * 10) / 10,
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
            ...reply.headers,
        });
        response.end(text);
    }
    async route(request, rawUrl, rawPath, method, requestId) {
        const fail = (status, code, detail, extra = {}, headers = {}) => problem(status, code, detail, rawPath, requestId, extra, headers);
        const match = this.contract.match(method, rawPath);
        const address = request.socket.remoteAddress ?? '-';
        if (match.kind === 'not-found')
            return { reply: fail(404, 'not-found', `no resource at ${rawPath}`), caller: address };
        if (match.kind === 'bad-path')
            return { reply: fail(400, 'bad-path', match.detail), caller: address };
        if (match.kind === 'method-not-allowed') {
            return {
                reply: fail(405, 'method-not-allowed', `${method} is not supported here; use ${match.allowed.join(', ')}`, {}, { Allow: match.allowed.join(', ') }),
                caller: address,
            };
        }
        const { operation, pathParams } = match;
        let principal = { name: 'anonymous', scopes: new Set() };
        if (operation.scopes.length > 0) {
            const auth = authenticate(this.tokens, header(request, 'authorization'), operation.scopes);
            const caller = 'principal' in auth ? auth.principal.name : address;
            const limited = this.rateLimited(caller, rawPath, requestId);
            if (limited)
                return { reply: limited, caller };
            if (!auth.ok)
                return {
                    reply: fail(auth.status, auth.status === 401 ? 'unauthorized' : 'forbidden', auth.detail, {}, { 'WWW-Authenticate': auth.challenge }),
                    caller,
                };
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
                return { reply: fail(400, 'bad-parameter', `query parameter ${name} is given twice`), caller };
            query[name] = value;
        }
        const definedHeaders = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
        const parameterIssues = [
            ...operation.validateParams('path', pathParams),
            ...operation.validateParams('query', query),
            ...operation.validateParams('header', definedHeaders),
        ];
        if (parameterIssues.length > 0) {
            return {
                reply: fail(400, 'bad-parameter', `invalid ${parameterIssues.map((i) => `${i.pointer.replace(/^#\//, '')} (${i.detail})`).join('; ')}`, { errors: parameterIssues }),
                caller,
            };
        }
        let idempotencyKey;
        if (headers['idempotency-key'] !== undefined) {
            idempotencyKey = parseIdempotencyKey(headers['idempotency-key']);
            if (idempotencyKey === undefined) {
                return {
                    reply: fail(400, 'bad-parameter', 'Idempotency-Key must be 1–255 visible ASCII characters, bare or as a quoted string'),
                    caller,
                };
            }
        }
        let body;
        if (operation.hasBody) {
            if (!isJsonContentType(header(request, 'content-type'))) {
                return { reply: fail(415, 'unsupported-media-type', 'send the body as Content-Type: application/json'), caller, idempotencyKey };
            }
            let text;
            try {
                text = await readBody(request);
            }
            catch (error) {
                if (error instanceof BodyTooLarge)
                    return { reply: fail(413, 'body-too-large', error.message, {}, { Connection: 'close' }), caller, idempotencyKey };
                throw error;
            }
            try {
                body = JSON.parse(text);
            }
            catch {
                return { reply: fail(400, 'malformed-json', 'the body is not valid JSON'), caller, idempotencyKey };
            }
            const issues = operation.validateBody(body);
            if (issues.length > 0) {
                const detail = `the body does not match ${operation.operationId}: ${issues.map((i) => `${i.pointer} ${i.detail}`).join('; ')}`;
                return { reply: fail(422, 'validation-failed', detail, { errors: issues }), caller, idempotencyKey };
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
        return { reply: this.handlers[operation.operationId](context), caller, idempotencyKey };
    }
    rateLimited(caller, instance, requestId) {
        const decision = this.limiter?.take(caller);
        if (!decision || decision.ok)
            return undefined;
        const seconds = String(decision.retryAfterSeconds);
        return problem(429, 'rate-limited', `too many requests: retry after ${seconds} s`, instance, requestId, {}, { 'Retry-After': seconds });
    }
    /**
     * Runs a change in one write transaction. With an Idempotency-Key, a stored response of the same
     * caller and key is replayed (same request) or refused (another request, 422); a new successful
     * response is stored in the same transaction as the change it reports.
     */
    mutate(context, change) {
        const key = context.headers['idempotency-key'];
        return this.store.immediate(() => {
            if (key === undefined)
                return change();
            const fingerprint = (0,external_node_crypto_.createHash)('sha256')
                .update(`${context.operation.operationId}\n${(0,canonicalize/* default */.A)(context.path)}\n${(0,canonicalize/* default */.A)(context.body ?? null)}`)
                .digest('hex');
            const stored = this.store.findResponse(context.principal.name, key);
            if (stored) {
                if (stored.fingerprint !== fingerprint) {
                    return problem(422, 'idempotency-key-reused', `Idempotency-Key '${key}' was used for another request: use a new key for a new operation`, context.instance, context.requestId);
                }
                return { status: stored.status, text: stored.body, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } };
            }
            const reply = change();
            if (reply.status >= 200 && reply.status < 300) {
                this.store.purgeResponses(this.ttlMs);
                const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([name]) => name === 'Location' || name === 'ETag'));
                this.store.saveResponse(context.principal.name, key, {
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
    // Images
    createImage(context) {
        const input = context.body;
        const { created, image } = this.store.ensureImage(input, context.principal.name);
        return { status: created ? 201 : 200, body: image, headers: created ? { Location: `/v1/images/${encode(image.name)}` } : {} };
    }
    getImage(context) {
        const image = this.store.getImage(context.path.image);
        return image ? { status: 200, body: image } : this.notFound(context, `image ${context.path.image} does not exist`);
    }
    // Versions
    createVersion(context) {
        const image = context.path.image;
        const input = context.body;
        if (!this.store.getImage(image))
            return this.notFound(context, `image ${image} does not exist: create it first with POST /v1/images`);
        if (!input.image_ref.endsWith(`@${input.digest}`)) {
            return problem(422, 'validation-failed', `image_ref must end with @${input.digest}`, context.instance, context.requestId, {
                errors: [{ pointer: '/image_ref', detail: `must end with @${input.digest}` }],
            });
        }
        const { outcome, version } = this.store.createVersion(image, input, context.principal.name);
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
    listVersions(context) {
        const image = context.path.image;
        if (!this.store.getImage(image))
            return this.notFound(context, `image ${image} does not exist`);
        const page = this.page(context);
        if ('status' in page)
            return page;
        const { items, lastSeq, more } = this.store.listVersions(image, page.afterSeq, page.size);
        if (!more)
            return { status: 200, body: { items } };
        const token = encodePageToken(lastSeq);
        return {
            status: 200,
            body: { items, next_page_token: token },
            headers: { Link: nextLink(`/v1/images/${encode(image)}/versions`, page.size, token) },
        };
    }
    getVersion(context) {
        const { image, version } = context.path;
        const found = this.store.getVersion(image, version);
        return found ? { status: 200, body: found } : this.notFound(context, `version ${version} of ${image} does not exist`);
    }
    // Attachments
    getAttachment(context) {
        const found = this.store.getAttachment(context.path.target);
        if (!found)
            return this.notFound(context, `target ${context.path.target} has no attachment`);
        return { status: 200, body: found.value, headers: { ETag: found.etag } };
    }
    putAttachment(context) {
        const target = context.path.target;
        const input = context.body;
        const current = this.store.getAttachment(target);
        const precondition = checkPreconditions(`attachment of ${target}`, current?.etag, context.headers['if-match'], context.headers['if-none-match']);
        if (!precondition.ok) {
            return problem(precondition.status, precondition.status === 412 ? 'precondition-failed' : 'precondition-required', precondition.detail, context.instance, context.requestId);
        }
        const version = this.store.getVersion(input.image, input.version);
        if (!version) {
            return problem(422, 'version-not-registered', `version ${input.version} of ${input.image} is not registered: register it before attaching it`, context.instance, context.requestId);
        }
        const { outcome, attachment } = this.store.setAttachment(target, version, context.principal.name);
        return { status: outcome === 'created' ? 201 : 200, body: attachment.value, headers: { ETag: attachment.etag } };
    }
    // Channels
    getChannel(context) {
        const { image, channel } = context.path;
        const found = this.store.getChannel(image, channel);
        if (!found)
            return this.notFound(context, `channel ${channel} of ${image} has no version yet`);
        return { status: 200, body: found.value, headers: { ETag: found.etag } };
    }
    createPromotion(context) {
        const { image, channel } = context.path;
        const input = context.body;
        if (!this.store.getImage(image))
            return this.notFound(context, `image ${image} does not exist`);
        const current = this.store.getChannel(image, channel);
        const precondition = checkPreconditions(`channel ${channel} of ${image}`, current?.etag, context.headers['if-match'], context.headers['if-none-match']);
        if (!precondition.ok) {
            return problem(precondition.status, precondition.status === 412 ? 'precondition-failed' : 'precondition-required', precondition.detail, context.instance, context.requestId);
        }
        const version = this.store.getVersion(image, input.version);
        if (!version) {
            return problem(422, 'version-not-registered', `version ${input.version} of ${image} is not registered: only registered versions can be promoted`, context.instance, context.requestId);
        }
        const { promotion, channel: moved } = this.store.promote(version, channel, input.reason, context.principal.name);
        return {
            status: 201,
            body: promotion,
            headers: { ETag: moved.etag, Location: `/v1/images/${encode(image)}/channels/${encode(channel)}` },
        };
    }
    listPromotions(context) {
        const { image, channel } = context.path;
        if (!this.store.getImage(image))
            return this.notFound(context, `image ${image} does not exist`);
        const page = this.page(context);
        if ('status' in page)
            return page;
        const { items, lastSeq, more } = this.store.listPromotions(image, channel, page.afterSeq, page.size);
        if (!more)
            return { status: 200, body: { items } };
        const token = encodePageToken(lastSeq);
        return {
            status: 200,
            body: { items, next_page_token: token },
            headers: { Link: nextLink(`/v1/images/${encode(image)}/channels/${encode(channel)}/promotions`, page.size, token) },
        };
    }
}
function urlOf(address) {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
}
/** Opens the database and listens; resolves once the port is bound. */
async function startCatalogServer(options) {
    const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    const store = new CatalogStore(options.db);
    const service = new CatalogService(store, options.tokens, log, options.rateLimit, options.idempotencyTtlMs);
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
        store.close();
        throw error;
    }
    const address = server.address();
    let closing;
    return {
        url: urlOf(address),
        port: address.port,
        store,
        close: (graceMs = 10_000) => {
            closing ??= new Promise((resolve) => {
                const force = setTimeout(() => server.closeAllConnections(), graceMs);
                force.unref();
                server.close(() => {
                    clearTimeout(force);
                    store.close();
                    resolve();
                });
                server.closeIdleConnections();
            });
            return closing;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/catalog.ts
/**
 * `image-actions catalog serve --host 127.0.0.1 --port 8080 --db catalog.db [--rate-limit 20/s]`
 * and `image-actions catalog openapi` (prints the contract).
 *
 * serve prints `{"url":"http://HOST:PORT"}` as its first stdout line once listening (with
 * `--port 0` the port is picked by the system), logs one JSON line per request on stderr, and stops
 * gracefully on SIGINT/SIGTERM. Tokens come from CATALOG_TOKENS (`token:scope+scope,…`).
 */






const catalogUsage = 'serve --db FILE [--host 127.0.0.1] [--port 8080] [--rate-limit 20/s] | openapi';
function fail(message) {
    process.stderr.write(`image-actions catalog: ${message}\n`);
    return 2;
}
async function catalogCommand(args) {
    const [sub, ...rest] = args;
    if (sub === undefined)
        return fail(`usage: image-actions catalog ${catalogUsage}`);
    if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`Usage: image-actions catalog ${catalogUsage}\n  serve: the reference catalog server (tokens from CATALOG_TOKENS=token:scope+scope,…)\n  openapi: print the contract\n`);
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
            options: { host: { type: 'string' }, port: { type: 'string' }, db: { type: 'string' }, 'rate-limit': { type: 'string' } },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (error) {
        return fail(`${error.message}\nusage: image-actions catalog ${catalogUsage}`);
    }
    if (!values.db)
        return fail('--db FILE is required: the SQLite file that keeps the catalog (created if missing)');
    const port = Number(values.port ?? '8080');
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        return fail(`--port '${values.port}' is not a port number (0 picks a free one)`);
    let tokens;
    let rateLimit;
    try {
        tokens = parseTokens(process.env.CATALOG_TOKENS);
        rateLimit = values['rate-limit'] ? parseRateLimit(values['rate-limit']) : undefined;
    }
    catch (error) {
        return fail(error.message);
    }
    const log = (line) => process.stderr.write(`${line}\n`);
    let server;
    try {
        server = await startCatalogServer({ db: external_node_path_default().resolve(values.db), tokens, host: values.host ?? '127.0.0.1', port, rateLimit, log });
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
        db: external_node_path_default().resolve(values.db),
        tokens: tokens.size,
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
