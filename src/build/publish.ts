/**
 * After the builder: the digest is the contract. It must be a well-formed digest, and the registry
 * must serve exactly it under the hash tag (HEAD). Only then are the extra tags moved, by putting
 * the same manifest bytes under each of them (no pull, no rebuild), so a failed build or push never
 * moves a tag.
 */
import { formatImageRef, type ImageRef, isSha256Digest, withDigest, withTag } from '../core/image-ref.js';
import type { FetchedManifest, RegistryClient } from '../registry/index.js';
import { StepError } from '../runtime/errors.js';

/** Throws unless the registry serves `digest` under `ref` (the hash tag) right now. */
export async function verifyPushedDigest(client: RegistryClient, ref: ImageRef, digest: string, builder: string): Promise<void> {
  if (!isSha256Digest(digest)) {
    throw new StepError(`${builder} reported ${digest ? `a malformed digest '${digest}'` : 'no digest'} for ${formatImageRef(ref)}: the push cannot be confirmed, so no tags were moved`);
  }
  const head = await client.headManifest(ref);
  if (!head) throw new StepError(`${builder} reported pushing ${digest}, but the registry has no ${formatImageRef(ref)}: no tags were moved`);
  if (head.digest !== digest) {
    throw new StepError(`${builder} reported ${digest}, but the registry serves ${head.digest} under ${formatImageRef(ref)} (another push raced this one?): no tags were moved`);
  }
}

/**
 * Puts the manifest under each extra tag. `manifest` is the one already fetched (reuse); after a
 * build it is read once by digest.
 */
export async function applyExtraTags(client: RegistryClient, ref: ImageRef, digest: string, tags: readonly string[], manifest?: FetchedManifest): Promise<void> {
  if (tags.length === 0) return;
  const source = manifest ?? (await client.getManifest(withDigest(ref, digest)));
  if (source.digest !== digest) throw new StepError(`Refusing to tag: the manifest read is ${source.digest}, not ${digest}`);
  for (const tag of tags) await client.putManifest(withTag(ref, tag), { bytes: source.bytes, mediaType: source.mediaType });
}
