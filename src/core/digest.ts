/** SHA-256 as hex and as an OCI content digest: one helper for the hash, the registry and the DataWorks signer. */
import { createHash } from 'node:crypto';

/** Strings are hashed as UTF-8. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `sha256:<hex>`. */
export function sha256Digest(data: string | Uint8Array): string {
  return `sha256:${sha256Hex(data)}`;
}
