import { expect, test } from 'vitest';
import { mergeDockerConfig } from '../../src/builders/docker-config.js';

test.each([
  [{}, { auths: { 'ghcr.io': { auth: 'x' } } }, { auths: { 'ghcr.io': { auth: 'x' } } }],
  [
    { auths: { 'ghcr.io': { auth: 'old' }, 'docker.io': { auth: 'd' } }, proxies: { default: {} } },
    { auths: { 'ghcr.io': { auth: 'new' } } },
    { auths: { 'ghcr.io': { auth: 'new' }, 'docker.io': { auth: 'd' } }, proxies: { default: {} } },
  ],
  [
    { credHelpers: { 'ghcr.io': 'gh', '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' } },
    { auths: { 'ghcr.io': { auth: 'x' } } },
    { auths: { 'ghcr.io': { auth: 'x' } }, credHelpers: { '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' } },
  ],
])('merge %j with %j', (original, auth, expected) => {
  expect(mergeDockerConfig(original, auth)).toEqual(expected);
});
