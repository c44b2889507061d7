/** "Did you mean …?" for a misspelt key: the closest known key by edit distance, if close enough. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known key nearest to `word` (case and `_`/`-` ignored first, then `aliases`: names other tools
 * use for the same thing), or undefined when none is near.
 */
export function closestKey(word: string, known: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/_/g, '-');
  const alias = aliases[plain(word)];
  if (alias && known.includes(alias)) return alias;
  const exactish = known.find((key) => plain(key) === plain(word));
  if (exactish) return exactish;
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(plain(word), plain(key));
    if (!best || distance < best.distance) best = { key, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(word.length, best.key.length) / 3));
  return best.distance <= allowed ? best.key : undefined;
}
