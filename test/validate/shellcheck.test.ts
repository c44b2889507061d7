/**
 * ShellCheck through the exec seam: each RUN script goes out as a file whose lines map straight
 * back to the Dockerfile, with the stage's shell; each comment comes back on its Dockerfile line.
 * (shellcheck.integration.test.ts runs the real shellcheck.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../src/core/dockerfile/syntax.js';
import { LintContext } from '../../src/core/lint/context.js';
import { shellScriptFiles } from '../../src/core/lint/shell-scripts.js';
import { runShellcheck } from '../../src/validate/shellcheck.js';
import { CommandNotFoundError, type CommandRunner } from '../../src/runtime/exec.js';

function scriptsOf(dockerfile: string) {
  const syntax = parseDockerfile(dockerfile);
  const ctx = new LintContext(syntax, { profile: 'none' }, () => undefined);
  return shellScriptFiles(syntax, (stage) => ctx.baseStage(stage));
}

describe('RUN scripts for ShellCheck', () => {
  test('continuations kept, comment and empty lines made bare continuations, the shell named, the offset to the Dockerfile', () => {
    const scripts = scriptsOf(
      'FROM a:1\nRUN --mount=type=cache,target=/c echo $1 \\\n# note\n\n  && ls\nSHELL ["/bin/bash", "-c"]\nRUN echo $2\nRUN ["ls", "-l"]\n',
    );
    expect(scripts).toEqual([
      { content: '#!/bin/sh\necho $1 \\\n\\\n\\\n  && ls\n', offset: 0 },
      { content: '#!/bin/bash\necho $2\n', offset: 5 },
    ]);
  });

  test('a heredoc script keeps its own #! line; a non-POSIX SHELL and a backquote escape are skipped', () => {
    expect(scriptsOf('FROM a:1\nRUN <<EOF\n#!/usr/bin/env bash\necho $x\nEOF\n')).toEqual([
      { content: '#!/usr/bin/env bash\necho $x\n', offset: 2 },
    ]);
    expect(scriptsOf('FROM a:1\nSHELL ["pwsh", "-c"]\nRUN Get-Item x\n')).toEqual([]);
    expect(scriptsOf('# escape=`\nFROM a:1\nRUN echo a\n')).toEqual([]);
  });

  test('a stage based on another keeps its SHELL', () => {
    expect(scriptsOf('FROM a:1 AS b\nSHELL ["/bin/bash", "-c"]\nFROM b\nRUN echo\n')[0]?.content).toMatch(/^#!\/bin\/bash\n/);
  });
});

describe('the ShellCheck adapter', () => {
  test('one shellcheck run over every script, its comments mapped back to each Dockerfile', async () => {
    const seen: Array<{ command: string; args: readonly string[]; files: string[] }> = [];
    const runner: CommandRunner = {
      run: async (command, args) => {
        if (args[0] === '--version') return { exitCode: 0, output: '', stdout: 'version: 0.9.0' };
        const files = args.filter((a) => a.endsWith('.sh'));
        seen.push({ command, args, files: files.map((f) => readFileSync(f, 'utf8')) });
        const comments = [
          {
            file: files[0],
            line: 2,
            endLine: 2,
            column: 6,
            endColumn: 8,
            level: 'info',
            code: 2086,
            message: 'Double quote to prevent globbing and word splitting.',
          },
          { file: files[1], line: 3, endLine: 4, column: 1, endColumn: 3, level: 'style', code: 2006, message: 'Use $(...).' },
        ];
        return { exitCode: 1, output: '', stdout: JSON.stringify({ comments }) };
      },
    };
    const first = scriptsOf('FROM a:1\n\nRUN echo $1\n');
    const second = scriptsOf('FROM a:1\nRUN a \\\n  && `b` \\\n  && c\n');
    const outcome = await runShellcheck(runner, [first, second]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.command).toBe('shellcheck');
    expect(seen[0]?.args.slice(0, 3)).toEqual(['--format=json1', '--norc', '--exclude=SC1090,SC1091,SC2154']);
    expect(seen[0]?.files).toEqual(['#!/bin/sh\necho $1\n', '#!/bin/sh\na \\\n  && `b` \\\n  && c\n']);
    expect(outcome).toEqual({
      ran: true,
      findings: [
        [
          {
            rule: 'SC2086',
            severity: 'info',
            line: 3,
            message: 'SC2086: Double quote to prevent globbing and word splitting.',
            fix: expect.any(String),
            docs: 'https://www.shellcheck.net/wiki/SC2086',
          },
        ],
        [
          {
            rule: 'SC2006',
            severity: 'info',
            line: 3,
            endLine: 4,
            message: 'SC2006: Use $(...).',
            fix: expect.any(String),
            docs: 'https://www.shellcheck.net/wiki/SC2006',
          },
        ],
      ],
    });
  });

  test('without shellcheck installed nothing is checked, and the reason says so', async () => {
    const runner: CommandRunner = { run: async (command) => Promise.reject(new CommandNotFoundError(command, new Error('ENOENT'))) };
    expect(await runShellcheck(runner, [scriptsOf('FROM a\nRUN x\n')])).toEqual({
      ran: false,
      reason: expect.stringMatching(/shellcheck is not installed/),
    });
  });

  test('shellcheck failing (exit 3, 4) is an error, not a clean result', async () => {
    const runner: CommandRunner = {
      run: async (_command, args) =>
        args[0] === '--version' ? { exitCode: 0, output: '', stdout: '' } : { exitCode: 4, output: 'bad option', stdout: '' },
    };
    await expect(runShellcheck(runner, [scriptsOf('FROM a\nRUN x\n')])).rejects.toThrow(/shellcheck failed \(exit code 4\)/);
  });
});
