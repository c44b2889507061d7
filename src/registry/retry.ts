/**
 * When to retry a registry request, and how long to wait. Pure: the clock and the random source
 * come in as arguments so the decisions can be tested as tables.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx except the permanent 501/505, and
 * connection-level failures (reset, hang-up, timeout). Never any other 4xx: a 401 or 404 will
 * not change by asking again. Bounded by attempts AND elapsed time, whichever comes first.
 */

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** No new attempt starts after this much time since the first one (the wait included). */
  maxElapsedMs: number;
  /** First backoff step; doubles every attempt. */
  baseDelayMs: number;
  /** Ceiling of one backoff step (a server's Retry-After may ask for more, within maxElapsedMs). */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  maxElapsedMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
};

/** The result of one attempt, as the decision needs it. */
export type AttemptOutcome = { status: number; retryAfter?: string | null } | { error: unknown };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

const transientCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The innermost `code` / message of an error chain (`fetch failed` → cause → cause). */
export function errorChain(error: unknown): Array<{ code?: string; name?: string; message: string }> {
  const chain: Array<{ code?: string; name?: string; message: string }> = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') {
      chain.push({ message: String(current) });
      break;
    }
    const { code, name, message, cause } = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    chain.push({
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof name === 'string' ? { name } : {}),
      message: typeof message === 'string' ? message : '',
    });
    current = cause;
  }
  return chain;
}

/** A dropped connection or a timeout: worth another attempt. Refused/unknown hosts are not (they will not heal in seconds). */
export function isTransientNetworkError(error: unknown): boolean {
  return errorChain(error).some(
    (link) =>
      (link.code !== undefined && transientCodes.has(link.code)) ||
      link.name === 'TimeoutError' ||
      /socket hang up|other side closed|terminated/i.test(link.message),
  );
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Exponential backoff with jitter: step = min(maxDelay, base·2^(attempt-1)); the wait is drawn
 * from [step/2, step) so concurrent clients spread out but never hammer at once.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(step / 2 + (random * step) / 2);
}

export interface RetryInput {
  /** Attempts made so far (1 after the first). */
  attempt: number;
  outcome: AttemptOutcome;
  /** Time since the first attempt started. */
  elapsedMs: number;
  policy: RetryPolicy;
  /** A number in [0, 1). */
  random: number;
  nowMs: number;
}

export function retryDecision(input: RetryInput): RetryDecision {
  const { attempt, outcome, elapsedMs, policy } = input;
  if ('error' in outcome) {
    if (!isTransientNetworkError(outcome.error)) return { retry: false, reason: 'not a transient network error' };
  } else if (!isRetryableStatus(outcome.status)) {
    return { retry: false, reason: `HTTP ${outcome.status} is not retryable` };
  }
  if (attempt >= policy.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };
  const retryAfter = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
  const delayMs = retryAfter ?? backoffDelay(attempt, policy, input.random);
  if (elapsedMs + delayMs > policy.maxElapsedMs) {
    return {
      retry: false,
      reason:
        retryAfter !== undefined
          ? `the registry asked to wait ${Math.ceil(retryAfter / 1000)} s, beyond the ${Math.round(policy.maxElapsedMs / 1000)} s retry budget`
          : `gave up after ${attempt} attempts in ${Math.round(elapsedMs / 1000)} s`,
    };
  }
  return { retry: true, delayMs };
}
