import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../harness/run-action.js';
import { parseImageRef } from '../../src/core/image-ref.js';
import { HASH_LABEL, imageLabels, isoSeconds, mergeLabels, OCI_LABELS, type LabelFacts } from '../../src/core/labels.js';
import { sourceUrlFromEnv } from '../../src/runtime/run-context.js';
import { decideReuse, type FoundImage, type ReuseInput } from '../../src/core/reuse-decision.js';
import { allTags, isHashTag, parseExtraTags } from '../../src/core/tags.js';
import { summaryRows } from '../../src/actions/build/summary.js';
import { InputError } from '../../src/core/errors.js';

const hash = 'a'.repeat(64);
const hashTag = `h1-${'a'.repeat(32)}`;
const digest = `sha256:${'d'.repeat(64)}`;

describe('decideReuse', () => {
  const found = (platforms: string[], labels: Record<string, string | undefined>): FoundImage => ({
    digest,
    platforms,
    hashLabels: labels,
  });
  const input = (overrides: Partial<ReuseInput>): ReuseInput => ({
    found: undefined,
    requested: ['linux/amd64'],
    hash,
    hashTag,
    forceRebuild: false,
    ...overrides,
  });

  test.each<[string, Partial<ReuseInput>, 'reuse' | 'build', RegExp]>([
    ['absent (404) → build', {}, 'build', /no image is tagged h1-a{32} yet/],
    [
      'present, platform and label match → reuse',
      { found: found(['linux/amd64'], { 'linux/amd64': hash }) },
      'reuse',
      /exists .* with linux\/amd64 and the matching hash label/,
    ],
    [
      'force-rebuild wins over a hit',
      { found: found(['linux/amd64'], { 'linux/amd64': hash }), forceRebuild: true },
      'build',
      /force-rebuild is true/,
    ],
    ['force-rebuild on a miss', { forceRebuild: true }, 'build', /force-rebuild/],
    [
      'multi-platform request, one platform missing → build',
      { requested: ['linux/amd64', 'linux/arm64'], found: found(['linux/amd64'], { 'linux/amd64': hash }) },
      'build',
      /lacks linux\/arm64 \(it has linux\/amd64\)/,
    ],
    [
      'multi-platform, all present with labels → reuse',
      {
        requested: ['linux/amd64', 'linux/arm64'],
        found: found(['linux/amd64', 'linux/arm64'], { 'linux/amd64': hash, 'linux/arm64': hash }),
      },
      'reuse',
      /linux\/amd64, linux\/arm64/,
    ],
    [
      'an index with more platforms than asked still covers the request',
      { found: found(['linux/amd64', 'linux/s390x'], { 'linux/amd64': hash }) },
      'reuse',
      /matching hash label/,
    ],
    [
      'spellings normalize: arm64/v8 in the registry is linux/arm64',
      { requested: ['linux/arm64'], found: found(['linux/arm64/v8'], { 'linux/arm64': hash }) },
      'reuse',
      /matching/,
    ],
    [
      'label missing → build',
      { found: found(['linux/amd64'], { 'linux/amd64': undefined }) },
      'build',
      new RegExp(`no ${HASH_LABEL.replace(/\./g, '\\.')} label`),
    ],
    [
      'label of another hash → build (tag overwritten)',
      { found: found(['linux/amd64'], { 'linux/amd64': 'b'.repeat(64) }) },
      'build',
      /labelled .*=b{64}, not a{64}: the tag was overwritten/,
    ],
    [
      'one of two platforms carries a wrong label → build',
      {
        requested: ['linux/amd64', 'linux/arm64'],
        found: found(['linux/amd64', 'linux/arm64'], { 'linux/amd64': hash, 'linux/arm64': 'c'.repeat(64) }),
      },
      'build',
      /linux\/arm64 image is labelled/,
    ],
    ['an empty index lacks everything', { found: found([], {}) }, 'build', /lacks linux\/amd64 \(it has no platform\)/],
  ])('%s', (_name, overrides, action, reason) => {
    const decision = decideReuse(input(overrides));
    expect(decision.action).toBe(action);
    expect(decision.reason).toMatch(reason);
    if (decision.action === 'reuse') expect(decision.digest).toBe(digest);
  });
});

