/**
 * The inputs register and promote share to reach a platform (names as in their action.yml): which
 * platform, where, and its credentials. Secrets are masked before anything is read that could fail
 * and print; credentials a platform does not take are refused, not ignored.
 */
import { PLATFORM_NAMES, type PlatformName } from '../core/platform-model.js';
import { checkCredentialInputs, checkEndpoint } from '../core/registration.js';
import { maskSecretInputs, readChoice, readKeyValueLines, readOptional, readString } from '../runtime/inputs.js';

export interface PlatformInputs {
  platform: PlatformName;
  endpoint: string;
  token?: string;
  oidcAudience?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  platformSettings: Record<string, string>;
}

/** `secretInputs`: the action's other secret inputs, masked with the platform's own. */
export function readPlatformInputs(secretInputs: readonly string[] = []): PlatformInputs {
  maskSecretInputs(['token', 'access-key-secret', ...secretInputs], 'platform-settings');
  const platform = readChoice('platform', PLATFORM_NAMES);
  const endpoint = checkEndpoint(platform, readString('endpoint'));
  const token = readOptional('token');
  const oidcAudience = readOptional('oidc-audience');
  const accessKeyId = readOptional('access-key-id');
  const accessKeySecret = readOptional('access-key-secret');
  checkCredentialInputs(platform, { token, oidcAudience, accessKeyId, accessKeySecret });
  return {
    platform,
    endpoint,
    ...(token ? { token } : {}),
    ...(oidcAudience ? { oidcAudience } : {}),
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(accessKeySecret ? { accessKeySecret } : {}),
    platformSettings: readKeyValueLines('platform-settings'),
  };
}
