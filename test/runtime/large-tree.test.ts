/**
 * `tuneForLargeTree` (src/runtime/large-tree.ts): the V8 flags it sets, once per process. node:v8 is
 * replaced here, so that the flags never reach this test process.
 */
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

test('sets both flags in one call, once, however many large listings a run reads', async () => {
  const flags: string[] = [];
  const real = process.getBuiltinModule.bind(process);
  vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) =>
    id === 'node:v8' ? { setFlagsFromString: (text: string) => flags.push(text) } : real(id)) as typeof process.getBuiltinModule);
  const { tuneForLargeTree } = await import('../../src/runtime/large-tree.js');
  tuneForLargeTree();
  tuneForLargeTree();
  expect(flags).toEqual(['--semi-space-growth-factor=1 --turbo-filter=-*']);
});

test('a V8 that refuses the flags fails nothing: the run goes on with its defaults', async () => {
  const refused = vi.fn(() => {
    throw new Error('no such flag');
  });
  const real = process.getBuiltinModule.bind(process);
  vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) =>
    id === 'node:v8' ? { setFlagsFromString: refused } : real(id)) as typeof process.getBuiltinModule);
  const { tuneForLargeTree } = await import('../../src/runtime/large-tree.js');
  expect(() => tuneForLargeTree()).not.toThrow();
  expect(refused).toHaveBeenCalledTimes(1);
});
