/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stage
 * names (and stage indexes) and `scratch`, only for the stages the target actually needs, plus
 * the `# syntax=` frontend image. These are what must be pinned to digests for the hash to mean
 * "the same build".
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { expandWord, ExpansionError } from './shell-words.js';
import { platformArgs } from './platforms.js';
import { InputError } from './errors.js';

export interface DockerfileImagesOptions {
  buildArgs: Readonly<Record<string, string>>;
  /** Stage to build; '' means the last stage. */
  target: string;
  /** Canonical target platforms (see normalizePlatforms). */
  platforms: readonly string[];
  /** The platform of the machine that builds (BUILDPLATFORM). */
  buildPlatform: string;
}

export interface DockerfileImages {
  /** Image references as written after expansion, sorted and unique. */
  images: string[];
  /** The `# syntax=` frontend image, when there is one. */
  syntax?: string;
  /** The stage that is built: its name (lower case), or `#<index>` when it has none. */
  target: string;
  stages: string[];
  /** Inputs the hash cannot see (e.g. `ADD` of a URL without `--checksum`). */
  warnings: string[];
}

interface Stage {
  index: number;
  name: string | undefined;
  /** Raw FROM image word and the (zero-based) line it is on. */
  baseWord: string;
  line: number;
  instructions: Instruction[];
}

const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';

function fail(problem: string, fix = DOCKERFILE_FIX): never {
  throw new InputError('dockerfile', problem, fix);
}

function expand(word: string, variables: Map<string, string | undefined>, escape: string, line: number): string {
  try {
    return expandWord(word, variables, escape);
  } catch (error) {
    if (error instanceof ExpansionError) fail(`line ${line + 1}: ${error.message}`);
    throw error;
  }
}

function argProperties(instruction: Instruction): Array<{ name: string; raw: string | null }> {
  const withProperties = instruction as unknown as {
    getProperties?: () => Array<{ getName(): string; getUnescapedValue(): string | null }>;
  };
  return (withProperties.getProperties?.() ?? []).map((p) => ({ name: p.getName(), raw: p.getUnescapedValue() }));
}

function flagsOf(
  instruction: Instruction,
): Array<{ name: string; value: string | null; options: Array<{ name: string; value: string | null }> }> {
  const withFlags = instruction as unknown as {
    getFlags?: () => Array<{
      getName(): string;
      getValue(): string | null;
      getOptions(): Array<{ getName(): string; getValue(): string | null }>;
    }>;
  };
  return (withFlags.getFlags?.() ?? []).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
  }));
}

function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line;
}

/** Splits the Dockerfile into global ARGs and stages. */
function parseStages(text: string): { escape: string; globalArgs: Instruction[]; stages: Stage[]; syntax?: string } {
  const dockerfile = DockerfileParser.parse(text);
  const escape = dockerfile.getEscapeCharacter();
  const syntax = dockerfile
    .getDirectives()
    .find((d) => d.getName().toLowerCase() === 'syntax')
    ?.getValue()
    .trim();
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const args = instruction.getArguments().map((a) => a.getValue());
      if (args.length === 0) fail(`line ${lineOf(instruction) + 1}: FROM needs an image`);
      let name: string | undefined;
      if (args.length >= 3 && (args[1] ?? '').toLowerCase() === 'as') name = (args[2] ?? '').toLowerCase();
      else if (args.length !== 1) fail(`line ${lineOf(instruction) + 1}: FROM takes 'image [AS name]'`);
      stages.push({ index: stages.length, name, baseWord: args[0] as string, line: lineOf(instruction), instructions: [] });
    } else if (stages.length === 0) {
      if (keyword === 'ARG') globalArgs.push(instruction);
      else fail(`line ${lineOf(instruction) + 1}: ${keyword} before the first FROM (only ARG may come first)`);
    } else {
      (stages[stages.length - 1] as Stage).instructions.push(instruction);
    }
  }
  if (stages.length === 0) fail('it has no FROM instruction', 'Add a FROM line naming the base image');
  return { escape, globalArgs, stages, ...(syntax ? { syntax } : {}) };
}

/** Global ARG values visible to FROM: declared defaults (expanded in order), overridden by build args. */
function globalScope(
  globalArgs: Instruction[],
  options: DockerfileImagesOptions,
  platform: string,
  escape: string,
): Map<string, string | undefined> {
  const scope = new Map<string, string | undefined>(
    Object.entries({ ...platformArgs('TARGET', platform), ...platformArgs('BUILD', options.buildPlatform) }),
  );
  for (const instruction of globalArgs) {
    for (const { name, raw } of argProperties(instruction)) {
      if (Object.hasOwn(options.buildArgs, name)) scope.set(name, options.buildArgs[name]);
      else if (raw !== null) scope.set(name, expand(raw, scope, escape, lineOf(instruction)));
      else if (!scope.has(name)) scope.set(name, undefined);
    }
  }
  return scope;
}

