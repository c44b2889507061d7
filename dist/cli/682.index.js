export const id = 682;
export const ids = [682,165];
export const modules = {

/***/ 8682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runtime/actions-core.ts
var actions_core = __webpack_require__(9247);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/run-event.ts
var run_event = __webpack_require__(3427);
// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
;// CONCATENATED MODULE: ./src/github/annotations.ts
/**
 * Findings as workflow annotations: the file and lines they are about, the rule id as the title,
 * the message and its fix as the text. GitHub shows them on the pull request's diff.
 */

const WRITERS = {
    error: actions_core/* error */.z3,
    warning: actions_core/* warning */.$e,
    info: actions_core/* notice */.lm,
};
function annotate(findings) {
    for (const finding of findings) {
        WRITERS[finding.severity](`${finding.message}. Fix: ${finding.fix}`, {
            title: finding.rule,
            file: finding.file,
            startLine: finding.line,
            ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts
/**
 * One pull-request comment per check, kept up to date: found by a hidden marker among the PR's
 * comments, created on the first run, updated in place afterwards (left alone when nothing
 * changed). A token that may not write (pull requests from forks get a read-only one) is not a
 * failure: the caller reports it and the job summary carries the findings.
 *
 * Requests, as @octokit/rest sends them (@octokit/plugin-rest-endpoint-methods
 * src/generated/endpoints.ts: issues.listComments, issues.createComment, issues.updateComment;
 * pagination by @octokit/plugin-paginate-rest following `Link: rel="next"`):
 *   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100
 *   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments       {"body": \u2026}
 *   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}         {"body": \u2026}
 */

function commentClient(options) {
    return new dist_src/* Octokit */.E({
        auth: options.token,
        baseUrl: options.baseUrl || 'https://api.github.com',
        userAgent: 'image-actions-validate',
        request: { ...(options.fetch ? { fetch: options.fetch } : {}), retries: 0 },
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
}
/**
 * Creates or updates the comment that carries `marker`. `createIfMissing: false` only updates (a
 * clean pull request with no comment yet needs none).
 */
async function upsertComment(octokit, pr, marker, body, createIfMissing) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: 100,
        }));
        const existing = comments.find((comment) => comment.body?.includes(marker));
        if (existing) {
            if (existing.body === text)
                return { action: 'unchanged', url: existing.html_url };
            const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: text });
            return { action: 'updated', url: data.html_url };
        }
        if (!createIfMissing)
            return { action: 'skipped' };
        const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: text });
        return { action: 'created', url: data.html_url };
    }
    catch (error) {
        const status = error.status;
        // 403: the token may not write (forks); 404: it may not even see the pull request's comments.
        if (status === 403 || status === 404)
            return { action: 'read-only', status, message: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/dockerfile/syntax.ts
var dockerfile_syntax = __webpack_require__(6207);
// EXTERNAL MODULE: ./src/core/dockerfile/stages.ts
var stages = __webpack_require__(2223);
// EXTERNAL MODULE: ./src/core/shell-words.ts
var shell_words = __webpack_require__(7609);
;// CONCATENATED MODULE: ./src/core/lint/shell-script.ts
/**
 * Just enough of a POSIX shell reader for the RUN rules: the simple commands of a script (words
 * unquoted, leading `NAME=value` assignments set aside) and whether a pipe joins two of them.
 * Operators (`&&`, `||`, `;`, `|`, `&`, new lines) and grouping (`( )`, `{ }`) separate commands;
 * `$( \u2026 )` and backquotes stay inside their word; `#` at the start of a word is a comment.
 * Pure and linear in the script's length: it runs on every RUN of every Dockerfile validated.
 */
const SEPARATORS = new Set([';', '&', '|', '\n', '(', ')']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Reserved words that open or close compound commands: the command is the word after them. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
function readShellScript(script) {
    const commands = [];
    let hasPipe = false;
    let words = [];
    let word = '';
    let inWord = false;
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        let start = 0;
        const assignments = [];
        while (start < words.length && (RESERVED.has(words[start]) || ASSIGNMENT.test(words[start]))) {
            if (ASSIGNMENT.test(words[start]))
                assignments.push(words[start]);
            start++;
        }
        // `for x in a b; do` and `case \u2026 in` are not commands.
        if (start < words.length && words[start] !== 'for' && words[start] !== 'case') {
            commands.push({ name: words[start], args: words.slice(start + 1), assignments });
        }
        words = [];
    };
    for (let i = 0; i < script.length; i++) {
        const ch = script[i];
        if (ch === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                i++;
                continue;
            }
            if (next !== undefined) {
                word += next;
                inWord = true;
                i++;
            }
            continue;
        }
        if (ch === "'") {
            const end = script.indexOf("'", i + 1);
            const stop = end === -1 ? script.length : end;
            word += script.slice(i + 1, stop);
            inWord = true;
            i = stop;
            continue;
        }
        if (ch === '"') {
            inWord = true;
            i++;
            for (; i < script.length && script[i] !== '"'; i++) {
                if (script[i] === '\\' && i + 1 < script.length && '"\\$`\n'.includes(script[i + 1]))
                    i++;
                word += script[i];
            }
            continue;
        }
        if (ch === '$' && script[i + 1] === '(') {
            // Command substitution: kept in the word, balanced by parentheses.
            let depth = 0;
            const start = i;
            for (; i < script.length; i++) {
                if (script[i] === '(')
                    depth++;
                else if (script[i] === ')' && --depth === 0)
                    break;
            }
            word += script.slice(start, i + 1);
            inWord = true;
            continue;
        }
        if (ch === '`') {
            const end = script.indexOf('`', i + 1);
            const stop = end === -1 ? script.length : end;
            word += script.slice(i, stop + 1);
            inWord = true;
            i = stop;
            continue;
        }
        if (ch === '#' && !inWord) {
            const end = script.indexOf('\n', i);
            i = end === -1 ? script.length : end - 1;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r') {
            endWord();
            continue;
        }
        if (ch === '&' && (script[i + 1] === '>' || script[i - 1] === '>' || script[i - 1] === '<')) {
            // `&>file`, `2>&1`: a redirection, not a separator
            word += '&';
            inWord = true;
            continue;
        }
        if (SEPARATORS.has(ch)) {
            if (ch === '|' && script[i + 1] !== '|')
                hasPipe = true;
            if ((ch === '&' || ch === '|') && script[i + 1] === ch)
                i++;
            endCommand();
            continue;
        }
        word += ch;
        inWord = true;
    }
    endCommand();
    return { commands, hasPipe };
}
/** The last path segment of a command word (`/usr/bin/pip3` \u2192 `pip3`). */
function commandBase(name) {
    const slash = name.lastIndexOf('/');
    return slash === -1 ? name : name.slice(slash + 1);
}
/** `cmd` is `name` (by base name) with `sub` among its words before any other non-flag word (`apt-get -y install`). */
function isSubcommand(command, names, sub) {
    if (!names.includes(commandBase(command.name)))
        return false;
    return command.args.includes(sub);
}
/** Words that are not flags, after dropping the values of the given flags (`-t buster`, `--target-release=x`). */
function operands(args, flagsWithValue) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-')) {
            const name = arg.replace(/^-+/, '');
            if (!arg.includes('=') && flagsWithValue.includes(name))
                i++;
            continue;
        }
        out.push(arg);
    }
    return out;
}
function hasFlag(args, ...names) {
    return args.some((arg) => {
        if (!arg.startsWith('-'))
            return false;
        const name = arg.replace(/^-+/, '').split('=')[0];
        if (names.includes(name))
            return true;
        // Combined short flags: `-yq` holds `y` and `q`.
        return !arg.startsWith('--') && names.some((n) => n.length === 1 && name.includes(n));
    });
}
/** The arguments after `install` of a pip install (`pip`, `pip3.12`, `python -m pip`), or undefined. */
function pipInstallArgs(command) {
    const base = commandBase(command.name);
    let args = command.args;
    if (/^python[0-9.]*$/.test(base)) {
        const m = args.indexOf('-m');
        if (m === -1 || args[m + 1] !== 'pip')
            return undefined;
        args = args.slice(m + 2);
    }
    else if (!/^pip[0-9.]*$/.test(base)) {
        return undefined;
    }
    const install = args.indexOf('install');
    if (install === -1 || args.slice(0, install).some((a) => !a.startsWith('-')))
        return undefined;
    return args.slice(install + 1);
}

;// CONCATENATED MODULE: ./src/core/lint/context.ts



