/** The BuildRequest both builders' argv tests start from (ghcr.io/org/app, no cache, push), with overrides. */
import type { BuildRequest } from '../../src/builders/builder.js';
import type { CachePolicy } from '../../src/core/cache-policy.js';

export const NO_CACHE: CachePolicy = { type: 'none', ref: '', read: [], write: false, reason: 'off' };

export function buildRequest(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    contextDir: '/ws/ctx',
    dockerfile: '/ws/ctx/Dockerfile',
    repository: 'ghcr.io/org/app',
    tags: ['ghcr.io/org/app:h1-abc'],
    platforms: [],
    buildArgs: {},
    secrets: [],
    labels: {},
    cache: NO_CACHE,
    push: true,
    insecureRegistries: [],
    ...overrides,
  };
}
