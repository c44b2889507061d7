/**
 * Copying an image (index, child manifests, blobs) between repositories or registries without a
 * local store: blobs in the same registry are mounted (no bytes move, one request each), blobs that
 * already exist in another registry are skipped, the rest are streamed source → destination with
 * digest verification. Manifests are PUT with their exact bytes, so the copy has the same digest
 * as the source.
 */
import type { Readable } from 'node:stream';
import { type ImageRef, formatImageRef, parseImageRef, withDigest, withTag } from '../core/image-ref.js';
import { forEachLimited } from '../runtime/concurrency.js';
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
  /** The source's manifest as already read (by its digest): not asked for again. */
  manifest?: FetchedManifest;
}

function sameRegistry(a: RepositoryRef, b: RepositoryRef): boolean {
  return a.apiHost === b.apiHost;
}

function transient(error: unknown): boolean {
  if (error instanceof RegistryError) return error.transient;
  return error instanceof DigestMismatchError || isTransientNetworkError(error);
}

/** Where the bytes of a blob come from when the destination has to receive them. */
export interface BlobSource {
  /** Opens the bytes as a stream that fails at its end unless they match the descriptor (a fresh stream per attempt). */
  open: () => Promise<Readable>;
  /** A repository of the destination's registry that may hold the blob: a cross-repository mount is tried first. */
  mountFrom?: RepositoryRef;
  /** Where an error about the bytes points: the source registry, or the destination for local bytes. */
  registry: string;
  repository: string;
  /** For messages: `copying blob sha256:… from a to b`. */
  action: string;
}

export type BlobPushOutcome = 'exists' | 'mounted' | 'uploaded';

/**
 * One blob into `dst`: mounted when the source names another repository of the same registry,
 * else skipped if present (HEAD), else uploaded. The mount is asked first, without a HEAD: a
 * registry answers 201 whether the blob was there already or is mounted now, so one request
 * settles the blob either way. A failed upload (dropped connection, 5xx mid-upload, digest
 * mismatch) restarts the whole blob with a fresh upload session, bounded by the client's retry
 * policy. A mount the registry refuses outright (401/403/404: no pull on the other repository)
 * falls back to a plain upload; a mount it declines (202: no mounts, as ECR) hands over its
 * session for the upload, unless a HEAD then finds the blob there already.
 */
export async function pushBlob(
  client: RegistryClient,
  dst: RepositoryRef,
  descriptor: Pick<Descriptor, 'digest' | 'size'>,
  source: BlobSource,
): Promise<BlobPushOutcome> {
  let uploadUrl: string | undefined;
  if (source.mountFrom && sameRegistry(source.mountFrom, dst) && source.mountFrom.repository !== dst.repository) {
    try {
      const mount = await client.mountBlob(dst, source.mountFrom, descriptor.digest);
      if (mount.mounted) return 'mounted';
      uploadUrl = mount.uploadUrl;
    } catch (error) {
      if (!(error instanceof RegistryError) || error.transient || error.status === undefined) throw error;
      client.http.options.log(`blob ${descriptor.digest}: no mount from ${source.mountFrom.repository} (${error.message}); uploading it`);
    }
  }
  if (await client.headBlob(dst, descriptor.digest)) {
    if (uploadUrl) await client.cancelUpload(dst, uploadUrl);
    return 'exists';
  }
  const fail = (error: unknown, gaveUp: string | undefined): never => {
    if (error instanceof RegistryError) {
      if (gaveUp) error.message = `${error.message} (${source.action}: ${gaveUp})`;
      throw error;
    }
    if (error instanceof DigestMismatchError) {
      throw new RegistryError(
        `${error.message} (${source.action}${gaveUp ? `; ${gaveUp}` : ''})`,
        source.registry,
        source.repository,
        undefined,
        'DIGEST_INVALID',
        { cause: error },
      );
    }
    throw networkError(
      error,
      { registry: source.registry, repository: source.repository, action: source.action, ...(gaveUp ? { gaveUp } : {}) },
      'http',
    );
  };
  const options = client.http.retryOptions(({ delayMs, reason }) =>
    client.http.options.notice(`blob ${descriptor.digest}: ${reason}; restarting its upload in ${delayMs} ms`),
  );
  return retryLoop<BlobPushOutcome>(options, async (attempt) => {
    if (attempt > 1 && (await client.headBlob(dst, descriptor.digest))) return { done: 'exists' }; // the failed attempt may have completed after all
    try {
      await client.uploadBlob(dst, descriptor, await source.open(), uploadUrl);
      return { done: 'uploaded' };
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

/** One blob into `dst`: skipped if present, mounted within a registry, else streamed from `src`. */
export async function copyBlob(
  client: RegistryClient,
  src: RepositoryRef,
  dst: RepositoryRef,
  descriptor: Descriptor,
): Promise<BlobCopyOutcome> {
  if (descriptor.urls?.length) return 'foreign'; // non-distributable layer: the runtime fetches it from its URLs
  const outcome = await pushBlob(client, dst, descriptor, {
    open: () => client.openBlob(src, descriptor),
    ...(sameRegistry(src, dst) ? { mountFrom: src } : {}),
    registry: src.registry,
    repository: src.repository,
    action: `copying blob ${descriptor.digest} from ${src.registry}/${src.repository} to ${dst.registry}/${dst.repository}`,
  });
  return outcome === 'uploaded' ? 'copied' : outcome;
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
  const top = options.manifest ?? (await client.getManifest(src));
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
