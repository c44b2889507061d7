import { InputError } from '../core/errors.js';
import { CatalogPlatform } from './catalog/adapter.js';
import { DatabricksPlatform } from './databricks/adapter.js';
import { exchangeGithubOidcToken } from './databricks/oidc.js';
import { DataWorksPlatform } from './dataworks/adapter.js';
import { actionsLog, type PlatformLog } from './log.js';
import type { PlatformAdapter } from './platform.js';
import { PLATFORM_NAMES, type PlatformName } from '../core/platform-model.js';
import type { PlatformRetryOptions } from './retry-policy.js';

/**
 * One place that turns the register/promote inputs into a Platform adapter. Credentials are
 * masked here, as soon as they are read, before any request is made.
 *
 * `settings` are platform-specific KEY=VALUE pairs (e.g. a `platform-settings` input read with
 * `readKeyValueLines`):
 * - databricks: `registry-username`, `registry-password` (prefer `{{secrets/<scope>/<key>}}`),
 *   `oidc-client-id` (service principal for the GitHub OIDC exchange)
 * - dataworks: `acr-instance-id`, `acr-vpc-id` (both required), `task-types` (comma list,
 *   default Shell,Python), `accessibility` (Private|Public)
 */

export interface CreatePlatformOptions {
  platform: PlatformName;
  /** catalog: base URL · databricks: workspace URL · dataworks: endpoint host, region id or URL. */
  endpoint: string;
  /** Bearer token (catalog, databricks). */
  token?: string;
  /** GitHub OIDC id-token (`core.getIDToken(audience)`), exchanged when there is no token. */
  idToken?: string;
  /** DataWorks AccessKey pair; defaults to ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN. */
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  settings?: Record<string, string>;
  /** Name of the input that carries `settings`, for error messages. */
  settingsInput?: string;
  env?: Record<string, string | undefined>;
  log?: PlatformLog;
  fetch?: typeof fetch;
  retry?: PlatformRetryOptions;
}

/** The credential and endpoint inputs register and promote share (names as in their action.yml). */
export interface PlatformInputs {
  platform: PlatformName;
  endpoint: string;
  token?: string;
  oidcAudience?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  platformSettings: Record<string, string>;
}

/**
 * createPlatform's options from those inputs. Without a token, the job's OIDC id-token for
 * `oidc-audience` is fetched: the catalog takes it as its bearer token, databricks exchanges it.
 */
export async function platformOptions(
  inputs: PlatformInputs,
  readIdToken: (audience: string) => Promise<string>,
): Promise<CreatePlatformOptions> {
  const idToken = !inputs.token && inputs.oidcAudience ? await readIdToken(inputs.oidcAudience) : undefined;
  const token = inputs.token ?? (inputs.platform === 'catalog' ? idToken : undefined);
  return {
    platform: inputs.platform,
    endpoint: inputs.endpoint,
    ...(token ? { token } : {}),
    ...(idToken && inputs.platform !== 'catalog' ? { idToken } : {}),
    ...(inputs.accessKeyId ? { accessKeyId: inputs.accessKeyId } : {}),
    ...(inputs.accessKeySecret ? { accessKeySecret: inputs.accessKeySecret } : {}),
    settings: inputs.platformSettings,
    settingsInput: 'platform-settings',
  };
}

const SETTINGS: Record<PlatformName, readonly string[]> = {
  catalog: [],
  databricks: ['registry-username', 'registry-password', 'oidc-client-id'],
  dataworks: ['acr-instance-id', 'acr-vpc-id', 'task-types', 'accessibility'],
};

