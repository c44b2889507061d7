/**
 * uploadLayout against a real docker-registry, through the fault proxy: an OCI layout on disk ends
 * up in the registry with the layout's own digest (skopeo, an independent client, reads it from the
 * registry directly); blobs are skipped, mounted or copied when they can be; the manifest comes
 * last; a flaky registry is ridden through; a refusal (401) or bad local bytes fail at once with
 * nothing tagged.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { defaultRetryPolicy, type RegistryClientOptions } from '../../src/registry/client.js';
import { RegistryError } from '../../src/registry/errors.js';
import { knownLayers, substituteKnownLayers } from '../../src/registry/known-layers.js';
import { OciLayout } from '../../src/registry/oci-layout.js';
import type { ImageManifest } from '../../src/registry/types.js';
import { uploadLayout } from '../../src/registry/upload-layout.js';
import { pushBaseImage, type PushedImage } from '../support/base-image.js';
import { faults, startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest, skopeoRawManifest } from '../support/skopeo.js';
import { noCredentials, recordingClient } from './client-fixture.js';
import { writeLayout } from './layout-fixture.js';

const run = promisify(execFile);

let registry: TestRegistry;
let other: TestRegistry;
let proxy: FaultProxy;
let base: PushedImage;
let scratch: string;

beforeAll(async () => {
  registry = await startRegistry();
  other = await startRegistry();
  proxy = await startFaultProxy({ target: registry.url });
  base = await pushBaseImage({ registry: registry.host, repository: 'base/busybox', tag: '1' });
  scratch = mkdtempSync(path.join(tmpdir(), 'upload-layout-'));
}, 120_000);

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  await other?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  proxy.setRules([]);
  proxy.resetRecords();
});

/** The client's own retry policy (attempts, budget), with short waits so the test is quick. */
const client = (options: RegistryClientOptions = {}) =>
  recordingClient({ credentials: noCredentials, retry: { ...defaultRetryPolicy, baseDelayMs: 5, maxDelayMs: 50 }, ...options });

let layouts = 0;
const layoutDir = () => path.join(scratch, `layout-${++layouts}`);
const viaProxy = (repository: string, tag: string) => `${proxy.host}/${repository}:${tag}`;
const direct = (repository: string, tag: string) => `${registry.host}/${repository}:${tag}`;

