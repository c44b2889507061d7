export const id = 727;
export const ids = [727];
export const modules = {

/***/ 3727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createBuilder: () => (/* binding */ createBuilder),
  dockerEngineAnswers: () => (/* binding */ dockerEngineAnswers),
  resolveBuilderName: () => (/* binding */ resolveBuilderName)
});

// EXTERNAL MODULE: ./src/builders/choice.ts
var builders_choice = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/registry-hosts.ts
var registry_hosts = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/runtime/exec.ts
var exec = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/runtime/retry.ts
var runtime_retry = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/core/lists.ts
var lists = __webpack_require__(402);
;// CONCATENATED MODULE: ./src/builders/flags.ts
/** `id=\u2026,env=\u2026` or `id=\u2026,src=\u2026` (checked by parseBuildSecrets): the value itself never appears on a command line. */
function secretSpec(secret) {
    return secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`;
}

;// CONCATENATED MODULE: ./src/builders/platforms.ts
/** The check that a manifest list (as `buildah manifest inspect` prints it) carries each requested platform. */

/** The requested platforms an OCI index / Docker manifest list (JSON text) does not carry. */
function missingPlatforms(requested, indexJson) {
    const index = JSON.parse(indexJson);
    const found = (index.manifests ?? []).flatMap((entry) => (entry.platform ? [entry.platform] : []));
    return requested.filter((text) => !found.some((platform) => (0,core_platforms/* samePlatform */.my)((0,core_platforms/* parsePlatform */.Y8)(text), platform)));
}

// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/builders/buildah-failures.ts
/**
 * What a failed buildah command says about running it again. buildah ends every failure with one
 * `Error: \u2026` line in containers/image's words; only the last such line is read, so a RUN step that
 * prints "500" or "connection reset" itself is never taken for a registry failure (its failure
 * ends with `Error: building at STEP "RUN \u2026": exit status N`, which is final). Pure.
 *
 * Transient: 429 and 5xx (but 501/505), `toomanyrequests`, dropped or timed-out connections \u2014 what
 * the registry client retries too. Final: everything else, and in particular 401/403/404 (no
 * credentials, no permission, no such image): asking again changes nothing.
 */

const finalWords = /\b(unauthorized|authentication required|denied|forbidden|manifest unknown|name unknown|not found|no such host|insufficient_scope|invalid username\/password|x509|certificate)\b/i;
const transientConnection = /\b(EOF|connection reset by peer|broken pipe|use of closed network connection|i\/o timeout|TLS handshake timeout|Client\.Timeout exceeded|server sent GOAWAY|http2: client connection lost|server closed idle connection|transport connection broken)\b/i;
/** The last `Error: \u2026` line buildah printed, without the prefix; undefined when there is none. */
function lastBuildahError(output) {
    const lines = output.split('\n').filter((line) => /^Error: /.test(line));
    return lines.at(-1)?.slice('Error: '.length).trim();
}
/** Statuses containers/image mentions in an error line, in any of its wordings. */
function statusesIn(error) {
    // `received unexpected HTTP status: 500 \u2026`, `invalid status code from registry 500 (\u2026)`,
    // `failed to read from destination repository r: 500 (\u2026)` and `StatusCode: 429`.
    return [
        ...error.matchAll(/(?:HTTP status: |StatusCode: |status code (?:from registry )?)(\d{3})\b/g),
        ...error.matchAll(/\b(\d{3}) \([A-Z][A-Za-z -]*\)/g),
    ].map((match) => Number(match[1]));
}
/**
 * The registry (or the network) said no for good: no credentials or permission (401/403), no such
 * image (404), a host that does not resolve, a certificate refused. Asking again, with any client,
 * changes nothing.
 */
function isRefusal(error) {
    return finalWords.test(error) || statusesIn(error).some((status) => status >= 400 && !(0,retry/* isRetryableStatus */.PS)(status));
}
function classifyBuildahFailure(output) {
    const error = lastBuildahError(output);
    if (error === undefined || /^building at STEP /.test(error) || isRefusal(error))
        return { kind: 'final' };
    const transient = statusesIn(error).some((status) => (0,retry/* isRetryableStatus */.PS)(status)) || /\btoomanyrequests\b/i.test(error) || transientConnection.test(error);
    if (!transient)
        return { kind: 'final' };
    return {
        kind: 'transient',
        reason: error.length > 300 ? `${error.slice(0, 300)}\u2026` : error,
        cachePush: /failed pushing cache to/.test(error),
    };
}

// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(9867);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/core/digest.ts
var core_digest = __webpack_require__(5543);
;// CONCATENATED MODULE: ./src/registry/oci-layout.ts
/**
 * An OCI image layout on disk (image-spec `image-layout.md`): an `oci-layout` marker, `index.json`,
 * and content-addressed blobs under `blobs/<algorithm>/<hex>`. It is what a builder leaves locally
 * (`buildah push \u2026 oci:<dir>:<name>`) and what uploadLayout pushes. Every blob read here is checked
 * against its descriptor (size and digest), so a file changed on disk can never be pushed under a
 * digest it no longer has.
 */







/** The annotation that names an image in `index.json` (`oci:<dir>:<name>`). */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const maxManifestBytes = 4 << 20;
const digestPattern = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** Opens an existing layout; fails with a clear error when `dir` is not one. */
    static async open(dir) {
        let marker;
        try {
            marker = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'oci-layout'), 'utf8'));
        }
        catch (error) {
            throw new errors/* StepError */.zg(`${dir} is not an OCI image layout (no readable oci-layout file)`, { cause: error });
        }
        if (typeof marker.imageLayoutVersion !== 'string' || !marker.imageLayoutVersion.startsWith('1.')) {
            throw new errors/* StepError */.zg(`${dir} is an OCI image layout of version ${String(marker.imageLayoutVersion)}; only 1.x is supported`);
        }
        return new OciLayout(dir);
    }
    /** Where a blob lives; refuses anything that is not a well-formed digest (no path tricks). */
    blobPath(digest) {
        if (!digestPattern.test(digest))
            throw new errors/* StepError */.zg(`'${digest}' is not a sha256/sha512 digest`);
        const [algorithm, hex] = digest.split(':');
        return external_node_path_default().join(this.dir, 'blobs', algorithm, hex);
    }
    async hasBlob(descriptor) {
        const info = await (0,promises_.stat)(this.blobPath(descriptor.digest)).catch(() => undefined);
        return info?.isFile() === true && info.size === descriptor.size;
    }
    async index() {
        const text = await (0,promises_.readFile)(external_node_path_default().join(this.dir, 'index.json'), 'utf8').catch((error) => {
            throw new errors/* StepError */.zg(`The OCI layout ${this.dir} has no readable index.json`, { cause: error });
        });
        const index = JSON.parse(text);
        if (index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
            throw new errors/* StepError */.zg(`The index.json of ${this.dir} is not an OCI index (schemaVersion 2 with manifests)`);
        }
        return index;
    }
    /**
     * The image the layout holds: the `index.json` entry named `name`, or the only entry when no name
     * is given. An entry is an image manifest or an index (several platforms).
     */
    async top(name) {
        const entries = (await this.index()).manifests;
        const matching = name === undefined ? entries : entries.filter((entry) => entry.annotations?.[REF_NAME_ANNOTATION] === name);
        if (matching.length !== 1) {
            const names = entries.map((entry) => entry.annotations?.[REF_NAME_ANNOTATION] ?? entry.digest).join(', ') || 'none';
            throw new errors/* StepError */.zg(`The OCI layout ${this.dir} holds ${matching.length === 0 ? 'no' : 'more than one'} image${name === undefined ? '' : ` named '${name}'`} (entries: ${names})`);
        }
        return matching[0];
    }
    /** A small blob read whole and verified. */
    async readBlob(descriptor, maxBytes = maxManifestBytes) {
        if (descriptor.size > maxBytes) {
            throw new errors/* StepError */.zg(`Blob ${descriptor.digest} in ${this.dir} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`);
        }
        const bytes = await (0,promises_.readFile)(this.blobPath(descriptor.digest)).catch((error) => {
            throw new errors/* StepError */.zg(`The OCI layout ${this.dir} lacks blob ${descriptor.digest}`, { cause: error });
        });
        const algorithm = (0,core_digest/* digestAlgorithm */.g4)(descriptor.digest) ?? 'sha256';
        const actual = (0,core_digest/* computeDigest */.MK)(bytes, algorithm);
        if (bytes.byteLength !== descriptor.size || actual !== descriptor.digest) {
            throw new errors/* StepError */.zg(`Blob ${descriptor.digest} in ${this.dir} has ${bytes.byteLength} bytes hashing to ${actual}, not the ${descriptor.size} bytes its descriptor says`);
        }
        return bytes;
    }
    /** A blob as a stream that fails at its end unless size and digest match the descriptor. */
    openBlob(descriptor) {
        const verify = (0,core_digest/* verifyingStream */.oP)(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of the OCI layout ${this.dir}`);
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(this.blobPath(descriptor.digest)), verify, () => undefined);
    }
    /** A manifest or index of the layout, with its exact bytes (what gets PUT). */
    async manifest(descriptor) {
        const bytes = await this.readBlob(descriptor);
        const manifest = JSON.parse(new TextDecoder().decode(bytes));
        const mediaType = descriptor.mediaType ||
            manifest.mediaType ||
            (Array.isArray(manifest.manifests) ? media_types/* MediaTypes */.mI.ociIndex : media_types/* MediaTypes */.mI.ociManifest);
        if (!(0,media_types/* isIndexMediaType */.$$)(mediaType) && !(0,media_types/* isImageManifestMediaType */.d6)(mediaType)) {
            throw new errors/* StepError */.zg(`${descriptor.digest} in ${this.dir} is a ${mediaType}, not an image manifest or index`);
        }
        return { digest: descriptor.digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    /** Stores bytes as a blob (written aside, then renamed: a reader never sees half a blob). Returns the digest. */
    async writeBlob(bytes) {
        const digest = (0,core_digest/* sha256Digest */.sI)(bytes);
        const target = this.blobPath(digest);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(`${target}.partial`, bytes);
        await (0,promises_.rename)(`${target}.partial`, target);
        return digest;
    }
    /** Replaces `index.json`. */
    async writeIndex(index) {
        const file = external_node_path_default().join(this.dir, 'index.json');
        await (0,promises_.writeFile)(`${file}.partial`, JSON.stringify(index));
        await (0,promises_.rename)(`${file}.partial`, file);
    }
}

// EXTERNAL MODULE: ./src/registry/platform.ts
var registry_platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/registry/known-layers.ts
/**
 * Layers a registry already holds, known by their uncompressed digest (an image config's
 * `rootfs.diff_ids`): the layers of a build's base images. A builder that writes the built image
 * to a local OCI layout need not read, compress and write them again \u2014 the layout leaves them out
 * and the push mounts (same registry) or copies (another registry) the registry's own blob, as a
 * builder's own push does from its blob cache. The manifest then names each such layer exactly as
 * the base image does (digest, size, media type), which is what the builder's push would have
 * written too.
 */




/**
 * The layers of `images` (references, pinned or not) for each of `platforms`, by diff ID. An image
 * that cannot be read is reported to `onProblem` and left out: this only saves work, so it never
 * fails a build.
 */
async function knownLayers(client, images, platforms, onProblem = () => undefined) {
    const known = new Map();
    for (const text of new Set(images)) {
        try {
            const ref = (0,image_ref/* parseImageRef */.Q)(text);
            const repository = { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
            const top = await client.getManifest(ref);
            const manifests = [];
            if ((0,media_types/* isIndexMediaType */.$$)(top.mediaType)) {
                const entries = top.manifest.manifests ?? [];
                const chosen = new Set();
                for (const platform of platforms) {
                    const entry = (0,registry_platform/* selectManifest */.y)(entries, platform);
                    if (entry && !chosen.has(entry.digest))
                        chosen.add(entry.digest);
                }
                for (const digest of chosen)
                    manifests.push((await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, digest))).manifest);
            }
            else {
                manifests.push(top.manifest);
            }
            for (const manifest of manifests) {
                const config = await client.readConfig(ref, manifest.config);
                const diffIds = config.rootfs?.diff_ids ?? [];
                const layers = manifest.layers ?? [];
                if (diffIds.length !== layers.length) {
                    onProblem(`${(0,image_ref/* formatImageRef */.kL)(ref)}: ${layers.length} layers but ${diffIds.length} diff IDs; its layers are written again`);
                    continue;
                }
                for (const [index, layer] of layers.entries()) {
                    if (layer.urls?.length)
                        continue; // non-distributable: not in the registry
                    known.set(diffIds[index], {
                        descriptor: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size },
                        repository,
                    });
                }
            }
        }
        catch (error) {
            onProblem(`${text}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return known;
}
/**
 * Rewrites the image `name` of a layout so that every layer written under the diff ID of a known
 * layer (the uncompressed form, or an empty placeholder the builder was made to reuse) names the
 * registry's blob instead. Manifests change bottom-up, since an index names its children by digest;
 * index.json is replaced last. Nothing changes when no layer is known.
 */
async function substituteKnownLayers(layout, name, known) {
    const remoteBlobs = new Map();
    let replaced = 0;
    const rewrite = async (descriptor) => {
        const fetched = await layout.manifest(descriptor);
        let changed = false;
        if ((0,media_types/* isIndexMediaType */.$$)(fetched.mediaType)) {
            const index = fetched.manifest;
            const manifests = [];
            for (const entry of index.manifests ?? []) {
                const next = await rewrite(entry);
                if (next.digest !== entry.digest)
                    changed = true;
                manifests.push(next);
            }
            if (!changed)
                return descriptor;
            return store({ ...index, manifests });
        }
        const image = fetched.manifest;
        const layers = (image.layers ?? []).map((layer) => {
            const found = known.get(layer.digest);
            if (!found)
                return layer;
            changed = true;
            replaced++;
            remoteBlobs.set(found.descriptor.digest, found.repository);
            return { ...layer, mediaType: found.descriptor.mediaType, digest: found.descriptor.digest, size: found.descriptor.size };
        });
        if (!changed)
            return descriptor;
        return store({ ...image, layers });
        async function store(document) {
            const bytes = new TextEncoder().encode(JSON.stringify(document));
            const digest = await layout.writeBlob(bytes);
            return { ...descriptor, digest, size: bytes.byteLength };
        }
    };
    const index = await layout.index();
    const top = await layout.top(name);
    const rewritten = await rewrite(top);
    if (rewritten.digest !== top.digest) {
        await layout.writeIndex({
            ...index,
            manifests: index.manifests.map((entry) => entry.digest === top.digest && entry.annotations?.[REF_NAME_ANNOTATION] === top.annotations?.[REF_NAME_ANNOTATION]
                ? rewritten
                : entry),
        });
    }
    return { top: rewritten, remoteBlobs, replaced };
}

// EXTERNAL MODULE: ./src/registry/login.ts
var login = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/registry/client.ts + 5 modules
var client = __webpack_require__(7038);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(9190);
// EXTERNAL MODULE: ./src/runtime/concurrency.ts
var concurrency = __webpack_require__(55);
// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/registry/upload-layout.ts
/**
 * Pushes an image from a local OCI image layout with this project's registry client: the push the
 * buildah builder hands over to after its own push failed on a transient error, and the upload
 * path `promote` reuses.
 *
 * Order: every blob first (HEAD; a cross-repository mount when a likely source is known; else an
 * upload, monolithic or chunked, with the digest checked on the way out and by the registry), then
 * the child manifests of an index by digest, then the top manifest under each tag \u2014 so a tag never
 * points at something incomplete.
 *
 * Retries: each request is retried by the client (429 after `Retry-After`, 5xx, resets); a blob
 * whose upload fails restarts with a fresh session (pushBlob); and a push that still fails on a
 * transient error starts again from the layout, skipping what already went through \u2014 all within
 * the client's one retry policy. A retry never changes what is pushed: the layout is fixed before
 * the first request, every byte read from it is checked against its descriptor, and the digest
 * returned is that of the exact manifest bytes put (the registry's answer must agree).
 */









/** Reads what the layout holds for the image and checks that every blob is there (or known elsewhere). */
async function plan(layout, name, remoteBlobs) {
    const top = await layout.manifest(await layout.top(name));
    const children = [];
    const blobs = new Map();
    const walk = async (manifest) => {
        if ((0,media_types/* isIndexMediaType */.$$)(manifest.mediaType)) {
            for (const entry of manifest.manifest.manifests ?? []) {
                const child = await layout.manifest(entry);
                await walk(child);
                children.push(child);
            }
            return;
        }
        const image = manifest.manifest;
        if (!image.config?.digest)
            throw new errors/* StepError */.zg(`${manifest.digest} in ${layout.dir} has no config: it is not a container image`);
        for (const blob of [image.config, ...(image.layers ?? [])]) {
            if (blob.urls?.length)
                continue; // non-distributable: the runtime fetches it from its URLs
            if (!remoteBlobs.has(blob.digest) && !(await layout.hasBlob(blob))) {
                throw new errors/* StepError */.zg(`The OCI layout ${layout.dir} lacks blob ${blob.digest} (${blob.size} bytes) of ${manifest.digest}, and no registry is known to hold it`);
            }
            blobs.set(blob.digest, blob);
        }
    };
    await walk(top);
    return { top, children, blobs: [...blobs.values()] };
}
function destinationsOf(inputs) {
    const refs = inputs.map(client/* toImageRef */.mP);
    const first = refs[0];
    if (!first)
        throw new errors/* StepError */.zg('Nothing to push to: no destination was given');
    for (const ref of refs) {
        if (ref.apiHost !== first.apiHost || ref.repository !== first.repository) {
            throw new errors/* StepError */.zg(`One push goes to one repository: ${(0,image_ref/* formatImageRef */.kL)(ref)} is not in ${first.registry}/${first.repository} (push once per repository)`);
        }
    }
    return refs;
}
/**
 * Pushes the image of the OCI layout at `layout` to `destinations` (tags of one repository; a
 * digest-only reference puts the manifest without a tag). Returns what the registry now serves.
 */
async function uploadLayout(client, layout, destinations, options = {}) {
    const dsts = destinationsOf(destinations);
    const dst = dsts[0];
    const opened = typeof layout === 'string' ? await OciLayout.open(layout) : layout;
    const remoteBlobs = options.remoteBlobs ?? new Map();
    const { top, children, blobs } = await plan(opened, options.name, remoteBlobs);
    const where = `${dst.registry}/${dst.repository}`;
    // What went through in an earlier attempt is not sent again.
    const placed = new Map();
    for (const blob of blobs)
        if (options.present?.has(blob.digest))
            placed.set(blob.digest, 'exists');
    const putChildren = new Set();
    const putTags = new Set();
    let restarts = 0;
    const attemptPush = async () => {
        await (0,concurrency/* forEachLimited */.vP)(blobs.filter((blob) => !placed.has(blob.digest)), options.concurrency ?? 3, async (blob) => {
            const remote = remoteBlobs.get(blob.digest);
            const outcome = remote
                ? await (0,copy/* copyBlob */.Z7)(client, remote, dst, blob)
                : await (0,copy/* pushBlob */.Ee)(client, dst, blob, {
                    open: async () => opened.openBlob(blob),
                    ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
                    registry: dst.registry,
                    repository: dst.repository,
                    action: `uploading blob ${blob.digest} from the OCI layout to ${where}`,
                });
            placed.set(blob.digest, outcome === 'foreign' ? 'exists' : outcome);
        });
        for (const child of children) {
            if (putChildren.has(child.digest))
                continue;
            await client.putManifest((0,image_ref/* withDigest */.hQ)(dst, child.digest), child);
            putChildren.add(child.digest);
        }
        for (const [index, ref] of dsts.entries()) {
            if (putTags.has(index))
                continue;
            const digest = await client.putManifest(ref.tag ? ref : (0,image_ref/* withDigest */.hQ)(ref, top.digest), top);
            if (digest !== top.digest) {
                throw new registry_errors/* RegistryError */.gl(`The manifest put as ${(0,image_ref/* formatImageRef */.kL)(ref)} is ${digest}, not ${top.digest}`, dst.registry, dst.repository);
            }
            putTags.add(index);
        }
    };
    const retry = client.http.retryOptions(({ delayMs, reason }) => {
        restarts++;
        client.http.options.notice(`push to ${where}: ${reason}; starting it again from the OCI layout in ${delayMs} ms (what the registry already has is skipped)`);
    });
    await (0,runtime_retry/* retryLoop */.rU)(retry, async () => {
        try {
            await attemptPush();
            return { done: undefined };
        }
        catch (error) {
            if (!(error instanceof registry_errors/* RegistryError */.gl) || !error.transient)
                throw error;
            return {
                failed: { status: 503, retryable: true },
                reason: error.message,
                giveUp: (stop, attempts) => {
                    if (attempts > 1)
                        error.message = `${error.message} (the whole push: ${stop})`;
                    throw error;
                },
            };
        }
    });
    const blobCounts = { exists: 0, mounted: 0, uploaded: 0, copied: 0 };
    let bytesUploaded = 0;
    for (const blob of blobs) {
        const outcome = placed.get(blob.digest) ?? 'exists';
        blobCounts[outcome]++;
        if (outcome === 'uploaded' || outcome === 'copied')
            bytesUploaded += blob.size;
    }
    return {
        digest: top.digest,
        mediaType: top.mediaType,
        image: (0,image_ref/* formatImageRef */.kL)((0,image_ref/* withDigest */.hQ)(dst, top.digest)),
        tags: dsts.flatMap((ref) => (ref.tag ? [ref.tag] : [])),
        blobs: blobCounts,
        bytesUploaded,
        manifests: children.length + dsts.length,
        restarts,
    };
}

;// CONCATENATED MODULE: ./src/builders/buildah.ts
/**
 * The daemonless builder: `buildah bud --layers` with a registry layer cache and `--timestamp` for
 * reproducible output, then the push.
 *
 * The push: buildah pushes the image itself, once (`--digestfile`; `manifest push --all` for
 * several platforms) \u2014 it compresses and uploads in one stream, which nothing beats with no faults.
 * If that fails on a transient registry error (429, 5xx, a dropped connection: buildah's own push
 * gives up on those, 0 of 3 builds got through a registry failing 30% of requests), this project's
 * registry client takes over: buildah writes the same image to a local OCI layout and the client
 * uploads it (registry/upload-layout.ts) with its retries \u2014 attempts and time bounded, jittered
 * backoff, `Retry-After` honoured, the same bytes on every retry, the manifest last. 401/403/404
 * fail at once. (Uploading from the layout every time costs 1.4\u20132.4\u00d7 buildah's push on a busy
 * 2-core runner, since every byte then passes through a second process; see bench/push.ts.)
 *
 * Base image layers are not written to the layout: an empty file under a layer's uncompressed
 * digest makes containers/image's OCI layout writer take it as already there (it reuses any blob
 * file whose name matches), and the manifest is then pointed at the base image's compressed blob,
 * which the upload mounts (same registry) or copies (another registry) \u2014 what buildah's own push
 * does from its blob cache, without compressing gigabytes of base layers again.
 *
 * A `bud` that fails on a transient registry error (pulling a base image, reading or writing the
 * layer cache) runs again within the same bounds; the layer cache makes that cheap. A failure to
 * write the cache (`--cache-to`, pushed by buildah itself) is retried without writing it: the cache
 * saves time, it must not fail a release. 401/403/404 and failing RUN steps fail at once.
 *
 * Notes on buildah 1.28 (Debian 12), seen on this machine:
 * - `--cache-from` takes one repository; given twice, the last one wins. We pass the first read ref.
 * - `--tls-verify` is per command, not per registry (`--registries-conf-dir` is ignored), so a
 *   build that talks to an insecure registry pulls its base images without TLS verification too.
 * - Multi-platform builds with `--layers` can take a layer-cache hit from another platform when the
 *   platforms' base layers are byte-identical (podman#18723, fixed in buildah 1.41): the manifest
 *   list then lacks a platform. We check the list and rebuild once with `--no-cache` when it does.
 * - buildah's pull and push retries (`--retry`, 3) cover dropped connections but not 429/5xx
 *   answers; `manifest push` has no `--retry`.
 */


















const DEFAULT_BUILDAH_OPTIONS = { command: 'buildah', storageDriver: 'vfs', isolation: 'chroot' };
/**
 * Options from the variables buildah users already know: `BUILDAH_ISOLATION` (buildah's own) and
 * `STORAGE_DRIVER` (containers/storage's); `BUILDAH_ROOT`/`BUILDAH_RUNROOT` for a dedicated store.
 */
function buildahOptionsFromEnv(env = process.env) {
    return {
        command: env.BUILDAH_COMMAND || 'buildah',
        storageDriver: env.STORAGE_DRIVER || 'vfs',
        isolation: env.BUILDAH_ISOLATION || 'chroot',
        ...(env.BUILDAH_ROOT ? { root: env.BUILDAH_ROOT } : {}),
        ...(env.BUILDAH_RUNROOT ? { runroot: env.BUILDAH_RUNROOT } : {}),
    };
}
/** Flags that come before the subcommand: which store to use. */
function buildahGlobalArgs(options = DEFAULT_BUILDAH_OPTIONS) {
    const args = [];
    if (options.root)
        args.push('--root', options.root);
    if (options.runroot)
        args.push('--runroot', options.runroot);
    if (options.storageDriver)
        args.push('--storage-driver', options.storageDriver);
    return args;
}
/** Registries `bud` talks to that we know of: the target's, the cache's, and those listed insecure. */
function budNeedsInsecure(request) {
    if (request.insecureRegistries.length > 0)
        return true;
    const refs = [request.repository, ...request.tags];
    if (request.cache.type === 'registry')
        refs.push(...request.cache.read, request.cache.ref);
    return refs.some((ref) => (0,registry_hosts/* isInsecureRegistry */.y_)((0,image_ref/* registryHost */.U$)(ref), request.insecureRegistries));
}
function buildahBudArgs(request, plan = {}, options = DEFAULT_BUILDAH_OPTIONS) {
    const args = [...buildahGlobalArgs(options), 'bud', '--layers', '--isolation', options.isolation, '--file', request.dockerfile];
    if (request.timestamp !== undefined)
        args.push('--timestamp', String(request.timestamp));
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (plan.manifest)
        args.push('--manifest', plan.manifest);
    if (plan.iidFile)
        args.push('--iidfile', plan.iidFile);
    if (request.target)
        args.push('--target', request.target);
    for (const pair of (0,lists/* sortedPairs */.n$)(request.buildArgs))
        args.push('--build-arg', pair);
    for (const secret of request.secrets)
        args.push('--secret', secretSpec(secret));
    for (const pair of (0,lists/* sortedPairs */.n$)(request.labels))
        args.push('--label', pair);
    if (request.cache.type === 'registry') {
        const from = request.cache.read[0];
        if (from)
            args.push('--cache-from', from);
        if (request.cache.write && !plan.noCacheWrite)
            args.push('--cache-to', request.cache.ref);
    }
    if (plan.noCache)
        args.push('--no-cache');
    if (budNeedsInsecure(request))
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(request.contextDir);
    return args;
}
/** buildah's own push, tried once: on a transient failure the registry client takes over (and does the retrying). */
function buildahPushArgs(request, plan, options = DEFAULT_BUILDAH_OPTIONS) {
    const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push', '--retry', '0'])];
    args.push('--digestfile', plan.digestFile);
    if ((0,registry_hosts/* isInsecureRegistry */.y_)((0,image_ref/* registryHost */.U$)(plan.destination), request.insecureRegistries))
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(plan.source, `docker://${plan.destination}`);
    return args;
}
/** `buildah push` (or `manifest push --all`) into a local OCI layout: no registry involved. */
function buildahExportArgs(plan, options = DEFAULT_BUILDAH_OPTIONS) {
    const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push'])];
    args.push(plan.source, `oci:${plan.layoutDir}:${plan.name}`);
    return args;
}
/** The layout's name for the built image (`oci:<dir>:<name>`). */
const LAYOUT_NAME = 'image';
class BuildahBuilder {
    options;
    pushLayout;
    name = 'buildah';
    constructor(options = buildahOptionsFromEnv(), pushLayout = uploadLayout) {
        this.options = options;
        this.pushLayout = pushLayout;
    }
    async build(request, runner, registry) {
        if (request.push && request.tags.length === 0)
            throw new errors/* StepError */.zg('Nothing to push to: the build request has no tags');
        const foreign = request.platforms.filter((platform) => !platform.startsWith('linux/'));
        if (foreign.length > 0) {
            throw new errors/* InputError */.dz('platforms', `buildah builds Linux images only, not ${foreign.join(', ')}`, 'Build those with builder: buildx on a builder that supports them, or leave them out');
        }
        const client = registry ?? defaultRegistryClient(request);
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'buildah-build-'));
        const outputs = [];
        const run = async (what, args, quiet = false) => {
            const result = await runner.run(this.options.command, args, { env: request.environment, quiet });
            if (!quiet)
                outputs.push(result.output);
            if (result.exitCode !== 0)
                throw (0,exec/* commandFailed */.n6)(what, result);
            return result;
        };
        const bud = new BudRunner(this.options, runner, request, client, outputs);
        const multi = request.platforms.length > 1;
        // node:crypto loads here, at a real build: a no-op run (the image exists) never needs it.
        const list = `localhost/image-actions-build-${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}`;
        try {
            const source = multi ? await this.buildList(request, list, bud, run) : await this.buildImage(work, bud);
            let digest = '';
            let handedOver = false;
            if (request.push) {
                const pushed = await this.pushImage(request, client, runner, { source, work, multi });
                outputs.push(pushed.log);
                digest = pushed.digest;
                handedOver = pushed.via === 'registry client';
            }
            return { digest, log: outputs.join(''), retries: bud.retries + (handedOver ? 1 : 0) };
        }
        finally {
            if (multi) {
                await runner
                    .run(this.options.command, [...buildahGlobalArgs(this.options), 'manifest', 'rm', list], { quiet: true })
                    .catch(() => undefined);
            }
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    /** One platform: build, return the image ID. */
    async buildImage(work, bud) {
        const iidFile = external_node_path_default().join(work, 'iid');
        await bud.run('buildah bud', { iidFile });
        const id = (await (0,promises_.readFile)(iidFile, 'utf8')).trim().replace(/^sha256:/, '');
        if (!/^[a-f0-9]{64}$/.test(id))
            throw new errors/* StepError */.zg(`buildah bud wrote no image ID (got '${id}')`);
        return id;
    }
    /** Several platforms: build into a local manifest list, make sure it carries every platform. */
    async buildList(request, list, bud, run) {
        await bud.run('buildah bud', { manifest: list }, () => run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]));
        let missing = await this.missing(request, list, run);
        if (missing.length > 0) {
            actions_core/* warning */.$e(`buildah's layer cache mixed up platforms (${missing.join(', ')} missing from the manifest list; ` +
                'a known bug of buildah before 1.41 when platforms share identical layers). Rebuilding once without the layer cache.');
            await run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]);
            await bud.run('buildah bud --no-cache', { manifest: list, noCache: true }, () => run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]));
            missing = await this.missing(request, list, run);
            if (missing.length > 0)
                throw new errors/* StepError */.zg(`buildah built no image for ${missing.join(', ')}`);
        }
        return list;
    }
    async missing(request, list, run) {
        const inspected = await run('buildah manifest inspect', [...buildahGlobalArgs(this.options), 'manifest', 'inspect', list], true);
        return missingPlatforms(request.platforms, inspected.stdout);
    }
    /**
     * Pushes the built image (`target.source`: an image ID, or a manifest list name when `multi`) to
     * every tag: buildah once, then \u2014 after a transient registry failure \u2014 the registry client from
     * a local OCI layout (pushFromLayout). Returns the digest the tags now serve. Public for the
     * push benchmark.
     */
    async pushImage(request, client, runner, target) {
        const [first, ...others] = request.tags;
        const destination = (0,image_ref/* parseImageRef */.Q)(first);
        const extra = others.map((tag) => {
            const ref = (0,image_ref/* parseImageRef */.Q)(tag);
            if (ref.apiHost !== destination.apiHost || ref.repository !== destination.repository || !ref.tag) {
                throw new errors/* StepError */.zg(`Every tag of one push must be in ${destination.registry}/${destination.repository}; ${tag} is not`);
            }
            return ref.tag;
        });
        const digestFile = external_node_path_default().join(target.work, 'digest');
        const plan = { source: target.source, destination: first, digestFile, manifestList: target.multi };
        const pushed = await runner.run(this.options.command, buildahPushArgs(request, plan, this.options), { env: request.environment });
        let why;
        if (pushed.exitCode === 0) {
            const digest = (await (0,promises_.readFile)(digestFile, 'utf8').catch(() => '')).trim();
            if ((0,image_ref/* isSha256Digest */.q9)(digest)) {
                // The other tags get the same manifest bytes (a manifest PUT each, retried by the client).
                if (extra.length > 0)
                    await client.tagImage((0,image_ref/* withDigest */.hQ)(destination, digest), extra);
                return { digest, via: 'buildah', log: pushed.output };
            }
            // buildah 1.28's `manifest push` exits 0 without a digest when an upload failed: the cause is unknown, the
            // registry client finds out (it fails at once, clearly, on 401/403/404).
            why = `reported no digest (got '${digest}'), so it did not push`;
        }
        else {
            // A refusal (401/403/404, an unknown host) fails at once; anything else is worth the client's try: it
            // retries what is transient and fails clearly, without retrying, on what is not.
            const error = lastBuildahError(pushed.output) ?? '';
            if (isRefusal(error))
                throw (0,exec/* commandFailed */.n6)(`buildah push to ${first}`, pushed);
            const failure = classifyBuildahFailure(pushed.output);
            why =
                failure.kind === 'transient'
                    ? `failed on a transient registry error (${failure.reason})`
                    : `failed (${error.slice(0, 300) || `exit code ${pushed.exitCode}`})`;
        }
        actions_core/* info */.pq(`buildah push to ${first} ${why}; the registry client pushes the same image instead, from a local OCI layout, retrying within its bounds`);
        const fromLayout = await this.pushFromLayout(request, client, runner, {
            source: target.source,
            layoutDir: external_node_path_default().join(target.work, 'layout'),
            multi: target.multi,
        });
        return { digest: fromLayout.digest, via: 'registry client', log: pushed.output + fromLayout.log };
    }
    /**
     * The retry path of the push: writes the built image to a local OCI layout (base layers left
     * out, see the top of this file) and uploads it to every tag with the registry client. Public
     * for the push benchmark.
     */
    async pushFromLayout(request, client, runner, target) {
        const started = performance.now();
        const known = await knownBaseLayers(request, client);
        const blobs = external_node_path_default().join(target.layoutDir, 'blobs', 'sha256');
        await (0,promises_.mkdir)(blobs, { recursive: true });
        for (const diffId of known.keys()) {
            if (/^sha256:[a-f0-9]{64}$/.test(diffId))
                await (0,promises_.writeFile)(external_node_path_default().join(blobs, diffId.slice('sha256:'.length)), '');
        }
        const plan = { source: target.source, layoutDir: target.layoutDir, name: LAYOUT_NAME, manifestList: target.multi };
        const exported = await runner.run(this.options.command, buildahExportArgs(plan, this.options), { env: request.environment });
        if (exported.exitCode !== 0)
            throw (0,exec/* commandFailed */.n6)('buildah push to a local OCI layout', exported);
        const layout = await OciLayout.open(target.layoutDir);
        const substituted = await substituteKnownLayers(layout, LAYOUT_NAME, known);
        const written = performance.now();
        const mountFrom = cacheRepository(request);
        const upload = await this.pushLayout(client, layout, request.tags, {
            name: LAYOUT_NAME,
            remoteBlobs: substituted.remoteBlobs,
            ...(mountFrom ? { mountFrom } : {}),
        });
        const ms = { layout: Math.round(written - started), upload: Math.round(performance.now() - written) };
        const { exists, mounted, uploaded, copied } = upload.blobs;
        actions_core/* info */.pq(`Pushed ${upload.digest} to ${request.tags.join(', ')} with the registry client: ${exists + mounted + uploaded + copied} blobs ` +
            `(${exists} already there, ${mounted} mounted, ${uploaded} uploaded, ${copied} copied from another registry; ` +
            `${upload.bytesUploaded} bytes sent), ${substituted.replaced} base layers taken from the registry` +
            (upload.restarts > 0 ? `; the push started again ${upload.restarts} times` : '') +
            `. Time: layout ${ms.layout} ms, upload ${ms.upload} ms`);
        return { digest: upload.digest, upload, replaced: substituted.replaced, ms, log: exported.output };
    }
}
/**
 * Runs `buildah bud`, again after a transient registry failure, within the registry client's retry
 * bounds (attempts, backoff with jitter). Its time budget counts the waiting, not the building: a
 * long build that fails at its end keeps its retries.
 */
