/**
 * Reads an image spec from disk: the spec file (or an inline entry of images.yaml), the files the
 * renderer reads, and checks on every file the spec names (it exists, it is what the layer needs,
 * it stays inside the workspace, `.dockerignore` does not exclude it). Bad input fails here, before
 * anything is staged or built, with one InputError listing every problem by file, line and field.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../core/errors.js';
import { ContextFilter } from '../core/dockerignore/context-filter.js';
import { BadPatternError } from '../core/dockerignore/go-glob.js';
import { readIgnorePatterns } from '../core/dockerignore/ignore-file.js';
import { parseImageSpec } from '../core/spec/parse.js';
import { filesToRead, renderSpec, type RenderedSpec } from '../core/spec/render.js';
import { formatProblem, SpecError, type ImageSpec, type SpecOrigin, type SpecProblem } from '../core/spec/types.js';
import type { Environment } from '../core/spec/substitute.js';
import { isInside } from '../runtime/workspace.js';

/** A spec file, or an entry of an images file holding its spec inline (`images.yaml#api`). */
export interface SpecReference {
  /** Absolute path of the file. */
  file: string;
  /** The `name` of the images.yaml entry whose `spec:` map is the spec. */
  entry?: string;
}

export interface LoadedSpec {
  reference: SpecReference;
  spec: ImageSpec;
  rendered: RenderedSpec;
  /** Absolute path of the spec's build context (`/`-separated on POSIX). */
  contextDir: string;
  /** The ignore file applied to what the spec copies, or null; and its patterns. */
  ignoreFile: string | null;
  ignorePatterns: string[];
}

/** A spec that cannot be used, as an input error that still carries each problem's line and field (validate reports them one by one). */
export class SpecInputError extends InputError {
  constructor(
    readonly problems: readonly SpecProblem[],
    input: string,
    problem: string,
    fix: string,
  ) {
    super(input, problem, fix);
  }
}

export interface LoadOptions {
  /** Paths must stay inside it. */
  workspace: string;
  /** For `${VAR}` in env values (default process.env). */
  env?: Environment;
  /** The input or flag named in errors (default `spec`). */
  input?: string;
}

/** `path` or `path#entry` (an inline spec in an images file), resolved against the workspace. */
export function parseSpecReference(value: string, workspace: string): SpecReference {
  const hash = value.lastIndexOf('#');
  const file = hash > 0 ? value.slice(0, hash) : value;
  const entry = hash > 0 ? value.slice(hash + 1) : undefined;
  return { file: path.resolve(workspace, file), ...(entry ? { entry } : {}) };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** The entry's index in images.yaml, for an inline spec. */
function inlineEntryPath(text: string, reference: SpecReference, input: string, shown: string): Array<string | number> {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new InputError(input, `${shown} is not YAML: ${(error as Error).message.split('\n')[0]}`, 'Fix the images file');
  }
  const images = (document as { images?: Array<{ name?: unknown; spec?: unknown }> } | null)?.images;
  const index = Array.isArray(images) ? images.findIndex((image) => image?.name === reference.entry) : -1;
  if (index < 0) throw new InputError(input, `${shown} has no image named '${reference.entry}'`, 'Give an entry name of its images list');
  if (typeof images?.[index]?.spec !== 'object' || images[index].spec === null) {
    throw new InputError(
      input,
      `the entry '${reference.entry}' of ${shown} has no inline spec: map`,
      'Point at the spec file itself instead',
    );
  }
  return ['images', index, 'spec'];
}

