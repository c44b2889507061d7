/** Platform strings (`os/arch[/variant]`) and the check that a manifest list carries each of them. */

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** The variant a platform has when none is written (OCI image-spec conventions). */
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

export function parsePlatform(text: string): Platform {
  const [os = '', architecture = '', variant] = text.trim().toLowerCase().split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

function variantOf(platform: Platform): string {
  return platform.variant?.toLowerCase() || DEFAULT_VARIANT[platform.architecture.toLowerCase()] || '';
}

/** Same os and architecture; variants compared with their defaults filled in. */
export function samePlatform(wanted: Platform, found: Platform): boolean {
  return (
    wanted.os.toLowerCase() === found.os.toLowerCase() &&
    wanted.architecture.toLowerCase() === found.architecture.toLowerCase() &&
    variantOf(wanted) === variantOf(found)
  );
}

/** The requested platforms an OCI index / Docker manifest list (JSON text) does not carry. */
export function missingPlatforms(requested: readonly string[], indexJson: string): string[] {
  const index = JSON.parse(indexJson) as { manifests?: { platform?: Platform }[] };
  const found = (index.manifests ?? []).flatMap((entry) => (entry.platform ? [entry.platform] : []));
  return requested.filter((text) => !found.some((platform) => samePlatform(parsePlatform(text), platform)));
}
