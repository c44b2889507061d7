/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 */
import * as core from '../runtime/actions-core.js';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { normalizePlatforms } from '../core/platforms.js';
import { type BuildSecrets, parseBuildSecrets } from '../core/build-secrets.js';
import { InputError } from '../core/errors.js';
import { readKeyValueLines, readLines, readList, readOptional, readString } from '../runtime/inputs.js';
import { isInside, resolveInWorkspace, workspaceRoot } from '../runtime/workspace.js';

export interface DefinitionInputs {
  /** Absolute path of the build context, inside the workspace. */
  context: string;
  /** Absolute path of the Dockerfile, inside the workspace. */
  dockerfile: string;
  buildArgs: Record<string, string>;
  target: string;
  /** Canonical platforms, sorted (the runner's own when none were given). */
  platforms: string[];
  /** From `secrets`, `secret-envs` and `secret-files`; the ids are hashed, the values masked. */
  secrets: BuildSecrets;
  labels: Record<string, string>;
  /** Absolute path to write the definition to, if any. */
  manifestFile: string | undefined;
  /** host[:port] entries that speak plain HTTP. */
  insecureRegistries: string[];
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

function readInsecureRegistries(): string[] {
  const entries = readList('insecure-registries');
  for (const entry of entries) {
    if (!HOST.test(entry)) {
      throw new InputError(
        'insecure-registries',
        `'${entry}' is not a host or host:port`,
        'List registries as host[:port], separated by commas or new lines, without a scheme',
      );
    }
  }
  return entries;
}

/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input: string, resolved: string, root: string): string {
  if (!existsSync(resolved)) return resolved;
  const real = realpathSync(resolved);
  const realRoot = realpathSync(root);
  if (!isInside(realRoot, real)) {
    throw new InputError(
      input,
      `'${resolved}' leads outside the workspace (to ${real}) through a symlink`,
      'Give a path inside the checked-out repository',
    );
  }
  return resolved;
}

function readKeyValues(name: string, what: string): Record<string, string> {
  const values = readKeyValueLines(name);
  for (const key of Object.keys(values)) {
    if (/\s/.test(key) || key === '')
      throw new InputError(
        name,
        `'${key}' is not a valid ${what} name`,
        `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`,
      );
  }
  return values;
}

/**
 * A file path outside the build context: inside Actions it must be in the workspace or RUNNER_TEMP
 * (where earlier steps leave files); from a terminal (the CLI outside Actions) the person chose it.
 */
function allowedOutsideWorkspace(input: string, value: string, root: string): string {
  const resolved = path.resolve(root, value);
  if (process.env.GITHUB_ACTIONS !== 'true') return resolved;
  const runnerTemp = process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : undefined;
  if (runnerTemp && isInside(runnerTemp, resolved)) return resolved;
  return staysInside(input, resolveInWorkspace(input, value, root), root);
}

/** Every secret value is masked before anything else can fail and print. */
export function readSecretInputs(root: string): BuildSecrets {
  const lines = { secrets: readLines('secrets'), secretEnvs: readLines('secret-envs'), secretFiles: readLines('secret-files') };
  for (const line of lines.secrets) {
    const value = line.slice(line.indexOf('=') + 1);
    if (value) core.setSecret(value);
  }
  const parsed = parseBuildSecrets(lines, root);
  for (const secret of parsed.secrets) if (secret.src) allowedOutsideWorkspace('secret-files', secret.src, root);
  return parsed;
}

export function readDefinitionInputs(): DefinitionInputs {
  const root = workspaceRoot();
  const secrets = readSecretInputs(root);
  const manifestFile = readOptional('manifest-file');
  const context = staysInside('context', resolveInWorkspace('context', readString('context') || '.', root), root);
  const dockerfileInput = readOptional('dockerfile');
  const dockerfile = dockerfileInput
    ? staysInside('dockerfile', resolveInWorkspace('dockerfile', dockerfileInput, root), root)
    : staysInside('dockerfile', path.join(context, 'Dockerfile'), root);
  return {
    context,
    dockerfile,
    buildArgs: readKeyValues('build-args', 'build arg'),
    target: readString('target'),
    platforms: normalizePlatforms(readList('platforms')),
    secrets,
    labels: readKeyValues('labels', 'label'),
    manifestFile: manifestFile === undefined ? undefined : allowedOutsideWorkspace('manifest-file', manifestFile, root),
    insecureRegistries: readInsecureRegistries(),
  };
}
