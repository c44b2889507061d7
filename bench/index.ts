/**
 * `npm run bench [part …]`: runs each benchmark part in turn; each prints its measurements, phase
 * timings and targets as it goes, and all targets are printed again side by side at the end
 * (DESIGN §9). A part is a module under bench/ exporting `run(): Promise<boolean>` (true when its
 * targets hold) that records its targets with report.ts. Add yours to the list.
 *
 * Numbers are whole processes on this machine: on a busy machine they are noisy (best of N and
 * interleaved rounds take out most of it; BENCH_ROUNDS raises N).
 */
import { printSummary } from './report.ts';

const parts: Array<{ name: string; load: () => Promise<{ run: () => Promise<boolean> }> }> = [
  { name: 'start', load: () => import('./start.ts') },
  { name: 'hash', load: () => import('./hash.ts') },
  { name: 'memory', load: () => import('./memory.ts') },
  { name: 'plan', load: () => import('./plan.ts') },
  { name: 'build', load: () => import('./build.ts') },
  { name: 'catalog', load: () => import('./catalog.ts') },
  { name: 'validate', load: () => import('./validate.ts') },
  { name: 'push', load: () => import('./push.ts') },
  { name: 'promote', load: () => import('./promote.ts') },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !parts.some((part) => part.name === name));
if (unknown.length > 0) throw new Error(`unknown bench part(s): ${unknown.join(', ')} (known: ${parts.map((p) => p.name).join(', ')})`);
let allPassed = true;
for (const part of parts) {
  if (only.length > 0 && !only.includes(part.name)) continue;
  console.log(`== ${part.name}`);
  const passed = await (await part.load()).run();
  if (!passed) allPassed = false;
}
printSummary();
process.exitCode = allPassed ? 0 : 1;
