/**
 * Mount and copy between repositories and registries: within one registry nothing but manifests
 * crosses the wire (bytes counted at a proxy); across registries blobs stream in chunks, survive a
 * dropped connection, and a corrupted source is refused before anything is committed. Digests
 * are cross-checked with skopeo.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { pushBlob } from '../../src/registry/copy.js';
import { RegistryError } from '../../src/registry/errors.js';
import { type ImageManifest } from '../../src/registry/types.js';
import { pushBaseImage, pushMultiPlatformBase, type PushedImage } from '../support/base-image.js';
import { faults, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest, skopeoRawManifest } from '../support/skopeo.js';
import { noCredentials, recordingClient } from './client-fixture.js';

let source: TestRegistry;
let target: TestRegistry;
let sourceProxy: FaultProxy;
let targetProxy: FaultProxy;
let base: PushedImage;
let multi: PushedImage;

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  [base, multi] = await Promise.all([
    pushBaseImage({ registry: source.host, files: { 'etc/payload': 'x'.repeat(300_000) } }),
    pushMultiPlatformBase({
      registry: source.host,
      repository: 'base/multi',
      platforms: [{ architecture: 'amd64' }, { architecture: 'arm64' }],
    }),
  ]);
  [sourceProxy, targetProxy] = await Promise.all([startFaultProxy({ target: source.url }), startFaultProxy({ target: target.url })]);
});

afterAll(async () => {
  await Promise.all([sourceProxy?.stop(), targetProxy?.stop()]);
  await Promise.all([source?.stop(), target?.stop()]);
});

beforeEach(() => {
  for (const proxy of [sourceProxy, targetProxy]) {
    proxy.setRules([]);
    proxy.resetRecords();
  }
});

/** Small upload chunks so the busybox layer (about 1 MB) goes up in several PATCHes. */
const client = () =>
  recordingClient({
    credentials: noCredentials,
    monolithicUploadMaxBytes: 64 << 10,
    uploadChunkBytes: 256 << 10,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4, maxElapsedMs: 10_000 },
  });

const via = (proxy: FaultProxy, image: PushedImage) => image.ref.replace(source.host, proxy.host);

