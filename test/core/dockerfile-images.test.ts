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
      name: 'stage names are case-insensitive',
      dockerfile: 'FROM golang:1.22 AS Build\nFROM build\nFROM SCRATCH AS final\nCOPY --from=BUILD /a /a\n',
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
      name: 'stage ARGs expand in COPY --from',
      dockerfile: 'ARG UV=0.4\nFROM alpine:3.20\nARG UV\nCOPY --from=ghcr.io/astral-sh/uv:${UV} /uv /bin/uv\n',
      options: {},
      images: ['alpine:3.20', 'ghcr.io/astral-sh/uv:0.4'],
      target: '#0',
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
    ['', /no FROM instruction/],
    ['RUN true\n', /RUN before the first FROM/],
    ['ARG BASE\nFROM ${BASE}\n', /expands to an empty image name/],
    ['FROM ${X:?mustBeSet}\n', /mustBeSet/],
    ['FROM a b\n', /FROM takes 'image \[AS name\]'/],
  ])('a Dockerfile that cannot build is an input error (%j)', (dockerfile, message) => {
    expect(() => dockerfileImages(dockerfile, base)).toThrow(InputError);
    expect(() => dockerfileImages(dockerfile, base)).toThrow(message);
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
    ['$', '$'],
  ])('%s → %s', (word, expected) => {
    expect(expandWord(word, vars)).toBe(expected);
  });
});
