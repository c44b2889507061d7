import os from 'node:os';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { registryHost } from '../core/image-ref.js';
import { makeRegistryClient } from '../registry/login.js';
import type { PollSeams } from './dataworks/publish.js';
import { actionsLog, type PlatformLog } from './log.js';
import type { PlatformInputs } from './inputs.js';
import type { PlatformAdapter } from './platform.js';
import { PLATFORM_NAMES, type PlatformName } from '../core/platform-model.js';
import type { PlatformRetryOptions } from './retry-policy.js';
import { checkPlatformSettings, listSetting } from './settings.js';
import type { HttpFetch } from '../runtime/http-transport.js';

/**
 * One place that turns the register/promote inputs into a Platform adapter. Credentials are
 * masked here, as soon as they are read, before any request is made; every setting is checked
 * (settings.ts) before an adapter exists, so bad input sends nothing. Only the chosen platform's
 * adapter is loaded (the five together are some 360 KB of bundle to compile at every start).
 *
 * `settings` are platform-specific KEY=VALUE pairs (the `platform-settings` input), listed with
 * their rules in settings.ts.
 */

export interface CreatePlatformOptions {
  platform: PlatformName;
  /** catalog: base URL · databricks: workspace URL · dataworks: endpoint host, region id or URL · zenml: server URL · metaflow: empty. */
  endpoint: string;
  /** Bearer token (catalog, databricks) or service account API key (zenml). */
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
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
  /** DataWorks: the digest a registry serves under a reference (default: a registry client). */
  tagDigest?: (ref: string) => Promise<string | undefined>;
  /** DataWorks: waiting for image tests and publishing (tests replace the clock). */
  poll?: PollSeams;
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

const SECRET_SETTINGS = ['registry-password'];

export async function createPlatform(options: CreatePlatformOptions): Promise<PlatformAdapter> {
  const log = options.log ?? actionsLog;
  const env = options.env ?? process.env;
  for (const secret of [
    options.token,
    options.idToken,
    options.accessKeySecret,
    options.securityToken,
    ...SECRET_SETTINGS.map((key) => options.settings?.[key]),
  ]) {
    if (secret) log.setSecret(secret);
  }
  if (!(PLATFORM_NAMES as readonly string[]).includes(options.platform)) {
    throw new InputError('platform', `'${String(options.platform)}' is not supported`, `Use one of: ${PLATFORM_NAMES.join(', ')}`);
  }
  if (options.platform !== 'metaflow' && options.endpoint.trim() === '') {
    throw new InputError('endpoint', 'is required', endpointHelp(options.platform));
  }
  const input = options.settingsInput ?? 'platform-settings';
  const settings = checkPlatformSettings(options.platform, options.settings ?? {}, input);
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
      const { CatalogPlatform } = await import('./catalog/adapter.js');
      return new CatalogPlatform({ endpoint: options.endpoint, token: options.token, ...common });
    }

    case 'databricks': {
      const username = settings['registry-username'];
      const password = settings['registry-password'];
      if ((username === undefined) !== (password === undefined)) {
        throw new InputError(input, 'registry-username and registry-password go together', 'Set both, or neither for a public image');
      }
      let token = options.token;
      if (!token && options.idToken) {
        const { exchangeGithubOidcToken } = await import('./databricks/oidc.js');
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
      const { DatabricksPlatform } = await import('./databricks/adapter.js');
      return new DatabricksPlatform({
        host: options.endpoint,
        token,
        ...(username !== undefined && password !== undefined ? { registryAuth: { username, password } } : {}),
        restartRunningClusters: settings['restart-running-clusters'] === 'true',
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
      const username = settings['registry-username'];
      const password = settings['registry-password'];
      if ((username === undefined) !== (password === undefined)) {
        throw new InputError(
          input,
          'registry-username and registry-password go together',
          'Set both, or neither to use ~/.docker/config.json',
        );
      }
      const taskTypes = listSetting(settings['task-types']);
      const accessibility = settings['accessibility'] as 'Private' | 'Public' | undefined;
      const { DataWorksPlatform } = await import('./dataworks/adapter.js');
      return new DataWorksPlatform({
        endpoint: options.endpoint,
        credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) },
        acrInstanceId: settings['acr-instance-id'] as string,
        acrVpcId: settings['acr-vpc-id'] as string,
        tagDigest:
          options.tagDigest ??
          registryTagDigest(log, username !== undefined && password !== undefined ? { username, password } : undefined),
        ...(settings['test-resource-group'] ? { testResourceGroup: settings['test-resource-group'] } : {}),
        ...(taskTypes ? { taskTypes } : {}),
        ...(accessibility ? { accessibility } : {}),
        ...(options.poll ? { poll: options.poll } : {}),
        ...common,
      });
    }

    case 'metaflow': {
      const { MetaflowPlatform } = await import('./metaflow/adapter.js');
      return new MetaflowPlatform({ configFile: resolveConfigFile(settings['config-file'] as string, env), log });
    }

    case 'zenml': {
      if (!options.token) {
        throw new InputError(
          'token',
          'zenml needs a service account API key',
          'Pass the API key of a ZenML service account from secrets as token',
        );
      }
      const imageKeys = listSetting(settings['image-keys']);
      const { ZenMLPlatform } = await import('./zenml/adapter.js');
      return new ZenMLPlatform({
        url: options.endpoint,
        apiKey: options.token,
        zenmlVersion: settings['zenml-version'] as string,
        pythonVersion: settings['python-version'] as string,
        ...(settings['project'] ? { project: settings['project'] } : {}),
        ...(settings['stack'] ? { stackId: settings['stack'] } : {}),
        ...(imageKeys ? { imageKeys } : {}),
        ...(settings['settings-checksum'] ? { settingsChecksum: settings['settings-checksum'] } : {}),
        ...common,
      });
    }
  }
}

/** The registry's answer for a tag, through one lazily made client (credentials for the image's registry only). */
function registryTagDigest(
  log: PlatformLog,
  login: { username: string; password: string } | undefined,
): (ref: string) => Promise<string | undefined> {
  return async (ref) => {
    const client = makeRegistryClient(login ? { registry: registryHost(ref), ...login } : undefined, [], {
      mask: (secret) => log.setSecret(secret),
      log: (line) => log.debug(line),
    });
    return (await client.headManifest(ref))?.digest;
  };
}

/** `~/…` from the home folder, a relative path from the workspace (the step's working folder). */
function resolveConfigFile(file: string, env: Record<string, string | undefined>): string {
  const trimmed = file.trim();
  if (trimmed === '~' || trimmed.startsWith('~/')) return path.join(env['HOME'] ?? os.homedir(), trimmed.slice(1));
  return path.resolve(env['GITHUB_WORKSPACE'] ?? process.cwd(), trimmed);
}

function endpointHelp(platform: PlatformName): string {
  if (platform === 'databricks') return 'Pass the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net';
  if (platform === 'dataworks') return 'Pass dataworks.<region>.aliyuncs.com or a region id such as cn-hangzhou';
  if (platform === 'zenml') return 'Pass the ZenML server URL, e.g. https://zenml.example.com';
  return 'Pass the catalog base URL, e.g. http://127.0.0.1:8080';
}
