/**
 * Registry credentials: from explicit inputs, or from Docker's config.json the way
 * `docker login` / docker/login-action leave it (`auths` entries, `credHelpers`, `credsStore`).
 * Every secret is masked (core.setSecret) the moment it is read.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import * as core from '../runtime/actions-core.js';
import { CommandNotFoundError, type CommandRunner, SpawnRunner } from '../runtime/exec.js';

export interface Credential {
  username?: string;
  password?: string;
  /** OAuth2 refresh token (`identitytoken` in config.json, or a helper's secret for user `<token>`). */
  identityToken?: string;
  /** A bearer token to send to the registry as is (`registrytoken` in config.json). */
  registryToken?: string;
  /** Where it came from, for messages: `registry-username input`, `~/.docker/config.json`, `credential helper "pass"`. */
  source: string;
}

/** Credentials for a registry (as written in image references: `ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
export type CredentialSource = (registry: string) => Promise<Credential | undefined>;

export type Mask = (secret: string) => void;

/** What a credential helper answered: undefined when the helper is not installed. */
export type HelperResult = { found: true; username: string; secret: string } | { found: false; detail: string };
export type HelperRunner = (helper: string, serverUrl: string) => Promise<HelperResult | undefined>;

const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under. */
export const dockerHubConfigKey = 'https://index.docker.io/v1/';

