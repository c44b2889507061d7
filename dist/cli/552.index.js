export const id = 552;
export const ids = [552];
export const modules = {

/***/ 2344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ dockerfileImages),
/* harmony export */   Wk: () => (/* binding */ uncheckedDownloads),
/* harmony export */   m5: () => (/* binding */ isRemoteSource)
/* harmony export */ });
/* harmony import */ var _dockerfile_syntax_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6207);
/* harmony import */ var _dockerfile_stages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2223);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stages
 * and `scratch`, only for the stages the target actually needs, plus the `# syntax=` frontend
 * image. These are what must be pinned to digests for the hash to mean "the same build".
 *
 * The Dockerfile is read by core/dockerfile (the same reading validate uses) and refused, with its
 * line, wherever `docker build` would refuse it.
 */



const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';
/** `ADD <url>` (http, https, git) — BuildKit fetches it at build time. */
function isRemoteSource(source) {
    return /^(https?:\/\/|git@|[a-z][a-z0-9+.-]*:\/\/)/i.test(source);
}
/** The remote sources of each `ADD` without `--checksum`, with its line: what the hash cannot see. */
function uncheckedDownloads(syntax, stages) {
    const out = [];
    for (const stage of syntax.stages) {
        if (stages && !stages.has(stage.index))
            continue;
        for (const instruction of stage.instructions) {
            if (instruction.keyword !== 'ADD' || instruction.flag('checksum'))
                continue;
            const sources = (instruction.json ?? instruction.args).slice(0, -1).filter(isRemoteSource);
            if (sources.length > 0)
                out.push({ line: instruction.line, sources });
        }
    }
    return out;
}
function asInputError(error) {
    if (error instanceof _dockerfile_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerfileError */ .tP)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('dockerfile', error.message, DOCKERFILE_FIX);
    throw error;
}
/** BuildKit looks the target up lower-cased among the stage names. */
function checkTarget(syntax, target) {
    if (target === '')
        return;
    const names = syntax.stages.map((s) => s.name).filter((n) => !!n);
    if (names.includes(target.toLowerCase()))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('target', `stage '${target}' is not defined in the Dockerfile`, names.length > 0 ? `Use one of: ${[...new Set(names)].join(', ')}` : 'Name a stage with FROM … AS <name>, or leave target empty');
}
function dockerfileImages(text, options) {
    const syntax = (0,_dockerfile_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(text);
    try {
        (0,_dockerfile_syntax_js__WEBPACK_IMPORTED_MODULE_0__/* .assertBuildable */ .hc)(syntax);
    }
    catch (error) {
        asInputError(error);
    }
    checkTarget(syntax, options.target);
    const images = new Set();
    const warnings = new Set();
    let target = '';
    for (const platform of options.platforms) {
        let graph;
        try {
            graph = (0,_dockerfile_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveStages */ .iM)(syntax, {
                buildArgs: options.buildArgs,
                target: options.target,
                platform,
                buildPlatform: options.buildPlatform,
            });
        }
        catch (error) {
            asInputError(error);
        }
        for (const image of graph.images)
            images.add(image);
        const stage = syntax.stages[graph.target];
        target = stage?.name ?? `#${graph.target}`;
        for (const { line, sources } of uncheckedDownloads(syntax, graph.reachable)) {
            warnings.add(`line ${line}: ADD ${sources.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:… (or a commit), or a changed download will not trigger a rebuild`);
        }
    }
    const syntaxImage = syntax.directives.get('syntax')?.value;
    return {
        images: [...images].sort(),
        ...(syntaxImage ? { syntax: syntaxImage } : {}),
        target,
        warnings: [...warnings],
        stages: syntax.stages.map((s) => s.name ?? `#${s.index}`),
    };
}


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gC: () => (/* binding */ globalArgScope),
/* harmony export */   iM: () => (/* binding */ resolveStages),
/* harmony export */   p3: () => (/* binding */ isValidImageReference)
/* harmony export */ });
/* harmony import */ var _shell_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7609);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9187);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6207);
/**
 * Which stage or image each `FROM`, `COPY --from` and `RUN --mount=from=` names, resolved as
 * BuildKit's dockerfile2llb resolves them (convert.go: buildDispatchStates, addState,
 * findStateByName, toCommand, detectRunMount, resolveBaseImage):
 *
 * - `FROM x` is a stage only if a stage named exactly `x` (stage names are stored lower-case) was
 *   defined *before* it; with duplicate names the latest earlier one wins. Otherwise it is an image
 *   (so `FROM Build` after `AS build`, or a stage defined later, is an image reference).
 * - `COPY --from`, `RUN --mount=from=` and the target are looked up lower-cased among all stages,
 *   the last stage of a name winning; `COPY --from=<n>` is stage index n. Anything else is an image.
 * - Every image reference is checked against the reference grammar — also in stages the target
 *   does not need — and `scratch` (exactly) is no image.
 *
 * Errors come out as DockerfileError with the line BuildKit names.
 */