describe('image labels', () => {
  const facts: LabelFacts = {
    hash,
    hashTag,
    commit: 'c'.repeat(40),
    commitTime: 1767323045,
    sourceUrl: 'https://github.com/acme/images',
    gitTag: '',
  };

  test('OCI labels from the commit, the hash under its own key', () => {
    expect(imageLabels(facts)).toEqual({
      [OCI_LABELS.revision]: 'c'.repeat(40),
      [OCI_LABELS.source]: 'https://github.com/acme/images',
      [OCI_LABELS.created]: '2026-01-02T03:04:05Z',
      [OCI_LABELS.version]: hashTag,
      [HASH_LABEL]: hash,
    });
    expect(HASH_LABEL).toBe('io.image-actions.build-hash');
  });

  test.each<[string, Partial<LabelFacts>, Record<string, string | undefined>]>([
    ['a git tag is the version', { gitTag: 'v1.2.3' }, { [OCI_LABELS.version]: 'v1.2.3' }],
    [
      'outside git: no revision, no created',
      { commit: '', commitTime: undefined },
      { [OCI_LABELS.revision]: undefined, [OCI_LABELS.created]: undefined },
    ],
    ['no source URL outside Actions', { sourceUrl: '' }, { [OCI_LABELS.source]: undefined }],
  ])('%s', (_name, overrides, expected) => {
    const labels = imageLabels({ ...facts, ...overrides });
    for (const [key, value] of Object.entries(expected)) expect(labels[key]).toBe(value);
    expect(labels[HASH_LABEL]).toBe(hash);
  });

  test('user labels override OCI labels but never the hash label', () => {
    const merged = mergeLabels(imageLabels(facts), { [OCI_LABELS.version]: '7', [HASH_LABEL]: 'forged', team: 'data' });
    expect(merged[OCI_LABELS.version]).toBe('7');
    expect(merged.team).toBe('data');
    expect(merged[HASH_LABEL]).toBe(hash);
  });

  test('created is second-precision UTC', () => {
    expect(isoSeconds(0)).toBe('1970-01-01T00:00:00Z');
  });

  test.each([
    [{ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/images' }, 'https://github.com/acme/images'],
    [{ GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'a/b' }, 'https://ghe.example.com/a/b'],
    [{ GITHUB_REPOSITORY: 'a/b' }, ''],
    [{}, ''],
  ])('source URL from %j', (env, expected) => {
    expect(sourceUrlFromEnv(env)).toBe(expected);
  });
});

describe('tags', () => {
  const image = parseImageRef('ghcr.io/org/app');

  test.each<[string, string[]]>([
    ['latest', ['latest']],
    ['latest, v1.2.3', ['latest', 'v1.2.3']],
    ['latest\nv1\n\n  v1 \n', ['latest', 'v1']],
    ['ghcr.io/org/app:latest\nghcr.io/org/app:sha-abc1234', ['latest', 'sha-abc1234']],
    ['', []],
    ['main_2026.01', ['main_2026.01']],
  ])('%j → %j', (text, expected) => {
    expect(parseExtraTags(text, image)).toEqual(expected);
  });

  test.each<[string, RegExp]>([
    ['-bad', /not a valid tag/],
    ['a'.repeat(129), /not a valid tag/],
    ['ghcr.io/org/other:latest', /names the repository ghcr.io\/org\/other, not the image ghcr.io\/org\/app/],
    ['ghcr.io/org/app@sha256:' + 'e'.repeat(64), /pinned by digest/],
    ['ghcr.io/Org/app:1', /Invalid image reference|lowercase/],
    [`h1-${'f'.repeat(32)}`, /shape of a hash tag/],
    ['app:1', /names the repository docker.io\/library\/app/],
  ])('%j is refused', (text, message) => {
    expect(() => parseExtraTags(text, image)).toThrow(InputError);
    expect(() => parseExtraTags(text, image)).toThrow(message);
  });

  test('the hash tag comes first and is not repeated', () => {
    expect(allTags(hashTag, ['latest', 'v1'])).toEqual([hashTag, 'latest', 'v1']);
    expect(isHashTag(hashTag)).toBe(true);
    expect(isHashTag('h1-abc')).toBe(false);
  });
});

describe('summary rows', () => {
  test('a reuse shows the reason and each phase', () => {
    const rows = summaryRows({
      image: `ghcr.io/org/app@${digest}`,
      digest,
      tags: [hashTag, 'latest'],
      reused: true,
      reason: 'h1-… exists <with> the label',
      phases: [
        { name: 'hash', ms: 120 },
        { name: 'existence check', ms: 30 },
      ],
    });
    expect(rows[0]).toEqual(['Image', `<code>ghcr.io/org/app@${digest}</code>`]);
    expect(rows[2]?.[1]).toBe(`<code>${hashTag}</code> <code>latest</code>`);
    expect(rows[3]?.[1]).toBe('reused (no build): h1-… exists &lt;with&gt; the label');
    expect(rows.at(-1)?.[1]).toBe('hash 0.12 s · existence check 0.03 s · total 0.15 s');
  });
});

describe('action.yml', () => {
  const inputsOf = (name: string) =>
    (parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> })
      .inputs;

  test('build takes every input of hash, with the same defaults (except resolve-images: build always resolves)', () => {
    const hash = inputsOf('hash');
    const build = inputsOf('build');
    for (const [name, spec] of Object.entries(hash)) {
      if (name === 'resolve-images') continue; // reuse without resolved bases would miss a moved base tag
      expect(build[name]?.default, name).toBe(spec.default);
    }
    expect(build['resolve-images']).toBeUndefined();
  });

  test('the documented defaults', () => {
    const build = inputsOf('build');
    expect(build.builder?.default).toBe('auto');
    expect(build.cache?.default).toBe('registry');
    expect(build['force-rebuild']?.default).toBe('false');
    expect(build.push?.default).toBe('true');
    expect(build['cache-ref']?.default).toBe('');
  });
});
