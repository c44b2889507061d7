/**
 * Who calls: a bearer token that is either one of the static tokens of `CATALOG_TOKENS`
 * (`token:scope+scope,…`) or, when OIDC is configured, a GitHub Actions id-token (oidc.ts).
 * Static tokens are kept only as SHA-256 digests: lookups compare digests (no early-exit string
 * compare on the secret), and a caller is named in logs and records by a short digest prefix, never
 * the token; an OIDC caller is named by its subject (`oidc:repo:acme/ml:ref:refs/heads/main`).
 */
import { createHash } from 'node:crypto';
import { looksLikeJwt, type OidcVerifier } from './oidc.js';
import { scopes as knownScopes, type Scope } from '../platform/catalog/types.js';

export interface Principal {
  /** `token-<8 hex>` or `oidc:<subject>`: names the caller in logs and records without revealing a token. */
  name: string;
  scopes: ReadonlySet<Scope>;
}

export type TokenTable = ReadonlyMap<string, Principal>;

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Parses `token:scope+scope` entries separated by commas or newlines. Errors never quote a token.
 * Empty is an error unless `optional` (the catalog trusts OIDC tokens alone).
 */
export function parseTokens(spec: string | undefined, options: { optional?: boolean } = {}): TokenTable {
  const table = new Map<string, Principal>();
  const entries = (spec ?? '')
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    if (options.optional) return table;
    throw new Error('CATALOG_TOKENS is empty: set it to token:scope+scope,… (scopes: register, promote, read)');
  }
  for (const [index, entry] of entries.entries()) {
    const colon = entry.lastIndexOf(':');
    const token = colon > 0 ? entry.slice(0, colon) : '';
    const scopeList =
      colon > 0
        ? entry
            .slice(colon + 1)
            .split('+')
            .map((s) => s.trim())
        : [];
    if (!token || scopeList.length === 0 || scopeList.some((s) => !s)) {
      throw new Error(`CATALOG_TOKENS entry ${index + 1} is not token:scope+scope (scopes: register, promote, read)`);
    }
    const unknown = scopeList.filter((s) => !knownScopes.includes(s as Scope));
    if (unknown.length > 0) {
      throw new Error(
        `CATALOG_TOKENS entry ${index + 1} has unknown scope ${unknown.map((s) => `'${s}'`).join(', ')} (scopes: register, promote, read)`,
      );
    }
    if (token.length < 8) throw new Error(`CATALOG_TOKENS entry ${index + 1}: a token must have at least 8 characters`);
    const hash = digest(token);
    if (table.has(hash)) throw new Error(`CATALOG_TOKENS entry ${index + 1} repeats an earlier token`);
    table.set(hash, { name: `token-${hash.slice(0, 8)}`, scopes: new Set(scopeList as Scope[]) });
  }
  return table;
}

export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; status: 401; detail: string; challenge: string }
  | { ok: false; status: 403; detail: string; challenge: string; principal: Principal }
  /** The token could not be checked now (the OIDC issuer's keys are unreachable). */
  | { ok: false; status: 503; detail: string };

const realm = 'realm="image-actions catalog"';

/** `register` and `promote` include reading: a writer must read the state it changes (ETags). */
function holds(principal: Principal, scope: Scope): boolean {
  return principal.scopes.has(scope) || (scope === 'read' && (principal.scopes.has('register') || principal.scopes.has('promote')));
}

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? '')?.[1];
}

const missingToken: Authentication = { ok: false, status: 401, detail: 'send Authorization: Bearer <token>', challenge: `Bearer ${realm}` };

function invalidToken(detail: string): Authentication {
  return { ok: false, status: 401, detail, challenge: `Bearer ${realm}, error="invalid_token"` };
}

/** Checks a known principal against alternatives of required scopes (any one suffices). */
function authorize(principal: Principal, alternatives: Scope[][]): Authentication {
  if (alternatives.length > 0 && !alternatives.some((needed) => needed.every((scope) => holds(principal, scope)))) {
    const wanted = alternatives.map((needed) => needed.join('+')).join(' or ');
    const challenge = `Bearer ${realm}, error="insufficient_scope", scope="${alternatives[0]!.join(' ')}"`;
    const has = principal.scopes.size > 0 ? [...principal.scopes].join('+') : 'no scope (no rule matched its claims)';
    return { ok: false, status: 403, detail: `this operation needs the scope ${wanted}; the token has ${has}`, challenge, principal };
  }
  return { ok: true, principal };
}

/** Checks the Authorization header against the static tokens alone. */
export function authenticate(table: TokenTable, authorization: string | undefined, alternatives: Scope[][]): Authentication {
  const token = bearerToken(authorization);
  if (!token) return missingToken;
  const principal = table.get(digest(token));
  if (!principal) return invalidToken('the bearer token is not known to this catalog');
  return authorize(principal, alternatives);
}

/** Static tokens first; a token that looks like a JWT is then verified as an OIDC id-token, when configured. */
export class Authenticator {
  constructor(
    private readonly table: TokenTable,
    private readonly oidc?: OidcVerifier,
    private readonly onOidc?: (result: 'accepted' | 'rejected' | 'unavailable') => void,
  ) {}

  async authenticate(authorization: string | undefined, alternatives: Scope[][]): Promise<Authentication> {
    const token = bearerToken(authorization);
    if (!token) return missingToken;
    const known = this.table.get(digest(token));
    if (known) return authorize(known, alternatives);
    if (!this.oidc || !looksLikeJwt(token)) return invalidToken('the bearer token is not known to this catalog');
    const verified = await this.oidc.verify(token);
    if (!verified.ok) {
      this.onOidc?.(verified.unavailable ? 'unavailable' : 'rejected');
      if (verified.unavailable) return { ok: false, status: 503, detail: `${verified.reason}: retry shortly` };
      return invalidToken(verified.reason);
    }
    this.onOidc?.('accepted');
    // Bounded: the subject ends up in every record this caller writes and in the idempotency key space.
    const principal: Principal = { name: `oidc:${verified.subject.slice(0, 200)}`, scopes: verified.scopes };
    return authorize(principal, alternatives);
  }
}