const SCRATCH = 'scratch';
function fail(line, message) {
    throw new _syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerfileError */ .tP({ line, message });
}
function expandAt(word, scope, escape, line) {
    try {
        return (0,_shell_words_js__WEBPACK_IMPORTED_MODULE_0__/* .expandWord */ .V)(word, scope, escape);
    }
    catch (error) {
        if (error instanceof _shell_words_js__WEBPACK_IMPORTED_MODULE_0__/* .ExpansionError */ .Y)
            fail(line, error.message);
        throw error;
    }
}
const PREDEFINED = new Map();
/** BuildKit's defaultArgs: the platform ARGs and TARGETSTAGE (one map per combination, reused). */
function predefinedArgs(platform, buildPlatform, target) {
    const key = `${platform}|${buildPlatform}|${target}`;
    let args = PREDEFINED.get(key);
    if (!args) {
        args = new Map(Object.entries({
            ...(0,_platforms_js__WEBPACK_IMPORTED_MODULE_2__/* .platformArgs */ .xZ)('BUILD', buildPlatform),
            BUILDOSVERSION: '',
            ...(0,_platforms_js__WEBPACK_IMPORTED_MODULE_2__/* .platformArgs */ .xZ)('TARGET', platform),
            TARGETOSVERSION: '',
            TARGETSTAGE: target,
        }));
        PREDEFINED.set(key, args);
    }
    return args;
}
/** BuildKit's defaultArgs + buildMetaArgs: the variables FROM lines expand with. */
function globalArgScope(syntax, options) {
    const target = options.target || (syntax.stages[syntax.stages.length - 1]?.name ?? '') || 'default';
    const scope = new Map(predefinedArgs(options.platform, options.buildPlatform, target));
    for (const name in options.buildArgs)
        if (scope.has(name))
            scope.set(name, options.buildArgs[name]);
    for (const instruction of syntax.globalArgs) {
        for (const { name, rawValue } of instruction.properties) {
            if (Object.hasOwn(options.buildArgs, name))
                scope.set(name, options.buildArgs[name]);
            else if (rawValue !== null)
                scope.set(name, expandAt(rawValue, scope, syntax.escape, instruction.line));
        }
    }
    return scope;
}
/** References already found valid (a repository repeats the same few bases). */
const VALID_REFERENCES = new Set();
/** Whether `reference` parses as `docker build` parses an image reference (answers remembered). */
function isValidImageReference(reference) {
    if (VALID_REFERENCES.has(reference))
        return true;
    try {
        (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(reference);
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .ImageRefError */ .z0)
            return false;
        throw error;
    }
    if (VALID_REFERENCES.size > 10_000)
        VALID_REFERENCES.clear();
    VALID_REFERENCES.add(reference);
    return true;
}
/** An image reference must parse as `docker build` parses it (distribution/reference). */
function checkImage(reference, line) {
    if (VALID_REFERENCES.has(reference))
        return;
    try {
        (0,_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(reference);
        if (VALID_REFERENCES.size > 10_000)
            VALID_REFERENCES.clear();
        VALID_REFERENCES.add(reference);
    }
    catch (error) {
        if (error instanceof _image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .ImageRefError */ .z0)
            fail(line, `failed to parse stage name "${reference}": invalid reference format (${error.message.replace(/^Invalid image reference "[^"]*": /, '')})`);
        throw error;
    }
}
/** `scope`: the global ARG values when the caller has them already (the same options). */
function resolveStages(syntax, options, scope) {
    const globalScope = scope ?? globalArgScope(syntax, options);
    const byName = new Map();
    const stages = [];
    // buildDispatchStates: bases in order; a stage is known from its own FROM onwards.
    for (const stage of syntax.stages) {
        const base = expandAt(stage.baseWord, globalScope, syntax.escape, stage.from.line);
        if (base === '')
            fail(stage.from.line, `base name (${stage.baseWord}) should not be blank`);
        const earlier = byName.get(base);
        const from = earlier !== undefined ? { stage: earlier } : base === SCRATCH ? { scratch: true } : { image: base };
        stages.push({ syntax: stage, base, from, sources: [] });
        if (stage.name)
            byName.set(stage.name, stage.index);
    }
    let target = stages.length - 1;
    if (options.target !== '') {
        const found = byName.get(options.target.toLowerCase());
        if (found === undefined) {
            const names = [...byName.keys()];
            const suggestion = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(options.target, names, true);
            throw new _syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerfileError */ .tP({
                line: 0,
                message: `target stage "${options.target}" could not be found${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
            });
        }
        target = found;
    }
    // buildStageDependencyGraph: --from values, looked up among all stages.
    const lookup = (value, line, allowIndex) => {
        if (allowIndex && /^[+-]?\d+$/.test(value)) {
            const index = Number(value);
            if (!Number.isInteger(index) || index < 0 || index >= stages.length)
                fail(line, `invalid stage index ${value}`);
            return { stage: index };
        }
        const found = byName.get(value.toLowerCase());
        if (found !== undefined)
            return { stage: found };
        return value === SCRATCH ? { scratch: true } : { image: value };
    };
    for (const stage of stages) {
        for (const instruction of stage.syntax.instructions) {
            if (instruction.keyword === 'COPY') {
                const from = instruction.flag('from')?.value;
                if (from)
                    stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, true) });
            }
            else if (instruction.keyword === 'RUN') {
                for (const flag of instruction.flags) {
                    if (flag.name !== 'mount')
                        continue;
                    const from = flag.options.find((o) => o.name.toLowerCase() === 'from')?.value;
                    if (from)
                        stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, false) });
                }
            }
        }
    }
    checkCycles(stages);
    // resolveReachableStages: every base image is parsed, reachable or not.
    for (const stage of stages) {
        if ('image' in stage.from)
            checkImage(stage.from.image, stage.syntax.from.line);
        for (const use of stage.sources)
            if ('image' in use.source)
                checkImage(use.source.image, use.instruction.line);
    }
    const reachable = new Set();
    const images = new Set();
    const visit = (index) => {
        if (reachable.has(index))
            return;
        reachable.add(index);
        const stage = stages[index];
        use(stage.from);
        for (const source of stage.sources)
            use(source.source);
    };
    const use = (source) => {
        if ('stage' in source)
            visit(source.stage);
        else if ('image' in source)
            images.add(source.image);
    };
    visit(target);
    return { stages, target, reachable, globalScope, images: [...images].sort() };
}
/** BuildKit's validateCircularDependency: a stage may not need itself. */
function checkCycles(stages) {
    const state = new Map();
    const visit = (index, line) => {
        const mark = state.get(index);
        if (mark === 'done')
            return;
        const stage = stages[index];
        if (mark === 'active')
            fail(line, `circular dependency detected on stage: ${stage.syntax.name ?? `stage-${index}`}`);
        state.set(index, 'active');
        if ('stage' in stage.from)
            visit(stage.from.stage, stage.syntax.from.line);
        for (const use of stage.sources)
            if ('stage' in use.source)
                visit(use.source.stage, use.instruction.line);
        state.set(index, 'done');
    };
    for (let i = 0; i < stages.length; i++)
        visit(i, stages[i]?.syntax.from.line ?? 0);
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   hc: () => (/* binding */ assertBuildable),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   tP: () => (/* binding */ DockerfileError)
/* harmony export */ });
/* unused harmony exports INSTRUCTIONS, editDistance */
/**
 * A Dockerfile read the way BuildKit reads it: this is BuildKit's parser (moby/buildkit
 * frontend/dockerfile/parser: parser.go, directives.go, split_command.go, line_parsers.go) and the
 * argument checks of its instructions package, written anew in TypeScript. Both the hash
 * (dockerfile-images.ts) and validate (core/lint) start here, so they see the file as `docker
 * build` does: the same line joining, comment handling, heredocs, flags and words.
 *
 * What `docker build` refuses is collected in `problems`, in the order BuildKit reports it — the
 * whole-file parser first (it stops at its first error), then instruction by instruction — each
 * with its line: an unknown instruction, an unterminated heredoc, a flag the instruction does not
 * take, a wrong number of arguments, an invalid stage name, an instruction before the first FROM,
 * `COPY --from` or `RUN --mount=from=` with a variable. Stage resolution is in stages.ts.
 */
/** The first problem of a Dockerfile, thrown by the functions that need a buildable one. */
class DockerfileError extends Error {
    line;
    problem;
    constructor(problem) {
        super(problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message);
        this.name = 'DockerfileError';
        this.line = problem.line;
        this.problem = problem.message;
    }
}
/** BuildKit's instruction set (frontend/dockerfile/command). */
const INSTRUCTIONS = [
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
];
const KNOWN = new Set(INSTRUCTIONS);
/** Flags each instruction takes (instructions/parse.go); every other instruction takes none. */
const FLAGS = {
    FROM: { platform: 'string' },
    COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'many', parents: 'bool' },
    ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'many' },
    RUN: { mount: 'many', network: 'string', security: 'string', device: 'many' },
    HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};
const FORMS = {
    ADD: 'jsonOrList',
    ARG: 'nameOrNameVal',
    CMD: 'jsonOrString',
    COPY: 'jsonOrList',
    ENTRYPOINT: 'jsonOrString',
    ENV: 'nameVal',
    EXPOSE: 'whitespace',
    FROM: 'whitespace',
    HEALTHCHECK: 'health',
    LABEL: 'nameVal',
    MAINTAINER: 'string',
    ONBUILD: 'sub',
    RUN: 'jsonOrString',
    SHELL: 'jsonOrString',
    STOPSIGNAL: 'string',
    USER: 'string',
    VOLUME: 'jsonOrList',
    WORKDIR: 'string',
};
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const WHITESPACE = /[\t\v\f\r ]+/;
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
/** Levenshtein distance, for BuildKit's "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/**
 * BuildKit's suggest.Search: the option closest to `word` by edit distance, if below 3; none when
 * an option equals the word. Case-insensitive search answers in the word's own case.
 */
function closest(word, options, caseSensitive = true) {
    const value = caseSensitive ? word : word.toLowerCase();
    let match;
    let best = 3;
    for (const option of options) {
        const candidate = caseSensitive ? option : option.toLowerCase();
        if (candidate === value)
            return undefined;
        const distance = editDistance(value, candidate);
        if (distance < best) {
            best = distance;
            match = caseSensitive ? candidate : matchCase(candidate, word);
        }
    }
    return match;
}
function matchCase(value, original) {
    if (original === original.toLowerCase())
        return value.toLowerCase();
    if (original === original.toUpperCase())
        return value.toUpperCase();
    return value;
}
/** Go's unicode.IsSpace for the characters a Dockerfile holds. */
const isSpace = (ch) => {
    if (ch === undefined)
        return false;
    const c = ch.charCodeAt(0);
    return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
};
const isComment = (line) => {
    for (let i = 0; i < line.length; i++) {
        if (!isSpace(line[i]))
            return line[i] === '#';
    }
    return false;
};
/** split_command.go extractBuilderFlags: leading `--name[=value]` words (quotes and escapes read), and the rest. */
function extractFlags(line, escape) {
    const words = [];
    let pos = 0;
    for (;;) {
        while (pos < line.length && isSpace(line[pos]))
            pos++;
        if (pos >= line.length || !line.startsWith('--', pos))
            return { rest: line.slice(pos), words };
        let word = '';
        let quote = '';
        let blankOK = false;
        for (; pos < line.length; pos++) {
            let ch = line[pos];
            if (quote) {
                if (ch === quote) {
                    quote = '';
                    continue;
                }
            }
            else {
                if (isSpace(ch))
                    break;
                if (ch === "'" || ch === '"') {
                    quote = ch;
                    blankOK = true;
                    continue;
                }
            }
            if (ch === escape) {
                if (pos + 1 === line.length)
                    continue;
                ch = line[++pos];
            }
            word += ch;
        }
        if (word === '--')
            return { rest: line.slice(pos), words };
        if (blankOK || word.length > 0)
            words.push(word);
    }
}
/** line_parsers.go parseWords: words split on white space, quotes and escapes kept as written. */
function parseWords(rest, escape) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote = '';
    let blankOK = false;
    for (let pos = 0; pos < rest.length; pos++) {
        let ch = rest[pos];
        if (!inWord) {
            if (isSpace(ch))
                continue;
            inWord = true;
        }
        if (quote) {
            if (ch === quote)
                quote = '';
            else if (ch === escape && quote !== "'") {
                if (pos + 1 === rest.length)
                    continue;
                word += ch;
                ch = rest[++pos];
            }
            word += ch;
            continue;
        }
        if (isSpace(ch)) {
            if (blankOK || word.length > 0)
                words.push(word);
            word = '';
            inWord = false;
            blankOK = false;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            blankOK = true;
        }
        if (ch === escape) {
            if (pos + 1 === rest.length)
                continue;
            word += ch;
            ch = rest[++pos];
        }
        word += ch;
    }
    if (inWord && (blankOK || word.length > 0))
        words.push(word);
    return words;
}
function unquote(value) {
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0] ? value.slice(1, -1) : value;
}
/** ENV and LABEL (parseNameVal): `name=value …`, or the legacy `name value`. */
function nameValues(rest, keyword, escape) {
    const words = parseWords(rest, escape);
    if (words.length === 0)
        return { properties: [] };
    if (!words[0].includes('=')) {
        const parts = rest.split(WHITESPACE);
        if (parts.length < 2)
            return { properties: [], error: `${keyword} must have two arguments` };
        const value = rest.slice(rest.indexOf(parts[1], parts[0].length));
        return { properties: [{ name: parts[0], rawValue: value, value: unquote(value), hasEquals: false }] };
    }
    const properties = [];
    for (const word of words) {
        const eq = word.indexOf('=');
        if (eq === -1)
            return { properties, error: `Syntax error - can't find = in "${word}". Must be of the form: name=value` };
        const value = word.slice(eq + 1);
        properties.push({ name: word.slice(0, eq), rawValue: value, value: unquote(value), hasEquals: true });
    }
    return { properties };
}
/** The exec form, if the text is a JSON array: strings, or an error for other elements. */
function parseJson(text) {
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('['))
        return { json: null };
    let parsed;
    try {
        parsed = JSON.parse(trimmed);
    }
    catch {
        return { json: null };
    }
    if (!Array.isArray(parsed))
        return { json: null };
    if (!parsed.every((item) => typeof item === 'string'))
        return { json: null, error: 'when using JSON array syntax, arrays must be comprised of strings only' };
    return { json: parsed };
}
/** parser.go heredocsFromLine: the heredoc words of a line (`<<EOF`, `<<-"EOF"`, `3<<EOF`). */
function heredocNames(line) {
    const out = [];
    for (const word of parseWords(line, '\\')) {
        const match = HEREDOC.exec(word);
        const rest = match?.[3];
        if (!match || !rest)
            continue;
        const words = parseWords(rest, '\\');
        if (words.length !== 1)
            continue;
        out.push({ name: words[0].replace(/\\(.)/g, '$1').replace(/["']/g, ''), chomp: match[2] === '-' });
    }
    return out;
}
/** newNodeFromLine: the keyword, the flags and the arguments of one joined line. */
function parseLine(line, escape) {
    const trimmed = line.trim();
    const split = WHITESPACE.exec(trimmed);
    const written = split ? trimmed.slice(0, split.index) : trimmed;
    const afterKeyword = split ? trimmed.slice(split.index + split[0].length) : '';
    const { rest, words } = extractFlags(afterKeyword, escape);
    const text = rest.trim();
    const flags = words.map((word) => {
        const flag = word.slice(2);
        const eq = flag.indexOf('=');
        const value = eq === -1 ? null : flag.slice(eq + 1);
        return {
            name: eq === -1 ? flag : flag.slice(0, eq),
            value,
            options: (value ?? '').split(',').map((part) => {
                const i = part.indexOf('=');
                return i === -1 ? { name: part, value: null } : { name: part.slice(0, i), value: part.slice(i + 1) };
            }),
        };
    });
    const keyword = written.toUpperCase();
    const args = text === '' ? [] : text.split(WHITESPACE);
    const parsed = { keyword, written, text, args, flags, json: null, properties: [], argCount: 0 };
    switch (FORMS[keyword]) {
        case 'whitespace':
            parsed.argCount = args.length;
            break;
        case 'jsonOrList':
        case 'jsonOrString': {
            const { json, error } = parseJson(text);
            if (error)
                parsed.error = error;
            parsed.json = json;
            parsed.argCount = json ? json.length : text === '' ? 0 : FORMS[keyword] === 'jsonOrList' ? args.length : 1;
            break;
        }
        case 'string':
            parsed.argCount = text === '' ? 0 : 1;
            break;
        case 'nameVal': {
            const { properties, error } = nameValues(text, keyword, escape);
            parsed.properties = properties;
            if (error)
                parsed.error = error;
            parsed.argCount = properties.length;
            break;
        }
        case 'nameOrNameVal': {
            const words = parseWords(text, escape);
            parsed.properties = words.map((word) => {
                const eq = word.indexOf('=');
                return eq === -1
                    ? { name: word, rawValue: null, value: null, hasEquals: false }
                    : { name: word.slice(0, eq), rawValue: word.slice(eq + 1), value: unquote(word.slice(eq + 1)), hasEquals: true };
            });
            parsed.argCount = words.length;
            break;
        }
        case 'health': {
            const type = text.split(WHITESPACE)[0] ?? '';
            const command = text.slice(type.length);
            const { json, error } = parseJson(command);
            if (error)
                parsed.error = error;
            parsed.argCount = type === '' ? 0 : 1 + (json ? json.length : command.trim() === '' ? 0 : 1);
            break;
        }
        case 'sub':
            parsed.argCount = text === '' ? 0 : 1;
            break;
    }
    return parsed;
}
function flagProblem(keyword, flags) {
    const allowed = FLAGS[keyword] ?? {};
    const seen = new Set();
    for (const flag of flags) {
        const kind = allowed[flag.name];
        if (!kind)
            return `unknown flag: ${flag.name}`;
        if (kind !== 'many' && seen.has(flag.name))
            return `duplicate flag specified: ${flag.name}`;
        seen.add(flag.name);
        if (kind === 'bool') {
            if (flag.value !== null && !/^(true|false)$/i.test(flag.value))
                return `expecting boolean value for flag ${flag.name}, not: ${flag.value}`;
        }
        else if (flag.value === null) {
            return `missing a value on flag: ${flag.name}`;
        }
    }
    return undefined;
}
/** The instruction-level refusals of BuildKit's instructions.Parse, for one instruction. */
function instructionProblem(instruction, argCount) {
    const { keyword, args } = instruction;
    if (!KNOWN.has(keyword)) {
        const suggestion = closest(instruction.written, INSTRUCTIONS, false);
        return `unknown instruction: ${instruction.written}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
    }
    if (keyword === 'FROM') {
        if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
            if (!VALID_STAGE_NAME.test(args[2].toLowerCase()))
                return `invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`;
        }
        else if (args.length !== 1)
            return 'FROM requires either one or three arguments';
    }
    if (['ENV', 'LABEL', 'EXPOSE', 'VOLUME', 'ARG', 'ONBUILD', 'HEALTHCHECK'].includes(keyword) && argCount === 0)
        return `${keyword} requires at least one argument`;
    if (['ENV', 'LABEL', 'ARG'].includes(keyword) && instruction.properties.some((p) => p.name === ''))
        return `${keyword} names can not be blank`;
    if (['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'].includes(keyword) && argCount !== 1)
        return `${keyword} requires exactly one argument`;
    if ((keyword === 'COPY' || keyword === 'ADD') && argCount + instruction.heredocs.length < 2)
        return `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
    if (keyword === 'ONBUILD') {
        const trigger = (args[0] ?? '').toUpperCase();
        if (trigger === 'ONBUILD')
            return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        if (trigger === 'MAINTAINER' || trigger === 'FROM')
            return `${trigger} isn't allowed as an ONBUILD trigger`;
    }
    if (keyword === 'SHELL' && argCount > 0 && !instruction.json)
        return 'SHELL requires the arguments to be in JSON form';
    if (keyword === 'HEALTHCHECK') {
        const type = (args[0] ?? '').toUpperCase();
        if (type === 'NONE' && args.length > 1)
            return 'HEALTHCHECK NONE takes no arguments';
        if (type !== 'NONE' && type !== 'CMD' && type !== '')
            return `Unknown type "${args[0]}" in HEALTHCHECK (try CMD)`;
        if (type === 'CMD' && argCount < 2)
            return 'Missing command after HEALTHCHECK CMD';
    }
    // HEALTHCHECK NONE reads no flags; every other instruction checks its own.
    const flags = keyword === 'HEALTHCHECK' && (args[0] ?? '').toUpperCase() === 'NONE' ? undefined : flagProblem(keyword, instruction.flags);
    if (flags)
        return flags;
    if (keyword === 'COPY') {
        const from = instruction.flag('from')?.value;
        // BuildKit expands --from with an empty environment and refuses any change (dockerfile2llb toCommand).
        if (from && /[$'"\\]/.test(from))
            return 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
    }
    if (keyword === 'RUN') {
        for (const mount of instruction.flags.filter((f) => f.name === 'mount')) {
            const from = mount.options.find((o) => o.name.toLowerCase() === 'from')?.value ?? '';
            const dollar = from.indexOf('$');
            if (dollar !== -1 && dollar !== from.length - 1)
                return "'from' doesn't support variable expansion, define alias stage instead";
        }
    }
    return undefined;
}
/** An instruction; `rawText` (for ShellCheck only) is cut from the source lines when first asked for. */
class ParsedInstruction {
    source;
    index;
    keyword;
    written;
    line;
    endLine;
    text;
    args;
    flags;
    json;
    properties;
    heredocs;
    comments;
    raw;
    constructor(fields, source) {
        this.source = source;
        this.index = fields.index;
        this.keyword = fields.keyword;
        this.written = fields.written;
        this.line = fields.line;
        this.endLine = fields.endLine;
        this.text = fields.text;
        this.args = fields.args;
        this.flags = fields.flags;
        this.json = fields.json;
        this.properties = fields.properties;
        this.heredocs = fields.heredocs;
        this.comments = fields.comments;
    }
    get rawText() {
        this.raw ??= rawArguments(this.source.lines, this.line, this.source.logicalEnd, this.flags.length, this.source.escape);
        return this.raw;
    }
    flag(name) {
        for (const flag of this.flags)
            if (flag.name === name)
                return flag;
        return undefined;
    }
}
/** The arguments as written after keyword and flags, over the instruction's physical lines. */
function rawArguments(lines, first, last, flagCount, escape) {
    const raw = lines.slice(first - 1, last).join('\n');
    let at = 0;
    const skip = () => {
        for (;;) {
            while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '\r'))
                at++;
            if (raw[at] === escape && /^[ \t\r]*\n/.test(raw.slice(at + 1, at + 100))) {
                at = raw.indexOf('\n', at) + 1;
                continue;
            }
            if (raw[at] === '\n') {
                at++;
                continue;
            }
            return;
        }
    };
    for (let words = 0; words < 1 + flagCount; words++) {
        skip();
        while (at < raw.length && !isSpace(raw[at]))
            at++;
    }
    skip();
    let line = first;
    for (let i = 0; i < at; i++)
        if (raw[i] === '\n')
            line++;
    return { text: raw.slice(at), line };
}
function parseDockerfile(source) {
    // BuildKit drops a UTF-8 byte order mark before parsing.
    const text = source.replace(/^\uFEFF/, '');
    const lines = text.includes('\r') ? text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : text.split('\n');
    if (lines[lines.length - 1] === '' && lines.length > 1)
        lines.pop();
    const problems = [];
    const parseErrors = [];
    // Parser directives: `# name=value` lines at the very top (directives.go).
    const directives = new Map();
    let escape = '\\';
    let directivesDone = false;
    const directiveAt = (line, number) => {
        if (directivesDone)
            return false;
        const trimmed = line.trimStart();
        const match = trimmed.startsWith('#') ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null;
        const name = match?.[1]?.toLowerCase();
        if (!match || !name || !['syntax', 'escape', 'check'].includes(name)) {
            directivesDone = true;
            return false;
        }
        if (directives.has(name)) {
            parseErrors.push({ line: number, message: `only one ${name} parser directive can be used` });
            return true;
        }
        const value = match[2];
        directives.set(name, { value, line: number });
        if (name === 'escape') {
            if (value !== '`' && value !== '\\')
                parseErrors.push({ line: number, message: `invalid escape token '${value}' does not match \` or \\` });
            else
                escape = value;
        }
        return true;
    };
    const continued = (line) => {
        // parser.go lineContinuationRegex: an escape at the end (blanks after it allowed), not escaped itself.
        let end = line.length;
        while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t'))
            end--;
        if (end === 0 || line[end - 1] !== escape)
            return -1;
        return end === 1 || line[end - 2] !== escape ? end - 1 : -1;
    };
    const instructions = [];
    const argCounts = [];
    const emptyContinuationLines = [];
    let comments = [];
    let i = 0;
    while (i < lines.length) {
        const rawLine = lines[i];
        if (isComment(rawLine)) {
            const comment = rawLine.slice(1).trim();
            if (comment === '')
                comments = [];
            else
                comments.push(comment);
        }
        if (directiveAt(rawLine, i + 1))
            comments.pop();
        const startLine = i + 1;
        i++;
        let first = rawLine.trimStart();
        if (isComment(first))
            first = '';
        let cut = continued(first);
        if (cut === -1 && first.length === 0)
            continue;
        let joined = cut === -1 ? first : first.slice(0, cut);
        while (cut !== -1 && i < lines.length) {
            const next = lines[i];
            i++;
            if (isComment(next))
                continue;
            if (next.trim() === '') {
                emptyContinuationLines.push(i);
                continue;
            }
            cut = continued(next);
            joined += cut === -1 ? next : next.slice(0, cut);
        }
        const logicalEnd = i;
        const parsed = parseLine(joined, escape);
        if (parsed.error)
            parseErrors.push({ line: startLine, message: parsed.error });
        // Heredocs (RUN, COPY, ADD, and ONBUILD of those; never the exec form).
        const heredocs = [];
        const subKeyword = parsed.keyword === 'ONBUILD' ? (parsed.text.split(WHITESPACE)[0] ?? '').toUpperCase() : parsed.keyword;
        if (HEREDOC_KEYWORDS.has(subKeyword) && !parsed.json && joined.includes('<<')) {
            for (const { name, chomp } of heredocNames(joined)) {
                const contentLine = i + 1;
                const body = [];
                let terminated = false;
                while (i < lines.length) {
                    const line = lines[i];
                    i++;
                    if ((chomp ? line.replace(/^\t+/, '') : line) === name) {
                        terminated = true;
                        break;
                    }
                    body.push(line);
                }
                heredocs.push({ name, contentLine, content: body.join('\n'), terminated });
                if (!terminated) {
                    parseErrors.push({ line: startLine, message: `unterminated heredoc (<<${name})` });
                    break;
                }
            }
        }
        instructions.push(new ParsedInstruction({
            index: instructions.length,
            keyword: parsed.keyword,
            written: parsed.written,
            line: startLine,
            endLine: i,
            text: parsed.text,
            args: parsed.args,
            flags: parsed.flags,
            json: parsed.json,
            properties: parsed.properties,
            heredocs,
            comments,
        }, { lines, logicalEnd, escape }));
        argCounts.push(parsed.argCount);
        comments = [];
    }
    if (text.length === 0)
        problems.push({ line: 0, message: 'the Dockerfile cannot be empty' });
    else if (instructions.length === 0)
        problems.push({ line: 0, message: 'file with no instructions' });
    // The whole-file parser stops at its first error: nothing after it is read by docker build.
    if (parseErrors.length > 0)
        problems.push(...parseErrors);
    const globalArgs = [];
    const stages = [];
    for (const instruction of instructions) {
        const problem = instructionProblem(instruction, argCounts[instruction.index]);
        if (problem)
            problems.push({ line: instruction.line, message: problem });
        if (instruction.keyword === 'FROM') {
            const [baseWord = '', as, name] = instruction.args;
            stages.push({
                index: stages.length,
                from: instruction,
                baseWord,
                name: as?.toLowerCase() === 'as' && name ? name.toLowerCase() : undefined,
                platform: instruction.flag('platform')?.value ?? undefined,
                instructions: [],
            });
        }
        else if (stages.length === 0) {
            if (instruction.keyword === 'ARG')
                globalArgs.push(instruction);
            else if (!problem)
                problems.push({ line: instruction.line, message: 'no build stage in current context (only ARG may come before the first FROM)' });
        }
        else {
            stages[stages.length - 1].instructions.push(instruction);
        }
    }
    if (instructions.length > 0 && stages.length === 0 && problems.length === 0)
        problems.push({ line: 0, message: 'dockerfile contains no stages to build' });
    return { text, lines, escape, directives, instructions, globalArgs, stages, emptyContinuationLines, problems };
}
/** The first problem as an error, if there is one. */
function assertBuildable(syntax) {
    const first = syntax.problems[0];
    if (first)
        throw new DockerfileError(first);
}


/***/ }),

/***/ 7609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ expandWord),
/* harmony export */   Y: () => (/* binding */ ExpansionError)
/* harmony export */ });
/**
 * Variable expansion of one Dockerfile word, as BuildKit's shell lexer does it for `FROM`,
 * `COPY --from` and `ARG` defaults: single quotes are literal, double quotes group and still expand,
 * the escape character (`\` or the `# escape=` one) protects the next character, and `$NAME`,
 * `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`,
 * `${NAME#glob}`, `${NAME##glob}`, `${NAME%glob}`, `${NAME%%glob}`, `${NAME/glob/text}`, `${NAME//glob/text}`
 * are expanded.
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
/**
 * Expands `word`. `onLookup`, when given, hears every variable the word reads and whether it was
 * set, as BuildKit's ProcessWordWithMatches records matched and unmatched names (lint rules use it).
 */
function expandWord(word, variables, escape = '\\', onLookup) {
    // Nothing to expand or unquote: the word is its own value (the common case, kept cheap).
    if (!word.includes('$') && !word.includes("'") && !word.includes('"') && !word.includes(escape))
        return word;
    let i = 0;
    const lookup = (name) => {
        const value = variables.get(name);
        onLookup?.(name, value !== undefined);
        return value;
    };
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
        return expandWord(inner, variables, escape, onLookup);
    };
    /** Reads up to an unescaped `stop` (the pattern of `${NAME/pattern/replacement}`), unexpanded. */
    const readRawUntil = (stop) => {
        const start = i;
        for (; i < word.length && word[i] !== stop; i++)
            if (word[i] === escape)
                i++;
        if (i >= word.length)
            throw new ExpansionError(`missing '${stop}' in '${word}'`);
        return word.slice(start, i++);
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
            if (!colon && op === '/') {
                i++;
                const all = word[i] === '/';
                if (all)
                    i++;
                const pattern = readRawUntil('/');
                const replacement = readRawUntil('}');
                const regex = globToRegExp(pattern, 'start', true);
                const source = value ?? '';
                let out = '';
                for (let at = 0; at < source.length;) {
                    const match = pattern === '' ? null : regex.exec(source.slice(at));
                    if (match && match[0].length > 0) {
                        out += replacement;
                        at += match[0].length;
                        if (!all)
                            return out + source.slice(at);
                    }
                    else {
                        out += source[at];
                        at++;
                    }
                }
                return out;
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

/***/ 8484:
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
// EXTERNAL MODULE: ./src/core/dockerignore/context-filter.ts
var context_filter = __webpack_require__(4152);
// EXTERNAL MODULE: ./src/core/dockerignore/go-glob.ts
var go_glob = __webpack_require__(3018);
// EXTERNAL MODULE: ./src/core/dockerignore/ignore-file.ts
var ignore_file = __webpack_require__(3081);
// EXTERNAL MODULE: ./src/core/context-tree.ts
var context_tree = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/core/build-definition.ts
var build_definition = __webpack_require__(7621);
// EXTERNAL MODULE: ./src/core/dockerfile-images.ts
var dockerfile_images = __webpack_require__(2344);
// EXTERNAL MODULE: ./src/core/image-ref.ts
var image_ref = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/core/platforms.ts
var core_platforms = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
    const images = (0,dockerfile_images/* dockerfileImages */.$H)(dockerfileText, { buildArgs, target: options.target ?? '', platforms, buildPlatform: (0,core_platforms/* hostPlatform */.ol)() });
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
/* harmony export */   Pz: () => (/* binding */ prepareSpecBuild),
/* harmony export */   yO: () => (/* binding */ specAsDockerfile)
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
    const loaded = (0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSpec */ .II)((0,_load_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpecReference */ .c7)(reference, options.workspace), options);
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


/***/ })

};
