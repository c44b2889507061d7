/**
 * Contract tests of the Databricks adapter against a strict local stand-in of the workspace API
 * (fake-workspace.ts): exact paths, queries, bearer token and JSON bodies as
 * `@databricks/sdk-experimental` 0.14.2 sends them (`dist/apis/compute/api.js`, `dist/apis/jobs/api.js`),
 * `jobs/get` pages merged as databricks-sdk-go `service/jobs/ext_api.go` does, and retries of
 * updates limited as databricks-sdk-go `apierr/errors.go` `IsRetriable` is; real-shaped answers.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DatabricksPlatform, type DatabricksPlatformOptions } from '../../../src/platform/databricks/adapter.js';
import type { ImageVersion } from '../../../src/core/platform-model.js';
import { InputError } from '../../../src/core/errors.js';
import { captureError, expectNoSecrets, recordingLog, recordingSleep, type RecordingLog } from '../support.js';
import { startFakeWorkspace, type FakeWorkspace } from './fake-workspace.js';

const TOKEN = 'dapi0123456789abcdef0123456789abcdef';
const DIGEST = `sha256:${'7e'.repeat(32)}`;
const URL_NEW = `myacr.azurecr.io/team/trainer@${DIGEST}`;
const URL_OLD = `myacr.azurecr.io/team/trainer@sha256:${'01'.repeat(32)}`;
const CLUSTER = '0123-456789-abc';

const version: ImageVersion = { id: URL_NEW, image: 'trainer', version: '1.4.0', digest: DIGEST, imageRef: URL_NEW, created: false };

describe('Databricks adapter (contract)', () => {
  let ws: FakeWorkspace;
  let log: RecordingLog;
  let errors: string[];
  let secrets: string[];

  function adapter(overrides: Partial<DatabricksPlatformOptions> = {}): DatabricksPlatform {
    return new DatabricksPlatform({ host: ws.url, token: TOKEN, log, retry: { sleep: recordingSleep().sleep }, ...overrides });
  }

  function addCluster(state: string, extra: Partial<Parameters<FakeWorkspace['clusters']['set']>[1]> = {}, id = CLUSTER) {
    ws.clusters.set(id, { cluster_id: id, cluster_name: 'ml-shared', state, docker_image: { url: URL_OLD }, ...extra });
  }

  function addJob(jobClusters: Array<Record<string, unknown> & { job_cluster_key: string }>, jobId = 42) {
    ws.jobs.set(String(jobId), {
      job_id: jobId,
      settings: { name: 'nightly-train', job_clusters: jobClusters, tasks: [{ task_key: 'train', job_cluster_key: 'main' }] },
    });
  }

  beforeEach(async () => {
    ws = await startFakeWorkspace({ token: TOKEN });
    log = recordingLog();
    errors = [];
    secrets = [TOKEN];
  });

  afterEach(async () => {
    await ws.close();
    expect(ws.rejected, 'requests the stand-in rejected as malformed').toEqual([]);
    expectNoSecrets([log.text(), ...errors], secrets);
  });

  test('contract: TERMINATED cluster gets docker_image through clusters/update with the docker_image mask', async () => {
    addCluster('TERMINATED');
    const result = await adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /api/2.1/clusters/get', 'POST /api/2.1/clusters/update']);
    expect(ws.calls[0]!.query).toEqual({ cluster_id: CLUSTER });
    expect(ws.calls[1]!.body).toEqual({ cluster_id: CLUSTER, update_mask: 'docker_image', cluster: { docker_image: { url: URL_NEW } } });
    expect(result).toEqual([{ target: `cluster/${CLUSTER}`, image: 'trainer', version: '1.4.0', changed: true }]);
    expect(ws.clusters.get(CLUSTER)!.docker_image).toEqual({ url: URL_NEW });
    expect(ws.clusters.get(CLUSTER)!.state).toBe('TERMINATED');
    expect(log.text()).toContain('the image applies at its next start');
    expect(log.masked).toContain(TOKEN);
  });

  test('contract: a RUNNING cluster is refused without restart-running-clusters, nothing sent', async () => {
    addCluster('RUNNING');
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    errors.push(error.message);
    expect(error.message).toBe(
      `cluster ${CLUSTER} (ml-shared): it is RUNNING, and Databricks restarts a running cluster to apply a new image (its running work is interrupted); ` +
        'set restart-running-clusters=true in platform-settings to allow the restart, or attach while the cluster is TERMINATED. Nothing was changed.',
    );
    expect(ws.calls.map((call) => call.path)).toEqual(['/api/2.1/clusters/get']);
    expect(ws.clusters.get(CLUSTER)!.state).toBe('RUNNING');
  });

  test('contract: with restart-running-clusters a RUNNING cluster is updated (and restarts); a replay sends no update', async () => {
    addCluster('RUNNING');
    const platform = adapter({ restartRunningClusters: true });
    await platform.attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(ws.clusters.get(CLUSTER)!.state).toBe('RESTARTING');
    expect(log.text()).toContain('Databricks restarts it');
    const mark = ws.calls.length;
    // Already runs the image: no edit even though the cluster is RESTARTING now.
    const replay = await platform.attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(ws.calls.slice(mark).map((call) => call.path)).toEqual(['/api/2.1/clusters/get']);
    expect(replay[0]!.changed).toBe(false);
  });

  test.each(['PENDING', 'RESTARTING', 'RESIZING', 'TERMINATING', 'ERROR', 'UNKNOWN'])(
    'contract: %s cluster is refused clearly, no update sent',
    async (state) => {
      addCluster(state);
      const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
      errors.push(error.message);
      expect(error.message).toBe(
        `cluster ${CLUSTER} is ${state}; Databricks accepts edits only in RUNNING or TERMINATED: retry when it settles. Nothing was changed.`,
      );
      expect(ws.calls.map((call) => call.path)).toEqual(['/api/2.1/clusters/get']);
    },
  );

  test('contract: every target is checked before any is changed', async () => {
    addCluster('TERMINATED');
    addCluster('RESIZING', {}, '0123-456789-xyz');
    const error = await captureError(
      adapter().attach(version, [
        { kind: 'cluster', id: CLUSTER },
        { kind: 'cluster', id: '0123-456789-xyz' },
      ]),
    );
    expect(error.message).toContain('cluster 0123-456789-xyz is RESIZING');
    expect(ws.calls.filter((call) => call.method === 'POST')).toEqual([]);
    expect(ws.clusters.get(CLUSTER)!.docker_image).toEqual({ url: URL_OLD });
  });

  test('contract: job cluster update resends the whole job_clusters entry with the new docker_image', async () => {
    const main = {
      job_cluster_key: 'main',
      new_cluster: {
        spark_version: '15.4.x-scala2.12',
        node_type_id: 'Standard_DS3_v2',
        num_workers: 4,
        spark_conf: { 'spark.speculation': 'true' },
        custom_tags: { team: 'ml' },
        docker_image: { url: URL_OLD },
      },
    };
    const other = {
      job_cluster_key: 'gpu',
      new_cluster: { spark_version: '15.4.x-gpu-ml-scala2.12', node_type_id: 'g5.xlarge', num_workers: 1 },
    };
    addJob([main, other]);
    const result = await adapter().attach(version, [{ kind: 'job', id: '42/main' }]);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /api/2.2/jobs/get', 'POST /api/2.2/jobs/update']);
    expect(ws.calls[0]!.query).toEqual({ job_id: '42' });
    expect(ws.calls[1]!.body).toEqual({
      job_id: 42,
      new_settings: { job_clusters: [{ ...main, new_cluster: { ...main.new_cluster, docker_image: { url: URL_NEW } } }] },
    });
    expect(ws.calls[1]!.raw.startsWith('{"job_id":42,"new_settings":')).toBe(true);
    expect(ws.jobs.get('42')!.settings.job_clusters[1]).toEqual(other);
    expect(result).toEqual([{ target: 'job/42/main', image: 'trainer', version: '1.4.0', changed: true }]);

    const mark = ws.calls.length;
    const replay = await adapter().attach(version, [{ kind: 'job', id: '42/main' }]);
    expect(ws.calls.slice(mark).map((call) => call.method)).toEqual(['GET']);
    expect(replay[0]!.changed).toBe(false);
  });

  test('contract: job ids beyond 2^53 are sent with every digit', async () => {
    const bigId = '9007199254740993';
    ws.jobs.set(bigId, {
      job_id: 1,
      settings: { name: 'big', job_clusters: [{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12' } }], tasks: [] },
    });
    // The stand-in looks jobs up by the JSON number; register the rounded one too so the update lands.
    ws.jobs.set(String(Number(bigId)), ws.jobs.get(bigId)!);
    await adapter().attach(version, [{ kind: 'job', id: `${bigId}/main` }]);
    expect(ws.calls[1]!.raw.startsWith(`{"job_id":${bigId},`)).toBe(true);
  });

  test('contract: unknown job_cluster_key is refused naming the keys the job has', async () => {
    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12' } }]);
    const error = await captureError(adapter().attach(version, [{ kind: 'job', id: '42/etl' }]));
    expect(error.message).toContain(
      "job 42 (nightly-train) cluster 'etl': the job has no job cluster with job_cluster_key 'etl' (it has 'main')",
    );
    expect(error.message).toContain('Nothing was changed');
  });

  test('contract: a policy that fixes docker_image.url to another url stops the attach and says what to do', async () => {
    addCluster('TERMINATED', { policy_id: 'E0631F5C0D0006C3' });
    ws.policies.set('E0631F5C0D0006C3', {
      policy_id: 'E0631F5C0D0006C3',
      name: 'ml-prod-containers',
      definition: {
        'docker_image.url': { type: 'fixed', value: 'myacr.azurecr.io/team/trainer:prod-current', hidden: false },
        spark_version: { type: 'unlimited' },
      },
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    errors.push(error.message);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/2.1/clusters/get',
      'GET /api/2.0/policies/clusters/get',
    ]);
    expect(ws.calls[1]!.query).toEqual({ policy_id: 'E0631F5C0D0006C3' });
    expect(error.message).toContain(
      "its cluster policy 'ml-prod-containers' (E0631F5C0D0006C3) fixes docker_image.url to 'myacr.azurecr.io/team/trainer:prod-current'",
    );
    expect(error.message).toContain('Ask the policy owner to allow this url');
    expect(error.message).toContain('or attach to compute that uses a policy allowing it');
  });

  test('contract: an allowlist without the url refuses; a regex that matches allows', async () => {
    addCluster('TERMINATED', { policy_id: 'ALLOW1' });
    ws.policies.set('ALLOW1', {
      policy_id: 'ALLOW1',
      name: 'allow-some',
      definition: { 'docker_image.url': { type: 'allowlist', values: [URL_OLD] } },
    });
    const refused = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    expect(refused.message).toContain(`allows only these docker_image.url values: '${URL_OLD}'`);

    ws.policies.set('ALLOW1', {
      policy_id: 'ALLOW1',
      name: 'digests-only',
      definition: { 'docker_image.url': { type: 'regex', pattern: 'myacr\\.azurecr\\.io/team/trainer@sha256:[0-9a-f]{64}' } },
    });
    const allowed = await adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(allowed[0]!.changed).toBe(true);
  });

  test('contract: job clusters are checked against their policy too', async () => {
    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12', policy_id: 'NODCS' } }]);
    ws.policies.set('NODCS', {
      policy_id: 'NODCS',
      name: 'no-containers',
      definition: { 'docker_image.url': { type: 'forbidden', hidden: true } },
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'job', id: '42/main' }]));
    expect(error.message).toContain("its cluster policy 'no-containers' (NODCS) forbids docker_image.url");
    expect(ws.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  test('contract: clusters created by a job are refused with a pointer to the job target', async () => {
    addCluster('RUNNING', { cluster_source: 'JOB' });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    expect(error.message).toContain('attach the job instead: job/<job-id>/<job-cluster-key>');
  });

  test.each(['PIPELINE', 'PIPELINE_MAINTENANCE', 'SQL', 'MODELS'])(
    'contract: clusters created by the Databricks %s service are refused, nothing sent',
    async (source) => {
      addCluster('TERMINATED', { cluster_source: source });
      const error = await captureError(adapter({ restartRunningClusters: true }).attach(version, [{ kind: 'cluster', id: CLUSTER }]));
      expect(error.message).toContain(`it was created by the Databricks ${source} service (cluster_source ${source}), which owns its spec`);
      expect(ws.calls.filter((call) => call.method === 'POST')).toEqual([]);
    },
  );

  test.each(['UI', 'API'])('contract: clusters a user made (cluster_source %s) are updated', async (source) => {
    addCluster('TERMINATED', { cluster_source: source });
    expect((await adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]))[0]!.changed).toBe(true);
  });

  test('contract: jobs/get pages are followed (page_token) and merged: a job cluster beyond the first 100 is found and updated', async () => {
    const clusters = Array.from({ length: 150 }, (_, index) => ({
      job_cluster_key: `c${index}`,
      new_cluster: { spark_version: '15.4.x-scala2.12', num_workers: 1 },
    }));
    ws.jobs.set('42', {
      job_id: 42,
      settings: {
        name: 'wide',
        job_clusters: clusters,
        tasks: clusters.map((c) => ({ task_key: c.job_cluster_key, job_cluster_key: c.job_cluster_key })),
      },
    });
    const result = await adapter().attach(version, [{ kind: 'job', id: '42/c120' }]);
    expect(result[0]!.changed).toBe(true);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/2.2/jobs/get',
      'GET /api/2.2/jobs/get',
      'POST /api/2.2/jobs/update',
    ]);
    expect(ws.calls[0]!.query).toEqual({ job_id: '42' });
    expect(ws.calls[1]!.query).toEqual({ job_id: '42', page_token: 'page-1-of-42' });
    expect(ws.calls[2]!.body).toEqual({
      job_id: 42,
      new_settings: {
        job_clusters: [
          { job_cluster_key: 'c120', new_cluster: { spark_version: '15.4.x-scala2.12', num_workers: 1, docker_image: { url: URL_NEW } } },
        ],
      },
    });
    expect(ws.jobs.get('42')!.settings.job_clusters).toHaveLength(150);

    // A key in no page is reported with every key the job has, from all pages.
    const error = await captureError(adapter().attach(version, [{ kind: 'job', id: '42/missing' }]));
    expect(error.message).toContain("'c149'");
  });

  test('contract: a 500 on clusters/update is not retried; read back shows it was not applied: the error says so', async () => {
    addCluster('TERMINATED');
    ws.faults.push({
      path: '/api/2.1/clusters/update',
      times: 5,
      reply: { status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'Internal error.' } },
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    errors.push(error.message);
    expect(error.message).toContain('Databricks POST /api/2.1/clusters/update failed with HTTP 500: INTERNAL_ERROR: Internal error.');
    expect(error.message).toContain('Read back: the target does not run the image, so the update was not applied');
    // One update only (faulted requests are not recorded), then the read back.
    expect(ws.faults[0]!.times).toBe(4);
    expect(ws.calls.map((call) => call.path)).toEqual(['/api/2.1/clusters/get', '/api/2.1/clusters/get']);
  });

  test('contract: a 500 after the update was applied: read back finds the change and the attach succeeds', async () => {
    addCluster('TERMINATED');
    ws.faults.push({
      path: '/api/2.1/clusters/update',
      afterProcessing: true,
      reply: { status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'Internal error.' } },
    });
    const result = await adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(result[0]!.changed).toBe(true);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/2.1/clusters/get',
      'POST /api/2.1/clusters/update',
      'GET /api/2.1/clusters/get',
    ]);
    expect(log.text()).toContain('the change is there: the update was applied');
  });

  test('contract: a 503 on an update that was applied is retried (as the Go SDK does); the resend meets INVALID_STATE; read back reports success', async () => {
    addCluster('RUNNING');
    ws.faults.push({
      path: '/api/2.1/clusters/update',
      afterProcessing: true,
      reply: { status: 503, body: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'Service unavailable.' } },
    });
    const { sleep, delays } = recordingSleep();
    const result = await adapter({ restartRunningClusters: true, retry: { sleep, random: () => 0.5 } }).attach(version, [
      { kind: 'cluster', id: CLUSTER },
    ]);
    expect(result[0]!.changed).toBe(true);
    expect(delays).toEqual([250]);
    // The resend reached a RESTARTING cluster: INVALID_STATE, then the read back.
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/2.1/clusters/get',
      'POST /api/2.1/clusters/update',
      'POST /api/2.1/clusters/update',
      'GET /api/2.1/clusters/get',
    ]);
    expect(ws.clusters.get(CLUSTER)).toMatchObject({ state: 'RESTARTING', docker_image: { url: URL_NEW } });
  });

  test('contract: an answer lost after jobs/update was applied: read back through jobs/get, success', async () => {
    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12', docker_image: { url: URL_OLD } } }]);
    ws.faults.push({ path: '/api/2.2/jobs/update', afterProcessing: true, reply: { status: 0, destroy: true } });
    const result = await adapter().attach(version, [{ kind: 'job', id: '42/main' }]);
    expect(result[0]!.changed).toBe(true);
    expect(ws.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/2.2/jobs/get',
      'POST /api/2.2/jobs/update',
      'GET /api/2.2/jobs/get',
    ]);
    expect(log.text()).toContain('no answer from');
  });

  test('contract: 429 on jobs/update is retried after Retry-After; a 502 is not', async () => {
    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12' } }]);
    ws.faults.push({
      path: '/api/2.2/jobs/update',
      reply: {
        status: 429,
        headers: { 'retry-after': '2' },
        body: { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Too many requests.' },
      },
    });
    const { sleep, delays } = recordingSleep();
    expect((await adapter({ retry: { sleep } }).attach(version, [{ kind: 'job', id: '42/main' }]))[0]!.changed).toBe(true);
    expect(delays).toEqual([2000]);

    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12' } }], 43);
    ws.faults.push({ path: '/api/2.2/jobs/update', times: 3, reply: { status: 502, body: 'Bad Gateway' } });
    const error = await captureError(adapter().attach({ ...version }, [{ kind: 'job', id: '43/main' }]));
    expect(error.message).toContain('failed with HTTP 502');
    expect(ws.faults.at(-1)!.times).toBe(2);
  });

  test('contract: a cluster policy made from a family: a docker_image.url rule in policy_family_definition_overrides counts', async () => {
    addCluster('TERMINATED', { policy_id: 'FAM1' });
    ws.policies.set('FAM1', {
      policy_id: 'FAM1',
      name: 'personal-compute-ml',
      definition: {},
      policy_family_id: 'personal-vm',
      policy_family_definition_overrides: { 'docker_image.url': { type: 'fixed', value: 'myacr.azurecr.io/team/trainer:prod' } },
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    expect(error.message).toContain(
      "its cluster policy 'personal-compute-ml' (FAM1) fixes docker_image.url to 'myacr.azurecr.io/team/trainer:prod'",
    );
    expect(ws.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  test('contract: registry credentials as secret references are sent as they are, without a warning', async () => {
    addCluster('TERMINATED');
    const registryAuth = { username: '{{secrets/ci/acr-user}}', password: '{{secrets/ci/acr-password}}' };
    await adapter({ registryAuth }).attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(ws.calls[1]!.body).toEqual({
      cluster_id: CLUSTER,
      update_mask: 'docker_image',
      cluster: { docker_image: { url: URL_NEW, basic_auth: registryAuth } },
    });
    expect(log.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
    expect(log.masked).not.toContain(registryAuth.password);
  });

  test('contract: a raw registry password is masked at once, warned about, and never printed', async () => {
    const password = 'acr-sp-secret-Zx9_Qw8.Er7';
    secrets.push(password);
    addCluster('TERMINATED');
    // The server echoes the password back in an error: the adapter must not print it.
    ws.faults.push({
      path: '/api/2.1/clusters/update',
      reply: {
        status: 400,
        body: { error_code: 'INVALID_PARAMETER_VALUE', message: `bad credentials for user sp-1 with password ${password}` },
      },
    });
    const platform = adapter({ registryAuth: { username: 'sp-1', password } });
    expect(log.masked).toContain(password);
    expect(log.text()).toContain('Store it in a Databricks secret scope');
    const error = await captureError(platform.attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    errors.push(error.message);
    expect(error.message).toContain('INVALID_PARAMETER_VALUE: bad credentials for user sp-1 with password ***');
    expect(error.message).toContain('no other target was changed');
    expectNoSecrets([ws.receivedText().replace(/"password":"[^"]*"/g, '')], [password]);
  });

  test('contract: existing credentials that cannot be read back are not silently dropped', async () => {
    addCluster('TERMINATED', { docker_image: { url: URL_OLD, basic_auth: { username: 'sp-1', password: 'raw-stored-password' } } });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    expect(error.message).toContain('registry credentials that cannot be read back');
    expect(ws.calls.filter((call) => call.method === 'POST')).toEqual([]);

    // Secret references on the target are copied over to the new image.
    addCluster('TERMINATED', { docker_image: { url: URL_OLD, basic_auth: { username: 'sp-1', password: '{{secrets/ci/acr}}' } } });
    await adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(ws.calls.at(-1)!.body).toMatchObject({
      cluster: { docker_image: { url: URL_NEW, basic_auth: { username: 'sp-1', password: '{{secrets/ci/acr}}' } } },
    });
  });

  test('contract: 429 honours Retry-After, 5xx backs off, both bounded', async () => {
    addCluster('TERMINATED');
    ws.faults.push({
      path: '/api/2.1/clusters/get',
      reply: {
        status: 429,
        headers: { 'retry-after': '3' },
        body: { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Too many requests.' },
      },
    });
    ws.faults.push({
      path: '/api/2.1/clusters/update',
      times: 2,
      reply: { status: 503, body: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'Service unavailable.' } },
    });
    const { sleep, delays } = recordingSleep();
    const result = await adapter({ retry: { sleep, random: () => 0.5 } }).attach(version, [{ kind: 'cluster', id: CLUSTER }]);
    expect(result[0]!.changed).toBe(true);
    expect(delays).toEqual([3000, 250, 500]);

    ws.faults.push({
      path: '/api/2.1/clusters/get',
      times: 99,
      reply: { status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'Internal error.' } },
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    expect(error.message).toBe(
      'Databricks GET /api/2.1/clusters/get failed with HTTP 500 (after 5 tries): INTERNAL_ERROR: Internal error.',
    );
  });

  test('contract: 401 is not retried and tells what to check; the token is never printed', async () => {
    addCluster('TERMINATED');
    const wrong = 'dapi-wrong-token-000000000000';
    secrets.push(wrong);
    const error = await captureError(adapter({ token: wrong }).attach(version, [{ kind: 'cluster', id: CLUSTER }]));
    errors.push(error.message);
    expect(error.message).toBe(
      'Databricks GET /api/2.1/clusters/get failed with HTTP 401: UNAUTHENTICATED: Invalid access token. Check that the token is valid for this workspace and not expired.',
    );
    expect(ws.rejected).toHaveLength(1);
    ws.rejected.length = 0;
  });

  test('contract: an unknown cluster is reported with Databricks error_code and message', async () => {
    const error = await captureError(adapter().attach(version, [{ kind: 'cluster', id: '0000-000000-none' }]));
    expect(error.message).toContain('HTTP 400: INVALID_PARAMETER_VALUE: Cluster 0000-000000-none does not exist');
  });

  test('contract: readTargets reports what clusters and job clusters run', async () => {
    addCluster('RUNNING');
    addJob([{ job_cluster_key: 'main', new_cluster: { spark_version: '15.4.x-scala2.12', docker_image: { url: URL_NEW } } }]);
    expect(
      await adapter().readTargets([
        { kind: 'cluster', id: CLUSTER },
        { kind: 'job', id: '42/main' },
      ]),
    ).toEqual([
      { target: `cluster/${CLUSTER}`, url: URL_OLD, state: 'RUNNING' },
      { target: 'job/42/main', url: URL_NEW },
    ]);
  });

  test('createVersion records nothing remotely: the version id is the pinned reference', async () => {
    const platform = adapter();
    await platform.ensureImage('trainer');
    const created = await platform.createVersion({
      image: 'trainer',
      version: '1.4.0',
      digest: DIGEST,
      imageRef: URL_NEW,
      source: { commit: 'c0ffee' },
      build: { hash: 'h1-x' },
    });
    expect(created).toEqual(version);
    expect(await platform.getVersion('trainer', '1.4.0')).toBeUndefined();
    expect(ws.calls).toEqual([]);
    const unpinned = await captureError(
      platform.createVersion({
        image: 'trainer',
        version: '1',
        digest: DIGEST,
        imageRef: 'myacr.azurecr.io/team/trainer:1',
        source: { commit: 'c' },
        build: { hash: 'h' },
      }),
    );
    expect(unpinned).toBeInstanceOf(InputError);
    expect(unpinned.message).toContain("Input 'image'");
  });
});
