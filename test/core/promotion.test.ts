/** The pure decisions of promote: tables of inputs → choice or the one InputError that names the input. */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseRepository } from '../../src/core/image-ref.js';
import type { PlatformName } from '../../src/core/platform-model.js';
import {
  checkChannelName,
  checkDestinationAllowed,
  checkRequiredChannel,
  decideMove,
  decidePromotion,
  deploymentRef,
  destinationTags,
  hashLabelProblem,
  versionBeforeCurrent,
  versionTag,
  versionTagProblem,
  type PromotionInputs,
} from '../../src/core/promotion.js';

const digest = (char: string) => `sha256:${char.repeat(64)}`;
const hash = 'f'.repeat(64);

function inputs(platform: PlatformName, given: Partial<PromotionInputs>): PromotionInputs {
  return { platform, version: '', fromChannel: '', toChannel: '', requireChannel: '', ...given };
}

function errorOf(work: () => unknown): InputError {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decidePromotion', () => {
  test.each([
    [
      'a version to a channel',
      inputs('catalog', { version: '1.2.3', toChannel: 'production' }),
      { selector: { kind: 'version', version: '1.2.3' }, toChannel: 'production' },
    ],
    [
      'a rollback',
      inputs('catalog', { version: 'previous', toChannel: 'production' }),
      { selector: { kind: 'previous' }, toChannel: 'production' },
    ],
    [
      'what staging holds, only if staging holds it',
      inputs('catalog', { fromChannel: 'staging', toChannel: 'production', requireChannel: 'staging' }),
      { selector: { kind: 'channel', channel: 'staging' }, toChannel: 'production', requireChannel: 'staging' },
    ],
    [
      'dataworks: the published channel by default',
      inputs('dataworks', { version: '3' }),
      { selector: { kind: 'version', version: '3' }, toChannel: 'published' },
    ],
    [
      'dataworks: a rollback of the published version',
      inputs('dataworks', { version: 'previous', toChannel: 'published' }),
      { selector: { kind: 'previous' }, toChannel: 'published' },
    ],
    [
      'databricks: the pinned reference',
      inputs('databricks', { version: `ghcr.io/acme/ml@${digest('a')}` }),
      { selector: { kind: 'reference', ref: `ghcr.io/acme/ml@${digest('a')}`, digest: digest('a') } },
    ],
    [
      'metaflow: the pinned reference',
      inputs('metaflow', { version: `r/ml@${digest('b')}` }),
      { selector: { kind: 'reference', ref: `r/ml@${digest('b')}`, digest: digest('b') } },
    ],
    [
      'zenml: the pinned reference',
      inputs('zenml', { version: `r/ml@${digest('c')}` }),
      { selector: { kind: 'reference', ref: `r/ml@${digest('c')}`, digest: digest('c') } },
    ],
  ])('%s', (_name, given, expected) => {
    expect(decidePromotion(given)).toEqual(expected);
  });

  test.each([
    ['neither version nor from-channel', inputs('catalog', { toChannel: 'production' }), 'version', 'is empty and no from-channel is set'],
    [
      'both',
      inputs('catalog', { version: '1.0.0', fromChannel: 'staging', toChannel: 'production' }),
      'from-channel',
      'is set together with version',
    ],
    ['no to-channel on the catalog', inputs('catalog', { version: '1.0.0' }), 'to-channel', 'is required on catalog'],
    [
      'an upper-case channel',
      inputs('catalog', { version: '1.0.0', toChannel: 'Production' }),
      'to-channel',
      "'Production' is not a channel name",
    ],
    [
      'a channel with a slash',
      inputs('catalog', { fromChannel: 'stag/ing', toChannel: 'production' }),
      'from-channel',
      'is not a channel name',
    ],
    [
      'from the channel it goes to',
      inputs('catalog', { fromChannel: 'production', toChannel: 'production' }),
      'from-channel',
      'would change nothing',
    ],
    [
      'requiring the channel it goes to',
      inputs('catalog', { version: '1.0.0', toChannel: 'production', requireChannel: 'production' }),
      'require-channel',
      'is the same channel as to-channel',
    ],
    ['a version with a space', inputs('catalog', { version: '1.0 beta', toChannel: 'production' }), 'version', `'1.0 beta' contains " "`],
    ['a version that is a reference', inputs('catalog', { version: `r/x@${digest('a')}`, toChannel: 'production' }), 'version', 'contains'],
    [
      'dataworks: another channel',
      inputs('dataworks', { version: '3', toChannel: 'production' }),
      'to-channel',
      "dataworks has one channel per image, 'published'",
    ],
    ['dataworks: from-channel', inputs('dataworks', { fromChannel: 'staging' }), 'from-channel', 'there is no other channel'],
    [
      'dataworks: require-channel',
      inputs('dataworks', { version: '3', requireChannel: 'staging' }),
      'require-channel',
      'there is no other channel',
    ],
    [
      'databricks: a channel',
      inputs('databricks', { version: `r/x@${digest('a')}`, toChannel: 'production' }),
      'to-channel',
      'databricks keeps no channels',
    ],
    ['databricks: a rollback', inputs('databricks', { version: 'previous' }), 'version', 'nothing to roll back to'],
    [
      'zenml: a channel',
      inputs('zenml', { version: `r/x@${digest('a')}`, toChannel: 'production' }),
      'to-channel',
      'zenml keeps no channels',
    ],
    [
      'databricks: a version name',
      inputs('databricks', { version: '1.2.3' }),
      'version',
      "'1.2.3' is not an image reference pinned by digest",
    ],
  ])('%s → %s', (_name, given, input, problem) => {
    const error = errorOf(() => decidePromotion(given));
    expect(error.input).toBe(input);
    expect(error.message).toContain(problem);
  });
});

