import { getPriority } from 'node:os';
import { describe, expect, test } from 'vitest';
import { BACKGROUND_PRIORITY, commandFailed, formatCommand, logTail, SpawnRunner } from '../../src/runtime/exec.js';
import { missingPlatforms } from '../../src/builders/platforms.js';
import { StepError } from '../../src/core/errors.js';

describe('SpawnRunner (real processes)', () => {
  const node = process.execPath;

  test('streams and captures stdout and stderr, returns the exit code, never rejects on failure', async () => {
    let streamed = '';
    const runner = new SpawnRunner((text) => void (streamed += text));
    const result = await runner.run(node, ['-e', 'console.log("out"); console.error("err"); process.exit(3)']);
    expect(result.exitCode).toBe(3);
    expect(result.output).toContain('out');
    expect(result.output).toContain('err');
    expect(result.stdout).toBe('out\n');
    expect(streamed).toMatch(/^\[command\] .*node -e /);
    expect(streamed).toContain('err');
  });

  test('passes extra environment without printing it', async () => {
    let streamed = '';
    const runner = new SpawnRunner((text) => void (streamed += text));
    const result = await runner.run(node, ['-e', 'process.stdout.write(String(process.env.SECRET_FOR_TEST.length))'], {
      env: { SECRET_FOR_TEST: 'value-9f2' },
    });
    expect(result.stdout).toBe('9');
    expect(streamed).not.toContain('value-9f2');
  });

  test('quiet captures without streaming', async () => {
    let streamed = '';
    const result = await new SpawnRunner((text) => void (streamed += text)).run(node, ['-e', 'console.log("hidden")'], { quiet: true });
    expect(result.stdout).toBe('hidden\n');
    expect(streamed).toBe('');
  });

  test('keeps only the tail beyond the capture limit', async () => {
    const result = await new SpawnRunner(() => undefined, 1000).run(node, ['-e', 'for (let i = 0; i < 500; i++) console.log("line " + i)']);
    expect(result.output.length).toBeLessThanOrEqual(1000);
    expect(result.output.endsWith('line 499\n')).toBe(true);
  });

  test('a background command runs at the lowest priority, the others at the usual one', async () => {
    // The priority is set just after the start: the command reads its own once it is surely set.
    const niceness = (options: { background?: boolean }) =>
      new SpawnRunner(() => undefined).run('sh', ['-c', 'sleep 0.3; exec nice'], { quiet: true, ...options });
    const [background, usual] = await Promise.all([niceness({ background: true }), niceness({})]);
    expect(background.stdout.trim()).toBe(String(BACKGROUND_PRIORITY));
    expect(usual.stdout.trim()).toBe(String(getPriority()));
  });

  test('a missing command rejects with a StepError saying so', async () => {
    const run = new SpawnRunner(() => undefined).run('no-such-builder-xyz', []);
    await expect(run).rejects.toThrow(StepError);
    await expect(run).rejects.toThrow("Cannot run no-such-builder-xyz: 'no-such-builder-xyz' is not installed or not on PATH");
  });
});

describe('log helpers', () => {
  test('formatCommand quotes what a shell would split', () => {
    expect(formatCommand('buildah', ['bud', '--label', 'a=b c', "it's"])).toBe(`buildah bud --label 'a=b c' 'it'\\''s'`);
  });

  test('logTail keeps the last non-empty lines', () => {
    expect(logTail('a\n\nb\nc\n\n', 2)).toBe('b\nc');
  });

  test('commandFailed names the command and the exit code', () => {
    const error = commandFailed('buildah bud', { exitCode: 2, output: 'x\ny\n', stdout: '' });
    expect(error).toBeInstanceOf(StepError);
    expect(error.message).toBe('buildah bud failed (exit code 2). Last lines of its output:\nx\ny');
  });
});

describe('missingPlatforms', () => {
  const index = (platforms: object[]) => JSON.stringify({ manifests: platforms.map((platform) => ({ platform })) });
  test.each<[string[], object[], string[]]>([
    [
      ['linux/amd64', 'linux/arm64'],
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
      ],
      [],
    ],
    [['linux/amd64', 'linux/arm64'], [{ os: 'linux', architecture: 'arm64' }], ['linux/amd64']],
    [['linux/arm64'], [{ os: 'linux', architecture: 'arm64', variant: 'v8' }], []],
    [['linux/arm64/v8'], [{ os: 'linux', architecture: 'arm64' }], []],
    [['linux/arm/v6'], [{ os: 'linux', architecture: 'arm', variant: 'v7' }], ['linux/arm/v6']],
    [['linux/arm'], [{ os: 'linux', architecture: 'arm', variant: 'v7' }], []],
    [['linux/amd64'], [], ['linux/amd64']],
  ])('%j in %j → missing %j', (requested, found, missing) => {
    expect(missingPlatforms(requested, index(found))).toEqual(missing);
  });
});
