/**
 * The pure decisions of the catalog server and client, as tables: retries, Retry-After, Link,
 * preconditions, Idempotency-Key, page tokens, tokens and scopes, rate limits.
 */
import { describe, expect, test } from 'vitest';
import { authenticate, parseTokens } from '../../src/catalog-server/auth.js';
import { catalogRetryPolicy, explainCatalogStop, nextLinkOf, type CatalogRetryPolicy } from '../../src/platform/catalog/client.js';
import { decodePageToken, encodePageToken, parseIdempotencyKey } from '../../src/catalog-server/http.js';
import { checkPreconditions, parseEntityTags } from '../../src/catalog-server/preconditions.js';
import { parseRateLimit, RateLimiter } from '../../src/catalog-server/rate-limit.js';
import { isRetryableStatus, retryDecision } from '../../src/core/retry.js';

describe('retries', () => {
  test.each([
    [200, false],
    [201, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [412, false],
    [422, false],
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [505, false],
  ])('status %i retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status, catalogRetryPolicy().statuses)).toBe(retryable);
  });

  /** The client's decision after a retryable answer (a Retry-After given in ms, sent as seconds). */
  const decideRetry = (input: { attempt: number; elapsedMs: number; retryAfterMs?: number; policy: CatalogRetryPolicy }) =>
    retryDecision(
      {
        attempt: input.attempt,
        outcome: { status: 503, retryAfter: input.retryAfterMs === undefined ? null : String(input.retryAfterMs / 1000) },
        elapsedMs: input.elapsedMs,
        policy: input.policy,
        random: input.policy.random(),
        nowMs: 0,
      },
      explainCatalogStop,
    );

  const policy = catalogRetryPolicy({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 10_000, random: () => 0.5 });

  test.each([
    // attempt, elapsed, retryAfterMs → decision
    [1, 0, undefined, { retry: true, delayMs: 50 }],
    [2, 0, undefined, { retry: true, delayMs: 100 }],
    [3, 0, undefined, { retry: true, delayMs: 200 }],
    [4, 0, undefined, { retry: false }],
    [1, 0, 3000, { retry: true, delayMs: 3050 }],
    [1, 8000, 3000, { retry: false }],
    [2, 9990, undefined, { retry: false }],
  ])('after attempt %i at %i ms (Retry-After %s ms)', (attempt, elapsedMs, retryAfterMs, expected) => {
    expect(decideRetry({ attempt, elapsedMs, retryAfterMs, policy })).toMatchObject(expected);
  });

  test('backoff grows exponentially up to the cap, with full jitter', () => {
    const high = catalogRetryPolicy({ maxAttempts: 20, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 1e9, random: () => 0.999 });
    const delays = [1, 2, 3, 4, 5, 6].map(
      (attempt) => (decideRetry({ attempt, elapsedMs: 0, policy: high }) as { delayMs: number }).delayMs,
    );
    expect(delays).toEqual([100, 200, 400, 799, 999, 999]);
  });

  test('a Retry-After beyond the time budget stops at once and says why', () => {
    const decision = decideRetry({ attempt: 1, elapsedMs: 0, retryAfterMs: 120_000, policy });
    expect(decision).toEqual({ retry: false, reason: expect.stringContaining('the 120 s the server asked for') });
  });
});

describe('Link header', () => {
  test.each([
    ['</v1/x?page_token=a>; rel="next"', '/v1/x?page_token=a'],
    ['</v1/x?p=1>; rel="prev", </v1/x?p=3>; rel=next', '/v1/x?p=3'],
    ['<https://h/v1/x>; title="a, b"; rel="last next"', 'https://h/v1/x'],
    ['</v1/x>; rel="prev"', undefined],
    [null, undefined],
  ])('%s → %s', (header, expected) => {
    expect(nextLinkOf(header)).toBe(expected);
  });
});

