import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { redirectLog, writeLog } from '../../src/runtime/stdio.js';

describe('the action log', () => {
  test('goes to the innermost redirection, and back when it is undone', () => {
    const outer: string[] = [];
    const inner: string[] = [];
    const undoOuter = redirectLog((text) => outer.push(text));
    writeLog('a\n');
    const undoInner = redirectLog((text) => inner.push(text));
    writeLog('b\n');
    undoInner();
    writeLog('c\n');
    undoOuter();
    expect(outer).toEqual(['a\n', 'c\n']);
    expect(inner).toEqual(['b\n']);
  });

  // The module itself (Node runs its TypeScript as is), where fd 1 and 2 are real pipes: bytes
  // arrive whole and in order, also past a pipe's 64 KB buffer and next to process.stdout writes.
  test('writes straight to pipes, whole and in order', () => {
    const script = `
      const { writeFd, writeLog } = await import(${JSON.stringify(path.resolve('src/runtime/stdio.ts'))});
      writeLog('first\\n');
      writeFd(1, 'x'.repeat(200000) + '\\n');
      process.stdout.write('from the stream\\n');
      writeFd(1, 'last ✓\\n');
      writeFd(2, 'to stderr\\n');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 22 });
    expect(run.stderr).toBe('to stderr\n');
    expect(run.stdout).toBe(`first\n${'x'.repeat(200000)}\nfrom the stream\nlast ✓\n`);
    expect(run.status).toBe(0);
  });
});
