/** htpasswd Basic auth: explicit credentials, Docker config.json, wrong password, no credentials; nothing secret leaks. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dockerConfigCredentials, explicitCredentials } from '../../src/registry/credentials.js';
import { RegistryError } from '../../src/registry/errors.js';
import { pushBaseImage, type PushedImage } from '../support/base-image.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';
import { noCredentials, recordingClient } from './client-fixture.js';

const username = 'ci-bot';
const password = 'S3cret-basic-Pa55';
let registry: TestRegistry;
let base: PushedImage;

beforeAll(async () => {
  registry = await startRegistry({ basicAuth: { [username]: password } });
  base = await pushBaseImage({ registry: registry.host, credentials: { username, password } });
});

const configDirs: string[] = [];
afterAll(async () => {
  await registry?.stop();
  for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
});

function configDir(config: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docker-config-'));
  configDirs.push(dir);
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

describe('htpasswd basic auth', () => {
  test('explicit credentials: ping, HEAD, retag; every secret masked and none in the logs', async () => {
    const masks: string[] = [];
    const mask = (secret: string) => masks.push(secret);
    const rec = recordingClient({ credentials: explicitCredentials([{ registry: registry.host, username, password }], mask), mask });
    expect(await rec.client.ping(registry.host)).toMatchObject({ auth: 'basic' });
    expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
    await rec.client.tagImage(base.ref, ['basic-retag']);
    expect(await skopeoDigest(`${registry.host}/base/busybox:basic-retag`, { username, password })).toBe(base.digest);
    expect(masks).toContain(password);
    expect(masks).toContain(Buffer.from(`${username}:${password}`).toString('base64'));
    expect(rec.allText()).not.toContain(password);
    expect(rec.allText()).not.toContain(Buffer.from(`${username}:${password}`).toString('base64'));
  });

  test('credentials from a DOCKER_CONFIG config.json: the "auth" form docker login leaves', async () => {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    const dir = configDir({ auths: { [registry.host]: { auth } } });
    const masks: string[] = [];
    const rec = recordingClient({ credentials: dockerConfigCredentials({ configDir: dir, mask: (s) => masks.push(s) }) });
    expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
    expect(masks).toEqual(expect.arrayContaining([auth, password]));
  });

  test('credentials from config.json: username/password fields and an http:// key', async () => {
    const dir = configDir({ auths: { [`http://${registry.host}/v2/`]: { username, password } } });
    const rec = recordingClient({ credentials: dockerConfigCredentials({ configDir: dir, mask: () => undefined }) });
    expect((await rec.client.headManifest(base.ref))?.digest).toBe(base.digest);
  });

  test('a wrong password fails closed with a clear 401 that names registry, repository and the fix', async () => {
    const wrong = 'definitely-Wrong-pw-123';
    const rec = recordingClient({
      credentials: explicitCredentials([{ registry: registry.host, username, password: wrong }], () => undefined),
    });
    const error = await rec.capture(() => rec.client.headManifest(base.ref)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    const message = (error as Error).message;
    expect(message).toContain(`HTTP 401 Unauthorized from ${registry.host} for base/busybox`);
    expect(message).toContain('were rejected: check registry-username/registry-password or run docker login');
    expect(rec.allText()).not.toContain(wrong);
    // Never retried: a 401 will not change by asking again (one request, one challenge answer).
    expect(rec.client.stats.retries).toBe(0);
  });

  test('no credentials at all: a 401 that says to log in', async () => {
    const rec = recordingClient({ credentials: noCredentials });
    await expect(rec.client.headManifest(base.ref)).rejects.toThrow(
      `no credentials were found for ${registry.host}: set registry-username/registry-password or run docker login ${registry.host}`,
    );
  });
});
