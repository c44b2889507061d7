/**
 * A loopback stand-in for the DataWorks OpenAPI (2024-05-18) image operations, strict about what
 * it accepts: every request must be `POST /` with the ACS3 headers, a signature that
 * `@alicloud/openapi-core` (the oracle) recomputes to the same value, a fresh nonce, the body hash
 * in `x-acs-content-sha256`, and each action's parameters exactly where the official SDKs put
 * them (query string or form body; see ACTIONS) with no unknown ones. Answers have the documented
 * shapes (`{RequestId, Success, …}`, `PagingInfo`, `TestResult`, errors `{RequestId, HostId, Code,
 * Message, Recommend}`).
 *
 * Behaviour modelled (the unverified assumptions listed in src/platform/dataworks/versions.ts and
 * publish.ts, made concrete): CreateImage makes version 1 and each UpdateImage the next one, each
 * with its own Description; the current version is the one flagged IsDefault (the newest, or the
 * one RollbackImage chose); RunImageTest and PublishImage act on the current version; an image
 * test stays `running` for `testPolls` reads of GetImageTestResult, then ends as `testOutcome`
 * says; a published version stays `Publishing` for `publishingReads` version listings.
 *
 * The error codes for image operations are not published (research C, open question 3); the
 * ones used here for name clashes are illustrative, the generic ones (SignatureDoesNotMatch,
 * InvalidAccessKeyId.NotFound, SignatureNonceUsed, Throttling.User, ServiceUnavailable) are
 * Alibaba's common codes.
 */
import { createHash } from 'node:crypto';
import { OpenApiUtil } from '@alicloud/openapi-core';
import { startServer, type RecordedRequest, type Reply, type TestServer } from '../support.js';

export interface FakeVersion {
  Version: string;
  Description: string;
  ImageUri: string;
  PublishStage: string;
  Status: string;
  CreatedTime: number;
  IsDefault?: boolean;
}

export interface FakeTest {
  processId: string;
  imageId: string;
  version: string;
  resourceGroupId: string;
  readsLeft: number;
}

export interface FakeImage {
  Id: string;
  Name: string;
  Accessibility: string;
  ProviderType: string;
  Namespace: string;
  RepositoryName: string;
  AcrInstanceId: string;
  AcrAssociatedVpcId: string;
  Supported: { Module: string; TaskTypes: string[] };
  versions: FakeVersion[];
  projects: number[];
}

export interface Fault {
  action: string;
  /** How many matching requests to answer with the fault (default 1). */
  times?: number;
  reply: Reply;
  /** Process the request first, then answer with the fault (a lost response). */
  afterProcessing?: boolean;
}

export interface FakeDataWorks {
  server: TestServer;
  url: string;
  images: FakeImage[];
  faults: Fault[];
  /** Image tests started, by ProcessId. */
  tests: Map<string, FakeTest>;
  /** How the next image tests end. */
  testOutcome: 'pass' | 'fail';
  /** GetImageTestResult reads that still say `running`. */
  testPolls: number;
  /** Version listings that still show `Publishing` after PublishImage. */
  publishingReads: number;
  /** Actions in the order received (every try). */
  actions(): string[];
  /** Requests that passed validation, with their parameters. */
  calls: Array<{ action: string; query: Record<string, string>; form: Record<string, string> }>;
  /** Every request body/header as text, to assert no secret was sent where it should not be. */
  rejected: Array<{ action: string; code: string; message: string }>;
  close(): Promise<void>;
}

interface Options {
  accessKeyId: string;
  accessKeySecret: string;
  /** Largest page the server returns, to exercise pagination. */
  maxPageSize?: number;
}

const REQUEST_ID = () => `6A6CBE87-9F91-1323-B680-${Math.random().toString(16).slice(2, 14).toUpperCase().padEnd(12, '0')}`;

