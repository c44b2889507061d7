/**
 * `streamedBytes` (src/runtime/stream-memory.ts): every 2 MiB streamed, a young-generation
 * collection frees the body buffers already written out, so their memory is reused.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { streamedBytes } from '../../src/runtime/stream-memory.js';

/** Polls until `check` holds (GC entries and array buffer sweeping arrive asynchronously). */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < 3_000 && !check(); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  return check();
}

test('a minor collection every 2 MiB streamed, not before, and it frees the buffers dropped since', async () => {
  const minors: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as { detail?: { kind?: number } }).detail?.kind === 1) minors.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    streamedBytes(2 << 20); // the count starts at 0 below, whatever ran before
    const start = performance.now();
    // 64 KiB reads, as a socket gives them, dropped at once (written out).
    for (let i = 0; i < 32; i++) Buffer.alloc(64 << 10).fill(i);
    const dropped = process.memoryUsage().arrayBuffers;
    streamedBytes((2 << 20) - 1);
    const almost = performance.now();
    streamedBytes(1);
    const reached = performance.now();
    const between = (from: number, to: number) => minors.filter((time) => time >= from && time <= to).length;
    expect(await eventually(() => between(almost, reached) >= 1)).toBe(true);
    expect(between(start, almost)).toBe(0);
    // All 2 MiB of them, give or take what else the process allocated meanwhile.
    expect(await eventually(() => dropped - process.memoryUsage().arrayBuffers >= 30 * (64 << 10))).toBe(true);
  } finally {
    observer.disconnect();
  }
});
