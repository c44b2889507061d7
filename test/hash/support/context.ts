/** Building small build contexts on disk for the hash tests. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../support/git-repo.js';
import {
  computeBuildDefinition,
  type BuildDefinitionOptions,
  type BuildDefinitionResult,
} from '../../../src/hash/compute-build-definition.js';

export type Node = string | Buffer | { symlink: string } | { dir: true } | { content: string | Buffer; mode: number } | { fifo: true };

/** Writes `tree` (relative path → node) under `root`, in the given order. */
export function writeContext(root: string, tree: Record<string, Node>, order: 'forward' | 'reverse' = 'forward'): string {
  const entries = Object.entries(tree);
  if (order === 'reverse') entries.reverse();
  for (const [relative, node] of entries) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof node === 'string' || Buffer.isBuffer(node)) writeFileSync(target, node);
    else if ('symlink' in node) symlinkSync(node.symlink, target);
    else if ('dir' in node) mkdirSync(target, { recursive: true });
    else if ('fifo' in node) execFileSync('mkfifo', [target]);
    else {
      writeFileSync(target, node.content);
      chmodSync(target, node.mode);
    }
  }
  return root;
}

export function newContext(tree: Record<string, Node>, order: 'forward' | 'reverse' = 'forward'): string {
  return writeContext(makeTempDir('ctx-'), tree, order);
}

export const dockerfile = 'FROM python:3.12-slim\nARG VERSION\nCOPY . /app\n';

/** The content path (git not consulted) unless `useGit` says otherwise. */
export async function definitionOf(dir: string, options: Partial<BuildDefinitionOptions> = {}): Promise<BuildDefinitionResult> {
  return computeBuildDefinition({
    contextDir: dir,
    dockerfile: path.join(dir, 'Dockerfile'),
    platforms: ['linux/amd64'],
    useGit: false,
    ...options,
  });
}

export async function hashOf(dir: string, options: Partial<BuildDefinitionOptions> = {}): Promise<string> {
  return (await definitionOf(dir, options)).hash;
}