/**
 * Where each parameter goes, as the official SDKs send it:
 * - CreateImage: all in the body — TS `dataworks-public-20240518/src/client.ts` `createImageWithOptions`
 *   (aliyun/alibabacloud-typescript-sdk @ d23e6b83).
 * - UpdateImage: `AcrAssociatedVpcId`, `AcrInstanceId`, `ImageUri`, `Namespace`, `RepositoryName` in the
 *   query, the rest in the body — TS `updateImageWithOptions` @ d23e6b83, Python `update_image_with_options`.
 * - ListImages, ListImageVersions, ListImageAssociatedProjects: query; AssociateProjectToImage: body —
 *   Go `client/client.go` (alibabacloud-go/dataworks-public-20240518 @ 846decbe).
 * - RunImageTest, PublishImage, RollbackImage: body; GetImageTestResult: query — TS @ d23e6b83
 *   (`runImageTestWithOptions`, `publishImageWithOptions`, `rollbackImageWithOptions`,
 *   `getImageTestResultWithOptions`); required fields from the `*Request.ts` models.
 */
export const ACTIONS: Record<string, { query: string[]; form: string[]; required: string[] }> = {
  CreateImage: {
    query: [],
    form: [
      'Accessibility',
      'AcrAssociatedVpcId',
      'AcrInstanceId',
      'BuildConfig',
      'ClientToken',
      'Description',
      'EnableSyncMaxCompute',
      'ImageUri',
      'Name',
      'Namespace',
      'ProviderImageId',
      'ProviderType',
      'RepositoryName',
      'Supported',
    ],
    required: ['Name', 'ProviderType', 'Namespace', 'RepositoryName', 'Supported', 'ClientToken'],
  },
  UpdateImage: {
    query: ['AcrAssociatedVpcId', 'AcrInstanceId', 'ImageUri', 'Namespace', 'RepositoryName'],
    form: ['Accessibility', 'BuildConfig', 'Description', 'Id', 'Name', 'ProviderImageId', 'Supported'],
    required: ['Id'],
  },
  ListImages: {
    query: [
      'Accessibility',
      'Name',
      'Official',
      'PageNumber',
      'PageSize',
      'ProjectIds',
      'ProviderTypes',
      'SearchAll',
      'SortBy',
      'Stages',
      'Statuses',
      'SupportedModules',
      'SupportedTaskTypes',
    ],
    form: [],
    required: [],
  },
  ListImageVersions: { query: ['Id', 'PageNumber', 'PageSize'], form: [], required: ['Id'] },
  PublishImage: { query: [], form: ['Id', 'ProcessId'], required: ['Id'] },
  ListImageAssociatedProjects: { query: ['Id'], form: [], required: ['Id'] },
  AssociateProjectToImage: { query: [], form: ['Id', 'ProjectId'], required: ['Id', 'ProjectId'] },
  RunImageTest: { query: [], form: ['Cu', 'Id', 'ProcessId', 'ResourceGroupId'], required: ['Id', 'ResourceGroupId'] },
  GetImageTestResult: { query: ['Id', 'ProcessId'], form: [], required: ['Id', 'ProcessId'] },
  RollbackImage: { query: [], form: ['Id', 'ImageVersion'], required: ['Id', 'ImageVersion'] },
};

