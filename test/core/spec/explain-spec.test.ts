/**
 * `explain` in spec terms: two manifests of spec builds differ in what the spec says, and the
 * sentence says that ("pip package pandas changed 2.0.0 → 2.1.0", "env DEBUG changed"), not "the
 * Dockerfile changed".
 */
import { describe, expect, test } from 'vitest';
import { buildManifest, type BuildManifest } from '../../../src/core/build-definition.js';
import { blobDigest } from '../../../src/core/context-tree.js';
import { explainDifference } from '../../../src/core/explain.js';
import { specChanges } from '../../../src/core/spec/diff.js';
import { parseImageSpec } from '../../../src/core/spec/parse.js';
import { renderSpec } from '../../../src/core/spec/render.js';

const env = { DEBUG: '0', SHA: 'abc' };

function manifestOf(
  text: string,
  files: Record<string, string> = { 'requirements.txt': 'numpy==2.0.0\n' },
  environment = env,
): BuildManifest {
  const spec = parseImageSpec({ text, fileName: 'image.yaml', specDir: '/ws', env: environment, hostPlatform: 'linux/amd64' });
  const rendered = renderSpec(spec, new Map());
  const manifest = buildManifest({
    dockerfileBytes: Buffer.from(rendered.dockerfile),
    entries: Object.entries(files).map(([path, content]) => ({
      path,
      type: 'file',
      mode: '644',
      digest: blobDigest(Buffer.from(content)),
      size: content.length,
    })),
    ignoreFile: null,
    images: [{ ref: 'ghcr.io/acme/base:1', digest: `sha256:${'a'.repeat(64)}` }],
    platforms: spec.platforms.length > 0 ? spec.platforms : ['linux/amd64'],
    target: '#0',
    buildArgs: {},
    secrets: rendered.secretIds,
    labels: {},
  });
  return { ...manifest, spec: rendered.record };
}

const spec = (...layers: string[]) => ['base: ghcr.io/acme/base:1', 'layers:', ...layers.map((l) => `  - ${l}`), ''].join('\n');
const base = spec(
  'apt: [git]',
  'requirements: requirements.txt',
  'pip: ["pandas==2.0.0", requests]',
  'env: {DEBUG: "${DEBUG}", MODE: train}',
  'workdir: /app',
  'user: runner',
);

describe('explain speaks in spec terms', () => {
  test('the example of the issue', () => {
    const before = manifestOf(base);
    const after = manifestOf(base.replace('pandas==2.0.0', 'pandas==2.1.0'), undefined, { ...env, DEBUG: '1' });
    const explanation = explainDifference(before, after);
    expect(explanation.summary).toBe('Rebuilt because pip package pandas changed 2.0.0 → 2.1.0 and env DEBUG changed.');
    expect(explanation.details).toEqual(['pip package pandas changed 2.0.0 → 2.1.0', 'env DEBUG changed']);
    expect(explanation.warnings).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['an apt package added', base.replace('apt: [git]', 'apt: [git, curl]'), ['apt package curl was added']],
    ['a pip package removed', base.replace(', requests', ''), ['pip package requests was removed']],
    ['a pip package pinned', base.replace('requests]', '"requests==2.32.0"]'), ['pip package requests changed any version → 2.32.0']],
    ['an env key added', base.replace('MODE: train', 'MODE: train, LOG: info'), ['env LOG was added']],
    ['the workdir', base.replace('workdir: /app', 'workdir: /srv'), ['workdir changed from /app to /srv']],
    ['the user', base.replace('user: runner', 'user: {name: runner, uid: 2000}'), ['uid of user runner changed from 1000 to 2000']],
    [
      'the layer order',
      spec(
        'requirements: requirements.txt',
        'apt: [git]',
        'pip: ["pandas==2.0.0", requests]',
        'env: {DEBUG: "${DEBUG}", MODE: train}',
        'workdir: /app',
        'user: runner',
      ),
      ['the layer order changed: apt, requirements, pip, env, workdir, user → requirements, apt, pip, env, workdir, user'],
    ],
    ['a layer added', base.replace('user: runner', 'commands: ["make"]\n  - user: runner'), ['a commands layer was added (layers[5])']],
    ['a layer removed', base.replace('  - apt: [git]\n', ''), ['the apt layer layers[0] was removed']],
    [
      'the base',
      base.replace('ghcr.io/acme/base:1', 'ghcr.io/acme/base:2'),
      ['the base changed from base ghcr.io/acme/base:1 to base ghcr.io/acme/base:2'],
    ],
  ])('%s', (_name, changed, lines) => {
    const explanation = explainDifference(manifestOf(base), manifestOf(changed));
    expect(explanation.details).toEqual(lines);
    expect(explanation.summary).toBe(`Rebuilt because ${lines.join(' and ')}.`);
  });

  test('a changed file the spec names is named by its path', () => {
    const explanation = explainDifference(manifestOf(base), manifestOf(base, { 'requirements.txt': 'numpy==2.1.0\n' }));
    expect(explanation.summary).toBe('Rebuilt because `requirements.txt` changed.');
  });

  test('Python of a debian-python base', () => {
    expect(specChanges(manifestOf('debian-python: "3.11"\n').spec!, manifestOf('debian-python: "3.12"\n').spec!)).toEqual([
      'Python changed 3.11 → 3.12',
    ]);
  });

  test('the same spec written otherwise: nothing to rebuild', () => {
    const reordered = [
      '# comment',
      'layers:',
      '  - apt: [git]',
      '  - requirements: requirements.txt',
      '  - pip: [requests, "pandas==2.0.0"]',
      '  - env: {MODE: train, DEBUG: "${DEBUG}"}',
      '  - workdir: /app',
      '  - user: runner',
      'base: ghcr.io/acme/base:1',
      '',
    ].join('\n');
    expect(explainDifference(manifestOf(base), manifestOf(reordered)).same).toBe(true);
  });

  test('a spec against a Dockerfile build', () => {
    const plain = manifestOf(base);
    delete plain.spec;
    expect(explainDifference(plain, manifestOf(base.replace('[git]', '[git, curl]'))).details).toContain(
      'the build is now declared by an image spec (it was a Dockerfile)',
    );
  });
});
