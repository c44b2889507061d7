/**
 * The images a Dockerfile build pulls, as BuildKit would see them for each target platform:
 * `FROM` bases and `COPY --from` / `RUN --mount=from=` sources after ARG expansion, minus stages
 * and `scratch`, only for the stages the target actually needs, plus the `# syntax=` frontend
 * image. These are what must be pinned to digests for the hash to mean "the same build".
 *
 * The Dockerfile is read by core/dockerfile (the same reading validate uses) and refused, with its
 * line, wherever `docker build` would refuse it.
 */
import { parseDockerfile, assertBuildable, DockerfileError, type DockerfileSyntax } from './dockerfile/syntax.js';
import { resolveStages } from './dockerfile/stages.js';
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

const DOCKERFILE_FIX = 'Fix the Dockerfile (it must parse the way `docker build` parses it)';

/** `ADD <url>` (http, https, git) — BuildKit fetches it at build time. */
export function isRemoteSource(source: string): boolean {
  return /^(https?:\/\/|git@|[a-z][a-z0-9+.-]*:\/\/)/i.test(source);
}

/** The remote sources of each `ADD` without `--checksum`, with its line: what the hash cannot see. */
export function uncheckedDownloads(syntax: DockerfileSyntax, stages?: ReadonlySet<number>): Array<{ line: number; sources: string[] }> {
  const out: Array<{ line: number; sources: string[] }> = [];
  for (const stage of syntax.stages) {
    if (stages && !stages.has(stage.index)) continue;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'ADD' || instruction.flag('checksum')) continue;
      const sources = (instruction.json ?? instruction.args).slice(0, -1).filter(isRemoteSource);
      if (sources.length > 0) out.push({ line: instruction.line, sources });
    }
  }
  return out;
}

function asInputError(error: unknown): never {
  if (error instanceof DockerfileError) throw new InputError('dockerfile', error.message, DOCKERFILE_FIX);
  throw error;
}

/** BuildKit looks the target up lower-cased among the stage names. */
function checkTarget(syntax: DockerfileSyntax, target: string): void {
  if (target === '') return;
  const names = syntax.stages.map((s) => s.name).filter((n): n is string => !!n);
  if (names.includes(target.toLowerCase())) return;
  throw new InputError(
    'target',
    `stage '${target}' is not defined in the Dockerfile`,
    names.length > 0 ? `Use one of: ${[...new Set(names)].join(', ')}` : 'Name a stage with FROM … AS <name>, or leave target empty',
  );
}

export function dockerfileImages(text: string, options: DockerfileImagesOptions): DockerfileImages {
  const syntax = parseDockerfile(text);
  try {
    assertBuildable(syntax);
  } catch (error) {
    asInputError(error);
  }
  checkTarget(syntax, options.target);
  const images = new Set<string>();
  const warnings = new Set<string>();
  let target = '';
  for (const platform of options.platforms) {
    let graph;
    try {
      graph = resolveStages(syntax, {
        buildArgs: options.buildArgs,
        target: options.target,
        platform,
        buildPlatform: options.buildPlatform,
      });
    } catch (error) {
      asInputError(error);
    }
    for (const image of graph.images) images.add(image);
    const stage = syntax.stages[graph.target];
    target = stage?.name ?? `#${graph.target}`;
    for (const { line, sources } of uncheckedDownloads(syntax, graph.reachable)) {
      warnings.add(
        `line ${line}: ADD ${sources.join(' ')} fetches content at build time that the hash cannot see; pin it with ADD --checksum=sha256:… (or a commit), or a changed download will not trigger a rebuild`,
      );
    }
  }
  const syntaxImage = syntax.directives.get('syntax')?.value;
  return {
    images: [...images].sort(),
    ...(syntaxImage ? { syntax: syntaxImage } : {}),
    target,
    warnings: [...warnings],
    stages: syntax.stages.map((s) => s.name ?? `#${s.index}`),
  };
}
