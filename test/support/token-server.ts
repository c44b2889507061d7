/**
 * A distribution token server on loopback, for registries configured with `auth.token`: it checks
 * Basic credentials (or an OAuth2 refresh token), and issues RS256 JWTs signed with a key whose
 * self-signed certificate is the registry's `rootcertbundle`. Distribution 2.8 finds the signing
 * key by the JWT header's `kid`, the libtrust key id of that public key (computed below).
 * It records every token request so tests can count them (token reuse per scope).
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TokenServerOptions {
  /** username → password. */
  users?: Record<string, string>;
  /** OAuth2 refresh token (Docker's `identitytoken`) → username. */
  identityTokens?: Record<string, string>;
  /**
   * Which of the requested actions a user gets on a repository. Default: a known user gets what
   * it asks for; anonymous requests get nothing (the registry then answers 401).
   */
  permit?: (user: string | undefined, repository: string, actions: string[]) => string[];
  /** Token lifetime. Default 300 s. */
  expiresInSeconds?: number;
}

export interface TokenRequestRecord {
  method: string;
  user?: string;
  /** The `scope` parameters as sent, in order. */
  scopes: string[];
  status: number;
}

export interface TokenServer {
  /** `http://127.0.0.1:<port>/token` */
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate of the signing key (the registry's rootcertbundle). */
  certPath: string;
  requests: TokenRequestRecord[];
  /** Every token handed out (tests assert none shows up in messages or logs). */
  issuedTokens: string[];
  /** The `auth:` section for the registry's config.yml. */
  registryAuthConfig: () => string;
  stop: () => Promise<void>;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** RFC 4648 base32 without padding. */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** libtrust's key id: base32 of the first 240 bits of sha256(DER SubjectPublicKeyInfo), in 4-char groups joined by ':'. */
export function libtrustKeyId(publicKeyDer: Buffer): string {
  const encoded = base32(createHash('sha256').update(publicKeyDer).digest().subarray(0, 30));
  return encoded.match(/.{1,4}/g)?.join(':') ?? encoded;
}

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first === -1 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter(Boolean),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTokenServer(options: TokenServerOptions = {}): Promise<TokenServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'token-server-'));
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=image-actions test token issuer',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const privateKey = createPrivateKey(readFileSync(keyPath));
  const kid = libtrustKeyId(createPublicKey(readFileSync(certPath)).export({ type: 'spki', format: 'der' }));
  const service = 'image-actions-test-registry';
  const issuer = 'image-actions-test-issuer';
  const users = options.users ?? {};
  const identityTokens = options.identityTokens ?? {};
  const permit = options.permit ?? ((user, _repository, actions) => (user ? actions : []));
  const lifetime = options.expiresInSeconds ?? 300;
  const requests: TokenRequestRecord[] = [];
  const issuedTokens: string[] = [];

  const sign = (user: string | undefined, scopes: string[]) => {
    const now = Math.floor(Date.now() / 1000);
    const access = scopes
      .map(parseScope)
      .filter((scope): scope is NonNullable<typeof scope> => scope !== undefined && scope.type === 'repository')
      .map((scope) => ({ type: 'repository', name: scope.name, actions: permit(user, scope.name, scope.actions) }));
    const header = { typ: 'JWT', alg: 'RS256', kid };
    const claims = { iss: issuer, sub: user ?? '', aud: service, exp: now + lifetime, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(input).sign(privateKey);
    const token = `${input}.${base64url(signature)}`;
    issuedTokens.push(token);
    return token;
  };

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://token');
      if (url.pathname !== '/token') return answer(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'no such endpoint' }] });
      let user: string | undefined;
      let scopes = url.searchParams.getAll('scope');
      let ok = true;
      if (req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
        user = form.get('grant_type') === 'refresh_token' ? identityTokens[form.get('refresh_token') ?? ''] : undefined;
        if (form.get('grant_type') === 'password')
          user = users[form.get('username') ?? ''] === form.get('password') ? (form.get('username') ?? undefined) : undefined;
        ok = user !== undefined;
      } else {
        const authorization = req.headers.authorization ?? '';
        if (authorization.startsWith('Basic ')) {
          const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          const name = decoded.slice(0, colon);
          ok = colon !== -1 && users[name] !== undefined && users[name] === decoded.slice(colon + 1);
          if (ok) user = name;
        }
      }
      const status = ok ? 200 : 401;
      requests.push({ method: req.method ?? 'GET', ...(user ? { user } : {}), scopes, status });
      if (!ok) return answer(res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] });
      const token = sign(user, scopes);
      const issuedAt = new Date().toISOString();
      answer(
        res,
        200,
        req.method === 'POST'
          ? { access_token: token, expires_in: lifetime, issued_at: issuedAt }
          : { token, access_token: token, expires_in: lifetime, issued_at: issuedAt },
      );
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const realm = `http://127.0.0.1:${port}/token`;
  return {
    realm,
    service,
    issuer,
    certPath,
    requests,
    issuedTokens,
    registryAuthConfig: () =>
      [
        'auth:',
        '  token:',
        `    realm: ${realm}`,
        `    service: ${service}`,
        `    issuer: ${issuer}`,
        `    rootcertbundle: ${certPath}`,
      ].join('\n'),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