class BudRunner {
    options;
    runner;
    request;
    client;
    outputs;
    retries = 0;
    noCacheWrite = false;
    constructor(options, runner, request, client, outputs) {
        this.options = options;
        this.runner = runner;
        this.request = request;
        this.client = client;
        this.outputs = outputs;
    }
    /** `beforeRetry` undoes what a failed attempt left behind (a half-filled manifest list). */
    async run(what, plan, beforeRetry) {
        const { policy, sleep, random } = this.client.http.options;
        let waited = 0;
        const loop = {
            policy: {
                ...policy,
                random,
                now: () => waited,
                sleep: async (ms) => {
                    waited += ms;
                    await sleep(ms);
                },
            },
            server: 'the registry',
            onRetry: ({ attempt, delayMs, reason }) => {
                this.retries++;
                actions_core/* info */.pq(`${what} failed on a transient registry error (${reason}); running it again in ${delayMs} ms ` +
                    `(attempt ${attempt + 1} of ${policy.maxAttempts}; the layers built so far come from the layer cache)`);
            },
        };
        await (0,runtime_retry/* retryLoop */.rU)(loop, async (attempt) => {
            if (attempt > 1)
                await beforeRetry?.().catch(() => undefined);
            const args = buildahBudArgs(this.request, { ...plan, noCacheWrite: this.noCacheWrite }, this.options);
            const result = await this.runner.run(this.options.command, args, { env: this.request.environment });
            this.outputs.push(result.output);
            if (result.exitCode === 0)
                return { done: undefined };
            const error = (0,exec/* commandFailed */.n6)(what, result);
            const failure = classifyBuildahFailure(result.output);
            if (failure.kind === 'final')
                throw error;
            if (failure.cachePush && !this.noCacheWrite) {
                this.noCacheWrite = true;
                actions_core/* warning */.$e(`Writing the layer cache to ${this.request.cache.ref} failed (${failure.reason}); building on without writing it ` +
                    '(this build is unaffected; the next one may rebuild those layers)');
            }
            return {
                failed: { status: 503, retryable: true },
                reason: failure.reason,
                giveUp: (stop) => {
                    throw new errors/* StepError */.zg(`${error.message}
It failed on transient registry errors each time: ${stop}.`);
                },
            };
        });
    }
}
/**
 * The layers of the build's base images for its platforms, by diff ID: what the layout leaves out
 * and the push takes from the registry. Never fails: an image that cannot be read is only written again.
 */
