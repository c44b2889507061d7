import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { actionMetadata } from '../generated/action-metadata.js';
import { parseFileCommands } from '../runtime/file-commands.js';
import { SecretMasker } from './secret-masker.js';
import { inputVariable } from '../runtime/inputs.js';
import { redirectLog, writeFd } from '../runtime/stdio.js';

export type ActionRun = () => Promise<void>;

export class UsageError extends Error {}

/**
 * `--name value` (or `--name=value`) flags with node:util's parseArgs, strictly: a flag that is not
 * in `names` is an error that names it and lists the known ones. `--help` / `-h` is always known.
 */
export function parseFlags(command: string, args: string[], names: readonly string[]): { flags: Record<string, string>; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const name of names) options[name] = { type: 'string' };
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    const { help, ...flags } = values as Record<string, string | boolean | undefined>;
    return {
      flags: Object.fromEntries(Object.entries(flags).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
      help: help === true,
    };
  } catch (error) {
    const known = names.map((name) => `--${name}`).join(', ');
    throw new UsageError(`${command}: ${(error as Error).message}. Known flags: ${known}${known ? ', ' : ''}--help`);
  }
}

/** `image-actions <action> --help`: the action's description, its inputs with defaults, its outputs. */
export function actionHelp(name: string): string {
  const metadata = actionMetadata[name];
  if (!metadata) throw new UsageError(`Unknown action '${name}'`);
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
  for (const [output, description] of Object.entries(metadata.outputs)) lines.push(`  ${output}: ${description}`);
  return lines.join('\n');
}

/**
 * Runs an action's own `run()` as the runner would: inputs as `INPUT_*` variables with the
 * action.yml defaults applied, file commands in a temporary folder. `flags` are the command line's
 * inputs as `parseFlags` read them. Logs go to stderr; the outputs come back as an object for the
 * caller to print as JSON.
 */
export async function runActionFromCli(
  name: string,
  run: ActionRun,
  flags: Record<string, string>,
): Promise<{ outputs: Record<string, string>; failed: boolean; summary: string }> {
  const metadata = actionMetadata[name];
  if (!metadata) throw new UsageError(`Unknown action '${name}'`);
  const scratch = mkdtempSync(path.join(tmpdir(), `image-actions-${name}-`));
  const files = {
    GITHUB_OUTPUT: path.join(scratch, 'output'),
    GITHUB_STATE: path.join(scratch, 'state'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'),
    GITHUB_ENV: path.join(scratch, 'env'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const saved = { ...process.env };
  // A flag wins; else an `INPUT_<NAME>` already in the environment (how secrets stay out of argv
  // and `ps`, exactly as the runner passes them); else the action.yml default.
  for (const [input, spec] of Object.entries(metadata.inputs)) {
    const variable = inputVariable(input);
    process.env[variable] = flags[input] ?? saved[variable] ?? spec.default;
  }
  Object.assign(process.env, files);
  process.env.RUNNER_TEMP ??= scratch;

  // The action logs to stdout; the CLI keeps stdout for the JSON result. There is no runner to
  // honour `::add-mask::`, so the CLI does it: the line is dropped and the value redacted.
  const masker = new SecretMasker();
  const restoreLog = redirectLog((text) => writeFd(2, masker.filter(text)));
  const exitCodeBefore = process.exitCode;
  try {
    await run();
  } finally {
    writeFd(2, masker.flush());
    restoreLog();
    process.env = saved;
  }
  const failed = process.exitCode !== undefined && process.exitCode !== 0 && process.exitCode !== exitCodeBefore;
  const outputs = Object.fromEntries(
    Object.entries(parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).map(([key, value]) => [key, masker.redact(value)]),
  );
  const summary = masker.redact(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'));
  // Local runs may keep the job summaries (npm run demo prints them): appended, as the runner does.
  if (saved.IMAGE_ACTIONS_SUMMARY_FILE) appendFileSync(saved.IMAGE_ACTIONS_SUMMARY_FILE, summary);
  rmSync(scratch, { recursive: true, force: true });
  return { outputs, failed, summary };
}
