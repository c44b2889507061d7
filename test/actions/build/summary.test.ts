/** The build summary's retries row: how many retries a flaky registry cost, split by who retried. */
import { describe, expect, test } from 'vitest';
import { summaryRows, type BuildReport } from '../../../src/actions/build/summary.js';

const report = (retries?: BuildReport['retries']): BuildReport => ({
  image: `ghcr.io/org/app@sha256:${'d'.repeat(64)}`,
  digest: `sha256:${'d'.repeat(64)}`,
  tags: ['h1-abc'],
  reused: false,
  reason: 'not found',
  builder: 'buildah',
  ...(retries ? { retries } : {}),
  phases: [{ name: 'build and push', ms: 1500 }],
});

describe('summary rows: retries', () => {
  test.each<[string, BuildReport['retries'], string | undefined]>([
    ['none needed', { registry: 0, build: 0 }, 'none'],
    ['registry requests only', { registry: 3, build: 0 }, '3 (registry client 3; the log says what and why)'],
    ['requests and a build step', { registry: 5, build: 1 }, '6 (registry client 5, build steps run again 1; the log says what and why)'],
    ['not reported (reuse)', undefined, undefined],
  ])('%s', (_name, retries, expected) => {
    const row = summaryRows(report(retries)).find(([field]) => field === 'Retries');
    expect(row?.[1]).toBe(expected);
  });
});
