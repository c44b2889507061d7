export const id = 63;
export const ids = [63];
export const modules = {

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseBuildSecrets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Build secrets, in the grammar of docker/build-push-action: three inputs, one `ID=…` per line,
 * split at the first `=`, so no line can be read two ways.
 * - `secrets`: `ID=VALUE`; the value reaches the builder in an environment variable of ours;
 * - `secret-envs`: `ID=VARIABLE`; the value is the step's environment variable of that name;
 * - `secret-files`: `ID=PATH`; the value is the file's content.
 * One parser for the hash (which keeps the ids only) and the builder (which mounts them), so the
 * ids hashed are always the ids built. Values never reach argv, a file we leave behind or the hash.
 * Pure: lines in, secrets and the extra builder environment out.
 */


/** What BuildKit and buildah accept as a secret id (and what is safe inside `--secret id=…,…`). */
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
        // `id=…` is how Docker's --secret flag begins: refuse rather than guess which was meant.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, "a line starts with 'id=', which reads as Docker's `--secret id=…` form rather than a secret named 'id'", 'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>');
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

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ gitRunner),
/* harmony export */   i: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* harmony import */ var _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);
/**
 * How the toolkit runs git: through the one exec seam (runtime/exec.ts), quietly, in the folder
 * asked about, with the caller's GIT_DIR-style overrides removed (a hook's GIT_DIR would point
 * elsewhere) and git's messages in English for parsing.
 */

