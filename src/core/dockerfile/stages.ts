/**
 * Which stage or image each `FROM`, `COPY --from` and `RUN --mount=from=` names, resolved as
 * BuildKit's dockerfile2llb resolves them (convert.go: buildDispatchStates, addState,
 * findStateByName, toCommand, detectRunMount, resolveBaseImage):
 *
 * - `FROM x` is a stage only if a stage named exactly `x` (stage names are stored lower-case) was
 *   defined *before* it; with duplicate names the latest earlier one wins. Otherwise it is an image
 *   (so `FROM Build` after `AS build`, or a stage defined later, is an image reference).
 * - `COPY --from`, `RUN --mount=from=` and the target are looked up lower-cased among all stages,
 *   the last stage of a name winning; `COPY --from=<n>` is stage index n. Anything else is an image.
 * - Every image reference is checked against the reference grammar — also in stages the target
 *   does not need — and `scratch` (exactly) is no image.
 *
 * Errors come out as DockerfileError with the line BuildKit names.
 */
import { expandWord, ExpansionError, type Variables } from '../shell-words.js';
import { parseImageRef, ImageRefError } from '../image-ref.js';
import { platformArgs } from '../platforms.js';
import { closest, DockerfileError, type DockerInstruction, type DockerfileSyntax, type StageSyntax } from './syntax.js';

export interface StageOptions {
  buildArgs: Readonly<Record<string, string>>;
  /** Stage to build; '' means the last stage. */
  target: string;
  /** Canonical target platform (`linux/amd64`). */
  platform: string;
  /** The platform of the machine that builds (BUILDPLATFORM). */
  buildPlatform: string;
}

/** What a `--from` or a FROM names: a stage (by index) or an image reference (undefined for scratch). */
export type Source = { stage: number } | { image: string } | { scratch: true };

export interface SourceUse {
  instruction: DockerInstruction;
  /** The value as written. */
  value: string;
  source: Source;
}

export interface ResolvedStage {
  syntax: StageSyntax;
  /** The base after ARG expansion. */
  base: string;
  from: Source;
  /** `COPY --from` and `RUN --mount=from=` of this stage. */
  sources: SourceUse[];
}

export interface StageGraph {
  stages: ResolvedStage[];
  /** Index of the stage that is built. */
  target: number;
  /** Indexes of the stages the target needs, itself included. */
  reachable: ReadonlySet<number>;
  /** Global ARG values as FROM sees them (platform ARGs, declared defaults, build args). */
  globalScope: Variables;
  /** Images the target needs, as written after expansion (sorted, unique). */
  images: string[];
}

const SCRATCH = 'scratch';

function fail(line: number, message: string): never {
  throw new DockerfileError({ line, message });
}

function expandAt(word: string, scope: Variables, escape: string, line: number): string {
  try {
    return expandWord(word, scope, escape);
  } catch (error) {
    if (error instanceof ExpansionError) fail(line, error.message);
    throw error;
  }
}

const PREDEFINED = new Map<string, ReadonlyMap<string, string>>();

/** BuildKit's defaultArgs: the platform ARGs and TARGETSTAGE (one map per combination, reused). */
function predefinedArgs(platform: string, buildPlatform: string, target: string): ReadonlyMap<string, string> {
  const key = `${platform}|${buildPlatform}|${target}`;
  let args = PREDEFINED.get(key);
  if (!args) {
    args = new Map(
      Object.entries({
        ...platformArgs('BUILD', buildPlatform),
        BUILDOSVERSION: '',
        ...platformArgs('TARGET', platform),
        TARGETOSVERSION: '',
        TARGETSTAGE: target,
      }),
    );
    PREDEFINED.set(key, args);
  }
  return args;
}

/** BuildKit's defaultArgs + buildMetaArgs: the variables FROM lines expand with. */
export function globalArgScope(
  syntax: DockerfileSyntax,
  options: Omit<StageOptions, 'target'> & { target?: string },
): Map<string, string | undefined> {
  const target = options.target || (syntax.stages[syntax.stages.length - 1]?.name ?? '') || 'default';
  const scope = new Map<string, string | undefined>(predefinedArgs(options.platform, options.buildPlatform, target));
  for (const name in options.buildArgs) if (scope.has(name)) scope.set(name, options.buildArgs[name]);
  for (const instruction of syntax.globalArgs) {
    for (const { name, rawValue } of instruction.properties) {
      if (Object.hasOwn(options.buildArgs, name)) scope.set(name, options.buildArgs[name]);
      else if (rawValue !== null) scope.set(name, expandAt(rawValue, scope, syntax.escape, instruction.line));
    }
  }
  return scope;
}

/** References already found valid (a repository repeats the same few bases). */
const VALID_REFERENCES = new Set<string>();

