import { StepError } from '../../core/errors.js';
import { sentence, type PlatformLog } from '../log.js';
import { redact } from '../../runtime/redact.js';
import type { RetryPolicy } from '../../core/retry.js';
import { retryLoop, withRetryDefaults, type RetrySeams } from '../../runtime/retry.js';
import { platformRetryPolicy, type PlatformRetryOptions } from '../retry-policy.js';

/**
 * A small client for the Databricks REST API: bearer auth, JSON in and out, bounded retries on
 * 429 (honouring `Retry-After`), 5xx and connection failures, and errors parsed from Databricks'
 * `{error_code, message}` body. Every call we make is safe to repeat (reads, and updates that set
 * a value), so POSTs are retried too.
 */

export interface DatabricksClientOptions {
  /** Workspace URL, e.g. `https://adb-1234567890123456.7.azuredatabricks.net`; no scheme → https. */
  host: string;
  /** Personal access token or an OAuth access token (see `exchangeGithubOidcToken`). */
  token: string;
  log: PlatformLog;
  fetch?: typeof fetch;
  retry?: PlatformRetryOptions;
  /** More values to scrub from error text (registry passwords). */
  secrets?: string[];
}

export class DatabricksApiError extends StepError {
  constructor(
    message: string,
    readonly status: number,
    readonly errorCode: string | undefined,
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
  private readonly fetchImpl: typeof fetch;
  private readonly policy: RetryPolicy & RetrySeams;
  private readonly secrets: string[];

  constructor(private readonly options: DatabricksClientOptions) {
    this.baseUrl = normalizeWorkspaceUrl(options.host);
    this.fetchImpl = options.fetch ?? fetch;
    this.policy = withRetryDefaults(platformRetryPolicy, options.retry);
    this.secrets = [options.token, ...(options.secrets ?? [])];
  }

  async get<T>(path: string, query: Record<string, string>): Promise<T> {
    const search = new URLSearchParams(query).toString();
    return this.request<T>('GET', search ? `${path}?${search}` : path, undefined);
  }

  /** `body` is sent as is when it is a string (lets callers keep int64 ids exact), else as JSON. */
  async post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, typeof body === 'string' ? body : JSON.stringify(body));
  }

  private async request<T>(method: string, pathAndQuery: string, body: string | undefined): Promise<T> {
    const url = `${this.baseUrl}${pathAndQuery}`;
    const path = pathAndQuery.split('?')[0] ?? pathAndQuery;
    const onRetry = ({ delayMs, reason }: { delayMs: number; reason: string }) =>
      this.options.log.debug(`Databricks ${method} ${path}: ${reason}, retrying in ${delayMs} ms`);
    return retryLoop<T>({ policy: this.policy, onRetry }, async () => {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body }),
        });
      } catch (error) {
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        return {
          failed: { error },
          reason: 'connection failed',
          giveUp: (_stop, attempts) => {
            throw new StepError(
              redact(
                `Databricks ${method} ${path}: cannot reach ${this.baseUrl} (${reason}) after ${attempts} tries. Check the workspace URL.`,
                this.secrets,
              ),
            );
          },
        };
      }
      const text = await response.text();
      if (response.ok) return { done: (text === '' ? {} : JSON.parse(text)) as T };
      return {
        failed: { status: response.status, retryAfter: response.headers.get('retry-after') },
        reason: `HTTP ${response.status}`,
        giveUp: (_stop, attempts) => {
          throw this.apiError(method, path, response.status, text, attempts);
        },
      };
    });
  }

  private apiError(method: string, path: string, status: number, text: string, attempts: number): DatabricksApiError {
    let errorCode: string | undefined;
    let message: string | undefined;
    try {
      const parsed = JSON.parse(text) as { error_code?: unknown; message?: unknown };
      if (typeof parsed.error_code === 'string') errorCode = parsed.error_code;
      if (typeof parsed.message === 'string') message = parsed.message;
    } catch {
      // Not JSON (a proxy's HTML page, say): quote the start of it below.
    }
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
    );
  }
}