class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(stderr.trim() || `git ${args.join(' ')} exited with ${exitCode}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
const GIT_ENV = {
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_DIR: undefined,
    GIT_WORK_TREE: undefined,
    GIT_INDEX_FILE: undefined,
    GIT_PREFIX: undefined,
    GIT_COMMON_DIR: undefined,
};
function gitRunner(dir, exec = new _runtime_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .SpawnRunner */ .yL()) {
    return {
        run: async (args, input) => {
            const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, ...(input !== undefined ? { input } : {}) });
            if (result.exitCode !== 0)
                throw new GitCommandError(args, result.exitCode, result.output);
            return result.stdout;
        },
    };
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ registryBaseResolver)
/* harmony export */ });
/* harmony import */ var _core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3386);
/**
 * The `resolveBase` seam of computeBuildDefinition: every image the build pulls (`FROM`,
 * `COPY --from`), to the digest its tag points at now, so a moved base tag means a new hash. A
 * pinned reference is returned as is, without a request. One lookup per reference per run.
 */

function registryBaseResolver(client) {
    const seen = new Map();
    return (ref) => {
        let digest = seen.get(ref);
        if (!digest) {
            digest = client.resolveDigest((0,_core_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(ref));
            seen.set(ref, digest);
        }
        return digest;
    };
}


/***/ }),

/***/ 7028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ computeBuildDefinition)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/dockerignore/context-filter.ts + 2 modules
var context_filter = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(3018);
// EXTERNAL MODULE: ./src/core/dockerignore/ignore-file.ts
var ignore_file = __webpack_require__(3081);
// EXTERNAL MODULE: ./src/core/context-tree.ts
var context_tree = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/core/shell-words.ts
/**
 * Variable expansion of one Dockerfile word, as BuildKit's shell lexer does it for `FROM`,
 * `COPY --from` and `ARG` defaults: single quotes are literal, double quotes group and still expand,
 * the escape character (`\` or the `# escape=` one) protects the next character, and `$NAME`,
 * `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`,
 * `${NAME#glob}`, `${NAME##glob}`, `${NAME%glob}`, `${NAME%%glob}` are expanded.
 * An unset variable expands to nothing, as in BuildKit.
 */
class ExpansionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpansionError';
    }
}
function globToRegExp(glob, anchor, greedy) {
    const quantifier = greedy ? '*' : '*?';
    const body = Array.from(glob, (ch) => {
        if (ch === '*')
            return `[\\s\\S]${quantifier}`;
        if (ch === '?')
            return '[\\s\\S]';
        return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }).join('');
    return anchor === 'start' ? new RegExp(`^(?:${body})`, 'u') : new RegExp(`(?:${body})$`, 'u');
}
function removeAffix(value, pattern, op) {
    if (op === '#' || op === '##') {
        const match = globToRegExp(pattern, 'start', op === '##').exec(value);
        return match ? value.slice(match[0].length) : value;
    }
    // Suffix: try every start position; shortest (%) takes the last one that matches to the end.
    const regex = globToRegExp(pattern, 'end', true);
    const starts = op === '%%' ? [...Array(value.length + 1).keys()] : [...Array(value.length + 1).keys()].reverse();
    for (const start of starts) {
        const tail = value.slice(start);
        const m = regex.exec(tail);
        if (m && m.index === 0)
            return value.slice(0, start);
    }
    return value;
}
function expandWord(word, variables, escape = '\\') {
    let i = 0;
    const lookup = (name) => variables.get(name);
    const readName = () => {
        const match = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9]/.exec(word.slice(i));
        if (!match)
            return '';
        i += match[0].length;
        return match[0];
    };
    /** Reads until the matching `}` and expands it (the word of `${NAME:-word}`). */
    const readBraceWord = () => {
        let depth = 0;
        const start = i;
        for (; i < word.length; i++) {
            const ch = word[i];
            if (ch === escape) {
                i++;
                continue;
            }
            if (ch === '{')
                depth++;
            if (ch === '}') {
                if (depth === 0)
                    break;
                depth--;
            }
        }
        if (i >= word.length)
            throw new ExpansionError(`missing '}' in '${word}'`);
        const inner = word.slice(start, i);
        i++; // }
        return expandWord(inner, variables, escape);
    };
    const dollar = () => {
        // positioned after `$`
        if (word[i] === '{') {
            i++;
            const name = readName();
            if (name === '')
                throw new ExpansionError(`bad substitution in '${word}'`);
            if (word[i] === '}') {
                i++;
                return lookup(name) ?? '';
            }
            const value = lookup(name);
            const colon = word[i] === ':';
            if (colon)
                i++;
            const op = word[i] ?? '';
            if (op === '-' || op === '+' || op === '?') {
                i++;
                const alternative = readBraceWord();
                const isSet = value !== undefined && (!colon || value !== '');
                if (op === '-')
                    return isSet ? (value ?? '') : alternative;
                if (op === '+')
                    return isSet ? alternative : '';
                if (!isSet)
                    throw new ExpansionError(`${name}: ${alternative || 'is not allowed to be unset'}`);
                return value ?? '';
            }
            if (!colon && (op === '#' || op === '%')) {
                i++;
                let full = op;
                if (word[i] === op) {
                    full += op;
                    i++;
                }
                return removeAffix(value ?? '', readBraceWord(), full);
            }
            throw new ExpansionError(`unsupported modifier in '${word}'`);
        }
        const name = readName();
        if (name === '')
            return '$';
        return lookup(name) ?? '';
    };
    let out = '';
    while (i < word.length) {
        const ch = word[i];
        if (ch === escape) {
            i++;
            if (i < word.length)
                out += word[i++];
            continue;
        }
        if (ch === "'") {
            const end = word.indexOf("'", i + 1);
            if (end < 0)
                throw new ExpansionError(`unmatched quote in '${word}'`);
            out += word.slice(i + 1, end);
            i = end + 1;
            continue;
        }
        if (ch === '"') {
            i++;
            while (i < word.length && word[i] !== '"') {
                const c = word[i];
                if (c === escape && i + 1 < word.length && ['"', '$', escape].includes(word[i + 1])) {
                    out += word[i + 1];
                    i += 2;
                }
                else if (c === '$') {
                    i++;
                    out += dollar();
                }
                else {
                    out += c;
                    i++;
                }
            }
            if (i >= word.length)
                throw new ExpansionError(`unmatched quote in '${word}'`);
            i++;
            continue;
        }
        if (ch === '$') {
            i++;
            out += dollar();
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/dockerfile-images.ts
/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stage
 * names (and stage indexes) and `scratch`, only for the stages the target actually needs, plus
 * the `# syntax=` frontend image. These are what must be pinned to digests for the hash to mean
 * "the same build".
 */




const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';
function fail(problem, fix = DOCKERFILE_FIX) {
    throw new errors/* InputError */.dz('dockerfile', problem, fix);
}
function expand(word, variables, escape, line) {
    try {
        return expandWord(word, variables, escape);
    }
    catch (error) {
        if (error instanceof ExpansionError)
            fail(`line ${line + 1}: ${error.message}`);
        throw error;
    }
}
function argProperties(instruction) {
    const withProperties = instruction;
    return (withProperties.getProperties?.() ?? []).map((p) => ({ name: p.getName(), raw: p.getUnescapedValue() }));
}
function flagsOf(instruction) {
    const withFlags = instruction;
    return (withFlags.getFlags?.() ?? []).map((f) => ({
        name: f.getName(),
        value: f.getValue(),
        options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
    }));
}
function lineOf(instruction) {
    return instruction.getRange().start.line;
}
/** Splits the Dockerfile into global ARGs and stages. */
function parseStages(text) {
    const dockerfile = main.DockerfileParser.parse(text);
    const escape = dockerfile.getEscapeCharacter();
    const syntax = dockerfile
        .getDirectives()
        .find((d) => d.getName().toLowerCase() === 'syntax')
        ?.getValue()
        .trim();
    const globalArgs = [];
    const stages = [];
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword();
        if (keyword === 'FROM') {
            const args = instruction.getArguments().map((a) => a.getValue());
            if (args.length === 0)
                fail(`line ${lineOf(instruction) + 1}: FROM needs an image`);
            let name;
            if (args.length >= 3 && (args[1] ?? '').toLowerCase() === 'as')
                name = (args[2] ?? '').toLowerCase();
            else if (args.length !== 1)
                fail(`line ${lineOf(instruction) + 1}: FROM takes 'image [AS name]'`);
            stages.push({ index: stages.length, name, baseWord: args[0], line: lineOf(instruction), instructions: [] });
        }
        else if (stages.length === 0) {
            if (keyword === 'ARG')
                globalArgs.push(instruction);
            else
                fail(`line ${lineOf(instruction) + 1}: ${keyword} before the first FROM (only ARG may come first)`);
        }
        else {
            stages[stages.length - 1].instructions.push(instruction);
        }
    }
    if (stages.length === 0)
        fail('it has no FROM instruction', 'Add a FROM line naming the base image');
    return { escape, globalArgs, stages, ...(syntax ? { syntax } : {}) };
}
/** Global ARG values visible to FROM: declared defaults (expanded in order), overridden by build args. */
function globalScope(globalArgs, options, platform, escape) {
    const scope = new Map(Object.entries({ ...(0,core_platforms/* platformArgs */.xZ)('TARGET', platform), ...(0,core_platforms/* platformArgs */.xZ)('BUILD', options.buildPlatform) }));
    for (const instruction of globalArgs) {
        for (const { name, raw } of argProperties(instruction)) {
            if (Object.hasOwn(options.buildArgs, name))
                scope.set(name, options.buildArgs[name]);
            else if (raw !== null)
                scope.set(name, expand(raw, scope, escape, lineOf(instruction)));
            else if (!scope.has(name))
                scope.set(name, undefined);
        }
    }
    return scope;
}
function dockerfileImages(text, options) {
    const { escape, globalArgs, stages, syntax } = parseStages(text);
    const byName = new Map();
    for (const stage of stages)
        if (stage.name && !byName.has(stage.name))
            byName.set(stage.name, stage);
    let targetStage = stages[stages.length - 1];
    if (options.target !== '') {
        const found = byName.get(options.target.toLowerCase());
        if (!found) {
            const names = stages.map((s) => s.name).filter((n) => !!n);
            throw new errors/* InputError */.dz('target', `stage '${options.target}' is not defined in the Dockerfile`, names.length > 0 ? `Use one of: ${names.join(', ')}` : 'Name a stage with FROM … AS <name>, or leave target empty');
        }
        targetStage = found;
    }
    const images = new Set();
    const warnings = new Set();
    for (const platform of options.platforms) {
        const global = globalScope(globalArgs, options, platform, escape);
        const visited = new Set();
        /** A `--from` or FROM value: another stage, or an image to pull (undefined for scratch). */
        const resolveSource = (value, self, allowIndex) => {
            const lower = value.toLowerCase();
            const stage = byName.get(lower);
            if (stage && stage !== self)
                return stage;
            if (allowIndex && /^\d+$/.test(value)) {
                const indexed = stages[Number(value)];
                if (indexed && indexed !== self)
                    return indexed;
            }
            if (lower === 'scratch')
                return undefined;
            return value;
        };
        const visit = (stage) => {
            if (visited.has(stage.index))
                return;
            visited.add(stage.index);
            const base = expand(stage.baseWord, global, escape, stage.line);
            if (base === '')
                fail(`stage ${stage.name ?? stage.index}: FROM '${stage.baseWord}' expands to an empty image name`, 'Give the ARG a default or pass it in build-args');
            const source = resolveSource(base, stage, false);
            if (typeof source === 'string')
                images.add(source);
            else if (source)
                visit(source);
            // Stage scope: ARGs redeclared in the stage (global defaults, build-arg overrides) and ENV.
            const scope = new Map();
            for (const instruction of stage.instructions) {
                const keyword = instruction.getKeyword();
                const line = lineOf(instruction);
                if (keyword === 'ARG') {
                    for (const { name, raw } of argProperties(instruction)) {
                        if (Object.hasOwn(options.buildArgs, name))
                            scope.set(name, options.buildArgs[name]);
                        else if (raw !== null)
                            scope.set(name, expand(raw, scope, escape, line));
                        else
                            scope.set(name, global.get(name));
                    }
                }
                else if (keyword === 'ENV') {
                    for (const { name, raw } of argProperties(instruction))
                        scope.set(name, raw === null ? '' : expand(raw, scope, escape, line));
                }
                if (keyword === 'ADD') {
                    const flags = flagsOf(instruction);
                    const remote = instruction
                        .getArguments()
                        .slice(0, -1)
                        .map((a) => a.getValue())
                        .filter((a) => /^(https?:\/\/|git@|[a-z]+:\/\/)/i.test(a));
                    if (remote.length > 0 && !flags.some((f) => f.name === 'checksum')) {
                        warnings.add(`line ${line + 1}: ADD ${remote.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:… (or a commit), or a changed download will not trigger a rebuild`);
                    }
                }
                const sources = [];
                for (const flag of flagsOf(instruction)) {
                    if ((keyword === 'COPY' || keyword === 'ADD') && flag.name === 'from' && flag.value !== null)
                        sources.push(flag.value);
                    if (keyword === 'RUN' && flag.name === 'mount') {
                        for (const option of flag.options)
                            if (option.name === 'from' && option.value)
                                sources.push(option.value);
                    }
                }
                for (const word of sources) {
                    const value = expand(word, scope, escape, line);
                    const resolved = resolveSource(value, stage, true);
                    if (typeof resolved === 'string')
                        images.add(resolved);
                    else if (resolved)
                        visit(resolved);
                }
            }
        };
        visit(targetStage);
    }
    return {
        images: [...images].sort(),
        ...(syntax ? { syntax } : {}),
        target: targetStage.name ?? `#${targetStage.index}`,
        warnings: [...warnings],
        stages: stages.map((s) => s.name ?? `#${s.index}`),
    };
}

// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/git/git-command.ts
var git_command = __webpack_require__(5488);
;// CONCATENATED MODULE: ./src/git/index-blobs.ts
/**
 * The git fast path: on a git checkout, the index already holds the blob id of every tracked file,
 * and `git diff-files` tells which tracked files differ from it. For a file that is tracked, not
 * reported as changed, and not subject to any conversion between the work tree and the index
 * (clean/smudge filters, eol/text conversion, ident, working-tree-encoding, autocrlf), the index
 * blob id IS the git blob id of its working-tree bytes, i.e. exactly what reading it would give.
 * Everything else (modified, untracked, converted, conflicted, skip-worktree or assume-unchanged
 * files) is read as usual. Any problem with git means "no fast path", never a wrong hash.
 */




/** Never throws: a failed or missing git only means "no fast path". */
function git(runner, args, input) {
    return runner.run(args, input).then((stdout) => ({ stdout, code: 0, stderr: '' }), (error) => ({
        stdout: '',
        code: error instanceof git_command/* GitCommandError */.i ? error.exitCode : -1,
        stderr: error instanceof Error ? error.message : String(error),
    }));
}
/**
 * Parses `git ls-files -s -v -z`: `<tag> <mode> <oid> <stage>\t<path>\0` per entry. Keeps plain,
 * stage-0 regular files. Scans the text by index: it is the hot loop of the fast path.
 */
function parseLsFiles(output) {
    const blobs = new Map();
    let conflicted;
    let at = 0;
    while (at < output.length) {
        let end = output.indexOf('\0', at);
        if (end < 0)
            end = output.length;
        const tab = output.indexOf('\t', at);
        if (tab > at && tab < end) {
            const file = output.slice(tab + 1, end);
            const stage = output.charCodeAt(tab - 1);
            const firstSpace = at + 1; // after the one-letter tag
            const secondSpace = output.indexOf(' ', firstSpace + 1);
            const mode = output.slice(firstSpace + 1, secondSpace);
            if (stage !== 0x30 /* '0' */) {
                (conflicted ??= new Set()).add(file);
            }
            else if (output.charCodeAt(at) === 0x48 /* 'H' */ && (mode === '100644' || mode === '100755')) {
                // 'H' is a plain cached entry; 'S' (skip-worktree) and lowercase (assume-unchanged) mean git
                // does not look at the work tree for them, so its view cannot be trusted.
                blobs.set(file, output.slice(secondSpace + 1, tab - 2));
            }
        }
        at = end + 1;
    }
    if (conflicted)
        for (const file of conflicted)
            blobs.delete(file);
    return blobs;
}
/** Parses `git check-attr -z` output into the paths whose bytes git may convert. */
function convertedPaths(output, autocrlf) {
    const fields = output.split('\0');
    const converted = new Set();
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const file = fields[i];
        const attribute = fields[i + 1];
        const value = fields[i + 2];
        if (attribute === 'text') {
            if (value === 'unset')
                continue;
            if (value === 'unspecified' && !autocrlf)
                continue;
            converted.add(file);
        }
        else if (attribute === 'ident') {
            if (value !== 'unspecified' && value !== 'unset')
                converted.add(file);
        }
        else if (value !== 'unspecified') {
            converted.add(file); // filter, eol, working-tree-encoding
        }
    }
    return converted;
}
const SYSTEM_ATTRIBUTES = [
    '/etc/gitattributes',
    '/usr/etc/gitattributes',
    '/usr/local/etc/gitattributes',
    '/opt/homebrew/etc/gitattributes',
];
/** Is there any place attributes could come from for files under `contextDir`? (False positives only cost time.) */
function attributeSourcesExist(options) {
    // Tracked anywhere under the context (even if modified or excluded from the Docker context), or
    // seen in the work tree by the walk (even if untracked or excluded).
    if (options.walkSawGitattributes || options.lsFilesOutput.includes('.gitattributes\0'))
        return true;
    // .gitattributes in the folders between the repository root and the context.
    let dir = options.contextDir;
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.gitattributes')))
            return true;
        if (dir === options.toplevel || external_node_path_default().dirname(dir) === dir)
            break;
        dir = external_node_path_default().dirname(dir);
    }
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(options.gitDir, 'info', 'attributes')))
        return true;
    const xdg = process.env.XDG_CONFIG_HOME || external_node_path_default().join((0,external_node_os_.homedir)(), '.config');
    const global = options.attributesFile ? options.attributesFile.replace(/^~(?=\/)/, (0,external_node_os_.homedir)()) : external_node_path_default().join(xdg, 'git', 'attributes');
    if ((0,external_node_fs_.existsSync)(global))
        return true;
    // The system file is <prefix>/etc/gitattributes for git's build prefix; look where distributions put it.
    if (!process.env.GIT_ATTR_NOSYSTEM && SYSTEM_ATTRIBUTES.some((file) => (0,external_node_fs_.existsSync)(file)))
        return true;
    // Attributes read from a tree instead of the work tree (git ≥ 2.40): cannot be reasoned about here.
    if (process.env.GIT_ATTR_SOURCE)
        return true;
    return false;
}
/** Starts the git queries; `finish` is told whether the walk met a `.gitattributes` file. */
function startGitIndex(request) {
    const cwd = request.contextDir;
    const runner = (0,git_command/* gitRunner */.X)(cwd);
    const revParse = git(runner, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--absolute-git-dir', '--show-object-format']);
    const lsFiles = git(runner, ['ls-files', '-s', '-v', '-z']);
    const diffFiles = git(runner, ['diff-files', '--name-only', '-z', '--relative', '--ignore-submodules=all']);
    const config = git(runner, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$']);
    const finish = async (walkSawGitattributes) => {
        const [rev, ls, diff, conf] = await Promise.all([revParse, lsFiles, diffFiles, config]);
        if (rev.code !== 0)
            return { available: false, reason: rev.stderr.trim().split('\n')[0] || 'not a git work tree' };
        const [inside, toplevel, gitDir, objectFormat] = rev.stdout.split('\n');
        if (inside !== 'true' || !toplevel || !gitDir)
            return { available: false, reason: 'the context is not inside a git work tree' };
        if (objectFormat !== 'sha1')
            return { available: false, reason: `the repository uses ${objectFormat} object ids, not git's sha1 blob ids` };
        if (ls.code !== 0)
            return { available: false, reason: `git ls-files failed: ${ls.stderr.trim()}` };
        if (diff.code !== 0)
            return { available: false, reason: `git diff-files failed: ${diff.stderr.trim()}` };
        const blobs = parseLsFiles(ls.stdout);
        for (const changed of diff.stdout.split('\0'))
            if (changed !== '')
                blobs.delete(changed);
        const settings = new Map();
        for (const record of conf.stdout.split('\0')) {
            const newline = record.indexOf('\n');
            if (newline > 0)
                settings.set(record.slice(0, newline).toLowerCase(), record.slice(newline + 1));
        }
        const autocrlfValue = (settings.get('core.autocrlf') ?? 'false').toLowerCase();
        const autocrlf = autocrlfValue === 'true' || autocrlfValue === 'input' || autocrlfValue === 'yes' || autocrlfValue === 'on' || autocrlfValue === '1';
        const needsCheck = autocrlf ||
            attributeSourcesExist({
                toplevel,
                contextDir: cwd,
                gitDir,
                attributesFile: settings.get('core.attributesfile'),
                lsFilesOutput: ls.stdout,
                walkSawGitattributes,
            });
        if (needsCheck && blobs.size > 0) {
            const attrs = await git(runner, ['check-attr', '-z', '--stdin', 'text', 'eol', 'filter', 'ident', 'working-tree-encoding'], [...blobs.keys()].join('\0') + '\0');
            if (attrs.code !== 0)
                return { available: false, reason: `git check-attr failed: ${attrs.stderr.trim()}` };
            for (const file of convertedPaths(attrs.stdout, autocrlf))
                blobs.delete(file);
        }
        return { available: true, blobs, attributesChecked: needsCheck };
    };
    return { finish };
}

;// CONCATENATED MODULE: ./src/hash/walk-context.ts
/**
 * Walks a build context the way BuildKit's sender does: depth first, never
 * following symlinks, asking the ContextFilter about every entry. Regular files are returned for
 * hashing; symlinks are read as their target string; directories are kept (empty ones too);
 * sockets, FIFOs and devices are reported and left out.
 */



function kindOf(entry) {
    if (entry.isFIFO())
        return 'FIFO';
    if (entry.isSocket())
        return 'socket';
    if (entry.isBlockDevice())
        return 'block device';
    if (entry.isCharacterDevice())
        return 'character device';
    return 'special file';
}
function unreadable(relative, error) {
    const code = error.code ?? 'error';
    return new errors/* InputError */.dz('context', `cannot read '${relative}' (${code})`, 'Make it readable, or exclude it in .dockerignore');
}
/**
 * Node shows invalid UTF-8 bytes in a name as U+FFFD, but U+FFFD is also a valid character of its
 * own: the name is faithful only if some entry's raw bytes are exactly its UTF-8 encoding.
 */
function isValidUtf8Name(dir, name) {
    const encoded = Buffer.from(name, 'utf8');
    return (0,external_node_fs_.readdirSync)(dir, { encoding: 'buffer' }).some((raw) => raw.equals(encoded));
}
function walkContext(contextDir, filter, ignoreFileLabel) {
    const result = { files: [], sizes: [], executable: [], symlinks: [], dirs: [], special: [], sawGitattributes: false };
    const visit = (relative, isDir) => {
        try {
            return filter.visit(relative, isDir);
        }
        catch (error) {
            if (error instanceof go_glob/* BadPatternError */.m) {
                throw new errors/* InputError */.dz('context', `${ignoreFileLabel}: ${error.message}`, 'Fix the pattern; docker build rejects it too');
            }
            throw error;
        }
    };
    const walkDir = (absolute, relativeDir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(absolute, { withFileTypes: true });
        }
        catch (error) {
            throw unreadable(relativeDir || '.', error);
        }
        // No sorting: the order of siblings changes nothing (the filter only needs parents before
        // children, which depth-first gives) and the entries are sorted once at the end.
        for (const entry of entries) {
            const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
            const isDir = entry.isDirectory();
            if (entry.name === '.gitattributes')
                result.sawGitattributes = true;
            const decision = visit(relative, isDir);
            if (decision.action === 'prune')
                continue;
            if (entry.name.includes('\uFFFD') && (decision.action === 'include' || isDir) && !isValidUtf8Name(absolute, entry.name)) {
                // Node decodes file names as UTF-8; a name that is not valid UTF-8 cannot be hashed faithfully.
                throw new errors/* InputError */.dz('context', `the name of '${relative}' is not valid UTF-8`, 'Rename it, or exclude it in .dockerignore');
            }
            if (decision.action === 'include') {
                result.dirs.push(...decision.parents);
                if (isDir)
                    result.dirs.push(relative);
                else if (entry.isFile()) {
                    let stats;
                    try {
                        stats = (0,external_node_fs_.lstatSync)(`${absolute}/${entry.name}`);
                    }
                    catch (error) {
                        throw unreadable(relative, error);
                    }
                    if (!stats.isFile())
                        throw new errors/* StepError */.zg(`'${relative}' changed while the context was being read; run the step again`);
                    result.files.push(relative);
                    result.sizes.push(stats.size);
                    // git's model: only the owner-execute bit counts.
                    result.executable.push((stats.mode & 0o100) !== 0);
                }
                else if (entry.isSymbolicLink()) {
                    try {
                        result.symlinks.push({ path: relative, target: (0,external_node_fs_.readlinkSync)(`${absolute}/${entry.name}`) });
                    }
                    catch (error) {
                        throw unreadable(relative, error);
                    }
                }
                else
                    result.special.push({ path: relative, kind: kindOf(entry) });
            }
            if (isDir)
                walkDir(`${absolute}/${entry.name}`, relative);
        }
    };
    walkDir(contextDir, '');
    return result;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/hash/blob-worker.ts
/**
 * Hashing a batch of files to git blob ids. `hashBatch` runs in worker threads and, for a handful
 * of files, on the main thread. Both functions here are shipped to `new Worker(source, { eval: true })`
 * as text (see hash-files.ts), so they must be self-contained: no imports, no closures, only what
 * they are given. That keeps the ncc bundle a single file with no worker script to find.
 *
 * Each file is opened without following symlinks, read through one reused buffer and hashed as
 * `sha1("blob <size>\0" + bytes)`. Replies are packed (typed arrays, one string of digests) to keep
 * cloning and GC cheap.
 */
function hashBatch(job, deps) {
    const { fs, crypto, buffer } = deps;
    const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
    const count = job.paths.length;
    const reply = {
        id: job.id,
        sizes: new Float64Array(count),
        executable: new Uint8Array(count),
        blobs: '',
        problems: [],
        bytesRead: 0,
    };
    const digests = [];
    for (let index = 0; index < count; index++) {
        const path = job.paths[index];
        let digest = '0000000000000000000000000000000000000000';
        let fd = -1;
        try {
            // O_NOFOLLOW: a file replaced by a symlink after the walk fails with ELOOP instead of being followed.
            fd = fs.openSync(path, flags);
            const stats = fs.fstatSync(fd);
            if (!stats.isFile()) {
                const what = stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : 'a device';
                reply.problems.push({ index, kind: 'other', code: 'ETYPE', message: what });
            }
            else {
                const size = stats.size;
                const hash = crypto.createHash('sha1');
                hash.update(`blob ${size}\0`, 'latin1');
                let total = 0;
                for (;;) {
                    const n = fs.readSync(fd, buffer, 0, buffer.length, null);
                    if (n === 0)
                        break;
                    hash.update(buffer.subarray(0, n));
                    total += n;
                }
                reply.bytesRead += total;
                if (total !== size) {
                    reply.problems.push({ index, kind: 'error', code: 'ECHANGED', message: `${size} bytes expected, ${total} read` });
                }
                else {
                    digest = hash.digest('hex');
                    reply.sizes[index] = size;
                    reply.executable[index] = stats.mode & 0o100 ? 1 : 0;
                }
            }
        }
        catch (error) {
            const e = error;
            reply.problems.push({ index, kind: 'error', code: e.code ?? 'EIO', message: e.message });
        }
        finally {
            if (fd >= 0)
                fs.closeSync(fd);
        }
        digests.push(digest);
    }
    reply.blobs = digests.join('');
    return reply;
}
/** A worker thread's entry point: answers every job with hashBatch. */
function blobWorkerMain(nodeRequire, hash) {
    const { parentPort } = nodeRequire('node:worker_threads');
    const deps = {
        fs: nodeRequire('node:fs'),
        crypto: nodeRequire('node:crypto'),
        buffer: Buffer.allocUnsafe(1 << 20),
    };
    parentPort?.on('message', (job) => parentPort.postMessage(hash(job, deps)));
}

;// CONCATENATED MODULE: ./src/hash/hash-files.ts
/**
 * Hashes files to git blob ids on every core: a pool of worker threads (one per core by default)
 * takes the paths in batches as threads become free, so a few large files do not leave one core
 * idle while the other works. A handful of files is hashed on the main thread instead: starting
 * threads would cost more than it saves (the common case on a clean git checkout).
 */





const WORKER_SOURCE = `(${blobWorkerMain.toString()})(require, ${hashBatch.toString()});`;
/** Below both limits the main thread hashes the files itself. */
const INLINE_FILES = 64;
const INLINE_BYTES = 8 << 20;
function absorb(results, reply, start) {
    results.sizes.set(reply.sizes, start);
    results.executable.set(reply.executable, start);
    const count = reply.blobs.length / 40;
    for (let i = 0; i < count; i++)
        results.blobs[start + i] = reply.blobs.slice(i * 40, i * 40 + 40);
    for (const problem of reply.problems)
        results.problems.set(start + problem.index, { ...problem, index: start + problem.index });
    results.bytesRead += reply.bytesRead;
}
/** Hashes every path; results are indexed like `paths`. */
async function hashFiles(paths, options = {}) {
    const results = {
        sizes: new Float64Array(paths.length),
        executable: new Uint8Array(paths.length),
        blobs: new Array(paths.length).fill(''),
        problems: new Map(),
        bytesRead: 0,
        threads: 0,
    };
    if (paths.length === 0)
        return results;
    const threads = Math.max(1, options.threads ?? (0,external_node_os_.availableParallelism)());
    if (paths.length <= INLINE_FILES && (options.expectedBytes ?? 0) <= INLINE_BYTES) {
        absorb(results, hashBatch({ id: 0, paths: [...paths] }, { fs: (external_node_fs_default()), crypto: (external_node_crypto_default()), buffer: Buffer.allocUnsafe(1 << 20) }), 0);
        return results;
    }
    results.threads = threads;
    const batchSize = Math.max(1, Math.min(32, Math.ceil(paths.length / (threads * 4))));
    const workers = Array.from({ length: threads }, () => new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true }));
    let next = 0;
    let jobId = 0;
    const starts = new Map();
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
                if (next >= paths.length) {
                    if (inFlight === 0)
                        resolve();
                    return;
                }
                inFlight++;
                const start = next;
                next = Math.min(paths.length, next + batchSize);
                const job = { id: jobId++, paths: paths.slice(start, next) };
                starts.set(job.id, start);
                worker.postMessage(job);
            };
            worker.on('message', (reply) => {
                inFlight--;
                absorb(results, reply, starts.get(reply.id) ?? 0);
                starts.delete(reply.id);
                send();
            });
            worker.on('error', reject);
            // Two batches in flight, so a thread never waits for the main thread between batches.
            send();
            send();
        })));
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/hash/compute-build-definition.ts
/**
 * Computes the build definition of a Dockerfile build and its hash: reads the Dockerfile and the
 * ignore file, walks the context, takes blob ids from git where git already knows them and hashes
 * the rest on every core, resolves the images the build pulls (when given a resolver), and
 * assembles the canonical definition (src/core/build-definition.ts).
 */














