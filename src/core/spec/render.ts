/**
 * Renders an image spec to a Dockerfile: a pure function of the spec and the files it reads (the
 * uv script's header, an opaque Dockerfile), so the same spec gives the same bytes on any machine.
 *
 * Layers become instructions in the order written, in cache-friendly forms that pass the project's
 * Dockerfile rules: apt with `--no-install-recommends` and the lists removed in the same layer, pip
 * with `--no-cache-dir`, set-like values (packages, secret ids, env keys) sorted, every value
 * quoted for the shell or the Dockerfile parser. The files a layer names are copied from the
 * context at their context-relative paths, so the hash sees their content (not their names) and
 * `explain` can name them.
 */
import type { ImageSpec, PipOptions, SecretMount, SpecBase, SpecLayer, SpecOrigin, SpecProblem, SpecRecord } from './types.js';
import { SpecError } from './types.js';
import { pythonFromRequirement, readScriptMetadata, ScriptMetadataError } from './uv-script.js';

/** The uv binary for uv-project layers, copied from Astral's image (resolved to a digest by the hash). */
export const UV_IMAGE = 'ghcr.io/astral-sh/uv:0.8.13';

/** Where copied dependency files go inside the image (not the application's folders). */
const REQUIREMENTS_DIR = '/tmp/image-spec/requirements';
const UV_PROJECT_DIR = '/tmp/image-spec/uv-project';

export const RENDER_HEADER = '# Rendered by image-actions from an image spec: change the spec, not this file.';

export interface ContextPath {
  /** Relative to the context. */
  path: string;
  /** `file`: must be a regular file; `any`: a file or a folder (source layers). */
  kind: 'file' | 'any';
  origin: SpecOrigin;
}

export interface RenderedSpec {
  /**
   * `staged`: build the Dockerfile from a context holding only `contextPaths`;
   * `dockerfile`: an opaque Dockerfile built from its context as is; `skip`: nothing is built (skip-build).
   */
  mode: 'staged' | 'dockerfile' | 'skip';
  dockerfile: string;
  /** The spec field behind each Dockerfile line (index = line - 1); empty for an opaque Dockerfile. */
  origins: Array<SpecOrigin | undefined>;
  contextPaths: ContextPath[];
  /** Secret ids the build needs (from secret-mounts), sorted. */
  secretIds: string[];
  /** Located advice (layer order that defeats the cache, steps that need root after `user`). */
  warnings: SpecProblem[];
  record: SpecRecord;
}

/** A word the shell reads back unchanged. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** An ENV value in double quotes: the Dockerfile parser would otherwise expand `$` and split on spaces. */
function envValue(text: string): string {
  return `"${text.replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;
}

function mountFlag(mount: SecretMount): string {
  return `--mount=type=secret,id=${mount.id},${mount.env !== undefined ? `env=${mount.env}` : `target=${mount.target}`}`;
}

class DockerfileWriter {
  readonly lines: string[] = [];
  readonly origins: Array<SpecOrigin | undefined> = [];

  add(origin: SpecOrigin | undefined, ...lines: string[]): void {
    for (const line of lines) {
      this.lines.push(line);
      this.origins.push(origin);
    }
  }

  /** One RUN: `body` lines joined by continuations, secret mounts on the RUN line. */
  run(origin: SpecOrigin, mounts: readonly SecretMount[], body: string[]): void {
    const lines =
      mounts.length > 0
        ? [`RUN ${mounts.map(mountFlag).join(' ')}`, ...body.map((l) => `    ${l}`)]
        : [`RUN ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)];
    this.add(origin, ...lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line)));
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** `pip install --no-cache-dir <options>` then one argument per line. */
function pipInstall(options: PipOptions, args: string[]): string[] {
  const flags = ['pip install --no-cache-dir'];
  if (options.indexUrl) flags.push(`--index-url ${shellWord(options.indexUrl)}`);
  for (const url of options.extraIndexUrls) flags.push(`--extra-index-url ${shellWord(url)}`);
  if (options.pre) flags.push('--pre');
  for (const arg of options.extraArgs) flags.push(shellWord(arg));
  return [flags.join(' '), ...args.map((arg) => `    ${arg}`)];
}

const needsRoot = new Set<SpecLayer['kind']>(['apt', 'pip', 'requirements', 'uv-project']);
const installs = needsRoot;

