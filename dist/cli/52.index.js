export const id = 52;
export const ids = [52];
export const modules = {

/***/ 7052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../work/main/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(5149);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/src/core/build-definition.ts
var build_definition = __webpack_require__(3659);
// EXTERNAL MODULE: ../../work/main/src/runtime/errors.ts
var errors = __webpack_require__(659);
;// CONCATENATED MODULE: ../../work/main/src/core/cache-policy.ts
/**
 * Where the layer cache lives and who may write it. Pure: inputs and the GitHub event in, a
 * CachePolicy in the chosen builder's shape out.
 *
 * Rules (DESIGN.md §4):
 * - Only the default branch writes the cache. Pull requests (and every other ref: feature
 *   branches, tags, merge queues) read the default branch's cache and never write it, so a PR can
 *   neither poison nor evict what `main` builds on.
 * - `gha` always carries a scope (the default, `buildkit`, is shared by every image of the
 *   repository and the last writer wins). Default scope: the image and the target, sanitized.
 * - `cache-ref` defaults to `<image>:buildcache`.
 *   - buildx stores the whole cache as one tag: the ref is used as is (`:buildcache` added when
 *     it has no tag), exported with `mode=max`.
 *   - buildah stores one tag per cached layer, so it needs a repository of its own: `<repo>:<tag>`
 *     becomes the repository `<repo>-<tag>` (`ghcr.io/org/app:buildcache` →
 *     `ghcr.io/org/app-buildcache`). A sibling repository rather than `<repo>/buildcache`, because
 *     Docker Hub allows only two path components. A ref without a tag is used as the repository.
 */

const CACHE_TYPES = ['registry', 'gha', 'none'];
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
function decideCachePolicy(input) {
    if (input.cache === 'none')
        return { type: 'none', ref: '', read: [], write: false, reason: 'cache disabled (cache: none)' };
    const { write, why } = mayWrite(input);
    if (input.cache === 'gha') {
        const scope = input.scope?.trim() ? sanitizeScope(input.scope) : defaultGhaScope(input.image, input.target);
        return { type: 'gha', ref: scope, read: [scope], write, scope, reason: `${why} (gha scope ${scope})` };
    }
    const cacheRef = input.cacheRef?.trim() || `${input.image}:buildcache`;
    const location = input.builder === 'buildah' ? buildahCacheRepository(cacheRef) : buildxCacheRef(cacheRef);
    return { type: 'registry', ref: location, read: [location], write, reason: `${why} (${location})` };
}
function mayWrite(input) {
    if (PULL_REQUEST_EVENTS.has(input.eventName)) {
        return { write: false, why: "pull request: reads the default branch's cache, never writes it" };
    }
    if (!input.defaultBranch)
        return { write: false, why: 'default branch unknown: reads the cache, does not write it' };
    if (input.ref === `refs/heads/${input.defaultBranch}`) {
        return { write: true, why: `default branch ${input.defaultBranch}: reads and writes the cache` };
    }
    const ref = input.ref || '(no ref)';
    return { write: false, why: `${ref} is not the default branch ${input.defaultBranch}: reads the cache, does not write it` };
}
/** Lowercase, anything outside `[a-z0-9._-]` becomes `-` (scopes end up in cache keys and CSV flags). */
function sanitizeScope(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function defaultGhaScope(image, target) {
    return sanitizeScope(target ? `${image}-${target}` : image);
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** `<repository>[:tag]`; a digest, an uppercase path or an empty part is an input error. */
function splitCacheRef(cacheRef) {
    const bad = (problem) => new errors/* InputError */.dz('cache-ref', `'${cacheRef}' ${problem}`, 'Use a repository with an optional tag, e.g. ghcr.io/org/app:buildcache');
    if (cacheRef.includes('@'))
        throw bad('is pinned by digest; a cache must be writable');
    const lastSlash = cacheRef.lastIndexOf('/');
    const colon = cacheRef.lastIndexOf(':');
    const hasTag = colon > lastSlash;
    const repository = hasTag ? cacheRef.slice(0, colon) : cacheRef;
    const tag = hasTag ? cacheRef.slice(colon + 1) : undefined;
    const parts = repository.split('/');
    const hasHost = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '');
    const path = hasHost ? parts.slice(1) : parts;
    if (path.length === 0 || !path.every((part) => PATH_COMPONENT.test(part))) {
        throw bad('is not a valid repository (lowercase letters, digits and . _ - separators)');
    }
    if (tag !== undefined && !TAG.test(tag))
        throw bad(`has an invalid tag '${tag}'`);
    return { repository, tag };
}
/** buildx: one tag holds the whole cache. */
function buildxCacheRef(cacheRef) {
    const { repository, tag } = splitCacheRef(cacheRef);
    return `${repository}:${tag ?? 'buildcache'}`;
}
/** buildah: a repository holds the cache, one tag per layer. */
function buildahCacheRepository(cacheRef) {
    const { repository, tag } = splitCacheRef(cacheRef);
    if (tag === undefined)
        return repository;
    const suffix = tag.toLowerCase();
    const last = repository.slice(repository.lastIndexOf('/') + 1);
    if (!PATH_COMPONENT.test(`${last}-${suffix}`)) {
        throw new errors/* InputError */.dz('cache-ref', `the tag '${tag}' cannot become part of the buildah cache repository '${repository}-${suffix}'`, 'Use a tag of lowercase letters and digits, e.g. :buildcache, or give a repository without a tag');
    }
    return `${repository}-${suffix}`;
}

// EXTERNAL MODULE: ../../work/main/src/core/image-ref.ts
var image_ref = __webpack_require__(908);
// EXTERNAL MODULE: ../../work/main/src/hash/compute-build-definition.ts + 12 modules
var compute_build_definition = __webpack_require__(8554);
// EXTERNAL MODULE: ../../work/main/src/hash/manifest-file.ts
var manifest_file = __webpack_require__(6652);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../../work/main/src/builders/command-runner.ts
/**
 * The seam between builders and the processes they start: an argv array in, exit code and the
 * captured output back, while the output streams to the log as it comes.
 */


const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;
/** Runs real processes; echoes `[command] …` and streams their output to `sink` (stdout by default). */
class SpawnRunner {
    sink;
    captureLimit;
    constructor(sink = (text) => void process.stdout.write(text), captureLimit = DEFAULT_CAPTURE_LIMIT) {
        this.sink = sink;
        this.captureLimit = captureLimit;
    }
    run(command, args, options = {}) {
        if (!options.quiet)
            this.sink(`[command] ${formatCommand(command, args)}\n`);
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            let captured = '';
            let stdout = '';
            // Keep the tail: failures are explained by the last lines.
            const keepTail = (text) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
            const take = (fromStdout) => (text) => {
                if (!options.quiet)
                    this.sink(text);
                captured = keepTail(captured + text);
                if (fromStdout)
                    stdout = keepTail(stdout + text);
            };
            // Decoded per stream, so a character split across chunks stays whole.
            child.stdout.setEncoding('utf8');
            child.stderr.setEncoding('utf8');
            child.stdout.on('data', take(true));
            child.stderr.on('data', take(false));
            child.once('error', (error) => {
                const why = error.code === 'ENOENT' ? `'${command}' is not installed or not on PATH` : error.message;
                reject(new errors/* StepError */.zg(`Cannot run ${command}: ${why}`, { cause: error }));
            });
            child.once('close', (code, signal) => {
                if (signal && !captured.endsWith('\n'))
                    captured += '\n';
                if (signal)
                    captured += `killed by ${signal}\n`;
                resolve({ exitCode: code ?? 128, output: captured, stdout });
            });
        });
    }
}
/** A command line for humans (quoted where needed); argv itself never goes through a shell. */
function formatCommand(command, args) {
    return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`)).join(' ');
}
/** The last `count` non-empty lines of a log. */
function logTail(log, count = 30) {
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    return lines.slice(-count).join('\n');
}
/** A failure that names the command and shows the tail of what it printed. */
function commandFailed(what, result, lines = 30) {
    const tail = logTail(result.output, lines);
    return new errors/* StepError */.zg(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}

;// CONCATENATED MODULE: ../../work/main/src/builders/flags.ts
/** Flag values both builders spell the same way. */

/** `id=…,env=…` or `id=…,src=…`: the value itself never appears on a command line. */
function secretSpec(secret) {
    if (!/^[A-Za-z0-9_.-]+$/.test(secret.id)) {
        throw new errors/* InputError */.dz('secrets', `secret id '${secret.id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
    }
    if (Boolean(secret.env) === Boolean(secret.src)) {
        throw new errors/* InputError */.dz('secrets', `secret '${secret.id}' needs exactly one source`, 'Give it either an environment variable or a file');
    }
    if (secret.src?.includes(',')) {
        throw new errors/* InputError */.dz('secrets', `the file of secret '${secret.id}' has a comma in its path`, 'Move the file to a path without commas');
    }
    return secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`;
}
/** `KEY=value` pairs sorted by key, so the same request always gives the same argv. */
function sortedPairs(record) {
    return Object.keys(record)
        .sort()
        .map((key) => `${key}=${record[key]}`);
}

;// CONCATENATED MODULE: ../../work/main/src/builders/platforms.ts
/** Platform strings (`os/arch[/variant]`) and the check that a manifest list carries each of them. */
/** The variant a platform has when none is written (OCI image-spec conventions). */
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
function parsePlatform(text) {
    const [os = '', architecture = '', variant] = text.trim().toLowerCase().split('/');
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
function variantOf(platform) {
    return platform.variant?.toLowerCase() || DEFAULT_VARIANT[platform.architecture.toLowerCase()] || '';
}
/** Same os and architecture; variants compared with their defaults filled in. */
function samePlatform(wanted, found) {
    return (wanted.os.toLowerCase() === found.os.toLowerCase() &&
        wanted.architecture.toLowerCase() === found.architecture.toLowerCase() &&
        variantOf(wanted) === variantOf(found));
}
/** The requested platforms an OCI index / Docker manifest list (JSON text) does not carry. */
function missingPlatforms(requested, indexJson) {
    const index = JSON.parse(indexJson);
    const found = (index.manifests ?? []).flatMap((entry) => (entry.platform ? [entry.platform] : []));
    return requested.filter((text) => !found.some((platform) => samePlatform(parsePlatform(text), platform)));
}

;// CONCATENATED MODULE: ../../work/main/src/builders/registries.ts
/** Which registry a reference points at, and whether the builders may talk to it without TLS. */
/** `host[:port]` of an image reference, with Docker's rule: the first part is a host when it has `.` or `:` or is `localhost`. */
function registryHost(reference) {
    const slash = reference.indexOf('/');
    if (slash === -1)
        return 'docker.io';
    const first = reference.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return first.toLowerCase();
    return 'docker.io';
}
function hostWithoutPort(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.lastIndexOf(':');
    return colon === -1 ? host : host.slice(0, colon);
}
/** Loopback registries speak plain HTTP, as Docker does for 127.0.0.0/8 and localhost. */
function isLoopbackHost(host) {
    const name = hostWithoutPort(host.toLowerCase());
    return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}
/**
 * True for loopback hosts and for hosts listed in `insecure` (an entry without a port matches
 * every port of that host).
 */
function isInsecureRegistry(host, insecure) {
    const wanted = host.toLowerCase();
    if (isLoopbackHost(wanted))
        return true;
    return insecure.some((entry) => {
        const listed = entry.trim().toLowerCase();
        if (listed === wanted)
            return true;
        return hostWithoutPort(listed) === listed && hostWithoutPort(wanted) === listed;
    });
}

;// CONCATENATED MODULE: ../../work/main/src/builders/buildah.ts
/**
 * The daemonless builder: `buildah bud --layers` with a registry layer cache, `--timestamp` for
 * reproducible output, then `buildah push --digestfile` (one platform) or
 * `buildah manifest push --all --digestfile` (several: the digest is the index's).
 *
 * Notes on buildah 1.28 (Debian 12), seen on this machine:
 * - `--cache-from` takes one repository; given twice, the last one wins. We pass the first read ref.
 * - `--tls-verify` is per command, not per registry (`--registries-conf-dir` is ignored), so a
 *   build that talks to an insecure registry pulls its base images without TLS verification too.
 * - Multi-platform builds with `--layers` can take a layer-cache hit from another platform when the
 *   platforms' base layers are byte-identical (podman#18723, fixed in buildah 1.41): the manifest
 *   list then lacks a platform. We check the list and rebuild once with `--no-cache` when it does.
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
    return refs.some((ref) => isInsecureRegistry(registryHost(ref), request.insecureRegistries));
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
    for (const pair of sortedPairs(request.buildArgs))
        args.push('--build-arg', pair);
    for (const secret of request.secrets)
        args.push('--secret', secretSpec(secret));
    for (const pair of sortedPairs(request.labels))
        args.push('--label', pair);
    if (request.cache.type === 'registry') {
        const from = request.cache.read[0];
        if (from)
            args.push('--cache-from', from);
        if (request.cache.write)
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
function buildahPushArgs(request, plan, options = DEFAULT_BUILDAH_OPTIONS) {
    const args = [...buildahGlobalArgs(options), ...(plan.manifestList ? ['manifest', 'push', '--all'] : ['push'])];
    args.push('--digestfile', plan.digestFile);
    if (isInsecureRegistry(registryHost(plan.destination), request.insecureRegistries))
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(plan.source, `docker://${plan.destination}`);
    return args;
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
class BuildahBuilder {
    options;
    name = 'buildah';
    constructor(options = buildahOptionsFromEnv()) {
        this.options = options;
    }
    async build(request, runner) {
        if (request.push && request.tags.length === 0)
            throw new errors/* StepError */.zg('Nothing to push to: the build request has no tags');
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'buildah-build-'));
        const outputs = [];
        const run = async (what, args, quiet = false) => {
            const result = await runner.run(this.options.command, args, { env: request.environment, quiet });
            if (!quiet)
                outputs.push(result.output);
            if (result.exitCode !== 0)
                throw commandFailed(what, result);
            return result;
        };
        const multi = request.platforms.length > 1;
        const list = `localhost/image-actions-build-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        try {
            const source = multi ? await this.buildList(request, list, run) : await this.buildImage(request, work, run);
            let digest = '';
            if (request.push) {
                const digests = new Set();
                for (const [index, tag] of request.tags.entries()) {
                    const digestFile = external_node_path_default().join(work, `digest-${index}`);
                    const plan = { source, destination: tag, digestFile, manifestList: multi };
                    await run(`buildah push to ${tag}`, buildahPushArgs(request, plan, this.options));
                    const pushed = (await (0,promises_.readFile)(digestFile, 'utf8').catch(() => '')).trim();
                    if (!DIGEST.test(pushed))
                        throw new errors/* StepError */.zg(`buildah push to ${tag} reported no digest (got '${pushed}')`);
                    digests.add(pushed);
                }
                if (digests.size > 1)
                    throw new errors/* StepError */.zg(`The pushed tags got different digests: ${[...digests].join(', ')}`);
                digest = [...digests][0] ?? '';
            }
            return { digest, log: outputs.join('') };
        }
        finally {
            if (multi) {
                await runner.run(this.options.command, [...buildahGlobalArgs(this.options), 'manifest', 'rm', list], { quiet: true }).catch(() => undefined);
            }
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
    /** One platform: build, return the image ID. */
    async buildImage(request, work, run) {
        const iidFile = external_node_path_default().join(work, 'iid');
        await run('buildah bud', buildahBudArgs(request, { iidFile }, this.options));
        const id = (await (0,promises_.readFile)(iidFile, 'utf8')).trim().replace(/^sha256:/, '');
        if (!/^[a-f0-9]{64}$/.test(id))
            throw new errors/* StepError */.zg(`buildah bud wrote no image ID (got '${id}')`);
        return id;
    }
    /** Several platforms: build into a local manifest list, make sure it carries every platform. */
    async buildList(request, list, run) {
        await run('buildah bud', buildahBudArgs(request, { manifest: list }, this.options));
        let missing = await this.missing(request, list, run);
        if (missing.length > 0) {
            core/* warning */.$e(`buildah's layer cache mixed up platforms (${missing.join(', ')} missing from the manifest list; ` +
                'a known bug of buildah before 1.41 when platforms share identical layers). Rebuilding once without the layer cache.');
            await run('buildah manifest rm', [...buildahGlobalArgs(this.options), 'manifest', 'rm', list]);
            await run('buildah bud --no-cache', buildahBudArgs(request, { manifest: list, noCache: true }, this.options));
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
}

