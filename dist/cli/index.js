#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  bQ: () => (/* binding */ parseFlags),
  A2: () => (/* binding */ runActionFromCli)
});

// UNUSED EXPORTS: inputEnvName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/generated/action-metadata.ts
const actionMetadata = {
    "build": { "inputs": { "context": { "default": ".", "required": false }, "dockerfile": { "default": "", "required": false }, "build-args": { "default": "", "required": false }, "target": { "default": "", "required": false }, "platforms": { "default": "", "required": false }, "secrets": { "default": "", "required": false }, "labels": { "default": "", "required": false }, "manifest-file": { "default": "", "required": false }, "image": { "default": "", "required": true }, "tags": { "default": "", "required": false }, "builder": { "default": "auto", "required": false }, "cache": { "default": "registry", "required": false }, "cache-ref": { "default": "", "required": false }, "force-rebuild": { "default": "false", "required": false }, "push": { "default": "true", "required": false }, "registry-username": { "default": "", "required": false }, "registry-password": { "default": "", "required": false }, "insecure-registries": { "default": "", "required": false } }, "outputs": ["image", "digest", "tag", "tags", "hash", "reused"] },
    "git-state": { "inputs": { "path": { "default": ".", "required": false }, "require-clean": { "default": "false", "required": false } }, "outputs": ["clean", "commit", "short-commit", "ref", "branch", "tag", "commit-time", "dirty-files"] },
    "hash": { "inputs": { "context": { "default": ".", "required": false }, "dockerfile": { "default": "", "required": false }, "build-args": { "default": "", "required": false }, "target": { "default": "", "required": false }, "platforms": { "default": "", "required": false }, "secrets": { "default": "", "required": false }, "labels": { "default": "", "required": false }, "manifest-file": { "default": "", "required": false }, "resolve-images": { "default": "true", "required": false }, "insecure-registries": { "default": "", "required": false } }, "outputs": ["hash", "tag", "manifest-file", "files", "bytes"] },
    "register": { "inputs": { "platform": { "default": "catalog", "required": false }, "endpoint": { "default": "", "required": true }, "token": { "default": "", "required": false }, "oidc-audience": { "default": "", "required": false }, "access-key-id": { "default": "", "required": false }, "access-key-secret": { "default": "", "required": false }, "platform-settings": { "default": "", "required": false }, "image-name": { "default": "", "required": true }, "image": { "default": "", "required": true }, "hash": { "default": "", "required": true }, "commit": { "default": "", "required": false }, "git-tag": { "default": "", "required": false }, "version": { "default": "", "required": false }, "targets": { "default": "", "required": false }, "description": { "default": "", "required": false } }, "outputs": ["version", "version-id", "created", "attachments"] },
};

;// CONCATENATED MODULE: ./src/runtime/file-commands.ts
/**
 * Reads the runner's file-command format (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_ENV`), as
 * written by @actions/core: either `name=value` lines or `name<<DELIMITER` … `DELIMITER` blocks.
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
var redact = __nccwpck_require__(5259);
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
                    this.secrets.add(mask[1]);
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

;// CONCATENATED MODULE: ./src/cli/action-command.ts






class UsageError extends Error {
}
/** `--name value` pairs; `--name=value` also works. */
function parseFlags(args) {
    const flags = {};
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (!arg.startsWith('--'))
            throw new UsageError(`Unexpected argument '${arg}': inputs are given as --<input> <value>`);
        const eq = arg.indexOf('=');
        if (eq > 0) {
            flags[arg.slice(2, eq)] = arg.slice(eq + 1);
            continue;
        }
        const value = args[i + 1];
        if (value === undefined)
            throw new UsageError(`Flag '${arg}' needs a value`);
        flags[arg.slice(2)] = value;
        i++;
    }
    return flags;
}
function inputEnvName(input) {
    return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Runs an action's own `run()` as the runner would: inputs as `INPUT_*` variables with the
 * action.yml defaults applied, file commands in a temporary folder. Logs go to stderr; the outputs
 * come back as an object for the caller to print as JSON.
 */
async function runActionFromCli(name, run, args) {
    const metadata = actionMetadata[name];
    if (!metadata)
        throw new UsageError(`Unknown action '${name}'`);
    const flags = parseFlags(args);
    for (const flag of Object.keys(flags)) {
        if (!(flag in metadata.inputs)) {
            throw new UsageError(`Unknown input '--${flag}' for '${name}'. Inputs: ${Object.keys(metadata.inputs).map((i) => `--${i}`).join(', ')}`);
        }
    }
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
        const variable = inputEnvName(input);
        process.env[variable] = flags[input] ?? saved[variable] ?? spec.default;
    }
    Object.assign(process.env, files);
    process.env.RUNNER_TEMP ??= scratch;
    // @actions/core logs to stdout; the CLI keeps stdout for the JSON result. There is no runner
    // to honour `::add-mask::`, so the CLI does it: the line is dropped and the value redacted.
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    const masker = new SecretMasker();
    process.stdout.write = ((chunk) => process.stderr.write(masker.filter(chunk.toString())));
    const exitCodeBefore = process.exitCode;
    try {
        await run();
    }
    finally {
        process.stderr.write(masker.flush());
        process.stdout.write = stdoutWrite;
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

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every action the CLI can run, by the name of its folder under actions/. */
const actionRuns = {
    'git-state': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(724), __nccwpck_require__.e(666), __nccwpck_require__.e(134)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3134))).run,
    hash: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(617), __nccwpck_require__.e(964), __nccwpck_require__.e(333), __nccwpck_require__.e(426)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9426))).run,
    build: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(617), __nccwpck_require__.e(724), __nccwpck_require__.e(964), __nccwpck_require__.e(333), __nccwpck_require__.e(666), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6261))).run,
    register: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(964), __nccwpck_require__.e(531)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6213))).run,
};
/** Commands that are not actions: name → handler taking the remaining argv, returning an exit code. */
const extraCommands = {
    explain: { usage: 'A.json B.json — why two build definitions (hash manifest-file) differ', run: async (args) => (await __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 5159))).explainCommand(args) },
    plan: {
        usage: '--file images.yaml [--insecure-registries host:port,…] — GitHub matrix JSON of the images whose hash tag is missing, plus the reused ones',
        run: async (args) => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(617), __nccwpck_require__.e(225), __nccwpck_require__.e(964), __nccwpck_require__.e(333), __nccwpck_require__.e(405)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6405))).planCommand(args),
    },
    catalog: {
        usage: 'serve --db FILE [--host H] [--port P] [--rate-limit 20/s] | openapi — reference catalog server (CATALOG_TOKENS=token:scope+scope,…)',
        run: async (args) => (await Promise.all(/* import() */[__nccwpck_require__.e(225), __nccwpck_require__.e(326), __nccwpck_require__.e(167)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5167))).catalogCommand(args),
    },
};

// EXTERNAL MODULE: ./src/cli/action-command.ts + 3 modules
var action_command = __nccwpck_require__(9066);
// EXTERNAL MODULE: ./src/runtime/errors.ts
var errors = __nccwpck_require__(9541);
;// CONCATENATED MODULE: ./src/cli/main.ts



function usage() {
    const lines = ['Usage: image-actions <command> [--<input> <value> ...]', '', 'Actions (outputs printed as JSON on stdout, logs on stderr):'];
    for (const name of Object.keys(actionRuns).sort())
        lines.push(`  ${name}`);
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
            const result = await (0,action_command/* runActionFromCli */.A2)(command, await loadAction(), rest);
            process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
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

;// CONCATENATED MODULE: ./src/cli/index.ts

void run(process.argv.slice(2));

