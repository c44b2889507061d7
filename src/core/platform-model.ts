/**
 * The vocabulary of registration, shared by the inputs, the pure checks and every platform
 * adapter: which platforms exist, what a version request is, what a target and an attachment are.
 */

/** Every platform `register` and `promote` speak to. */
export const PLATFORM_NAMES = ['catalog', 'databricks', 'dataworks'] as const;
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
