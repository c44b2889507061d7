/**
 * How a step logs in to registries: one RegistryClient for the existence check, base image
 * resolution, verification and tagging (credentials from the inputs for the image's registry, else
 * Docker's config.json), and the same credentials handed to a builder as an auth file that only
 * lives for the build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RegistryClient, type RegistryClientOptions } from './client.js';
import { defaultCredentials } from './credentials.js';

export interface RegistryLogin {
  /** Registry as written in the image reference (`ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  username: string;
  password: string;
  /** Where it came from, for messages; default the action inputs. */
  source?: string;
}

export function makeRegistryClient(
  login: RegistryLogin | readonly RegistryLogin[] | undefined,
  insecureRegistries: readonly string[],
  options: RegistryClientOptions = {},
): RegistryClient {
  const logins: readonly RegistryLogin[] = login === undefined ? [] : 'registry' in login ? [login] : login;
  const explicit = logins.map((entry) => ({
    registry: entry.registry,
    username: entry.username,
    password: entry.password,
    source: entry.source ?? 'registry-username/registry-password',
  }));
  // The same mask for the credentials as for the client (the CLI keeps stdout free of workflow commands).
  const credentials = defaultCredentials(explicit, options.mask ? { mask: options.mask } : {});
  return new RegistryClient({ credentials, insecureRegistries, ...options });
}

/**
 * The login as a `{"auths": …}` file (what `buildah --authfile` and docker's config.json read),
 * mode 0600 in a private folder under RUNNER_TEMP. `remove()` deletes it; call it in `finally`.
 */
export function writeAuthFile(login: RegistryLogin): { file: string; remove: () => void } {
  const base = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, 'image-actions-auth-')); // mode 0700, a fresh name
  const file = path.join(dir, 'auth.json');
  const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  writeFileSync(file, JSON.stringify({ auths: { [login.registry]: { auth } } }), { mode: 0o600 });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The logins of a `{"auths": …}` file (writeAuthFile's, or one in that shape): entries with a user and password. */
export function readAuthFile(file: string): RegistryLogin[] {
  const config = JSON.parse(readFileSync(file, 'utf8')) as { auths?: Record<string, { auth?: string }> };
  const logins: RegistryLogin[] = [];
  for (const [registry, entry] of Object.entries(config.auths ?? {})) {
    const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon > 0) logins.push({ registry, username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: file });
  }
  return logins;
}
