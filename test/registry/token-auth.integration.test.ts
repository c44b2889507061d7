/** Bearer-token auth against a real registry that verifies RS256 JWTs from a token server in the test. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dockerConfigCredentials, explicitCredentials } from '../../src/registry/credentials.js';
import { RegistryError } from '../../src/registry/errors.js';
import { pushBaseImage, type PushedImage } from '../support/base-image.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';
import { startTokenServer, type TokenServer } from '../support/token-server.js';
import { noCredentials, recordingClient } from './client-fixture.js';

const username = 'deployer';
const password = 'T0ken-server-Pa55word';
const identityToken = 'refresh-token-0123456789abcdef';
let tokens: TokenServer;
let registry: TestRegistry;
let base: PushedImage;

beforeAll(async () => {
  tokens = await startTokenServer({
    users: { [username]: password, reader: 'reader-Pa55word' },
    identityTokens: { [identityToken]: username },
    // `reader` may only pull; `deployer` may do anything.
    permit: (user, _repository, actions) => (user === username ? actions : user === 'reader' ? actions.filter((a) => a === 'pull') : []),
  });
  registry = await startRegistry({ tokenAuth: tokens });
  base = await pushBaseImage({ registry: registry.host, credentials: { username, password } });
});

afterAll(async () => {
  await registry?.stop();
  await tokens?.stop();
});

const credentials = (user = username, pw = password) =>
  explicitCredentials([{ registry: registry.host, username: user, password: pw }], () => undefined);

describe('bearer-token auth', () => {
  test('ping reports bearer auth and the credentials are accepted', async () => {
    const rec = recordingClient({ credentials: credentials() });
    expect(await rec.client.ping(registry.host)).toMatchObject({ auth: 'bearer' });
  });

  test('one token per scope, reused: three HEADs on a repository ask the token server once', async () => {
    const rec = recordingClient({ credentials: credentials() });
    const before = tokens.requests.length;
    for (let i = 0; i < 3; i++) expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
    await rec.client.headManifest(`${registry.host}/base/busybox:missing`);
    const asked = tokens.requests.slice(before);
    expect(asked).toEqual([{ method: 'GET', user: username, scopes: ['repository:base/busybox:pull'], status: 200 }]);
    expect(rec.client.stats.tokenRequests).toBe(1);

    // Another repository, and a push scope, are other scopes: one more token each, then reused.
    await rec.client.headManifest(`${registry.host}/other/repo:1`);
    await rec.client.tagImage(base.ref, ['token-a']);
    await rec.client.tagImage(base.ref, ['token-b']);
    expect(tokens.requests.slice(before).map((r) => r.scopes)).toEqual([
      ['repository:base/busybox:pull'],
      ['repository:other/repo:pull'],
      ['repository:base/busybox:pull,push'],
    ]);
    expect(await skopeoDigest(`${registry.host}/base/busybox:token-b`, { username, password })).toBe(base.digest);
  });

  test('prepareToPull settles the pull token ahead: the manifest request after it goes out once, with no token request', async () => {
    const rec = recordingClient({ credentials: credentials() });
    const before = tokens.requests.length;
    await rec.client.prepareToPull({ registry: registry.host, apiHost: registry.host, repository: 'base/busybox' });
    expect(tokens.requests.slice(before).map((r) => [r.scopes, r.status])).toEqual([[['repository:base/busybox:pull'], 200]]);
    const logged = rec.logs.length;
    expect((await rec.client.getManifestIfPresent(base.ref))?.digest).toBe(base.digest);
    expect(rec.logs.slice(logged).filter((line) => / → \d{3}/.test(line))).toEqual([
      expect.stringMatching(/^GET http:\/\/[^ ]+\/v2\/base\/busybox\/manifests\/[^ ]+ → 200/),
    ]);
    expect(tokens.requests.length).toBe(before + 1);
  });

  test('prepareToPull with a wrong password stays quiet; the request that needs the registry names the problem', async () => {
    const rec = recordingClient({ credentials: credentials(username, 'Wrong-Pa55word-abc') });
    const repo = { registry: registry.host, apiHost: registry.host, repository: 'base/busybox' };
    await expect(rec.client.prepareToPull(repo)).resolves.toBeUndefined();
    const error = await rec.capture(() => rec.client.getManifestIfPresent(base.ref)).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toContain(`HTTP 401 Unauthorized from ${registry.host}`);
    expect((error as Error).message).toContain('check registry-username/registry-password or run docker login');
    expect(rec.allText()).not.toContain('Wrong-Pa55word-abc');
  });

  test('tokens and passwords are masked and appear in no log line or message', async () => {
    const masks: string[] = [];
    const mask = (s: string) => masks.push(s);
    const rec = recordingClient({ credentials: explicitCredentials([{ registry: registry.host, username, password }], mask), mask });
    const issuedBefore = tokens.issuedTokens.length;
    await rec.client.tagImage(base.ref, ['masked']);
    await rec.capture(() => rec.client.getManifest(`${registry.host}/base/busybox:absent`)).catch(() => undefined);
    const issued = tokens.issuedTokens.slice(issuedBefore);
    expect(issued.length).toBeGreaterThan(0);
    for (const token of issued) {
      expect(masks).toContain(token);
      expect(rec.allText()).not.toContain(token);
    }
    expect(masks).toContain(password);
    expect(rec.allText()).not.toContain(password);
    expect(rec.messages.join('\n')).toContain('HTTP 404');
  });

  test('a wrong password: the token server says 401, and the error says what to check', async () => {
    const rec = recordingClient({ credentials: credentials(username, 'Wrong-Pa55word-xyz') });
    const error = await rec.capture(() => rec.client.headManifest(base.ref)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    const message = (error as Error).message;
    expect(message).toContain(`getting a token from ${tokens.realm}`);
    expect(message).toContain(`HTTP 401 Unauthorized from ${registry.host}`);
    expect(message).toContain('check registry-username/registry-password or run docker login');
    expect(rec.allText()).not.toContain('Wrong-Pa55word-xyz');
  });

  test('anonymous: the token carries no access, the registry says 401, and the error says to log in', async () => {
    const rec = recordingClient({ credentials: noCredentials });
    const error = await rec.client.headManifest(base.ref).catch((e: unknown) => e);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toContain(`no credentials were found for ${registry.host}`);
  });

  test('a pull-only account cannot push: a clear permission error, not "assume it worked"', async () => {
    const rec = recordingClient({ credentials: credentials('reader', 'reader-Pa55word') });
    expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
    const error = await rec.client.tagImage(base.ref, ['not-allowed']).catch((e: unknown) => e);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toMatch(/is not allowed to do this on base\/busybox: grant it pull\/push access/);
    await expect(rec.client.headManifest(`${registry.host}/base/busybox:not-allowed`)).resolves.toBeUndefined();
  });

  test('an identity token from config.json is exchanged with the OAuth2 refresh-token grant', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: { [registry.host]: { auth: Buffer.from(`${username}:`).toString('base64'), identitytoken: identityToken } },
      }),
    );
    const masks: string[] = [];
    const rec = recordingClient({ credentials: dockerConfigCredentials({ configDir: dir, mask: (s) => masks.push(s) }) });
    const before = tokens.requests.length;
    expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
    expect(tokens.requests.slice(before)).toEqual([
      { method: 'POST', user: username, scopes: ['repository:base/busybox:pull'], status: 200 },
    ]);
    expect(masks).toContain(identityToken);
    expect(rec.allText()).not.toContain(identityToken);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a cross-repository mount asks for push on the target and pull on the source, and moves no bytes', async () => {
    const rec = recordingClient({ credentials: credentials() });
    const before = tokens.requests.length;
    const result = await rec.client.copyImage(base.ref, `${registry.host}/acme/app:copied`);
    expect(result.digest).toBe(base.digest);
    expect(result.blobs.mounted).toBeGreaterThan(0);
    expect(result.blobs.copied).toBe(0);
    expect(rec.client.stats.blobBytesUploaded).toBe(0);
    expect(tokens.requests.slice(before).map((r) => r.scopes)).toContainEqual([
      'repository:acme/app:pull,push',
      'repository:base/busybox:pull',
    ]);
    expect(await skopeoDigest(`${registry.host}/acme/app:copied`, { username, password })).toBe(base.digest);
  });
});