export function loadSpec(reference: SpecReference, options: LoadOptions): LoadedSpec {
  const input = options.input ?? 'spec';
  const workspace = path.resolve(options.workspace);
  const shown = path.relative(workspace, reference.file).split(path.sep).join('/') || path.basename(reference.file);
  if (!isInside(workspace, reference.file)) {
    throw new InputError(
      input,
      `'${reference.file}' is outside the workspace ${workspace}`,
      'Give a spec inside the checked-out repository',
    );
  }
  let text: string;
  try {
    text = readFileSync(reference.file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT')
      throw new InputError(input, `${shown} does not exist`, 'Give the path of the spec file, relative to the workspace');
    throw new InputError(input, `cannot read ${shown} (${errorCode(error)})`, 'Make the spec file readable');
  }
  const at = reference.entry ? inlineEntryPath(text, reference, input, shown) : [];

  const fail = (fileName: string, problems: SpecProblem[]): never => {
    const lines = problems.map((problem) => formatProblem(fileName, problem));
    throw new SpecInputError(
      problems,
      input,
      lines.length === 1 ? (lines[0] as string) : `${fileName} has ${lines.length} problems:\n  - ${lines.join('\n  - ')}\n`,
      'Fix the spec (its keys are described under "Declare an image instead of writing a Dockerfile" in the README)',
    );
  };
  let spec: ImageSpec;
  try {
    spec = parseImageSpec({ text, fileName: shown, specDir: path.dirname(reference.file), at, env: options.env ?? process.env });
  } catch (error) {
    if (error instanceof SpecError) return fail(error.fileName, error.problems);
    throw error;
  }

  const problems: SpecProblem[] = [];
  const at0 = (origin: SpecOrigin, message: string) => problems.push({ line: origin.line, field: origin.field, message });
  const contextDir = path.resolve(spec.contextDir);
  const fromSpec = (absolute: string) => path.relative(path.dirname(reference.file), absolute).split(path.sep).join('/') || '.';
  if (!isInside(workspace, contextDir)) {
    problems.push({ field: 'context', message: `the build context ${contextDir} is outside the workspace ${workspace}` });
    return fail(shown, problems);
  }

  // A path that a symlink takes out of the workspace is refused, as for the dockerfile input.
  const insideReally = (absolute: string): boolean => {
    try {
      return isInside(realpathSync(workspace), realpathSync(absolute));
    } catch {
      return true; // missing: reported by the existence check
    }
  };

  const files = new Map<string, string>();
  for (const relative of filesToRead(spec)) {
    const absolute = path.resolve(contextDir, relative);
    const origin = spec.base.origin;
    if (!isInside(workspace, absolute) || !insideReally(absolute)) {
      at0(origin, `'${fromSpec(absolute)}' is outside the workspace`);
      continue;
    }
    try {
      if (!statSync(absolute).isFile()) at0(origin, `'${fromSpec(absolute)}' is not a file`);
      else files.set(relative, readFileSync(absolute, 'utf8'));
    } catch (error) {
      at0(
        origin,
        errorCode(error) === 'ENOENT'
          ? `'${fromSpec(absolute)}' does not exist`
          : `cannot read '${fromSpec(absolute)}' (${errorCode(error)})`,
      );
    }
  }
  if (problems.length > 0) return fail(shown, problems);

  let rendered: RenderedSpec;
  try {
    rendered = renderSpec(spec, files);
  } catch (error) {
    if (error instanceof SpecError) return fail(error.fileName, error.problems);
    throw error;
  }

  // The ignore file: `dockerignore:` or the context's own, applied to what the spec copies.
  const ignoreFile = spec.dockerignore ? path.resolve(spec.dockerignore) : path.join(contextDir, '.dockerignore');
  let ignorePatterns: string[] = [];
  let usedIgnoreFile: string | null = null;
  try {
    ignorePatterns = readIgnorePatterns(readFileSync(ignoreFile, 'utf8'));
    usedIgnoreFile = ignoreFile;
    new ContextFilter(ignorePatterns).visit('.probe', false);
  } catch (error) {
    if (error instanceof BadPatternError) problems.push({ field: 'dockerignore', message: `${fromSpec(ignoreFile)}: ${error.message}` });
    else if (spec.dockerignore || errorCode(error) !== 'ENOENT') {
      problems.push({ field: 'dockerignore', message: `cannot read '${fromSpec(ignoreFile)}' (${errorCode(error)})` });
    }
  }

  for (const needed of rendered.contextPaths) {
    const absolute = path.join(contextDir, needed.path);
    const name = fromSpec(absolute);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      at0(needed.origin, errorCode(error) === 'ENOENT' ? `'${name}' does not exist` : `cannot read '${name}' (${errorCode(error)})`);
      continue;
    }
    if (!insideReally(absolute)) at0(needed.origin, `'${name}' leads outside the workspace through a symlink`);
    else if (needed.kind === 'file' && !stats.isFile()) at0(needed.origin, `'${name}' is not a file`);
    else if (needed.kind === 'any' && !stats.isFile() && !stats.isDirectory())
      at0(needed.origin, `'${name}' is neither a file nor a folder`);
    else if (usedIgnoreFile && excludedBy(ignorePatterns, needed.path, stats.isDirectory())) {
      at0(
        needed.origin,
        `'${name}' is excluded by ${fromSpec(usedIgnoreFile)}, so it could not be copied: remove the pattern that excludes it`,
      );
    }
  }
  if (problems.length > 0) return fail(shown, problems);
  return { reference, spec, rendered, contextDir, ignoreFile: usedIgnoreFile, ignorePatterns };
}

/**
 * Is the path excluded, as Docker's walk would decide it? A folder counts as excluded only when
 * nothing inside it could come back (`!` exceptions re-include files of an excluded folder).
 */
export function excludedBy(patterns: readonly string[], relative: string, isDir: boolean): boolean {
  if (relative === '.') return false;
  const filter = new ContextFilter(patterns);
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const last = i === parts.length;
    const visit = filter.visit(parts.slice(0, i).join('/'), last ? isDir : true);
    if (visit.action === 'prune') return true;
    if (last) return visit.action === 'skip' && !isDir;
  }
  return false;
}
