import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionMetadata } from '../generated/action-metadata.js';
import { parseFileCommands } from '../runtime/file-commands.js';
import { SecretMasker } from './secret-masker.js';
import { inputVariable } from '../runtime/inputs.js';

export type ActionRun = () => Promise<void>;

export class UsageError extends Error {}

/** `--name value` pairs; `--name=value` also works. */
export function parseFlags(args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument '${arg}': inputs are given as --<input> <value>`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags[arg.slice(2, eq)] = arg.slice(eq + 1);
      continue;
    }
    const value = args[i + 1];
    if (value === undefined) throw new UsageError(`Flag '${arg}' needs a value`);
    flags[arg.slice(2)] = value;
    i++;
  }
  return flags;
}

/**
 * Runs an action's own `run()` as the runner would: inputs as `INPUT_*` variables with the
 * action.yml defaults applied, file commands in a temporary folder. Logs go to stderr; the outputs
 * come back as an object for the caller to print as JSON.
 */
export async function runActionFromCli(
  name: string,
  run: ActionRun,
  args: string[],
): Promise<{ outputs: Record<string, string>; failed: boolean; summary: string }> {
  const metadata = actionMetadata[name];
  if (!metadata) throw new UsageError(`Unknown action '${name}'`);
  const flags = parseFlags(args);
  for (const flag of Object.keys(flags)) {
    if (!(flag in metadata.inputs)) {
      throw new UsageError(`Unknown input '--${flag}' for '${name}'. Inputs: ${Object.keys(metadata.inputs).map((i) => `--${i}`).join(', ')}`);
    }
  }
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

  // @actions/core logs to stdout; the CLI keeps stdout for the JSON result. There is no runner
  // to honour `::add-mask::`, so the CLI does it: the line is dropped and the value redacted.
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const masker = new SecretMasker();
  process.stdout.write = ((chunk: string | Uint8Array) => process.stderr.write(masker.filter(chunk.toString()))) as typeof process.stdout.write;
  const exitCodeBefore = process.exitCode;
  try {
    await run();
  } finally {
    process.stderr.write(masker.flush());
    process.stdout.write = stdoutWrite;
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
