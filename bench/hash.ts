/**
 * Hash benchmark (issue 8, DESIGN §9): on a generated 20,000-file / 400 MiB tree, the time of
 * `image-actions hash` (the built CLI, as a subprocess) against `sha256sum` over the same files:
 * - content path (the tree is not a git repository; every byte read, on every core): ≤ 0.6 ×;
 * - git fast path (the same tree committed, clean): ≤ 0.2 ×.
 * Rounds alternate the three measurements (warm page cache, best of N) so that background load
 * hits them alike; `.git` is moved out of the tree for the first two and back for the third.
 * Both paths must give the same hash, and the fast path must read no file.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTree } from './tree.ts';
import { best, cliArgs, commitTree, phases, requireCli, ROUNDS, seconds, sha256sumArgs, timed, type Run } from './process.ts';
import { check, target } from './report.ts';

export async function run(): Promise<boolean> {
  requireCli();
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-hash-'));
  const tree = path.join(scratch, 'tree');
  const parkedGit = path.join(scratch, 'parked.git');
  try {
    const started = process.hrtime.bigint();
    const stats = generateTree(tree);
    commitTree(tree);
    console.log(
      `hash: generated and committed ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds(started).toFixed(1)} s`,
    );

    const [shell, shellArgs] = sha256sumArgs();
    const env = { ...process.env, GITHUB_WORKSPACE: tree };
    const hash = () => timed(process.execPath, cliArgs(['hash', '--context', '.', '--resolve-images', 'false']), { cwd: tree, env });
    // Warm the page cache (and the compile cache) for every measurement alike.
    timed(shell, shellArgs, { cwd: tree });
    hash();

    const sha: Run[] = [];
    const content: Run[] = [];
    const fast: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      renameSync(path.join(tree, '.git'), parkedGit);
      try {
        sha.push(timed(shell, shellArgs, { cwd: tree }));
        content.push(hash());
      } finally {
        renameSync(parkedGit, path.join(tree, '.git'));
      }
      fast.push(hash());
    }
    const shaBest = best(sha, (r) => r.seconds);
    const contentBest = best(content, (r) => r.seconds);
    const fastBest = best(fast, (r) => r.seconds);
    const hashes = new Set([...content, ...fast].map((r) => (JSON.parse(r.stdout) as { hash: string }).hash));
    const fastLog = /Git fast path: .*/.exec(fastBest.stderr)?.[0] ?? 'no fast path line';

    console.log(
      `hash: sha256sum ${shaBest.seconds.toFixed(3)} s, content path ${contentBest.seconds.toFixed(3)} s, fast path ${fastBest.seconds.toFixed(3)} s (best of ${ROUNDS})`,
    );
    console.log(`hash: content path phases (ms): ${phases(contentBest.stderr)}`);
    console.log(`hash: fast path phases (ms): ${phases(fastBest.stderr)}`);
    const results = [
      check('hash', 'hash: same hash on both paths', hashes.size === 1, hashes.size === 1 ? 'yes' : `NO (${[...hashes].join(', ')})`),
      check('hash', 'hash: fast path read no file', /Git fast path: \d+ files from the index, 0 read/.test(fastLog), fastLog),
      target('hash', 'hash: content path / sha256sum', contentBest.seconds / shaBest.seconds, 0.6),
      target('hash', 'hash: fast path / sha256sum', fastBest.seconds / shaBest.seconds, 0.2),
    ];
    return results.every(Boolean);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
