/**
 * One registry request: URL and scheme, authorization (challenge → Basic or Bearer, once per
 * 401), bounded retries with backoff, and errors that name registry, repository and status.
 * `fetch` is a seam (default: runtime/http-transport.ts): tests put a fault-injecting transport (or
 * proxy) in front of the registry.
 */
import type { Readable } from 'node:stream';
import { Authorizer, type Authorization, type AuthTarget } from './auth.js';
import { parseWwwAuthenticate } from './challenge.js';
import type { CredentialSource } from './credentials.js';
import { httpError, networkError, RegistryError, type RegistryContext } from './errors.js';
import { isRetryableStatus, type RetryPolicy } from '../core/retry.js';
import { retryLoop, type RetryLoopOptions } from '../runtime/retry.js';
import { registryScheme } from '../core/registry-hosts.js';
import { redact } from '../runtime/redact.js';
import { type HttpAnswer, type HttpInit, streamBody } from '../runtime/http-transport.js';

/** The transport: `httpTransport`, or a test's `fetch`. */
export type FetchLike = (url: string, init: HttpInit) => Promise<HttpAnswer>;

export interface HttpOptions {
  fetch: FetchLike;
  credentials: CredentialSource;
  insecureRegistries: readonly string[];
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  log: (line: string) => void;
  /** What is retried and why (one line per retry): the step log shows these, unlike the per-request `log`. */
  notice: (line: string) => void;
  mask: (secret: string) => void;
  requestTimeoutMs: number;
  userAgent: string;
}

export interface RegistryTarget extends AuthTarget {
  repository?: string;
}

export interface RegistryRequest {
  target: RegistryTarget;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** Path below `/v2/` (`acme/app/manifests/latest`), or an absolute URL (an upload Location). */
  path: string;
  headers?: Record<string, string>;
  /** Bytes, or a stream sent as it is read (chunked transfer; a stream cannot be sent twice, so such a request is never retried). */
  body?: Uint8Array | Readable;
  /** Token scopes this request needs: `repository:acme/app:pull`. */
  scopes: readonly string[];
  /** For messages: `checking manifest acme/app:1`. */
  action: string;
  /** Retry on 429/5xx/resets. Off for upload steps whose replay is not safe (the caller retries the whole upload). */
  retry?: boolean;
  /** Read the body (inside the retry loop, so a reset while reading is retried too). */
  read?: 'bytes' | 'stream';
  /** Refuse bodies larger than this when reading bytes. */
  maxBytes?: number;
  /** Per-attempt time limit; `null` for streamed bodies, which may take long. */
  timeoutMs?: number | null;
  /** Send without credentials and do not answer a challenge. */
  anonymous?: boolean;
}

export interface RegistryResponse {
  response: HttpAnswer;
  /** The body, when `read: 'bytes'` (for every status). */
  bytes?: Uint8Array;
  url: string;
  attempts: number;
  gaveUp?: string;
  authorization: Authorization;
}

export interface HttpStats {
  requests: number;
  retries: number;
  /** Request body bytes sent to blob upload endpoints (what a same-registry mount must keep at 0). */
  blobBytesUploaded: number;
}

const defaultMaxBytes = 4 << 20;

export class RegistryHttp {
  readonly auth: Authorizer;
  readonly stats: HttpStats = { requests: 0, retries: 0, blobBytesUploaded: 0 };
  private readonly secrets = new Set<string>();

  constructor(readonly options: HttpOptions) {
    const mask = (secret: string) => {
      if (secret.length >= 4) this.secrets.add(secret);
      options.mask(secret);
    };
    this.auth = new Authorizer({
      credentials: async (registry) => {
        const credential = await options.credentials(registry);
        for (const secret of [credential?.password, credential?.identityToken, credential?.registryToken])
          if (secret) this.secrets.add(secret);
        return credential;
      },
      fetchToken: (url, init, context) => this.fetchToken(url, init, context),
      mask,
      log: options.log,
      now: options.now,
      insecureRegistries: options.insecureRegistries,
    });
  }

  baseUrl(apiHost: string): string {
    return `${registryScheme(apiHost, this.options.insecureRegistries)}://${apiHost}/v2/`;
  }