function knownBaseLayers(request, client) {
    const platforms = (request.platforms.length > 0 ? request.platforms : [(0,core_platforms/* hostPlatform */.ol)()]).map(core_platforms/* parsePlatform */.Y8);
    return knownLayers(client, request.baseImages ?? [], platforms, (problem) => actions_core/* info */.pq(`Base image layers are written again instead of mounted: ${problem}`));
}
/** The layer cache repository, where built layers may already be (a mount source for the push). */
function cacheRepository(request) {
    if (request.cache.type !== 'registry' || !request.cache.ref)
        return undefined;
    try {
        return repositoryOf(request.cache.ref);
    }
    catch {
        return undefined;
    }
}
/** The repository of a full reference (blobs are uploaded per repository). */
function repositoryOf(reference) {
    const ref = (0,image_ref/* parseImageRef */.Q)(reference);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
/** A registry client when the caller gave none: the request's insecure registries and auth file, else Docker's config.json. */
function defaultRegistryClient(request) {
    return (0,login.makeRegistryClient)(request.authFile ? (0,login.readAuthFile)(request.authFile) : [], request.insecureRegistries);
}

;// CONCATENATED MODULE: ./src/builders/docker-config.ts
/**
 * buildx reads registry credentials only from the docker CLI's config dir. To honour a request's
 * auth file without touching the user's `~/.docker`, we point DOCKER_CONFIG at a temporary dir
 * that mirrors the real one (symlinks: buildx builder state, cli-plugins, contexts) and whose
 * `config.json` is the real one with the auth file's `auths` merged in (ours win). A global
 * `credsStore` still shadows file credentials, exactly as it does for docker itself.
 */




function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || external_node_path_default().join((0,external_node_os_.homedir)(), '.docker');
}
async function readJson(file, missingOk) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (missingOk && error.code === 'ENOENT')
            return {};
        throw new errors/* StepError */.zg(`Cannot read the registry credentials file ${file}: ${error.message}`);
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // fall through to the error below
    }
    throw new errors/* StepError */.zg(`The registry credentials file ${file} is not a JSON object`);
}
/** Pure: the real config with the auth file's registries merged in. */
function mergeDockerConfig(original, auth) {
    const auths = { ...(original.auths ?? {}), ...(auth.auths ?? {}) };
    const merged = { ...original, auths };
    if (original.credHelpers) {
        // A per-registry helper would win over the credentials we were given for that registry.
        const helpers = Object.fromEntries(Object.entries(original.credHelpers).filter(([host]) => !(host in (auth.auths ?? {}))));
        merged.credHelpers = helpers;
    }
    return merged;
}
/** Creates `<work>/docker-config` and returns the environment that makes buildx use it. */
async function dockerConfigWithAuth(authFile, work, env = process.env) {
    const realDir = dockerConfigDir(env);
    const dir = external_node_path_default().join(work, 'docker-config');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const entries = await (0,promises_.readdir)(realDir).catch(() => []);
    for (const entry of entries) {
        if (entry !== 'config.json')
            await (0,promises_.symlink)(external_node_path_default().join(realDir, entry), external_node_path_default().join(dir, entry));
    }
    const merged = mergeDockerConfig(await readJson(external_node_path_default().join(realDir, 'config.json'), true), await readJson(authFile, false));
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'config.json'), JSON.stringify(merged), { mode: 0o600 });
    return { DOCKER_CONFIG: dir };
}

