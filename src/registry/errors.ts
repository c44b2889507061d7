/**
 * Registry failures as one clear sentence: what we were doing, which registry and repository,
 * the HTTP status and the registry's own error code, and what the user can do about it.
 */
import { StepError } from '../core/errors.js';
import { errorChain, isRetryableStatus, isTransientNetworkError } from '../core/retry.js';

export interface RegistryContext {
  /** `127.0.0.1:5000`, `ghcr.io`, `docker.io`. */
  registry: string;
  repository?: string;
  /** What we were doing: `checking manifest h1-abc`, `uploading blob sha256:…`. */
  action: string;
  /** Where the credentials came from, when some were sent. */
  credentialSource?: string;
  /** Set when retries ran out: `after 5 attempts in 12 s`. */
  gaveUp?: string;
  /** The 401 said `error="insufficient_scope"`: authenticated, but not allowed. */
  insufficientScope?: boolean;
}

export class RegistryError extends StepError {
  constructor(
    message: string,
    readonly registry: string,
    readonly repository: string | undefined,
    readonly status?: number,
    readonly code?: string,
    options?: { cause?: unknown; transient?: boolean },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.transient = options?.transient ?? false;
  }

  /** Another try later might succeed (429, 5xx, a dropped connection): a whole-operation retry may go again. */
  readonly transient: boolean;
}

/** The `errors` array of a distribution error body: `{"errors":[{"code":"DENIED","message":"…"}]}`. */
export function parseErrorBody(text: string): Array<{ code: string; message: string }> {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    return (body.errors ?? []).map((entry) => ({
      code: typeof entry.code === 'string' ? entry.code : 'UNKNOWN',
      message: typeof entry.message === 'string' ? entry.message : '',
    }));
  } catch {
    return [];
  }
}

function where(context: RegistryContext): string {
  return context.repository ? `${context.registry} for ${context.repository}` : context.registry;
}

function advice(status: number, context: RegistryContext, codes: string[]): string {
  if (status === 401 && context.insufficientScope && context.credentialSource) {
    return `the account from ${context.credentialSource} is not allowed to do this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
  }
  if (status === 401) {
    return context.credentialSource
      ? `the credentials from ${context.credentialSource} were rejected: check registry-username/registry-password or run docker login ${context.registry}`
      : `no credentials were found for ${context.registry}: set registry-username/registry-password or run docker login ${context.registry}`;
  }
  if (status === 403 || codes.includes('DENIED')) {
    return `the account has no permission for this on ${context.repository ?? 'the repository'}: grant it pull/push access, or check the image name`;
  }
  if (status === 404) return `check the image name and that ${context.registry} serves it`;
  if (status === 429) return 'the registry is rate limiting: authenticate (anonymous limits are lower) or retry later';
  if (status >= 500) return 'the registry failed on its side: retry later, or check the registry status page';
  if (status === 400 && codes.some((code) => /INVALID/.test(code))) return 'the registry refused the content it was sent';
  return 'see the registry error above';
}

/** An error for an HTTP answer we cannot go on with. The body text may be empty (HEAD). */
export function httpError(status: number, statusText: string, bodyText: string, context: RegistryContext): RegistryError {
  const errors = parseErrorBody(bodyText);
  const codes = errors.map((entry) => entry.code);
  const detail = errors.length
    ? ` (${errors
        .map((entry) => `${entry.code}${entry.message ? `: ${entry.message}` : ''}`)
        .join('; ')
        .slice(0, 300)})`
    : '';
  const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
  const message = `Registry error while ${context.action}: HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${where(context)}${detail}${gaveUp}; ${advice(status, context, codes)}`;
  return new RegistryError(message, context.registry, context.repository, status, codes[0], { transient: isRetryableStatus(status) });
}

/** An error for a request that got no HTTP answer at all. */
export function networkError(error: unknown, context: RegistryContext, scheme: 'http' | 'https'): RegistryError {
  const chain = errorChain(error);
  const code = chain.map((link) => link.code).find((c) => c !== undefined);
  const innermost = chain[chain.length - 1]?.message ?? String(error);
  let hint = 'check the registry address and that it is reachable from this runner';
  if (code === 'ECONNREFUSED') hint = `nothing listens at ${context.registry}: is the registry running, and is the port right?`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    hint = `the host name of ${context.registry} does not resolve: check the image reference`;
  else if (
    scheme === 'https' &&
    chain.some((link) => /wrong version number|EPROTO|certificate|self[- ]signed|ERR_SSL/i.test(`${link.code ?? ''} ${link.message}`))
  ) {
    hint = `TLS failed: if ${context.registry} speaks plain HTTP, list it in insecure-registries`;
  }
  const gaveUp = context.gaveUp ? `, ${context.gaveUp}` : '';
  return new RegistryError(
    `Registry unreachable while ${context.action}: ${where(context)}: ${code ? `${code} ` : ''}${innermost}${gaveUp}; ${hint}`,
    context.registry,
    context.repository,
    undefined,
    code,
    { cause: error, transient: isTransientNetworkError(error) },
  );
}
