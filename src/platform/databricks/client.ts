import { StepError } from '../../core/errors.js';
import { sentence, type PlatformLog } from '../log.js';
import { redact } from '../../runtime/redact.js';
import { isRetryableStatus, type RetryPolicy } from '../../core/retry.js';
import { retryLoop, withRetryDefaults, type RetrySeams } from '../../runtime/retry.js';
import { isRetryableWriteStatus, noAnswer, platformRetryPolicy, type PlatformRetryOptions } from '../retry-policy.js';
import { isTransientDatabricksError } from './transient.js';
import { type HttpAnswer, type HttpFetch, httpTransport } from '../../runtime/http-transport.js';

/**
 * A small client for the Databricks REST API: bearer auth, JSON in and out, errors parsed from
 * Databricks' `{error_code, message}` body (databricks-sdk-go `apierr/errors.go`).
 *
 * Retries run through the one retry loop. GETs are retried on 429 (honouring `Retry-After`), 5xx,
 * Databricks' transient errors and connection failures. POSTs here are updates that are not safe
 * to repeat (`clusters/update` restarts a RUNNING cluster and answers INVALID_STATE when sent
 * again): they are retried only on 429, 503, the transient errors, and a connection that was
 * never made, as databricks-sdk-go does. Any other failure of a POST may or may not have been
 * applied: it is thrown with `ambiguous: true`, and the adapter reads the state back.
 */

export interface DatabricksClientOptions {
  /** Workspace URL, e.g. `https://adb-1234567890123456.7.azuredatabricks.net`; no scheme → https. */
  host: string;
  /** Personal access token or an OAuth access token (see `exchangeGithubOidcToken`). */
  token: string;
  log: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
  /** More values to scrub from error text (registry passwords). */
  secrets?: string[];
}

export class DatabricksApiError extends StepError {
  constructor(
    message: string,
    /** 0 when no answer arrived. */
    readonly status: number,
    readonly errorCode: string | undefined,
    /** A write that may have been applied although it failed (no answer, 5xx, INVALID_STATE on a resend). */
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = 'DatabricksApiError';
  }
}

export function normalizeWorkspaceUrl(host: string): string {
  const trimmed = host.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export class DatabricksClient {
  readonly baseUrl: string;
  private readonly fetchImpl: HttpFetch;
  private readonly policy: RetryPolicy & RetrySeams;
  private readonly secrets: string[];

  constructor(private readonly options: DatabricksClientOptions) {
    this.baseUrl = normalizeWorkspaceUrl(options.host);
    this.fetchImpl = options.fetch ?? httpTransport;
    this.policy = withRetryDefaults(platformRetryPolicy, options.retry);
    this.secrets = [options.token, ...(options.secrets ?? [])];
  }

  async get<T>(path: string, query: Record<string, string>): Promise<T> {
    const search = new URLSearchParams(query).toString();
    return this.request<T>('GET', search ? `${path}?${search}` : path, undefined);
  }

  /**
   * A write that is not safe to repeat. `body` is sent as is when it is a string (lets callers keep
   * int64 ids exact), else as JSON.
   */
  async post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, typeof body === 'string' ? body : JSON.stringify(body));
  }

  private async request<T>(method: string, pathAndQuery: string, body: string | undefined): Promise<T> {
    const write = method !== 'GET';
    const url = `${this.baseUrl}${pathAndQuery}`;
    const path = pathAndQuery.split('?')[0] ?? pathAndQuery;
    const onRetry = ({ delayMs, reason }: { delayMs: number; reason: string }) =>
      this.options.log.debug(`Databricks ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
    return retryLoop<T>({ policy: this.policy, onRetry }, async () => {
      let response: HttpAnswer;
      let text: string;
      try {
        // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
        response = await this.fetchImpl(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body }),
        });
        text = await response.text();
      } catch (error) {
        return noAnswer<T>({
          what: `Databricks ${method} ${path}`,
          baseUrl: this.baseUrl,
          error,
          unsafeWrite: write,
          secrets: this.secrets,
          check: 'the workspace URL',
          ambiguous: (message) => new DatabricksApiError(message, 0, undefined, true),
        });
      }
      if (response.ok) return { done: (text === '' ? {} : JSON.parse(text)) as T };
      const { errorCode, message } = parseError(text);
      const transient = isTransientDatabricksError(errorCode, message);
      const retryable = write
        ? isRetryableWriteStatus(response.status) || transient
        : isRetryableStatus(response.status, this.policy.statuses) || transient;
      return {
        failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
        reason: errorCode ?? `HTTP ${response.status}`,
        giveUp: (_stop, attempts) => {
          const ambiguous = write && (response.status >= 500 || errorCode === 'INVALID_STATE');
          throw this.apiError(method, path, response.status, text, attempts, ambiguous);
        },
      };
    });
  }

  private apiError(method: string, path: string, status: number, text: string, attempts: number, ambiguous: boolean): DatabricksApiError {
    const { errorCode, message } = parseError(text);
    const what = [errorCode, message ?? text.slice(0, 200).trim()].filter((part) => part).join(': ');
    const retried = attempts > 1 ? ` (after ${attempts} tries)` : '';
    let hint = '';
    if (status === 401) hint = ' Check that the token is valid for this workspace and not expired.';
    if (status === 403)
      hint = ' The token is valid but lacks permission: grant it CAN MANAGE on the cluster or job (or use a principal that has it).';
    return new DatabricksApiError(
      redact(
        `${sentence(`Databricks ${method} ${path} failed with HTTP ${status}${retried}: ${what || 'no details'}`)}${hint}`,
        this.secrets,
      ),
      status,
      errorCode,
      ambiguous,
    );
  }
}

function parseError(text: string): { errorCode?: string; message?: string } {
  try {
    const parsed = JSON.parse(text) as { error_code?: unknown; message?: unknown };
    return {
      ...(typeof parsed.error_code === 'string' ? { errorCode: parsed.error_code } : {}),
      ...(typeof parsed.message === 'string' ? { message: parsed.message } : {}),
    };
  } catch {
    // Not JSON (a proxy's HTML page, say): the caller quotes the start of it.
    return {};
  }
}