function error(status: number, code: string, message: string): Reply {
  return {
    status,
    body: {
      RequestId: REQUEST_ID(),
      HostId: 'dataworks.cn-hangzhou.aliyuncs.com',
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}`,
    },
  };
}

function decodeForm(body: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) result[key] = value;
  return result;
}

export async function startFakeDataWorks(options: Options): Promise<FakeDataWorks> {
  const images: FakeImage[] = [];
  const faults: Fault[] = [];
  const tests = new Map<string, FakeTest>();
  const state = { testOutcome: 'pass' as 'pass' | 'fail', testPolls: 1, publishingReads: 0 };
  const publishing = new Map<FakeVersion, number>();
  const calls: FakeDataWorks['calls'] = [];
  const rejected: FakeDataWorks['rejected'] = [];
  const received: string[] = [];
  const nonces = new Set<string>();
  const clientTokens = new Map<string, string>();
  let nextImage = 1;

  const reject = (action: string, reply: Reply): Reply => {
    const body = reply.body as { Code: string; Message: string };
    rejected.push({ action, code: body.Code, message: body.Message });
    return reply;
  };

  function validate(request: RecordedRequest): { action: string; query: Record<string, string>; form: Record<string, string> } | Reply {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
    const action = headers['x-acs-action'] ?? '';
    received.push(action);
    if (request.method !== 'POST' || request.path !== '/')
      return reject(action, error(404, 'InvalidAction.NotFound', `${request.method} ${request.path} is not an RPC call`));
    if (headers['x-acs-version'] !== '2024-05-18')
      return reject(action, error(400, 'InvalidVersion', `version ${headers['x-acs-version']} is not supported`));
    const spec = ACTIONS[action];
    if (!spec) return reject(action, error(404, 'InvalidAction.NotFound', `Specified api ${action} is not found`));
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(headers['x-acs-date'] ?? ''))
      return reject(action, error(400, 'InvalidTimeStamp.Format', 'x-acs-date is malformed'));
    const nonce = headers['x-acs-signature-nonce'] ?? '';
    if (nonce === '') return reject(action, error(400, 'MissingSignatureNonce', 'x-acs-signature-nonce is required'));
    if (nonces.has(nonce)) return reject(action, error(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.'));
    nonces.add(nonce);
    const bodyHash = createHash('sha256').update(request.body).digest('hex');
    if (headers['x-acs-content-sha256'] !== bodyHash)
      return reject(action, error(400, 'ContentSha256NotMatch', 'x-acs-content-sha256 does not match the body'));
    if (request.body !== '' && headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return reject(action, error(400, 'InvalidContentType', `content-type ${headers['content-type']} with a form body`));
    }
    const auth = headers['authorization'] ?? '';
    const credential = /Credential=([^,]+)/.exec(auth)?.[1];
    if (credential !== options.accessKeyId)
      return reject(action, error(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'));
    const expected = OpenApiUtil.getAuthorization(
      { method: request.method, pathname: request.path, query: request.query, headers } as never,
      'ACS3-HMAC-SHA256',
      bodyHash,
      options.accessKeyId,
      options.accessKeySecret,
    );
    if (auth !== expected)
      return reject(action, error(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.'));
    const form = decodeForm(request.body);
    for (const key of Object.keys(request.query)) {
      if (!spec.query.includes(key)) return reject(action, error(400, 'InvalidParameter', `${action} does not take ${key} in the query`));
    }
    for (const key of Object.keys(form)) {
      if (!spec.form.includes(key)) return reject(action, error(400, 'InvalidParameter', `${action} does not take ${key} in the body`));
    }
    const all = { ...request.query, ...form };
    for (const key of spec.required) {
      if (!all[key])
        return reject(
          action,
          error(400, 'MissingParameter', `The input parameter "${key}" that is mandatory for processing this request is not supplied.`),
        );
    }
    return { action, query: request.query, form };
  }

  function image(id: string | undefined): FakeImage | undefined {
    return images.find((candidate) => candidate.Id === id);
  }

  function latest(img: FakeImage): FakeVersion {
    return img.versions[img.versions.length - 1]!;
  }

  /** The version compute runs: the IsDefault one. */
  function current(img: FakeImage): FakeVersion {
    return img.versions.find((version) => version.IsDefault) ?? latest(img);
  }

  function record(img: FakeImage, version: FakeVersion) {
    return {
      Id: img.Id,
      Name: img.Name,
      Version: version.Version,
      Description: version.Description,
      ImageUri: version.ImageUri,
      ImageVpcUri: version.ImageUri.replace(/^registry\./, 'registry-vpc.'),
      ImageTag: /:([^:/@]+)$/.exec(version.ImageUri)?.[1] ?? '',
      ProviderType: img.ProviderType,
      Namespace: img.Namespace,
      RepositoryName: img.RepositoryName,
      AcrInstanceId: img.AcrInstanceId,
      AcrAssociatedVpcId: img.AcrAssociatedVpcId,
      AcrEndpoint: 'registry.cn-hangzhou.aliyuncs.com',
      Accessibility: img.Accessibility,
      PublishStage: version.PublishStage,
      Status: version.Status,
      Official: false,
      IsDefault: version.IsDefault === true,
      EnableSyncMaxCompute: false,
      Supported: img.Supported,
      Size: '1GB',
      Creator: '123',
      Modifier: '123',
      CreatedTime: version.CreatedTime,
      LastModifiedTime: version.CreatedTime,
    };
  }

  function page<T>(items: T[], query: Record<string, string>, key: string): Reply {
    const size = Math.min(Number(query['PageSize'] ?? 10), options.maxPageSize ?? 100);
    const number = Number(query['PageNumber'] ?? 1);
    const slice = items.slice((number - 1) * size, number * size);
    return {
      status: 200,
      body: {
        RequestId: REQUEST_ID(),
        Success: true,
        PagingInfo: { [key]: slice, PageNumber: number, PageSize: size, TotalCount: items.length },
      },
    };
  }

  function newVersion(img: FakeImage, fields: Record<string, string>): void {
    for (const version of img.versions) version.IsDefault = false;
    img.versions.push({
      Version: String(img.versions.length + 1),
      Description: fields['Description'] ?? '',
      ImageUri: fields['ImageUri'] ?? '',
      PublishStage: 'Untest',
      Status: 'Available',
      CreatedTime: 1727055811000 + img.versions.length,
      IsDefault: true,
    });
  }

  function process(call: { action: string; query: Record<string, string>; form: Record<string, string> }): Reply {
    const { action, query, form } = call;
    switch (action) {
      case 'CreateImage': {
        const token = form['ClientToken']!;
        const replayed = clientTokens.get(token);
        if (replayed) return { status: 200, body: { RequestId: REQUEST_ID(), Success: true, ImageId: replayed } };
        if (!/^[a-z0-9_]{1,128}$/.test(form['Name']!)) return error(400, 'InvalidParameter.Name', 'The image name is invalid.');
        if (images.some((candidate) => candidate.Name === form['Name']))
          return error(400, 'InvalidParameter.NameExists', 'An image with this name already exists.');
        if (form['ProviderType'] === 'ACR' && (!form['ImageUri'] || !form['AcrInstanceId'] || !form['AcrAssociatedVpcId'])) {
          return error(400, 'MissingParameter', 'ImageUri, AcrInstanceId and AcrAssociatedVpcId are required for ACR images.');
        }
        const supported = JSON.parse(form['Supported']!) as FakeImage['Supported'];
        if (supported.Module !== 'Scheduler' || !Array.isArray(supported.TaskTypes))
          return error(400, 'InvalidParameter.Supported', 'Supported is invalid.');
        const img: FakeImage = {
          Id: `Custom_image_${String(nextImage++).padStart(4, '0')}_a1b2`,
          Name: form['Name']!,
          Accessibility: form['Accessibility'] ?? 'Private',
          ProviderType: form['ProviderType']!,
          Namespace: form['Namespace']!,
          RepositoryName: form['RepositoryName']!,
          AcrInstanceId: form['AcrInstanceId']!,
          AcrAssociatedVpcId: form['AcrAssociatedVpcId']!,
          Supported: supported,
          versions: [],
          projects: [],
        };
        newVersion(img, form);
        images.push(img);
        clientTokens.set(token, img.Id);
        return { status: 200, body: { RequestId: REQUEST_ID(), Success: true, ImageId: img.Id } };
      }
      case 'UpdateImage': {
        const img = image(form['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${form['Id']} does not exist.`);
        newVersion(img, { ...query, ...form });
        return { status: 200, body: { RequestId: REQUEST_ID(), Success: true, Data: true } };
      }
      case 'ListImages': {
        // Name is a fuzzy filter, as list filters usually are.
        const matching = images.filter((candidate) => !query['Name'] || candidate.Name.includes(query['Name']));
        return page(
          matching.map((img) => record(img, latest(img))),
          query,
          'ImageList',
        );
      }
      case 'ListImageVersions': {
        const img = image(query['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${query['Id']} does not exist.`);
        for (const [version, left] of publishing) {
          if (left <= 0) {
            version.PublishStage = 'Published';
            publishing.delete(version);
          } else publishing.set(version, left - 1);
        }
        return page(
          img.versions.map((version) => record(img, version)),
          query,
          'ImageVersions',
        );
      }
      case 'PublishImage': {
        const img = image(form['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${form['Id']} does not exist.`);
        const version = current(img);
        if (version.PublishStage === 'Testing' || version.PublishStage === 'TestFailed') {
          return error(
            400,
            'InvalidParameter.PublishStage',
            `Image version ${version.Version} is ${version.PublishStage} and cannot be published.`,
          );
        }
        if (version.PublishStage !== 'Published') {
          version.PublishStage = state.publishingReads > 0 ? 'Publishing' : 'Published';
          if (state.publishingReads > 0) publishing.set(version, state.publishingReads);
        }
        const processId = form['ProcessId'] ?? 'generated-process-id';
        return { status: 200, body: { Success: true, Data: { ProcessId: processId, Success: true }, RequestId: REQUEST_ID() } };
      }
      case 'RunImageTest': {
        const img = image(form['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${form['Id']} does not exist.`);
        // Only Serverless resource groups run image tests (RunImageTestRequest.ts).
        if (!form['ResourceGroupId']!.startsWith('Serverless_res_group_')) {
          return error(400, 'InvalidParameter.ResourceGroupId', 'Only Serverless resource groups can run image tests.');
        }
        const processId = form['ProcessId'] || `process-${tests.size + 1}`;
        if (!tests.has(processId)) {
          const version = current(img);
          version.PublishStage = 'Testing';
          tests.set(processId, {
            processId,
            imageId: img.Id,
            version: version.Version,
            resourceGroupId: form['ResourceGroupId']!,
            readsLeft: state.testPolls,
          });
        }
        return { status: 200, body: { RequestId: REQUEST_ID(), Success: true, Data: { ProcessId: processId, Success: true } } };
      }
      case 'GetImageTestResult': {
        const test = tests.get(query['ProcessId']!);
        const img = image(query['Id']);
        if (!test || !img || test.imageId !== img.Id)
          return error(400, 'InvalidParameter.ProcessId', `Process ${query['ProcessId']} does not exist.`);
        const version = img.versions.find((candidate) => candidate.Version === test.version)!;
        let status = 'running';
        if (test.readsLeft > 0) test.readsLeft -= 1;
        else {
          status = state.testOutcome === 'pass' ? 'completed' : 'failed';
          if (version.PublishStage === 'Testing') version.PublishStage = state.testOutcome === 'pass' ? 'Unpublished' : 'TestFailed';
        }
        return {
          status: 200,
          body: {
            RequestId: REQUEST_ID(),
            Success: true,
            TestResult: {
              ImageId: img.Id,
              ProcessId: test.processId,
              ResourceGroupId: test.resourceGroupId,
              Status: status,
              PublishStage: version.PublishStage,
              Message: status === 'failed' ? 'python3 -c "import torch" exited with 1' : 'test finished',
              OperateTime: 1727055811000,
            },
          },
        };
      }
      case 'RollbackImage': {
        const img = image(form['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${form['Id']} does not exist.`);
        const target = img.versions.find((candidate) => candidate.Version === form['ImageVersion']);
        if (!target) return error(400, 'InvalidParameter.ImageVersion', `Image version ${form['ImageVersion']} does not exist.`);
        for (const version of img.versions) version.IsDefault = version === target;
        return { status: 200, body: { RequestId: REQUEST_ID(), Success: true, Data: true } };
      }
      case 'ListImageAssociatedProjects': {
        const img = image(query['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${query['Id']} does not exist.`);
        return { status: 200, body: { Data: [...img.projects], RequestId: REQUEST_ID(), Success: true } };
      }
      case 'AssociateProjectToImage': {
        const img = image(form['Id']);
        if (!img) return error(400, 'InvalidParameter.ImageNotFound', `Image ${form['Id']} does not exist.`);
        const projectId = Number(form['ProjectId']);
        if (!Number.isInteger(projectId)) return error(400, 'InvalidParameter.ProjectId', 'ProjectId must be an integer.');
        if (!img.projects.includes(projectId)) img.projects.push(projectId);
        return { status: 200, body: { RequestId: REQUEST_ID(), Success: true } };
      }
    }
    return error(404, 'InvalidAction.NotFound', action);
  }

  const server = await startServer((request) => {
    const validated = validate(request);
    if ('status' in validated) return validated;
    const fault = faults.find((candidate) => candidate.action === validated.action && (candidate.times ?? 1) > 0);
    if (fault && !fault.afterProcessing) {
      fault.times = (fault.times ?? 1) - 1;
      return fault.reply;
    }
    calls.push(validated);
    const reply = process(validated);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return fault.reply;
    }
    return reply;
  });

  return {
    server,
    url: server.url,
    images,
    faults,
    tests,
    get testOutcome() {
      return state.testOutcome;
    },
    set testOutcome(value) {
      state.testOutcome = value;
    },
    get testPolls() {
      return state.testPolls;
    },
    set testPolls(value) {
      state.testPolls = value;
    },
    get publishingReads() {
      return state.publishingReads;
    },
    set publishingReads(value) {
      state.publishingReads = value;
    },
    calls,
    rejected,
    actions: () => [...received],
    close: () => server.close(),
  };
}
