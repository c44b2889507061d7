/**
 * Keyless CI against the real server: a catalog configured with GitHub OIDC (a local issuer with a
 * test key) and no static token at all. The register action, given only `oidc-audience`, registers
 * and attaches with the job's id-token; bad tokens get 401 with an RFC 9457 body and a Bearer
 * challenge; a token whose claims earn no scope gets 403; an unreachable issuer is a 503 with
 * Retry-After; no token ever reaches the log.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as runRegister } from '../../src/actions/register/main.js';
import { parseClaimRules } from '../../src/catalog-server/claim-rules.js';
import { runInProcess } from '../harness/in-process.js';
import { startCatalogInProcess, tempDb, type CatalogFixture } from '../support/catalog-server.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';
import { api, digestOf, expectProblem, versionBody } from '../platform/catalog/api.js';

let issuer: OidcIssuer;
let catalog: CatalogFixture;
let cleanup: () => void;
const seenTokens: string[] = [];

async function token(options: Parameters<OidcIssuer['token']>[0] = {}): Promise<string> {
  const value = await issuer.token(options);
  seenTokens.push(value);
  return value;
}

beforeAll(async () => {
  issuer = await startOidcIssuer('https://catalog.acme.dev');
  const temp = tempDb();
  cleanup = temp.cleanup;
  catalog = await startCatalogInProcess({
    tokens: '',
    db: temp.db,
    oidc: {
      issuer: issuer.issuer,
      audience: issuer.audience,
      rules: parseClaimRules(
        'repository == "acme/ml" && ref == "refs/heads/main" -> register\nrepository == "acme/ml" && environment == "production" -> promote',
      ),
    },
  });
  // Read-only scenario: an image that exists, so refusals below are about the token, not a missing image.
  expect((await api(catalog.url, 'POST', '/v1/images', { token: await token(), body: { name: 'guarded' } })).status).toBe(201);
});

afterAll(async () => {
  // Whatever ran, in whatever order: none of the tokens handed out reached the log.
  try {
    for (const seen of seenTokens) expect(catalog.logs()).not.toContain(seen);
  } finally {
    await catalog.stop();
    await issuer.stop();
    cleanup();
  }
});

/** The value of one `catalog_oidc_tokens_total` series (0 while absent). */
async function oidcCount(result: 'accepted' | 'rejected'): Promise<number> {
  const metrics = await (await fetch(`${catalog.url}/metrics`)).text();
  const line = new RegExp(`^catalog_oidc_tokens_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(metrics);
  return line ? Number(line[1]) : 0;
}

describe('GitHub OIDC trust', () => {
  test('the register action with oidc-audience only registers and attaches (no stored token)', async () => {
    const audiences: string[] = [];
    const idToken = await token();
    const digest = digestOf('7');
    const result = await runInProcess(
      'register',
      () =>
        runRegister({
          readIdToken: async (audience) => {
            audiences.push(audience);
            return idToken;
          },
        }),
      {
        inputs: {
          platform: 'catalog',
          endpoint: catalog.url,
          'oidc-audience': issuer.audience,
          'image-name': 'ml-runtime',
          image: `127.0.0.1:5000/acme/ml@${digest}`,
          hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
          commit: 'c'.repeat(40),
          version: '1.0.0',
          targets: 'resource-group/rg-prod',
        },
      },
    );
    expect(result.thrown).toBeUndefined();
    expect(result.exitCode ?? 0).toBe(0);
    expect(audiences).toEqual([issuer.audience]);
    expect(result.outputs).toMatchObject({ version: '1.0.0', created: 'true' });
    expect(JSON.parse(result.outputs.attachments!)).toEqual([expect.objectContaining({ target: 'resource-group/rg-prod', changed: true })]);
    // The id-token is masked at once (`::add-mask::`, which the runner consumes) and shown nowhere else.
    expect(result.log).toContain(`::add-mask::${idToken}`);
    const visible = result.allText
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(visible).not.toContain(idToken);
    const stored = await api(catalog.url, 'GET', '/v1/images/ml-runtime/versions/1.0.0', { token: await token() });
    expect(stored.body).toMatchObject({ version: '1.0.0', digest });
    expect(catalog.logs()).toContain('"caller":"oidc:repo:acme/ml:ref:refs/heads/main"');
  });

  test('promote needs the production environment: without it 403 insufficient_scope, with it 201', async () => {
    const main = await token();
    expect((await api(catalog.url, 'POST', '/v1/images', { token: main, body: { name: 'promoted' } })).status).toBe(201);
    expect(
      (await api(catalog.url, 'POST', '/v1/images/promoted/versions', { token: main, body: versionBody('1.0.0', digestOf('b')) })).status,
    ).toBe(201);
    const refused = await api(catalog.url, 'POST', '/v1/images/promoted/channels/production/promotions', {
      token: main,
      body: { version: '1.0.0' },
    });
    expectProblem(refused, 403, 'forbidden');
    expect(refused.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    expect(refused.body.detail).toContain('the token has register');
    const production = await token({ claims: { environment: 'production' } });
    const promoted = await api(catalog.url, 'POST', '/v1/images/promoted/channels/production/promotions', {
      token: production,
      body: { version: '1.0.0' },
    });
    expect(promoted.status).toBe(201);
  });

  test('a token that satisfies no rule can do nothing, not even read', async () => {
    const feature = await token({ claims: { ref: 'refs/heads/feature' } });
    const answer = await api(catalog.url, 'GET', '/v1/images/guarded', { token: feature });
    expectProblem(answer, 403, 'forbidden');
    expect(answer.body.detail).toContain('no scope (no rule matched its claims)');
  });

  test.each([
    ['expired', () => token({ expiresIn: -120 }), 'the OIDC token has expired'],
    ['for another audience', () => token({ audience: 'https://other.example.com' }), 'the OIDC token is for another audience'],
    [
      'from another issuer',
      () => token({ issuer: 'https://token.actions.githubusercontent.com' }),
      'the OIDC token is from another issuer',
    ],
    ['unsigned (alg: none)', async () => issuer.unsignedToken(), 'the OIDC token is not signed with an accepted algorithm'],
    ['signed with another key', () => token({ foreignKey: true }), 'the OIDC token signature does not verify'],
  ])('a token %s is a 401 problem with a Bearer invalid_token challenge', async (_what, make, reason) => {
    const bad = await make();
    const answer = await api(catalog.url, 'POST', '/v1/images/guarded/versions', {
      token: bad,
      body: versionBody('9.9.9', digestOf('9')),
    });
    expectProblem(answer, 401, 'unauthorized');
    expect(answer.body.detail).toBe(reason);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="image-actions catalog", error="invalid_token"');
    expect(answer.text).not.toContain(bad);
    expectProblem(await api(catalog.url, 'GET', '/v1/images/guarded/versions/9.9.9', { token: await token() }), 404, 'not-found');
  });

  test('a static-looking token is unknown (no static tokens are configured)', async () => {
    expectProblem(await api(catalog.url, 'GET', '/v1/images/guarded', { token: 'not-a-jwt-token' }), 401, 'unauthorized');
  });

  test('no token reaches the log; OIDC results are counted in /metrics', async () => {
    const before = { accepted: await oidcCount('accepted'), rejected: await oidcCount('rejected') };
    const good = await token();
    const expired = await token({ expiresIn: -120 });
    expect((await api(catalog.url, 'GET', '/v1/images/guarded', { token: good })).status).toBe(200);
    expectProblem(await api(catalog.url, 'GET', '/v1/images/guarded', { token: expired }), 401, 'unauthorized');
    const metrics = await (await fetch(`${catalog.url}/metrics`)).text();
    expect(metrics).toMatch(/^catalog_oidc_tokens_total\{result="accepted"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^catalog_oidc_tokens_total\{result="rejected"\} [1-9]\d*$/m);
    expect(await oidcCount('accepted')).toBe(before.accepted + 1);
    expect(await oidcCount('rejected')).toBe(before.rejected + 1);
    for (const seen of [good, expired]) expect(catalog.logs()).not.toContain(seen);
    expect(catalog.logs()).toContain('"caller":"oidc:repo:acme/ml:ref:refs/heads/main"');
  });
});

describe('an issuer that cannot be reached', () => {
  test('is a 503 with Retry-After (the token may be fine), and a good token works once it is back', async () => {
    const cold = await startOidcIssuer('https://catalog.acme.dev');
    const temp = tempDb();
    const server = await startCatalogInProcess({
      tokens: '',
      db: temp.db,
      oidc: { issuer: cold.issuer, audience: cold.audience, rules: parseClaimRules('repository == "acme/ml" -> read') },
    });
    try {
      cold.unavailable = true;
      const answer = await api(server.url, 'GET', '/v1/images/none', { token: await cold.token() });
      expectProblem(answer, 503, 'oidc-unavailable');
      expect(answer.headers.get('retry-after')).toBe('5');
      cold.unavailable = false;
      expectProblem(await api(server.url, 'GET', '/v1/images/none', { token: await cold.token() }), 404, 'not-found');
    } finally {
      await server.stop();
      await cold.stop();
      temp.cleanup();
    }
  });
});