export async function createPlatform(options: CreatePlatformOptions): Promise<PlatformAdapter> {
  const log = options.log ?? actionsLog;
  const env = options.env ?? process.env;
  for (const secret of [
    options.token,
    options.idToken,
    options.accessKeySecret,
    options.securityToken,
    options.settings?.['registry-password'],
  ]) {
    if (secret) log.setSecret(secret);
  }
  if (!(PLATFORM_NAMES as readonly string[]).includes(options.platform)) {
    throw new InputError('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${PLATFORM_NAMES.join(', ')}`);
  }
  if (options.endpoint.trim() === '') {
    throw new InputError('endpoint', 'is required', endpointHelp(options.platform));
  }
  const settings = checkSettings(options.platform, options.settings ?? {}, options.settingsInput ?? 'platform-settings');
  const common = {
    log,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  };

  switch (options.platform) {
    case 'catalog': {
      if (!options.token) {
        throw new InputError('token', 'the catalog needs a bearer token', 'Pass a token with the register scope (from secrets)');
      }
      return new CatalogPlatform({ endpoint: options.endpoint, token: options.token, ...common });
    }

    case 'databricks': {
      let token = options.token;
      if (!token && options.idToken) {
        const exchanged = await exchangeGithubOidcToken({
          host: options.endpoint,
          idToken: options.idToken,
          ...(settings['oidc-client-id'] ? { clientId: settings['oidc-client-id'] } : {}),
          ...common,
        });
        token = exchanged.accessToken;
      }
      if (!token) {
        throw new InputError(
          'token',
          'databricks needs a token or a GitHub OIDC id-token',
          "Pass a token from secrets, or set 'oidc-audience' with 'permissions: id-token: write'",
        );
      }
      const username = settings['registry-username'];
      const password = settings['registry-password'];
      if ((username === undefined) !== (password === undefined)) {
        throw new InputError(
          options.settingsInput ?? 'platform-settings',
          'registry-username and registry-password go together',
          'Set both, or neither for a public image',
        );
      }
      return new DatabricksPlatform({
        host: options.endpoint,
        token,
        ...(username !== undefined && password !== undefined ? { registryAuth: { username, password } } : {}),
        ...common,
      });
    }

    case 'dataworks': {
      const accessKeyId = options.accessKeyId ?? env['ALIBABA_CLOUD_ACCESS_KEY_ID'];
      const accessKeySecret = options.accessKeySecret ?? env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'];
      const securityToken = options.securityToken ?? env['ALIBABA_CLOUD_SECURITY_TOKEN'];
      for (const secret of [accessKeySecret, securityToken]) if (secret) log.setSecret(secret);
      if (!accessKeyId || !accessKeySecret) {
        throw new InputError(
          'access-key-secret',
          'dataworks needs an AccessKey pair and none was given',
          'Pass access-key-id and access-key-secret from secrets, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        );
      }
      const input = options.settingsInput ?? 'platform-settings';
      const acrInstanceId = settings['acr-instance-id'];
      const acrVpcId = settings['acr-vpc-id'];
      if (!acrInstanceId || !acrVpcId) {
        throw new InputError(
          input,
          'dataworks needs acr-instance-id and acr-vpc-id',
          'Add lines acr-instance-id=cri-… and acr-vpc-id=vpc-… (the ACR Enterprise instance holding the image)',
        );
      }
      const accessibility = settings['accessibility'];
      if (accessibility !== undefined && accessibility !== 'Private' && accessibility !== 'Public') {
        throw new InputError(input, `accessibility '${accessibility}' is not supported`, 'Use Private or Public');
      }
      const taskTypes = settings['task-types']
        ?.split(',')
        .map((type) => type.trim())
        .filter((type) => type !== '');
      return new DataWorksPlatform({
        endpoint: options.endpoint,
        credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) },
        acrInstanceId,
        acrVpcId,
        ...(taskTypes && taskTypes.length > 0 ? { taskTypes } : {}),
        ...(accessibility ? { accessibility } : {}),
        ...common,
      });
    }
  }
}

function endpointHelp(platform: PlatformName): string {
  if (platform === 'databricks') return 'Pass the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net';
  if (platform === 'dataworks') return 'Pass dataworks.<region>.aliyuncs.com or a region id such as cn-hangzhou';
  return 'Pass the catalog base URL, e.g. http://127.0.0.1:8080';
}

function checkSettings(platform: PlatformName, settings: Record<string, string>, input: string): Record<string, string> {
  const known = SETTINGS[platform];
  for (const key of Object.keys(settings)) {
    if (!known.includes(key)) {
      const fix = known.length > 0 ? `Known keys for ${platform}: ${known.join(', ')}` : `${platform} takes no settings`;
      throw new InputError(input, `'${key}' is not a ${platform} setting`, fix);
    }
  }
  return settings;
}
