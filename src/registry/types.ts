/** Shapes of OCI / Docker schema-2 documents, as far as this toolkit reads them. */

import type { OciPlatform } from '../core/platforms.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: OciPlatform & { 'os.version'?: string; 'os.features'?: string[] };
  artifactType?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** The image configuration blob (only the parts we read). */
export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  config?: { Labels?: Record<string, string> | null };
  /** The uncompressed digests of the layers, in the manifest's order. */
  rootfs?: { type?: string; diff_ids?: string[] };
}

/** What a manifest HEAD tells: enough for an existence check or a digest lookup. */
export interface ManifestHead {
  digest: string;
  mediaType: string | undefined;
  size: number | undefined;
}

/** A manifest as fetched: its exact bytes (a retag PUTs these unchanged) and the parsed document. */
export interface FetchedManifest {
  digest: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
  manifest: ImageManifest | ImageIndex;
}
