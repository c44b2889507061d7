/**
 * When to retry an HTTP call, and how long to wait: one pure module for every client (registry,
 * catalog, Databricks, DataWorks). The clock and the random source come in as arguments so the
 * decisions can be tested as tables; each client keeps its own defaults (a small RetryPolicy
 * constant next to it) and wording, and runs the one loop in runtime/retry.ts.
 *
 * Retried: 429 (after `Retry-After` when given), 5xx, connection-level failures. Never any other
 * 4xx by default: a 401 or 404 will not change by asking again. Bounded by attempts AND elapsed
 * time, whichever comes first.
 */

/** Which HTTP statuses are worth another attempt: 429 and every 5xx, plus `also`, minus `except`. */
export interface RetryableStatuses {
  also: readonly number[];
  except: readonly number[];
}

/** 429 and 5xx except 501/505, which no retry will change. */
export const transientStatuses: RetryableStatuses = { also: [], except: [501, 505] };

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** No new attempt starts after this much time since the first one (the wait included); Infinity for none. */
  maxElapsedMs: number;
  /** First backoff step; doubles every attempt. */
  baseDelayMs: number;
  /** Ceiling of one backoff step. */
  maxDelayMs: number;
  /**
   * How the backoff step is spread: `equal` draws from [step/2, step) (never hammers at once),
   * `full` from [0, step]. Default `equal`.
   */
  jitter?: 'equal' | 'full';
  /**
   * How a server's `Retry-After` is honoured: `exact` waits what it asks (within maxElapsedMs),
   * `jittered` adds up to one baseDelayMs so many clients do not come back in the same instant,
   * `capped` waits at most maxDelayMs so a misbehaving server cannot park a CI job. Default `exact`.
   */
  retryAfter?: 'exact' | 'jittered' | 'capped';
  /** Default transientStatuses. */
  statuses?: RetryableStatuses;
  /** `transient`: only dropped connections and timeouts (isTransientNetworkError); `any`: every failure to get an answer. Default `transient`. */
  networkErrors?: 'transient' | 'any';
}

/**
 * The result of one attempt, as the decision needs it. `retryable` overrides the status rule when
 * the caller knows better (an API-level throttling code in a 200, a digest mismatch).
 */
export type AttemptOutcome = { status: number; retryAfter?: string | null; retryable?: boolean } | { error: unknown };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

/** Why retrying stops, as data; `explainStop` words it (a client may word it its own way). */
export type RetryStop =
  | { kind: 'status'; status: number }
  | { kind: 'network' }
  | { kind: 'attempts'; attempt: number }
  | { kind: 'time'; attempt: number; elapsedMs: number; budgetMs: number; retryAfterMs?: number; server: string };

export function isRetryableStatus(status: number, statuses: RetryableStatuses = transientStatuses): boolean {
  if (statuses.except.includes(status)) return false;
  return status === 429 || (status >= 500 && status <= 599) || statuses.also.includes(status);
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

/** `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Exponential backoff: step = min(maxDelay, base·2^(attempt-1)), spread by the policy's jitter
 * (`equal`: floor of [step/2, step); `full`: round of [0, step]).
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return policy.jitter === 'full' ? Math.round(random * step) : Math.floor(step / 2 + (random * step) / 2);
}

/** The wait before the next attempt: the server's `Retry-After` (as the policy honours it) or our own backoff. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy, random: number): number {
  if (retryAfterMs === undefined) return backoffDelay(attempt, policy, random);
  switch (policy.retryAfter ?? 'exact') {
    case 'capped':
      return Math.min(retryAfterMs, policy.maxDelayMs);
    case 'jittered':
      return retryAfterMs + Math.floor(random * policy.baseDelayMs);
    case 'exact':
      return retryAfterMs;
  }
}

/** The default wording of a stop, for messages: `gave up after 5 attempts in 12 s`. */
export function explainStop(stop: RetryStop): string {
  switch (stop.kind) {
    case 'status':
      return `HTTP ${stop.status} is not retryable`;
    case 'network':
      return 'not a transient network error';
    case 'attempts':
      return `gave up after ${stop.attempt} attempts`;
    case 'time':
      return stop.retryAfterMs !== undefined
        ? `${stop.server} asked to wait ${Math.ceil(stop.retryAfterMs / 1000)} s, beyond the ${Math.round(stop.budgetMs / 1000)} s retry budget`
        : `gave up after ${stop.attempt} attempts in ${Math.round(stop.elapsedMs / 1000)} s`;
  }
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
  /** Wall clock, for a `Retry-After` HTTP date. */
  nowMs: number;
  /** Who asks to wait, in messages: `the registry`. Default `the server`. */
  server?: string;
}

/** After a failed attempt: wait `delayMs` and try again, or stop and say why. */
export function retryDecision(input: RetryInput, explain: (stop: RetryStop) => string = explainStop): RetryDecision {
  const { attempt, outcome, elapsedMs, policy } = input;
  if ('error' in outcome) {
    if ((policy.networkErrors ?? 'transient') === 'transient' && !isTransientNetworkError(outcome.error))
      return { retry: false, reason: explain({ kind: 'network' }) };
  } else if (!(outcome.retryable ?? isRetryableStatus(outcome.status, policy.statuses))) {
    return { retry: false, reason: explain({ kind: 'status', status: outcome.status }) };
  }
  if (attempt >= policy.maxAttempts) return { retry: false, reason: explain({ kind: 'attempts', attempt }) };
  const retryAfterMs = 'status' in outcome ? parseRetryAfter(outcome.retryAfter, input.nowMs) : undefined;
  const delayMs = retryDelay(attempt, retryAfterMs, policy, input.random);
  if (elapsedMs + delayMs > policy.maxElapsedMs) {
    const server = input.server ?? 'the server';
    return {
      retry: false,
      reason: explain({
        kind: 'time',
        attempt,
        elapsedMs,
        budgetMs: policy.maxElapsedMs,
        server,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      }),
    };
  }
  return { retry: true, delayMs };
}
