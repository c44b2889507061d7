/**
 * Pushes an image from a local OCI image layout with this project's registry client: the push the
 * buildah builder hands over to after its own push failed on a transient error, and the upload
 * path `promote` reuses.
 *
 * Order: every blob first (HEAD; a cross-repository mount when a likely source is known; else an
 * upload, monolithic or chunked, with the digest checked on the way out and by the registry), then
 * the child manifests of an index by digest, then the top manifest under each tag — so a tag never
 * points at something incomplete.
 *
 * Retries: each request is retried by the client (429 after `Retry-After`, 5xx, resets); a blob
 * whose upload fails restarts with a fresh session (pushBlob); and a push that still fails on a
 * transient error starts again from the layout, skipping what already went through — all within
 * the client's one retry policy. A retry never changes what is pushed: the layout is fixed before
 * the first request, every byte read from it is checked against its descriptor, and the digest
 * returned is that of the exact manifest bytes put (the registry's answer must agree).
 */
import { formatImageRef, type ImageRef, withDigest } from '../core/image-ref.js';
import { StepError } from '../core/errors.js';
import { type RefInput, type RegistryClient, type RepositoryRef, toImageRef } from './client.js';
import { type BlobPushOutcome, copyBlob, pushBlob } from './copy.js';
import { forEachLimited } from '../runtime/concurrency.js';
import { RegistryError } from './errors.js';
import { isIndexMediaType } from './media-types.js';
import { OciLayout } from './oci-layout.js';
import { retryLoop } from '../runtime/retry.js';
import type { Descriptor, FetchedManifest, ImageIndex, ImageManifest } from './types.js';

export interface UploadLayoutOptions {
  /** Which image of the layout: its `org.opencontainers.image.ref.name`. Default: the only one. */
  name?: string;
  /**
   * A repository of the destination registry that may already hold some of the blobs (the layer
   * cache, the image's previous versions): a missing blob is mounted from it. Costs nothing when
   * the registry declines: the session it opens carries the upload.
   */
  mountFrom?: RepositoryRef;
  /**
   * Blobs the layout does not hold and where a registry has them (base image layers the builder
   * was told not to write): mounted within a registry, else streamed registry to registry.
   */
  remoteBlobs?: ReadonlyMap<string, RepositoryRef>;
  /** Blobs the destination repository is known to hold (uploaded a moment ago): not even asked about. */
  present?: ReadonlySet<string>;
  /** Blob uploads in flight at once. Default 3. */
  concurrency?: number;
}

export interface UploadLayoutResult {
  /** The digest the destination now serves: the top manifest's (an index for several platforms). */
  digest: string;
  mediaType: string;
  /** The destination pinned: `registry/repo@sha256:…`. */
  image: string;
  /** The tags put, as given. */
  tags: string[];
  /** How each blob got there (over every attempt; each blob counted once). */
  blobs: Record<BlobPushOutcome | 'copied', number>;
  /** Blob bytes sent (uploaded from the layout or streamed from another registry). */
  bytesUploaded: number;
  /** Manifests put (children of an index plus one per tag). */
  manifests: number;
  /** Times the whole push started again after a transient failure (0 when the first try went through). */
  restarts: number;
}

interface Plan {
  top: FetchedManifest;
  /** Children of an index, bottom-up: each is put before anything that refers to it. */
  children: FetchedManifest[];
  blobs: Descriptor[];
}

/** Reads what the layout holds for the image and checks that every blob is there (or known elsewhere). */
async function plan(layout: OciLayout, name: string | undefined, remoteBlobs: ReadonlyMap<string, RepositoryRef>): Promise<Plan> {
  const top = await layout.manifest(await layout.top(name));
  const children: FetchedManifest[] = [];
  const blobs = new Map<string, Descriptor>();
  const walk = async (manifest: FetchedManifest): Promise<void> => {
    if (isIndexMediaType(manifest.mediaType)) {
      for (const entry of (manifest.manifest as ImageIndex).manifests ?? []) {
        const child = await layout.manifest(entry);
        await walk(child);
        children.push(child);
      }
      return;
    }
    const image = manifest.manifest as ImageManifest;
    if (!image.config?.digest) throw new StepError(`${manifest.digest} in ${layout.dir} has no config: it is not a container image`);
    for (const blob of [image.config, ...(image.layers ?? [])]) {
      if (blob.urls?.length) continue; // non-distributable: the runtime fetches it from its URLs
      if (!remoteBlobs.has(blob.digest) && !(await layout.hasBlob(blob))) {
        throw new StepError(
          `The OCI layout ${layout.dir} lacks blob ${blob.digest} (${blob.size} bytes) of ${manifest.digest}, and no registry is known to hold it`,
        );
      }
      blobs.set(blob.digest, blob);
    }
  };
  await walk(top);
  return { top, children, blobs: [...blobs.values()] };
}

