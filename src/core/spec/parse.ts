/**
 * Reads an image spec: YAML → JSON Schema (ajv) → the rules a schema cannot say → an ImageSpec with
 * defaults applied, `${VAR}` substituted and paths made relative to the context. Every problem is
 * collected, each with its file, line and field (and a "did you mean" for a misspelt key), so one
 * run shows them all. Pure: text, folder names and the environment in; no file is read here.
 */
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { ImageRefError, isValidTag, parseImageRef, parseRepository } from '../image-ref.js';
import { normalizePlatforms } from '../platforms.js';
import { errorMessage } from '../errors.js';
import { BASE_KEYS, specSchema } from './schema.js';
import { closestKey } from './suggest.js';
import { substituteVariables, type Environment } from './substitute.js';
import { fieldName, pointerParts, readYamlSource, type FieldPath, type YamlSource } from './yaml-source.js';
import {
  SpecError,
  type ImageSpec,
  type PipOptions,
  type SecretMount,
  type SpecBase,
  type SpecLayer,
  type SpecOrigin,
  type SpecProblem,
} from './types.js';

export interface SpecText {
  text: string;
  /** The file as the user knows it, for messages (e.g. `services/api/image.yaml`). */
  fileName: string;
  /** Absolute folder the spec's paths are relative to (the spec file's folder). */
  specDir: string;
  /** Where the spec sits in the document: `[]` for a spec file, `['images', 3, 'spec']` inline in images.yaml. */
  at?: FieldPath;
  /** For `${VAR}` in env values. */
  env: Environment;
  /** The runner's platform, for normalizing `platforms` the way the inputs do. */
  hostPlatform?: string;
}

/** Names Flyte's Image / ImageSpec and ZenML's DockerSettings use, pointing at ours. */
const ALIASES: Record<string, string> = {
  'apt-packages': 'apt',
  packages: 'pip',
  'pip-packages': 'pip',
  'with-pip-packages': 'pip',
  environment: 'env',
  'env-vars': 'env',
  'parent-image': 'parent',
  'base-image': 'base',
  'python-version': 'debian-python',
  'source-root': 'source',
  'source-folder': 'source',
  copy: 'source',
  platform: 'platforms',
  'target-repository': 'name',
  'build-context-root': 'context',
  'requirements-file': 'requirements',
  'uv-lock': 'uv-lock',
};

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: true, verbose: true });
const validateSchema = ajv.compile(specSchema);

const SAFE_PATH = /^[A-Za-z0-9._@+/-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const APT_PACKAGE = /^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9-]+)?(?:=[A-Za-z0-9.+~:-]+)?$/;
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const PYTHON_VERSION = /^3\.\d{1,2}(?:\.\d{1,2})?$/;

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a map',
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

/** Problems found so far; fields are named from the document root (`images[1].spec.layers[0]` inline). */
class Problems {
  readonly list: SpecProblem[] = [];
  constructor(
    private readonly source: YamlSource,
    private readonly at: FieldPath,
  ) {}

  add(where: FieldPath, message: string): void {
    const line = this.source.lineOf(where);
    this.list.push({ ...(line !== undefined ? { line } : {}), field: fieldName([...this.at, ...where]), message });
  }

  origin(where: FieldPath): SpecOrigin {
    return { line: this.source.lineOf(where) ?? 1, field: fieldName([...this.at, ...where]) };
  }
}

