export const id = 610;
export const ids = [610];
export const modules = {

/***/ 4497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  cB: () => (/* binding */ actionHelp),
  bQ: () => (/* binding */ parseFlags),
  A2: () => (/* binding */ runActionFromCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/generated/action-metadata.ts
var action_metadata = __webpack_require__(6277);
;// CONCATENATED MODULE: ./src/runtime/file-commands.ts
/**
 * Reads the runner's file-command format (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`), as
 * written by @actions/core: either `name=value` lines or `name<<DELIMITER` \u2026 `DELIMITER` blocks.
 */
function parseFileCommands(text) {
    const result = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i] ?? '');
            result[name] = body.join('\n');
            continue;
        }
        const at = line.indexOf('=');
        if (at > 0)
            result[line.slice(0, at)] = line.slice(at + 1);
    }
    return result;
}

// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
;// CONCATENATED MODULE: ./src/cli/secret-masker.ts

/**
 * Does for the CLI what the runner does for an action's log: values announced with
 * `::add-mask::` never reach the terminal. Works line by line; a secret is redacted wherever it
 * appears afterwards, in logs, outputs and the summary.
 */
class SecretMasker {
    secrets = new Set();
    pending = '';
    /** Takes raw log text; returns what may be shown (whole lines only, mask commands removed). */
    filter(text) {
        const lines = (this.pending + text).split('\n');
        this.pending = lines.pop() ?? '';
        const shown = [];
        for (const line of lines) {
            const mask = /^::add-mask::(.*)$/.exec(line);
            if (mask) {
                if (mask[1])
                    this.secrets.add(unescapeCommandData(mask[1]));
                continue;
            }
            shown.push(this.redact(line));
        }
        return shown.length > 0 ? `${shown.join('\n')}\n` : '';
    }
    /** What is left of an unfinished last line. */
    flush() {
        return this.pending === '' ? '' : this.filter('\n');
    }
    redact(text) {
        return (0,redact/* redact */.E)(text, this.secrets);
    }
}
/** Undoes the escaping @actions/core applies to a workflow command's data (`%` \u2192 `%25`, CR \u2192 `%0D`, LF \u2192 `%0A`). */
function unescapeCommandData(data) {
    return data.replace(/%25|%0D|%0A/g, (escaped) => ({ '%25': '%', '%0D': '\r', '%0A': '\n' })[escaped] ?? escaped);
}

// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/runtime/stdio.ts
var stdio = __webpack_require__(9921);
;// CONCATENATED MODULE: ./src/cli/action-command.ts









class UsageError extends Error {
}
/**
 * `--name value` (or `--name=value`) flags with node:util's parseArgs, strictly: a flag that is not
 * in `names` is an error that names it and lists the known ones. `--help` / `-h` is always known.
 */
function parseFlags(command, args, names) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const name of names)
        options[name] = { type: 'string' };
    try {
        const { values } = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: false });
        const { help, ...flags } = values;
        return {
            flags: Object.fromEntries(Object.entries(flags).filter((entry) => typeof entry[1] === 'string')),
            help: help === true,
        };
    }
    catch (error) {
        const known = names.map((name) => `--${name}`).join(', ');
        throw new UsageError(`${command}: ${error.message}. Known flags: ${known}${known ? ', ' : ''}--help`);
    }
}
/** `image-actions <action> --help`: the action's description, its inputs with defaults, its outputs. */
function actionHelp(name) {
    const metadata = action_metadata/* actionMetadata */.S[name];
    if (!metadata)
        throw new UsageError(`Unknown action '${name}'`);
    const lines = [
        `Usage: image-actions ${name} [--<input> <value> ...]`,
        '',
        metadata.description,
        '',
        'Inputs (an INPUT_<NAME> variable also sets one, e.g. for secrets):',
    ];
    for (const [input, spec] of Object.entries(metadata.inputs)) {
        const note = spec.required ? ' (required)' : spec.default ? ` (default: ${spec.default})` : '';
        lines.push(`  --${input}${note}`, `      ${spec.description}`);
    }
    lines.push('', 'Outputs (one JSON object on stdout; logs go to stderr):');
    for (const [output, description] of Object.entries(metadata.outputs))
        lines.push(`  ${output}: ${description}`);
    return lines.join('\n');
}
/**
 * Runs an action's own `run()` as the runner would: inputs as `INPUT_*` variables with the
 * action.yml defaults applied, file commands in a temporary folder. `flags` are the command line's
 * inputs as `parseFlags` read them. Logs go to stderr; the outputs come back as an object for the
 * caller to print as JSON.
 */
