/**
 * Hash properties of specs, through the hash action itself (run in-process, `spec` input, base
 * images hashed as written): what must not move the hash (another folder, comments, key order, set
 * order) and what must (a package, a version, an env value, a file's content, the layer order, the
 * user, the platforms). A spec's hash is the hash of what it renders to, so a Dockerfile build of
 * the rendered Dockerfile and context gives the same tag.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/actions/hash/main.js';
import { runInProcess } from '../harness/in-process.js';
import { makeTempDir, writeTree } from '../support/git-repo.js';

const spec = [
  '# The trainer image',
  'base: ghcr.io/acme/base:1.4',
  'layers:',
  '  - apt: [git, curl]',
  '  - requirements: requirements.txt',
  '  - pip: ["pandas==2.0.0", requests]',
  '  - env: {MODEL_DIR: /models, BUILD: "${BUILD_ID}"}',
  '  - workdir: /app',
  '  - source: {src: src, dst: /app/src}',
  '  - user: runner',
  'platforms: [linux/amd64, linux/arm64]',
  '',
].join('\n');

const files = { 'requirements.txt': 'numpy==2.0.0\n', 'src/app.py': 'print(1)\n', 'src/util.py': 'X = 1\n' };

async function hashOf(
  tree: Record<string, string>,
  options: { spec?: string; env?: Record<string, string>; inputs?: Record<string, string> } = {},
) {
  const workspace = makeTempDir('spec-hash-');
  writeTree(workspace, tree);
  const result = await runInProcess('hash', () => run(), {
    workspace,
    inputs: { spec: options.spec ?? 'image.yaml', 'resolve-images': 'false', ...options.inputs },
    env: { BUILD_ID: '41', ...options.env },
  });
  expect(result.exitCode, result.errors.join('\n')).toBeUndefined();
  return result.outputs.hash as string;
}

const tree = (text = spec, extra: Record<string, string> = {}) => ({ 'image.yaml': text, ...files, ...extra });

describe('a spec hashes as what it renders to', () => {
  let reference: string;
  test('the reference hash', async () => {
    reference = await hashOf(tree());
    expect(reference).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, () => Promise<string>]>([
    ['the same spec in another workspace', () => hashOf(tree())],
    [
      'the same spec in a sub-folder',
      () =>
        hashOf(Object.fromEntries(Object.entries(tree()).map(([p, c]) => [`images/trainer/${p}`, c])), {
          spec: 'images/trainer/image.yaml',
        }),
    ],
    ['another comment', () => hashOf(tree(spec.replace('# The trainer image', '# edited: a comment changes nothing')))],
    [
      'another key order and set order',
      () =>
        hashOf(
          tree(
            [
              'platforms: [linux/arm64, linux/amd64]',
              'layers:',
              '  - apt: [curl, git]',
              '  - requirements: requirements.txt',
              '  - pip: [requests, "pandas==2.0.0"]',
              '  - env:',
              '      BUILD: "${BUILD_ID}"',
              '      MODEL_DIR: /models',
              '  - workdir: /app',
              '  - source: {dst: /app/src, src: src}',
              '  - user: {name: runner}',
              'base: ghcr.io/acme/base:1.4',
              '',
            ].join('\n'),
          ),
        ),
    ],
    ['files the spec does not name', () => hashOf(tree(spec, { 'README.md': 'docs\n', 'notebooks/scratch.ipynb': '{}' }))],
  ])('same hash: %s', async (_name, compute) => {
    expect(await compute()).toBe(reference);
  });

  test.each<[string, () => Promise<string>]>([
    ['a package added', () => hashOf(tree(spec.replace('[git, curl]', '[git, curl, jq]')))],
    ['a version', () => hashOf(tree(spec.replace('pandas==2.0.0', 'pandas==2.1.0')))],
    ['an env value (from the environment)', () => hashOf(tree(), { env: { BUILD_ID: '42' } })],
    ['an env value (in the spec)', () => hashOf(tree(spec.replace('/models', '/srv/models')))],
    ['a requirements file’s content', () => hashOf({ ...tree(), 'requirements.txt': 'numpy==2.1.0\n' })],
    ['a source file’s content', () => hashOf({ ...tree(), 'src/util.py': 'X = 2\n' })],
    ['a source file added', () => hashOf({ ...tree(), 'src/new.py': '\n' })],
    [
      'the layer order',
      () =>
        hashOf(
          tree(
            spec.replace(
              '  - apt: [git, curl]\n  - requirements: requirements.txt',
              '  - requirements: requirements.txt\n  - apt: [git, curl]',
            ),
          ),
        ),
    ],
    ['the user', () => hashOf(tree(spec.replace('user: runner', 'user: trainer')))],
    ['the uid', () => hashOf(tree(spec.replace('user: runner', 'user: {name: runner, uid: 1001}')))],
    ['the platforms', () => hashOf(tree(spec.replace('[linux/amd64, linux/arm64]', '[linux/amd64]')))],
    ['the base', () => hashOf(tree(spec.replace('base:1.4', 'base:1.5')))],
    [
      'a secret mount',
      () =>
        hashOf(
          tree(
            spec.replace(
              '["pandas==2.0.0", requests]',
              '{packages: ["pandas==2.0.0", requests], secret-mounts: [{id: pip, env: PIP_TOKEN}]}',
            ),
          ),
        ),
    ],
  ])('another hash: %s', async (_name, compute) => {
    expect(await compute()).not.toBe(reference);
  });
});

describe('the hash action with a spec', () => {
  test('the manifest records the spec for explain; its definition is a Dockerfile build’s', async () => {
    const workspace = makeTempDir('spec-manifest-');
    writeTree(workspace, tree());
    const result = await runInProcess('hash', () => run(), {
      workspace,
      inputs: { spec: 'image.yaml', 'resolve-images': 'false', 'manifest-file': 'out/manifest.json' },
      env: { BUILD_ID: '41' },
    });
    expect(result.exitCode, result.errors.join('\n')).toBeUndefined();
    const manifest = JSON.parse(readFileSync(path.join(workspace, 'out/manifest.json'), 'utf8')) as {
      definition: { platforms: string[]; images: Array<{ ref: string }> };
      context: { entries: Array<{ path: string }> };
      spec: { file: string; layers: Array<{ kind: string }> };
    };
    expect(manifest.definition.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(manifest.definition.images).toEqual([{ ref: 'ghcr.io/acme/base:1.4' }]);
    expect(manifest.context.entries.map((e) => e.path)).toEqual(['requirements.txt', 'src', 'src/app.py', 'src/util.py']);
    expect(manifest.spec.file).toBe('image.yaml');
    expect(manifest.spec.layers.map((l) => l.kind)).toEqual(['apt', 'requirements', 'pip', 'env', 'workdir', 'source', 'user']);
    expect(result.log).toContain('Spec: image.yaml (7 layers), rendered to:');
  });

  test.each<[string, Record<string, string>, Record<string, string>, Record<string, string | undefined>, RegExp]>([
    [
      'an unknown key',
      { 'image.yaml': 'base: a/b:1\nlayerz: []\n' },
      {},
      {},
      /image\.yaml:2: layerz: unknown key 'layerz' \(did you mean 'layers'\?\)/,
    ],
    [
      'an unset variable',
      tree(),
      {},
      { BUILD_ID: undefined },
      /image\.yaml:7: layers\[3\]\.env\.BUILD: \$\{BUILD_ID\} is not set in the environment/,
    ],
    ['spec with dockerfile', tree(), { dockerfile: 'Dockerfile' }, {}, /Input 'spec': is set together with dockerfile/],
    ['spec with build-args', tree(), { 'build-args': 'A=1' }, {}, /Input 'build-args': does not apply to a spec/],
    [
      'platforms that differ from the spec’s',
      tree(),
      { platforms: 'linux/arm64' },
      {},
      /Input 'platforms': linux\/arm64 differs from the spec's platforms \(linux\/amd64, linux\/arm64\)/,
    ],
  ])('bad input: %s', async (_name, files, inputs, env, message) => {
    const workspace = makeTempDir('spec-bad-');
    writeTree(workspace, files);
    const result = await runInProcess('hash', () => run(), {
      workspace,
      inputs: { spec: 'image.yaml', 'resolve-images': 'false', ...inputs },
      env: { BUILD_ID: '41', ...env },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.outputs.hash).toBeUndefined();
  });

  test('the renderer’s advice becomes an annotation on the spec line', async () => {
    const workspace = makeTempDir('spec-warn-');
    writeTree(workspace, {
      'image.yaml': 'debian-python: "3.12"\nlayers:\n  - source: {src: a.py, dst: /a.py}\n  - pip: [x]\n',
      'a.py': '',
    });
    const result = await runInProcess('hash', () => run(), { workspace, inputs: { spec: 'image.yaml', 'resolve-images': 'false' } });
    expect(result.exitCode).toBeUndefined();
    expect(result.log).toMatch(
      /::warning title=image spec,file=image\.yaml,line=3::layers\[0\]: this source layer comes before layers\[1\] \(pip\)/,
    );
  });
});
