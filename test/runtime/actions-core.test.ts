/**
 * runtime/actions-core.ts writes exactly what @actions/core writes (it replaces it so that no
 * action loads undici at start): the same workflow commands on stdout, the same file commands,
 * the same summary HTML. Each case runs both implementations and compares.
 */
import * as real from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import * as lite from '../../src/runtime/actions-core.js';
import { parseFileCommands } from '../../src/runtime/file-commands.js';
import { redirectLog } from '../../src/runtime/stdio.js';

type Core = typeof lite;

/** What a body wrote to stdout: @actions/core through process.stdout, ours through the log (runtime/stdio.ts). */
function stdoutOf(body: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => chunks.push(chunk.toString()) > 0) as typeof process.stdout.write;
  const restoreLog = redirectLog((text) => chunks.push(text));
  try {
    body();
  } finally {
    restoreLog();
    process.stdout.write = write;
  }
  return chunks.join('');
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('workflow commands on stdout', () => {
  test.each<[string, (core: Core) => void]>([
    ['info', (core) => core.info('plain line: 100% done, a,b')],
    ['debug with CR, LF and %', (core) => core.debug('a\r\nb %0A')],
    ['warning', (core) => core.warning('look: here, now\nsecond line')],
    ['warning from an Error', (core) => core.warning(new Error('boom'))],
    [
      'warning with annotation properties',
      (core) => core.warning('bad', { title: 'T: x, y', file: 'a,b:c', startLine: 3, endLine: 4, startColumn: 1, endColumn: 2 }),
    ],
    ['error', (core) => core.error('failed %25')],
    ['notice', (core) => core.notice('fyi', { title: 'note' })],
    ['setSecret', (core) => core.setSecret('s3cr%t\nline')],
    ['groups', (core) => (core.startGroup('Group: one'), core.endGroup())],
    ['setFailed', (core) => core.setFailed('it failed')],
    ['setOutput without GITHUB_OUTPUT', (core) => (delete process.env.GITHUB_OUTPUT, core.setOutput('name', 'value'))],
  ])('%s', (_name, call) => {
    const expected = stdoutOf(() => call(real as unknown as Core));
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    expect(stdoutOf(() => call(lite))).toBe(expected);
    expect(process.exitCode).toBe(exitCode);
  });

  test('group runs the work between the two commands and returns its value', async () => {
    const log: string[] = [];
    const restoreLog = redirectLog((text) => log.push(text));
    try {
      expect(await lite.group('G', async () => (lite.info('inside'), 42))).toBe(42);
    } finally {
      restoreLog();
    }
    expect(log.join('')).toBe('::group::G\ninside\n::endgroup::\n');
  });
});

describe('inputs', () => {
  test.each([
    ['  padded  ', undefined],
    ['  padded  ', { trimWhitespace: false }],
    ['', undefined],
  ])('getInput(%j, %j)', (value, options) => {
    process.env.INPUT_MY_INPUT = value;
    expect(lite.getInput('my input', options)).toBe(real.getInput('my input', options));
    expect(lite.getInput('My-Missing', options)).toBe(real.getInput('My-Missing', options));
  });

  test('a required input that is missing fails the same way', () => {
    expect(() => lite.getInput('needed', { required: true })).toThrow(
      (() => {
        try {
          real.getInput('needed', { required: true });
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      })(),
    );
  });
});

describe('file commands and the summary', () => {
  test('setOutput writes a heredoc block the runner (and parseFileCommands) reads back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'core-'));
    for (const [name, core] of [
      ['real', real],
      ['lite', lite],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, '');
      process.env.GITHUB_OUTPUT = file;
      core.setOutput('hash', 'abc');
      core.setOutput('multi', 'line 1\nline 2');
      core.setOutput('number', 3 as unknown as string);
    }
    const read = (name: string) => parseFileCommands(readFileSync(path.join(dir, name), 'utf8'));
    expect(read('lite')).toEqual(read('real'));
    expect(read('lite')).toEqual({ hash: 'abc', multi: 'line 1\nline 2', number: '3' });
    // The same delimiter shape, a new one per output.
    const delimiters = (name: string) => [...readFileSync(path.join(dir, name), 'utf8').matchAll(/<<(\S+)/g)].map((m) => m[1] as string);
    const shape = /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const name of ['real', 'lite']) for (const delimiter of delimiters(name)) expect(delimiter).toMatch(shape);
    expect(new Set(delimiters('lite')).size).toBe(3);
  });

  test('summary: heading, table, list, raw, code block and details render the same HTML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summary-'));
    const render = async (core: Core, name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, '');
      process.env.GITHUB_STEP_SUMMARY = file;
      await core.summary
        .addHeading('Hash', 3)
        .addHeading('Odd level', 9)
        .addTable([
          [
            { data: 'Field', header: true },
            { data: 'Value', header: true },
          ],
          ['tag', '<code>h1-x</code>'],
          [{ data: 'wide', colspan: '2' }],
        ])
        .addList(['one', 'two'])
        .addList(['first'], true)
        .addRaw('raw text', true)
        .addCodeBlock('x = 1', 'python')
        .addDetails('more', 'hidden')
        .write();
      return readFileSync(file, 'utf8');
    };
    // @actions/core remembers the first summary path it used: give it its own file first.
    const expected = await render(real as unknown as Core, 'real');
    expect(await render(lite, 'lite')).toBe(expected);
    expect(lite.summary.isEmptyBuffer()).toBe(true);
  });
});