async function runActionFromCli(name, run, flags) {
    const metadata = action_metadata/* actionMetadata */.S[name];
    if (!metadata)
        throw new UsageError(`Unknown action '${name}'`);
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), `image-actions-${name}-`));
    const files = {
        GITHUB_OUTPUT: external_node_path_default().join(scratch, 'output'),
        GITHUB_STATE: external_node_path_default().join(scratch, 'state'),
        GITHUB_STEP_SUMMARY: external_node_path_default().join(scratch, 'summary.md'),
        GITHUB_ENV: external_node_path_default().join(scratch, 'env'),
    };
    for (const file of Object.values(files))
        (0,external_node_fs_.writeFileSync)(file, '');
    const saved = { ...process.env };
    // A flag wins; else an `INPUT_<NAME>` already in the environment (how secrets stay out of argv
    // and `ps`, exactly as the runner passes them); else the action.yml default.
    for (const [input, spec] of Object.entries(metadata.inputs)) {
        const variable = (0,inputs/* inputVariable */.LO)(input);
        process.env[variable] = flags[input] ?? saved[variable] ?? spec.default;
    }
    Object.assign(process.env, files);
    process.env.RUNNER_TEMP ??= scratch;
    // The action logs to stdout; the CLI keeps stdout for the JSON result. There is no runner to
    // honour `::add-mask::`, so the CLI does it: the line is dropped and the value redacted.
    const masker = new SecretMasker();
    const restoreLog = (0,stdio/* redirectLog */.BI)((text) => (0,stdio/* writeFd */.M2)(2, masker.filter(text)));
    const exitCodeBefore = process.exitCode;
    try {
        await run();
    }
    finally {
        (0,stdio/* writeFd */.M2)(2, masker.flush());
        restoreLog();
        process.env = saved;
    }
    const failed = process.exitCode !== undefined && process.exitCode !== 0 && process.exitCode !== exitCodeBefore;
    const outputs = Object.fromEntries(Object.entries(parseFileCommands((0,external_node_fs_.readFileSync)(files.GITHUB_OUTPUT, 'utf8'))).map(([key, value]) => [key, masker.redact(value)]));
    const summary = masker.redact((0,external_node_fs_.readFileSync)(files.GITHUB_STEP_SUMMARY, 'utf8'));
    // Local runs may keep the job summaries (npm run demo prints them): appended, as the runner does.
    if (saved.IMAGE_ACTIONS_SUMMARY_FILE)
        (0,external_node_fs_.appendFileSync)(saved.IMAGE_ACTIONS_SUMMARY_FILE, summary);
    (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    return { outputs, failed, summary };
}


/***/ }),

/***/ 610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every action the CLI can run, by the name of its folder under actions/. */
const actionRuns = {
    'git-state': async () => (await __webpack_require__.e(/* import() */ 134).then(__webpack_require__.bind(__webpack_require__, 3134))).run,
    hash: async () => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(968), __webpack_require__.e(356), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 2102))).run,
    build: async () => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(968), __webpack_require__.e(142), __webpack_require__.e(356), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 9297))).run,
    register: async () => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(142), __webpack_require__.e(364), __webpack_require__.e(413), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 3211))).run,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(225), __webpack_require__.e(891), __webpack_require__.e(968), __webpack_require__.e(142), __webpack_require__.e(868), __webpack_require__.e(356), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 8682))).run,
    promote: async () => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(142), __webpack_require__.e(364), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 4995))).run,
};
/** Commands that are not actions: name \u2192 handler taking the remaining argv, returning an exit code. */
const extraCommands = {
    explain: {
        usage: 'A.json B.json \u2014 why two build definitions (hash manifest-file) differ',
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(497)]).then(__webpack_require__.bind(__webpack_require__, 8497))).explainCommand(args),
    },
    plan: {
        usage: '--file images.yaml [--insecure-registries host:port,\u2026] \u2014 GitHub matrix JSON of the images whose hash tag is missing, plus the reused ones',
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(142), __webpack_require__.e(868), __webpack_require__.e(356), __webpack_require__.e(293)]).then(__webpack_require__.bind(__webpack_require__, 9293))).planCommand(args),
    },
    render: {
        usage: 'SPEC [--context-dir DIR] \u2014 the Dockerfile an image spec (image.yaml, or images.yaml#name) renders to; --context-dir writes the rendered context',
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(968), __webpack_require__.e(868), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 4984))).renderCommand(args),
    },
    catalog: {
        usage: 'serve --db FILE|postgres://\u2026 [--host H] [--port P] [--rate-limit 20/s] [--pool-size N] | openapi \u2014 reference catalog server (CATALOG_TOKENS and/or GitHub OIDC)',
        run: async (args) => (await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(393), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 7383))).catalogCommand(args),
    },
};

// EXTERNAL MODULE: ./src/cli/action-command.ts + 2 modules
var action_command = __webpack_require__(4497);
// EXTERNAL MODULE: ./src/generated/action-metadata.ts
var action_metadata = __webpack_require__(6277);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/runtime/stdio.ts
var stdio = __webpack_require__(9921);
;// CONCATENATED MODULE: ./src/cli/main.ts