test.each([
  ['production', true],
  ['stage-2.eu', true],
  ['a'.repeat(63), true],
  ['a'.repeat(64), false],
  ['-prod', false],
  ['prod_', false],
  ['', false],
])('checkChannelName(%j) valid: %s', (name, valid) => {
  if (valid) expect(checkChannelName('to-channel', name)).toBe(name);
  else expect(errorOf(() => checkChannelName('to-channel', name)).input).toBe('to-channel');
});

describe('versionBeforeCurrent (rollback target)', () => {
  const p = (version: string, previousVersion?: string) => ({ version, previousVersion });
  test.each([
    ['empty history', [], 'a', undefined],
    ['one promotion', [p('a')], 'a', undefined],
    ['a then b', [p('a'), p('b', 'a')], 'b', 'a'],
    ['rolled back: toggles like rollout undo', [p('a'), p('b', 'a'), p('a', 'b')], 'a', 'b'],
    ['the latest promotion to current counts', [p('a'), p('b', 'a'), p('c', 'b'), p('b', 'c')], 'b', 'c'],
    ['current never promoted (set elsewhere)', [p('a')], 'z', undefined],
  ])('%s', (_name, history, current, expected) => {
    expect(versionBeforeCurrent(history, current)).toBe(expected);
  });
});

describe('checkRequiredChannel', () => {
  const state = (version: string) => ({ image: 'ml', channel: 'staging', version, digest: digest('a') });
  test('passes when the channel holds the version', () => {
    expect(() => checkRequiredChannel('ml', 'staging', state('1.2.0'), '1.2.0')).not.toThrow();
  });
  test.each([
    ['holds another', state('1.1.0'), 'channel staging of ml holds 1.1.0, not 1.2.0'],
    ['holds nothing', undefined, 'channel staging of ml holds no version, so 1.2.0 has not passed it'],
  ])('%s', (_name, holding, problem) => {
    const error = errorOf(() => checkRequiredChannel('ml', 'staging', holding, '1.2.0'));
    expect(error.input).toBe('require-channel');
    expect(error.message).toContain(problem);
  });
});

