/**
 * Chooses one tag among several that point at the same commit (pure): a semantic version wins
 * (`v1.2.3` or `1.2.3`, the highest by SemVer precedence, so a release beats its own `-rc`); without
 * one, the first of the list as git sorted it (newest first).
 */

const semverPattern =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

interface SemVer {
  core: [bigint, bigint, bigint];
  prerelease: string[];
}

export function parseSemVer(tag: string): SemVer | undefined {
  const match = semverPattern.exec(tag);
  if (!match) return undefined;
  return {
    core: [BigInt(match[1] ?? 0), BigInt(match[2] ?? 0), BigInt(match[3] ?? 0)],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
  if (aNumeric) return -1; // numeric identifiers have lower precedence than alphanumeric ones
  if (bNumeric) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer 2.0.0 precedence (build metadata ignored). */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (let i = 0; i < 3; i++) {
    if (a.core[i]! !== b.core[i]!) return a.core[i]! < b.core[i]! ? -1 : 1;
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length; // a release outranks any of its pre-releases
  }
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = compareIdentifiers(a.prerelease[i]!, b.prerelease[i]!);
    if (order !== 0) return order;
  }
  return a.prerelease.length - b.prerelease.length;
}

export function chooseTag(tags: readonly string[]): string {
  let best: { tag: string; version: SemVer } | undefined;
  for (const tag of tags) {
    const version = parseSemVer(tag);
    if (!version) continue;
    // Ties (v1.0.0 and 1.0.0, or differing build metadata) go to the name that sorts first.
    const order = best ? compareSemVer(version, best.version) : 1;
    if (order > 0 || (order === 0 && best && tag < best.tag)) best = { tag, version };
  }
  return best?.tag ?? tags[0] ?? '';
}