function usage() {
    const lines = [
        'Usage: image-actions <command> [--<input> <value> ...]   (image-actions <command> --help for its inputs)',
        '',
        'Actions (outputs printed as JSON on stdout, logs on stderr):',
    ];
    for (const name of Object.keys(actionRuns).sort())
        lines.push(`  ${name.padEnd(16)} ${action_metadata/* actionMetadata */.S[name]?.description.split('. ')[0] ?? ''}`);
    lines.push('', 'Other commands:');
    for (const [name, command] of Object.entries(extraCommands).sort())
        lines.push(`  ${name.padEnd(16)} ${command.usage}`);
    return lines.join('\n');
}
async function run(argv) {
    const [command, ...rest] = argv;
    try {
        if (!command || command === '--help' || command === 'help') {
            process.stderr.write(`${usage()}\n`);
            process.exitCode = command ? 0 : 2;
            return;
        }
        const loadAction = actionRuns[command];
        if (loadAction) {
            // Flags are checked before the action's code loads: a typo fails at once.
            const { help, flags } = (0,action_command/* parseFlags */.bQ)(command, rest, Object.keys(action_metadata/* actionMetadata */.S[command]?.inputs ?? {}));
            if (help) {
                process.stdout.write(`${(0,action_command/* actionHelp */.cB)(command)}\n`);
                process.exitCode = 0;
                return;
            }
            const result = await (0,action_command/* runActionFromCli */.A2)(command, await loadAction(), flags);
            (0,stdio/* writeFd */.M2)(1, `${JSON.stringify(result.outputs, null, 2)}\n`);
            process.exitCode = result.failed ? 1 : 0;
            return;
        }
        const extra = extraCommands[command];
        if (extra) {
            process.exitCode = await extra.run(rest);
            return;
        }
        throw new action_command/* UsageError */.eb(`Unknown command '${command}'.\n${usage()}`);
    }
    catch (error) {
        process.stderr.write(`image-actions: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        process.exitCode = error instanceof action_command/* UsageError */.eb ? 2 : 1;
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/** A problem with what the user gave us: names the input and says how to fix it. */
class InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Failure of something outside us (registry, builder, platform) that the user must act on. */
class StepError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'StepError';
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   n$: () => (/* binding */ sortedPairs),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */

/** Items separated by commas or new lines, trimmed, empties dropped. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/**
 * `KEY=value` lines into an object: the key is trimmed, the value keeps everything after the first
 * `=`. A line without a key is an error naming `input`.
 */
function parseKeyValueLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
        result[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return result;
}
/** `KEY=value` pairs sorted by key, so the same request always gives the same argv. */
function sortedPairs(record) {
    return Object.keys(record)
        .sort()
        .map((key) => `${key}=${record[key]}`);
}


/***/ }),

/***/ 6277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ actionMetadata)
/* harmony export */ });
const actionMetadata = {
    "build": { "description": "Reuses the image when its build hash is already in the registry, otherwise builds it with layer caching and pushes it. Hashes the build exactly like the hash action (base images resolved to digests), looks up `<image>:h1-<hash>` (only a 404 counts as absent; auth and server errors fail the step), and on a hit with every requested platform and the matching hash label builds nothing and adds the extra tags by manifest PUT. On a miss it builds with buildah or buildx, pushes the hash tag, confirms the digest in the registry and only then moves the extra tags.", "inputs": { "context": { "default": ".", "required": false, "description": "Build context folder, relative to the workspace (it must stay inside it). Entries are filtered with Docker's own `.dockerignore` rules; `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`." }, "dockerfile": { "default": "", "required": false, "description": "Path of the Dockerfile, relative to the workspace (it must stay inside it). Empty means `<context>/Dockerfile`." }, "spec": { "default": "", "required": false, "description": "An image spec instead of a Dockerfile: the path of an `image.yaml` (relative to the workspace), or `images.yaml#<name>` for a spec written inline in a plan's images file. It is rendered to a Dockerfile and a context holding exactly the files it names, and hashed and built as those. `context` and `dockerfile` must then be empty; the spec's `platforms` apply when `platforms` is empty. See \"Declare an image instead of writing a Dockerfile\" in the README." }, "build-args": { "default": "", "required": false, "description": "Build arguments, one `KEY=VALUE` per line. Every argument given is part of the hash; the global ones also choose the base images in `FROM` lines." }, "target": { "default": "", "required": false, "description": "Stage to build (`FROM \u2026 AS <name>`). Empty means the last stage." }, "platforms": { "default": "", "required": false, "description": "Target platforms, separated by commas or new lines, e.g. `linux/amd64,linux/arm64`. Normalized (`linux/arm64/v8` is `linux/arm64`), sorted and deduplicated. Empty means the runner's own platform." }, "secrets": { "default": "", "required": false, "description": "Build secrets with their values, one `ID=VALUE` per line (docker/build-push-action's form; pass values from `secrets`). The value reaches the builder in an environment variable, never a command line or a file left behind; it is masked. Only the ids are hashed." }, "secret-envs": { "default": "", "required": false, "description": "Build secrets read from the step's environment, one `ID=VARIABLE` per line (e.g. `PIP_TOKEN=PIP_TOKEN` with `env: {PIP_TOKEN: ...}` on the step). Only the ids are hashed." }, "secret-files": { "default": "", "required": false, "description": "Build secrets read from files, one `ID=PATH` per line (e.g. `netrc=.netrc`), relative to the workspace. Only the ids are hashed." }, "labels": { "default": "", "required": false, "description": "Static image labels, one `key=value` per line (nothing that changes per run, such as a date)." }, "manifest-file": { "default": "", "required": false, "description": "Where to write the build definition as JSON (the hashed definition plus every context entry), relative to the workspace or inside RUNNER_TEMP. Compare two such files with `image-actions explain A.json B.json`. Empty writes nothing." }, "image": { "default": "", "required": false, "description": "Repository to push to, without tag or digest, e.g. `ghcr.io/org/app` or `127.0.0.1:5000/app`. The image is tagged with the hash tag `h1-<32 hex>`; loopback registries speak plain HTTP. May be empty when `spec` names the image (`registry` and `name`)." }, "tags": { "default": "", "required": false, "description": "Extra tags, separated by commas or new lines: bare (`latest`, `v1.2.3`) or full references of `image` (`ghcr.io/org/app:latest`, as docker/metadata-action prints them). Applied by manifest PUT after the image is confirmed in the registry, also when it is reused; never on failure." }, "builder": { "default": "auto", "required": false, "description": "`buildx` (needs Docker and docker/setup-buildx-action), `buildah` (daemonless) or `auto`: buildx when a Docker engine answers, else buildah." }, "cache": { "default": "registry", "required": false, "description": "Layer cache: `registry` (in `cache-ref`), `gha` (the GitHub Actions cache, scoped to the image and target) or `none`. Only pushes to the default branch write the cache; pull requests and other refs read the default branch's cache and never write it." }, "cache-ref": { "default": "", "required": false, "description": "Where the registry cache lives. Empty means `<image>:buildcache`. buildx keeps the whole cache in that one tag; buildah keeps one tag per layer in a sibling repository (`<image>-buildcache`)." }, "force-rebuild": { "default": "false", "required": false, "description": "`true` builds and pushes even when an image with this hash exists (it is replaced under the hash tag)." }, "push": { "default": "true", "required": false, "description": "`true` pushes the built image and applies the tags. `false` builds without pushing (a PR check): `digest` and `image` are then empty unless the image was reused." }, "registry-username": { "default": "", "required": false, "description": "User name for the registry of `image` (also used for base images and the cache there). Empty uses `~/.docker/config.json`, as docker/login-action leaves it." }, "registry-password": { "default": "", "required": false, "description": "Password or token for `registry-username`. Masked in logs; never written to outputs or the summary." }, "insecure-registries": { "default": "", "required": false, "description": "Registries (`host[:port]`) spoken to over plain HTTP or without TLS verification, separated by commas or new lines. Loopback registries (127.0.0.0/8, localhost) always are." } }, "outputs": { "image": "The image pinned by digest: `<registry>/<repository>@sha256:\u2026` (empty when built with `push: false`; the parent image for a spec with `skip-build: true`).", "digest": "`sha256:\u2026` of the pushed or reused image: its index for several platforms, else its manifest. Confirmed by a registry HEAD; the step fails rather than leave it empty after a push.", "tag": "The hash tag, `h1-` followed by the first 32 hex of `hash` (empty for a spec with `skip-build: true`, which pushes nothing).", "tags": "JSON array of every reference the image now carries from this step (`<repository>:<tag>`, hash tag first).", "hash": "SHA-256 of the canonical build definition (64 hex), as the hash action computes it.", "reused": "`true` when an image with this hash existed and nothing was built, else `false`." } },
    "git-state": { "description": "Records which commit an image is built from (commit, ref, branch, tag, commit time) and whether the working tree is clean. On pull requests it reports the pull request head, not the merge commit that actions/checkout creates. Optionally fails the step when the tree is dirty.", "inputs": { "path": { "default": ".", "required": false, "description": "A folder inside the repository, relative to the workspace (it must stay inside it). The state is that of the whole repository containing the folder." }, "require-clean": { "default": "false", "required": false, "description": "`true` fails the step when the working tree has modified, staged, deleted or untracked (not ignored) files, or a submodule with changes; the error lists them. The outputs are still written before the step fails, so `if: always()` steps can use them. `false` only reports." } }, "outputs": { "clean": "`true` when nothing is modified, staged, deleted or untracked (ignored files do not count; a submodule with new commits, modified or untracked content does), otherwise `false`.", "commit": "Full SHA of the commit being built: HEAD, or on pull request events the pull request head SHA from the event payload (not the temporary merge commit actions/checkout gives).", "short-commit": "The first 7 characters of `commit` (a fixed length, so tags made from it are stable).", "ref": "Full git ref: GITHUB_REF when it names the checked-out commit (`refs/heads/\u2026` or `refs/tags/\u2026`), otherwise the branch HEAD is on, or `refs/tags/<tag>` on a detached HEAD with a tag; `refs/pull/<number>/head` on pull requests. Empty on a detached HEAD without a tag.", "branch": "Branch name without `refs/heads/` (the pull request head branch on pull requests). Empty on a tag push or a detached HEAD outside a branch.", "tag": "A tag pointing at `commit`: the pushed tag on tag pushes; otherwise the highest semantic version tag (`v1.2.3` or `1.2.3`) among the tags at that commit, else the newest tag. Empty when none (shallow clones usually fetch no tags).", "commit-time": "Committer date of `commit` in unix seconds, ready for SOURCE_DATE_EPOCH. On a pull request whose head commit is not in the clone (a shallow merge checkout), the merge commit's date.", "dirty-files": "JSON array of changed paths relative to the repository root, sorted: modified, staged, deleted, renamed (both names), untracked (not ignored) files, and submodules with changes. `[]` when clean." } },
    "hash": { "description": "Computes a stable hash of everything that goes into a Dockerfile build: the Dockerfile bytes, the build context exactly as Docker would send it (after .dockerignore), the base images, target platforms, target stage, build args, secret ids and labels. The tag `h1-<32 hex>` names the image, so an image already built from the same definition can be reused instead of rebuilt.", "inputs": { "context": { "default": ".", "required": false, "description": "Build context folder, relative to the workspace (it must stay inside it). Entries are filtered with Docker's own `.dockerignore` rules; `<Dockerfile>.dockerignore` beside the Dockerfile wins over `<context>/.dockerignore`." }, "dockerfile": { "default": "", "required": false, "description": "Path of the Dockerfile, relative to the workspace (it must stay inside it). Empty means `<context>/Dockerfile`." }, "spec": { "default": "", "required": false, "description": "An image spec instead of a Dockerfile: the path of an `image.yaml` (relative to the workspace), or `images.yaml#<name>` for a spec written inline in a plan's images file. It is rendered to a Dockerfile and a context holding exactly the files it names, and hashed and built as those. `context` and `dockerfile` must then be empty; the spec's `platforms` apply when `platforms` is empty. See \"Declare an image instead of writing a Dockerfile\" in the README." }, "build-args": { "default": "", "required": false, "description": "Build arguments, one `KEY=VALUE` per line. Every argument given is part of the hash; the global ones also choose the base images in `FROM` lines." }, "target": { "default": "", "required": false, "description": "Stage to build (`FROM \u2026 AS <name>`). Empty means the last stage." }, "platforms": { "default": "", "required": false, "description": "Target platforms, separated by commas or new lines, e.g. `linux/amd64,linux/arm64`. Normalized (`linux/arm64/v8` is `linux/arm64`), sorted and deduplicated. Empty means the runner's own platform." }, "secrets": { "default": "", "required": false, "description": "Build secrets with their values, one `ID=VALUE` per line (docker/build-push-action's form; pass values from `secrets`). The value reaches the builder in an environment variable, never a command line or a file left behind; it is masked. Only the ids are hashed." }, "secret-envs": { "default": "", "required": false, "description": "Build secrets read from the step's environment, one `ID=VARIABLE` per line (e.g. `PIP_TOKEN=PIP_TOKEN` with `env: {PIP_TOKEN: ...}` on the step). Only the ids are hashed." }, "secret-files": { "default": "", "required": false, "description": "Build secrets read from files, one `ID=PATH` per line (e.g. `netrc=.netrc`), relative to the workspace. Only the ids are hashed." }, "labels": { "default": "", "required": false, "description": "Static image labels, one `key=value` per line (nothing that changes per run, such as a date)." }, "manifest-file": { "default": "", "required": false, "description": "Where to write the build definition as JSON (the hashed definition plus every context entry), relative to the workspace or inside RUNNER_TEMP. Keep it out of the build context (or exclude it in .dockerignore), or it becomes part of the next hash. Compare two such files with `image-actions explain A.json B.json`. Empty writes nothing." }, "resolve-images": { "default": "true", "required": false, "description": "`true` resolves every `FROM` and `COPY --from` image (after ARG expansion; stage names and `scratch` skipped) to the digest its tag points at now, through the registry, so a moved base tag gives a new hash; a reference pinned by `@sha256:` is used as is, without a request. Credentials come from `~/.docker/config.json`. `false` hashes the references as written (offline use); the build action always resolves, so its hash then differs." }, "insecure-registries": { "default": "", "required": false, "description": "Registries (`host[:port]`) of base images spoken to over plain HTTP, separated by commas or new lines. Loopback registries (127.0.0.0/8, localhost) always are." } }, "outputs": { "hash": "SHA-256 of the canonical build definition (64 hex).", "tag": "`h1-` followed by the first 32 hex of `hash`: the image tag for this definition.", "manifest-file": "Absolute path of the written build definition, or empty when `manifest-file` was not given.", "files": "Number of regular files in the build context after `.dockerignore`.", "bytes": "Total size in bytes of those files." } },
    "promote": { "description": "Promotes an already-built version to another environment without rebuilding: resolves the version to its digest through the platform (never a tag), checks the image and every credential before anything moves, moves the image by digest (same repository: tags only; same registry: blob mount; another registry: streamed copy), confirms the destination digest in the registry, then moves the channel (a concurrent promotion fails and names the winner), the tags and the targets, and records a GitHub deployment. `version: previous` rolls back.", "inputs": { "platform": { "default": "catalog", "required": false, "description": "`catalog` (channels of any name), `dataworks` (one channel per image: its published version), `databricks` (no channels: the image is moved and attached to `targets`), `metaflow` or `zenml` (no channels: the image is moved; register the destination afterwards)." }, "endpoint": { "default": "", "required": true, "description": "catalog: its base URL (`https://catalog.example.com`). databricks: the workspace URL. dataworks: `dataworks.<region>.aliyuncs.com` or a region id such as `cn-hangzhou`." }, "token": { "default": "", "required": false, "description": "Bearer token for catalog (scope `promote`, plus `register` to attach targets) or databricks. Pass it from secrets. Masked in every log. Not used by dataworks." }, "oidc-audience": { "default": "", "required": false, "description": "Instead of `token`: use the job's GitHub OIDC id-token for this audience (the job needs `permissions: id-token: write`), as register does." }, "access-key-id": { "default": "", "required": false, "description": "dataworks only \u2014 AccessKey id (default ALIBABA_CLOUD_ACCESS_KEY_ID). Pass it from secrets." }, "access-key-secret": { "default": "", "required": false, "description": "dataworks only \u2014 AccessKey secret (default ALIBABA_CLOUD_ACCESS_KEY_SECRET). Pass it from secrets; masked." }, "platform-settings": { "default": "", "required": false, "description": "Platform-specific `key=value` lines, as register takes them." }, "image-name": { "default": "", "required": true, "description": "The image's name on the platform, e.g. `ml-runtime`." }, "version": { "default": "", "required": false, "description": "The registered version to promote (e.g. `1.2.3`), or `previous` to roll `to-channel` back to what it held before its current version (twice in a row returns to where it was, like `kubectl rollout undo`). databricks keeps no versions: give the image pinned by digest (register's `version-id`). Give either this or `from-channel`." }, "from-channel": { "default": "", "required": false, "description": "Instead of `version`, promote whatever this channel holds now (e.g. `staging`). catalog only." }, "to-channel": { "default": "", "required": false, "description": "The channel to promote to (e.g. `production`). Required on catalog; dataworks has only `published` (the default there); empty on databricks." }, "require-channel": { "default": "", "required": false, "description": "Only a version this channel holds now may be promoted (e.g. `staging`): anything else fails with nothing moved. catalog only." }, "to-image": { "default": "", "required": false, "description": "The destination repository without tag or digest (e.g. `prod.example.com/ml/runtime`). Default: the version's own repository (then only tags move). Not on dataworks, which runs the ACR image its version records." }, "tags": { "default": "", "required": false, "description": "Extra tags at the destination, separated by commas or new lines (e.g. `prod`). The version's own tag (`1.2.3`; `+` written as `_`) is always added and may never point at another image." }, "targets": { "default": "", "required": false, "description": "Compute to attach the promoted version to after promoting, one `kind/id` per line (the same forms as register). They get the destination image." }, "registry-username": { "default": "", "required": false, "description": "User for the destination registry. Default: ~/.docker/config.json (docker/login-action). The source is read with ~/.docker/config.json, or with these when it is the same registry." }, "registry-password": { "default": "", "required": false, "description": "Password or token for the destination registry. Pass it from secrets; masked." }, "insecure-registries": { "default": "", "required": false, "description": "Registries (host[:port]) spoken to over plain HTTP, comma separated. Loopback always is." }, "reason": { "default": "", "required": false, "description": "Why, recorded with the promotion (at most 1024 characters). Default `promoted by <run URL>`." }, "github-token": { "default": "", "required": false, "description": "With `environment`: a token allowed to write deployments (the job's `github.token` with `permissions: deployments: write`), to record the promotion as a GitHub deployment. Masked." }, "environment": { "default": "", "required": false, "description": "The GitHub environment to record the deployment in (e.g. `production`), with task `promote`, the version's commit as ref and `{image, digest, version, channel, previous_version}` as payload. Empty: no deployment." } }, "outputs": { "version": "The version promoted.", "digest": "Its digest, the same at the source and the destination.", "image": "The destination pinned by digest, `<repository>@sha256:\u2026`.", "previous-version": "What the channel held before this run (empty when it was empty or the platform has no channels).", "bytes-copied": "Blob bytes read from the source and uploaded (0 within one registry).", "move": "`tags` (same repository), `mount` (same registry) or `copy` (another registry).", "attachments": "JSON array of `{target, image, version, changed}`, one per target; `[]` without targets.", "deployment-id": "The GitHub deployment's id; empty when none was recorded." } },
    "register": { "description": "Registers a pushed image as an immutable version on a platform (the image-actions catalog, Databricks, DataWorks, Metaflow or ZenML) and attaches it to compute. Same version and digest again is a replay (`created: false`); the same version with another digest fails and changes nothing. Every input is checked before the first request, so a bad one registers nothing.", "inputs": { "platform": { "default": "catalog", "required": false, "description": "`catalog` (the image-actions catalog API, e.g. `image-actions catalog serve`), `databricks` (Databricks Container Services: sets `docker_image` on clusters and job clusters), `dataworks` (Alibaba Cloud DataWorks custom images: version, image test, publish), `metaflow` (writes the default container image into a Metaflow config file) or `zenml` (a ZenML pipeline build through the server's REST API)." }, "endpoint": { "default": "", "required": false, "description": "catalog: its base URL (`https://catalog.example.com`). databricks: the workspace URL. dataworks: `dataworks.<region>.aliyuncs.com`, or a region id such as `cn-hangzhou` (mapped to its endpoint as the Alibaba Cloud SDKs do). zenml: the server URL. metaflow: leave empty." }, "token": { "default": "", "required": false, "description": "Bearer token for catalog (scope `register`) or databricks (a PAT or service-principal token); for zenml the API key of a service account. Pass it from secrets. Masked in every log. Not used by dataworks or metaflow." }, "oidc-audience": { "default": "", "required": false, "description": "Instead of `token`: use the job's GitHub OIDC id-token for this audience (the job needs `permissions: id-token: write`). databricks exchanges it for a workspace token (workload identity federation); catalog sends it as the bearer token, which the reference server accepts when started with CATALOG_OIDC_AUDIENCE set to this audience and claim rules (CATALOG_OIDC_RULES) that grant the register scope." }, "access-key-id": { "default": "", "required": false, "description": "dataworks only \u2014 AccessKey id (default ALIBABA_CLOUD_ACCESS_KEY_ID). Pass it from secrets." }, "access-key-secret": { "default": "", "required": false, "description": "dataworks only \u2014 AccessKey secret (default ALIBABA_CLOUD_ACCESS_KEY_SECRET). Pass it from secrets; masked." }, "platform-settings": { "default": "", "required": false, "description": "Platform-specific `key=value` lines; an unknown key or a missing required one fails before any request. databricks: `registry-username`, `registry-password` (the credentials compute pulls with; give `{{secrets/<scope>/<key>}}` references, not values), `oidc-client-id`, `restart-running-clusters` (`true` allows updating RUNNING clusters, which Databricks restarts; default refuses them). dataworks: `acr-instance-id`, `acr-vpc-id` (required), `test-resource-group` (a Serverless resource group: versions are image-tested there before they are published; without it they are published untested), `task-types` (comma list, default Shell,Python), `accessibility` (Private|Public), `registry-username` and `registry-password` (to read the hash tag in ACR; default `~/.docker/config.json`). metaflow: `config-file` (required; `~/.metaflowconfig/config.json` or a profile's `config_<profile>.json`). zenml: `zenml-version` and `python-version` (required: those in the image), `project` (default `default`), `stack` (a stack UUID), `image-keys` (default `orchestrator`), `settings-checksum` (ZenML's, for its automatic build reuse). catalog: none." }, "image-name": { "default": "", "required": true, "description": "The image's name on the platform, e.g. `ml-runtime` (catalog; dataworks allows `[a-z0-9_]`; zenml keys its build checksum by it and the version; metaflow shows it in the log only)." }, "image": { "default": "", "required": true, "description": "The pushed image pinned by digest, `<repository>@sha256:<64 hex>`: the build step's `image` output. A reference without a digest is refused (register runs only after a verified push)." }, "hash": { "default": "", "required": true, "description": "The build hash (64 hex): the hash or build step's `hash` output. Recorded with the version; its hash tag (`h1-<32 hex>`) is the default version." }, "commit": { "default": "", "required": false, "description": "The commit the image was built from (git-state's `commit` output). Default GITHUB_SHA." }, "git-tag": { "default": "", "required": false, "description": "A tag at the commit (git-state's `tag` output); default the tag of a tag push (GITHUB_REF). When it is a semantic version it becomes the default version, without a leading `v` (`v1.2.3` \u2192 `1.2.3`)." }, "version": { "default": "", "required": false, "description": "The version name (1\u2013128 characters: letters, digits, `.`, `_`, `+`, `-`). Default: the semantic-version git tag (`v` dropped), else the hash tag. Versions are immutable." }, "targets": { "default": "", "required": false, "description": "Compute to attach the version to, one `kind/id` per line. catalog: `resource-group/<name>`, `cluster/<id>`, `job/<id>/<key>`, `project/<id>`. databricks: `cluster/<cluster-id>`, `job/<job-id>/<job-cluster-key>`. dataworks: `project/<workspace-id>`. metaflow and zenml take none (the config file, or the build id, is what runs use). Empty: register only." }, "description": { "default": "", "required": false, "description": "A description stored with the image and the version." } }, "outputs": { "version": "The version name registered (or found already registered with this digest).", "version-id": "The platform's id of the version (catalog: `ver_\u2026`; dataworks: `<image id>:<version>`; zenml: the pipeline build id, for `build:` in a run configuration; databricks and metaflow keep no versions: the pinned image reference).", "created": "`true` when this run created the version, `false` when it existed with the same digest (a replay). Always `false` on databricks, which keeps no version records; on metaflow, whether the config file changed.", "attachments": "JSON array of `{target, image, version, changed}`, one per target; `changed` is `false` when the target already ran this version. `[]` without targets.", "published": "dataworks only: `true` when DataWorks published the version (or is publishing it). A failed image test fails the step with `false`.", "publish-stage": "dataworks only \u2014 the version's `PublishStage` after publishing (e.g. `Published`, `TestFailed`).", "metaflow-image": "metaflow only: the image written as `METAFLOW_DEFAULT_CONTAINER_IMAGE`, `<registry>/<repository>@sha256:\u2026` (never a mutable tag).", "metaflow-registry": "metaflow only \u2014 the registry written as `METAFLOW_DEFAULT_CONTAINER_REGISTRY`.", "metaflow-with": "metaflow only: `--with kubernetes:image=<metaflow-image>`, to run one flow with this image without changing any configuration." } },
    "validate": { "description": "The pull-request check for Dockerfiles. Reads each Dockerfile the way `docker build` (BuildKit) reads it and reports, on the exact lines, what BuildKit refuses, the `docker build --check` checks, hadolint's rules for data/ML images, ShellCheck on RUN scripts and the chosen platform profile (Databricks, DataWorks, Metaflow, ZenML, Flyte) \u2014 as annotations, a job summary, a SARIF file for code scanning and one pull-request comment kept up to date \u2014 and says, for each image the pull request rebuilds, why.", "inputs": { "files": { "default": "", "required": false, "description": "Globs of the files to validate, relative to the workspace, one per line (or separated by commas); a line starting with `!` leaves files out. Dockerfiles are validated on their own, `images.yaml` files (of `plan`) with each entry's build args, target and platforms. Empty means `**/Dockerfile`, `**/Dockerfile.*`, `**/*.Dockerfile`, `**/images.yaml`, `**/images.yml`. Files come from `git ls-files`, so `.gitignore` is honoured. A glob given here that matches nothing is an error." }, "changed-only": { "default": "auto", "required": false, "description": "`true` validates only what the pull request touches: a file it changes, or a Dockerfile whose build context it changes. `false` validates every selected file. `auto`: `true` on pull_request events." }, "base": { "default": "", "required": false, "description": "The commit to compare with (for changed-only and for \"why this PR rebuilds\"), e.g. `origin/main`. Empty means the pull request's base commit; a base missing from a shallow clone is fetched." }, "profile": { "default": "none", "required": false, "description": "Platform profile: `none`, `databricks`, `dataworks`, `metaflow`, `zenml` or `flyte`. It adds what the platform needs of an image (see the rules table). The `config` file can set it per file." }, "config": { "default": "", "required": false, "description": "A YAML config file (relative to the workspace): `profile`, `rules` (a severity `error`, `warning`, `info` or `off` per rule id or ShellCheck code) and `files` (per-glob profile and rules). Checked against its schema; a mistake fails the step naming its line." }, "fail-on": { "default": "error", "required": false, "description": "The least severe finding that fails the step: `error`, `warning`, `info` or `never`." }, "sarif-file": { "default": "", "required": false, "description": "Where to write the findings as SARIF 2.1.0 (relative to the workspace), for `github/codeql-action/upload-sarif`. Empty writes nothing." }, "comment": { "default": "auto", "required": false, "description": "`true` keeps one comment on the pull request with the findings and why images rebuild (created when there is something to say, updated in place afterwards, saying so once clean). With a read-only token (pull requests from forks) the step warns and relies on the job summary. `auto`: `true` on pull_request events." }, "github-token": { "default": "${{ github.token }}", "required": false, "description": "Token for the pull-request comment (the job needs `pull-requests: write`). Default the job's token." }, "resolve-images": { "default": "true", "required": false, "description": "`true` asks the registry about each base image (a manifest and its config; credentials from `~/.docker/config.json`), so that BaseImageNotPinned names the digest to pin and UndefinedVar knows the image's environment. An image that does not answer within 10 s is left out." }, "insecure-registries": { "default": "", "required": false, "description": "Registries (`host[:port]`) spoken to over plain HTTP, separated by commas or new lines. Loopback registries always are." }, "explain": { "default": "true", "required": false, "description": "`true` computes, for each image the pull request touches, the build definition at the base and at the head (the hash's recipe, images as written) and says why it rebuilds. Needs a base." } }, "outputs": { "errors": "Number of error findings.", "warnings": "Number of warning findings.", "findings": "JSON array of `{file, line, endLine?, rule, severity, message, fix, docs}`, sorted by file and line.", "sarif-file": "Absolute path of the SARIF file written, or empty." } },
};


/***/ }),

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   V9: () => (/* binding */ getIDToken),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* binding */ summary),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, Summary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stdio_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9921);
/**
 * The part of @actions/core the toolkit uses \u2014 inputs, outputs, log lines, workflow commands, the
 * job summary \u2014 written out here, byte for byte what @actions/core writes. Why: importing
 * @actions/core evaluates its HTTP client and all of undici (for the OIDC token alone), about
 * 150 ms of CPU at every start of every action and of the CLI (issue 8: start \u2264 1.5 \u00d7 `node -e 0`).
 * `getIDToken`, the one call that needs HTTP, loads @actions/core when it is called.
 */



