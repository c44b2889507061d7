import { describe, expect, test } from 'vitest';
import { parseImageSpec, type SpecText } from '../../../src/core/spec/parse.js';
import { renderSpec } from '../../../src/core/spec/render.js';
import { SpecError, type SpecProblem } from '../../../src/core/spec/types.js';

const specDir = '/ws/images/trainer';
const read = (text: string, extra: Partial<SpecText> = {}) =>
  parseImageSpec({
    text,
    fileName: 'image.yaml',
    specDir,
    env: { GITHUB_SHA: 'abc123', EMPTY: '' },
    hostPlatform: 'linux/amd64',
    ...extra,
  });

function problemsOf(text: string, extra: Partial<SpecText> = {}): SpecProblem[] {
  try {
    read(text, extra);
  } catch (error) {
    if (error instanceof SpecError) return error.problems;
    throw error;
  }
  throw new Error('the spec was accepted');
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('bad input: one clear error each, with file, line and field', () => {
  test.each<[string, string, SpecProblem]>([
    [
      'two bases',
      lines('base: ghcr.io/acme/base:1', 'debian-python: {python: "3.12"}'),
      { line: 2, field: 'debian-python', message: "two bases ('base' and 'debian-python'): give exactly one" },
    ],
    [
      'a layer after dockerfile:',
      lines('dockerfile: Dockerfile', 'layers:', '  - apt: [git]'),
      {
        line: 3,
        field: 'layers[0]',
        message:
          'a layer after dockerfile: the Dockerfile is opaque (as in Flyte), so layers cannot be added to it: put these steps in the Dockerfile, or use base: with layers',
      },
    ],
    [
      'an unknown layer kind, with a "did you mean"',
      lines('base: a/b:1', 'layers:', '  - apt: [git]', '  - pipp: [pandas]'),
      { line: 4, field: 'layers[1].pipp', message: "unknown key 'pipp' (did you mean 'pip'?)" },
    ],
    [
      'an unknown top-level key, with a "did you mean"',
      lines('base: a/b:1', 'platfroms: [linux/amd64]'),
      { line: 2, field: 'platfroms', message: "unknown key 'platfroms' (did you mean 'platforms'?)" },
    ],
    [
      "ZenML's name for a key",
      lines('parent_image: a/b:1', 'skip-build: true'),
      { line: 1, field: 'parent_image', message: "unknown key 'parent_image' (did you mean 'parent'?)" },
    ],
    [
      "Flyte's name for a layer",
      lines('base: a/b:1', 'layers:', '  - apt_packages: [git]'),
      { line: 3, field: 'layers[0].apt_packages', message: "unknown key 'apt_packages' (did you mean 'apt'?)" },
    ],
    [
      'an unknown option of a layer',
      lines('base: a/b:1', 'layers:', '  - pip:', '      packages: [x]', '      index_url: https://pypi.org/simple'),
      { line: 5, field: 'layers[0].pip.index_url', message: "unknown key 'index_url' (did you mean 'index-url'?)" },
    ],
    [
      'a key nothing is close to lists the known ones',
      lines('base: a/b:1', 'layers:', '  - source: {src: a, dst: /a, zzzzzz: 1}'),
      { line: 3, field: 'layers[0].source.zzzzzz', message: "unknown key 'zzzzzz' (known keys: src, dst)" },
    ],
    [
      'an unset ${VAR}',
      lines('base: a/b:1', 'layers:', '  - env:', '      BUILD: "${GITHUB_SHA}-${BUILD_NUMBER}"'),
      {
        line: 4,
        field: 'layers[0].env.BUILD',
        message: '${BUILD_NUMBER} is not set in the environment: set it (an empty value is allowed) or remove the reference',
      },
    ],
    [
      'requirements not ending in .txt',
      lines('base: a/b:1', 'layers:', '  - requirements: requirements.in'),
      {
        line: 3,
        field: 'layers[0].requirements',
        message: "'requirements.in' must be a .txt requirements file (as Flyte requires); for pyproject.toml + uv.lock use uv-project",
      },
    ],
    [
      'skip-build without parent',
      lines('base: a/b:1', 'skip-build: true'),
      { line: 2, field: 'skip-build', message: 'needs parent: the image to use as is (ZenML rejects skip_build without parent_image too)' },
    ],
    [
      'no base',
      lines('layers:', '  - apt: [git]'),
      { line: 1, field: '', message: 'has no base: give one of base, debian-python, dockerfile, uv-script' },
    ],
    [
      'two kinds in one layer item',
      lines('base: a/b:1', 'layers:', '  - apt: [git]', '    pip: [x]'),
      { line: 3, field: 'layers[0]', message: "a layer has exactly one kind, found 'apt' and 'pip': write each as its own list item" },
    ],
    [
      'a root user',
      lines('base: a/b:1', 'layers:', '  - user: root'),
      { line: 3, field: 'layers[0].user', message: 'must not be root: the user layer is for running as a non-root user' },
    ],
    [
      'a relative workdir',
      lines('base: a/b:1', 'layers:', '  - workdir: app'),
      { line: 3, field: 'layers[0].workdir', message: "'app' must be an absolute path of letters, digits and . _ - @ + /" },
    ],
    [
      'a source with no dst and no workdir',
      lines('base: a/b:1', 'layers:', '  - source: src'),
      {
        line: 3,
        field: 'layers[0].source',
        message:
          'has no dst, and no workdir layer comes before it to copy into: give {src, dst: /absolute/path} or add a workdir layer first',
      },
    ],
    [
      'a path outside the context',
      lines('base: a/b:1', 'layers:', '  - source: {src: ../../secrets, dst: /s}'),
      {
        line: 3,
        field: 'layers[0].source.src',
        message: "'../../secrets' is outside the build context (the spec's folder): set context: to a folder that holds it",
      },
    ],
    [
      'a secret mount with both env and target',
      lines('base: a/b:1', 'layers:', '  - commands:', '      run: [make]', '      secret-mounts: [{id: t, env: T, target: /t}]'),
      {
        line: 5,
        field: 'layers[0].commands.secret-mounts[0]',
        message: "give exactly one of env (a variable name) or target (a file path) for the secret's value",
      },
    ],
    [
      'credentials in an index URL',
      lines('base: a/b:1', 'layers:', '  - pip: {packages: [x], index-url: "https://me:pw@pypi.example.com/simple"}'),
      {
        line: 3,
        field: 'layers[0].pip.index-url',
        message:
          'holds credentials, which would end up in the Dockerfile, the image history and the hash: use a secret mount (env) instead',
      },
    ],
    [
      'a package that is an option',
      lines('base: a/b:1', 'layers:', '  - pip: [--user]'),
      { line: 3, field: 'layers[0].pip[0]', message: "'--user' is an option, not a package: put it in extra-args" },
    ],
    [
      'a multi-line command',
      lines('base: a/b:1', 'layers:', '  - commands:', '      - |', '        a', '        b'),
      { line: 4, field: 'layers[0].commands[0]', message: 'a command is one line (each becomes a RUN): write several list items' },
    ],
    [
      'a Python version YAML would read as a number is kept as written, but must be a version',
      lines('debian-python: {python: "three"}'),
      { line: 1, field: 'debian-python.python', message: '\'three\' is not a Python version such as "3.12"' },
    ],
    [
      'layers that are not a list',
      lines('base: a/b:1', 'layers:', '  apt: [git]'),
      { line: 2, field: 'layers', message: 'must be a list' },
    ],
    [
      'a boolean that is not one',
      lines('base: a/b:1', 'skip-build: maybe'),
      { line: 2, field: 'skip-build', message: 'must be true or false' },
    ],
    [
      'not YAML',
      lines('base: [a', 'layers:'),
      { line: 2, field: '', message: expect.stringMatching(/^not valid YAML: /) as unknown as string },
    ],
    ['a duplicate key', lines('base: a/b:1', 'base: a/c:1'), { line: 2, field: '', message: 'not valid YAML: Map keys must be unique' }],
  ])('%s', (_name, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  test('every problem of a spec is reported at once, each on its line', () => {
    const problems = problemsOf(
      lines('base: a/b:1', 'layers:', '  - requirements: deps.in', '  - env: {A: "${NOPE}"}', '  - user: root', 'tag: "not a tag"'),
    );
    expect(problems.map((p) => `${p.line}: ${p.field}`)).toEqual([
      '3: layers[0].requirements',
      '4: layers[1].env.A',
      '5: layers[2].user',
      '6: tag',
    ]);
  });

  test('the error message is in the compiler form editors link', () => {
    expect(() => read(lines('base: a/b:1', 'layers:', '  - pipp: [x]'))).toThrow(
      "image.yaml:3: layers[0].pipp: unknown key 'pipp' (did you mean 'pip'?)",
    );
  });

  test('an inline spec (in images.yaml) names fields and lines in that file', () => {
    const text = lines('images:', '  - name: api', '    spec:', '      base: a/b:1', '      layers:', '        - aptt: [git]');
    expect(problemsOf(text, { at: ['images', 0, 'spec'] })).toEqual([
      { line: 6, field: 'images[0].spec.layers[0].aptt', message: "unknown key 'aptt' (did you mean 'apt'?)" },
    ]);
  });
});

describe('what a spec means', () => {
  test('defaults, substitution, sorting, and paths relative to the context', () => {
    const spec = read(
      lines(
        'base: ghcr.io/acme/base:1.4',
        'context: ..',
        'layers:',
        '  - apt: [git, curl, git]',
        '  - pip: [requests, "pandas==2.1.0"]',
        '  - env: {Z: "$${HOME}", A: "${GITHUB_SHA}${EMPTY}"}',
        '  - workdir: /app',
        '  - source: src',
        '  - user: runner',
        'platforms: linux/arm64/v8, linux/amd64',
        'registry: ghcr.io/acme',
        'name: trainer',
        'tag: "2024.06"',
      ),
    );
    expect(spec.contextDir).toBe('/ws/images');
    expect(spec.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(spec.imageName).toBe('ghcr.io/acme/trainer');
    expect(spec.tag).toBe('2024.06');
    expect(spec.layers.map(({ origin: _o, ...layer }) => layer)).toEqual([
      { kind: 'apt', packages: ['curl', 'git'], secretMounts: [] },
      {
        kind: 'pip',
        packages: ['pandas==2.1.0', 'requests'],
        requirements: [],
        options: { extraIndexUrls: [], pre: false, extraArgs: [], secretMounts: [] },
      },
      { kind: 'env', values: { A: 'abc123', Z: '${HOME}' } },
      { kind: 'workdir', path: '/app' },
      { kind: 'source', src: 'trainer/src', dst: '.' },
      { kind: 'user', name: 'runner', uid: 1000 },
    ]);
    expect(spec.layers.map((layer) => layer.origin)).toEqual([
      { line: 4, field: 'layers[0]' },
      { line: 5, field: 'layers[1]' },
      { line: 6, field: 'layers[2]' },
      { line: 7, field: 'layers[3]' },
      { line: 8, field: 'layers[4]' },
      { line: 9, field: 'layers[5]' },
    ]);
  });

  test('YAML is read without type guessing: 3.10 stays 3.10', () => {
    const spec = read(lines('debian-python:', '  python: 3.10'));
    expect(spec.base).toMatchObject({ kind: 'debian-python', python: '3.10', image: 'python:3.10-slim-bookworm' });
  });

  test('comments, key order and set order do not change the rendered Dockerfile', () => {
    const a = read(
      lines('base: a/b:1', 'layers:', '  - apt: [git, curl]', '  - env: {A: "1", B: "2"}', 'platforms: [linux/amd64, linux/arm64]'),
    );
    const b = read(
      lines(
        '# the same image, written otherwise',
        'platforms: [linux/arm64, linux/amd64]',
        'layers:',
        '  - apt: [curl, git]   # sorted anyway',
        '  - env:',
        '      B: "2"',
        '      A: "1"',
        'base: a/b:1',
      ),
    );
    expect(renderSpec(b, new Map()).dockerfile).toBe(renderSpec(a, new Map()).dockerfile);
    expect(b.platforms).toEqual(a.platforms);
  });

  test('a dockerfile: spec builds from the Dockerfile’s folder unless context says otherwise', () => {
    expect(read(lines('dockerfile: docker/Dockerfile'))).toMatchObject({
      contextDir: '/ws/images/trainer/docker',
      base: { kind: 'dockerfile', path: 'Dockerfile' },
    });
    expect(read(lines('dockerfile: docker/Dockerfile', 'context: .'))).toMatchObject({
      contextDir: '/ws/images/trainer',
      base: { kind: 'dockerfile', path: 'docker/Dockerfile' },
    });
  });

  test('skip-build with a parent', () => {
    const spec = read(lines('parent: ghcr.io/acme/prebuilt:7', 'skip-build: true'));
    expect(spec.skipBuild).toBe(true);
    expect(spec.base).toMatchObject({ kind: 'parent', image: 'ghcr.io/acme/prebuilt:7' });
    expect(renderSpec(spec, new Map()).mode).toBe('skip');
  });
});
