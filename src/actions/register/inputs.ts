import * as core from '../../runtime/actions-core.js';
import { checkCommit, checkEndpoint, checkHash, checkImageName, checkPinnedImage, type PinnedImage } from '../../core/registration.js';
import { parseTargets } from '../../core/targets.js';
import { PLATFORM_NAMES, type AttachmentTarget, type PlatformName } from '../../core/platform-model.js';
import { InputError } from '../../core/errors.js';
import { readChoice, readKeyValueLines, readOptional, readString } from '../../runtime/inputs.js';

/**
 * Every input of `register`, read and checked before any request is made: a bad value fails the
 * step here, with nothing registered.
 */
export interface RegisterInputs {
  platform: PlatformName;
  endpoint: string;
  token?: string;
  oidcAudience?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  platformSettings: Record<string, string>;
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

/** Credentials are masked first, before anything can fail and print. */
function maskCredentials(): void {
  for (const name of ['token', 'access-key-secret']) {
    const value = readString(name);
    if (value) core.setSecret(value);
  }
  // A registry password among the settings (`registry-password=…`) is masked before parsing them.
  for (const line of core.getInput('platform-settings').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
      const value = line.slice(at + 1).trim();
      if (value) core.setSecret(value);
    }
  }
}

/** The tag of a tag push (`refs/tags/v1.2.3`), when the workflow did not pass `git-tag`. */
function tagOfRef(ref: string | undefined): string {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
}

export function readRegisterInputs(env: NodeJS.ProcessEnv = process.env): RegisterInputs {
  maskCredentials();
  const platform = readChoice('platform', PLATFORM_NAMES);
  const endpoint = checkEndpoint(platform, readString('endpoint'));
  const token = readOptional('token');
  const oidcAudience = readOptional('oidc-audience');
  const accessKeyId = readOptional('access-key-id');
  const accessKeySecret = readOptional('access-key-secret');
  checkCredentialInputs(platform, { token, oidcAudience, accessKeyId, accessKeySecret });

  const description = readOptional('description');
  return {
    platform,
    endpoint,
    ...(token ? { token } : {}),
    ...(oidcAudience ? { oidcAudience } : {}),
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(accessKeySecret ? { accessKeySecret } : {}),
    platformSettings: readKeyValueLines('platform-settings'),
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

interface CredentialInputs {
  token: string | undefined;
  oidcAudience: string | undefined;
  accessKeyId: string | undefined;
  accessKeySecret: string | undefined;
}

/** Which credential inputs a platform takes; a misplaced one is an error, not silently ignored. */
function checkCredentialInputs(platform: PlatformName, given: CredentialInputs): void {
  if (platform === 'dataworks') {
    for (const [name, value] of [
      ['token', given.token],
      ['oidc-audience', given.oidcAudience],
    ] as const) {
      if (value)
        throw new InputError(
          name,
          'is not used by dataworks',
          'Pass access-key-id and access-key-secret (or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
        );
    }
    return;
  }
  for (const [name, value] of [
    ['access-key-id', given.accessKeyId],
    ['access-key-secret', given.accessKeySecret],
  ] as const) {
    if (value) throw new InputError(name, `is only used by dataworks, not ${platform}`, `Pass a token (or oidc-audience) for ${platform}`);
  }
  if (!given.token && !given.oidcAudience) {
    throw new InputError(
      'token',
      `is empty and no oidc-audience is set: ${platform} needs credentials`,
      `Pass a token from secrets (token: \${{ secrets.… }}), or set oidc-audience with 'permissions: id-token: write'`,
    );
  }
}
