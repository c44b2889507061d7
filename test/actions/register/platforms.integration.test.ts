/**
 * register with the databricks and dataworks platforms, as the runner runs the bundle (contract:
 * neither can be reached from here; metaflow and zenml are covered in-process by platforms.test.ts).
 * Bad input for them must fail before the first request, so the endpoint is a loopback server that
 * records every request it gets: it must get none. The adapters' own requests are covered by their
 * contract tests under test/platform/.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAction } from '../../harness/run-action.js';
import { commit, digestOf, hash, visibleText } from './support.js';

const received: string[] = [];
const server = createServer((req, res) => {
  received.push(`${req.method} ${req.url}`);
  res.writeHead(500).end();
});
let endpoint = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const acrImage = `registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/runtime@${digestOf('a')}`;
const accessKeySecret = 'dw-secret-Zq81mNv0pL2x';
const databricksToken = 'dapi-test-0f9e8d7c6b5a4321';
const registryPassword = 'plain-registry-pass-77aa';

const dataworks = {
  platform: 'dataworks',
  'access-key-id': 'LTAI5tTestKeyId',
  'access-key-secret': accessKeySecret,
  'platform-settings': 'acr-instance-id=cri-abc123\nacr-vpc-id=vpc-def456',
  'image-name': 'ml_runtime',
  image: acrImage,
  targets: 'project/1001',
};
const databricks = {
  platform: 'databricks',
  token: databricksToken,
  'image-name': 'ml-runtime',
  image: `ghcr.io/acme/ml-runtime@${digestOf('b')}`,
  targets: 'cluster/0123-456789-abcdefgh',
};

test.each([
  ['dataworks with a token', { ...dataworks, token: 'x-token-1234' }, "Input 'token': is not used by dataworks"],
  [
    'dataworks with an image name DataWorks refuses',
    { ...dataworks, 'image-name': 'ml-runtime' },
    "Input 'image-name': 'ml-runtime' is not a valid DataWorks image name",
  ],
  ['dataworks with a version longer than DataWorks records', { ...dataworks, version: `1.0.0-${'x'.repeat(40)}` }, "Input 'version':"],
  ['dataworks with an image outside ACR', { ...dataworks, image: `app@${digestOf('c')}` }, "Input 'image': 'app@sha256:"],
  [
    'dataworks without the ACR settings',
    { ...dataworks, 'platform-settings': '' },
    "Input 'platform-settings': dataworks needs acr-instance-id and acr-vpc-id",
  ],
  [
    'dataworks attached to a resource group',
    { ...dataworks, targets: 'resource-group/rg-prod' },
    "Input 'targets': line 1 'resource-group/rg-prod': DataWorks has no API that attaches an image to a resource group",
  ],
  [
    'databricks attached to a project',
    { ...databricks, targets: 'project/1001' },
    "Input 'targets': line 1 'project/1001': Databricks has no projects",
  ],
  [
    'databricks with a malformed cluster id',
    { ...databricks, targets: 'cluster/my-cluster' },
    "Input 'targets': line 1 'cluster/my-cluster' is not of the form cluster/<cluster-id>",
  ],
  [
    'databricks with an access key',
    { ...databricks, 'access-key-id': 'LTAI5tTestKeyId' },
    "Input 'access-key-id': is not used by databricks (only by dataworks)",
  ],
  [
    'databricks with an unknown setting',
    { ...databricks, 'platform-settings': 'registry-user=bot' },
    "Input 'platform-settings': 'registry-user' is not a databricks setting",
  ],
  [
    'databricks with a username but no password',
    { ...databricks, 'platform-settings': 'registry-username=bot' },
    "Input 'platform-settings': registry-username and registry-password go together",
  ],
  [
    'databricks with a plain registry password and no token',
    { ...databricks, token: '', 'platform-settings': `registry-username=bot\nregistry-password=${registryPassword}` },
    "Input 'token': is empty and no oidc-audience is set",
  ],
])('%s: one error naming the input, no request sent', async (_name, inputs, message) => {
  const before = received.length;
  const result = await runAction('register', { inputs: { endpoint, commit, hash, ...inputs }, timeoutMs: 60_000 });
  expect(result.exitCode).not.toBe(0);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toContain(message);
  expect(result.outputs).toEqual({});
  expect(received.slice(before)).toEqual([]);
  for (const secret of [accessKeySecret, databricksToken, registryPassword]) expect(visibleText(result)).not.toContain(secret);
});
