/**
 * The canonical build definition and its hash (recipe `h1`, DESIGN §3).
 *
 * The hash is SHA-256 over the RFC 8785 (JCS) serialization of `BuildDefinition`; the tag is
 * `h1-<first 32 hex>`. The context appears in the definition as its tree digest; the entries that
 * digest commits to travel next to it in the manifest file, so the file can be checked and
 * compared (`image-actions explain`) without making the hashed object huge.
 *
 * Bump RECIPE whenever anything here or in context-tree.ts changes meaning, so that tags made by
 * different recipes can never collide.
 */
import canonicalize from 'canonicalize';
import { contextTotals, sortEntries, treeDigest, unpackFiles, type ContextEntry, type PackedFiles } from './context-tree.js';
import { sha256Digest, sha256Hex } from './digest.js';
import type { SpecRecord } from './spec/types.js';

export const RECIPE = 'h1';

export interface ResolvedImage {
  /** As written in the Dockerfile, after ARG expansion. */
  ref: string;
  /** `sha256:…` once resolved (pinned references carry their own digest). */
  digest?: string;
}

export interface BuildDefinition {
  recipe: string;
  /** sha256 of the Dockerfile bytes. */
  dockerfile: string;
  /** Tree digest of the filtered context (see context-tree.ts). */
  context: string;
  images: ResolvedImage[];
  platforms: string[];
  /** The stage that is built: its name, or `#<index>` for an unnamed last stage. */
  target: string;
  buildArgs: Record<string, string>;
  /** Secret ids only, sorted; never values. */
  secrets: string[];
  labels: Record<string, string>;
}

/** What `manifest-file` holds: the hashed definition plus what explains it. */
export interface BuildManifest {
  hash: string;
  tag: string;
  definition: BuildDefinition;
  context: {
    /** The ignore file that applied, relative to the context, or null. */
    ignoreFile: string | null;
    files: number;
    bytes: number;
    entries: ContextEntry[];
  };
  /**
   * For a build declared by an image spec: what the spec declares (not hashed: the rendered
   * Dockerfile and the staged context are), so `explain` can speak in spec terms.
   */
  spec?: SpecRecord;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be serialized canonically');
  return text;
}

export function definitionHash(definition: BuildDefinition): string {
  return sha256Hex(canonicalJson(definition));
}

export function tagFor(hash: string, recipe = RECIPE): string {
  return `${recipe}-${hash.slice(0, 32)}`;
}

export interface DefinitionParts {
  dockerfileBytes: Uint8Array;
  entries: ContextEntry[];
  /** Files taken from git's index without an object each; the manifest's entries include them. */
  packed?: PackedFiles;
  ignoreFile: string | null;
  images: ResolvedImage[];
  platforms: string[];
  target: string;
  buildArgs: Record<string, string>;
  secrets: string[];
  labels: Record<string, string>;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Assembles the definition and manifest from parts the caller gathered. */
export function buildManifest(parts: DefinitionParts): BuildManifest {
  const images = [...new Map(parts.images.map((image) => [image.ref, image])).values()].sort((a, b) =>
    a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0,
  );
  const definition: BuildDefinition = {
    recipe: RECIPE,
    dockerfile: sha256Digest(parts.dockerfileBytes),
    context: treeDigest(parts.entries, parts.packed),
    images,
    platforms: [...new Set(parts.platforms)].sort(),
    target: parts.target,
    buildArgs: sortedRecord(parts.buildArgs),
    secrets: [...new Set(parts.secrets)].sort(),
    labels: sortedRecord(parts.labels),
  };
  const hash = definitionHash(definition);
  const totals = contextTotals(parts.entries, parts.packed);
  const { packed } = parts;
  let entries: ContextEntry[] | undefined = packed && packed.chosen.length > 0 ? undefined : parts.entries;
  return {
    hash,
    tag: tagFor(hash),
    definition,
    context: {
      ignoreFile: parts.ignoreFile,
      files: totals.files,
      bytes: totals.bytes,
      // Made when first read (a manifest file, explain): the hash itself never needs them as objects.
      get entries() {
        return (entries ??= sortEntries([...parts.entries, ...unpackFiles(packed as PackedFiles)]));
      },
    },
  };
}

/**
 * Pretty JSON with canonical (JCS) key order; arrays named `entries` get one compact item per line.
 * Yields the text in pieces (one per entry line at most), so it can be written out without ever
 * holding the whole of it.
 */
function* render(value: unknown, indent: string, key?: string): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield `${indent}  `;
      if (key === 'entries') yield canonicalJson(value[i]);
      else yield* render(value[i], `${indent}  `);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      yield `${indent}  ${JSON.stringify(k)}: `;
      yield* render(record[k], `${indent}  `, k);
      yield i < keys.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
    return;
  }
  yield canonicalJson(value);
}

/**
 * The manifest as text, in pieces: canonical key order everywhere, readable indentation, one
 * context entry per line (so two manifests diff well with ordinary tools too).
 */
export function* manifestText(manifest: BuildManifest): Generator<string> {
  yield* render(manifest, '');
  yield '\n';
}

/** The manifest as one text (see manifestText). */
export function serializeManifest(manifest: BuildManifest): string {
  return [...manifestText(manifest)].join('');
}

/** Reads a manifest back, checking its shape; throws with a plain message when it is not one. */
export function parseManifest(text: string, name: string): BuildManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const manifest = value as Partial<BuildManifest>;
  const definition = manifest?.definition as Partial<BuildDefinition> | undefined;
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    typeof manifest.hash !== 'string' ||
    !definition ||
    typeof definition.recipe !== 'string'
  ) {
    throw new Error(`${name} is not a build definition written by the hash action (manifest-file)`);
  }
  return manifest as BuildManifest;
}

/** Does the manifest hash what it says? (A hand-edited file would not.) */
export function verifyManifest(manifest: BuildManifest): { hashMatches: boolean; entriesMatch: boolean | undefined } {
  const hashMatches = definitionHash(manifest.definition) === manifest.hash;
  const entries = manifest.context?.entries;
  const entriesMatch = Array.isArray(entries) ? treeDigest(entries) === manifest.definition.context : undefined;
  return { hashMatches, entriesMatch };
}
