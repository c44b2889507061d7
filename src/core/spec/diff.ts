/**
 * How two specs differ, in the spec's own terms ("pip package pandas changed 2.0.0 → 2.1.0",
 * "env DEBUG changed"), for `explain`. Files are compared elsewhere (their content is in the context
 * entries, under the paths the spec names). Env values are not printed: they may be sensitive.
 */
import type { SpecBase, SpecRecord } from './types.js';

type Layer = SpecRecord['layers'][number];
type Lines = string[];

function code(text: string): string {
  return `\`${text}\``;
}

/** `pandas[parquet]==2.1.0` → name `pandas`, version `2.1.0`; other specifiers are kept as written. */
function pipPackage(spec: string): { name: string; version: string } {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return { name: spec, version: '' };
  const name = (match[1] as string).toLowerCase().replace(/[-_.]+/g, '-');
  const rest = (match[3] ?? '').trim();
  const pinned = /^===?\s*([^,;\s]+)$/.exec(rest);
  return { name: `${name}${match[2] ?? ''}`, version: pinned ? (pinned[1] as string) : rest };
}

function aptPackage(spec: string): { name: string; version: string } {
  const [name = spec, version = ''] = spec.split('=');
  return { name, version };
}

function packageChanges(
  kind: string,
  before: readonly string[],
  after: readonly string[],
  parse: (s: string) => { name: string; version: string },
): Lines {
  const a = new Map(before.map((s) => [parse(s).name, parse(s).version]));
  const b = new Map(after.map((s) => [parse(s).name, parse(s).version]));
  const lines: Lines = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const old = a.get(name);
    const now = b.get(name);
    if (old === undefined) lines.push(`${kind} ${name} was added${now ? ` (${now})` : ''}`);
    else if (now === undefined) lines.push(`${kind} ${name} was removed`);
    else if (old !== now) lines.push(`${kind} ${name} changed ${old || 'any version'} → ${now || 'any version'}`);
  }
  return lines;
}

function listChanges(what: string, before: readonly string[], after: readonly string[]): Lines {
  return [
    ...after.filter((item) => !before.includes(item)).map((item) => `${what} ${code(item)} was added`),
    ...before.filter((item) => !after.includes(item)).map((item) => `${what} ${code(item)} was removed`),
  ];
}

