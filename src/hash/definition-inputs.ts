/**
 * The inputs that define a build, shared by every action that hashes one (hash, build): one typed
 * object, names as in action.yml, each checked where it is read (errors name the input and the fix).
 * A `spec` (an image spec, rendered to a Dockerfile) stands where `context` and `dockerfile` would.
 * The spec code (YAML, its JSON Schema) loads only when a spec is given: most runs start without it.
 */
import * as core from '../runtime/actions-core.js';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { normalizePlatforms } from '../core/platforms.js';
import { type BuildSecrets, parseBuildSecrets } from '../core/build-secrets.js';
import { InputError } from '../core/errors.js';
import { readKeyValueLines, readLines, readList, readOptional, readString } from '../runtime/inputs.js';
import { isInside, resolveInWorkspace, workspaceRoot } from '../runtime/workspace.js';
import type { LoadedSpec } from '../spec/load-spec.js';
import type { BuildManifest } from '../core/build-definition.js';
import type { BuildDefinitionOptions } from './compute-build-definition.js';

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
  /** The image spec, when `spec` is set: `context` is then its context and `dockerfile` the spec file. */
  spec: LoadedSpec | undefined;
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

/** The `insecure-registries` input: host[:port] entries that speak plain HTTP (loopback always does). */
export function readInsecureRegistries(): string[] {
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

/**
 * Reads and renders the spec (every problem of the spec fails here, before anything is built) and
 * checks the inputs that cannot go with it.
 */
async function readSpecInput(value: string, root: string, buildArgs: Record<string, string>, target: string): Promise<LoadedSpec> {
  if (readOptional('dockerfile') !== undefined) {
    throw new InputError('spec', 'is set together with dockerfile', 'Give one of them: a spec declares the image, a Dockerfile writes it');
  }
  if ((readString('context') || '.') !== '.') {
    throw new InputError(
      'context',
      'does not apply to a spec: the spec names its files relative to itself',
      'Leave context empty, and set context: inside the spec if its files live above its folder',
    );
  }
  const { loadSpec, parseSpecReference } = await import('../spec/load-spec.js');
  const spec = loadSpec(parseSpecReference(value, root), { workspace: root, env: process.env, input: 'spec' });
  if (spec.spec.base.kind !== 'dockerfile') {
    for (const [name, given] of [
      ['build-args', Object.keys(buildArgs).length > 0],
      ['target', target !== ''],
    ] as const) {
      if (given)
        throw new InputError(
          name,
          'does not apply to a spec: its Dockerfile is rendered',
          'Declare env in the spec instead, or leave it empty',
        );
    }
  }
  for (const warning of spec.rendered.warnings) {
    core.warning(`${warning.field}: ${warning.message}`, {
      title: 'image spec',
      file: spec.spec.fileName,
      ...(warning.line ? { startLine: warning.line } : {}),
    });
  }
  return spec;
}

/** The `platforms` input, or the spec's when the input is empty; both given must agree. */
function readPlatforms(spec: LoadedSpec | undefined): string[] {
  const given = readList('platforms');
  if (!spec || spec.spec.platforms.length === 0) return normalizePlatforms(given);
  if (given.length === 0) return spec.spec.platforms;
  const fromInput = normalizePlatforms(given);
  if (fromInput.join(',') !== spec.spec.platforms.join(',')) {
    throw new InputError(
      'platforms',
      `${fromInput.join(', ')} differs from the spec's platforms (${spec.spec.platforms.join(', ')})`,
      'Set the platforms in one place: the input or the spec',
    );
  }
  return fromInput;
}

export async function readDefinitionInputs(): Promise<DefinitionInputs> {
  const root = workspaceRoot();
  const secrets = readSecretInputs(root);
  const manifestFile = readOptional('manifest-file');
  const buildArgs = readKeyValues('build-args', 'build arg');
  const target = readString('target');
  const specInput = readOptional('spec');
  const spec = specInput === undefined ? undefined : await readSpecInput(specInput, root, buildArgs, target);
  let context: string;
  let dockerfile: string;
  if (spec) {
    context = spec.contextDir;
    dockerfile = spec.reference.file;
  } else {
    context = staysInside('context', resolveInWorkspace('context', readString('context') || '.', root), root);
    const dockerfileInput = readOptional('dockerfile');
    dockerfile = dockerfileInput
      ? staysInside('dockerfile', resolveInWorkspace('dockerfile', dockerfileInput, root), root)
      : staysInside('dockerfile', path.join(context, 'Dockerfile'), root);
  }
  return {
    context,
    dockerfile,
    buildArgs,
    target,
    platforms: readPlatforms(spec),
    secrets,
    labels: readKeyValues('labels', 'label'),
    manifestFile: manifestFile === undefined ? undefined : allowedOutsideWorkspace('manifest-file', manifestFile, root),
    insecureRegistries: readInsecureRegistries(),
    spec,
  };
}

/** What is hashed and built: the inputs' own context and Dockerfile, or a spec's rendered ones. */
export interface BuildFiles {
  contextDir: string;
  dockerfile: string;
  /** Whether the git fast path may help (not for a staged spec context). */
  useGit: boolean;
  /** Secret ids of the inputs and of the spec's secret mounts. */
  secretIds: string[];
  /** Removes what was staged for a spec. */
  dispose(): void;
}

export async function openBuildFiles(inputs: DefinitionInputs): Promise<BuildFiles> {
  if (!inputs.spec)
    return { contextDir: inputs.context, dockerfile: inputs.dockerfile, useGit: true, secretIds: inputs.secrets.ids, dispose: () => {} };
  const { prepareSpecBuild } = await import('../spec/spec-build.js');
  const prepared = prepareSpecBuild(inputs.spec);
  return { ...prepared, secretIds: [...new Set([...inputs.secrets.ids, ...inputs.spec.rendered.secretIds])].sort() };
}

/** What computeBuildDefinition hashes for these inputs and files: the same for the hash and build actions. */
export function definitionOptions(
  inputs: DefinitionInputs,
  files: BuildFiles,
): Pick<BuildDefinitionOptions, 'contextDir' | 'dockerfile' | 'buildArgs' | 'target' | 'platforms' | 'secrets' | 'labels' | 'useGit'> {
  return {
    contextDir: files.contextDir,
    dockerfile: files.dockerfile,
    buildArgs: inputs.buildArgs,
    target: inputs.target,
    platforms: inputs.platforms,
    secrets: files.secretIds,
    labels: inputs.labels,
    ...(files.useGit ? {} : { useGit: false }),
  };
}

/** The manifest as written to manifest-file: with the spec's record when a spec declared the build. */
export function manifestWithSpec(manifest: BuildManifest, inputs: DefinitionInputs): BuildManifest {
  return inputs.spec ? { ...manifest, spec: inputs.spec.rendered.record } : manifest;
}