test.each([
  ['127.0.0.1:5000/acme/app', '127.0.0.1:5000/acme/app', 'tags'],
  ['127.0.0.1:5000/acme/app', '127.0.0.1:5000/prod/app', 'mount'],
  ['127.0.0.1:5000/acme/app', '127.0.0.1:5001/acme/app', 'copy'],
  ['ghcr.io/acme/app', 'GHCR.io/acme/app', 'tags'],
  ['docker.io/acme/app', 'index.docker.io/acme/app', 'tags'],
  ['ghcr.io/acme/app', 'registry.example.com/acme/app', 'copy'],
])('decideMove(%s → %s) = %s', (from, to, kind) => {
  expect(decideMove(parseRepository(from), parseRepository(to))).toBe(kind);
});

describe('tags at the destination', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['2.0.0-rc.1+build.7', '2.0.0-rc.1_build.7'],
    [`h1-${'0'.repeat(32)}`, `h1-${'0'.repeat(32)}`],
    ['A'.repeat(128), 'A'.repeat(128)],
  ])('versionTag(%s) = %s', (version, tag) => {
    expect(versionTag(version)).toBe(tag);
  });

  test('the version tag first, extra tags after, no duplicates', () => {
    expect(destinationTags('1.2.3', ['prod', '1.2.3', 'stable'])).toEqual({ versionTag: '1.2.3', tags: ['1.2.3', 'prod', 'stable'] });
  });

  test.each([
    [undefined, undefined],
    [digest('a'), undefined],
    [digest('b'), `r/app:1.2.3 already exists with digest ${digest('b')}, not ${digest('a')}`],
  ])('versionTagProblem with the tag at %s', (existing, problem) => {
    const found = versionTagProblem('r/app', '1.2.3', existing, digest('a'));
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('hashLabelProblem', () => {
  test.each([
    ['one platform, recorded hash matches', { 'linux/amd64': hash }, hash, undefined],
    ['two platforms, no recorded hash', { 'linux/amd64': hash, 'linux/arm64': hash }, undefined, undefined],
    ['no label', { 'linux/amd64': undefined }, hash, 'carries no build-hash label'],
    [
      'one platform without a label',
      { 'linux/amd64': hash, 'linux/arm64': undefined },
      undefined,
      '(linux/arm64) carries no build-hash label',
    ],
    ['another hash than registered', { 'linux/amd64': 'e'.repeat(64) }, hash, `but the platform registered ${hash}`],
    ['no image at all', {}, undefined, 'has no image to read labels from'],
  ])('%s', (_name, labels, expected, problem) => {
    const found = hashLabelProblem('r/app@sha256:…', labels, expected);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

test.each([
  [{ recorded: 'a'.repeat(40), label: 'b'.repeat(40), workflowSha: 'c'.repeat(40) }, 'a'.repeat(40)],
  [{ recorded: '', label: 'b'.repeat(40), workflowSha: 'c'.repeat(40) }, 'b'.repeat(40)],
  [{ workflowSha: 'c'.repeat(40) }, 'c'.repeat(40)],
  [{}, undefined],
])('deploymentRef(%j) = %s', (facts, ref) => {
  expect(deploymentRef(facts)).toBe(ref);
});

test.each([
  ['catalog', 'r/prod/app', undefined],
  ['databricks', 'r/prod/app', undefined],
  ['dataworks', undefined, undefined],
  ['dataworks', 'r/prod/app', 'dataworks runs the image its version records'],
] as const)('checkDestinationAllowed(%s, %s)', (platform, toImage, problem) => {
  if (problem === undefined) expect(() => checkDestinationAllowed(platform, toImage)).not.toThrow();
  else expect(errorOf(() => checkDestinationAllowed(platform, toImage)).message).toContain(problem);
});
