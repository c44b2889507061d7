/**
 * Platforms (`linux/amd64`, `linux/arm64`, `linux/arm/v7`), normalized the way containerd/BuildKit
 * normalize them so that equivalent spellings compare and hash the same: `linux/arm64/v8` is
 * `linux/arm64`, `linux/arm` is `linux/arm/v7`, `x86_64` is `amd64`. One module for every part
 * (inputs, hash, build, builders, registry). Pure.
 *
 * `normalizePlatform`/`normalizePlatforms` read inputs the way buildx does (containerd's
 * `platforms.Parse`): `os/arch[/variant]` with any os and arch (`windows/amd64`), an os alone (the
 * runner's architecture) or a known architecture alone (Linux); a builder refuses what it cannot
 * build. `parsePlatform`/`formatPlatform`/`samePlatform` take what registries list.
 */
import { InputError } from './errors.js';

/** As in an OCI index entry; `variant` absent when the architecture has none (or its default). */
export interface OciPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

/** containerd's known operating systems and architectures (platforms/database.go): what a one-word specifier may be. */
const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos',
]);
const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'amd64p32',
  'arm',
  'arm64',
  'arm64be',
  'armbe',
  'loong64',
  'mips',
  'mips64',
  'mips64le',
  'mips64p32',
  'mips64p32le',
  'mipsle',
  'ppc',
  'ppc64',
  'ppc64le',
  'riscv',
  'riscv64',
  's390',
  's390x',
  'sparc',
  'sparc64',
  'wasm',
]);
/** containerd's specifier components: `<os>[(<os version>)]`, then `[A-Za-z0-9_-]+` parts. */
const OS_COMPONENT = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/;
const COMPONENT = /^[A-Za-z0-9_-]+$/;

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

/**
 * One platform specifier to its canonical form, as buildx parses it (containerd `platforms.Parse`
 * then `Normalize`), or undefined when buildx would refuse it. `host` fills a one-word specifier.
 */
export function normalizePlatform(text: string, host: string = hostPlatform()): string | undefined {
  const parts = text.trim().split('/');
  if (parts.length > 3) return undefined;
  const osPart = OS_COMPONENT.exec(parts[0] ?? '');
  if (!osPart || parts.slice(1).some((part) => !COMPONENT.test(part))) return undefined;
  let os = (osPart[1] as string).toLowerCase();
  if (os === 'macos') os = 'darwin';
  const version = osPart[2] === undefined ? '' : `(${osPart[2]})`;
  if (parts.length === 1) {
    if (KNOWN_OS.has(os)) return `${os}${version}/${host.split('/').slice(1).join('/')}`;
    const { architecture, variant } = normalizeArchitecture(os, '');
    return KNOWN_ARCH.has(architecture) && !version ? [`linux`, architecture, variant].filter(Boolean).join('/') : undefined;
  }
  const { architecture, variant } = normalizeArchitecture((parts[1] as string).toLowerCase(), (parts[2] ?? '').toLowerCase());
  return [`${os}${version}`, architecture, variant].filter(Boolean).join('/');
}

/** Node's `process.arch` → the platform the runner builds for when none is given. */
export function hostPlatform(arch: string = process.arch): string {
  const map: Record<string, string> = {
    x64: 'linux/amd64',
    arm64: 'linux/arm64',
    arm: 'linux/arm/v7',
    ia32: 'linux/386',
    ppc64: 'linux/ppc64le',
    s390x: 'linux/s390x',
    riscv64: 'linux/riscv64',
    loong64: 'linux/loong64',
  };
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
    const platform = normalizePlatform(item, host);
    if (!platform) {
      throw new InputError(
        input,
        `'${item}' is not a platform specifier buildx accepts`,
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
