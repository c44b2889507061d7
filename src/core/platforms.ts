/**
 * Platforms (`linux/amd64`, `linux/arm64`, `linux/arm/v7`), normalized the way containerd/BuildKit
 * normalize them so that equivalent spellings compare and hash the same: `linux/arm64/v8` is
 * `linux/arm64`, `linux/arm` is `linux/arm/v7`, `x86_64` is `amd64`. One module for every part
 * (inputs, hash, build, builders, registry). Pure.
 *
 * Two strictnesses: `normalizePlatform`/`normalizePlatforms` are for inputs (anything outside the
 * list Docker can target on Linux is an input error: a typo would otherwise produce a hash no build
 * can match); `parsePlatform`/`formatPlatform`/`samePlatform` take any os/arch a registry may list
 * (`windows/amd64`) and only resolve aliases and default variants.
 */
import { InputError } from './errors.js';

/** As in an OCI index entry; `variant` absent when the architecture has none (or its default). */
export interface OciPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Architectures (after alias resolution) with the variants each accepts; '' means none. */
const KNOWN: Record<string, readonly string[]> = {
  amd64: ['', 'v2', 'v3', 'v4'],
  arm64: ['', 'v9'],
  arm: ['v5', 'v6', 'v7', 'v8'],
  '386': [''],
  ppc64le: [''],
  s390x: [''],
  riscv64: [''],
  mips64le: [''],
  mips64: [''],
  loong64: [''],
};

function normalizeArchitecture(architecture: string, variant: string): { architecture: string; variant: string } {
  switch (architecture) {
    case 'i386':
    case 'i686':
      return { architecture: '386', variant: variant };
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return { architecture: 'amd64', variant: variant === 'v1' ? '' : variant };
    case 'aarch64':
    case 'arm64':
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') return { architecture: 'arm64', variant: '' };
      if (variant === '9' || variant === 'v9' || variant === 'v9.0') return { architecture: 'arm64', variant: 'v9' };
      return { architecture: 'arm64', variant };
    case 'armhf':
      return { architecture: 'arm', variant: 'v7' };
    case 'armel':
      return { architecture: 'arm', variant: 'v6' };
    case 'arm':
      if (variant === '' || variant === '7') return { architecture: 'arm', variant: 'v7' };
      if (variant === '5' || variant === '6' || variant === '8') return { architecture: 'arm', variant: `v${variant}` };
      return { architecture: 'arm', variant };
    default:
      return { architecture, variant };
  }
}

/** Lower case, aliases resolved, default variants dropped (arm64 → no variant, arm → v7). */
export function canonicalPlatform(platform: OciPlatform): OciPlatform {
  const { architecture, variant } = normalizeArchitecture(platform.architecture.toLowerCase(), (platform.variant ?? '').toLowerCase());
  const os = platform.os.toLowerCase();
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** The canonical `os/arch[/variant]` of a platform. */
export function formatPlatform(platform: OciPlatform): string {
  const normal = canonicalPlatform(platform);
  return [normal.os, normal.architecture, normal.variant].filter(Boolean).join('/');
}

export function samePlatform(a: OciPlatform, b: OciPlatform): boolean {
  return formatPlatform(a) === formatPlatform(b);
}

export class PlatformError extends Error {
  constructor(text: string, problem: string) {
    super(`Invalid platform "${text}": ${problem} (expected os/arch[/variant], e.g. linux/amd64 or linux/arm64)`);
    this.name = 'PlatformError';
  }
}

/** `linux/arm64` → its canonical {os, architecture}; an unknown shape throws PlatformError. Any os/arch is accepted. */
export function parsePlatform(text: string): OciPlatform {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) {
    throw new PlatformError(text, 'not two or three parts of letters and digits');
  }
  const [os = '', architecture = '', variant] = parts;
  return canonicalPlatform({ os, architecture, ...(variant ? { variant } : {}) });
}

/** One platform string to its canonical form, or undefined when Docker cannot target it on Linux. */
export function normalizePlatform(text: string): string | undefined {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) return undefined;
  const [os, rawArchitecture, rawVariant = ''] = parts as [string, string, string?];
  if (os !== 'linux') return undefined;
  const { architecture, variant } = normalizeArchitecture(rawArchitecture, rawVariant);
  if (!(KNOWN[architecture] ?? []).includes(variant)) return undefined;
  return [os, architecture, variant].filter(Boolean).join('/');
}

/** Node's `process.arch` → the platform the runner builds for when none is given. */
export function hostPlatform(arch: string = process.arch): string {
  const map: Record<string, string> = { x64: 'linux/amd64', arm64: 'linux/arm64', arm: 'linux/arm/v7', ia32: 'linux/386', ppc64: 'linux/ppc64le', s390x: 'linux/s390x', riscv64: 'linux/riscv64', loong64: 'linux/loong64' };
  return map[arch] ?? 'linux/amd64';
}

/**
 * The platform list of the build definition: every item normalized, sorted, deduplicated; empty
 * means the runner's own platform (what a builder does without `--platform`).
 */
export function normalizePlatforms(items: readonly string[], input = 'platforms', host = hostPlatform()): string[] {
  if (items.length === 0) return [host];
  const normalized = new Set<string>();
  for (const item of items) {
    const platform = normalizePlatform(item);
    if (!platform) {
      throw new InputError(
        input,
        `'${item}' is not a platform Docker can build`,
        'Use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7, separated by commas',
      );
    }
    normalized.add(platform);
  }
  return [...normalized].sort();
}

/** The values BuildKit gives TARGETOS/TARGETARCH/TARGETVARIANT (and BUILD*) for a canonical platform. */
export function platformArgs(prefix: 'TARGET' | 'BUILD', platform: string): Record<string, string> {
  const [os = '', architecture = '', variant = ''] = platform.split('/');
  return {
    [`${prefix}PLATFORM`]: platform,
    [`${prefix}OS`]: os,
    [`${prefix}ARCH`]: architecture,
    [`${prefix}VARIANT`]: variant,
  };
}
