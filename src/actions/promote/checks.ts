import * as core from '../../runtime/actions-core.js';
import { InputError, StepError } from '../../core/errors.js';
import { formatImageRef, repositoryName } from '../../core/image-ref.js';
import type { ImageVersion } from '../../core/platform-model.js';
import { hashLabelProblem, type RepositoryRef, versionTagProblem } from '../../core/promotion.js';
import type { RegistryClient } from '../../registry/client.js';
import type { CredentialSource } from '../../registry/credentials.js';
import { RegistryError } from '../../registry/errors.js';
import { readSourceImage, type SourceImage, tagDigest } from '../../registry/image-move.js';
import { settledValue } from '../../runtime/concurrency.js';

export interface CheckFacts {
  source: Parameters<typeof readSourceImage>[1];
  destination: RepositoryRef;
  version: ImageVersion;
  /** The version's own tag at the destination; undefined when the version has no name (databricks). */
  versionTag: string | undefined;
  credentials: CredentialSource;
}

/**
 * Everything the registry must confirm before anything moves, read at once: the source image and
 * its build-hash labels, push access at the destination, and the version tag there. Failures are
 * reported in that fixed order, whichever came first.
 */
export async function checkBeforeMoving(client: RegistryClient, facts: CheckFacts): Promise<SourceImage> {
  const { source, destination, version, versionTag } = facts;
  const [sourceRead, push, tag] = await Promise.allSettled([
    readSourceImage(client, source),
    checkPushAccessOrExplain(client, destination, facts.credentials),
    versionTag ? tagDigest(client, destination, versionTag) : Promise.resolve(undefined),
  ]);
  const found = settledValue(sourceRead);
  const problem = hashLabelProblem(formatImageRef(source), found.hashLabels, version.buildHash);
  if (problem) throw new StepError(`${problem}. Nothing was moved`);
  settledValue(push);
  const taken = versionTag && versionTagProblem(repositoryName(destination), versionTag, settledValue(tag), version.digest);
  if (taken) throw new StepError(taken);
  core.info(`Source ${formatImageRef(source)} carries the build hash; ${repositoryName(destination)} accepts pushes`);
  return found;
}

/** Push access, or one clear error that says which credentials are missing. */
async function checkPushAccessOrExplain(client: RegistryClient, destination: RepositoryRef, credentials: CredentialSource): Promise<void> {
  try {
    await client.checkPushAccess(destination);
  } catch (error) {
    const denied = error instanceof RegistryError && (error.status === 401 || error.status === 403);
    if (denied && !(await credentials(destination.registry))) {
      throw new InputError(
        'registry-username',
        `the destination registry ${destination.registry} refused to let ${destination.repository} be pushed to without credentials, and none were given (HTTP ${(error as RegistryError).status})`,
        'Pass registry-username and registry-password for the destination registry (from secrets), or log in before this step (docker/login-action)',
      );
    }
    throw error;
  }
}
