/**
 * Contract tests of the DataWorks adapter against a strict local stand-in of the 2024-05-18
 * OpenAPI (fake-dataworks.ts): exact actions, parameters and their placement as the official SDKs
 * send them (TS `dataworks-public-20240518/src/client.ts` @ d23e6b83, Go `client/client.go` @
 * 846decbe), ACS3 signatures verified by @alicloud/openapi-core, real-shaped answers.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DataWorksPlatform, type DataWorksPlatformOptions } from '../../../src/platform/dataworks/adapter.js';
import { idempotencyToken } from '../../../src/platform/dataworks/records.js';
import { TEST_POLL } from '../../../src/platform/dataworks/publish.js';
import { ChannelMovedError, VersionConflictError, VersionNotCurrentError } from '../../../src/platform/platform.js';
import type { ChannelState, ImageVersion, ImageVersionRequest } from '../../../src/core/platform-model.js';
import { InputError } from '../../../src/core/errors.js';
import { captureError, expectNoSecrets, recordingLog, recordingSleep, type RecordingLog } from '../support.js';
import { startFakeDataWorks, type FakeDataWorks } from './fake-dataworks.js';
import { DataWorksClient } from '../../../src/platform/dataworks/client.js';

const credentials = { accessKeyId: 'LTAI5tContractKey01', accessKeySecret: 'contract-secret-5f1d2c3b4a' };
const secrets = [credentials.accessKeySecret];
const DIGEST_A = `sha256:${'a1'.repeat(32)}`;
const DIGEST_B = `sha256:${'b2'.repeat(32)}`;
const REPO = 'registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml-team/trainer';
const RESOURCE_GROUP = 'Serverless_res_group_524257424564736_6831777003XXXXX';

/** The build hash of a test build: the digest's hex, so every digest has its own hash tag. */
function hashOf(digest: string): string {
  return digest.slice('sha256:'.length);
}

/** What DataWorks is told to pull: the hash tag of the build. */
function tagUri(digest: string): string {
  return `${REPO}:h1-${hashOf(digest).slice(0, 32)}`;
}

function request(version: string, digest: string, extra: Partial<ImageVersionRequest> = {}): ImageVersionRequest {
  return {
    image: 'ml_runtime',
    version,
    digest,
    imageRef: `${REPO}@${digest}`,
    source: { commit: 'c0ffee', runUrl: 'https://github.com/o/r/actions/runs/1' },
    build: { hash: hashOf(digest) },
    ...extra,
  };
}

/** A fake clock for the test and publish polls: sleeping moves it on. */
function pollClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    seams: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