describe('preconditions', () => {
  test.each([
    ['"1.a"', { any: false, strong: ['"1.a"'] }],
    ['"1.a", W/"2.b" ,"3.c"', { any: false, strong: ['"1.a"', '"3.c"'] }],
    ['*', { any: true, strong: [] }],
    ['1.a', undefined],
    ['"1.a" "2.b"', undefined],
  ])('If-Match %s', (header, expected) => {
    expect(parseEntityTags(header)).toEqual(expected);
  });

  test.each([
    // current, If-Match, If-None-Match → outcome
    [undefined, undefined, undefined, { ok: true }],
    [undefined, undefined, '*', { ok: true }],
    [undefined, '"1.a"', undefined, { ok: false, status: 412 }],
    ['"1.a"', undefined, undefined, { ok: false, status: 428 }],
    ['"1.a"', undefined, '*', { ok: false, status: 412 }],
    ['"1.a"', '"1.a"', undefined, { ok: true }],
    ['"1.a"', '"0.z", "1.a"', undefined, { ok: true }],
    ['"1.a"', 'W/"1.a"', undefined, { ok: false, status: 412 }],
    ['"1.a"', '"2.b"', undefined, { ok: false, status: 412 }],
    ['"1.a"', '*', undefined, { ok: true }],
  ])('current %s, If-Match %s, If-None-Match %s', (current, ifMatch, ifNoneMatch, expected) => {
    expect(checkPreconditions('attachment', current, ifMatch, ifNoneMatch)).toMatchObject(expected);
  });
});

describe('Idempotency-Key and page tokens', () => {
  test.each([
    ['"8e03978e-40d5-43e8-bc93-6894a57f9324"', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['8e03978e-40d5', '8e03978e-40d5'],
    ['"with \\"quote\\""', 'with "quote"'],
    ['"unterminated', undefined],
    ['two words', undefined],
    ['""', undefined],
    [`"${'k'.repeat(256)}"`, undefined],
  ])('%s → %s', (header, expected) => {
    expect(parseIdempotencyKey(header)).toBe(expected);
  });

  test('page tokens round-trip and forged ones are refused', () => {
    expect(decodePageToken(encodePageToken(42))).toBe(42);
    expect(decodePageToken(undefined)).toBe(0);
    expect(decodePageToken('Zm9v')).toBeUndefined();
  });
});

describe('tokens and scopes', () => {
  test('CATALOG_TOKENS parses entries; a caller is named by a digest prefix, never the token', () => {
    const table = parseTokens(' alpha-token-1:register+read ,\nbeta-token-22:promote');
    expect([...table.values()].map((p) => [...p.scopes])).toEqual([['register', 'read'], ['promote']]);
    for (const principal of table.values()) expect(principal.name).toMatch(/^token-[0-9a-f]{8}$/);
  });

  test.each([
    ['', 'CATALOG_TOKENS is empty'],
    ['secret-token-1', 'entry 1 is not token:scope+scope'],
    ['secret-token-1:admin', "entry 1 has unknown scope 'admin'"],
    ['secret-token-1:read,secret-token-1:register', 'entry 2 repeats an earlier token'],
    ['short:read', 'at least 8 characters'],
  ])('CATALOG_TOKENS=%j is refused without quoting the token', (spec, message) => {
    let error: Error | undefined;
    try {
      parseTokens(spec);
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain('secret-token-1');
  });

  const table = parseTokens('reader-token:read,writer-token:register,promoter-token:promote');
  test.each([
    [undefined, [['register']], 401],
    ['Basic abc', [['register']], 401],
    ['Bearer unknown-token', [['read']], 401],
    ['Bearer reader-token', [['register']], 403],
    ['Bearer reader-token', [['read'], ['register']], 200],
    ['Bearer writer-token', [['read']], 200],
    ['Bearer promoter-token', [['read']], 200],
    ['Bearer writer-token', [['promote']], 403],
    ['bearer   writer-token', [['register']], 200],
  ])('%s needing %j → %i', (header, needed, status) => {
    const result = authenticate(table, header, needed as never);
    expect(result.ok ? 200 : result.status).toBe(status);
  });
});

describe('rate limits', () => {
  test.each([
    ['20/s', { requests: 20, windowMs: 1000 }],
    ['600/m', { requests: 600, windowMs: 60_000 }],
    ['100/10s', { requests: 100, windowMs: 10_000 }],
  ])('%s', (spec, expected) => {
    expect(parseRateLimit(spec)).toEqual(expected);
  });

  test.each(['0/s', '10', 'ten/s', '5/h'])('%s is refused', (spec) => {
    expect(() => parseRateLimit(spec)).toThrow(/--rate-limit/);
  });

  test('a bucket per caller refills over time and tells how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 2, windowMs: 10_000 }, () => now);
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 5 });
    expect(limiter.take('b')).toEqual({ ok: true });
    now = 5_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toMatchObject({ ok: false });
  });
});
