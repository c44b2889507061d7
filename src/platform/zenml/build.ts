/**
 * A ZenML pipeline build for a pushed image, as the REST API takes it, and its checksum. Pure.
 *
 * Schema: `PipelineBuildRequest` (zenml-io/zenml `src/zenml/models/v2/core/pipeline_build.py`,
 * project era: `ProjectScopedRequest.project: UUID` from `models/v2/base/scoped.py`) with
 * `images: Dict[str, BuildItem]` (`models/v2/misc/build_item.py`: `image`, `dockerfile`,
 * `requirements`, `settings_checksum`, `contains_code`, `requires_code_download`), `is_local`,
 * `contains_code`, `zenml_version`, `python_version`, `checksum`, `stack`.
 *
 * The checksum is ZenML's own recipe (`src/zenml/pipelines/build_utils.py`
 * `compute_build_checksum`): MD5 over, for each image key in order, the key then its settings
 * checksum. When the settings checksum is the one ZenML computes for the pipeline's Docker
 * settings (the `settings-checksum` setting), ZenML's `find_existing_build` picks this build by
 * itself. Otherwise it is ours, made from the image name and version, so the checksum names one
 * version: looking it up finds that version again (replay) or another digest under it (conflict).
 */
import { createHash } from 'node:crypto';

export interface BuildFacts {
  projectId: string;
  stackId?: string;
  imageRef: string;
  imageKeys: readonly string[];
  settingsChecksum: string;
  zenmlVersion: string;
  pythonVersion: string;
}

/** ZenML's `compute_build_checksum` over our image keys, each with the same settings checksum. */
export function buildChecksum(imageKeys: readonly string[], settingsChecksum: string): string {
  const hash = createHash('md5');
  for (const key of imageKeys) {
    hash.update(key);
    hash.update(settingsChecksum);
  }
  return hash.digest('hex');
}

/** Our settings checksum when none is given: one per image name and version. */
export function versionSettingsChecksum(image: string, version: string): string {
  return createHash('sha256').update(`image-actions\u0000${image}\u0000${version}`).digest('hex');
}

export function buildRequestBody(facts: BuildFacts, checksum: string): Record<string, unknown> {
  const images: Record<string, unknown> = {};
  for (const key of facts.imageKeys) {
    images[key] = {
      image: facts.imageRef,
      dockerfile: null,
      requirements: null,
      settings_checksum: facts.settingsChecksum,
      contains_code: false,
      requires_code_download: false,
    };
  }
  return {
    project: facts.projectId,
    ...(facts.stackId ? { stack: facts.stackId } : {}),
    images,
    is_local: false,
    contains_code: false,
    zenml_version: facts.zenmlVersion,
    python_version: facts.pythonVersion,
    checksum,
  };
}

/** The filter `find_existing_build` uses, for one checksum (`GET /api/v1/pipeline_builds`). */
export function buildLookupQuery(facts: Omit<BuildFacts, 'imageRef'>, checksum: string, size = 1): Record<string, string> {
  return {
    project: facts.projectId,
    ...(facts.stackId ? { stack_id: facts.stackId } : {}),
    is_local: 'false',
    contains_code: 'false',
    zenml_version: facts.zenmlVersion,
    python_version: facts.pythonVersion,
    checksum,
    // Oldest first: when two registers raced, the first build is the one both keep.
    sort_by: 'asc:created',
    size: String(size),
    hydrate: 'true',
  };
}

export interface BuildResponse {
  id?: string;
  body?: { created?: string };
  metadata?: { images?: Record<string, { image?: string }>; checksum?: string };
}

/** The image a build runs for our keys, or undefined when its keys do not all name one image. */
export function buildImage(build: BuildResponse, imageKeys: readonly string[]): string | undefined {
  const images = imageKeys.map((key) => build.metadata?.images?.[key]?.image);
  const first = images[0];
  return first !== undefined && images.every((image) => image === first) ? first : undefined;
}