const DEFAULT_PLATFORM = 'linux/amd64';
const FILE_FACTS = new WeakMap();
function fileFacts(syntax) {
    let facts = FILE_FACTS.get(syntax);
    if (!facts) {
        let scope;
        try {
            scope = (0,stages/* globalArgScope */.gC)(syntax, { buildArgs: {}, platform: DEFAULT_PLATFORM, buildPlatform: DEFAULT_PLATFORM });
        }
        catch {
            scope = null;
        }
        const bases = syntax.stages.map((stage) => {
            if (!scope)
                return undefined;
            try {
                return stage.baseWord.includes('$') ? (0,shell_words/* expandWord */.V)(stage.baseWord, scope, syntax.escape) : stage.baseWord;
            }
            catch {
                return undefined;
            }
        });
        // BuildKit: FROM names a stage by its exact text, among the stages before it.
        const byName = new Map();
        const baseStages = syntax.stages.map((stage, i) => {
            const base = bases[i];
            const found = base === undefined ? undefined : byName.get(base);
            if (stage.name)
                byName.set(stage.name, stage.index);
            return found;
        });
        facts = { scope, bases, baseStages };
        FILE_FACTS.set(syntax, facts);
    }
    return facts;
}
/** Global ARG values as the file's defaults give them on DEFAULT_PLATFORM (null when they do not expand). */
function defaultGlobalScope(syntax) {
    return fileFacts(syntax).scope;
}
class LintContext {
    syntax;
    options;
    report;
    scripts = new Map();
    constructor(syntax, options, report) {
        this.syntax = syntax;
        this.options = options;
        this.report = report;
    }
    get stages() {
        return this.syntax.stages;
    }
    /** Global ARG values with their defaults (no build args: what the file itself says), or null if they do not expand. */
    get globalScope() {
        return fileFacts(this.syntax).scope;
    }
    /** The base of a stage after expansion with the defaults, or undefined when it does not expand. */
    baseOf(stage) {
        return fileFacts(this.syntax).bases[stage.index];
    }
    /** The earlier stage this one is based on (BuildKit: the exact name among earlier stages), if any. */
    baseStage(stage) {
        const index = fileFacts(this.syntax).baseStages[stage.index];
        return index === undefined ? undefined : this.stages[index];
    }
    /** The external image a stage starts from (following stage bases), or undefined for scratch or unknown. */
    rootImage(stage) {
        let current = stage;
        for (let guard = 0; current && guard < this.stages.length; guard++) {
            const parent = this.baseStage(current);
            if (!parent) {
                const base = this.baseOf(current);
                return base === undefined || base === 'scratch' ? undefined : base;
            }
            current = parent;
        }
        return undefined;
    }
    /** A stage and the stages it is based on, nearest first. */
    lineage(stage) {
        const out = [];
        for (let current = stage; current && out.length <= this.stages.length; current = this.baseStage(current)) {
            out.push(current);
        }
        return out;
    }
    /** The last stage (the one built when no target is given) or the build's target. */
    get finalStage() {
        const target = this.options.build?.target?.toLowerCase();
        if (target) {
            const named = [...this.stages].reverse().find((s) => s.name === target);
            if (named)
                return named;
        }
        return this.stages[this.stages.length - 1];
    }
    /**
     * The script a RUN runs through the shell, read once: the shell form, a heredoc body
     * (`RUN <<EOF`), or `sh -c '\u2026'` in exec form; an exec-form command as one command. Null when
     * there is nothing to read (a non-POSIX SHELL, for instance, is the caller's business).
     */
    script(instruction) {
        let script = this.scripts.get(instruction);
        if (script === undefined) {
            script = readRunScript(instruction);
            this.scripts.set(instruction, script);
        }
        return script;
    }
}
/** `RUN <<EOF` alone: the heredoc body is the script. */
function isHeredocScript(instruction) {
    return instruction.heredocs.length > 0 && /^\d*<<-?\s*["']?[\w.-]+["']?$/.test(instruction.text.trim());
}
/** The text a RUN hands to the shell, as written, with the line it starts on; null for the exec form and heredocs fed to a command. */
function runScriptText(instruction) {
    if (isHeredocScript(instruction)) {
        const heredoc = instruction.heredocs[0];
        return { text: heredoc.content, line: heredoc.contentLine };
    }
    if (instruction.json || instruction.heredocs.length > 0)
        return null;
    return instruction.rawText;
}
function readRunScript(instruction) {
    const json = instruction.json;
    if (json) {
        const [name, ...args] = json;
        if (!name)
            return null;
        if (/^(\/bin\/|\/usr\/bin\/)?(ba|da|a|z)?sh$/.test(name) && args[0] === '-c' && args[1] !== undefined)
            return readShellScript(args[1]);
        return { commands: [{ name, args, assignments: [] }], hasPipe: false };
    }
    if (isHeredocScript(instruction))
        return readShellScript(instruction.heredocs[0]?.content ?? '');
    // BuildKit has dropped the comment lines of a continued instruction; a heredoc fed to a command
    // (`RUN cat <<EOF > f`) is data, not script.
    return readShellScript(instruction.text);
}
/** The images the stages start from (expanded with the file's defaults; stages and scratch left out), to look up. */
function externalBases(syntax) {
    const ctx = new LintContext(syntax, { profile: 'none' }, () => undefined);
    const out = new Set();
    for (const stage of syntax.stages) {
        if (ctx.baseStage(stage))
            continue;
        const base = ctx.baseOf(stage);
        if (base && base !== 'scratch')
            out.add(base);
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/core/lint/rule-catalog.ts
/**
 * THE registry of validate's rules: id, severity, one-line message, fix, docs, where the rule comes
 * from and, for platform rules, the profiles that turn it on. The checks (rules/*.ts) are keyed by
 * these ids, the README's rules table is generated from this list (scripts/gen-docs.ts), and SARIF
 * rule descriptors come from it. Data only, without imports, so the docs script can read it as is.
 */
const PROFILE_NAMES = ['none', 'databricks', 'dataworks', 'metaflow', 'zenml', 'flyte'];
const buildkitDocs = (slug) => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
const hadolintDocs = (id) => `https://github.com/hadolint/hadolint/wiki/${id}`;
const ownDocs = (id) => `https://github.com/org/image-actions#rule-${id.toLowerCase()}`;
const RULES = [
    // What only this toolkit sees.
    {
        id: 'DockerfileParse',
        severity: 'error',
        source: 'image-actions',
        message: 'The Dockerfile does not parse the way `docker build` parses it',
        fix: 'Fix the named line: `docker build` (BuildKit) refuses the file as it is.',
        docs: ownDocs('DockerfileParse'),
    },
    {
        id: 'ImageDefinitionInvalid',
        severity: 'error',
        source: 'image-actions',
        message: 'The image definition file is not valid',
        fix: 'Fix the image definition file: the pipeline cannot build from it as it is.',
        docs: ownDocs('ImageDefinitionInvalid'),
    },
    {
        id: 'SpecLayerOrder',
        severity: 'warning',
        source: 'image-actions',
        message: "The image spec's layer order defeats the layer cache",
        fix: 'Put apt, pip, requirements and uv-project layers before source layers (and before user), so a code change does not reinstall packages.',
        docs: ownDocs('SpecLayerOrder'),
    },
    {
        id: 'BaseImageNotPinned',
        severity: 'info',
        source: 'image-actions',
        message: 'Base image is not pinned by digest',
        fix: 'Append `@sha256:<digest>` to the reference (the tag may stay for readers), and update it on purpose.',
        docs: ownDocs('BaseImageNotPinned'),
    },
    {
        id: 'AddUrlWithoutChecksum',
        severity: 'warning',
        source: 'image-actions',
        message: '`ADD <url>` without `--checksum`: the hash cannot see what it downloads',
        fix: 'Add `--checksum=sha256:<hex>` (or pin a git URL to a commit), so a changed download changes the build.',
        docs: ownDocs('AddUrlWithoutChecksum'),
    },
    {
        id: 'ContextWithoutDockerignore',
        severity: 'warning',
        source: 'image-actions',
        message: 'The build context is sent whole: it holds `.git` or over 100 MB, and there is no `.dockerignore`',
        fix: 'Add a `.dockerignore` beside the Dockerfile or at the context root that excludes `.git` and what the image does not need.',
        docs: ownDocs('ContextWithoutDockerignore'),
    },
    // docker build --check (moby/buildkit frontend/dockerfile/linter).
    {
        id: 'StageNameCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'Stage names should be lowercase',
        fix: 'Write the stage name in lower case.',
        docs: buildkitDocs('stage-name-casing'),
    },
    {
        id: 'FromAsCasing',
        severity: 'warning',
        source: 'buildkit',
        message: "The 'as' keyword should match the case of the 'from' keyword",
        fix: 'Write `FROM \u2026 AS \u2026` or `from \u2026 as \u2026`.',
        docs: buildkitDocs('from-as-casing'),
    },
    {
        id: 'NoEmptyContinuation',
        severity: 'warning',
        source: 'buildkit',
        message: 'Empty continuation lines will become errors in a future release',
        fix: 'Remove the empty line inside the continued instruction (or make it a comment).',
        docs: buildkitDocs('no-empty-continuation'),
    },
    {
        id: 'ConsistentInstructionCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
        fix: 'Write every instruction in the casing most of them use.',
        docs: buildkitDocs('consistent-instruction-casing'),
    },
    {
        id: 'DuplicateStageName',
        severity: 'warning',
        source: 'buildkit',
        message: 'Stage names should be unique',
        fix: 'Rename one of the stages: references resolve to a different stage than a reader expects.',
        docs: buildkitDocs('duplicate-stage-name'),
    },
    {
        id: 'ReservedStageName',
        severity: 'warning',
        source: 'buildkit',
        message: 'Reserved words should not be used as stage names',
        fix: 'Rename the stage: `scratch` and `context` are reserved.',
        docs: buildkitDocs('reserved-stage-name'),
    },
    {
        id: 'JSONArgsRecommended',
        severity: 'warning',
        source: 'buildkit',
        message: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
        fix: 'Use the exec form, e.g. `CMD ["python", "-m", "app"]` (or set SHELL explicitly).',
        docs: buildkitDocs('json-args-recommended'),
    },
    {
        id: 'MaintainerDeprecated',
        severity: 'warning',
        source: 'buildkit',
        message: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
        fix: 'Use `LABEL org.opencontainers.image.authors="\u2026"`.',
        docs: buildkitDocs('maintainer-deprecated'),
    },
    {
        id: 'UndefinedArgInFrom',
        severity: 'warning',
        source: 'buildkit',
        message: 'FROM command must use declared ARGs',
        fix: 'Declare the ARG before the first FROM (with a default), or fix its name.',
        docs: buildkitDocs('undefined-arg-in-from'),
    },
    {
        id: 'WorkdirRelativePath',
        severity: 'warning',
        source: 'buildkit',
        message: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
        fix: 'Set an absolute WORKDIR first (e.g. `WORKDIR /app`).',
        docs: buildkitDocs('workdir-relative-path'),
    },
    {
        id: 'UndefinedVar',
        severity: 'warning',
        source: 'buildkit',
        message: 'Variables should be defined before their use',
        fix: 'Declare it with ARG or ENV before this line, or fix its name.',
        docs: buildkitDocs('undefined-var'),
    },
    {
        id: 'MultipleInstructionsDisallowed',
        severity: 'warning',
        source: 'buildkit',
        message: 'Multiple instructions of the same type should not be used in the same stage',
        fix: 'Keep only the last CMD / ENTRYPOINT / HEALTHCHECK of the stage: the earlier ones have no effect.',
        docs: buildkitDocs('multiple-instructions-disallowed'),
    },
    {
        id: 'LegacyKeyValueFormat',
        severity: 'warning',
        source: 'buildkit',
        message: 'Legacy key/value format with whitespace separator should not be used',
        fix: 'Write `ENV key=value` / `LABEL key=value`.',
        docs: buildkitDocs('legacy-key-value-format'),
    },
    {
        id: 'RedundantTargetPlatform',
        severity: 'warning',
        source: 'buildkit',
        message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
        fix: 'Drop `--platform=$TARGETPLATFORM`.',
        docs: buildkitDocs('redundant-target-platform'),
    },
    {
        id: 'SecretsUsedInArgOrEnv',
        severity: 'warning',
        source: 'buildkit',
        message: 'Sensitive data should not be used in the ARG or ENV commands',
        fix: 'Pass it as a build secret (`RUN --mount=type=secret,id=\u2026`): ARG and ENV values stay in the image history.',
        docs: buildkitDocs('secrets-used-in-arg-or-env'),
    },
    {
        id: 'InvalidDefaultArgInFrom',
        severity: 'warning',
        source: 'buildkit',
        message: 'Default value for global ARG results in an empty or invalid base image name',
        fix: 'Give the global ARG a default that makes a valid image reference.',
        docs: buildkitDocs('invalid-default-arg-in-from'),
    },
    {
        id: 'FromPlatformFlagConstDisallowed',
        severity: 'warning',
        source: 'buildkit',
        message: 'FROM --platform flag should not use a constant value',
        fix: 'Use `--platform=$BUILDPLATFORM` (or drop the flag), or name the stage after the platform it is for.',
        docs: buildkitDocs('from-platform-flag-const-disallowed'),
    },
    {
        id: 'CopyIgnoredFile',
        severity: 'warning',
        source: 'buildkit',
        message: 'Attempting to Copy file that is excluded by .dockerignore',
        fix: 'Remove the path from `.dockerignore`, or stop copying it: the build fails or copies nothing.',
        docs: buildkitDocs('copy-ignored-file'),
    },
    {
        id: 'ExposeProtoCasing',
        severity: 'warning',
        source: 'buildkit',
        message: 'Protocol in EXPOSE instruction should be lowercase',
        fix: 'Write `tcp` / `udp` in lower case.',
        docs: buildkitDocs('expose-proto-casing'),
    },
    {
        id: 'ExposeInvalidFormat',
        severity: 'warning',
        source: 'buildkit',
        message: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
        fix: 'EXPOSE only the container port (`EXPOSE 8080/tcp`); publish host ports when running.',
        docs: buildkitDocs('expose-invalid-format'),
    },
    {
        id: 'InvalidDefinitionDescription',
        severity: 'info',
        source: 'buildkit',
        message: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`',
        fix: 'Start the comment with the name it describes, or put an empty `#` line between the comment and the instruction.',
        docs: buildkitDocs('invalid-definition-description'),
        experimental: true,
    },
    // hadolint: same ids and meaning.
    {
        id: 'DL3002',
        severity: 'warning',
        source: 'hadolint',
        message: 'Last USER should not be root',
        fix: 'End the stage with a non-root `USER` (e.g. `USER 1000`).',
        docs: hadolintDocs('DL3002'),
    },
    {
        id: 'DL3003',
        severity: 'warning',
        source: 'hadolint',
        message: 'Use WORKDIR to switch to a directory',
        fix: 'Replace `cd dir && \u2026` with `WORKDIR /dir` (or a subshell, if it must stay one RUN).',
        docs: hadolintDocs('DL3003'),
    },
    {
        id: 'DL3004',
        severity: 'error',
        source: 'hadolint',
        message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
        fix: 'Drop `sudo`: RUN already runs as the current USER; switch with `USER root` where needed.',
        docs: hadolintDocs('DL3004'),
    },
    {
        id: 'DL3006',
        severity: 'warning',
        source: 'hadolint',
        message: 'Always tag the version of an image explicitly',
        fix: 'Name a tag (`python:3.12-slim`) or a digest.',
        docs: hadolintDocs('DL3006'),
    },
    {
        id: 'DL3007',
        severity: 'warning',
        source: 'hadolint',
        message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
        fix: 'Replace `:latest` with a release tag or a digest.',
        docs: hadolintDocs('DL3007'),
    },
    {
        id: 'DL3008',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
        fix: 'Pin each package: `apt-get install curl=7.88.1-10+deb12u5`.',
        docs: hadolintDocs('DL3008'),
    },
    {
        id: 'DL3009',
        severity: 'info',
        source: 'hadolint',
        message: 'Delete the apt lists (/var/lib/apt/lists) after installing something',
        fix: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*` (or use a cache mount for /var/lib/apt/lists).',
        docs: hadolintDocs('DL3009'),
    },
    {
        id: 'DL3013',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>`',
        fix: 'Pin each package (`pandas==2.2.2`) or install from a requirements file with pinned versions.',
        docs: hadolintDocs('DL3013'),
    },
    {
        id: 'DL3015',
        severity: 'info',
        source: 'hadolint',
        message: 'Avoid additional packages by specifying `--no-install-recommends`',
        fix: 'Add `--no-install-recommends` to `apt-get install`.',
        docs: hadolintDocs('DL3015'),
    },
    {
        id: 'DL3018',
        severity: 'warning',
        source: 'hadolint',
        message: 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`',
        fix: 'Pin each package: `apk add curl=8.5.0-r0`.',
        docs: hadolintDocs('DL3018'),
    },
    {
        id: 'DL3020',
        severity: 'error',
        source: 'hadolint',
        message: 'Use COPY instead of ADD for files and folders',
        fix: 'Use `COPY`; keep `ADD` for URLs and archives that must be unpacked.',
        docs: hadolintDocs('DL3020'),
    },
    {
        id: 'DL3022',
        severity: 'warning',
        source: 'hadolint',
        message: '`COPY --from` should reference a previously defined `FROM` alias',
        fix: 'Name an earlier stage (`FROM \u2026 AS build`), or a full image reference with a tag.',
        docs: hadolintDocs('DL3022'),
    },
    {
        id: 'DL3025',
        severity: 'warning',
        source: 'hadolint',
        message: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
        fix: 'Use the exec form, e.g. `ENTRYPOINT ["python", "-m", "app"]`.',
        docs: hadolintDocs('DL3025'),
        sameAs: 'JSONArgsRecommended',
    },
    {
        id: 'DL3027',
        severity: 'warning',
        source: 'hadolint',
        message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
        fix: 'Use `apt-get` (or `apt-cache`).',
        docs: hadolintDocs('DL3027'),
    },
    {
        id: 'DL3042',
        severity: 'warning',
        source: 'hadolint',
        message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
        fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount for ~/.cache/pip.',
        docs: hadolintDocs('DL3042'),
    },
    {
        id: 'DL3045',
        severity: 'warning',
        source: 'hadolint',
        message: '`COPY` to a relative destination without `WORKDIR` set',
        fix: 'Set `WORKDIR` first, or copy to an absolute path.',
        docs: hadolintDocs('DL3045'),
    },
    {
        id: 'DL3059',
        severity: 'info',
        source: 'hadolint',
        message: 'Multiple consecutive `RUN` instructions. Consider consolidation',
        fix: 'Join the consecutive RUNs with `&&` (one layer, one cache step).',
        docs: hadolintDocs('DL3059'),
    },
    {
        id: 'DL4000',
        severity: 'error',
        source: 'hadolint',
        message: 'MAINTAINER is deprecated',
        fix: 'Use `LABEL org.opencontainers.image.authors="\u2026"`.',
        docs: hadolintDocs('DL4000'),
        sameAs: 'MaintainerDeprecated',
    },
    {
        id: 'DL4006',
        severity: 'warning',
        source: 'hadolint',
        message: 'Set the SHELL option -o pipefail before RUN with a pipe in it',
        fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (or `set -o pipefail &&` in it).',
        docs: hadolintDocs('DL4006'),
    },
    {
        id: 'ShellCheck',
        severity: 'warning',
        source: 'shellcheck',
        message: 'ShellCheck finding in a RUN script (reported under its own `SC` code)',
        fix: 'Follow the ShellCheck wiki page of the code; turn a code off with `# image-actions ignore=SC<code>`.',
        docs: 'https://www.shellcheck.net/wiki/',
    },
    // Platform profiles (../shared/seeds).
    {
        id: 'DatabricksBaseImage',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks needs a databricksruntime/* base, or Ubuntu or Alpine with a JDK, bash, iproute2, coreutils, procps and sudo',
        fix: 'Start `FROM databricksruntime/standard:<version>` (or `minimal`), or install what the minimal requirements list.',
        docs: ownDocs('DatabricksBaseImage'),
    },
    {
        id: 'DatabricksRuntimeUnsupported',
        severity: 'error',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks Runtime for Machine Learning and for Genomics do not support custom containers',
        fix: 'Use a standard runtime base (`databricksruntime/standard`) and install the ML libraries in the image.',
        docs: ownDocs('DatabricksRuntimeUnsupported'),
    },
    {
        id: 'DatabricksPip',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: "pip installs into another Python than the cluster's",
        fix: 'Use `/databricks/python3/bin/pip` (9.x bases) or `/databricks/conda/envs/dcs-minimal/bin/pip` (8.x and older).',
        docs: ownDocs('DatabricksPip'),
    },
    {
        id: 'DatabricksCmdIgnored',
        severity: 'info',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Databricks ignores CMD and ENTRYPOINT',
        fix: 'Move start-up work to a cluster init script; remove the instruction or keep it only for local runs.',
        docs: ownDocs('DatabricksCmdIgnored'),
    },
    {
        id: 'DatabricksStartupWork',
        severity: 'warning',
        source: 'profile',
        profiles: ['databricks'],
        message: 'Starting a service at build time does nothing for the cluster: start-up work belongs in an init script',
        fix: 'Install the daemon in the Dockerfile and start it from a cluster init script (e.g. `systemctl start my-daemon`).',
        docs: ownDocs('DatabricksStartupWork'),
    },
    {
        id: 'DataWorksPlatform',
        severity: 'error',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'DataWorks runs linux/amd64 images only',
        fix: 'Build for `linux/amd64` (platforms) and drop other `--platform` values.',
        docs: ownDocs('DataWorksPlatform'),
    },
    {
        id: 'DataWorksRegistry',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'DataWorks pulls from Alibaba Cloud Container Registry, Docker Hub or a private registry reachable from the resource group',
        fix: 'Push the image to ACR (`*.aliyuncs.com`), Docker Hub, or a private registry the resource group can reach.',
        docs: ownDocs('DataWorksRegistry'),
    },
    {
        id: 'DataWorksRuntimePaths',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'Overwrites a path the DataWorks runtime needs: the task fails at start-up, not at build time',
        fix: 'Install beside the system paths (e.g. /opt/<tool>) and extend PATH with `$PATH` instead of replacing it.',
        docs: ownDocs('DataWorksRuntimePaths'),
    },
    {
        id: 'DataWorksStartupInstall',
        severity: 'warning',
        source: 'profile',
        profiles: ['dataworks'],
        message: 'Installs packages when the container starts: build-time work belongs in the image, not in start-up scripts',
        fix: 'Move the install into a RUN step of the Dockerfile; keep start-up scripts for what must run at start.',
        docs: ownDocs('DataWorksStartupInstall'),
    },
    {
        id: 'PythonPresent',
        severity: 'warning',
        source: 'profile',
        profiles: ['metaflow', 'zenml', 'flyte'],
        message: 'Nothing shows a Python interpreter in the image: the platform runs its tasks with Python',
        fix: 'Start from a Python image (`python:3.12-slim`) or install one (`apt-get install python3`).',
        docs: ownDocs('PythonPresent'),
    },
    {
        id: 'ZenmlPackages',
        severity: 'warning',
        source: 'profile',
        profiles: ['zenml'],
        message: 'ZenML needs pip and zenml in the image',
        fix: 'Install it: `RUN pip install --no-cache-dir zenml==<version>` (or start from a zenmldocker/zenml image).',
        docs: ownDocs('ZenmlPackages'),
    },
    {
        id: 'ZenmlWorkdir',
        severity: 'warning',
        source: 'profile',
        profiles: ['zenml'],
        message: 'ZenML expects the code in /app as the working directory',
        fix: 'End the final stage with `WORKDIR /app` and copy the code there.',
        docs: ownDocs('ZenmlWorkdir'),
    },
    {
        id: 'ZenmlNonRootUser',
        severity: 'info',
        source: 'profile',
        profiles: ['zenml'],
        message: 'The container runs as root: ZenML recommends a non-root user',
        fix: 'Add a user and end the final stage with `USER <name>`.',
        docs: ownDocs('ZenmlNonRootUser'),
    },
];
/** ShellCheck findings carry their own code (`SC2086`) and are governed by the ShellCheck rule. */
const SHELLCHECK_CODE = /^SC\d{4}$/;

// EXTERNAL MODULE: ./src/core/dockerignore/pattern-matcher.ts + 1 modules
var pattern_matcher = __webpack_require__(9649);
// EXTERNAL MODULE: ./src/core/dockerfile-images.ts
var dockerfile_images = __webpack_require__(9963);
;// CONCATENATED MODULE: ./src/core/lint/rules/buildkit.ts





/** Casing of keywords and words, remembered (a file repeats a handful of them). */
const CASING = new Map();
function casing(s) {
    let known = CASING.get(s);
    if (!known) {
        known = { lower: s === s.toLowerCase(), upper: s === s.toUpperCase() };
        if (CASING.size > 10_000)
            CASING.clear();
        CASING.set(s, known);
    }
    return known;
}
const lower = (s) => casing(s).lower;
const upper = (s) => casing(s).upper;
/** Expands `word`, collecting the names it reads that are not set; undefined when it does not expand. */
function expandTracking(word, scope, escape) {
    const matched = new Set();
    const unmatched = new Set();
    try {
        const value = word.includes('$') ? (0,shell_words/* expandWord */.V)(word, scope, escape, (name, found) => (found ? matched : unmatched).add(name)) : word;
        return { value, matched, unmatched };
    }
    catch {
        return undefined;
    }
}
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);
/** Instructions whose words BuildKit expands before dispatch (SupportsSingleWordExpansion). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const KNOWN_OS = new Set([
    'linux',
    'windows',
    'darwin',
    'freebsd',
    'netbsd',
    'openbsd',
    'solaris',
    'illumos',
    'aix',
    'android',
    'ios',
    'plan9',
    'js',
    'wasip1',
]);
const STAGE_INSTRUCTIONS = new WeakMap();
/** Every instruction after a FROM, with its stage (made once per file for all the rules). */
function stageInstructions(ctx) {
    let out = STAGE_INSTRUCTIONS.get(ctx);
    if (!out) {
        out = [];
        for (const stage of ctx.stages)
            for (const instruction of stage.instructions)
                out.push({ stage, instruction });
        STAGE_INSTRUCTIONS.set(ctx, out);
    }
    return out;
}
/** Words of an instruction BuildKit expands: arguments, ENV/LABEL names and values, COPY/ADD --chown/--chmod. */
function expandedWords(instruction) {
    if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') {
        return instruction.properties.flatMap((p) => (p.rawValue === null ? [p.name] : [p.name, p.rawValue]));
    }
    const words = [...(instruction.json ?? instruction.args)];
    for (const flag of instruction.flags)
        if ((flag.name === 'chown' || flag.name === 'chmod') && flag.value)
            words.push(flag.value);
    return words;
}
/**
 * Variables through each stage, as dispatch sees them: the base's environment (a stage's final
 * state; an image's config Env when the registry answered; PATH always, BuildKit sets it), then
 * ARG and ENV in order. Calls `visit` before each instruction is applied.
 */
function walkVariables(ctx, visit) {
    const ends = new Map();
    const global = ctx.globalScope ?? new Map();
    for (const stage of ctx.stages) {
        const parent = ctx.baseStage(stage);
        let state;
        const inherited = parent ? ends.get(parent.index) : undefined;
        if (inherited) {
            state = { env: new Map(inherited.env), declared: new Set(inherited.declared), known: inherited.known };
        }
        else {
            const base = ctx.baseOf(stage);
            const facts = base && base !== 'scratch' ? ctx.options.images?.get(base) : undefined;
            const env = new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]);
            for (const entry of facts?.env ?? [])
                env.set(entry.split('=')[0], entry.slice(entry.indexOf('=') + 1));
            state = { env, declared: new Set(), known: base === 'scratch' || facts?.env !== undefined };
        }
        for (const instruction of stage.instructions) {
            visit(stage, instruction, state);
            if (instruction.keyword === 'ARG') {
                for (const property of instruction.properties) {
                    state.declared.add(property.name);
                    let value;
                    if (property.rawValue !== null)
                        value = expandTracking(property.rawValue, state.env, ctx.syntax.escape)?.value;
                    else
                        value = global.get(property.name);
                    if (value !== undefined && !NON_ENV_ARGS.has(property.name))
                        state.env.set(property.name, value);
                }
            }
            else if (instruction.keyword === 'ENV') {
                const before = new Map(state.env);
                for (const property of instruction.properties) {
                    state.env.set(property.name, property.rawValue === null ? '' : (expandTracking(property.rawValue, before, ctx.syntax.escape)?.value ?? ''));
                }
            }
        }
        ends.set(stage.index, state);
    }
}
function platformParts(value) {
    const parts = value.toLowerCase().split('/');
    if (parts.length === 1)
        return KNOWN_OS.has(parts[0]) ? { os: parts[0], arch: '' } : { os: 'linux', arch: parts[0] };
    if (!KNOWN_OS.has(parts[0]) || parts.length > 3)
        return undefined;
    return { os: parts[0], arch: parts[1] };
}
function cleanPath(path) {
    const absolute = path.startsWith('/');
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!absolute)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return absolute ? `/${joined}` : joined || '.';
}
/** Compiled ignore patterns by content, with the answers given so far: a repository has few ignore files and copies the same paths. */
const MATCHERS = new Map();
function ignoreMatcher(patterns) {
    const key = patterns.join('\n');
    let entry = MATCHERS.get(key);
    if (entry === undefined) {
        try {
            entry = { matcher: new pattern_matcher/* PatternMatcher */.PP(patterns), answers: new Map() };
        }
        catch {
            entry = null;
        }
        if (MATCHERS.size > 1000)
            MATCHERS.clear();
        MATCHERS.set(key, entry);
    }
    if (!entry)
        return undefined;
    const { matcher, answers } = entry;
    return {
        matcher,
        matches: (path) => {
            let answer = answers.get(path);
            if (answer === undefined)
                answers.set(path, (answer = matcher.matchesOrParentMatches(path)));
            return answer;
        },
    };
}
const buildkitChecks = {
    StageNameCasing(ctx) {
        for (const stage of ctx.stages) {
            const name = stage.from.args[2];
            if (stage.from.args.length === 3 && name && !lower(name))
                ctx.report('StageNameCasing', stage.from.line, `Stage name '${name}' should be lowercase`);
        }
    },
    FromAsCasing(ctx) {
        for (const { from } of ctx.stages) {
            const as = from.args[1];
            if (from.args.length < 3 || !as)
                continue;
            const fromLower = lower(from.written);
            if (!fromLower && !upper(from.written))
                continue;
            if (fromLower ? !lower(as) : !upper(as))
                ctx.report('FromAsCasing', from.line, `'${as}' and '${from.written}' keywords' casing do not match`);
        }
    },
    NoEmptyContinuation(ctx) {
        for (const line of ctx.syntax.emptyContinuationLines)
            ctx.report('NoEmptyContinuation', line, 'Empty continuation line');
    },
    ConsistentInstructionCasing(ctx) {
        const names = ctx.stages.flatMap((stage) => [stage.from, ...stage.instructions]);
        let lowerCount = 0;
        let upperCount = 0;
        for (const { written } of names) {
            if (lower(written))
                lowerCount++;
            else if (upper(written))
                upperCount++;
        }
        const majorityLower = lowerCount > upperCount;
        for (const { written, line } of names) {
            if (majorityLower ? !lower(written) : !upper(written)) {
                ctx.report('ConsistentInstructionCasing', line, `Command '${written}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`);
            }
        }
    },
    DuplicateStageName(ctx) {
        const seen = new Set();
        for (const stage of ctx.stages) {
            if (!stage.name)
                continue;
            if (seen.has(stage.name))
                ctx.report('DuplicateStageName', stage.from.line, `Duplicate stage name "${stage.name}", stage names should be unique`);
            seen.add(stage.name);
        }
    },
    ReservedStageName(ctx) {
        for (const stage of ctx.stages) {
            if (stage.name && RESERVED_STAGE_NAMES.has(stage.name))
                ctx.report('ReservedStageName', stage.from.line, `Stage name should not use the same name as reserved stage "${stage.name}"`);
        }
    },
    JSONArgsRecommended(ctx) {
        for (const stage of ctx.stages) {
            // A SHELL earlier in the stage or in a stage it is based on makes the shell form deliberate.
            let shellSet = ctx
                .lineage(stage)
                .slice(1)
                .some((s) => s.instructions.some((i) => i.keyword === 'SHELL'));
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'SHELL')
                    shellSet = true;
                if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') &&
                    !instruction.json &&
                    !shellSet &&
                    instruction.args.length > 0) {
                    ctx.report('JSONArgsRecommended', instruction.line, `JSON arguments recommended for ${instruction.keyword} to prevent unintended behavior related to OS signals`);
                }
            }
        }
    },
    MaintainerDeprecated(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword === 'MAINTAINER')
                ctx.report('MaintainerDeprecated', instruction.line, 'Maintainer instruction is deprecated in favor of using label');
        }
    },
    UndefinedArgInFrom(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        const keys = new Set([...scope.keys(), ...ctx.syntax.globalArgs.flatMap((a) => a.properties.map((p) => p.name))]);
        for (const stage of ctx.stages) {
            for (const word of [stage.baseWord, stage.platform ?? '']) {
                const expanded = expandTracking(word, scope, ctx.syntax.escape);
                for (const name of expanded?.unmatched ?? []) {
                    if (keys.has(name))
                        continue;
                    const suggestion = (0,dockerfile_syntax/* closest */.kp)(name, keys);
                    ctx.report('UndefinedArgInFrom', stage.from.line, `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
                }
            }
        }
    },
    WorkdirRelativePath(ctx) {
        walkVariables(ctx, (stage, instruction, state) => {
            if (instruction.keyword !== 'WORKDIR')
                return;
            const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
            if (first !== instruction)
                return;
            const path = instruction.args[0] ?? '';
            const expanded = expandTracking(path, state.env, ctx.syntax.escape);
            if (!expanded || expanded.unmatched.size > 0)
                return;
            if (!expanded.value.startsWith('/'))
                ctx.report('WorkdirRelativePath', instruction.line, `Relative workdir "${expanded.value}" can have unexpected results if the base image changes`);
        });
    },
    UndefinedVar(ctx) {
        walkVariables(ctx, (_stage, instruction, state) => {
            if (!state.known)
                return;
            const words = instruction.keyword === 'ARG'
                ? instruction.properties.flatMap((p) => (p.rawValue === null ? [] : [p.rawValue]))
                : EXPANDED.has(instruction.keyword)
                    ? expandedWords(instruction)
                    : [];
            const reported = new Set();
            for (const word of words) {
                if (!word.includes('$'))
                    continue;
                const expanded = expandTracking(word, state.env, ctx.syntax.escape);
                for (const name of expanded?.unmatched ?? []) {
                    if (state.declared.has(name) || NON_ENV_ARGS.has(name) || reported.has(name))
                        continue;
                    reported.add(name);
                    const suggestion = (0,dockerfile_syntax/* closest */.kp)(name, state.env.keys());
                    ctx.report('UndefinedVar', instruction.line, `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`);
                }
            }
        });
    },
    MultipleInstructionsDisallowed(ctx) {
        for (const stage of ctx.stages) {
            const last = new Map();
            for (const instruction of stage.instructions) {
                if (!['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(instruction.keyword))
                    continue;
                const previous = last.get(instruction.keyword);
                if (previous) {
                    ctx.report('MultipleInstructionsDisallowed', previous.line, `Multiple ${instruction.keyword} instructions should not be used in the same stage because only the last one will be used`);
                }
                last.set(instruction.keyword, instruction);
            }
        }
    },
    LegacyKeyValueFormat(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL')
                continue;
            if (instruction.properties.some((p) => !p.hasEquals)) {
                const name = instruction.keyword;
                ctx.report('LegacyKeyValueFormat', instruction.line, `"${name} key=value" should be used instead of legacy "${name} key value" format`);
            }
        }
    },
    RedundantTargetPlatform(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        for (const stage of ctx.stages) {
            if (!stage.platform)
                continue;
            const expanded = expandTracking(stage.platform, scope, ctx.syntax.escape);
            if (!expanded || expanded.unmatched.size > 0 || expanded.matched.size !== 1 || !expanded.matched.has('TARGETPLATFORM'))
                continue;
            if (expanded.value === scope.get('TARGETPLATFORM'))
                ctx.report('RedundantTargetPlatform', stage.from.line, `Setting platform to predefined ${stage.platform} in FROM is redundant as this is the default behavior`);
        }
    },
    SecretsUsedInArgOrEnv(ctx) {
        for (const { instruction } of stageInstructions(ctx)) {
            if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV')
                continue;
            for (const { name } of instruction.properties) {
                if (SECRET.test(name) && !SECRET_ALLOWED.test(name))
                    ctx.report('SecretsUsedInArgOrEnv', instruction.line, `Do not use ARG or ENV instructions for sensitive data (${instruction.keyword} "${name}")`);
            }
        }
    },
    InvalidDefaultArgInFrom(ctx) {
        const scope = ctx.globalScope;
        if (!scope)
            return;
        for (const stage of ctx.stages) {
            const expanded = expandTracking(stage.baseWord, scope, ctx.syntax.escape);
            if (!expanded)
                return;
            if (expanded.value === '' || !(0,stages/* isValidImageReference */.p3)(expanded.value))
                ctx.report('InvalidDefaultArgInFrom', stage.from.line, `Default value for ARG ${stage.baseWord} results in empty or invalid base image name`);
        }
    },
    FromPlatformFlagConstDisallowed(ctx) {
        for (const stage of ctx.stages) {
            if (!stage.platform || stage.platform.includes('$'))
                continue;
            const platform = platformParts(stage.platform);
            if (!platform)
                continue;
            const name = stage.name ?? '';
            if (name.includes(platform.os) || (platform.arch !== '' && name.includes(platform.arch)))
                continue;
            ctx.report('FromPlatformFlagConstDisallowed', stage.from.line, `FROM --platform flag should not use constant value "${stage.platform}"`);
        }
    },
    CopyIgnoredFile(ctx) {
        const patterns = ctx.options.ignorePatterns;
        if (!patterns || patterns.length === 0)
            return;
        const ignore = ignoreMatcher(patterns);
        if (!ignore)
            return; // the hash refuses a malformed ignore file; here it is not ours to judge
        const { matcher } = ignore;
        if (matcher.exclusions)
            return;
        const rootIgnored = matcher.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.toString()));
        for (const { instruction } of stageInstructions(ctx)) {
            if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || instruction.flag('from') || instruction.heredocs.length > 0)
                continue;
            const command = instruction.keyword === 'ADD' ? 'Add' : 'Copy';
            for (const source of (instruction.json ?? instruction.args).slice(0, -1)) {
                if (source.includes('$') || (instruction.keyword === 'ADD' && (0,dockerfile_images/* isRemoteSource */.m5)(source)))
                    continue;
                const clean = cleanPath(source);
                if ((clean === '.' || clean === '/') && !rootIgnored)
                    continue;
                if (ignore.matches(clean))
                    ctx.report('CopyIgnoredFile', instruction.line, `Attempting to ${command} file "${clean}" that is excluded by .dockerignore`);
            }
        }
    },
    ExposeProtoCasing(ctx) {
        for (const { instruction, raw, proto } of exposedPorts(ctx)) {
            if (proto !== proto.toLowerCase())
                ctx.report('ExposeProtoCasing', instruction.line, `Defined protocol '${raw}' in EXPOSE instruction should be lowercase`);
        }
    },
    ExposeInvalidFormat(ctx) {
        for (const { instruction, raw, ip, hostPort } of exposedPorts(ctx)) {
            if (ip || hostPort)
                ctx.report('ExposeInvalidFormat', instruction.line, `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`);
        }
    },
    InvalidDefinitionDescription(ctx) {
        const check = (instruction, keys, name) => {
            const last = instruction.comments[instruction.comments.length - 1];
            if (last === undefined || keys.length === 0)
                return;
            if (keys.includes(last.split(' ')[0]))
                return;
            const example = keys.length > 1 ? '<arg_key>' : keys[0];
            ctx.report('InvalidDefinitionDescription', instruction.line, `Comment for ${name} should follow the format: \`# ${example} <description>\``);
        };
        for (const instruction of ctx.syntax.instructions) {
            if (instruction.keyword === 'ARG')
                check(instruction, instruction.properties.map((p) => p.name), 'ARG');
            if (instruction.keyword === 'FROM') {
                const stage = ctx.stages.find((s) => s.from === instruction);
                if (stage?.name)
                    check(instruction, [stage.name], 'FROM');
            }
        }
    },
};
function exposedPorts(ctx) {
    const out = [];
    for (const { instruction } of stageInstructions(ctx)) {
        if (instruction.keyword !== 'EXPOSE')
            continue;
        for (const raw of instruction.args) {
            if (raw.includes('$'))
                continue;
            const parts = raw.split(':');
            const containerPort = parts[parts.length - 1];
            const hostPort = parts.length >= 2 ? parts[parts.length - 2] : '';
            const ip = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
            const slash = containerPort.indexOf('/');
            out.push({ instruction, raw, ip, hostPort, proto: slash === -1 ? '' : containerPort.slice(slash + 1) });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/lint/rules/hadolint.ts


const RUNS = new WeakMap();
/** Every RUN with its commands, read once per file for all the rules. */
function runs(ctx) {
    const cached = RUNS.get(ctx);
    if (cached)
        return cached;
    const out = [];
    RUNS.set(ctx, out);
    for (const stage of ctx.stages) {
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            out.push({ stage, instruction, commands: ctx.script(instruction)?.commands ?? [] });
        }
    }
    return out;
}
function reportRuns(ctx, rule, failing) {
    for (const { instruction, commands } of runs(ctx))
        if (commands.some(failing))
            ctx.report(rule, instruction.line);
}
const isRoot = (user) => user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
/** hadolint's archive extensions: ADD unpacks these, so ADD is the right tool for them. */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const PIP_VERSION = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const VCS = ['git+', 'hg+', 'svn+', 'bzr+'];
const PIP_FLAGS_WITH_VALUE = [
    'abi',
    'b',
    'build',
    'e',
    'editable',
    'extra-index-url',
    'f',
    'find-links',
    'i',
    'index-url',
    'implementation',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python-version',
    'root',
    'src',
    't',
    'target',
    'trusted-host',
    'upgrade-strategy',
    'c',
    'constraint',
    'r',
    'requirement',
    'config-settings',
    'C',
    'log',
    'cert',
    'client-cert',
    'cache-dir',
    'exists-action',
    'timeout',
    'retries',
];
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
/** The image part of a FROM word: tag and digest as hadolint splits them. */
function imageParts(word) {
    const at = word.indexOf('@');
    const digest = at === -1 ? undefined : word.slice(at + 1);
    const rest = at === -1 ? word : word.slice(0, at);
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** A cache or tmpfs mount whose target holds `path`. */
function mountsOver(instruction, path) {
    return instruction.flags.some((f) => f.name === 'mount' &&
        f.options.some((o) => o.name === 'type' && (o.value === 'cache' || o.value === 'tmpfs')) &&
        f.options.some((o) => ['target', 'dst', 'destination'].includes(o.name) && (o.value ?? '').replace(/\/$/, '').includes(path)));
}
const hadolintChecks = {
    DL3002(ctx) {
        for (const stage of ctx.stages) {
            const users = stage.instructions.filter((i) => i.keyword === 'USER');
            const last = users[users.length - 1];
            if (last && isRoot(last.args[0] ?? ''))
                ctx.report('DL3002', last.line);
        }
    },
    DL3003: (ctx) => reportRuns(ctx, 'DL3003', (c) => c.name === 'cd'),
    DL3004: (ctx) => reportRuns(ctx, 'DL3004', (c) => c.name === 'sudo'),
    DL3006(ctx) {
        const aliases = new Set();
        for (const stage of ctx.stages) {
            const { name, tag, digest } = imageParts(stage.baseWord);
            if (name !== 'scratch' && !digest && tag === undefined && !name.startsWith('$') && !aliases.has(name.toLowerCase())) {
                ctx.report('DL3006', stage.from.line);
            }
            if (stage.name)
                aliases.add(stage.name);
        }
    },
    DL3007(ctx) {
        for (const stage of ctx.stages) {
            const { tag, digest } = imageParts(stage.baseWord);
            if (tag === 'latest' && !digest)
                ctx.report('DL3007', stage.from.line);
        }
    },
    DL3008: (ctx) => reportRuns(ctx, 'DL3008', (c) => {
        if (!isSubcommand(c, ['apt-get'], 'install'))
            return false;
        const packages = operands(c.args, ['t', 'target-release', 'o']).filter((p) => p !== 'install');
        return packages.some((p) => !(p.includes('=') || p.includes('/') || p.endsWith('.deb')));
    }),
    DL3009(ctx) {
        // Only where the lists end up in an image: the final stage, and stages another FROM builds on.
        const usedAsBase = new Set(ctx.stages.map((s) => ctx.baseStage(s)?.index).filter((i) => i !== undefined));
        const last = ctx.stages[ctx.stages.length - 1];
        for (const { stage, instruction, commands } of runs(ctx)) {
            if (stage !== last && !usedAsBase.has(stage.index))
                continue;
            const updates = commands.some((c) => ['apt', 'apt-get', 'aptitude'].includes(c.name) && c.args.includes('update'));
            if (!updates)
                continue;
            const cleans = commands.some((c) => c.name === 'rm' && c.args.includes('/var/lib/apt/lists/*') && c.args.some((a) => /^-[a-zA-Z]*r/.test(a) && a.includes('f')));
            if (cleans ||
                mountsOver(instruction, '/var/lib/apt/lists') ||
                (mountsOver(instruction, '/var/lib/apt') && mountsOver(instruction, '/var/cache/apt')))
                continue;
            ctx.report('DL3009', instruction.line);
        }
    },
    DL3013: (ctx) => reportRuns(ctx, 'DL3013', (c) => {
        const args = pipInstallArgs(c);
        if (!args || commandBase(c.name).startsWith('pipx'))
            return false;
        if (hasFlag(args, 'r', 'requirement', 'c', 'constraint') || args.includes('.'))
            return false;
        const packages = operands(args, PIP_FLAGS_WITH_VALUE);
        const pinned = (p) => PIP_VERSION.some((s) => p.includes(s)) ||
            (VCS.some((v) => p.startsWith(v)) && p.includes('@')) ||
            p.endsWith('.whl') ||
            p.endsWith('.tar.gz') ||
            (!VCS.some((v) => p.startsWith(v)) && p.includes('/'));
        return packages.some((p) => !pinned(p));
    }),
    DL3015: (ctx) => reportRuns(ctx, 'DL3015', (c) => isSubcommand(c, ['apt-get'], 'install') &&
        !hasFlag(c.args, 'no-install-recommends') &&
        !c.args.includes('APT::Install-Recommends=false')),
    DL3018: (ctx) => reportRuns(ctx, 'DL3018', (c) => {
        if (!isSubcommand(c, ['apk'], 'add'))
            return false;
        const packages = operands(c.args, ['t', 'virtual', 'repository', 'X']).filter((p) => p !== 'add');
        return packages.some((p) => !(/[=~<>]/.test(p) || p.endsWith('.apk')));
    }),
    DL3020(ctx) {
        for (const stage of ctx.stages) {
            for (const instruction of stage.instructions) {
                if (instruction.keyword !== 'ADD' || instruction.heredocs.length > 0)
                    continue;
                const sources = (instruction.json ?? instruction.args).slice(0, -1).map((s) => s.replace(/^["']|["']$/g, ''));
                if (sources.length > 0 && sources.some((s) => !(0,dockerfile_images/* isRemoteSource */.m5)(s) && !ARCHIVE.test(s)))
                    ctx.report('DL3020', instruction.line);
            }
        }
    },
    DL3022(ctx) {
        const aliases = new Set();
        for (const stage of ctx.stages) {
            if (stage.name)
                aliases.add(stage.name);
            for (const instruction of stage.instructions) {
                const from = instruction.keyword === 'COPY' ? instruction.flag('from')?.value : undefined;
                if (!from || from.replace(/^["']|["']$/g, '').includes(':'))
                    continue;
                if (aliases.has(from.toLowerCase()))
                    continue;
                if (/^\d+$/.test(from) && Number(from) < stage.index + 1)
                    continue;
                ctx.report('DL3022', instruction.line);
            }
        }
    },
    DL3025(ctx) {
        for (const stage of ctx.stages) {
            for (const instruction of stage.instructions) {
                if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && !instruction.json && instruction.args.length > 0)
                    ctx.report('DL3025', instruction.line);
            }
        }
    },
    DL3027: (ctx) => reportRuns(ctx, 'DL3027', (c) => c.name === 'apt'),
    DL3042(ctx) {
        const stageDisables = (stage, until) => stage.instructions.some((i) => (until === undefined || i.index < until.index) &&
            i.keyword === 'ENV' &&
            i.properties.some((p) => p.name === 'PIP_NO_CACHE_DIR' && TRUTHY.has(p.value ?? '')));
        for (const { stage, instruction, commands } of runs(ctx)) {
            if (stageDisables(stage, instruction) ||
                ctx
                    .lineage(stage)
                    .slice(1)
                    .some((s) => stageDisables(s)))
                continue;
            if (/PIP_NO_CACHE_DIR=["']?(1|true|True|TRUE|on|On|ON|yes|Yes|YES)\b/.test(instruction.text))
                continue;
            if (mountsOver(instruction, '.cache/pip'))
                continue;
            const forgot = commands.some((c) => {
                const args = pipInstallArgs(c);
                if (!args)
                    return false;
                const wrapper = ['pipx', 'pipenv'].some((w) => commandBase(c.name).includes(w));
                return !wrapper && !c.args.includes('--no-cache-dir');
            });
            if (forgot)
                ctx.report('DL3042', instruction.line);
        }
    },
    DL3045(ctx) {
        const hasWorkdir = new Map();
        for (const stage of ctx.stages) {
            const parent = ctx.baseStage(stage);
            let workdir = parent ? (hasWorkdir.get(parent.index) ?? false) : false;
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'WORKDIR')
                    workdir = true;
                if (instruction.keyword !== 'COPY' || workdir)
                    continue;
                const args = instruction.json ?? instruction.args;
                const destination = (args[args.length - 1] ?? '').replace(/^["']|["']$/g, '');
                if (destination.startsWith('/') || destination.startsWith('$') || /^[A-Za-z]:/.test(destination))
                    continue;
                ctx.report('DL3045', instruction.line);
            }
            hasWorkdir.set(stage.index, workdir);
        }
    },
    DL3059(ctx) {
        for (const stage of ctx.stages) {
            let previous;
            for (const instruction of stage.instructions) {
                if (instruction.keyword !== 'RUN') {
                    previous = undefined;
                    continue;
                }
                const flags = JSON.stringify(instruction.flags);
                const count = ctx.script(instruction)?.commands.length ?? 0;
                if (previous && previous.flags === flags && count <= 2 && previous.count <= 2)
                    ctx.report('DL3059', instruction.line);
                previous = { flags, count };
            }
        }
    },
    DL4000(ctx) {
        for (const instruction of ctx.syntax.instructions)
            if (instruction.keyword === 'MAINTAINER')
                ctx.report('DL4000', instruction.line);
    },
    DL4006(ctx) {
        for (const stage of ctx.stages) {
            let pipefail = false;
            for (const instruction of stage.instructions) {
                if (instruction.keyword === 'SHELL') {
                    const shell = instruction.json ?? [];
                    const base = commandBase(shell[0] ?? '');
                    const nonPosix = /^(pwsh|powershell|cmd)(\.exe)?$/i.test(base);
                    const opts = shell.slice(1);
                    pipefail = nonPosix || (['bash', 'zsh', 'ash'].includes(base) && opts.some((o, i) => o === '-o' && opts[i + 1] === 'pipefail'));
                }
                if (instruction.keyword !== 'RUN' || pipefail || instruction.json)
                    continue;
                const script = ctx.script(instruction);
                if (!script?.hasPipe)
                    continue;
                // `set -o pipefail` (or `set -euo pipefail`) at the start of the script does the same.
                const first = script.commands[0];
                if (first?.name === 'set' && first.args.includes('pipefail') && first.args.some((a) => /^-[a-z]*o$/.test(a)))
                    continue;
                ctx.report('DL4006', instruction.line);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/core/lint/rules/toolkit.ts
/**
 * What only this toolkit sees: unpinned bases (with the digest the registry gives today), downloads
 * the hash cannot see, and a build context sent whole. The "does not parse" rule is lint.ts's: it
 * is core/dockerfile's own verdict.
 */

const CONTEXT_LIMIT = 100 * 1024 * 1024;
const toolkitChecks = {
    BaseImageNotPinned(ctx) {
        for (const stage of ctx.stages) {
            if (ctx.baseStage(stage))
                continue;
            const base = ctx.baseOf(stage);
            if (!base || base === 'scratch')
                continue;
            if (base.includes('@'))
                continue; // pinned (an invalid reference is DockerfileParse's)
            const digest = ctx.options.images?.get(base)?.digest;
            ctx.report('BaseImageNotPinned', stage.from.line, `Base image \`${base}\` is not pinned by digest`, {
                ...(digest ? { fix: `Pin it to what the tag points at now: \`FROM ${base}@${digest}\` (update it on purpose).` } : {}),
            });
        }
    },
    AddUrlWithoutChecksum(ctx) {
        for (const { line, sources } of (0,dockerfile_images/* uncheckedDownloads */.Wk)(ctx.syntax)) {
            ctx.report('AddUrlWithoutChecksum', line, `\`ADD ${sources.join(' ')}\` without \`--checksum\`: the hash cannot see what it downloads`);
        }
    },
    ContextWithoutDockerignore(ctx) {
        const facts = ctx.options.context;
        if (!facts || facts.hasIgnoreFile)
            return;
        const what = [facts.hasGit ? '`.git`' : '', facts.bytes > CONTEXT_LIMIT ? `over ${CONTEXT_LIMIT / 1024 / 1024} MB` : ''].filter(Boolean);
        if (what.length === 0)
            return;
        ctx.report('ContextWithoutDockerignore', 1, `No \`.dockerignore\`, and the build context holds ${what.join(' and ')}: docker build sends all of it`);
    },
};

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/core/lint/rules/profiles.ts


/** The final stage and the stages it builds on, nearest first; their instructions in build order. */
function finalImage(ctx) {
    const final = ctx.finalStage;
    if (!final)
        return undefined;
    const stages = ctx.lineage(final);
    const instructions = [...stages].reverse().flatMap((s) => s.instructions);
    return { stages, instructions, root: ctx.rootImage(final) };
}
function repositoryOf(image) {
    try {
        const ref = (0,image_ref/* parseImageRef */.Q)(image);
        return { repository: ref.repository.replace(/^library\//, ''), tag: ref.tag ?? '' };
    }
    catch {
        return undefined;
    }
}
function commandsOf(ctx, instructions) {
    const out = [];
    for (const instruction of instructions) {
        if (instruction.keyword !== 'RUN')
            continue;
        for (const command of ctx.script(instruction)?.commands ?? [])
            out.push({ instruction, command });
    }
    return out;
}
const OS_INSTALLERS = {
    'apt-get': { sub: ['install'], flagsWithValue: ['t', 'target-release', 'o'] },
    apt: { sub: ['install'], flagsWithValue: ['t', 'o'] },
    apk: { sub: ['add'], flagsWithValue: ['t', 'virtual', 'repository', 'X'] },
    yum: { sub: ['install'], flagsWithValue: [] },
    dnf: { sub: ['install'], flagsWithValue: [] },
    microdnf: { sub: ['install'], flagsWithValue: [] },
    zypper: { sub: ['install', 'in'], flagsWithValue: [] },
    conda: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
    mamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
    micromamba: { sub: ['install', 'create'], flagsWithValue: ['c', 'channel', 'n', 'name', 'p', 'prefix'] },
};
/** Package names (versions stripped) that system and conda package managers install. */
function installedPackages(commands) {
    const out = new Set();
    for (const { command } of commands) {
        const installer = OS_INSTALLERS[commandBase(command.name)];
        if (!installer)
            continue;
        const sub = command.args.findIndex((a) => installer.sub.includes(a));
        if (sub === -1)
            continue;
        for (const name of operands(command.args.slice(sub + 1), installer.flagsWithValue))
            out.add(name.split(/[=<>~]/)[0]?.toLowerCase() ?? '');
    }
    return out;
}
/** Python packages that pip (or uv pip) installs, names lower-cased without extras or versions. */
function pipPackages(commands) {
    const names = new Set();
    let fromFiles = false;
    for (const { command } of commands) {
        let args = pipInstallArgs(command);
        const base = commandBase(command.name);
        if (!args && base === 'uv' && command.args[0] === 'pip' && command.args[1] === 'install')
            args = command.args.slice(2);
        if (!args && ['poetry', 'pipenv', 'pdm'].includes(base) && ['install', 'sync'].includes(command.args[0] ?? ''))
            fromFiles = true;
        if (!args && base === 'uv' && command.args[0] === 'sync')
            fromFiles = true;
        if (!args)
            continue;
        if (args.some((a) => ['-r', '--requirement', '-e', '--editable', '.'].includes(a) || a.startsWith('--requirement=')))
            fromFiles = true;
        for (const name of operands(args, [
            'r',
            'requirement',
            'c',
            'constraint',
            'i',
            'index-url',
            'extra-index-url',
            'f',
            'find-links',
            't',
            'target',
            'e',
            'editable',
        ])) {
            names.add(name.split(/[[=<>~!;@ ]/)[0]?.toLowerCase() ?? '');
        }
    }
    return { names, fromFiles };
}
const PYTHON_IMAGE = /(^|\/|-)(python|pypy|conda|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|micromamba|pytorch|tensorflow|jupyter|[a-z-]*-notebook|zenml|flytekit|metaflow|huggingface|sagemaker|ray|uv)($|[-/:_])/;
const PYTHON_PACKAGE = /^(python|python3|python3\.\d+|python3-minimal|python3-full|pypy3?|python\d(\.\d+)?)$/;
/** Whether the image has Python: its base says so, or a step installs it. */
function hasPython(ctx) {
    const image = finalImage(ctx);
    if (!image)
        return true;
    const root = image.root ? repositoryOf(image.root) : undefined;
    if (root &&
        (PYTHON_IMAGE.test(root.repository) || /python/.test(root.tag) || /^databricksruntime\/(standard|python)/.test(root.repository)))
        return true;
    const commands = commandsOf(ctx, image.instructions);
    if ([...installedPackages(commands)].some((p) => PYTHON_PACKAGE.test(p)))
        return true;
    if (commands.some(({ command }) => ['pyenv', 'uv'].includes(commandBase(command.name)) &&
        command.args.includes('install') &&
        (command.args.includes('python') || commandBase(command.name) === 'pyenv')))
        return true;
    // A Python copied from another stage or image (`COPY --from=python:3.12 /usr/local /usr/local`).
    return image.instructions.some((i) => i.keyword === 'COPY' && /python/i.test(i.flag('from')?.value ?? ''));
}
const DATABRICKS_PIPS = ['/databricks/python3/bin/pip', '/databricks/conda/envs/dcs-minimal/bin/pip'];
const isDatabricksRuntime = (repository) => repository.startsWith('databricksruntime/');
/** Databricks' minimal requirements for a base that is not theirs (Ubuntu or Alpine plus these). */
const DATABRICKS_NEEDS = [
    { what: 'a JDK', os: 'any', matches: /(openjdk|jdk|temurin|corretto|zulu|java)/ },
    { what: 'bash', os: 'alpine', matches: /^bash$/ },
    { what: 'iproute2', os: 'any', matches: /^iproute2?$/ },
    { what: 'coreutils', os: 'alpine', matches: /^coreutils$/ },
    { what: 'procps', os: 'any', matches: /^procps(-ng)?$/ },
    { what: 'sudo', os: 'any', matches: /^sudo$/ },
];
const START_SERVICE = (c) => (commandBase(c.name) === 'systemctl' && c.args.some((a) => ['start', 'restart', 'enable'].includes(a))) ||
    (commandBase(c.name) === 'service' && c.args.some((a) => ['start', 'restart'].includes(a))) ||
    (c.name.startsWith('/etc/init.d/') && c.args.some((a) => ['start', 'restart'].includes(a)));
const INSTALLS = (c) => {
    const base = commandBase(c.name);
    return (pipInstallArgs(c) !== undefined ||
        (['apt-get', 'apt', 'yum', 'dnf', 'conda', 'mamba'].includes(base) && c.args.includes('install')) ||
        (base === 'apk' && c.args.includes('add')));
};
/** The shell script a CMD or ENTRYPOINT runs, read. */
function startupScript(instruction) {
    const json = instruction.json;
    if (!json)
        return readShellScript(instruction.text).commands;
    const [name = '', ...args] = json;
    if (/(^|\/)(ba|da|a)?sh$/.test(name) && args[0] === '-c' && args[1])
        return readShellScript(args[1]).commands;
    return [{ name, args, assignments: [] }];
}
/** DataWorks: paths the runtime brings and must find as it left them. */
const RUNTIME_PATHS = new Set([
    '/bin',
    '/sbin',
    '/lib',
    '/lib64',
    '/usr',
    '/usr/bin',
    '/usr/sbin',
    '/usr/lib',
    '/etc',
    '/bin/sh',
    '/bin/bash',
    '/usr/bin/python',
    '/usr/bin/python3',
    '/usr/bin/env',
    '/etc/passwd',
    '/etc/group',
    '/etc/hosts',
    '/etc/resolv.conf',
    '/etc/nsswitch.conf',
]);
/** Registries DataWorks cannot be expected to reach: public ones other than Docker Hub and ACR. */
const OTHER_PUBLIC_REGISTRY = /(^|\.)(ghcr\.io|quay\.io|gcr\.io|pkg\.dev|public\.ecr\.aws|amazonaws\.com|azurecr\.io|nvcr\.io|registry\.gitlab\.com|mcr\.microsoft\.com)$/;
const profileChecks = {
    DatabricksBaseImage(ctx) {
        const image = finalImage(ctx);
        if (!image?.root)
            return;
        const root = repositoryOf(image.root);
        if (!root || isDatabricksRuntime(root.repository))
            return;
        const name = `${root.repository}:${root.tag}`;
        const alpine = /(^|\/)alpine$/.test(root.repository) || /alpine/.test(root.tag);
        const ubuntu = /(^|\/)ubuntu$/.test(root.repository) || /(ubuntu|jammy|noble|focal|bionic)/.test(root.tag);
        const from = image.stages[image.stages.length - 1]?.from.line ?? 1;
        if (!alpine && !ubuntu) {
            ctx.report('DatabricksBaseImage', from, `Base \`${image.root}\` is neither a databricksruntime image nor Ubuntu or Alpine`);
            return;
        }
        const installed = [...installedPackages(commandsOf(ctx, image.instructions))];
        const missing = DATABRICKS_NEEDS.filter((need) => (need.os === 'any' || alpine) && !installed.some((p) => need.matches.test(p))).map((n) => n.what);
        if (missing.length > 0)
            ctx.report('DatabricksBaseImage', from, `Base \`${name}\` is not a databricksruntime image, and nothing installs ${missing.join(', ')}`);
    },
    DatabricksRuntimeUnsupported(ctx) {
        const image = finalImage(ctx);
        const root = image?.root ? repositoryOf(image.root) : undefined;
        if (!root || !isDatabricksRuntime(root.repository))
            return;
        if (/(^|[-_./])(ml|genomics)($|[-_.])/i.test(`${root.repository.slice('databricksruntime/'.length)}:${root.tag}`))
            ctx.report('DatabricksRuntimeUnsupported', image?.stages[image.stages.length - 1]?.from.line ?? 1, `\`${image?.root}\` is an ML or Genomics runtime image`);
    },
    DatabricksPip(ctx) {
        const image = finalImage(ctx);
        const root = image?.root ? repositoryOf(image.root) : undefined;
        if (!image || !root || !isDatabricksRuntime(root.repository))
            return;
        const major = Number(/^(\d+)/.exec(root.tag)?.[1] ?? 'NaN');
        const pip = major <= 8 ? DATABRICKS_PIPS[1] : DATABRICKS_PIPS[0];
        for (const { instruction, command } of commandsOf(ctx, image.instructions)) {
            if (!pipInstallArgs(command))
                continue;
            const own = DATABRICKS_PIPS.includes(command.name) ||
                /^\/databricks\/(python3|conda\/envs\/dcs-minimal)\/bin\/python[0-9.]*$/.test(command.name);
            if (!own)
                ctx.report('DatabricksPip', instruction.line, `\`${command.name} install\` installs into another Python than the cluster's`, {
                    fix: `Use \`${pip} install\` (the Python the cluster runs).`,
                });
        }
    },
    DatabricksCmdIgnored(ctx) {
        for (const instruction of finalImage(ctx)?.instructions ?? []) {
            if (instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT')
                ctx.report('DatabricksCmdIgnored', instruction.line, `Databricks ignores ${instruction.keyword}`);
        }
    },
    DatabricksStartupWork(ctx) {
        const image = finalImage(ctx);
        for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
            if (START_SERVICE(command))
                ctx.report('DatabricksStartupWork', instruction.line, `\`${[command.name, ...command.args].join(' ')}\` at build time starts nothing on the cluster`);
        }
    },
    DataWorksPlatform(ctx) {
        const image = finalImage(ctx);
        for (const stage of image?.stages ?? []) {
            const platform = stage.platform;
            if (platform && !platform.includes('$') && platform.toLowerCase() !== 'linux/amd64')
                ctx.report('DataWorksPlatform', stage.from.line, `\`FROM --platform=${platform}\`: DataWorks runs linux/amd64 images only`);
        }
        const others = (ctx.options.build?.platforms ?? []).filter((p) => p !== 'linux/amd64');
        if (others.length > 0)
            ctx.report('DataWorksPlatform', 1, `The image is built for ${others.join(', ')}: DataWorks runs linux/amd64 images only`);
    },
    DataWorksRegistry(ctx) {
        const image = ctx.options.build?.image;
        if (!image)
            return;
        let registry;
        try {
            registry = (0,image_ref/* parseImageRef */.Q)(image).registry.toLowerCase();
        }
        catch {
            return;
        }
        if (OTHER_PUBLIC_REGISTRY.test(registry.replace(/:\d+$/, '')))
            ctx.report('DataWorksRegistry', 1, `\`${image}\` is pushed to ${registry}, which DataWorks resource groups do not pull from`);
    },
    DataWorksRuntimePaths(ctx) {
        const image = finalImage(ctx);
        for (const instruction of image?.instructions ?? []) {
            if (instruction.keyword === 'ENV') {
                for (const p of instruction.properties) {
                    if (p.name === 'PATH' && !/\$\{?PATH\}?/.test(p.rawValue ?? ''))
                        ctx.report('DataWorksRuntimePaths', instruction.line, '`ENV PATH` replaces the runtime\u2019s PATH instead of extending it (`$PATH` is missing)');
                }
            }
            if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && instruction.heredocs.length === 0) {
                const args = instruction.json ?? instruction.args;
                const destination = (args[args.length - 1] ?? '').replace(/\/+$/, '') || '/';
                if (RUNTIME_PATHS.has(destination) || destination === '/')
                    ctx.report('DataWorksRuntimePaths', instruction.line, `${instruction.keyword} onto \`${destination}\` overwrites what the runtime needs`);
            }
        }
        for (const { instruction, command } of commandsOf(ctx, image?.instructions ?? [])) {
            const base = commandBase(command.name);
            const target = command.args[command.args.length - 1] ?? '';
            if ((base === 'ln' && command.args.some((a) => /^-[a-zA-Z]*f/.test(a)) && RUNTIME_PATHS.has(target)) ||
                (base === 'rm' && command.args.some((a) => RUNTIME_PATHS.has(a.replace(/\/+$/, '')))))
                ctx.report('DataWorksRuntimePaths', instruction.line, `\`${[command.name, ...command.args].join(' ')}\` replaces or removes a path the runtime needs`);
        }
    },
    DataWorksStartupInstall(ctx) {
        for (const instruction of finalImage(ctx)?.instructions ?? []) {
            if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT')
                continue;
            if (startupScript(instruction).some(INSTALLS))
                ctx.report('DataWorksStartupInstall', instruction.line, `${instruction.keyword} installs packages every time the container starts`);
        }
    },
    PythonPresent(ctx) {
        if (hasPython(ctx))
            return;
        const image = finalImage(ctx);
        ctx.report('PythonPresent', image?.stages[image.stages.length - 1]?.from.line ?? 1, `Nothing shows a Python interpreter: \`${image?.root ?? 'scratch'}\` is not a known Python image and no step installs one`);
    },
    ZenmlPackages(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const root = image.root ? repositoryOf(image.root) : undefined;
        if (root && /zenml/.test(root.repository))
            return;
        const pip = pipPackages(commandsOf(ctx, image.instructions));
        if ([...pip.names].some((n) => n === 'zenml') || pip.fromFiles)
            return;
        ctx.report('ZenmlPackages', image.stages[image.stages.length - 1]?.from.line ?? 1, 'Nothing installs zenml (and pip) into the image');
    },
    ZenmlWorkdir(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const workdirs = image.instructions.filter((i) => i.keyword === 'WORKDIR');
        const last = workdirs[workdirs.length - 1];
        const path = (last?.args[0] ?? '').replace(/\/+$/, '');
        if (path !== '/app')
            ctx.report('ZenmlWorkdir', last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1, last ? `The working directory is \`${path}\`, not /app` : 'No WORKDIR: ZenML expects /app');
    },
    ZenmlNonRootUser(ctx) {
        const image = finalImage(ctx);
        if (!image)
            return;
        const users = image.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        const user = last?.args[0] ?? '';
        if (!last || user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:'))
            ctx.report('ZenmlNonRootUser', last?.line ?? image.stages[image.stages.length - 1]?.from.line ?? 1);
    },
};

;// CONCATENATED MODULE: ./src/core/lint/lint.ts
/**
 * Lints one Dockerfile: reads it with core/dockerfile (what the hash reads), reports what
 * `docker build` would refuse (DockerfileParse, the same verdict the hash gives), runs every
 * enabled rule of the registry, then applies what the file and the config say: inline
 * `# image-actions ignore=` / `# hadolint ignore=` pragmas, BuildKit's `# check=` directive and
 * comments, severities from the config, and hadolint rules that repeat a BuildKit finding. Pure.
 */








/** Every rule of the catalog has exactly one check (or is reported by the engine or an adapter). */
const CHECKS = { ...buildkitChecks, ...hadolintChecks, ...toolkitChecks, ...profileChecks };
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
/** A rule id this toolkit knows (catalog ids and ShellCheck codes). */
function isKnownRule(id) {
    return RULES_BY_ID.has(id) || SHELLCHECK_CODE.test(id);
}
/** BuildKit's ParseLintOptions (`skip=A,B;error=true;experimental=C`); undefined when it does not parse. */
function parseCheckOptions(value) {
    const options = { skip: new Set(), skipAll: false, experimental: new Set(), experimentalAll: false, error: false };
    const text = value.trim();
    if (text === '')
        return options;
    for (const part of text.split(';').slice(0, 3)) {
        const at = part.indexOf('=');
        if (at === -1)
            return undefined;
        const key = part.slice(0, at).trim();
        const list = part.slice(at + 1).trim();
        if (key === 'skip') {
            if (list === 'all')
                options.skipAll = true;
            else
                for (const rule of list.split(','))
                    options.skip.add(rule.trim());
        }
        else if (key === 'experimental') {
            if (list === 'all')
                options.experimentalAll = true;
            else
                for (const rule of list.split(','))
                    options.experimental.add(rule.trim());
        }
        else if (key === 'error') {
            if (!/^(1|t|T|true|TRUE|True|0|f|F|false|FALSE|False)$/.test(list))
                return undefined;
            options.error = /^(1|t|T|true|TRUE|True)$/.test(list);
        }
        else
            return undefined;
    }
    return options;
}
function fileCheckOptions(syntax) {
    const directive = syntax.directives.get('check');
    return directive ? parseCheckOptions(directive.value.split(' ')[0] ?? '') : undefined;
}
function enabled(rule, settings, check) {
    const override = settings.overrides?.[rule.id];
    if (override === 'off')
        return false;
    if (rule.profiles && !rule.profiles.includes(settings.profile))
        return false;
    if (rule.experimental)
        return override !== undefined || !!check?.experimentalAll || !!check?.experimental.has(rule.id);
    return true;
}
/** Whether ShellCheck should run on the RUN scripts of files linted with these settings. */
function shellcheckEnabled(settings) {
    return settings.overrides?.ShellCheck !== 'off';
}
/** What `docker build` refuses, as findings: the parser's problems, else the first resolution error. */
function parseFindings(syntax, settings, report) {
    if (syntax.problems.length > 0) {
        for (const problem of syntax.problems)
            report(problem.line, problem.message);
        return;
    }
    const build = settings.build ?? {};
    const plain = Object.keys(build.buildArgs ?? {}).length === 0 && !build.target;
    for (const platform of build.platforms?.length ? build.platforms : [DEFAULT_PLATFORM]) {
        try {
            // Without build args or a target, the default scope the rules use is the one to resolve with.
            const scope = plain && platform === DEFAULT_PLATFORM ? (defaultGlobalScope(syntax) ?? undefined) : undefined;
            (0,stages/* resolveStages */.iM)(syntax, { buildArgs: build.buildArgs ?? {}, target: build.target ?? '', platform, buildPlatform: DEFAULT_PLATFORM }, scope);
        }
        catch (error) {
            if (!(error instanceof dockerfile_syntax/* DockerfileError */.tP))
                throw error;
            report(error.line, error.problem);
            return;
        }
    }
}
function lintDockerfile(text, settings) {
    return lintSyntax(parseDockerfile(text), settings);
}
/** The same, for a Dockerfile already read (the caller looked at its bases first). */
function lintSyntax(syntax, settings) {
    const check = fileCheckOptions(syntax);
    const findings = [];
    let current;
    const report = (rule, line, message, extra = {}) => {
        const info = rule === current?.id ? current : RULES_BY_ID.get(rule);
        findings.push({
            rule,
            severity: info.severity,
            line: Math.max(1, line),
            ...(extra.endLine ? { endLine: extra.endLine } : {}),
            message: message ?? info.message,
            fix: extra.fix ?? info.fix,
            docs: info.docs,
        });
    };
    const parse = RULES_BY_ID.get('DockerfileParse');
    if (enabled(parse, settings, check))
        parseFindings(syntax, settings, (line, message) => report('DockerfileParse', line, `docker build refuses this: ${message}`));
    const ctx = new LintContext(syntax, settings, report);
    for (const rule of RULES) {
        const run = CHECKS[rule.id];
        if (!run || !enabled(rule, settings, check))
            continue;
        current = rule;
        run(ctx);
    }
    return { syntax, findings };
}
const PRAGMA = /^(image-actions|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+)/;
/** Ignore pragmas and `# check=` comments, per instruction and for the whole file. */
function suppressions(syntax) {
    const global = new Set();
    for (const line of syntax.lines) {
        const trimmed = line.trimStart();
        if (!trimmed.startsWith('#'))
            continue;
        const match = PRAGMA.exec(trimmed.slice(1).trim());
        if (match?.[2])
            for (const id of match[3].split(','))
                if (id.trim())
                    global.add(id.trim());
    }
    const perInstruction = new Map();
    for (const instruction of syntax.instructions) {
        if (instruction.comments.length === 0)
            continue;
        const ids = new Set();
        let check;
        for (const comment of instruction.comments) {
            const match = PRAGMA.exec(comment);
            if (match && !match[2])
                for (const id of match[3].split(','))
                    if (id.trim())
                        ids.add(id.trim());
            const directive = /^check\s*=\s*(.*)$/.exec(comment);
            if (directive)
                check = parseCheckOptions(directive[1].split(' ')[0] ?? '');
        }
        if (ids.size > 0 || check)
            perInstruction.set(instruction.index, { ids, ...(check ? { check } : {}) });
    }
    return { global, perInstruction };
}
/** Rules that say the same thing, both ways. */
const TWINS = new Map(RULES.flatMap((rule) => 'sameAs' in rule && rule.sameAs
    ? [
        [rule.id, rule.sameAs],
        [rule.sameAs, rule.id],
    ]
    : []));
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/**
 * The findings a user sees: `extra` (ShellCheck's) added, suppressed ones dropped, severities
 * from the config and `# check=error=true` applied, hadolint repeats of BuildKit findings dropped,
 * sorted by line.
 */
function finalizeFindings(result, extra, settings) {
    const { syntax } = result;
    const fileCheck = fileCheckOptions(syntax);
    // Most files carry no pragma: skip looking for them.
    const mayHavePragmas = syntax.text.includes('ignore') || syntax.text.includes('check');
    const { global, perInstruction } = mayHavePragmas ? suppressions(syntax) : { global: new Set(), perInstruction: new Map() };
    const instructionAt = new Map();
    if (perInstruction.size > 0) {
        for (const instruction of syntax.instructions)
            for (let l = instruction.line; l <= instruction.endLine; l++)
                instructionAt.set(l, instruction.index);
    }
    const kept = [];
    for (const finding of [...result.findings, ...extra]) {
        const info = RULES_BY_ID.get(finding.rule) ?? (SHELLCHECK_CODE.test(finding.rule) ? RULES_BY_ID.get('ShellCheck') : undefined);
        const isBuildkit = info?.source === 'buildkit';
        // A rule and its twin (DL3025 / JSONArgsRecommended) are one finding: naming either silences both.
        const twin = TWINS.get(finding.rule);
        const named = (ids) => !!ids && (ids.has(finding.rule) || (twin !== undefined && ids.has(twin)));
        const override = settings.overrides?.[finding.rule];
        if (override === 'off' || (twin !== undefined && settings.overrides?.[twin] === 'off') || named(global))
            continue;
        if (fileCheck && (named(fileCheck.skip) || (isBuildkit && fileCheck.skipAll)))
            continue;
        const local = perInstruction.get(instructionAt.get(finding.line) ?? -1);
        if (local && (named(local.ids) || named(local.check?.skip) || (isBuildkit && local.check?.skipAll)))
            continue;
        let severity = override ?? finding.severity;
        if (isBuildkit && override === undefined && (fileCheck?.error || local?.check?.error))
            severity = 'error';
        kept.push({ ...finding, severity });
    }
    const shown = kept.filter((finding) => {
        const sameAs = RULES_BY_ID.get(finding.rule)?.sameAs;
        return !sameAs || !kept.some((other) => other.rule === sameAs && other.line === finding.line);
    });
    return shown.sort((a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/github/sarif.ts
/**
 * Findings as a SARIF 2.1.0 log that GitHub code scanning accepts (`github/codeql-action/upload-sarif`):
 * one run, the rules that fired as reporting descriptors (from the rule registry; ShellCheck codes
 * get their own), results with workspace-relative locations. Pure: the caller writes the file.
 */

const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's scale for the Security tab. */
const SECURITY_SEVERITY = { SecretsUsedInArgOrEnv: '7.5', DL3004: '5.0' };
function descriptor(id, sample) {
    const info = RULES_BY_ID.get(id);
    const shellcheck = info === undefined;
    const message = info?.message ?? sample.message.replace(/^SC\d+: /, '');
    const fix = info?.fix ?? sample.fix;
    const tags = [info?.source ?? 'shellcheck', ...(info?.profiles?.filter((p) => p !== 'none') ?? []), 'dockerfile'];
    return {
        // No `name`: the ids are already readable, and SARIF1001 wants a name to differ from the id.
        id,
        shortDescription: { text: message },
        fullDescription: { text: `${message}. ${fix}` },
        helpUri: info?.docs ?? sample.docs,
        help: { text: fix, markdown: `${fix}\n\n[${id}](${info?.docs ?? sample.docs})` },
        defaultConfiguration: { level: LEVEL[shellcheck ? sample.severity : info.severity] },
        properties: {
            tags,
            precision: 'high',
            ...(SECURITY_SEVERITY[id] ? { 'security-severity': SECURITY_SEVERITY[id] } : {}),
        },
    };
}
function sarifLog(findings, tool) {
    const ids = [...new Set(findings.map((f) => f.rule))].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'image-actions validate',
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: ids.map((id) => descriptor(id, findings.find((f) => f.rule === id))),
                    },
                },
                automationDetails: { id: 'image-actions/validate/' },
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => ({
                    ruleId: finding.rule,
                    ruleIndex: index.get(finding.rule),
                    level: LEVEL[finding.severity],
                    message: { text: `${finding.message}. Fix: ${finding.fix}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: finding.line,
                                    ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
                                },
                            },
                        },
                    ],
                })),
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/registry/login.ts
var login = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/runtime/atomic-file.ts
var atomic_file = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/runtime/exec.ts
var exec = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/runtime/run-action.ts
var run_action = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/runtime/run-context.ts
var run_context = __webpack_require__(9087);
// EXTERNAL MODULE: ./src/runtime/workspace.ts
var runtime_workspace = __webpack_require__(9333);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/explain.ts + 1 modules
var explain = __webpack_require__(102);
// EXTERNAL MODULE: ./src/hash/compute-build-definition.ts + 5 modules
var compute_build_definition = __webpack_require__(2344);
;// CONCATENATED MODULE: ./src/validate/rebuilds.ts
/**
 * Why a pull request rebuilds an image: the build definition of each touched image computed at
 * the PR's base (a `git worktree` of the merge base) and at its head, and the difference put in
 * words by core/explain.ts ("rebuilds ml-runtime: `requirements.txt` changed"). Images are hashed
 * as written on both sides: resolving tags now would give both sides the same digests, so a moved
 * tag cannot show here (the build step sees it).
 */






function definitionOptions(unit, root, workspace) {
    const rebase = (file) => external_node_path_default().join(root, external_node_path_default().relative(workspace, file));
    return {
        contextDir: rebase(unit.context),
        dockerfile: rebase(unit.dockerfile),
        buildArgs: unit.build.buildArgs,
        target: unit.build.target,
        platforms: unit.build.platforms.length > 0 ? unit.build.platforms : ['linux/amd64'],
        secrets: unit.build.secrets,
        labels: unit.build.labels,
        workers: 1,
    };
}
/** Explains every unit; the worktree of `base` is made here and removed before returning. */
async function explainRebuilds(units, git, base, workspace) {
    const hashable = units.filter((unit) => unit.hashable);
    if (hashable.length === 0)
        return [];
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'image-actions-base-'));
    const worktree = external_node_path_default().join(scratch, 'base');
    try {
        await git.run(['worktree', 'add', '--detach', '--quiet', worktree, base]);
        const out = [];
        for (const unit of hashable) {
            const headOptions = definitionOptions(unit, workspace, workspace);
            const baseOptions = definitionOptions(unit, worktree, workspace);
            try {
                if (!(0,external_node_fs_.existsSync)(baseOptions.dockerfile) || !(0,external_node_fs_.existsSync)(baseOptions.contextDir)) {
                    out.push({
                        name: unit.name,
                        file: unit.file,
                        outcome: 'new',
                        summary: `builds ${unit.name} for the first time: its Dockerfile is new`,
                        details: [],
                    });
                    continue;
                }
                const [before, after] = [await (0,compute_build_definition/* computeBuildDefinition */.N)(baseOptions), await (0,compute_build_definition/* computeBuildDefinition */.N)(headOptions)];
                const explanation = (0,explain/* explainDifference */.L)(before.manifest, after.manifest);
                out.push({
                    name: unit.name,
                    file: unit.file,
                    outcome: explanation.same ? 'same' : 'rebuilds',
                    summary: explanation.same
                        ? `${unit.name}: same build definition (${after.tag}), nothing to rebuild`
                        : `rebuilds ${unit.name}: ${explanation.summary.replace(/^Rebuilt because /, '').replace(/\.$/, '')}`,
                    details: explanation.details,
                });
            }
            catch (error) {
                out.push({
                    name: unit.name,
                    file: unit.file,
                    outcome: 'unknown',
                    summary: `${unit.name}: cannot tell (${(0,errors/* errorMessage */.gJ)(error)})`,
                    details: [],
                });
            }
        }
        return out;
    }
    finally {
        await git.run(['worktree', 'remove', '--force', worktree]).catch(() => undefined);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        await git.run(['worktree', 'prune']).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/plan/images-file.ts
var images_file = __webpack_require__(2756);
// EXTERNAL MODULE: ./src/spec/spec-build.ts
var spec_build = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/spec/load-spec.ts + 7 modules
var load_spec = __webpack_require__(5868);
;// CONCATENATED MODULE: ./src/validate/sources.ts
/**
 * Where validate's Dockerfiles come from. A source claims files by name and turns one into units:
 * Dockerfile text plus its origin (the file findings point at, and how its lines map), the build
 * it belongs to, and what hashing it needs: plain Dockerfiles, `images.yaml` entries, and image
 * specs rendered to Dockerfiles.
 */







const IGNORE_FILE = /\.dockerignore$/;
function emptyBuild() {
    return { buildArgs: {}, target: '', platforms: [], secrets: [], labels: {} };
}
function relativeTo(workspace, absolute) {
    return external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/');
}
/** Dockerfiles by name: `Dockerfile`, `Dockerfile.<x>`, `<x>.Dockerfile` (ignore files excepted). */
const dockerfileSource = {
    kind: 'dockerfile',
    globs: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'],
    claims: (relative) => !IGNORE_FILE.test(relative),
    load: ({ absolute, relative, text }) => ({
        units: [
            {
                file: relative,
                kind: 'dockerfile',
                name: external_node_path_default().basename(external_node_path_default().dirname(absolute)) || relative,
                text,
                dockerfile: absolute,
                context: external_node_path_default().dirname(absolute),
                build: emptyBuild(),
                hashable: true,
            },
        ],
        findings: [],
    }),
};
/** `images.yaml` of `plan`: each entry's Dockerfile with the entry's build args, target and platforms. */
const imagesFileSource = {
    kind: 'images-file',
    globs: ['**/images.yaml', '**/images.yml'],
    claims: (relative) => /(^|\/)images\.ya?ml$/.test(relative),
    load: ({ absolute, relative, text }, workspace) => {
        let entries;
        try {
            entries = (0,images_file/* parseImagesFile */.yy)(text, external_node_path_default().dirname(absolute), workspace, relative);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input 'file': /, ''))] };
        }
        const units = [];
        const findings = [];
        for (const entry of entries) {
            let dockerfileText;
            try {
                dockerfileText = (0,external_node_fs_.readFileSync)(entry.dockerfile, 'utf8');
            }
            catch (error) {
                findings.push(definitionFinding(relative, `entry '${entry.name}': cannot read its Dockerfile ${relativeTo(workspace, entry.dockerfile)} (${error.code ?? 'error'})`));
                continue;
            }
            units.push({
                file: relativeTo(workspace, entry.dockerfile),
                kind: 'images-file',
                definitionFile: relative,
                name: entry.name,
                text: dockerfileText,
                dockerfile: entry.dockerfile,
                context: entry.context,
                build: {
                    buildArgs: entry.buildArgs,
                    target: entry.target,
                    platforms: entry.platforms,
                    image: entry.image,
                    secrets: entry.secrets,
                    labels: entry.labels,
                },
                hashable: true,
            });
        }
        return { units, findings };
    },
};
/**
 * Image specs (`image.yaml`, `<name>.image.yaml`): the Dockerfile they render to, with every finding
 * mapped back to the spec line and field it came from. An opaque `dockerfile:` spec is validated as
 * that Dockerfile. A spec that cannot be rendered is one finding per problem, on its line.
 */
const specSource = {
    kind: 'spec',
    globs: ['**/image.yaml', '**/image.yml', '**/*.image.yaml', '**/*.image.yml'],
    claims: (relative) => /(^|\/)([^/]+\.)?image\.ya?ml$/.test(relative),
    load: ({ absolute, relative }, workspace) => {
        let spec;
        try {
            spec = (0,spec_build/* specAsDockerfile */.y)(relative, { workspace });
        }
        catch (error) {
            if (error instanceof load_spec/* SpecInputError */.E) {
                return {
                    units: [],
                    findings: error.problems.map((problem) => definitionFinding(relative, `${problem.field}: ${problem.message}`, problem.line)),
                };
            }
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input '[^']*': /, ''))] };
        }
        const order = RULES_BY_ID.get('SpecLayerOrder');
        const findings = spec.warnings.map((warning) => ({
            file: relative,
            rule: order.id,
            severity: order.severity,
            line: warning.line ?? 1,
            message: `${warning.field}: ${warning.message}`,
            fix: order.fix,
            docs: order.docs,
        }));
        const opaque = spec.dockerfilePath;
        const unit = {
            file: opaque ? relativeTo(workspace, opaque) : relative,
            ...(opaque ? {} : { mapLine: (line) => spec.origin.lines[line - 1]?.line ?? 1 }),
            kind: 'spec',
            ...(opaque ? { definitionFile: relative } : {}),
            name: external_node_path_default().basename(external_node_path_default().dirname(absolute)) || relative,
            text: spec.dockerfile,
            dockerfile: opaque ?? absolute,
            context: spec.contextDir,
            build: { ...emptyBuild(), platforms: spec.loaded.spec.platforms },
            // A rendered spec is hashed from a staged context (the hash action's `spec` input), not from files on disk.
            hashable: Boolean(opaque),
        };
        return { units: [unit], findings };
    },
};
function definitionFinding(file, message, line = 1) {
    const rule = RULES_BY_ID.get('ImageDefinitionInvalid');
    return { file, rule: rule.id, severity: rule.severity, line, message: message.trim(), fix: rule.fix, docs: rule.docs };
}
/** Every source, most specific first: the first that claims a file reads it. */
const DEFINITION_SOURCES = [imagesFileSource, specSource, dockerfileSource];
/** The globs `files` means when left empty. */
function defaultGlobs(sources = DEFINITION_SOURCES) {
    return sources.flatMap((source) => source.globs);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/glob.ts
/**
 * Path globs compiled once to regular expressions, for matching thousands of paths: `*` and `?`
 * within a segment, `**` across segments (zero or more), `[\u2026]` classes, `{a,b}` alternatives.
 * As in shells (and node's path.matchesGlob), a segment starting with `.` is matched only by a
 * pattern segment that starts with `.`. Paths are `/`-separated. Pure.
 */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*') {
            while (segment[i + 1] === '*')
                i++;
            out += i === 0 || out === '' ? '(?!\\.)[^/]*' : '[^/]*';
        }
        else if (ch === '?')
            out += out === '' ? '(?!\\.)[^/]' : '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end === -1)
                out += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                out += `[${body}]`;
                i = end;
            }
        }
        else if (ch === '{') {
            const end = segment.indexOf('}', i);
            if (end === -1)
                out += '\\{';
            else {
                out += `(?:${segment
                    .slice(i + 1, end)
                    .split(',')
                    .map((alternative) => segmentSource(alternative).replace(/^\(\?!\\\.\)/, ''))
                    .join('|')})`;
                i = end;
            }
        }
        else
            out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
function globToRegExp(glob) {
    const segments = glob.replace(/^\.\//, '').split('/');
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**')
            source += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
        else
            source += segmentSource(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
/** A matcher for several globs at once. */
function globMatcher(globs) {
    const expressions = globs.map(globToRegExp);
    return (path) => expressions.some((expression) => expression.test(path));
}

;// CONCATENATED MODULE: ./src/core/lint/config.ts
/**
 * validate's config file (the `config` input): a default profile, severity overrides, and
 * per-file profiles and overrides by glob. Checked with a JSON Schema (ajv); every mistake comes
 * back with its line, so the user can find it.
 *
 * ```yaml
 * profile: databricks            # default profile (else the `profile` input)
 * rules:                         # for every file: error | warning | info | off
 *   DL3008: off
 *   SC2086: info
 * files:                         # later entries win over earlier ones
 *   - match: images/dataworks/** # globs, relative to the workspace (one or a list)
 *     profile: dataworks
 *     rules: { DL3059: off }
 * ```
 */





const SETTING = { enum: ['error', 'warning', 'info', 'off'] };
const rules = { type: 'object', additionalProperties: SETTING };
const configSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        profile: { enum: [...PROFILE_NAMES] },
        rules,
        files: {
            type: 'array',
            items: {
                type: 'object',
                required: ['match'],
                additionalProperties: false,
                properties: {
                    match: {
                        oneOf: [
                            { type: 'string', minLength: 1 },
                            { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                        ],
                    },
                    profile: { enum: [...PROFILE_NAMES] },
                    rules,
                },
            },
        },
    },
};
const validateSchema = new ajv.Ajv({ allErrors: true, strict: true }).compile(configSchema);
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('; '));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/** Parses and checks a config file; throws ConfigError with `line N: \u2026` problems. */
function parseConfig(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
    if (document.errors.length > 0)
        throw new ConfigError(document.errors.map((e) => `line ${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`));
    const value = (document.toJS() ?? {});
    const nodeLine = (pointer) => {
        const keys = pointer
            .split('/')
            .slice(1)
            .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        const node = document.getIn(keys, true);
        return lineOf((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined);
    };
    const problems = [];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(['line 1: the config must be a mapping (profile, rules, files)']);
    if (!validateSchema(value)) {
        for (const error of validateSchema.errors ?? []) {
            if (error.keyword === 'oneOf')
                continue;
            const where = error.instancePath || '/';
            let detail = error.message ?? 'is invalid';
            if (error.keyword === 'additionalProperties')
                detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
            if (error.keyword === 'enum')
                detail = `must be one of: ${error.params.allowedValues.join(', ')}`;
            const line = error.keyword === 'additionalProperties'
                ? nodeLine(`${error.instancePath}/${String(error.params.additionalProperty)}`)
                : nodeLine(error.instancePath);
            problems.push(`line ${line}: ${where} ${detail}`);
        }
    }
    const raw = value;
    const checkRules = (record, pointer) => {
        for (const id of Object.keys(record ?? {})) {
            if (!isKnownRule(id))
                problems.push(`line ${nodeLine(`${pointer}/${id}`)}: unknown rule '${id}' (see the rules table in the README)`);
        }
    };
    checkRules(raw.rules, '/rules');
    (raw.files ?? []).forEach((entry, i) => checkRules(entry?.rules, `/files/${i}/rules`));
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    return {
        ...(raw.profile ? { profile: raw.profile } : {}),
        rules: { ...raw.rules },
        files: (raw.files ?? []).map((entry) => ({
            match: Array.isArray(entry.match) ? entry.match : [entry.match],
            ...(entry.profile ? { profile: entry.profile } : {}),
            rules: { ...entry.rules },
        })),
    };
}
const COMPILED = new Map();
function compiled(glob) {
    let expression = COMPILED.get(glob);
    if (!expression)
        COMPILED.set(glob, (expression = globToRegExp(glob)));
    return expression;
}
/** The profile and overrides for one file (workspace-relative, `/`-separated): input, then config, then matching entries in order. */
function settingsFor(config, file, defaultProfile) {
    let profile = config?.profile ?? defaultProfile;
    const overrides = { ...config?.rules };
    for (const entry of config?.files ?? []) {
        if (!entry.match.some((glob) => compiled(glob).test(file)))
            continue;
        if (entry.profile)
            profile = entry.profile;
        Object.assign(overrides, entry.rules);
    }
    return { profile, overrides };
}

;// CONCATENATED MODULE: ./src/core/lint/shell-scripts.ts

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ksh']);
/** The shell a stage's RUN lines use at each point: `sh` unless SHELL says otherwise; undefined for a non-POSIX one. */
function shellAt(stage, index, inherited) {
    let shell = inherited;
    for (const instruction of stage.instructions) {
        if (instruction.index >= index)
            break;
        if (instruction.keyword === 'SHELL') {
            const name = (instruction.json?.[0] ?? '').split('/').pop() ?? '';
            shell = POSIX_SHELLS.has(name) ? name : undefined;
        }
    }
    return shell;
}
function shellScriptFiles(syntax, baseStage) {
    // ShellCheck reads a backslash continuation; a backquote escape (Windows Dockerfiles) it cannot.
    if (syntax.escape !== '\\')
        return [];
    const finalShell = new Map();
    const files = [];
    for (const stage of syntax.stages) {
        const parent = baseStage(stage);
        const inherited = parent ? finalShell.get(parent.index) : 'sh';
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'RUN')
                continue;
            const shell = shellAt(stage, instruction.index, inherited);
            const script = runScriptText(instruction);
            if (!shell || !script || script.text.trim() === '')
                continue;
            const isHeredoc = instruction.heredocs.length > 0;
            const lines = script.text.split('\n').map((line, i) => {
                if (isHeredoc || i === 0)
                    return line;
                const trimmed = line.trim();
                return trimmed === '' || trimmed.startsWith('#') ? '\\' : line;
            });
            const ownShebang = isHeredoc && (lines[0] ?? '').startsWith('#!');
            files.push({
                content: ownShebang ? `${lines.join('\n')}\n` : `#!/bin/${shell}\n${lines.join('\n')}\n`,
                offset: ownShebang ? script.line - 1 : script.line - 2,
            });
        }
        finalShell.set(stage.index, shellAt(stage, Infinity, inherited));
    }
    return files;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/validate/discovery.ts
/**
 * Which files validate reads: the workspace's files as git lists them (tracked and untracked,
 * .gitignore honoured; a plain folder walk outside git), matched against the `files` globs; and
 * which of them a pull request changes (against the merge base of the PR's base commit).
 */





const WALK_SKIP = new Set(['.git', 'node_modules']);
/** Every file of the workspace, relative and `/`-separated, sorted. */
async function workspaceFiles(workspace, git) {
    if (git) {
        try {
            const out = await git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
            // A file deleted in the working tree (or a submodule) is still listed: reading it says so.
            const files = [...new Set(out.split('\0').filter((f) => f !== ''))];
            return { files: files.sort(), listedBy: 'git' };
        }
        catch {
            // not a git checkout: walk it
        }
    }
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (WALK_SKIP.has(entry.name))
                continue;
            const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                walk(external_node_path_default().join(dir, entry.name), relative);
            else if (entry.isFile())
                files.push(relative);
        }
    };
    walk(workspace, '');
    return { files: files.sort(), listedBy: 'walk' };
}
/**
 * The files the globs select (`!glob` lines take files out again). Globs the user gave must each
 * match something: a typo would otherwise validate nothing and pass.
 */
function selectFiles(files, globs, explicit) {
    const include = globs.filter((g) => !g.startsWith('!'));
    const excluded = globMatcher(globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
    const selected = new Set();
    for (const glob of include) {
        const expression = globToRegExp(glob);
        const matched = files.filter((file) => expression.test(file));
        if (explicit && matched.length === 0)
            throw new errors/* InputError */.dz('files', `'${glob}' matches no file in the workspace`, 'Fix the glob (paths are relative to the workspace, e.g. images/**/Dockerfile)');
        for (const file of matched)
            selected.add(file);
    }
    return [...selected].filter((file) => !excluded(file)).sort();
}
/** The file as text (undefined when it is gone); a binary file (NUL bytes, not UTF-8) is an input error naming it. */
function readTextFile(absolute, relative) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        // Listed by git but gone from the working tree, or a submodule's folder: nothing to validate.
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR')
            return undefined;
        throw new errors/* InputError */.dz('files', `cannot read '${relative}' (${code ?? 'error'})`, 'Make it readable, or leave it out of files');
    }
    const binary = () => new errors/* InputError */.dz('files', `'${relative}' is not a text file (it looks binary)`, 'Leave it out of files (a `!path` line excludes it)');
    if (text.includes('\0'))
        throw binary();
    // Decoding replaced invalid UTF-8 with U+FFFD; only then are the bytes worth a second look.
    if (text.includes('\uFFFD') && !(0,external_node_buffer_.isUtf8)((0,external_node_fs_.readFileSync)(absolute)))
        throw binary();
    return text;
}
/**
 * Files that differ between the merge base of `base` and the working tree, plus untracked ones.
 * A base commit missing from a shallow clone is fetched (one commit). Undefined when git cannot
 * tell: the caller then validates everything, never less.
 */
async function changedFiles(git, base) {
    const has = async (rev) => git.run(['cat-file', '-e', `${rev}^{commit}`]).then(() => true, () => false);
    if (!(await has(base))) {
        await git.run(['fetch', '--no-tags', '--depth=1', 'origin', base]).catch(() => undefined);
        if (!(await has(base)))
            return undefined;
    }
    const mergeBase = (await git.run(['merge-base', base, 'HEAD']).catch(() => base)).trim() || base;
    try {
        const diff = await git.run(['diff', '--name-only', '-z', '--no-renames', mergeBase]);
        const untracked = await git.run(['ls-files', '-z', '--others', '--exclude-standard']);
        return { base: mergeBase, files: new Set([...diff.split('\0'), ...untracked.split('\0')].filter((f) => f !== '')) };
    }
    catch {
        return undefined;
    }
}
/** Whether a unit is touched: its file, its Dockerfile, or anything in its context changed. */
function touches(changed, unit) {
    if (changed.has(unit.file) || changed.has(unit.dockerfileRelative) || (unit.origin !== undefined && changed.has(unit.origin)))
        return true;
    const prefix = unit.contextRelative === '' || unit.contextRelative === '.' ? '' : `${unit.contextRelative}/`;
    for (const file of changed)
        if (prefix === '' || file.startsWith(prefix))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/core/dockerignore/ignore-file.ts
var ignore_file = __webpack_require__(3081);
;// CONCATENATED MODULE: ./src/validate/context-facts.ts
/**
 * What the rules need to know about a build context on disk: the ignore file Docker would use (its
 * patterns, for CopyIgnoredFile) and, when there is none, whether `.git` is in it and how big it
 * is (counting stops past the limit: only "over 100 MB" matters).
 */



const SIZE_LIMIT = 100 * 1024 * 1024;
/** Ignore files read, by content (a repository repeats a few). */
const PATTERNS = new Map();
const ENTRY_LIMIT = 200_000;
function contextBytes(dir) {
    let bytes = 0;
    let entries = 0;
    const stack = [dir];
    while (stack.length > 0 && bytes <= SIZE_LIMIT && entries < ENTRY_LIMIT) {
        const current = stack.pop();
        let list;
        try {
            list = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of list) {
            entries++;
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory())
                stack.push(full);
            else if (entry.isFile()) {
                try {
                    bytes += (0,external_node_fs_.lstatSync)(full).size;
                }
                catch {
                    // gone: nothing to send
                }
            }
        }
    }
    return bytes;
}
/**
 * `isFile` answers from the workspace listing when the caller has one (no system call per
 * candidate); without it the file system is asked.
 */
function contextFacts(contextDir, dockerfile, isFile = (file) => {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}) {
    for (const candidate of (0,ignore_file/* ignoreFileCandidates */.P)(contextDir, dockerfile)) {
        if (!isFile(candidate.file))
            continue;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(candidate.file, 'utf8');
        }
        catch {
            continue;
        }
        let patterns = PATTERNS.get(text);
        if (!patterns) {
            if (PATTERNS.size > 1000)
                PATTERNS.clear();
            PATTERNS.set(text, (patterns = (0,ignore_file/* readIgnorePatterns */.g)(text)));
        }
        return { facts: { hasIgnoreFile: true, hasGit: false, bytes: 0 }, ignorePatterns: patterns };
    }
    let hasGit;
    try {
        (0,external_node_fs_.lstatSync)(external_node_path_default().join(contextDir, '.git'));
        hasGit = true;
    }
    catch {
        hasGit = false;
    }
    return { facts: { hasIgnoreFile: false, hasGit, bytes: contextBytes(contextDir) }, ignorePatterns: null };
}

// EXTERNAL MODULE: ./src/core/platforms.ts
var platforms = __webpack_require__(9187);
;// CONCATENATED MODULE: ./src/validate/image-facts.ts


function withTimeout(work, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
    });
    return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
async function lookUpImages(client, references, platform, options = {}) {
    const facts = new Map();
    const queue = [...new Set(references)].filter((ref) => {
        try {
            (0,image_ref/* parseImageRef */.Q)(ref);
            return true;
        }
        catch {
            return false;
        }
    });
    const oci = (0,platforms/* parsePlatform */.Y8)(platform);
    const worker = async () => {
        for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
            const image = ref;
            const found = await withTimeout((async () => {
                const [digest, config] = await Promise.all([
                    (0,image_ref/* parseImageRef */.Q)(image).digest ? Promise.resolve(undefined) : client.resolveDigest(image).catch(() => undefined),
                    client.imageConfig(image, oci).catch(() => undefined),
                ]);
                const env = config?.config?.Env;
                return {
                    ...(digest ? { digest } : {}),
                    ...(Array.isArray(env) ? { env: env.filter((e) => typeof e === 'string') } : {}),
                };
            })(), options.timeoutMs ?? 10_000);
            if (found && (found.digest || found.env))
                facts.set(image, found);
        }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
    return facts;
}

;// CONCATENATED MODULE: ./src/validate/shellcheck.ts
/**
 * ShellCheck on RUN scripts, as hadolint runs it, through the one exec seam: every script of
 * every Dockerfile is written to a scratch folder and checked in a few `shellcheck --format=json1`
 * runs; each comment comes back as a finding on the Dockerfile line it is about. Without
 * shellcheck installed this reports that and checks nothing.
 */






/** Codes that only say what a lone script cannot know: files it sources, variables ARG and ENV set. */
const SHELLCHECK_EXCLUDED = ['SC1090', 'SC1091', 'SC2154'];
const BATCH = 200;
const LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'info' };
/** Checks the scripts of several Dockerfiles (made only when shellcheck is there); `findings[i]` belongs to `scripts[i]`. */
async function runShellcheck(runner, scriptsOf) {
    const rule = RULES_BY_ID.get('ShellCheck');
    // Ask first: without shellcheck there is no point writing the scripts out.
    try {
        await runner.run('shellcheck', ['--version'], { quiet: true });
    }
    catch (error) {
        if (error instanceof exec/* CommandNotFoundError */.v$)
            return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
        throw error;
    }
    const scripts = typeof scriptsOf === 'function' ? scriptsOf() : scriptsOf;
    const findings = scripts.map(() => []);
    const files = [];
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'image-actions-shellcheck-'));
    try {
        scripts.forEach((list, owner) => list.forEach((script) => {
            const name = external_node_path_default().join(scratch, `${files.length}.sh`);
            (0,external_node_fs_.writeFileSync)(name, script.content);
            files.push({ name, owner, script });
        }));
        const byName = new Map(files.map((f) => [f.name, f]));
        for (let start = 0; start < files.length; start += BATCH) {
            const batch = files.slice(start, start + BATCH).map((f) => f.name);
            let result;
            try {
                result = await runner.run('shellcheck', ['--format=json1', '--norc', `--exclude=${SHELLCHECK_EXCLUDED.join(',')}`, ...batch], {
                    quiet: true,
                });
            }
            catch (error) {
                if (error instanceof exec/* CommandNotFoundError */.v$)
                    return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
                throw error;
            }
            // 0: clean, 1: comments; anything else is shellcheck failing.
            if (result.exitCode !== 0 && result.exitCode !== 1)
                throw new errors/* StepError */.zg(`shellcheck failed (exit code ${result.exitCode}): ${result.output.trim().split('\n').slice(-3).join(' ')}`);
            const parsed = JSON.parse(result.stdout || '{"comments":[]}');
            for (const comment of parsed.comments) {
                const file = byName.get(comment.file);
                if (!file)
                    continue;
                const code = `SC${comment.code}`;
                findings[file.owner]?.push({
                    rule: code,
                    severity: LEVELS[comment.level] ?? 'info',
                    line: comment.line + file.script.offset,
                    ...(comment.endLine !== comment.line ? { endLine: comment.endLine + file.script.offset } : {}),
                    message: `${code}: ${comment.message}`,
                    fix: rule.fix,
                    docs: `https://www.shellcheck.net/wiki/${code}`,
                });
            }
        }
        return { ran: true, findings };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/validate/validate-files.ts
/**
 * validate from files to findings: list the workspace, pick the files the globs name, let each
 * definition source turn its files into Dockerfile units, keep the units a pull request touches,
 * gather what the rules need from disk and the registry, lint (core/lint), run ShellCheck over the
 * RUN scripts, and map every finding back to the file and line it is about. No GitHub here.
 */











/** Reads every selected file through the first source that claims it. */
function loadUnits(workspace, files, sources) {
    const units = [];
    const findings = [];
    for (const relative of files) {
        const source = sources.find((s) => s.claims(relative));
        if (!source)
            continue;
        const absolute = external_node_path_default().join(workspace, relative);
        const text = readTextFile(absolute, relative);
        if (text === undefined)
            continue;
        const loaded = source.load({ absolute, relative, text }, workspace);
        units.push(...loaded.units);
        findings.push(...loaded.findings);
    }
    // A Dockerfile an image definition names is validated with that definition's build (args, target,
    // platforms), not a second time on its own.
    const defined = new Set(units.filter((u) => u.definitionFile).map((u) => u.dockerfile));
    return { units: units.filter((u) => u.definitionFile || !defined.has(u.dockerfile)), findings };
}
function settingsOf(unit, request, facts, isFile) {
    const { profile, overrides } = settingsFor(request.config, unit.file, request.profile);
    const { facts: context, ignorePatterns } = contextFacts(unit.context, unit.dockerfile, isFile);
    return { profile, overrides, build: unit.build, ignorePatterns, context, images: facts };
}
async function validateFiles(request, seams) {
    const sources = seams.sources ?? DEFINITION_SOURCES;
    const { files: all, listedBy } = await workspaceFiles(request.workspace, seams.git);
    const files = selectFiles(all, request.globs, request.explicit);
    const loaded = loadUnits(request.workspace, files, sources);
    const changed = request.base && seams.git ? await changedFiles(seams.git, request.base) : undefined;
    const isTouched = (unit) => !changed ||
        touches(changed.files, {
            file: unit.file,
            dockerfileRelative: relativeTo(request.workspace, unit.dockerfile),
            contextRelative: relativeTo(request.workspace, unit.context),
            ...(unit.definitionFile ? { origin: unit.definitionFile } : {}),
        });
    const units = request.changedOnly ? loaded.units.filter(isTouched) : loaded.units;
    const unchanged = request.changedOnly ? loaded.units.filter((u) => !isTouched(u)) : [];
    const syntaxes = units.map((unit) => (0,dockerfile_syntax/* parseDockerfile */.Ai)(unit.text));
    const facts = seams.registry
        ? await lookUpImages(seams.registry, syntaxes.flatMap((s) => externalBases(s)), DEFAULT_PLATFORM)
        : new Map();
    // Ignore files are looked up in the workspace listing: no system call for the ones that are not there.
    const listed = new Set(all.map((file) => external_node_path_default().join(request.workspace, file)));
    const isFile = (file) => listed.has(file);
    const settings = units.map((unit) => settingsOf(unit, request, facts, isFile));
    const results = syntaxes.map((syntax, i) => lintSyntax(syntax, settings[i]));
    const scripts = () => results.map((result, i) => {
        if (!shellcheckEnabled(settings[i]))
            return [];
        const ctx = new LintContext(result.syntax, settings[i], () => undefined);
        return shellScriptFiles(result.syntax, (stage) => ctx.baseStage(stage));
    });
    const shellcheck = results.some((r) => r.syntax.instructions.some((i) => i.keyword === 'RUN'))
        ? await runShellcheck(seams.runner, scripts)
        : { ran: true, findings: results.map(() => []) };
    const findings = [...loaded.findings];
    const seen = new Set();
    results.forEach((result, i) => {
        const unit = units[i];
        const extra = shellcheck.ran ? (shellcheck.findings[i] ?? []) : [];
        for (const finding of finalizeFindings(result, extra, settings[i])) {
            const line = unit.mapLine ? unit.mapLine(finding.line) : finding.line;
            const endLine = finding.endLine && unit.mapLine ? unit.mapLine(finding.endLine) : finding.endLine;
            const key = `${unit.file}:${line}:${finding.rule}:${finding.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push({ ...finding, line, ...(endLine ? { endLine } : {}), file: unit.file });
        }
    });
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return {
        units,
        findings,
        files,
        listedBy,
        unchanged,
        touched: changed ? loaded.units.filter(isTouched) : [],
        ...(changed ? { changed } : {}),
        shellcheck: shellcheck.ran ? { ran: true } : { ran: false, reason: shellcheck.reason },
    };
}

// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/actions/validate/inputs.ts








function readAuto(name) {
    const value = (0,inputs/* readString */.E3)(name).toLowerCase();
    if (value === '' || value === 'auto')
        return 'auto';
    return (0,inputs/* readBoolean */.Vf)(name);
}
function readConfig() {
    const value = (0,inputs/* readOptional */.T9)('config');
    if (!value)
        return undefined;
    const file = (0,runtime_workspace/* resolveInWorkspace */.z1)('config', value);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz('config', `cannot read '${value}' (${error.code ?? 'error'})`, 'Give the path of the config file, relative to the workspace');
    }
    try {
        return parseConfig(text);
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        throw new errors/* InputError */.dz('config', `${value} is not valid: ${error.problems.join('; ')}`, 'Fix the lines named (see the config format in the README)');
    }
}
function readValidateInputs() {
    // The runner expands `${{ github.token }}`; from a terminal or a test harness the default arrives as written.
    const tokenInput = (0,inputs/* readString */.E3)('github-token');
    const githubToken = tokenInput.includes('${{') ? (process.env.GITHUB_TOKEN ?? '') : tokenInput;
    if (githubToken)
        actions_core/* setSecret */.Pq(githubToken);
    const sarif = (0,inputs/* readOptional */.T9)('sarif-file');
    return {
        files: (0,inputs/* readLines */.Se)('files').flatMap((line) => (line.startsWith('!') ? [line] : readListOf(line))),
        changedOnly: readAuto('changed-only'),
        base: (0,inputs/* readOptional */.T9)('base'),
        profile: (0,inputs/* readChoice */.Kf)('profile', PROFILE_NAMES),
        config: readConfig(),
        failOn: (0,inputs/* readChoice */.Kf)('fail-on', ['error', 'warning', 'info', 'never']),
        sarifFile: sarif ? (0,runtime_workspace/* resolveInWorkspace */.z1)('sarif-file', sarif, external_node_path_default().resolve((0,runtime_workspace/* workspaceRoot */.oS)())) : undefined,
        comment: readAuto('comment'),
        githubToken,
        resolveImages: (0,inputs/* readBoolean */.Vf)('resolve-images'),
        insecureRegistries: (0,inputs/* readList */.LD)('insecure-registries'),
        explain: (0,inputs/* readBoolean */.Vf)('explain'),
    };
}
/** A line of `files` may hold several globs separated by commas. */
function readListOf(line) {
    return line
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/actions/validate/summary.ts

const ICON = { error: '\u274c', warning: '\u26a0\ufe0f', info: '\u2139\ufe0f' };
const COMMENT_ROWS = 50;
function countsLine(counts) {
    return `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`;
}
function where(finding) {
    return `${finding.file}:${finding.line}`;
}
/** The job summary: counts, what was validated, every finding with its fix, and why images rebuild. */
async function writeValidateSummary(report) {
    await (0,github_summary/* writeSummary */.Sy)('Validate', [
        ['Findings', `${countsLine(report.counts)} (fails on: ${(0,github_summary/* escapeHtml */.ZD)(report.failOn)})`],
        [
            'Validated',
            `${report.units} Dockerfile${report.units === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'}${report.unchanged > 0 ? `; ${report.unchanged} left out (the pull request does not touch them)` : ''}`,
        ],
        ['ShellCheck', report.shellcheck ? (0,github_summary/* escapeHtml */.ZD)(report.shellcheck) : 'ran on every RUN script'],
    ], (summary) => {
        if (report.findings.length > 0) {
            summary.addTable((0,github_summary/* table */.tp)(['Rule', 'Where', 'Message', 'Fix'], report.findings.map((f) => [
                `${ICON[f.severity]} <a href="${(0,github_summary/* escapeHtml */.ZD)(f.docs)}">${(0,github_summary/* escapeHtml */.ZD)(f.rule)}</a>`,
                (0,github_summary/* code */.aY)(where(f)),
                (0,github_summary/* escapeHtml */.ZD)(f.message),
                (0,github_summary/* escapeHtml */.ZD)(f.fix),
            ])));
        }
        else {
            summary.addRaw('<p>No findings.</p>', true);
        }
        if (report.rebuilds.length > 0) {
            summary.addHeading('Why this pull request rebuilds', 4);
            summary.addList(report.rebuilds.map((r) => (0,github_summary/* escapeHtml */.ZD)(r.summary)));
        }
    });
}
/** Markdown cell text: no pipes or line breaks. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The pull-request comment: the same report, Markdown, capped in length. */
function commentBody(report, marker, runUrl) {
    const lines = [marker, '### image-actions validate', ''];
    if (report.findings.length === 0) {
        lines.push(`\u2705 No findings in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`);
    }
    else {
        lines.push(`**${countsLine(report.counts)}** in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`, '');
        lines.push('| | Rule | Where | Message | Fix |', '|---|---|---|---|---|');
        for (const f of report.findings.slice(0, COMMENT_ROWS)) {
            lines.push(`| ${ICON[f.severity]} | [${cell(f.rule)}](${f.docs}) | \`${cell(where(f))}\` | ${cell(f.message)} | ${cell(f.fix)} |`);
        }
        if (report.findings.length > COMMENT_ROWS)
            lines.push('', `\u2026 and ${report.findings.length - COMMENT_ROWS} more${runUrl ? ` in the [job summary](${runUrl})` : ''}.`);
    }
    if (report.rebuilds.length > 0) {
        lines.push('', '#### Why this pull request rebuilds', '');
        for (const rebuild of report.rebuilds)
            lines.push(`- ${cell(rebuild.summary)}`);
    }
    if (runUrl)
        lines.push('', `<sub>[run](${runUrl})</sub>`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/actions/validate/main.ts



















const PACKAGE_VERSION = '0.1.0';
const SEVERITIES = ['error', 'warning', 'info'];
/** The pull request the event is about, and its base commit. */
function pullRequestOf(event) {
    const payload = event;
    const number = payload?.pull_request?.number;
    const owner = payload?.repository?.owner?.login;
    const repo = payload?.repository?.name;
    if (typeof number !== 'number' || !owner || !repo)
        return undefined;
    return { pr: { owner, repo, number }, baseSha: payload?.pull_request?.base?.sha };
}
function failingCount(counts, failOn) {
    if (failOn === 'never')
        return 0;
    return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).reduce((sum, severity) => sum + counts[severity], 0);
}
async function run(seams = {}) {
    const { runner = new exec/* SpawnRunner */.yL(), registry = (insecure) => (0,login.makeRegistryClient)(undefined, insecure), github = (token, baseUrl) => commentClient({ token, baseUrl }), sources = DEFINITION_SOURCES, } = seams;
    await (0,run_action/* runAction */.Cs)(async () => {
        const inputs = readValidateInputs();
        const workspace = (0,runtime_workspace/* workspaceRoot */.oS)();
        const { context, problem } = (0,run_context/* readRunContext */.$)();
        if (problem)
            actions_core/* warning */.$e(problem);
        const onPullRequest = (0,run_event/* isPullRequestEvent */.T5)(context.eventName);
        const pull = onPullRequest ? pullRequestOf(context.event) : undefined;
        const base = inputs.base ?? pull?.baseSha;
        let changedOnly = inputs.changedOnly === 'auto' ? onPullRequest : inputs.changedOnly;
        if (changedOnly && !base) {
            if (inputs.changedOnly === true)
                throw new errors/* InputError */.dz('changed-only', 'there is no base commit to compare with', "Run it on pull_request, or set base (e.g. 'origin/main')");
            changedOnly = false;
        }
        const explicit = inputs.files.length > 0;
        const git = (0,git_command/* gitRunner */.XZ)(workspace, runner);
        const { value: outcome, ms } = await (0,run_action/* timedGroup */.RD)('Validate Dockerfiles', async () => {
            const result = await validateFiles({
                workspace,
                globs: explicit ? inputs.files : defaultGlobs(sources),
                explicit,
                profile: inputs.profile,
                ...(inputs.config ? { config: inputs.config } : {}),
                changedOnly,
                ...(base ? { base } : {}),
            }, { runner, git, sources, ...(inputs.resolveImages ? { registry: registry(inputs.insecureRegistries) } : {}) });
            actions_core/* info */.pq(`Files: ${result.files.length} selected (${result.listedBy === 'git' ? 'git ls-files, .gitignore honoured' : 'folder walk'}); Dockerfiles: ${result.units.length}`);
            if (base && !result.changed)
                actions_core/* warning */.$e(`Cannot compare with ${base} (not fetched?): every selected Dockerfile is validated`);
            if (result.unchanged.length > 0)
                actions_core/* info */.pq(`Left out (the pull request does not touch them): ${result.unchanged.map((u) => u.file).join(', ')}`);
            if (!result.shellcheck.ran)
                actions_core/* info */.pq(`ShellCheck: ${result.shellcheck.reason}`);
            return result;
        });
        actions_core/* info */.pq(`Validated in ${ms} ms`);
        let rebuilds = [];
        if (inputs.explain && outcome.changed && outcome.touched.length > 0) {
            const changedBase = outcome.changed.base;
            rebuilds = (await (0,run_action/* timedGroup */.RD)('Why this pull request rebuilds', async () => {
                const list = await explainRebuilds(outcome.touched, git, changedBase, workspace);
                for (const rebuild of list)
                    actions_core/* info */.pq(rebuild.summary);
                return list;
            })).value;
        }
        const findings = outcome.findings;
        annotate(findings);
        const counts = { error: 0, warning: 0, info: 0 };
        for (const finding of findings)
            counts[finding.severity]++;
        if (inputs.sarifFile) {
            const sarif = sarifLog(findings, {
                version: PACKAGE_VERSION,
                informationUri: (0,run_context/* sourceUrlFromEnv */.K)() || 'https://github.com/org/image-actions',
            });
            try {
                (0,atomic_file/* writeFileAtomically */.l)(inputs.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
            }
            catch (error) {
                throw new errors/* InputError */.dz('sarif-file', `cannot write '${inputs.sarifFile}' (${error.code ?? (0,errors/* errorMessage */.gJ)(error)})`, 'Give a file path in a writable folder of the workspace');
            }
            actions_core/* info */.pq(`Wrote SARIF to ${external_node_path_default().relative(workspace, inputs.sarifFile)}`);
        }
        (0,run_action/* setOutputs */.n0)({
            errors: counts.error,
            warnings: counts.warning,
            findings: JSON.stringify(findings.map(({ file, line, endLine, rule, severity, message, fix, docs }) => ({
                file,
                line,
                ...(endLine ? { endLine } : {}),
                rule,
                severity,
                message,
                fix,
                docs,
            }))),
            'sarif-file': inputs.sarifFile ?? '',
        });
        const report = {
            findings,
            counts,
            files: outcome.files.length,
            units: outcome.units.length,
            unchanged: outcome.unchanged.length,
            rebuilds,
            ...(outcome.shellcheck.ran ? {} : { shellcheck: outcome.shellcheck.reason ?? 'did not run' }),
            failOn: inputs.failOn,
        };
        await writeValidateSummary(report);
        const comment = inputs.comment === 'auto' ? onPullRequest : inputs.comment;
        if (comment) {
            if (!pull)
                actions_core/* warning */.$e('comment: this run is not about a pull request; nothing to comment on');
            else if (!inputs.githubToken)
                actions_core/* warning */.$e('comment: no github-token; the findings are in the job summary');
            else {
                const marker = `<!-- image-actions:validate ${process.env.GITHUB_WORKFLOW ?? ''}/${process.env.GITHUB_JOB ?? ''} -->`;
                const runUrl = (0,run_context/* sourceUrlFromEnv */.K)() && process.env.GITHUB_RUN_ID ? `${(0,run_context/* sourceUrlFromEnv */.K)()}/actions/runs/${process.env.GITHUB_RUN_ID}` : '';
                const octokit = github(inputs.githubToken, process.env.GITHUB_API_URL ?? '');
                const quiet = findings.length === 0 && rebuilds.length === 0;
                try {
                    const result = await upsertComment(octokit, pull.pr, marker, commentBody(report, marker, runUrl), !quiet);
                    if (result.action === 'read-only')
                        actions_core/* warning */.$e(`comment: the token may not comment on this pull request (HTTP ${result.status}; pull requests from forks get a read-only token). The findings are in the job summary.`);
                    else if (result.action === 'skipped')
                        actions_core/* info */.pq('comment: nothing to say and no earlier comment to update');
                    else
                        actions_core/* info */.pq(`comment: ${result.action} ${result.url}`);
                }
                catch (error) {
                    actions_core/* warning */.$e(`comment: could not comment on the pull request (${(0,errors/* errorMessage */.gJ)(error)}); the findings are in the job summary`);
                }
            }
        }
        actions_core/* info */.pq(`Findings: ${countsLine(counts)}`);
        const failing = failingCount(counts, inputs.failOn);
        if (failing > 0)
            actions_core/* setFailed */.C1(`${failing} finding${failing === 1 ? '' : 's'} at or above fail-on: ${inputs.failOn} (${countsLine(counts)})`);
    });
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ explainDifference)
});

// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
;// CONCATENATED MODULE: ./src/core/spec/diff.ts
function code(text) {
    return `\`${text}\``;
}
/** `pandas[parquet]==2.1.0` \u2192 name `pandas`, version `2.1.0`; other specifiers are kept as written. */
function pipPackage(spec) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
    if (!match)
        return { name: spec, version: '' };
    const name = match[1].toLowerCase().replace(/[-_.]+/g, '-');
    const rest = (match[3] ?? '').trim();
    const pinned = /^===?\s*([^,;\s]+)$/.exec(rest);
    return { name: `${name}${match[2] ?? ''}`, version: pinned ? pinned[1] : rest };
}
function aptPackage(spec) {
    const [name = spec, version = ''] = spec.split('=');
    return { name, version };
}
function packageChanges(kind, before, after, parse) {
    const a = new Map(before.map((s) => [parse(s).name, parse(s).version]));
    const b = new Map(after.map((s) => [parse(s).name, parse(s).version]));
    const lines = [];
    for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const old = a.get(name);
        const now = b.get(name);
        if (old === undefined)
            lines.push(`${kind} ${name} was added${now ? ` (${now})` : ''}`);
        else if (now === undefined)
            lines.push(`${kind} ${name} was removed`);
        else if (old !== now)
            lines.push(`${kind} ${name} changed ${old || 'any version'} \u2192 ${now || 'any version'}`);
    }
    return lines;
}
function listChanges(what, before, after) {
    return [
        ...after.filter((item) => !before.includes(item)).map((item) => `${what} ${code(item)} was added`),
        ...before.filter((item) => !after.includes(item)).map((item) => `${what} ${code(item)} was removed`),
    ];
}
function valueChange(what, before, after) {
    const show = (value) => value === undefined || value === '' ? 'none' : Array.isArray(value) ? value.join(' ') || 'none' : String(value);
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${what} changed from ${show(before)} to ${show(after)}`];
}
const ids = (layer) => {
    const mounts = (layer.secretMounts ?? layer.options?.secretMounts ?? []);
    return mounts.map((mount) => mount.id);
};
function pipOptionChanges(a, b) {
    const oa = (a.options ?? {});
    const ob = (b.options ?? {});
    return [
        ...valueChange('pip index-url', oa.indexUrl, ob.indexUrl),
        ...valueChange('pip extra-index-urls', oa.extraIndexUrls, ob.extraIndexUrls),
        ...valueChange('pip pre', oa.pre, ob.pre),
        ...valueChange('pip extra-args', oa.extraArgs, ob.extraArgs),
    ];
}
/** Differences between two layers of the same kind. */
function layerChanges(a, b) {
    const lines = listChanges('secret mount', ids(a), ids(b));
    const A = a;
    const B = b;
    switch (a.kind) {
        case 'apt':
            return [...packageChanges('apt package', A.packages, B.packages, aptPackage), ...lines];
        case 'pip':
            return [
                ...listChanges('requirements file', A.requirements, B.requirements),
                ...packageChanges('pip package', A.packages, B.packages, pipPackage),
                ...pipOptionChanges(a, b),
                ...lines,
            ];
        case 'requirements':
            return [...valueChange('requirements file', A.file, B.file), ...pipOptionChanges(a, b), ...lines];
        case 'uv-project':
            return [
                ...valueChange('uv-project pyproject', A.pyproject, B.pyproject),
                ...valueChange('uv-project lock', A.lock, B.lock),
                ...lines,
            ];
        case 'source':
            return [
                ...valueChange('source', A.src, B.src),
                ...(A.src === B.src ? valueChange(`source ${code(String(A.src))} destination`, A.dst, B.dst) : []),
            ];
        case 'env': {
            const va = A.values;
            const vb = B.values;
            const out = [];
            for (const key of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort()) {
                if (!(key in va))
                    out.push(`env ${key} was added`);
                else if (!(key in vb))
                    out.push(`env ${key} was removed`);
                else if (va[key] !== vb[key])
                    out.push(`env ${key} changed`);
            }
            return out;
        }
        case 'workdir':
            return valueChange('workdir', A.path, B.path);
        case 'commands': {
            const changed = listChanges('command', A.run, B.run);
            if (changed.length === 0 && JSON.stringify(A.run) !== JSON.stringify(B.run))
                changed.push('the order of the commands changed');
            return [...changed, ...lines];
        }
        case 'user':
            return [
                ...valueChange('user', A.name, B.name),
                ...(A.name === B.name ? valueChange(`uid of user ${String(A.name)}`, A.uid, B.uid) : []),
            ];
        default:
            return JSON.stringify(a) === JSON.stringify(b) ? [] : [`a ${a.kind} layer changed`];
    }
}
function baseWords(base) {
    switch (base.kind) {
        case 'debian-python':
            return `debian-python ${base.python}`;
        case 'dockerfile':
        case 'uv-script':
            return `${base.kind} ${base.path}`;
        default:
            return `${base.kind} ${base.image}`;
    }
}
function baseChanges(a, b) {
    if (a.kind !== b.kind)
        return [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
    if (a.kind === 'debian-python' && b.kind === 'debian-python')
        return a.python === b.python ? [] : [`Python changed ${a.python} \u2192 ${b.python}`];
    if (a.kind === 'uv-script' && b.kind === 'uv-script') {
        return [
            ...valueChange('the uv script', a.path, b.path),
            ...(a.python !== b.python ? [`Python changed ${a.python ?? '?'} \u2192 ${b.python ?? '?'}`] : []),
            ...packageChanges('script dependency', a.dependencies ?? [], b.dependencies ?? [], pipPackage),
        ];
    }
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
}
/** Longest common subsequence of layer kinds: which old layer became which new one. */
function alignLayers(a, b) {
    const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            const row = table[i];
            row[j] = a[i]?.kind === b[j]?.kind ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], row[j + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i]?.kind === b[j]?.kind)
            pairs.push([i++, j++]);
        else if (j < b.length && (i >= a.length || table[i][j + 1] >= table[i + 1][j]))
            pairs.push([undefined, j++]);
        else
            pairs.push([i++, undefined]);
    }
    return pairs;
}
/** Every difference between two specs, one line each, in the order of the spec. */
function specChanges(a, b) {
    const lines = [...baseChanges(a.base, b.base)];
    if (a.skipBuild !== b.skipBuild)
        lines.push(`skip-build is now ${String(b.skipBuild)}`);
    const kindsA = a.layers.map((l) => l.kind);
    const kindsB = b.layers.map((l) => l.kind);
    if (kindsA.join() !== kindsB.join() && [...kindsA].sort().join() === [...kindsB].sort().join()) {
        // Same layers, new order: pair them by kind and occurrence, and say so once.
        lines.push(`the layer order changed: ${kindsA.join(', ')} \u2192 ${kindsB.join(', ')}`);
        const seen = new Map();
        for (const layer of b.layers) {
            const n = seen.get(layer.kind) ?? 0;
            seen.set(layer.kind, n + 1);
            const old = a.layers.filter((l) => l.kind === layer.kind)[n];
            if (old)
                lines.push(...layerChanges(old, layer));
        }
        return lines;
    }
    for (const [i, j] of alignLayers(a.layers, b.layers)) {
        const old = i === undefined ? undefined : a.layers[i];
        const now = j === undefined ? undefined : b.layers[j];
        if (old && now)
            lines.push(...layerChanges(old, now));
        else if (now)
            lines.push(`a ${now.kind} layer was added (layers[${j}])`);
        else if (old)
            lines.push(`the ${old.kind} layer layers[${i}] was removed`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/explain.ts


const MAX_LISTED = 20;
function explain_code(text) {
    return `\`${text}\``;
}
function shortDigest(digest) {
    if (!digest)
        return 'no digest';
    const [algorithm, hex = ''] = digest.split(':');
    return `${algorithm}:${hex.slice(0, 12)}`;
}
function joinWords(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function describeEntry(entry) {
    if (entry.type === 'dir')
        return `folder ${explain_code(`${entry.path}/`)}`;
    if (entry.type === 'symlink')
        return `symlink ${explain_code(entry.path)}`;
    return explain_code(entry.path);
}
/** File-level differences; a folder added or removed as a whole is one change. */
function contextChanges(before, after) {
    const a = new Map(before.map((e) => [e.path, e]));
    const b = new Map(after.map((e) => [e.path, e]));
    const changes = [];
    const addedDirs = [];
    const removedDirs = [];
    const under = (dirs, p) => dirs.some((d) => p.startsWith(`${d}/`));
    const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const p of paths) {
        const old = a.get(p);
        const now = b.get(p);
        if (!old && now) {
            if (under(addedDirs, p))
                continue;
            if (now.type === 'dir') {
                addedDirs.push(p);
                const count = after.filter((e) => e.type === 'file' && e.path.startsWith(`${p}/`)).length;
                changes.push({
                    short: `${describeEntry(now)} was added`,
                    detail: `${describeEntry(now)} was added${count > 0 ? ` (${count} file${count === 1 ? '' : 's'})` : ' (empty)'}`,
                });
            }
            else {
                changes.push({ short: `${describeEntry(now)} was added`, detail: `${describeEntry(now)} was added` });
            }
            continue;
        }
        if (old && !now) {
            if (under(removedDirs, p))
                continue;
            if (old.type === 'dir')
                removedDirs.push(p);
            changes.push({ short: `${describeEntry(old)} was removed`, detail: `${describeEntry(old)} was removed` });
            continue;
        }
        if (!old || !now)
            continue;
        if (old.type !== now.type) {
            changes.push({ short: `${explain_code(p)} changed`, detail: `${explain_code(p)} changed from a ${old.type} to a ${now.type}` });
        }
        else if (old.type === 'file' && now.type === 'file') {
            if (old.digest !== now.digest) {
                const sizes = old.size === now.size ? 'same size, new content' : `${old.size} \u2192 ${now.size} bytes`;
                changes.push({ short: `${explain_code(p)} changed`, detail: `${explain_code(p)} changed (${sizes})` });
            }
            else if (old.mode !== now.mode) {
                const text = now.mode === '755' ? `${explain_code(p)} became executable` : `${explain_code(p)} is no longer executable`;
                changes.push({ short: text, detail: text });
            }
        }
        else if (old.type === 'symlink' && now.type === 'symlink' && old.target !== now.target) {
            changes.push({
                short: `symlink ${explain_code(p)} changed`,
                detail: `symlink ${explain_code(p)} now points to ${explain_code(now.target)} (was ${explain_code(old.target)})`,
            });
        }
    }
    return changes;
}
function recordChanges(kind, a, b) {
    const out = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        // Values are not printed: build args sometimes carry things that should not end up in logs.
        if (!(key in a))
            out.push(`${kind} ${explain_code(key)} was added`);
        else if (!(key in b))
            out.push(`${kind} ${explain_code(key)} was removed`);
        else if (a[key] !== b[key])
            out.push(`${kind} ${explain_code(key)} changed`);
    }
    return out;
}
function imageChanges(a, b) {
    const before = new Map(a.map((i) => [i.ref, i]));
    const after = new Map(b.map((i) => [i.ref, i]));
    const out = [];
    for (const ref of [...new Set([...before.keys(), ...after.keys()])].sort()) {
        const old = before.get(ref);
        const now = after.get(ref);
        if (!old)
            out.push(`base ${explain_code(ref)} was added`);
        else if (!now)
            out.push(`base ${explain_code(ref)} is no longer used`);
        else if (old.digest !== now.digest) {
            out.push(old.digest && now.digest
                ? `base ${explain_code(ref)} moved to a new digest (${shortDigest(old.digest)} \u2192 ${shortDigest(now.digest)})`
                : `base ${explain_code(ref)} is now ${now.digest ? `pinned to ${shortDigest(now.digest)}` : 'recorded without a digest'}`);
        }
    }
    return out;
}
function explain_listChanges(kind, a, b) {
    const out = [];
    for (const item of b)
        if (!a.includes(item))
            out.push(`${kind} ${explain_code(item)} was added`);
    for (const item of a)
        if (!b.includes(item))
            out.push(`${kind} ${explain_code(item)} was removed`);
    return out;
}
/** Why the Dockerfile differs: in spec terms when both builds come from a spec. */
function dockerfileChanges(a, b) {
    if (a.spec && b.spec) {
        const changes = specChanges(a.spec, b.spec);
        if (changes.length > 0)
            return changes;
        // An opaque Dockerfile is the user's; anything else was rendered, so only the renderer can explain it.
        return b.spec.base.kind === 'dockerfile'
            ? ['the Dockerfile changed']
            : ['the rendered Dockerfile changed (same spec: another version of the renderer)'];
    }
    if (!a.spec && b.spec)
        return ['the build is now declared by an image spec (it was a Dockerfile)'];
    if (a.spec && !b.spec)
        return ['the build is now a Dockerfile (it was declared by an image spec)'];
    return ['the Dockerfile changed'];
}
/** Explains how `b` (the new build) differs from `a` (the old one). */
function explainDifference(a, b) {
    const warnings = [];
    for (const [label, manifest] of [
        ['first', a],
        ['second', b],
    ]) {
        const check = (0,build_definition/* verifyManifest */.TX)(manifest);
        if (!check.hashMatches)
            warnings.push(`the ${label} file's hash does not match its definition (edited by hand?)`);
        if (check.entriesMatch === false)
            warnings.push(`the ${label} file's context entries do not match its context digest`);
    }
    const da = a.definition;
    const db = b.definition;
    if (a.hash === b.hash) {
        return { same: true, summary: `Same build definition (${b.tag}): nothing to rebuild.`, details: [], warnings };
    }
    const short = [];
    const details = [];
    if (da.recipe !== db.recipe) {
        const text = `the hash recipe changed from ${da.recipe} to ${db.recipe}`;
        short.push(text);
        details.push(text);
    }
    if (da.dockerfile !== db.dockerfile) {
        const changes = dockerfileChanges(a, b);
        short.push(...changes.slice(0, 3));
        if (changes.length > 3)
            short.push(`${changes.length - 3} more change${changes.length - 3 === 1 ? '' : 's'} to the spec`);
        details.push(...changes);
    }
    if (da.context !== db.context) {
        const entriesA = a.context?.entries;
        const entriesB = b.context?.entries;
        if (Array.isArray(entriesA) && Array.isArray(entriesB)) {
            const changes = contextChanges(entriesA, entriesB);
            if (changes.length === 0) {
                short.push('the build context changed');
                details.push('the build context changed');
            }
            else {
                short.push(...changes.slice(0, 2).map((c) => c.short));
                if (changes.length > 2)
                    short.push(`${changes.length - 2} more context change${changes.length - 2 === 1 ? '' : 's'}`);
                details.push(...changes.slice(0, MAX_LISTED).map((c) => c.detail));
                if (changes.length > MAX_LISTED)
                    details.push(`\u2026 and ${changes.length - MAX_LISTED} more context changes`);
            }
        }
        else {
            short.push('the build context changed');
            details.push('the build context changed (the files do not list their entries)');
        }
        if ((a.context?.ignoreFile ?? null) !== (b.context?.ignoreFile ?? null)) {
            details.push(`the ignore file is now ${b.context?.ignoreFile ? explain_code(b.context.ignoreFile) : 'none'} (was ${a.context?.ignoreFile ? explain_code(a.context.ignoreFile) : 'none'})`);
        }
    }
    const images = imageChanges(da.images ?? [], db.images ?? []);
    short.push(...images.map((line) => line.replace(/ \(.*\)$/, '')));
    details.push(...images);
    if ((da.platforms ?? []).join(',') !== (db.platforms ?? []).join(',')) {
        const text = `platforms changed from ${(da.platforms ?? []).join(', ') || 'none'} to ${(db.platforms ?? []).join(', ') || 'none'}`;
        short.push(text);
        details.push(text);
    }
    if (da.target !== db.target) {
        const text = `the target stage changed from ${explain_code(da.target)} to ${explain_code(db.target)}`;
        short.push(text);
        details.push(text);
    }
    for (const line of [
        ...recordChanges('build arg', da.buildArgs ?? {}, db.buildArgs ?? {}),
        ...explain_listChanges('secret', da.secrets ?? [], db.secrets ?? []),
        ...recordChanges('label', da.labels ?? {}, db.labels ?? {}),
    ]) {
        short.push(line);
        details.push(line);
    }
    if (short.length === 0) {
        // Same fields, different hash: only a field this version does not know about can explain it.
        short.push('the definitions differ in a field this version does not compare');
        details.push(short[0]);
    }
    const sentence = `Rebuilt because ${joinWords(short)}.`;
    return { same: false, summary: sentence, details, warnings };
}


/***/ }),

/***/ 3427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ isPullRequestEvent),
/* harmony export */   dV: () => (/* binding */ defaultBranchOf)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
/**
 * What the runner tells a step about the run it belongs to (GITHUB_EVENT_NAME, the event payload,
 * GITHUB_REF, GITHUB_SHA), and the questions every step asks of it. Pure: runtime/run-context.ts
 * reads it from the environment.
 */
/** Events whose payload describes a pull request (its head is the code under test). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function isPullRequestEvent(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName);
}
/** `repository.default_branch` of the event payload; empty when unknown (a CLI run). */
function defaultBranchOf(context) {
    const event = context.event;
    const branch = event?.repository?.default_branch;
    return typeof branch === 'string' ? branch : '';
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
/* harmony import */ var _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
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
    return text ? `<code>${escapeHtml(text)}</code>` : '\u2014';
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
    const summary = _runtime_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(heading, 3).addTable(table(['Field', 'Value'], fields));
    more?.(summary);
    await summary.write();
}


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ readImagesFile),
/* harmony export */   yy: () => (/* binding */ parseImagesFile)
/* harmony export */ });
/* unused harmony exports imagesFileSchema, describeSchemaErrors */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3386);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(402);
/* harmony import */ var _runtime_workspace_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9333);
/**
 * `images.yaml`: the image definitions of a monorepo, one entry per image, read and validated with
 * a JSON Schema (ajv) so every mistake comes back as one line naming the entry and the field.
 *
 * ```yaml
 * images:
 *   - name: api                     # unique; becomes the matrix job's name
 *     image: ghcr.io/acme/api       # repository, no tag
 *     context: services/api         # relative to this file's folder; default "."
 *     dockerfile: services/api/Dockerfile   # relative to this file's folder; default <context>/Dockerfile
 *     build-args: { PYTHON: "3.12" } # or a list of KEY=VALUE lines
 *     platforms: [linux/amd64, linux/arm64]  # or "linux/amd64,linux/arm64"
 *     target: runtime
 *     secrets: [pip_token]           # ids only
 *     labels: { team: data }
 *     tags: [latest]                 # extra tags, passed on to the build job
 *   - name: trainer                 # an image spec instead of a Dockerfile:
 *     spec: trainer/image.yaml      #   a spec file, relative to this file's folder, or
 *   - name: scorer
 *     image: ghcr.io/acme/scorer    #   (optional when the spec names registry and name)
 *     spec:                         #   the spec inline (its paths relative to this file's folder)
 *       debian-python: {python: "3.12"}
 *       layers: [{pip: [pandas==2.2.2]}]
 * ```
 * A spec entry takes no context, dockerfile, build-args or target: the spec says all of that.
 */








const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
const imagesFileSchema = {
    type: 'object',
    required: ['images'],
    additionalProperties: false,
    properties: {
        images: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
                    image: { type: 'string', minLength: 1 },
                    // The spec itself is checked by the spec reader (with lines and "did you mean").
                    spec: { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
                    context: { type: 'string', minLength: 1 },
                    dockerfile: { type: 'string', minLength: 1 },
                    'build-args': { oneOf: [stringMap, { type: 'array', items: { type: 'string', pattern: '^[^=]+=' } }] },
                    platforms: { oneOf: [stringList, { type: 'string' }] },
                    target: { type: 'string' },
                    secrets: stringList,
                    labels: stringMap,
                    tags: { oneOf: [stringList, { type: 'string' }] },
                },
            },
        },
    },
};
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_7__.Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(imagesFileSchema);
/** ajv's errors as short lines: `images[1].build-args.PY: must be string (quote the value: "3.10")`. */
function describeSchemaErrors(errors, document) {
    const lines = new Set();
    for (const error of errors) {
        // oneOf reports each branch; the branch errors below it say more than "must match exactly one".
        if (error.keyword === 'oneOf')
            continue;
        const where = pointerToPath(error.instancePath, document) || 'the file';
        let detail = error.message ?? 'is invalid';
        if (error.keyword === 'additionalProperties')
            detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
        if (error.keyword === 'type' && error.params.type === 'string') {
            const value = valueAt(document, error.instancePath);
            if (typeof value === 'number' || typeof value === 'boolean')
                detail = `must be a string (quote it: "${String(value)}"; YAML reads 1.10 as the number 1.1)`;
        }
        lines.add(`${where}: ${detail}`);
    }
    return [...lines];
}
function valueAt(document, pointer) {
    let value = document;
    for (const part of pointer.split('/').slice(1))
        value = value?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return value;
}
function pointerToPath(pointer, document) {
    const parts = pointer.split('/').slice(1);
    let out = '';
    let value = document;
    for (const part of parts) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        out += Array.isArray(value) ? `[${key}]` : out ? `.${key}` : key;
        value = value?.[key];
    }
    // Name the entry when there is one: images[1] (api).
    const match = /^images\[(\d+)\]/.exec(out);
    const name = match ? document.images?.[Number(match[1])]?.name : undefined;
    return typeof name === 'string' ? out.replace(/^images\[(\d+)\]/, `images[$1] (${name})`) : out;
}
function list(value) {
    if (value === undefined)
        return [];
    if (Array.isArray(value))
        return value.map((item) => item.trim()).filter((item) => item !== '');
    return (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)(value);
}
function keyValues(value) {
    if (!value)
        return {};
    return Array.isArray(value) ? (0,_core_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKeyValueLines */ .FF)(value, 'file') : { ...value };
}
/**
 * Parses and validates the file's text. `fileDir` is the folder paths are relative to; `workspace`
 * the folder they must stay inside. Throws one InputError (input `file`) listing every problem.
 */
function parseImagesFile(text, fileDir, workspace, fileName = 'images file', file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(fileDir, fileName)) {
    const fail = (problems) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('file', `${fileName} is not valid:\n  - ${problems.join('\n  - ')}\n`, 'Fix the entries named above (see the images file format in the README)');
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw fail([`it is not YAML: ${error.message.split('\n')[0]}`]);
    }
    if (!validate(document))
        throw fail(describeSchemaErrors(validate.errors ?? [], document));
    const raw = document.images;
    const problems = [];
    const seen = new Set();
    const entries = [];
    raw.forEach((entry, index) => {
        const where = `images[${index}] (${entry.name})`;
        if (seen.has(entry.name))
            problems.push(`${where}: the name '${entry.name}' is used twice`);
        seen.add(entry.name);
        if (entry.image === undefined) {
            if (entry.spec === undefined)
                problems.push(`${where}: must have required property 'image'`);
        }
        else {
            try {
                (0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(entry.image);
            }
            catch (error) {
                if (!(error instanceof _core_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageRefError */ .z0))
                    throw error;
                problems.push(`${where}.image: ${error.message}`);
            }
        }
        const inside = (field, relative) => {
            const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fileDir, relative);
            if (!(0,_runtime_workspace_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(workspace, resolved))
                problems.push(`${where}.${field}: '${relative}' resolves to ${resolved}, outside the workspace ${workspace}`);
            return resolved;
        };
        let spec;
        if (entry.spec !== undefined) {
            for (const field of ['context', 'dockerfile', 'build-args', 'target']) {
                if (entry[field] !== undefined)
                    problems.push(`${where}.${field}: does not go with spec (the spec declares the build)`);
            }
            spec = typeof entry.spec === 'string' ? { file: inside('spec', entry.spec) } : { file, entry: entry.name };
        }
        const context = inside('context', entry.context ?? '.');
        const dockerfile = entry.dockerfile ? inside('dockerfile', entry.dockerfile) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context, 'Dockerfile');
        entries.push({
            name: entry.name,
            image: entry.image ?? '',
            ...(spec ? { spec } : {}),
            context,
            dockerfile,
            buildArgs: keyValues(entry['build-args']),
            platforms: list(entry.platforms),
            target: entry.target ?? '',
            secrets: entry.secrets ?? [],
            labels: entry.labels ?? {},
            tags: list(entry.tags),
        });
    });
    if (problems.length > 0)
        throw fail(problems);
    return entries;
}
function readImagesFile(file, workspace) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('file', `cannot read ${file}: ${error.code ?? error.message}`, 'Give the path of an existing images.yaml');
    }
    return parseImagesFile(text, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), file);
}


