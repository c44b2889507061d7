/**
 * core/digest.ts hashes the first few kilobytes in JavaScript and the rest with node:crypto: both must give
 * node:crypto's digests, whatever the size (around the switch too), the pieces and the text.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hashHex, IncrementalHash, sha256Digest } from '../../src/core/digest.js';
import { blobDigest } from '../../src/core/context-tree.js';

const SWITCH = 1024; // JS_BUDGET: past it (in all, for the process), node:crypto hashes

function native(algorithm: 'sha1' | 'sha256', pieces: Array<string | Uint8Array>): string {
  const hash = createHash(algorithm);
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

function bytes(size: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);
}

describe('digests are node:crypto digests, small or large', () => {
  test.each([0, 1, 55, 56, 64, 1000, SWITCH - 1, SWITCH, SWITCH + 1, 3 * SWITCH])('%i bytes, in one call', (size) => {
    const data = bytes(size, size);
    for (const algorithm of ['sha1', 'sha256'] as const) expect(hashHex(algorithm, data)).toBe(native(algorithm, [data]));
  });

  test('text is hashed as UTF-8', () => {
    const text = 'Dockerfile — FROM ✓ 𝄞 \u0000 end';
    expect(sha256Digest(text)).toBe(`sha256:${native('sha256', [text])}`);
    expect(hashHex('sha1', text)).toBe(native('sha1', [text]));
  });

  test('in pieces that cross the switch to node:crypto, or stay below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 40_000 })), { maxLength: 8 }),
        (shapes) => {
          const pieces = shapes.map((shape, i) => (typeof shape === 'string' ? shape : bytes(shape, i)));
          for (const algorithm of ['sha1', 'sha256'] as const) {
            const incremental = new IncrementalHash(algorithm);
            for (const piece of pieces) incremental.update(piece);
            expect(incremental.digest('hex')).toBe(native(algorithm, pieces));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a git blob id, as `git hash-object` computes it', () => {
    expect(blobDigest(new TextEncoder().encode('hello\n'))).toBe('git-blob:ce013625030ba8dba906f756967f9e9ca394464a');
    const large = bytes(2 * SWITCH, 7);
    expect(blobDigest(large)).toBe(`git-blob:${native('sha1', [`blob ${large.length}\0`, large])}`);
  });
});
