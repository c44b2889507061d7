/**
 * Start benchmark (issue 8, DESIGN §9): `image-actions hash` of a one-file context (a Dockerfile
 * `FROM scratch` in a plain folder: nothing to look up, nothing to read but itself) against
 * `node -e 0` with the same node binary, rounds interleaved, best of N: target ≤ 1.5 ×.
 * Also printed, without a target: the first run (V8's compile cache cold) and the same context in
 * a git checkout (git processes started).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { best, cliArgs, commitTree, phases, requireCli, timed, type Run } from './process.ts';
import { target } from './report.ts';

const START_ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 15);

export async function run(): Promise<boolean> {
  requireCli();
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-start-'));
  try {
    const plain = path.join(scratch, 'plain');
    const inGit = path.join(scratch, 'git');
    for (const dir of [plain, inGit]) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /\n');
    }
    commitTree(inGit);
    // A compile cache of its own, emptied first: the first run shows the cold start.
    const env = { ...process.env, NODE_COMPILE_CACHE: path.join(scratch, 'compile-cache'), GITHUB_WORKSPACE: scratch };
    const hash = (dir: string) => timed(process.execPath, cliArgs(['hash', '--context', dir]), { cwd: dir, env });
    const cold = hash(plain);

    const node: Run[] = [];
    const warm: Run[] = [];
    const git: Run[] = [];
    for (let round = 0; round < START_ROUNDS; round++) {
      node.push(timed(process.execPath, ['-e', '0'], { env }));
      warm.push(hash(plain));
      git.push(hash(inGit));
    }
    const nodeBest = best(node, (r) => r.seconds);
    const warmBest = best(warm, (r) => r.seconds);
    const gitBest = best(git, (r) => r.seconds);
    const ms = (r: Run) => `${(r.seconds * 1000).toFixed(0)} ms`;
    console.log(
      `start: node -e 0 ${ms(nodeBest)}, hash of a one-file context ${ms(warmBest)} (first run, compile cache cold: ${ms(cold)}; in a git checkout: ${ms(gitBest)}) (best of ${START_ROUNDS})`,
    );
    console.log(`start: phases of the best run (ms): ${phases(warmBest.stderr)}`);
    console.log(`start: in a git checkout, phases (ms): ${phases(gitBest.stderr)}`);
    return target('start', 'start: one-file hash / node -e 0', warmBest.seconds / nodeBest.seconds, 1.5);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
