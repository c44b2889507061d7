export const id = 995;
export const ids = [995];
export const modules = {

/***/ 4995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/promotion.ts
var core_promotion = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/core/registration.ts
var registration = __webpack_require__(4174);
// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/github/deployment-text.ts
var deployment_text = __webpack_require__(178);
// EXTERNAL MODULE: ./src/platform/create.ts + 1 modules
var create = __webpack_require__(8855);
// EXTERNAL MODULE: ./src/registry/client.ts + 5 modules
var registry_client = __webpack_require__(7038);
// EXTERNAL MODULE: ./src/registry/credentials.ts
var registry_credentials = __webpack_require__(3653);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/platforms.ts
var platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(9867);
// EXTERNAL MODULE: ./src/registry/platform.ts
var platform = __webpack_require__(8688);
;// CONCATENATED MODULE: ./src/registry/image-move.ts
/**
 * The registry side of a promotion, in the order it runs: read the source image by digest (it must
 * exist and carry the hash label), move the image by digest only (nothing tagged: tags only, mount,
 * or streamed copy), confirm the destination serves exactly the source digest, and only then move
 * tags. Push access is proven before by RegistryClient.checkPushAccess.
 */







/** Reads the source by digest, and the labels of every platform it holds. Absent: a StepError. */
async function readSourceImage(client, ref) {
    const manifest = await client.getManifestIfPresent(ref);
    if (!manifest) {
        throw new errors/* StepError */.zg(`the registry has no ${(0,image_ref/* formatImageRef */.kL)(ref)}: the version's image was deleted, or never pushed where the platform says. Nothing was moved`);
    }
    const hashLabels = {};
    let revision;
    const images = [];
    if ((0,media_types/* isIndexMediaType */.$$)(manifest.mediaType)) {
        for (const entry of manifest.manifest.manifests ?? []) {
            if (!(0,platform/* isAttestation */.H)(entry))
                images.push(await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest)));
        }
    }
    else {
        images.push(manifest);
    }
    for (const image of images) {
        const config = await client.readConfig(ref, image.manifest.config);
        const labels = config.config?.Labels ?? {};
        hashLabels[(0,platforms/* formatPlatform */.Bq)((0,registry_client/* configPlatform */.Ko)(config))] = labels[core_labels/* HASH_LABEL */.mE];
        revision ??= labels[core_labels/* OCI_LABELS */.st.revision];
    }
    return { ref, manifest, hashLabels, ...(revision ? { revision } : {}) };
}
/** The digest a tag of `repository` points at now; undefined when the tag does not exist. */
async function tagDigest(client, repository, tag) {
    return (await client.headManifest((0,image_ref/* withTag */.Rd)(repository, tag)))?.digest;
}
/**
 * Puts the source at the destination by digest only (no tag moves): nothing for `tags`, a copy
 * that mounts every blob for `mount`, a streamed copy for `copy` (every platform of an index,
 * blobs `concurrency` at a time, each verified against its digest).
 */
async function moveImage(client, source, destination, kind, concurrency) {
    if (kind === 'tags')
        return { blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 }, bytesCopied: 0, manifests: 0 };
    const copied = await client.copyImage(source.ref, (0,image_ref/* withDigest */.hQ)(destination, source.ref.digest), { concurrency, manifest: source.manifest });
    return { blobs: copied.blobs, bytesCopied: copied.bytesCopied, manifests: copied.manifests };
}
/** Throws unless the destination serves exactly `digest` (a registry HEAD, not our own bookkeeping). */
async function verifyDestination(client, destination, digest) {
    const pinned = (0,image_ref/* withDigest */.hQ)(destination, digest);
    const head = await client.headManifest(pinned);
    if (!head)
        throw new errors/* StepError */.zg(`${(0,image_ref/* formatImageRef */.kL)(pinned)} is not in the registry after the copy: no tag was moved`);
    if (head.digest !== digest) {
        throw new errors/* StepError */.zg(`the registry serves ${head.digest} for ${(0,image_ref/* formatImageRef */.kL)(pinned)}, not ${digest}: no tag was moved`);
    }
}
/** Puts the verified manifest under each tag (manifest PUTs, no blob moves). */
async function moveTags(client, destination, digest, tags, manifest) {
    if (tags.length > 0)
        await client.tagImage((0,image_ref/* withDigest */.hQ)(destination, digest), tags, manifest);
}

// EXTERNAL MODULE: ./src/runtime/id-token.ts
var id_token = __webpack_require__(3299);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/runtime/concurrency.ts
var concurrency = __webpack_require__(55);
;// CONCATENATED MODULE: ./src/actions/promote/checks.ts







/**
 * Everything the registry must confirm before anything moves, read at once: the source image and
 * its build-hash labels, push access at the destination, and the version tag there. Failures are
 * reported in that fixed order, whichever came first.
 */
