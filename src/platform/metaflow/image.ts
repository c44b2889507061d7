/**
 * What Metaflow is told to run, from the pushed image. Pure.
 *
 * Metaflow reads `METAFLOW_DEFAULT_CONTAINER_IMAGE` and `METAFLOW_DEFAULT_CONTAINER_REGISTRY` from
 * its config file (Netflix/metaflow `metaflow/metaflow_config_funcs.py` `init_config`,
 * `metaflow/metaflow_config.py`), and prefixes the registry only to an image that names none
 * (`metaflow/plugins/kubernetes/kubernetes_decorator.py`: `if not get_docker_registry(image)`).
 * So the image is written fully qualified and pinned by digest: the registry key is there for
 * images given without one (per-step `image=` values), never a second source of truth. A tag is
 * never written: register only runs after a verified push, so the digest always exists.
 */
import { InputError } from '../../core/errors.js';
import { formatImageRef, parsePinnedImageRef } from '../../core/image-ref.js';

export interface MetaflowImage {
  /** `<registry>/<repository>@sha256:…`, for METAFLOW_DEFAULT_CONTAINER_IMAGE. */
  image: string;
  /** `<registry>`, for METAFLOW_DEFAULT_CONTAINER_REGISTRY. */
  registry: string;
  /** One run with this image without touching the config: `--with kubernetes:image=<image>`. */
  withOption: string;
}

export const IMAGE_KEY = 'METAFLOW_DEFAULT_CONTAINER_IMAGE';
export const REGISTRY_KEY = 'METAFLOW_DEFAULT_CONTAINER_REGISTRY';

/** Keys that, when set, win over the defaults for @kubernetes or @batch steps (metaflow_config.py). */
export const SHADOWING_KEYS = [
  'METAFLOW_KUBERNETES_CONTAINER_IMAGE',
  'METAFLOW_KUBERNETES_CONTAINER_REGISTRY',
  'METAFLOW_BATCH_CONTAINER_IMAGE',
  'METAFLOW_BATCH_CONTAINER_REGISTRY',
];

export function metaflowImage(imageRef: string): MetaflowImage {
  const pinned = parsePinnedImageRef(imageRef);
  if (!pinned) {
    throw new InputError(
      'image',
      `'${imageRef}' is not pinned by digest`,
      "Pass the build step's `image` output (<repository>@sha256:<64 hex>)",
    );
  }
  const image = formatImageRef({ registry: pinned.registry, repository: pinned.repository, digest: pinned.digest });
  return { image, registry: pinned.registry, withOption: `--with kubernetes:image=${image}` };
}
