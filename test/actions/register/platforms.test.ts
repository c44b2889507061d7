/**
 * register with metaflow, zenml and dataworks, in-process (test/harness/in-process.ts): the action's
 * own run() with INPUT_* variables, its platform factory aimed at the local stand-ins (the ZenML
 * and DataWorks contract servers, a temp Metaflow config). Outputs, summary, the one error of bad
 * input with nothing sent, and no secret in anything the step prints or leaves behind.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/register/main.js';
import { createPlatform, type CreatePlatformOptions } from '../../../src/platform/create.js';
import { runInProcess, type InProcessResult } from '../../harness/in-process.js';
import { startFakeZenML, type FakeZenML } from '../../platform/zenml/fake-zenml.js';
import { startFakeDataWorks, type FakeDataWorks } from '../../platform/dataworks/fake-dataworks.js';
import { recordingSleep } from '../../platform/support.js';
import { commit, digestOf, hash, hashTag } from './support.js';

const ZENML_KEY = 'ZENKEY_registerTest_0a9b8c7d6e5f';
const ACCESS = { id: 'LTAI5tRegisterTest', secret: 'dw-register-secret-4c3b2a1' };
const ACR_REF = `registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml-team/trainer@${digestOf('a')}`;

/** What the step shows or leaves, without the `::add-mask::` commands the runner consumes. */
function visible(result: InProcessResult<unknown>): string {
  return result.allText
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** The action's platform factory, with the seams a local test needs (no real registry, no real sleeping). */
function factory(extra: Partial<CreatePlatformOptions>): typeof createPlatform {
  return (options) => createPlatform({ ...options, retry: { sleep: recordingSleep().sleep }, ...extra });
}

async function register(inputs: Record<string, string>, extra: Partial<CreatePlatformOptions> = {}) {
  return runInProcess('register', () => run({ createPlatform: factory(extra) }), { inputs: { commit, hash, ...inputs } });
}

describe('register → metaflow', () => {
  test('writes the config file and outputs the image, the registry and the --with option', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'register-metaflow-'));
    const file = path.join(dir, 'config.json');
    const image = `ghcr.io/acme/trainer:latest@${digestOf('c')}`;
    const result = await register({ platform: 'metaflow', 'image-name': 'trainer', image, 'platform-settings': `config-file=${file}` });
    expect(result.errors).toEqual([]);
    const pinned = `ghcr.io/acme/trainer@${digestOf('c')}`;
    expect(result.outputs).toMatchObject({
      version: hashTag,
      'version-id': pinned,
      created: 'true',
      'metaflow-image': pinned,
      'metaflow-registry': 'ghcr.io',
      'metaflow-with': `--with kubernetes:image=${pinned}`,
      attachments: '[]',
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      METAFLOW_DEFAULT_CONTAINER_IMAGE: pinned,
      METAFLOW_DEFAULT_CONTAINER_REGISTRY: 'ghcr.io',
    });
    expect(result.summary).toContain('metaflow-with');
    expect(result.summary).toContain(pinned);

    const again = await register({ platform: 'metaflow', 'image-name': 'trainer', image, 'platform-settings': `config-file=${file}` });
    expect(again.outputs.created).toBe('false');
  });
});

describe('register → zenml', () => {
  let zen: FakeZenML;
  beforeEach(async () => {
    zen = await startFakeZenML({ apiKey: ZENML_KEY });
  });
  afterEach(async () => {
    await zen.close();
  });

  test('creates one pipeline build; version-id is its id; a re-run replays it; the API key shows nowhere', async () => {
    const inputs = {
      platform: 'zenml',
      endpoint: zen.url,
      token: ZENML_KEY,
      'image-name': 'trainer',
      image: `ghcr.io/acme/trainer@${digestOf('d')}`,
      'platform-settings': 'zenml-version=0.84.0\npython-version=3.11.9',
    };
    const first = await register(inputs);
    expect(first.errors).toEqual([]);
    expect(zen.builds).toHaveLength(1);
    expect(first.outputs).toMatchObject({ 'version-id': zen.builds[0]!.id, created: 'true', version: hashTag });
    const again = await register(inputs);
    expect(again.outputs).toMatchObject({ 'version-id': zen.builds[0]!.id, created: 'false' });
    for (const result of [first, again]) {
      expect(visible(result)).not.toContain(ZENML_KEY);
      for (const token of zen.tokens) expect(visible(result)).not.toContain(token);
    }
  });
});

