import { describe, expect, test } from 'vitest';
/**
 * The one retry decision (src/core/retry.ts) every HTTP client uses: the registry's defaults
 * (equal jitter, exact Retry-After, time budget) and the platform clients' (full jitter, capped
 * Retry-After). The catalog's own policy is tabled in test/platform/catalog/decisions.test.ts.
 */
import {
  backoffDelay,
  isRetryableStatus,
  isTransientNetworkError,
  parseRetryAfter,
  retryDecision,
  retryDelay,
  type RetryPolicy,
} from '../../src/core/retry.js';
import { platformRetryPolicy } from '../../src/platform/retry-policy.js';

const policy: RetryPolicy = { maxAttempts: 5, maxElapsedMs: 60_000, baseDelayMs: 500, maxDelayMs: 8_000 };
const now = Date.parse('2026-01-01T00:00:00Z');
const fetchFailed = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`connect ${code}`), { code }) });

describe('which outcomes are retried', () => {
  test.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [505, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
  ])('HTTP %i → %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });

  test.each([
    ['ECONNRESET', fetchFailed('ECONNRESET'), true],
    ['EPIPE', fetchFailed('EPIPE'), true],
    [
      'undici socket closed',
      Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }),
      true,
    ],
    ['socket hang up', new Error('socket hang up'), true],
    ['timeout', Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), true],
    ['refused (nothing listens: will not heal)', fetchFailed('ECONNREFUSED'), false],
    ['unknown host', fetchFailed('ENOTFOUND'), false],
    ['a programming error', new TypeError('x is not a function'), false],
  ])('%s → %s', (_name, error, transient) => {
    expect(isTransientNetworkError(error)).toBe(transient);
  });
});

describe('parseRetryAfter', () => {
  test.each([
    ['5', 5_000],
    ['0', 0],
    [' 120 ', 120_000],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0], // in the past: go now
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});

describe('parseRetryAfter (platform clients)', () => {
  test.each<[string | null, number | undefined]>([
    [null, undefined],
    ['', undefined],
    ['0', 0],
    ['7', 7000],
    ['Wed, 21 Oct 2026 07:28:10 GMT', 10_000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
    ['soon', undefined],
  ])('parseRetryAfter(%j)', (value, expected) => {
    expect(parseRetryAfter(value, Date.parse('2026-10-21T07:28:00Z'))).toBe(expected);
  });
});

describe('platform clients: full jitter, Retry-After capped, every 5xx', () => {
  test('Retry-After wins but is capped; otherwise full jitter under an exponential ceiling', () => {
    const policy: RetryPolicy = { ...platformRetryPolicy, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelay(1, 5000, policy, 1)).toBe(1000);
    expect(retryDelay(1, 300, policy, 1)).toBe(300);
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, undefined, policy, 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelay(3, undefined, { ...platformRetryPolicy, baseDelayMs: 100 }, 0)).toBe(0);
  });

  test.each([
    [429, true],
    [500, true],
    [501, true],
    [505, true],
    [408, false],
    [404, false],
  ])('HTTP %i → %s', (status, retryable) => {
    expect(isRetryableStatus(status, platformRetryPolicy.statuses)).toBe(retryable);
  });
});

describe('backoff', () => {
  test.each([
    [1, 0, 250],
    [1, 0.999, 499],
    [2, 0, 500],
    [3, 0.5, 1500],
    [5, 0, 4000],
    [6, 0, 4000], // capped at maxDelayMs (8 s step)
    [10, 0.999, 7996],
  ])('attempt %i, random %f → %i ms', (attempt, random, delay) => {
    expect(backoffDelay(attempt, policy, random)).toBe(delay);
  });
});

describe('retryDecision', () => {
  const base = { elapsedMs: 0, policy, random: 0, nowMs: now, server: 'the registry' };
  test.each([
    ['500 on the first attempt', { attempt: 1, outcome: { status: 500 } }, { retry: true, delayMs: 250 }],
    ['429 with Retry-After seconds', { attempt: 1, outcome: { status: 429, retryAfter: '7' } }, { retry: true, delayMs: 7_000 }],
    [
      '429 with an HTTP date',
      { attempt: 2, outcome: { status: 429, retryAfter: 'Thu, 01 Jan 2026 00:00:03 GMT' } },
      { retry: true, delayMs: 3_000 },
    ],
    ['429 without Retry-After backs off', { attempt: 3, outcome: { status: 429 } }, { retry: true, delayMs: 1_000 }],
    ['a reset', { attempt: 1, outcome: { error: fetchFailed('ECONNRESET') } }, { retry: true, delayMs: 250 }],
    ['404 never', { attempt: 1, outcome: { status: 404 } }, { retry: false, reason: 'HTTP 404 is not retryable' }],
    ['401 never', { attempt: 1, outcome: { status: 401 } }, { retry: false, reason: 'HTTP 401 is not retryable' }],
    [
      'refused never',
      { attempt: 1, outcome: { error: fetchFailed('ECONNREFUSED') } },
      { retry: false, reason: 'not a transient network error' },
    ],
    ['attempts exhausted', { attempt: 5, outcome: { status: 503 } }, { retry: false, reason: 'gave up after 5 attempts' }],
    [
      'time exhausted',
      { attempt: 2, outcome: { status: 503 }, elapsedMs: 59_800 },
      { retry: false, reason: 'gave up after 2 attempts in 60 s' },
    ],
    [
      'Retry-After beyond the budget',
      { attempt: 1, outcome: { status: 429, retryAfter: '3600' } },
      { retry: false, reason: 'the registry asked to wait 3600 s, beyond the 60 s retry budget' },
    ],
  ])('%s', (_name, input, decision) => {
    expect(retryDecision({ ...base, ...input })).toEqual(decision);
  });
});