/***/ }),

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Pieces are gathered up to this size before a write: few system calls, little memory. */
const WRITE_CHUNK = 1 << 16;
function writeAll(fd, text) {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length;)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, offset);
}
/**
 * Writes `text` to `file` all at once: a temporary file beside it, then a rename, so no reader ever
 * sees half a file. `text` may come in pieces (a large manifest is never held whole). `mode` is the
 * new file's permissions (e.g. to keep a config file private).
 */
function writeFileAtomically(file, text, mode) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, 'w', mode);
        let pending = '';
        for (const piece of typeof text === 'string' ? [text] : text) {
            pending += piece;
            if (pending.length >= WRITE_CHUNK) {
                writeAll(fd, pending);
                pending = '';
            }
        }
        if (pending !== '')
            writeAll(fd, pending);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   RD: () => (/* binding */ timedGroup),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9247);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
async function runAction(body) {
    try {
        await body();
    }
    catch (error) {
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        if (error instanceof Error && error.stack && _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    }
}
/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
async function timedGroup(title, work) {
    // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
    const started = process.hrtime.bigint();
    const value = await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, work);
    return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
}


/***/ }),

/***/ 9087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   K: () => (/* binding */ sourceUrlFromEnv)
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
/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
function sourceUrlFromEnv(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    return server && repository ? `${server}/${repository}` : '';
}


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareSpecBuild: () => (/* binding */ prepareSpecBuild),
/* harmony export */   y: () => (/* binding */ specAsDockerfile)
/* harmony export */ });
/* unused harmony export temporaryRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5868);
/* harmony import */ var _stage_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6895);
/**
 * A spec turned into what a Dockerfile build is made of, for the hash, build and plan (and, through
 * specAsDockerfile, for validate): the rendered Dockerfile and a context holding exactly what the
 * spec copies, in a temporary folder removed afterwards. An opaque `dockerfile:` spec is built
 * from its own Dockerfile and context, as the dockerfile input would be.
 */





