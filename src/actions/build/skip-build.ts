import * as core from '../../runtime/actions-core.js';
import { parseImageRef, repositoryName } from '../../core/image-ref.js';
import { normalizePlatform } from '../../core/platforms.js';
import { StepError } from '../../core/errors.js';
import { inspectExistingImage } from '../../registry/published-image.js';
import type { RegistryClient } from '../../registry/client.js';
import type { BuildDefinitionResult } from '../../hash/compute-build-definition.js';
import { setOutputs } from '../../runtime/run-action.js';
import type { BuildInputs } from './inputs.js';
import { type PhaseTime, writeBuildSummary } from './summary.js';

type Timed = <T>(name: string, title: string, work: () => Promise<T>) => Promise<T>;

/**
 * ZenML's `skip_build`: the spec's parent image is the image, used as is. Nothing is built, pushed
 * or tagged; the parent is pinned by the digest its tag points at now, and must provide every
 * requested platform (as a reused image must).
 */
export async function useParentAsIs(
  inputs: BuildInputs,
  hashed: BuildDefinitionResult,
  client: RegistryClient,
  timed: Timed,
  phases: PhaseTime[],
): Promise<void> {
  const base = inputs.spec?.spec.base;
  if (base?.kind !== 'parent') throw new Error('useParentAsIs: the spec has no parent');
  const parent = parseImageRef(base.image);
  const platforms = hashed.definition.platforms;
  const found = await timed('existence check', `Look for the parent image ${base.image}`, () =>
    inspectExistingImage(client, parent, platforms),
  );
  if (!found) throw new StepError(`skip-build: the parent image ${base.image} does not exist (the registry answered 404)`);
  const present = new Set(found.platforms.map((p) => normalizePlatform(p) ?? p));
  const missing = platforms.filter((platform) => !present.has(platform));
  if (missing.length > 0) {
    throw new StepError(
      `skip-build: the parent image ${base.image} (${found.digest}) lacks ${missing.join(', ')} (it has ${found.platforms.join(', ') || 'no platform'})`,
    );
  }
  if (inputs.tags.length > 0)
    core.warning(`skip-build: the parent image is used as is, so the tags ${inputs.tags.join(', ')} were not applied`);
  const image = `${repositoryName(parent)}@${found.digest}`;
  const reason = `skip-build: the parent image ${base.image} is used as is (${platforms.join(', ')})`;
  core.info(reason);
  setOutputs({ image, digest: found.digest, tag: '', tags: '[]', hash: hashed.hash, reused: true });
  await writeBuildSummary({ image, digest: found.digest, tags: [], reused: true, reason, phases });
}