async function checkBeforeMoving(client, facts) {
    const { source, destination, version, versionTag } = facts;
    const [sourceRead, push, tag] = await Promise.allSettled([
        readSourceImage(client, source),
        checkPushAccessOrExplain(client, destination, facts.credentials),
        versionTag ? tagDigest(client, destination, versionTag) : Promise.resolve(undefined),
    ]);
    const found = (0,concurrency/* settledValue */.jW)(sourceRead);
    const problem = (0,core_promotion/* hashLabelProblem */.Y5)((0,image_ref/* formatImageRef */.kL)(source), found.hashLabels, version.buildHash);
    if (problem)
        throw new errors/* StepError */.zg(`${problem}. Nothing was moved`);
    (0,concurrency/* settledValue */.jW)(push);
    const taken = versionTag && (0,core_promotion/* versionTagProblem */.sx)((0,image_ref/* repositoryName */.aR)(destination), versionTag, (0,concurrency/* settledValue */.jW)(tag), version.digest);
    if (taken)
        throw new errors/* StepError */.zg(taken);
    actions_core/* info */.pq(`Source ${(0,image_ref/* formatImageRef */.kL)(source)} carries the build hash; ${(0,image_ref/* repositoryName */.aR)(destination)} accepts pushes`);
    return found;
}
/** Push access, or one clear error that says which credentials are missing. */
async function checkPushAccessOrExplain(client, destination, credentials) {
    try {
        await client.checkPushAccess(destination);
    }
    catch (error) {
        const denied = error instanceof registry_errors/* RegistryError */.gl && (error.status === 401 || error.status === 403);
        if (denied && !(await credentials(destination.registry))) {
            throw new errors/* InputError */.dz('registry-username', `the destination registry ${destination.registry} refused to let ${destination.repository} be pushed to without credentials, and none were given (HTTP ${error.status})`, 'Pass registry-username and registry-password for the destination registry (from secrets), or log in before this step (docker/login-action)');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/actions/promote/deployment.ts



/**
 * Creates the GitHub deployment (then `in_progress`) for a promotion, before anything moves: a
 * token that may not write deployments fails the step with nothing moved. The commit it records is
 * the platform's, else the image's revision label, else the workflow's.
 */
async function startDeployment(makeLedger, token, commits, record) {
    const ref = (0,core_promotion/* deploymentRef */.f8)({ ...commits, workflowSha: process.env.GITHUB_SHA });
    if (!ref) {
        throw new errors/* StepError */.zg(`no commit is known for ${record.name} ${record.version} (the platform records none, the image has no revision label, GITHUB_SHA is unset): a deployment needs one`);
    }
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository) {
        throw new errors/* InputError */.dz('github-token', 'is set but GITHUB_REPOSITORY is not', 'Run in GitHub Actions, or set GITHUB_REPOSITORY=owner/repo');
    }
    const ledger = await makeLedger({
        token,
        repository,
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
        log: { info: (message) => actions_core/* info */.pq(message), debug: (message) => actions_core/* debug */.Yz(message) },
    });
    return { ledger, deployment: await ledger.start({ ...record, ref }) };
}

// EXTERNAL MODULE: ./src/core/lists.ts
var lists = __webpack_require__(402);
// EXTERNAL MODULE: ./src/core/tags.ts
var tags = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/hash/definition-inputs.ts
var definition_inputs = __webpack_require__(3885);
// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/promote/inputs.ts











function readPromoteInputs() {
    const platformInputs = (0,inputs/* readPlatformInputs */.R)(['registry-password', 'github-token']);
    const { platform } = platformInputs;
    const imageName = (0,registration/* checkImageName */.vy)(platform, (0,runtime_inputs/* readString */.E3)('image-name'));
    const choice = (0,core_promotion/* decidePromotion */.g_)({
        platform,
        version: (0,runtime_inputs/* readString */.E3)('version'),
        fromChannel: (0,runtime_inputs/* readString */.E3)('from-channel'),
        toChannel: (0,runtime_inputs/* readString */.E3)('to-channel'),
        requireChannel: (0,runtime_inputs/* readString */.E3)('require-channel'),
    });
    const toImage = readToImage();
    (0,core_promotion/* checkDestinationAllowed */.rG)(platform, (0,runtime_inputs/* readOptional */.T9)('to-image'));
    const reason = (0,runtime_inputs/* readOptional */.T9)('reason');
    if (reason !== undefined && reason.length > 1024) {
        throw new errors/* InputError */.dz('reason', `has ${reason.length} characters, more than 1024`, 'Shorten it; link to details instead');
    }
    const registryLogin = readRegistryLogin();
    const deployment = readDeployment();
    return {
        ...platformInputs,
        imageName,
        choice,
        ...(toImage ? { toImage } : {}),
        tags: readTags(toImage),
        // Raw lines, so an error can quote the line number the user sees.
        targets: (0,targets/* parseTargets */.Sx)(actions_core/* getInput */.V4('targets').split('\n'), platform),
        ...(registryLogin ? { registryLogin } : {}),
        insecureRegistries: (0,definition_inputs/* readInsecureRegistries */.wF)(),
        ...(reason ? { reason } : {}),
        ...(deployment ? { deployment } : {}),
    };
}
function readToImage() {
    const value = (0,runtime_inputs/* readOptional */.T9)('to-image');
    if (value === undefined)
        return undefined;
    try {
        return (0,image_ref/* parseRepository */.SU)(value);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0) {
            throw new errors/* InputError */.dz('to-image', error.message, 'Give the destination repository without tag or digest, e.g. ghcr.io/acme/ml-runtime: the version decides the digest, and tags go in tags');
        }
        throw error;
    }
}
/** Without to-image the destination is the version's own repository, known only once it is resolved: tags must be bare. */
function readTags(toImage) {
    const text = actions_core/* getInput */.V4('tags');
    if (toImage)
        return (0,tags/* parseExtraTags */.r8)(text, toImage);
    for (const item of (0,lists/* splitList */.ry)(text)) {
        if (/[/:@]/.test(item)) {
            throw new errors/* InputError */.dz('tags', `'${item}' is a reference, but without to-image the destination is the version's own repository`, 'Give bare tags (prod, v1.2.3), or set to-image');
        }
    }
    return (0,tags/* parseExtraTags */.r8)(text, { registry: '', repository: '' });
}
function readRegistryLogin() {
    const username = (0,runtime_inputs/* readOptional */.T9)('registry-username');
    const password = (0,runtime_inputs/* readOptional */.T9)('registry-password');
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* InputError */.dz(username === undefined ? 'registry-username' : 'registry-password', 'is empty while the other registry credential is set', 'Give both registry-username and registry-password for the destination registry, or neither (then ~/.docker/config.json is used)');
    }
    return username !== undefined && password !== undefined ? { username, password } : undefined;
}
function readDeployment() {
    const token = (0,runtime_inputs/* readOptional */.T9)('github-token');
    const environment = (0,runtime_inputs/* readOptional */.T9)('environment');
    if (token === undefined && environment === undefined)
        return undefined;
    if (token === undefined) {
        throw new errors/* InputError */.dz('github-token', `is empty, so the deployment to environment '${environment}' cannot be recorded`, "Pass github-token: ${{ github.token }} with 'permissions: deployments: write', or leave environment empty");
    }
    if (environment === undefined) {
        throw new errors/* InputError */.dz('environment', 'is empty while github-token is set', 'Name the GitHub environment to record the deployment in, e.g. production');
    }
    return { token, environment };
}

;// CONCATENATED MODULE: ./src/actions/promote/resolve.ts



/**
 * Turns the choice into one registered version with its digest, through the platform and never
 * through a registry tag: a version name, `previous` (what to-channel held before), or what
 * from-channel holds. Then require-channel must hold exactly that version.
 */
