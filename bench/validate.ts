/**
 * validate benchmark (DESIGN §9): 500 Dockerfiles validated in one process against the time
 * dockerfile-ast alone takes to read and parse them — target ≤ 1.5×. Both run side by side in one
 * worker process (best of 10 wall-clock rounds after 5 warm-up rounds, alternating; CPU time printed
 * beside it), which imports src/ directly; ShellCheck (an
 * external process) and the registry are left out of the target, and ShellCheck's cost is printed
 * beside it. Phase timings: reading the files, our parse (core/dockerfile), the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateValidateCorpus } from './validate-corpus.ts';
import { target } from './report.ts';

// More rounds than the other parts' 5: one round takes a tenth of a second, and the best of 10 is steadier on a shared machine.
const ROUNDS = Math.max(10, Number(process.env.BENCH_ROUNDS ?? 10));
const TARGET = 1.5;

export async function run(): Promise<boolean> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-validate-'));
  try {
    generateValidateCorpus(scratch, 500);
    const args = [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      path.join(import.meta.dirname, 'src-hooks.mjs'),
      path.join(import.meta.dirname, 'validate-worker.ts'),
      scratch,
      String(ROUNDS),
    ];
    const worker = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (worker.status !== 0) throw new Error(`validate bench worker failed (${worker.status}):\n${worker.stderr}`);
    const r = JSON.parse(worker.stdout.trim().split('\n').pop() as string) as Record<string, number>;
    const ms = (value: number | undefined) => `${(value ?? NaN).toFixed(1)} ms`;
    const rest = (r.validate ?? 0) - (r.read ?? 0) - (r.parse ?? 0);
    console.log(`validate: ${r.units} Dockerfiles, ${r.findings} findings; best of ${ROUNDS}, one process`);
    console.log(`validate: dockerfile-ast read+parse ${ms(r.reference)}; validate ${ms(r.validate)}`);
    console.log(`validate: phases: read ${ms(r.read)}, core/dockerfile parse ${ms(r.parse)}, discovery/context/rules/findings ${ms(rest)}`);
    console.log(
      `validate: CPU time (user+system of the process): dockerfile-ast ${ms(r.referenceCpu)}, validate ${ms(r.validateCpu)}, ratio ${((r.validateCpu ?? 0) / (r.referenceCpu ?? 1)).toFixed(2)}`,
    );
    console.log(`validate: with ShellCheck (external processes, not in the target) ${ms(r.withShellcheck)}`);
    const ratio = (r.validate ?? Infinity) / (r.reference ?? 1);
    return target('validate', 'validate: validate/dockerfile-ast-parse', ratio, TARGET);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
