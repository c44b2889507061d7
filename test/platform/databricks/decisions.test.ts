import { describe, expect, test } from 'vitest';
import {
  desiredDockerImage,
  isSecretReference,
  sameDockerImage,
  type CurrentDockerImage,
  type DockerImage,
} from '../../../src/platform/databricks/docker-image.js';
import { checkDockerImageUrl } from '../../../src/platform/databricks/policy.js';
import { isTransientDatabricksError } from '../../../src/platform/databricks/transient.js';
import { readWholeJob, type JobDetails } from '../../../src/platform/databricks/jobs.js';

const URL = 'myacr.azurecr.io/team/trainer@sha256:' + 'ab'.repeat(32);

describe('checkDockerImageUrl', () => {
  test.each<[string, Record<string, unknown>, boolean, RegExp?]>([
    ['no rule', { spark_version: { type: 'fixed', value: '15.4.x' } }, true],
    ['unlimited', { 'docker_image.url': { type: 'unlimited' } }, true],
    ['fixed to the same url', { 'docker_image.url': { type: 'fixed', value: URL } }, true],
    ['fixed to another url', { 'docker_image.url': { type: 'fixed', value: 'x/y:prod' } }, false, /fixes docker_image.url to 'x\/y:prod'/],
    ['forbidden', { 'docker_image.url': { type: 'forbidden', hidden: true } }, false, /forbids/],
    ['allowlist with it', { 'docker_image.url': { type: 'allowlist', values: ['a', URL] } }, true],
    [
      'allowlist without it',
      { 'docker_image.url': { type: 'allowlist', values: ['a', 'b'] } },
      false,
      /allows only these docker_image.url values: 'a', 'b'/,
    ],
    ['blocklist with it', { 'docker_image.url': { type: 'blocklist', values: [URL] } }, false, /blocks/],
    ['blocklist without it', { 'docker_image.url': { type: 'blocklist', values: ['a'] } }, true],
    ['regex matching', { 'docker_image.url': { type: 'regex', pattern: 'myacr\\.azurecr\\.io/team/.*@sha256:[0-9a-f]{64}' } }, true],
    [
      'regex is anchored at both ends',
      { 'docker_image.url': { type: 'regex', pattern: 'team/trainer' } },
      false,
      /requires docker_image.url to match \/team\/trainer\//,
    ],
    ['regex not matching', { 'docker_image.url': { type: 'regex', pattern: 'other/.*' } }, false, /match/],
  ])('%s', (_name, definition, allowed, rule) => {
    const verdict = checkDockerImageUrl(JSON.stringify(definition), URL);
    expect(verdict.allowed).toBe(allowed);
    if (!verdict.allowed && rule) expect(verdict.rule).toMatch(rule);
  });

  test('an unreadable definition does not block (Databricks enforces it anyway)', () => {
    expect(checkDockerImageUrl('not json', URL)).toEqual({ allowed: true });
  });
});

describe('docker_image decisions', () => {
  test.each([
    ['{{secrets/ci/acr-password}}', true],
    ['{{secrets/scope-1/key_2}}', true],
    ['{{secrets/ci}}', false],
    ['{{ secrets/ci/key }}', false],
    ['plain-password', false],
  ])('isSecretReference(%j) = %s', (value, expected) => {
    expect(isSecretReference(value)).toBe(expected);
  });

  test.each<[string, CurrentDockerImage | undefined, { username: string; password: string } | undefined, DockerImage | string]>([
    ['public image, nothing before', undefined, undefined, { url: URL }],
    [
      'new credentials win',
      { url: 'old', basic_auth: { username: 'u' } },
      { username: 'v', password: 'p' },
      { url: URL, basic_auth: { username: 'v', password: 'p' } },
    ],
    [
      'existing secret references are copied',
      { url: 'old', basic_auth: { username: 'u', password: '{{secrets/a/b}}' } },
      undefined,
      { url: URL, basic_auth: { username: 'u', password: '{{secrets/a/b}}' } },
    ],
    ['existing unreadable password is a problem', { url: 'old', basic_auth: { username: 'u' } }, undefined, 'cannot be read back'],
    [
      'existing raw password is a problem',
      { url: 'old', basic_auth: { username: 'u', password: 'raw' } },
      undefined,
      'cannot be read back',
    ],
  ])('desiredDockerImage: %s', (_name, current, auth, expected) => {
    const result = desiredDockerImage(URL, auth, current);
    if (typeof expected === 'string') {
      expect('problem' in result && result.problem).toContain(expected);
    } else {
      expect(result).toEqual({ image: expected });
    }
  });

  test.each<[string, CurrentDockerImage | undefined, DockerImage, boolean]>([
    ['nothing set', undefined, { url: URL }, false],
    ['other url', { url: 'x' }, { url: URL }, false],
    ['same url, no auth', { url: URL }, { url: URL }, true],
    ['same url, auth present but not wanted', { url: URL, basic_auth: { username: 'u' } }, { url: URL }, false],
    [
      'same url and user, password hidden',
      { url: URL, basic_auth: { username: 'u' } },
      { url: URL, basic_auth: { username: 'u', password: 'p' } },
      true,
    ],
    [
      'same url, other user',
      { url: URL, basic_auth: { username: 'w' } },
      { url: URL, basic_auth: { username: 'u', password: 'p' } },
      false,
    ],
    [
      'same url, other secret reference',
      { url: URL, basic_auth: { username: 'u', password: '{{secrets/a/old}}' } },
      { url: URL, basic_auth: { username: 'u', password: '{{secrets/a/new}}' } },
      false,
    ],
  ])('sameDockerImage: %s', (_name, current, desired, expected) => {
    expect(sameDockerImage(current, desired)).toBe(expected);
  });
});