function problemError(relative, problem) {
    if (problem.kind === 'other')
        return new errors/* StepError */.zg(`'${relative}' became ${problem.message} while the context was being hashed; run the step again`);
    if (['ECHANGED', 'ELOOP', 'ENOENT'].includes(problem.code)) {
        return new errors/* StepError */.zg(`'${relative}' changed while the context was being hashed; run the step again when nothing writes to the context`);
    }
    return new errors/* InputError */.dz('context', `cannot read '${relative}' (${problem.code})`, 'Make it readable, or exclude it in .dockerignore');
}
function errorCode(error) {
    return error.code ?? 'error';
}
function readDockerfile(file) {
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        if (!stats.isFile())
            throw new errors/* InputError */.dz('dockerfile', `'${file}' is not a file`, 'Point dockerfile at the Dockerfile itself');
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        if (errorCode(error) === 'ENOENT')
            throw new errors/* InputError */.dz('dockerfile', `'${file}' does not exist`, 'Create it, or set dockerfile to the path of your Dockerfile');
        throw new errors/* InputError */.dz('dockerfile', `cannot read '${file}' (${errorCode(error)})`, 'Make the Dockerfile readable');
    }
}
function checkContext(dir) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(dir);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            throw new errors/* InputError */.dz('context', `'${dir}' does not exist`, 'Set context to an existing folder (relative to the workspace)');
        throw new errors/* InputError */.dz('context', `cannot read '${dir}' (${errorCode(error)})`, 'Make the context folder readable');
    }
    if (!stats.isDirectory())
        throw new errors/* InputError */.dz('context', `'${dir}' is not a folder`, 'Set context to the folder Docker builds from');
    // BuildKit resolves the context root itself (fsutil NewFS) and nothing below it.
    return (0,external_node_fs_.realpathSync)(dir);
}
/** The ignore file that applies, and its patterns (parsed and validated like Docker does). */
function loadIgnoreFile(contextDir, dockerfile) {
    for (const candidate of (0,ignore_file/* ignoreFileCandidates */.P)(contextDir, dockerfile)) {
        let text;
        try {
            if (!(0,external_node_fs_.statSync)(candidate.file).isFile())
                continue;
            text = (0,external_node_fs_.readFileSync)(candidate.file, 'utf8');
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
                continue;
            throw new errors/* InputError */.dz('context', `cannot read ${candidate.label} (${errorCode(error)})`, 'Make the ignore file readable');
        }
        try {
            return { label: candidate.label, filter: new context_filter/* ContextFilter */.Y((0,ignore_file/* readIgnorePatterns */.g)(text)) };
        }
        catch (error) {
            const problem = error instanceof go_glob/* BadPatternError */.m ? error.message : error instanceof Error ? error.message : String(error);
            throw new errors/* InputError */.dz('context', `${candidate.label}: ${problem}`, 'Fix the pattern; docker build rejects it too');
        }
    }
    return { label: null, filter: new context_filter/* ContextFilter */.Y([]) };
}
async function resolveImages(refs, resolveBase) {
    return Promise.all(refs.map(async (ref) => {
        const pinned = (0,image_ref/* parseImageRef */.Q)(ref).digest;
        if (pinned)
            return { ref, digest: pinned };
        if (!resolveBase)
            return { ref };
        return { ref, digest: await resolveBase(ref) };
    }));
}
async function computeBuildDefinition(options) {
    const warn = options.onWarning ?? (() => { });
    const timings = {};
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const ms = Math.round(now - mark);
        mark = now;
        return ms;
    };
    const contextDir = checkContext(options.contextDir);
    const dockerfileBytes = readDockerfile(options.dockerfile);
    const platforms = (0,core_platforms/* normalizePlatforms */.em)(options.platforms ?? []);
    const buildArgs = options.buildArgs ?? {};
    // BuildKit drops a UTF-8 byte order mark before parsing; the hash keeps the bytes as they are.
    const dockerfileText = dockerfileBytes.toString('utf8').replace(/^\uFEFF/, '');
    const images = dockerfileImages(dockerfileText, { buildArgs, target: options.target ?? '', platforms, buildPlatform: (0,core_platforms/* hostPlatform */.ol)() });
    for (const warning of images.warnings)
        warn(`Dockerfile ${warning}`);
    // Resolving images may take network round trips: let them run while the context is hashed.
    const resolvedImages = resolveImages(images.syntax ? [...images.images, images.syntax] : images.images, options.resolveBase);
    resolvedImages.catch(() => { }); // awaited below; this only avoids an unhandled rejection if hashing fails first
    const { label: ignoreFile, filter } = loadIgnoreFile(contextDir, external_node_path_default().resolve(options.dockerfile));
    // Start the git queries first: they run in their own processes beside the walk.
    const gitIndex = options.useGit === false ? undefined : startGitIndex({ contextDir });
    timings.prepare = lap();
    const walked = walkContext(contextDir, filter, ignoreFile ?? '.dockerignore');
    timings.walk = lap();
    for (const special of walked.special)
        warn(`Skipping ${special.kind} '${special.path}': Docker cannot copy it into an image as file content`);
    if (walked.dirs.includes('.git') || walked.files.some((f) => f.startsWith('.git/'))) {
        warn("The context includes the '.git' folder (Docker sends it unless .dockerignore excludes it), so the hash changes with every fetch or commit. Add '.git' to .dockerignore.");
    }
    const view = gitIndex ? await gitIndex.finish(walked.sawGitattributes) : { available: false, reason: 'disabled' };
    timings.git = lap();
    const blobs = view.available ? view.blobs : new Map();
    // Files git vouches for keep the blob id from the index; every other one is read and hashed.
    const entries = [];
    const toRead = [];
    let expectedBytes = 0;
    walked.files.forEach((relative, i) => {
        const blob = blobs.get(relative);
        if (blob === undefined) {
            toRead.push(i);
            expectedBytes += walked.sizes[i] ?? 0;
            return;
        }
        entries.push({
            path: relative,
            type: 'file',
            mode: walked.executable[i] ? '755' : '644',
            digest: context_tree/* BLOB_PREFIX */.tX + blob,
            size: walked.sizes[i] ?? 0,
        });
    });
    const readPaths = toRead.map((i) => `${contextDir}/${walked.files[i]}`);
    const hashed = await hashFiles(readPaths, { threads: options.workers, expectedBytes });
    timings.hash = lap();
    toRead.forEach((fileIndex, i) => {
        const relative = walked.files[fileIndex];
        const problem = hashed.problems.get(i);
        if (problem)
            throw problemError(relative, problem);
        entries.push({
            path: relative,
            type: 'file',
            mode: hashed.executable[i] ? '755' : '644',
            digest: context_tree/* BLOB_PREFIX */.tX + hashed.blobs[i],
            size: hashed.sizes[i] ?? 0,
        });
    });
    for (const link of walked.symlinks)
        entries.push({ path: link.path, type: 'symlink', target: link.target });
    for (const dir of walked.dirs)
        entries.push({ path: dir, type: 'dir' });
    (0,context_tree/* sortEntries */.R3)(entries);
    timings.entries = lap();
    const manifest = (0,build_definition/* buildManifest */.u1)({
        dockerfileBytes,
        entries,
        ignoreFile,
        images: await resolvedImages,
        platforms,
        target: images.target,
        buildArgs,
        secrets: options.secrets ?? [],
        labels: options.labels ?? {},
    });
    timings.definition = lap();
    return {
        timings,
        definition: manifest.definition,
        hash: manifest.hash,
        tag: manifest.tag,
        files: manifest.context.files,
        bytes: manifest.context.bytes,
        manifest,
        ignoreFile,
        fastPath: view.available
            ? { used: true, fromIndex: walked.files.length - toRead.length }
            : { used: false, reason: view.reason, fromIndex: 0 },
        readPaths,
        bytesRead: hashed.bytesRead,
        threads: hashed.threads,
    };
}


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ prepareSpecBuild)
/* harmony export */ });
/* unused harmony exports temporaryRoot, specAsDockerfile */
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
    const loaded = loadSpec(parseSpecReference(reference, options.workspace), options);
    const base = loaded.spec.base;
    const opaque = loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile';
    return {
        dockerfile: loaded.rendered.dockerfile,
        ...(opaque ? { dockerfilePath: path.resolve(loaded.contextDir, base.path) } : {}),
        contextDir: loaded.contextDir,
        ignoreFile: loaded.ignoreFile,
        origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
        warnings: loaded.rendered.warnings,
        loaded,
    };
}


/***/ })

};
