/**
 * Which V8 compilers the built CLI lets run (runtime/large-tree.ts): once the context turns out to
 * be large, TurboFan is left out. Seen through V8's own `--trace-opt` lines on stdout
 * (`[compiling method … (target TURBOFAN_JS) …]`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../harness/run-action.js';
import { initRepo } from '../support/git-repo.js';

const cli = path.join(repoRoot, 'dist/cli/index.js');

/** The functions `--trace-opt` reported compile jobs for, by target tier. */
function compiledByTarget(trace: string): Record<string, Set<string>> {
  const compiled: Record<string, Set<string>> = {};
  for (const match of trace.matchAll(/^\[compiling method \S+ <JSFunction (\S*).*\(target (\w+)\)/gm)) {
    (compiled[match[2] as string] ??= new Set()).add(match[1] as string);
  }
  return compiled;
}

test('hash: the hot loops of a 6,000-file fast path reach Maglev, and TurboFan never starts', () => {
  const files: Record<string, string> = { Dockerfile: 'FROM scratch\nCOPY . /app\n', '.dockerignore': '.git\n' };
  for (let i = 0; i < 6000; i++) files[`pkg${i % 60}/file${i}.txt`] = `${i}\n`;
  const dir = initRepo(files);
  const run = spawnSync(process.execPath, ['--trace-opt', cli, 'hash', '--context', '.', '--resolve-images', 'false'], {
    cwd: dir,
    env: { ...process.env, GITHUB_WORKSPACE: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/Git fast path: 6002 files from the index, 0 read/);
  const tiers = compiledByTarget(run.stdout);
  // The loops over the index file, the listing and the records: each once per file.
  for (const loop of ['parseIndexFile', 'scanPacked', 'packedFiles']) expect([...(tiers.MAGLEV ?? [])]).toContain(loop);
  // Before, this run compiled a few functions with TurboFan (the loops over the listing).
  expect([...(tiers.TURBOFAN_JS ?? [])]).toEqual([]);
});