/** Whether `reference` parses as `docker build` parses an image reference (answers remembered). */
export function isValidImageReference(reference: string): boolean {
  if (VALID_REFERENCES.has(reference)) return true;
  try {
    parseImageRef(reference);
  } catch (error) {
    if (error instanceof ImageRefError) return false;
    throw error;
  }
  if (VALID_REFERENCES.size > 10_000) VALID_REFERENCES.clear();
  VALID_REFERENCES.add(reference);
  return true;
}

/** An image reference must parse as `docker build` parses it (distribution/reference). */
function checkImage(reference: string, line: number): void {
  if (VALID_REFERENCES.has(reference)) return;
  try {
    parseImageRef(reference);
    if (VALID_REFERENCES.size > 10_000) VALID_REFERENCES.clear();
    VALID_REFERENCES.add(reference);
  } catch (error) {
    if (error instanceof ImageRefError)
      fail(
        line,
        `failed to parse stage name "${reference}": invalid reference format (${error.message.replace(/^Invalid image reference "[^"]*": /, '')})`,
      );
    throw error;
  }
}

/** `scope`: the global ARG values when the caller has them already (the same options). */
export function resolveStages(syntax: DockerfileSyntax, options: StageOptions, scope?: Map<string, string | undefined>): StageGraph {
  const globalScope = scope ?? globalArgScope(syntax, options);
  const byName = new Map<string, number>();
  const stages: ResolvedStage[] = [];

  // buildDispatchStates: bases in order; a stage is known from its own FROM onwards.
  for (const stage of syntax.stages) {
    const base = expandAt(stage.baseWord, globalScope, syntax.escape, stage.from.line);
    if (base === '') fail(stage.from.line, `base name (${stage.baseWord}) should not be blank`);
    const earlier = byName.get(base);
    const from: Source = earlier !== undefined ? { stage: earlier } : base === SCRATCH ? { scratch: true } : { image: base };
    stages.push({ syntax: stage, base, from, sources: [] });
    if (stage.name) byName.set(stage.name, stage.index);
  }

  let target = stages.length - 1;
  if (options.target !== '') {
    const found = byName.get(options.target.toLowerCase());
    if (found === undefined) {
      const names = [...byName.keys()];
      const suggestion = closest(options.target, names, true);
      throw new DockerfileError({
        line: 0,
        message: `target stage "${options.target}" could not be found${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      });
    }
    target = found;
  }

  // buildStageDependencyGraph: --from values, looked up among all stages.
  const lookup = (value: string, line: number, allowIndex: boolean): Source => {
    if (allowIndex && /^[+-]?\d+$/.test(value)) {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0 || index >= stages.length) fail(line, `invalid stage index ${value}`);
      return { stage: index };
    }
    const found = byName.get(value.toLowerCase());
    if (found !== undefined) return { stage: found };
    return value === SCRATCH ? { scratch: true } : { image: value };
  };
  for (const stage of stages) {
    for (const instruction of stage.syntax.instructions) {
      if (instruction.keyword === 'COPY') {
        const from = instruction.flag('from')?.value;
        if (from) stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, true) });
      } else if (instruction.keyword === 'RUN') {
        for (const flag of instruction.flags) {
          if (flag.name !== 'mount') continue;
          const from = flag.options.find((o) => o.name.toLowerCase() === 'from')?.value;
          if (from) stage.sources.push({ instruction, value: from, source: lookup(from, instruction.line, false) });
        }
      }
    }
  }

  checkCycles(stages);

  // resolveReachableStages: every base image is parsed, reachable or not.
  for (const stage of stages) {
    if ('image' in stage.from) checkImage(stage.from.image, stage.syntax.from.line);
    for (const use of stage.sources) if ('image' in use.source) checkImage(use.source.image, use.instruction.line);
  }

  const reachable = new Set<number>();
  const images = new Set<string>();
  const visit = (index: number) => {
    if (reachable.has(index)) return;
    reachable.add(index);
    const stage = stages[index] as ResolvedStage;
    use(stage.from);
    for (const source of stage.sources) use(source.source);
  };
  const use = (source: Source) => {
    if ('stage' in source) visit(source.stage);
    else if ('image' in source) images.add(source.image);
  };
  visit(target);
  return { stages, target, reachable, globalScope, images: [...images].sort() };
}

/** BuildKit's validateCircularDependency: a stage may not need itself. */
function checkCycles(stages: ResolvedStage[]): void {
  const state = new Map<number, 'active' | 'done'>();
  const visit = (index: number, line: number): void => {
    const mark = state.get(index);
    if (mark === 'done') return;
    const stage = stages[index] as ResolvedStage;
    if (mark === 'active') fail(line, `circular dependency detected on stage: ${stage.syntax.name ?? `stage-${index}`}`);
    state.set(index, 'active');
    if ('stage' in stage.from) visit(stage.from.stage, stage.syntax.from.line);
    for (const use of stage.sources) if ('stage' in use.source) visit(use.source.stage, use.instruction.line);
    state.set(index, 'done');
  };
  for (let i = 0; i < stages.length; i++) visit(i, stages[i]?.syntax.from.line ?? 0);
}