function destinationsOf(inputs: readonly RefInput[]): ImageRef[] {
  const refs = inputs.map(toImageRef);
  const first = refs[0];
  if (!first) throw new StepError('Nothing to push to: no destination was given');
  for (const ref of refs) {
    if (ref.apiHost !== first.apiHost || ref.repository !== first.repository) {
      throw new StepError(
        `One push goes to one repository: ${formatImageRef(ref)} is not in ${first.registry}/${first.repository} (push once per repository)`,
      );
    }
  }
  return refs;
}

/**
 * Pushes the image of the OCI layout at `layout` to `destinations` (tags of one repository; a
 * digest-only reference puts the manifest without a tag). Returns what the registry now serves.
 */
export async function uploadLayout(
  client: RegistryClient,
  layout: OciLayout | string,
  destinations: readonly RefInput[],
  options: UploadLayoutOptions = {},
): Promise<UploadLayoutResult> {
  const dsts = destinationsOf(destinations);
  const dst = dsts[0] as ImageRef;
  const opened = typeof layout === 'string' ? await OciLayout.open(layout) : layout;
  const remoteBlobs = options.remoteBlobs ?? new Map<string, RepositoryRef>();
  const { top, children, blobs } = await plan(opened, options.name, remoteBlobs);
  const where = `${dst.registry}/${dst.repository}`;

  // What went through in an earlier attempt is not sent again.
  const placed = new Map<string, BlobPushOutcome | 'copied'>();
  for (const blob of blobs) if (options.present?.has(blob.digest)) placed.set(blob.digest, 'exists');
  const putChildren = new Set<string>();
  const putTags = new Set<number>();
  let restarts = 0;

  const attemptPush = async (): Promise<void> => {
    await forEachLimited(
      blobs.filter((blob) => !placed.has(blob.digest)),
      options.concurrency ?? 3,
      async (blob) => {
        const remote = remoteBlobs.get(blob.digest);
        const outcome = remote
          ? await copyBlob(client, remote, dst, blob)
          : await pushBlob(client, dst, blob, {
              open: async () => opened.openBlob(blob),
              ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
              registry: dst.registry,
              repository: dst.repository,
              action: `uploading blob ${blob.digest} from the OCI layout to ${where}`,
            });
        placed.set(blob.digest, outcome === 'foreign' ? 'exists' : outcome);
      },
    );
    for (const child of children) {
      if (putChildren.has(child.digest)) continue;
      await client.putManifest(withDigest(dst, child.digest), child);
      putChildren.add(child.digest);
    }
    for (const [index, ref] of dsts.entries()) {
      if (putTags.has(index)) continue;
      const digest = await client.putManifest(ref.tag ? ref : withDigest(ref, top.digest), top);
      if (digest !== top.digest) {
        throw new RegistryError(`The manifest put as ${formatImageRef(ref)} is ${digest}, not ${top.digest}`, dst.registry, dst.repository);
      }
      putTags.add(index);
    }
  };

  const retry = client.http.retryOptions(({ delayMs, reason }) => {
    restarts++;
    client.http.options.notice(
      `push to ${where}: ${reason}; starting it again from the OCI layout in ${delayMs} ms (what the registry already has is skipped)`,
    );
  });
  await retryLoop<void>(retry, async () => {
    try {
      await attemptPush();
      return { done: undefined };
    } catch (error) {
      if (!(error instanceof RegistryError) || !error.transient) throw error;
      return {
        failed: { status: 503, retryable: true },
        reason: error.message,
        giveUp: (stop, attempts) => {
          if (attempts > 1) error.message = `${error.message} (the whole push: ${stop})`;
          throw error;
        },
      };
    }
  });

  const blobCounts: UploadLayoutResult['blobs'] = { exists: 0, mounted: 0, uploaded: 0, copied: 0 };
  let bytesUploaded = 0;
  for (const blob of blobs) {
    const outcome = placed.get(blob.digest) ?? 'exists';
    blobCounts[outcome]++;
    if (outcome === 'uploaded' || outcome === 'copied') bytesUploaded += blob.size;
  }
  return {
    digest: top.digest,
    mediaType: top.mediaType,
    image: formatImageRef(withDigest(dst, top.digest)),
    tags: dsts.flatMap((ref) => (ref.tag ? [ref.tag] : [])),
    blobs: blobCounts,
    bytesUploaded,
    manifests: children.length + dsts.length,
    restarts,
  };
}
