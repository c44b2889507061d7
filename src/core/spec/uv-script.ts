/**
 * The inline metadata of a Python script (PEP 723), as Flyte's `Image.from_uv_script` reads it:
 * the `# /// script` block, whose TOML gives `requires-python` and `dependencies`. Only the
 * top-level keys are read (a small TOML subset: strings and arrays of strings); tables such as
 * `[tool.uv]` end the part that matters.
 */

export interface ScriptMetadata {
  requiresPython?: string;
  dependencies: string[];
}

/** PEP 723's reference regular expression. */
const BLOCK = /^# \/\/\/ ([a-zA-Z0-9-]+)$\s((?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;

export class ScriptMetadataError extends Error {}

export function readScriptMetadata(script: string): ScriptMetadata {
  const blocks = [...script.replace(/\r\n/g, '\n').matchAll(BLOCK)].filter((match) => match[1] === 'script');
  if (blocks.length === 0) {
    throw new ScriptMetadataError("it has no '# /// script' block (PEP 723) naming its dependencies");
  }
  if (blocks.length > 1) throw new ScriptMetadataError("it has more than one '# /// script' block (PEP 723 allows one)");
  const toml = (blocks[0]?.[2] ?? '')
    .split('\n')
    .map((line) => (line.startsWith('# ') ? line.slice(2) : line.slice(1)))
    .join('\n');
  const values = readTopLevelStrings(toml);
  const requiresPython = values.get('requires-python');
  const dependencies = values.get('dependencies') ?? [];
  if (requiresPython !== undefined && typeof requiresPython !== 'string') throw new ScriptMetadataError('requires-python is not a string');
  if (!Array.isArray(dependencies)) throw new ScriptMetadataError('dependencies is not an array of strings');
  return { ...(requiresPython !== undefined ? { requiresPython } : {}), dependencies };
}

/** `>=3.11`, `==3.12.*`, `~=3.10`: the Python (major.minor) to install; undefined when no clause says it. */
export function pythonFromRequirement(requirement: string): string | undefined {
  for (const clause of requirement.split(',')) {
    const match = /^\s*(?:>=|==|~=|===)\s*(\d+)\.(\d+)/.exec(clause);
    if (match) return `${match[1]}.${match[2]}`;
  }
  return undefined;
}

/** Top-level `key = "string"` and `key = ["a", "b"]` pairs, up to the first table header. */
function readTopLevelStrings(toml: string): Map<string, string | string[]> {
  const values = new Map<string, string | string[]>();
  let i = 0;
  const skipBlank = (newlines: boolean) => {
    while (i < toml.length) {
      const ch = toml[i] as string;
      if (ch === '#') while (i < toml.length && toml[i] !== '\n') i++;
      else if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n')) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    const line = toml.slice(0, i).split('\n').length;
    throw new ScriptMetadataError(`its '# /// script' block is not TOML this reader understands (line ${line}: ${what})`);
  };
  const readString = (): string => {
    const quote = toml[i] as string;
    if (toml.startsWith(quote.repeat(3), i)) fail('multi-line strings are not supported');
    i++;
    let out = '';
    while (i < toml.length && toml[i] !== quote) {
      if (toml[i] === '\n') fail('unterminated string');
      if (quote === '"' && toml[i] === '\\') {
        const next = toml[i + 1] ?? '';
        const escapes: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
        if (!(next in escapes)) fail(`unsupported escape \\${next}`);
        out += escapes[next];
        i += 2;
        continue;
      }
      out += toml[i];
      i++;
    }
    if (i >= toml.length) fail('unterminated string');
    i++;
    return out;
  };
  const readValue = (): string | string[] => {
    const ch = toml[i];
    if (ch === '"' || ch === "'") return readString();
    if (ch === '[') {
      i++;
      const items: string[] = [];
      for (;;) {
        skipBlank(true);
        if (toml[i] === ']') {
          i++;
          return items;
        }
        if (toml[i] !== '"' && toml[i] !== "'") fail('arrays must hold strings');
        items.push(readString());
        skipBlank(true);
        if (toml[i] === ',') i++;
        else if (toml[i] !== ']') fail("expected ',' or ']'");
      }
    }
    return fail('values must be strings or arrays of strings');
  };
  for (;;) {
    skipBlank(true);
    if (i >= toml.length || toml[i] === '[') break;
    const key = /^(?:[A-Za-z0-9_-]+|"[^"\n]*")/.exec(toml.slice(i))?.[0];
    if (!key) fail('expected a key');
    i += (key as string).length;
    skipBlank(false);
    if (toml[i] !== '=') fail("expected '='");
    i++;
    skipBlank(false);
    values.set((key as string).replace(/^"|"$/g, ''), readValue());
    skipBlank(false);
    if (i < toml.length && toml[i] !== '\n') fail('expected the end of the line');
  }
  return values;
}
