/** Milliseconds from a monotonic clock, without the `performance` global (it loads perf_hooks at first use, a start cost). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
