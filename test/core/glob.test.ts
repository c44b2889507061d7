/** Our compiled globs agree with node's path.matchesGlob on every pair of a table of paths and globs. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { globToRegExp } from '../../src/core/glob.js';

const globs = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/images.yaml',
  'images/**',
  'images/*/Dockerfile',
  'a/b',
  '*.txt',
  'images/{ml,api}/**',
  'x/?.md',
  'x/[ab].md',
  'x/[!ab].md',
  '**',
  'images/**/Dockerfile',
];
const paths = [
  'Dockerfile',
  'a/Dockerfile',
  'a/b/c/Dockerfile',
  'Dockerfile.dev',
  'a/Dockerfile.dockerignore',
  'svc.Dockerfile',
  'a/b/svc.Dockerfile',
  '.github/Dockerfile',
  'a/.hidden/Dockerfile',
  'images.yaml',
  'x/images.yaml',
  'images/ml/Dockerfile',
  'images/ml/sub/Dockerfile',
  'images/api/x',
  'images/web/x',
  'a/b',
  'a/bc',
  'notes.txt',
  'x/notes.txt',
  'x/a.md',
  'x/c.md',
  'x/ab.md',
  '.env.txt',
];

describe('globs', () => {
  test.each(globs)('%s matches what path.matchesGlob matches', (glob) => {
    const expression = globToRegExp(glob);
    for (const file of paths) expect(expression.test(file), `${glob} vs ${file}`).toBe(path.posix.matchesGlob(file, glob));
  });
});
