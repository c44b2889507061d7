/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks, metaflow,
 * zenml).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

import { StepError } from '../core/errors.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest, PublishResult } from '../core/platform-model.js';

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

/**
 * The platform acts on an image's current version only (DataWorks tests, publishes and runs the
 * current one) and `version` is not it. Nothing was changed. Register treats it as "left as it
 * is" on a replay; promote rolls the image back first.
 */
export class VersionNotCurrentError extends StepError {
  constructor(
    message: string,
    readonly image: string,
    readonly version: string,
    readonly current: string | undefined,
  ) {
    super(message);
    this.name = 'VersionNotCurrentError';
  }
}

export interface PlatformAdapter {
  readonly name: string;
  ensureImage(image: string, description?: string): Promise<void>;
  createVersion(request: ImageVersionRequest): Promise<ImageVersion>;
  attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]>;
  promote?(image: string, version: string, channel: string): Promise<void>;
  getVersion(image: string, version: string): Promise<ImageVersion | undefined>;
  /**
   * Platforms whose versions are tested and published before compute uses them (DataWorks):
   * make `version` of `image` the published one. Safe to call again; register calls it after
   * createVersion, promote when it moves a version.
   */
  publishVersion?(image: string, version: string): Promise<PublishResult>;
  /** Platforms that can return an image to an earlier version of theirs (DataWorks RollbackImage). */
  rollbackTo?(image: string, version: string): Promise<void>;
}
