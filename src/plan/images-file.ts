/**
 * `images.yaml`: the image definitions of a monorepo, one entry per image, read and validated with
 * a JSON Schema (ajv) so every mistake comes back as one line naming the entry and the field.
 *
 * ```yaml
 * images:
 *   - name: api                     # unique; becomes the matrix job's name
 *     image: ghcr.io/acme/api       # repository, no tag
 *     context: services/api         # relative to this file's folder; default "."
 *     dockerfile: services/api/Dockerfile   # relative to this file's folder; default <context>/Dockerfile
 *     build-args: { PYTHON: "3.12" } # or a list of KEY=VALUE lines
 *     platforms: [linux/amd64, linux/arm64]  # or "linux/amd64,linux/arm64"
 *     target: runtime
 *     secrets: [pip_token]           # ids only
 *     labels: { team: data }
 *     tags: [latest]                 # extra tags, passed on to the build job
 *   - name: trainer                 # an image spec instead of a Dockerfile:
 *     spec: trainer/image.yaml      #   a spec file, relative to this file's folder, or
 *   - name: scorer
 *     image: ghcr.io/acme/scorer    #   (optional when the spec names registry and name)
 *     spec:                         #   the spec inline (its paths relative to this file's folder)
 *       debian-python: {python: "3.12"}
 *       layers: [{pip: [pandas==2.2.2]}]
 * ```
 * A spec entry takes no context, dockerfile, build-args or target: the spec says all of that.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { ImageRefError, parseRepository } from '../core/image-ref.js';
import { InputError } from '../core/errors.js';
import { parseKeyValueLines, splitList } from '../core/lists.js';
import { isInside } from '../runtime/workspace.js';
import type { SpecReference } from '../spec/load-spec.js';

export interface ImageEntry {
  name: string;
  /** Repository, e.g. `ghcr.io/acme/api`; empty for a spec entry whose spec names it. */
  image: string;
  /** An image spec (a file, or this entry's inline `spec:` map) instead of context and Dockerfile. */
  spec?: SpecReference;
  /** Absolute paths (resolved from the file's folder, checked to stay inside the workspace). */
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  platforms: string[];
  target: string;
  secrets: string[];
  labels: Record<string, string>;
  tags: string[];
}

