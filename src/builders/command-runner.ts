/**
 * The seam between builders and the processes they start: an argv array in, exit code and the
 * captured output back, while the output streams to the log as it comes.
 */
import { spawn } from 'node:child_process';
import { StepError } from '../runtime/errors.js';

export interface RunOptions {
  cwd?: string;
  /** Added to (and overriding) the inherited environment. Values are never printed. */
  env?: Record<string, string>;
  /** Capture without streaming to the log (answers that are parsed, clean-up). */
  quiet?: boolean;
}

export interface CommandResult {
  exitCode: number;
  /** stdout and stderr interleaved as they arrived (the tail, when longer than the capture limit). */
  output: string;
  /** stdout alone (for commands whose answer is parsed), same capture limit. */
  stdout: string;
}

export interface CommandRunner {
  /** Resolves with the exit code, also when it is not 0; rejects only when the command cannot start. */
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}

const DEFAULT_CAPTURE_LIMIT = 4 * 1024 * 1024;

/** Runs real processes; echoes `[command] …` and streams their output to `sink` (stdout by default). */
export class SpawnRunner implements CommandRunner {
  constructor(
    private readonly sink: (text: string) => void = (text) => void process.stdout.write(text),
    private readonly captureLimit = DEFAULT_CAPTURE_LIMIT,
  ) {}

  run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (!options.quiet) this.sink(`[command] ${formatCommand(command, args)}\n`);
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let captured = '';
      let stdout = '';
      // Keep the tail: failures are explained by the last lines.
      const keepTail = (text: string) => (text.length > this.captureLimit ? text.slice(text.length - this.captureLimit) : text);
      const take = (fromStdout: boolean) => (text: string) => {
        if (!options.quiet) this.sink(text);
        captured = keepTail(captured + text);
        if (fromStdout) stdout = keepTail(stdout + text);
      };
      // Decoded per stream, so a character split across chunks stays whole.
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', take(true));
      child.stderr.on('data', take(false));
      child.once('error', (error: NodeJS.ErrnoException) => {
        const why = error.code === 'ENOENT' ? `'${command}' is not installed or not on PATH` : error.message;
        reject(new StepError(`Cannot run ${command}: ${why}`, { cause: error }));
      });
      child.once('close', (code, signal) => {
        if (signal && !captured.endsWith('\n')) captured += '\n';
        if (signal) captured += `killed by ${signal}\n`;
        resolve({ exitCode: code ?? 128, output: captured, stdout });
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
