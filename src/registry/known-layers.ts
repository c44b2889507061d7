/**
 * Layers a registry already holds, known by their uncompressed digest (an image config's
 * `rootfs.diff_ids`): the layers of a build's base images. A builder that writes the built image
 * to a local OCI layout need not read, compress and write them again — the layout leaves them out
 * and the push mounts (same registry) or copies (another registry) the registry's own blob, as a
 * builder's own push does from its blob cache. The manifest then names each such layer exactly as
 * the base image does (digest, size, media type), which is what the builder's push would have
 * written too.
 */
import { formatImageRef, parseImageRef, withDigest } from '../core/image-ref.js';
import type { OciPlatform } from '../core/platforms.js';
import type { RegistryClient, RepositoryRef } from './client.js';
import { isIndexMediaType } from './media-types.js';
import { type OciLayout, REF_NAME_ANNOTATION } from './oci-layout.js';
import { selectManifest } from './platform.js';
import type { Descriptor, FetchedManifest, ImageIndex, ImageManifest } from './types.js';

export interface KnownLayer {
  /** The layer as the registry holds it (usually compressed). */
  descriptor: Descriptor;
  /** Where: mounted or copied from here. */
  repository: RepositoryRef;
}

/**
 * The layers of `images` (references, pinned or not) for each of `platforms`, by diff ID. An image
 * that cannot be read is reported to `onProblem` and left out: this only saves work, so it never
 * fails a build.
 */
export async function knownLayers(
  client: RegistryClient,
  images: readonly string[],
  platforms: readonly OciPlatform[],
  onProblem: (message: string) => void = () => undefined,
): Promise<Map<string, KnownLayer>> {
  const known = new Map<string, KnownLayer>();
  for (const text of new Set(images)) {
    try {
      const ref = parseImageRef(text);
      const repository: RepositoryRef = { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
      const top = await client.getManifest(ref);
      const manifests: ImageManifest[] = [];
      if (isIndexMediaType(top.mediaType)) {
        const entries = (top.manifest as ImageIndex).manifests ?? [];
        const chosen = new Set<string>();
        for (const platform of platforms) {
          const entry = selectManifest(entries, platform);
          if (entry && !chosen.has(entry.digest)) chosen.add(entry.digest);
        }
        for (const digest of chosen) manifests.push((await client.getManifest(withDigest(ref, digest))).manifest as ImageManifest);
      } else {
        manifests.push(top.manifest as ImageManifest);
      }
      for (const manifest of manifests) {
        const config = await client.readConfig(ref, manifest.config);
        const diffIds = config.rootfs?.diff_ids ?? [];
        const layers = manifest.layers ?? [];
        if (diffIds.length !== layers.length) {
          onProblem(`${formatImageRef(ref)}: ${layers.length} layers but ${diffIds.length} diff IDs; its layers are written again`);
          continue;
        }
        for (const [index, layer] of layers.entries()) {
          if (layer.urls?.length) continue; // non-distributable: not in the registry
          known.set(diffIds[index] as string, {
            descriptor: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size },
            repository,
          });
        }
      }
    } catch (error) {
      onProblem(`${text}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return known;
}

export interface Substitution {
  /** The image's entry in index.json after the rewrite. */
  top: Descriptor;
  /** Blobs the push takes from a registry: compressed digest → repository. */
  remoteBlobs: Map<string, RepositoryRef>;
  /** Layer descriptors replaced (over every platform). */
  replaced: number;
}

/**
 * Rewrites the image `name` of a layout so that every layer written under the diff ID of a known
 * layer (the uncompressed form, or an empty placeholder the builder was made to reuse) names the
 * registry's blob instead. Manifests change bottom-up, since an index names its children by digest;
 * index.json is replaced last. Nothing changes when no layer is known.
 */
export async function substituteKnownLayers(
  layout: OciLayout,
  name: string | undefined,
  known: ReadonlyMap<string, KnownLayer>,
): Promise<Substitution> {
  const remoteBlobs = new Map<string, RepositoryRef>();
  let replaced = 0;

  const rewrite = async (descriptor: Descriptor): Promise<Descriptor> => {
    const fetched: FetchedManifest = await layout.manifest(descriptor);
    let changed = false;
    if (isIndexMediaType(fetched.mediaType)) {
      const index = fetched.manifest as ImageIndex;
      const manifests: Descriptor[] = [];
      for (const entry of index.manifests ?? []) {
        const next = await rewrite(entry);
        if (next.digest !== entry.digest) changed = true;
        manifests.push(next);
      }
      if (!changed) return descriptor;
      return store({ ...index, manifests });
    }
    const image = fetched.manifest as ImageManifest;
    const layers = (image.layers ?? []).map((layer) => {
      const found = known.get(layer.digest);
      if (!found) return layer;
      changed = true;
      replaced++;
      remoteBlobs.set(found.descriptor.digest, found.repository);
      return { ...layer, mediaType: found.descriptor.mediaType, digest: found.descriptor.digest, size: found.descriptor.size };
    });
    if (!changed) return descriptor;
    return store({ ...image, layers });

    async function store(document: ImageManifest | ImageIndex): Promise<Descriptor> {
      const bytes = new TextEncoder().encode(JSON.stringify(document));
      const digest = await layout.writeBlob(bytes);
      return { ...descriptor, digest, size: bytes.byteLength };
    }
  };

  const index = await layout.index();
  const top = await layout.top(name);
  const rewritten = await rewrite(top);
  if (rewritten.digest !== top.digest) {
    await layout.writeIndex({
      ...index,
      manifests: index.manifests.map((entry) =>
        entry.digest === top.digest && entry.annotations?.[REF_NAME_ANNOTATION] === top.annotations?.[REF_NAME_ANNOTATION]
          ? rewritten
          : entry,
      ),
    });
  }
  return { top: rewritten, remoteBlobs, replaced };
}
