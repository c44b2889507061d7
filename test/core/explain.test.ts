import { describe, expect, test } from 'vitest';
import {
  buildManifest,
  parseManifest,
  serializeManifest,
  tagFor,
  verifyManifest,
  type BuildManifest,
  type DefinitionParts,
} from '../../src/core/build-definition.js';
import { blobDigest, type ContextEntry } from '../../src/core/context-tree.js';
import { explainDifference } from '../../src/core/explain.js';

const file = (path: string, content: string, mode: '644' | '755' = '644'): ContextEntry => ({
  path,
  type: 'file',
  mode,
  digest: blobDigest(Buffer.from(content)),
  size: Buffer.byteLength(content),
});

const baseParts: DefinitionParts = {
  dockerfileBytes: Buffer.from('FROM python:3.12\nCOPY . /app\n'),
  entries: [
    file('Dockerfile', 'FROM python:3.12\n'),
    file('requirements.txt', 'numpy\n'),
    { path: 'src', type: 'dir' },
    file('src/app.py', 'print(1)\n'),
    { path: 'link', type: 'symlink', target: 'src/app.py' },
  ],
  ignoreFile: '.dockerignore',
  images: [{ ref: 'python:3.12', digest: `sha256:${'a'.repeat(64)}` }],
  platforms: ['linux/amd64'],
  target: '#0',
  buildArgs: { PY: '3.12' },
  secrets: ['pip'],
  labels: { team: 'ml' },
};

const manifest = (change: Partial<DefinitionParts> = {}): BuildManifest => buildManifest({ ...baseParts, ...change });
const replaceEntry = (path: string, entry: ContextEntry | undefined) => {
  const others = baseParts.entries.filter((e) => e.path !== path);
  return entry ? [...others, entry] : others;
};

describe('explain', () => {
  test('the example of DESIGN §3', () => {
    const b = manifest({
      entries: replaceEntry('requirements.txt', file('requirements.txt', 'numpy==2\n')),
      images: [{ ref: 'python:3.12', digest: `sha256:${'b'.repeat(64)}` }],
    });
    const explanation = explainDifference(manifest(), b);
    expect(explanation.same).toBe(false);
    expect(explanation.summary).toBe('Rebuilt because `requirements.txt` changed and base `python:3.12` moved to a new digest.');
    expect(explanation.details).toEqual([
      '`requirements.txt` changed (6 → 9 bytes)',
      'base `python:3.12` moved to a new digest (sha256:aaaaaaaaaaaa → sha256:bbbbbbbbbbbb)',
    ]);
  });

  test('identical definitions', () => {
    const explanation = explainDifference(manifest(), manifest());
    expect(explanation.same).toBe(true);
    expect(explanation.summary).toMatch(/^Same build definition \(h1-[0-9a-f]{32}\): nothing to rebuild\.$/);
  });

  test.each<[string, Partial<DefinitionParts>, string[]]>([
    ['a file added', { entries: [...baseParts.entries, file('new.py', 'x')] }, ['`new.py` was added']],
    ['a file removed', { entries: replaceEntry('src/app.py', undefined) }, ['`src/app.py` was removed']],
    [
      'a folder added with files, reported once',
      { entries: [...baseParts.entries, { path: 'models', type: 'dir' }, file('models/a.bin', 'a'), file('models/b.bin', 'b')] },
      ['folder `models/` was added (2 files)'],
    ],
    ['an empty folder added', { entries: [...baseParts.entries, { path: 'cache', type: 'dir' }] }, ['folder `cache/` was added (empty)']],
    ['the exec bit', { entries: replaceEntry('src/app.py', file('src/app.py', 'print(1)\n', '755')) }, ['`src/app.py` became executable']],
    [
      'a symlink target',
      { entries: replaceEntry('link', { path: 'link', type: 'symlink', target: 'other' }) },
      ['symlink `link` now points to `other` (was `src/app.py`)'],
    ],
    [
      'a file became a symlink',
      { entries: replaceEntry('src/app.py', { path: 'src/app.py', type: 'symlink', target: 'x' }) },
      ['`src/app.py` changed from a file to a symlink'],
    ],
    ['the Dockerfile', { dockerfileBytes: Buffer.from('FROM python:3.13\n') }, ['the Dockerfile changed']],
    ['platforms', { platforms: ['linux/amd64', 'linux/arm64'] }, ['platforms changed from linux/amd64 to linux/amd64, linux/arm64']],
    ['the target', { target: 'runtime' }, ['the target stage changed from `#0` to `runtime`']],
    ['a build arg value (not printed)', { buildArgs: { PY: '3.13' } }, ['build arg `PY` changed']],
    ['a build arg added', { buildArgs: { PY: '3.12', EXTRA: '1' } }, ['build arg `EXTRA` was added']],
    ['a secret id', { secrets: [] }, ['secret `pip` was removed']],
    ['a label', { labels: { team: 'data' } }, ['label `team` changed']],
    [
      'a new base image',
      { images: [...baseParts.images, { ref: 'ghcr.io/astral-sh/uv:0.4' }] },
      ['base `ghcr.io/astral-sh/uv:0.4` was added'],
    ],
  ])('%s', (_name, change, details) => {
    const explanation = explainDifference(manifest(), manifest(change));
    expect(explanation.details).toEqual(details);
    expect(explanation.summary.startsWith('Rebuilt because ')).toBe(true);
  });

  test('many context changes are summarized, listed up to a limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => file(`gen/f${String(i).padStart(2, '0')}.py`, `${i}`));
    const a = manifest({ entries: [...baseParts.entries, { path: 'gen', type: 'dir' }, ...many] });
    const b = manifest({
      entries: [
        ...baseParts.entries,
        { path: 'gen', type: 'dir' },
        ...many.map((e) => ({ ...e, digest: blobDigest(Buffer.from(`changed ${e.path}`)) })),
      ],
    });
    const explanation = explainDifference(a, b);
    expect(explanation.summary).toBe('Rebuilt because `gen/f00.py` changed, `gen/f01.py` changed and 28 more context changes.');
    expect(explanation.details).toHaveLength(21);
    expect(explanation.details[20]).toBe('… and 10 more context changes');
  });

  test('a hand-edited file is flagged', () => {
    const edited = manifest();
    edited.definition.buildArgs = { PY: 'edited' };
    const explanation = explainDifference(manifest(), edited);
    expect(explanation.warnings).toEqual(["the second file's hash does not match its definition (edited by hand?)"]);
  });
});

describe('build definition', () => {
  test('the manifest round-trips through its text form and verifies', () => {
    const m = manifest();
    const text = serializeManifest(m);
    expect(text).toContain('\n      {"digest":"git-blob:');
    const back = parseManifest(text, 'm.json');
    expect(back).toEqual(JSON.parse(JSON.stringify(m)));
    expect(verifyManifest(back)).toEqual({ hashMatches: true, entriesMatch: true });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['context', 'definition', 'hash', 'tag']);
  });

  test('tags', () => {
    expect(tagFor('0123456789abcdef'.repeat(4))).toBe('h1-0123456789abcdef0123456789abcdef');
  });

  test('parseManifest rejects what is not a manifest', () => {
    expect(() => parseManifest('not json', 'a.json')).toThrow(/a\.json is not JSON/);
    expect(() => parseManifest('{"x":1}', 'a.json')).toThrow(/a\.json is not a build definition/);
  });
});
