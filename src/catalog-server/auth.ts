/**
 * Bearer tokens of the reference server, configured as `CATALOG_TOKENS=token:scope+scope,…`.
 * Tokens are kept only as SHA-256 digests: lookups compare digests (no early-exit string compare on
 * the secret), and a caller is named in logs and records by a short digest prefix, never the token.
 */
import { createHash } from 'node:crypto';
import { scopes as knownScopes, type Scope } from '../platform/catalog/types.js';

export interface Principal {
  /** `token-<8 hex>`: names the caller in logs and records without revealing the token. */
  name: string;
  scopes: ReadonlySet<Scope>;
}

export type TokenTable = ReadonlyMap<string, Principal>;

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Parses `token:scope+scope` entries separated by commas or newlines. Errors never quote a token. */
export function parseTokens(spec: string | undefined): TokenTable {
  const table = new Map<string, Principal>();
  const entries = (spec ?? '')
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
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
  | { ok: false; status: 403; detail: string; challenge: string; principal: Principal };

const realm = 'realm="image-actions catalog"';

/** `register` and `promote` include reading: a writer must read the state it changes (ETags). */
function holds(principal: Principal, scope: Scope): boolean {
  return principal.scopes.has(scope) || (scope === 'read' && (principal.scopes.has('register') || principal.scopes.has('promote')));
}

/** Checks the Authorization header against alternatives of required scopes (any one suffices). */
export function authenticate(table: TokenTable, authorization: string | undefined, alternatives: Scope[][]): Authentication {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? '');
  if (!match) {
    return { ok: false, status: 401, detail: 'send Authorization: Bearer <token>', challenge: `Bearer ${realm}` };
  }
  const principal = table.get(digest(match[1]!));
  if (!principal) {
    return {
      ok: false,
      status: 401,
      detail: 'the bearer token is not known to this catalog',
      challenge: `Bearer ${realm}, error="invalid_token"`,
    };
  }
  if (alternatives.length > 0 && !alternatives.some((needed) => needed.every((scope) => holds(principal, scope)))) {
    const wanted = alternatives.map((needed) => needed.join('+')).join(' or ');
    const challenge = `Bearer ${realm}, error="insufficient_scope", scope="${alternatives[0]!.join(' ')}"`;
    return {
      ok: false,
      status: 403,
      detail: `this operation needs the scope ${wanted}; the token has ${[...principal.scopes].join('+')}`,
      challenge,
      principal,
    };
  }
  return { ok: true, principal };
}
