/**
 * Contract tests of the DataWorks adapter against a strict local stand-in of the 2024-05-18
 * OpenAPI (fake-dataworks.ts): exact actions, parameters and their placement, ACS3 signatures
 * verified by @alicloud/openapi-core, real-shaped answers.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DataWorksPlatform, type DataWorksPlatformOptions } from '../../../src/platform/dataworks/adapter.js';
import { idempotencyToken } from '../../../src/platform/dataworks/records.js';
import { VersionConflictError } from '../../../src/platform/platform.js';
import type { ImageVersionRequest } from '../../../src/core/platform-model.js';
import { InputError } from '../../../src/core/errors.js';
import { captureError, expectNoSecrets, recordingLog, recordingSleep, type RecordingLog } from '../support.js';
import { startFakeDataWorks, type FakeDataWorks } from './fake-dataworks.js';

const credentials = { accessKeyId: 'LTAI5tContractKey01', accessKeySecret: 'contract-secret-5f1d2c3b4a' };
const secrets = [credentials.accessKeySecret];
const DIGEST_A = `sha256:${'a1'.repeat(32)}`;
const DIGEST_B = `sha256:${'b2'.repeat(32)}`;
const REPO = 'registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml-team/trainer';

function request(version: string, digest: string, extra: Partial<ImageVersionRequest> = {}): ImageVersionRequest {
  return {
    image: 'ml_runtime',
    version,
    digest,
    imageRef: `${REPO}@${digest}`,
    source: { commit: 'c0ffee', runUrl: 'https://github.com/o/r/actions/runs/1' },
    build: { hash: 'h1-0123456789abcdef0123456789abcdef' },
    ...extra,
  };
}

describe('DataWorks adapter (contract)', () => {
  let fake: FakeDataWorks;
  let log: RecordingLog;
  let errors: string[];
  /** Codes the stand-in is expected to have answered with (wrong credentials tests). */
  let expectedRejections: string[];

  function adapter(overrides: Partial<DataWorksPlatformOptions> = {}): DataWorksPlatform {
    return new DataWorksPlatform({
      endpoint: fake.url,
      credentials,
      acrInstanceId: 'cri-abc123',
      acrVpcId: 'vpc-bp1xyz',
      log,
      retry: { sleep: recordingSleep().sleep },
      ...overrides,
    });
  }

  beforeEach(async () => {
    fake = await startFakeDataWorks({ ...credentials, maxPageSize: 100 });
    log = recordingLog();
    errors = [];
    expectedRejections = [];
  });

  afterEach(async () => {
    await fake.close();
    expect(
      fake.rejected.map((rejection) => rejection.code),
      'requests the stand-in rejected',
    ).toEqual(expectedRejections);
    expectNoSecrets([log.text(), ...errors], secrets);
  });

  test('contract: first version creates the image with exact CreateImage form, then publishes it', async () => {
    const dataworks = adapter();
    await dataworks.ensureImage('ml_runtime');
    const version = await dataworks.createVersion(request('1.2.0', DIGEST_A, { description: 'trainer runtime' }));

    expect(fake.rejected).toEqual([]);
    // ensureImage looks the image up (absent); createVersion looks again (someone may have created it meanwhile).
    expect(fake.actions()).toEqual(['ListImages', 'ListImages', 'CreateImage', 'ListImageVersions', 'PublishImage']);
    expect(fake.calls[0]).toEqual({ action: 'ListImages', query: { Name: 'ml_runtime', PageNumber: '1', PageSize: '100' }, form: {} });
    expect(fake.calls[2]).toEqual({
      action: 'CreateImage',
      query: {},
      form: {
        Name: 'ml_runtime',
        ProviderType: 'ACR',
        Accessibility: 'Private',
        ClientToken: idempotencyToken('CreateImage', 'ml_runtime', '1.2.0', DIGEST_A),
        ImageUri: `${REPO}@${DIGEST_A}`,
        Namespace: 'ml-team',
        RepositoryName: 'trainer',
        AcrInstanceId: 'cri-abc123',
        AcrAssociatedVpcId: 'vpc-bp1xyz',
        Description: `image-actions:1.2.0@${DIGEST_A} trainer runtime`,
        Supported: '{"Module":"Scheduler","TaskTypes":["Shell","Python"]}',
      },
    });
    const imageId = fake.images[0]!.Id;
    expect(fake.calls[3]).toEqual({ action: 'ListImageVersions', query: { Id: imageId, PageNumber: '1', PageSize: '100' }, form: {} });
    expect(fake.calls[4]).toEqual({
      action: 'PublishImage',
      query: {},
      form: { Id: imageId, ProcessId: idempotencyToken('PublishImage', imageId, '1', DIGEST_A) },
    });
    expect(version).toEqual({
      id: `${imageId}:1`,
      image: 'ml_runtime',
      version: '1.2.0',
      digest: DIGEST_A,
      imageRef: `${REPO}@${DIGEST_A}`,
      created: true,
    });
    expect(fake.images[0]!.versions[0]!.PublishStage).toBe('Published');
    expect(log.masked).toEqual(expect.arrayContaining([credentials.accessKeyId, credentials.accessKeySecret]));
  });

  test('contract: same version and digest again is a replay: created false, no writes', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const before = fake.actions().length;
    const again = await adapter().createVersion(request('1.2.0', DIGEST_A));
    expect(fake.actions().slice(before)).toEqual(['ListImages', 'ListImageVersions']);
    expect(again.created).toBe(false);
    expect(again.id).toBe(`${fake.images[0]!.Id}:1`);
    expect(fake.images).toHaveLength(1);
    expect(fake.images[0]!.versions).toHaveLength(1);
  });

  test('contract: a new version of an existing image goes through UpdateImage and is published', async () => {
    await adapter().createVersion(request('1.2.0', DIGEST_A));
    const imageId = fake.images[0]!.Id;
    const before = fake.calls.length;
    const second = await adapter().createVersion(request('1.3.0', DIGEST_B));
    const calls = fake.calls.slice(before);
    expect(calls.map((call) => call.action)).toEqual([
      'ListImages',
      'ListImageVersions',
      'UpdateImage',
      'ListImageVersions',
      'PublishImage',
    ]);
    expect(calls[2]).toEqual({
      action: 'UpdateImage',
      query: {},
      form: {
        Id: imageId,
        ImageUri: `${REPO}@${DIGEST_B}`,
        Namespace: 'ml-team',
        RepositoryName: 'trainer',
        AcrInstanceId: 'cri-abc123',
        AcrAssociatedVpcId: 'vpc-bp1xyz',
        Description: `image-actions:1.3.0@${DIGEST_B}`,
        Supported: '{"Module":"Scheduler","TaskTypes":["Shell","Python"]}',
      },
    });
    expect(calls[4]!.form).toEqual({ Id: imageId, ProcessId: idempotencyToken('PublishImage', imageId, '2', DIGEST_B) });
    expect(second).toMatchObject({ id: `${imageId}:2`, version: '1.3.0', digest: DIGEST_B, created: true });
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
    fake.images[0]!.versions.push({
      Version: '2',
      Description: 'edited in the console',
      ImageUri: `${REPO}:hotfix`,
      PublishStage: 'Published',
      Status: 'Available',
      CreatedTime: 1,
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
  });
});
