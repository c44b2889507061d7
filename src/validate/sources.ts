/**
 * Where validate's Dockerfiles come from. A source claims files by name and turns one into units:
 * Dockerfile text plus its origin (the file findings point at, and how its lines map), the build
 * it belongs to, and what hashing it needs: plain Dockerfiles, `images.yaml` entries, and image
 * specs rendered to Dockerfiles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/lint/context.js';
import { InputError } from '../core/errors.js';
import { parseImagesFile } from '../plan/images-file.js';
import { specAsDockerfile } from '../spec/spec-build.js';
import { SpecInputError } from '../spec/load-spec.js';
import { RULES_BY_ID } from '../core/lint/lint.js';
import type { RuleInfo } from '../core/lint/rule-catalog.js';

export interface UnitBuild {
  buildArgs: Record<string, string>;
  target: string;
  platforms: string[];
  /** The repository the image is pushed to, when the definition names one. */
  image?: string;
  secrets: string[];
  labels: Record<string, string>;
}

/** One Dockerfile to validate, and where it came from. */
export interface ValidationUnit {
  /** Workspace-relative, `/`-separated path findings point at. */
  file: string;
  /** Maps a line of `text` to a line of `file` (a rendered spec maps to its YAML); identity when absent. */
  mapLine?: (line: number) => number;
  /** Which source made it (`dockerfile`, `images-file`, …), for the summary. */
  kind: string;
  /** The definition file it came from when that is not the Dockerfile itself (`images.yaml`). */
  definitionFile?: string;
  /** The image's name: the images.yaml entry, else the Dockerfile's folder. */
  name: string;
  text: string;
  /** Absolute path of the Dockerfile (its `<Dockerfile>.dockerignore` sits beside it). */
  dockerfile: string;
  /** Absolute build context. */
  context: string;
  build: UnitBuild;
  /** Whether the hash can compute this unit's build definition from `dockerfile` and `context` on disk. */
  hashable: boolean;
}

/** A finding about a file that is not a Dockerfile (an images.yaml that does not parse). */
export interface FileFinding extends Finding {
  file: string;
}

export interface DefinitionSource {
  kind: string;
  /** Globs this source adds to the default `files`. */
  globs: readonly string[];
  claims(relative: string): boolean;
  /** Reads one file (`text` already read and checked to be text). Problems with the file itself are findings. */
  load(file: { absolute: string; relative: string; text: string }, workspace: string): { units: ValidationUnit[]; findings: FileFinding[] };
}

const IGNORE_FILE = /\.dockerignore$/;

export function emptyBuild(): UnitBuild {
  return { buildArgs: {}, target: '', platforms: [], secrets: [], labels: {} };
}

export function relativeTo(workspace: string, absolute: string): string {
  return path.relative(workspace, absolute).split(path.sep).join('/');
}

/** Dockerfiles by name: `Dockerfile`, `Dockerfile.<x>`, `<x>.Dockerfile` (ignore files excepted). */
export const dockerfileSource: DefinitionSource = {
  kind: 'dockerfile',
  globs: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'],
  claims: (relative) => !IGNORE_FILE.test(relative),
  load: ({ absolute, relative, text }) => ({
    units: [
      {
        file: relative,
        kind: 'dockerfile',
        name: path.basename(path.dirname(absolute)) || relative,
        text,
        dockerfile: absolute,
        context: path.dirname(absolute),
        build: emptyBuild(),
        hashable: true,
      },
    ],
    findings: [],
  }),
};