function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,\u2026::message` on stdout, as the runner parses it. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
function commandProperties(annotation) {
    if (Object.keys(annotation).length === 0)
        return {};
    return {
        title: annotation.title,
        file: annotation.file,
        line: annotation.startLine,
        endLine: annotation.endLine,
        col: annotation.startColumn,
        endColumn: annotation.endColumn,
    };
}
function issueFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/**
 * A random UUID (v4 layout) like @actions/core's. What keeps a value from ending the block early is
 * the check below that it does not contain the delimiter; the randomness only makes that check
 * pass, so Math.random serves, and node:crypto (about 8 ms to load) is not needed to set an output.
 */
function randomId() {
    const hex = (digits) => Math.floor(Math.random() * 16 ** digits)
        .toString(16)
        .padStart(digits, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    const converted = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${converted}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    (0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** GitHub's OIDC id-token: the one call that needs an HTTP client, so @actions/core is loaded here only. */
async function getIDToken(audience) {
    const actionsCore = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    // @actions/core logs (debug lines) through process.stdout itself: send them where this log goes.
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => ((0,_stdio_js__WEBPACK_IMPORTED_MODULE_2__/* .writeLog */ .ur)(chunk.toString()), true));
    try {
        return await actionsCore.getIDToken(audience);
    }
    finally {
        process.stdout.write = write;
    }
}
/** The job summary (GITHUB_STEP_SUMMARY), built as @actions/core's Summary builds it. */
class Summary {
    buffer = '';
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
    addHeading(text, level = 1) {
        const tag = `h${level}`;
        return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
    }
    addList(items, ordered = false) {
        return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => this.wrap('tr', row
            .map((cell) => {
            if (typeof cell === 'string')
                return this.wrap('td', cell);
            const attrs = {};
            if (cell.colspan)
                attrs.colspan = cell.colspan;
            if (cell.rowspan)
                attrs.rowspan = cell.rowspan;
            return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
        })
            .join('')))
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to the summary file (replaces it with `overwrite`) and empties the buffer. */
    async write(options = {}) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file) {
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        // Synchronous (a few KB): node:fs/promises would cost a few ms to load at every start.
        (options.overwrite ? node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync : node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();


/***/ }),

/***/ 2291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   T9: () => (/* binding */ readOptional),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   ob: () => (/* binding */ readKeyValueLines),
/* harmony export */   q: () => (/* binding */ maskSecretInputs),
/* harmony export */   yu: () => (/* binding */ readRequired)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_lists_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(402);



/**
 * Readers for action inputs. Each returns a typed value or throws an InputError that names the
 * input; defaults come from action.yml (the runner applies them, and so does the CLI).
 */
/** The runner's rule for where an input arrives: `INPUT_` + the name with spaces as `_`, upper-cased (dashes stay). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readString(name) {
    return _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
}
function readOptional(name) {
    const value = readString(name);
    return value === '' ? undefined : value;
}
function readRequired(name, fix) {
    const value = readString(name);
    if (value === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but empty', fix);
    return value;
}
function readBoolean(name) {
    const value = readString(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}
function readChoice(name, choices) {
    const value = readString(name);
    if (choices.includes(value))
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}
/** Items separated by commas or newlines, trimmed, empties dropped. */
function readList(name) {
    return (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name));
}
/** One item per line, trimmed; blank lines and `#` comments dropped. */
function readLines(name) {
    return _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
function readKeyValueLines(name) {
    return (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyValueLines */ .FF)(readLines(name), name);
}
/**
 * Masks the values of credential inputs before anything can fail and print them, and, when given,
 * every value in a `KEY=value` settings input whose key names a password, secret or token.
 */
function maskSecretInputs(names, settingsInput) {
    for (const name of names) {
        const value = readString(name);
        if (value)
            _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
    if (settingsInput === undefined)
        return;
    for (const line of _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(settingsInput).split('\n')) {
        const at = line.indexOf('=');
        if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
            const value = line.slice(at + 1).trim();
            if (value)
                _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        }
    }
}


/***/ }),