describe('register → dataworks (publish)', () => {
  let dw: FakeDataWorks;
  const tagDigest = async (ref: string) => (ref.endsWith(`:${hashTag}`) ? digestOf('a') : undefined);
  const poll = { now: () => 0, sleep: async () => undefined };
  const inputs = (settings = '') => ({
    platform: 'dataworks',
    endpoint: dw.url,
    'access-key-id': ACCESS.id,
    'access-key-secret': ACCESS.secret,
    'image-name': 'ml_runtime',
    image: ACR_REF,
    targets: 'project/1001',
    'platform-settings': `acr-instance-id=cri-abc123\nacr-vpc-id=vpc-bp1xyz${settings}`,
  });

  beforeEach(async () => {
    dw = await startFakeDataWorks({ accessKeyId: ACCESS.id, accessKeySecret: ACCESS.secret });
  });
  afterEach(async () => {
    await dw.close();
  });

  test('without test-resource-group: published untested, said in a warning and the summary', async () => {
    const result = await register(inputs(), { tagDigest, poll });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ created: 'true', published: 'true', 'publish-stage': 'Published' });
    expect(result.warnings.join('\n')).toContain('was published untested. Set test-resource-group=');
    expect(result.summary).toContain('published <strong>untested</strong>');
    expect(dw.images[0]!.projects).toEqual([1001]);
    expect(visible(result)).not.toContain(ACCESS.secret);
  });

  test('with test-resource-group: tested, then published, then attached', async () => {
    const result = await register(inputs('\ntest-resource-group=Serverless_res_group_1_2'), { tagDigest, poll });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.outputs).toMatchObject({ published: 'true' });
    expect(result.summary).toContain('published after its image test passed');
    expect(dw.actions().indexOf('RunImageTest')).toBeLessThan(dw.actions().indexOf('PublishImage'));
    expect(dw.actions().indexOf('PublishImage')).toBeLessThan(dw.actions().indexOf('AssociateProjectToImage'));
  });

  test('a failed image test fails the step before anything is attached; the version outputs are there', async () => {
    dw.testOutcome = 'fail';
    const result = await register(inputs('\ntest-resource-group=Serverless_res_group_1_2'), { tagDigest, poll });
    expect(result.errors).toEqual([
      'dataworks: the image test of ml_runtime ' +
        hashTag +
        ' failed (stage TestFailed); the version was not published and nothing was attached.',
    ]);
    expect(result.outputs).toMatchObject({ created: 'true', published: 'false', 'publish-stage': 'TestFailed' });
    expect(dw.actions()).not.toContain('PublishImage');
    expect(dw.actions()).not.toContain('AssociateProjectToImage');
  });
});

describe('register: bad input for metaflow and zenml is one error naming it, nothing sent or written', () => {
  const sent: string[] = [];
  const spy: typeof fetch = async (url) => {
    sent.push(String(url));
    return new Response('{}', { status: 500 });
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'register-bad-'));
  const file = path.join(dir, 'config.json');
  const metaflow = {
    platform: 'metaflow',
    'image-name': 'trainer',
    image: `ghcr.io/acme/trainer@${digestOf('e')}`,
    'platform-settings': `config-file=${file}`,
  };
  const zenml = {
    platform: 'zenml',
    endpoint: 'http://127.0.0.1:9',
    token: ZENML_KEY,
    'image-name': 'trainer',
    image: `ghcr.io/acme/trainer@${digestOf('e')}`,
    'platform-settings': 'zenml-version=0.84.0\npython-version=3.11.9',
  };

  test.each([
    ['metaflow with an endpoint', { ...metaflow, endpoint: 'https://metaflow.example.com' }, "Input 'endpoint': is not used by metaflow"],
    ['metaflow with a token', { ...metaflow, token: 'x-token-1234' }, "Input 'token': is not used by metaflow"],
    ['metaflow without config-file', { ...metaflow, 'platform-settings': '' }, "Input 'platform-settings': metaflow needs config-file"],
    [
      'metaflow with a target',
      { ...metaflow, targets: 'cluster/0123-456789-abc' },
      "Input 'targets': line 1 'cluster/0123-456789-abc': Metaflow has no compute",
    ],
    [
      'metaflow with an unknown setting',
      { ...metaflow, 'platform-settings': `config-file=${file}\nprofile=prod` },
      "'profile' is not a metaflow setting",
    ],
    ['zenml without a token', { ...zenml, token: '' }, "Input 'token': is empty: zenml needs the API key of a service account"],
    ['zenml with oidc-audience', { ...zenml, 'oidc-audience': 'zenml' }, "Input 'oidc-audience': is not used by zenml"],
    [
      'zenml with an access key',
      { ...zenml, 'access-key-id': 'LTAI5tX' },
      "Input 'access-key-id': is not used by zenml (only by dataworks)",
    ],
    [
      'zenml without python-version',
      { ...zenml, 'platform-settings': 'zenml-version=0.84.0' },
      "Input 'platform-settings': zenml needs python-version",
    ],
    [
      'zenml with an endpoint that is not a URL',
      { ...zenml, endpoint: 'zenml.example.com' },
      "Input 'endpoint': 'zenml.example.com' is not a URL",
    ],
    ['zenml with a target', { ...zenml, targets: 'project/1001' }, "Input 'targets': line 1 'project/1001': ZenML has no compute"],
  ])('%s', async (_name, given, message) => {
    sent.length = 0;
    const result = await register(given, { fetch: spy });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.outputs).toEqual({});
    expect(sent).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect(visible(result)).not.toContain(ZENML_KEY);
  });
});
