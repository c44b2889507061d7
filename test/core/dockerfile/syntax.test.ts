/**
 * core/dockerfile/syntax.ts is BuildKit's parser written anew. Its behaviour is pinned here case by
 * case (from BuildKit's parser and instructions code), and checked against two independent
 * readers: dockerfile-ast must find the same instructions on the same lines in a generated
 * corpus, and dockerfile-utils (the validator behind VS Code's Docker extension) must flag the
 * same broken lines.
 */
import { describe, expect, test } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { parseDockerfile } from '../../../src/core/dockerfile/syntax.js';
import { seededRandom } from '../../support/seeded-random.js';

describe('reading instructions as BuildKit does', () => {
  test('continuations join; comment and empty lines inside them are dropped (and the empty ones noted)', () => {
    const syntax = parseDockerfile('FROM a:1\nRUN echo a \\\n# a comment\n\n    && echo b\nCMD ["x"]\n');
    const run = syntax.instructions[1];
    expect(run?.text).toBe('echo a     && echo b');
    expect([run?.line, run?.endLine]).toEqual([2, 5]);
    expect(run?.rawText).toEqual({ text: 'echo a \\\n# a comment\n\n    && echo b', line: 2 });
    expect(syntax.emptyContinuationLines).toEqual([4]);
    expect(syntax.instructions[2]?.json).toEqual(['x']);
  });

  test('the escape directive changes the continuation character', () => {
    const syntax = parseDockerfile('# escape=`\nFROM a:1 `\n  AS b\nRUN dir c:\\ `\n  /s\n');
    expect(syntax.escape).toBe('`');
    expect(syntax.stages[0]?.name).toBe('b');
    expect(syntax.instructions[1]?.text).toBe('dir c:\\   /s');
  });

  test('directives only at the very top; a repeated one is refused', () => {
    expect([...parseDockerfile('# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a\n').directives.keys()]).toEqual(['syntax', 'check']);
    expect([...parseDockerfile('FROM a\n# syntax=x\n').directives.keys()]).toEqual([]);
    expect([...parseDockerfile('# hello\n# syntax=x\nFROM a\n').directives.keys()]).toEqual([]);
    expect(parseDockerfile('# escape=`\n# escape=\\\nFROM a\n').problems[0]).toEqual({
      line: 2,
      message: 'only one escape parser directive can be used',
    });
    expect(parseDockerfile('# escape=x\nFROM a\n').problems[0]?.message).toMatch(/invalid escape token 'x'/);
  });

  test('comments before an instruction are its PrevComment; an empty # starts over; directives are not comments', () => {
    const syntax = parseDockerfile('# syntax=x\n# one\n# two\nFROM a\n# three\n#\n# four\n\nARG B\n');
    expect(syntax.instructions[0]?.comments).toEqual(['one', 'two']);
    expect(syntax.instructions[1]?.comments).toEqual(['four']);
  });

  test('heredocs: body lines belong to the instruction; <<- strips tabs from the terminator; JSON form has none', () => {
    const syntax = parseDockerfile(
      'FROM a\nRUN <<EOF\necho hi\nEOF\nCOPY <<-"END" /x\n\tline\n\tEND\nRUN ["sh", "-c", "cat <<EOF"]\nCMD ["y"]\n',
    );
    expect(syntax.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 4],
      ['COPY', 5, 7],
      ['RUN', 8, 8],
      ['CMD', 9, 9],
    ]);
    expect(syntax.instructions[1]?.heredocs).toEqual([{ name: 'EOF', contentLine: 3, content: 'echo hi', terminated: true }]);
    expect(syntax.instructions[2]?.heredocs[0]?.name).toBe('END');
    expect(syntax.instructions[3]?.heredocs).toEqual([]);
    expect(syntax.problems).toEqual([]);
  });

  test('flags are read with quotes and escapes; `--` ends them', () => {
    const syntax = parseDockerfile(
      'FROM a\nRUN --mount="type=cache,target=/root/.cache" --network=none -- echo --x\nCOPY --chown=1:1 --link a b\n',
    );
    expect(syntax.instructions[1]?.flags.map((f) => [f.name, f.value])).toEqual([
      ['mount', 'type=cache,target=/root/.cache'],
      ['network', 'none'],
    ]);
    expect(syntax.instructions[1]?.text).toBe('echo --x');
    expect(syntax.instructions[2]?.flag('link')).toEqual({ name: 'link', value: null, options: [{ name: '', value: null }] });
  });

  test('ENV, LABEL and ARG pairs as BuildKit splits them', () => {
    const syntax = parseDockerfile('FROM a\nENV A=1 B="two words" C=\'x y\'\nENV LEGACY value with spaces\nARG N1 N2=v\nLABEL "k"=v\n');
    expect(syntax.instructions[1]?.properties.map((p) => [p.name, p.rawValue, p.value, p.hasEquals])).toEqual([
      ['A', '1', '1', true],
      ['B', '"two words"', 'two words', true],
      ['C', "'x y'", 'x y', true],
    ]);
    expect(syntax.instructions[2]?.properties).toEqual([
      { name: 'LEGACY', rawValue: 'value with spaces', value: 'value with spaces', hasEquals: false },
    ]);
    expect(syntax.instructions[3]?.properties.map((p) => [p.name, p.rawValue])).toEqual([
      ['N1', null],
      ['N2', 'v'],
    ]);
    expect(syntax.instructions[4]?.properties[0]?.name).toBe('"k"');
  });

  test('a byte order mark and CRLF line ends are read as BuildKit reads them', () => {
    const syntax = parseDockerfile('\uFEFFFROM a:1 AS b\r\nRUN x \\\r\n  y\r\n');
    expect(syntax.stages[0]?.name).toBe('b');
    expect(syntax.instructions[1]?.text).toBe('x   y');
    expect(syntax.problems).toEqual([]);
  });

  test.each([
    ['FROM a\nRUN ["a", 1]\n', 2, /arrays must be comprised of strings only/],
    ['FROM a\nENV A B=1 C\n', 0, undefined],
    ['FROM a\nENV A=1 B\n', 2, /can't find = in "B"/],
    ['FROM a\nHEALTHCHECK CMD\n', 2, /Missing command after HEALTHCHECK CMD/],
    ['FROM a\nHEALTHCHECK NONE x\n', 2, /HEALTHCHECK NONE takes no arguments/],
    ['FROM a\nONBUILD ONBUILD RUN x\n', 2, /Chaining ONBUILD/],
    ['FROM a\nSHELL sh -c\n', 2, /SHELL requires the arguments to be in JSON form/],
    ['FROM a\nRUN --mount=type=cache,target=/x --link true\n', 2, /unknown flag: link/],
    ['FROM a\nCOPY --link=maybe a b\n', 2, /expecting boolean value for flag link/],
    ['FROM a\nCOPY --chown a b\n', 2, /missing a value on flag: chown/],
    ['FROM a\nCOPY --from=x --from=y a b\n', 2, /duplicate flag specified: from/],
    ['FROM a\nENV --x A=1\n', 2, /unknown flag: x/],
    ['FROM a\nUSER a b\n', 0, undefined],
    ['FROM a\nWORKDIR /my dir\n', 0, undefined],
  ])('%j: problem on line %i', (dockerfile, line, message) => {
    const problems = parseDockerfile(dockerfile).problems;
    if (message === undefined) expect(problems).toEqual([]);
    else expect(problems[0]).toEqual({ line, message: expect.stringMatching(message) });
  });
});

