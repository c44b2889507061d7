/**
 * A deterministic corpus of .dockerignore patterns and paths, with the answers Docker's own Go code
 * gives for them (test/core/dockerignore/fixtures/patternmatcher-differential.json, made by
 * update-differential-fixture.ts with Go and Debian's golang-github-moby-patternmatcher-dev).
 * It exercises what the upstream tables do not: regexp metacharacters, Go regexp syntax inside
 * classes and escapes, malformed patterns, exceptions, cleaning.
 */

import { seededRandom } from '../../../support/seeded-random.ts';

/** Pattern atoms with a path fragment each one matches (when it can match anything), weighted by repetition. */
const ATOMS: Array<[string, string[]]> = [
  ['a', ['a']],
  ['a', ['a']],
  ['b', ['b']],
  ['ab', ['ab']],
  ['c', ['c']],
  ['.', ['.']],
  ['-', ['-']],
  ['+', ['+']],
  ['(', ['(']],
  [')', [')']],
  ['$', ['$']],
  ['{', ['{']],
  ['}', ['}']],
  ['|', ['|']],
  ['^', ['^']],
  ['é', ['é']],
  ['😀', ['😀']],
  ['*', ['', 'a', 'ab', 'x.py']],
  ['*', ['b', 'é']],
  ['*', ['c']],
  ['**', ['', 'a', 'a/b', 'a/b/c']],
  ['**', ['b']],
  ['?', ['a', 'é', '😀']],
  ['?', ['b']],
  ['[abc]', ['b']],
  ['[a-c]', ['c']],
  ['[^a]', ['b']],
  ['[!a]', ['!']],
  ['\\*', ['*']],
  ['\\.', ['.']],
  ['\\+', ['+']],
  ['\\a', ['\x07']],
  ['\\d', ['7']],
  ['\\y', ['y']],
  ['[[:digit:]]', ['7']],
  ['[[:alpha:]]', ['q']],
  ['[[:nope:]]', ['n']],
  ['\\pL', ['é']],
  ['[', ['[']],
  [']', [']']],
  ['[]a]', [']']],
  ['[\\]a]', [']']],
  ['[z-a]', ['z']],
  ['[*]', ['*', ']']],
  ['\\Q.\\E', ['.', '\\.']],
  ['7', ['7']],
  [' ', [' ']],
];
const NAMES = [
  'a',
  'b',
  'c',
  'ab',
  'abc',
  'a.b',
  'a+b',
  'b.c',
  'a(b)c',
  '7',
  '77',
  'é',
  'aé',
  '😀',
  ']',
  '[',
  '^',
  '-',
  '*',
  'a*b',
  'a\\b',
  '.hidden',
  'x.py',
  'a b',
  'z',
];

export interface DifferentialInput {
  cases: Array<{ patterns: string[]; paths: string[] }>;
  cleanIn: string[];
  matchPairs: Array<[string, string]>;
}

export function differentialInput(seed = 20260101, count = 1200): DifferentialInput {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  /** A pattern segment and a path segment that it matches (if its syntax is valid). */
  const segment = (): [string, string] => {
    const atoms = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ATOMS));
    return [atoms.map(([a]) => a).join(''), atoms.map(([, samples]) => pick(samples)).join('')];
  };
  const pattern = (): [string, string] => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, segment);
    let p = parts.map(([a]) => a).join('/');
    const sample = parts.map(([, b]) => b).join('/');
    const r = random();
    if (r < 0.1) p = `/${p}`;
    else if (r < 0.15) p = `${p}/`;
    else if (r < 0.2) p = `./${p}`;
    else if (r < 0.23) p = `a/../${p}`;
    return [random() < 0.25 ? `!${p}` : p, sample];
  };
  const filePath = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(NAMES)).join('/');
  const cases = Array.from({ length: count }, () => {
    const patterns = Array.from({ length: 1 + Math.floor(random() * 3) }, pattern);
    // Paths that the patterns were made to match (and their children), and unrelated ones.
    const paths = [...patterns.map(([, sample]) => (random() < 0.3 ? `${sample}/${pick(NAMES)}` : sample)), filePath(), filePath()].map(
      (p) => p.replace(/\/+/g, '/').replace(/^\/|\/$/g, '') || 'a',
    );
    return { patterns: patterns.map(([p]) => p), paths };
  });
  const cleanIn = Array.from(
    { length: 300 },
    () =>
      Array.from({ length: Math.floor(random() * 6) }, () => pick(['a', 'b', '.', '..', '', 'c.d', '...'])).join('/') +
      (random() < 0.2 ? '/' : ''),
  );
  const matchPairs = Array.from({ length: 600 }, (): [string, string] => {
    const [p, sample] = segment();
    return [p, random() < 0.5 ? sample : pick(NAMES)];
  });
  return { cases, cleanIn, matchPairs };
}
