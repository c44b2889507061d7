import * as core from '@actions/core';
import type { HashInputs } from '../actions/hash/inputs.js';
import { makeRegistryClient, registryBaseResolver } from './registry-access.js';

/**
 * The `resolveBase` seam of computeBuildDefinition for the hash action: `FROM` / `COPY --from`
 * images to digests through the registry (credentials from Docker's config.json), so a moved base
 * tag means a new hash, as in the build action. Undefined when `resolve-images` is false.
 */
export function baseResolverFor(inputs: Pick<HashInputs, 'resolveImages' | 'insecureRegistries'>): ((ref: string) => Promise<string>) | undefined {
  if (!inputs.resolveImages) {
    core.warning('resolve-images is false: base images are hashed as written, so a base tag that moves does not change the hash (and the build action, which always resolves them, computes another hash)');
    return undefined;
  }
  return registryBaseResolver(makeRegistryClient(undefined, inputs.insecureRegistries));
}
