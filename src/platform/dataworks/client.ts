import { randomUUID } from 'node:crypto';
import { StepError } from '../../core/errors.js';
import { sentence, type PlatformLog } from '../log.js';
import { redact } from '../../runtime/redact.js';
import { isRetryableStatus, type RetryPolicy } from '../../core/retry.js';
import { retryLoop, withRetryDefaults, type RetrySeams } from '../../runtime/retry.js';
import { isRetryableWriteStatus, noAnswer, platformRetryPolicy, type PlatformRetryOptions } from '../retry-policy.js';
import { signRpcCall, type Acs3Credentials } from './sign.js';
import { dataWorksEndpoint } from './endpoints.js';
import { type HttpAnswer, type HttpFetch, httpTransport } from '../../runtime/http-transport.js';

/**
 * DataWorks OpenAPI (version 2024-05-18) in RPC style: every action is `POST /` with the action
 * and version in `x-acs-*` headers, parameters in the query string or a form body as the official
 * SDKs place them per action (each call names both; see the adapter for the SDK sources), and an
 * ACS3-HMAC-SHA256 signature (`@alicloud/openapi-core` `getAuthorization`). Each try is signed
 * afresh (new nonce and date). Throttling, 429 and 5xx are retried, bounded, through the one retry
 * loop; a write marked not repeatable only as `call` says.
 */

export const DATAWORKS_API_VERSION = '2024-05-18';

export type RpcParams = Record<string, string | number | boolean | undefined>;

export interface DataWorksClientOptions {
  /** `dataworks.<region>.aliyuncs.com`, or a full URL (tests: `http://127.0.0.1:<port>`). */
  endpoint: string;
  credentials: Acs3Credentials;
  log: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
  /** Seams for tests. */
  now?: () => Date;
  nonce?: () => string;
}

export class DataWorksApiError extends StepError {
  constructor(
    message: string,
    /** 0 when no answer arrived. */
    readonly status: number,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    /** A write that is not safe to repeat failed in a way that may or may not have applied it. */
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = 'DataWorksApiError';
  }
}

function stringParams(params: RpcParams | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined) result[key] = String(value);
  }
  return result;
}

function isRetryableCode(code: string | undefined): boolean {
  return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable' || code === 'InternalError');
}

/** Codes that say the request was turned away before anything was done. */
function isNotAppliedCode(code: string | undefined): boolean {
  return code !== undefined && (code.includes('Throttling') || code === 'ServiceUnavailable');
}

export class DataWorksClient {
  readonly baseUrl: string;
  private readonly host: string;
  private readonly policy: RetryPolicy & RetrySeams;
  private readonly secrets: string[];

  constructor(private readonly options: DataWorksClientOptions) {
    this.baseUrl = dataWorksEndpoint(options.endpoint);
    this.host = new URL(this.baseUrl).host;
    this.policy = withRetryDefaults(platformRetryPolicy, options.retry);
    this.secrets = [options.credentials.accessKeySecret, options.credentials.securityToken ?? ''].filter((s) => s !== '');
  }

  /**
   * One action. `repeatable: false` marks a write that is not safe to send twice (UpdateImage has
   * no idempotency token): it is retried only on throttling, 429 and 503, and a connection never
   * made; other failures are thrown with `ambiguous: true` for the caller to read the state back.
   */
  async call<T>(action: string, params: { query?: RpcParams; form?: RpcParams }, options: { repeatable?: boolean } = {}): Promise<T> {
    const repeatable = options.repeatable ?? true;
    const query = stringParams(params.query);
    const form = params.form === undefined ? undefined : stringParams(params.form);
    const onRetry = ({ delayMs, reason }: { delayMs: number; reason: string }) =>
      this.options.log.debug(`DataWorks ${action}: ${reason}, retrying in ${delayMs} ms`);
    return retryLoop<T>({ policy: this.policy, onRetry }, async () => {
      const signed = signRpcCall({
        host: this.host,
        action,
        version: DATAWORKS_API_VERSION,
        query,
        ...(form ? { form } : {}),
        credentials: this.options.credentials,
        date: (this.options.now ?? (() => new Date()))(),
        nonce: (this.options.nonce ?? randomUUID)(),
      });
      // The transport sets Host from the URL, which is the value we signed.
      const headers: Record<string, string> = { ...signed.headers };
      delete headers['host'];
      let response: HttpAnswer;
      let text: string;
      try {
        // Reading the body is part of getting an answer: a connection cut mid-body fails like no answer.
        response = await (this.options.fetch ?? httpTransport)(`${this.baseUrl}/${signed.search}`, {
          method: 'POST',
          headers: { ...headers, accept: 'application/json' },
          ...(signed.body === undefined ? {} : { body: signed.body }),
        });
        text = await response.text();
      } catch (error) {
        return noAnswer<T>({
          what: `DataWorks ${action}`,
          baseUrl: this.baseUrl,
          error,
          unsafeWrite: !repeatable,
          secrets: this.secrets,
          check: 'the endpoint',
          ambiguous: (message) => new DataWorksApiError(message, 0, undefined, undefined, true),
        });
      }
      let body: Record<string, unknown> = {};
      try {
        body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
      } catch {
        // Reported below.
      }
      const code = str(body['Code']) ?? str(body['ErrorCode']);
      const failed = !response.ok || body['Success'] === false;
      if (!failed) return { done: body as T };
      // An API-level throttling code is retried whatever the HTTP status.
      const retryable = repeatable
        ? isRetryableStatus(response.status, this.policy.statuses) || isRetryableCode(code)
        : isRetryableWriteStatus(response.status) || isNotAppliedCode(code);
      return {
        failed: { status: response.status, retryAfter: response.headers.get('retry-after'), retryable },
        reason: code ?? `HTTP ${response.status}`,
        giveUp: (_stop, attempts) => {
          const ambiguous = !repeatable && (response.status >= 500 || code === 'InternalError') && !isNotAppliedCode(code);
          throw this.apiError(action, response.status, body, text, code, attempts, ambiguous);
        },
      };
    });
  }

  private apiError(
    action: string,
    status: number,
    body: Record<string, unknown>,
    text: string,
    code: string | undefined,
    attempts: number,
    ambiguous: boolean,
  ) {
    const message = str(body['Message']) ?? str(body['ErrorMessage']) ?? text.slice(0, 200).trim();
    const requestId = str(body['RequestId']);
    let hint = '';
    if (code && /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken)/.test(code)) {
      hint = ' Check the AccessKey pair (and STS token) and the endpoint.';
    } else if (code && /Forbidden|NoPermission/i.test(code)) {
      hint = ' The RAM identity lacks permission: grant it AliyunDataWorksFullAccess or the image management actions.';
    }
    const retried = attempts > 1 ? ` after ${attempts} tries` : '';
    const what = sentence([code, message].filter((p) => p).join(': ') || 'no details');
    const text_ = `DataWorks ${action} failed (HTTP ${status}${retried}): ${what}${requestId ? ` RequestId: ${requestId}.` : ''}${hint}`;
    return new DataWorksApiError(redact(text_, this.secrets), status, code, requestId, ambiguous);
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