describe('DataWorks adapter (contract)', () => {
  let fake: FakeDataWorks;
  let log: RecordingLog;
  let errors: string[];
  /** Codes the stand-in is expected to have answered with (wrong credentials tests). */
  let expectedRejections: string[];
  /** What the registry serves under each tag (the tag check). */
  let registry: Map<string, string>;
  let tagReads: string[];

  function adapter(overrides: Partial<DataWorksPlatformOptions> = {}): DataWorksPlatform {
    return new DataWorksPlatform({
      endpoint: fake.url,
      credentials,
      acrInstanceId: 'cri-abc123',
      acrVpcId: 'vpc-bp1xyz',
      tagDigest: async (ref) => {
        tagReads.push(ref);
        return registry.get(ref);
      },
      log,
      retry: { sleep: recordingSleep().sleep },
      poll: pollClock().seams,
      ...overrides,
    });
  }

  /** Pushes the hash tag of every digest used here. */
  function pushAll() {
    for (const digest of [DIGEST_A, DIGEST_B, `sha256:${'c3'.repeat(32)}`, `sha256:${'d4'.repeat(32)}`, `sha256:${'e5'.repeat(32)}`]) {
      registry.set(tagUri(digest), digest);
    }
  }

  beforeEach(async () => {
    fake = await startFakeDataWorks({ ...credentials, maxPageSize: 100 });
    log = recordingLog();
    errors = [];
    expectedRejections = [];
    registry = new Map();
    tagReads = [];
    pushAll();
  });

  afterEach(async () => {
    await fake.close();
    expect(
      fake.rejected.map((rejection) => rejection.code),
      'requests the stand-in rejected',
    ).toEqual(expectedRejections);
    expectNoSecrets([log.text(), ...errors], secrets);
  });

  test('contract: first version creates the image with exact CreateImage form (all in the body), ImageUri the hash tag', async () => {
    const dataworks = adapter();
    await dataworks.ensureImage('ml_runtime');
    const version = await dataworks.createVersion(request('1.2.0', DIGEST_A, { description: 'trainer runtime' }));

    expect(fake.rejected).toEqual([]);
    // ensureImage looks the image up (absent); createVersion looks again (someone may have created it meanwhile).
    expect(fake.actions()).toEqual(['ListImages', 'ListImages', 'CreateImage', 'ListImageVersions']);
    expect(fake.calls[0]).toEqual({ action: 'ListImages', query: { Name: 'ml_runtime', PageNumber: '1', PageSize: '100' }, form: {} });
    expect(fake.calls[2]).toEqual({
      action: 'CreateImage',
      query: {},
      form: {
        Name: 'ml_runtime',
        ProviderType: 'ACR',
        Accessibility: 'Private',
        ClientToken: idempotencyToken('CreateImage', 'ml_runtime', '1.2.0', DIGEST_A),
        ImageUri: tagUri(DIGEST_A),
        Namespace: 'ml-team',
        RepositoryName: 'trainer',
        AcrInstanceId: 'cri-abc123',
        AcrAssociatedVpcId: 'vpc-bp1xyz',
        Description: `image-actions:1.2.0@${DIGEST_A} trainer runtime`,
        Supported: '{"Module":"Scheduler","TaskTypes":["Shell","Python"]}',
      },
    });
    // The registry was asked, before anything was written, what the hash tag points at.
    expect(tagReads).toEqual([tagUri(DIGEST_A)]);
    const imageId = fake.images[0]!.Id;
    expect(fake.calls[3]).toEqual({ action: 'ListImageVersions', query: { Id: imageId, PageNumber: '1', PageSize: '100' }, form: {} });
    expect(version).toEqual({
      id: `${imageId}:1`,
      image: 'ml_runtime',
      version: '1.2.0',
      digest: DIGEST_A,
      imageRef: `${REPO}@${DIGEST_A}`,
      created: true,
    });
    // createVersion registers; publishing is publishVersion's job.
    expect(fake.images[0]!.versions[0]!.PublishStage).toBe('Untest');
    expect(log.masked).toEqual(expect.arrayContaining([credentials.accessKeyId, credentials.accessKeySecret]));
  });

  test('contract: same version and digest again is a replay: created false, no writes, no registry read', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const before = fake.actions().length;
    tagReads.length = 0;
    const again = await adapter().createVersion(request('1.2.0', DIGEST_A));
    expect(fake.actions().slice(before)).toEqual(['ListImages', 'ListImageVersions']);
    expect(tagReads).toEqual([]);
    expect(again.created).toBe(false);
    expect(again.id).toBe(`${fake.images[0]!.Id}:1`);
    expect(fake.images).toHaveLength(1);
    expect(fake.images[0]!.versions).toHaveLength(1);
  });

  test('contract: a new version goes through UpdateImage with the registry fields in the query and the rest in the body', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const imageId = fake.images[0]!.Id;
    const before = fake.calls.length;
    const second = await adapter().createVersion(request('1.3.0', DIGEST_B));
    const calls = fake.calls.slice(before);
    expect(calls.map((call) => call.action)).toEqual(['ListImages', 'ListImageVersions', 'UpdateImage', 'ListImageVersions']);
    expect(calls[2]).toEqual({
      action: 'UpdateImage',
      query: {
        ImageUri: tagUri(DIGEST_B),
        Namespace: 'ml-team',
        RepositoryName: 'trainer',
        AcrInstanceId: 'cri-abc123',
        AcrAssociatedVpcId: 'vpc-bp1xyz',
      },
      form: {
        Id: imageId,
        Description: `image-actions:1.3.0@${DIGEST_B}`,
        Supported: '{"Module":"Scheduler","TaskTypes":["Shell","Python"]}',
      },
    });
    expect(second).toMatchObject({ id: `${imageId}:2`, version: '1.3.0', digest: DIGEST_B, created: true });
    expect(fake.images[0]!.versions[1]).toMatchObject({ ImageUri: tagUri(DIGEST_B), IsDefault: true });
  });

  test.each([
    ['absent', undefined, /The registry has no .*:h1-b2b2.*Push the build again\. Nothing was registered\./],
    ['moved to another digest', DIGEST_A, /serves sha256:a1a1.* under .*:h1-b2b2.*, not sha256:b2b2.*: the hash tag was moved/],
  ])('contract: a hash tag that is %s stops the registration before anything is written', async (_name, served, message) => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    if (served === undefined) registry.delete(tagUri(DIGEST_B));
    else registry.set(tagUri(DIGEST_B), served);
    const stored = JSON.stringify(fake.images);
    const before = fake.actions().length;
    const error = await captureError(adapter().createVersion(request('1.3.0', DIGEST_B)));
    errors.push(error.message);
    expect(error.message).toMatch(message);
    expect(fake.actions().slice(before)).toEqual(['ListImages', 'ListImageVersions']);
    expect(JSON.stringify(fake.images)).toBe(stored);
  });

  test('contract: same version with another digest fails loudly and changes nothing', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const stored = JSON.stringify(fake.images);
    const before = fake.actions().length;
    const error = await captureError(adapter().createVersion(request('1.2.0', DIGEST_B)));
    errors.push(error.message);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error).toMatchObject({ image: 'ml_runtime', version: '1.2.0', existingDigest: DIGEST_A, requestedDigest: DIGEST_B });
    expect(error.message).toBe(
      `version 1.2.0 of ml_runtime already exists with digest ${DIGEST_A}; versions are immutable: choose another version or re-use that digest ` +
        `(DataWorks image ${fake.images[0]!.Id}, version 1). Nothing was changed.`,
    );
    expect(fake.actions().slice(before)).toEqual(['ListImages', 'ListImageVersions']);
    expect(JSON.stringify(fake.images)).toBe(stored);
  });

  test('contract: getVersion reads the marker back; unknown versions and images are undefined', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const found = await adapter().getVersion('ml_runtime', '1.2.0');
    expect(found).toEqual({
      id: `${fake.images[0]!.Id}:1`,
      image: 'ml_runtime',
      version: '1.2.0',
      digest: DIGEST_A,
      imageRef: `${REPO}@${DIGEST_A}`,
      created: false,
    });
    expect(await adapter().getVersion('ml_runtime', '9.9.9')).toBeUndefined();
    expect(await adapter().getVersion('other_image', '1.2.0')).toBeUndefined();
  });

  test('contract: attach associates each workspace once (AssociateProjectToImage), replay changes nothing', async () => {
    const dataworks = adapter();
    const version = await dataworks.createVersion(request('1.2.0', DIGEST_A));
    const imageId = fake.images[0]!.Id;
    const before = fake.calls.length;
    const first = await dataworks.attach(version, [
      { kind: 'project', id: '1001' },
      { kind: 'project', id: '2002' },
    ]);
    expect(fake.calls.slice(before)).toEqual([
      { action: 'ListImageVersions', query: { Id: imageId, PageNumber: '1', PageSize: '100' }, form: {} },
      { action: 'ListImageAssociatedProjects', query: { Id: imageId }, form: {} },
      { action: 'AssociateProjectToImage', query: {}, form: { Id: imageId, ProjectId: '1001' } },
      { action: 'AssociateProjectToImage', query: {}, form: { Id: imageId, ProjectId: '2002' } },
    ]);
    expect(first).toEqual([
      { target: 'project/1001', image: 'ml_runtime', version: '1.2.0', changed: true },
      { target: 'project/2002', image: 'ml_runtime', version: '1.2.0', changed: true },
    ]);
    expect(fake.images[0]!.projects).toEqual([1001, 2002]);

    const mark = fake.calls.length;
    const again = await dataworks.attach(version, [{ kind: 'project', id: '1001' }]);
    expect(fake.calls.slice(mark).map((call) => call.action)).toEqual(['ListImageVersions', 'ListImageAssociatedProjects']);
    expect(again).toEqual([{ target: 'project/1001', image: 'ml_runtime', version: '1.2.0', changed: false }]);
  });

  test('contract: attaching a version that is not the image current one is refused, nothing changed', async () => {
    const old = await adapter().createVersion(request('1.2.0', DIGEST_A));
    await adapter().createVersion(request('1.3.0', DIGEST_B));
    const before = fake.calls.length;
    const error = await captureError(adapter().attach(old, [{ kind: 'project', id: '1001' }]));
    errors.push(error.message);
    expect(error.message).toContain("runs the image's current version (2)");
    expect(error.message).toContain("'1.2.0' is version 1");
    expect(fake.calls.slice(before).map((call) => call.action)).toEqual(['ListImageVersions']);
    expect(fake.images[0]!.projects).toEqual([]);
  });

  test('contract: a marker whose digest disagrees with the version ImageUri does not identify that version', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    await adapter().createVersion(request('1.3.0', DIGEST_B));
    // As if DataWorks kept one description for the whole image: version 1 now shows version 2's marker.
    fake.images[0]!.versions[0]!.Description = fake.images[0]!.versions[1]!.Description;
    const found = await adapter().getVersion('ml_runtime', '1.3.0');
    expect(found?.id).toBe(`${fake.images[0]!.Id}:2`);
  });

  test('contract: a newer version made outside image-actions counts as the image current one', async () => {
    const version = await adapter().createVersion(request('1.2.0', DIGEST_A));
    fake.images[0]!.versions[0]!.IsDefault = false;
    fake.images[0]!.versions.push({
      Version: '2',
      Description: 'edited in the console',
      ImageUri: `${REPO}:hotfix`,
      PublishStage: 'Published',
      Status: 'Available',
      CreatedTime: 1,
      IsDefault: true,
    });
    const error = await captureError(adapter().attach(version, [{ kind: 'project', id: '1001' }]));
    expect(error.message).toContain("runs the image's current version (2)");
  });

  test('contract: resource-group and other non-project targets are refused before any request', async () => {
    const version = await adapter().createVersion(request('1.2.0', DIGEST_A));
    const before = fake.actions().length;
    const error = await captureError(
      adapter().attach(version, [
        { kind: 'project', id: '1001' },
        { kind: 'resource-group', id: 'rg-prod' },
      ]),
    );
    expect(error.message).toContain("workspaces only (project/<id>), not 'resource-group/rg-prod'");
    expect(fake.actions().length).toBe(before);
  });

  test('contract: pagination walks every page of ListImageVersions', async () => {
    await fake.close();
    fake = await startFakeDataWorks({ ...credentials, maxPageSize: 2 });
    const dataworks = adapter();
    for (const [index, digest] of [
      DIGEST_A,
      DIGEST_B,
      `sha256:${'c3'.repeat(32)}`,
      `sha256:${'d4'.repeat(32)}`,
      `sha256:${'e5'.repeat(32)}`,
    ].entries()) {
      await dataworks.createVersion(request(`1.${index}.0`, digest));
    }
    const before = fake.calls.length;
    const found = await adapter().getVersion('ml_runtime', '1.0.0');
    expect(found?.digest).toBe(DIGEST_A);
    const pages = fake.calls
      .slice(before)
      .filter((call) => call.action === 'ListImageVersions')
      .map((call) => call.query['PageNumber']);
    expect(pages).toEqual(['1', '2', '3']);
  });

  test('contract: ListImages name filter is fuzzy; only the exact name counts', async () => {
    await adapter().createVersion(request('1.0.0', DIGEST_A, { image: 'ml_runtime_gpu' }));
    const version = await adapter().createVersion(request('1.0.0', DIGEST_B));
    expect(fake.images.map((image) => image.Name)).toEqual(['ml_runtime_gpu', 'ml_runtime']);
    expect(version.id).toBe(`${fake.images[1]!.Id}:1`);
  });

  test('contract: a lost CreateImage answer is retried with the same ClientToken and creates one image', async () => {
    fake.faults.push({
      action: 'CreateImage',
      afterProcessing: true,
      reply: {
        status: 503,
        body: {
          RequestId: 'R-503',
          Code: 'ServiceUnavailable',
          Message: 'The request has failed due to a temporary failure of the server.',
        },
      },
    });
    const version = await adapter().createVersion(request('1.2.0', DIGEST_A));
    const creates = fake.calls.filter((call) => call.action === 'CreateImage');
    expect(creates).toHaveLength(2);
    expect(creates[0]!.form['ClientToken']).toBe(creates[1]!.form['ClientToken']);
    expect(fake.images).toHaveLength(1);
    expect(version.created).toBe(true);
  });

  test('contract: throttling and 5xx are retried with a fresh signature nonce each try', async () => {
    const { sleep, delays } = recordingSleep();
    fake.faults.push({
      action: 'ListImages',
      times: 2,
      reply: { status: 400, body: { RequestId: 'R-1', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' } },
    });
    fake.faults.push({
      action: 'ListImageVersions',
      reply: { status: 503, body: { RequestId: 'R-2', Code: 'ServiceUnavailable', Message: 'temporary failure' } },
    });
    await adapter({ retry: { sleep, random: () => 0.5 } }).createVersion(request('1.2.0', DIGEST_A));
    expect(fake.actions().slice(0, 3)).toEqual(['ListImages', 'ListImages', 'ListImages']);
    expect(fake.rejected).toEqual([]); // a reused nonce would have been rejected
    expect(delays).toEqual([250, 500, 250]);
  });

  test('contract: retries are bounded and the error carries Code and RequestId', async () => {
    fake.faults.push({
      action: 'ListImages',
      times: 99,
      reply: {
        status: 500,
        body: {
          RequestId: 'D4E5F6-REQ',
          HostId: 'dataworks.cn-hangzhou.aliyuncs.com',
          Code: 'InternalError',
          Message: 'The request processing has failed due to some unknown error.',
        },
      },
    });
    const error = await captureError(adapter().createVersion(request('1.2.0', DIGEST_A)));
    errors.push(error.message);
    expect(fake.actions()).toEqual(['ListImages', 'ListImages', 'ListImages', 'ListImages', 'ListImages']);
    expect(error.message).toBe(
      'DataWorks ListImages failed (HTTP 500 after 5 tries): InternalError: The request processing has failed due to some unknown error. RequestId: D4E5F6-REQ.',
    );
  });

  test('contract: a wrong AccessKey secret is answered SignatureDoesNotMatch; the secret is never printed', async () => {
    const wrong = 'wrong-secret-9e8d7c6b5a';
    expectedRejections = ['SignatureDoesNotMatch'];
    const error = await captureError(
      adapter({ credentials: { ...credentials, accessKeySecret: wrong } }).createVersion(request('1.2.0', DIGEST_A)),
    );
    errors.push(error.message);
    expect(error.message).toContain('SignatureDoesNotMatch');
    expect(error.message).toContain('Check the AccessKey pair');
    expect(fake.actions()).toEqual(['ListImages']);
    expectNoSecrets([error.message, log.text()], [wrong]);
  });

  test('contract: an unknown AccessKeyId is reported as such', async () => {
    expectedRejections = ['InvalidAccessKeyId.NotFound'];
    const error = await captureError(adapter({ credentials: { ...credentials, accessKeyId: 'LTAI5tUnknown' } }).ensureImage('ml_runtime'));
    errors.push(error.message);
    expect(error.message).toContain('HTTP 404');
    expect(error.message).toContain('InvalidAccessKeyId.NotFound');
  });

  test('contract: bad names and references fail before any request, naming the input', async () => {
    const dataworks = adapter();
    const badName = await captureError(dataworks.createVersion(request('1.2.0', DIGEST_A, { image: 'ml-runtime' })));
    expect(badName).toBeInstanceOf(InputError);
    expect(badName.message).toContain("Input 'image-name'");
    expect(badName.message).toContain("Use e.g. 'ml_runtime'");
    const unpinned = await captureError(dataworks.createVersion(request('1.2.0', DIGEST_A, { imageRef: `${REPO}:1.2.0` })));
    expect(unpinned.message).toContain("Input 'image'");
    const noNamespace = await captureError(dataworks.createVersion(request('1.2.0', DIGEST_A, { imageRef: `trainer@${DIGEST_A}` })));
    expect(noNamespace.message).toContain('<registry>/<namespace>/<repository>');
    const mismatch = await captureError(dataworks.createVersion(request('1.2.0', DIGEST_A, { imageRef: `${REPO}@${DIGEST_B}` })));
    expect(mismatch.message).toContain('does not carry digest');
    const longVersion = await captureError(dataworks.createVersion(request('v'.repeat(43), DIGEST_A)));
    expect(longVersion.message).toContain("Input 'version'");
    expect(fake.actions()).toEqual([]);
    expect(tagReads).toEqual([]);
  });

  test.each([
    ['UpdateImage', { query: { Id: 'Custom_image_1' }, form: {} }, 'UpdateImage does not take Id in the query'],
    ['UpdateImage', { form: { Id: 'Custom_image_1', ImageUri: 'r/ns/repo:1' } }, 'UpdateImage does not take ImageUri in the body'],
    ['CreateImage', { query: { Name: 'x' }, form: {} }, 'CreateImage does not take Name in the query'],
    ['GetImageTestResult', { form: { Id: 'Custom_image_1', ProcessId: 'p' } }, 'GetImageTestResult does not take Id in the body'],
    [
      'RunImageTest',
      { query: { Id: 'Custom_image_1' }, form: { ResourceGroupId: 'Serverless_res_group_1' } },
      'RunImageTest does not take Id in the query',
    ],
    ['RollbackImage', { form: { Id: 'Custom_image_1' } }, 'The input parameter "ImageVersion" that is mandatory'],
  ])('contract: the stand-in refuses %s with parameters where the SDKs do not put them', async (action, params, message) => {
    expectedRejections = [action === 'RollbackImage' ? 'MissingParameter' : 'InvalidParameter'];
    const client = new DataWorksClient({ endpoint: fake.url, credentials, log, retry: { sleep: recordingSleep().sleep } });
    const error = await captureError(client.call(action, params));
    expect(error.message).toContain(message);
  });

  describe('publishVersion and rollbackTo (the promote action calls these)', () => {
    test('contract: without a test resource group the current version is published untested (PublishImage in the body)', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      const imageId = fake.images[0]!.Id;
      const before = fake.calls.length;
      const result = await adapter().publishVersion('ml_runtime', '1.2.0');
      expect(result).toEqual({ published: true, tested: false, stage: 'Published' });
      const calls = fake.calls.slice(before);
      // The image id is looked up once per adapter; the stage is read back after publishing.
      expect(calls.map((call) => call.action)).toEqual(['ListImages', 'ListImageVersions', 'PublishImage', 'ListImageVersions']);
      expect(calls[2]).toEqual({
        action: 'PublishImage',
        query: {},
        form: { Id: imageId, ProcessId: idempotencyToken('PublishImage', imageId, '1', DIGEST_A) },
      });
      expect(fake.tests.size).toBe(0);
      expect(fake.images[0]!.versions[0]!.PublishStage).toBe('Published');
    });

    test('contract: with test-resource-group the test runs first (RunImageTest body, GetImageTestResult query), polled until it passed, then published', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      const imageId = fake.images[0]!.Id;
      fake.testPolls = 2;
      const clock = pollClock();
      const before = fake.calls.length;
      const result = await adapter({ testResourceGroup: RESOURCE_GROUP, poll: clock.seams }).publishVersion('ml_runtime', '1.2.0');
      expect(result).toEqual({ published: true, tested: true, stage: 'Published' });
      const calls = fake.calls.slice(before);
      const processId = idempotencyToken('RunImageTest', imageId, '1', DIGEST_A, RESOURCE_GROUP);
      expect(calls.map((call) => call.action)).toEqual([
        'ListImages',
        'ListImageVersions',
        'RunImageTest',
        'GetImageTestResult',
        'GetImageTestResult',
        'GetImageTestResult',
        'PublishImage',
        'ListImageVersions',
      ]);
      expect(calls[2]).toEqual({
        action: 'RunImageTest',
        query: {},
        form: { Id: imageId, ProcessId: processId, ResourceGroupId: RESOURCE_GROUP },
      });
      expect(calls[3]).toEqual({ action: 'GetImageTestResult', query: { Id: imageId, ProcessId: processId }, form: {} });
      expect(clock.sleeps).toEqual([TEST_POLL.intervalMs, TEST_POLL.intervalMs]);
      expect(log.text()).toContain(`DataWorks is testing ${imageId} version 1 on ${RESOURCE_GROUP}`);
    });

    test('contract: a failed image test is reported and nothing is published', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      fake.testOutcome = 'fail';
      const result = await adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0');
      expect(result).toEqual({ published: false, tested: true, stage: 'TestFailed' });
      expect(fake.actions()).not.toContain('PublishImage');
      expect(fake.images[0]!.versions[0]!.PublishStage).toBe('TestFailed');
      expect(log.text()).toContain('import torch');
      // Asking again does not test or publish a failed version again.
      const mark = fake.actions().length;
      expect(await adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0')).toEqual(result);
      expect(fake.actions().slice(mark)).toEqual(['ListImages', 'ListImageVersions']);
    });

    test('contract: a re-run joins the same test (same ProcessId) instead of starting a second one', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      fake.testPolls = 1_000_000;
      const error = await captureError(adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0'));
      errors.push(error.message);
      expect(error.message).toContain('is still running after 30 minutes');
      fake.testPolls = 0;
      for (const test of fake.tests.values()) test.readsLeft = 0;
      const result = await adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0');
      expect(result).toEqual({ published: true, tested: true, stage: 'Published' });
      expect(fake.tests.size).toBe(1);
    });

    test("contract: a test resource group that is not Serverless is DataWorks' error, named", async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      expectedRejections = [];
      const error = await captureError(adapter({ testResourceGroup: 'rg-classic' }).publishVersion('ml_runtime', '1.2.0'));
      errors.push(error.message);
      expect(error.message).toContain('DataWorks RunImageTest failed (HTTP 400): InvalidParameter.ResourceGroupId');
      expect(fake.actions()).not.toContain('PublishImage');
    });

    test('contract: publishing waits while DataWorks says Publishing', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      fake.publishingReads = 2;
      const clock = pollClock();
      const result = await adapter({ poll: clock.seams }).publishVersion('ml_runtime', '1.2.0');
      expect(result).toEqual({ published: true, tested: false, stage: 'Published' });
      expect(clock.sleeps.length).toBe(2);
    });

    test('contract: an already published version is a replay: no test, no publish', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      await adapter().publishVersion('ml_runtime', '1.2.0');
      const mark = fake.actions().length;
      expect(await adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0')).toEqual({
        published: true,
        tested: false,
        stage: 'Published',
      });
      expect(fake.actions().slice(mark)).toEqual(['ListImages', 'ListImageVersions']);
    });

    test('contract: a version that is not current is refused (VersionNotCurrentError), nothing changed', async () => {
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      await adapter().createVersion(request('1.3.0', DIGEST_B));
      const stored = JSON.stringify(fake.images);
      const error = await captureError(adapter({ testResourceGroup: RESOURCE_GROUP }).publishVersion('ml_runtime', '1.2.0'));
      expect(error).toBeInstanceOf(VersionNotCurrentError);
      expect(error).toMatchObject({ image: 'ml_runtime', version: '1.2.0', current: '2' });
      expect(error.message).toContain("'1.2.0' is version 1");
      expect(JSON.stringify(fake.images)).toBe(stored);
    });

    test('contract: rollbackTo sends RollbackImage {Id, ImageVersion} in the body; the version is then current, publishable and attachable', async () => {
      const old = await adapter().createVersion(request('1.2.0', DIGEST_A));
      await adapter().createVersion(request('1.3.0', DIGEST_B));
      const imageId = fake.images[0]!.Id;
      const before = fake.calls.length;
      await adapter().rollbackTo('ml_runtime', '1.2.0');
      const calls = fake.calls.slice(before);
      expect(calls.map((call) => call.action)).toEqual(['ListImages', 'ListImageVersions', 'RollbackImage', 'ListImageVersions']);
      expect(calls[2]).toEqual({ action: 'RollbackImage', query: {}, form: { Id: imageId, ImageVersion: '1' } });
      expect(fake.images[0]!.versions.map((version) => version.IsDefault)).toEqual([true, false]);

      expect(await adapter().publishVersion('ml_runtime', '1.2.0')).toMatchObject({ published: true });
      expect(await adapter().attach(old, [{ kind: 'project', id: '1001' }])).toEqual([
        { target: 'project/1001', image: 'ml_runtime', version: '1.2.0', changed: true },
      ]);
      // Rolling back to the current version sends nothing.
      const mark = fake.actions().length;
      await adapter().rollbackTo('ml_runtime', '1.2.0');
      expect(fake.actions().slice(mark)).toEqual(['ListImages', 'ListImageVersions']);
    });

    test('contract: publishVersion and rollbackTo name what is missing', async () => {
      expect((await captureError(adapter().publishVersion('ml_runtime', '1.2.0'))).message).toBe(
        "DataWorks has no image named 'ml_runtime'. Register a version of it first.",
      );
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      expect((await captureError(adapter().rollbackTo('ml_runtime', '9.9.9'))).message).toContain(
        "has no version '9.9.9' registered by image-actions",
      );
    });
  });

  describe('promotion: the one channel, published (the promote action)', () => {
    const promotion = (version: ImageVersion, expected: ChannelState | null) => ({
      image: 'ml_runtime',
      channel: 'published',
      version,
      expected,
    });

    test('contract: the channel is our current version, revision its DataWorks number; previous is our version below it', async () => {
      expect(await adapter().readChannel('ml_runtime', 'published')).toBeUndefined();
      await adapter().createVersion(request('1.2.0', DIGEST_A));
      await adapter().createVersion(request('1.3.0', DIGEST_B));
      expect(await adapter().readChannel('ml_runtime', 'published')).toEqual({
        image: 'ml_runtime',
        channel: 'published',
        version: '1.3.0',
        digest: DIGEST_B,
        revision: '2',
      });
      expect(await adapter().previousVersion('ml_runtime', 'published')).toBe('1.2.0');
      const error = await captureError(adapter().readChannel('ml_runtime', 'production'));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain("'production': DataWorks has one channel per image, 'published'");
    });

    test('contract: promoting an older version rolls back (RollbackImage) then publishes it (PublishImage); again changes nothing', async () => {
      const old = await adapter().createVersion(request('1.2.0', DIGEST_A));
      await adapter().createVersion(request('1.3.0', DIGEST_B));
      const seen = await adapter().readChannel('ml_runtime', 'published');
      const mark = fake.actions().length;
      const result = await adapter().promote(promotion(old, seen ?? null));
      expect(result).toEqual({ channel: 'published', version: '1.2.0', previousVersion: '1.3.0', changed: true });
      const actions = fake.actions().slice(mark);
      expect(actions).toContain('RollbackImage');
      expect(actions.indexOf('RollbackImage')).toBeLessThan(actions.indexOf('PublishImage'));
      expect(fake.images[0]!.versions.map((version) => [version.IsDefault, version.PublishStage])).toEqual([
        [true, 'Published'],
        [false, expect.anything()],
      ]);

      const again = await adapter().promote(promotion(old, (await adapter().readChannel('ml_runtime', 'published')) ?? null));
      expect(again).toEqual({ channel: 'published', version: '1.2.0', changed: false });
    });

    test('contract: a current version made by someone else since the run read the channel is not overwritten', async () => {
      const old = await adapter().createVersion(request('1.2.0', DIGEST_A));
      const seen = await adapter().readChannel('ml_runtime', 'published');
      await adapter().createVersion(request('1.3.0', DIGEST_B));
      const stored = JSON.stringify(fake.images);
      const error = await captureError(adapter().promote(promotion(old, seen ?? null)));
      expect(error).toBeInstanceOf(ChannelMovedError);
      expect(error).toMatchObject({ winner: '1.3.0', seen: '1.2.0', version: '1.2.0' });
      expect(JSON.stringify(fake.images)).toBe(stored);
    });
  });

  test("contract: a region id goes through the SDKs' endpoint map (cn-qingdao → dataworks.aliyuncs.com)", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = async (url) => {
      seen.push(String(url));
      return new Response(JSON.stringify({ RequestId: 'R', Success: true, PagingInfo: { ImageList: [], TotalCount: 0 } }), { status: 200 });
    };
    await adapter({ endpoint: 'cn-qingdao', fetch: fetchSpy }).ensureImage('ml_runtime');
    expect(seen[0]).toMatch(/^https:\/\/dataworks\.aliyuncs\.com\/\?Name=ml_runtime&PageNumber=1&PageSize=100$/);
  });
});
