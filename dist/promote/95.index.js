export const id = 95;
export const ids = [95];
export const modules = {

/***/ 3095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DataWorksPlatform: () => (/* binding */ DataWorksPlatform)
});

// EXTERNAL MODULE: ./src/core/targets.ts
var core_targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/platform/log.ts
var log = __webpack_require__(4425);
// EXTERNAL MODULE: ./src/platform/platform.ts
var platform = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/core/promotion.ts + 1 modules
var promotion = __webpack_require__(972);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/platform/retry-policy.ts
var retry_policy = __webpack_require__(3232);
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
 *   Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<\u2026>,Signature=<\u2026>
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

;// CONCATENATED MODULE: ./src/platform/dataworks/endpoints.ts
/**
 * Where the DataWorks OpenAPI (2024-05-18) answers for a region. Pure.
 *
 * The region \u2192 endpoint map is the one the official SDKs carry (TypeScript
 * `dataworks-public-20240518/src/client.ts` `_endpointMap`, aliyun/alibabacloud-typescript-sdk
 * @ d23e6b83; the Go SDK `client/client.go` `EndpointMap`, alibabacloud-go/dataworks-public-20240518
 * @ 846decbe, agrees on the public regions): several regions, e.g. cn-qingdao and cn-huhehaote, are
 * served by the central `dataworks.aliyuncs.com`. A region outside the map gets the SDKs' `regional`
 * rule, `dataworks.<region>.aliyuncs.com`. A host name or URL given as the endpoint is used as is.
 */
const CENTRAL = 'dataworks.aliyuncs.com';
/** Public regions only; the SDK's internal and finance-cloud ids are not for CI users. */
const DATAWORKS_REGION_ENDPOINTS = {
    'ap-northeast-1': 'dataworks.ap-northeast-1.aliyuncs.com',
    'ap-northeast-2': 'dataworks.ap-northeast-2.aliyuncs.com',
    'ap-south-1': CENTRAL,
    'ap-southeast-1': 'dataworks.ap-southeast-1.aliyuncs.com',
    'ap-southeast-2': CENTRAL,
    'ap-southeast-3': 'dataworks.ap-southeast-3.aliyuncs.com',
    'ap-southeast-5': 'dataworks.ap-southeast-5.aliyuncs.com',
    'cn-beijing': 'dataworks.cn-beijing.aliyuncs.com',
    'cn-chengdu': 'dataworks.cn-chengdu.aliyuncs.com',
    'cn-fujian': CENTRAL,
    'cn-hangzhou': 'dataworks.cn-hangzhou.aliyuncs.com',
    'cn-hongkong': 'dataworks.cn-hongkong.aliyuncs.com',
    'cn-huhehaote': CENTRAL,
    'cn-qingdao': CENTRAL,
    'cn-shanghai': 'dataworks.cn-shanghai.aliyuncs.com',
    'cn-shenzhen': 'dataworks.cn-shenzhen.aliyuncs.com',
    'cn-wuhan': CENTRAL,
    'cn-wulanchabu': 'dataworks.cn-wulanchabu.aliyuncs.com',
    'cn-zhangjiakou': 'dataworks.cn-zhangjiakou.aliyuncs.com',
    'eu-central-1': 'dataworks.eu-central-1.aliyuncs.com',
    'eu-west-1': 'dataworks.eu-west-1.aliyuncs.com',
    'me-central-1': 'dataworks.me-central-1.aliyuncs.com',
    'me-east-1': 'dataworks.me-east-1.aliyuncs.com',
    'us-east-1': 'dataworks.us-east-1.aliyuncs.com',
    'us-west-1': 'dataworks.us-west-1.aliyuncs.com',
};
const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;
/** The base URL for an endpoint input: a URL or host as given, a region id through the SDKs' map. */
function dataWorksEndpoint(endpointOrRegion) {
    const trimmed = endpointOrRegion.trim().replace(/\/+$/, '');
    if (/^https?:\/\//i.test(trimmed))
        return trimmed;
    if (REGION_ID.test(trimmed) && !trimmed.includes('.')) {
        return `https://${DATAWORKS_REGION_ENDPOINTS[trimmed] ?? `dataworks.${trimmed}.aliyuncs.com`}`;
    }
    return `https://${trimmed}`;
}

// EXTERNAL MODULE: ./src/runtime/http-transport.ts
var http_transport = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/platform/dataworks/client.ts










/**
 * DataWorks OpenAPI (version 2024-05-18) in RPC style: every action is `POST /` with the action
 * and version in `x-acs-*` headers, parameters in the query string or a form body as the official
 * SDKs place them per action (each call names both; see the adapter for the SDK sources), and an
 * ACS3-HMAC-SHA256 signature (`@alicloud/openapi-core` `getAuthorization`). Each try is signed
 * afresh (new nonce and date). Throttling, 429 and 5xx are retried, bounded, through the one retry
 * loop; a write marked not repeatable only as `call` says.
 */
const DATAWORKS_API_VERSION = '2024-05-18';
class DataWorksApiError extends errors/* StepError */.zg {
    status;
    code;
    requestId;
    ambiguous;
    constructor(message, 
    /** 0 when no answer arrived. */
    status, code, requestId, 
    /** A write that is not safe to repeat failed in a way that may or may not have applied it. */
    ambiguous = false) {
        super(message);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.ambiguous = ambiguous;
        this.name = 'DataWorksApiError';
    }
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
/** Codes that say the request was turned away before anything was done. */
function isNotAppliedCode(code) {
    return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable');
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
        this.policy = (0,runtime_retry/* withRetryDefaults */.X2)(retry_policy/* platformRetryPolicy */.cY, options.retry);
        this.secrets = [options.credentials.accessKeySecret, options.credentials.securityToken ?? ''].filter((s) => s !== '');
    }
    /**
     * One action. `repeatable: false` marks a write that is not safe to send twice (UpdateImage has
     * no idempotency token): it is retried only on throttling, 429 and 503, and a connection never
     * made; other failures are thrown with `ambiguous: true` for the caller to read the state back.
     */
    async call(action, params, options = {}) {
        const repeatable = options.repeatable ?? true;
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
            // The transport sets Host from the URL, which is the value we signed.
            const headers = { ...signed.headers };
            delete headers['host'];
            let response;
            let text;
            try {
                // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
                response = await (this.options.fetch ?? http_transport/* httpTransport */.k6)(`${this.baseUrl}/${signed.search}`, {
                    method: 'POST',
                    headers: { ...headers, accept: 'application/json' },
                    ...(signed.body === undefined ? {} : { body: signed.body }),
                });
                text = await response.text();
            }
            catch (error) {
                return (0,retry_policy/* noAnswer */.qE)({
                    what: `DataWorks ${action}`,
                    baseUrl: this.baseUrl,
                    error,
                    unsafeWrite: !repeatable,
                    secrets: this.secrets,
                    check: 'the endpoint',
                    ambiguous: (message) => new DataWorksApiError(message, 0, undefined, undefined, true),
                });
            }
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
            const retryable = repeatable
                ? (0,retry/* isRetryableStatus */.PS)(response.status, this.policy.statuses) || isRetryableCode(code)
                : (0,retry_policy/* isRetryableWriteStatus */.sM)(response.status) || isNotAppliedCode(code);
            return {
                failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
                reason: code ?? `HTTP ${response.status}`,
                giveUp: (_stop, attempts) => {
                    const ambiguous = !repeatable && (response.status >= 500 || code === 'InternalError') && !isNotAppliedCode(code);
                    throw this.apiError(action, response.status, body, text, code, attempts, ambiguous);
                },
            };
        });
    }
    apiError(action, status, body, text, code, attempts, ambiguous) {
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
        const what = (0,log/* sentence */.e)([code, message].filter((p) => p).join(': ') || 'no details');
        const text_ = `DataWorks ${action} failed (HTTP ${status}${retried}): ${what}${requestId ? ` RequestId: ${requestId}.` : ''}${hint}`;
        return new DataWorksApiError((0,redact/* redact */.E)(text_, this.secrets), status, code, requestId, ambiguous);
    }
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/core/git/packed-names.ts
const packed_names_PACKED_OID_BYTES = 20;
/** Path i of a packed listing. */
function packed_names_packedPath(packed, i) {
    return packed.names.toString('utf8', packed.starts[i], packed.ends[i]);
}
/** Id i of a packed listing, in hex. */
function packed_names_packedOid(packed, i) {
    const start = packed.oidStarts[i];
    return packed.oids.toString('hex', start, start + packed_names_PACKED_OID_BYTES);
}
/** Byte order of path i against `key` (UTF-8 bytes): negative, 0 or positive. */
function packed_names_comparePackedPath(packed, i, key) {
    const start = packed.starts[i];
    const length = packed.ends[i] - start;
    const shorter = Math.min(length, key.length);
    for (let b = 0; b < shorter; b++) {
        const difference = packed.names[start + b] - key[b];
        if (difference !== 0)
            return difference;
    }
    return length - key.length;
}

