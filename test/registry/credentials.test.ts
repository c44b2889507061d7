/**
 * Credentials from Docker's config.json as docker login / docker/login-action leave it, and from
 * real credential-helper programs (small scripts on a temp PATH, speaking the helper protocol).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { chainCredentials, credentialHelperRunner, dockerConfigCredentials, explicitCredentials } from '../../src/registry/credentials.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function configDir(config: unknown): string {
  const dir = tempDir('docker-config-');
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

/** A `docker-credential-<name>` script that records its stdin and answers like the real helpers. */
function helperBin(
  name: string,
  answers: Record<string, { Username: string; Secret: string }>,
): { env: NodeJS.ProcessEnv; stdinLog: string } {
  const bin = tempDir('cred-helper-');
  const stdinLog = path.join(bin, 'stdin.log');
  const script = [
    '#!/bin/sh',
    `[ "$1" = get ] || exit 2`,
    `read -r server`,
    `printf '%s\\n' "$server" >> '${stdinLog}'`,
    `case "$server" in`,
    ...Object.entries(answers).map(
      ([server, answer]) => `  '${server}') printf '%s' '${JSON.stringify({ ServerURL: server, ...answer })}' ;;`,
    ),
    `  *) echo 'credentials not found in native keychain'; exit 1 ;;`,
    `esac`,
  ].join('\n');
  const file = path.join(bin, `docker-credential-${name}`);
  writeFileSync(file, `${script}\n`);
  chmodSync(file, 0o755);
  return { env: { ...process.env, PATH: `${bin}:/usr/bin:/bin` }, stdinLog };
}

const noMask = () => undefined;
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('config.json auths', () => {
  test.each([
    [
      'auth (base64 user:pass), as docker login writes it',
      { 'ghcr.io': { auth: b64('octo:ghp_secret1') } },
      { username: 'octo', password: 'ghp_secret1' },
    ],
    ['username/password fields', { 'ghcr.io': { username: 'octo', password: 'pw-2' } }, { username: 'octo', password: 'pw-2' }],
    ['a URL key', { 'https://ghcr.io/v2/': { auth: b64('octo:pw:with:colons') } }, { username: 'octo', password: 'pw:with:colons' }],
    [
      'an identity token',
      { 'ghcr.io': { auth: b64('<token>:'), identitytoken: 'idtok-3' } },
      { username: '<token>', identityToken: 'idtok-3' },
    ],
    ['a registry token', { 'ghcr.io': { registrytoken: 'regtok-4' } }, { registryToken: 'regtok-4' }],
  ])('%s', async (_name, auths, expected) => {
    const masked: string[] = [];
    const source = dockerConfigCredentials({ configDir: configDir({ auths }), mask: (s) => masked.push(s) });
    const credential = await source('ghcr.io');
    expect(credential).toMatchObject(expected);
    expect(credential?.source).toContain('config.json');
    for (const secret of [
      'password' in expected ? expected.password : undefined,
      'identityToken' in expected ? expected.identityToken : undefined,
      'registryToken' in expected ? expected.registryToken : undefined,
    ]) {
      if (secret) expect(masked).toContain(secret);
    }
  });

  test('Docker Hub is stored under https://index.docker.io/v1/ and found for docker.io', async () => {
    const source = dockerConfigCredentials({
      configDir: configDir({ auths: { 'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') } } }),
      mask: noMask,
    });
    expect(await source('docker.io')).toMatchObject({ username: 'hubuser', password: 'hubpass' });
    expect(await source('ghcr.io')).toBeUndefined();
  });

  test('no config file, an empty entry (left by a creds store), an unknown registry: no credentials', async () => {
    expect(await dockerConfigCredentials({ configDir: tempDir('empty-'), mask: noMask })('ghcr.io')).toBeUndefined();
    expect(await dockerConfigCredentials({ configDir: configDir({ auths: { 'ghcr.io': {} } }), mask: noMask })('ghcr.io')).toBeUndefined();
  });

  test('a broken auth value is a clear error', async () => {
    const source = dockerConfigCredentials({ configDir: configDir({ auths: { 'ghcr.io': { auth: b64('no-colon') } } }), mask: noMask });
    await expect(source('ghcr.io')).rejects.toThrow(/not base64 of "username:password"; run docker login ghcr.io again/);
  });

  describe('DOCKER_CONFIG', () => {
    const saved = process.env.DOCKER_CONFIG;
    afterEach(() => {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
    });
    test('is where config.json is read from by default', async () => {
      process.env.DOCKER_CONFIG = configDir({ auths: { '127.0.0.1:5000': { auth: b64('u:from-env') } } });
      expect(await dockerConfigCredentials({ mask: noMask })('127.0.0.1:5000')).toMatchObject({ password: 'from-env' });
    });
  });
});

