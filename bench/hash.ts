/**
 * Hash benchmark (DESIGN §9): on a generated 20,000-file / 400 MiB tree, the time of
 * `image-actions hash` (the built CLI, as a subprocess) against `sha256sum` over the same files:
 * - content path (the tree is not a git repository): target ≤ 0.6 × sha256sum;
 * - git fast path (the same tree committed, clean): target ≤ 0.2 × sha256sum.
 * Rounds alternate the three measurements (warm page cache, best of N) so that background load
 * hits them alike; `.git` is moved out of the tree for the first two and back for the third.
 * Both paths must produce the same hash, and the fast path must read no file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTree } from './tree.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

interface HashRun {
  seconds: number;
  hash: string;
  log: string;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function timeSha256sum(tree: string): number {
  const start = process.hrtime.bigint();
  // A fixed command line, no input in it: the shell only provides the pipe.
  execFileSync('sh', ['-c', 'find . -type f -print0 | xargs -0 sha256sum > /dev/null'], { cwd: tree, stdio: 'inherit' });
  return seconds(start);
}

function timeHash(tree: string): HashRun {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'hash', '--context', '.', '--resolve-images', 'false'], {
    cwd: tree,
    env: { ...process.env, GITHUB_WORKSPACE: tree },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`image-actions hash failed (${run.status}):\n${run.stderr}`);
  const outputs = JSON.parse(run.stdout) as { hash: string };
  return { seconds: elapsed, hash: outputs.hash, log: run.stderr };
}

function git(cwd: string, args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}

function ratioLine(label: string, value: number, target: number): string {
  return `${label} = ${value.toFixed(2)} (target ≤ ${target}) ${value <= target ? 'PASS' : 'FAIL'}`;
}

export async function run(): Promise<boolean> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'node scripts/build.ts cli' first`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-hash-'));
  const tree = path.join(scratch, 'tree');
  const parkedGit = path.join(scratch, 'parked.git');
  try {
    const started = process.hrtime.bigint();
    const stats = generateTree(tree);
    console.log(`hash: generated ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds(started).toFixed(1)} s`);
    git(tree, ['init', '-q', '-b', 'main']);
    // No background `gc --auto` after the commit: it would compete with the measurements (and
    // write into .git while it is parked outside the tree).
    git(tree, ['config', 'gc.auto', '0']);
    git(tree, ['config', 'maintenance.auto', 'false']);
    git(tree, ['-c', 'core.compression=0', '-c', 'core.looseCompression=0', 'add', '-A']);
    git(tree, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench tree']);
    git(tree, ['status', '--porcelain']); // settles the index (racily clean entries), as any checkout does

    // Warm the page cache for every measurement alike.
    renameSync(path.join(tree, '.git'), parkedGit);
    timeSha256sum(tree);
    renameSync(parkedGit, path.join(tree, '.git'));

    const sha: number[] = [];
    const content: HashRun[] = [];
    const fast: HashRun[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      renameSync(path.join(tree, '.git'), parkedGit);
      sha.push(timeSha256sum(tree));
      content.push(timeHash(tree));
      renameSync(parkedGit, path.join(tree, '.git'));
      fast.push(timeHash(tree));
    }
    const best = (values: number[]) => Math.min(...values);
    const shaBest = best(sha);
    const contentBest = best(content.map((r) => r.seconds));
    const fastBest = best(fast.map((r) => r.seconds));
    const hashes = new Set([...content, ...fast].map((r) => r.hash));
    const fastLog = fast[0]?.log ?? '';
    const fastUsed = /Git fast path: \d+ files from the index, 0 read/.test(fastLog);

    console.log(
      `hash: sha256sum ${shaBest.toFixed(3)} s, content path ${contentBest.toFixed(3)} s, fast path ${fastBest.toFixed(3)} s (best of ${ROUNDS})`,
    );
    console.log(
      `hash: same hash on both paths: ${hashes.size === 1 ? 'yes' : `NO (${[...hashes].join(', ')})`}; fast path read no file: ${fastUsed ? 'yes' : 'NO'}`,
    );
    const contentLine = ratioLine('content/sha256sum', contentBest / shaBest, 0.6);
    const fastLine = ratioLine('fast-path/sha256sum', fastBest / shaBest, 0.2);
    console.log(contentLine);
    console.log(fastLine);
    return hashes.size === 1 && fastUsed && contentLine.endsWith('PASS') && fastLine.endsWith('PASS');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