;// CONCATENATED MODULE: ./src/core/context-tree.ts
/**
 * The build context as data: one entry per path Docker sends, and the tree digest over them.
 *
 * Recipe (h1):
 * - a file's digest is the git blob id of its bytes, `sha1("blob <size>\0" + bytes)`, so that a
 *   clean git checkout can take it from the index without reading the file (the fast path) and
 *   still give the same result as reading it;
 * - only the executable bit of a file counts (git's model), never the rest of the mode, uid,
 *   gid or times;
 * - a symlink is its target string, never followed; a directory counts even when empty;
 * - records are sorted by path (UTF-8 byte order) and framed with NUL after every field (paths and
 *   link targets cannot contain NUL, and the record type fixes the number of fields), then
 *   SHA-256'd.
 */


const BLOB_PREFIX = 'git-blob:';
/** Git's blob header for `size` bytes; the per-file digest is sha1(header + bytes). */
function blobHeader(size) {
    return Buffer.from(`blob ${size}\0`, 'latin1');
}
/** The per-file digest of in-memory bytes (the workers compute the same thing while streaming). */
function blobDigest(bytes) {
    return BLOB_PREFIX + new IncrementalHash('sha1').update(blobHeader(bytes.length)).update(bytes).digest('hex');
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** Compares paths by Unicode code point, which is UTF-8 byte order (JS `<` compares UTF-16 units). */
function comparePaths(a, b) {
    if (a === b)
        return 0;
    // Without astral characters UTF-16 order is code point order: let the engine compare.
    if (!SURROGATE.test(a) && !SURROGATE.test(b))
        return a < b ? -1 : 1;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800\u20130xDFFF) encode code points above every BMP character.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
/** The fastest comparison that puts these paths in UTF-8 byte order: the engine's own unless one has an astral character. */
function comparatorFor(paths) {
    return paths.some((path) => SURROGATE.test(path)) ? comparePaths : (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}
/** Sorts by path in UTF-8 byte order (the native comparison is the same unless a path has astral characters). */
function context_tree_sortEntries(entries) {
    if (entries.some((entry) => SURROGATE.test(entry.path)))
        return entries.sort((a, b) => comparePaths(a.path, b.path));
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function isSorted(entries) {
    const astral = entries.some((entry) => SURROGATE.test(entry.path));
    for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1].path;
        const b = entries[i].path;
        if (astral ? comparePaths(a, b) >= 0 : !(a < b))
            return false;
    }
    return true;
}
/** The framed record of one entry, exactly as it enters the tree digest. */
function entryRecord(entry) {
    switch (entry.type) {
        case 'file':
            return `file\0${entry.path}\0${entry.mode}\0${entry.digest}\0`;
        case 'symlink':
            return `symlink\0${entry.path}\0${entry.target}\0`;
        case 'dir':
            return `dir\0${entry.path}\0`;
    }
}
const EXECUTABLE_INDEX_MODE = 0o100755;
/** The entries of packed files, as objects (for the manifest and explain, which want them one by one). */
function context_tree_unpackFiles(packed) {
    const { names, modes, sizes, chosen } = packed;
    return Array.from(chosen, (i) => ({
        path: packedPath(names, i),
        type: 'file',
        mode: modes[i] === EXECUTABLE_INDEX_MODE ? '755' : '644',
        digest: BLOB_PREFIX + packedOid(names, i),
        size: sizes[i] ?? 0,
    }));
}
const HEX = Buffer.from('0123456789abcdef');
const FILE_HEAD = Buffer.from('file\0');
const MODE_644 = Buffer.from('\x00644\x00git-blob:');
const MODE_755 = Buffer.from('\x00755\x00git-blob:');
/** A packed file's record without its name: head, mode and prefix, 40 hex digits, NUL. */
const PACKED_RECORD_BYTES = FILE_HEAD.length + MODE_644.length + 2 * packed_names_PACKED_OID_BYTES + 1;
/**
 * Records written into one reused buffer and hashed a buffer at a time: packed files need no
 * string each, and there are few calls into the hash. The loop over packed files is written out
 * in one function: it runs once per process, mostly before V8 optimizes it, when every call costs.
 */
class RecordWriter {
    hash;
    buffer = Buffer.allocUnsafe(1 << 16);
    used = 0;
    constructor(hash) {
        this.hash = hash;
    }
    text(record) {
        if (this.used + 3 * record.length > this.buffer.length)
            this.flush();
        if (3 * record.length > this.buffer.length)
            this.hash.update(record);
        else
            this.used += this.buffer.write(record, this.used, 'utf8');
    }
    /** The records of packed files chosen[from, to). */
    packedFiles(packed, from, to) {
        const { names, starts, ends, oids, oidStarts } = packed.names;
        const { chosen, modes } = packed;
        const buffer = this.buffer;
        let at = this.used;
        for (let k = from; k < to; k++) {
            const i = chosen[k];
            const start = starts[i];
            const end = ends[i];
            if (at + PACKED_RECORD_BYTES + end - start > buffer.length) {
                this.used = at;
                this.flush();
                at = 0;
            }
            buffer.set(FILE_HEAD, at);
            at += FILE_HEAD.length;
            if (PACKED_RECORD_BYTES + end - start > buffer.length) {
                // A name longer than the buffer (git allows 4 KB, file systems more): hashed where it is.
                this.used = at;
                this.flush();
                this.hash.update(names.subarray(start, end));
                at = 0;
            }
            else {
                at += names.copy(buffer, at, start, end);
            }
            const mode = modes[i] === EXECUTABLE_INDEX_MODE ? MODE_755 : MODE_644;
            buffer.set(mode, at);
            at += mode.length;
            for (let b = oidStarts[i], last = b + PACKED_OID_BYTES; b < last; b++) {
                const byte = oids[b];
                buffer[at++] = HEX[byte >> 4];
                buffer[at++] = HEX[byte & 15];
            }
            buffer[at++] = 0;
        }
        this.used = at;
    }
    flush() {
        if (this.used > 0)
            this.hash.update(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
}
/** The first position in chosen[from, length) whose name sorts after `key` (chosen is in path order). */
function firstAfter(packed, key, from) {
    let low = from;
    let high = packed.chosen.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (comparePackedPath(packed.names, packed.chosen[middle], key) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** The sorted entries and the packed files, merged in path order, into `hash`. */
function hashWithPacked(sorted, packed, hash) {
    const writer = new RecordWriter(hash);
    let k = 0;
    for (let e = 0; e < sorted.length; e++) {
        const entry = sorted[e];
        // A binary search per entry: entries are few next to packed files (folders, files git did not vouch for).
        const until = firstAfter(packed, Buffer.from(entry.path), k);
        writer.packedFiles(packed, k, until);
        k = until;
        writer.text(entryRecord(entry));
    }
    writer.packedFiles(packed, k, packed.chosen.length);
    writer.flush();
}
/** `sha256:<hex>` over the sorted, framed records (of `entries` and of the `packed` files, when given). */
function context_tree_treeDigest(entries, packed) {
    const sorted = isSorted(entries) ? entries : context_tree_sortEntries([...entries]);
    if (packed && packed.chosen.length > 0) {
        const hash = new IncrementalHash('sha256');
        hashWithPacked(sorted, packed, hash);
        return `sha256:${hash.digest('hex')}`;
    }
    // In pieces of about 64 KB: no copy of the whole text (tens of MB for 100,000 files) is ever
    // built, and there are few calls into the hash (one per record cost more than the hashing).
    const hash = new IncrementalHash('sha256');
    let piece = '';
    // Indexed loops here: a for-of allocates an iterator result per step until V8 optimizes it.
    for (let i = 0; i < sorted.length; i++) {
        piece += entryRecord(sorted[i]);
        if (piece.length >= 1 << 16) {
            hash.update(piece);
            piece = '';
        }
    }
    hash.update(piece);
    return `sha256:${hash.digest('hex')}`;
}
function context_tree_contextTotals(entries, packed) {
    let files = packed?.chosen.length ?? 0;
    let bytes = 0;
    for (let k = 0; k < files; k++)
        bytes += packed?.sizes[packed.chosen[k]] ?? 0;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.type !== 'file')
            continue;
        files++;
        bytes += entry.size;
    }
    return { files, bytes };
}

;// CONCATENATED MODULE: ./src/core/build-definition.ts
/**
 * The canonical build definition and its hash (recipe `h1`, DESIGN \u00a73).
 *
 * The hash is SHA-256 over the RFC 8785 (JCS) serialization of `BuildDefinition`; the tag is
 * `h1-<first 32 hex>`. The context appears in the definition as its tree digest; the entries that
 * digest commits to travel next to it in the manifest file, so the file can be checked and
 * compared (`image-actions explain`) without making the hashed object huge.
 *
 * Bump RECIPE whenever anything here or in context-tree.ts changes meaning, so that tags made by
 * different recipes can never collide.
 */



const RECIPE = 'h1';
function canonicalJson(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be serialized canonically');
    return text;
}
function definitionHash(definition) {
    return sha256Hex(canonicalJson(definition));
}
function tagFor(hash, recipe = RECIPE) {
    return `${recipe}-${hash.slice(0, 32)}`;
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Assembles the definition and manifest from parts the caller gathered. */
function buildManifest(parts) {
    const images = [...new Map(parts.images.map((image) => [image.ref, image])).values()].sort((a, b) => a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
    const definition = {
        recipe: RECIPE,
        dockerfile: sha256Digest(parts.dockerfileBytes),
        context: treeDigest(parts.entries, parts.packed),
        images,
        platforms: [...new Set(parts.platforms)].sort(),
        target: parts.target,
        buildArgs: sortedRecord(parts.buildArgs),
        secrets: [...new Set(parts.secrets)].sort(),
        labels: sortedRecord(parts.labels),
    };
    const hash = definitionHash(definition);
    const totals = contextTotals(parts.entries, parts.packed);
    const { packed } = parts;
    let entries = packed && packed.chosen.length > 0 ? undefined : parts.entries;
    return {
        hash,
        tag: tagFor(hash),
        definition,
        context: {
            ignoreFile: parts.ignoreFile,
            files: totals.files,
            bytes: totals.bytes,
            // Made when first read (a manifest file, explain): the hash itself never needs them as objects.
            get entries() {
                return (entries ??= sortEntries([...parts.entries, ...unpackFiles(packed)]));
            },
        },
    };
}
/**
 * Pretty JSON with canonical (JCS) key order; arrays named `entries` get one compact item per line.
 * Yields the text in pieces (one per entry line at most), so it can be written out without ever
 * holding the whole of it.
 */
function* render(value, indent, key) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield '[\n';
        for (let i = 0; i < value.length; i++) {
            yield `${indent}  `;
            if (key === 'entries')
                yield canonicalJson(value[i]);
            else
                yield* render(value[i], `${indent}  `);
            yield i < value.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}]`;
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        const keys = Object.keys(record)
            .filter((k) => record[k] !== undefined)
            .sort();
        if (keys.length === 0) {
            yield '{}';
            return;
        }
        yield '{\n';
        for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            yield `${indent}  ${JSON.stringify(k)}: `;
            yield* render(record[k], `${indent}  `, k);
            yield i < keys.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}}`;
        return;
    }
    yield canonicalJson(value);
}
/**
 * The manifest as text, in pieces: canonical key order everywhere, readable indentation, one
 * context entry per line (so two manifests diff well with ordinary tools too).
 */
function* manifestText(manifest) {
    yield* render(manifest, '');
    yield '\n';
}
/** The manifest as one text (see manifestText). */
function serializeManifest(manifest) {
    return [...manifestText(manifest)].join('');
}
/** Reads a manifest back, checking its shape; throws with a plain message when it is not one. */
function parseManifest(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const manifest = value;
    const definition = manifest?.definition;
    if (typeof manifest !== 'object' ||
        manifest === null ||
        typeof manifest.hash !== 'string' ||
        !definition ||
        typeof definition.recipe !== 'string') {
        throw new Error(`${name} is not a build definition written by the hash action (manifest-file)`);
    }
    return manifest;
}
/** Does the manifest hash what it says? (A hand-edited file would not.) */
function verifyManifest(manifest) {
    const hashMatches = definitionHash(manifest.definition) === manifest.hash;
    const entries = manifest.context?.entries;
    const entriesMatch = Array.isArray(entries) ? treeDigest(entries) === manifest.definition.context : undefined;
    return { hashMatches, entriesMatch };
}

;// CONCATENATED MODULE: ./src/platform/dataworks/records.ts




/**
 * How our versions live inside DataWorks images. Pure.
 *
 * A DataWorks image (`Id`, e.g. `Custom_image_\u2026`) has numbered versions ("1", "2", \u2026) and no
 * digest field. Each of our versions becomes one DataWorks version whose `Description` starts
 * with a marker `image-actions:<version>@sha256:<digest>`; that marker is how a version name and
 * its digest are found again (and how a second digest for the same name is refused).
 *
 * The `ImageUri` DataWorks pulls is the immutable hash tag (`\u2026:h1-<32 hex>`), not the digest:
 * every documented example and SDK sample uses a tag, and nothing shows a digest is accepted.
 * The hash tag is never moved (the build step only ever pushes it once per build definition),
 * and register checks in the registry that it still points at the digest before registering.
 */
const NAME = /^[a-z0-9_]{1,128}$/;
const VERSION = /^[A-Za-z0-9._+-]{1,42}$/;
const MARKER = /^image-actions:([A-Za-z0-9._+-]{1,42})@(sha256:[0-9a-f]{64})(?:\s|$)/;
const DESCRIPTION_MAX = 128;
function checkImageName(name) {
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
/** ACR namespace and repository from `<registry>/<namespace>/<repository>@sha256:\u2026`. */
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
/** `<registry>/<namespace>/<repository>:h1-<32 hex>`: the immutable hash tag of the build, as DataWorks' `ImageUri`. */
function hashTagUri(imageRef, buildHash) {
    const pinned = (0,image_ref/* parsePinnedImageRef */.Sm)(imageRef);
    if (!pinned) {
        throw new errors/* InputError */.dz('image', `'${imageRef}' is not pinned by digest`, 'Pass <registry>/<namespace>/<repository>@sha256:<digest>');
    }
    if (!/^[0-9a-f]{64}$/.test(buildHash)) {
        throw new errors/* InputError */.dz('hash', `'${buildHash}' is not a build hash (64 lowercase hex)`, "Pass the hash or build step's `hash` output");
    }
    return (0,image_ref/* formatImageRef */.kL)({ registry: pinned.registry, repository: pinned.repository, tag: tagFor(buildHash) });
}

;// CONCATENATED MODULE: ./src/platform/dataworks/publish.ts
/**
 * Testing and publishing a DataWorks image version, and waiting for either to end.
 *
 * Request shapes from the official TypeScript SDK (aliyun/alibabacloud-typescript-sdk
 * `dataworks-public-20240518/src/client.ts` @ d23e6b83): `runImageTestWithOptions` sends `Cu`,
 * `Id`, `ProcessId`, `ResourceGroupId` in the form body; `getImageTestResultWithOptions` sends
 * `Id`, `ProcessId` in the query; `publishImageWithOptions` sends `Id`, `ProcessId` in the body.
 * Answers: `RunImageTestResponseBody {Data {ProcessId, Success}}`,
 * `GetImageTestResultResponseBody {TestResult {Status: running|completed|failed|cancelled, PublishStage, Message}}`.
 *
 * Stages (`PublishStage`): Untest \u2192 Testing \u2192 TestFailed | Unpublished \u2192 Publishing \u2192 Published
 * (or PublishFailed). Neither the test nor the publish names a version: both act on the image's
 * current one, so the caller makes sure the version it means is current.
 *
 * Unverified assumption: `PublishImage` accepts a version that was never tested (stage Untest);
 * the docs describe the test as optional. The summary says when a version was published untested.
 */


const realPollSeams = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => performance.now(),
};
const TEST_POLL = { intervalMs: 10_000, timeoutMs: 30 * 60_000 };
const PUBLISH_POLL = { intervalMs: 5_000, timeoutMs: 10 * 60_000 };
/** Runs the image test of the current version on `resourceGroupId` and waits for its end. */
async function runImageTest(client, mine, resourceGroupId, seams, log) {
    // Deterministic: a retried or re-run register joins the same test instead of starting another.
    const processId = idempotencyToken('RunImageTest', mine.imageId, mine.dwVersion, mine.digest, resourceGroupId);
    const started = await client.call('RunImageTest', {
        form: { Id: mine.imageId, ProcessId: processId, ResourceGroupId: resourceGroupId },
    });
    if (started.Data?.Success === false) {
        throw new errors/* StepError */.zg(`DataWorks did not start the image test of ${mine.imageId} version ${mine.dwVersion} (RunImageTest Data.Success false).`);
    }
    const process = started.Data?.ProcessId ?? processId;
    log.info(`DataWorks is testing ${mine.imageId} version ${mine.dwVersion} on ${resourceGroupId} (process ${process}).`);
    const deadline = seams.now() + TEST_POLL.timeoutMs;
    for (;;) {
        const answer = await client.call('GetImageTestResult', {
            query: { Id: mine.imageId, ProcessId: process },
        });
        const result = answer.TestResult ?? {};
        const status = (result.Status ?? '').toLowerCase();
        if (status === 'completed' && result.PublishStage !== 'TestFailed')
            return { passed: true };
        if (status === 'completed' || status === 'failed' || status === 'cancelled') {
            return { passed: false, stage: result.PublishStage ?? 'TestFailed', message: result.Message ?? status };
        }
        if (seams.now() >= deadline) {
            throw new errors/* StepError */.zg(`DataWorks image test ${process} of ${mine.imageId} is still ${result.Status ?? 'running'} after ${TEST_POLL.timeoutMs / 60_000} minutes; ` +
                'the version was not published. Run register again to wait for the same test.');
        }
        await seams.sleep(TEST_POLL.intervalMs);
    }
}
/** Publishes the current version (PublishImage) and waits until DataWorks says how it ended. */
async function publishImage(client, mine, readStage, seams, log) {
    const response = await client.call('PublishImage', {
        form: { Id: mine.imageId, ProcessId: idempotencyToken('PublishImage', mine.imageId, mine.dwVersion, mine.digest) },
    });
    if (response.Data?.Success === false) {
        throw new errors/* StepError */.zg(`DataWorks did not start publishing ${mine.imageId} version ${mine.dwVersion} (PublishImage Data.Success false).`);
    }
    log.info(`DataWorks is publishing ${mine.imageId} version ${mine.dwVersion} (process ${response.Data?.ProcessId ?? 'unknown'}).`);
    return waitWhilePublishing(readStage, seams, log, mine);
}
/** Reads the stage until it leaves Publishing, within PUBLISH_POLL.timeoutMs. */
async function waitWhilePublishing(readStage, seams, log, mine) {
    const deadline = seams.now() + PUBLISH_POLL.timeoutMs;
    for (;;) {
        const stage = (await readStage()) ?? 'unknown';
        if (stage !== 'Publishing')
            return stage;
        if (seams.now() >= deadline) {
            log.warning(`DataWorks is still publishing ${mine.imageId} version ${mine.dwVersion} after ${PUBLISH_POLL.timeoutMs / 60_000} minutes; check it in the DataWorks console.`);
            return stage;
        }
        await seams.sleep(PUBLISH_POLL.intervalMs);
    }
}

;// CONCATENATED MODULE: ./src/platform/dataworks/versions.ts
/**
 * Reading our versions out of a DataWorks image's version list. Pure.
 *
 * Record fields are those of `ListImageVersionsResponseBodyPagingInfoImageVersions`
 * (aliyun/alibabacloud-typescript-sdk `dataworks-public-20240518/src/models/ListImageVersionsResponseBody.ts`
 * @ 36f2c04d): `Version` (a number as a string), `Description`, `ImageUri`, `ImageTag`,
 * `PublishStage`, `IsDefault` \u2026
 *
 * Unverified assumptions (research C, open question 3), kept here so a user with an account
 * knows what to check first:
 * - `CreateImage` makes version 1 and each `UpdateImage` adds the next version.
 * - Each version keeps its own `Description`. If DataWorks kept one per image instead, older
 *   versions would show a newer version's marker; such copies are told apart by their `ImageUri`
 *   (see `ourVersions`).
 * - The version compute runs (the one `RunImageTest`, `PublishImage` and attaching act on) is the
 *   one flagged `IsDefault`, or the highest `Version` when no record carries the flag.
 */

function versionNumber(record) {
    return Number(record.Version);
}
/** The version flagged IsDefault, else the highest version number. */
function currentVersion(records) {
    const flagged = records.find((record) => record.IsDefault === true && record.Version !== undefined);
    if (flagged)
        return String(flagged.Version);
    let highest;
    for (const record of records) {
        if (record.Version === undefined)
            continue;
        if (!highest || versionNumber(record) > versionNumber(highest))
            highest = record;
    }
    return highest?.Version === undefined ? undefined : String(highest.Version);
}
/**
 * The records that carry our marker, lowest DataWorks version first. A marker whose digest
 * disagrees with a digest-pinned `ImageUri` is not this version's; a marker seen on records with
 * different `ImageUri`s belongs to the newest of them (the older ones show a copied description).
 */
function ourVersions(imageId, records) {
    const candidates = [];
    for (const record of records) {
        const marker = parseVersionDescription(record.Description);
        if (!marker || record.Version === undefined)
            continue;
        const uriDigest = /@(sha256:[0-9a-f]{64})$/.exec(record.ImageUri ?? '')?.[1];
        if (uriDigest !== undefined && uriDigest !== marker.digest)
            continue;
        candidates.push({
            imageId,
            dwVersion: String(record.Version),
            number: versionNumber(record),
            version: marker.version,
            digest: marker.digest,
            ...(record.ImageUri ? { imageUri: record.ImageUri } : {}),
            ...(record.PublishStage ? { publishStage: record.PublishStage } : {}),
        });
    }
    const newestUri = new Map();
    for (const candidate of candidates) {
        const key = `${candidate.version}@${candidate.digest}`;
        const seen = newestUri.get(key);
        if (!seen || candidate.number > seen.number)
            newestUri.set(key, { number: candidate.number, uri: candidate.imageUri });
    }
    return candidates
        .filter((candidate) => newestUri.get(`${candidate.version}@${candidate.digest}`)?.uri === candidate.imageUri)
        .sort((a, b) => a.number - b.number)
        .map(({ number: _number, ...version }) => version);
}
function versionListing(imageId, records) {
    const current = currentVersion(records);
    return { versions: ourVersions(imageId, records), ...(current !== undefined ? { current } : {}) };
}
/** Our version that is current (what DataWorks runs), if the current one is ours. */
function currentOurVersion(listing) {
    return listing.current === undefined ? undefined : listing.versions.find((version) => version.dwVersion === listing.current);
}
/**
 * Our newest version below the current one: where a rollback goes. DataWorks keeps no history of
 * what was current when, so "before" is by version number, as RollbackImage counts.
 */
function ourVersionBeforeCurrent(listing) {
    if (listing.current === undefined)
        return undefined;
    const current = Number(listing.current);
    return listing.versions.filter((version) => Number(version.dwVersion) < current).at(-1);
}

;// CONCATENATED MODULE: ./src/platform/dataworks/adapter.ts










const PAGE_SIZE = 100;
/** UpdateImage sends after failures without a clear answer whose version is not there. */
const AMBIGUOUS_ROUNDS = 3;
class DataWorksPlatform {
    options;
    name = 'dataworks';
    client;
    log;
    imageIds = new Map();
    constructor(options) {
        this.options = options;
        this.log = options.log ?? log/* actionsLog */._;
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
        checkImageName(image);
        const id = await this.findImage(image);
        this.log.info(id ? `DataWorks image '${image}' exists (${id}).` : `DataWorks image '${image}' does not exist yet; its first version creates it.`);
    }
    async createVersion(request) {
        checkImageName(request.image);
        checkVersionName(request.version);
        const location = acrLocation(request.imageRef);
        if (location.digest !== request.digest) {
            throw new errors/* InputError */.dz('image', `'${request.imageRef}' does not carry digest ${request.digest}`, 'Pass the reference and digest of the same build');
        }
        const imageUri = hashTagUri(request.imageRef, request.build.hash);
        const description = versionDescription(request.version, request.digest, request.description);
        const supported = JSON.stringify({ Module: 'Scheduler', TaskTypes: this.options.taskTypes ?? ['Shell', 'Python'] });
        const registryFields = {
            ImageUri: imageUri,
            Namespace: location.namespace,
            RepositoryName: location.repository,
            AcrInstanceId: this.options.acrInstanceId,
            AcrAssociatedVpcId: this.options.acrVpcId,
        };
        let imageId = await this.findImage(request.image);
        let listing = imageId ? await this.listVersions(imageId) : undefined;
        const existing = listing ? this.pick(request, listing.versions) : undefined;
        if (existing) {
            this.log.info(`DataWorks image '${request.image}' (${existing.imageId}) already has '${request.version}' with this digest as version ${existing.dwVersion}.`);
            return toImageVersion(request.image, existing, false, request.imageRef);
        }
        await this.checkTag(imageUri, request.digest);
        let created = false;
        if (!imageId) {
            try {
                imageId = await this.createImage(request, { ...registryFields, Description: description, Supported: supported });
                created = true;
            }
            catch (error) {
                // Someone else may have created it meanwhile (name taken): carry on with that image.
                this.imageIds.delete(request.image);
                imageId = await this.findImage(request.image);
                if (!imageId)
                    throw error;
                this.log.info(`DataWorks image '${request.image}' appeared meanwhile (${imageId}); adding the version to it.`);
            }
            listing = await this.listVersions(imageId);
        }
        let mine = this.pick(request, listing?.versions ?? []);
        for (let round = 1; !mine; round++) {
            created = true;
            try {
                await this.client.call('UpdateImage', { query: registryFields, form: { Id: imageId, Description: description, Supported: supported } }, { repeatable: false });
            }
            catch (error) {
                // No clear answer: the version may be there already; sending again would add a second one.
                if (!(error instanceof DataWorksApiError) || !error.ambiguous || round >= AMBIGUOUS_ROUNDS)
                    throw error;
                this.log.info(`DataWorks UpdateImage on ${imageId} failed without a clear answer (${error.message}); reading the versions back.`);
            }
            listing = await this.listVersions(imageId);
            mine = this.pick(request, listing.versions);
            if (!mine && round >= AMBIGUOUS_ROUNDS) {
                throw new errors/* StepError */.zg(`DataWorks UpdateImage on ${imageId} succeeded but no version carries '${request.version}' afterwards; check the image in the DataWorks console.`);
            }
        }
        this.log.info(`DataWorks image '${request.image}' (${imageId}): version ${mine.dwVersion} is '${request.version}' (${imageUri}, ${request.digest}).`);
        return toImageVersion(request.image, mine, created, request.imageRef);
    }
    async getVersion(image, version) {
        checkImageName(image);
        const imageId = await this.findImage(image);
        if (!imageId)
            return undefined;
        const first = (await this.listVersions(imageId)).versions.find((candidate) => candidate.version === version);
        return first ? toImageVersion(image, first, false) : undefined;
    }
    /**
     * Makes `version` of `image` the published one: runs the image test first when a test resource
     * group is configured and publishes only after it passed. `tested`: an image test of this version
     * finished (it passed when `published`; stage Unpublished means one passed before). `published:
     * false` with the stage when the test failed or publishing did not end in Published/Publishing. Throws VersionNotCurrentError when
     * `version` is not the image's current version (DataWorks tests and publishes only that one).
     */
    async publishVersion(image, version) {
        const { mine, listing } = await this.locate(image, version);
        if (listing.current !== mine.dwVersion) {
            throw new platform/* VersionNotCurrentError */.Ry(`DataWorks tests and publishes an image's current version (${listing.current ?? 'none'}), but '${version}' is version ${mine.dwVersion} ` +
                `of ${mine.imageId}. Roll the image back to it first (RollbackImage). Nothing was changed.`, image, version, listing.current);
        }
        const seams = this.options.poll ?? realPollSeams;
        const readStage = async () => (await this.locate(image, version)).mine.publishStage;
        const stage = mine.publishStage ?? 'Untest';
        let tested = stage === 'Unpublished';
        switch (stage) {
            case 'Published':
                return { published: true, tested: false, stage };
            case 'Publishing': {
                const final = await waitWhilePublishing(readStage, seams, this.log, mine);
                return { published: final === 'Published' || final === 'Publishing', tested: false, stage: final };
            }
            case 'TestFailed':
                return { published: false, tested: true, stage };
            case 'PublishFailed':
                return { published: false, tested: false, stage };
        }
        const resourceGroup = this.options.testResourceGroup;
        if (resourceGroup && (stage === 'Untest' || stage === 'Testing')) {
            const outcome = await runImageTest(this.client, mine, resourceGroup, seams, this.log);
            if (!outcome.passed) {
                this.log.warning(`DataWorks image test of ${mine.imageId} version ${mine.dwVersion} failed: ${outcome.message}. Not published.`);
                return { published: false, tested: true, stage: outcome.stage };
            }
            tested = true;
        }
        else if (stage === 'Testing') {
            throw new errors/* StepError */.zg(`DataWorks is testing ${mine.imageId} version ${mine.dwVersion} (a test started elsewhere); run register again when it ends. Nothing was published.`);
        }
        else if (stage !== 'Untest' && stage !== 'Unpublished') {
            throw new errors/* StepError */.zg(`DataWorks ${mine.imageId} version ${mine.dwVersion} is at stage '${stage}', which cannot be published now. Nothing was changed.`);
        }
        const final = await publishImage(this.client, mine, readStage, seams, this.log);
        return { published: final === 'Published' || final === 'Publishing', tested, stage: final };
    }
    /** Makes an earlier version of `image` current again (RollbackImage {Id, ImageVersion}); a no-op when it already is. */
    async rollbackTo(image, version) {
        const { mine, listing } = await this.locate(image, version);
        if (listing.current === mine.dwVersion) {
            this.log.info(`DataWorks image ${mine.imageId} already runs version ${mine.dwVersion} ('${version}'); nothing to roll back.`);
            return;
        }
        await this.client.call('RollbackImage', { form: { Id: mine.imageId, ImageVersion: mine.dwVersion } });
        const after = await this.listVersions(mine.imageId);
        if (after.current !== mine.dwVersion) {
            this.log.warning(`DataWorks accepted RollbackImage to version ${mine.dwVersion} of ${mine.imageId}, but reports version ${after.current ?? 'none'} as current.`);
        }
        else {
            this.log.info(`DataWorks image ${mine.imageId} rolled back to version ${mine.dwVersion} ('${version}').`);
        }
    }
    async readChannel(image, channel) {
        checkChannel(channel);
        const listing = await this.listingOf(image);
        return listing && channelState(image, listing);
    }
    async previousVersion(image, channel) {
        checkChannel(channel);
        const listing = await this.listingOf(image);
        return listing && ourVersionBeforeCurrent(listing)?.version;
    }
    /**
     * Makes the version the published one: rolled back to when it is not current, then published.
     * Refused (ChannelMovedError, nothing changed) when the current version is no longer the one the
     * promotion was decided against; a version DataWorks does not publish (its test failed) fails.
     */
    async promote(request) {
        checkChannel(request.channel);
        const target = request.version.version;
        const { mine, listing } = await this.locate(request.image, target);
        const now = channelState(request.image, listing);
        const seen = request.expected;
        const moved = now?.revision !== seen?.revision;
        if (moved && now?.version !== target) {
            throw new platform/* ChannelMovedError */.NX(request.image, request.channel, target, now?.version, seen?.version);
        }
        const wasPublished = listing.current === mine.dwVersion && mine.publishStage === 'Published';
        if (listing.current !== mine.dwVersion)
            await this.rollbackTo(request.image, target);
        const published = await this.publishVersion(request.image, target);
        if (!published.published) {
            throw new errors/* StepError */.zg(`DataWorks did not publish '${target}' of ${request.image} (stage ${published.stage}${published.tested ? ', after its image test' : ''}): ` +
                `it is the image's current version now, unpublished. Fix what the image test reports and register a new version, or promote another one.`);
        }
        return {
            channel: request.channel,
            version: target,
            ...(now && now.version !== target ? { previousVersion: now.version } : {}),
            changed: !wasPublished,
        };
    }
    async attach(version, targets) {
        for (const target of targets) {
            if (target.kind !== 'project' || !/^[0-9]+$/.test(target.id)) {
                throw new errors/* StepError */.zg(`DataWorks attaches images to workspaces only (project/<id>), not '${(0,core_targets/* targetName */.je)(target)}'. Nothing was changed.`);
            }
        }
        const { imageId, dwVersion } = splitVersionId(version.id);
        const { current } = await this.listVersions(imageId);
        if (current !== undefined && current !== dwVersion) {
            throw new errors/* StepError */.zg(`DataWorks associates whole images with workspaces and runs the image's current version (${current}), ` +
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
            attachments.push({ target: (0,core_targets/* targetName */.je)(target), image: version.image, version: version.version, changed });
        }
        return attachments;
    }
    /** The image's versions; undefined when there is no image of that name. */
    async listingOf(image) {
        checkImageName(image);
        const imageId = await this.findImage(image);
        return imageId ? this.listVersions(imageId) : undefined;
    }
    async locate(image, version) {
        checkImageName(image);
        const imageId = await this.findImage(image);
        if (!imageId)
            throw new errors/* StepError */.zg(`DataWorks has no image named '${image}'. Register a version of it first.`);
        const listing = await this.listVersions(imageId);
        const mine = listing.versions.find((candidate) => candidate.version === version);
        if (!mine)
            throw new errors/* StepError */.zg(`DataWorks image '${image}' (${imageId}) has no version '${version}' registered by image-actions.`);
        return { mine, listing };
    }
    /** The registry must serve the digest under the hash tag before DataWorks is told to pull the tag. */
    async checkTag(imageUri, digest) {
        const served = await this.options.tagDigest(imageUri);
        if (served === undefined) {
            throw new errors/* StepError */.zg(`The registry has no ${imageUri}: DataWorks pulls the hash tag, and the build step pushes it. Push the build again. Nothing was registered.`);
        }
        if (served !== digest) {
            throw new errors/* StepError */.zg(`The registry serves ${served} under ${imageUri}, not ${digest}: the hash tag was moved. DataWorks would pull another image; ` +
                'rebuild with force-rebuild or restore the tag. Nothing was registered.');
        }
    }
    pick(request, versions) {
        const named = versions.filter((candidate) => candidate.version === request.version);
        const other = named.find((candidate) => candidate.digest !== request.digest);
        if (other) {
            const conflict = new platform/* VersionConflictError */.lu(request.image, request.version, other.digest, request.digest);
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
    async listVersions(imageId) {
        return versionListing(imageId, await this.listAll('ListImageVersions', 'ImageVersions', { Id: imageId }));
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
function toImageVersion(image, mine, created, imageRef) {
    return {
        id: `${mine.imageId}:${mine.dwVersion}`,
        image,
        version: mine.version,
        digest: mine.digest,
        imageRef: imageRef ?? pinnedUri(mine),
        created,
    };
}
/** The version's `ImageUri` (a hash tag) pinned by the digest its marker records. */
function pinnedUri(mine) {
    if (!mine.imageUri)
        return '';
    try {
        const ref = (0,image_ref/* parseImageRef */.Q)(mine.imageUri);
        return (0,image_ref/* formatImageRef */.kL)({ registry: ref.registry, repository: ref.repository, digest: mine.digest });
    }
    catch {
        return mine.imageUri;
    }
}
function checkChannel(channel) {
    if (channel !== promotion/* DATAWORKS_CHANNEL */.N8) {
        throw new errors/* InputError */.dz('to-channel', `'${channel}': DataWorks has one channel per image, '${promotion/* DATAWORKS_CHANNEL */.N8}'`, `Use ${promotion/* DATAWORKS_CHANNEL */.N8}, or leave it empty`);
    }
}
/** The published channel: our current version, revision = its DataWorks version number. */
function channelState(image, listing) {
    const current = currentOurVersion(listing);
    return current ? { image, channel: promotion/* DATAWORKS_CHANNEL */.N8, version: current.version, digest: current.digest, revision: current.dwVersion } : undefined;
}
function splitVersionId(id) {
    const colon = id.lastIndexOf(':');
    if (colon <= 0)
        throw new errors/* StepError */.zg(`'${id}' is not a DataWorks version id (<image-id>:<version>).`);
    return { imageId: id.slice(0, colon), dwVersion: id.slice(colon + 1) };
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
