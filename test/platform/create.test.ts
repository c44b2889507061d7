import { afterEach, describe, expect, test } from 'vitest';
import { createPlatform, type CreatePlatformOptions } from '../../src/platform/create.js';
import { InputError } from '../../src/core/errors.js';
import { startFakeWorkspace, type FakeWorkspace } from './databricks/fake-workspace.js';
import { startFakeDataWorks, type FakeDataWorks } from './dataworks/fake-dataworks.js';
import { captureError, expectNoSecrets, recordingLog } from './support.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
      { platform: 'flyte' as never },
      'platform',
      /'flyte' is not supported. Use one of: catalog, databricks, dataworks, metaflow, zenml/,
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
    [
      'dataworks without AccessKey',
      { platform: 'dataworks', env: {}, settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1' } },
      'access-key-secret',
      /needs an AccessKey pair/,
    ],
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
      /accessibility 'Everyone' must be Private or Public/,
    ],
    [
      'dataworks with half a registry login',
      {
        platform: 'dataworks',
        accessKeyId: 'id',
        accessKeySecret: 's',
        env: {},
        settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1', 'registry-username': 'u' },
      },
      'platform-settings',
      /registry-username and registry-password go together/,
    ],
    [
      'databricks restart-running-clusters not a boolean',
      { platform: 'databricks', token: 't', settings: { 'restart-running-clusters': 'yes' } },
      'platform-settings',
      /restart-running-clusters 'yes' must be true or false/,
    ],
    [
      'metaflow without config-file',
      { platform: 'metaflow', endpoint: '' },
      'platform-settings',
      /metaflow needs config-file. Add the line config-file=/,
    ],
    [
      'metaflow with an unknown setting',
      { platform: 'metaflow', endpoint: '', settings: { 'config-file': 'c.json', profile: 'prod' } },
      'platform-settings',
      /'profile' is not a metaflow setting. Known keys for metaflow: config-file/,
    ],
    [
      'zenml without its versions',
      { platform: 'zenml', token: 'k' },
      'platform-settings',
      /zenml needs zenml-version and python-version. Add the lines zenml-version=/,
    ],
    [
      'zenml with a bad python version',
      { platform: 'zenml', token: 'k', settings: { 'zenml-version': '0.84.0', 'python-version': 'py3' } },
      'platform-settings',
      /python-version 'py3' must be a Python version such as 3.11.9/,
    ],
    [
      'zenml with a stack that is not a UUID',
      { platform: 'zenml', token: 'k', settings: { 'zenml-version': '0.84.0', 'python-version': '3.11', stack: 'default' } },
      'platform-settings',
      /stack 'default' must be a stack UUID/,
    ],
    [
      'zenml without an API key',
      { platform: 'zenml', settings: { 'zenml-version': '0.84.0', 'python-version': '3.11' } },
      'token',
      /zenml needs a service account API key/,
    ],
    ['zenml without an endpoint', { platform: 'zenml', endpoint: '', token: 'k' }, 'endpoint', /ZenML server URL/],
    ['catalog without a token', { platform: 'catalog' }, 'token', /the catalog needs a bearer token/],
    [
      'catalog takes no settings',
      { platform: 'catalog', token: 't', settings: { 'acr-vpc-id': 'v' } },
      'platform-settings',
      /catalog takes no settings/,
    ],
  ])('%s → InputError naming %s, nothing sent', async (_name, options, input, message) => {
    const log = recordingLog();
    const sent: string[] = [];
    const fetchSpy: typeof fetch = async (url) => {
      sent.push(String(url));
      return new Response('{}', { status: 500 });
    };
    const error = await captureError(
      createPlatform({
        endpoint: 'https://example.invalid',
        log,
        fetch: fetchSpy,
        tagDigest: async () => undefined,
        ...options,
      } as CreatePlatformOptions),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect(error.message).toMatch(message);
    expect(sent).toEqual([]);
  });

  test('metaflow: config-file is resolved from the workspace, or from HOME with ~/', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'create-metaflow-'));
    const home = mkdtempSync(path.join(tmpdir(), 'create-home-'));
    const ref = `ghcr.io/acme/trainer@${DIGEST}`;
    const version = { image: 'trainer', version: '1', digest: DIGEST, imageRef: ref, source: { commit: 'c' }, build: { hash: 'h' } };
    const env = { GITHUB_WORKSPACE: workspace, HOME: home };
    await (
      await createPlatform({ platform: 'metaflow', endpoint: '', settings: { 'config-file': 'mf/config.json' }, env, log: recordingLog() })
    ).createVersion(version);
    await (
      await createPlatform({
        platform: 'metaflow',
        endpoint: '',
        settings: { 'config-file': '~/.metaflowconfig/config_prod.json' },
        env,
        log: recordingLog(),
      })
    ).createVersion(version);
    for (const file of [path.join(workspace, 'mf/config.json'), path.join(home, '.metaflowconfig/config_prod.json')]) {
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ METAFLOW_DEFAULT_CONTAINER_IMAGE: ref });
    }
  });

  test('dataworks: the registry login in settings is masked at once', async () => {
    const log = recordingLog();
    await createPlatform({
      platform: 'dataworks',
      endpoint: 'cn-hangzhou',
      accessKeyId: 'id',
      accessKeySecret: 'dw-secret',
      env: {},
      settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1', 'registry-username': 'u', 'registry-password': 'acr-pass-9' },
      log,
    });
    expect(log.masked).toEqual(expect.arrayContaining(['dw-secret', 'acr-pass-9']));
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
    const ref = `registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/repo@${DIGEST}`;
    const hash = '0123456789abcdef'.repeat(4);
    const platform = await createPlatform({
      platform: 'dataworks',
      endpoint: dw.url,
      tagDigest: async (tagged) =>
        tagged === `registry-vpc.cn-hangzhou.cr.aliyuncs.com/ns/repo:h1-${hash.slice(0, 32)}` ? DIGEST : undefined,
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret },
      settings: { 'acr-instance-id': 'cri-1', 'acr-vpc-id': 'vpc-1', 'task-types': 'Shell, Notebook', accessibility: 'Public' },
      log,
    });
    const version = await platform.createVersion({
      image: 'repo_image',
      version: '1.0.0',
      digest: DIGEST,
      imageRef: ref,
      source: { commit: 'c' },
      build: { hash },
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
