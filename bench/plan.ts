/**
 * Plan benchmark (issue 8, DESIGN §9): a monorepo of N images (small contexts, one registry, a
 * committed checkout), `image-actions plan` over N = 10, 100, 1000 images beside N × one
 * `image-actions hash` process of one of those contexts. Target at N = 100: ≤ 0.1 ×. The plan
 * hashes in one process, lists the repository with git once, and looks the N hash tags up in the
 * registry side by side (the registry is empty: every lookup is a real request answered 404).
 * The plan's hash of an image must be the one `hash` computes alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { best, cliArgs, commitTree, phases, requireCli, ROUNDS, seconds, timed, type Run } from './process.ts';
import { startRegistry } from './registry.ts';
import { check, target } from './report.ts';

const SIZES = [10, 100, 1000];
const TARGET_AT = 100;

function writeMonorepo(root: string, images: number, registry: string): void {
  for (let i = 0; i < images; i++) {
    const dir = path.join(root, 'images', `img${String(i).padStart(4, '0')}`);
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
    writeFileSync(path.join(dir, '.dockerignore'), '*.log\n');
    writeFileSync(path.join(dir, 'requirements.txt'), `numpy==2.${i % 7}.0\n`);
    writeFileSync(path.join(dir, 'src', 'main.py'), `print(${i})\n`);
    writeFileSync(path.join(dir, 'src', 'util.py'), `X = ${i * 3}\n`);
  }
  for (const size of SIZES) {
    const lines = ['images:'];
    for (let i = 0; i < size; i++) {
      const name = `img${String(i).padStart(4, '0')}`;
      lines.push(`  - name: ${name}`, `    image: ${registry}/mono/${name}`, `    context: images/${name}`);
    }
    writeFileSync(path.join(root, `images-${size}.yaml`), `${lines.join('\n')}\n`);
  }
}

export async function run(): Promise<boolean> {
  requireCli();
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-plan-'));
  const repo = path.join(scratch, 'repo');
  const registry = await startRegistry(scratch);
  try {
    const started = process.hrtime.bigint();
    writeMonorepo(repo, Math.max(...SIZES), registry.host);
    commitTree(repo);
    console.log(`plan: generated and committed a monorepo of ${Math.max(...SIZES)} images in ${seconds(started).toFixed(1)} s`);
    const env = { ...process.env, GITHUB_WORKSPACE: repo, HOME: path.join(scratch, 'home') };
    const hashOne = () => timed(process.execPath, cliArgs(['hash', '--context', 'images/img0000']), { cwd: repo, env });
    const plan = (size: number) =>
      timed(process.execPath, cliArgs(['plan', '--file', `images-${size}.yaml`, '--insecure-registries', registry.host]), {
        cwd: repo,
        env,
      });
    hashOne(); // warms the compile cache alike for both
    plan(SIZES[0] as number);

    const singles: Run[] = [];
    const plans = new Map<number, Run[]>(SIZES.map((size) => [size, []]));
    for (let round = 0; round < ROUNDS; round++) {
      singles.push(hashOne());
      for (const size of SIZES) if (size < 1000 || round < 3) plans.get(size)?.push(plan(size));
    }
    const single = best(singles, (r) => r.seconds);
    console.log(
      `plan: one hash process ${(single.seconds * 1000).toFixed(0)} ms (best of ${ROUNDS}), phases (ms): ${phases(single.stderr)}`,
    );
    const results: boolean[] = [];
    for (const size of SIZES) {
      const runs = plans.get(size) ?? [];
      const fastest = best(runs, (r) => r.seconds);
      const output = JSON.parse(fastest.stdout) as { include: Array<{ name: string; hash: string }>; reused: unknown[] };
      const ratio = fastest.seconds / (size * single.seconds);
      console.log(
        `plan: N = ${size}: plan ${fastest.seconds.toFixed(3)} s, ${size} × hash ${(size * single.seconds).toFixed(3)} s, ratio ${ratio.toFixed(3)} (best of ${runs.length}); ${output.include.length} to build`,
      );
      if (size === TARGET_AT) {
        const planned = output.include.find((entry) => entry.name === 'img0000')?.hash;
        const alone = (JSON.parse(single.stdout) as { hash: string }).hash;
        results.push(check('plan', 'plan: same hash as the hash command', planned === alone, `${planned ?? 'missing'} vs ${alone}`));
        results.push(target('plan', `plan: ${size} images / ${size} × hash`, ratio, 0.1));
      }
    }
    return results.every(Boolean);
  } finally {
    registry.child.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }
}
