#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Every action the CLI can run, by the name of its folder under actions/. */
const actionRuns = {};
/** Commands that are not actions: name → handler taking the remaining argv, returning an exit code. */
const extraCommands = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/generated/action-metadata.ts
const actionMetadata = {};

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
    const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), `image-actions-${name}-`));
    const files = {
        GITHUB_OUTPUT: external_node_path_default().join(scratch, 'output'),
        GITHUB_STATE: external_node_path_default().join(scratch, 'state'),
        GITHUB_STEP_SUMMARY: external_node_path_default().join(scratch, 'summary.md'),
        GITHUB_ENV: external_node_path_default().join(scratch, 'env'),
    };
    for (const file of Object.values(files))
        (0,external_node_fs_namespaceObject.writeFileSync)(file, '');
    const saved = { ...process.env };
    for (const [input, spec] of Object.entries(metadata.inputs)) {
        process.env[inputEnvName(input)] = flags[input] ?? spec.default;
    }
    Object.assign(process.env, files);
    process.env.RUNNER_TEMP ??= scratch;
    // @actions/core logs to stdout; the CLI keeps stdout for the JSON result.
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    process.stdout.write = process.stderr.write.bind(process.stderr);
    const exitCodeBefore = process.exitCode;
    try {
        await run();
    }
    finally {
        process.stdout.write = stdoutWrite;
        process.env = saved;
    }
    const failed = process.exitCode !== undefined && process.exitCode !== 0 && process.exitCode !== exitCodeBefore;
    const outputs = parseFileCommands((0,external_node_fs_namespaceObject.readFileSync)(files.GITHUB_OUTPUT, 'utf8'));
    const summary = (0,external_node_fs_namespaceObject.readFileSync)(files.GITHUB_STEP_SUMMARY, 'utf8');
    (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    return { outputs, failed, summary };
}

;// CONCATENATED MODULE: ./src/runtime/errors.ts
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
            const result = await runActionFromCli(command, await loadAction(), rest);
            process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
            process.exitCode = result.failed ? 1 : 0;
            return;
        }
        const extra = extraCommands[command];
        if (extra) {
            process.exitCode = await extra.run(rest);
            return;
        }
        throw new UsageError(`Unknown command '${command}'.\n${usage()}`);
    }
    catch (error) {
        process.stderr.write(`image-actions: ${errorMessage(error)}\n`);
        process.exitCode = error instanceof UsageError ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

void run(process.argv.slice(2));

