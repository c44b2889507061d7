/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */

/** Every platform `register` and `promote` speak to. */
export const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks', 'metaflow', 'zenml'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

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
  /**
   * Step outputs only this platform has, by output name (metaflow: `metaflow-image`,
   * `metaflow-registry`, `metaflow-with`). Each name is declared in actions/register/action.yml.
   */
  outputs?: Record<string, string>;
  /** The commit it was built from, when the platform records it (promote's deployment `ref`). */
  commit?: string;
  /** The full build hash, when the platform records it (promote checks the image's hash label against it). */
  buildHash?: string;
}

/**
 * What publishing a version did, on platforms that test and publish versions (DataWorks):
 * `published` when the platform reports it published (or publishing), `tested` when an image
 * test ran and passed first, `stage` the platform's own word for where the version stands
 * (DataWorks `PublishStage`: Untest, Testing, TestFailed, Unpublished, Publishing, Published …).
 */
export interface PublishResult {
  published: boolean;
  tested: boolean;
  stage: string;
}

/**
 * A channel: a named pointer of an image (`staging`, `production`) at one version. `revision` is
 * the platform's opaque token for "this state of the channel" (the catalog's ETag): a promotion
 * made against it fails when the channel moved since it was read.
 */
export interface ChannelState {
  image: string;
  channel: string;
  version: string;
  digest: string;
  revision?: string;
}

export interface PromotionRequest {
  image: string;
  channel: string;
  version: ImageVersion;
  /**
   * What the channel held when the promotion was decided (null: it was empty). If it moved since,
   * the promotion fails and names the version that is there now: a promotion never overwrites one
   * it has not seen.
   */
  expected: ChannelState | null;
  reason?: string;
}

export interface PromotionResult {
  channel: string;
  version: string;
  /** What the channel held before; undefined when it was empty. */
  previousVersion?: string;
  /** False when the channel already held the version (a re-run). */
  changed: boolean;
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
