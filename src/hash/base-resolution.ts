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
