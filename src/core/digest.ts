/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), git's SHA-1 blob ids, and verifying a stream as it flows without holding it (blob copies).
 *
 * Up to SMALL bytes are hashed in JavaScript (@noble/hashes), beyond that by node:crypto (OpenSSL,
 * several times faster on large inputs). Loading node:crypto, and the stream modules it pulls in,
 * takes about 8 ms at start: more than hashing a Dockerfile, a small context and the definition
 * in JavaScript, which is all a hash of a small context does (issue 8: start ≤ 1.5 × `node -e 0`).
 * Both give the same digests (test/core/digest.test.ts checks them against each other).
 */
import { sha1 as jsSha1 } from '@noble/hashes/legacy.js';
import { sha256 as jsSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const SMALL = 64 * 1024;

type Algorithm = 'sha1' | 'sha256';
const inJavaScript = { sha1: jsSha1, sha256: jsSha256 };

function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto');
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** One digest, fed in pieces: kept in JavaScript while the input is small, handed to node:crypto once it is not. */
export class IncrementalHash {
  private pieces: Uint8Array[] = [];
  private size = 0;
  private native: import('node:crypto').Hash | undefined;

  constructor(private readonly algorithm: Algorithm) {}

  /** Strings are hashed as UTF-8. */
  update(data: string | Uint8Array): this {
    const bytes = bytesOf(data);
    if (this.native) {
      this.native.update(bytes);
      return this;
    }
    this.pieces.push(bytes);
    this.size += bytes.length;
    if (this.size > SMALL) {
      this.native = nodeCrypto().createHash(this.algorithm);
      for (const piece of this.pieces) this.native.update(piece);
      this.pieces = [];
    }
    return this;
  }

  digest(_encoding: 'hex'): string {
    if (this.native) return this.native.digest('hex');
    const hash = inJavaScript[this.algorithm].create();
    for (const piece of this.pieces) hash.update(piece);
    return bytesToHex(hash.digest());
  }
}

/** The hex digest of `data` in one call (strings as UTF-8). */
export function hashHex(algorithm: Algorithm, data: string | Uint8Array): string {
  const bytes = bytesOf(data);
  if (bytes.length > SMALL) return nodeCrypto().hash(algorithm, bytes);
  return bytesToHex(inJavaScript[algorithm](bytes));
}

/** Strings are hashed as UTF-8. */
export function sha256Hex(data: string | Uint8Array): string {
  return hashHex('sha256', data);
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
  return `${algorithm}:${algorithm === 'sha256' ? sha256Hex(bytes) : nodeCrypto().createHash(algorithm).update(bytes).digest('hex')}`;
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
 * the size differs from what was expected, so a consumer never commits corrupted bytes. A node
 * stream: a blob copy pipes socket to socket through it without web-stream hops (node:stream, like
 * node:crypto, loads only when a blob is verified).
 */
export function verifyingStream(expectedDigest: string, expectedSize: number | undefined, what: string): import('node:stream').Transform {
  const algorithm = digestAlgorithm(expectedDigest);
  if (!algorithm) throw new Error(`${what}: cannot verify digest ${expectedDigest} (only sha256 and sha512)`);
  const hash = nodeCrypto().createHash(algorithm);
  let size = 0;
  return new (process.getBuiltinModule('node:stream').Transform)({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.byteLength;
      if (expectedSize !== undefined && size > expectedSize) {
        callback(new Error(`${what}: received more than the expected ${expectedSize} bytes`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (expectedSize !== undefined && size !== expectedSize) {
        callback(new Error(`${what}: received ${size} bytes, expected ${expectedSize}; the transfer was cut short`));
        return;
      }
      const actual = `${algorithm}:${hash.digest('hex')}`;
      callback(actual === expectedDigest ? null : new DigestMismatchError(expectedDigest, actual, what));
    },
  });
}
