/**
 * How the toolkit runs git: through the one exec seam (runtime/exec.ts), quietly, in the folder
 * asked about, with the caller's GIT_DIR-style overrides removed (a hook's GIT_DIR would point
 * elsewhere) and git's messages in English for parsing.
 */
import { type CommandRunner, SpawnRunner } from '../runtime/exec.js';

export interface GitRunner {
  /**
   * Runs `git <args>` and returns stdout untouched (no trimming: -z output matters); throws
   * GitCommandError on a non-zero exit. `background`: see RunOptions.background.
   */
  run(args: string[], input?: string, options?: { background?: boolean }): Promise<string>;
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(stderr.trim() || `git ${args.join(' ')} exited with ${exitCode}`);
    this.name = 'GitCommandError';
  }
}

const GIT_ENV: Record<string, string | undefined> = {
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
  GIT_DIR: undefined,
  GIT_WORK_TREE: undefined,
  GIT_INDEX_FILE: undefined,
  GIT_PREFIX: undefined,
  GIT_COMMON_DIR: undefined,
};

export function gitRunner(dir: string, exec: CommandRunner = new SpawnRunner()): GitRunner {
  return {
    run: async (args, input, options = {}) => {
      const result = await exec.run('git', args, {
        cwd: dir,
        env: GIT_ENV,
        quiet: true,
        ...(input !== undefined ? { input } : {}),
        ...(options.background ? { background: true } : {}),
      });
      if (result.exitCode !== 0) throw new GitCommandError(args, result.exitCode, result.output);
      return result.stdout;
    },
  };
}

/**
 * Runs `git <args>` in `dir` handing stdout to `onChunk` as raw chunks as they arrive (nothing
 * is kept); throws GitCommandError on a non-zero exit.
 */
export async function streamGit(
  dir: string,
  args: string[],
  onChunk: (chunk: Buffer) => void,
  exec: CommandRunner = new SpawnRunner(),
): Promise<void> {
  const result = await exec.run('git', args, { cwd: dir, env: GIT_ENV, quiet: true, onStdout: onChunk });
  if (result.exitCode !== 0) throw new GitCommandError(args, result.exitCode, result.output);
}
