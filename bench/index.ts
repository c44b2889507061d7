/**
 * `npm run bench`: runs each benchmark part in turn and prints its ratios (DESIGN §9).
 * A part is a module under bench/ exporting `run(): Promise<boolean>` (true when its targets hold).
 * Add yours to the list.
 */
const parts: Array<{ name: string; load: () => Promise<{ run: () => Promise<boolean> }> }> = [
  { name: 'hash', load: () => import('./hash.ts') },
  { name: 'build', load: () => import('./build.ts') },
  { name: 'catalog', load: () => import('./catalog.ts') },
  { name: 'validate', load: () => import('./validate.ts') },
  { name: 'push', load: () => import('./push.ts') },
  { name: 'promote', load: () => import('./promote.ts') },
];

const only = process.argv.slice(2);
let allPassed = true;
for (const part of parts) {
  if (only.length > 0 && !only.includes(part.name)) continue;
  console.log(`== ${part.name}`);
  const passed = await (await part.load()).run();
  if (!passed) allPassed = false;
}
process.exitCode = allPassed ? 0 : 1;