;// CONCATENATED MODULE: ../../work/main/src/builders/docker-config.ts
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

;// CONCATENATED MODULE: ../../work/main/src/builders/buildx.ts
/**
 * The Docker builder: `docker buildx build --push --metadata-file …` (GitHub-hosted runners).
 * The digest comes from the metadata file's `containerimage.digest` — empty or missing there is a
 * failure, never "no digest, carry on" (docker/build-push-action#906, #1435).
 *
 * Provenance is always passed explicitly: BuildKit's default attestation turns even a
 * single-platform push into an index with an `unknown/unknown` entry (build-push-action#755).
 * Default here: `false`, so one platform gives one image manifest, as with buildah.
 */








const DEFAULT_BUILDX_OPTIONS = { command: 'docker', provenance: 'false' };
function insecureSuffix(ref, request) {
    return isInsecureRegistry(registryHost(ref), request.insecureRegistries) ? ',registry.insecure=true' : '';
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
        const insecure = request.tags.some((tag) => isInsecureRegistry(registryHost(tag), request.insecureRegistries));
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
    for (const pair of sortedPairs(buildArgs))
        args.push('--build-arg', pair);
    for (const secret of request.secrets)
        args.push('--secret', secretSpec(secret));
    for (const pair of sortedPairs(request.labels))
        args.push('--label', pair);
    for (const tag of request.tags)
        args.push('--tag', tag);
    args.push(...buildxCacheArgs(request));
    args.push(request.contextDir);
    return args;
}
const buildx_DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * The pushed digest from buildx's `--metadata-file` JSON: `containerimage.digest` (the image
 * manifest for one platform, the index for several). Missing, empty or malformed → StepError.
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
    if (!buildx_DIGEST.test(digest))
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
                throw commandFailed('docker buildx build', result);
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

;// CONCATENATED MODULE: ../../work/main/src/builders/detect.ts
/**
 * Which builder runs the build: the `builder` input, where `auto` means buildx when a Docker
 * engine answers (GitHub-hosted runners) and buildah otherwise (daemonless runners, this machine).
 */



const BUILDER_CHOICES = ['auto', 'buildx', 'buildah'];
function parseBuilderChoice(value) {
    const choice = value.trim().toLowerCase();
    if (BUILDER_CHOICES.includes(choice))
        return choice;
    throw new errors/* InputError */.dz('builder', `'${value}' is not a known builder`, `Use one of: ${BUILDER_CHOICES.join(', ')}`);
}
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
    const choice = parseBuilderChoice(value);
    if (choice !== 'auto')
        return choice;
    return (await dockerEngineAnswers(runner)) ? 'buildx' : 'buildah';
}
function createBuilder(name, options = {}) {
    return name === 'buildx'
        ? new BuildxBuilder(options.buildx ?? DEFAULT_BUILDX_OPTIONS)
        : new BuildahBuilder(options.buildah ?? buildahOptionsFromEnv());
}

// EXTERNAL MODULE: ../../work/main/src/git/state.ts + 1 modules
var git_state = __webpack_require__(1812);
// EXTERNAL MODULE: ../../work/main/src/git/state-reader.ts + 1 modules
var state_reader = __webpack_require__(5342);
;// CONCATENATED MODULE: ../../work/main/src/build/commit-facts.ts
/**
 * The commit an image is built from (for its labels and its created time), and the repository's
 * default branch (for the cache policy), from git and the run's event — the same rules as the
 * git-state action: on pull requests the pull request head, not the temporary merge commit.
 */


async function readCommitFacts(dir, context) {
    try {
        const state = (0,git_state/* decideGitState */.Qj)(await (0,state_reader/* readRepositoryFacts */.mW)(dir, (0,git_state/* commitsToRead */.Gy)(context)), context);
        return { commit: state.commit, commitTime: state.commitTime, gitTag: state.tag, clean: state.clean, warnings: state.warnings };
    }
    catch (error) {
        if (!(error instanceof state_reader/* NotARepositoryError */.lE))
            throw error;
        const epoch = Number(process.env.SOURCE_DATE_EPOCH);
        return {
            commit: '',
            ...(Number.isInteger(epoch) && epoch >= 0 ? { commitTime: epoch } : {}),
            gitTag: '',
            clean: true,
            warnings: [`${error.message}: the image gets no revision label${Number.isInteger(epoch) ? '' : ' and no fixed created time (set SOURCE_DATE_EPOCH for one)'}`],
        };
    }
}
/** `repository.default_branch` of the event payload; empty when unknown (a CLI run). */
function defaultBranchOf(context) {
    const event = context.event;
    const branch = event?.repository?.default_branch;
    return typeof branch === 'string' ? branch : '';
}

// EXTERNAL MODULE: ../../work/main/src/core/platforms.ts
var platforms = __webpack_require__(8689);
;// CONCATENATED MODULE: ../../work/main/src/registry/challenge.ts
/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by
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
            // `, name=` continues this challenge; `, Scheme …` starts the next one.
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

;// CONCATENATED MODULE: ../../work/main/src/registry/chunks.ts
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

;// CONCATENATED MODULE: ../../work/main/src/registry/digest.ts
/** Content digests: computing them, and verifying a stream as it flows without holding it. */

