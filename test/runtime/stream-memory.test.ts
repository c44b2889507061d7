/**
 * `streamedBytes` (src/runtime/stream-memory.ts): every 2 MiB streamed, a young-generation
 * collection frees the body buffers already written out, so their memory is reused.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { streamedBytes } from '../../src/runtime/stream-memory.js';

test('a minor collection every 2 MiB streamed frees the buffers dropped since, not before', async () => {
  const minors: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as { detail?: { kind?: number } }).detail?.kind === 1) minors.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  const garbage = () => {
    // 64 KiB reads, as a socket gives them, dropped at once (written out).
    for (let i = 0; i < 32; i++) Buffer.alloc(64 << 10).fill(i);
  };
  streamedBytes(2 << 20); // settles whatever earlier tests streamed: the count starts at 0 below
  await new Promise((resolve) => setTimeout(resolve, 20));
  minors.length = 0;

  garbage();
  const dropped = process.memoryUsage().arrayBuffers;
  streamedBytes((2 << 20) - 1);
  expect(process.memoryUsage().arrayBuffers).toBe(dropped); // not yet 2 MiB: nothing collected
  streamedBytes(1);
  const after = process.memoryUsage().arrayBuffers;
  await new Promise((resolve) => setTimeout(resolve, 20)); // gc entries arrive asynchronously
  observer.disconnect();
  expect(minors.length).toBeGreaterThanOrEqual(1);
  expect(dropped - after).toBeGreaterThanOrEqual(32 * (64 << 10));
});
