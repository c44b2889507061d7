/**
 * `uploadMode: 'stream'` (what promote uses across registries): each blob above the monolithic size
 * goes up in ONE PATCH streamed as it is read from the source, then the closing PUT. Against a real
 * registry behind a fault proxy: the digest is kept (skopeo), the bytes counted are the blobs, a
 * connection dropped mid-stream restarts that blob, and a corrupted source commits nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { RegistryError } from '../../src/registry/errors.js';
import type { ImageManifest } from '../../src/registry/types.js';
import { pushBaseImage, type PushedImage } from '../support/base-image.js';
import { faults, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';
import { noCredentials, recordingClient } from './client-fixture.js';

let source: TestRegistry;
let target: TestRegistry;
let sourceProxy: FaultProxy;
let targetProxy: FaultProxy;
let base: PushedImage;

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  base = await pushBaseImage({ registry: source.host, files: { 'etc/payload': 'y'.repeat(400_000) } });
  [sourceProxy, targetProxy] = await Promise.all([startFaultProxy({ target: source.url }), startFaultProxy({ target: target.url })]);
}, 120_000);

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

/** Anything above 64 KiB streams, so the busybox layer does and the config (small) is one PUT. */
const client = () =>
  recordingClient({
    credentials: noCredentials,
    monolithicUploadMaxBytes: 64 << 10,
    uploadMode: 'stream',
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4, maxElapsedMs: 10_000 },
  });

async function blobs(image: PushedImage) {
  const { client: c } = client();
  return (await c.getManifest(image.ref)).manifest as ImageManifest;
}

describe('streamed uploads between registries', () => {
  test('one PATCH per large blob, no Content-Range chunks; same digest per skopeo; the bytes counted are the blobs', async () => {
    const { client: c } = client();
    const manifest = await blobs(base);
    const large = [manifest.config, ...manifest.layers].filter((blob) => blob.size > 64 << 10);
    const result = await c.copyImage(base.ref, `${targetProxy.host}/mirror/streamed:1`);
    expect(result.digest).toBe(base.digest);
    const total = manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(result.bytesCopied).toBe(total);
    expect(targetProxy.uploadedBlobBytes()).toBe(total);
    expect(c.stats.blobBytesUploaded).toBe(total);
    const patches = targetProxy.records.filter((record) => record.method === 'PATCH');
    expect(patches).toHaveLength(large.length);
    expect(patches.map((patch) => patch.requestBytes).sort()).toEqual(large.map((blob) => blob.size).sort());
    expect(await skopeoDigest(`${target.host}/mirror/streamed:1`)).toBe(base.digest);
  });

  test('a connection dropped in the middle of the stream restarts that blob, and the copy completes', async () => {
    targetProxy.setRules([{ match: { method: 'PATCH' }, sequence: [faults.reset()] }]);
    const { client: c } = client();
    const result = await c.copyImage(base.ref, `${targetProxy.host}/mirror/streamed-reset:1`);
    expect(result.digest).toBe(base.digest);
    expect(targetProxy.records.filter((record) => record.fault === 'reset')).toHaveLength(1);
    expect(await skopeoDigest(`${target.host}/mirror/streamed-reset:1`)).toBe(base.digest);
  });

  test('a corrupted source is refused at the end of the stream: nothing committed at the destination', async () => {
    sourceProxy.setRules([{ match: { method: 'GET', path: /\/blobs\/sha256:/ }, always: faults.corrupt() }]);
    const rec = client();
    const via = base.ref.replace(source.host, sourceProxy.host);
    const error = await rec.capture(() => rec.client.copyImage(via, `${target.host}/mirror/streamed-corrupt:1`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(/does not match the expected sha256:/);
    const { client: plain } = client();
    await expect(plain.headManifest(`${target.host}/mirror/streamed-corrupt:1`)).resolves.toBeUndefined();
    const manifest = await blobs(base);
    const dst = { registry: target.host, apiHost: target.host, repository: 'mirror/streamed-corrupt' };
    for (const blob of [manifest.config, ...manifest.layers]) await expect(plain.headBlob(dst, blob.digest)).resolves.toBeUndefined();
  });
});
