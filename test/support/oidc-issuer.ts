/**
 * A local OpenID Connect issuer shaped like GitHub Actions' (token.actions.githubusercontent.com):
 * `/.well-known/openid-configuration` naming `jwks_uri`, `/.well-known/jwks` with the public key,
 * and id-tokens with GitHub's claims signed by a test RSA key. Requests are counted, so tests can
 * see that the key set is fetched once and cached. `unavailable` makes both documents answer 503.
 */
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface TokenOptions {
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  /** Sign with a key the issuer does not publish (same kid). */
  foreignKey?: boolean;
  claims?: Record<string, unknown>;
}

export interface OidcIssuer {
  issuer: string;
  audience: string;
  /** A GitHub-shaped id-token (repository acme/ml, ref refs/heads/main unless overridden). */
  token: (options?: TokenOptions) => Promise<string>;
  /** The same claims, `alg: none`, no signature. */
  unsignedToken: (options?: TokenOptions) => string;
  requests: string[];
  unavailable: boolean;
  stop: () => Promise<void>;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export async function startOidcIssuer(audience = 'https://catalog.example.com'): Promise<OidcIssuer> {
  const key = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(key.publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const requests: string[] = [];
  const state = { unavailable: false };
  let issuer = '';
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    if (state.unavailable) return void response.writeHead(503).end();
    if (request.url === '/.well-known/openid-configuration') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(
        JSON.stringify({ issuer, jwks_uri: `${issuer}/.well-known/jwks`, id_token_signing_alg_values_supported: ['RS256'] }),
      );
    }
    if (request.url === '/.well-known/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ keys: [jwk] }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const claimsFor = (options: TokenOptions): JWTPayload => {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = options.expiresIn ?? 300;
    return {
      jti: `jti-${Math.random().toString(16).slice(2)}`,
      sub: 'repo:acme/ml:ref:refs/heads/main',
      aud: options.audience ?? audience,
      iss: options.issuer ?? issuer,
      iat: Math.min(now, now + expiresIn - 60),
      nbf: Math.min(now, now + expiresIn - 60) - 5,
      exp: now + expiresIn,
      repository: 'acme/ml',
      repository_owner: 'acme',
      repository_id: '123456',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      event_name: 'push',
      workflow: 'Build image',
      job_workflow_ref: 'acme/ml/.github/workflows/build.yml@refs/heads/main',
      run_id: '1',
      actor: 'octocat',
      runner_environment: 'github-hosted',
      ...options.claims,
    };
  };

  return {
    issuer,
    audience,
    requests,
    get unavailable() {
      return state.unavailable;
    },
    set unavailable(value: boolean) {
      state.unavailable = value;
    },
    token: async (options = {}) => {
      const claims = claimsFor(options);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key-1', typ: 'JWT' })
        .sign(options.foreignKey ? foreign.privateKey : key.privateKey);
    },
    unsignedToken: (options = {}) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsFor(options))}.`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