function orderWarnings(layers: readonly SpecLayer[]): SpecProblem[] {
  const warnings: SpecProblem[] = [];
  layers.forEach((layer, i) => {
    if (layer.kind === 'source') {
      const later = layers.slice(i + 1).find((other) => installs.has(other.kind));
      if (later) {
        warnings.push({
          line: layer.origin.line,
          field: layer.origin.field,
          message: `this source layer comes before ${later.origin.field} (${later.kind}): every change to the copied files reinstalls the packages. Put source layers after apt, pip, requirements and uv-project (Flyte's advice) so they keep their cache`,
        });
      }
    }
    if (layer.kind === 'user') {
      for (const other of layers.slice(i + 1).filter((o) => needsRoot.has(o.kind))) {
        warnings.push({
          line: other.origin.line,
          field: other.origin.field,
          message: `this ${other.kind} layer runs as user '${layer.name}' (set by ${layer.origin.field}), which usually cannot install system-wide: put the user layer after it`,
        });
      }
    }
  });
  return warnings;
}

/** The value without its origin (line numbers are not what the image is made of). */
function withoutOrigin<T extends { origin: SpecOrigin }, R>(value: T): R {
  const copy: Partial<T> = { ...value };
  delete copy.origin;
  return copy as R;
}

function recordOf(spec: ImageSpec): SpecRecord {
  return {
    file: spec.fileName,
    base: withoutOrigin<typeof spec.base, SpecBase>(spec.base),
    layers: spec.layers.map((layer) => withoutOrigin<SpecLayer, SpecRecord['layers'][number]>(layer)),
    skipBuild: spec.skipBuild,
  };
}

function userLines(name: string, uid: number, workdir: string | undefined): string[] {
  const home = `/home/${name}`;
  const lines = [
    `if id -u ${name} >/dev/null 2>&1; then :;`,
    `elif command -v useradd >/dev/null 2>&1; then useradd --no-log-init --create-home --user-group --uid ${uid} --shell /bin/sh ${name};`,
    `elif command -v adduser >/dev/null 2>&1; then adduser -D -u ${uid} -s /bin/sh ${name};`,
    // Images with neither tool (busybox, distroless-like bases): the account files by hand.
    `else echo '${name}:x:${uid}:${uid}::${home}:/bin/sh' >> /etc/passwd && echo '${name}:x:${uid}:' >> /etc/group && mkdir -p ${home} && chown ${uid}:${uid} ${home}; fi`,
  ];
  if (workdir) lines.push(`&& chown -R ${name}:"$(id -g ${name})" ${workdir}`);
  return lines;
}

