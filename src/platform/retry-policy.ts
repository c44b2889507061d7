/**
 * Retry defaults of the platform API clients (the decisions themselves are core/retry.ts).
 * Databricks and DataWorks: 429 and every 5xx (and any failure to connect) are retried with
 * full-jitter exponential backoff, attempts only; a `Retry-After` wins over our own guess but is
 * capped so a misbehaving server cannot park a CI job for hours.
 */
import type { RetryPolicy } from '../core/retry.js';
import type { RetrySeams } from '../runtime/retry.js';

/** What a caller (or a test) may override: the policy, and the sleep/random seams. */
export type PlatformRetryOptions = Partial<RetryPolicy & RetrySeams>;

export const platformRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  maxElapsedMs: Infinity,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  jitter: 'full',
  retryAfter: 'capped',
  statuses: { also: [], except: [] },
  networkErrors: 'any',
};