describe('credential helpers', () => {
  test('credHelpers: the helper gets the registry on stdin; its secret is masked', async () => {
    const helper = helperBin('acme', { 'ghcr.io': { Username: 'octo', Secret: 'helper-secret-5' } });
    const masked: string[] = [];
    const source = dockerConfigCredentials({
      configDir: configDir({ credHelpers: { 'ghcr.io': 'acme' } }),
      runHelper: credentialHelperRunner({ env: helper.env }),
      mask: (s) => masked.push(s),
    });
    expect(await source('ghcr.io')).toMatchObject({ username: 'octo', password: 'helper-secret-5', source: 'credential helper "acme"' });
    expect(readFileSync(helper.stdinLog, 'utf8')).toBe('ghcr.io\n');
    expect(masked).toContain('helper-secret-5');
  });

  test('credsStore for Docker Hub asks for https://index.docker.io/v1/; "<token>" means an identity token', async () => {
    const helper = helperBin('store', { 'https://index.docker.io/v1/': { Username: '<token>', Secret: 'refresh-6' } });
    const source = dockerConfigCredentials({
      configDir: configDir({ credsStore: 'store' }),
      runHelper: credentialHelperRunner({ env: helper.env }),
      mask: noMask,
    });
    expect(await source('docker.io')).toMatchObject({ identityToken: 'refresh-6' });
  });

  test('a helper that does not know the registry, or is not installed, falls back to auths', async () => {
    const helper = helperBin('acme', {});
    const config = {
      credsStore: 'acme',
      credHelpers: { 'quay.io': 'not-installed' },
      auths: { 'ghcr.io': { auth: b64('a:from-auths') }, 'quay.io': { auth: b64('q:quay-auths') } },
    };
    const source = dockerConfigCredentials({
      configDir: configDir(config),
      runHelper: credentialHelperRunner({ env: helper.env }),
      mask: noMask,
    });
    expect(await source('ghcr.io')).toMatchObject({ password: 'from-auths' });
    expect(await source('quay.io')).toMatchObject({ password: 'quay-auths' });
  });
});

describe('explicit credentials', () => {
  test('win over config.json and are masked at once (password and Basic value)', async () => {
    const masked: string[] = [];
    const explicit = explicitCredentials([{ registry: 'ghcr.io', username: 'bot', password: 'input-pw-7' }], (s) => masked.push(s));
    expect(masked).toEqual(['input-pw-7', b64('bot:input-pw-7')]);
    const source = chainCredentials(
      explicit,
      dockerConfigCredentials({
        configDir: configDir({ auths: { 'ghcr.io': { auth: b64('x:config-pw') }, 'quay.io': { auth: b64('y:quay') } } }),
        mask: noMask,
      }),
    );
    expect(await source('ghcr.io')).toMatchObject({
      username: 'bot',
      password: 'input-pw-7',
      source: 'registry-username/registry-password',
    });
    expect(await source('quay.io')).toMatchObject({ password: 'quay' });
  });
});
