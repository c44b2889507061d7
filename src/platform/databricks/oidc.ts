import { StepError } from '../../core/errors.js';
import { type PlatformLog } from '../log.js';
import { redact } from '../../runtime/redact.js';
import { normalizeWorkspaceUrl } from './client.js';
import { failureReason } from '../retry-policy.js';
import { type HttpAnswer, type HttpFetch, httpTransport } from '../../runtime/http-transport.js';

/**
 * Keyless CI for Databricks: trade the job's GitHub OIDC id-token for a workspace OAuth access
 * token (RFC 8693 token exchange at `/oidc/v1/token`, workload identity federation). The caller
 * fetches the id-token with `core.getIDToken(audience)`; the federation policy of the service
 * principal decides which repositories, refs and environments may do this.
 */

export interface OidcExchangeOptions {
  /** Workspace URL. */
  host: string;
  /** The GitHub Actions id-token (a JWT). */
  idToken: string;
  /** Service principal application id, when the federation policy is on a service principal. */
  clientId?: string;
  /** Defaults to `all-apis`. */
  scope?: string;
  log: PlatformLog;
  fetch?: HttpFetch;
}

export interface OidcExchangeResult {
  accessToken: string;
  expiresIn?: number;
}

export async function exchangeGithubOidcToken(options: OidcExchangeOptions): Promise<OidcExchangeResult> {
  options.log.setSecret(options.idToken);
  const url = `${normalizeWorkspaceUrl(options.host)}/oidc/v1/token`;
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: options.idToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    scope: options.scope ?? 'all-apis',
  });
  if (options.clientId) form.set('client_id', options.clientId);
  const secrets = [options.idToken];
  let response: HttpAnswer;
  try {
    response = await (options.fetch ?? httpTransport)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
  } catch (error) {
    const reason = failureReason(error);
    throw new StepError(`Databricks OIDC token exchange: cannot reach ${url} (${reason}). Check the workspace URL.`);
  }
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Reported below with the raw start of the body.
  }
  const accessToken = body['access_token'];
  if (response.ok && typeof accessToken === 'string' && accessToken !== '') {
    options.log.setSecret(accessToken);
    const expiresIn = body['expires_in'];
    return { accessToken, ...(typeof expiresIn === 'number' ? { expiresIn } : {}) };
  }
  const error = typeof body['error'] === 'string' ? body['error'] : undefined;
  const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
  const what = [error, description].filter((part) => part).join(': ') || text.slice(0, 200).trim() || 'no details';
  throw new StepError(
    redact(
      `Databricks refused the GitHub OIDC token exchange (HTTP ${response.status}): ${what}. ` +
        'Check the federation policy of the service principal: issuer https://token.actions.githubusercontent.com, ' +
        "the audience passed to getIDToken, and the subject (repository, ref or environment); the workflow needs 'permissions: id-token: write'.",
      secrets,
    ),
  );
}
