/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by
 * comma-separated `name=value` parameters whose values may be quoted strings with `\` escapes.
 * Pure.
 */

export interface Challenge {
  /** Lower-cased: `bearer`, `basic`, … */
  scheme: string;
  /** Parameter names lower-cased: realm, service, scope, error. */
  params: Record<string, string>;
}

const tokenChar = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

export function parseWwwAuthenticate(header: string | null | undefined): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipSpace = () => {
    while (i < n && (header[i] === ' ' || header[i] === '\t')) i++;
  };
  const readToken = (): string => {
    const start = i;
    while (i < n && tokenChar.test(header[i] ?? '')) i++;
    return header.slice(start, i);
  };
  const readQuoted = (): string => {
    let value = '';
    i++; // opening quote
    while (i < n && header[i] !== '"') {
      if (header[i] === '\\' && i + 1 < n) i++;
      value += header[i];
      i++;
    }
    i++; // closing quote (or end of input)
    return value;
  };

  while (i < n) {
    skipSpace();
    while (i < n && header[i] === ',') {
      i++;
      skipSpace();
    }
    if (i >= n) break;
    const scheme = readToken();
    if (!scheme) {
      i++; // not a token character: skip it rather than loop forever on garbage
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    // Parameters follow until a token that is not followed by '=' (the next challenge's scheme).
    for (;;) {
      skipSpace();
      const save = i;
      const name = readToken();
      skipSpace();
      if (name && header[i] === '=') {
        i++;
        skipSpace();
        if (header[i] === '"') challenge.params[name.toLowerCase()] = readQuoted();
        else if (i < n && tokenChar.test(header[i] ?? '')) challenge.params[name.toLowerCase()] = readToken();
        else {
          // token68 with '=' padding (`Negotiate abc==`): kept whole, never mistaken for a parameter.
          while (header[i] === '=') i++;
          challenge.params.token68 = header.slice(save, i).trim();
        }
      } else if (name && Object.keys(challenge.params).length === 0 && (i >= n || header[i] === ',')) {
        challenge.params.token68 = name; // token68 without padding
      } else {
        i = save;
        break;
      }
      skipSpace();
      if (header[i] !== ',') break;
      i++;
      // `, name=` continues this challenge; `, Scheme …` starts the next one.
      const look = i;
      skipSpace();
      const next = readToken();
      skipSpace();
      const continues = next !== '' && header[i] === '=';
      i = look;
      if (!continues) break;
    }
  }
  return challenges;
}

/** The challenge we can answer, preferring Bearer over Basic (as Docker does). */
export function pickChallenge(challenges: Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

/** `repository:<name>:<actions>` as the distribution token spec spells scopes. */
export function repositoryScope(repository: string, actions: Array<'pull' | 'push' | 'delete' | '*'>): string {
  return `repository:${repository}:${actions.join(',')}`;
}
