/**
 * The `resolveBase` seam of computeBuildDefinition: every image the build pulls (`FROM`,
 * `COPY --from`), to the digest its tag points at now, so a moved base tag means a new hash. A
 * pinned reference is returned as is, without a request. One lookup per reference per run.
 */
import { parseImageRef } from '../core/image-ref.js';
import type { RegistryClient } from '../registry/client.js';

export function registryBaseResolver(client: RegistryClient): (ref: string) => Promise<string> {
  const seen = new Map<string, Promise<string>>();
  return (ref) => {
    let digest = seen.get(ref);
    if (!digest) {
      digest = client.resolveDigest(parseImageRef(ref));
      seen.set(ref, digest);
    }
    return digest;
  };
}

/**
 * registryBaseResolver over a client made at the first lookup: a Dockerfile with nothing to
 * resolve (`FROM scratch`, pinned digests) never loads the registry code, whose HTTPS stack costs
 * tens of milliseconds at start.
 */
export function lazyBaseResolver(makeClient: () => RegistryClient | Promise<RegistryClient>): (ref: string) => Promise<string> {
  let resolver: Promise<(ref: string) => Promise<string>> | undefined;
  return (ref) => (resolver ??= Promise.resolve().then(makeClient).then(registryBaseResolver)).then((resolve) => resolve(ref));
}
