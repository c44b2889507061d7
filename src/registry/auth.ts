/**
 * Answers a registry's `WWW-Authenticate` challenge: nothing (anonymous registries), Basic, or a
 * Bearer token from the challenge's realm for exactly the scopes a request needs (the distribution
 * token spec). Tokens are cached per scope set until shortly before they expire and reused.
 */
import type { Challenge } from './challenge.js';
import { pickChallenge } from './challenge.js';
import type { Credential, CredentialSource } from './credentials.js';
import { httpError, RegistryError } from './errors.js';
import { isInsecureRegistry } from '../core/registry-hosts.js';

export interface AuthTarget {
  /** For credentials and messages (`docker.io`). */
  registry: string;
  /** Where the API is (`registry-1.docker.io`): challenges are per API host. */
  apiHost: string;
}

/** What to send, and whose credentials it carries (for messages). */
export interface Authorization {
  header?: string;
  kind: 'none' | 'basic' | 'bearer';
  credentialSource?: string;
}

/** One token request, retried by the caller's transport; returns the status and the body. */
export type TokenFetch = (
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  context: { registry: string; action: string },
) => Promise<{ status: number; statusText: string; text: string; gaveUp?: string }>;

interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface AuthorizerOptions {
  credentials: CredentialSource;
  fetchToken: TokenFetch;
  mask: (secret: string) => void;
  log: (line: string) => void;
  now: () => number;
  insecureRegistries: readonly string[];
  clientId?: string;
}

/** Tokens count as expired this long before the server says, so a request never races the expiry. */
const expiryMarginMs = 10_000;
/** The token spec's minimum lifetime when a server gives none. */
const defaultTokenLifetimeS = 60;

export class Authorizer {
  private readonly challenges = new Map<string, Challenge | null>();
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();
  /** Token requests sent to realms (what a test counts to see reuse). */
  tokenRequests = 0;

  constructor(private readonly options: AuthorizerOptions) {}

  /** Whether we have seen this API host's challenge (or its absence) yet. */
  knows(apiHost: string): boolean {
    return this.challenges.has(apiHost);
  }

  /** Records the challenge of a 401 (or that a host answered without one). Returns what we can answer. */
  learn(apiHost: string, challenges: Challenge[]): Challenge | undefined {
    const picked = pickChallenge(challenges);
    this.challenges.set(apiHost, picked ?? null);
    return picked;
  }

  /** Forget tokens for these scopes (a 401 with a token means it expired or was revoked). */
  invalidate(target: AuthTarget, scopes: readonly string[]): void {
    const challenge = this.challenges.get(target.apiHost);
    if (challenge) this.tokens.delete(this.tokenKey(challenge, scopes));
  }

  async authorization(target: AuthTarget, scopes: readonly string[]): Promise<Authorization> {
    const challenge = this.challenges.get(target.apiHost);
    if (!challenge) return { kind: 'none' };
    const credential = await this.options.credentials(target.registry);
    if (challenge.scheme === 'basic') {
      if (!credential?.password || credential.username === undefined) {
        return credential ? { kind: 'none', credentialSource: credential.source } : { kind: 'none' };
      }
      const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
      this.options.mask(value);
      return { header: `Basic ${value}`, kind: 'basic', credentialSource: credential.source };
    }
    if (credential?.registryToken) {
      return { header: `Bearer ${credential.registryToken}`, kind: 'bearer', credentialSource: credential.source };
    }
    const token = await this.token(target, challenge, scopes, credential);
    return { header: `Bearer ${token}`, kind: 'bearer', ...(credential ? { credentialSource: credential.source } : {}) };
  }

  private tokenKey(challenge: Challenge, scopes: readonly string[]): string {
    return [challenge.params.realm ?? '', challenge.params.service ?? '', ...[...scopes].sort()].join('\n');
  }

  private async token(
    target: AuthTarget,
    challenge: Challenge,
    scopes: readonly string[],
    credential: Credential | undefined,
  ): Promise<string> {
    const key = this.tokenKey(challenge, scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.options.now()) return cached.token;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.requestToken(target, challenge, scopes, credential).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  private async requestToken(
    target: AuthTarget,
    challenge: Challenge,
    scopes: readonly string[],
    credential: Credential | undefined,
  ): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm)
      throw new RegistryError(
        `${target.registry} asked for a bearer token but named no realm to get it from`,
        target.registry,
        undefined,
        401,
      );
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new RegistryError(`${target.registry} named an invalid token realm "${realm}"`, target.registry, undefined, 401);
    }
    const sendsSecret = Boolean(credential?.password || credential?.identityToken);
    if (sendsSecret && realmUrl.protocol !== 'https:' && !isInsecureRegistry(realmUrl.host, this.options.insecureRegistries)) {
      throw new RegistryError(
        `${target.registry} asks for credentials at ${realmUrl.origin}, which is not HTTPS; refusing to send them in clear text (list the host in insecure-registries if that is intended)`,
        target.registry,
        undefined,
      );
    }
    const service = challenge.params.service;
    const context = { registry: target.registry, action: `getting a token from ${realmUrl.origin}${realmUrl.pathname}` };
    this.tokenRequests++;
    this.options.log(`token request to ${realmUrl.origin}${realmUrl.pathname} for ${scopes.join(' ') || '(no scope)'}`);
    let answer: Awaited<ReturnType<TokenFetch>>;
    if (credential?.identityToken) {
      // OAuth2 refresh-token grant, as the Docker CLI does with an identity token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.identityToken,
        client_id: this.options.clientId ?? 'image-actions',
      });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      answer = await this.options.fetchToken(
        realmUrl.toString(),
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() },
        context,
      );
    } else {
      const url = new URL(realmUrl);
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (credential?.password && credential.username !== undefined) {
        url.searchParams.set('account', credential.username);
        const value = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
        this.options.mask(value);
        headers.authorization = `Basic ${value}`;
      }
      answer = await this.options.fetchToken(url.toString(), { method: 'GET', headers }, context);
    }
    if (answer.status !== 200) {
      throw httpError(answer.status, answer.statusText, answer.text, {
        ...context,
        ...(credential ? { credentialSource: credential.source } : {}),
        ...(answer.gaveUp ? { gaveUp: answer.gaveUp } : {}),
      });
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      throw new RegistryError(
        `The token server at ${realmUrl.origin} for ${target.registry} answered 200 without JSON`,
        target.registry,
        undefined,
        200,
      );
    }
    const token =
      typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : '';
    if (!token)
      throw new RegistryError(
        `The token server at ${realmUrl.origin} for ${target.registry} returned no token`,
        target.registry,
        undefined,
        200,
      );
    this.options.mask(token);
    const lifetimeS = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : defaultTokenLifetimeS;
    this.tokens.set(this.tokenKey(challenge, scopes), { token, expiresAt: this.options.now() + lifetimeS * 1000 - expiryMarginMs });
    return token;
  }
}
