/**
 * The one interface every platform adapter implements (catalog, databricks, dataworks, metaflow,
 * zenml).
 * Versions are immutable: creating the same name with the same digest is an idempotent success
 * (`created: false`); with another digest it fails and changes nothing.
 */

import { StepError } from '../core/errors.js';
import type {
  Attachment,
  AttachmentTarget,
  ChannelState,
  ImageVersion,
  ImageVersionRequest,
  PromotionRequest,
  PromotionResult,
  PublishResult,
} from '../core/platform-model.js';

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

/**
 * The failure of a promotion that lost a race: the channel moved to `winner` after this run read
 * it. Nothing was changed by the losing promotion.
 */
export class ChannelMovedError extends StepError {
  constructor(
    readonly image: string,
    readonly channel: string,
    readonly version: string,
    readonly winner: string | undefined,
    readonly seen: string | undefined,
  ) {
    super(
      `channel ${channel} of ${image} moved to ${winner ?? 'nothing'} (another promotion won) while this run promoted ${version}; ` +
        `it held ${seen ?? 'nothing'} when this run read it. The channel was left on ${winner ?? 'nothing'}: re-run this promotion if ${version} should replace it`,
    );
    this.name = 'ChannelMovedError';
  }
}

export interface PlatformAdapter {
  readonly name: string;
  ensureImage(image: string, description?: string): Promise<void>;
  createVersion(request: ImageVersionRequest): Promise<ImageVersion>;
  attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]>;
  getVersion(image: string, version: string): Promise<ImageVersion | undefined>;
  /**
   * Platforms whose versions are tested and published before compute uses them (DataWorks):
   * make `version` of `image` the published one. Safe to call again; register calls it after
   * createVersion, promote when it moves a version.
   */
  publishVersion?(image: string, version: string): Promise<PublishResult>;
  /** Platforms that can return an image to an earlier version of theirs (DataWorks RollbackImage). */
  rollbackTo?(image: string, version: string): Promise<void>;
  /** What a channel holds now (undefined: nothing yet). Platforms with channels implement the three below. */
  readChannel?(image: string, channel: string): Promise<ChannelState | undefined>;
  /**
   * Moves the channel to the version unless it moved since `request.expected` was read (then
   * ChannelMovedError, nothing changed). Already there: `changed: false`.
   */
  promote?(request: PromotionRequest): Promise<PromotionResult>;
  /** What the channel held before its current version (the target of a rollback), if anything. */
  previousVersion?(image: string, channel: string): Promise<string | undefined>;
}