/** Renders the spec; `files` holds the text of the files it reads (see filesToRead), by context-relative path. */
export function renderSpec(spec: ImageSpec, files: ReadonlyMap<string, string>): RenderedSpec {
  const record = recordOf(spec);
  const base = spec.base;
  if (base.kind === 'dockerfile') {
    const text = files.get(base.path);
    if (text === undefined) throw new Error(`renderSpec: the caller did not read ${base.path}`);
    return { mode: 'dockerfile', dockerfile: text, origins: [], contextPaths: [], secretIds: [], warnings: [], record };
  }

  const out = new DockerfileWriter();
  out.add(base.origin, RENDER_HEADER);
  if (base.kind === 'uv-script') {
    const text = files.get(base.path);
    if (text === undefined) throw new Error(`renderSpec: the caller did not read ${base.path}`);
    let metadata;
    try {
      metadata = readScriptMetadata(text);
    } catch (error) {
      if (!(error instanceof ScriptMetadataError)) throw error;
      throw new SpecError(spec.fileName, [
        { line: base.origin.line, field: base.origin.field, message: `'${base.path}': ${error.message}` },
      ]);
    }
    const python = base.python ?? (metadata.requiresPython ? pythonFromRequirement(metadata.requiresPython) : undefined);
    if (!python) {
      const said = metadata.requiresPython
        ? `its requires-python '${metadata.requiresPython}' names no version to install`
        : 'it has no requires-python';
      throw new SpecError(spec.fileName, [
        {
          line: base.origin.line,
          field: base.origin.field,
          message: `'${base.path}': ${said}; give one: uv-script: {script: ${base.path}, python: "3.12"}`,
        },
      ]);
    }
    const dependencies = [...new Set(metadata.dependencies.map((d) => d.trim()))].sort();
    record.base = { kind: 'uv-script', path: base.path, python, dependencies };
    out.add(base.origin, `FROM python:${python}-slim-bookworm`);
    if (dependencies.length > 0)
      out.run(
        base.origin,
        [],
        pipInstall({ extraIndexUrls: [], pre: false, extraArgs: [], secretMounts: [] }, dependencies.map(shellWord)),
      );
  } else {
    out.add(base.origin, `FROM ${base.image}`);
  }

  const contextPaths = new Map<string, ContextPath>();
  const need = (p: string, kind: ContextPath['kind'], origin: SpecOrigin) => {
    if (!contextPaths.has(p)) contextPaths.set(p, { path: p, kind, origin });
  };
  const copyRequirements = (files: readonly string[], origin: SpecOrigin): string[] =>
    files.map((file) => {
      need(file, 'file', origin);
      const target = `${REQUIREMENTS_DIR}/${file}`;
      out.add(origin, `COPY ${file} ${target}`);
      return target;
    });

  let workdir: string | undefined;
  let user: string | undefined;
  let uvCopied = false;
  for (const layer of spec.layers) {
    const origin = layer.origin;
    switch (layer.kind) {
      case 'apt':
        out.run(origin, layer.secretMounts, [
          'apt-get update',
          '&& apt-get install -y --no-install-recommends',
          ...layer.packages.map((p) => `    ${p}`),
          '&& rm -rf /var/lib/apt/lists/*',
        ]);
        break;
      case 'pip': {
        // ZenML's order: requirements files first, then the packages named one by one.
        if (layer.requirements.length > 0) {
          const targets = copyRequirements(layer.requirements, origin);
          out.run(
            origin,
            layer.options.secretMounts,
            pipInstall(
              layer.options,
              targets.map((t) => `-r ${t}`),
            ),
          );
        }
        if (layer.packages.length > 0)
          out.run(origin, layer.options.secretMounts, pipInstall(layer.options, layer.packages.map(shellWord)));
        break;
      }
      case 'requirements': {
        const [target] = copyRequirements([layer.file], origin);
        out.run(origin, layer.options.secretMounts, pipInstall(layer.options, [`-r ${target}`]));
        break;
      }
      case 'uv-project': {
        need(layer.pyproject, 'file', origin);
        need(layer.lock, 'file', origin);
        const dir = layer.pyproject.includes('/')
          ? `${UV_PROJECT_DIR}/${layer.pyproject.slice(0, layer.pyproject.lastIndexOf('/'))}`
          : UV_PROJECT_DIR;
        if (!uvCopied) out.add(origin, `COPY --from=${UV_IMAGE} /uv /usr/local/bin/uv`);
        uvCopied = true;
        out.add(origin, `COPY ${layer.pyproject} ${dir}/pyproject.toml`, `COPY ${layer.lock} ${dir}/uv.lock`);
        // uv exports exactly what the lock pins (no resolution) and installs it into the image's Python.
        out.run(origin, layer.secretMounts, [
          `uv export --project ${dir} --frozen --no-dev --no-emit-project --format requirements-txt --output-file ${dir}/requirements.txt`,
          `&& uv pip install --system --no-cache -r ${dir}/requirements.txt`,
        ]);
        break;
      }
      case 'source':
        need(layer.src, 'any', origin);
        out.add(origin, `COPY ${user ? `--chown=${user} ` : ''}${layer.src} ${layer.dst}`);
        break;
      case 'env': {
        const pairs = Object.entries(layer.values).map(([name, value]) => `${name}=${envValue(value)}`);
        out.add(origin, ...pairs.map((pair, i) => `${i === 0 ? 'ENV ' : '    '}${pair}${i < pairs.length - 1 ? ' \\' : ''}`));
        break;
      }
      case 'workdir':
        workdir = layer.path;
        out.add(origin, `WORKDIR ${layer.path}`);
        break;
      case 'commands':
        for (const command of layer.run) out.run(origin, layer.secretMounts, [command]);
        break;
      case 'user':
        out.run(origin, [], userLines(layer.name, layer.uid, workdir));
        out.add(origin, `USER ${layer.name}`);
        user = layer.name;
        break;
    }
  }

  const secretIds = [
    ...new Set(
      spec.layers.flatMap((layer) =>
        ('secretMounts' in layer ? layer.secretMounts : 'options' in layer ? layer.options.secretMounts : []).map((m) => m.id),
      ),
    ),
  ].sort();
  return {
    mode: spec.skipBuild ? 'skip' : 'staged',
    dockerfile: out.text(),
    origins: out.origins,
    contextPaths: [...contextPaths.values()],
    secretIds,
    warnings: orderWarnings(spec.layers),
    record,
  };
}

/** The files renderSpec reads (context-relative, `..` allowed): the uv script or the opaque Dockerfile. */
export function filesToRead(spec: ImageSpec): string[] {
  return spec.base.kind === 'uv-script' || spec.base.kind === 'dockerfile' ? [spec.base.path] : [];
}
