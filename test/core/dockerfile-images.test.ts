import { describe, expect, test } from 'vitest';
import { dockerfileImages } from '../../src/core/dockerfile-images.js';
import { expandWord } from '../../src/core/shell-words.js';
import { InputError } from '../../src/core/errors.js';

const base = { buildArgs: {}, target: '', platforms: ['linux/amd64'], buildPlatform: 'linux/amd64' };

describe('images a Dockerfile pulls', () => {
  test.each([
    { name: 'one FROM', dockerfile: 'FROM python:3.12\nRUN true\n', options: {}, images: ['python:3.12'], target: '#0' },
    {
      name: 'stage names and scratch are not images',
      dockerfile: 'FROM golang:1.22 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n',
      options: {},
      images: ['golang:1.22'],
      target: '#1',
    },
    {
      name: 'stage names are stored lower-case; COPY --from looks them up in any case',
      dockerfile: 'FROM golang:1.22 AS Build\nFROM build\nFROM scratch AS final\nCOPY --from=BUILD /a /a\n',
      options: {},
      images: ['golang:1.22'],
      target: 'final',
    },
    {
      name: 'global ARGs expand in FROM, build args override them',
      dockerfile: 'ARG PY=3.11\nARG REG=docker.io/library\nFROM ${REG}/python:${PY}-slim\n',
      options: { buildArgs: { PY: '3.12' } },
      images: ['docker.io/library/python:3.12-slim'],
      target: '#0',
    },
    {
      name: 'an undeclared build arg does not reach FROM',
      dockerfile: 'FROM python:${PY:-3.10}\n',
      options: { buildArgs: { PY: '3.12' } },
      images: ['python:3.10'],
      target: '#0',
    },
    {
      name: 'COPY --from an image, RUN --mount from an image',
      dockerfile:
        'FROM alpine:3.20\nCOPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv\nRUN --mount=type=bind,from=busybox:1.36,source=/bin,target=/b true\nFROM debian:12\nCOPY --from=0 /etc /etc2\n',
      options: {},
      images: ['alpine:3.20', 'busybox:1.36', 'debian:12', 'ghcr.io/astral-sh/uv:0.4'],
      target: '#1',
    },
    {
      name: 'global ARGs reach COPY --from through an alias stage (the BuildKit workaround)',
      dockerfile: 'ARG UV=0.4\nFROM ghcr.io/astral-sh/uv:${UV} AS uv\nFROM alpine:3.20\nCOPY --from=uv /uv /bin/uv\n',
      options: {},
      images: ['alpine:3.20', 'ghcr.io/astral-sh/uv:0.4'],
      target: '#1',
    },
    {
      name: 'only the stages the target needs',
      dockerfile: 'FROM node:20 AS web\nFROM python:3.12 AS api\nFROM debian:12 AS final\nCOPY --from=api /app /app\n',
      options: { target: 'final' },
      images: ['debian:12', 'python:3.12'],
      target: 'final',
    },
    {
      name: 'target picks an earlier stage',
      dockerfile: 'FROM node:20 AS web\nFROM python:3.12 AS api\n',
      options: { target: 'WEB' },
      images: ['node:20'],
      target: 'web',
    },
    {
      name: 'per-platform bases through TARGETARCH',
      dockerfile: 'FROM base-${TARGETARCH}:1\n',
      options: { platforms: ['linux/amd64', 'linux/arm64'] },
      images: ['base-amd64:1', 'base-arm64:1'],
      target: '#0',
    },
    {
      name: 'FROM --platform=$BUILDPLATFORM keeps the image as written',
      dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /x /x\n',
      options: {},
      images: ['alpine:3.20', 'golang:1.22'],
      target: '#1',
    },
    {
      name: 'the syntax directive is reported separately',
      dockerfile: '# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n',
      options: {},
      images: ['alpine:3.20'],
      target: '#0',
      syntax: 'docker/dockerfile:1.7',
    },
    {
      name: 'a pinned digest stays as written',
      dockerfile: 'FROM python:3.12@sha256:' + 'a'.repeat(64) + '\n',
      options: {},
      images: ['python:3.12@sha256:' + 'a'.repeat(64)],
      target: '#0',
    },
    {
      name: 'line continuations and the escape directive',
      dockerfile: '# escape=`\nFROM `\n  alpine:3.20 `\n  AS x\n',
      options: {},
      images: ['alpine:3.20'],
      target: 'x',
    },
  ])('$name', ({ dockerfile, options, images, target, syntax }) => {
    const result = dockerfileImages(dockerfile, { ...base, ...options });
    expect(result.images).toEqual(images);
    expect(result.target).toBe(target);
    expect(result.syntax).toBe(syntax);
  });

  test('ADD of a URL without --checksum is reported: the hash cannot see what it downloads', () => {
    const result = dockerfileImages(
      'FROM alpine:3.20\nADD https://example.com/model.bin /m\nADD --checksum=sha256:' +
        'a'.repeat(64) +
        ' https://example.com/pinned.bin /p\nADD local.txt /l\n',
      base,
    );
    expect(result.warnings).toEqual([
      expect.stringMatching(/^line 2: ADD https:\/\/example\.com\/model\.bin fetches content at build time/),
    ]);
  });

  test('an unknown target names the stages there are', () => {
    expect(() => dockerfileImages('FROM a AS one\nFROM b AS two\n', { ...base, target: 'three' })).toThrow(
      /Input 'target': stage 'three' is not defined in the Dockerfile\. Use one of: one, two/,
    );
  });

  test.each([
    ['', /the Dockerfile cannot be empty/],
    ['# only a comment\n', /file with no instructions/],
    ['ARG A=1\n', /dockerfile contains no stages to build/],
    ['RUN true\n', /line 1: no build stage in current context/],
    ['ARG BASE\nFROM ${BASE}\n', /line 2: base name \(\$\{BASE\}\) should not be blank/],
    ['FROM ${X:?mustBeSet}\n', /mustBeSet/],
    ['FROM a b\n', /line 1: FROM requires either one or three arguments/],
    ['FROM a AS 1st\n', /line 1: invalid name for build stage: "1st"/],
    ['FROM a\nCOPY --form=b x y\n', /line 2: unknown flag: form/],
    ['FROM a\nCOPY x\n', /line 2: COPY requires at least two arguments/],
    ['FROM a\nWORKDIR\n', /line 2: WORKDIR requires exactly one argument/],
    ['FROM a AS x\nCOPY --from=x /a /b\n', /line 2: circular dependency detected on stage: x/],
    ['FROM a\nCOPY --from=3 /a /b\n', /line 2: invalid stage index 3/],
  ])('a Dockerfile that cannot build is an input error (%j)', (dockerfile, message) => {
    expect(() => dockerfileImages(dockerfile, base)).toThrow(InputError);
    expect(() => dockerfileImages(dockerfile, base)).toThrow(message);
  });
});

