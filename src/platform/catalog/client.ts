/**
 * Typed HTTP client of the catalog API (openapi.yaml). Every call is one logical operation that may
 * take several attempts: 429, 5xx, connection resets and timeouts are retried with jittered
 * exponential backoff, honouring `Retry-After`, bounded in attempts and in time (core/retry.ts). A POST
 * carries one Idempotency-Key, the same on every attempt, so a retry after a lost answer replays the
 * stored result instead of acting twice. The token is sent only to the endpoint's origin and never
 * appears in an error message.
 */
import { randomUUID } from 'node:crypto';
import { StepError } from '../../core/errors.js';
import { redact } from '../../runtime/redact.js';
import { explainStop, isRetryableStatus, type RetryPolicy, type RetryStop } from '../../core/retry.js';
import { retryLoop, withRetryDefaults, type RetrySeams } from '../../runtime/retry.js';
import type {
  Attachment,
  AttachmentPut,
  Channel,
  Image,
  ImageCreate,
  Page,
  Problem,
  Promotion,
  PromotionCreate,
  Version,
  VersionCreate,
} from './types.js';
import { type HttpFetch, type HttpHeaders, httpTransport } from '../../runtime/http-transport.js';

/**
 * The catalog's retries add two bounds a CI step needs: a time budget over all attempts, and a
 * timeout per attempt. 408 is retried too; any failure to get an answer is retried. A
 * `Retry-After` is honoured as a minimum (plus a little jitter), and when honouring it would
 * pass the budget the call stops.
 */
export interface CatalogRetryPolicy extends RetryPolicy, RetrySeams {
  /** One attempt (connect, send, read the whole answer) is abandoned after this. */
  attemptTimeoutMs: number;
}

const catalogRetryDefaults: RetryPolicy & { attemptTimeoutMs: number } = {
  maxAttempts: 6,
  maxElapsedMs: 60_000,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  jitter: 'full',
  retryAfter: 'jittered',
  statuses: { also: [408], except: [501, 505] },
  networkErrors: 'any',
  attemptTimeoutMs: 15_000,
};

export function catalogRetryPolicy(overrides: Partial<CatalogRetryPolicy> = {}): CatalogRetryPolicy {
  return withRetryDefaults(catalogRetryDefaults, overrides);
}

/** The catalog's wording of a stop on the time budget; the rest as everywhere. */
export function explainCatalogStop(stop: RetryStop): string {
  if (stop.kind !== 'time') return explainStop(stop);
  const why =
    stop.retryAfterMs !== undefined ? `waiting the ${Math.ceil(stop.retryAfterMs / 1000)} s the server asked for` : 'waiting longer';
  return `gave up after ${stop.attempt} attempt${stop.attempt === 1 ? '' : 's'} in ${(stop.elapsedMs / 1000).toFixed(1)} s: ${why} would pass the ${stop.budgetMs / 1000} s budget`;
}

export interface CatalogClientOptions {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  endpoint: string;
  token: string;
  /** Attempts, backoff, time budget; `sleep` and `random` are seams for tests. */
  retry?: Partial<CatalogRetryPolicy>;
  /** Called before each wait between attempts (for a log line). */
  onRetry?: (event: { method: string; path: string; attempt: number; delayMs: number; reason: string }) => void;
  /** Seams for tests: the transport and the clock. */
  fetch?: HttpFetch;
  now?: () => number;
}

export interface Tagged<T> {
  value: T;
  etag: string;
}

export type Precondition = { ifMatch: string } | { ifNoneMatch: '*' };

/** The catalog answered with an error, or could not be reached (`status` undefined). */
export class CatalogHttpError extends StepError {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly problem: Problem | undefined,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CatalogHttpError';
  }
}

interface Answer {
  status: number;
  headers: HttpHeaders;
  body: unknown;
  url: string;
}

interface Call {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses returned to the caller; anything else (after retries) throws CatalogHttpError. */
  accept: number[];
}

const enc = encodeURIComponent;

