export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./src/core/registration.ts
var registration = __webpack_require__(4174);
// EXTERNAL MODULE: ./src/core/targets.ts
var targets = __webpack_require__(277);
// EXTERNAL MODULE: ./src/core/version-policy.ts
var version_policy = __webpack_require__(270);
// EXTERNAL MODULE: ./src/platform/create.ts + 1 modules
var create = __webpack_require__(8855);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/platform/platform.ts
var platform_platform = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/runtime/id-token.ts
var id_token = __webpack_require__(3299);
// EXTERNAL MODULE: ./src/platform/inputs.ts
var inputs = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var runtime_inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/register/inputs.ts





/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}
function readRegisterInputs(env = process.env) {
    const platformInputs = (0,inputs/* readPlatformInputs */.R)();
    const { platform } = platformInputs;
    const description = (0,runtime_inputs/* readOptional */.T9)('description');
    return {
        ...platformInputs,
        imageName: (0,registration/* checkImageName */.vy)(platform, (0,runtime_inputs/* readString */.E3)('image-name')),
        image: (0,registration/* checkPinnedImage */._D)((0,runtime_inputs/* readString */.E3)('image')),
        version: (0,runtime_inputs/* readString */.E3)('version'),
        // Raw lines, so an error can quote the line number the user sees.
        targets: (0,targets/* parseTargets */.Sx)(actions_core/* getInput */.V4('targets').split('\n'), platform),
        ...(description ? { description } : {}),
        commit: (0,registration/* checkCommit */.su)((0,runtime_inputs/* readString */.E3)('commit') || env.GITHUB_SHA || ''),
        gitTag: (0,runtime_inputs/* readString */.E3)('git-tag') || tagOfRef(env.GITHUB_REF),
        hash: (0,registration/* checkHash */.PA)((0,runtime_inputs/* readString */.E3)('hash')),
    };
}

// EXTERNAL MODULE: ./src/platform/dataworks/records.ts
var records = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/actions/register/precheck.ts

/**
 * The limits a platform adds to the generic checks, applied before the first request so that an
 * impossible name fails the step with nothing sent (DataWorks: image names of `[a-z0-9_]`, versions of
 * at most 42 characters, images in an ACR `<registry>/<namespace>/<repository>`).
 */
function precheckForPlatform(platform, request) {
    if (platform !== 'dataworks')
        return;
    (0,records/* checkImageName */.vy)(request.image);
    (0,records/* checkVersionName */.E0)(request.version);
    (0,records/* acrLocation */.Y8)(request.imageRef);
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/register/summary.ts

function publishedText(result) {
    const stage = `(stage ${(0,github_summary/* escapeHtml */.ZD)(result.stage)})`;
    if (!result.published)
        return `not published ${stage}`;
    if (result.tested)
        return `published after its image test passed ${stage}`;
    return result.fresh ? `published <strong>untested</strong>: no test-resource-group is set ${stage}` : `published ${stage}`;
}
/** A job-summary table of the version (new or replayed) and one row per target attached. */
async function writeRegisterSummary(report) {
    const { version } = report;
    await (0,github_summary/* writeSummary */.Sy)('Register', [
        ['Platform', `${(0,github_summary/* escapeHtml */.ZD)(report.platform)} (${(0,github_summary/* code */.aY)(report.endpoint)})`],
        ['Image', (0,github_summary/* code */.aY)(version.image)],
        ['Version', `${(0,github_summary/* code */.aY)(version.version)} \u2014 from ${(0,github_summary/* escapeHtml */.ZD)(report.decision.reason)}`],
        ['Version id', (0,github_summary/* code */.aY)(version.id)],
        ['Outcome', version.created ? 'created' : 'already registered with this digest (nothing changed)'],
        ['Digest', (0,github_summary/* code */.aY)(version.digest)],
        ['Image reference', (0,github_summary/* code */.aY)(version.imageRef)],
        ...(report.published ? [['Published', publishedText(report.published)]] : []),
        ...Object.entries(version.outputs ?? {}).map(([name, value]) => [(0,github_summary/* code */.aY)(name), (0,github_summary/* code */.aY)(value)]),
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
    const { createPlatform: makePlatform = create/* createPlatform */.Q, readIdToken: idTokenFor = id_token/* readIdToken */.x } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readRegisterInputs();
        const decision = (0,version_policy/* decideVersion */.vI)({ explicit: inputs.version, gitTag: inputs.gitTag, hashTag: (0,build_definition/* tagFor */.gY)(inputs.hash) });
        const url = (0,registration/* runUrl */.Vp)(process.env);
        const request = (0,registration/* versionRequest */.Uh)({
            imageName: inputs.imageName,
            version: decision.version,
            image: inputs.image,
            commit: inputs.commit,
            hash: inputs.hash,
            ...(url ? { runUrl: url } : {}),
            ...(inputs.description ? { description: inputs.description } : {}),
        });
        precheckForPlatform(inputs.platform, request);
        actions_core/* info */.pq(`Version ${decision.version}, from ${decision.reason}; image ${request.imageRef}`);
        if (inputs.targets.length > 0)
            actions_core/* info */.pq(`Targets: ${inputs.targets.map(targets/* targetName */.je).join(', ')}`);
        const platform = await makePlatform(await (0,create/* platformOptions */.M)(inputs, idTokenFor));
        const registered = await (0,run_action/* timedGroup */.RD)(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
            await platform.ensureImage(request.image, request.description);
            return platform.createVersion(request);
        });
        const version = registered.value;
        (0,run_action/* setOutputs */.n0)({ version: version.version, 'version-id': version.id, created: version.created, ...version.outputs });
        const published = await publish(platform, version.image, version.version, version.created);
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
            ...(published ? { published: { ...published, fresh: version.created } } : {}),
            timings: { registerMs: registered.ms, attachMs },
        });
    });
}
/**
 * Publishes the version on platforms that publish (DataWorks: image test first when configured).
 * A replayed version that is no longer the image's current one is left as it is; a failed test
 * or publish fails the step before anything is attached.
 */
async function publish(platform, image, version, created) {
    if (!platform.publishVersion)
        return undefined;
    let result;
    try {
        result = (await (0,run_action/* timedGroup */.RD)(`Publish ${image} ${version}`, () => platform.publishVersion(image, version))).value;
    }
    catch (error) {
        if (!(error instanceof platform_platform/* VersionNotCurrentError */.Ry))
            throw error;
        actions_core/* warning */.$e(`${error.message} Left as it is.`);
        return undefined;
    }
    (0,run_action/* setOutputs */.n0)({ published: result.published, 'publish-stage': result.stage });
    if (!result.published) {
        throw new errors/* StepError */.zg(result.stage === 'TestFailed'
            ? `${platform.name}: the image test of ${image} ${version} failed (stage TestFailed); the version was not published and nothing was attached.`
            : `${platform.name}: ${image} ${version} was not published (stage ${result.stage}); nothing was attached.`);
    }
    // On a replay an already published version may have been tested before: only a new one is known untested.
    if (!result.tested && created) {
        actions_core/* warning */.$e(`${platform.name}: ${image} ${version} was published untested. Set test-resource-group=<Serverless resource group> in platform-settings to test versions before they are published.`);
    }
    return result;
}


/***/ })

};
