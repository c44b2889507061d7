/**
 * The ACS3-HMAC-SHA256 signer against its oracle, `@alicloud/openapi-core` (Alibaba's own SDK
 * core): for the same request (fixed nonce and date) both must produce the same Authorization.
 */
import * as openApiCore from '@alicloud/openapi-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  acs3Authorization,
  acsDate,
  canonicalQueryString,
  formBody,
  percentEncode,
  signRpcCall,
  type SignableRequest,
} from '../../../src/platform/dataworks/sign.js';
import { sha256Hex } from '../../../src/core/digest.js';
import { startServer, type TestServer } from '../support.js';

// openapi-core is CommonJS: depending on the loader its class is `default` or `default.default`.
type ClientConstructor = new (config: never) => { callApi(params: unknown, request: unknown, runtime: unknown): Promise<unknown> };
const interop = openApiCore as unknown as { default: ClientConstructor | { default: ClientConstructor } };
const OpenApiClient: ClientConstructor = typeof interop.default === 'function' ? interop.default : interop.default.default;
const { $OpenApiUtil, OpenApiUtil } = openApiCore;

const credentials = { accessKeyId: 'LTAI5tTestKeyId0000', accessKeySecret: 'test-secret-Q2xvdWQtU2lnbmluZw' };

/** What openapi-core computes for this request (the payload hash is what it sends as x-acs-content-sha256). */
function oracle(request: SignableRequest, secret = credentials.accessKeySecret, id = credentials.accessKeyId): string {
  return OpenApiUtil.getAuthorization(
    { method: request.method, pathname: request.pathname, query: request.query, headers: request.headers } as never,
    'ACS3-HMAC-SHA256',
    sha256Hex(request.body),
    id,
    secret,
  );
}

function baseHeaders(body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    host: 'dataworks.cn-hangzhou.aliyuncs.com',
    'x-acs-action': 'CreateImage',
    'x-acs-version': '2024-05-18',
    'x-acs-date': '2026-05-18T08:30:00Z',
    'x-acs-signature-nonce': '3f0c7a9e-5a1d-4c8e-9a43-7b0a9d6c2e11',
    'x-acs-content-sha256': sha256Hex(body),
    'user-agent': 'not signed',
    accept: 'application/json',
    ...extra,
  };
}