/** Dockerfiles built from pieces real ones are made of: continuations, comments, blank lines, JSON forms. */
function corpus(count: number): string[] {
  const random = seededRandom(9);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const pieces = [
    'RUN apt-get update && apt-get install -y curl',
    'RUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y --no-install-recommends git; \\\n    rm -rf /var/lib/apt/lists/*',
    'RUN echo a \\\n# between\n  && echo b',
    'COPY --chown=1000:1000 src/ /app/src/',
    'COPY ["a b", "/x/"]',
    'ENV PATH=/opt/bin:$PATH \\\n    LANG=C.UTF-8',
    'ENV LEGACY value',
    'LABEL org.opencontainers.image.source="https://example.com"',
    'ARG VERSION=1.0',
    'WORKDIR /app',
    'USER 1000',
    'EXPOSE 8080/tcp',
    'CMD ["python", "-m", "app"]',
    'ENTRYPOINT python -m app',
    'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1',
    'VOLUME ["/data"]',
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'ONBUILD RUN echo onbuild',
    'STOPSIGNAL SIGTERM',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
  ];
  return Array.from({ length: count }, () => {
    const withArg = random() < 0.5;
    const lines = [pick(['', '# syntax=docker/dockerfile:1\n', '# a comment\n']), withArg ? 'ARG BASE=python:3.12\n' : ''];
    lines.push(`FROM ${pick(withArg ? ['${BASE}'] : ['python:3.12', 'scratch'])}${pick(['', ' AS build'])}`);
    for (let n = 0; n < 3 + Math.floor(random() * 8); n++) {
      if (random() < 0.2) lines.push(pick(['', '# comment', '   ']));
      lines.push(pick(pieces));
    }
    return `${lines.filter((l) => l !== '').join('\n')}\n`;
  });
}

describe('independent readers agree', () => {
  test('dockerfile-ast finds the same instructions on the same lines (300 generated Dockerfiles)', () => {
    for (const dockerfile of corpus(300)) {
      const ours = parseDockerfile(dockerfile).instructions.map((i) => `${i.keyword}@${i.line}-${i.endLine}`);
      const theirs = DockerfileParser.parse(dockerfile)
        .getInstructions()
        .map((i) => `${i.getKeyword()}@${i.getRange().start.line + 1}-${i.getRange().end.line + 1}`);
      expect(ours, dockerfile).toEqual(theirs);
    }
  });

  test('dockerfile-utils finds no error where we find none (the same corpus)', () => {
    for (const dockerfile of corpus(300)) {
      expect(parseDockerfile(dockerfile).problems).toEqual([]);
      expect(
        validate(dockerfile)
          .filter((d) => d.severity === 1)
          .map((d) => d.message),
        dockerfile,
      ).toEqual([]);
    }
  });

  test.each([
    'FROM a:1\nRUNN x\n',
    'FROM a b\n',
    'FROM a AS 1x\n',
    'FROM a:1\nCOPY --form=b x y\n',
    'FROM a:1\nENV A\n',
    'FROM a:1\nWORKDIR\n',
    'FROM a:1\nCOPY x\n',
    'FROM a:1\nEXPOSE\n',
    'FROM a:1\nHEALTHCHECK FOO x\n',
    'FROM a:1\nONBUILD FROM x\n',
    'FROM a:1\nSHELL sh -c\n',
  ])('dockerfile-utils flags the line we flag: %j', (dockerfile) => {
    const ours = parseDockerfile(dockerfile).problems[0];
    const theirs = validate(dockerfile).find((d) => d.severity === 1);
    expect(ours?.line).toBe((theirs?.range.start.line ?? -2) + 1);
  });
});