/** `images.yaml` of `plan`: each entry's Dockerfile with the entry's build args, target and platforms. */
export const imagesFileSource: DefinitionSource = {
  kind: 'images-file',
  globs: ['**/images.yaml', '**/images.yml'],
  claims: (relative) => /(^|\/)images\.ya?ml$/.test(relative),
  load: ({ absolute, relative, text }, workspace) => {
    let entries;
    try {
      entries = parseImagesFile(text, path.dirname(absolute), workspace, relative);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input 'file': /, ''))] };
    }
    const units: ValidationUnit[] = [];
    const findings: FileFinding[] = [];
    for (const entry of entries) {
      let dockerfileText: string;
      try {
        dockerfileText = readFileSync(entry.dockerfile, 'utf8');
      } catch (error) {
        findings.push(
          definitionFinding(
            relative,
            `entry '${entry.name}': cannot read its Dockerfile ${relativeTo(workspace, entry.dockerfile)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          ),
        );
        continue;
      }
      units.push({
        file: relativeTo(workspace, entry.dockerfile),
        kind: 'images-file',
        definitionFile: relative,
        name: entry.name,
        text: dockerfileText,
        dockerfile: entry.dockerfile,
        context: entry.context,
        build: {
          buildArgs: entry.buildArgs,
          target: entry.target,
          platforms: entry.platforms,
          image: entry.image,
          secrets: entry.secrets,
          labels: entry.labels,
        },
        hashable: true,
      });
    }
    return { units, findings };
  },
};

/**
 * Image specs (`image.yaml`, `<name>.image.yaml`): the Dockerfile they render to, with every finding
 * mapped back to the spec line and field it came from. An opaque `dockerfile:` spec is validated as
 * that Dockerfile. A spec that cannot be rendered is one finding per problem, on its line.
 */
export const specSource: DefinitionSource = {
  kind: 'spec',
  globs: ['**/image.yaml', '**/image.yml', '**/*.image.yaml', '**/*.image.yml'],
  claims: (relative) => /(^|\/)([^/]+\.)?image\.ya?ml$/.test(relative),
  load: ({ absolute, relative }, workspace) => {
    let spec;
    try {
      spec = specAsDockerfile(relative, { workspace });
    } catch (error) {
      if (error instanceof SpecInputError) {
        return {
          units: [],
          findings: error.problems.map((problem) => definitionFinding(relative, `${problem.field}: ${problem.message}`, problem.line)),
        };
      }
      if (!(error instanceof InputError)) throw error;
      return { units: [], findings: [definitionFinding(relative, error.message.replace(/^Input '[^']*': /, ''))] };
    }
    const order = RULES_BY_ID.get('SpecLayerOrder') as RuleInfo;
    const findings = spec.warnings.map((warning) => ({
      file: relative,
      rule: order.id,
      severity: order.severity,
      line: warning.line ?? 1,
      message: `${warning.field}: ${warning.message}`,
      fix: order.fix,
      docs: order.docs,
    }));
    const opaque = spec.dockerfilePath;
    const unit: ValidationUnit = {
      file: opaque ? relativeTo(workspace, opaque) : relative,
      ...(opaque ? {} : { mapLine: (line: number) => spec.origin.lines[line - 1]?.line ?? 1 }),
      kind: 'spec',
      ...(opaque ? { definitionFile: relative } : {}),
      name: path.basename(path.dirname(absolute)) || relative,
      text: spec.dockerfile,
      dockerfile: opaque ?? absolute,
      context: spec.contextDir,
      build: { ...emptyBuild(), platforms: spec.loaded.spec.platforms },
      // A rendered spec is hashed from a staged context (the hash action's `spec` input), not from files on disk.
      hashable: Boolean(opaque),
    };
    return { units: [unit], findings };
  },
};

function definitionFinding(file: string, message: string, line = 1): FileFinding {
  const rule = RULES_BY_ID.get('ImageDefinitionInvalid') as RuleInfo;
  return { file, rule: rule.id, severity: rule.severity, line, message: message.trim(), fix: rule.fix, docs: rule.docs };
}

/** Every source, most specific first: the first that claims a file reads it. */
export const DEFINITION_SOURCES: readonly DefinitionSource[] = [imagesFileSource, specSource, dockerfileSource];

/** The globs `files` means when left empty. */
export function defaultGlobs(sources: readonly DefinitionSource[] = DEFINITION_SOURCES): string[] {
  return sources.flatMap((source) => source.globs);
}
