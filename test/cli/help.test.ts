import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.js';
import { actionMetadata } from '../../src/generated/action-metadata.js';

/** Runs the CLI's main in this process and captures what it prints. */
async function cli(...argv: string[]): Promise<{ exitCode: number | undefined; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const [out, err, saved] = [process.stdout.write, process.stderr.write, process.exitCode];
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    await run(argv);
    return { exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = saved;
  }
}

describe('every command has --help (regression: `hash --help` answered "Flag \'--help\' needs a value")', () => {
  test.each(Object.keys(actionMetadata))('%s --help lists its inputs and outputs', async (name) => {
    const result = await cli(name, '--help');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Usage: image-actions ${name}`);
    for (const input of Object.keys(actionMetadata[name]!.inputs)) expect(result.stdout).toContain(`--${input}`);
    for (const output of Object.keys(actionMetadata[name]!.outputs)) expect(result.stdout).toContain(`  ${output}: `);
  });

  test.each([
    ['plan', /Usage: image-actions plan --file/],
    ['explain', /Usage: image-actions explain A\.json B\.json/],
    ['catalog', /Usage: image-actions catalog serve/],
  ])('%s --help', async (name, usage) => {
    const result = await cli(name, '--help');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(usage);
  });

  test('-h is --help', async () => {
    expect((await cli('git-state', '-h')).stdout).toContain('Usage: image-actions git-state');
  });
});

describe('flags are parsed strictly', () => {
  test.each([
    [['hash', '--contxt', '.'], /hash: Unknown option '--contxt'.*Known flags: --context/],
    [['hash', 'stray'], /hash: Unexpected argument 'stray'/],
    [['plan', '--fil', 'x'], /plan: Unknown option '--fil'.*Known flags: --file, --insecure-registries, --help/],
    [['plan'], /plan: --file is required/],
    [['explain', '--x', 'a'], /unknown flag '--x'/],
  ])('%j is a usage error naming the flag', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
