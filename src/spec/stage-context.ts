/**
 * The rendered context of a spec: exactly the files and folders its layers name, at their paths
 * relative to the spec's context, filtered by the ignore file with Docker's own walk (so a `!`
 * exception inside an excluded folder comes back, as with `docker build`). Symlinks are copied as
 * links, never followed; the exec bit is kept (copyFile keeps the mode). Building and hashing this
 * folder is building and hashing what the spec declares — nothing else in the repository counts.
 */
import { constants, copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContextFilter } from '../core/dockerignore/context-filter.js';
import type { LoadedSpec } from './load-spec.js';

export interface StagedContext {
  files: number;
  /** Sockets, FIFOs and devices left out (Docker cannot copy them either). */
  skipped: string[];
}

/** Ignore files are applied while staging; copying them would only let a builder apply them twice. */
const IGNORE_FILES = new Set(['.dockerignore', '.containerignore']);

export function stageSpecContext(loaded: LoadedSpec, target: string): StagedContext {
  mkdirSync(target, { recursive: true });
  const staged = new Set<string>();
  const result: StagedContext = { files: 0, skipped: [] };

  const copyEntry = (relative: string): 'dir' | 'other' => {
    const from = path.join(loaded.contextDir, relative);
    const to = path.join(target, relative);
    const stats = lstatSync(from);
    if (stats.isDirectory()) {
      mkdirSync(to, { recursive: true });
      staged.add(relative);
      return 'dir';
    }
    if (staged.has(relative)) return 'other';
    mkdirSync(path.dirname(to), { recursive: true });
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (stats.isFile()) {
      copyFileSync(from, to, constants.COPYFILE_FICLONE);
      result.files++;
    } else {
      result.skipped.push(relative);
      return 'other';
    }
    staged.add(relative);
    return 'other';
  };

  for (const needed of loaded.rendered.contextPaths) {
    const filter = new ContextFilter(loaded.ignorePatterns);
    // The filter decides from the root down: visit the folders that lead to the named path first.
    const parts = needed.path === '.' ? [] : needed.path.split('/');
    let pruned = false;
    for (let i = 1; i < parts.length && !pruned; i++) pruned = filter.visit(parts.slice(0, i).join('/'), true).action === 'prune';
    if (pruned) continue;
    const walk = (relative: string) => {
      const isDir = lstatSync(path.join(loaded.contextDir, relative)).isDirectory();
      const visit = relative === '.' ? ({ action: 'include', parents: [] } as const) : filter.visit(relative, isDir);
      if (visit.action === 'prune') return;
      if (visit.action === 'include') {
        for (const parent of visit.parents) mkdirSync(path.join(target, parent), { recursive: true });
        if (!(relative === '.' || (IGNORE_FILES.has(relative) && !isDir))) copyEntry(relative);
      }
      if (!isDir) return;
      const names = readdirSync(path.join(loaded.contextDir, relative)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      for (const name of names) walk(relative === '.' ? name : `${relative}/${name}`);
    };
    walk(needed.path);
  }
  return result;
}

/** Writes the rendered Dockerfile beside (not inside) the staged context. */
export function writeRenderedDockerfile(loaded: LoadedSpec, file: string): void {
  writeFileSync(file, loaded.rendered.dockerfile);
}
