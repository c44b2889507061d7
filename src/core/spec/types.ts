/**
 * An image spec after validation: what `image.yaml` declares, with every default applied, every
 * `${VAR}` substituted and every path made relative to the build context. Rendering
 * (render.ts) is a pure function of this and the few files it must read.
 */

/** Where a value came from in the YAML, for messages and for validate's annotations. */
export interface SpecOrigin {
  /** 1-based line in the spec file (or in images.yaml for an inline spec). */
  line: number;
  /** `layers[2].pip.packages`, as a person would name the field. */
  field: string;
}

export interface SecretMount {
  id: string;
  /** Exposed to the command as this environment variable … */
  env?: string;
  /** … or as a file at this absolute path. */
  target?: string;
}

export interface PipOptions {
  indexUrl?: string;
  extraIndexUrls: string[];
  pre: boolean;
  extraArgs: string[];
  secretMounts: SecretMount[];
}

export type SpecBase =
  /** `python:<v>-slim-bookworm`: Debian with that Python, multi-arch (Flyte's from_debian_base). */
  | { kind: 'debian-python'; python: string; image: string }
  | { kind: 'base'; image: string }
  /** An opaque Dockerfile (Flyte's from_dockerfile): no layers; its folder is the context unless `context` says otherwise. */
  | { kind: 'dockerfile'; path: string }
  /** Python and dependencies from a PEP 723 `# /// script` header (Flyte's from_uv_script). */
  | { kind: 'uv-script'; path: string; python?: string; /** Read from the header (in the manifest's record). */ dependencies?: string[] }
  /** ZenML's `skip_build`: the parent image is used as is. */
  | { kind: 'parent'; image: string };

export type SpecLayer = (
  | { kind: 'apt'; packages: string[]; secretMounts: SecretMount[] }
  /** `requirements` files are installed before `packages` (ZenML's order). */
  | { kind: 'pip'; packages: string[]; requirements: string[]; options: PipOptions }
  | { kind: 'requirements'; file: string; options: PipOptions }
  | { kind: 'uv-project'; pyproject: string; lock: string; secretMounts: SecretMount[] }
  | { kind: 'source'; src: string; dst: string }
  | { kind: 'env'; values: Record<string, string> }
  | { kind: 'workdir'; path: string }
  | { kind: 'commands'; run: string[]; secretMounts: SecretMount[] }
  | { kind: 'user'; name: string; uid: number }
) & { origin: SpecOrigin };

export type LayerKind = SpecLayer['kind'];

export interface ImageSpec {
  /** The spec file as the user names it (relative to the workspace), for messages. */
  fileName: string;
  /** Absolute, `/`-separated: the folder the spec's paths are relative to. */
  specDir: string;
  /** Absolute, `/`-separated: the build context (`context:`, default the spec's folder). */
  contextDir: string;
  /** Absolute path of the ignore file given by `dockerignore:`; undefined means `<context>/.dockerignore` if present. */
  dockerignore?: string;
  base: SpecBase & { origin: SpecOrigin };
  /** Context-relative paths everywhere below. */
  layers: SpecLayer[];
  /** Canonical and sorted; empty means the caller's platforms. */
  platforms: string[];
  /** `registry/name` when the spec names the image. */
  imageName?: string;
  tag?: string;
  skipBuild: boolean;
}

/**
 * What the manifest file records about a spec (beside the hashed definition) so that `explain` can
 * speak in spec terms. No absolute paths, no origins: only what the image is made of.
 */
export interface SpecRecord {
  file: string;
  base: SpecBase;
  layers: Array<Record<string, unknown> & { kind: LayerKind }>;
  skipBuild: boolean;
}

/** One problem with a spec, located in its file. */
export interface SpecProblem {
  line?: number;
  field: string;
  message: string;
}

/** A spec that cannot be used: every problem found, each with its line and field. */
export class SpecError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: SpecProblem[],
  ) {
    super(problems.map((problem) => formatProblem(fileName, problem)).join('\n'));
    this.name = 'SpecError';
  }
}

/** `image.yaml:7: layers[2].pipp: unknown key 'pipp' (did you mean 'pip'?)` — the compiler form editors link. */
export function formatProblem(fileName: string, problem: SpecProblem): string {
  return `${fileName}${problem.line ? `:${problem.line}` : ''}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
