/**
 * How every entry starts (the actions and the CLI): V8's compile cache first, then the code, loaded
 * with a dynamic import so that the cache covers it. With the cache warm, parsing and compiling the
 * bundle is skipped at the next start (issue 8: start ≤ 1.5 × `node -e 0`). Where the cache lives:
 * NODE_COMPILE_CACHE when set (node's own variable); on a runner, the tool cache (kept between jobs
 * on self-hosted runners) or else RUNNER_TEMP (kept between the steps of a job); elsewhere node's
 * default, under the system's temporary folder. NODE_DISABLE_COMPILE_CACHE turns it off.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_COMPILE_CACHE) return undefined;
  const base = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP;
  return base ? path.join(base, 'image-actions', 'compile-cache') : undefined;
}

/** Turns the compile cache on; a cache that cannot be used changes nothing but speed. */
export function enableStartCache(): void {
  try {
    enableCompileCache(compileCacheDir());
  } catch {
    // An optimization only: an unwritable folder or an old node just means compiling as usual.
  }
}

/** Enables the cache, then loads and runs the entry's main module. */
export function start<T>(load: () => Promise<T>, run: (module: T) => Promise<void>): void {
  enableStartCache();
  void load().then(run);
}