function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** `sha256` / `sha512` hash name of a digest, or undefined when we cannot verify it. */
function digestAlgorithm(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return algorithm === 'sha256' || algorithm === 'sha512' ? algorithm : undefined;
}
function computeDigest(bytes, algorithm) {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(expected, actual, what) {
        super(`${what}: content digest ${actual} does not match the expected ${expected}; the data was altered or truncated in transit`);
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
/**
 * A pass-through stream that hashes what flows and, at the end, fails the stream if the digest or
 * the size differs from what was expected, so a consumer never commits corrupted bytes.
 */
function verifyingStream(expectedDigest, expectedSize, what) {
    const algorithm = digestAlgorithm(expectedDigest);
    if (!algorithm)
        throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    let size = 0;
    return new TransformStream({
        transform(chunk, controller) {
            size += chunk.byteLength;
            if (expectedSize !== undefined && size > expectedSize) {
                controller.error(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
                return;
            }
            hash.update(chunk);
            controller.enqueue(chunk);
        },
        flush(controller) {
            if (expectedSize !== undefined && size !== expectedSize) {
                controller.error(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
                return;
            }
            const actual = `${algorithm}:${hash.digest('hex')}`;
            if (actual !== expectedDigest)
                controller.error(new DigestMismatchError(expectedDigest, actual, what));
        },
    });
}

;// CONCATENATED MODULE: ../../work/main/src/registry/retry.ts
/**
 * When to retry a registry request, and how long to wait. Pure: the clock and the random source
 * come in as arguments so the decisions can be tested as tables.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx except the permanent 501/505, and
 * connection-level failures (reset, hang-up, timeout). Never any other 4xx: a 401 or 404 will
 * not change by asking again. Bounded by attempts AND elapsed time, whichever comes first.
 */
const defaultRetryPolicy = {
    maxAttempts: 5,
    maxElapsedMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
};
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
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
/** The innermost `code` / message of an error chain (`fetch failed` → cause → cause). */
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
/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
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
 * Exponential backoff with jitter: step = min(maxDelay, base·2^(attempt-1)); the wait is drawn
 * from [step/2, step) so concurrent clients spread out but never hammer at once.
 */
function backoffDelay(attempt, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(step / 2 + (random * step) / 2);
}
function retryDecision(input) {
    const { attempt, outcome, elapsedMs, policy } = input;
    if ('error' in outcome) {
        if (!isTransientNetworkError(outcome.error))
            return { retry: false, reason: 'not a transient network error' };
    }
    else if (!isRetryableStatus(outcome.status)) {
        return { retry: false, reason: `HTTP ${outcome.status} is not retryable` };
    }
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: `gave up after ${attempt} attempts` };
    const retryAfter = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
    const delayMs = retryAfter ?? backoffDelay(attempt, policy, input.random);
    if (elapsedMs + delayMs > policy.maxElapsedMs) {
        return {
            retry: false,
            reason: retryAfter !== undefined
                ? `the registry asked to wait ${Math.ceil(retryAfter / 1000)} s, beyond the ${Math.round(policy.maxElapsedMs / 1000)} s retry budget`
                : `gave up after ${attempt} attempts in ${Math.round(elapsedMs / 1000)} s`,
        };
    }
    return { retry: true, delayMs };
}

;// CONCATENATED MODULE: ../../work/main/src/registry/errors.ts
/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */


class RegistryError extends errors/* StepError */.zg {
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
/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. */
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
        ? ` (${errors.map((entry) => `${entry.code}${entry.message ? `: ${entry.message}` : ''}`).join('; ').slice(0, 300)})`
        : '';
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    const message = `Registry error while ${context.action}: HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${where(context)}${detail}${gaveUp}; ${advice(status, context, codes)}`;
    return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: isRetryableStatus(status) });
}
/** An error for a request that got no HTTP answer at all. */
function networkError(error, context, scheme) {
    const chain = errorChain(error);
    const code = chain.map((link) => link.code).find((c) => c !== undefined);
    const innermost = chain[chain.length - 1]?.message ?? String(error);
    let hint = 'check the registry address and that it is reachable from this runner';
    if (code === 'ECONNREFUSED')
        hint = `nothing listens at ${context.registry}: is the registry running, and is the port right?`;
    else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        hint = `the host name of ${context.registry} does not resolve: check the image reference`;
    else if (scheme === 'https' && chain.some((link) => /wrong version number|EPROTO|certificate|self[- ]signed|ERR_SSL/i.test(`${link.code ?? ''} ${link.message}`))) {
        hint = `TLS failed: if ${context.registry} speaks plain HTTP, list it in insecure-registries`;
    }
    const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
    return new RegistryError(`Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`, context.registry, context.repository, undefined, code, { cause: error, transient: isTransientNetworkError(error) });
}

;// CONCATENATED MODULE: ../../work/main/src/registry/media-types.ts
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
const manifestAccept = [
    MediaTypes.ociIndex,
    MediaTypes.ociManifest,
    MediaTypes.dockerManifestList,
    MediaTypes.dockerManifest,
].join(', ');
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

;// CONCATENATED MODULE: ../../work/main/src/registry/copy.ts
/**
 * Copying an image (index, child manifests, blobs) between repositories or registries without a
 * local store: blobs that already exist are skipped, blobs in the same registry are mounted (no
 * bytes move), the rest are streamed source → destination with digest verification. Manifests are
 * PUT with their exact bytes, so the copy has the same digest as the source.
 */





function sameRegistry(a, b) {
    return a.apiHost === b.apiHost;
}
function copy_transient(error) {
    if (error instanceof RegistryError)
        return error.transient;
    return error instanceof DigestMismatchError || isTransientNetworkError(error);
}
/**
 * One blob into `dst`: skip if present, mount within a registry, else stream it. A failed stream
 * (dropped connection, 5xx mid-upload, digest mismatch) restarts the whole blob with a fresh
 * upload session, bounded by the client's retry policy.
 */
async function copyBlob(client, src, dst, descriptor) {
    if (descriptor.urls?.length)
        return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
    if (await client.headBlob(dst, descriptor.digest))
        return 'exists';
    let uploadUrl;
    if (sameRegistry(src, dst) && src.repository !== dst.repository) {
        const mount = await client.mountBlob(dst, src, descriptor.digest);
        if (mount.mounted)
            return 'mounted';
        uploadUrl = mount.uploadUrl;
    }
    const { policy, now, random } = client.http.options;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            const stream = await client.openBlob(src, descriptor);
            await client.uploadBlob(dst, descriptor, stream, uploadUrl);
            return 'copied';
        }
        catch (error) {
            uploadUrl = undefined; // a failed session is not reused
            const decision = copy_transient(error)
                ? retryDecision({ attempt, outcome: { status: 503 }, elapsedMs: now() - started, policy, random: random(), nowMs: Date.now() })
                : { retry: false, reason: '' };
            if (!decision.retry) {
                const what = `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`;
                if (error instanceof RegistryError) {
                    if (attempt > 1)
                        error.message = `${error.message} (${what}: ${decision.reason})`;
                    throw error;
                }
                if (error instanceof DigestMismatchError) {
                    throw new RegistryError(`${error.message} (${what}${attempt > 1 ? `; ${decision.reason}` : ''})`, src.registry, src.repository, undefined, 'DIGEST_INVALID', { cause: error });
                }
                throw networkError(error, { registry: src.registry, repository: src.repository, action: what, ...(attempt > 1 ? { gaveUp: decision.reason } : {}) }, 'http');
            }
            client.http.options.log(`blob ${descriptor.digest}: ${error instanceof Error ? error.message : String(error)}; restarting the copy in ${decision.delayMs} ms`);
            await client.http.options.sleep(decision.delayMs);
            if (await client.headBlob(dst, descriptor.digest))
                return 'exists'; // the failed attempt may have completed after all
        }
    }
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
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
async function copyImage(client, srcInput, dstInput, options = {}) {
    const src = typeof srcInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(srcInput) : srcInput;
    const dst = typeof dstInput === 'string' ? (0,image_ref/* parseImageRef */.Q)(dstInput) : dstInput;
    const result = { digest: '', mediaType: '', image: '', blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 }, bytesCopied: 0, manifests: 0 };
    const concurrency = options.concurrency ?? 3;
    const top = await client.getManifest(src);
    if (dst.digest && dst.digest !== top.digest) {
        throw new RegistryError(`Cannot copy ${(0,image_ref/* formatImageRef */.kL)(src)} (digest ${top.digest}) to ${(0,image_ref/* formatImageRef */.kL)(dst)}: the digests differ`, dst.registry, dst.repository);
    }
    const copyTree = async (manifest, ref) => {
        if (isIndexMediaType(manifest.mediaType)) {
            for (const child of manifest.manifest.manifests ?? []) {
                if (await client.headManifest((0,image_ref/* withDigest */.hQ)(dst, child.digest)))
                    continue;
                const fetched = await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, child.digest));
                await copyTree(fetched, ref);
                await client.putManifest((0,image_ref/* withDigest */.hQ)(dst, fetched.digest), fetched);
                result.manifests++;
            }
            return;
        }
        const image = manifest.manifest;
        const blobs = [image.config, ...(image.layers ?? [])].filter((d) => Boolean(d?.digest));
        await forEachLimited(blobs, concurrency, async (descriptor) => {
            const outcome = await copyBlob(client, src, dst, descriptor);
            result.blobs[outcome]++;
            if (outcome === 'copied')
                result.bytesCopied += descriptor.size;
        });
    };
    await copyTree(top, src);
    const digest = await client.putManifest(dst.tag ? (0,image_ref/* withTag */.Rd)(dst, dst.tag) : (0,image_ref/* withDigest */.hQ)(dst, top.digest), top);
    result.manifests++;
    if (digest !== top.digest) {
        throw new RegistryError(`The copy of ${(0,image_ref/* formatImageRef */.kL)(src)} at ${(0,image_ref/* formatImageRef */.kL)(dst)} has digest ${digest}, not ${top.digest}`, dst.registry, dst.repository);
    }
    return { ...result, digest, mediaType: top.mediaType, image: (0,image_ref/* formatImageRef */.kL)((0,image_ref/* withDigest */.hQ)(dst, digest)) };
}

;// CONCATENATED MODULE: ../../work/main/src/registry/credentials.ts
/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */





const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
const dockerHubConfigKey = 'https://index.docker.io/v1/';
/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` → `ghcr.io`. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0]?.toLowerCase() ?? '';
}
function credentials_sameRegistry(registry, key) {
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
function explicitCredentials(entries, mask = core/* setSecret */.Pq) {
    const masked = entries.map((entry) => maskCredential({ username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' }, mask));
    return async (registry) => {
        const index = entries.findIndex((entry) => credentials_sameRegistry(registry, entry.registry));
        return index === -1 ? undefined : masked[index];
    };
}
function credentials_dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || external_node_path_default().join((0,external_node_os_.homedir)(), '.docker');
}
/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
function dockerConfigCredentials(options = {}) {
    const mask = options.mask ?? core/* setSecret */.Pq;
    const runHelper = options.runHelper ?? runCredentialHelper;
    const cache = new Map();
    return (registry) => {
        const key = registry.toLowerCase();
        let found = cache.get(key);
        if (!found) {
            found = lookUp(registry, options.configDir ?? credentials_dockerConfigDir(), runHelper, mask);
            cache.set(key, found);
        }
        return found;
    };
}
async function lookUp(registry, configDir, runHelper, mask) {
    const file = external_node_path_default().join(configDir, 'config.json');
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`Cannot read Docker credentials from ${file}: ${error.message}`, { cause: error });
    }
    const isHub = dockerHubAliases.has(registry.toLowerCase());
    const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => credentials_sameRegistry(registry, key));
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
    const authKey = (isHub && dockerHubConfigKey in auths ? dockerHubConfigKey : undefined) ?? Object.keys(auths).find((key) => credentials_sameRegistry(registry, key));
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
    return (helper, serverUrl) => {
        if (!/^[A-Za-z0-9._-]+$/.test(helper))
            return Promise.resolve({ found: false, detail: `helper name "${helper}" is not valid` });
        const program = `docker-credential-${helper}`;
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: options.timeoutMs ?? 30_000, maxBuffer: 1 << 20, ...(options.env ? { env: options.env } : {}) }, (error, stdout, stderr) => {
                if (error && error.code === 'ENOENT')
                    return resolve(undefined);
                if (error) {
                    const text = `${stdout}${stderr}`.trim();
                    // The helper protocol's "not found" answer; anything else is a broken helper the user must see.
                    if (/credentials not found/i.test(text))
                        return resolve({ found: false, detail: text });
                    return reject(new Error(`${program} get failed for ${serverUrl}: ${text.slice(0, 200) || error.message}`, { cause: error }));
                }
                try {
                    const answer = JSON.parse(stdout);
                    if (!answer.Secret)
                        return resolve({ found: false, detail: 'empty secret' });
                    resolve({ found: true, username: answer.Username ?? '', secret: answer.Secret });
                }
                catch {
                    reject(new Error(`${program} get returned something that is not JSON for ${serverUrl}`));
                }
            });
            child.stdin?.on('error', () => undefined); // a helper that exits without reading stdin
            child.stdin?.end(serverUrl);
        });
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
    const mask = options.mask ?? core/* setSecret */.Pq;
    return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ../../work/main/src/registry/scheme.ts
/**
 * HTTP or HTTPS for a registry host. Docker's rule: loopback registries (127.0.0.0/8, ::1,
 * localhost) speak plain HTTP; every other registry HTTPS unless listed as insecure
 * (`host`, `host:port`, or a CIDR such as `10.0.0.0/8`). Pure.
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
function scheme_isLoopbackHost(hostPort) {
    const { host } = splitHostPort(hostPort);
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,external_node_net_.isIP)(host) === 4)
        return host.split('.')[0] === '127';
    if ((0,external_node_net_.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
    return false;
}
function matchesInsecureEntry(hostPort, entry) {
    const wanted = entry.trim().replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase();
    if (!wanted)
        return false;
    const { host, port } = splitHostPort(hostPort.toLowerCase());
    if (wanted.includes('/')) {
        // CIDR: applies to IP literals only (Docker does the same after resolving; we do not resolve names).
        const [base = '', bits = ''] = wanted.split('/');
        const family = (0,external_node_net_.isIP)(base);
        const prefix = Number(bits);
        if (!family || !Number.isInteger(prefix) || (0,external_node_net_.isIP)(host) !== family)
            return false;
        const list = new external_node_net_.BlockList();
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
function registryScheme(apiHost, insecureRegistries = []) {
    if (scheme_isLoopbackHost(apiHost))
        return 'http';
    return insecureRegistries.some((entry) => matchesInsecureEntry(apiHost, entry)) ? 'http' : 'https';
}
/** `http(s)://host[:port]/v2/` for a registry API host. */
function registryBaseUrl(apiHost, insecureRegistries = []) {
    return `${registryScheme(apiHost, insecureRegistries)}://${apiHost}/v2/`;
}

