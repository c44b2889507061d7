/**
 * The one seam between the toolkit and the processes it starts (git, the builders, credential
 * helpers): an argv array in (never a shell string), exit code and the captured output back. Loud
 * commands stream their output to the log as it comes; quiet ones are captured whole for parsing.
 */
import { StepError } from '../core/errors.js';
import { writeLog } from './stdio.js';

export interface RunOptions {
  cwd?: string;
  /** Added to (and overriding) the inherited environment; `undefined` removes a variable. Values are never printed. */
  env?: Record<string, string | undefined>;
  /** Written to the command's stdin, which is then closed. */
  input?: string;
  /** Capture without streaming to the log (answers that are parsed, clean-up); stdout is kept whole. */
  quiet?: boolean;
  /** Killed (SIGKILL) after this long; the result then says so. */
  timeoutMs?: number;
  /**
   * Takes stdout as raw chunks as they arrive instead of capturing it (the result's stdout is then
   * empty): for answers too large to hold twice (git's listing of a 100,000-file tree).
   */
  onStdout?: (chunk: Buffer) => void;
  /**
   * Runs at a lower scheduling priority (nice 10): for work whose answer is awaited last, so that
   * what runs meanwhile (here, and the other processes) has the cores first. Not the lowest (19):
   * starved, git's stat of a 100,000-file tree was still running 250 ms after the hash was done.
   */
  background?: boolean;
}

/** The nice value of a background command (see RunOptions.background). */
export const BACKGROUND_PRIORITY = 10;

export interface CommandResult {
  exitCode: number;
  /**
   * stdout and stderr interleaved as they arrived (the tail, when longer than the capture limit);
   * for a quiet command, stderr alone (its stdout is the answer, not the explanation).
   */
  output: string;
  /** stdout alone: whole when quiet, else the same capture limit. */
  stdout: string;
}

export interface CommandRunner {
  /** Resolves with the exit code, also when it is not 0; rejects (CommandNotFoundError) only when the command cannot start. */
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}

/** The command is not installed or not on PATH. */
export class CommandNotFoundError extends StepError {
  constructor(
    readonly command: string,
    cause: unknown,
  ) {
    super(`Cannot run ${command}: '${command}' is not installed or not on PATH`, { cause });
    this.name = 'CommandNotFoundError';
  }
}

const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;

/** Runs real processes; echoes `[command] …` and streams their output to `sink` (stdout by default). */
export class SpawnRunner implements CommandRunner {
  constructor(
    private readonly sink: (text: string) => void = writeLog,
    private readonly captureLimit = DEFAULT_CAPTURE_LIMIT,
  ) {}

  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (!options.quiet) this.sink(`[command] ${formatCommand(command, args)}\n`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    // Loaded at the first command, not at start: a hash of a plain folder starts no process at all.
    const { spawn } = process.getBuiltinModule('node:child_process');
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      if (options.background && child.pid !== undefined) {
        try {
          process.getBuiltinModule('node:os').setPriority(child.pid, BACKGROUND_PRIORITY);
        } catch {
          // Speed only: the command runs as well at the usual priority.
        }
      }
      let captured = '';
      const stdoutChunks: string[] = [];
      let stdoutTail = '';
      // Keep the tail: failures are explained by the last lines.
      const keepTail = (text: string) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
      // Decoded per stream, so a character split across chunks stays whole.
      if (!options.onStdout) child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      if (options.onStdout) child.stdout?.on('data', options.onStdout);
      else
        child.stdout?.on('data', (text: string) => {
          if (options.quiet) {
            stdoutChunks.push(text);
            return;
          }
          this.sink(text);
          stdoutTail = keepTail(stdoutTail + text);
          captured = keepTail(captured + text);
        });
      child.stderr?.on('data', (text: string) => {
        if (!options.quiet) this.sink(text);
        captured = keepTail(captured + text);
      });
      if (options.input !== undefined) {
        child.stdin?.on('error', () => undefined); // a command that exits without reading its input
        child.stdin?.end(options.input);
      }
      let timedOut = false;
      const timer =
        options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), options.timeoutMs);
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          error.code === 'ENOENT'
            ? new CommandNotFoundError(command, error)
            : new StepError(`Cannot run ${command}: ${error.message}`, { cause: error }),
        );
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        if (signal && !captured.endsWith('\n') && captured !== '') captured += '\n';
        if (timedOut) captured += `timed out after ${options.timeoutMs} ms\n`;
        else if (signal) captured += `killed by ${signal}\n`;
        resolve({ exitCode: code ?? 128, output: captured, stdout: options.quiet ? stdoutChunks.join('') : stdoutTail });
      });
    });
  }
}

/** A command line for humans (quoted where needed); argv itself never goes through a shell. */
export function formatCommand(command: string, args: readonly string[]): string {
  return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`)).join(' ');
}

/** The last `count` non-empty lines of a log. */
export function logTail(log: string, count = 30): string {
  const lines = log.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(-count).join('\n');
}

/** A failure that names the command and shows the tail of what it printed. */
export function commandFailed(what: string, result: CommandResult, lines = 30): StepError {
  const tail = logTail(result.output, lines);
  return new StepError(`${what} failed (exit code ${result.exitCode}).${tail ? ` Last lines of its output:\n${tail}` : ''}`);
}
