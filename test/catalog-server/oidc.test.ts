/**
 * GitHub OIDC trust, in pieces: claim rules (parse and match) as tables, the settings from the
 * environment, and the verifier against a local issuer with a test key (discovery, JWKS cached,
 * expired / wrong audience / wrong issuer / `alg: none` / wrongly signed / malformed tokens refused,
 * an unreachable issuer reported as unavailable rather than as a bad token).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseClaimRules, scopesFor } from '../../src/catalog-server/claim-rules.js';
import { githubIssuer, looksLikeJwt, oidcConfigFromEnv, OidcVerifier } from '../../src/catalog-server/oidc.js';
import { startOidcIssuer, type OidcIssuer } from '../support/oidc-issuer.js';

const rules = [
  'repository == "acme/ml" && ref == "refs/heads/main" -> register',
  'repository == "acme/ml" && environment == "production" -> promote',
  '# release tags of any acme repository',
  'repository_owner == "acme" && ref =~ "refs/tags/v*" -> register+promote',
].join('\n');

const github = (claims: Record<string, unknown>) => ({
  repository: 'acme/ml',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  ...claims,
});

describe('claim rules', () => {
  test.each([
    ['main of acme/ml', github({}), ['register']],
    ['main of acme/ml in the production environment', github({ environment: 'production' }), ['promote', 'register']],
    ['a feature branch', github({ ref: 'refs/heads/feature' }), []],
    ['a release tag of another acme repository', github({ repository: 'acme/web', ref: 'refs/tags/v1.2.0' }), ['promote', 'register']],
    ['a tag that is not a release', github({ ref: 'refs/tags/nightly' }), []],
    ['another owner with the same names', github({ repository: 'evil/ml', repository_owner: 'evil' }), []],
    ['a missing ref claim', { repository: 'acme/ml', repository_owner: 'acme' }, []],
    ['the production environment of another repository', github({ repository: 'acme/web', environment: 'production' }), []],
  ])('%s earns %j', (_what, claims, scopes) => {
    expect([...scopesFor(parseClaimRules(rules), claims)].sort()).toEqual(scopes);
  });

  test('!= and a numeric claim compare as text; ; separates rules', () => {
    const parsed = parseClaimRules('repository_id == "123" && event_name != "pull_request" -> read; repository == "a/b" -> register');
    expect(parsed).toHaveLength(2);
    expect([...scopesFor(parsed, { repository_id: 123, event_name: 'push' })]).toEqual(['read']);
    expect([...scopesFor(parsed, { repository_id: 123, event_name: 'pull_request' })]).toEqual([]);
  });

  test.each([
    ['', 'CATALOG_OIDC_RULES is empty'],
    ['repository == "acme/ml"', 'rule 1 has no "-> scope"'],
    ['repository == "acme/ml" -> admin', "rule 1 grants 'admin'"],
    ['repository = "acme/ml" -> register', 'has a condition \'repository = "acme/ml"\''],
    ['repository == acme/ml -> register', 'has a condition'],
    ['environment == "production" -> promote', 'rule 1 does not pin a repository: any repository on GitHub could mint such a token'],
    ['repository != "evil/x" -> register', 'does not pin a repository'],
    ['repository =~ "*" -> register', 'does not pin a repository'],
    ['repository == "acme/ml" -> register\nref == "refs/heads/main" -> promote', 'rule 2 does not pin a repository'],
  ])('%j is refused: %s', (spec, message) => {
    expect(() => parseClaimRules(spec)).toThrow(message);
  });
});

describe('settings from the environment', () => {
  test('off without an audience; GitHub is the default issuer', () => {
    expect(oidcConfigFromEnv({})).toBeUndefined();
    expect(oidcConfigFromEnv({ CATALOG_OIDC_AUDIENCE: 'https://catalog.acme.dev', CATALOG_OIDC_RULES: rules })).toMatchObject({
      issuer: githubIssuer,
      audience: 'https://catalog.acme.dev',
      rules: expect.arrayContaining([expect.objectContaining({ scopes: ['register'] })]),
    });
  });

  test.each([
    [{ CATALOG_OIDC_RULES: rules }, 'CATALOG_OIDC_RULES is set but CATALOG_OIDC_AUDIENCE is not'],
    [{ CATALOG_OIDC_AUDIENCE: 'a' }, 'CATALOG_OIDC_RULES is empty'],
    [{ CATALOG_OIDC_AUDIENCE: 'a', CATALOG_OIDC_RULES: rules, CATALOG_OIDC_ISSUER: 'http://issuer.example.com' }, 'must be https://'],
    [
      { CATALOG_OIDC_AUDIENCE: 'a', CATALOG_OIDC_RULES: rules, CATALOG_OIDC_JWKS_URL: 'not a url' },
      "CATALOG_OIDC_JWKS_URL 'not a url' is not a URL",
    ],
  ])('%j is refused', (env, message) => {
    expect(() => oidcConfigFromEnv(env)).toThrow(message);
  });

  test.each([
    ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', true],
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', true],
    ['reg-7f3a9c2e51d84b06', false],
    ['a.b', false],
  ])('%s looks like a JWT: %s', (token, expected) => {
    expect(looksLikeJwt(token)).toBe(expected);
  });
});

describe('verifying id-tokens against a local issuer', () => {
  let issuer: OidcIssuer;
  let verifier: OidcVerifier;

  beforeAll(async () => {
    issuer = await startOidcIssuer();
    verifier = new OidcVerifier({ issuer: issuer.issuer, audience: issuer.audience, rules: parseClaimRules(rules) });
  });
  afterAll(() => issuer.stop());

  test('a good token is accepted with the scopes its claims earn; the keys are fetched once', async () => {
    // A verifier of its own: the shared one may have fetched the keys already for another test.
    const fresh = new OidcVerifier({ issuer: issuer.issuer, audience: issuer.audience, rules: parseClaimRules(rules) });
    const before = issuer.requests.length;
    for (let i = 0; i < 5; i += 1) {
      const result = await fresh.verify(await issuer.token({ claims: { environment: 'production' } }));
      expect(result).toMatchObject({ ok: true, subject: 'repo:acme/ml:ref:refs/heads/main' });
      expect(result.ok && [...result.scopes].sort()).toEqual(['promote', 'register']);
    }
    expect(issuer.requests.slice(before)).toEqual(['/.well-known/openid-configuration', '/.well-known/jwks']);
  });

  test.each([
    ['expired', { expiresIn: -120 }, 'the OIDC token has expired'],
    ['for another audience', { audience: 'https://other.example.com' }, 'the OIDC token is for another audience'],
    ['from another issuer', { issuer: 'https://token.actions.githubusercontent.com' }, 'the OIDC token is from another issuer'],
    ['signed with another key', { foreignKey: true }, 'the OIDC token signature does not verify'],
  ])('a token %s is refused', async (_what, options, reason) => {
    expect(await verifier.verify(await issuer.token(options))).toEqual({ ok: false, unavailable: false, reason });
  });

  test('alg none is refused, also with otherwise perfect claims', async () => {
    expect(await verifier.verify(issuer.unsignedToken())).toEqual({
      ok: false,
      unavailable: false,
      reason: 'the OIDC token is not signed with an accepted algorithm',
    });
  });

  test('a token with a changed payload (signature of another payload) is refused', async () => {
    const [header, , signature] = (await issuer.token()).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'repo:acme/ml:ref:refs/heads/main', repository: 'acme/ml' })).toString('base64url');
    expect(await verifier.verify(`${header}.${forged}.${signature}`)).toMatchObject({ ok: false, unavailable: false });
  });

  test('garbage in JWT shape is refused as malformed', async () => {
    expect(await verifier.verify('bm90IGpzb24.bm90IGpzb24.c2ln')).toEqual({
      ok: false,
      unavailable: false,
      reason: 'the OIDC token is malformed',
    });
  });

  test('an issuer that cannot be reached is "unavailable", not a bad token, and is asked again next time', async () => {
    const fresh = await startOidcIssuer();
    const cold = new OidcVerifier({ issuer: fresh.issuer, audience: fresh.audience, rules: parseClaimRules(rules) });
    try {
      fresh.unavailable = true;
      const refused = await cold.verify(await fresh.token());
      expect(refused).toMatchObject({ ok: false, unavailable: true, reason: expect.stringContaining('HTTP 503') });
      fresh.unavailable = false;
      expect(await cold.verify(await fresh.token())).toMatchObject({ ok: true });
    } finally {
      await fresh.stop();
    }
  });
});