/***/ 5259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * Replaces every known secret in `text` with `***`, longest first so a secret that contains
 * another is hidden whole. For messages built from server answers: a server that echoes a
 * request must not make us print a credential.
 */
function redact(text, secrets) {
    let result = text;
    for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('***');
    }
    return result;
}


/***/ }),

/***/ 9921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ redirectLog),
/* harmony export */   M2: () => (/* binding */ writeFd),
/* harmony export */   ur: () => (/* binding */ writeLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The action log (stdout: the runner reads workflow commands there) and the CLI's answer, written
 * straight to file descriptors 1 and 2. `process.stdout` and `process.stderr` are streams Node
 * builds on first use; for a pipe, which is what the runner and most callers give, that means a
 * `net.Socket` and the modules behind it, some 8 ms at every start (issue 8: start \u2264 1.5 \u00d7 `node
 * -e 0`). A write the descriptor refuses (a non-blocking pipe that is full, a closed one) goes
 * through the stream from then on, as it would have anyway; Node writes stdio pipes and files
 * synchronously, so the order of lines is kept either way.
 */

const useStream = new Set();
function stream(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function writeFd(fd, text) {
    if (text === '')
        return;
    if (useStream.has(fd)) {
        stream(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, written);
    }
    catch {
        useStream.add(fd);
        stream(fd).write(bytes.subarray(written));
    }
}
let logSink;
/** The action log: stdout, unless redirected (the CLI keeps stdout for its JSON answer; tests capture it). */
function writeLog(text) {
    if (logSink)
        logSink(text);
    else
        writeFd(1, text);
}
/** Sends the action log to `sink` until the returned function is called. */
function redirectLog(sink) {
    const before = logSink;
    logSink = sink;
    return () => {
        logSink = before;
    };
}


/***/ })

};
