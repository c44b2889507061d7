/**
 * Runs `dist/<name>/index.js` in a child `node` process the way the GitHub runner does:
 * `INPUT_*` variables with action.yml defaults applied, file commands (GITHUB_OUTPUT, _STATE,
 * _ENV, _STEP_SUMMARY), GITHUB_WORKSPACE, an event payload file and RUNNER_TEMP.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseFileCommands } from '../../src/runtime/file-commands.js';
import { inputVariable } from '../../src/runtime/inputs.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface RunActionOptions {
  /** Inputs by their action.yml names; missing ones get the action.yml default. */
  inputs?: Record<string, string>;
  workspace?: string;
  eventName?: string;
  /** The event payload (see test/fixtures/events); written to GITHUB_EVENT_PATH. */
  event?: unknown;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
  /** Every piece of text the step produced, for secret-leak assertions. */
  allText: string;
  /** The `::error::` lines the step printed (core.setFailed / core.error). */
  errors: string[];
}

interface ActionYaml {
  inputs?: Record<string, { default?: string }>;
}

export function actionDefaults(name: string): Record<string, string> {
  const yaml = parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYaml;
  return Object.fromEntries(Object.entries(yaml.inputs ?? {}).map(([input, spec]) => [input, spec.default ?? '']));
}

export async function runAction(name: string, options: RunActionOptions = {}): Promise<ActionResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), `runner-${name}-`));
  const files = {
    GITHUB_OUTPUT: path.join(scratch, 'output'),
    GITHUB_STATE: path.join(scratch, 'state'),
    GITHUB_ENV: path.join(scratch, 'env'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'),
    GITHUB_EVENT_PATH: path.join(scratch, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

  const inputs = { ...actionDefaults(name), ...(options.inputs ?? {}) };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? scratch,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '',
    RUNNER_TEMP: path.join(scratch, 'runner-temp'),
    RUNNER_OS: 'Linux',
    ...files,
    ...options.env,
  };
  for (const [input, value] of Object.entries(inputs)) env[inputVariable(input)] = value;

  const script = path.join(repoRoot, 'dist', name, 'index.js');
  const child = spawn(process.execPath, [script], { cwd: env.GITHUB_WORKSPACE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearTimeout(timeout);

  const read = (file: string) => readFileSync(file, 'utf8');
  const outputText = read(files.GITHUB_OUTPUT);
  const stateText = read(files.GITHUB_STATE);
  const envText = read(files.GITHUB_ENV);
  const summary = read(files.GITHUB_STEP_SUMMARY);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(outputText),
    state: parseFileCommands(stateText),
    exportedEnv: parseFileCommands(envText),
    summary,
    allText: [stdout, stderr, outputText, stateText, envText, summary].join('\n'),
    errors: stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .map((line) => line.replace(/^::error[^:]*::/, '')),
  };
}