async function resolveVersion(platform, image, choice) {
    const { selector, toChannel, requireChannel } = choice;
    if (selector.kind === 'reference') {
        const version = {
            id: selector.ref,
            image,
            version: selector.ref,
            digest: selector.digest,
            imageRef: selector.ref,
            created: false,
        };
        return { version };
    }
    // The reads that do not wait on each other go out at once; their failures are reported in this order.
    const [before, direct, required] = await Promise.allSettled([
        toChannel !== undefined ? readChannel(platform, image, toChannel, 'to-channel') : undefined,
        selector.kind === 'version' ? platform.getVersion(image, selector.version) : undefined,
        requireChannel !== undefined ? readChannel(platform, image, requireChannel, 'require-channel') : undefined,
    ]);
    const channelBefore = (0,concurrency/* settledValue */.jW)(before);
    let name;
    let version;
    if (selector.kind === 'version') {
        name = selector.version;
        version = (0,concurrency/* settledValue */.jW)(direct);
    }
    else {
        if (selector.kind === 'previous') {
            if (!channelBefore) {
                throw new errors/* InputError */.dz('version', `previous: channel ${toChannel} of ${image} holds no version yet, so there is nothing to roll back to`, 'Give the version to promote');
            }
            const previous = await platform.previousVersion?.(image, channelBefore.channel);
            if (previous === undefined) {
                throw new errors/* InputError */.dz('version', `previous: channel ${toChannel} of ${image} has held only ${channelBefore.version}, so there is nothing to roll back to`, 'Give the version to promote');
            }
            name = previous;
        }
        else {
            const holding = await readChannel(platform, image, selector.channel, 'from-channel');
            if (!holding) {
                throw new errors/* InputError */.dz('from-channel', `channel ${selector.channel} of ${image} holds no version`, `Promote a version to ${selector.channel} first, or give the version to promote`);
            }
            name = holding.version;
        }
        version = await platform.getVersion(image, name);
    }
    if (!version) {
        throw new errors/* InputError */.dz(selector.kind === 'channel' ? 'from-channel' : 'version', `${image} has no version '${name}' on ${platform.name}`, 'Check the image name and the version (the register step prints the versions it registers)');
    }
    if (requireChannel !== undefined)
        (0,core_promotion/* checkRequiredChannel */.PP)(image, requireChannel, (0,concurrency/* settledValue */.jW)(required), version.version);
    return { version, ...(channelBefore ? { channelBefore } : {}) };
}
async function readChannel(platform, image, channel, input) {
    if (!platform.readChannel) {
        throw new errors/* InputError */.dz(input, `the ${platform.name} adapter cannot read channels`, `Leave ${input} empty on ${platform.name}`);
    }
    const state = await platform.readChannel(image, channel);
    if (state && state.image !== image)
        throw new errors/* StepError */.zg(`${platform.name} answered for image ${state.image} when asked for ${image}`);
    return state;
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/promote/summary.ts


function fromTo(report) {
    if (!report.channel)
        return `${(0,github_summary/* code */.aY)(report.version)} (no channels on ${(0,github_summary/* escapeHtml */.ZD)(report.platform)})`;
    const from = report.previousVersion ? (0,github_summary/* code */.aY)(report.previousVersion) : 'nothing';
    const change = report.channelChanged ? '' : ' \u2014 already there, nothing changed';
    return `${(0,github_summary/* escapeHtml */.ZD)(report.channel)}: ${from} \u2192 ${(0,github_summary/* code */.aY)(report.version)}${change}`;
}
/** The job summary: from \u2192 to, the digest, what moved and how many bytes, time, targets, the deployment. */
async function writePromoteSummary(report) {
    const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
    await (0,github_summary/* writeSummary */.Sy)('Promote', [
        ['Image', `${(0,github_summary/* code */.aY)(report.image)} on ${(0,github_summary/* escapeHtml */.ZD)(report.platform)}`],
        ['Promotion', fromTo(report)],
        ...(report.fromChannel ? [['Taken from', `channel ${(0,github_summary/* escapeHtml */.ZD)(report.fromChannel)}`]] : []),
        ['Digest', (0,github_summary/* code */.aY)(report.digest)],
        ['From', (0,github_summary/* code */.aY)(report.source)],
        ['To', (0,github_summary/* code */.aY)(report.destination)],
        ['Move', (0,github_summary/* escapeHtml */.ZD)((0,core_promotion/* describeMove */.xS)(report.move))],
        ['Bytes copied', String(report.bytesCopied)],
        ['Tags', report.tags.length > 0 ? report.tags.map(github_summary/* code */.aY).join(' ') : '\u2014'],
        ['Time', `${total} ms (${report.phases.map((phase) => `${(0,github_summary/* escapeHtml */.ZD)(phase.name)} ${phase.ms} ms`).join(', ')})`],
        [
            'Deployment',
            report.deployment
                ? `<a href="${(0,github_summary/* escapeHtml */.ZD)(report.deployment.url)}">${report.deployment.id}</a> in ${(0,github_summary/* escapeHtml */.ZD)(report.deployment.environment)}`
                : 'not recorded (no environment)',
        ],
    ], (summary) => {
        if (report.attachments.length === 0) {
            summary.addRaw('No targets: nothing was attached.', true);
            return;
        }
        summary.addTable((0,github_summary/* table */.tp)(['Target', 'Runs', 'Change'], report.attachments.map((a) => [(0,github_summary/* code */.aY)(a.target), (0,github_summary/* code */.aY)(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached'])));
    });
}

;// CONCATENATED MODULE: ./src/actions/promote/main.ts


















/**
 * Blobs in flight at once. Streamed copies hold no blob in memory, so every layer of a typical image
 * can start at once instead of waiting for a slot (the per-blob round trips overlap); mounts are metadata.
 */
const CONCURRENCY = { copy: 8, mount: 8, tags: 1 };
async function run(seams = {}) {
    const { createPlatform: makePlatform = create/* createPlatform */.Q, readIdToken: idTokenFor = id_token/* readIdToken */.x, 
    // Blobs stream up in one PATCH each (as docker and skopeo push): no round trip per chunk.
    registry = (credentials, insecureRegistries) => new registry_client/* RegistryClient */.bP({ credentials, insecureRegistries, uploadMode: 'stream' }), deployments = async (options) => new (await Promise.all(/* import() */[__webpack_require__.e(891), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 6887))).GitHubDeployments(options), } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readPromoteInputs();
        const phases = [];
        const timed = async (name, title, work) => {
            const { value, ms } = await (0,run_action/* timedGroup */.RD)(title, work);
            phases.push({ name, ms });
            return value;
        };
        const url = (0,registration/* runUrl */.Vp)(process.env);
        const platform = await makePlatform(await (0,create/* platformOptions */.M)(inputs, idTokenFor));
        const channel = inputs.choice.toChannel;
        if (channel !== undefined && !platform.promote) {
            throw new errors/* InputError */.dz('to-channel', `the ${platform.name} adapter cannot record promotions to a channel yet`, `Leave it empty on ${platform.name} and promote to targets`);
        }
        const resolved = await timed('resolve', `Resolve the version of ${inputs.imageName} on ${platform.name}`, async () => {
            const found = await resolveVersion(platform, inputs.imageName, inputs.choice);
            actions_core/* info */.pq(`${inputs.imageName} ${found.version.version} is ${found.version.digest} (${found.version.imageRef})`);
            if (channel !== undefined)
                actions_core/* info */.pq(`Channel ${channel} holds ${found.channelBefore?.version ?? 'nothing'}`);
            return found;
        });
        const { version } = resolved;
        const pinnedSource = (0,image_ref/* parsePinnedImageRef */.Sm)(version.imageRef);
        if (!pinnedSource || pinnedSource.digest !== version.digest) {
            throw new errors/* StepError */.zg(`${platform.name} records ${inputs.imageName} ${version.version} as '${version.imageRef}', which is not pinned to its digest ${version.digest}: cannot promote it safely`);
        }
        const source = { ...(0,image_ref/* withDigest */.hQ)(pinnedSource, version.digest), digest: version.digest };
        const destination = inputs.toImage ?? source;
        const move = (0,core_promotion/* decideMove */.qW)(source, destination);
        const ownTag = inputs.choice.selector.kind === 'reference' ? undefined : (0,core_promotion/* destinationTags */.oe)(version.version, inputs.tags);
        const tags = ownTag?.tags ?? inputs.tags;
        actions_core/* info */.pq(`Move: ${(0,core_promotion/* describeMove */.xS)(move)}; ${(0,image_ref/* formatImageRef */.kL)(source)} \u2192 ${(0,image_ref/* repositoryName */.aR)(destination)}`);
        const credentials = (0,registry_credentials/* defaultCredentials */.AD)(inputs.registryLogin
            ? [{ registry: destination.registry, ...inputs.registryLogin, source: 'registry-username/registry-password' }]
            : []);
        const client = registry(credentials, inputs.insecureRegistries);
        const image = await timed('check', 'Check the source image and the destination', () => checkBeforeMoving(client, { source, destination, version, versionTag: ownTag?.versionTag, credentials }));
        if (move !== 'tags' && tags.length === 0) {
            actions_core/* warning */.$e(`${(0,image_ref/* repositoryName */.aR)(destination)} will hold the image by digest only: registries may garbage-collect untagged images; give tags`);
        }
        const started = inputs.deployment
            ? await timed('deployment', `Record a deployment to ${inputs.deployment.environment}`, () => startDeployment(deployments, inputs.deployment.token, { recorded: version.commit, label: image.revision }, {
                environment: inputs.deployment.environment,
                name: inputs.imageName,
                image: (0,core_promotion/* pinnedName */.W2)(destination, version.digest),
                digest: version.digest,
                version: version.version,
                ...(channel !== undefined ? { channel } : {}),
                ...(resolved.channelBefore ? { previousVersion: resolved.channelBefore.version } : {}),
                ...(url ? { runUrl: url } : {}),
            }))
            : undefined;
        const deployment = started?.deployment;
        try {
            const moved = await timed('move', `Move ${version.digest} to ${(0,image_ref/* repositoryName */.aR)(destination)}`, async () => {
                const result = await moveImage(client, image, destination, move, CONCURRENCY[move]);
                actions_core/* info */.pq(`Blobs: ${result.blobs.copied} copied (${result.bytesCopied} bytes), ${result.blobs.mounted} mounted, ${result.blobs.exists} already there`);
                return result;
            });
            await timed('verify', `Verify ${(0,core_promotion/* pinnedName */.W2)(destination, version.digest)} in the registry`, () => verifyDestination(client, destination, version.digest));
            const destinationImage = (0,core_promotion/* pinnedName */.W2)(destination, version.digest);
            (0,run_action/* setOutputs */.n0)({ version: version.version, digest: version.digest, image: destinationImage, move, 'bytes-copied': moved.bytesCopied });
            let promotion;
            if (channel !== undefined && platform.promote) {
                const promote = platform.promote.bind(platform);
                promotion = await timed('promote', `Promote ${version.version} to ${channel}`, () => promote({
                    image: inputs.imageName,
                    channel,
                    version: { ...version, imageRef: destinationImage },
                    expected: resolved.channelBefore ?? null,
                    ...((inputs.reason ?? url) ? { reason: inputs.reason ?? `promoted by ${url}` } : {}),
                }));
            }
            await timed('tags', `Tag ${destinationImage} as ${tags.join(', ') || '(no tags)'}`, () => moveTags(client, destination, version.digest, tags, image.manifest));
            let attachments = [];
            if (inputs.targets.length > 0) {
                attachments = await timed('attach', `Attach ${version.version} to ${inputs.targets.map(targets/* targetName */.je).join(', ')}`, () => platform.attach({ ...version, imageRef: destinationImage }, inputs.targets));
            }
            const previous = promotion?.previousVersion ?? resolved.channelBefore?.version;
            (0,run_action/* setOutputs */.n0)({
                'previous-version': previous ?? '',
                attachments: JSON.stringify(attachments),
                'deployment-id': deployment?.id ?? '',
            });
            actions_core/* info */.pq(`Time: ${phases.map((phase) => `${phase.name} ${phase.ms} ms`).join(', ')}`);
            await writePromoteSummary({
                platform: platform.name,
                image: inputs.imageName,
                version: version.version,
                ...(channel !== undefined ? { channel } : {}),
                ...(inputs.choice.selector.kind === 'channel' ? { fromChannel: inputs.choice.selector.channel } : {}),
                ...(previous !== undefined ? { previousVersion: previous } : {}),
                channelChanged: promotion?.changed ?? false,
                digest: version.digest,
                source: (0,image_ref/* formatImageRef */.kL)(source),
                destination: destinationImage,
                move,
                bytesCopied: moved.bytesCopied,
                tags,
                attachments,
                ...(deployment ? { deployment } : {}),
                phases,
            });
        }
        catch (error) {
            if (started) {
                await started.ledger
                    .finish(started.deployment, 'failure', (0,deployment_text/* shortDescription */.r3)((0,errors/* errorMessage */.gJ)(error)))
                    .catch((failure) => actions_core/* warning */.$e(`The deployment could not be marked failed: ${(0,errors/* errorMessage */.gJ)(failure)}`));
            }
            throw error;
        }
        if (started) {
            // Promoted: a status that cannot be written fails the step, but never records a failure.
            await started.ledger.finish(started.deployment, 'success', `${inputs.imageName} ${version.version} promoted${channel !== undefined ? ` to ${channel}` : ''}`);
        }
    });
}


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseBuildSecrets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Build secrets, in the grammar of docker/build-push-action: three inputs, one `ID=\u2026` per line,
 * split at the first `=`, so no line can be read two ways.
 * - `secrets`: `ID=VALUE`; the value reaches the builder in an environment variable of ours;
 * - `secret-envs`: `ID=VARIABLE`; the value is the step's environment variable of that name;
 * - `secret-files`: `ID=PATH`; the value is the file's content.
 * One parser for the hash (which keeps the ids only) and the builder (which mounts them), so the
 * ids hashed are always the ids built. Values never reach argv, a file we leave behind or the hash.
 * Pure: lines in, secrets and the extra builder environment out.
 */


/** What BuildKit and buildah accept as a secret id (and what is safe inside `--secret id=\u2026,\u2026`). */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const FORMS = {
    secrets: 'ID=VALUE, e.g. PIP_TOKEN=${{ secrets.PIP_TOKEN }}',
    'secret-envs': 'ID=VARIABLE, e.g. PIP_TOKEN=PIP_TOKEN',
    'secret-files': 'ID=PATH, e.g. netrc=.netrc',
};
function split(input, line) {
    const at = line.indexOf('=');
    // Never quote a `secrets` line: its value is a credential.
    const shown = input === 'secrets' ? 'a line' : `'${line}'`;
    if (at <= 0 || at === line.length - 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${shown} is not ${FORMS[input].split(',')[0]}`, `Write one ${FORMS[input]} per line`);
    const id = line.slice(0, at).trim();
    const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
    if (!SECRET_ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    if (id === 'id') {
        // `id=\u2026` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, "a line starts with 'id=', which reads as Docker's `--secret id=\u2026` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
    }
    return { id, value };
}
function builderEnvName(index) {
    return `IMAGE_ACTIONS_SECRET_${index}`;
}
/** `workspace` resolves relative secret files. */
function parseBuildSecrets(lines, workspace) {
    const secrets = [];
    const environment = {};
    const values = [];
    const seen = new Map();
    const add = (input, secret) => {
        const first = seen.get(secret.id);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`, 'Give each secret id once');
        seen.set(secret.id, input);
        secrets.push(secret);
    };
    for (const line of lines.secrets ?? []) {
        const { id, value } = split('secrets', line);
        const variable = builderEnvName(secrets.length);
        environment[variable] = value;
        values.push(value);
        add('secrets', { id, env: variable });
    }
    for (const line of lines.secretEnvs ?? []) {
        const { id, value } = split('secret-envs', line);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-envs', `'${value}' is not an environment variable name`, `Write one ${FORMS['secret-envs']} per line`);
        add('secret-envs', { id, env: value });
    }
    for (const line of lines.secretFiles ?? []) {
        const { id, value } = split('secret-files', line);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, value);
        if (file.includes(','))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
        add('secret-files', { id, src: file });
    }
    return { secrets, ids: [...seen.keys()].sort(), environment, values };
}


/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ imageLabels),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   mE: () => (/* binding */ HASH_LABEL),
/* harmony export */   st: () => (/* binding */ OCI_LABELS)
/* harmony export */ });
/* unused harmony export isoSeconds */
/**
 * The labels every image gets. Pure: facts about the commit and the hash in, labels out.
 *
 * - `org.opencontainers.image.revision`: the commit the image is built from.
 * - `org.opencontainers.image.source`: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).
 * - `org.opencontainers.image.created`: the commit time as ISO 8601 (never the wall clock, so two
 *   builds of one commit give the same config).
 * - `org.opencontainers.image.version`: the git tag at the commit, else the hash tag.
 * - {@link HASH_LABEL}: the full 64-hex build hash. The existence check reads it back: a tag whose
 *   image carries another value (overwritten by hand, pushed by another tool) is not a hit.
 *
 * None of these enter the hash (it covers what is built, not when or from which commit), so a
 * reused image keeps the labels of the commit that first built it: the revision where its
 * content first appeared.
 */
