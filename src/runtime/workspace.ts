import path from 'node:path';
import { InputError } from '../core/errors.js';

/** The folder the runner checked out into; paths from inputs must stay inside it. */
export function workspaceRoot(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Resolves a path input against the workspace and rejects one that escapes it. */
export function resolveInWorkspace(input: string, value: string, root = workspaceRoot()): string {
  const resolved = path.resolve(root, value);
  if (!isInside(root, resolved)) {
    throw new InputError(
      input,
      `'${value}' resolves to ${resolved}, outside the workspace ${root}`,
      'Give a path inside the checked-out repository',
    );
  }
  return resolved;
}
