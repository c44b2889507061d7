/**
 * A spec turned into what a Dockerfile build is made of, for the hash, build and plan (and, through
 * specAsDockerfile, for validate): the rendered Dockerfile and a context holding exactly what the
 * spec copies, in a temporary folder removed afterwards. An opaque `dockerfile:` spec is built
 * from its own Dockerfile and context, as the dockerfile input would be.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SpecOrigin, SpecProblem } from '../core/spec/types.js';
import { loadSpec, parseSpecReference, type LoadedSpec, type LoadOptions } from './load-spec.js';
import { stageSpecContext, writeRenderedDockerfile } from './stage-context.js';

export interface SpecBuildFiles {
  /** Absolute path of the context to hash and build. */
  contextDir: string;
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  /** False for a staged context: it is a temporary folder git knows nothing about. */
  useGit: boolean;
  /** Files copied into the staged context. */
  stagedFiles: number;
  /** Removes the temporary folder (a no-op for an opaque Dockerfile). */
  dispose(): void;
}

/** Where temporary folders go: RUNNER_TEMP on a runner (cleaned after the job), else the system's. */
export function temporaryRoot(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

export function prepareSpecBuild(loaded: LoadedSpec, tempRoot = temporaryRoot()): SpecBuildFiles {
  const base = loaded.spec.base;
  if (loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile') {
    return {
      contextDir: loaded.contextDir,
      dockerfile: path.resolve(loaded.contextDir, base.path),
      useGit: true,
      stagedFiles: 0,
      dispose: () => {},
    };
  }
  mkdirSync(tempRoot, { recursive: true });
  const dir = mkdtempSync(path.join(tempRoot, 'image-spec-'));
  try {
    const contextDir = path.join(dir, 'context');
    const dockerfile = path.join(dir, 'Dockerfile');
    const staged = stageSpecContext(loaded, contextDir);
    writeRenderedDockerfile(loaded, dockerfile);
    return {
      contextDir,
      dockerfile,
      useGit: false,
      stagedFiles: staged.files,
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** What validate needs to check a spec like a Dockerfile. */
export interface SpecAsDockerfile {
  /** The Dockerfile text: rendered, or the opaque Dockerfile's own. */
  dockerfile: string;
  /** Absolute path of an opaque Dockerfile (findings belong in that file); undefined when rendered. */
  dockerfilePath?: string;
  /** Absolute path of the build context the Dockerfile's COPY sources are relative to. */
  contextDir: string;
  /** The ignore file that applies to those sources, or null. */
  ignoreFile: string | null;
  /** Where a finding on Dockerfile line N belongs: `origin.lines[N - 1]` in `origin.file` (the spec). */
  origin: { file: string; lines: Array<SpecOrigin | undefined> };
  /** The renderer's own advice (layer order that defeats the cache, …), located in the spec. */
  warnings: SpecProblem[];
  loaded: LoadedSpec;
}

/**
 * A spec file (or `images.yaml#entry`) as a Dockerfile, for validate: throws an InputError listing
 * every problem of the spec (file, line, field) when it cannot be rendered.
 */
export function specAsDockerfile(reference: string, options: LoadOptions): SpecAsDockerfile {
  const loaded = loadSpec(parseSpecReference(reference, options.workspace), options);
  const base = loaded.spec.base;
  const opaque = loaded.rendered.mode === 'dockerfile' && base.kind === 'dockerfile';
  return {
    dockerfile: loaded.rendered.dockerfile,
    ...(opaque ? { dockerfilePath: path.resolve(loaded.contextDir, base.path) } : {}),
    contextDir: loaded.contextDir,
    ignoreFile: loaded.ignoreFile,
    origin: { file: loaded.reference.file, lines: loaded.rendered.origins },
    warnings: loaded.rendered.warnings,
    loaded,
  };
}