/** The label holding the full build hash (64 hex). Stable: changing it would make every image a miss. */
const HASH_LABEL = 'io.image-actions.build-hash';
const OCI_LABELS = {
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
};
/** ISO 8601 in UTC without milliseconds: `2026-01-02T03:04:05Z`. */
function isoSeconds(unixSeconds) {
    return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function imageLabels(facts) {
    const labels = {};
    if (facts.commit)
        labels[OCI_LABELS.revision] = facts.commit;
    if (facts.sourceUrl)
        labels[OCI_LABELS.source] = facts.sourceUrl;
    if (facts.commitTime !== undefined)
        labels[OCI_LABELS.created] = isoSeconds(facts.commitTime);
    labels[OCI_LABELS.version] = facts.gitTag || facts.hashTag;
    labels[HASH_LABEL] = facts.hash;
    return labels;
}
/**
 * Labels from the `labels` input win over the toolkit's OCI labels (a user may set their own
 * `version`), but never over the hash label: the existence check depends on it.
 */
function mergeLabels(generated, user) {
    return { ...generated, ...user, [HASH_LABEL]: generated[HASH_LABEL] };
}


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ DATAWORKS_CHANNEL),
/* harmony export */   PP: () => (/* binding */ checkRequiredChannel),
/* harmony export */   VO: () => (/* binding */ versionBeforeCurrent),
/* harmony export */   W2: () => (/* binding */ pinnedName),
/* harmony export */   Y5: () => (/* binding */ hashLabelProblem),
/* harmony export */   f8: () => (/* binding */ deploymentRef),
/* harmony export */   g_: () => (/* binding */ decidePromotion),
/* harmony export */   oe: () => (/* binding */ destinationTags),
/* harmony export */   qW: () => (/* binding */ decideMove),
/* harmony export */   rG: () => (/* binding */ checkDestinationAllowed),
/* harmony export */   sx: () => (/* binding */ versionTagProblem),
/* harmony export */   xS: () => (/* binding */ describeMove)
/* harmony export */ });
/* unused harmony exports CHANNEL_MODELS, PREVIOUS, checkChannelName, versionTag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var _version_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(270);
/**
 * The decisions of `promote` that need no I/O: which version is asked for (a name, `previous`, or
 * whatever a channel holds), which channels each platform has, how the image moves (tags only,
 * cross-repository mount, streamed copy), which tags it gets at the destination, and the checks a
 * promotion must pass before anything moves. Every refusal is an InputError that names the input.
 */



