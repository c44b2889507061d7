/**
 * Platforms (`linux/amd64`, `linux/arm64`, `linux/arm/v7`) normalized as containerd does, so
 * `linux/arm64/v8` and `linux/arm64` are the same platform and `aarch64` means `arm64`. Pure.
 */
import type { Descriptor, Platform } from './types.js';

const archAliases: Record<string, { architecture: string; variant?: string }> = {
  x86_64: { architecture: 'amd64' },
  'x86-64': { architecture: 'amd64' },
  aarch64: { architecture: 'arm64' },
  armhf: { architecture: 'arm', variant: 'v7' },
  armel: { architecture: 'arm', variant: 'v6' },
  i386: { architecture: '386' },
};

/** Normalized: lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os.toLowerCase();
  const alias = archAliases[platform.architecture.toLowerCase()];
  const architecture = alias?.architecture ?? platform.architecture.toLowerCase();
  let variant = (platform.variant ?? alias?.variant ?? '').toLowerCase();
  if (architecture === 'arm64' && (variant === 'v8' || variant === '8')) variant = '';
  if (architecture === 'arm' && variant === '') variant = 'v7';
  if (architecture === 'arm' && /^\d$/.test(variant)) variant = `v${variant}`;
  if (architecture === 'amd64' && variant === 'v1') variant = '';
  return variant ? { os, architecture, variant } : { os, architecture };
}

export class PlatformError extends Error {
  constructor(text: string, problem: string) {
    super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
    this.name = 'PlatformError';
  }
}

/** `linux/arm64` → {os, architecture}; an unknown shape throws. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
    throw new PlatformError(text, 'not two or three parts of letters and digits');
  }
  const [os = '', architecture = '', variant] = parts;
  return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}

export function formatPlatform(platform: Platform): string {
  const normal = normalizePlatform(platform);
  return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}

export function samePlatform(a: Platform, b: Platform): boolean {
  return formatPlatform(a) === formatPlatform(b);
}

/** Index entries that are not runnable images: BuildKit attestations, `unknown/unknown`. */
export function isAttestation(descriptor: Descriptor): boolean {
  return (
    descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')
  );
}

/** The index entry for a platform, or the only image when none is asked for; undefined when absent. */
export function selectManifest(manifests: readonly Descriptor[], wanted?: Platform): Descriptor | undefined {
  const images = manifests.filter((descriptor) => !isAttestation(descriptor));
  if (!wanted) return images[0];
  return images.find((descriptor) => descriptor.platform && samePlatform(descriptor.platform, wanted));
}
