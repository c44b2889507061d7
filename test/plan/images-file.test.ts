import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseImagesFile } from '../../src/plan/images-file.js';
import { InputError } from '../../src/core/errors.js';

const workspace = '/ws';

describe('images file', () => {
  test('a full entry and a minimal one', () => {
    const entries = parseImagesFile(
      [
        'images:',
        '  - name: api',
        '    image: ghcr.io/acme/api',
        '    context: services/api',
        '    dockerfile: services/api/Containerfile',
        '    build-args: { PYTHON: "3.12" }',
        '    platforms: linux/amd64, linux/arm64',
        '    target: runtime',
        '    secrets: [pip_token]',
        '    labels: { team: data }',
        '    tags: [latest]',
        '  - name: worker',
        '    image: 127.0.0.1:5000/acme/worker',
        '    build-args: ["A=1", "B=x=y"]',
      ].join('\n'),
      workspace,
      workspace,
    );
    expect(entries).toEqual([
      {
        name: 'api',
        image: 'ghcr.io/acme/api',
        context: '/ws/services/api',
        dockerfile: '/ws/services/api/Containerfile',
        buildArgs: { PYTHON: '3.12' },
        platforms: ['linux/amd64', 'linux/arm64'],
        target: 'runtime',
        secrets: ['pip_token'],
        labels: { team: 'data' },
        tags: ['latest'],
      },
      {
        name: 'worker',
        image: '127.0.0.1:5000/acme/worker',
        context: '/ws',
        dockerfile: path.join('/ws', 'Dockerfile'),
        buildArgs: { A: '1', B: 'x=y' },
        platforms: [],
        target: '',
        secrets: [],
        labels: {},
        tags: [],
      },
    ]);
  });

  test('spec entries: a spec file (relative to the images file) and an inline spec (this file, this entry)', () => {
    const entries = parseImagesFile(
      [
        'images:',
        '  - name: trainer',
        '    spec: trainer/image.yaml',
        '    tags: [latest]',
        '  - name: scorer',
        '    image: ghcr.io/acme/scorer',
        '    spec:',
        '      debian-python: "3.12"',
      ].join('\n'),
      '/ws/images',
      workspace,
      'images.yaml',
    );
    expect(entries.map(({ name, image, spec, tags }) => ({ name, image, spec, tags }))).toEqual([
      { name: 'trainer', image: '', spec: { file: '/ws/images/trainer/image.yaml' }, tags: ['latest'] },
      { name: 'scorer', image: 'ghcr.io/acme/scorer', spec: { file: '/ws/images/images.yaml', entry: 'scorer' }, tags: [] },
    ]);
  });

  test.each<[string, string, RegExp[]]>([
    ['not YAML', 'images: [', [/it is not YAML/]],
    ['no images key', 'image: x', [/the file: must have required property 'images'/, /the file: has an unknown field 'image'/]],
    ['empty list', 'images: []', [/images: must NOT have fewer than 1 items/]],
    ['missing image', 'images:\n  - name: api', [/images\[0\] \(api\): must have required property 'image'/]],
    [
      'unknown field',
      'images:\n  - name: api\n    image: a/b\n    dockerfle: x',
      [/images\[0\] \(api\): has an unknown field 'dockerfle'/],
    ],
    [
      'unquoted number in build-args',
      'images:\n  - name: api\n    image: a/b\n    build-args: { PY: 1.10 }',
      [/images\[0\] \(api\)\.build-args\.PY: must be a string \(quote it: "1.1"/],
    ],
    ['bad image', 'images:\n  - name: api\n    image: ghcr.io/Acme/api', [/images\[0\] \(api\)\.image: Invalid image reference/]],
    ['image with a tag', 'images:\n  - name: api\n    image: ghcr.io/acme/api:1', [/expected a repository without tag/]],
    [
      'duplicate names',
      'images:\n  - name: api\n    image: a/b\n  - name: api\n    image: a/c',
      [/images\[1\] \(api\): the name 'api' is used twice/],
    ],
    [
      'context outside',
      'images:\n  - name: api\n    image: a/b\n    context: ../elsewhere',
      [/images\[0\] \(api\)\.context: '..\/elsewhere' resolves to \/elsewhere, outside the workspace \/ws/],
    ],
    ['bad name', 'images:\n  - name: "a b"\n    image: a/b', [/\.name: must match pattern/]],
    [
      'a spec entry with a context',
      'images:\n  - name: api\n    spec: api/image.yaml\n    context: api\n    build-args: { A: "1" }',
      [/images\[0\] \(api\)\.context: does not go with spec/, /images\[0\] \(api\)\.build-args: does not go with spec/],
    ],
    ['a spec that is neither a path nor a map', 'images:\n  - name: api\n    spec: [a]', [/images\[0\] \(api\)\.spec: must be string/]],
  ])('%s', (_name, text, messages) => {
    let error: unknown;
    try {
      parseImagesFile(text, workspace, workspace, 'images.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Input 'file': images.yaml is not valid:/);
    for (const expected of messages) expect(message).toMatch(expected);
  });
});