describe('policy family overrides', () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown> | undefined, boolean]>([
    ['override fixes another url', {}, { 'docker_image.url': { type: 'fixed', value: 'x/y:prod' } }, false],
    [
      'override allows what the definition forbids',
      { 'docker_image.url': { type: 'forbidden' } },
      { 'docker_image.url': { type: 'unlimited' } },
      true,
    ],
    [
      'no override rule: the definition decides',
      { 'docker_image.url': { type: 'forbidden' } },
      { spark_version: { type: 'fixed', value: '15' } },
      false,
    ],
    ['no rules at all', {}, {}, true],
  ])('%s', (_name, definition, overrides, allowed) => {
    expect(checkDockerImageUrl(JSON.stringify(definition), URL, overrides && JSON.stringify(overrides)).allowed).toBe(allowed);
  });
});

describe('transient errors (databricks-sdk-go apierr/error_overrides.go, config/api_client.go)', () => {
  test.each<[string | undefined, string | undefined, boolean]>([
    ['INTERNAL_ERROR', 'com.databricks.backend.manager.util.UnknownWorkerEnvironmentException: boom', true],
    ['INVALID_STATE', 'ClusterNotReadyException: cluster is starting', true],
    ['RESOURCE_DOES_NOT_EXIST', 'worker env abc-123 not found', true],
    ['REQUEST_LIMIT_EXCEEDED', 'slow down', true],
    ['INTERNAL_ERROR', 'Internal error.', false],
    ['INVALID_STATE', 'Cluster 0123 is in unexpected state RESTARTING.', false],
    [undefined, undefined, false],
  ])('%s: %s → %s', (code, message, expected) => {
    expect(isTransientDatabricksError(code, message)).toBe(expected);
  });
});

describe('jobs/get pages (databricks-sdk-go service/jobs/ext_api.go JobsAPI.Get)', () => {
  test('arrays of later pages are appended; other fields come from the first page', async () => {
    const pages: Record<string, JobDetails> = {
      first: { job_id: 7, settings: { name: 'n', tasks: ['t1'], job_clusters: [{ job_cluster_key: 'a' }] }, next_page_token: 'p2' },
      p2: { job_id: 7, settings: { tasks: ['t2'], job_clusters: [], parameters: [{ name: 'x' }] }, next_page_token: 'p3' },
      p3: { job_id: 7, settings: { job_clusters: [{ job_cluster_key: 'b' }] } },
    };
    const asked: Array<string | undefined> = [];
    const job = await readWholeJob(async (token) => {
      asked.push(token);
      return pages[token ?? 'first']!;
    });
    expect(asked).toEqual([undefined, 'p2', 'p3']);
    expect(job).toEqual({
      job_id: 7,
      settings: {
        name: 'n',
        tasks: ['t1', 't2'],
        job_clusters: [{ job_cluster_key: 'a' }, { job_cluster_key: 'b' }],
        parameters: [{ name: 'x' }],
      },
    });
  });

  test('a token that comes back again ends the walk', async () => {
    let calls = 0;
    const job = await readWholeJob(async () => {
      calls += 1;
      return { settings: { tasks: [calls] }, next_page_token: 'same' };
    });
    expect(calls).toBe(2);
    expect(job.settings?.tasks).toEqual([1, 2]);
  });
});
