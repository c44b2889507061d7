/**
 * Every rule of the registry, each with Dockerfiles it must flag and Dockerfiles it must leave
 * alone. The BuildKit cases follow the examples of BuildKit's rule docs
 * (frontend/dockerfile/docs/rules/*.md); the hadolint cases are written here from the rules'
 * documented meaning (hadolint's own specs are GPL).
 */
import { describe, expect, test } from 'vitest';
import { finalizeFindings, lintDockerfile, type LintSettings } from '../../../src/core/lint/lint.js';
import { RULES } from '../../../src/core/lint/rule-catalog.js';

interface Case {
  rule: string;
  fires: Array<string | { dockerfile: string; line?: number; message?: RegExp }>;
  quiet: string[];
  settings?: Partial<LintSettings>;
}

function findings(dockerfile: string, settings: Partial<LintSettings> = {}) {
  const full: LintSettings = { profile: 'none', ...settings };
  return finalizeFindings(lintDockerfile(dockerfile, full), [], full);
}

const cases: Case[] = [
  // What only this toolkit sees
  {
    rule: 'DockerfileParse',
    fires: [
      { dockerfile: 'FROM alpine:3.20\nRUNN echo hi\n', line: 2, message: /unknown instruction: RUNN \(did you mean RUN\?\)/ },
      { dockerfile: 'FROM alpine:3.20\nRUN <<EOF\necho\n', line: 2, message: /unterminated heredoc/ },
      { dockerfile: 'ARG V\nFROM node:${V}-slim\n', line: 2, message: /failed to parse stage name "node:-slim"/ },
      { dockerfile: 'FROM a:1\nCOPY --from=$X /a /b\n', line: 2, message: /variable expansion is not supported/ },
      { dockerfile: 'FROM a:1\nENV A\n', line: 2, message: /ENV must have two arguments/ },
    ],
    quiet: ['FROM alpine:3.20\nRUN <<EOF\necho\nEOF\n'],
  },
  {
    rule: 'BaseImageNotPinned',
    fires: [{ dockerfile: 'FROM python:3.12\n', line: 1, message: /`python:3.12` is not pinned/ }],
    quiet: [`FROM python:3.12@sha256:${'a'.repeat(64)}\n`, 'FROM scratch\n', `FROM python@sha256:${'b'.repeat(64)} AS a\nFROM a\n`],
  },
  {
    rule: 'AddUrlWithoutChecksum',
    fires: [{ dockerfile: 'FROM a:1\nADD https://example.com/m.bin /m\n', line: 2 }],
    quiet: [`FROM a:1\nADD --checksum=sha256:${'c'.repeat(64)} https://example.com/m.bin /m\n`, 'FROM a:1\nADD local.tar.gz /x/\n'],
  },
  {
    rule: 'ContextWithoutDockerignore',
    fires: [
      { dockerfile: 'FROM a:1\n', line: 1, message: /`\.git`/ },
      'FROM a:1\n', // (second run uses the size below)
    ],
    quiet: ['FROM a:1\n'],
    settings: { context: { hasIgnoreFile: false, hasGit: true, bytes: 10 } },
  },
  // BuildKit
  {
    rule: 'StageNameCasing',
    fires: [{ dockerfile: 'FROM alpine AS BuilderBase\n', message: /Stage name 'BuilderBase' should be lowercase/ }],
    quiet: ['FROM alpine AS builder-base\n'],
  },
  {
    rule: 'FromAsCasing',
    fires: ['FROM debian:latest as builder\n', 'from debian:latest AS builder\n'],
    quiet: ['FROM debian:latest AS deb-builder\n', 'from debian:latest as deb-builder\n', 'From debian:latest as x\n'],
  },
  {
    rule: 'NoEmptyContinuation',
    fires: [{ dockerfile: 'FROM alpine\nEXPOSE \\\n\n80\n', line: 3 }],
    quiet: ['FROM alpine\nEXPOSE \\\n# Port\n80\n'],
  },
  {
    rule: 'ConsistentInstructionCasing',
    fires: [
      {
        dockerfile: 'FROM alpine\nRUN echo hello\ncopy foo bar\n',
        line: 3,
        message: /Command 'copy' should match the case of the command majority \(uppercase\)/,
      },
    ],
    quiet: ['FROM alpine\nRUN echo hello\nCOPY foo bar\n', 'from alpine\nrun echo hello\ncopy foo bar\n'],
  },
  {
    rule: 'DuplicateStageName',
    fires: [{ dockerfile: 'FROM debian:latest AS builder\nRUN apt-get update\nFROM golang:latest AS builder\n', line: 3 }],
    quiet: ['FROM debian:latest AS deb-builder\nFROM golang:latest AS go-builder\n'],
  },
  {
    rule: 'ReservedStageName',
    fires: [{ dockerfile: 'FROM alpine AS scratch\nFROM alpine AS context\n', message: /reserved stage "scratch"/ }],
    quiet: ['FROM alpine AS builder\n'],
  },
  {
    rule: 'JSONArgsRecommended',
    fires: [{ dockerfile: 'FROM alpine\nENTRYPOINT my-program start\n', line: 2 }],
    quiet: [
      'FROM alpine\nENTRYPOINT ["my-program", "start"]\n',
      'FROM alpine\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "hi"\n',
      'FROM alpine AS a\nSHELL ["/bin/sh", "-c"]\nFROM a\nCMD echo hi\n',
    ],
  },
  {
    rule: 'MaintainerDeprecated',
    fires: [{ dockerfile: 'FROM alpine\nMAINTAINER moby@example.com\n', line: 2 }],
    quiet: ['FROM alpine\nLABEL org.opencontainers.image.authors="moby@example.com"\n'],
  },
  {
    rule: 'UndefinedArgInFrom',
    fires: [
      { dockerfile: 'FROM node:22${VARIANT}\n', message: /FROM argument 'VARIANT' is not declared/ },
      { dockerfile: 'ARG VERSION=1\nFROM n:${VERSIN}\n', message: /did you mean VERSION\?/ },
    ],
    quiet: [
      'ARG VARIANT=-alpine\nFROM node:22${VARIANT}\n',
      'ARG VARIANT\nFROM node:22${VARIANT}\n',
      'FROM --platform=$BUILDPLATFORM node:22\n',
    ],
  },
  {
    rule: 'WorkdirRelativePath',
    fires: [{ dockerfile: 'FROM alpine\nWORKDIR app/\n', message: /Relative workdir "app\/"/ }],
    quiet: ['FROM alpine\nWORKDIR /app/\n', 'FROM alpine\nWORKDIR /app\nWORKDIR sub\n', 'FROM alpine\nENV D=/srv\nWORKDIR $D\n'],
  },
  {
    rule: 'UndefinedVar',
    fires: [
      { dockerfile: 'FROM scratch AS base\nCOPY $foo .\n', line: 2, message: /Usage of undefined variable '\$foo'/ },
      { dockerfile: 'FROM scratch\nENV PATH=$PAHT:/app/bin\n', message: /did you mean \$PATH\?/ },
    ],
    quiet: [
      'FROM scratch\nARG foo\nCOPY $foo .\n',
      'FROM scratch\nENV A=/x\nCOPY $A .\n',
      'FROM scratch\nENV PATH=$PATH:/app/bin\n',
      // The base image's environment is unknown without the registry: nothing is said.
      'FROM python:3.12\nCOPY $PYTHON_VERSION .\n',
      'FROM scratch\nRUN echo $UNDEFINED_IN_SHELL\n',
    ],
  },
  {
    rule: 'MultipleInstructionsDisallowed',
    fires: [{ dockerfile: 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!"]\nENTRYPOINT ["echo", "Hello, Sweden!"]\n', line: 2 }],
    quiet: ['FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!\\nHello, Sweden!"]\n', 'FROM alpine AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n'],
  },
  {
    rule: 'LegacyKeyValueFormat',
    fires: ['FROM alpine\nARG foo\nENV BAR bar\n', 'FROM alpine\nLABEL a b\n'],
    quiet: ['FROM alpine\nARG foo\nENV BAR=bar\n'],
  },
  {
    rule: 'RedundantTargetPlatform',
    fires: [
      { dockerfile: 'FROM --platform=$TARGETPLATFORM alpine AS builder\n', message: /predefined \$TARGETPLATFORM/ },
      'FROM --platform=${TARGETPLATFORM} alpine\n',
    ],
    quiet: ['FROM alpine AS builder\n', 'FROM --platform=$BUILDPLATFORM alpine\n'],
  },
  {
    rule: 'SecretsUsedInArgOrEnv',
    fires: [
      { dockerfile: 'FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n', message: /ARG "AWS_SECRET_ACCESS_KEY"/ },
      'FROM scratch\nENV GITHUB_TOKEN=x\n',
      'FROM scratch\nENV password=x\n',
    ],
    quiet: ['FROM scratch\nARG PUBLIC_KEY\nENV KEY_FILE=/k\nENV TOKENIZER=x\nENV PYTHON_VERSION=3\n'],
  },
  {
    rule: 'InvalidDefaultArgInFrom',
    fires: [{ dockerfile: 'ARG TAG\nFROM busybox:${TAG}\n', line: 2 }, 'ARG TAG=-bad\nFROM busybox:${TAG}\n'],
    quiet: [
      'ARG TAG=latest\nFROM busybox:${TAG}\n',
      'ARG TAG\nFROM busybox:${TAG:-latest}\n',
      'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
    ],
  },
  {
    rule: 'FromPlatformFlagConstDisallowed',
    fires: [{ dockerfile: 'FROM --platform=linux/amd64 alpine AS base\n', message: /constant value "linux\/amd64"/ }],
    quiet: ['FROM --platform=linux/amd64 alpine AS build_amd64\n', 'FROM --platform=$BUILDPLATFORM alpine\n', 'FROM alpine\n'],
  },
  {
    rule: 'CopyIgnoredFile',
    fires: [
      {
        dockerfile: 'FROM scratch\nCOPY ./tmp/foo.txt /dest\n',
        message: /Attempting to Copy file "tmp\/foo.txt" that is excluded by .dockerignore/,
      },
      'FROM scratch\nADD secret.env /e\n',
    ],
    quiet: ['FROM scratch\nCOPY app /app\n', 'FROM scratch\nCOPY --from=build /tmp/x /x\n', 'FROM scratch\nCOPY . /app\n'],
    settings: { ignorePatterns: ['tmp', 'secret.env'] },
  },
  {
    rule: 'ExposeProtoCasing',
    fires: [{ dockerfile: 'FROM alpine\nEXPOSE 80/TcP\n', message: /'80\/TcP'/ }],
    quiet: ['FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n'],
  },
  {
    rule: 'ExposeInvalidFormat',
    fires: [{ dockerfile: 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n', message: /found '127.0.0.1:80:80'/ }, 'FROM alpine\nEXPOSE 80:80\n'],
    quiet: ['FROM alpine\nEXPOSE 80\n'],
  },
  {
    rule: 'InvalidDefinitionDescription',
    fires: [
      {
        dockerfile: '# check=experimental=InvalidDefinitionDescription\nFROM scratch AS base\n# a non-matching description\nARG VERSION\n',
        line: 4,
      },
    ],
    quiet: [
      '# check=experimental=InvalidDefinitionDescription\n# VERSION the version\nARG VERSION\n# base the base stage\nFROM scratch AS base\n',
      // Experimental: off unless turned on.
      'FROM scratch AS base\n# a non-matching description\nARG VERSION\n',
    ],
  },
  // hadolint
  {
    rule: 'DL3002',
    fires: [{ dockerfile: 'FROM a:1\nUSER root\n', line: 2 }, 'FROM a:1\nUSER 1000\nUSER 0:0\n'],
    quiet: ['FROM a:1\nUSER root\nRUN x\nUSER 1000\n', 'FROM a:1\n'],
  },
  {
    rule: 'DL3003',
    fires: [{ dockerfile: 'FROM a:1\nRUN cd /usr/src/app && git pull\n', line: 2 }],
    quiet: ['FROM a:1\nWORKDIR /usr/src/app\nRUN git pull\n'],
  },
  { rule: 'DL3004', fires: ['FROM a:1\nRUN sudo apt-get install curl\n'], quiet: ['FROM a:1\nRUN apt-get install curl=1\n'] },
  {
    rule: 'DL3006',
    fires: [{ dockerfile: 'FROM debian\n', line: 1 }, 'FROM localhost:5000/img\n'],
    quiet: [
      'FROM debian:12\n',
      'FROM scratch\n',
      'FROM debian:12 AS b\nFROM b\n',
      `FROM debian@sha256:${'a'.repeat(64)}\n`,
      'ARG B=x:1\nFROM ${B}\n',
    ],
  },
  { rule: 'DL3007', fires: ['FROM debian:latest\n'], quiet: ['FROM debian:12\n', `FROM debian:latest@sha256:${'a'.repeat(64)}\n`] },
  {
    rule: 'DL3008',
    fires: ['FROM a:1\nRUN apt-get update && apt-get install -y python3 curl=7.1\n'],
    quiet: [
      'FROM a:1\nRUN apt-get install -y python3=3.11.2-1 ./local.deb\n',
      'FROM a:1\nRUN apt-get install -y -t bookworm-backports foo=1\n',
    ],
  },
  {
    rule: 'DL3009',
    fires: ['FROM a:1\nRUN apt-get update && apt-get install -y curl=1\n'],
    quiet: [
      'FROM a:1\nRUN apt-get update && apt-get install -y curl=1 && rm -rf /var/lib/apt/lists/*\n',
      'FROM a:1\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl=1\n',
      // An intermediate stage nothing builds on: its lists never reach the image.
      'FROM a:1 AS build\nRUN apt-get update && apt-get install -y gcc=1\nFROM b:1\nCOPY --from=build /x /x\n',
    ],
  },
  {
    rule: 'DL3013',
    fires: ['FROM a:1\nRUN pip install pandas\n', 'FROM a:1\nRUN python3 -m pip install --upgrade pip\n'],
    quiet: [
      'FROM a:1\nRUN pip install pandas==2.2.2 "numpy>=1.26"\n',
      'FROM a:1\nRUN pip install -r requirements.txt\n',
      'FROM a:1\nRUN pip install ./dist/app-1.0-py3-none-any.whl .\n',
      'FROM a:1\nRUN pip install -c constraints.txt pandas\n',
    ],
  },
  {
    rule: 'DL3015',
    fires: ['FROM a:1\nRUN apt-get install -y curl=1\n'],
    quiet: [
      'FROM a:1\nRUN apt-get install -y --no-install-recommends curl=1\n',
      'FROM a:1\nRUN apt-get -o APT::Install-Recommends=false install -y c=1\n',
    ],
  },
  {
    rule: 'DL3018',
    fires: ['FROM alpine:3\nRUN apk add --no-cache curl\n'],
    quiet: ['FROM alpine:3\nRUN apk add --no-cache curl=8.5.0-r0 ./x.apk\n', 'FROM alpine:3\nRUN apk add -t .build-deps gcc=13.2-r0\n'],
  },
  {
    rule: 'DL3020',
    fires: [{ dockerfile: 'FROM a:1\nADD requirements.txt /app/\n', line: 2 }],
    quiet: [
      'FROM a:1\nADD rootfs.tar.xz /\n',
      `FROM a:1\nADD --checksum=sha256:${'a'.repeat(64)} https://example.com/x /x\n`,
      'FROM a:1\nCOPY requirements.txt /app/\n',
    ],
  },
  {
    rule: 'DL3022',
    fires: [{ dockerfile: 'FROM a:1\nCOPY --from=builder /app /app\nFROM b:1 AS builder\n', line: 2 }, 'FROM a:1\nCOPY --from=5 /x /x\n'],
    quiet: [
      'FROM a:1 AS builder\nFROM b:1\nCOPY --from=builder /app /app\nCOPY --from=0 /x /x\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n',
    ],
  },
  {
    rule: 'DL3025',
    fires: [{ dockerfile: 'FROM a:1\nSHELL ["/bin/bash", "-c"]\nCMD python app.py\n', line: 3 }],
    quiet: ['FROM a:1\nCMD ["python", "app.py"]\n'],
  },
  { rule: 'DL3027', fires: ['FROM a:1\nRUN apt install -y curl\n'], quiet: ['FROM a:1\nRUN apt-get install -y curl=1\n'] },
  {
    rule: 'DL3042',
    fires: ['FROM a:1\nRUN pip install pandas==2.2.2\n'],
    quiet: [
      'FROM a:1\nRUN pip install --no-cache-dir pandas==2.2.2\n',
      'FROM a:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip install pandas==2.2.2\n',
      'FROM a:1 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install pandas==2.2.2\n',
      'FROM a:1\nRUN --mount=type=cache,target=/root/.cache/pip pip install pandas==2.2.2\n',
      'FROM a:1\nRUN pipx install black\n',
    ],
  },
  {
    rule: 'DL3045',
    fires: [{ dockerfile: 'FROM a:1\nCOPY app.py app/\n', line: 2 }],
    quiet: [
      'FROM a:1\nWORKDIR /srv\nCOPY app.py app/\n',
      'FROM a:1\nCOPY app.py /app/\n',
      'FROM a:1 AS b\nWORKDIR /srv\nFROM b\nCOPY x y\n',
      'FROM a:1\nCOPY x $DEST\n',
    ],
  },
  {
    rule: 'DL3059',
    fires: [{ dockerfile: 'FROM a:1\nRUN apt-get update\nRUN apt-get install -y x=1\n', line: 3 }],
    quiet: [
      'FROM a:1\nRUN apt-get update\nENV A=1\nRUN apt-get install -y x=1\n',
      'FROM a:1\nRUN a && b && c\nRUN d\n',
      'FROM a:1\nRUN --mount=type=cache,target=/c a\nRUN b\n',
    ],
  },
  {
    rule: 'DL4000',
    fires: ['# check=skip=all\nFROM a:1\nMAINTAINER me\n'],
    quiet: ['FROM a:1\nMAINTAINER me\n', '# check=skip=MaintainerDeprecated\nFROM a:1\nMAINTAINER me\n'],
  },
  {
    rule: 'DL4006',
    fires: [{ dockerfile: 'FROM a:1\nRUN wget -O - https://x | tar xz\n', line: 2 }],
    quiet: [
      'FROM a:1\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar xz\n',
      'FROM a:1\nRUN set -o pipefail && wget -O - https://x | tar xz\n',
      'FROM a:1\nRUN a || b\n',
      'FROM a:1\nSHELL ["pwsh", "-command"]\nRUN a | b\n',
    ],
  },
  // Profiles
  {
    rule: 'DatabricksBaseImage',
    fires: [
      { dockerfile: 'FROM python:3.12-slim\n', message: /neither a databricksruntime image nor Ubuntu or Alpine/ },
      { dockerfile: 'FROM ubuntu:22.04\nRUN apt-get install -y openjdk-17-jdk=1\n', message: /nothing installs iproute2, procps, sudo/ },
    ],
    quiet: [
      'FROM databricksruntime/standard:13.3-LTS\n',
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y openjdk-17-jdk-headless iproute2 procps sudo\n',
    ],
    settings: { profile: 'databricks' },
  },
  {
    rule: 'DatabricksRuntimeUnsupported',
    fires: ['FROM databricksruntime/standard:13.3-ml\n'],
    quiet: ['FROM databricksruntime/standard:13.3-LTS\n'],
    settings: { profile: 'databricks' },
  },
  {
    rule: 'DatabricksPip',
    fires: [
      { dockerfile: 'FROM databricksruntime/standard:9.x\nRUN pip install pandas\n', line: 2 },
      { dockerfile: 'FROM databricksruntime/standard:8.x\nRUN pip3 install pandas\n', line: 2 },
    ],
    quiet: [
      'FROM databricksruntime/standard:9.x\nRUN /databricks/python3/bin/pip install pandas\n',
      'FROM databricksruntime/standard:8.x\nRUN /databricks/conda/envs/dcs-minimal/bin/pip install pandas\n',
    ],
    settings: { profile: 'databricks' },
  },
  {
    rule: 'DatabricksCmdIgnored',
    fires: ['FROM databricksruntime/standard:13.3-LTS\nCMD ["python"]\n'],
    quiet: ['FROM databricksruntime/standard:13.3-LTS\n'],
    settings: { profile: 'databricks' },
  },
  {
    rule: 'DatabricksStartupWork',
    fires: ['FROM databricksruntime/standard:13.3-LTS\nRUN systemctl start my-daemon\n'],
    quiet: ['FROM databricksruntime/standard:13.3-LTS\nRUN apt-get install -y my-daemon\n'],
    settings: { profile: 'databricks' },
  },
  {
    rule: 'DataWorksPlatform',
    fires: ['FROM --platform=linux/arm64 python:3.12\n'],
    quiet: ['FROM --platform=linux/amd64 python:3.12\n', 'FROM --platform=$BUILDPLATFORM golang:1 AS build\nFROM python:3.12\n'],
    settings: { profile: 'dataworks', build: { platforms: ['linux/amd64'] } },
  },
  {
    rule: 'DataWorksPlatform',
    fires: [{ dockerfile: 'FROM python:3.12\n', message: /built for linux\/arm64/ }],
    quiet: [],
    settings: { profile: 'dataworks', build: { platforms: ['linux/amd64', 'linux/arm64'] } },
  },
  {
    rule: 'DataWorksRegistry',
    fires: ['FROM python:3.12\n'],
    quiet: [],
    settings: { profile: 'dataworks', build: { image: 'ghcr.io/acme/etl' } },
  },
  {
    rule: 'DataWorksRuntimePaths',
    fires: [
      'FROM python:3.12\nENV PATH=/opt/tool/bin\n',
      'FROM python:3.12\nCOPY python /usr/bin/python3\n',
      'FROM python:3.12\nRUN ln -sf /opt/py/bin/python /usr/bin/python3\n',
    ],
    quiet: ['FROM python:3.12\nENV PATH=/opt/tool/bin:$PATH\nCOPY tool /opt/tool/\n'],
    settings: { profile: 'dataworks' },
  },
  {
    rule: 'DataWorksStartupInstall',
    fires: [
      'FROM python:3.12\nCMD pip install -r requirements.txt && python app.py\n',
      'FROM python:3.12\nENTRYPOINT ["sh", "-c", "apt-get install -y x && run"]\n',
    ],
    quiet: ['FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n'],
    settings: { profile: 'dataworks' },
  },
  {
    rule: 'PythonPresent',
    fires: [
      { dockerfile: 'FROM ubuntu:22.04\nRUN apt-get install -y curl\n', message: /`ubuntu:22.04` is not a known Python image/ },
      'FROM alpine:3.20 AS py\nFROM scratch\n',
    ],
    quiet: [
      'FROM python:3.12-slim\n',
      'FROM ubuntu:22.04\nRUN apt-get install -y python3\n',
      'FROM continuumio/miniconda3:24.1\n',
      'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime\n',
      'FROM alpine:3\nRUN apk add python3\n',
      'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN uv python install 3.12\n',
    ],
    settings: { profile: 'metaflow' },
  },
  {
    rule: 'ZenmlPackages',
    fires: ['FROM python:3.12\nRUN pip install pandas\n'],
    quiet: [
      'FROM python:3.12\nRUN pip install "zenml[server]==0.60"\n',
      'FROM zenmldocker/zenml:0.60.0-py3.11\n',
      'FROM python:3.12\nRUN pip install -r requirements.txt\n',
    ],
    settings: { profile: 'zenml' },
  },
  {
    rule: 'ZenmlWorkdir',
    fires: ['FROM zenmldocker/zenml:0.60\nWORKDIR /code\n', 'FROM zenmldocker/zenml:0.60\n'],
    quiet: ['FROM zenmldocker/zenml:0.60\nWORKDIR /app\n'],
    settings: { profile: 'zenml' },
  },
  {
    rule: 'ZenmlNonRootUser',
    fires: ['FROM zenmldocker/zenml:0.60\n', 'FROM zenmldocker/zenml:0.60\nUSER root\n'],
    quiet: ['FROM zenmldocker/zenml:0.60\nUSER zenml\n'],
    settings: { profile: 'zenml' },
  },
];

// The ContextWithoutDockerignore second case: a big context without .git.
const contextCase = cases.find((c) => c.rule === 'ContextWithoutDockerignore') as Case;

describe('every rule fires where it should, and only there', () => {
  test.each(cases.flatMap((c) => c.fires.map((fire, i) => ({ c, fire, i }))))('$c.rule flags case $i', ({ c, fire, i }) => {
    const { dockerfile, line, message } = typeof fire === 'string' ? { dockerfile: fire, line: undefined, message: undefined } : fire;
    let settings = c.settings;
    if (c === contextCase && i === 1) settings = { context: { hasIgnoreFile: false, hasGit: false, bytes: 101 * 1024 * 1024 } };
    const hits = findings(dockerfile, settings).filter((f) => f.rule === c.rule);
    expect(hits.length, JSON.stringify(findings(dockerfile, settings).map((f) => f.rule))).toBeGreaterThan(0);
    if (line !== undefined) expect(hits[0]?.line).toBe(line);
    if (message) expect(hits[0]?.message).toMatch(message);
  });

  test.each(cases.flatMap((c) => c.quiet.map((quiet, i) => ({ c, quiet, i }))))('$c.rule leaves case $i alone', ({ c, quiet }) => {
    const settings = c === contextCase ? { context: { hasIgnoreFile: true, hasGit: true, bytes: 1e9 } } : c.settings;
    expect(findings(quiet, settings).filter((f) => f.rule === c.rule)).toEqual([]);
  });

  test('DL4000 is MaintainerDeprecated in hadolint words: shown only when BuildKit checks are skipped wholesale; naming either silences both', () => {
    const dockerfile = 'FROM a:1\nMAINTAINER me\n';
    expect(findings(dockerfile).map((f) => f.rule)).toContain('MaintainerDeprecated');
    expect(findings(dockerfile).map((f) => f.rule)).not.toContain('DL4000');
    expect(findings(dockerfile, { overrides: { MaintainerDeprecated: 'off' } }).map((f) => f.rule)).not.toContain('DL4000');
    const ignored = findings('FROM a:1\n# hadolint ignore=DL4000\nMAINTAINER me\n').map((f) => f.rule);
    expect(ignored).not.toContain('DL4000');
    expect(ignored).not.toContain('MaintainerDeprecated');
  });

  test('every rule of the registry has a case here (ShellCheck is tested with its adapter)', () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(
      RULES.map((r) => r.id).filter(
        (id) => !covered.has(id) && id !== 'ShellCheck' && id !== 'ImageDefinitionInvalid' && id !== 'SpecLayerOrder',
      ),
    ).toEqual([]);
  });

  test('platform rules stay off without their profile', () => {
    expect(
      findings('FROM python:3.12-slim\nCMD python app.py\n').filter((f) => /^(Databricks|DataWorks|Zenml|PythonPresent)/.test(f.rule)),
    ).toEqual([]);
  });
});