export function dockerfileImages(text: string, options: DockerfileImagesOptions): DockerfileImages {
  const { escape, globalArgs, stages, syntax } = parseStages(text);
  const byName = new Map<string, Stage>();
  for (const stage of stages) if (stage.name && !byName.has(stage.name)) byName.set(stage.name, stage);

  let targetStage = stages[stages.length - 1] as Stage;
  if (options.target !== '') {
    const found = byName.get(options.target.toLowerCase());
    if (!found) {
      const names = stages.map((s) => s.name).filter((n): n is string => !!n);
      throw new InputError(
        'target',
        `stage '${options.target}' is not defined in the Dockerfile`,
        names.length > 0 ? `Use one of: ${names.join(', ')}` : 'Name a stage with FROM … AS <name>, or leave target empty',
      );
    }
    targetStage = found;
  }

  const images = new Set<string>();
  const warnings = new Set<string>();
  for (const platform of options.platforms) {
    const global = globalScope(globalArgs, options, platform, escape);
    const visited = new Set<number>();

    /** A `--from` or FROM value: another stage, or an image to pull (undefined for scratch). */
    const resolveSource = (value: string, self: Stage, allowIndex: boolean): Stage | string | undefined => {
      const lower = value.toLowerCase();
      const stage = byName.get(lower);
      if (stage && stage !== self) return stage;
      if (allowIndex && /^\d+$/.test(value)) {
        const indexed = stages[Number(value)];
        if (indexed && indexed !== self) return indexed;
      }
      if (lower === 'scratch') return undefined;
      return value;
    };

    const visit = (stage: Stage) => {
      if (visited.has(stage.index)) return;
      visited.add(stage.index);
      const base = expand(stage.baseWord, global, escape, stage.line);
      if (base === '')
        fail(
          `stage ${stage.name ?? stage.index}: FROM '${stage.baseWord}' expands to an empty image name`,
          'Give the ARG a default or pass it in build-args',
        );
      const source = resolveSource(base, stage, false);
      if (typeof source === 'string') images.add(source);
      else if (source) visit(source);

      // Stage scope: ARGs redeclared in the stage (global defaults, build-arg overrides) and ENV.
      const scope = new Map<string, string | undefined>();
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        const line = lineOf(instruction);
        if (keyword === 'ARG') {
          for (const { name, raw } of argProperties(instruction)) {
            if (Object.hasOwn(options.buildArgs, name)) scope.set(name, options.buildArgs[name]);
            else if (raw !== null) scope.set(name, expand(raw, scope, escape, line));
            else scope.set(name, global.get(name));
          }
        } else if (keyword === 'ENV') {
          for (const { name, raw } of argProperties(instruction)) scope.set(name, raw === null ? '' : expand(raw, scope, escape, line));
        }
        if (keyword === 'ADD') {
          const flags = flagsOf(instruction);
          const remote = instruction
            .getArguments()
            .slice(0, -1)
            .map((a) => a.getValue())
            .filter((a) => /^(https?:\/\/|git@|[a-z]+:\/\/)/i.test(a));
          if (remote.length > 0 && !flags.some((f) => f.name === 'checksum')) {
            warnings.add(
              `line ${line + 1}: ADD ${remote.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:… (or a commit), or a changed download will not trigger a rebuild`,
            );
          }
        }
        const sources: string[] = [];
        for (const flag of flagsOf(instruction)) {
          if ((keyword === 'COPY' || keyword === 'ADD') && flag.name === 'from' && flag.value !== null) sources.push(flag.value);
          if (keyword === 'RUN' && flag.name === 'mount') {
            for (const option of flag.options) if (option.name === 'from' && option.value) sources.push(option.value);
          }
        }
        for (const word of sources) {
          const value = expand(word, scope, escape, line);
          const resolved = resolveSource(value, stage, true);
          if (typeof resolved === 'string') images.add(resolved);
          else if (resolved) visit(resolved);
        }
      }
    };
    visit(targetStage);
  }
  return {
    images: [...images].sort(),
    ...(syntax ? { syntax } : {}),
    target: targetStage.name ?? `#${targetStage.index}`,
    warnings: [...warnings],
    stages: stages.map((s) => s.name ?? `#${s.index}`),
  };
}