/** Where temporary folders go: RUNNER_TEMP on a runner (cleaned after the job), else the system's. */
function temporaryRoot() {
    return process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}
function prepareSpecBuild(loaded, tempRoot = temporaryRoot()) {
    const base = loaded.spec.base;
    if (loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile') {
        return {
            contextDir: loaded.contextDir,
            dockerfile: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(loaded.contextDir, base.path),
            useGit: true,
            stagedFiles: 0,
            dispose: () => { },
        };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tempRoot, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempRoot, 'image-spec-'));
    try {
        const contextDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'context');
        const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'Dockerfile');
        const staged = (0,_stage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .stageSpecContext */ .x)(loaded, contextDir);
        (0,_stage_context_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRenderedDockerfile */ .L)(loaded, dockerfile);
        return {
            contextDir,
            dockerfile,
            useGit: false,
            stagedFiles: staged.files,
            dispose: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }),
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
}
/**
 * A spec file (or `images.yaml#entry`) as a Dockerfile, for validate: throws an InputError listing
 * every problem of the spec (file, line, field) when it cannot be rendered.
 */
function specAsDockerfile(reference, options) {
    const loaded = (0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__.loadSpec)((0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__.parseSpecReference)(reference, options.workspace), options);
    const base = loaded.spec.base;
    const opaque = loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile';
    return {
        dockerfile: loaded.rendered.dockerfile,
        ...(opaque ? { dockerfilePath: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(loaded.contextDir, base.path) } : {}),
        contextDir: loaded.contextDir,
        ignoreFile: loaded.ignoreFile,
        origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
        warnings: loaded.rendered.warnings,
        loaded,
    };
}


