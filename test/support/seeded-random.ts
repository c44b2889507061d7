/**
 * mulberry32: a tiny seeded generator, so "20 % of requests" or a generated corpus is the same on
 * every run. Numbers in [0, 1). (Imported with a `.ts` specifier where plain node runs it too.)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