/** Docker's `ConvertToHostname`: `https://ghcr.io/v2/` → `ghcr.io`. */
export function configKeyHost(key: string): string {
  return (
    key
      .replace(/^[a-z]+:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? ''
  );
}

function sameRegistry(registry: string, key: string): boolean {
  const wanted = registry.toLowerCase();
  const host = configKeyHost(key);
  if (dockerHubAliases.has(wanted)) return dockerHubAliases.has(host);
  return host === wanted;
}

export function maskCredential(credential: Credential, mask: Mask): Credential {
  for (const secret of [credential.password, credential.identityToken, credential.registryToken]) {
    if (secret) mask(secret);
  }
  if (credential.username !== undefined && credential.password) {
    // The Basic header value is a secret too: it decodes to the password.
    mask(Buffer.from(`${credential.username}:${credential.password}`).toString('base64'));
  }
  return credential;
}

/** Credentials given as action inputs, for the registries they belong to. */
export function explicitCredentials(
  entries: ReadonlyArray<{ registry: string; username: string; password: string; source?: string }>,
  mask: Mask = core.setSecret,
): CredentialSource {
  const masked = entries.map((entry) =>
    maskCredential(
      { username: entry.username, password: entry.password, source: entry.source ?? 'registry-username/registry-password' },
      mask,
    ),
  );
  return async (registry) => {
    const index = entries.findIndex((entry) => sameRegistry(registry, entry.registry));
    return index === -1 ? undefined : masked[index];
  };
}

interface DockerConfigAuth {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface DockerConfigFile {
  auths?: Record<string, DockerConfigAuth>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export interface DockerConfigOptions {
  /** The folder holding config.json; default `$DOCKER_CONFIG`, else `~/.docker`. */
  configDir?: string;
  runHelper?: HelperRunner;
  mask?: Mask;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(homedir(), '.docker');
}

/**
 * Credentials from Docker's config.json, looked up the way the Docker CLI does: a registry's
 * `credHelpers` entry, else the `credsStore`, else the `auths` entry. A helper that is not
 * installed is skipped (the `auths` entry still counts), so a config copied from a laptop works.
 */
export function dockerConfigCredentials(options: DockerConfigOptions = {}): CredentialSource {
  const mask = options.mask ?? core.setSecret;
  const runHelper = options.runHelper ?? runCredentialHelper;
  const cache = new Map<string, Promise<Credential | undefined>>();
  return (registry) => {
    const key = registry.toLowerCase();
    let found = cache.get(key);
    if (!found) {
      found = lookUp(registry, options.configDir ?? dockerConfigDir(), runHelper, mask);
      cache.set(key, found);
    }
    return found;
  };
}

async function lookUp(registry: string, configDir: string, runHelper: HelperRunner, mask: Mask): Promise<Credential | undefined> {
  const file = path.join(configDir, 'config.json');
  let config: DockerConfigFile;
  try {
    config = JSON.parse(await process.getBuiltinModule('node:fs/promises').readFile(file, 'utf8')) as DockerConfigFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`Cannot read Docker credentials from ${file}: ${(error as Error).message}`, { cause: error });
  }
  const isHub = dockerHubAliases.has(registry.toLowerCase());
  const helperKey = Object.keys(config.credHelpers ?? {}).find((key) => sameRegistry(registry, key));
  const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
  if (helper) {
    // Helpers store Docker Hub under its legacy URL and everything else under the name used at login.
    const serverUrl = isHub ? dockerHubConfigKey : (helperKey ?? registry);
    const result = await runHelper(helper, serverUrl);
    if (result?.found) {
      const credential: Credential =
        result.username === '<token>'
          ? { identityToken: result.secret, source: `credential helper "${helper}"` }
          : { username: result.username, password: result.secret, source: `credential helper "${helper}"` };
      return maskCredential(credential, mask);
    }
  }
  const auths = config.auths ?? {};
  const authKey =
    (isHub && dockerHubConfigKey in auths ? dockerHubConfigKey : undefined) ??
    Object.keys(auths).find((key) => sameRegistry(registry, key));
  const entry = authKey ? auths[authKey] : undefined;
  if (!entry) return undefined;
  if (entry.auth) mask(entry.auth);
  const source = `${file} (auths["${authKey}"])`;
  const credential: Credential = { source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1)
      throw new Error(
        `The "auth" value for ${authKey} in ${file} is not base64 of "username:password"; run docker login ${registry} again`,
      );
    credential.username = decoded.slice(0, colon);
    credential.password = decoded.slice(colon + 1);
  }
  if (entry.username) credential.username = entry.username;
  if (entry.password) credential.password = entry.password;
  if (entry.identitytoken) credential.identityToken = entry.identitytoken;
  if (entry.registrytoken) credential.registryToken = entry.registrytoken;
  if (!credential.password && !credential.identityToken && !credential.registryToken) return undefined; // an empty entry left by a creds store
  return maskCredential(credential, mask);
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin (argv array, no shell). */
export function credentialHelperRunner(
  options: { env?: Record<string, string | undefined>; timeoutMs?: number; exec?: CommandRunner } = {},
): HelperRunner {
  const exec = options.exec ?? new SpawnRunner();
  return async (helper, serverUrl) => {
    if (!/^[A-Za-z0-9._-]+$/.test(helper)) return { found: false, detail: `helper name "${helper}" is not valid` };
    const program = `docker-credential-${helper}`;
    let result;
    try {
      result = await exec.run(program, ['get'], {
        quiet: true,
        input: serverUrl,
        timeoutMs: options.timeoutMs ?? 30_000,
        ...(options.env ? { env: options.env } : {}),
      });
    } catch (error) {
      if (error instanceof CommandNotFoundError) return undefined;
      throw error;
    }
    if (result.exitCode !== 0) {
      const text = `${result.stdout}${result.output}`.trim();
      // The helper protocol's "not found" answer; anything else is a broken helper the user must see.
      if (/credentials not found/i.test(text)) return { found: false, detail: text };
      throw new Error(`${program} get failed for ${serverUrl}: ${text.slice(0, 200) || `exit code ${result.exitCode}`}`);
    }
    try {
      const answer = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
      if (!answer.Secret) return { found: false, detail: 'empty secret' };
      return { found: true, username: answer.Username ?? '', secret: answer.Secret };
    } catch {
      throw new Error(`${program} get returned something that is not JSON for ${serverUrl}`);
    }
  };
}

export const runCredentialHelper: HelperRunner = credentialHelperRunner();

/** The first source that knows the registry wins (explicit inputs before config.json). */
export function chainCredentials(...sources: CredentialSource[]): CredentialSource {
  return async (registry) => {
    for (const source of sources) {
      const credential = await source(registry);
      if (credential) return credential;
    }
    return undefined;
  };
}

/**
 * What an action uses: the credentials given as inputs for the image's registry (if any), then
 * Docker's config.json (what docker/login-action left), for every registry the action talks to.
 */
export function defaultCredentials(
  explicit: ReadonlyArray<{ registry: string; username: string; password: string; source?: string }> = [],
  options: DockerConfigOptions = {},
): CredentialSource {
  const mask = options.mask ?? core.setSecret;
  return chainCredentials(explicitCredentials(explicit, mask), dockerConfigCredentials({ ...options, mask }));
}
