/**
 * The one retry loop of every HTTP client (registry, catalog, Databricks, DataWorks): try, ask the
 * pure decision in core/retry.ts, wait or stop. Clients keep their own policy and wording; the
 * clock, the sleep and the randomness are seams tests replace (they record delays instead of waiting).
 */
import { type AttemptOutcome, type RetryPolicy, type RetryStop, explainStop, retryDecision } from '../core/retry.js';

export interface RetrySeams {
  sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1). */
  random: () => number;
  /** Monotonic milliseconds, for the time budget. */
  now: () => number;
}

export const realRetrySeams: RetrySeams = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: () => performance.now(),
};

/** A client's policy, the real seams, then the caller's overrides (a test's sleep, a smaller budget). */
export function withRetryDefaults<P extends RetryPolicy>(defaults: P, overrides: Partial<P & RetrySeams> = {}): P & RetrySeams {
  return { ...defaults, ...realRetrySeams, ...overrides };
}

/**
 * What one attempt came to: `done` ends the loop with a value; `failed` asks the decision, and when
 * it says stop, `giveUp` turns the stop reason into the loop's value or (usually) throws. An attempt
 * that knows the failure is final simply throws.
 */
export type Attempted<T> =
  | { done: T }
  | {
      failed: AttemptOutcome;
      reason: string;
      giveUp: (stop: string, attempts: number) => T;
      /** Runs before waiting for the next attempt (e.g. release an unread body). */
      discard?: () => Promise<void>;
    };

export interface RetryLoopOptions {
  policy: RetryPolicy & RetrySeams;
  /** Who asks to wait, in messages: `the registry`. */
  server?: string;
  explain?: (stop: RetryStop) => string;
  /** Told before each wait, to log and count. */
  onRetry?: (retry: { attempt: number; delayMs: number; reason: string }) => void;
}

export async function retryLoop<T>(options: RetryLoopOptions, attempt: (attempt: number) => Promise<Attempted<T>>): Promise<T> {
  const { policy } = options;
  const started = policy.now();
  for (let count = 1; ; count++) {
    const result = await attempt(count);
    if ('done' in result) return result.done;
    const decision = retryDecision(
      {
        attempt: count,
        outcome: result.failed,
        elapsedMs: policy.now() - started,
        policy,
        random: policy.random(),
        nowMs: Date.now(),
        ...(options.server ? { server: options.server } : {}),
      },
      options.explain ?? explainStop,
    );
    if (!decision.retry) return result.giveUp(decision.reason, count);
    await result.discard?.();
    options.onRetry?.({ attempt: count, delayMs: decision.delayMs, reason: result.reason });
    await policy.sleep(decision.delayMs);
  }
}
