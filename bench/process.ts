/**
 * Timing whole processes the way a user meets them: the built CLI (dist/cli/index.js) started with
 * this node binary, side by side with its reference, rounds interleaved so background load hits
 * both alike, best of N. A node process can also report its own peak memory (maxRSS, threads
 * included) through a preloaded line.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Prints the process's peak RSS on stderr when it exits (`maxrss <KiB>`). */
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

export interface Run {
  seconds: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory in KiB (node processes started with `measureMemory`). */
  maxRssKiB?: number;
}

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function requireCli(): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'npm run build' first`);
}

/** Runs a command to completion (synchronously) and times it. Throws on a non-zero exit. */
export function timed(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; measureMemory?: boolean } = {},
): Run {
  const argv = options.measureMemory ? ['--import', REPORT_MAX_RSS, ...args] : args;
  const start = process.hrtime.bigint();
  const run = spawnSync(command, argv, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 256 << 20 });
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${(run.stderr ?? '').slice(-4000)}`);
  const rss = /^maxrss (\d+)$/m.exec(run.stderr)?.[1];
  return { seconds: elapsed, stdout: run.stdout, stderr: run.stderr, ...(rss ? { maxRssKiB: Number(rss) } : {}) };
}

/** Runs a command without blocking this process's event loop (when a server lives in this process). */
export function runAsync(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `timed`, without blocking this process's event loop. */
export async function timedAsync(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const start = process.hrtime.bigint();
  const run = await runAsync(command, args, options);
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  return { seconds: elapsed, stdout: run.stdout, stderr: run.stderr };
}

/** `image-actions <args>` with the node running this bench. */
export function cliArgs(args: string[]): string[] {
  return [cli, ...args];
}

export function best<T>(runs: readonly T[], value: (run: T) => number): T {
  return runs.reduce((a, b) => (value(b) < value(a) ? b : a));
}

/** The phase timings the hash logs (`Timings (ms): prepare 3, git 41, …`), as printed. */
export function phases(log: string): string {
  return /Timings \(ms\): (.*)$/m.exec(log)?.[1] ?? '';
}

/** `sha256sum` over every regular file of `tree` (not .git), as a user would run it. */
export function sha256sumArgs(): [string, string[]] {
  // A fixed command line with no input in it: the shell only provides the pipe.
  return ['sh', ['-c', 'find . -path ./.git -prune -o -type f -print0 | xargs -0 sha256sum > /dev/null']];
}

const gitEnv = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, ...gitEnv } });
}

/** Commits everything in `tree` as a fresh repository, settled like a CI checkout. */
export function commitTree(tree: string): void {
  git(tree, ['init', '-q', '-b', 'main']);
  // No background `gc --auto`: it would compete with the measurements.
  git(tree, ['config', 'gc.auto', '0']);
  git(tree, ['config', 'maintenance.auto', 'false']);
  git(tree, ['-c', 'core.compression=0', '-c', 'core.looseCompression=0', 'add', '-A']);
  git(tree, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bench tree']);
  git(tree, ['status', '--porcelain']); // settles the index (racily clean entries), as any checkout does
}