/** DataWorks' one channel per image: the version its workspaces run, published. */
const DATAWORKS_CHANNEL = 'published';
const CHANNEL_MODELS = {
    catalog: { kind: 'named' },
    dataworks: { kind: 'single', name: DATAWORKS_CHANNEL },
    databricks: { kind: 'none' },
    metaflow: { kind: 'none' },
    zenml: { kind: 'none' },
};
/** The `version` that means "what to-channel held before its current version": a rollback. */
const PREVIOUS = 'previous';
/** The catalog's ChannelName (openapi.yaml). */
const CHANNEL_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const CHANNEL_MAX_LENGTH = 63;
function checkChannelName(input, value) {
    if (value.length > CHANNEL_MAX_LENGTH || !CHANNEL_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}' is not a channel name (lowercase letters and digits, separated by '.', '_' or '-'; at most ${CHANNEL_MAX_LENGTH})`, 'Use a name such as staging or production');
    }
    return value;
}
/** Checks how the version and the channels were asked for, against what the platform has. */
function decidePromotion(inputs) {
    const model = CHANNEL_MODELS[inputs.platform];
    if (inputs.version !== '' && inputs.fromChannel !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('from-channel', `is set together with version '${inputs.version}'`, 'Give either version (a version name, or previous for a rollback) or from-channel (promote what that channel holds)');
    }
    if (inputs.version === '' && inputs.fromChannel === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', 'is empty and no from-channel is set', 'Give the version to promote (e.g. 1.2.3, or previous for a rollback), or from-channel to promote what that channel holds');
    }
    if (model.kind === 'none')
        return decideWithoutChannels(inputs);
    const toChannel = model.kind === 'single' ? singleChannel(inputs, model.name) : namedChannel(inputs);
    const selector = inputs.version === PREVIOUS
        ? { kind: 'previous' }
        : inputs.version !== ''
            ? { kind: 'version', version: checkVersionName(inputs.version) }
            : { kind: 'channel', channel: checkChannelName('from-channel', inputs.fromChannel) };
    if (selector.kind === 'channel' && selector.channel === toChannel) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('from-channel', `is the same channel as to-channel (${toChannel}): that promotion would change nothing`, 'Promote from another channel, e.g. from-channel: staging with to-channel: production');
    }
    const requireChannel = inputs.requireChannel === '' ? undefined : checkChannelName('require-channel', inputs.requireChannel);
    if (requireChannel !== undefined && requireChannel === toChannel) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('require-channel', `is the same channel as to-channel (${toChannel})`, 'Name the channel a version must pass first, e.g. require-channel: staging with to-channel: production');
    }
    return { selector, toChannel, ...(requireChannel !== undefined ? { requireChannel } : {}) };
}
function checkVersionName(version) {
    const problem = (0,_version_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .versionProblem */ .Ec)(version);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `${problem}; a version name is 1 to 128 letters, digits, '.', '_', '+' and '-'`, 'Give a registered version name (e.g. 1.2.3), previous for a rollback, or from-channel');
    }
    return version;
}
function namedChannel(inputs) {
    if (inputs.toChannel === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-channel', `is required on ${inputs.platform}`, 'Name the channel to promote to, e.g. production');
    }
    return checkChannelName('to-channel', inputs.toChannel);
}
function singleChannel(inputs, name) {
    const only = `${inputs.platform} has one channel per image, '${name}' (the version its workspaces run)`;
    if (inputs.toChannel !== '' && inputs.toChannel !== name) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-channel', `'${inputs.toChannel}': ${only}`, `Leave to-channel empty or set it to ${name}`);
    }
    for (const [input, value] of [
        ['from-channel', inputs.fromChannel],
        ['require-channel', inputs.requireChannel],
    ]) {
        if (value !== '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}': ${only}, so there is no other channel to read`, 'Give the version to promote');
    }
    return name;
}
function decideWithoutChannels(inputs) {
    const none = `${inputs.platform} keeps no channels`;
    for (const [input, value] of [
        ['to-channel', inputs.toChannel],
        ['from-channel', inputs.fromChannel],
        ['require-channel', inputs.requireChannel],
    ]) {
        if (value !== '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${value}': ${none}`, 'Leave it empty: the promotion moves the image and attaches it to the targets');
        }
    }
    const fix = `Pass the image pinned by digest (<repository>@sha256:<64 hex>): ${inputs.platform} keeps no version names, the register step's version-id is that reference`;
    if (inputs.version === PREVIOUS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'previous': ${none}, so there is nothing to roll back to`, fix);
    const pinned = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePinnedImageRef */ .Sm)(inputs.version);
    if (!pinned)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'${inputs.version}' is not an image reference pinned by digest`, fix);
    return { selector: { kind: 'reference', ref: inputs.version, digest: pinned.digest } };
}
/**
 * Where a platform lets the image go. DataWorks runs the registry reference its version records
 * (an ACR URI): a copy elsewhere would not change what DataWorks runs, so it is refused.
 */
