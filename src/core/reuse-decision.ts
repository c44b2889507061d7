/**
 * Reuse or build: the decision after the existence check, with the reason in words for the log and
 * the summary. Pure. A hit must
 * - exist under the hash tag (only a 404 from the registry means "absent"; errors never get here),
 * - carry every requested platform (an index may hold more; a single image is its config's platform),
 * - carry the hash label with exactly this hash on every requested platform's image (a tag moved
 *   by hand or pushed by another tool is not this build).
 */
import { normalizePlatform } from './platforms.js';
import { HASH_LABEL } from './labels.js';

export interface FoundImage {
  digest: string;
  /** Platforms the image provides (`os/arch[/variant]`, any spelling; attestations left out). */
  platforms: string[];
  /** The hash label of each requested platform's image that exists (undefined: no such label). */
  hashLabels: Record<string, string | undefined>;
}

export interface ReuseInput {
  /** Undefined when the registry said 404 for the hash tag. */
  found: FoundImage | undefined;
  /** Canonical requested platforms (what went into the hash). */
  requested: readonly string[];
  hash: string;
  hashTag: string;
  forceRebuild: boolean;
}

export type ReuseDecision = { action: 'reuse'; digest: string; reason: string } | { action: 'build'; reason: string };

const canonical = (platform: string) => normalizePlatform(platform) ?? platform.toLowerCase();

export function decideReuse(input: ReuseInput): ReuseDecision {
  const { found, hashTag } = input;
  if (input.forceRebuild) return { action: 'build', reason: 'force-rebuild is true: building without looking for an existing image' };
  if (!found) return { action: 'build', reason: `no image is tagged ${hashTag} yet` };

  const present = new Set(found.platforms.map(canonical));
  const missing = input.requested.filter((platform) => !present.has(canonical(platform)));
  if (missing.length > 0) {
    const has = found.platforms.length > 0 ? found.platforms.join(', ') : 'no platform';
    return { action: 'build', reason: `${hashTag} exists (${found.digest}) but lacks ${missing.join(', ')} (it has ${has})` };
  }

  for (const platform of input.requested) {
    const label = found.hashLabels[canonical(platform)];
    if (label === undefined) {
      return {
        action: 'build',
        reason: `${hashTag} exists (${found.digest}) but its ${platform} image has no ${HASH_LABEL} label, so it was not built by this action`,
      };
    }
    if (label !== input.hash) {
      return {
        action: 'build',
        reason: `${hashTag} exists (${found.digest}) but its ${platform} image is labelled ${HASH_LABEL}=${label}, not ${input.hash}: the tag was overwritten`,
      };
    }
  }
  return {
    action: 'reuse',
    digest: found.digest,
    reason: `${hashTag} exists (${found.digest}) with ${input.requested.join(', ')} and the matching hash label`,
  };
}
