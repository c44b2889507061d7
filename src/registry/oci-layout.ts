/**
 * An OCI image layout on disk (image-spec `image-layout.md`): an `oci-layout` marker, `index.json`,
 * and content-addressed blobs under `blobs/<algorithm>/<hex>`. It is what a builder leaves locally
 * (`buildah push … oci:<dir>:<name>`) and what uploadLayout pushes. Every blob read here is checked
 * against its descriptor (size and digest), so a file changed on disk can never be pushed under a
 * digest it no longer has.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { computeDigest, digestAlgorithm, sha256Digest, verifyingStream } from '../core/digest.js';
import { StepError } from '../core/errors.js';
import { isImageManifestMediaType, isIndexMediaType, MediaTypes } from './media-types.js';
import type { Descriptor, FetchedManifest, ImageIndex, ImageManifest } from './types.js';

/** The annotation that names an image in `index.json` (`oci:<dir>:<name>`). */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

const maxManifestBytes = 4 << 20;
const digestPattern = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export class OciLayout {
  private constructor(readonly dir: string) {}

  /** Opens an existing layout; fails with a clear error when `dir` is not one. */
  static async open(dir: string): Promise<OciLayout> {
    let marker: { imageLayoutVersion?: unknown };
    try {
      marker = JSON.parse(await readFile(path.join(dir, 'oci-layout'), 'utf8')) as typeof marker;
    } catch (error) {
      throw new StepError(`${dir} is not an OCI image layout (no readable oci-layout file)`, { cause: error });
    }
    if (typeof marker.imageLayoutVersion !== 'string' || !marker.imageLayoutVersion.startsWith('1.')) {
      throw new StepError(`${dir} is an OCI image layout of version ${String(marker.imageLayoutVersion)}; only 1.x is supported`);
    }
    return new OciLayout(dir);
  }

  /** Where a blob lives; refuses anything that is not a well-formed digest (no path tricks). */
  blobPath(digest: string): string {
    if (!digestPattern.test(digest)) throw new StepError(`'${digest}' is not a sha256/sha512 digest`);
    const [algorithm, hex] = digest.split(':') as [string, string];
    return path.join(this.dir, 'blobs', algorithm, hex);
  }

  async hasBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<boolean> {
    const info = await stat(this.blobPath(descriptor.digest)).catch(() => undefined);
    return info?.isFile() === true && info.size === descriptor.size;
  }

  async index(): Promise<ImageIndex> {
    const text = await readFile(path.join(this.dir, 'index.json'), 'utf8').catch((error: unknown) => {
      throw new StepError(`The OCI layout ${this.dir} has no readable index.json`, { cause: error });
    });
    const index = JSON.parse(text) as ImageIndex;
    if (index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
      throw new StepError(`The index.json of ${this.dir} is not an OCI index (schemaVersion 2 with manifests)`);
    }
    return index;
  }

  /**
   * The image the layout holds: the `index.json` entry named `name`, or the only entry when no name
   * is given. An entry is an image manifest or an index (several platforms).
   */
  async top(name?: string): Promise<Descriptor> {
    const entries = (await this.index()).manifests;
    const matching = name === undefined ? entries : entries.filter((entry) => entry.annotations?.[REF_NAME_ANNOTATION] === name);
    if (matching.length !== 1) {
      const names = entries.map((entry) => entry.annotations?.[REF_NAME_ANNOTATION] ?? entry.digest).join(', ') || 'none';
      throw new StepError(
        `The OCI layout ${this.dir} holds ${matching.length === 0 ? 'no' : 'more than one'} image${name === undefined ? '' : ` named '${name}'`} (entries: ${names})`,
      );
    }
    return matching[0] as Descriptor;
  }

  /** A small blob read whole and verified. */
  async readBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, maxBytes = maxManifestBytes): Promise<Uint8Array> {
    if (descriptor.size > maxBytes) {
      throw new StepError(
        `Blob ${descriptor.digest} in ${this.dir} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`,
      );
    }
    const bytes = await readFile(this.blobPath(descriptor.digest)).catch((error: unknown) => {
      throw new StepError(`The OCI layout ${this.dir} lacks blob ${descriptor.digest}`, { cause: error });
    });
    const algorithm = digestAlgorithm(descriptor.digest) ?? 'sha256';
    const actual = computeDigest(bytes, algorithm);
    if (bytes.byteLength !== descriptor.size || actual !== descriptor.digest) {
      throw new StepError(
        `Blob ${descriptor.digest} in ${this.dir} has ${bytes.byteLength} bytes hashing to ${actual}, not the ${descriptor.size} bytes its descriptor says`,
      );
    }
    return bytes;
  }

  /** A blob as a stream that fails at its end unless size and digest match the descriptor. */
  openBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Readable {
    const verify = verifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of the OCI layout ${this.dir}`);
    return pipeline(createReadStream(this.blobPath(descriptor.digest)), verify, () => undefined);
  }

  /** A manifest or index of the layout, with its exact bytes (what gets PUT). */
  async manifest(descriptor: Descriptor): Promise<FetchedManifest> {
    const bytes = await this.readBlob(descriptor);
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as (ImageManifest | ImageIndex) & { mediaType?: string };
    const mediaType =
      descriptor.mediaType ||
      manifest.mediaType ||
      (Array.isArray((manifest as ImageIndex).manifests) ? MediaTypes.ociIndex : MediaTypes.ociManifest);
    if (!isIndexMediaType(mediaType) && !isImageManifestMediaType(mediaType)) {
      throw new StepError(`${descriptor.digest} in ${this.dir} is a ${mediaType}, not an image manifest or index`);
    }
    return { digest: descriptor.digest, mediaType, size: bytes.byteLength, bytes, manifest };
  }

  /** Stores bytes as a blob (written aside, then renamed: a reader never sees half a blob). Returns the digest. */
  async writeBlob(bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    const target = this.blobPath(digest);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(`${target}.partial`, bytes);
    await rename(`${target}.partial`, target);
    return digest;
  }

  /** Replaces `index.json`. */
  async writeIndex(index: ImageIndex): Promise<void> {
    const file = path.join(this.dir, 'index.json');
    await writeFile(`${file}.partial`, JSON.stringify(index));
    await rename(`${file}.partial`, file);
  }
}
