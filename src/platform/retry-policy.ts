/**
 * Retry defaults of the platform API clients (the decisions themselves are core/retry.ts).
 *
 * Reads and idempotent writes: 429 and every 5xx (and any failure to get an answer) are retried
 * with full-jitter exponential backoff, attempts only; a `Retry-After` wins over our own guess but
 * is capped so a misbehaving server cannot park a CI job for hours.
 *
 * Writes that are not safe to repeat (Databricks `clusters/update` and `jobs/update`, ZenML
 * `POST pipeline_builds`): only what says the request was not acted on is retried — 429 and 503,
 * as databricks-sdk-go does (`apierr/errors.go` `IsRetriable`: too-many-requests, 503, known
 * transient messages; "some API's recommend retries on HTTP 500, but we'll add that later"), and a
 * connection that was never made. Any other failure is ambiguous: the caller reads the state back.
 */
import { errorChain, type RetryPolicy } from '../core/retry.js';
import { StepError } from '../core/errors.js';
import { redact } from '../runtime/redact.js';
import type { Attempted, RetrySeams } from '../runtime/retry.js';

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

/** Statuses that mean a non-idempotent write was not acted on and may be sent again. */
export function isRetryableWriteStatus(status: number): boolean {
  return status === 429 || status === 503;
}

const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** A failure to connect at all: the request never reached the server, so sending it again is safe. */
export function requestNeverSent(error: unknown): boolean {
  return errorChain(error).some((link) => link.code !== undefined && notSentCodes.has(link.code));
}

/** The message of a failure to get an answer (the cause's own words when it wraps one, as fetch's TypeError does). */
export function failureReason(error: unknown): string {
  return error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
}

export interface NoAnswer {
  /** `Databricks POST /api/2.1/clusters/edit`, `DataWorks CreateImage`. */
  what: string;
  baseUrl: string;
  error: unknown;
  /** A write that is not safe to repeat: if it may have been sent, the failure is ambiguous and final. */
  unsafeWrite: boolean;
  secrets: readonly string[];
  /** Which input to check when the server cannot be reached: `the workspace URL`, `the endpoint`. */
  check: string;
  /** The client's own error for "it may or may not have been applied" (carrying `ambiguous: true`). */
  ambiguous: (message: string) => Error;
}

/**
 * What the retry loop makes of a request that got no answer. A write not safe to repeat that may
 * have reached the server fails at once as ambiguous (the caller reads the state back); anything
 * else is retried, and giving up names the server and what to check.
 */
export function noAnswer<T>(failure: NoAnswer): Attempted<T> {
  const reason = failureReason(failure.error);
  if (failure.unsafeWrite && !requestNeverSent(failure.error)) {
    throw failure.ambiguous(
      redact(`${failure.what}: no answer from ${failure.baseUrl} (${reason}); it may or may not have been applied.`, failure.secrets),
    );
  }
  return {
    failed: { error: failure.error },
    reason: 'connection failed',
    giveUp: (_stop, attempts) => {
      throw new StepError(
        redact(
          `${failure.what}: cannot reach ${failure.baseUrl} (${reason}) after ${attempts} tries. Check ${failure.check}.`,
          failure.secrets,
        ),
      );
    },
  };
}