describe('within one registry', () => {
  test('copy to another repository mounts every blob: zero blob bytes uploaded, same digest per skopeo', async () => {
    const { client: c } = client();
    const result = await c.copyImage(via(sourceProxy, base), `${sourceProxy.host}/acme/app:1`);
    expect(result.digest).toBe(base.digest);
    expect(result.image).toBe(`${sourceProxy.host}/acme/app@${base.digest}`);
    expect(result.blobs).toEqual({ exists: 0, mounted: 2, copied: 0, foreign: 0 });
    expect(result.bytesCopied).toBe(0);
    expect(sourceProxy.uploadedBlobBytes()).toBe(0);
    expect(c.stats.blobBytesUploaded).toBe(0);
    expect(sourceProxy.records.filter((r) => r.method === 'POST' && r.path.includes('mount='))).toHaveLength(2);
    expect(await skopeoDigest(`${source.host}/acme/app:1`)).toBe(base.digest);
  });

  test('copy to another repository asks for each mount once, with no HEAD before it', async () => {
    const { client: c } = client();
    await c.copyImage(via(sourceProxy, base), `${sourceProxy.host}/acme/once:1`);
    const blobRequests = sourceProxy.records.filter((r) => r.path.includes('/acme/once/blobs/'));
    expect(blobRequests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  test('copying again: the registry answers each mount 201 for blobs already there; nothing is uploaded', async () => {
    const { client: c } = client();
    await c.copyImage(via(sourceProxy, base), `${sourceProxy.host}/acme/again:1`);
    sourceProxy.resetRecords();
    const result = await c.copyImage(via(sourceProxy, base), `${sourceProxy.host}/acme/again:2`);
    expect(result.blobs).toEqual({ exists: 0, mounted: 2, copied: 0, foreign: 0 });
    expect(sourceProxy.records.filter((r) => r.method === 'POST' && !r.path.includes('mount='))).toHaveLength(0);
    expect(sourceProxy.records.filter((r) => r.method === 'PATCH' || (r.method === 'PUT' && r.path.includes('/blobs/')))).toHaveLength(0);
    expect(sourceProxy.uploadedBlobBytes()).toBe(0);
  });

  test('a two-platform index copies with its children, by mount', async () => {
    const { client: c } = client();
    const result = await c.copyImage(via(sourceProxy, multi), `${sourceProxy.host}/acme/multi:1`);
    expect(result.digest).toBe(multi.digest);
    expect(result.manifests).toBe(3);
    expect(result.blobs.copied).toBe(0);
    expect(sourceProxy.uploadedBlobBytes()).toBe(0);
    expect(await skopeoDigest(`${source.host}/acme/multi:1`)).toBe(multi.digest);
    expect(await c.imagePlatforms(`${source.host}/acme/multi:1`)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
  });

  test('a mount the registry declines (202) falls back to an upload into the session it opened', async () => {
    const { client: c } = client();
    const manifest = (await c.getManifest(base.ref)).manifest as ImageManifest;
    const layer = manifest.layers[0]!;
    const dst = { registry: source.host, apiHost: source.host, repository: 'acme/declined' };
    const mount = await c.mountBlob(dst, { ...dst, repository: 'no/such-source' }, layer.digest);
    expect(mount.mounted).toBe(false);
    const src = { registry: source.host, apiHost: source.host, repository: 'base/busybox' };
    await c.uploadBlob(dst, layer, await c.openBlob(src, layer), mount.mounted ? undefined : mount.uploadUrl);
    expect(await c.headBlob(dst, layer.digest)).toEqual({ size: layer.size });
  });
  test('a declined mount (202) of a blob the destination holds already: its session is cancelled, nothing is uploaded', async () => {
    const { client: c } = client();
    const at = (repository: string) => ({ registry: sourceProxy.host, apiHost: sourceProxy.host, repository });
    const layer = ((await c.getManifest(base.ref)).manifest as ImageManifest).layers[0]!;
    await c.copyImage(via(sourceProxy, base), `${sourceProxy.host}/acme/holds:1`);
    sourceProxy.resetRecords();
    const outcome = await pushBlob(c, at('acme/holds'), layer, {
      open: () => c.openBlob(at('base/busybox'), layer),
      mountFrom: at('no/such-source'),
      registry: sourceProxy.host,
      repository: 'base/busybox',
      action: 'pushing a blob the destination holds',
    });
    expect(outcome).toBe('exists');
    expect(sourceProxy.records.map((r) => r.method)).toEqual(['POST', 'HEAD', 'DELETE']);
    expect(sourceProxy.uploadedBlobBytes()).toBe(0);
  });
});

describe('between registries', () => {
  test('blobs stream in chunks; the copy has the same digest (skopeo) and the bytes uploaded are the blobs', async () => {
    const { client: c } = client();
    const result = await c.copyImage(base.ref, `${targetProxy.host}/mirror/busybox:1`);
    expect(result.digest).toBe(base.digest);
    expect(result.blobs.copied).toBe(2);
    const manifest = (await c.getManifest(base.ref)).manifest as ImageManifest;
    const blobBytes = manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(result.bytesCopied).toBe(blobBytes);
    expect(targetProxy.uploadedBlobBytes()).toBe(blobBytes);
    expect(c.stats.blobBytesUploaded).toBe(blobBytes);
    expect(targetProxy.records.filter((r) => r.method === 'PATCH').length).toBeGreaterThan(1);
    expect(await skopeoDigest(`${target.host}/mirror/busybox:1`)).toBe(base.digest);
    expect(await skopeoRawManifest(`${target.host}/mirror/busybox:1`)).toBe(await skopeoRawManifest(base.ref));
  });

  test('an index between registries', async () => {
    const { client: c } = client();
    const result = await c.copyImage(multi.ref, `${target.host}/mirror/multi:1`);
    expect(result.digest).toBe(multi.digest);
    expect(await skopeoDigest(`${target.host}/mirror/multi:1`)).toBe(multi.digest);
  });

  test('a connection dropped mid-upload restarts that blob and the copy completes', async () => {
    targetProxy.setRules([{ match: { method: 'PATCH' }, sequence: ['pass', faults.reset()] }]);
    const { client: c } = client();
    const result = await c.copyImage(base.ref, `${targetProxy.host}/mirror/reset:1`);
    expect(result.digest).toBe(base.digest);
    expect(targetProxy.records.some((r) => r.fault === 'reset')).toBe(true);
    expect(await skopeoDigest(`${target.host}/mirror/reset:1`)).toBe(base.digest);
  });

  test('a 500 on the closing PUT restarts the blob', async () => {
    targetProxy.setRules([{ match: { method: 'PUT', path: /\/blobs\/uploads\/.*digest=/ }, sequence: [faults.serverError()] }]);
    const { client: c } = client();
    expect((await c.copyImage(base.ref, `${targetProxy.host}/mirror/put500:1`)).digest).toBe(base.digest);
    expect(targetProxy.records.filter((r) => r.fault === 'status')).toHaveLength(1);
    expect(await skopeoDigest(`${target.host}/mirror/put500:1`)).toBe(base.digest);
  });

  test('a corrupted source blob is refused: nothing committed, no tag moved', async () => {
    sourceProxy.setRules([{ match: { method: 'GET', path: /\/blobs\/sha256:/ }, always: faults.corrupt() }]);
    const rec = client();
    const error = await rec
      .capture(() => rec.client.copyImage(via(sourceProxy, base), `${target.host}/mirror/corrupt:1`))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(/does not match the expected sha256:.*copying blob .* to 127\.0\.0\.1:\d+\/mirror\/corrupt/);
    const { client: plain } = client();
    await expect(plain.headManifest(`${target.host}/mirror/corrupt:1`)).resolves.toBeUndefined();
    const manifest = (await plain.getManifest(base.ref)).manifest as ImageManifest;
    const dst = { registry: target.host, apiHost: target.host, repository: 'mirror/corrupt' };
    for (const blob of [manifest.config, ...manifest.layers]) await expect(plain.headBlob(dst, blob.digest)).resolves.toBeUndefined();
  });
});
