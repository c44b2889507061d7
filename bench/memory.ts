/**
 * Memory benchmark (issue 8, DESIGN §9): the peak resident memory of `image-actions hash` (the
 * whole process, hashing threads included, as node's maxRSS reports it) on a 100,000-file tree,
 * on the content path and on the git fast path, with a manifest file written (the largest thing
 * the hash builds): target ≤ 200 MB each.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTree } from './tree.ts';
import { cliArgs, commitTree, phases, requireCli, seconds, timed } from './process.ts';
import { target } from './report.ts';

const FILES = Number(process.env.BENCH_MEMORY_FILES ?? 100_000);
const LIMIT_MB = 200;

export async function run(): Promise<boolean> {
  requireCli();
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-memory-'));
  const tree = path.join(scratch, 'tree');
  try {
    const started = process.hrtime.bigint();
    const stats = generateTree(tree, FILES, 200 * 2 ** 20, 7);
    commitTree(tree);
    console.log(
      `memory: generated and committed ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds(started).toFixed(1)} s`,
    );
    const hash = () =>
      timed(
        process.execPath,
        cliArgs(['hash', '--context', '.', '--resolve-images', 'false', '--manifest-file', path.join(scratch, 'manifest.json')]),
        {
          cwd: tree,
          env: { ...process.env, GITHUB_WORKSPACE: tree },
          measureMemory: true,
        },
      );
    const fast = hash();
    renameSync(path.join(tree, '.git'), path.join(scratch, 'parked.git'));
    const content = hash();
    renameSync(path.join(scratch, 'parked.git'), path.join(tree, '.git'));
    const mb = (kib: number | undefined) => (kib ?? Number.NaN) / 1024;
    console.log(`memory: content path ${content.seconds.toFixed(2)} s, phases (ms): ${phases(content.stderr)}`);
    console.log(`memory: fast path ${fast.seconds.toFixed(2)} s, phases (ms): ${phases(fast.stderr)}`);
    const results = [
      target('memory', `memory: peak RSS, content path, ${FILES} files`, mb(content.maxRssKiB), LIMIT_MB, 'MB'),
      target('memory', `memory: peak RSS, fast path, ${FILES} files`, mb(fast.maxRssKiB), LIMIT_MB, 'MB'),
    ];
    return results.every(Boolean);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
