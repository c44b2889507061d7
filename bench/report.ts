/**
 * Every target of every part, printed as it is measured and once more side by side at the end of
 * `npm run bench`: the ratio (or value), the target, PASS/FAIL.
 */
export interface TargetResult {
  part: string;
  name: string;
  value: number;
  limit: number;
  /** How the value reads: a ratio (`×`) or a quantity with its unit. */
  unit: string;
  passed: boolean;
  /** The value must reach the limit (a speed-up) rather than stay under it (a ratio of times). */
  atLeast?: boolean;
  detail?: string;
}

const results: TargetResult[] = [];

/** A ratio with three decimals, or more where three would print it as its target: the line shows which side it is on. */
function format(value: number, unit: string, limit?: number): string {
  if (unit !== '×') return `${Math.round(value)} ${unit}`;
  let digits = 3;
  while (limit !== undefined && digits < 6 && value !== limit && value.toFixed(digits) === limit.toFixed(digits)) digits++;
  return `${value.toFixed(digits)} ×`;
}

/** Records a target (value ≤ limit passes) and prints its line. */
export function target(part: string, name: string, value: number, limit: number, unit = '×', detail?: string): boolean {
  const passed = Number.isFinite(value) && value <= limit;
  results.push({ part, name, value, limit, unit, passed, ...(detail ? { detail } : {}) });
  console.log(
    `${name} = ${format(value, unit, limit)} (target ≤ ${format(limit, unit)}) ${passed ? 'PASS' : 'FAIL'}${detail ? `  [${detail}]` : ''}`,
  );
  return passed;
}

/** Records a target that must be reached (value ≥ limit passes), e.g. a speed-up, and prints its line. */
export function targetAtLeast(part: string, name: string, value: number, limit: number, unit = '×', detail?: string): boolean {
  const passed = Number.isFinite(value) && value >= limit;
  results.push({ part, name, value, limit, unit, passed, atLeast: true, ...(detail ? { detail } : {}) });
  console.log(
    `${name} = ${format(value, unit, limit)} (target ≥ ${format(limit, unit)}) ${passed ? 'PASS' : 'FAIL'}${detail ? `  [${detail}]` : ''}`,
  );
  return passed;
}

/** A check that is not a number (same hash on both paths, one manifest request, …). */
export function check(part: string, name: string, passed: boolean, detail: string): boolean {
  results.push({ part, name, value: passed ? 0 : 1, limit: 0, unit: 'check', passed, detail });
  console.log(`${name}: ${detail} ${passed ? 'PASS' : 'FAIL'}`);
  return passed;
}

/** The summary table: every target measured in this run. */
export function printSummary(): void {
  if (results.length === 0) return;
  console.log('\n== all targets');
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const shown =
      r.unit === 'check'
        ? (r.detail ?? '')
        : `${format(r.value, r.unit, r.limit)} (target ${r.atLeast ? '≥' : '≤'} ${format(r.limit, r.unit)})`;
    console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.part.padEnd(6)} ${r.name.padEnd(width)}  ${shown}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  console.log(failed === 0 ? `all ${results.length} PASS` : `${failed} of ${results.length} FAIL`);
}