function networkReason(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return 'no answer in time';
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message ?? 'network error'} (${cause})` : (err.message ?? String(error));
}

/** The `rel="next"` target of an RFC 8288 Link header. */
export function nextLinkOf(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(match[2]!);
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('next')) return match[1];
  }
  return undefined;
}

export class CatalogClient {
  private readonly base: URL;
  private readonly policy: CatalogRetryPolicy;
  private readonly fetch: HttpFetch;

  constructor(private readonly options: CatalogClientOptions) {
    let base: URL;
    try {
      base = new URL(options.endpoint);
    } catch {
      throw new StepError(`catalog endpoint '${options.endpoint}' is not a URL: give the base URL, e.g. http://127.0.0.1:8080`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
      throw new StepError(`catalog endpoint '${options.endpoint}' must be http:// or https://`);
    if (base.username || base.password) throw new StepError('catalog endpoint must not carry credentials: pass the token separately');
    this.base = new URL(base.href.endsWith('/') ? base.href : `${base.href}/`);
    this.policy = catalogRetryPolicy({ ...(options.now ? { now: options.now } : {}), ...options.retry });
    this.fetch = options.fetch ?? httpTransport;
  }

  get endpoint(): string {
    return this.base.origin + this.base.pathname.replace(/\/$/, '');
  }

  /** Removes the token from any text that leaves this client (messages built from answers). */
  private redact(text: string): string {
    return redact(text, [this.options.token]);
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  private async attempt(call: Call, url: URL): Promise<Answer> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${this.options.token}`,
      'User-Agent': 'image-actions-catalog-client/1',
      ...call.headers,
    };
    let payload: string | undefined;
    if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(call.body);
    }
    const response = await this.fetch(url, {
      method: call.method,
      headers,
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.policy.attemptTimeoutMs),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let body: unknown = text;
    if (/json/i.test(type) && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { status: response.status, headers: response.headers, body, url: url.href };
  }

  /** One logical call: attempts until an accepted answer, a non-retryable one, or the budget ends. */
  private async call(call: Call, url: URL = this.url(call.path)): Promise<Answer> {
    const onRetry = ({ attempt, delayMs, reason }: { attempt: number; delayMs: number; reason: string }) =>
      this.options.onRetry?.({ method: call.method, path: call.path, attempt, delayMs, reason: this.redact(reason) });
    return retryLoop<Answer>({ policy: this.policy, explain: explainCatalogStop, onRetry }, async (attempt) => {
      let answer: Answer;
      try {
        answer = await this.attempt(call, url);
      } catch (failure) {
        const reason = networkReason(failure);
        return {
          failed: { error: failure },
          reason,
          giveUp: (stop) => {
            throw new CatalogHttpError(
              this.redact(`could not reach the catalog at ${this.endpoint} (${call.method} ${call.path}): ${reason}; ${stop}`),
              call.method,
              call.path,
              undefined,
              undefined,
              attempt,
              { cause: failure },
            );
          },
        };
      }
      if (call.accept.includes(answer.status)) return { done: answer };
      if (!isRetryableStatus(answer.status, this.policy.statuses)) throw this.httpError(call, answer, attempt);
      return {
        failed: { status: answer.status, retryAfter: answer.headers.get('retry-after') },
        reason: `answered ${answer.status}`,
        giveUp: (stop) => {
          throw this.httpError(call, answer, attempt, stop);
        },
      };
    });
  }

  private httpError(call: Call, answer: Answer, attempts: number, gaveUp?: string): CatalogHttpError {
    const problem = answer.body && typeof answer.body === 'object' && 'status' in answer.body ? (answer.body as Problem) : undefined;
    const what = problem
      ? `${problem.title}: ${problem.detail}`
      : typeof answer.body === 'string' && answer.body
        ? answer.body.slice(0, 300)
        : 'no details';
    const hint =
      answer.status === 401
        ? ' Check the token given for the catalog.'
        : answer.status === 403
          ? ' The token lacks the scope this needs.'
          : '';
    const message = `the catalog answered ${answer.status} to ${call.method} ${call.path}: ${what}.${hint}${gaveUp ? ` (${gaveUp})` : ''}`;
    return new CatalogHttpError(this.redact(message), call.method, call.path, answer.status, problem, attempts);
  }

  private static idempotencyHeader(key: string | undefined): Record<string, string> {
    // An RFC 8941 sf-string, as draft-ietf-httpapi-idempotency-key-header specifies.
    return { 'Idempotency-Key': `"${key ?? randomUUID()}"` };
  }

  private static precondition(precondition: Precondition): Record<string, string> {
    return 'ifMatch' in precondition ? { 'If-Match': precondition.ifMatch } : { 'If-None-Match': '*' };
  }

  private static etagOf(answer: Answer): string {
    const etag = answer.headers.get('etag');
    if (!etag) throw new StepError(`the catalog answered ${answer.status} to ${answer.url} without an ETag`);
    return etag;
  }

  // Images

  async createImage(body: ImageCreate, options: { idempotencyKey?: string } = {}): Promise<{ created: boolean; image: Image }> {
    const answer = await this.call({
      method: 'POST',
      path: '/v1/images',
      body,
      headers: CatalogClient.idempotencyHeader(options.idempotencyKey),
      accept: [200, 201],
    });
    return { created: answer.status === 201, image: answer.body as Image };
  }

  async getImage(name: string): Promise<Image | undefined> {
    const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(name)}`, accept: [200, 404] });
    return answer.status === 200 ? (answer.body as Image) : undefined;
  }

  // Versions

  /** 201 → created; 200 → the same version and digest existed (or this is a replay of our own 200). A 409 throws. */
  async createVersion(
    image: string,
    body: VersionCreate,
    options: { idempotencyKey?: string } = {},
  ): Promise<{ created: boolean; replayed: boolean; version: Version }> {
    const answer = await this.call({
      method: 'POST',
      path: `/v1/images/${enc(image)}/versions`,
      body,
      headers: CatalogClient.idempotencyHeader(options.idempotencyKey),
      accept: [200, 201],
    });
    return {
      created: answer.status === 201,
      replayed: answer.headers.get('idempotent-replayed') === 'true',
      version: answer.body as Version,
    };
  }

  async getVersion(image: string, version: string): Promise<Version | undefined> {
    const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/versions/${enc(version)}`, accept: [200, 404] });
    return answer.status === 200 ? (answer.body as Version) : undefined;
  }

  async listVersions(image: string, options: { pageSize?: number; pageToken?: string } = {}): Promise<Page<Version> & { next?: string }> {
    const query = new URLSearchParams();
    if (options.pageSize) query.set('page_size', String(options.pageSize));
    if (options.pageToken) query.set('page_token', options.pageToken);
    const suffix = query.size > 0 ? `?${query}` : '';
    const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/versions${suffix}`, accept: [200] });
    const next = nextLinkOf(answer.headers.get('link'));
    return { ...(answer.body as Page<Version>), ...(next ? { next } : {}) };
  }

  /** Every version of an image, oldest first, following `Link: rel="next"` page by page. */
  async *versions(image: string, options: { pageSize?: number } = {}): AsyncGenerator<Version> {
    let page = await this.listVersions(image, options);
    for (;;) {
      yield* page.items;
      if (!page.next) return;
      page = await this.follow<Version>(page.next);
    }
  }

  private async follow<T>(link: string): Promise<Page<T> & { next?: string }> {
    const url = new URL(link, this.base);
    // The token goes to the catalog only: a Link elsewhere is not followed.
    if (url.origin !== this.base.origin)
      throw new StepError(`the catalog linked the next page to another origin (${url.origin}); not following it`);
    const answer = await this.call({ method: 'GET', path: url.pathname + url.search, accept: [200] }, url);
    const next = nextLinkOf(answer.headers.get('link'));
    return { ...(answer.body as Page<T>), ...(next ? { next } : {}) };
  }

  // Attachments

  async getAttachment(target: string): Promise<Tagged<Attachment> | undefined> {
    const answer = await this.call({ method: 'GET', path: `/v1/targets/${enc(target)}/attachment`, accept: [200, 404] });
    return answer.status === 200 ? { value: answer.body as Attachment, etag: CatalogClient.etagOf(answer) } : undefined;
  }

  /** A 412 (changed meanwhile) or 428 throws CatalogHttpError: read again and decide. */
  async putAttachment(
    target: string,
    body: AttachmentPut,
    precondition: Precondition,
  ): Promise<{ created: boolean; attachment: Tagged<Attachment> }> {
    const answer = await this.call({
      method: 'PUT',
      path: `/v1/targets/${enc(target)}/attachment`,
      body,
      headers: CatalogClient.precondition(precondition),
      accept: [200, 201],
    });
    return { created: answer.status === 201, attachment: { value: answer.body as Attachment, etag: CatalogClient.etagOf(answer) } };
  }

  // Channels

  async getChannel(image: string, channel: string): Promise<Tagged<Channel> | undefined> {
    const answer = await this.call({ method: 'GET', path: `/v1/images/${enc(image)}/channels/${enc(channel)}`, accept: [200, 404] });
    return answer.status === 200 ? { value: answer.body as Channel, etag: CatalogClient.etagOf(answer) } : undefined;
  }

  async promote(
    image: string,
    channel: string,
    body: PromotionCreate,
    precondition: Precondition,
    options: { idempotencyKey?: string } = {},
  ): Promise<{ promotion: Promotion; etag: string }> {
    const answer = await this.call({
      method: 'POST',
      path: `/v1/images/${enc(image)}/channels/${enc(channel)}/promotions`,
      body,
      headers: { ...CatalogClient.idempotencyHeader(options.idempotencyKey), ...CatalogClient.precondition(precondition) },
      accept: [201],
    });
    return { promotion: answer.body as Promotion, etag: CatalogClient.etagOf(answer) };
  }

  async listPromotions(image: string, channel: string, options: { pageSize?: number } = {}): Promise<Promotion[]> {
    const query = options.pageSize ? `?page_size=${options.pageSize}` : '';
    const first = await this.call({
      method: 'GET',
      path: `/v1/images/${enc(image)}/channels/${enc(channel)}/promotions${query}`,
      accept: [200],
    });
    const firstNext = nextLinkOf(first.headers.get('link'));
    let page: Page<Promotion> & { next?: string } = { ...(first.body as Page<Promotion>), ...(firstNext ? { next: firstNext } : {}) };
    const all: Promotion[] = [];
    for (;;) {
      all.push(...page.items);
      if (!page.next) return all;
      page = await this.follow<Promotion>(page.next);
    }
  }
}
