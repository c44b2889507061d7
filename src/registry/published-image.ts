/**
 * What the registry holds under a hash tag, and how a build is published there.
 *
 * - The existence check behind reuse reads as little as possible (one manifest GET, then one
 *   config blob per requested platform; an index adds one child manifest GET per requested
 *   platform). It fails closed: only a registry's 404 means "absent" (client.getManifestIfPresent).
 * - After the builder the digest is the contract: it must be well formed and the registry must
 *   serve exactly it under the hash tag. Only then are the extra tags moved, by putting the same
 *   manifest bytes under each (no pull, no rebuild), so a failed build or push never moves a tag.
 */
import { formatImageRef, type ImageRef, isSha256Digest, withDigest } from '../core/image-ref.js';
import { formatPlatform, parsePlatform } from '../core/platforms.js';
import { HASH_LABEL } from '../core/labels.js';
import type { FoundImage } from '../core/reuse-decision.js';
import { StepError } from '../core/errors.js';
import { configPlatform, type RegistryClient } from './client.js';
import { isIndexMediaType } from './media-types.js';
import { isAttestation, selectManifest } from './platform.js';
import type { FetchedManifest, ImageIndex, ImageManifest } from './types.js';

/** What was found, with the manifest bytes a retag PUTs unchanged. */
export interface ExistingImage extends FoundImage {
  manifest: FetchedManifest;
}

/**
 * Looks up `ref` (the hash tag) and reads, for every requested platform it has, the hash label.
 * Undefined when absent.
 */
export async function inspectExistingImage(
  client: RegistryClient,
  ref: ImageRef,
  requested: readonly string[],
): Promise<ExistingImage | undefined> {
  const top = await client.getManifestIfPresent(ref);
  if (!top) return undefined;
  const hashLabels: Record<string, string | undefined> = {};

  if (!isIndexMediaType(top.mediaType)) {
    const config = await client.readConfig(ref, (top.manifest as ImageManifest).config);
    const platform = formatPlatform(configPlatform(config));
    hashLabels[platform] = config.config?.Labels?.[HASH_LABEL];
    return { digest: top.digest, platforms: [platform], hashLabels, manifest: top };
  }

  const entries = ((top.manifest as ImageIndex).manifests ?? []).filter((entry) => !isAttestation(entry));
  const platforms: string[] = [];
  for (const entry of entries) {
    if (!entry.platform) continue; // every builder we use writes it; an entry without one cannot be matched
    const platform = formatPlatform(entry.platform);
    if (!platforms.includes(platform)) platforms.push(platform);
  }
  for (const wanted of requested) {
    const entry = selectManifest(entries, parsePlatform(wanted));
    if (!entry) continue; // the decision reports it missing
    const child = await client.getManifest(withDigest(ref, entry.digest));
    const config = await client.readConfig(ref, (child.manifest as ImageManifest).config);
    hashLabels[formatPlatform(parsePlatform(wanted))] = config.config?.Labels?.[HASH_LABEL];
  }
  return { digest: top.digest, platforms, hashLabels, manifest: top };
}

/** Throws unless the registry serves `digest` under `ref` (the hash tag) right now. */
export async function verifyPushedDigest(client: RegistryClient, ref: ImageRef, digest: string, builder: string): Promise<void> {
  if (!isSha256Digest(digest)) {
    throw new StepError(
      `${builder} reported ${digest ? `a malformed digest '${digest}'` : 'no digest'} for ${formatImageRef(ref)}: the push cannot be confirmed, so no tags were moved`,
    );
  }
  const head = await client.headManifest(ref);
  if (!head)
    throw new StepError(`${builder} reported pushing ${digest}, but the registry has no ${formatImageRef(ref)}: no tags were moved`);
  if (head.digest !== digest) {
    throw new StepError(
      `${builder} reported ${digest}, but the registry serves ${head.digest} under ${formatImageRef(ref)} (another push raced this one?): no tags were moved`,
    );
  }
}

/** Puts the image `digest` of `ref`'s repository under each extra tag; `manifest` saves the GET when already read. */
export async function applyExtraTags(
  client: RegistryClient,
  ref: ImageRef,
  digest: string,
  tags: readonly string[],
  manifest?: FetchedManifest,
): Promise<void> {
  if (tags.length > 0) await client.tagImage(withDigest(ref, digest), tags, manifest);
}
