/** The client against a real anonymous registry: existence, manifests, retag, platforms, labels. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseImageRef } from '../../src/core/image-ref.js';
import { MediaTypes } from '../../src/registry/media-types.js';
import { RegistryError } from '../../src/registry/errors.js';
import { pushBaseImage, pushMultiPlatformBase, type PushedImage } from '../support/base-image.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';
import { noCredentials, recordingClient } from './client-fixture.js';

let registry: TestRegistry;
let single: PushedImage;
let arm: PushedImage;
let multi: PushedImage;

beforeAll(async () => {
  registry = await startRegistry();
  [single, arm, multi] = await Promise.all([
    pushBaseImage({ registry: registry.host, repository: 'base/busybox', tag: '1', labels: { 'org.example.hash': 'h1-abc' } }),
    pushBaseImage({
      registry: registry.host,
      repository: 'base/busybox-arm',
      tag: '1',
      platform: { architecture: 'arm64', variant: 'v8' },
    }),
    pushMultiPlatformBase({
      registry: registry.host,
      repository: 'base/multi',
      tag: '1',
      platforms: [{ architecture: 'amd64' }, { architecture: 'arm64', variant: 'v8' }],
      labels: { 'org.example.hash': 'h1-multi' },
    }),
  ]);
});

afterAll(async () => {
  await registry?.stop();
});

const client = () => recordingClient({ credentials: noCredentials });

describe('anonymous registry', () => {
  test('ping answers without auth', async () => {
    const { client: c } = client();
    await expect(c.ping(registry.host)).resolves.toMatchObject({ auth: 'none', apiVersion: 'registry/2.0' });
  });

  test('HEAD finds a pushed image with the digest buildah reported', async () => {
    const { client: c } = client();
    const head = await c.headManifest(single.ref);
    expect(head).toEqual({ digest: single.digest, mediaType: MediaTypes.ociManifest, size: expect.any(Number) });
    const index = await c.headManifest(multi.ref);
    expect(index?.digest).toBe(multi.digest);
    expect(index?.mediaType).toBe(MediaTypes.ociIndex);
  });

  test('a missing tag or repository is absent (404), and only that', async () => {
    const { client: c } = client();
    await expect(c.headManifest(`${registry.host}/base/busybox:nope`)).resolves.toBeUndefined();
    await expect(c.headManifest(`${registry.host}/no/such-repo:1`)).resolves.toBeUndefined();
    await expect(c.headManifest(`${registry.host}/base/busybox@sha256:${'0'.repeat(64)}`)).resolves.toBeUndefined();
  });

  test('a 404 from something that is not a registry is an error, not "absent"', async () => {
    const server: Server = createServer((_req, res) => {
      res.writeHead(404);
      res.end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const { client: c } = client();
      const error = await c.headManifest(`127.0.0.1:${port}/acme/app:1`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toContain(`127.0.0.1:${port} does not answer the registry API`);
    } finally {
      server.close();
    }
  });

  test('GET returns the exact bytes, verified against the digest', async () => {
    const { client: c } = client();
    const fetched = await c.getManifest(single.pinned);
    expect(fetched.digest).toBe(single.digest);
    expect(fetched.mediaType).toBe(MediaTypes.ociManifest);
    expect('config' in fetched.manifest && fetched.manifest.config.mediaType).toBe(MediaTypes.ociConfig);
  });

  test('GET of a missing manifest throws a clear 404', async () => {
    const { client: c } = client();
    await expect(c.getManifest(`${registry.host}/base/busybox:nope`)).rejects.toThrow(
      new RegExp(`HTTP 404 Not Found from ${registry.host.replace(/\./g, '\\.')} for base/busybox \\(MANIFEST_UNKNOWN`),
    );
  });

  test('retag by PUT: the new tag has the same digest (per skopeo) and no blob moved', async () => {
    const { client: c } = client();
    const result = await c.tagImage(single.ref, ['retagged', 'also']);
    expect(result.digest).toBe(single.digest);
    expect(await skopeoDigest(`${registry.host}/base/busybox:retagged`)).toBe(single.digest);
    expect(await skopeoDigest(`${registry.host}/base/busybox:also`)).toBe(single.digest);
    expect(c.stats.blobBytesUploaded).toBe(0);
    // An index retags the same way, media type and all.
    await c.tagImage(multi.ref, ['retagged']);
    expect(await skopeoDigest(`${registry.host}/base/multi:retagged`)).toBe(multi.digest);
    expect((await c.headManifest(`${registry.host}/base/multi:retagged`))?.mediaType).toBe(MediaTypes.ociIndex);
  });

  test('resolveDigest: a tag resolves to its digest; a pinned reference is returned without any request', async () => {
    const { client: c } = client();
    expect(await c.resolveDigest(single.ref)).toBe(single.digest);
    const before = c.stats.requests;
    expect(await c.resolveDigest(arm.pinned)).toBe(arm.digest);
    expect(c.stats.requests).toBe(before);
    await expect(c.resolveDigest(`${registry.host}/base/busybox:gone`)).rejects.toThrow(
      /was not found: .* has no tag "gone" in base\/busybox/,
    );
  });

  test('platforms of a single image (from its config) and of an index', async () => {
    const { client: c } = client();
    expect(await c.imagePlatforms(arm.ref)).toEqual([{ os: 'linux', architecture: 'arm64' }]);
    expect(await c.imagePlatforms(single.ref)).toEqual([{ os: 'linux', architecture: 'amd64' }]);
    expect(await c.imagePlatforms(multi.ref)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
  });

  test('labels from the config blob, per platform for an index', async () => {
    const { client: c } = client();
    expect(await c.imageLabels(single.ref)).toMatchObject({ 'org.example.hash': 'h1-abc' });
    expect(await c.imageLabels(multi.ref, { os: 'linux', architecture: 'arm64', variant: 'v8' })).toMatchObject({
      'org.example.hash': 'h1-multi',
    });
    await expect(c.imageLabels(multi.ref, { os: 'linux', architecture: 's390x' })).rejects.toThrow(
      /has no linux\/s390x manifest \(it has: linux\/amd64, linux\/arm64\)/,
    );
  });

  test('parsed references work as well as strings', async () => {
    const { client: c } = client();
    const ref = parseImageRef(single.ref);
    expect((await c.headManifest(ref))?.digest).toBe(single.digest);
  });
});
