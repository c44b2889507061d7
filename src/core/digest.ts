/**
 * Content digests: SHA-256 as hex and as an OCI content digest (the hash, the registry, the DataWorks
 * signer), git's SHA-1 blob ids, and verifying a stream as it flows without holding it (blob copies).
 *
 * The first kilobyte a process hashes is hashed in JavaScript (@noble/hashes), everything
 * after that by node:crypto (OpenSSL). Loading node:crypto, and the stream modules it pulls in,
 * takes about 10 ms at start: more than hashing a Dockerfile, a small context and the definition
 * in JavaScript, which is all a hash of a small context does (issue 8: start ≤ 1.5 × `node -e 0`).
 * But JavaScript that has just been loaded runs in V8's interpreter, 2–3 ms per kilobyte
 * here: past JS_BUDGET bytes in all, or once node:crypto is loaded anyway, OpenSSL is cheaper.
 * Both give the same digests (test/core/digest.test.ts checks them against each other).
 */
import { sha1 as jsSha1 } from '@noble/hashes/legacy.js';
import { sha256 as jsSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const JS_BUDGET = 1024;

type Algorithm = 'sha1' | 'sha256';
const inJavaScript = { sha1: jsSha1, sha256: jsSha256 };

let loaded: typeof import('node:crypto') | undefined;
let javaScriptBytes = 0;

function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= process.getBuiltinModule('node:crypto'));
}

function fitsJavaScriptBudget(size: number): boolean {
  return !loaded && javaScriptBytes + size <= JS_BUDGET;
}

/** Should `size` more bytes be hashed in JavaScript? Counts them when so. */
function inJavaScriptBudget(size: number): boolean {
  if (!fitsJavaScriptBudget(size)) return false;
  javaScriptBytes += size;
  return true;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** One digest, fed in pieces: kept for JavaScript while they fit its budget, handed to node:crypto once they do not. */
export class IncrementalHash {
  private pieces: Uint8Array[] = [];
  private size = 0;
  private native: import('node:crypto').Hash | undefined;

  constructor(private readonly algorithm: Algorithm) {}

  /** Strings are hashed as UTF-8. Never holds on to `data`: a caller may reuse its buffer at once. */
  update(data: string | Uint8Array): this {
    if (this.native) {
      this.native.update(data); // a string goes in as UTF-8, encoded by node:crypto without a Buffer in between
      return this;
    }
    // A copy of what is kept for JavaScript (at most JS_BUDGET bytes, or the piece that ends it).
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data);
    this.pieces.push(bytes);
    this.size += bytes.length;
    if (!fitsJavaScriptBudget(this.size)) {
      this.native = nodeCrypto().createHash(this.algorithm);
      for (const piece of this.pieces) this.native.update(piece);
      this.pieces = [];
    }
    return this;
  }

  digest(_encoding: 'hex'): string {
    if (this.native) return this.native.digest('hex');
    if (!inJavaScriptBudget(this.size)) {
      const native = nodeCrypto().createHash(this.algorithm);
      for (const piece of this.pieces) native.update(piece);
      return native.digest('hex');
    }
    const hash = inJavaScript[this.algorithm].create();
    for (const piece of this.pieces) hash.update(piece);
    return bytesToHex(hash.digest());
  }
}

/** The hex digest of `data` in one call (strings as UTF-8). */
export function hashHex(algorithm: Algorithm, data: string | Uint8Array): string {
  const bytes = bytesOf(data);
  if (!inJavaScriptBudget(bytes.length)) return nodeCrypto().hash(algorithm, bytes);
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
