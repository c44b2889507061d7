/**
 * Copying an image (index, child manifests, blobs) between repositories or registries without a
 * local store: blobs that already exist are skipped, blobs in the same registry are mounted (no
 * bytes move), the rest are streamed source → destination with digest verification. Manifests are
 * PUT with their exact bytes, so the copy has the same digest as the source.
 */
import { type ImageRef, formatImageRef, parseImageRef, withDigest, withTag } from '../core/image-ref.js';
import type { RefInput, RegistryClient, RepositoryRef } from './client.js';
import { DigestMismatchError } from '../core/digest.js';
import { networkError, RegistryError } from './errors.js';
import { isIndexMediaType } from './media-types.js';
import { isTransientNetworkError } from '../core/retry.js';
import { retryLoop } from '../runtime/retry.js';
import type { Descriptor, FetchedManifest, ImageIndex, ImageManifest } from './types.js';

export type BlobCopyOutcome = 'exists' | 'mounted' | 'copied' | 'foreign';

export interface CopyImageResult {
  /** The digest now at the destination: always the source's. */
  digest: string;
  mediaType: string;
  /** The destination reference, pinned: `registry/repo@sha256:…`. */
  image: string;
  blobs: Record<BlobCopyOutcome, number>;
  /** Blob bytes read from the source and uploaded (0 when everything existed or was mounted). */
  bytesCopied: number;
  manifests: number;
}

export interface CopyImageOptions {
  /** Blob copies in flight at once. Default 3. */
  concurrency?: number;
}

function sameRegistry(a: RepositoryRef, b: RepositoryRef): boolean {
  return a.apiHost === b.apiHost;
}

function transient(error: unknown): boolean {
  if (error instanceof RegistryError) return error.transient;
  return error instanceof DigestMismatchError || isTransientNetworkError(error);
}

/**
 * One blob into `dst`: skip if present, mount within a registry, else stream it. A failed stream
 * (dropped connection, 5xx mid-upload, digest mismatch) restarts the whole blob with a fresh
 * upload session, bounded by the client's retry policy.
 */
export async function copyBlob(
  client: RegistryClient,
  src: RepositoryRef,
  dst: RepositoryRef,
  descriptor: Descriptor,
): Promise<BlobCopyOutcome> {
  if (descriptor.urls?.length) return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
  if (await client.headBlob(dst, descriptor.digest)) return 'exists';
  let uploadUrl: string | undefined;
  if (sameRegistry(src, dst) && src.repository !== dst.repository) {
    const mount = await client.mountBlob(dst, src, descriptor.digest);
    if (mount.mounted) return 'mounted';
    uploadUrl = mount.uploadUrl;
  }
  const what = `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`;
  const fail = (error: unknown, gaveUp: string | undefined): never => {
    if (error instanceof RegistryError) {
      if (gaveUp) error.message = `${error.message} (${what}: ${gaveUp})`;
      throw error;
    }
    if (error instanceof DigestMismatchError) {
      throw new RegistryError(
        `${error.message} (${what}${gaveUp ? `; ${gaveUp}` : ''})`,
        src.registry,
        src.repository,
        undefined,
        'DIGEST_INVALID',
        { cause: error },
      );
    }
    throw networkError(error, { registry: src.registry, repository: src.repository, action: what, ...(gaveUp ? { gaveUp } : {}) }, 'http');
  };
  const options = client.http.retryOptions(({ delayMs, reason }) =>
    client.http.options.log(`blob ${descriptor.digest}: ${reason}; restarting the copy in ${delayMs} ms`),
  );
  return retryLoop<BlobCopyOutcome>(options, async (attempt) => {
    if (attempt > 1 && (await client.headBlob(dst, descriptor.digest))) return { done: 'exists' }; // the failed attempt may have completed after all
    try {
      const stream = await client.openBlob(src, descriptor);
      await client.uploadBlob(dst, descriptor, stream, uploadUrl);
      return { done: 'copied' };
    } catch (error) {
      uploadUrl = undefined; // a failed session is not reused
      if (!transient(error)) fail(error, undefined);
      return {
        failed: { status: 503, retryable: true },
        reason: error instanceof Error ? error.message : String(error),
        giveUp: (stop, attempts) => fail(error, attempts > 1 ? stop : undefined),
      };
    }
  });
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects (after in-flight work settles). */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}

/**
 * Copies `src` to `dst` (a tag, or a digest-only reference to copy without tagging). Children
 * of an index are copied by digest before the index is put, so `dst` never points at something
 * incomplete.
 */
export async function copyImage(
  client: RegistryClient,
  srcInput: RefInput,
  dstInput: RefInput,
  options: CopyImageOptions = {},
): Promise<CopyImageResult> {
  const src = typeof srcInput === 'string' ? parseImageRef(srcInput) : srcInput;
  const dst = typeof dstInput === 'string' ? parseImageRef(dstInput) : dstInput;
  const result: CopyImageResult = {
    digest: '',
    mediaType: '',
    image: '',
    blobs: { exists: 0, mounted: 0, copied: 0, foreign: 0 },
    bytesCopied: 0,
    manifests: 0,
  };
  const concurrency = options.concurrency ?? 3;
  const top = await client.getManifest(src);
  if (dst.digest && dst.digest !== top.digest) {
    throw new RegistryError(
      `Cannot copy ${formatImageRef(src)} (digest ${top.digest}) to ${formatImageRef(dst)}: the digests differ`,
      dst.registry,
      dst.repository,
    );
  }

  const copyTree = async (manifest: FetchedManifest, ref: ImageRef): Promise<void> => {
    if (isIndexMediaType(manifest.mediaType)) {
      for (const child of (manifest.manifest as ImageIndex).manifests ?? []) {
        if (await client.headManifest(withDigest(dst, child.digest))) continue;
        const fetched = await client.getManifest(withDigest(ref, child.digest));
        await copyTree(fetched, ref);
        await client.putManifest(withDigest(dst, fetched.digest), fetched);
        result.manifests++;
      }
      return;
    }
    const image = manifest.manifest as ImageManifest;
    const blobs = [image.config, ...(image.layers ?? [])].filter((d): d is Descriptor => Boolean(d?.digest));
    await forEachLimited(blobs, concurrency, async (descriptor) => {
      const outcome = await copyBlob(client, src, dst, descriptor);
      result.blobs[outcome]++;
      if (outcome === 'copied') result.bytesCopied += descriptor.size;
    });
  };

  await copyTree(top, src);
  const digest = await client.putManifest(dst.tag ? withTag(dst, dst.tag) : withDigest(dst, top.digest), top);
  result.manifests++;
  if (digest !== top.digest) {
    throw new RegistryError(
      `The copy of ${formatImageRef(src)} at ${formatImageRef(dst)} has digest ${digest}, not ${top.digest}`,
      dst.registry,
      dst.repository,
    );
  }
  return { ...result, digest, mediaType: top.mediaType, image: formatImageRef(withDigest(dst, digest)) };
}