;// CONCATENATED MODULE: ../../work/main/src/registry/auth.ts



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
            throw new RegistryError(`${target.registry} asked for a bearer token but named no realm to get it from`, target.registry, undefined, 401);
        let realmUrl;
        try {
            realmUrl = new URL(realm);
        }
        catch {
            throw new RegistryError(`${target.registry} named an invalid token realm "${realm}"`, target.registry, undefined, 401);
        }
        const sendsSecret = Boolean(credential?.password || credential?.identityToken);
        if (sendsSecret && realmUrl.protocol !== 'https:' && !(scheme_isLoopbackHost(realmUrl.host) || registryScheme(realmUrl.host, this.options.insecureRegistries) === 'http')) {
            throw new RegistryError(`${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`, target.registry, undefined);
        }
        const service = challenge.params.service;
        const context = { registry: target.registry, action: `getting a token from ${realmUrl.origin}${realmUrl.pathname}` };
        this.tokenRequests++;
        this.options.log(`token request to ${realmUrl.origin}${realmUrl.pathname} for ${scopes.join(' ') || '(no scope)'}`);
        let answer;
        if (credential?.identityToken) {
            // OAuth2 refresh-token grant, as the Docker CLI does with an identity token.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: this.options.clientId ?? 'image-actions' });
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
            throw httpError(answer.status, answer.statusText, answer.text, {
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
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} answered 200 without JSON`, target.registry, undefined, 200);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
        if (!token)
            throw new RegistryError(`The token server at ${realmUrl.origin} for ${target.registry} returned no token`, target.registry, undefined, 200);
        this.options.mask(token);
        const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : defaultTokenLifetimeS;
        this.tokens.set(this.tokenKey(challenge, scopes), { token, expiresAt: this.options.now() + lifetimeS * 1000 - expiryMarginMs });
        return token;
    }
}

;// CONCATENATED MODULE: ../../work/main/src/registry/http.ts
/**
 * One registry request: URL and scheme, authorization (challenge → Basic or Bearer, once per
 * 401), bounded retries with backoff, and errors that name registry, repository and status.
 * `fetch` is a seam: tests put a fault-injecting transport (or proxy) in front of the registry.
 */





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
        return `${registryScheme(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
    }
    /** Removes every secret we know of from a text (belt and braces for messages built from server answers). */
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
    context(request, extra = {}) {
        return {
            registry: request.target.registry,
            ...(request.target.repository ? { repository: request.target.repository } : {}),
            action: request.action,
            ...extra,
        };
    }
    /** Sends with auth and retries; returns the final answer whatever its status (callers decide). */
    async send(request) {
        const url = /^https?:\/\//.test(request.path) ? request.path : this.baseUrl(request.target.apiHost) + request.path;
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        const retry = request.retry ?? true;
        const started = this.options.now();
        let attempt = 0;
        for (;;) {
            attempt++;
            let delayMs;
            try {
                const result = await this.attempt(request, url);
                const { status } = result.response;
                if (!retry || !isRetryableStatus(status))
                    return { ...result, attempts: attempt };
                const decision = retryDecision({
                    attempt,
                    outcome: { status, retryAfter: result.response.headers.get('retry-after') },
                    elapsedMs: this.options.now() - started,
                    policy: this.options.policy,
                    random: this.options.random(),
                    nowMs: Date.now(),
                });
                if (!decision.retry)
                    return { ...result, attempts: attempt, gaveUp: decision.reason };
                await result.response.body?.cancel().catch(() => undefined);
                delayMs = decision.delayMs;
                this.options.log(`${request.method} ${loggable(url)}: HTTP ${status}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`);
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                if (error instanceof BodyTooLargeError) {
                    throw new RegistryError(`Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`, request.target.registry, request.target.repository);
                }
                const decision = retry
                    ? retryDecision({ attempt, outcome: { error }, elapsedMs: this.options.now() - started, policy: this.options.policy, random: this.options.random(), nowMs: Date.now() })
                    : { retry: false, reason: 'not retried' };
                if (!decision.retry) {
                    const gaveUp = attempt > 1 ? decision.reason : undefined;
                    throw this.scrub(networkError(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
                }
                delayMs = decision.delayMs;
                this.options.log(`${request.method} ${loggable(url)}: ${describe(error)}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`);
            }
            this.stats.retries++;
            await this.options.sleep(delayMs);
        }
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
                ...(request.body ? { body: request.body } : {}),
                redirect: 'follow',
                ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
            });
            this.options.log(`${request.method} ${loggable(url)} → ${response.status} (${Math.round(this.options.now() - started)} ms)`);
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
        return this.scrub(httpError(result.response.status, result.response.statusText, text, this.context(request, {
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
        const started = this.options.now();
        const scheme = url.startsWith('https:') ? 'https' : 'http';
        let attempt = 0;
        for (;;) {
            attempt++;
            let delayMs;
            try {
                this.stats.requests++;
                const response = await this.options.fetch(url, {
                    method: init.method,
                    headers: { 'user-agent': this.options.userAgent, ...init.headers },
                    ...(init.body !== undefined ? { body: init.body } : {}),
                    signal: AbortSignal.timeout(this.options.requestTimeoutMs),
                });
                const text = new TextDecoder().decode(await readLimited(response, 1 << 20, 'token response'));
                this.options.log(`${init.method} ${loggable(url)} → ${response.status}`);
                const decision = retryDecision({
                    attempt,
                    outcome: { status: response.status, retryAfter: response.headers.get('retry-after') },
                    elapsedMs: this.options.now() - started,
                    policy: this.options.policy,
                    random: this.options.random(),
                    nowMs: Date.now(),
                });
                if (!decision.retry) {
                    return { status: response.status, statusText: response.statusText, text, ...(isRetryableStatus(response.status) ? { gaveUp: decision.reason } : {}) };
                }
                delayMs = decision.delayMs;
            }
            catch (error) {
                if (error instanceof BodyTooLargeError)
                    throw new RegistryError(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
                const decision = retryDecision({ attempt, outcome: { error }, elapsedMs: this.options.now() - started, policy: this.options.policy, random: this.options.random(), nowMs: Date.now() });
                if (!decision.retry)
                    throw this.scrub(networkError(error, { ...context, ...(attempt > 1 ? { gaveUp: decision.reason } : {}) }, scheme));
                delayMs = decision.delayMs;
            }
            this.stats.retries++;
            await this.options.sleep(delayMs);
        }
    }
}
/** URLs without their query (upload state, scopes): enough to follow the log, nothing to leak. */
function loggable(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?…`;
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

;// CONCATENATED MODULE: ../../work/main/src/registry/platform.ts
const archAliases = {
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    aarch64: { architecture: 'arm64' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    i386: { architecture: '386' },
};
/** Normalized: lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
function normalizePlatform(platform) {
    const os = platform.os.toLowerCase();
    const alias = archAliases[platform.architecture.toLowerCase()];
    const architecture = alias?.architecture ?? platform.architecture.toLowerCase();
    let variant = (platform.variant ?? alias?.variant ?? '').toLowerCase();
    if (architecture === 'arm64' && (variant === 'v8' || variant === '8'))
        variant = '';
    if (architecture === 'arm' && variant === '')
        variant = 'v7';
    if (architecture === 'arm' && /^\d$/.test(variant))
        variant = `v${variant}`;
    if (architecture === 'amd64' && variant === 'v1')
        variant = '';
    return variant ? { os, architecture, variant } : { os, architecture };
}
class PlatformError extends Error {
    constructor(text, problem) {
        super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
        this.name = 'PlatformError';
    }
}
/** `linux/arm64` → {os, architecture}; an unknown shape throws. */
function platform_parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new PlatformError(text, 'not two or three parts of letters and digits');
    }
    const [os = '', architecture = '', variant] = parts;
    return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
function platform_formatPlatform(platform) {
    const normal = normalizePlatform(platform);
    return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}
function platform_samePlatform(a, b) {
    return platform_formatPlatform(a) === platform_formatPlatform(b);
}
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
    return images.find((descriptor) => descriptor.platform && platform_samePlatform(descriptor.platform, wanted));
}

;// CONCATENATED MODULE: ../../work/main/src/registry/client.ts
/**
 * The OCI distribution client: manifests (HEAD/GET/PUT), blobs (HEAD, streamed GET, upload,
 * cross-repository mount), and what the build needs on top (digest resolution, retag, platforms,
 * labels, image copy). Existence checks fail closed: only a 404 from a real registry means absent.
 */












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
class RegistryClient {
    http;
    apiConfirmed = new Set();
    monolithicMax;
    chunkBytes;
    constructor(options = {}) {
        this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
        this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
        this.http = new RegistryHttp({
            fetch: options.fetch ?? ((url, init) => fetch(url, init)),
            credentials: options.credentials ?? dockerConfigCredentials(options.mask ? { mask: options.mask } : {}),
            insecureRegistries: options.insecureRegistries ?? [],
            policy: { ...defaultRetryPolicy, ...options.retry },
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now: options.now ?? (() => performance.now()),
            log: options.log ?? ((line) => core/* debug */.Yz(line)),
            mask: options.mask ?? ((secret) => core/* setSecret */.Pq(secret)),
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
        const ref = typeof registry !== 'string' ? registry : registry.includes('/') ? (0,image_ref/* parseImageRef */.Q)(registry) : { registry, apiHost: (0,image_ref/* apiHostOf */.gz)(registry) };
        const request = { target: { registry: ref.registry, apiHost: ref.apiHost }, method: 'GET', path: '', scopes: [], action: 'checking the registry API (/v2/)', read: 'bytes' };
        const result = await this.ok(request, [200]);
        this.apiConfirmed.add(ref.apiHost);
        const version = result.response.headers.get('docker-distribution-api-version');
        return { auth: result.authorization.kind, ...(version ? { apiVersion: version } : {}) };
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
            headers: { accept: manifestAccept },
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
        if (status === 405 || status === 501)
            return this.getManifestIfPresent(ref); // a registry without HEAD support
        if (status !== 200)
            throw await this.http.fail(result, request);
        const digest = headers.get('docker-content-digest');
        if (!digest || (ref.digest && digest !== ref.digest)) {
            // No digest on HEAD (allowed by the spec) or one we do not trust: fetch and compute it.
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        const length = headers.get('content-length');
        return { digest, mediaType: bareMediaType(headers.get('content-type')), size: length === null ? undefined : Number(length) };
    }
    /** The GET form of the existence check: absent on 404 (MANIFEST_UNKNOWN / NAME_UNKNOWN), else the manifest or an error. */
    async getManifestIfPresent(ref) {
        try {
            const fetched = await this.getManifest(ref);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 404) {
                if (!(error.code === 'MANIFEST_UNKNOWN' || error.code === 'NAME_UNKNOWN' || error.code === 'NOT_FOUND'))
                    await this.confirmRegistryApi(ref);
                return undefined;
            }
            throw error;
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
            throw new RegistryError(`${ref.registry} does not answer the registry API (GET /v2/ gave HTTP ${status}), so its 404 for ${ref.repository} cannot be trusted to mean "absent": check the image reference`, ref.registry, ref.repository, status);
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
            headers: { accept: manifestAccept },
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
            throw new RegistryError(`The manifest of ${(0,image_ref/* formatImageRef */.kL)(ref)} is not JSON`, ref.registry, ref.repository, 200);
        }
        if (manifest.schemaVersion !== 2) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`, ref.registry, ref.repository, 200);
        }
        const header = bareMediaType(result.response.headers.get('content-type'));
        const mediaType = isIndexMediaType(header) || isImageManifestMediaType(header)
            ? header
            : typeof manifest.mediaType === 'string' && manifest.mediaType
                ? manifest.mediaType
                : Array.isArray(manifest.manifests)
                    ? MediaTypes.ociIndex
                    : MediaTypes.ociManifest;
        return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
    }
    verifyDigest(ref, bytes, expected, claimed, what) {
        const algorithm = (expected && digestAlgorithm(expected)) || 'sha256';
        const actual = computeDigest(bytes, algorithm);
        for (const want of [expected, claimed && digestAlgorithm(claimed) === algorithm ? claimed : undefined]) {
            if (want && want !== actual) {
                throw new RegistryError(`Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`, ref.registry, ref.repository);
            }
        }
        return algorithm === 'sha256' ? actual : sha256Digest(bytes);
    }
    /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
    async putManifest(refInput, manifest) {
        const ref = toImageRef(refInput);
        const digest = sha256Digest(manifest.bytes);
        if (ref.digest && ref.digest !== digest && !ref.tag) {
            throw new RegistryError(`Cannot put a manifest whose digest is ${digest} under ${(0,image_ref/* formatImageRef */.kL)(ref)}`, ref.registry, ref.repository);
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
            throw new RegistryError(`${ref.registry} stored the manifest for ${ref.repository}:${reference} as ${claimed}, not ${digest}: the registry changed the content`, ref.registry, ref.repository);
        }
        return digest;
    }
    /**
     * Retag without pull: the same manifest bytes and media type under each new tag. Pass a
     * digest-pinned reference to tag exactly what an existence check saw, even if the tag moves.
     */
    async tagImage(refInput, tags) {
        const ref = toImageRef(refInput);
        const manifest = await this.getManifest(ref);
        for (const tag of tags)
            await this.putManifest((0,image_ref/* withTag */.Rd)(ref, tag), manifest);
        return { digest: manifest.digest, tags: [...tags] };
    }
    /** The digest a reference points at now; a reference pinned by digest is returned as is (no request). */
    async resolveDigest(refInput) {
        const ref = toImageRef(refInput);
        if (ref.digest)
            return ref.digest;
        const head = await this.headManifest(ref);
        if (!head) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`, ref.registry, ref.repository, 404);
        }
        return head.digest;
    }
    async headBlob(repo, digest) {
        const request = { target: target(repo), method: 'HEAD', path: `${repo.repository}/blobs/${digest}`, scopes: pull(repo), action: `checking blob ${digest}` };
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
        const body = result.response.body ?? new ReadableStream({ start: (controller) => controller.close() });
        return body.pipeThrough(verifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`));
    }
    /** A small blob (a config) read whole and verified. */
    async readBlob(repo, descriptor, maxBytes = maxConfigBytes) {
        if (descriptor.size > maxBytes) {
            throw new RegistryError(`Blob ${descriptor.digest} in ${repo.repository} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`, repo.registry, repo.repository);
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
            throw new RegistryError(`${request.target.registry} answered ${result.response.status} without a Location while ${request.action}`, request.target.registry, request.target.repository, result.response.status);
        return new URL(location, result.url).toString();
    }
    /**
     * Uploads a blob from a stream: one PUT for small blobs, else PATCH chunks of `uploadChunkBytes`
     * (never more than one chunk in memory) and a closing PUT with the digest. A stream that fails
     * (digest or size mismatch, source dropped) aborts before the closing PUT, so nothing is committed.
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
            let offset = 0;
            for await (const chunk of fixedChunks(source, this.chunkBytes)) {
                const request = {
                    ...base,
                    method: 'PATCH',
                    path: url,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.byteLength - 1}` },
                    body: chunk,
                    action: `uploading blob ${descriptor.digest} (bytes ${offset}–${offset + chunk.byteLength - 1})`,
                    timeoutMs: null,
                };
                this.http.stats.blobBytesUploaded += chunk.byteLength;
                const result = await this.ok(request, [202]);
                url = this.location(result, request);
                offset += chunk.byteLength;
            }
            await this.ok({ ...base, method: 'PUT', path: withQuery(url, 'digest', descriptor.digest), action: `completing the upload of blob ${descriptor.digest}` }, [201]);
        }
        catch (error) {
            await source.cancel().catch(() => undefined);
            // Best effort: let the registry drop the half-written session now rather than at its GC.
            await this.http
                .send({ target: target(to), method: 'DELETE', path: url, scopes: pushPull(to), action: 'cancelling an upload', retry: false, read: 'bytes' })
                .catch(() => undefined);
            throw error;
        }
    }
    async startUpload(to) {
        const request = { target: target(to), method: 'POST', path: `${to.repository}/blobs/uploads/`, scopes: pushPull(to), action: 'starting a blob upload', read: 'bytes' };
        const result = await this.ok(request, [202]);
        return this.location(result, request);
    }
    /** The image config; for an index, that of `platform` (default: the first image in it). */
    async imageConfig(refInput, platform) {
        const ref = toImageRef(refInput);
        const image = await this.imageManifest(ref, platform);
        const bytes = await this.readBlob(ref, image.config);
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    /** The single-platform manifest of an image: the manifest itself, or the matching index entry. */
    async imageManifest(refInput, platform) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        let fetched = top;
        if (isIndexMediaType(top.mediaType)) {
            const entries = top.manifest.manifests ?? [];
            const entry = selectManifest(entries, platform);
            if (!entry) {
                const available = entries.filter((e) => !isAttestation(e) && e.platform).map((e) => platform_formatPlatform(e.platform));
                throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} has no ${platform ? platform_formatPlatform(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`, ref.registry, ref.repository);
            }
            fetched = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
        }
        const manifest = fetched.manifest;
        if (!manifest.config?.digest) {
            throw new RegistryError(`${(0,image_ref/* formatImageRef */.kL)(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
        }
        return { ...manifest, digest: fetched.digest };
    }
    /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
    async imagePlatforms(refInput) {
        const ref = toImageRef(refInput);
        const top = await this.getManifest(ref);
        if (!isIndexMediaType(top.mediaType)) {
            const manifest = top.manifest;
            const config = JSON.parse(new TextDecoder().decode(await this.readBlob(ref, manifest.config)));
            return [platformOf(config)];
        }
        const platforms = [];
        for (const entry of top.manifest.manifests ?? []) {
            if (isAttestation(entry))
                continue;
            if (entry.platform) {
                platforms.push(normalizePlatform(entry.platform));
            }
            else if (isImageManifestMediaType(entry.mediaType)) {
                // An OCI index may leave `platform` out: the entry's config says.
                const child = await this.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
                const config = JSON.parse(new TextDecoder().decode(await this.readBlob(ref, child.manifest.config)));
                platforms.push(platformOf(config));
            }
        }
        return platforms;
    }
    /** Copies an image (index, children, blobs) to `dst`; see copy.ts. Same digest at the destination. */
    copyImage(src, dst, options) {
        return copyImage(this, src, dst, options);
    }
    /** One blob into `dst`: skipped if present, mounted within a registry, else streamed. */
    copyBlob(src, dst, descriptor) {
        return copyBlob(this, src, dst, descriptor);
    }
    /** Labels from the image config (for an index: the given platform's, default the first image's). */
    async imageLabels(refInput, platform) {
        const config = await this.imageConfig(refInput, platform);
        return { ...(config.config?.Labels ?? {}) };
    }
}
function platformOf(config) {
    return normalizePlatform({ os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) });
}
/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url, name, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

;// CONCATENATED MODULE: ../../work/main/src/registry/index.ts
/** The registry client's public surface (what actions import). */









;// CONCATENATED MODULE: ../../work/main/src/build/labels.ts
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
/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
function sourceUrlFromEnv(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    return server && repository ? `${server}/${repository}` : '';
}
/**
 * Labels from the `labels` input win over the toolkit's OCI labels (a user may set their own
 * `version`), but never over the hash label: the existence check depends on it.
 */
function mergeLabels(generated, user) {
    return { ...generated, ...user, [HASH_LABEL]: generated[HASH_LABEL] };
}

;// CONCATENATED MODULE: ../../work/main/src/build/existing-image.ts
/**
 * The existence check behind reuse: what the registry holds under the hash tag, read with as few
 * requests as possible (one manifest GET, then one config blob per requested platform; an index
 * adds one child manifest GET per requested platform). Fails closed: only a registry's 404 for the
 * manifest means "absent"; 401/403/429/5xx and unreachable registries throw.
 */




/** Distribution error codes that mean "no such manifest" (a 404 without them is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);
const canonical = (platform) => {
    const text = platform_formatPlatform(platform);
    return (0,platforms/* normalizePlatform */.FL)(text) ?? text;
};
/** The manifest under `ref`, or undefined when the registry says it has none. */
async function fetchManifestIfPresent(client, ref) {
    try {
        return await client.getManifest(ref);
    }
    catch (error) {
        if (!(error instanceof RegistryError) || error.status !== 404)
            throw error;
        if (error.code && ABSENT_CODES.has(error.code))
            return undefined;
        // A 404 without a registry error code: the client's HEAD check confirms a registry answered
        // (a wrong host or path 404s everything) and throws when none did.
        const head = await client.headManifest(ref);
        if (head === undefined)
            return undefined;
        return client.getManifest(ref);
    }
}
async function configOf(client, ref, manifest) {
    const bytes = await client.readBlob(ref, manifest.config);
    return JSON.parse(new TextDecoder().decode(bytes));
}
function platformOfConfig(config) {
    return { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
}
/**
 * Looks up `ref` (the hash tag) and reads, for every requested platform it has, the hash label.
 * Undefined when absent.
 */
async function inspectExistingImage(client, ref, requested) {
    const top = await fetchManifestIfPresent(client, ref);
    if (!top)
        return undefined;
    const hashLabels = {};
    if (!isIndexMediaType(top.mediaType)) {
        const config = await configOf(client, ref, top.manifest);
        const platform = canonical(platformOfConfig(config));
        hashLabels[platform] = config.config?.Labels?.[HASH_LABEL];
        return { digest: top.digest, platforms: [platform], hashLabels, manifest: top };
    }
    const entries = (top.manifest.manifests ?? []).filter((entry) => !isAttestation(entry));
    const platforms = [];
    for (const entry of entries) {
        if (!entry.platform)
            continue; // every builder we use writes it; an entry without one cannot be matched
        const platform = canonical(entry.platform);
        if (!platforms.includes(platform))
            platforms.push(platform);
    }
    for (const wanted of requested) {
        const entry = selectManifest(entries, platform_parsePlatform(wanted));
        if (!entry)
            continue; // the decision reports it missing
        const child = await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, entry.digest));
        const config = await configOf(client, ref, child.manifest);
        hashLabels[canonical(platform_parsePlatform(wanted))] = config.config?.Labels?.[HASH_LABEL];
    }
    return { digest: top.digest, platforms, hashLabels, manifest: top };
}

;// CONCATENATED MODULE: ../../work/main/src/build/publish.ts
/**
 * After the builder: the digest is the contract. It must be a well-formed digest, and the registry
 * must serve exactly it under the hash tag (HEAD). Only then are the extra tags moved, by putting
 * the same manifest bytes under each of them (no pull, no rebuild), so a failed build or push never
 * moves a tag.
 */


const publish_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Throws unless the registry serves `digest` under `ref` (the hash tag) right now. */
async function verifyPushedDigest(client, ref, digest, builder) {
    if (!publish_DIGEST.test(digest)) {
        throw new errors/* StepError */.zg(`${builder} reported ${digest ? `a malformed digest '${digest}'` : 'no digest'} for ${(0,image_ref/* formatImageRef */.kL)(ref)}: the push cannot be confirmed, so no tags were moved`);
    }
    const head = await client.headManifest(ref);
    if (!head)
        throw new errors/* StepError */.zg(`${builder} reported pushing ${digest}, but the registry has no ${(0,image_ref/* formatImageRef */.kL)(ref)}: no tags were moved`);
    if (head.digest !== digest) {
        throw new errors/* StepError */.zg(`${builder} reported ${digest}, but the registry serves ${head.digest} under ${(0,image_ref/* formatImageRef */.kL)(ref)} (another push raced this one?): no tags were moved`);
    }
}
/**
 * Puts the manifest under each extra tag. `manifest` is the one already fetched (reuse); after a
 * build it is read once by digest.
 */
async function applyExtraTags(client, ref, digest, tags, manifest) {
    if (tags.length === 0)
        return;
    const source = manifest ?? (await client.getManifest((0,image_ref/* withDigest */.hQ)(ref, digest)));
    if (source.digest !== digest)
        throw new errors/* StepError */.zg(`Refusing to tag: the manifest read is ${source.digest}, not ${digest}`);
    for (const tag of tags)
        await client.putManifest((0,image_ref/* withTag */.Rd)(ref, tag), { bytes: source.bytes, mediaType: source.mediaType });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../../work/main/src/build/registry-access.ts
/**
 * How the build step reaches registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to the builder as an auth file that only
 * lives for the build.
 */






function makeRegistryClient(login, insecureRegistries, options = {}) {
    const explicit = login ? [{ registry: login.registry, username: login.username, password: login.password, source: 'registry-username/registry-password' }] : [];
    return new RegistryClient({ credentials: defaultCredentials(explicit), insecureRegistries, ...options });
}
/**
 * `resolveBase` for computeBuildDefinition: every image the build pulls, to the digest its tag
 * points at now (a pinned reference is returned as is, without a request). One lookup per
 * reference per run.
 */
function registryBaseResolver(client) {
    const seen = new Map();
    return (ref) => {
        let digest = seen.get(ref);
        if (!digest) {
            digest = client.resolveDigest((0,image_ref/* parseImageRef */.Q)(ref));
            seen.set(ref, digest);
        }
        return digest;
    };
}
/**
 * The login as a `{"auths": …}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
function writeAuthFile(login) {
    const base = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    const dir = external_node_path_default().join(base, `image-actions-auth-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)(dir, { mode: 0o700 });
    const file = external_node_path_default().join(dir, 'auth.json');
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
    return { file, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ../../work/main/src/build/reuse-decision.ts
/**
 * Reuse or build: the decision after the existence check, with the reason in words for the log and
 * the summary. Pure. A hit must
 * - exist under the hash tag (only a 404 from the registry means "absent"; errors never get here),
 * - carry every requested platform (an index may hold more; a single image is its config's platform),
 * - carry the hash label with exactly this hash on every requested platform's image (a tag moved
 *   by hand or pushed by another tool is not this build).
 */


const reuse_decision_canonical = (platform) => (0,platforms/* normalizePlatform */.FL)(platform) ?? platform.toLowerCase();
function decideReuse(input) {
    const { found, hashTag } = input;
    if (input.forceRebuild)
        return { action: 'build', reason: 'force-rebuild is true: building without looking for an existing image' };
    if (!found)
        return { action: 'build', reason: `no image is tagged ${hashTag} yet` };
    const present = new Set(found.platforms.map(reuse_decision_canonical));
    const missing = input.requested.filter((platform) => !present.has(reuse_decision_canonical(platform)));
    if (missing.length > 0) {
        const has = found.platforms.length > 0 ? found.platforms.join(', ') : 'no platform';
        return { action: 'build', reason: `${hashTag} exists (${found.digest}) but lacks ${missing.join(', ')} (it has ${has})` };
    }
    for (const platform of input.requested) {
        const label = found.hashLabels[reuse_decision_canonical(platform)];
        if (label === undefined) {
            return { action: 'build', reason: `${hashTag} exists (${found.digest}) but its ${platform} image has no ${HASH_LABEL} label, so it was not built by this action` };
        }
        if (label !== input.hash) {
            return { action: 'build', reason: `${hashTag} exists (${found.digest}) but its ${platform} image is labelled ${HASH_LABEL}=${label}, not ${input.hash}: the tag was overwritten` };
        }
    }
    return { action: 'reuse', digest: found.digest, reason: `${hashTag} exists (${found.digest}) with ${input.requested.join(', ')} and the matching hash label` };
}

;// CONCATENATED MODULE: ../../work/main/src/build/secrets.ts
/**
 * The `secrets` input as the builder needs it. The hash step keeps only the ids; the builder needs
 * the values, which must never reach argv or a file we leave behind. Forms (one per line):
 * - `id=value`: the value, handed to the builder process in an environment variable of ours;
 * - `id=<id>,src=<file>` / `id=<id>,env=<VAR>`: Docker's form, passed on as such;
 * - `id` (or `id=<id>` alone): the value is the step's environment variable of that name.
 * Pure: lines in, secrets and the extra environment out.
 */


function envName(index) {
    return `IMAGE_ACTIONS_SECRET_${index}`;
}
function parseBuildSecrets(lines, workspace) {
    const secrets = [];
    const environment = {};
    const seen = new Set();
    const add = (secret) => {
        if (seen.has(secret.id))
            throw new errors/* InputError */.dz('secrets', `secret '${secret.id}' is given twice`, 'Give each secret id once');
        seen.add(secret.id);
        secrets.push(secret);
    };
    for (const line of lines) {
        const docker = /^id=([^,]+)((?:,[^,]*)*)$/.exec(line);
        if (docker) {
            const id = docker[1].trim();
            const fields = Object.fromEntries((docker[2] ?? '')
                .split(',')
                .filter((part) => part !== '')
                .map((part) => {
                const at = part.indexOf('=');
                return at === -1 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
            }));
            const unknown = Object.keys(fields).filter((key) => key !== 'src' && key !== 'env' && key !== 'type');
            if (unknown.length > 0)
                throw new errors/* InputError */.dz('secrets', `secret '${id}' has unknown field(s) ${unknown.join(', ')}`, 'Use id=<id>,src=<file> or id=<id>,env=<VARIABLE>');
            if (fields.src)
                add({ id, src: external_node_path_default().resolve(workspace, fields.src) });
            else
                add({ id, env: fields.env || id });
            continue;
        }
        const at = line.indexOf('=');
        if (at > 0) {
            const name = envName(secrets.length);
            environment[name] = line.slice(at + 1);
            add({ id: line.slice(0, at).trim(), env: name });
        }
        else {
            add({ id: line.trim(), env: line.trim() });
        }
    }
    return { secrets, environment };
}

;// CONCATENATED MODULE: ../../work/main/src/build/summary.ts
/** The build step's job summary: what was published and how long each phase took. */

function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Rows of the summary table (pure, so tests can read them). */
function summaryRows(report) {
    const rows = [
        ['Image', code(report.image)],
        ['Digest', code(report.digest)],
        ['Tags', report.tags.map(code).join(' ')],
        ['Result', `${report.reused ? 'reused (no build)' : `built with ${report.builder ?? 'the builder'}`}: ${escapeHtml(report.reason)}`],
    ];
    if (report.cache)
        rows.push(['Cache', escapeHtml(report.cache)]);
    const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
    rows.push(['Time', [...report.phases.map((phase) => `${escapeHtml(phase.name)} ${seconds(phase.ms)}`), `total ${seconds(total)}`].join(' · ')]);
    return rows;
}
async function writeBuildSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // outside a runner there is nowhere to write
    const header = [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
    ];
    await core/* summary */.z
        .addHeading(`Image ${report.reused ? 'reused' : 'built'}`, 3)
        .addTable([header, ...summaryRows(report)])
        .write();
}

// EXTERNAL MODULE: ../../work/main/src/runtime/inputs.ts
var inputs = __webpack_require__(9893);
;// CONCATENATED MODULE: ../../work/main/src/build/tags.ts
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
    for (const item of (0,inputs/* splitList */.ry)(text)) {
        const tag = bareTag(item, image, input);
        if (isHashTag(tag)) {
            throw new errors/* InputError */.dz(input, `'${item}' has the shape of a hash tag`, 'Hash tags are set by the action itself; choose another tag name');
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}
function bareTag(item, image, input) {
    if (!item.includes('/') && !item.includes('@') && !item.includes(':')) {
        if ((0,image_ref/* isValidTag */.r_)(item))
            return item;
        throw new errors/* InputError */.dz(input, `'${item}' is not a valid tag`, "Use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')");
    }
    let ref;
    try {
        ref = (0,image_ref/* parseImageRef */.Q)(item);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            throw new errors/* InputError */.dz(input, error.message, 'Give bare tags (latest, v1.2.3) or references of the image repository');
        throw error;
    }
    const wanted = (0,image_ref/* repositoryName */.aR)(image);
    if (ref.digest)
        throw new errors/* InputError */.dz(input, `'${item}' is pinned by digest`, 'Give a tag, not a digest');
    if ((0,image_ref/* repositoryName */.aR)(ref) !== wanted) {
        throw new errors/* InputError */.dz(input, `'${item}' names the repository ${(0,image_ref/* repositoryName */.aR)(ref)}, not the image ${wanted}`, `Give bare tags or references of ${wanted}`);
    }
    return ref.tag ?? 'latest';
}
/** Every tag the image carries when the step succeeds: the hash tag, then the extra tags. */
function allTags(hashTag, extra) {
    return [hashTag, ...extra.filter((tag) => tag !== hashTag)];
}

// EXTERNAL MODULE: ../../work/main/src/git/run-context.ts
var run_context = __webpack_require__(1005);
// EXTERNAL MODULE: ../../work/main/src/runtime/run-action.ts
var run_action = __webpack_require__(6298);
// EXTERNAL MODULE: ../../work/main/src/runtime/workspace.ts
var workspace = __webpack_require__(915);
// EXTERNAL MODULE: ../../work/main/src/actions/hash/inputs.ts
var hash_inputs = __webpack_require__(4077);
;// CONCATENATED MODULE: ../../work/main/src/actions/build/inputs.ts








function readBuildInputs() {
    // Secrets first: nothing may fail (and print) before the password is masked.
    const password = (0,inputs/* readOptional */.T9)('registry-password');
    if (password)
        core/* setSecret */.Pq(password);
    const username = (0,inputs/* readOptional */.T9)('registry-username');
    const imageName = (0,inputs/* readRequired */.yu)('image', 'Set image to the repository to push to, e.g. ghcr.io/org/app or 127.0.0.1:5000/app');
    let image;
    try {
        image = (0,image_ref/* parseRepository */.SU)(imageName);
    }
    catch (error) {
        if (error instanceof image_ref/* ImageRefError */.z0)
            throw new errors/* InputError */.dz('image', error.message, 'Give a repository without tag or digest, e.g. ghcr.io/org/app');
        throw error;
    }
    if ((username === undefined) !== (password === undefined)) {
        throw new errors/* InputError */.dz(username === undefined ? 'registry-username' : 'registry-password', 'is empty while the other registry credential is set', 'Give both registry-username and registry-password, or neither (then ~/.docker/config.json is used)');
    }
    const insecureRegistries = (0,inputs/* readList */.LD)('insecure-registries');
    for (const entry of insecureRegistries) {
        if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(entry)) {
            throw new errors/* InputError */.dz('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
        }
    }
    const hash = (0,hash_inputs/* readHashInputs */.y)();
    return {
        ...hash,
        imageName,
        image,
        tags: parseExtraTags(core/* getInput */.V4('tags'), image),
        builder: parseBuilderChoice((0,inputs/* readString */.E3)('builder') || 'auto'),
        cache: (0,inputs/* readChoice */.Kf)('cache', CACHE_TYPES),
        cacheRef: (0,inputs/* readOptional */.T9)('cache-ref'),
        forceRebuild: (0,inputs/* readBoolean */.Vf)('force-rebuild'),
        push: (0,inputs/* readBoolean */.Vf)('push'),
        login: username !== undefined && password !== undefined ? { registry: image.registry, username, password } : undefined,
        insecureRegistries,
        secretLines: (0,inputs/* readLines */.Se)('secrets'),
    };
}

;// CONCATENATED MODULE: ../../work/main/src/actions/build/main.ts






















/**
 * Hashes the build, looks the hash tag up in the registry, and reuses the image when it is there
 * (extra tags added by manifest PUT, nothing built); otherwise builds with layer caching, pushes,
 * confirms the pushed digest in the registry, and only then moves the extra tags.
 */
async function run() {
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readBuildInputs();
        const { context: runContext, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            core/* warning */.$e(problem);
        const client = makeRegistryClient(inputs.login, inputs.insecureRegistries);
        const phases = [];
        const timed = async (name, title, work) => {
            const { value, ms } = await (0,run_action/* timedGroup */.RD)(title, work);
            phases.push({ name, ms });
            return value;
        };
        const hashed = await timed('hash', `Hash the build of ${external_node_path_default().relative((0,workspace/* workspaceRoot */.oS)(), inputs.context) || '.'}`, async () => {
            const result = await (0,compute_build_definition/* computeBuildDefinition */.N)({
                contextDir: inputs.context,
                dockerfile: inputs.dockerfile,
                buildArgs: inputs.buildArgs,
                target: inputs.target,
                platforms: inputs.platforms,
                secrets: inputs.secrets,
                labels: inputs.labels,
                resolveBase: registryBaseResolver(client),
                onWarning: (message) => core/* warning */.$e(message),
            });
            for (const image of result.definition.images)
                core/* info */.pq(`Base ${image.ref} → ${image.digest ?? '(unresolved)'}`);
            core/* info */.pq(`${result.files} files, ${result.bytes} bytes; ${result.fastPath.used ? `${result.fastPath.fromIndex} from the git index` : 'all read'}`);
            core/* info */.pq(`Hash ${result.hash}, tag ${result.tag}`);
            return result;
        });
        if (inputs.manifestFile)
            (0,manifest_file/* writeFileAtomically */.l)(inputs.manifestFile, (0,build_definition/* serializeManifest */.MZ)(hashed.manifest));
        const hashRef = (0,image_ref/* withTag */.Rd)(inputs.image, hashed.tag);
        const repository = (0,image_ref/* repositoryName */.aR)(hashRef);
        const existing = await timed('existence check', `Look for ${(0,image_ref/* formatImageRef */.kL)(hashRef)}`, async () => {
            const found = await inspectExistingImage(client, hashRef, hashed.definition.platforms);
            core/* info */.pq(found ? `Found ${found.digest} (${found.platforms.join(', ') || 'no platform'})` : 'Not found (the registry answered 404)');
            return found;
        });
        const decision = decideReuse({ found: existing, requested: hashed.definition.platforms, hash: hashed.hash, hashTag: hashed.tag, forceRebuild: inputs.forceRebuild });
        core/* info */.pq(`${decision.action === 'reuse' ? 'Reusing' : 'Building'}: ${decision.reason}`);
        let digest = '';
        let builderName;
        let cacheReason;
        if (decision.action === 'reuse' && existing) {
            digest = decision.digest;
            if (inputs.push && inputs.tags.length > 0) {
                await timed('tag', `Tag ${digest} as ${inputs.tags.join(', ')}`, () => applyExtraTags(client, hashRef, digest, inputs.tags, existing.manifest));
            }
        }
        else {
            const facts = await readCommitFacts(inputs.context, runContext);
            for (const warning of facts.warnings)
                core/* warning */.$e(warning);
            const runner = new SpawnRunner();
            const name = await resolveBuilderName(inputs.builder, runner);
            builderName = name;
            const cache = decideCachePolicy({
                cache: inputs.cache,
                cacheRef: inputs.cacheRef,
                image: repository,
                target: inputs.target,
                eventName: runContext.eventName,
                ref: runContext.ref ?? '',
                defaultBranch: defaultBranchOf(runContext),
                builder: name,
            });
            cacheReason = `${cache.type}: ${cache.reason}`;
            const { secrets, environment } = parseBuildSecrets(inputs.secretLines, (0,workspace/* workspaceRoot */.oS)());
            const labels = mergeLabels(imageLabels({ hash: hashed.hash, hashTag: hashed.tag, commit: facts.commit, commitTime: facts.commitTime, sourceUrl: sourceUrlFromEnv(), gitTag: facts.gitTag }), inputs.labels);
            const auth = inputs.login ? writeAuthFile(inputs.login) : undefined;
            try {
                const result = await timed('build and push', `Build ${(0,image_ref/* formatImageRef */.kL)(hashRef)} with ${name}`, async () => {
                    core/* info */.pq(`Cache ${cacheReason}`);
                    return createBuilder(name).build({
                        contextDir: inputs.context,
                        dockerfile: inputs.dockerfile,
                        repository,
                        tags: [(0,image_ref/* formatImageRef */.kL)(hashRef)],
                        platforms: hashed.definition.platforms,
                        ...(inputs.target ? { target: inputs.target } : {}),
                        buildArgs: inputs.buildArgs,
                        secrets,
                        labels,
                        cache,
                        ...(facts.commitTime !== undefined ? { timestamp: facts.commitTime } : {}),
                        push: inputs.push,
                        insecureRegistries: inputs.insecureRegistries,
                        ...(auth ? { authFile: auth.file } : {}),
                        environment,
                    }, runner);
                });
                digest = result.digest;
            }
            finally {
                auth?.remove();
            }
            if (inputs.push) {
                await timed('verify and tag', `Verify ${digest || 'the pushed digest'} in the registry`, async () => {
                    await verifyPushedDigest(client, hashRef, digest, name);
                    core/* info */.pq(`${(0,image_ref/* formatImageRef */.kL)(hashRef)} is ${digest}`);
                    await applyExtraTags(client, hashRef, digest, inputs.tags);
                });
            }
            else {
                core/* info */.pq('push is false: the image stays in the builder, so there is no digest and no tag was moved');
            }
        }
        // A reused image is in the registry whatever `push` says; its extra tags were moved only with push.
        const reused = decision.action === 'reuse';
        const inRegistry = digest !== '';
        const tags = !inRegistry ? [] : inputs.push ? allTags(hashed.tag, inputs.tags) : [hashed.tag];
        (0,run_action/* setOutputs */.n0)({
            image: inRegistry ? `${repository}@${digest}` : '',
            digest,
            tag: hashed.tag,
            tags: JSON.stringify(tags.map((tag) => `${repository}:${tag}`)),
            hash: hashed.hash,
            reused,
        });
        await writeBuildSummary({
            image: inRegistry ? `${repository}@${digest}` : `${repository} (not pushed)`,
            digest: digest || '—',
            tags,
            reused,
            reason: decision.reason,
            ...(builderName ? { builder: builderName } : {}),
            ...(cacheReason ? { cache: cacheReason } : {}),
            phases,
        });
    });
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   gz: () => (/* binding */ apiHostOf),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   z0: () => (/* binding */ ImageRefError)
/* harmony export */ });
/* unused harmony exports dockerHubRegistry, dockerHubApiHost, isDigest */
/**
 * Image references, parsed and normalized the way Docker does it (distribution/reference):
 * `busybox` → docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:…`, `localhost:5000/app:1`.
 * Pure: no I/O. Malformed references throw an ImageRefError that says what is wrong.
 */
class ImageRefError extends Error {
    reference;
    constructor(reference, problem) {
        super(`Invalid image reference "${reference}": ${problem}`);
        this.reference = reference;
        this.name = 'ImageRefError';
    }
}
const dockerHubRegistry = 'docker.io';
const dockerHubApiHost = 'registry-1.docker.io';
// The grammar of distribution/reference (regexp.go), anchored.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::([0-9]+))?$`);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const bareIdPattern = /^[a-f0-9]{64}$/;
const digestHexLength = { sha256: 64, sha512: 128 };
const maxNameLength = 255;
/** Parses a full reference: `[registry/]repository[:tag][@digest]`. */
function parseImageRef(text) {
    if (text.length === 0)
        throw new ImageRefError(text, 'it is empty');
    if (/\s/.test(text))
        throw new ImageRefError(text, 'it contains whitespace');
    if (bareIdPattern.test(text)) {
        throw new ImageRefError(text, 'a bare 64-hex image id is not a reference; write <repository>@sha256:<hex>');
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = validateDigest(text, rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw new ImageRefError(text, `tag "${tag}" is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`);
        }
    }
    const name = splitName(text, rest);
    return { ...name, ...(tag !== undefined || digest === undefined ? { tag: tag ?? 'latest' } : {}), ...(digest ? { digest } : {}) };
}
/** Parses a repository without tag or digest (an `image` input such as `ghcr.io/org/app`). */
function parseRepository(text) {
    const ref = parseImageRef(text);
    if (ref.digest || text.slice(text.lastIndexOf('/') + 1).includes(':')) {
        throw new ImageRefError(text, 'expected a repository without tag or digest (e.g. ghcr.io/org/app)');
    }
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}
function splitName(original, name) {
    if (name.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    // Docker's rule: the first component is a registry only if it looks like a host
    // (has '.' or ':', is `localhost`, or has upper case, which no repository path may have).
    const isRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = isRegistry ? first : dockerHubRegistry;
    let repository = isRegistry ? name.slice(slash + 1) : name;
    if (isRegistry) {
        const match = domainPattern.exec(registry);
        if (!match)
            throw new ImageRefError(original, `registry "${registry}" is not a valid host[:port]`);
        const port = match[1];
        if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
            throw new ImageRefError(original, `registry port ${port} is out of range`);
        }
    }
    if (registry === 'index.docker.io')
        registry = dockerHubRegistry;
    if (registry === dockerHubRegistry && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw new ImageRefError(original, 'the repository name is missing');
    if (repository.toLowerCase() !== repository) {
        throw new ImageRefError(original, `repository name must be lowercase ("${repository}")`);
    }
    for (const component of repository.split('/')) {
        if (!pathComponentPattern.test(component)) {
            throw new ImageRefError(original, `repository path component "${component}" is not valid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
        }
    }
    if (registry.length + 1 + repository.length > maxNameLength) {
        throw new ImageRefError(original, `the name is longer than ${maxNameLength} characters`);
    }
    return { registry, apiHost: apiHostOf(registry), repository };
}
function validateDigest(original, digest) {
    const match = digestPattern.exec(digest);
    if (!match)
        throw new ImageRefError(original, `digest "${digest}" is not <algorithm>:<hex>`);
    const [, algorithm = '', hex = ''] = match;
    const length = digestHexLength[algorithm];
    if (length === undefined)
        throw new ImageRefError(original, `digest algorithm "${algorithm}" is not supported (sha256 or sha512)`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageRefError(original, `a ${algorithm} digest needs ${length} lowercase hex characters`);
    }
    return digest;
}
/** The host that serves the registry API for a registry name. */
function apiHostOf(registry) {
    return registry === dockerHubRegistry ? dockerHubApiHost : registry.toLowerCase();
}
/** `registry/repository[:tag][@digest]`, fully qualified (`docker.io/library/busybox:latest`). */
function formatImageRef(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, the name without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The manifest reference used in `/v2/<name>/manifests/<reference>`: the digest when pinned, else the tag. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The same repository under another tag (no digest). */
function withTag(ref, tag) {
    if (!tagPattern.test(tag))
        throw new ImageRefError(`${repositoryName(ref)}:${tag}`, `tag "${tag}" is not valid`);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, tag };
}
/** The same repository pinned to `digest` (the tag is dropped: the digest is what counts). */
function withDigest(ref, digest) {
    validateDigest(`${repositoryName(ref)}@${digest}`, digest);
    return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, digest };
}
function isValidTag(tag) {
    return tagPattern.test(tag);
}
function isDigest(value) {
    try {
        validateDigest(value, value);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 1005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reads what the runner tells every step about the run: GITHUB_EVENT_NAME, the event payload at
 * GITHUB_EVENT_PATH, GITHUB_REF and GITHUB_SHA. Outside Actions (the CLI) all of them may be absent.
 */

function readRunContext(env = process.env) {
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF || undefined,
        sha: env.GITHUB_SHA || undefined,
    };
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath)
        return { context };
    try {
        context.event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        return { context };
    }
    catch (error) {
        return { context, problem: `Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error.message}` };
    }
}


/***/ }),

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lE: () => (/* binding */ NotARepositoryError),
  mW: () => (/* binding */ readRepositoryFacts)
});

// UNUSED EXPORTS: simpleGitRunner

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../work/main/node_modules/simple-git/dist/index.mjs + 2 modules
var dist = __webpack_require__(5580);
// EXTERNAL MODULE: ../../work/main/src/runtime/errors.ts
var errors = __webpack_require__(659);
;// CONCATENATED MODULE: ../../work/main/src/git/commit-object.ts
/**
 * Reads the header of a raw commit object (`git cat-file commit <sha>`), pure. The raw object keeps
 * its `parent` lines even in a shallow clone, where git's own log pretends the history ends, so a
 * merge commit can still be recognised by its parents.
 */
function parseCommitObject(raw) {
    const parents = [];
    let committerTime;
    for (const line of raw.split('\n')) {
        if (line === '')
            break; // the header ends at the first empty line; the message follows
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        if (line.startsWith('parent '))
            parents.push(line.slice('parent '.length).trim());
        const committer = /^committer .*> (-?\d+) [+-]\d{4}$/.exec(line);
        if (committer)
            committerTime = Number(committer[1]);
    }
    if (committerTime === undefined)
        throw new Error('The commit object has no committer line');
    return { parents, committerTime };
}

;// CONCATENATED MODULE: ../../work/main/src/git/state-reader.ts
/**
 * Reads the facts `decideGitState` needs out of a real repository with simple-git. Every git call
 * goes through the small `GitRunner` seam (argv in, stdout out), so the decisions stay pure and the
 * I/O is one short list of read-only commands.
 */





/** The path is not (inside) a git work tree, does not exist, or the repository has no commit yet. */
class NotARepositoryError extends Error {
    name = 'NotARepositoryError';
}
function simpleGitRunner(dir) {
    // simple-git v4 drops ambient GIT_* variables (GIT_DIR from a hook would point elsewhere).
    const git = (0,dist/* simpleGit */.Lp)({ baseDir: dir, trimmed: false });
    return { run: (args) => git.raw(args) };
}
/** git's first `fatal:`/`error:` line, without the prefix, for messages that stay one line. */
function gitReason(error) {
    const text = (0,errors/* errorMessage */.gJ)(error).trim();
    const line = text.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? text.split('\n')[0] ?? text;
    return line.replace(/^(fatal|error):\s*/, '');
}
async function readCommit(git, sha) {
    const [raw, tags] = await Promise.all([
        git.run(['cat-file', 'commit', sha]),
        git.run(['tag', '--points-at', sha, '--sort=-creatordate']),
    ]);
    const header = parseCommitObject(raw);
    return { sha, ...header, tags: tags.split('\n').map((t) => t.trim()).filter((t) => t !== '') };
}
/**
 * Everything about the repository containing `dir`: its root, HEAD (with parents, committer time and
 * tags), the branch HEAD is on, the porcelain status, and the `wanted` commits that exist locally.
 */
async function readRepositoryFacts(dir, wanted = [], makeRunner = simpleGitRunner) {
    const stats = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!stats)
        throw new NotARepositoryError(`${dir} does not exist`);
    if (!stats.isDirectory())
        throw new NotARepositoryError(`${dir} is not a directory`);
    const git = makeRunner(dir);
    let root;
    try {
        root = external_node_path_default().resolve(dir, (await git.run(['rev-parse', '--show-toplevel'])).trim());
    }
    catch (error) {
        const reason = gitReason(error);
        if (/ENOENT/.test(reason))
            throw new errors/* StepError */.zg('git is not installed or not on PATH; install git on the runner');
        if (/not a git repository/i.test(reason))
            throw new NotARepositoryError(`${dir} is not inside a git repository`);
        if (/dubious ownership/i.test(reason)) {
            // Common in containers where the checkout belongs to another user than the step's.
            throw new errors/* StepError */.zg(`git refuses the repository at ${dir}: ${reason}. Trust it with: git config --global --add safe.directory <path>`);
        }
        throw new errors/* StepError */.zg(`git cannot read the repository at ${dir}: ${reason}`, { cause: error });
    }
    // An unborn HEAD (no commit yet) makes rev-parse fail; a success must still look like a SHA.
    const headSha = (await git.run(['rev-parse', '--verify', 'HEAD^{commit}']).catch(() => '')).trim();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha))
        throw new NotARepositoryError(`the repository at ${root} has no commit yet`);
    try {
        const [head, headRef, status, ...others] = await Promise.all([
            readCommit(git, headSha),
            git.run(['rev-parse', '--symbolic-full-name', 'HEAD']),
            // --no-optional-locks: never take index.lock, so a parallel step using git is not disturbed.
            // --untracked-files=all lists files inside untracked folders; --ignore-submodules=none makes a
            // submodule with changes (commits, modified or untracked content) dirty whatever the config says.
            git.run(['--no-optional-locks', 'status', '--porcelain=v2', '-z', '--untracked-files=all', '--ignore-submodules=none', '--no-renames']),
            ...wanted.filter((sha) => sha !== headSha).map((sha) => readCommit(git, sha).catch(() => undefined)),
        ]);
        const known = {};
        for (const commit of others)
            if (commit)
                known[commit.sha] = commit;
        const ref = headRef.trim();
        return { root, head, headRef: ref.startsWith('refs/heads/') ? ref : undefined, status, known };
    }
    catch (error) {
        throw new errors/* StepError */.zg(`git cannot read the state of ${root}: ${gitReason(error)}`, { cause: error });
    }
}


/***/ }),

/***/ 1812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ commitsToRead),
  Qj: () => (/* binding */ decideGitState),
  m0: () => (/* binding */ describeDirtyEntry),
  wQ: () => (/* binding */ dirtyTreeMessage),
  Gt: () => (/* binding */ displayPath),
  i$: () => (/* binding */ gitStateOutputs)
});

// UNUSED EXPORTS: pullRequestOf

// EXTERNAL MODULE: ../../work/main/src/git/tag-choice.ts
var tag_choice = __webpack_require__(9888);
;// CONCATENATED MODULE: ../../work/main/src/git/status-porcelain.ts
/**
 * Parses `git status --porcelain=v2 -z` output (pure). Version 2 with NUL separators is the one
 * format git promises to keep stable for scripts and that never quotes or escapes paths, so names
 * with spaces, newlines or non-ASCII bytes come through exactly.
 */
/** The `XY` pair: X is the index against HEAD, Y the working tree against the index (`.` = unchanged). */
function changeOf(xy) {
    const [x = '.', y = '.'] = xy;
    if (x === 'D' || y === 'D')
        return 'deleted';
    if (x === 'A')
        return 'added';
    if (x === 'R' || x === 'C')
        return 'renamed';
    if (x === 'T' || y === 'T')
        return 'type changed';
    if (x !== '.' && y !== '.')
        return 'staged, modified';
    if (x !== '.')
        return 'staged';
    return 'modified';
}
/** The `sub` field: `N...` for a plain file, `S<c><m><u>` for a submodule. */
function submoduleDetail(sub) {
    if (!sub.startsWith('S'))
        return undefined;
    const parts = [];
    if (sub[1] === 'C')
        parts.push('new commits');
    if (sub[2] === 'M')
        parts.push('modified content');
    if (sub[3] === 'U')
        parts.push('untracked content');
    return parts.length > 0 ? parts.join(', ') : 'changed';
}
/** Splits off the first `count` space-separated fields and returns them with the rest (the path). */
function fields(record, count) {
    const head = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        const space = record.indexOf(' ', at);
        if (space < 0)
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        head.push(record.slice(at, space));
        at = space + 1;
    }
    return { head, rest: record.slice(at) };
}
function parsePorcelainV2(output) {
    const records = output.split('\0');
    const entries = [];
    for (let i = 0; i < records.length; i++) {
        const record = records[i] ?? '';
        if (record === '' || record.startsWith('# '))
            continue;
        const kind = record[0];
        if (kind === '?') {
            entries.push({ path: record.slice(2), change: 'untracked' });
        }
        else if (kind === '!') {
            // Ignored files are only printed with --ignored; they are never dirty.
            continue;
        }
        else if (kind === '1') {
            // 1 XY sub mH mI mW hH hI path
            const { head, rest } = fields(record, 8);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
        }
        else if (kind === '2') {
            // 2 XY sub mH mI mW hH hI Xscore path NUL origPath: both names differ from HEAD.
            const { head, rest } = fields(record, 9);
            entries.push(entryFor(rest, head[1] ?? '..', head[2] ?? 'N...'));
            const original = records[++i] ?? '';
            entries.push({ path: original, change: 'deleted' });
        }
        else if (kind === 'u') {
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            const { rest } = fields(record, 10);
            entries.push({ path: rest, change: 'conflict' });
        }
        else {
            throw new Error(`Unexpected git status record: ${JSON.stringify(record)}`);
        }
    }
    return entries;
}
function entryFor(path, xy, sub) {
    const detail = submoduleDetail(sub);
    if (detail !== undefined && !xy.includes('D') && !xy.includes('A'))
        return { path, change: 'submodule', detail };
    return { path, change: changeOf(xy) };
}

;// CONCATENATED MODULE: ../../work/main/src/git/state.ts
/**
 * Decides the `git-state` outputs from facts read out of the repository and from the run's event
 * (pure: no git, no files, no environment). The reader in ./state-reader.ts gathers the facts.
 *
 * Where the outputs come from:
 * - pull request events: the pull request's head (commit, branch, `refs/pull/<n>/head`), because
 *   actions/checkout gives a temporary merge commit that exists nowhere else;
 * - other events: GITHUB_REF for branch/tag when it describes the checked-out commit (GITHUB_SHA is
 *   unset or equals HEAD), otherwise git itself (HEAD, its branch, the tags pointing at it).
 */


const pullRequestEvents = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const shaPattern = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The pull request of a pull request event, or a problem when the payload lacks a usable head. */
function pullRequestOf(context) {
    if (!pullRequestEvents.has(context.eventName))
        return {};
    const event = record(context.event);
    const pr = record(event?.pull_request);
    const head = record(pr?.head);
    const headSha = typeof head?.sha === 'string' ? head.sha.toLowerCase() : undefined;
    if (!headSha || !shaPattern.test(headSha)) {
        return { problem: `The ${context.eventName} event payload has no valid pull_request.head.sha; using the checked-out HEAD instead` };
    }
    const number = typeof pr?.number === 'number' ? pr.number : typeof event?.number === 'number' ? event.number : undefined;
    const mergeSha = typeof pr?.merge_commit_sha === 'string' ? pr.merge_commit_sha.toLowerCase() : undefined;
    return {
        pullRequest: { headSha, headRef: typeof head?.ref === 'string' ? head.ref : '', number, mergeSha },
    };
}
/** Commits besides HEAD the reader should look up (the pull request head, which may not be fetched). */
function commitsToRead(context) {
    const { pullRequest } = pullRequestOf(context);
    return pullRequest ? [pullRequest.headSha] : [];
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
}
function decideGitState(facts, context) {
    // One entry per path (a renamed-away path can also reappear as untracked), sorted by code units.
    const byPath = new Map();
    for (const entry of parsePorcelainV2(facts.status))
        if (!byPath.has(entry.path))
            byPath.set(entry.path, entry);
    const dirty = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const dirtyFiles = dirty.map((entry) => entry.path);
    const warnings = [];
    const notes = [];
    const head = facts.head;
    const base = { root: facts.root, clean: dirtyFiles.length === 0, dirty, dirtyFiles, headCommit: head.sha, warnings, notes };
    const { pullRequest, problem } = pullRequestOf(context);
    if (problem)
        warnings.push(problem);
    if (pullRequest) {
        const prHead = pullRequest.headSha === head.sha ? head : facts.known[pullRequest.headSha];
        const isMergeOfHead = head.parents.includes(pullRequest.headSha) ||
            head.sha === pullRequest.mergeSha ||
            (context.eventName === 'pull_request' && head.sha === context.sha);
        if (pullRequest.headSha !== head.sha) {
            if (isMergeOfHead) {
                notes.push(`HEAD ${head.sha} is the pull request's merge commit; commit is the pull request head ${pullRequest.headSha}`);
            }
            else {
                warnings.push(`HEAD ${head.sha} is neither the pull request head ${pullRequest.headSha} nor a merge of it, so the checked-out tree ` +
                    `may not be the pull request's code (pull_request_target checks out the base branch unless told otherwise)`);
            }
        }
        if (!prHead) {
            notes.push(`The pull request head is not in the local clone (shallow fetch); commit-time is HEAD's committer date`);
        }
        return {
            ...base,
            commit: pullRequest.headSha,
            shortCommit: pullRequest.headSha.slice(0, 7),
            ref: pullRequest.number !== undefined ? `refs/pull/${pullRequest.number}/head` : '',
            branch: pullRequest.headRef,
            tag: (0,tag_choice/* chooseTag */.u6)(prHead?.tags ?? []),
            commitTime: (prHead ?? head).committerTime,
            source: 'pull request event',
        };
    }
    const common = { ...base, commit: head.sha, shortCommit: head.sha.slice(0, 7), commitTime: head.committerTime };
    const runRef = context.ref ?? '';
    const refDescribesHead = !context.sha || context.sha.toLowerCase() === head.sha;
    if (runRef.startsWith('refs/heads/') || runRef.startsWith('refs/tags/')) {
        if (refDescribesHead) {
            const tag = runRef.startsWith('refs/tags/') ? runRef.slice('refs/tags/'.length) : (0,tag_choice/* chooseTag */.u6)(head.tags);
            return { ...common, ref: runRef, branch: branchOf(runRef) || branchOf(facts.headRef), tag, source: 'GITHUB_REF' };
        }
        notes.push(`GITHUB_REF ${runRef} names GITHUB_SHA ${context.sha}, but HEAD is ${head.sha}; reading branch and tag from git`);
    }
    const tag = (0,tag_choice/* chooseTag */.u6)(head.tags);
    return {
        ...common,
        ref: facts.headRef ?? (tag ? `refs/tags/${tag}` : ''),
        branch: branchOf(facts.headRef),
        tag,
        source: 'git',
    };
}
/** The action's outputs, by their action.yml names. */
function gitStateOutputs(state) {
    return {
        clean: String(state.clean),
        commit: state.commit,
        'short-commit': state.shortCommit,
        ref: state.ref,
        branch: state.branch,
        tag: state.tag,
        'commit-time': String(state.commitTime),
        'dirty-files': JSON.stringify(state.dirtyFiles),
    };
}
/**
 * A path as it can be shown in a log line: JSON-quoted when it holds control characters (a newline
 * in a file name must not start a new log line, which the runner could read as a workflow command).
 */
function displayPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}
/** How one dirty entry reads in logs and messages: `<change>: <path>`, the path last. */
function describeDirtyEntry(entry) {
    return `${entry.detail ? `submodule (${entry.detail})` : entry.change}: ${displayPath(entry.path)}`;
}
/** The one-line failure for `require-clean: true` on a dirty tree; long lists are cut, the log has them all. */
function dirtyTreeMessage(state, limit = 20) {
    const shown = state.dirty.slice(0, limit).map(describeDirtyEntry);
    const more = state.dirty.length > limit ? `, and ${state.dirty.length - limit} more` : '';
    return (`The working tree at ${state.root} is not clean: ${state.dirty.length} changed path(s): ${shown.join('; ')}${more}. ` +
        `Commit or discard the changes (or list generated files in .gitignore), or set require-clean: false`);
}


/***/ }),

/***/ 9888:
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


/***/ })

};
