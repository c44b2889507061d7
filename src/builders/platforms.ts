/** The check that a manifest list (as `buildah manifest inspect` prints it) carries each requested platform. */
import { parsePlatform, samePlatform, type OciPlatform } from '../core/platforms.js';

/** The requested platforms an OCI index / Docker manifest list (JSON text) does not carry. */
export function missingPlatforms(requested: readonly string[], indexJson: string): string[] {
  const index = JSON.parse(indexJson) as { manifests?: { platform?: OciPlatform }[] };
  const found = (index.manifests ?? []).flatMap((entry) => (entry.platform ? [entry.platform] : []));
  return requested.filter((text) => !found.some((platform) => samePlatform(parsePlatform(text), platform)));
}
