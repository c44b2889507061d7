/**
 * Optional per-caller rate limiting of the reference server (off unless `--rate-limit` is given):
 * a token bucket per caller that refills `requests` per `windowMs`. A refused request learns how
 * many whole seconds until one token is back (`Retry-After`).
 */

export interface RateLimit {
  requests: number;
  windowMs: number;
}

/** `20/s`, `600/m`, `100/10s`. */
export function parseRateLimit(spec: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(s|m)\s*$/.exec(spec);
  const requests = Number(match?.[1]);
  const count = match?.[2] ? Number(match[2]) : 1;
  if (!match || !Number.isSafeInteger(requests) || requests < 1 || count < 1) {
    throw new Error(`--rate-limit '${spec}' is not <requests>/<window> like 20/s, 600/m or 100/10s`);
  }
  return { requests, windowMs: count * (match[3] === 'm' ? 60_000 : 1000) };
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly nowMs: () => number = () => Date.now(),
  ) {}

  /** Takes one token for `caller`; when none is left, the seconds to wait (at least 1). */
  take(caller: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.nowMs();
    const perMs = this.limit.requests / this.limit.windowMs;
    const bucket = this.buckets.get(caller) ?? { tokens: this.limit.requests, updatedMs: now };
    bucket.tokens = Math.min(this.limit.requests, bucket.tokens + (now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  /** Buckets that have refilled completely carry no information: drop them to bound memory. */
  private forgetFull(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedMs) * (this.limit.requests / this.limit.windowMs) >= this.limit.requests)
        this.buckets.delete(caller);
    }
  }
}
