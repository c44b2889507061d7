/**
 * A dedicated buildah store per test file (root/runroot in a temp dir, vfs), so parallel files
 * never share locks or images.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildahStore {
  dir: string;
  root: string;
  runroot: string;
  /** Runs buildah on this store; returns stdout, throws with stderr on failure. */
  buildah(args: string[]): string;
  remove(): void;
}

export function makeBuildahStore(prefix = 'buildah-store-'): BuildahStore {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const root = path.join(dir, 'root');
  const runroot = path.join(dir, 'runroot');
  const globalArgs = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs'];
  return {
    dir,
    root,
    runroot,
    buildah: (args) => execFileSync('buildah', [...globalArgs, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
