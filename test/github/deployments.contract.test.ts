/**
 * Contract tests of the GitHub deployments ledger: @octokit/rest against a loopback server serving
 * the two REST routes (POST /repos/{owner}/{repo}/deployments and
 * POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses, as
 * @octokit/plugin-rest-endpoint-methods `src/generated/endpoints.ts` maps createDeployment and
 * createDeploymentStatus). The exact requests are asserted: method, path, headers and JSON bodies.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { deploymentDescription, deploymentPayload, shortDescription } from '../../src/github/deployment-text.js';
import { GitHubDeployments, type DeploymentRecord } from '../../src/github/deployments.js';
import { captureError, startServer, type RecordedRequest, type Reply, type TestServer } from '../platform/support.js';

const token = 'ghs_contractTestToken0123456789abcdef';
const digest = `sha256:${'ab'.repeat(32)}`;
const record: DeploymentRecord = {
  environment: 'production',
  ref: 'c0ffee'.padEnd(40, '0'),
  name: 'ml-runtime',
  image: `ghcr.io/acme/ml-runtime@${digest}`,
  digest,
  version: '1.2.3',
  channel: 'production',
  previousVersion: '1.2.2',
  runUrl: 'https://github.com/acme/images/actions/runs/4242',
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ledger(handle: (request: RecordedRequest) => Reply) {
  server = await startServer(handle);
  const lines: string[] = [];
  const deployments = new GitHubDeployments({
    token,
    repository: 'acme/images',
    apiUrl: server.url,
    serverUrl: 'https://github.example.com/',
    log: { info: (line) => lines.push(line), debug: (line) => lines.push(line) },
    retry: { sleep: async () => undefined, maxAttempts: 3 },
  });
  return { deployments, requests: server.requests, lines };
}

const created: Reply = { status: 201, body: { id: 7001, environment: 'production', task: 'promote' } };
const statusCreated: Reply = { status: 201, body: { id: 1, state: 'in_progress' } };

describe('contract: createDeployment then createDeploymentStatus', () => {
  test('start: one deployment (task promote, no auto-merge, no required contexts, the payload), then in_progress', async () => {
    const { deployments, requests } = await ledger((request) => (request.path.endsWith('/deployments') ? created : statusCreated));
    const deployment = await deployments.start(record);
    expect(deployment).toEqual({
      id: 7001,
      environment: 'production',
      url: 'https://github.example.com/acme/images/deployments/production',
      logUrl: record.runUrl,
    });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /repos/acme/images/deployments',
      'POST /repos/acme/images/deployments/7001/statuses',
    ]);
    const [create, status] = requests;
    expect(create!.headers.authorization).toBe(`token ${token}`);
    expect(create!.headers.accept).toBe('application/vnd.github.v3+json');
    expect(create!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(create!.headers['user-agent']).toMatch(/^image-actions-promote octokit-rest\.js\//);
    expect(JSON.parse(create!.body)).toEqual({
      ref: record.ref,
      task: 'promote',
      auto_merge: false,
      required_contexts: [],
      environment: 'production',
      description: 'ml-runtime 1.2.3 (sha256:abababababab) → production',
      payload: { name: 'ml-runtime', image: record.image, digest, version: '1.2.3', channel: 'production', previous_version: '1.2.2' },
    });
    expect(JSON.parse(status!.body)).toEqual({
      state: 'in_progress',
      description: 'ml-runtime 1.2.3 (sha256:abababababab) → production',
      log_url: record.runUrl,
    });
  });

  test('finish: success and failure statuses link the run', async () => {
    const { deployments, requests } = await ledger(() => statusCreated);
    const deployment = { id: 7002, environment: 'staging', url: 'u', logUrl: record.runUrl };
    await deployments.finish(deployment, 'success', 'ml-runtime 1.2.3 promoted to staging');
    await deployments.finish(deployment, 'failure', 'x'.repeat(300));
    expect(requests.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      [
        'POST',
        '/repos/acme/images/deployments/7002/statuses',
        { state: 'success', description: 'ml-runtime 1.2.3 promoted to staging', log_url: record.runUrl },
      ],
      [
        'POST',
        '/repos/acme/images/deployments/7002/statuses',
        { state: 'failure', description: `${'x'.repeat(139)}…`, log_url: record.runUrl },
      ],
    ]);
  });

  test('a status is retried after a 502 and a 429 (statuses are appended: a repeat is harmless)', async () => {
    let calls = 0;
    const { deployments, requests, lines } = await ledger(() => {
      calls += 1;
      if (calls === 1) return { status: 502, body: { message: 'Bad gateway' } };
      if (calls === 2) return { status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } };
      return statusCreated;
    });
    await deployments.finish({ id: 9, environment: 'production', url: 'u' }, 'success', 'done');
    expect(requests).toHaveLength(3);
    expect(lines.filter((line) => line.includes('retrying'))).toHaveLength(2);
  });

  test.each([
    [403, 'Resource not accessible by integration', "needs 'permissions: deployments: write'"],
    [404, 'Not Found', "needs 'permissions: deployments: write'"],
    [401, 'Bad credentials', 'Check github-token'],
    [422, 'No ref found for: c0ffee', 'No ref found'],
  ])('creating answers %i: one clear error, never retried, the token never in it', async (status, message, hint) => {
    const { deployments, requests } = await ledger(() => ({ status, body: { message } }));
    const error = await captureError(deployments.start(record));
    expect(error.message).toContain(`GitHub answered ${status} while creating a deployment of c0ffee000000 to environment production`);
    expect(error.message).toContain(hint);
    expect(error.message).not.toContain(token);
    expect(requests).toHaveLength(1);
  });

  test('a 5xx on create is not retried either: GitHub has no idempotency key, a re-run of the step is the safe retry', async () => {
    const { deployments, requests } = await ledger(() => ({ status: 503, body: { message: 'unavailable' } }));
    const error = await captureError(deployments.start(record));
    expect(error.message).toContain('GitHub answered 503');
    expect(requests).toHaveLength(1);
  });

  test('a 202 (GitHub merged the default branch instead) is not a deployment', async () => {
    const { deployments } = await ledger(() => ({ status: 202, body: { message: 'Auto-merged main into topic' } }));
    const error = await captureError(deployments.start(record));
    expect(error.message).toBe('GitHub did not create a deployment (HTTP 202: Auto-merged main into topic)');
  });
});

test('GITHUB_REPOSITORY must be owner/repo', () => {
  expect(() => new GitHubDeployments({ token, repository: 'acme' })).toThrow("GITHUB_REPOSITORY 'acme' is not owner/repo");
});

test.each([
  ['short', 'short'],
  ['x'.repeat(140), 'x'.repeat(140)],
  ['x'.repeat(141), `${'x'.repeat(139)}…`],
])('shortDescription keeps at most 140 characters', (text, expected) => {
  expect(shortDescription(text)).toBe(expected);
  expect(shortDescription(text).length).toBeLessThanOrEqual(140);
});

test('description and payload without a channel (databricks)', () => {
  const plain: DeploymentRecord = { ...record };
  delete plain.channel;
  delete plain.previousVersion;
  expect(deploymentDescription(plain)).toBe('ml-runtime 1.2.3 (sha256:abababababab) → production');
  expect(deploymentPayload(plain)).toEqual({ name: 'ml-runtime', image: record.image, digest, version: '1.2.3' });
});
