import * as core from '../../runtime/actions-core.js';
import { InputError } from '../../core/errors.js';
import { ImageRefError, parseRepository } from '../../core/image-ref.js';
import type { AttachmentTarget } from '../../core/platform-model.js';
import { checkDestinationAllowed, decidePromotion, type PromotionChoice, type RepositoryRef } from '../../core/promotion.js';
import { checkImageName } from '../../core/registration.js';
import { splitList } from '../../core/lists.js';
import { parseExtraTags } from '../../core/tags.js';
import { parseTargets } from '../../core/targets.js';
import { readInsecureRegistries } from '../../hash/definition-inputs.js';
import { readPlatformInputs, type PlatformInputs } from '../../platform/inputs.js';
import { readOptional, readString } from '../../runtime/inputs.js';

/**
 * Every input of `promote`, read and checked before any request is made: a bad value fails the
 * step here, with nothing moved.
 */
export interface PromoteInputs extends PlatformInputs {
  imageName: string;
  /** Which version, from where, to which channel. */
  choice: PromotionChoice;
  /** The destination repository; undefined: the version's own repository. */
  toImage?: RepositoryRef;
  /** Extra tags at the destination (bare, validated). */
  tags: string[];
  targets: AttachmentTarget[];
  /** Credentials for the destination registry. */
  registryLogin?: { username: string; password: string };
  insecureRegistries: string[];
  reason?: string;
  /** Where to record a GitHub deployment, when asked to. */
  deployment?: { token: string; environment: string };
}

export function readPromoteInputs(): PromoteInputs {
  const platformInputs = readPlatformInputs(['registry-password', 'github-token']);
  const { platform } = platformInputs;

  const imageName = checkImageName(platform, readString('image-name'));
  const choice = decidePromotion({
    platform,
    version: readString('version'),
    fromChannel: readString('from-channel'),
    toChannel: readString('to-channel'),
    requireChannel: readString('require-channel'),
  });
  const toImage = readToImage();
  checkDestinationAllowed(platform, readOptional('to-image'));
  const reason = readOptional('reason');
  if (reason !== undefined && reason.length > 1024) {
    throw new InputError('reason', `has ${reason.length} characters, more than 1024`, 'Shorten it; link to details instead');
  }
  const registryLogin = readRegistryLogin();
  const deployment = readDeployment();
  return {
    ...platformInputs,
    imageName,
    choice,
    ...(toImage ? { toImage } : {}),
    tags: readTags(toImage),
    // Raw lines, so an error can quote the line number the user sees.
    targets: parseTargets(core.getInput('targets').split('\n'), platform),
    ...(registryLogin ? { registryLogin } : {}),
    insecureRegistries: readInsecureRegistries(),
    ...(reason ? { reason } : {}),
    ...(deployment ? { deployment } : {}),
  };
}

function readToImage(): RepositoryRef | undefined {
  const value = readOptional('to-image');
  if (value === undefined) return undefined;
  try {
    return parseRepository(value);
  } catch (error) {
    if (error instanceof ImageRefError) {
      throw new InputError(
        'to-image',
        error.message,
        'Give the destination repository without tag or digest, e.g. ghcr.io/acme/ml-runtime: the version decides the digest, and tags go in tags',
      );
    }
    throw error;
  }
}

/** Without to-image the destination is the version's own repository, known only once it is resolved: tags must be bare. */
function readTags(toImage: RepositoryRef | undefined): string[] {
  const text = core.getInput('tags');
  if (toImage) return parseExtraTags(text, toImage);
  for (const item of splitList(text)) {
    if (/[/:@]/.test(item)) {
      throw new InputError(
        'tags',
        `'${item}' is a reference, but without to-image the destination is the version's own repository`,
        'Give bare tags (prod, v1.2.3), or set to-image',
      );
    }
  }
  return parseExtraTags(text, { registry: '', repository: '' });
}

function readRegistryLogin(): { username: string; password: string } | undefined {
  const username = readOptional('registry-username');
  const password = readOptional('registry-password');
  if ((username === undefined) !== (password === undefined)) {
    throw new InputError(
      username === undefined ? 'registry-username' : 'registry-password',
      'is empty while the other registry credential is set',
      'Give both registry-username and registry-password for the destination registry, or neither (then ~/.docker/config.json is used)',
    );
  }
  return username !== undefined && password !== undefined ? { username, password } : undefined;
}

function readDeployment(): { token: string; environment: string } | undefined {
  const token = readOptional('github-token');
  const environment = readOptional('environment');
  if (token === undefined && environment === undefined) return undefined;
  if (token === undefined) {
    throw new InputError(
      'github-token',
      `is empty, so the deployment to environment '${environment}' cannot be recorded`,
      "Pass github-token: ${{ github.token }} with 'permissions: deployments: write', or leave environment empty",
    );
  }
  if (environment === undefined) {
    throw new InputError(
      'environment',
      'is empty while github-token is set',
      'Name the GitHub environment to record the deployment in, e.g. production',
    );
  }
  return { token, environment };
}
