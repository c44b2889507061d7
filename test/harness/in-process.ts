/**
 * Runs an action's code in this process, as the runner would feed it: `INPUT_*` variables with the
 * action.yml defaults applied, the file commands in a scratch folder, GITHUB_WORKSPACE and
 * RUNNER_TEMP. The environment and process.exitCode are restored afterwards, and what the step
 * wrote to stdout (workflow commands, logs) is captured instead of printed. Tests in one file run
 * one after another, so the process-wide environment is theirs while a body runs.
 */
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFileCommands } from '../../src/runtime/file-commands.js';
import { inputVariable } from '../../src/runtime/inputs.js';
import { redirectLog } from '../../src/runtime/stdio.js';
import { actionDefaults } from './run-action.js';

export interface InProcessOptions {
  /** Inputs by their action.yml names; missing ones get the action.yml default. */
  inputs?: Record<string, string>;
  workspace?: string;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string | undefined>;
}

export interface InProcessResult<T> {
  /** What `body` returned (undefined when it threw). */
  value: T | undefined;
  /** What `body` threw, if anything. */
  thrown: unknown;
  /** process.exitCode set by the step (core.setFailed sets 1). */
  exitCode: number | undefined;
  outputs: Record<string, string>;
  summary: string;
  /** Everything written to stdout: logs and workflow commands. */
  log: string;
  /** The `::error::` messages. */
  errors: string[];
  /** The `::warning::` messages. */
  warnings: string[];
  /** Every piece of text the step produced, for secret-leak assertions. */
  allText: string;
}

export async function runInProcess<T>(
  action: string,
  body: () => Promise<T> | T,
  options: InProcessOptions = {},
): Promise<InProcessResult<T>> {
  const scratch = mkdtempSync(path.join(tmpdir(), `in-process-${action}-`));
  const files = {
    GITHUB_OUTPUT: path.join(scratch, 'output'),
    GITHUB_STATE: path.join(scratch, 'state'),
    GITHUB_ENV: path.join(scratch, 'env'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'),
    GITHUB_EVENT_PATH: path.join(scratch, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

  const savedEnv = process.env;
  const savedExitCode = process.exitCode;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(savedEnv)) if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(name)) env[name] = value;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? scratch,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: path.join(scratch, 'runner-temp'),
    ...files,
  });
  for (const [input, value] of Object.entries({ ...actionDefaults(action), ...options.inputs })) env[inputVariable(input)] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  let log = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  const restoreLog = redirectLog((text) => (log += text));
  process.env = env;
  process.exitCode = undefined;
  // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it wrote to: forget it, so this
  // run writes to its own file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  let value: T | undefined;
  let thrown: unknown;
  let exitCode: number | undefined;
  try {
    value = await body();
  } catch (error) {
    thrown = error;
  } finally {
    exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
    restoreLog();
    process.stdout.write = write;
    process.env = savedEnv;
    process.exitCode = savedExitCode;
  }
  const read = (file: string) => readFileSync(file, 'utf8');
  const texts = [log, read(files.GITHUB_OUTPUT), read(files.GITHUB_STATE), read(files.GITHUB_ENV), read(files.GITHUB_STEP_SUMMARY)];
  const commands = (kind: string) =>
    log
      .split('\n')
      .filter((line) => line.startsWith(`::${kind}`))
      .map((line) => line.replace(new RegExp(`^::${kind}[^:]*::`), ''));
  return {
    value,
    thrown,
    exitCode,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    log,
    errors: commands('error'),
    warnings: commands('warning'),
    allText: [...texts, thrown instanceof Error ? thrown.message : ''].join('\n'),
  };
}
