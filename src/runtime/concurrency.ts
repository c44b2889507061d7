/**
 * Bounded concurrency, the two shapes the toolkit needs: a limiter that tasks pass through one by
 * one as they come (plan: hashes and registry lookups), and a fixed list worked through in lanes
 * (blob copies and uploads); and reading the results of work started together, in a fixed order.
 */

/** Runs tasks with at most `limit` of them in flight. */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects (after in-flight work settles). */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}

/**
 * The value of one of `Promise.allSettled`'s results, or its error: reading them in a fixed order
 * reports the first failure by that order, not by which answer came back first.
 */
export function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}
