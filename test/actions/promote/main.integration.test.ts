/**
 * promote in-process against the real world: docker-registry (behind recording proxies), the
 * reference catalog server, buildah-made images, and a loopback GitHub. Each test reads back what
 * the registry and the catalog hold (and skopeo cross-checks digests), so "zero bytes", "nothing
 * moved" and "the channel ends on…" are observed, not inferred from outputs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/promote/main.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { runInProcess } from '../../harness/in-process.js';
import { faults } from '../../support/fault-proxy.js';
import { skopeoDigest, skopeoRawManifest } from '../../support/skopeo.js';
import { startFakeWorkspace } from '../../platform/databricks/fake-workspace.js';
import {
  catalogInputs,
  channelVersion,
  commit,
  githubToken,
  hashes,
  promoteDirectly,
  registerVersion,
  registryUser,
  startWorld,
  tagAt,
  tokens,
  viaProxy,
  type World,
} from './support.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

beforeEach(() => {
  for (const proxy of [world.sourceProxy, world.otherProxy]) {
    proxy.setRules([]);
    proxy.resetRecords();
  }
  world.github.requests.length = 0;
  delete world.github.faults.refuse;
});

function promote(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return runInProcess(
    'promote',
    () =>
      run({
        registry: (credentials, insecureRegistries) =>
          new RegistryClient({
            credentials,
            insecureRegistries,
            retry: { baseDelayMs: 5, maxDelayMs: 50, maxElapsedMs: 20_000 },
          }),
      }),
    { inputs: catalogInputs(world, inputs), env: { DOCKER_CONFIG: world.dockerConfig, GITHUB_SHA: 'f'.repeat(40), ...env } },
  );
}

const secrets = [tokens.all, registryUser.password, githubToken];
function expectNoSecrets(text: string) {
  const shown = text.replace(/^::add-mask::.*$/gm, '');
  for (const secret of secrets) expect(shown).not.toContain(secret);
}

describe('the move: zero bytes within a registry, the same digest everywhere', () => {
  test('same repository: only tags move (manifest PUTs), the channel holds the version, skopeo agrees', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'same-repo', '1.0.0', v1, hashes.v1);
    const result = await promote({ 'image-name': 'same-repo', version: '1.0.0', 'to-channel': 'production', tags: 'prod' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      version: '1.0.0',
      digest: v1.digest,
      image: `${world.sourceProxy.host}/acme/ml@${v1.digest}`,
      move: 'tags',
      'bytes-copied': '0',
      'previous-version': '',
      'deployment-id': '',
    });
    expect(world.sourceProxy.uploadedBlobBytes()).toBe(0);
    expect(world.sourceProxy.records.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      '/v2/acme/ml/manifests/1.0.0',
      '/v2/acme/ml/manifests/prod',
    ]);
    expect(await channelVersion(world, 'same-repo', 'production')).toBe('1.0.0');
    for (const tag of ['1.0.0', 'prod']) expect(await skopeoDigest(`${world.source.host}/acme/ml:${tag}`)).toBe(v1.digest);
    expect(result.summary).toContain('production: nothing → <code>1.0.0</code>');
    expect(result.summary).toContain('tags only (zero blob bytes)');
    expect(result.log).toMatch(/Time: resolve \d+ ms, check \d+ ms, move \d+ ms, verify \d+ ms, promote \d+ ms, tags \d+ ms/);
    expectNoSecrets(result.allText);
  });

  test('another repository of the same registry: every blob mounted, zero blob bytes uploaded', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'mounted', '1.0.0', v1, hashes.v1);
    const result = await promote({
      'image-name': 'mounted',
      version: '1.0.0',
      'to-channel': 'production',
      'to-image': `${world.sourceProxy.host}/prod/ml`,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ move: 'mount', 'bytes-copied': '0', image: `${world.sourceProxy.host}/prod/ml@${v1.digest}` });
    expect(world.sourceProxy.uploadedBlobBytes()).toBe(0);
    expect(world.sourceProxy.records.some((r) => r.method === 'POST' && /mount=sha256/.test(r.path))).toBe(true);
    expect(await skopeoDigest(`${world.source.host}/prod/ml:1.0.0`)).toBe(v1.digest);
    expect(result.summary).toContain('cross-repository blob mount');
  });

  test('another registry: every platform of an index streamed, bytes counted, digest equal per skopeo', async () => {
    const { multi } = world.images;
    await registerVersion(world, 'multi', '2.0.0+build.5', multi, hashes.multi);
    const result = await promote({
      'image-name': 'multi',
      version: '2.0.0+build.5',
      'to-channel': 'production',
      'to-image': `${world.otherProxy.host}/prod/multi`,
      tags: 'stable',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.move).toBe('copy');
    const uploaded = world.otherProxy.uploadedBlobBytes();
    expect(Number(result.outputs['bytes-copied'])).toBe(uploaded);
    expect(uploaded).toBeGreaterThan(2_000_000); // two busybox layers at least
    // `+` is not allowed in tags: the version's tag writes it as `_`.
    expect(await skopeoDigest(`${world.other.host}/prod/multi:2.0.0_build.5`)).toBe(multi.digest);
    expect(await skopeoDigest(`${world.other.host}/prod/multi:stable`)).toBe(multi.digest);
    const index = JSON.parse(await skopeoRawManifest(`${world.other.host}/prod/multi@${multi.digest}`)) as {
      manifests: Array<{ digest: string }>;
    };
    expect(index.manifests).toHaveLength(2);
    for (const child of index.manifests) {
      expect(await skopeoDigest(`${world.other.host}/prod/multi@${child.digest}`)).toBe(child.digest);
    }
  });
});

describe('databricks: no channels, the promotion is the targets', () => {
  test('the pinned image is copied to the production registry and the cluster runs the destination', async () => {
    const workspaceToken = 'dapi-promote-test-51c7e2';
    const workspace = await startFakeWorkspace({ token: workspaceToken });
    try {
      workspace.clusters.set('0123-456789-abc', { cluster_id: '0123-456789-abc', cluster_name: 'prod', state: 'TERMINATED' });
      const { v1 } = world.images;
      const result = await promote({
        platform: 'databricks',
        endpoint: workspace.url,
        token: workspaceToken,
        'image-name': 'ml-runtime',
        version: viaProxy(world, v1),
        'to-image': `${world.other.host}/prod/dbx`,
        tags: 'prod',
        targets: 'cluster/0123-456789-abc',
      });
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({
        digest: v1.digest,
        move: 'copy',
        image: `${world.other.host}/prod/dbx@${v1.digest}`,
        'previous-version': '',
      });
      expect(workspace.clusters.get('0123-456789-abc')?.docker_image?.url).toBe(`${world.other.host}/prod/dbx@${v1.digest}`);
      expect(await skopeoDigest(`${world.other.host}/prod/dbx:prod`)).toBe(v1.digest);
      expect(result.summary).toContain('no channels on databricks');
      expect(result.allText.replace(/^::add-mask::.*$/gm, '')).not.toContain(workspaceToken);
    } finally {
      await workspace.close();
    }
  });
});

describe('channels: rollback, from-channel, require-channel', () => {
  test('version: previous rolls back, and twice returns (from → to in the summary)', async () => {
    const { v1, v2 } = world.images;
    const a = await registerVersion(world, 'rollback', '1.0.0', v1, hashes.v1);
    await registerVersion(world, 'rollback', '1.1.0', v2, hashes.v2);
    await promoteDirectly(world, 'rollback', 'production', a);
    const forward = await promote({ 'image-name': 'rollback', version: '1.1.0', 'to-channel': 'production' });
    expect(forward.outputs['previous-version']).toBe('1.0.0');
    const back = await promote({ 'image-name': 'rollback', version: 'previous', 'to-channel': 'production' });
    expect(back.errors).toEqual([]);
    expect(back.outputs).toMatchObject({ version: '1.0.0', digest: v1.digest, 'previous-version': '1.1.0' });
    expect(back.summary).toContain('production: <code>1.1.0</code> → <code>1.0.0</code>');
    expect(await channelVersion(world, 'rollback', 'production')).toBe('1.0.0');
    const again = await promote({ 'image-name': 'rollback', version: 'previous', 'to-channel': 'production' });
    expect(again.outputs.version).toBe('1.1.0');
    expect(await channelVersion(world, 'rollback', 'production')).toBe('1.1.0');
  });

  test('from-channel staging with require-channel staging promotes what staging holds; a re-run changes nothing', async () => {
    const { v2 } = world.images;
    const staged = await registerVersion(world, 'staged', '3.0.0', v2, hashes.v2);
    await promoteDirectly(world, 'staged', 'staging', staged);
    const inputs = { 'image-name': 'staged', 'from-channel': 'staging', 'require-channel': 'staging', 'to-channel': 'production' };
    const first = await promote(inputs);
    expect(first.errors).toEqual([]);
    expect(first.outputs).toMatchObject({ version: '3.0.0', digest: v2.digest });
    expect(first.summary).toContain('channel staging');
    const second = await promote(inputs);
    expect(second.errors).toEqual([]);
    expect(second.outputs['previous-version']).toBe('3.0.0');
    expect(second.summary).toContain('already there, nothing changed');
  });
});

describe('the GitHub deployment', () => {
  test('created before anything moves (ref = the version commit, task promote, payload), in_progress, then success', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'deployed', '1.0.0', v1, hashes.v1);
    const result = await promote(
      { 'image-name': 'deployed', version: '1.0.0', 'to-channel': 'production', 'github-token': githubToken, environment: 'production' },
      { GITHUB_API_URL: world.github.url },
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs['deployment-id']).toBe('9001');
    const requests = world.github.requests.map((r) => ({
      route: `${r.method} ${r.path}`,
      body: JSON.parse(r.body) as Record<string, unknown>,
    }));
    expect(requests.map((r) => r.route)).toEqual([
      'POST /repos/acme/images/deployments',
      'POST /repos/acme/images/deployments/9001/statuses',
      'POST /repos/acme/images/deployments/9001/statuses',
    ]);
    expect(requests[0]!.body).toMatchObject({
      ref: commit,
      task: 'promote',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      payload: {
        name: 'deployed',
        image: `${world.sourceProxy.host}/acme/ml@${v1.digest}`,
        digest: v1.digest,
        version: '1.0.0',
        channel: 'production',
      },
    });
    expect(requests.slice(1).map((r) => r.body.state)).toEqual(['in_progress', 'success']);
    expect(requests[2]!.body.log_url).toBe('https://github.com/acme/images/actions/runs/4242');
    expect(world.github.requests[0]!.headers.authorization).toBe(`token ${githubToken}`);
    expect(result.summary).toContain('<a href="https://github.com/acme/images/deployments/production">9001</a>');
    expectNoSecrets(result.allText);
  });

  test('a success status GitHub refuses fails the step after promoting, and never records a failure', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'ledger-refuses', '1.0.0', v1, hashes.v1);
    world.github.faults.refuse = { state: 'success', status: 422 };
    const result = await promote(
      {
        'image-name': 'ledger-refuses',
        version: '1.0.0',
        'to-channel': 'production',
        'github-token': githubToken,
        environment: 'production',
      },
      { GITHUB_API_URL: world.github.url },
    );
    expect(result.errors).toEqual([expect.stringContaining('GitHub answered 422 while recording success on deployment')]);
    const states = world.github.requests.filter((r) => /statuses$/.test(r.path)).map((r) => JSON.parse(r.body).state);
    expect(states).toEqual(['in_progress', 'success']);
    expect(await channelVersion(world, 'ledger-refuses', 'production')).toBe('1.0.0');
  });

  test('a copy that fails after the deployment started: marked failure, nothing tagged, the channel unchanged', async () => {
    const { v2 } = world.images;
    await registerVersion(world, 'failing', '1.0.0', v2, hashes.v2);
    // Push access is granted (an upload session opens), but no blob upload ever completes.
    world.otherProxy.setRules([
      {
        match: { method: ['PUT', 'PATCH'], path: /\/blobs\/uploads\// },
        always: faults.status(503, '{"errors":[{"code":"UNAVAILABLE"}]}'),
      },
    ]);
    const result = await promote(
      {
        'image-name': 'failing',
        version: '1.0.0',
        'to-channel': 'production',
        'to-image': `${world.otherProxy.host}/prod/failing`,
        tags: 'prod',
        'github-token': githubToken,
        environment: 'production',
      },
      { GITHUB_API_URL: world.github.url },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining('HTTP 503')]);
    const states = world.github.requests.filter((r) => /statuses$/.test(r.path)).map((r) => JSON.parse(r.body).state);
    expect(states).toEqual(['in_progress', 'failure']);
    expect(await channelVersion(world, 'failing', 'production')).toBeUndefined();
    for (const tag of ['1.0.0', 'prod']) expect(await tagAt(world.other, 'prod/failing', tag)).toBeUndefined();
  });
});

describe('refused before anything moves', () => {
  test('the version tag exists at the destination with another digest', async () => {
    const { v1, v2 } = world.images;
    await registerVersion(world, 'taken', '1.0.0', v1, hashes.v1);
    await new RegistryClient({ credentials: async () => undefined, log: () => undefined }).copyImage(
      v2.pinned,
      `${world.other.host}/prod/taken:1.0.0`,
    );
    const result = await promote({
      'image-name': 'taken',
      version: '1.0.0',
      'to-channel': 'production',
      'to-image': `${world.otherProxy.host}/prod/taken`,
      tags: 'prod',
    });
    expect(result.errors).toEqual([expect.stringContaining(`prod/taken:1.0.0 already exists with digest ${v2.digest}, not ${v1.digest}`)]);
    expect(world.otherProxy.uploadedBlobBytes()).toBe(0);
    expect(await tagAt(world.other, 'prod/taken', 'prod')).toBeUndefined();
    expect(await channelVersion(world, 'taken', 'production')).toBeUndefined();
  });

  test('the source image is gone from the registry', async () => {
    const ghost = {
      ...world.images.v1,
      digest: `sha256:${'0'.repeat(64)}`,
      pinned: `${world.source.host}/acme/ml@sha256:${'0'.repeat(64)}`,
    };
    await registerVersion(world, 'ghost', '1.0.0', ghost, hashes.v1);
    const result = await promote({ 'image-name': 'ghost', version: '1.0.0', 'to-channel': 'production' });
    expect(result.errors).toEqual([expect.stringContaining('the registry has no 127.0.0.1:')]);
    expect(result.errors[0]).toContain('Nothing was moved');
    expect(await channelVersion(world, 'ghost', 'production')).toBeUndefined();
  });

  test.each([
    ['an image without the build-hash label', 'unlabeled', undefined, 'carries no build-hash label'],
    [
      'an image whose label is not the registered hash',
      'v1',
      hashes.v2,
      `carries build hash ${hashes.v1}, but the platform registered ${hashes.v2}`,
    ],
  ] as const)('%s', async (_name, which, recorded, problem) => {
    const name = `label-${which}`;
    await registerVersion(world, name, '1.0.0', world.images[which], recorded ?? 'e'.repeat(64));
    const result = await promote({ 'image-name': name, version: '1.0.0', 'to-channel': 'production' });
    expect(result.errors).toEqual([expect.stringContaining(problem)]);
    expect(await channelVersion(world, name, 'production')).toBeUndefined();
    // Only reads, and the push-access check (an upload session opened and cancelled): nothing written.
    expect(world.sourceProxy.records.filter((r) => r.method === 'PUT' || r.method === 'PATCH' || /mount=/.test(r.path))).toEqual([]);
  });

  test('no credentials for a destination that needs them: one error naming registry-username, nothing pushed', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'no-creds', '1.0.0', v1, hashes.v1);
    const result = await promote({
      'image-name': 'no-creds',
      version: '1.0.0',
      'to-channel': 'production',
      'to-image': `${world.auth.host}/prod/ml`,
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`Input 'registry-username': the destination registry ${world.auth.host} refused`);
    expect(result.errors[0]).toContain('Pass registry-username and registry-password');
    expect(await channelVersion(world, 'no-creds', 'production')).toBeUndefined();
  });

  test('wrong credentials for the destination: the registry error says they were rejected; with the right ones it works', async () => {
    const { v1 } = world.images;
    await registerVersion(world, 'creds', '1.0.0', v1, hashes.v1);
    const inputs = { 'image-name': 'creds', version: '1.0.0', 'to-channel': 'production', 'to-image': `${world.auth.host}/prod/ml` };
    const wrong = await promote({ ...inputs, 'registry-username': registryUser.username, 'registry-password': 'not-the-password-8c1' });
    expect(wrong.errors).toEqual([expect.stringContaining('were rejected')]);
    expect(await channelVersion(world, 'creds', 'production')).toBeUndefined();
    const right = await promote({ ...inputs, 'registry-username': registryUser.username, 'registry-password': registryUser.password });
    expect(right.errors).toEqual([]);
    expect(right.outputs.move).toBe('copy');
    expect(await skopeoDigest(`${world.auth.host}/prod/ml:1.0.0`, registryUser)).toBe(v1.digest);
    expectNoSecrets(right.allText);
  });
});
