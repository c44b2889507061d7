/**
 * A YAML document read for an image spec: every scalar a string (the failsafe schema, so `3.10`
 * stays "3.10"), duplicate keys rejected, and a way back from a field to its line.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

export interface YamlSource {
  /** The plain value (strings, arrays, objects) at `at`. */
  value: unknown;
  /** Parse errors, each with its line. */
  errors: Array<{ line?: number; message: string }>;
  /** The 1-based line of the field at `path` (its key when it has one), or of its nearest parent. */
  lineOf(path: FieldPath): number | undefined;
}

export function readYamlSource(text: string, at: FieldPath = []): YamlSource {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const errors = doc.errors.map((error) => ({
    line: counter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message,
  }));
  let value: unknown = errors.length > 0 ? undefined : doc.toJS();
  for (const part of at) value = (value as Record<string | number, unknown> | undefined)?.[part];

  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  const lineOf = (path: FieldPath): number | undefined => {
    const full = [...at, ...path];
    for (let depth = full.length; depth >= 0; depth--) {
      const parts = full.slice(0, depth);
      const last = parts[parts.length - 1];
      if (typeof last === 'string' && depth > 0) {
        // A key: point at the key itself (a nested map's value starts on the next line).
        const parent = parts.length > 1 ? doc.getIn(parts.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
          if (pair && isScalar(pair.key)) return lineAt(pair.key.range?.[0]);
        }
        continue;
      }
      const node = depth === 0 ? doc.contents : doc.getIn(parts, true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return undefined;
  };
  return { value, errors, lineOf };
}

/** `layers[2].pip.packages` */
export function fieldName(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** ajv's instance path (`/layers/2/pip`) as parts, numbers where the value is a list. */
export function pointerParts(pointer: string, value: unknown): Array<string | number> {
  const parts: Array<string | number> = [];
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const part = Array.isArray(current) ? Number(key) : key;
    parts.push(part);
    current = (current as Record<string | number, unknown> | undefined)?.[part];
  }
  return parts;
}
