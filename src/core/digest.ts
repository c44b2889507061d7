/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), and verifying a stream as it flows without holding it (blob copies).
 */
import { createHash } from 'node:crypto';

/** Strings are hashed as UTF-8. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `sha256:<hex>`. */
export function sha256Digest(data: string | Uint8Array): string {
  return `sha256:${sha256Hex(data)}`;
}

/** `sha256` / `sha512` hash name of a digest, or undefined when we cannot verify it. */
export function digestAlgorithm(digest: string): 'sha256' | 'sha512' | undefined {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  return algorithm === 'sha256' || algorithm === 'sha512' ? algorithm : undefined;
}

export function computeDigest(bytes: Uint8Array, algorithm: 'sha256' | 'sha512'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    what: string,
  ) {
    super(`${what}: content digest ${actual} does not match the expected ${expected}; the data was altered or truncated in transit`);
    this.name = 'DigestMismatchError';
  }
}

/**
 * A pass-through stream that hashes what flows and, at the end, fails the stream if the digest or
 * the size differs from what was expected, so a consumer never commits corrupted bytes.
 */
export function verifyingStream(
  expectedDigest: string,
  expectedSize: number | undefined,
  what: string,
): TransformStream<Uint8Array, Uint8Array> {
  const algorithm = digestAlgorithm(expectedDigest);
  if (!algorithm) throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
  const hash = createHash(algorithm);
  let size = 0;
  return new TransformStream({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (expectedSize !== undefined && size > expectedSize) {
        controller.error(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
        return;
      }
      hash.update(chunk);
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (expectedSize !== undefined && size !== expectedSize) {
        controller.error(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
        return;
      }
      const actual = `${algorithm}:${hash.digest('hex')}`;
      if (actual !== expectedDigest) controller.error(new DigestMismatchError(expectedDigest, actual, what));
    },
  });
}
