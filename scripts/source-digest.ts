/**
 * A digest of everything the bundles are built from (src/, the lockfile, the build script), kept in
 * dist/.source-digest by `npm run build`. The integration tests compare it before they run, so they
 * never test a bundle older than the code beside it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const digestFile = path.join(root, 'dist', '.source-digest');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function sourceDigest(): string {
  const files = [
    ...filesUnder(path.join(root, 'src')),
    path.join(root, 'package-lock.json'),
    path.join(root, 'scripts/build.ts'),
    path.join(root, 'scripts/ascii-only.ts'),
  ]
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
