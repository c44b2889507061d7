/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

import { StepError } from '../core/errors.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest } from '../core/platform-model.js';

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

export interface PlatformAdapter {
  readonly name: string;
  ensureImage(image: string, description?: string): Promise<void>;
  createVersion(request: ImageVersionRequest): Promise<ImageVersion>;
  attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]>;
  promote?(image: string, version: string, channel: string): Promise<void>;
  getVersion(image: string, version: string): Promise<ImageVersion | undefined>;
}
