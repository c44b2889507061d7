import * as core from '../../runtime/actions-core.js';
import { checkCommit, checkHash, checkImageName, checkPinnedImage, type PinnedImage } from '../../core/registration.js';
import { parseTargets } from '../../core/targets.js';
import type { AttachmentTarget } from '../../core/platform-model.js';
import { readPlatformInputs, type PlatformInputs } from '../../platform/inputs.js';
import { readOptional, readString } from '../../runtime/inputs.js';

/**
 * Every input of `register`, read and checked before any request is made: a bad value fails the
 * step here, with nothing registered.
 */
export interface RegisterInputs extends PlatformInputs {
  imageName: string;
  image: PinnedImage;
  /** The `version` input as given (empty: decided by the version policy). */
  version: string;
  targets: AttachmentTarget[];
  description?: string;
  commit: string;
  /** A tag at the commit; empty when none. */
  gitTag: string;
  hash: string;
}

/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref: string | undefined): string {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}

export function readRegisterInputs(env: NodeJS.ProcessEnv = process.env): RegisterInputs {
  const platformInputs = readPlatformInputs();
  const { platform } = platformInputs;

  const description = readOptional('description');
  return {
    ...platformInputs,
    imageName: checkImageName(platform, readString('image-name')),
    image: checkPinnedImage(readString('image')),
    version: readString('version'),
    // Raw lines, so an error can quote the line number the user sees.
    targets: parseTargets(core.getInput('targets').split('\n'), platform),
    ...(description ? { description } : {}),
    commit: checkCommit(readString('commit') || env.GITHUB_SHA || ''),
    gitTag: readString('git-tag') || tagOfRef(env.GITHUB_REF),
    hash: checkHash(readString('hash')),
  };
}