function valueChange(what: string, before: unknown, after: unknown): Lines {
  const show = (value: unknown) =>
    value === undefined || value === '' ? 'none' : Array.isArray(value) ? value.join(' ') || 'none' : String(value);
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${what} changed from ${show(before)} to ${show(after)}`];
}

const ids = (layer: Layer): string[] => {
  const mounts = (layer.secretMounts ?? (layer.options as { secretMounts?: unknown } | undefined)?.secretMounts ?? []) as Array<{
    id: string;
  }>;
  return mounts.map((mount) => mount.id);
};

function pipOptionChanges(a: Layer, b: Layer): Lines {
  const oa = (a.options ?? {}) as Record<string, unknown>;
  const ob = (b.options ?? {}) as Record<string, unknown>;
  return [
    ...valueChange('pip index-url', oa.indexUrl, ob.indexUrl),
    ...valueChange('pip extra-index-urls', oa.extraIndexUrls, ob.extraIndexUrls),
    ...valueChange('pip pre', oa.pre, ob.pre),
    ...valueChange('pip extra-args', oa.extraArgs, ob.extraArgs),
  ];
}

/** Differences between two layers of the same kind. */
function layerChanges(a: Layer, b: Layer): Lines {
  const lines: Lines = listChanges('secret mount', ids(a), ids(b));
  const A = a as Record<string, unknown>;
  const B = b as Record<string, unknown>;
  switch (a.kind) {
    case 'apt':
      return [...packageChanges('apt package', A.packages as string[], B.packages as string[], aptPackage), ...lines];
    case 'pip':
      return [
        ...listChanges('requirements file', A.requirements as string[], B.requirements as string[]),
        ...packageChanges('pip package', A.packages as string[], B.packages as string[], pipPackage),
        ...pipOptionChanges(a, b),
        ...lines,
      ];
    case 'requirements':
      return [...valueChange('requirements file', A.file, B.file), ...pipOptionChanges(a, b), ...lines];
    case 'uv-project':
      return [
        ...valueChange('uv-project pyproject', A.pyproject, B.pyproject),
        ...valueChange('uv-project lock', A.lock, B.lock),
        ...lines,
      ];
    case 'source':
      return [
        ...valueChange('source', A.src, B.src),
        ...(A.src === B.src ? valueChange(`source ${code(String(A.src))} destination`, A.dst, B.dst) : []),
      ];
    case 'env': {
      const va = A.values as Record<string, string>;
      const vb = B.values as Record<string, string>;
      const out: Lines = [];
      for (const key of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort()) {
        if (!(key in va)) out.push(`env ${key} was added`);
        else if (!(key in vb)) out.push(`env ${key} was removed`);
        else if (va[key] !== vb[key]) out.push(`env ${key} changed`);
      }
      return out;
    }
    case 'workdir':
      return valueChange('workdir', A.path, B.path);
    case 'commands': {
      const changed = listChanges('command', A.run as string[], B.run as string[]);
      if (changed.length === 0 && JSON.stringify(A.run) !== JSON.stringify(B.run)) changed.push('the order of the commands changed');
      return [...changed, ...lines];
    }
    case 'user':
      return [
        ...valueChange('user', A.name, B.name),
        ...(A.name === B.name ? valueChange(`uid of user ${String(A.name)}`, A.uid, B.uid) : []),
      ];
    default:
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [`a ${a.kind} layer changed`];
  }
}

function baseWords(base: SpecBase): string {
  switch (base.kind) {
    case 'debian-python':
      return `debian-python ${base.python}`;
    case 'dockerfile':
    case 'uv-script':
      return `${base.kind} ${base.path}`;
    default:
      return `${base.kind} ${base.image}`;
  }
}

function baseChanges(a: SpecBase, b: SpecBase): Lines {
  if (a.kind !== b.kind) return [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
  if (a.kind === 'debian-python' && b.kind === 'debian-python')
    return a.python === b.python ? [] : [`Python changed ${a.python} → ${b.python}`];
  if (a.kind === 'uv-script' && b.kind === 'uv-script') {
    return [
      ...valueChange('the uv script', a.path, b.path),
      ...(a.python !== b.python ? [`Python changed ${a.python ?? '?'} → ${b.python ?? '?'}`] : []),
      ...packageChanges('script dependency', a.dependencies ?? [], b.dependencies ?? [], pipPackage),
    ];
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`the base changed from ${baseWords(a)} to ${baseWords(b)}`];
}

/** Longest common subsequence of layer kinds: which old layer became which new one. */
function alignLayers(a: readonly Layer[], b: readonly Layer[]): Array<[number | undefined, number | undefined]> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i]?.kind === b[j]?.kind ? (table[i + 1] as number[])[j + 1]! + 1 : Math.max((table[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const pairs: Array<[number | undefined, number | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]?.kind === b[j]?.kind) pairs.push([i++, j++]);
    else if (j < b.length && (i >= a.length || (table[i] as number[])[j + 1]! >= (table[i + 1] as number[])[j]!))
      pairs.push([undefined, j++]);
    else pairs.push([i++, undefined]);
  }
  return pairs;
}

/** Every difference between two specs, one line each, in the order of the spec. */
export function specChanges(a: SpecRecord, b: SpecRecord): Lines {
  const lines: Lines = [...baseChanges(a.base, b.base)];
  if (a.skipBuild !== b.skipBuild) lines.push(`skip-build is now ${String(b.skipBuild)}`);
  const kindsA = a.layers.map((l) => l.kind);
  const kindsB = b.layers.map((l) => l.kind);
  if (kindsA.join() !== kindsB.join() && [...kindsA].sort().join() === [...kindsB].sort().join()) {
    // Same layers, new order: pair them by kind and occurrence, and say so once.
    lines.push(`the layer order changed: ${kindsA.join(', ')} → ${kindsB.join(', ')}`);
    const seen = new Map<string, number>();
    for (const layer of b.layers) {
      const n = seen.get(layer.kind) ?? 0;
      seen.set(layer.kind, n + 1);
      const old = a.layers.filter((l) => l.kind === layer.kind)[n];
      if (old) lines.push(...layerChanges(old, layer));
    }
    return lines;
  }
  for (const [i, j] of alignLayers(a.layers, b.layers)) {
    const old = i === undefined ? undefined : a.layers[i];
    const now = j === undefined ? undefined : b.layers[j];
    if (old && now) lines.push(...layerChanges(old, now));
    else if (now) lines.push(`a ${now.kind} layer was added (layers[${j}])`);
    else if (old) lines.push(`the ${old.kind} layer layers[${i}] was removed`);
  }
  return lines;
}
