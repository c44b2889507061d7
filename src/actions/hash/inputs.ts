import * as core from '@actions/core';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { normalizePlatforms } from '../../core/platforms.js';
import { secretIds } from '../../core/build-definition.js';
import { InputError } from '../../core/errors.js';
import { readKeyValueLines, readLines, readList, readOptional, readString } from '../../runtime/inputs.js';
import { isInside, resolveInWorkspace, workspaceRoot } from '../../runtime/workspace.js';

export interface HashInputs {
  /** Absolute path of the build context, inside the workspace. */
  context: string;
  /** Absolute path of the Dockerfile, inside the workspace. */
  dockerfile: string;
  buildArgs: Record<string, string>;
  target: string;
  /** Canonical platforms, sorted (the runner's own when none were given). */
  platforms: string[];
  /** Secret ids only. */
  secrets: string[];
  labels: Record<string, string>;
  /** Absolute path to write the definition to, if any. */
  manifestFile: string | undefined;
  /** Resolve `FROM` / `COPY --from` images to digests (build has no such input: always true). */
  resolveImages: boolean;
  /** host[:port] entries that speak plain HTTP. */
  insecureRegistries: string[];
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

function readInsecureRegistries(): string[] {
  const entries = readList('insecure-registries');
  for (const entry of entries) {
    if (!HOST.test(entry)) {
      throw new InputError('insecure-registries', `'${entry}' is not a host or host:port`, 'List registries as host[:port], separated by commas or new lines, without a scheme');
    }
  }
  return entries;
}

/** `resolve-images`: empty (the build action, which has no such input) means true. */
function readResolveImages(): boolean {
  const value = readString('resolve-images').toLowerCase();
  if (value !== '' && value !== 'true' && value !== 'false') {
    throw new InputError('resolve-images', `'${value}' is not a boolean`, "Use 'true' or 'false'");
  }
  return value !== 'false';
}

/** Rejects a path that a symlink takes out of the workspace (the lexical check cannot see that). */
function staysInside(input: string, resolved: string, root: string): string {
  if (!existsSync(resolved)) return resolved;
  const real = realpathSync(resolved);
  const realRoot = realpathSync(root);
  if (!isInside(realRoot, real)) {
    throw new InputError(input, `'${resolved}' leads outside the workspace (to ${real}) through a symlink`, 'Give a path inside the checked-out repository');
  }
  return resolved;
}

function readKeyValues(name: string, what: string): Record<string, string> {
  const values = readKeyValueLines(name);
  for (const key of Object.keys(values)) {
    if (/\s/.test(key) || key === '') throw new InputError(name, `'${key}' is not a valid ${what} name`, `Write one ${what === 'label' ? 'key=value' : 'KEY=VALUE'} per line, with no spaces in the name`);
  }
  return values;
}

/** Where the definition may be written: inside the workspace, or inside RUNNER_TEMP. */
function manifestPath(value: string | undefined, root: string): string | undefined {
  if (value === undefined) return undefined;
  const runnerTemp = process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : undefined;
  const resolved = path.resolve(root, value);
  if (runnerTemp && isInside(runnerTemp, resolved)) return resolved;
  return staysInside('manifest-file', resolveInWorkspace('manifest-file', value, root), root);
}

export function readHashInputs(): HashInputs {
  const root = workspaceRoot();
  const context = staysInside('context', resolveInWorkspace('context', readString('context') || '.', root), root);
  const dockerfileInput = readOptional('dockerfile');
  const dockerfile = dockerfileInput
    ? staysInside('dockerfile', resolveInWorkspace('dockerfile', dockerfileInput, root), root)
    : staysInside('dockerfile', path.join(context, 'Dockerfile'), root);
  const secrets = secretIds(readLines('secrets'));
  for (const value of secrets.values) core.setSecret(value);
  return {
    context,
    dockerfile,
    buildArgs: readKeyValues('build-args', 'build arg'),
    target: readString('target'),
    platforms: normalizePlatforms(readList('platforms')),
    secrets: secrets.ids,
    labels: readKeyValues('labels', 'label'),
    manifestFile: manifestPath(readOptional('manifest-file'), root),
    resolveImages: readResolveImages(),
    insecureRegistries: readInsecureRegistries(),
  };
}