const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const imagesFileSchema = {
  type: 'object',
  required: ['images'],
  additionalProperties: false,
  properties: {
    images: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$' },
          image: { type: 'string', minLength: 1 },
          // The spec itself is checked by the spec reader (with lines and "did you mean").
          spec: { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
          context: { type: 'string', minLength: 1 },
          dockerfile: { type: 'string', minLength: 1 },
          'build-args': { oneOf: [stringMap, { type: 'array', items: { type: 'string', pattern: '^[^=]+=' } }] },
          platforms: { oneOf: [stringList, { type: 'string' }] },
          target: { type: 'string' },
          secrets: stringList,
          labels: stringMap,
          tags: { oneOf: [stringList, { type: 'string' }] },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(imagesFileSchema);

interface RawEntry {
  name: string;
  image?: string;
  spec?: string | Record<string, unknown>;
  context?: string;
  dockerfile?: string;
  'build-args'?: Record<string, string> | string[];
  platforms?: string[] | string;
  target?: string;
  secrets?: string[];
  labels?: Record<string, string>;
  tags?: string[] | string;
}

/** ajv's errors as short lines: `images[1].build-args.PY: must be string (quote the value: "3.10")`. */
export function describeSchemaErrors(errors: readonly ErrorObject[], document: unknown): string[] {
  const lines = new Set<string>();
  for (const error of errors) {
    // oneOf reports each branch; the branch errors below it say more than "must match exactly one".
    if (error.keyword === 'oneOf') continue;
    const where = pointerToPath(error.instancePath, document) || 'the file';
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
    if (error.keyword === 'type' && error.params.type === 'string') {
      const value = valueAt(document, error.instancePath);
      if (typeof value === 'number' || typeof value === 'boolean')
        detail = `must be a string (quote it: "${String(value)}"; YAML reads 1.10 as the number 1.1)`;
    }
    lines.add(`${where}: ${detail}`);
  }
  return [...lines];
}

function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const part of pointer.split('/').slice(1))
    value = (value as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return value;
}

function pointerToPath(pointer: string, document: unknown): string {
  const parts = pointer.split('/').slice(1);
  let out = '';
  let value = document;
  for (const part of parts) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    out += Array.isArray(value) ? `[${key}]` : out ? `.${key}` : key;
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  // Name the entry when there is one: images[1] (api).
  const match = /^images\[(\d+)\]/.exec(out);
  const name = match ? (document as { images?: Array<{ name?: unknown }> }).images?.[Number(match[1])]?.name : undefined;
  return typeof name === 'string' ? out.replace(/^images\[(\d+)\]/, `images[$1] (${name})`) : out;
}

function list(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((item) => item.trim()).filter((item) => item !== '');
  return splitList(value);
}

function keyValues(value: Record<string, string> | string[] | undefined): Record<string, string> {
  if (!value) return {};
  return Array.isArray(value) ? parseKeyValueLines(value, 'file') : { ...value };
}

/**
 * Parses and validates the file's text. `fileDir` is the folder paths are relative to; `workspace`
 * the folder they must stay inside. Throws one InputError (input `file`) listing every problem.
 */
export function parseImagesFile(
  text: string,
  fileDir: string,
  workspace: string,
  fileName = 'images file',
  file = path.join(fileDir, fileName),
): ImageEntry[] {
  const fail = (problems: string[]) =>
    new InputError(
      'file',
      `${fileName} is not valid:\n  - ${problems.join('\n  - ')}\n`,
      'Fix the entries named above (see the images file format in the README)',
    );
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw fail([`it is not YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  if (!validate(document)) throw fail(describeSchemaErrors(validate.errors ?? [], document));

  const raw = (document as { images: RawEntry[] }).images;
  const problems: string[] = [];
  const seen = new Set<string>();
  const entries: ImageEntry[] = [];
  raw.forEach((entry, index) => {
    const where = `images[${index}] (${entry.name})`;
    if (seen.has(entry.name)) problems.push(`${where}: the name '${entry.name}' is used twice`);
    seen.add(entry.name);
    if (entry.image === undefined) {
      if (entry.spec === undefined) problems.push(`${where}: must have required property 'image'`);
    } else {
      try {
        parseRepository(entry.image);
      } catch (error) {
        if (!(error instanceof ImageRefError)) throw error;
        problems.push(`${where}.image: ${error.message}`);
      }
    }
    const inside = (field: string, relative: string): string => {
      const resolved = path.resolve(fileDir, relative);
      if (!isInside(workspace, resolved))
        problems.push(`${where}.${field}: '${relative}' resolves to ${resolved}, outside the workspace ${workspace}`);
      return resolved;
    };
    let spec: SpecReference | undefined;
    if (entry.spec !== undefined) {
      for (const field of ['context', 'dockerfile', 'build-args', 'target'] as const) {
        if (entry[field] !== undefined) problems.push(`${where}.${field}: does not go with spec (the spec declares the build)`);
      }
      spec = typeof entry.spec === 'string' ? { file: inside('spec', entry.spec) } : { file, entry: entry.name };
    }
    const context = inside('context', entry.context ?? '.');
    const dockerfile = entry.dockerfile ? inside('dockerfile', entry.dockerfile) : path.join(context, 'Dockerfile');
    entries.push({
      name: entry.name,
      image: entry.image ?? '',
      ...(spec ? { spec } : {}),
      context,
      dockerfile,
      buildArgs: keyValues(entry['build-args']),
      platforms: list(entry.platforms),
      target: entry.target ?? '',
      secrets: entry.secrets ?? [],
      labels: entry.labels ?? {},
      tags: list(entry.tags),
    });
  });
  if (problems.length > 0) throw fail(problems);
  return entries;
}

export function readImagesFile(file: string, workspace: string): ImageEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      'file',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'Give the path of an existing images.yaml',
    );
  }
  return parseImagesFile(text, path.dirname(file), workspace, path.basename(file), file);
}
