import { describe, expect, test } from 'vitest';
import { batchSizeFor } from '../../src/hash/hash-files.js';

describe('paths per message to a hashing thread', () => {
  test.each([
    ['empty files', 0, 128],
    ['the bench tree: ~20 KB per file', 20_000, 104],
    ['a few KB per file', 4_000, 128],
    ['64 KB per file', 65_536, 32],
    ['1 MB per file: batches stay small so the last ones spread over the threads', 1_000_000, 16],
    ['100 MB per file', 100_000_000, 16],
  ])('%s (%d bytes on average): %d', (_what, averageBytes, expected) => {
    expect(batchSizeFor(averageBytes)).toBe(expected);
  });
});