describe('ACS3-HMAC-SHA256 signature equals @alicloud/openapi-core', () => {
  const form = formBody({
    Name: 'ml_runtime',
    ProviderType: 'ACR',
    Supported: JSON.stringify({ Module: 'Scheduler', TaskTypes: ['Shell', 'Python'] }),
    Description: "image-actions:1.2.0@sha256:abc & it's (new) *stuff* ~ ünïcode",
  });
  const cases: Array<[string, SignableRequest]> = [
    ['empty query and body', { method: 'POST', pathname: '/', query: {}, headers: baseHeaders(''), body: '' }],
    [
      'read parameters in the query',
      {
        method: 'POST',
        pathname: '/',
        query: { Id: 'Custom_image_1a2b_3c4d', PageNumber: '1', PageSize: '100' },
        headers: baseHeaders('', { 'x-acs-action': 'ListImageVersions' }),
        body: '',
      },
    ],
    [
      'query values that need RFC 3986 encoding',
      {
        method: 'POST',
        pathname: '/',
        query: { Name: "a b*c(d)'e!f~g/h+i=j&k", ProjectIds: '["1","2"]', Empty: '', Unicode: '镜像' },
        headers: baseHeaders('', { 'x-acs-action': 'ListImages' }),
        body: '',
      },
    ],
    [
      'form body with content-type',
      {
        method: 'POST',
        pathname: '/',
        query: {},
        headers: baseHeaders(form, { 'content-type': 'application/x-www-form-urlencoded' }),
        body: form,
      },
    ],
    [
      'STS token headers',
      {
        method: 'POST',
        pathname: '/',
        query: { Id: 'x' },
        headers: baseHeaders('', { 'x-acs-accesskey-id': credentials.accessKeyId, 'x-acs-security-token': 'CAIS+sts/token==' }),
        body: '',
      },
    ],
    [
      'header values with surrounding spaces and mixed-case names',
      {
        method: 'POST',
        pathname: '/',
        query: {},
        headers: { ...baseHeaders(''), 'X-Acs-Action': undefined as never, 'X-ACS-Signature-Nonce': '  n-1  ' },
        body: '',
      },
    ],
    ['GET method', { method: 'GET', pathname: '/', query: { A: '1' }, headers: baseHeaders(''), body: '' }],
  ];

  test.each(cases)('%s', (_name, request) => {
    const clean = { ...request, headers: Object.fromEntries(Object.entries(request.headers).filter(([, v]) => v !== undefined)) };
    const ours = acs3Authorization(clean, credentials);
    expect(ours).toBe(oracle(clean));
    expect(ours).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI5tTestKeyId0000,SignedHeaders=[a-z0-9;-]+,Signature=[0-9a-f]{64}$/);
  });

  test('signRpcCall (fixed nonce and date) signs what openapi-core would sign', () => {
    const signed = signRpcCall({
      host: 'dataworks.cn-shanghai.aliyuncs.com',
      action: 'AssociateProjectToImage',
      version: '2024-05-18',
      query: {},
      form: { Id: 'Custom_image_1a2b_3c4d', ProjectId: '1001' },
      credentials,
      date: new Date(Date.UTC(2026, 4, 18, 8, 30, 0, 999)),
      nonce: 'fixed-nonce-0001',
    });
    expect(signed.body).toBe('Id=Custom_image_1a2b_3c4d&ProjectId=1001');
    expect(signed.search).toBe('');
    expect(signed.headers).toMatchObject({
      host: 'dataworks.cn-shanghai.aliyuncs.com',
      'x-acs-action': 'AssociateProjectToImage',
      'x-acs-version': '2024-05-18',
      'x-acs-date': '2026-05-18T08:30:00Z',
      'x-acs-signature-nonce': 'fixed-nonce-0001',
      'x-acs-content-sha256': sha256Hex('Id=Custom_image_1a2b_3c4d&ProjectId=1001'),
      'content-type': 'application/x-www-form-urlencoded',
    });
    const { authorization, ...unsigned } = signed.headers;
    expect(authorization).toBe(oracle({ method: 'POST', pathname: '/', query: {}, headers: unsigned, body: signed.body ?? '' }));
    expect(authorization).toContain(
      'SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,',
    );
  });

  test('a wrong secret gives a different signature (the comparison can fail)', () => {
    const request = cases[3]![1];
    expect(acs3Authorization(request, { ...credentials, accessKeySecret: 'other' })).not.toBe(oracle(request));
  });

  test('encoding helpers', () => {
    expect(percentEncode("a b!'()*~")).toBe('a%20b%21%27%28%29%2A~');
    expect(canonicalQueryString({ b: '2', a: '', c: 'x y' })).toBe('a=&b=2&c=x%20y');
    expect(acsDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('2026-01-02T03:04:05Z');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('openapi-core end to end: its real request re-signed by our signer', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('same Authorization and same form body bytes as the Alibaba SDK sends', async () => {
    server = await startServer(() => ({
      status: 200,
      body: { RequestId: '6A6CBE87-9F91-1323-B680-E7A7065XXXXX', Success: true, ImageId: 'Custom_image_1a2b_3c4d' },
    }));
    const client = new OpenApiClient(new $OpenApiUtil.Config({ ...credentials, endpoint: server.host, protocol: 'http' }) as never);
    const params = new $OpenApiUtil.Params({
      action: 'CreateImage',
      version: '2024-05-18',
      protocol: 'HTTP',
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    const fields = {
      ClientToken: 'b1946ac9-2492-4d3e-a6d4-1c0f4e1e7a55',
      Description: 'image-actions:1.2.0@sha256:' + 'a'.repeat(64) + " it's (new)",
      Name: 'ml_runtime',
      Supported: JSON.stringify({ Module: 'Scheduler', TaskTypes: ['Shell'] }),
    };
    const request = new $OpenApiUtil.OpenApiRequest({
      query: OpenApiUtil.query({ Trace: 'x y*z' }),
      body: OpenApiUtil.parseToMap(fields),
    });
    const response = (await client.callApi(params, request, {} as never)) as { body: { ImageId: string } };
    expect(response.body.ImageId).toBe('Custom_image_1a2b_3c4d');

    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    const headers = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k, String(v)]));
    expect(headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.body).toBe(formBody(fields));
    const ours = acs3Authorization({ method: sent.method, pathname: sent.path, query: sent.query, headers, body: sent.body }, credentials);
    expect(ours).toBe(headers['authorization']);
  });
});