function checkDestinationAllowed(platform, toImage) {
    if (toImage === undefined || platform !== 'dataworks')
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to-image', `dataworks runs the image its version records (its ACR ImageUri), so a copy to ${toImage} would not change what DataWorks runs`, 'Leave to-image empty on dataworks (the version is published where it is), or register the copy as a version of its own');
}
/**
 * The version before `current` in a channel's promotion history (oldest first): what the latest
 * promotion to `current` replaced. Rolling back twice returns to where it started, as
 * `kubectl rollout undo` does.
 */
function versionBeforeCurrent(history, current) {
    for (let index = history.length - 1; index >= 0; index -= 1) {
        const entry = history[index];
        if (entry.version === current)
            return entry.previousVersion;
    }
    return undefined;
}
/** `require-channel`: the version must be the one that channel holds now. */
function checkRequiredChannel(image, required, holding, version) {
    if (holding?.version === version)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('require-channel', holding
        ? `channel ${required} of ${image} holds ${holding.version}, not ${version}`
        : `channel ${required} of ${image} holds no version, so ${version} has not passed it`, `Promote ${version} to ${required} first, or promote what ${required} holds (from-channel: ${required})`);
}
/**
 * Same repository: only tags move (manifest PUTs, zero blob bytes). Another repository of the same
 * registry: blobs are mounted across repositories (zero blob bytes). Another registry: streamed.
 */
