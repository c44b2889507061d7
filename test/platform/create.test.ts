import { afterEach, describe, expect, test } from 'vitest';
import { createPlatform, type CreatePlatformOptions } from '../../src/platform/create.js';
import { InputError } from '../../src/core/errors.js';
import { startFakeWorkspace, type FakeWorkspace } from './databricks/fake-workspace.js';
import { startFakeDataWorks, type FakeDataWorks } from './dataworks/fake-dataworks.js';
import { captureError, expectNoSecrets, recordingLog } from './support.js';

const DIGEST = `sha256:${'5c'.repeat(32)}`;

describe('createPlatform', () => {
  let ws: FakeWorkspace | undefined;
  let dw: FakeDataWorks | undefined;
  afterEach(async () => {
    await ws?.close();
    await dw?.close();
    ws = dw = undefined;
  });

  test.each<[string, Partial<CreatePlatformOptions>, string, RegExp]>([
    [
      'unknown platform',
      { platform: 'zenml' as never },
      'platform',
      /'zenml' is not supported. Use one of: catalog, databricks, dataworks/,
    ],
    ['empty endpoint', { platform: 'databricks', endpoint: ' ' }, 'endpoint', /workspace URL/],
    ['databricks without credentials', { platform: 'databricks' }, 'token', /needs a token or a GitHub OIDC id-token/],
    [
      'half registry credentials',
      { platform: 'databricks', token: 't', settings: { 'registry-username': 'u' } },
      'platform-settings',
      /go together/,
    ],
    [
      'unknown setting',
      { platform: 'databricks', token: 't', settings: { 'acr-vpc-id': 'v' } },
      'platform-settings',
      /'acr-vpc-id' is not a databricks setting. Known keys/,
    ],
    ['dataworks without AccessKey', { platform: 'dataworks', env: {} }, 'access-key-secret', /needs an AccessKey pair/],
    [
      'dataworks without ACR settings',
      { platform: 'dataworks', accessKeyId: 'id', accessKeySecret: 's', env: {} },
      'platform-settings',
      /acr-instance-id and acr-vpc-id/,
    ],
    [
      'dataworks bad accessibility',
      {
        platform: 'dataworks',
        accessKeyId: 'id',
        accessKeySecret: 's',
        env: {},
        settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1', accessibility: 'Everyone' },
      },
      'platform-settings',
      /accessibility 'Everyone' is not supported/,
    ],
    ['catalog without a token', { platform: 'catalog' }, 'token', /the catalog needs a bearer token/],
    [
      'catalog takes no settings',
      { platform: 'catalog', token: 't', settings: { 'acr-vpc-id': 'v' } },
      'platform-settings',
      /catalog takes no settings/,
    ],
  ])('%s → InputError naming %s', async (_name, options, input, message) => {
    const log = recordingLog();
    const error = await captureError(createPlatform({ endpoint: 'https://example.invalid', log, ...options } as CreatePlatformOptions));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect(error.message).toMatch(message);
  });

  test('catalog: returns the catalog adapter', async () => {
    const platform = await createPlatform({ platform: 'catalog', endpoint: 'http://127.0.0.1:1', token: 'cat-token', log: recordingLog() });
    expect(platform.name).toBe('catalog');
  });

  test('contract: databricks id-token is exchanged at the workspace and the adapter uses the access token', async () => {
    const idToken = 'eyJ.github.idtoken';
    const accessToken = 'eyJ.databricks.access';
    ws = await startFakeWorkspace({ token: accessToken, oidc: { subjectToken: idToken, accessToken, clientId: 'sp-app-id' } });
    ws.clusters.set('0123-456789-abc', { cluster_id: '0123-456789-abc', cluster_name: 'c', state: 'TERMINATED' });
    const log = recordingLog();
    const platform = await createPlatform({
      platform: 'databricks',
      endpoint: ws.url,
      idToken,
      settings: { 'oidc-client-id': 'sp-app-id' },
      log,
    });
    const url = `r.example.com/t/i@${DIGEST}`;
    const attached = await platform.attach({ id: url, image: 'i', version: '1', digest: DIGEST, imageRef: url, created: false }, [
      { kind: 'cluster', id: '0123-456789-abc' },
    ]);
    expect(attached[0]!.changed).toBe(true);
    expect(ws.calls.map((call) => call.path)).toEqual(['/oidc/v1/token', '/api/2.1/clusters/get', '/api/2.1/clusters/update']);
    expect(log.masked).toEqual(expect.arrayContaining([idToken, accessToken]));
    expectNoSecrets([log.text()], [idToken, accessToken]);
  });

  test('databricks: a raw registry password from settings is masked before anything else', async () => {
    const log = recordingLog();
    await createPlatform({
      platform: 'databricks',
      endpoint: 'https://adb-1.2.azuredatabricks.net',
      token: 'dapi-x',
      settings: { 'registry-username': 'u', 'registry-password': 'p@ss-w0rd' },
      log,
    });
    expect(log.masked.slice(0, 2)).toEqual(['dapi-x', 'p@ss-w0rd']);
  });

  test('contract: dataworks AccessKey pair from the environment, settings applied, secret masked', async () => {
    const accessKeyId = 'LTAI5tEnvKeyId';
    const accessKeySecret = 'env-secret-1a2b3c4d';
    dw = await startFakeDataWorks({ accessKeyId, accessKeySecret });
    const log = recordingLog();
    const platform = await createPlatform({
      platform: 'dataworks',
      endpoint: dw.url,
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret },
      settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1', 'task-types': 'Shell, Notebook', accessibility: 'Public' },
      log,
    });
    const ref = `registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/repo@${DIGEST}`;
    const version = await platform.createVersion({
      image: 'repo_image',
      version: '1.0.0',
      digest: DIGEST,
      imageRef: ref,
      source: { commit: 'c' },
      build: { hash: 'h' },
    });
    expect(version.created).toBe(true);
    const create = dw.calls.find((call) => call.action === 'CreateImage')!;
    expect(create.form).toMatchObject({
      AcrInstanceId: 'cri-1',
      AcrAssociatedVpcId: 'vpc-1',
      Accessibility: 'Public',
      Supported: '{"Module":"Scheduler","TaskTypes":["Shell","Notebook"]}',
    });
    expect(log.masked).toContain(accessKeySecret);
    expect(dw.rejected).toEqual([]);
    expectNoSecrets([log.text()], [accessKeySecret]);
  });
});