function schemaProblems(errors: readonly ErrorObject[], value: unknown, problems: Problems): void {
  const seen = new Set<string>();
  for (const error of errors) {
    const where = pointerParts(error.instancePath, value);
    let at: FieldPath = where;
    let message: string;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const suggestion = closestKey(key, known, ALIASES);
        at = [...where, key];
        message = `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ` (known keys: ${known.join(', ')})`}`;
        break;
      }
      case 'required':
        message = `needs '${String(error.params.missingProperty)}'`;
        break;
      case 'type':
        message = `must be ${typeWords(error.params.type)}`;
        break;
      case 'minLength':
        message = 'must not be empty';
        break;
      case 'minProperties':
        message =
          'a layer is a map with one key naming its kind (apt, pip, requirements, uv-project, source, env, workdir, commands, user)';
        break;
      case 'maxProperties': {
        const keys = Object.keys((error.data as object | undefined) ?? {});
        message = `a layer has exactly one kind, found ${keys.map((k) => `'${k}'`).join(' and ')}: write each as its own list item`;
        break;
      }
      default:
        message = error.message ?? 'is not valid';
    }
    const key = `${fieldName(at)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.add(at, message);
  }
}

type Raw = Record<string, unknown>;
const asList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
const sortedUnique = (items: readonly string[]): string[] => [...new Set(items)].sort();

class SpecReader {
  readonly specDir: string;
  contextDir: string;

  constructor(
    private readonly input: SpecText,
    private readonly problems: Problems,
  ) {
    this.specDir = path.posix.resolve(input.specDir.split(path.sep).join('/'));
    this.contextDir = this.specDir;
  }

  /** A named file or folder, relative to the context (which must hold it). */
  contextPath(value: string, where: FieldPath): string {
    const resolved = path.posix.resolve(this.specDir, value);
    const relative = path.posix.relative(this.contextDir, resolved);
    if (relative.startsWith('..') || path.posix.isAbsolute(relative)) {
      const context = this.contextDir === this.specDir ? "(the spec's folder)" : `'${this.shown(this.contextDir)}'`;
      this.problems.add(where, `'${value}' is outside the build context ${context}: set context: to a folder that holds it`);
      return value;
    }
    if (!SAFE_PATH.test(relative || '.')) {
      this.problems.add(where, `'${value}': use letters, digits and . _ - @ + / in the paths a spec names`);
    }
    return relative || '.';
  }

  /** A file the renderer reads but does not copy: relative to the context, `..` allowed. */
  readPath(value: string): string {
    return path.posix.relative(this.contextDir, path.posix.resolve(this.specDir, value));
  }

  private shown(dir: string): string {
    return path.posix.relative(this.specDir, dir) || '.';
  }

  secretMounts(value: unknown, where: FieldPath): SecretMount[] {
    const mounts: SecretMount[] = [];
    asList(value).forEach((raw, index) => {
      const item = raw as unknown as Raw;
      const at = [...where, index];
      const id = String(item.id);
      if (!SECRET_ID.test(id)) this.problems.add([...at, 'id'], `'${id}' is not a secret id: use letters, digits, . _ -`);
      const env = item.env as string | undefined;
      const target = item.target as string | undefined;
      if ((env === undefined) === (target === undefined)) {
        this.problems.add(at, "give exactly one of env (a variable name) or target (a file path) for the secret's value");
      } else if (env !== undefined && !ENV_NAME.test(env)) {
        this.problems.add([...at, 'env'], `'${env}' is not a variable name`);
      } else if (target !== undefined && !(target.startsWith('/') && SAFE_PATH.test(target))) {
        this.problems.add([...at, 'target'], `'${target}' must be an absolute path of letters, digits and . _ - @ + /`);
      }
      mounts.push({ id, ...(env !== undefined ? { env } : {}), ...(target !== undefined ? { target } : {}) });
    });
    // Ids are what is hashed and passed to the builder: one mount per id, in a stable order.
    return [...new Map(mounts.map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  pipOptions(raw: Raw, where: FieldPath): PipOptions {
    const urls: Array<[string, FieldPath]> = [];
    if (typeof raw['index-url'] === 'string') urls.push([raw['index-url'], [...where, 'index-url']]);
    asList(raw['extra-index-urls']).forEach((url, i) => urls.push([url, [...where, 'extra-index-urls', i]]));
    for (const [url, at] of urls) {
      if (!/^https?:\/\/[^\s]+$/.test(url)) this.problems.add(at, `'${url}' is not an http(s) URL`);
      else if (/^https?:\/\/[^/@]*@/.test(url)) {
        this.problems.add(
          at,
          'holds credentials, which would end up in the Dockerfile, the image history and the hash: use a secret mount (env) instead',
        );
      }
    }
    const extraArgs = asList(raw['extra-args']);
    extraArgs.forEach((arg, i) => {
      if (/[\r\n]/.test(arg)) this.problems.add([...where, 'extra-args', i], 'must be one line');
    });
    return {
      ...(typeof raw['index-url'] === 'string' ? { indexUrl: raw['index-url'] } : {}),
      extraIndexUrls: asList(raw['extra-index-urls']),
      pre: raw.pre === true,
      extraArgs,
      secretMounts: this.secretMounts(raw['secret-mounts'], [...where, 'secret-mounts']),
    };
  }

  pipPackages(list: string[], where: FieldPath): string[] {
    list.forEach((spec, i) => {
      if (spec.startsWith('-')) this.problems.add([...where, i], `'${spec}' is an option, not a package: put it in extra-args`);
      else if (/[\r\n]/.test(spec)) this.problems.add([...where, i], 'must be one line');
    });
    return sortedUnique(list.map((spec) => spec.trim()));
  }

  requirementsFile(value: string, where: FieldPath): string {
    if (!value.endsWith('.txt')) {
      this.problems.add(
        where,
        `'${value}' must be a .txt requirements file (as Flyte requires); for pyproject.toml + uv.lock use uv-project`,
      );
    }
    return this.contextPath(value, where);
  }

  layer(raw: Raw, index: number, state: { workdir: boolean }): SpecLayer | undefined {
    const kind = Object.keys(raw)[0] as SpecLayer['kind'];
    const value = raw[kind];
    const where: FieldPath = ['layers', index, kind];
    const origin = this.problems.origin(['layers', index]);
    const long = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Raw;
    switch (kind) {
      case 'apt': {
        const packages = Array.isArray(value) ? (value as string[]) : asList(long.packages);
        const listAt = Array.isArray(value) ? where : [...where, 'packages'];
        packages.forEach((name, i) => {
          if (!APT_PACKAGE.test(name)) this.problems.add([...listAt, i], `'${name}' is not an apt package: write name or name=version`);
        });
        if (packages.length === 0) this.problems.add(listAt, 'lists no package');
        return {
          kind,
          packages: sortedUnique(packages),
          secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
          origin,
        };
      }
      case 'pip': {
        const packages = this.pipPackages(
          Array.isArray(value) ? (value as string[]) : asList(long.packages),
          Array.isArray(value) ? where : [...where, 'packages'],
        );
        const requirements = asList(long.requirements).map((file, i) => this.requirementsFile(file, [...where, 'requirements', i]));
        if (packages.length === 0 && requirements.length === 0) this.problems.add(where, 'lists no package and no requirements file');
        return { kind, packages, requirements: [...new Set(requirements)], options: this.pipOptions(long, where), origin };
      }
      case 'requirements': {
        const file = typeof value === 'string' ? value : String(long.file);
        return {
          kind,
          file: this.requirementsFile(file, typeof value === 'string' ? where : [...where, 'file']),
          options: this.pipOptions(long, where),
          origin,
        };
      }
      case 'uv-project': {
        const pyproject = typeof value === 'string' ? value : String(long.pyproject);
        const pyAt = typeof value === 'string' ? where : [...where, 'pyproject'];
        if (path.posix.basename(pyproject) !== 'pyproject.toml') this.problems.add(pyAt, `'${pyproject}' must be a pyproject.toml`);
        const lock = typeof long['uv-lock'] === 'string' ? long['uv-lock'] : path.posix.join(path.posix.dirname(pyproject), 'uv.lock');
        return {
          kind,
          pyproject: this.contextPath(pyproject, pyAt),
          lock: this.contextPath(lock, typeof long['uv-lock'] === 'string' ? [...where, 'uv-lock'] : pyAt),
          secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']),
          origin,
        };
      }
      case 'source': {
        const src = typeof value === 'string' ? value : String(long.src);
        const dst = typeof long.dst === 'string' ? long.dst : '.';
        const dstAt = typeof long.dst === 'string' ? [...where, 'dst'] : where;
        if (!SAFE_PATH.test(dst)) this.problems.add(dstAt, `'${dst}': use letters, digits and . _ - @ + / in paths`);
        else if (!dst.startsWith('/') && !state.workdir) {
          this.problems.add(
            dstAt,
            typeof long.dst === 'string'
              ? `'${dst}' is relative, and no workdir layer comes before it: give an absolute dst or add a workdir layer first`
              : 'has no dst, and no workdir layer comes before it to copy into: give {src, dst: /absolute/path} or add a workdir layer first',
          );
        }
        return { kind, src: this.contextPath(src, typeof value === 'string' ? where : [...where, 'src']), dst, origin };
      }
      case 'env': {
        const values: Record<string, string> = {};
        for (const [name, text] of Object.entries(long).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const at = [...where, name];
          if (!ENV_NAME.test(name)) {
            this.problems.add(at, `'${name}' is not an environment variable name (letters, digits, _; not starting with a digit)`);
            continue;
          }
          const result = substituteVariables(String(text), this.input.env);
          if ('bad' in result) this.problems.add(at, `'${result.bad}' is not a variable reference: write \${NAME}, or $$ for a literal $`);
          else if (result.unset) {
            this.problems.add(
              at,
              `${result.unset.map((n) => `\${${n}}`).join(', ')} ${result.unset.length === 1 ? 'is' : 'are'} not set in the environment: set ${result.unset.length === 1 ? 'it' : 'them'} (an empty value is allowed) or remove the reference`,
            );
          } else if (/[\r\n]/.test(result.value)) this.problems.add(at, 'must be one line');
          else values[name] = result.value;
        }
        if (Object.keys(long).length === 0) this.problems.add(where, 'sets no variable');
        return { kind, values, origin };
      }
      case 'workdir': {
        const dir = String(value);
        if (!dir.startsWith('/') || !SAFE_PATH.test(dir))
          this.problems.add(where, `'${dir}' must be an absolute path of letters, digits and . _ - @ + /`);
        state.workdir = true;
        return { kind, path: dir, origin };
      }
      case 'commands': {
        const run = Array.isArray(value) ? (value as string[]) : asList(long.run);
        const listAt = Array.isArray(value) ? where : [...where, 'run'];
        run.forEach((command, i) => {
          if (/[\r\n]/.test(command))
            this.problems.add([...listAt, i], 'a command is one line (each becomes a RUN): write several list items');
          else if (/\\\s*$/.test(command))
            this.problems.add([...listAt, i], 'must not end with \\ (it would join the next Dockerfile line)');
          else if (/^\s*RUN\s/i.test(command)) this.problems.add([...listAt, i], "write the command without 'RUN' (it is added)");
        });
        if (run.length === 0) this.problems.add(listAt, 'lists no command');
        return { kind, run, secretMounts: this.secretMounts(long['secret-mounts'], [...where, 'secret-mounts']), origin };
      }
      case 'user': {
        const name = typeof value === 'string' ? value : String(long.name);
        const uid = typeof long.uid === 'number' ? long.uid : 1000;
        const nameAt = typeof value === 'string' ? where : [...where, 'name'];
        if (name === 'root') this.problems.add(nameAt, 'must not be root: the user layer is for running as a non-root user');
        else if (!USER_NAME.test(name))
          this.problems.add(nameAt, `'${name}' is not a user name (lower-case letters, digits, _ -; at most 32)`);
        if (uid <= 0 || uid > 2147483647) this.problems.add([...where, 'uid'], `${uid} is not a non-root uid (1 to 2147483647)`);
        return { kind, name, uid, origin };
      }
      default:
        return undefined;
    }
  }

  base(raw: Raw): (SpecBase & { origin: SpecOrigin }) | undefined {
    const given = [...BASE_KEYS, 'parent'].filter((key) => raw[key] !== undefined);
    const skipBuild = raw['skip-build'] === true;
    if (skipBuild) {
      if (raw.parent === undefined) {
        this.problems.add(['skip-build'], 'needs parent: the image to use as is (ZenML rejects skip_build without parent_image too)');
        return undefined;
      }
      for (const key of given.filter((k) => k !== 'parent'))
        this.problems.add([key], 'skip-build uses parent as is: remove this base, or remove skip-build to build on it');
      if (Array.isArray(raw.layers) && raw.layers.length > 0) {
        this.problems.add(
          ['layers'],
          'skip-build uses parent as is, so nothing can be added: remove the layers, or remove skip-build and write base: instead of parent:',
        );
      }
    } else if (raw.parent !== undefined) {
      this.problems.add(['parent'], 'is only for skip-build: true; to build on an image, write base:');
      return undefined;
    }
    if (given.length === 0) {
      this.problems.add([], `has no base: give one of ${BASE_KEYS.join(', ')}`);
      return undefined;
    }
    if (given.length > 1 && !skipBuild) {
      this.problems.add([given[1] as string], `two bases (${given.map((k) => `'${k}'`).join(' and ')}): give exactly one`);
      return undefined;
    }
    const key = skipBuild ? 'parent' : (given[0] as string);
    const origin = this.problems.origin([key]);
    const image = (ref: string, at: FieldPath) => {
      try {
        parseImageRef(ref);
      } catch (error) {
        if (!(error instanceof ImageRefError)) throw error;
        this.problems.add(at, error.message);
      }
      return ref;
    };
    switch (key) {
      case 'parent':
        return { kind: 'parent', image: image(String(raw.parent), ['parent']), origin };
      case 'base':
        return { kind: 'base', image: image(String(raw.base), ['base']), origin };
      case 'debian-python': {
        const value = raw['debian-python'];
        const python = typeof value === 'string' ? value : String((value as Raw).python);
        const at: FieldPath = typeof value === 'string' ? ['debian-python'] : ['debian-python', 'python'];
        if (!PYTHON_VERSION.test(python)) this.problems.add(at, `'${python}' is not a Python version such as "3.12"`);
        return { kind: 'debian-python', python, image: `python:${python}-slim-bookworm`, origin };
      }
      case 'dockerfile':
        return { kind: 'dockerfile', path: String(raw.dockerfile), origin };
      default: {
        const value = raw['uv-script'];
        const script = typeof value === 'string' ? value : String((value as Raw).script);
        const python = typeof value === 'object' && value !== null ? ((value as Raw).python as string | undefined) : undefined;
        if (python !== undefined && !PYTHON_VERSION.test(python))
          this.problems.add(['uv-script', 'python'], `'${python}' is not a Python version such as "3.12"`);
        return { kind: 'uv-script', path: script, ...(python !== undefined ? { python } : {}), origin };
      }
    }
  }
}

/** Parses and checks a spec; throws SpecError listing every problem. */
export function parseImageSpec(input: SpecText): ImageSpec {
  const source = readYamlSource(input.text, input.at);
  const at = input.at ?? [];
  if (source.errors.length > 0) {
    throw new SpecError(
      input.fileName,
      source.errors.map((error) => ({
        ...(error.line !== undefined ? { line: error.line } : {}),
        field: '',
        message: `not valid YAML: ${error.message}`,
      })),
    );
  }
  const problems = new Problems(source, at);
  const value = source.value;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    problems.add([], 'must be a map of keys (base, layers, platforms, …)');
    throw new SpecError(input.fileName, problems.list);
  }
  if (!validateSchema(value)) {
    schemaProblems(validateSchema.errors ?? [], value, problems);
    throw new SpecError(input.fileName, problems.list);
  }
  const raw = value as Raw;
  const reader = new SpecReader(input, problems);
  if (typeof raw.context === 'string') reader.contextDir = path.posix.resolve(reader.specDir, raw.context);

  const base = reader.base(raw);
  if (base?.kind === 'dockerfile') {
    const file = path.posix.resolve(reader.specDir, base.path);
    if (typeof raw.context !== 'string') reader.contextDir = path.posix.dirname(file);
    base.path = path.posix.relative(reader.contextDir, file);
    if (Array.isArray(raw.layers) && raw.layers.length > 0) {
      problems.add(
        ['layers', 0],
        'a layer after dockerfile: the Dockerfile is opaque (as in Flyte), so layers cannot be added to it: put these steps in the Dockerfile, or use base: with layers',
      );
    }
  }
  if (base?.kind === 'uv-script') base.path = reader.readPath(base.path);

  const state = { workdir: false };
  const layers: SpecLayer[] = [];
  asList(raw.layers).forEach((item, index) => {
    const layer = reader.layer(item as unknown as Raw, index, state);
    if (layer) layers.push(layer);
  });

  let platforms: string[] = [];
  if (raw.platforms !== undefined) {
    const list = Array.isArray(raw.platforms)
      ? (raw.platforms as string[])
      : String(raw.platforms)
          .split(/[,\n]/)
          .map((p) => p.trim())
          .filter(Boolean);
    try {
      platforms = normalizePlatforms(list, 'platforms', input.hostPlatform);
    } catch (error) {
      problems.add(['platforms'], errorMessage(error).replace(/^Input 'platforms': /, ''));
    }
  }

  let imageName: string | undefined;
  if (typeof raw.registry === 'string' && typeof raw.name !== 'string')
    problems.add(['registry'], 'needs name: the repository inside the registry');
  if (typeof raw.name === 'string') {
    imageName = typeof raw.registry === 'string' ? `${raw.registry.replace(/\/+$/, '')}/${raw.name}` : raw.name;
    try {
      parseRepository(imageName);
    } catch (error) {
      if (!(error instanceof ImageRefError)) throw error;
      problems.add(['name'], `'${imageName}': ${error.message}`);
    }
  }
  if (typeof raw.tag === 'string' && !isValidTag(raw.tag)) problems.add(['tag'], `'${raw.tag}' is not a valid tag`);

  if (problems.list.length > 0 || !base) throw new SpecError(input.fileName, problems.list);
  return {
    fileName: input.fileName,
    specDir: reader.specDir,
    contextDir: reader.contextDir,
    ...(typeof raw.dockerignore === 'string' ? { dockerignore: path.posix.resolve(reader.specDir, raw.dockerignore) } : {}),
    base,
    layers,
    platforms,
    ...(imageName ? { imageName } : {}),
    ...(typeof raw.tag === 'string' ? { tag: raw.tag } : {}),
    skipBuild: raw['skip-build'] === true,
  };
}