/***/ }),

/***/ 6895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ writeRenderedDockerfile),
/* harmony export */   x: () => (/* binding */ stageSpecContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_dockerignore_context_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4152);
/**
 * The rendered context of a spec: exactly the files and folders its layers name, at their paths
 * relative to the spec's context, filtered by the ignore file with Docker's own walk (so a `!`
 * exception inside an excluded folder comes back, as with `docker build`). Symlinks are copied as
 * links, never followed; the exec bit is kept (copyFile keeps the mode). Building and hashing this
 * folder is building and hashing what the spec declares \u2014 nothing else in the repository counts.
 */



/** Ignore files are applied while staging; copying them would only let a builder apply them twice. */
const IGNORE_FILES = new Set(['.dockerignore', '.containerignore']);
function stageSpecContext(loaded, target) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
    const staged = new Set();
    const result = { files: 0, skipped: [] };
    const copyEntry = (relative) => {
        const from = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative);
        const to = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, relative);
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(from);
        if (stats.isDirectory()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(to, { recursive: true });
            staged.add(relative);
            return 'dir';
        }
        if (staged.has(relative))
            return 'other';
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(to), { recursive: true });
        if (stats.isSymbolicLink())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(from), to);
        else if (stats.isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE);
            result.files++;
        }
        else {
            result.skipped.push(relative);
            return 'other';
        }
        staged.add(relative);
        return 'other';
    };
    for (const needed of loaded.rendered.contextPaths) {
        const filter = new _core_dockerignore_context_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .ContextFilter */ .Y(loaded.ignorePatterns);
        // The filter decides from the root down: visit the folders that lead to the named path first.
        const parts = needed.path === '.' ? [] : needed.path.split('/');
        let pruned = false;
        for (let i = 1; i < parts.length && !pruned; i++)
            pruned = filter.visit(parts.slice(0, i).join('/'), true).action === 'prune';
        if (pruned)
            continue;
        const walk = (relative) => {
            const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative)).isDirectory();
            const visit = relative === '.' ? { action: 'include', parents: [] } : filter.visit(relative, isDir);
            if (visit.action === 'prune')
                return;
            if (visit.action === 'include') {
                for (const parent of visit.parents)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, parent), { recursive: true });
                if (!(relative === '.' || (IGNORE_FILES.has(relative) && !isDir)))
                    copyEntry(relative);
            }
            if (!isDir)
                return;
            const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(loaded.contextDir, relative)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            for (const name of names)
                walk(relative === '.' ? name : `${relative}/${name}`);
        };
        walk(needed.path);
    }
    return result;
}
/** Writes the rendered Dockerfile beside (not inside) the staged context. */
function writeRenderedDockerfile(loaded, file) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, loaded.rendered.dockerfile);
}


/***/ })

};
