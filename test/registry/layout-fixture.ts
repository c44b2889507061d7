/**
 * Writes small, real OCI image layouts for tests (what `buildah push … oci:<dir>:<name>` leaves):
 * gzip layers with their diff IDs in the config, one image or an index of several platforms.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Descriptor } from '../../src/registry/types.js';

export interface LayoutImageSpec {
  /** Uncompressed layer contents (each becomes one gzip layer). Default: one layer of 2 KiB random bytes. */
  layers?: Uint8Array[];
  architecture?: string;
  labels?: Record<string, string>;
  /**
   * Diff IDs of layers that come first and are written the way buildah leaves a layer it took as
   * already there (an empty placeholder file under the diff ID): size 0, uncompressed media type.
   */
  placeholders?: string[];
}

export interface WrittenImage {
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  diffIds: string[];
}

export interface WrittenLayout {
  dir: string;
  /** The index.json entry. */
  top: Descriptor;
  images: WrittenImage[];
}

const digestOf = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

function writeBlob(dir: string, bytes: Uint8Array): string {
  const digest = digestOf(bytes);
  const folder = path.join(dir, 'blobs', 'sha256');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, digest.slice('sha256:'.length)), bytes);
  return digest;
}

function writeImage(dir: string, spec: LayoutImageSpec): WrittenImage {
  mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  const contents = spec.layers ?? [randomBytes(2048)];
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const diffId of spec.placeholders ?? []) {
    writeFileSync(path.join(dir, 'blobs', 'sha256', diffId.slice('sha256:'.length)), '');
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: diffId, size: 0 });
    diffIds.push(diffId);
  }
  for (const content of contents) {
    diffIds.push(digestOf(content));
    const gz = gzipSync(content);
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: writeBlob(dir, gz), size: gz.byteLength });
  }
  const configBytes = Buffer.from(
    JSON.stringify({
      architecture: spec.architecture ?? 'amd64',
      os: 'linux',
      config: { Labels: spec.labels ?? {} },
      rootfs: { type: 'layers', diff_ids: diffIds },
    }),
  );
  const config: Descriptor = {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: writeBlob(dir, configBytes),
    size: configBytes.byteLength,
  };
  const manifestBytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers }),
  );
  const manifest: Descriptor = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: writeBlob(dir, manifestBytes),
    size: manifestBytes.byteLength,
  };
  return { manifest, config, layers, diffIds };
}

/** One image, or (with `index`, or several specs) an index of them; named `name` in index.json. */
export function writeLayout(dir: string, specs: LayoutImageSpec[] = [{}], options: { name?: string; index?: boolean } = {}): WrittenLayout {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const images = specs.map((spec) => writeImage(dir, spec));
  let top: Descriptor;
  if (options.index || images.length > 1) {
    const indexBytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: images.map((image, i) => ({
          ...image.manifest,
          platform: { architecture: specs[i]?.architecture ?? 'amd64', os: 'linux' },
        })),
      }),
    );
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: writeBlob(dir, indexBytes), size: indexBytes.byteLength };
  } else {
    top = { ...(images[0] as WrittenImage).manifest };
  }
  top = { ...top, annotations: { 'org.opencontainers.image.ref.name': options.name ?? 'image' } };
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [top] }));
  return { dir, top, images };
}
