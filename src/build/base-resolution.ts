/**
 * The hash action's base-image inputs: whether to resolve `FROM` / `COPY --from` images to digests
 * through the registry (the default, so that a moved base tag means a new hash, as in the build
 * action), and which registries speak plain HTTP. Credentials come from Docker's config.json.
 */
import * as core from '@actions/core';
import { InputError } from '../runtime/errors.js';
import { readList, readString } from '../runtime/inputs.js';
import { makeRegistryClient, registryBaseResolver } from './registry-access.js';

export interface BaseResolutionInputs {
  resolveImages: boolean;
  insecureRegistries: string[];
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

/** `insecure-registries`: host[:port] entries, no scheme. */
export function readInsecureRegistries(): string[] {
  const entries = readList('insecure-registries');
  for (const entry of entries) {
    if (!HOST.test(entry)) {
      throw new InputError('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
    }
  }
  return entries;
}

export function readBaseResolutionInputs(): BaseResolutionInputs {
  // Empty (an older caller that does not pass it) counts as the default, true.
  const value = readString('resolve-images').toLowerCase();
  if (value !== '' && value !== 'true' && value !== 'false') {
    throw new InputError('resolve-images', `'${value}' is not a boolean`, "Use 'true' or 'false'");
  }
  return { resolveImages: value !== 'false', insecureRegistries: readInsecureRegistries() };
}

/** The `resolveBase` seam for computeBuildDefinition, or undefined when resolution is off. */
export function baseResolverFor(inputs: BaseResolutionInputs): ((ref: string) => Promise<string>) | undefined {
  if (!inputs.resolveImages) {
    core.warning('resolve-images is false: base images are hashed as written, so a base tag that moves does not change the hash (and the build action, which always resolves them, computes another hash)');
    return undefined;
  }
  return registryBaseResolver(makeRegistryClient(undefined, inputs.insecureRegistries));
}
