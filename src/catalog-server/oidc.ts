/**
 * Keyless CI: the catalog accepts a GitHub Actions OIDC id-token as its bearer token. The token is
 * verified with `jose` against the issuer's published keys (discovered from
 * `<issuer>/.well-known/openid-configuration`, fetched once and cached; an unknown `kid` refetches,
 * at most every 30 s), must be issued by the configured issuer for the configured audience, be
 * within its lifetime, and be signed with an asymmetric algorithm — `alg: none` and HMAC are never
 * accepted. Its claims then earn scopes through the rules of claim-rules.ts.
 *
 * Configuration (environment of `catalog serve`): CATALOG_OIDC_AUDIENCE turns it on;
 * CATALOG_OIDC_ISSUER (default GitHub's), CATALOG_OIDC_RULES, CATALOG_OIDC_JWKS_URL (skip discovery).
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { parseClaimRules, scopesFor, type ClaimRule } from './claim-rules.js';
import type { Scope } from '../platform/catalog/types.js';

export const githubIssuer = 'https://token.actions.githubusercontent.com';

/** Signature algorithms with a public key; the issuer's JWKS decides which of them a key may use. */
const asymmetricAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface OidcConfig {
  issuer: string;
  audience: string;
  rules: ClaimRule[];
  /** The JWKS address; default from the issuer's discovery document. */
  jwksUrl?: string;
  /** Seconds of clock skew tolerated on exp/nbf/iat (default 5). */
  clockToleranceSeconds?: number;
}

export type OidcResult =
  | { ok: true; subject: string; claims: JWTPayload; scopes: Set<Scope> }
  /** The token is not acceptable: 401. */
  | { ok: false; unavailable: false; reason: string }
  /** The issuer's keys could not be fetched: 503, the token may be fine. */
  | { ok: false; unavailable: true; reason: string };

/** OIDC settings from the environment; undefined when CATALOG_OIDC_AUDIENCE is not set. Throws on bad settings. */
export function oidcConfigFromEnv(env: Record<string, string | undefined>): OidcConfig | undefined {
  const audience = env.CATALOG_OIDC_AUDIENCE?.trim();
  if (!audience) {
    if (env.CATALOG_OIDC_RULES?.trim())
      throw new Error('CATALOG_OIDC_RULES is set but CATALOG_OIDC_AUDIENCE is not: set the audience your workflows request');
    return undefined;
  }
  const issuer = (env.CATALOG_OIDC_ISSUER?.trim() || githubIssuer).replace(/\/+$/, '');
  for (const [name, value] of [
    ['CATALOG_OIDC_ISSUER', issuer],
    ['CATALOG_OIDC_JWKS_URL', env.CATALOG_OIDC_JWKS_URL?.trim()],
  ] as const) {
    if (!value) continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${name} '${value}' is not a URL`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      throw new Error(`${name} must be https:// (plain http only on loopback, for tests)`);
    }
  }
  const jwksUrl = env.CATALOG_OIDC_JWKS_URL?.trim();
  return { issuer, audience, rules: parseClaimRules(env.CATALOG_OIDC_RULES), ...(jwksUrl ? { jwksUrl } : {}) };
}

/** Three base64url parts: worth verifying as a JWT (a static token never looks like one). */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(token);
}

class IssuerUnavailable extends Error {}

export class OidcVerifier {
  private keys: JWTVerifyGetKey | undefined;
  private discovering: Promise<JWTVerifyGetKey> | undefined;

  constructor(
    readonly config: OidcConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** The key set, discovered once; a failed discovery is tried again by the next request. */
  private keySet(): Promise<JWTVerifyGetKey> {
    if (this.keys) return Promise.resolve(this.keys);
    this.discovering ??= this.discover().then(
      (keys) => (this.keys = keys),
      (error: unknown) => {
        this.discovering = undefined;
        throw error;
      },
    );
    return this.discovering;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    let jwksUrl = this.config.jwksUrl;
    if (!jwksUrl) {
      const where = `${this.config.issuer}/.well-known/openid-configuration`;
      let document: { issuer?: unknown; jwks_uri?: unknown };
      try {
        const response = await this.fetchImpl(where, { signal: AbortSignal.timeout(5_000), headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        document = (await response.json()) as typeof document;
      } catch (error) {
        throw new IssuerUnavailable(`cannot read ${where}: ${(error as Error).message}`);
      }
      if (document.issuer !== this.config.issuer || typeof document.jwks_uri !== 'string') {
        throw new IssuerUnavailable(`${where} does not describe the issuer ${this.config.issuer} with a jwks_uri`);
      }
      jwksUrl = document.jwks_uri;
    }
    return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  }

  async verify(token: string): Promise<OidcResult> {
    let keys: JWTVerifyGetKey;
    try {
      keys = await this.keySet();
    } catch (error) {
      return { ok: false, unavailable: true, reason: (error as Error).message };
    }
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: asymmetricAlgorithms,
        clockTolerance: this.config.clockToleranceSeconds ?? 5,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      return { ok: true, subject: String(payload.sub), claims: payload, scopes: scopesFor(this.config.rules, payload) };
    } catch (error) {
      return describeFailure(error);
    }
  }
}

function describeFailure(error: unknown): OidcResult {
  if (error instanceof errors.JWTExpired) return { ok: false, unavailable: false, reason: 'the OIDC token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reasons: Record<string, string> = {
      aud: 'the OIDC token is for another audience',
      iss: 'the OIDC token is from another issuer',
      nbf: 'the OIDC token is not valid yet',
      iat: 'the OIDC token has an invalid issue time',
    };
    return { ok: false, unavailable: false, reason: reasons[error.claim] ?? `the OIDC token's ${error.claim} claim is not acceptable` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return { ok: false, unavailable: false, reason: 'the OIDC token is not signed with an accepted algorithm' };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { ok: false, unavailable: false, reason: 'the OIDC token signature does not verify' };
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return { ok: false, unavailable: false, reason: 'the OIDC token is signed with a key the issuer does not publish' };
  }
  // Fetching the key set failed (timeout, HTTP error, no network): the token may well be good.
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError) || error.code === 'ERR_JOSE_GENERIC') {
    return { ok: false, unavailable: true, reason: `the issuer's keys cannot be fetched: ${(error as Error).message}` };
  }
  return { ok: false, unavailable: false, reason: 'the OIDC token is malformed' };
}