;// CONCATENATED MODULE: ./src/builders/buildx.ts
/**
 * The Docker builder: `docker buildx build --push --metadata-file \u2026` (GitHub-hosted runners).
 * The digest comes from the metadata file's `containerimage.digest` \u2014 empty or missing there is a
 * failure, never "no digest, carry on" (docker/build-push-action#906, #1435).
 *
 * Provenance is always passed explicitly: BuildKit's default attestation turns even a
 * single-platform push into an index with an `unknown/unknown` entry (build-push-action#755).
 * Default here: `false`, so one platform gives one image manifest, as with buildah.
 */










const DEFAULT_BUILDX_OPTIONS = { command: 'docker', provenance: 'false' };
function insecureSuffix(ref, request) {
    return (0,registry_hosts/* isInsecureRegistry */.y_)((0,image_ref/* registryHost */.U$)(ref), request.insecureRegistries) ? ',registry.insecure=true' : '';
}
/** `--cache-from` / `--cache-to` values for the policy (pull requests get no cache-to). */
function buildxCacheArgs(request) {
    const cache = request.cache;
    const args = [];
    if (cache.type === 'registry') {
        for (const ref of cache.read)
            args.push('--cache-from', `type=registry,ref=${ref}${insecureSuffix(ref, request)}`);
        if (cache.write)
            args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max${insecureSuffix(cache.ref, request)}`);
    }
    else if (cache.type === 'gha') {
        const scope = cache.scope || cache.ref;
        if (!scope)
            throw new errors/* StepError */.zg('The gha cache needs a scope');
        args.push('--cache-from', `type=gha,scope=${scope}`);
        // The GitHub cache service throttles and times out; a failed export must not fail the build.
        if (cache.write)
            args.push('--cache-to', `type=gha,scope=${scope},mode=max,ignore-error=true`);
    }
    return args;
}
function buildxArgs(request, plan, options = DEFAULT_BUILDX_OPTIONS) {
    const args = ['buildx', 'build', '--progress=plain'];
    if (options.builder)
        args.push('--builder', options.builder);
    args.push('--file', request.dockerfile, '--metadata-file', plan.metadataFile, `--provenance=${options.provenance}`);
    if (request.push) {
        const insecure = request.tags.some((tag) => (0,registry_hosts/* isInsecureRegistry */.y_)((0,image_ref/* registryHost */.U$)(tag), request.insecureRegistries));
        // `--push` is `type=image,push=true`; the names come from the tags.
        args.push(...(insecure ? ['--output', 'type=image,push=true,registry.insecure=true'] : ['--push']));
    }
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (request.target)
        args.push('--target', request.target);
    const buildArgs = { ...request.buildArgs };
    // BuildKit's way to a reproducible created time (buildx has no --timestamp).
    if (request.timestamp !== undefined && !('SOURCE_DATE_EPOCH' in buildArgs))
        buildArgs.SOURCE_DATE_EPOCH = String(request.timestamp);
    for (const pair of (0,lists/* sortedPairs */.n$)(buildArgs))
        args.push('--build-arg', pair);
    for (const secret of request.secrets)
        args.push('--secret', secretSpec(secret));
    for (const pair of (0,lists/* sortedPairs */.n$)(request.labels))
        args.push('--label', pair);
    for (const tag of request.tags)
        args.push('--tag', tag);
    args.push(...buildxCacheArgs(request));
    args.push(request.contextDir);
    return args;
}
/**
 * The pushed digest from buildx's `--metadata-file` JSON: `containerimage.digest` (the image
 * manifest for one platform, the index for several). Missing, empty or malformed \u2192 StepError.
 */
function parseBuildxMetadata(json) {
    let metadata;
    try {
        metadata = JSON.parse(json);
    }
    catch {
        throw new errors/* StepError */.zg('buildx wrote a metadata file that is not JSON');
    }
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
        throw new errors/* StepError */.zg('buildx wrote no build metadata (the file holds no JSON object): nothing was exported');
    }
    const record = metadata;
    const digest = record['containerimage.digest'];
    if (typeof digest !== 'string' || digest === '') {
        throw new errors/* StepError */.zg('buildx reported no image digest (containerimage.digest is missing or empty in its metadata file): ' +
            'the build result was not exported as an image. Check that the build pushes (--push) and that the builder supports it');
    }
    if (!(0,image_ref/* isSha256Digest */.q9)(digest))
        throw new errors/* StepError */.zg(`buildx reported a malformed image digest '${digest}'`);
    const descriptor = record['containerimage.descriptor'];
    if (descriptor && typeof descriptor.digest === 'string' && descriptor.digest !== digest) {
        throw new errors/* StepError */.zg(`buildx metadata disagrees with itself: containerimage.digest ${digest}, descriptor ${descriptor.digest}`);
    }
    return digest;
}
class BuildxBuilder {
    options;
    name = 'buildx';
    constructor(options = DEFAULT_BUILDX_OPTIONS) {
        this.options = options;
    }
    async build(request, runner) {
        if (request.push && request.tags.length === 0)
            throw new errors/* StepError */.zg('Nothing to push to: the build request has no tags');
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'buildx-build-'));
        try {
            const metadataFile = external_node_path_default().join(work, 'metadata.json');
            const env = { ...request.environment, ...(request.authFile ? await dockerConfigWithAuth(request.authFile, work) : {}) };
            const result = await runner.run(this.options.command, buildxArgs(request, { metadataFile }, this.options), { env });
            if (result.exitCode !== 0)
                throw (0,exec/* commandFailed */.n6)('docker buildx build', result);
            if (!request.push)
                return { digest: '', log: result.output };
            const metadata = await (0,promises_.readFile)(metadataFile, 'utf8').catch(() => {
                throw new errors/* StepError */.zg('buildx wrote no metadata file, so the pushed digest is unknown');
            });
            return { digest: parseBuildxMetadata(metadata), log: result.output };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/builders/detect.ts



/** True when `docker version` reaches a server (not just a CLI without an engine behind it). */
async function dockerEngineAnswers(runner, command = 'docker') {
    try {
        const result = await runner.run(command, ['version', '--format', '{{.Server.Version}}'], { quiet: true });
        return result.exitCode === 0 && result.stdout.trim() !== '';
    }
    catch {
        return false; // no docker CLI at all
    }
}
async function resolveBuilderName(value, runner) {
    const choice = (0,builders_choice/* parseBuilderChoice */.O)(value);
    if (choice !== 'auto')
        return choice;
    return (await dockerEngineAnswers(runner)) ? 'buildx' : 'buildah';
}
function createBuilder(name, options = {}) {
    return name === 'buildx'
        ? new BuildxBuilder(options.buildx ?? DEFAULT_BUILDX_OPTIONS)
        : new BuildahBuilder(options.buildah ?? buildahOptionsFromEnv());
}


/***/ })

};
