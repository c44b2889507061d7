/**
 * Retry decisions of the catalog client, on top of the platform-wide policy (../retry.ts: attempts,
 * full-jitter exponential backoff, `Retry-After`). The catalog adds two bounds a CI step needs:
 * a time budget over all attempts, and a timeout per attempt. A `Retry-After` is honoured as a
 * minimum — never retried earlier — and when honouring it would pass the budget the call stops.
 */
import { backoffDelay, isRetryableStatus as platformRetryable, retryPolicy, type RetryPolicy } from '../retry.js';

export interface CatalogRetryPolicy extends RetryPolicy {
  /** No new attempt starts later than this after the first one (waits included). */
  maxElapsedMs: number;
  /** One attempt (connect, send, read the whole answer) is abandoned after this. */
  attemptTimeoutMs: number;
}

export function catalogRetryPolicy(overrides: Partial<CatalogRetryPolicy> = {}): CatalogRetryPolicy {
  const { maxElapsedMs = 60_000, attemptTimeoutMs = 15_000, ...shared } = overrides;
  return { ...retryPolicy({ attempts: 6, baseDelayMs: 250, maxDelayMs: 8_000, ...shared }), maxElapsedMs, attemptTimeoutMs };
}

/** 408, 429 and 5xx, except 501/505 which no retry will change. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || (platformRetryable(status) && status !== 501 && status !== 505);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

/** After failed attempt number `attempt` (1-based), `elapsedMs` after the first began: wait and retry, or stop. */
export function decideRetry(input: { attempt: number; elapsedMs: number; retryAfterMs?: number; policy: CatalogRetryPolicy }): RetryDecision {
  const { attempt, elapsedMs, retryAfterMs, policy } = input;
  if (attempt >= policy.attempts) return { retry: false, reason: `gave up after ${attempt} attempts` };
  // With Retry-After, a little jitter on top keeps many clients from coming back in the same instant.
  const delayMs = retryAfterMs !== undefined ? retryAfterMs + Math.floor(policy.random() * policy.baseDelayMs) : backoffDelay(policy, attempt);
  if (elapsedMs + delayMs > policy.maxElapsedMs) {
    const why = retryAfterMs !== undefined ? `waiting the ${Math.ceil(retryAfterMs / 1000)} s the server asked for` : 'waiting longer';
    return { retry: false, reason: `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${(elapsedMs / 1000).toFixed(1)} s: ${why} would pass the ${policy.maxElapsedMs / 1000} s budget` };
  }
  return { retry: true, delayMs };
}
