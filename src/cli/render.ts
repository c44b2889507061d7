/**
 * `image-actions render SPEC [--context-dir DIR]`: prints the Dockerfile an image spec renders to
 * (the spec's advice goes to stderr). With `--context-dir`, also writes the rendered context: the
 * files the spec copies, the Dockerfile, and a .dockerignore leaving those two out — so
 * `docker build DIR`, and the hash of DIR, are the spec's own. Exit 0, 1 for a bad spec, 2 for wrong usage.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../core/errors.js';
import { formatProblem } from '../core/spec/types.js';
import { isInside } from '../runtime/workspace.js';
import { loadSpec, parseSpecReference } from '../spec/load-spec.js';
import { stageSpecContext } from '../spec/stage-context.js';

export const renderUsage =
  'SPEC [--context-dir DIR] — print the Dockerfile an image spec (image.yaml, or images.yaml#name) renders to; --context-dir writes the rendered context';

const RENDERED_IGNORE =
  '# Written by image-actions render: the context is already filtered; this leaves out the two files that describe it.\nDockerfile\n.dockerignore\n';

/** In Actions the workspace bounds every path; from a terminal, the current folder when the spec is in it, else nothing. */
function boundary(spec: string): string {
  const cwd = process.cwd();
  if (process.env.GITHUB_ACTIONS === 'true') return path.resolve(process.env.GITHUB_WORKSPACE || cwd);
  return isInside(cwd, path.resolve(cwd, spec.replace(/#[^/]*$/, ''))) ? cwd : path.parse(path.resolve(spec)).root;
}

export async function renderCommand(args: string[]): Promise<number> {
  let spec: string;
  let contextDir: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { 'context-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`Usage: image-actions render ${renderUsage}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(`expected one spec file, got ${positionals.length}`);
    spec = positionals[0] as string;
    contextDir = values['context-dir'];
  } catch (error) {
    process.stderr.write(`image-actions render: ${errorMessage(error)}\nUsage: image-actions render ${renderUsage}\n`);
    return 2;
  }
  try {
    const workspace = boundary(spec);
    const loaded = loadSpec(parseSpecReference(path.resolve(spec), workspace), { workspace, env: process.env, input: 'spec' });
    for (const warning of loaded.rendered.warnings) process.stderr.write(`warning: ${formatProblem(loaded.spec.fileName, warning)}\n`);
    if (contextDir !== undefined) {
      if (loaded.rendered.mode === 'dockerfile') {
        throw new Error(
          `${loaded.spec.fileName} builds its own Dockerfile from ${loaded.contextDir} as is: there is no rendered context to write`,
        );
      }
      const target = path.resolve(contextDir);
      if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`--context-dir ${contextDir} is not empty`);
      const staged = stageSpecContext(loaded, target);
      if (existsSync(path.join(target, 'Dockerfile'))) {
        throw new Error(
          `the spec copies a file named Dockerfile to the root of its context, where the rendered one must go: ${contextDir} holds the staged files only`,
        );
      }
      writeFileSync(path.join(target, 'Dockerfile'), loaded.rendered.dockerfile);
      writeFileSync(path.join(target, '.dockerignore'), RENDERED_IGNORE);
      process.stderr.write(
        `wrote ${contextDir}: Dockerfile, .dockerignore and ${staged.files} file${staged.files === 1 ? '' : 's'} the spec copies\n`,
      );
    }
    process.stdout.write(loaded.rendered.dockerfile);
    return 0;
  } catch (error) {
    process.stderr.write(`image-actions render: ${errorMessage(error)}\n`);
    return 1;
  }
}
