import { StepError } from '../../core/errors.js';
import { isRetryableStatus, type RetryPolicy } from '../../core/retry.js';
import { redact } from '../../runtime/redact.js';
import { retryLoop, withRetryDefaults, type RetrySeams } from '../../runtime/retry.js';
import { sentence, type PlatformLog } from '../log.js';
import { isRetryableWriteStatus, noAnswer, platformRetryPolicy, type PlatformRetryOptions } from '../retry-policy.js';
import { type HttpAnswer, type HttpFetch, httpTransport } from '../../runtime/http-transport.js';

/**
 * A small client for a ZenML server's REST API.
 *
 * Login: a service account's API key is traded for a bearer token at `POST /api/v1/login`, form
 * `grant_type=zenml-api-key&password=<key>` (zenml-io/zenml `src/zenml/zen_server/routers/auth_endpoints.py`
 * `OAuthLoginRequestForm`, `OAuthGrantTypes.ZENML_API_KEY`), answer `OAuthTokenResponse
 * {access_token, token_type: "bearer", expires_in}`. A 401 later (the token expired) logs in again
 * once. Errors are `{"detail": [<exception name>, <message>]}` or `{"detail": "<message>"}`
 * (`src/zenml/zen_server/exceptions.py` `error_detail`); FastAPI's 422 has a list of
 * `{loc, msg, type}` instead.
 *
 * Retries run through the one retry loop: reads on 429, 5xx and connection failures; a POST (a
 * new build: not safe to repeat) only on 429, 503 and a connection never made. Any other failure
 * of a POST is thrown with `ambiguous: true`, and the adapter looks the build up again.
 */
export interface ZenMLClientOptions {
  /** Server URL, e.g. `https://zenml.example.com`. */
  url: string;
  /** A service account API key. */
  apiKey: string;
  log: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
}

export class ZenMLApiError extends StepError {
  constructor(
    message: string,
    /** 0 when no answer arrived. */
    readonly status: number,
    readonly exception: string | undefined,
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = 'ZenMLApiError';
  }
}

interface RequestOptions {
  query?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  auth?: boolean;
}

export class ZenMLClient {
  readonly baseUrl: string;
  private readonly policy: RetryPolicy & RetrySeams;
  private readonly secrets: string[];
  private token: string | undefined;

  constructor(private readonly options: ZenMLClientOptions) {
    this.baseUrl = options.url.trim().replace(/\/+$/, '');
    this.policy = withRetryDefaults(platformRetryPolicy, options.retry);
    this.secrets = [options.apiKey];
    options.log.setSecret(options.apiKey);
  }

  get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    return this.authorized<T>('GET', path, { query });
  }

  /** A write that is not safe to repeat (a new build). */
  post<T>(path: string, json: unknown): Promise<T> {
    return this.authorized<T>('POST', path, { json });
  }

  delete<T>(path: string): Promise<T> {
    return this.authorized<T>('DELETE', path, {});
  }

  private async authorized<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    const fresh = !this.token;
    if (fresh) await this.login();
    try {
      return await this.send<T>(method, path, options);
    } catch (error) {
      // A token from an earlier call may have expired; one from just now failing is final.
      if (fresh || !(error instanceof ZenMLApiError) || error.status !== 401) throw error;
      this.options.log.debug(`ZenML ${method} ${path}: 401, logging in again.`);
      await this.login();
      return this.send<T>(method, path, options);
    }
  }

  private async login(): Promise<void> {
    const answer = await this.send<{ access_token?: unknown }>('POST', '/api/v1/login', {
      form: { grant_type: 'zenml-api-key', password: this.options.apiKey },
      auth: false,
    });
    if (typeof answer.access_token !== 'string' || answer.access_token === '') {
      throw new StepError('ZenML login answered without an access_token; check that the endpoint is a ZenML server.');
    }
    this.token = answer.access_token;
    this.secrets.push(answer.access_token);
    this.options.log.setSecret(answer.access_token);
  }

  private async send<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    const search = options.query && Object.keys(options.query).length > 0 ? `?${new URLSearchParams(options.query).toString()}` : '';
    const url = `${this.baseUrl}${path}${search}`;
    // Only a new build is not safe to repeat: the login changes nothing, a DELETE ends the same way twice.
    const write = method === 'POST' && path !== '/api/v1/login';
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    if (options.auth !== false) headers['authorization'] = `Bearer ${this.token ?? ''}`;
    const onRetry = ({ delayMs, reason }: { delayMs: number; reason: string }) =>
      this.options.log.debug(`ZenML ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
    return retryLoop<T>({ policy: this.policy, onRetry, server: 'the ZenML server' }, async () => {
      let response: HttpAnswer;
      let text: string;
      try {
        // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
        response = await (this.options.fetch ?? httpTransport)(url, { method, headers, ...(body === undefined ? {} : { body }) });
        text = await response.text();
      } catch (error) {
        return noAnswer<T>({
          what: `ZenML ${method} ${path}`,
          baseUrl: this.baseUrl,
          error,
          unsafeWrite: write,
          secrets: this.secrets,
          check: 'the endpoint',
          ambiguous: (message) => new ZenMLApiError(message, 0, undefined, true),
        });
      }
      if (response.ok) return { done: (text === '' ? {} : JSON.parse(text)) as T };
      const retryable = write ? isRetryableWriteStatus(response.status) : isRetryableStatus(response.status, this.policy.statuses);
      return {
        failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
        reason: `HTTP ${response.status}`,
        giveUp: (_stop, attempts) => {
          throw this.apiError(method, path, response.status, text, attempts, write && response.status >= 500);
        },
      };
    });
  }

  private apiError(method: string, path: string, status: number, text: string, attempts: number, ambiguous: boolean): ZenMLApiError {
    const { exception, message } = parseDetail(text);
    const retried = attempts > 1 ? ` after ${attempts} tries` : '';
    let hint = '';
    if (status === 401) hint = ' Check that the token is a valid service account API key for this server.';
    if (status === 403) hint = ' The service account lacks permission for pipeline builds in this project.';
    const what = sentence([exception, message].filter((part) => part).join(': ') || 'no details');
    return new ZenMLApiError(
      redact(`ZenML ${method} ${path} failed (HTTP ${status}${retried}): ${what}${hint}`, this.secrets),
      status,
      exception,
      ambiguous,
    );
  }
}

function parseDetail(text: string): { exception?: string; message?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200).trim() };
  }
  const detail = parsed && typeof parsed === 'object' && 'detail' in parsed ? (parsed as { detail: unknown }).detail : parsed;
  if (typeof detail === 'string') return { message: detail };
  if (Array.isArray(detail)) {
    if (detail.length > 0 && typeof detail[0] === 'string') {
      return { exception: detail[0], message: detail.slice(1).map(String).join(': ') };
    }
    // FastAPI validation errors: [{loc, msg, type}].
    const messages = detail
      .filter((item): item is { loc?: unknown[]; msg?: unknown } => item !== null && typeof item === 'object')
      .map((item) => `${(item.loc ?? []).join('.')}: ${String(item.msg ?? '')}`);
    return { exception: 'ValidationError', message: messages.join('; ') };
  }
  return { message: text.slice(0, 200).trim() };
}
