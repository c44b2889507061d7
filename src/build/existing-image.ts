/**
 * The existence check behind reuse: what the registry holds under the hash tag, read with as few
 * requests as possible (one manifest GET, then one config blob per requested platform; an index
 * adds one child manifest GET per requested platform). Fails closed: only a registry's 404 for the
 * manifest means "absent"; 401/403/429/5xx and unreachable registries throw.
 */
import { type ImageRef, withDigest } from '../core/image-ref.js';
import { formatPlatform, parsePlatform } from '../core/platforms.js';
import {
  configPlatform,
  type FetchedManifest,
  type ImageIndex,
  type ImageManifest,
  isAttestation,
  isIndexMediaType,
  type RegistryClient,
  RegistryError,
  selectManifest,
} from '../registry/index.js';
import { HASH_LABEL } from './labels.js';
import type { FoundImage } from './reuse-decision.js';

/** What was found, with the manifest bytes a retag PUTs unchanged. */
export interface ExistingImage extends FoundImage {
  manifest: FetchedManifest;
}

/** Distribution error codes that mean "no such manifest" (a 404 without them is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);

/** The manifest under `ref`, or undefined when the registry says it has none. */
export async function fetchManifestIfPresent(client: RegistryClient, ref: ImageRef): Promise<FetchedManifest | undefined> {
  try {
    return await client.getManifest(ref);
  } catch (error) {
    if (!(error instanceof RegistryError) || error.status !== 404) throw error;
    if (error.code && ABSENT_CODES.has(error.code)) return undefined;
    // A 404 without a registry error code: the client's HEAD check confirms a registry answered
    // (a wrong host or path 404s everything) and throws when none did.
    const head = await client.headManifest(ref);
    if (head === undefined) return undefined;
    return client.getManifest(ref);
  }
}

/**
 * Looks up `ref` (the hash tag) and reads, for every requested platform it has, the hash label.
 * Undefined when absent.
 */
export async function inspectExistingImage(client: RegistryClient, ref: ImageRef, requested: readonly string[]): Promise<ExistingImage | undefined> {
  const top = await fetchManifestIfPresent(client, ref);
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