// Issue 7, bug 3: stages resolved as BuildKit's dockerfile2llb resolves them, and Dockerfiles that
// `docker build` refuses refused here too, with the line it names. Each case failed before the fix.
describe('stages and refusals as BuildKit has them', () => {
  test.each([
    {
      name: 'duplicate stage names: FROM takes the latest earlier stage of that name',
      dockerfile: 'FROM alpine:3.19 AS base\nFROM alpine:3.20 AS base\nFROM base\n',
      options: {},
      images: ['alpine:3.20'],
      target: '#2',
    },
    {
      name: 'duplicate stage names: the target is the last stage of that name',
      dockerfile: 'FROM node:20 AS app\nFROM python:3.12 AS app\nFROM debian:12\n',
      options: { target: 'app' },
      images: ['python:3.12'],
      target: 'app',
    },
    {
      name: 'duplicate stage names: COPY --from takes the last stage of that name, even a later one',
      dockerfile: 'FROM a:1 AS x\nFROM b:1 AS final\nCOPY --from=x /f /f\nFROM c:1 AS x\n',
      options: { target: 'final' },
      images: ['b:1', 'c:1'],
      target: 'final',
    },
    {
      name: 'a FROM naming a stage defined later is an image',
      dockerfile: 'FROM later AS first\nFROM alpine:3.20 AS later\n',
      options: { target: 'first' },
      images: ['later'],
      target: 'first',
    },
    {
      name: 'a FROM naming a stage in its own line is the image of that name',
      dockerfile: 'FROM python:3.12 AS python\nFROM python AS python\n',
      options: {},
      images: ['python:3.12'],
      target: 'python',
    },
  ])('$name', ({ dockerfile, options, images, target }) => {
    const result = dockerfileImages(dockerfile, { ...base, ...options });
    expect(result.images).toEqual(images);
    expect(result.target).toBe(target);
  });

  test.each([
    [
      'FROM names a stage by its exact (lower-case) text',
      'FROM golang:1.22 AS build\nFROM Build\n',
      /line 2: failed to parse stage name "Build"/,
    ],
    ['scratch is only scratch in lower case', 'FROM SCRATCH\n', /line 1: failed to parse stage name "SCRATCH"/],
    [
      'COPY --from=$VAR',
      'ARG V=a\nFROM alpine:3.20\nARG V\nCOPY --from=$V /a /a\n',
      /line 4: variable expansion is not supported for --from/,
    ],
    ['COPY --from=${VAR}', 'FROM alpine:3.20\nCOPY --from=img:${T} /a /a\n', /line 2: variable expansion is not supported for --from/],
    [
      'RUN --mount=from=$VAR',
      'FROM alpine:3.20\nRUN --mount=type=bind,from=$X,target=/x true\n',
      /line 2: 'from' doesn't support variable expansion/,
    ],
    ['an unknown instruction', 'FROM alpine:3.20\nRUNN echo hi\n', /line 2: unknown instruction: RUNN \(did you mean RUN\?\)/],
    ['an unterminated heredoc', 'FROM alpine:3.20\nRUN <<EOF\necho hi\n', /line 2: unterminated heredoc/],
    [
      'an image reference that expands to an invalid one',
      'ARG UNSET\nFROM node:${UNSET}-slim\n',
      /line 2: failed to parse stage name "node:-slim"/,
    ],
    ['an invalid COPY --from image', 'FROM alpine:3.20\nCOPY --from=Bad/Image /a /a\n', /line 2: failed to parse stage name "Bad\/Image"/],
    [
      'an invalid image in a stage the target does not need',
      'FROM Node:20 AS unused\nFROM alpine:3.20\n',
      /line 1: failed to parse stage name "Node:20"/,
    ],
  ])('refused: %s', (_name, dockerfile, message) => {
    expect(() => dockerfileImages(dockerfile, base)).toThrow(InputError);
    expect(() => dockerfileImages(dockerfile, base)).toThrow(message);
  });

  test('the parse error of the whole file wins over an earlier unknown instruction, as in BuildKit', () => {
    expect(() => dockerfileImages('FROM a\nRUNN x\nRUN <<EOF\n', base)).toThrow(/line 3: unterminated heredoc/);
  });
});

describe('word expansion (BuildKit shell lexer rules)', () => {
  const vars = new Map<string, string | undefined>([
    ['A', 'x'],
    ['EMPTY', ''],
    ['UNSET', undefined],
    ['V', 'v1.2.3'],
  ]);
  test.each([
    ['$A', 'x'],
    ['${A}y', 'xy'],
    ['${NOPE}z', 'z'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${A:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ["'$A'", '$A'],
    ['"$A b"', 'x b'],
    ['\\$A', '$A'],
    ['${V#v}', '1.2.3'],
    ['${V%.*}', 'v1.2'],
    ['${V%%.*}', 'v1'],
    ['${V##*.}', '3'],
    ['${V/./-}', 'v1-2.3'],
    ['${V//./-}', 'v1-2-3'],
    ['$', '$'],
  ])('%s → %s', (word, expected) => {
    expect(expandWord(word, vars)).toBe(expected);
  });
});
