/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

import { StepError } from '../runtime/errors.js';

export interface ImageVersionRequest {
  /** Platform-side image name (e.g. `ml-runtime`). */
  image: string;
  version: string;
  /** `sha256:…` */
  digest: string;
  /** `<repository>@sha256:…`, what compute pulls. */
  imageRef: string;
  source: { commit: string; runUrl?: string };
  build: { hash: string };
  description?: string;
}

export interface ImageVersion {
  id: string;
  image: string;
  version: string;
  digest: string;
  imageRef: string;
  created: boolean;
}

/** `kind/name`, e.g. `resource-group/rg-prod`, `cluster/0123-456789-abc`, `job/42/main`, `project/1001`. */
export interface AttachmentTarget {
  kind: string;
  id: string;
}

export interface Attachment {
  target: string;
  image: string;
  version: string;
  /** Whether this call changed what the target runs. */
  changed: boolean;
}

/**
 * The one failure every adapter raises for "this version exists with another digest", so callers
 * (register) can recognise it whatever the platform. Nothing was changed when it is thrown.
 */
export class VersionConflictError extends StepError {
  constructor(
    readonly image: string,
    readonly version: string,
    readonly existingDigest: string,
    readonly requestedDigest: string,
  ) {
    super(
      `version ${version} of ${image} already exists with digest ${existingDigest}; versions are immutable: choose another version or re-use that digest`,
    );
    this.name = 'VersionConflictError';
  }
}

export interface Platform {
  readonly name: string;
  ensureImage(image: string, description?: string): Promise<void>;
  createVersion(request: ImageVersionRequest): Promise<ImageVersion>;
  attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]>;
  promote?(image: string, version: string, channel: string): Promise<void>;
  getVersion(image: string, version: string): Promise<ImageVersion | undefined>;
}