function decideMove(source, destination) {
    if (source.apiHost !== destination.apiHost)
        return 'copy';
    return source.repository === destination.repository ? 'tags' : 'mount';
}
function describeMove(kind) {
    if (kind === 'tags')
        return 'same repository: tags only (zero blob bytes)';
    if (kind === 'mount')
        return 'another repository of the same registry: cross-repository blob mount (zero blob bytes)';
    return 'another registry: streamed copy with digest checks';
}
/**
 * A version as a tag: versions may hold `+` (SemVer build metadata), tags may not; `_` stands for
 * it, as Helm does for OCI tags. Every valid version name is then a valid tag.
 */
function versionTag(version) {
    const tag = version.replace(/\+/g, '_');
    if (!(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', `'${version}' cannot be written as an image tag`, 'Use a semantic version such as 1.2.3');
    return tag;
}
/**
 * The tags the destination gets: the version's own tag first (immutable: it may exist only on this
 * digest), then the extra tags (they move).
 */
function destinationTags(version, extra) {
    const own = versionTag(version);
    return { versionTag: own, tags: [own, ...extra.filter((tag) => tag !== own)] };
}
/** Why the destination's existing version tag forbids the promotion, or undefined when it does not. */
function versionTagProblem(destination, tag, existing, digest) {
    if (existing === undefined || existing === digest)
        return undefined;
    return `${destination}:${tag} already exists with digest ${existing}, not ${digest}: a version's tag names one image forever, so nothing was moved. Promote to another repository, or find out who pushed that tag`;
}
/**
 * The image's hash labels (per platform) must exist and, when the platform recorded the build hash,
 * equal it: the registry must hold the very image that was registered. Undefined when they do.
 */
function hashLabelProblem(reference, labels, expected) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return `${reference} has no image to read labels from`;
    for (const [platform, label] of entries) {
        if (!label)
            return `${reference} (${platform}) carries no build-hash label: it was not built by image-actions, so it cannot be promoted as a registered version`;
        if (expected !== undefined && label !== expected) {
            return `${reference} (${platform}) carries build hash ${label}, but the platform registered ${expected}: the registry holds another image than the one registered`;
        }
    }
    return undefined;
}
/** The commit a deployment records: the platform's record, else the image's revision label, else the workflow's commit. */
function deploymentRef(facts) {
    return facts.recorded || facts.label || facts.workflowSha || undefined;
}
/** `registry/repository@digest`: what the destination holds, as compute pulls it. */
function pinnedName(repository, digest) {
    return `${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(repository)}@${digest}`;
}


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ allTags),
/* harmony export */   r8: () => (/* binding */ parseExtraTags)
/* harmony export */ });
/* unused harmony export isHashTag */
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(402);
/**
 * The tags an image gets: the hash tag (`h1-<32 hex>`, the key of reuse) first, then the extra tags
 * of the `tags` input. Pure. An extra tag is written bare (`latest`, `v1.2.3`) or as a full
 * reference of the same repository (`ghcr.io/org/app:latest`, what docker/metadata-action prints),
 * separated by commas or newlines.
 */



/** A tag that looks like a hash tag of any recipe: only the hash step may set those. */
const HASH_TAG_SHAPE = /^h\d+-[0-9a-f]{32}$/;
function isHashTag(tag) {
    return HASH_TAG_SHAPE.test(tag);
}
/** Parses the `tags` input against the image repository; returns unique bare tags in input order. */
function parseExtraTags(text, image, input = 'tags') {
    const tags = [];
    for (const item of (0,_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(text)) {
        const tag = bareTag(item, image, input);
        if (isHashTag(tag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' has the shape of a hash tag`, 'Hash tags are set by the action itself; choose another tag name');
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}
function bareTag(item, image, input) {
    if (!item.includes('/') && !item.includes('@') && !item.includes(':')) {
        if ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTag */ .r_)(item))
            return item;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' is not a valid tag`, "Use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')");
    }
    let ref;
    try {
        ref = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(item);
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageRefError */ .z0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, error.message, 'Give bare tags (latest, v1.2.3) or references of the image repository');
        throw error;
    }
    const wanted = (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(image);
    if (ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' is pinned by digest`, 'Give a tag, not a digest');
    if ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref) !== wanted) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${item}' names the repository ${(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(ref)}, not the image ${wanted}`, `Give bare tags or references of ${wanted}`);
    }
    return ref.tag ?? 'latest';
}
/** Every tag the image carries when the step succeeds: the hash tag, then the extra tags. */
function allTags(hashTag, extra) {
    return [hashTag, ...extra.filter((tag) => tag !== hashTag)];
}


