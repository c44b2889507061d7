import { afterEach, describe, expect, test, vi } from 'vitest';
import { target, targetAtLeast } from '../../bench/report.ts';

describe('bench target lines', () => {
  afterEach(() => vi.restoreAllMocks());

  const printed = (record: () => void): string => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    record();
    return String(log.mock.calls[0]?.[0]);
  };

  test.each([
    // A ratio within a rounding of its target is printed with the digits that show which side it is on.
    [0.461 / 15.355, 0.03, 'no-op = 0.03002 × (target ≤ 0.030 ×) FAIL'],
    [0.0299, 0.03, 'no-op = 0.0299 × (target ≤ 0.030 ×) PASS'],
    [0.03, 0.03, 'no-op = 0.030 × (target ≤ 0.030 ×) PASS'],
    [0.564, 0.6, 'no-op = 0.564 × (target ≤ 0.600 ×) PASS'],
    [1.2224, 1, 'no-op = 1.222 × (target ≤ 1.000 ×) FAIL'],
  ])('%d against ≤ %d', (value, limit, line) => {
    expect(printed(() => target('build', 'no-op', value, limit))).toBe(line);
  });

  test('a speed-up just short of its target shows that it is short', () => {
    expect(printed(() => targetAtLeast('promote', 'speed-up', 4.99961, 5))).toBe('speed-up = 4.9996 × (target ≥ 5.000 ×) FAIL');
  });
});
