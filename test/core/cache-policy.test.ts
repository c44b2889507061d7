import { describe, expect, test } from 'vitest';
import {
  buildahCacheRepository,
  buildxCacheRef,
  decideCachePolicy,
  defaultGhaScope,
  type CachePolicyInput,
} from '../../src/core/cache-policy.js';
import { InputError } from '../../src/core/errors.js';

const base: CachePolicyInput = {
  cache: 'registry',
  image: 'ghcr.io/org/app',
  eventName: 'push',
  ref: 'refs/heads/main',
  defaultBranch: 'main',
  builder: 'buildx',
};

describe('decideCachePolicy', () => {
  test.each<[string, Partial<CachePolicyInput>, { type: string; ref: string; read: string[]; write: boolean; scope?: string }]>([
    [
      'buildx, default branch: one tag, read and written',
      {},
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: true },
    ],
    [
      'buildah, default branch: a sibling repository',
      { builder: 'buildah' },
      { type: 'registry', ref: 'ghcr.io/org/app-buildcache', read: ['ghcr.io/org/app-buildcache'], write: true },
    ],
    [
      'pull request: reads the default branch cache, never writes',
      { eventName: 'pull_request', ref: 'refs/pull/7/merge' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'pull_request_target runs on the base branch ref but is still a pull request',
      { eventName: 'pull_request_target', ref: 'refs/heads/main' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'a feature branch push reads only',
      { ref: 'refs/heads/feature/x' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'a tag push reads only',
      { ref: 'refs/tags/v1.2.3' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'a merge queue reads only',
      { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'manual run on the default branch writes',
      { eventName: 'workflow_dispatch' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: true },
    ],
    [
      'unknown default branch (local CLI run): reads only',
      { eventName: '', ref: '', defaultBranch: '' },
      { type: 'registry', ref: 'ghcr.io/org/app:buildcache', read: ['ghcr.io/org/app:buildcache'], write: false },
    ],
    [
      'explicit cache-ref with a tag, buildx',
      { cacheRef: 'ghcr.io/org/cache:app' },
      { type: 'registry', ref: 'ghcr.io/org/cache:app', read: ['ghcr.io/org/cache:app'], write: true },
    ],
    [
      'explicit cache-ref with a tag, buildah',
      { cacheRef: 'ghcr.io/org/cache:app', builder: 'buildah' },
      { type: 'registry', ref: 'ghcr.io/org/cache-app', read: ['ghcr.io/org/cache-app'], write: true },
    ],
    [
      'cache-ref without a tag, buildx adds :buildcache',
      { cacheRef: '127.0.0.1:5000/app-cache' },
      { type: 'registry', ref: '127.0.0.1:5000/app-cache:buildcache', read: ['127.0.0.1:5000/app-cache:buildcache'], write: true },
    ],
    [
      'cache-ref without a tag, buildah uses the repository as is',
      { cacheRef: '127.0.0.1:5000/app-cache', builder: 'buildah' },
      { type: 'registry', ref: '127.0.0.1:5000/app-cache', read: ['127.0.0.1:5000/app-cache'], write: true },
    ],
    [
      'blank cache-ref means the default',
      { cacheRef: '  ', image: '127.0.0.1:5000/app', builder: 'buildah' },
      { type: 'registry', ref: '127.0.0.1:5000/app-buildcache', read: ['127.0.0.1:5000/app-buildcache'], write: true },
    ],
    [
      'gha: always scoped, default from image',
      { cache: 'gha' },
      { type: 'gha', ref: 'ghcr.io-org-app', read: ['ghcr.io-org-app'], write: true, scope: 'ghcr.io-org-app' },
    ],
    [
      'gha: default scope includes the target',
      { cache: 'gha', target: 'Runtime' },
      { type: 'gha', ref: 'ghcr.io-org-app-runtime', read: ['ghcr.io-org-app-runtime'], write: true, scope: 'ghcr.io-org-app-runtime' },
    ],
    [
      'gha: the scope is sanitized',
      { cache: 'gha', image: 'ghcr.io/org/My App,with=csv' },
      {
        type: 'gha',
        ref: 'ghcr.io-org-my-app-with-csv',
        read: ['ghcr.io-org-my-app-with-csv'],
        write: true,
        scope: 'ghcr.io-org-my-app-with-csv',
      },
    ],
    [
      'gha on a pull request: read only',
      { cache: 'gha', eventName: 'pull_request', ref: 'refs/pull/3/merge' },
      { type: 'gha', ref: 'ghcr.io-org-app', read: ['ghcr.io-org-app'], write: false, scope: 'ghcr.io-org-app' },
    ],
    ['none', { cache: 'none', cacheRef: 'ignored@sha256:x' }, { type: 'none', ref: '', read: [], write: false }],
  ])('%s', (_name, overrides, expected) => {
    const policy = decideCachePolicy({ ...base, ...overrides });
    expect(policy).toMatchObject(expected);
    if (expected.scope === undefined) expect(policy.scope).toBeUndefined();
    expect(policy.reason).not.toBe('');
  });

  test('the reason says why a pull request does not write', () => {
    expect(decideCachePolicy({ ...base, eventName: 'pull_request', ref: 'refs/pull/1/merge' }).reason).toMatch(
      /pull request.*never writes/,
    );
    expect(decideCachePolicy({ ...base, ref: 'refs/heads/dev' }).reason).toMatch(/refs\/heads\/dev is not the default branch main/);
  });

  test.each([
    ['ghcr.io/org/app@sha256:0123', /pinned by digest/],
    ['ghcr.io/Org/App:buildcache', /not a valid repository/],
    ['ghcr.io/org/app:', /invalid tag/],
    ['ghcr.io/org/app:-bad', /invalid tag/],
    ['ghcr.io//app:x', /not a valid repository/],
  ])('cache-ref %s is an input error naming cache-ref', (cacheRef, message) => {
    const decide = () => decideCachePolicy({ ...base, cacheRef });
    expect(decide).toThrow(InputError);
    expect(decide).toThrow(/^Input 'cache-ref'/);
    expect(decide).toThrow(message);
  });
});

describe('cache ref shapes', () => {
  test.each([
    ['ghcr.io/org/app:buildcache', 'ghcr.io/org/app:buildcache', 'ghcr.io/org/app-buildcache'],
    ['docker.io/user/app:cache', 'docker.io/user/app:cache', 'docker.io/user/app-cache'],
    ['localhost:5000/app', 'localhost:5000/app:buildcache', 'localhost:5000/app'],
    ['app:BuildCache', 'app:BuildCache', 'app-buildcache'],
  ])('%s → buildx %s, buildah %s', (ref, buildx, buildah) => {
    expect(buildxCacheRef(ref)).toBe(buildx);
    expect(buildahCacheRepository(ref)).toBe(buildah);
  });

  test('a tag that cannot become a repository name is an input error for buildah only', () => {
    expect(buildxCacheRef('ghcr.io/org/app:_x')).toBe('ghcr.io/org/app:_x');
    expect(() => buildahCacheRepository('ghcr.io/org/app:_x')).toThrow(/^Input 'cache-ref'/);
  });

  test.each([
    ['ghcr.io/org/app', undefined, 'ghcr.io-org-app'],
    ['127.0.0.1:5000/team/app', 'build', '127.0.0.1-5000-team-app-build'],
    ['ghcr.io/org/app', 'Stage_2', 'ghcr.io-org-app-stage_2'],
  ])('gha scope of %s target %s is %s', (image, target, scope) => {
    expect(defaultGhaScope(image, target)).toBe(scope);
  });
});
