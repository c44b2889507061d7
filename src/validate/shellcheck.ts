/**
 * ShellCheck on RUN scripts, as hadolint runs it, through the one exec seam: every script of
 * every Dockerfile is written to a scratch folder and checked in a few `shellcheck --format=json1`
 * runs; each comment comes back as a finding on the Dockerfile line it is about. Without
 * shellcheck installed this reports that and checks nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../core/lint/context.js';
import type { ShellScriptFile } from '../core/lint/shell-scripts.js';
import { RULES_BY_ID } from '../core/lint/lint.js';
import type { RuleInfo, Severity } from '../core/lint/rule-catalog.js';
import { CommandNotFoundError, type CommandRunner } from '../runtime/exec.js';
import { StepError } from '../core/errors.js';

/** Codes that only say what a lone script cannot know: files it sources, variables ARG and ENV set. */
export const SHELLCHECK_EXCLUDED = ['SC1090', 'SC1091', 'SC2154'];
const BATCH = 200;

interface Json1 {
  comments: Array<{ file: string; line: number; endLine: number; level: string; code: number; message: string }>;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

export type ShellcheckOutcome = { ran: true; findings: Finding[][] } | { ran: false; reason: string };

/** Checks the scripts of several Dockerfiles (made only when shellcheck is there); `findings[i]` belongs to `scripts[i]`. */
export async function runShellcheck(
  runner: CommandRunner,
  scriptsOf: ReadonlyArray<readonly ShellScriptFile[]> | (() => ReadonlyArray<readonly ShellScriptFile[]>),
): Promise<ShellcheckOutcome> {
  const rule = RULES_BY_ID.get('ShellCheck') as RuleInfo;
  // Ask first: without shellcheck there is no point writing the scripts out.
  try {
    await runner.run('shellcheck', ['--version'], { quiet: true });
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
    throw error;
  }
  const scripts = typeof scriptsOf === 'function' ? scriptsOf() : scriptsOf;
  const findings: Finding[][] = scripts.map(() => []);
  const files: Array<{ name: string; owner: number; script: ShellScriptFile }> = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'image-actions-shellcheck-'));
  try {
    scripts.forEach((list, owner) =>
      list.forEach((script) => {
        const name = path.join(scratch, `${files.length}.sh`);
        writeFileSync(name, script.content);
        files.push({ name, owner, script });
      }),
    );
    const byName = new Map(files.map((f) => [f.name, f]));
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH).map((f) => f.name);
      let result;
      try {
        result = await runner.run('shellcheck', ['--format=json1', '--norc', `--exclude=${SHELLCHECK_EXCLUDED.join(',')}`, ...batch], {
          quiet: true,
        });
      } catch (error) {
        if (error instanceof CommandNotFoundError)
          return { ran: false, reason: 'shellcheck is not installed (Debian: apt-get install shellcheck)' };
        throw error;
      }
      // 0: clean, 1: comments; anything else is shellcheck failing.
      if (result.exitCode !== 0 && result.exitCode !== 1)
        throw new StepError(`shellcheck failed (exit code ${result.exitCode}): ${result.output.trim().split('\n').slice(-3).join(' ')}`);
      const parsed = JSON.parse(result.stdout || '{"comments":[]}') as Json1;
      for (const comment of parsed.comments) {
        const file = byName.get(comment.file);
        if (!file) continue;
        const code = `SC${comment.code}`;
        findings[file.owner]?.push({
          rule: code,
          severity: LEVELS[comment.level] ?? 'info',
          line: comment.line + file.script.offset,
          ...(comment.endLine !== comment.line ? { endLine: comment.endLine + file.script.offset } : {}),
          message: `${code}: ${comment.message}`,
          fix: rule.fix,
          docs: `https://www.shellcheck.net/wiki/${code}`,
        });
      }
    }
    return { ran: true, findings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