  /** Removes every secret we know of from a text (belt and braces for messages built from server answers). */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  context(request: RegistryRequest, extra: Partial<RegistryContext> = {}): RegistryContext {
    return {
      registry: request.target.registry,
      ...(request.target.repository ? { repository: request.target.repository } : {}),
      action: request.action,
      ...extra,
    };
  }

  /** The retry loop's options with this client's policy and seams; `onRetry` is counted here. */
  retryOptions(onRetry: (retry: { attempt: number; delayMs: number; reason: string }) => void): RetryLoopOptions {
    const { policy, sleep, random, now } = this.options;
    return {
      policy: { ...policy, sleep, random, now },
      server: 'the registry',
      onRetry: (retry) => {
        this.stats.retries++;
        onRetry(retry);
      },
    };
  }

  /** Sends with auth and retries; returns the final answer whatever its status (callers decide). */
  async send(request: RegistryRequest): Promise<RegistryResponse> {
    const url = /^https?:\/\//.test(request.path) ? request.path : this.baseUrl(request.target.apiHost) + request.path;
    const scheme = url.startsWith('https:') ? 'https' : 'http';
    const retry = request.retry ?? true;
    const options = this.retryOptions(({ attempt, delayMs, reason }) =>
      this.options.notice(
        `${request.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms (attempt ${attempt + 1} of ${this.options.policy.maxAttempts})`,
      ),
    );
    return retryLoop<RegistryResponse>(options, async (attempt) => {
      let result: Omit<RegistryResponse, 'attempts'>;
      try {
        result = await this.attempt(request, url);
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        if (error instanceof BodyTooLargeError) {
          throw new RegistryError(
            `Registry answer too large while ${request.action} at ${request.target.registry}: ${error.message}`,
            request.target.registry,
            request.target.repository,
          );
        }
        const fail = (gaveUp?: string): never => {
          throw this.scrub(networkError(error, this.context(request, gaveUp ? { gaveUp } : {}), scheme));
        };
        if (!retry) fail();
        return { failed: { error }, reason: describe(error), giveUp: (stop, attempts) => fail(attempts > 1 ? stop : undefined) };
      }
      const { status } = result.response;
      if (!retry || !isRetryableStatus(status)) return { done: { ...result, attempts: attempt } };
      return {
        failed: { status, retryAfter: result.response.headers.get('retry-after') },
        reason: `HTTP ${status}`,
        giveUp: (stop) => ({ ...result, attempts: attempt, gaveUp: stop }),
        discard: () => result.response.body?.cancel().catch(() => undefined) ?? Promise.resolve(),
      };
    });
  }

