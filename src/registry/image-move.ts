/**
 * The registry side of a promotion, in the order it runs: read the source image by digest (it must
 * exist and carry the hash label), move the image by digest only (nothing tagged: tags only, mount,
 * or streamed copy), confirm the destination serves exactly the source digest, and only then move
 * tags. Push access is proven before by RegistryClient.checkPushAccess.
 */
import { StepError } from '../core/errors.js';
import { formatImageRef, type ImageRef, withDigest, withTag } from '../core/image-ref.js';
import { HASH_LABEL, OCI_LABELS } from '../core/labels.js';
import { formatPlatform } from '../core/platforms.js';
import type { MoveKind, RepositoryRef } from '../core/promotion.js';
import { configPlatform, type RegistryClient } from './client.js';
import type { CopyImageResult } from './copy.js';
import { isIndexMediaType } from './media-types.js';
import { isAttestation } from './platform.js';
import type { FetchedManifest, ImageIndex, ImageManifest } from './types.js';

export interface SourceImage {
  /** The source pinned by digest. */
  ref: ImageRef & { digest: string };
  manifest: FetchedManifest;
  /** The build-hash label of each platform's image (`linux/amd64` → 64 hex, or undefined). */
  hashLabels: Record<string, string | undefined>;
  /** The `org.opencontainers.image.revision` label (the commit), when the first image has one. */
  revision?: string;
}

/** Reads the source by digest, and the labels of every platform it holds. Absent: a StepError. */
export async function readSourceImage(client: RegistryClient, ref: ImageRef & { digest: string }): Promise<SourceImage> {
  const manifest = await client.getManifestIfPresent(ref);
  if (!manifest) {
    throw new StepError(
      `the registry has no ${formatImageRef(ref)}: the version's image was deleted, or never pushed where the platform says. Nothing was moved`,
    );
  }
  const hashLabels: Record<string, string | undefined> = {};
  let revision: string | undefined;
  const images: FetchedManifest[] = [];
  if (isIndexMediaType(manifest.mediaType)) {
    for (const entry of (manifest.manifest as ImageIndex).manifests ?? []) {
      if (!isAttestation(entry)) images.push(await client.getManifest(withDigest(ref, entry.digest)));
    }
  } else {
    images.push(manifest);
  }
  for (const image of images) {
    const config = await client.readConfig(ref, (image.manifest as ImageManifest).config);
    const labels = config.config?.Labels ?? {};
    hashLabels[formatPlatform(configPlatform(config))] = labels[HASH_LABEL];
    revision ??= labels[OCI_LABELS.revision];
  }
  return { ref, manifest, hashLabels, ...(revision ? { revision } : {}) };
}

/** The digest a tag of `repository` points at now; undefined when the tag does not exist. */
export async function tagDigest(client: RegistryClient, repository: RepositoryRef, tag: string): Promise<string | undefined> {
  return (await client.headManifest(withTag(repository, tag)))?.digest;
}

export type MoveResult = Pick<CopyImageResult, 'blobs' | 'bytesCopied' | 'manifests'>;

/**
 * Puts the source at the destination by digest only (no tag moves): nothing for `tags`, a copy
 * that mounts every blob for `mount`, a streamed copy for `copy` (every platform of an index,
 * blobs `concurrency` at a time, each verified against its digest).
 */
export async function moveImage(
  client: RegistryClient,
  source: SourceImage,
  destination: RepositoryRef,
  kind: MoveKind,
  concurrency: number,
): Promise<MoveResult> {
  if (kind === 'tags') return { blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 }, bytesCopied: 0, manifests: 0 };
  const copied = await client.copyImage(source.ref, withDigest(destination, source.ref.digest), { concurrency, manifest: source.manifest });
  return { blobs: copied.blobs, bytesCopied: copied.bytesCopied, manifests: copied.manifests };
}

/** Throws unless the destination serves exactly `digest` (a registry HEAD, not our own bookkeeping). */
export async function verifyDestination(client: RegistryClient, destination: RepositoryRef, digest: string): Promise<void> {
  const pinned = withDigest(destination, digest);
  const head = await client.headManifest(pinned);
  if (!head) throw new StepError(`${formatImageRef(pinned)} is not in the registry after the copy: no tag was moved`);
  if (head.digest !== digest) {
    throw new StepError(`the registry serves ${head.digest} for ${formatImageRef(pinned)}, not ${digest}: no tag was moved`);
  }
}

/** Puts the verified manifest under each tag (manifest PUTs, no blob moves). */
export async function moveTags(
  client: RegistryClient,
  destination: RepositoryRef,
  digest: string,
  tags: readonly string[],
  manifest: FetchedManifest,
): Promise<void> {
  if (tags.length > 0) await client.tagImage(withDigest(destination, digest), tags, manifest);
}
