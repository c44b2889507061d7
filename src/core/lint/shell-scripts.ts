/**
 * The RUN scripts to hand to ShellCheck, one file each, laid out so that a line ShellCheck names
 * maps straight back to the Dockerfile: the script as written (continuations kept, which the
 * shell reads the same way), the Dockerfile's comment and empty lines inside a continuation
 * turned into a bare continuation (BuildKit drops them), and a `#!` line naming the shell the
 * stage's SHELL sets. Pure.
 */
import type { DockerfileSyntax, StageSyntax } from '../dockerfile/syntax.js';
import { runScriptText } from './context.js';

export interface ShellScriptFile {
  /** The file's content, `#!` line first. */
  content: string;
  /** Dockerfile line = ShellCheck line + offset. */
  offset: number;
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ksh']);

/** The shell a stage's RUN lines use at each point: `sh` unless SHELL says otherwise; undefined for a non-POSIX one. */
function shellAt(stage: StageSyntax, index: number, inherited: string | undefined): string | undefined {
  let shell = inherited;
  for (const instruction of stage.instructions) {
    if (instruction.index >= index) break;
    if (instruction.keyword === 'SHELL') {
      const name = (instruction.json?.[0] ?? '').split('/').pop() ?? '';
      shell = POSIX_SHELLS.has(name) ? name : undefined;
    }
  }
  return shell;
}

export function shellScriptFiles(syntax: DockerfileSyntax, baseStage: (stage: StageSyntax) => StageSyntax | undefined): ShellScriptFile[] {
  // ShellCheck reads a backslash continuation; a backquote escape (Windows Dockerfiles) it cannot.
  if (syntax.escape !== '\\') return [];
  const finalShell = new Map<number, string | undefined>();
  const files: ShellScriptFile[] = [];
  for (const stage of syntax.stages) {
    const parent = baseStage(stage);
    const inherited = parent ? finalShell.get(parent.index) : 'sh';
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const shell = shellAt(stage, instruction.index, inherited);
      const script = runScriptText(instruction);
      if (!shell || !script || script.text.trim() === '') continue;
      const isHeredoc = instruction.heredocs.length > 0;
      const lines = script.text.split('\n').map((line, i) => {
        if (isHeredoc || i === 0) return line;
        const trimmed = line.trim();
        return trimmed === '' || trimmed.startsWith('#') ? '\\' : line;
      });
      const ownShebang = isHeredoc && (lines[0] ?? '').startsWith('#!');
      files.push({
        content: ownShebang ? `${lines.join('\n')}\n` : `#!/bin/${shell}\n${lines.join('\n')}\n`,
        offset: ownShebang ? script.line - 1 : script.line - 2,
      });
    }
    finalShell.set(stage.index, shellAt(stage, Infinity, inherited));
  }
  return files;
}