  /** One attempt, answering at most one auth challenge on the way. */
  private async attempt(request: RegistryRequest, url: string): Promise<Omit<RegistryResponse, 'attempts'>> {
    const target = request.target;
    let answeredChallenge = false;
    for (;;) {
      const authorization: Authorization = request.anonymous ? { kind: 'none' } : await this.auth.authorization(target, request.scopes);
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...request.headers };
      // Credentials go only to the registry's own host, never to a storage backend an upload URL points at.
      if (authorization.header && new URL(url).host === new URL(this.baseUrl(target.apiHost)).host)
        headers.authorization = authorization.header;
      this.stats.requests++;
      const started = this.options.now();
      const response = await this.options.fetch(url, {
        method: request.method,
        headers,
        ...(request.body instanceof Uint8Array
          ? { body: request.body as Uint8Array<ArrayBuffer> }
          : request.body
            ? { body: streamBody(request.body), duplex: 'half' as const }
            : {}),
        redirect: 'follow',
        ...(request.timeoutMs === null ? {} : { signal: AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs) }),
      });
      this.options.log(`${request.method} ${loggable(url)} → ${response.status} (${Math.round(this.options.now() - started)} ms)`);
      if (response.status === 401 && !answeredChallenge && !request.anonymous) {
        const known = this.auth.knows(target.apiHost);
        const challenge = this.auth.learn(target.apiHost, parseWwwAuthenticate(response.headers.get('www-authenticate')));
        if (authorization.kind === 'bearer') this.auth.invalidate(target, request.scopes);
        // Ask again only if we can now answer differently: first sight of the challenge, or a stale token.
        const askAgain = challenge !== undefined && (!known || authorization.kind === 'none' || authorization.kind === 'bearer');
        if (askAgain) {
          const next = await this.auth.authorization(target, request.scopes);
          if (next.kind !== 'none') {
            answeredChallenge = true;
            await response.body?.cancel().catch(() => undefined);
            continue;
          }
        }
      } else if (!this.auth.knows(target.apiHost) && response.status < 400) {
        this.auth.learn(target.apiHost, []); // anonymous registry: no challenge to wait for
      }
      if (request.read === 'bytes') {
        const bytes = await readLimited(response, request.maxBytes ?? defaultMaxBytes, `${request.method} ${loggable(url)}`);
        return { response, bytes, url, authorization };
      }
      return { response, url, authorization };
    }
  }

  /** Turns a final non-success answer into an error (reads the error body when there is one). */
  async fail(result: RegistryResponse, request: RegistryRequest): Promise<RegistryError> {
    let text = '';
    if (result.bytes) text = new TextDecoder().decode(result.bytes);
    else if (request.method !== 'HEAD') text = await result.response.text().catch(() => '');
    else await result.response.body?.cancel().catch(() => undefined);
    return this.scrub(
      httpError(
        result.response.status,
        result.response.statusText,
        text,
        this.context(request, {
          ...(result.authorization.credentialSource ? { credentialSource: result.authorization.credentialSource } : {}),
          ...(/insufficient_scope/.test(result.response.headers.get('www-authenticate') ?? '') ? { insufficientScope: true } : {}),
          ...(result.gaveUp && (result.attempts > 1 || /asked to wait/.test(result.gaveUp)) ? { gaveUp: result.gaveUp } : {}),
        }),
      ),
    );
  }

  private scrub(error: RegistryError): RegistryError {
    const message = this.redact(error.message);
    if (message !== error.message) error.message = message;
    return error;
  }

  private async fetchToken(
    url: string,
    init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
    context: { registry: string; action: string },
  ): Promise<{ status: number; statusText: string; text: string; gaveUp?: string }> {
    const scheme = url.startsWith('https:') ? 'https' : 'http';
    const options = this.retryOptions(({ delayMs, reason }) =>
      this.options.notice(`${init.method} ${loggable(url)}: ${reason}, retrying in ${delayMs} ms`),
    );
    return retryLoop<{ status: number; statusText: string; text: string; gaveUp?: string }>(options, async () => {
      let answer: { status: number; statusText: string; text: string; retryAfter: string | null };
      try {
        this.stats.requests++;
        const response = await this.options.fetch(url, {
          method: init.method,
          headers: { 'user-agent': this.options.userAgent, ...init.headers },
          ...(init.body !== undefined ? { body: init.body } : {}),
          signal: AbortSignal.timeout(this.options.requestTimeoutMs),
        });
        const text = new TextDecoder().decode(await readLimited(response, 1 << 20, 'token response'));
        this.options.log(`${init.method} ${loggable(url)} → ${response.status}`);
        answer = { status: response.status, statusText: response.statusText, text, retryAfter: response.headers.get('retry-after') };
      } catch (error) {
        if (error instanceof BodyTooLargeError)
          throw new RegistryError(`${context.action} for ${context.registry}: ${error.message}`, context.registry, undefined);
        return {
          failed: { error },
          reason: describe(error),
          giveUp: (stop, attempts) => {
            throw this.scrub(networkError(error, { ...context, ...(attempts > 1 ? { gaveUp: stop } : {}) }, scheme));
          },
        };
      }
      const { retryAfter, ...result } = answer;
      if (!isRetryableStatus(result.status)) return { done: result };
      return {
        failed: { status: result.status, retryAfter },
        reason: `HTTP ${result.status}`,
        giveUp: (stop) => ({ ...result, gaveUp: stop }),
      };
    });
  }
}

/** URLs without their query (upload state, scopes): enough to follow the log, nothing to leak. */
function loggable(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A body bigger than we agreed to hold in memory (a manifest or config never is). */
class BodyTooLargeError extends Error {}

async function readLimited(response: HttpAnswer, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(`${what}: the answer is ${declared} bytes, more than the ${maxBytes} this client reads into memory`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes)
      throw new BodyTooLargeError(`${what}: the answer is more than the ${maxBytes} bytes this client reads into memory`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
