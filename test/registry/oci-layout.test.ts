/**
 * Reading and rewriting a local OCI image layout: which image it holds, blobs checked against their
 * descriptors, and base layers swapped for the registry's blobs (substituteKnownLayers).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { substituteKnownLayers, type KnownLayer } from '../../src/registry/known-layers.js';
import { OciLayout } from '../../src/registry/oci-layout.js';
import type { ImageIndex, ImageManifest } from '../../src/registry/types.js';
import { writeLayout } from './layout-fixture.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'oci-layout-'));
const readAll = async (stream: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
};

describe('OciLayout', () => {
  test('a folder without oci-layout is refused with a clear error', async () => {
    await expect(OciLayout.open(scratch())).rejects.toThrow(/is not an OCI image layout \(no readable oci-layout file\)/);
  });

  test('the image is the only entry, or the one named; none or several is an error naming the entries', async () => {
    const dir = scratch();
    const written = writeLayout(dir, [{}], { name: 'image' });
    const layout = await OciLayout.open(dir);
    expect((await layout.top()).digest).toBe(written.top.digest);
    expect((await layout.top('image')).digest).toBe(written.top.digest);
    await expect(layout.top('other')).rejects.toThrow(/holds no image named 'other' \(entries: image\)/);
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as ImageIndex;
    writeFileSync(
      path.join(dir, 'index.json'),
      JSON.stringify({ ...index, manifests: [...index.manifests, { ...written.top, annotations: {} }] }),
    );
    await expect(layout.top()).rejects.toThrow(/holds more than one image/);
  });

  test('blob paths take only well-formed digests', async () => {
    const layout = await OciLayout.open(writeLayout(scratch()).dir);
    expect(() => layout.blobPath('sha256:../../etc/passwd')).toThrow(/is not a sha256\/sha512 digest/);
    expect(layout.blobPath(`sha256:${'a'.repeat(64)}`)).toMatch(/blobs\/sha256\/a{64}$/);
  });

  test('a blob changed on disk is refused: read whole, and streamed (the stream fails at its end)', async () => {
    const dir = scratch();
    const written = writeLayout(dir, [{ layers: [Buffer.from('layer content')] }]);
    const layout = await OciLayout.open(dir);
    const layer = written.images[0]!.layers[0]!;
    expect((await readAll(layout.openBlob(layer))).byteLength).toBe(layer.size);
    const file = layout.blobPath(layer.digest);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
    writeFileSync(file, bytes);
    await expect(layout.readBlob(layer)).rejects.toThrow(/hashing to sha256:[a-f0-9]{64}, not the \d+ bytes its descriptor says/);
    await expect(readAll(layout.openBlob(layer))).rejects.toThrow(/content digest .* does not match/);
    writeFileSync(file, bytes.subarray(1));
    await expect(readAll(layout.openBlob(layer))).rejects.toThrow(/received \d+ bytes, expected \d+/);
  });
});

describe('substituteKnownLayers', () => {
  const diffId = `sha256:${createHash('sha256').update('the base layer, uncompressed').digest('hex')}`;
  const registryBlob = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${'b'.repeat(64)}`, size: 1234 };
  const repository = { registry: 'r.io', apiHost: 'r.io', repository: 'base/busybox' };
  const known = new Map<string, KnownLayer>([[diffId, { descriptor: registryBlob, repository }]]);

  test('one image: the placeholder names the registry blob; the manifest and index.json are rewritten', async () => {
    const dir = scratch();
    const written = writeLayout(dir, [{ placeholders: [diffId], layers: [Buffer.from('own')] }]);
    const layout = await OciLayout.open(dir);
    const before = (await layout.manifest(written.top)).manifest as ImageManifest;

    const result = await substituteKnownLayers(layout, 'image', known);
    expect(result.replaced).toBe(1);
    expect([...result.remoteBlobs]).toEqual([[registryBlob.digest, repository]]);
    const top = await layout.top('image');
    expect(top).toEqual(result.top);
    expect(top.digest).not.toBe(written.top.digest);
    const after = (await layout.manifest(top)).manifest as ImageManifest;
    expect(after.layers).toEqual([registryBlob, before.layers[1]]);
    expect(after.config).toEqual(before.config); // the config (diff IDs) never changes
  });

  test('an index: each child is rewritten, then the index that names them', async () => {
    const dir = scratch();
    const written = writeLayout(dir, [
      { architecture: 'amd64', placeholders: [diffId], layers: [Buffer.from('own amd64')] },
      { architecture: 'arm64', placeholders: [diffId], layers: [Buffer.from('own arm64')] },
    ]);
    const layout = await OciLayout.open(dir);

    const result = await substituteKnownLayers(layout, undefined, known);
    expect(result.replaced).toBe(2);
    const index = (await layout.manifest(await layout.top())).manifest as ImageIndex;
    expect(index.manifests.map((entry) => entry.platform?.architecture)).toEqual(['amd64', 'arm64']);
    for (const [i, entry] of index.manifests.entries()) {
      expect(entry.digest).not.toBe(written.images[i]?.manifest.digest);
      const child = (await layout.manifest(entry)).manifest as ImageManifest;
      expect(child.layers[0]).toEqual(registryBlob);
      expect(child.layers[1]).toEqual(written.images[i]?.layers[1]);
    }
  });

  test('nothing known: nothing changes', async () => {
    const dir = scratch();
    const written = writeLayout(dir);
    const before = readFileSync(path.join(dir, 'index.json'), 'utf8');
    const result = await substituteKnownLayers(await OciLayout.open(dir), 'image', new Map());
    expect(result).toEqual({ top: written.top, remoteBlobs: new Map(), replaced: 0 });
    expect(readFileSync(path.join(dir, 'index.json'), 'utf8')).toBe(before);
  });
});
