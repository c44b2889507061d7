/**
 * Platform choices inside an OCI index: which entries are runnable images, and which one a
 * platform asks for. Platform strings themselves (parse, format, compare) are core/platforms.ts. Pure.
 */
import { samePlatform, type OciPlatform } from '../core/platforms.js';
import type { Descriptor } from './types.js';

/** Index entries that are not runnable images: BuildKit attestations, `unknown/unknown`. */
export function isAttestation(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
  );
}

/** The index entry for a platform, or the only image when none is asked for; undefined when absent. */
export function selectManifest(manifests: readonly Descriptor[], wanted?: OciPlatform): Descriptor | undefined {
  const images = manifests.filter((descriptor) => !isAttestation(descriptor));
  if (!wanted) return images[0];
  return images.find((descriptor) => descriptor.platform && samePlatform(descriptor.platform, wanted));
}
