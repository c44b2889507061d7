/** The real shellcheck (Debian's package) on RUN scripts: its findings land on the Dockerfile's lines. */
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../src/core/dockerfile/syntax.js';
import { LintContext } from '../../src/core/lint/context.js';
import { shellScriptFiles } from '../../src/core/lint/shell-scripts.js';
import { runShellcheck } from '../../src/validate/shellcheck.js';
import { SpawnRunner } from '../../src/runtime/exec.js';

describe('shellcheck on RUN scripts', () => {
  test('findings on the exact Dockerfile lines, continuations, comments and heredocs included', async () => {
    const dockerfile = [
      'FROM debian:12', // 1
      'ARG VERSION', // 2
      'RUN cd /tmp; \\', // 3
      '# a Dockerfile comment inside the continuation', // 4
      '    echo $1 \\', // 5
      '    && ls `pwd`', // 6
      'RUN <<EOF', // 7
      'for f in $(ls *.txt); do', // 8
      '  echo "$f"', // 9
      'done', // 10
      'EOF', // 11
      'RUN echo "$VERSION"', // 12
    ].join('\n');
    const syntax = parseDockerfile(`${dockerfile}\n`);
    const ctx = new LintContext(syntax, { profile: 'none' }, () => undefined);
    const outcome = await runShellcheck(new SpawnRunner(() => {}), [shellScriptFiles(syntax, (s) => ctx.baseStage(s))]);
    expect(outcome.ran).toBe(true);
    const found = outcome.ran ? (outcome.findings[0] ?? []).map((f) => `${f.line}:${f.rule}`).sort() : [];
    expect(found).toEqual(expect.arrayContaining(['3:SC2164', '5:SC2086', '6:SC2046', '6:SC2006', '8:SC2045']));
    // ARG and ENV set variables a lone script cannot see: SC2154 is not reported.
    expect(found.filter((f) => f.endsWith('SC2154'))).toEqual([]);
  });
});
