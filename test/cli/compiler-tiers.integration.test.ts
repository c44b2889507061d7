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

/** How many compile jobs `--trace-opt` reported for each target tier. */
function compilesByTarget(trace: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of trace.matchAll(/^\[compiling method .*\(target (\w+)\)/gm)) {
    const tier = match[1] as string;
    counts[tier] = (counts[tier] ?? 0) + 1;
  }
  return counts;
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
  const tiers = compilesByTarget(run.stdout);
  // Before, this run compiled a few functions with TurboFan (the loops over the listing).
  expect(tiers.MAGLEV ?? 0).toBeGreaterThan(20);
  expect(tiers.TURBOFAN_JS ?? 0).toBe(0);
});