/***/ }),

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kj: () => (/* binding */ deploymentDescription),
/* harmony export */   mG: () => (/* binding */ deploymentPayload),
/* harmony export */   r3: () => (/* binding */ shortDescription)
/* harmony export */ });
/** GitHub keeps at most 140 characters of a description. */
function shortDescription(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}\u2026`;
}
/** `ml-runtime 1.2.3 (sha256:0123456789ab) \u2192 production`: what the deployment shows in the environment's list. */
function deploymentDescription(record) {
    return shortDescription(`${record.name} ${record.version} (${record.digest.slice(0, 19)}) \u2192 ${record.channel ?? record.environment}`);
}
/** What the deployment carries for tools that read the ledger (`listDeployments` \u2192 payload). */
function deploymentPayload(record) {
    return {
        name: record.name,
        image: record.image,
        digest: record.digest,
        version: record.version,
        ...(record.channel ? { channel: record.channel } : {}),
        ...(record.previousVersion ? { previous_version: record.previousVersion } : {}),
    };
}


/***/ }),

/***/ 3885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ readDefinitionInputs),
/* harmony export */   Sn: () => (/* binding */ definitionOptions),
/* harmony export */   Zx: () => (/* binding */ manifestWithSpec),
/* harmony export */   cu: () => (/* binding */ openBuildFiles),
/* harmony export */   wF: () => (/* binding */ readInsecureRegistries)
/* harmony export */ });
/* unused harmony export readSecretInputs */
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9187);
/* harmony import */ var _core_build_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7499);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2291);
/* harmony import */ var _runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9333);
/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 * A `spec` (an image spec, rendered to a Dockerfile) stands where `context` and `dockerfile` would.
 * The spec code (YAML, its JSON Schema) loads only when a spec is given: most runs start without it.
 */








const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;
/** The `insecure-registries` input: host[:port] entries that speak plain HTTP (loopback always does). */
function readInsecureRegistries() {
    const entries = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readList */ .LD)('insecure-registries');
    for (const entry of entries) {
        if (!HOST.test(entry)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
        }
    }
    return entries;
}
/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input, resolved, root) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(resolved))
        return resolved;
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(resolved);
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    if (!(0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(realRoot, real)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `'${resolved}' leads outside the workspace (to ${real}) through a symlink`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}
function readKeyValues(name, what) {
    const values = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readKeyValueLines */ .ob)(name);
    for (const key of Object.keys(values)) {
        if (/\s/.test(key) || key === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, `'${key}' is not a valid ${what} name`, `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`);
    }
    return values;
}
/**
 * A file path outside the build context: inside Actions it must be in the workspace or RUNNER_TEMP
 * (where earlier steps leave files); from a terminal (the CLI outside Actions) the person chose it.
 */
function allowedOutsideWorkspace(input, value, root) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, value);
    if (process.env.GITHUB_ACTIONS !== 'true')
        return resolved;
    const runnerTemp = process.env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env.RUNNER_TEMP) : undefined;
    if (runnerTemp && (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(runnerTemp, resolved))
        return resolved;
    return staysInside(input, (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)(input, value, root), root);
}
/** Every secret value is masked before anything else can fail and print. */
function readSecretInputs(root) {
    const lines = { secrets: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secrets'), secretEnvs: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secret-envs'), secretFiles: (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readLines */ .Se)('secret-files') };
    for (const line of lines.secrets) {
        const value = line.slice(line.indexOf('=') + 1);
        if (value)
            _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    const parsed = (0,_core_build_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildSecrets */ .J)(lines, root);
    for (const secret of parsed.secrets)
        if (secret.src)
            allowedOutsideWorkspace('secret-files', secret.src, root);
    return parsed;
}
/**
 * Reads and renders the spec (every problem of the spec fails here, before anything is built) and
 * checks the inputs that cannot go with it.
 */
async function readSpecInput(value, root, buildArgs, target) {
    if ((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('dockerfile') !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('spec', 'is set together with dockerfile', 'Give one of them: a spec declares the image, a Dockerfile writes it');
    }
    if (((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('context') || '.') !== '.') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('context', 'does not apply to a spec: the spec names its files relative to itself', 'Leave context empty, and set context: inside the spec if its files live above its folder');
    }
    const { loadSpec, parseSpecReference } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 5868));
    const spec = loadSpec(parseSpecReference(value, root), { workspace: root, env: process.env, input: 'spec' });
    if (spec.spec.base.kind !== 'dockerfile') {
        for (const [name, given] of [
            ['build-args', Object.keys(buildArgs).length > 0],
            ['target', target !== ''],
        ]) {
            if (given)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(name, 'does not apply to a spec: its Dockerfile is rendered', 'Declare env in the spec instead, or leave it empty');
        }
    }
    for (const warning of spec.rendered.warnings) {
        _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${warning.field}: ${warning.message}`, {
            title: 'image spec',
            file: spec.spec.fileName,
            ...(warning.line ? { startLine: warning.line } : {}),
        });
    }
    return spec;
}
/** The `platforms` input, or the spec's when the input is empty; both given must agree. */
function readPlatforms(spec) {
    const given = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readList */ .LD)('platforms');
    if (!spec || spec.spec.platforms.length === 0)
        return (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatforms */ .em)(given);
    if (given.length === 0)
        return spec.spec.platforms;
    const fromInput = (0,_core_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizePlatforms */ .em)(given);
    if (fromInput.join(',') !== spec.spec.platforms.join(',')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('platforms', `${fromInput.join(', ')} differs from the spec's platforms (${spec.spec.platforms.join(', ')})`, 'Set the platforms in one place: the input or the spec');
    }
    return fromInput;
}
async function readDefinitionInputs() {
    const root = (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRoot */ .oS)();
    const secrets = readSecretInputs(root);
    const manifestFile = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('manifest-file');
    const buildArgs = readKeyValues('build-args', 'build arg');
    const target = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('target');
    const specInput = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('spec');
    const spec = specInput === undefined ? undefined : await readSpecInput(specInput, root, buildArgs, target);
    let context;
    let dockerfile;
    if (spec) {
        context = spec.contextDir;
        dockerfile = spec.reference.file;
    }
    else {
        context = staysInside('context', (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)('context', (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readString */ .E3)('context') || '.', root), root);
        const dockerfileInput = (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readOptional */ .T9)('dockerfile');
        dockerfile = dockerfileInput
            ? staysInside('dockerfile', (0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInWorkspace */ .z1)('dockerfile', dockerfileInput, root), root)
            : staysInside('dockerfile', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(context, 'Dockerfile'), root);
    }
    return {
        context,
        dockerfile,
        buildArgs,
        target,
        platforms: readPlatforms(spec),
        secrets,
        labels: readKeyValues('labels', 'label'),
        manifestFile: manifestFile === undefined ? undefined : allowedOutsideWorkspace('manifest-file', manifestFile, root),
        insecureRegistries: readInsecureRegistries(),
        spec,
    };
}
async function openBuildFiles(inputs) {
    if (!inputs.spec)
        return { contextDir: inputs.context, dockerfile: inputs.dockerfile, useGit: true, secretIds: inputs.secrets.ids, dispose: () => { } };
    const { prepareSpecBuild } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(868), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 9165));
    const prepared = prepareSpecBuild(inputs.spec);
    return { ...prepared, secretIds: [...new Set([...inputs.secrets.ids, ...inputs.spec.rendered.secretIds])].sort() };
}
/** What computeBuildDefinition hashes for these inputs and files: the same for the hash and build actions. */
function definitionOptions(inputs, files) {
    return {
        contextDir: files.contextDir,
        dockerfile: files.dockerfile,
        buildArgs: inputs.buildArgs,
        target: inputs.target,
        platforms: inputs.platforms,
        secrets: files.secretIds,
        labels: inputs.labels,
        ...(files.useGit ? {} : { useGit: false }),
    };
}
/** The manifest as written to manifest-file: with the spec's record when a spec declared the build. */
function manifestWithSpec(manifest, inputs) {
    return inputs.spec ? { ...manifest, spec: inputs.spec.rendered.record } : manifest;
}


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The folder the runner checked out into; paths from inputs must stay inside it. */
function workspaceRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}
/** Resolves a path input against the workspace and rejects one that escapes it. */
function resolveInWorkspace(input, value, root = workspaceRoot()) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, value);
    if (!isInside(root, resolved)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${value}' resolves to ${resolved}, outside the workspace ${root}`, 'Give a path inside the checked-out repository');
    }
    return resolved;
}


/***/ })

};