async function tags(repository: string, url = registry.url): Promise<string[]> {
  const response = await fetch(`${url}/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  return (((await response.json()) as { tags?: string[] | null }).tags ?? []).sort();
}

/** skopeo copies the image out of the registry: every blob is fetched and checked against its digest. */
async function pullsWhole(ref: string): Promise<void> {
  const out = mkdtempSync(path.join(scratch, 'pull-'));
  await run('skopeo', ['copy', '--src-tls-verify=false', `docker://${ref}`, `oci:${out}:x`]);
}

describe('a layout into the registry', () => {
  test('one image: blobs, then the manifest under every tag; the registry serves the layout’s digest', async () => {
    const layout = writeLayout(layoutDir(), [{ layers: [randomBytes(3000), randomBytes(20_000)], labels: { a: 'b' } }]);
    const { client: c } = client();
    const result = await uploadLayout(c, layout.dir, [viaProxy('acme/one', 'h1-a'), viaProxy('acme/one', 'latest')]);

    expect(result.digest).toBe(layout.top.digest);
    expect(result.tags).toEqual(['h1-a', 'latest']);
    expect(await skopeoDigest(direct('acme/one', 'h1-a'))).toBe(layout.top.digest);
    expect(await skopeoDigest(direct('acme/one', 'latest'))).toBe(layout.top.digest);
    const image = layout.images[0]!;
    expect(await skopeoRawManifest(direct('acme/one', 'h1-a'))).toBe(
      (await (await OciLayout.open(layout.dir)).readBlob(image.manifest)).toString(),
    );
    const blobBytes = image.config.size + image.layers.reduce((sum, layer) => sum + layer.size, 0);
    expect(result.blobs).toEqual({ exists: 0, mounted: 0, uploaded: 3, copied: 0 });
    expect(result.bytesUploaded).toBe(blobBytes);
    expect(proxy.uploadedBlobBytes()).toBe(blobBytes);
    // The manifest goes last: no manifest PUT before the last blob upload finished.
    const firstManifestPut = proxy.records.findIndex((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
    const lastBlobPut = proxy.records.findLastIndex((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'));
    expect(lastBlobPut).toBeLessThan(firstManifestPut);
    await pullsWhole(direct('acme/one', 'h1-a'));

    proxy.resetRecords();
    const again = await uploadLayout(c, layout.dir, [viaProxy('acme/one', 'h1-a')]);
    expect(again.blobs).toEqual({ exists: 3, mounted: 0, uploaded: 0, copied: 0 });
    expect(proxy.uploadedBlobBytes()).toBe(0);
  });

  test('an index: the children by digest, then the index; skopeo sees the index digest and both platforms', async () => {
    const layout = writeLayout(layoutDir(), [{ architecture: 'amd64' }, { architecture: 'arm64' }]);
    const { client: c } = client();
    const result = await uploadLayout(c, layout.dir, [viaProxy('acme/multi', 'h1-m')]);
    expect(result.digest).toBe(layout.top.digest);
    expect(result.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(result.manifests).toBe(3);
    expect(await skopeoDigest(direct('acme/multi', 'h1-m'))).toBe(layout.top.digest);
    expect(await c.imagePlatforms(direct('acme/multi', 'h1-m'))).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
    const puts = proxy.records.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/')).map((r) => r.path.split('/').at(-1));
    expect(puts).toEqual([layout.images[0]!.manifest.digest, layout.images[1]!.manifest.digest, 'h1-m']);
  });

  test('blobs the registry holds in another repository are mounted: no bytes move', async () => {
    const layout = writeLayout(layoutDir());
    const { client: c } = client();
    await uploadLayout(c, layout.dir, [viaProxy('acme/first', '1')]);
    proxy.resetRecords();
    const result = await uploadLayout(c, layout.dir, [viaProxy('acme/second', '1')], {
      mountFrom: { registry: proxy.host, apiHost: proxy.host, repository: 'acme/first' },
    });
    expect(result.blobs).toEqual({ exists: 0, mounted: 2, uploaded: 0, copied: 0 });
    expect(proxy.uploadedBlobBytes()).toBe(0);
    expect(await skopeoDigest(direct('acme/second', '1'))).toBe(layout.top.digest);
  });

  test('base layers left out of the layout come from the registry: mounted within it, copied from another one', async () => {
    const { client: c } = client();
    const known = await knownLayers(c, [`${proxy.host}/base/busybox@${base.digest}`], [{ os: 'linux', architecture: 'amd64' }]);
    expect(known.size).toBe(1);
    const [diffId, baseLayer] = [...known][0]!;
    const layout = writeLayout(layoutDir(), [{ placeholders: [diffId], layers: [randomBytes(4000)] }]);
    const opened = await OciLayout.open(layout.dir);
    const substituted = await substituteKnownLayers(opened, 'image', known);

    const result = await uploadLayout(c, opened, [viaProxy('acme/on-base', '1')], { remoteBlobs: substituted.remoteBlobs });
    expect(result.blobs).toEqual({ exists: 0, mounted: 1, uploaded: 2, copied: 0 });
    const manifest = JSON.parse(await skopeoRawManifest(direct('acme/on-base', '1'))) as ImageManifest;
    expect(manifest.layers[0]).toEqual(baseLayer.descriptor);
    expect(await skopeoDigest(direct('acme/on-base', '1'))).toBe(result.digest);
    await pullsWhole(direct('acme/on-base', '1'));

    const elsewhere = await uploadLayout(c, opened, [`${other.host}/acme/on-base:1`], { remoteBlobs: substituted.remoteBlobs });
    expect(elsewhere.blobs).toEqual({ exists: 0, mounted: 0, uploaded: 2, copied: 1 });
    expect(elsewhere.digest).toBe(result.digest);
    await pullsWhole(`${other.host}/acme/on-base:1`);
  });
});

describe('a flaky registry', () => {
  const flaky = (seed: number): FaultRule[] => [
    { fraction: { rate: 0.1, fault: faults.serverError(), seed } },
    { fraction: { rate: 0.1 / 0.9, fault: faults.tooManyRequests('0'), seed: seed + 1 } },
    { fraction: { rate: 0.1 / 0.8, fault: faults.reset(), seed: seed + 2 } },
  ];

  test('30% of requests fail (500, 429 with Retry-After: 0, reset): every push goes through with the digest the registry serves', async () => {
    proxy.setRules(flaky(11));
    // Small chunks, so uploads are PATCH sequences that a reset can cut in the middle.
    const { client: c, logs } = client({ monolithicUploadMaxBytes: 1024, uploadChunkBytes: 8192 });
    for (let i = 0; i < 6; i++) {
      const layout = writeLayout(layoutDir(), [{ layers: [randomBytes(30_000), randomBytes(500)] }]);
      const result = await uploadLayout(c, layout.dir, [viaProxy('acme/flaky', `h1-${i}`), viaProxy('acme/flaky', `x-${i}`)]);
      expect(result.digest).toBe(layout.top.digest);
      expect(await skopeoDigest(direct('acme/flaky', `h1-${i}`))).toBe(layout.top.digest);
      expect(await skopeoDigest(direct('acme/flaky', `x-${i}`))).toBe(layout.top.digest);
    }
    const faulted = proxy.records.filter((r) => r.fault);
    expect(faulted.length / proxy.records.length).toBeGreaterThan(0.2);
    expect(new Set(faulted.map((r) => r.fault))).toEqual(new Set(['status', 'reset']));
    expect(c.stats.retries).toBeGreaterThan(0);
    expect(logs.some((line) => /: HTTP (500|429), retrying in \d+ ms/.test(line))).toBe(true);
  });

  test('a connection dropped in the middle of a chunked upload restarts that blob with a fresh session', async () => {
    proxy.setRules([{ match: { method: 'PATCH' }, sequence: ['pass', faults.reset()] }]);
    const { client: c, logs } = client({ monolithicUploadMaxBytes: 1024, uploadChunkBytes: 4096 });
    const layout = writeLayout(layoutDir(), [{ layers: [randomBytes(20_000)] }]);
    const result = await uploadLayout(c, layout.dir, [viaProxy('acme/cut', '1')]);
    expect(await skopeoDigest(direct('acme/cut', '1'))).toBe(result.digest);
    expect(logs.some((line) => /restarting its upload in \d+ ms/.test(line))).toBe(true);
    expect(proxy.records.filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('what fails at once, with nothing tagged', () => {
  test('a registry that answers 401 to the push: one clear error, no request repeated', async () => {
    proxy.setRules([
      {
        match: { method: ['POST', 'PUT', 'PATCH'] },
        always: faults.status(401, '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}'),
      },
    ]);
    const layout = writeLayout(layoutDir(), [{ layers: [randomBytes(100)] }]);
    const { client: c, logs } = client();
    const error = await uploadLayout(c, layout.dir, [viaProxy('acme/denied', 'h1-d')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    expect(String(error)).toMatch(/Registry error while starting a blob upload: HTTP 401 .*acme\/denied .*no credentials were found/);
    expect(c.stats.retries).toBe(0);
    expect(logs.filter((line) => /retrying|restarting|starting it again/.test(line))).toEqual([]);
    const refused = proxy.records.filter((r) => r.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(2); // at most one POST per blob (config, layer), each tried once
    expect(proxy.records.some((r) => r.path.includes('/manifests/'))).toBe(false);
    expect(await tags('acme/denied')).toEqual([]);
  });

  test('a blob changed on disk after the layout was written is never committed; nothing is tagged', async () => {
    const layout = writeLayout(layoutDir(), [{ layers: [randomBytes(5000)] }]);
    const layer = layout.images[0]!.layers[0]!;
    const file = path.join(layout.dir, 'blobs', 'sha256', layer.digest.slice(7));
    writeFileSync(file, randomBytes(layer.size));
    const { client: c } = client();
    const error = await uploadLayout(c, layout.dir, [viaProxy('acme/corrupt', '1')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(String(error)).toMatch(/content digest .* does not match the expected sha256:/);
    expect(proxy.records.some((r) => r.method === 'PUT' && r.path.includes(encodeURIComponent(layer.digest)) && r.status === 201)).toBe(
      false,
    );
    expect(await tags('acme/corrupt')).toEqual([]);
  });

  test('a blob missing from the layout fails before any request', async () => {
    const layout = writeLayout(layoutDir());
    unlinkSync(path.join(layout.dir, 'blobs', 'sha256', layout.images[0]!.layers[0]!.digest.slice(7)));
    const { client: c } = client();
    await expect(uploadLayout(c, layout.dir, [viaProxy('acme/missing', '1')])).rejects.toThrow(
      /lacks blob sha256:[a-f0-9]{64} \(\d+ bytes\) of sha256:[a-f0-9]{64}, and no registry is known to hold it/,
    );
    expect(proxy.records).toEqual([]);
  });

  test('destinations in two repositories are refused', async () => {
    const layout = writeLayout(layoutDir());
    const { client: c } = client();
    await expect(uploadLayout(c, layout.dir, [viaProxy('acme/a', '1'), viaProxy('acme/b', '1')])).rejects.toThrow(
      /One push goes to one repository/,
    );
    expect(proxy.records).toEqual([]);
  });
});
