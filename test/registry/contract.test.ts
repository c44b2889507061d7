/**
 * Contract tests: the exact requests the client sends to registries that cannot run here (Docker
 * Hub, an HTTPS registry), answered with responses of the real shape through the fetch seam.
 */
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { manifestAccept } from '../../src/registry/media-types.js';
import { RegistryClient } from '../../src/registry/client.js';
import { RegistryError } from '../../src/registry/errors.js';
import { type FetchLike } from '../../src/registry/http.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
}

function scripted(answer: (request: Seen) => Response): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: async (url, init) => {
      const request = { method: init.method ?? 'GET', url, headers: { ...(init.headers as Record<string, string>) } };
      seen.push(request);
      return answer(request);
    },
  };
}

const digest = `sha256:${'b'.repeat(64)}`;
const quiet = { log: () => undefined, mask: () => undefined, credentials: async () => undefined };

describe('contract: Docker Hub anonymous pull token', () => {
  test('busybox → registry-1.docker.io over HTTPS, token from the challenge realm with the pull scope, then HEAD with Bearer', async () => {
    const { fetch, seen } = scripted((request) => {
      if (request.url.startsWith('https://auth.docker.io/token'))
        return Response.json({ token: 'hub-token', access_token: 'hub-token', expires_in: 300 });
      if (!request.headers.authorization) {
        return new Response(null, {
          status: 401,
          headers: {
            'www-authenticate':
              'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
          },
        });
      }
      return new Response(null, {
        status: 200,
        headers: { 'docker-content-digest': digest, 'content-type': 'application/vnd.oci.image.index.v1+json', 'content-length': '9218' },
      });
    });
    const client = new RegistryClient({ ...quiet, fetch });
    expect(await client.headManifest('busybox')).toEqual({ digest, mediaType: 'application/vnd.oci.image.index.v1+json', size: 9218 });
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'HEAD https://registry-1.docker.io/v2/library/busybox/manifests/latest',
      'GET https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fbusybox%3Apull',
      'HEAD https://registry-1.docker.io/v2/library/busybox/manifests/latest',
    ]);
    expect(seen[0]?.headers.accept).toBe(manifestAccept);
    expect(manifestAccept.split(', ').sort()).toEqual([
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
    expect(seen[1]?.headers.authorization).toBeUndefined();
    expect(seen[2]?.headers.authorization).toBe('Bearer hub-token');
    // The token is reused: the next HEAD goes straight out with it.
    await client.headManifest('busybox:1.36');
    expect(seen).toHaveLength(4);
    expect(seen[3]?.headers.authorization).toBe('Bearer hub-token');
  });
});

describe('contract: schemes', () => {
  test.each([
    ['ghcr.io/org/app:1', [], 'https://ghcr.io/v2/org/app/manifests/1'],
    ['10.0.0.5:5000/app:1', [], 'https://10.0.0.5:5000/v2/app/manifests/1'],
    ['10.0.0.5:5000/app:1', ['10.0.0.0/8'], 'http://10.0.0.5:5000/v2/app/manifests/1'],
    ['localhost:5000/app:1', [], 'http://localhost:5000/v2/app/manifests/1'],
    [`ghcr.io/org/app@${digest}`, [], `https://ghcr.io/v2/org/app/manifests/${digest}`],
  ])('%s with insecure %j → %s', async (ref, insecureRegistries, url) => {
    const { fetch, seen } = scripted(() => new Response(null, { status: 200, headers: { 'docker-content-digest': digest } }));
    await new RegistryClient({ ...quiet, fetch, insecureRegistries }).headManifest(ref);
    expect(seen[0]?.url).toBe(url);
  });
});

describe('contract: fail closed', () => {
  test('a HEAD without Docker-Content-Digest falls back to GET and hashes the bytes', async () => {
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest, size: 2 },
      layers: [],
    });
    const { fetch, seen } = scripted((request) =>
      request.method === 'HEAD'
        ? new Response(null, { status: 200 })
        : new Response(body, { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' } }),
    );
    const head = await new RegistryClient({ ...quiet, fetch }).headManifest('ghcr.io/org/app:1');
    expect(head?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(head?.size).toBe(Buffer.byteLength(body));
    expect(seen.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a credential realm over plain HTTP on a public host is refused', async () => {
    const { fetch, seen } = scripted(
      () => new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="http://auth.example.com/token",service=x' } }),
    );
    const client = new RegistryClient({ ...quiet, fetch, credentials: async () => ({ username: 'u', password: 'p', source: 'test' }) });
    await expect(client.headManifest('registry.example.com/app:1')).rejects.toThrow(/not HTTPS; refusing to send them in clear text/);
    expect(seen.every((r) => !r.url.startsWith('http://auth.example.com'))).toBe(true);
  });

  test('credentials never follow an upload to another host', async () => {
    const { fetch, seen } = scripted((request) => {
      if (request.url.includes('/blobs/uploads/') && request.method === 'POST')
        return new Response(null, { status: 202, headers: { location: 'https://storage.example.net/upload/abc?sig=1' } });
      return new Response(null, { status: 201 });
    });
    const client = new RegistryClient({ ...quiet, fetch, credentials: async () => ({ registryToken: 'reg-token', source: 'test' }) });
    const repo = { registry: 'registry.example.com', apiHost: 'registry.example.com', repository: 'app' };
    // The registry has no challenge yet (answers 202 without asking), so learn Bearer first.
    client.http.auth.learn('registry.example.com', [{ scheme: 'bearer', params: { realm: 'https://registry.example.com/token' } }]);
    const bytes = new TextEncoder().encode('{}');
    await client.uploadBlob(
      repo,
      { digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 },
      Readable.from([bytes]),
    );
    expect(seen[0]?.headers.authorization).toBe('Bearer reg-token');
    expect(seen[1]?.url).toBe(
      'https://storage.example.net/upload/abc?sig=1&digest=sha256%3A44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(seen[1]?.headers.authorization).toBeUndefined();
  });

  test('an unreachable registry is one clear error, not "absent"', async () => {
    const { freePort } = await import('../support/free-port.js');
    const port = await freePort();
    const error = await new RegistryClient(quiet).headManifest(`127.0.0.1:${port}/app:1`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `Registry unreachable while checking whether 127\\.0\\.0\\.1:${port}/app:1 exists: .*ECONNREFUSED.*nothing listens at 127\\.0\\.0\\.1:${port}`,
      ),
    );
  });

  test('a registry without HEAD (405) is asked with GET; its 404 MANIFEST_UNKNOWN means absent', async () => {
    const { fetch, seen } = scripted((request) =>
      request.method === 'HEAD'
        ? new Response(null, { status: 405 })
        : new Response(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }), { status: 404 }),
    );
    expect(await new RegistryClient({ ...quiet, fetch }).headManifest('ghcr.io/org/app:1')).toBeUndefined();
    expect(seen.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('ping accepts a bare registry host', async () => {
    const { fetch, seen } = scripted(
      () => new Response('{}', { status: 200, headers: { 'docker-distribution-api-version': 'registry/2.0' } }),
    );
    await new RegistryClient({ ...quiet, fetch }).ping('myregistry:5000');
    await new RegistryClient({ ...quiet, fetch }).ping('docker.io');
    expect(seen.map((r) => r.url)).toEqual(['https://myregistry:5000/v2/', 'https://registry-1.docker.io/v2/']);
  });
});
