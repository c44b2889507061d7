/**
 * Variable expansion of one Dockerfile word, as BuildKit's shell lexer does it for `FROM`,
 * `COPY --from` and `ARG` defaults: single quotes are literal, double quotes group and still expand,
 * the escape character (`\` or the `# escape=` one) protects the next character, and `$NAME`,
 * `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`,
 * `${NAME#glob}`, `${NAME##glob}`, `${NAME%glob}`, `${NAME%%glob}`, `${NAME/glob/text}`, `${NAME//glob/text}`
 * are expanded.
 * An unset variable expands to nothing, as in BuildKit.
 */

export class ExpansionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpansionError';
  }
}

export type Variables = ReadonlyMap<string, string | undefined>;

function globToRegExp(glob: string, anchor: 'start' | 'end', greedy: boolean): RegExp {
  const quantifier = greedy ? '*' : '*?';
  const body = Array.from(glob, (ch) => {
    if (ch === '*') return `[\\s\\S]${quantifier}`;
    if (ch === '?') return '[\\s\\S]';
    return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }).join('');
  return anchor === 'start' ? new RegExp(`^(?:${body})`, 'u') : new RegExp(`(?:${body})$`, 'u');
}

function removeAffix(value: string, pattern: string, op: string): string {
  if (op === '#' || op === '##') {
    const match = globToRegExp(pattern, 'start', op === '##').exec(value);
    return match ? value.slice(match[0].length) : value;
  }
  // Suffix: try every start position; shortest (%) takes the last one that matches to the end.
  const regex = globToRegExp(pattern, 'end', true);
  const starts = op === '%%' ? [...Array(value.length + 1).keys()] : [...Array(value.length + 1).keys()].reverse();
  for (const start of starts) {
    const tail = value.slice(start);
    const m = regex.exec(tail);
    if (m && m.index === 0) return value.slice(0, start);
  }
  return value;
}

/**
 * Expands `word`. `onLookup`, when given, hears every variable the word reads and whether it was
 * set, as BuildKit's ProcessWordWithMatches records matched and unmatched names (lint rules use it).
 */
export function expandWord(word: string, variables: Variables, escape = '\\', onLookup?: (name: string, found: boolean) => void): string {
  // Nothing to expand or unquote: the word is its own value (the common case, kept cheap).
  if (!word.includes('$') && !word.includes("'") && !word.includes('"') && !word.includes(escape)) return word;
  let i = 0;
  const lookup = (name: string) => {
    const value = variables.get(name);
    onLookup?.(name, value !== undefined);
    return value;
  };

  const readName = (): string => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9]/.exec(word.slice(i));
    if (!match) return '';
    i += match[0].length;
    return match[0];
  };

  /** Reads until the matching `}` and expands it (the word of `${NAME:-word}`). */
  const readBraceWord = (): string => {
    let depth = 0;
    const start = i;
    for (; i < word.length; i++) {
      const ch = word[i];
      if (ch === escape) {
        i++;
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (i >= word.length) throw new ExpansionError(`missing '}' in '${word}'`);
    const inner = word.slice(start, i);
    i++; // }
    return expandWord(inner, variables, escape, onLookup);
  };

  /** Reads up to an unescaped `stop` (the pattern of `${NAME/pattern/replacement}`), unexpanded. */
  const readRawUntil = (stop: string): string => {
    const start = i;
    for (; i < word.length && word[i] !== stop; i++) if (word[i] === escape) i++;
    if (i >= word.length) throw new ExpansionError(`missing '${stop}' in '${word}'`);
    return word.slice(start, i++);
  };

  const dollar = (): string => {
    // positioned after `$`
    if (word[i] === '{') {
      i++;
      const name = readName();
      if (name === '') throw new ExpansionError(`bad substitution in '${word}'`);
      if (word[i] === '}') {
        i++;
        return lookup(name) ?? '';
      }
      const value = lookup(name);
      const colon = word[i] === ':';
      if (colon) i++;
      const op = word[i] ?? '';
      if (op === '-' || op === '+' || op === '?') {
        i++;
        const alternative = readBraceWord();
        const isSet = value !== undefined && (!colon || value !== '');
        if (op === '-') return isSet ? (value ?? '') : alternative;
        if (op === '+') return isSet ? alternative : '';
        if (!isSet) throw new ExpansionError(`${name}: ${alternative || 'is not allowed to be unset'}`);
        return value ?? '';
      }
      if (!colon && (op === '#' || op === '%')) {
        i++;
        let full = op;
        if (word[i] === op) {
          full += op;
          i++;
        }
        return removeAffix(value ?? '', readBraceWord(), full);
      }
      if (!colon && op === '/') {
        i++;
        const all = word[i] === '/';
        if (all) i++;
        const pattern = readRawUntil('/');
        const replacement = readRawUntil('}');
        const regex = globToRegExp(pattern, 'start', true);
        const source = value ?? '';
        let out = '';
        for (let at = 0; at < source.length;) {
          const match = pattern === '' ? null : regex.exec(source.slice(at));
          if (match && match[0].length > 0) {
            out += replacement;
            at += match[0].length;
            if (!all) return out + source.slice(at);
          } else {
            out += source[at];
            at++;
          }
        }
        return out;
      }
      throw new ExpansionError(`unsupported modifier in '${word}'`);
    }
    const name = readName();
    if (name === '') return '$';
    return lookup(name) ?? '';
  };

  let out = '';
  while (i < word.length) {
    const ch = word[i] as string;
    if (ch === escape) {
      i++;
      if (i < word.length) out += word[i++];
      continue;
    }
    if (ch === "'") {
      const end = word.indexOf("'", i + 1);
      if (end < 0) throw new ExpansionError(`unmatched quote in '${word}'`);
      out += word.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      i++;
      while (i < word.length && word[i] !== '"') {
        const c = word[i] as string;
        if (c === escape && i + 1 < word.length && ['"', '$', escape].includes(word[i + 1] as string)) {
          out += word[i + 1];
          i += 2;
        } else if (c === '$') {
          i++;
          out += dollar();
        } else {
          out += c;
          i++;
        }
      }
      if (i >= word.length) throw new ExpansionError(`unmatched quote in '${word}'`);
      i++;
      continue;
    }
    if (ch === '$') {
      i++;
      out += dollar();
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
