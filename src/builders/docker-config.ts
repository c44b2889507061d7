/**
 * buildx reads registry credentials only from the docker CLI's config dir. To honour a request's
 * auth file without touching the user's `~/.docker`, we point DOCKER_CONFIG at a temporary dir
 * that mirrors the real one (symlinks: buildx builder state, cli-plugins, contexts) and whose
 * `config.json` is the real one with the auth file's `auths` merged in (ours win). A global
 * `credsStore` still shadows file credentials, exactly as it does for docker itself.
 */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { StepError } from '../core/errors.js';

interface DockerConfigFile {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(homedir(), '.docker');
}

async function readJson(file: string, missingOk: boolean): Promise<DockerConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (missingOk && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new StepError(`Cannot read the registry credentials file ${file}: ${(error as Error).message}`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as DockerConfigFile;
  } catch {
    // fall through to the error below
  }
  throw new StepError(`The registry credentials file ${file} is not a JSON object`);
}

/** Pure: the real config with the auth file's registries merged in. */
export function mergeDockerConfig(original: DockerConfigFile, auth: DockerConfigFile): DockerConfigFile {
  const auths = { ...(original.auths ?? {}), ...(auth.auths ?? {}) };
  const merged: DockerConfigFile = { ...original, auths };
  if (original.credHelpers) {
    // A per-registry helper would win over the credentials we were given for that registry.
    const helpers = Object.fromEntries(Object.entries(original.credHelpers).filter(([host]) => !(host in (auth.auths ?? {}))));
    merged.credHelpers = helpers;
  }
  return merged;
}

/** Creates `<work>/docker-config` and returns the environment that makes buildx use it. */
export async function dockerConfigWithAuth(
  authFile: string,
  work: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  const realDir = dockerConfigDir(env);
  const dir = path.join(work, 'docker-config');
  await mkdir(dir, { recursive: true });
  const entries = await readdir(realDir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry !== 'config.json') await symlink(path.join(realDir, entry), path.join(dir, entry));
  }
  const merged = mergeDockerConfig(await readJson(path.join(realDir, 'config.json'), true), await readJson(authFile, false));
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(merged), { mode: 0o600 });
  return { DOCKER_CONFIG: dir };
}
