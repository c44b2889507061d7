/**
 * Which builder runs the build: the `builder` input, where `auto` means buildx when a Docker
 * engine answers (GitHub-hosted runners) and buildah otherwise (daemonless runners, this machine).
 */
import type { Builder } from './builder.js';
import { parseBuilderChoice } from './choice.js';
import type { BuilderName } from '../core/cache-policy.js';
import { BuildahBuilder, buildahOptionsFromEnv, type BuildahOptions } from './buildah.js';
import { BuildxBuilder, DEFAULT_BUILDX_OPTIONS, type BuildxOptions } from './buildx.js';
import type { CommandRunner } from '../runtime/exec.js';

/** True when `docker version` reaches a server (not just a CLI without an engine behind it). */
export async function dockerEngineAnswers(runner: CommandRunner, command = 'docker'): Promise<boolean> {
  try {
    const result = await runner.run(command, ['version', '--format', '{{.Server.Version}}'], { quiet: true });
    return result.exitCode === 0 && result.stdout.trim() !== '';
  } catch {
    return false; // no docker CLI at all
  }
}

export async function resolveBuilderName(value: string, runner: CommandRunner): Promise<BuilderName> {
  const choice = parseBuilderChoice(value);
  if (choice !== 'auto') return choice;
  return (await dockerEngineAnswers(runner)) ? 'buildx' : 'buildah';
}

export interface BuilderOptions {
  buildah?: BuildahOptions;
  buildx?: BuildxOptions;
}

export function createBuilder(name: BuilderName, options: BuilderOptions = {}): Builder {
  return name === 'buildx'
    ? new BuildxBuilder(options.buildx ?? DEFAULT_BUILDX_OPTIONS)
    : new BuildahBuilder(options.buildah ?? buildahOptionsFromEnv());
}
