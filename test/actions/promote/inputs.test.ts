/**
 * The promote action in-process, bad input: every case fails with one error that names the input,
 * before the registry client or the deployments ledger exist, and with nothing but reads asked of
 * the platform — nothing moved.
 */
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/promote/main.js';
import type { ChannelState, ImageVersion, PromotionRequest } from '../../../src/core/platform-model.js';
import type { PlatformAdapter } from '../../../src/platform/platform.js';
import { runInProcess } from '../../harness/in-process.js';

const digest = (char: string) => `sha256:${char.repeat(64)}`;
const token = 'prm-inprocess-5c2e8a1f';
const githubToken = 'ghs_inprocessToken7a1c9e2b';

function version(name: string, char: string): ImageVersion {
  return {
    id: `ver_${char.repeat(20)}`,
    image: 'ml-runtime',
    version: name,
    digest: digest(char),
    imageRef: `127.0.0.1:5000/acme/ml@${digest(char)}`,
    created: false,
    commit: 'c0ffee'.padEnd(40, '0'),
    buildHash: 'f'.repeat(64),
  };
}

/** A catalog-like platform in memory: versions 1.0.0 and 1.1.0; staging holds 1.0.0; production holds 1.0.0 with no history. */
function recordingPlatform() {
  const calls: string[] = [];
  const versions = new Map([
    ['1.0.0', version('1.0.0', 'a')],
    ['1.1.0', version('1.1.0', 'b')],
  ]);
  const channels = new Map<string, ChannelState>([
    ['staging', { image: 'ml-runtime', channel: 'staging', version: '1.0.0', digest: digest('a'), revision: '"r1"' }],
    ['production', { image: 'ml-runtime', channel: 'production', version: '1.0.0', digest: digest('a'), revision: '"r7"' }],
  ]);
  const platform: PlatformAdapter = {
    name: 'recorder',
    ensureImage: async () => void calls.push('ensureImage'),
    createVersion: async () => {
      calls.push('createVersion');
      throw new Error('not used');
    },
    attach: async () => {
      calls.push('attach');
      return [];
    },
    getVersion: async (_image, name) => {
      calls.push(`getVersion ${name}`);
      return versions.get(name);
    },
    readChannel: async (_image, channel) => {
      calls.push(`readChannel ${channel}`);
      return channels.get(channel);
    },
    previousVersion: async (_image, channel) => {
      calls.push(`previousVersion ${channel}`);
      return undefined;
    },
    promote: async (request: PromotionRequest) => {
      calls.push(`promote ${request.version.version}`);
      return { channel: request.channel, version: request.version.version, changed: true };
    },
  };
  const created: unknown[] = [];
  return {
    calls,
    created,
    createPlatform: async (options: unknown) => {
      created.push(options);
      return platform;
    },
  };
}

async function promoteInProcess(inputs: Record<string, string>) {
  const recorder = recordingPlatform();
  const registries: unknown[] = [];
  const ledgers: unknown[] = [];
  const result = await runInProcess(
    'promote',
    () =>
      run({
        createPlatform: recorder.createPlatform as never,
        registry: (credentials) => {
          registries.push(credentials);
          throw new Error('the registry client must not be created on bad input');
        },
        deployments: (options) => {
          ledgers.push(options);
          throw new Error('the deployments ledger must not be created on bad input');
        },
      }),
    {
      inputs: { endpoint: 'http://127.0.0.1:8080', token, 'image-name': 'ml-runtime', 'to-channel': 'production', ...inputs },
      env: { DOCKER_CONFIG: '/nonexistent' },
    },
  );
  return { ...result, recorder, registries, ledgers };
}

const reads = (calls: string[]) => calls.filter((call) => !/^(getVersion|readChannel|previousVersion) /.test(call));

describe('bad input: one clear error naming the input; no registry client, no deployment, only reads', () => {
  test.each([
    ['neither version nor from-channel', {}, "Input 'version': is empty and no from-channel is set"],
    ['version and from-channel', { version: '1.0.0', 'from-channel': 'staging' }, "Input 'from-channel': is set together with version"],
    ['an unknown platform', { version: '1.0.0', platform: 'sagemaker' }, "Input 'platform': 'sagemaker' is not supported"],
    ['an endpoint that is not a URL', { version: '1.0.0', endpoint: 'catalog:8080' }, "Input 'endpoint': 'catalog:8080' is not a URL"],
    ['no platform credentials', { version: '1.0.0', token: '' }, "Input 'token': is empty and no oidc-audience is set"],
    ['no to-channel on the catalog', { version: '1.0.0', 'to-channel': '' }, "Input 'to-channel': is required on catalog"],
    ['a channel name with upper case', { version: '1.0.0', 'to-channel': 'Prod' }, "Input 'to-channel': 'Prod' is not a channel name"],
    [
      'a to-image with a tag',
      { version: '1.0.0', 'to-image': '127.0.0.1:5001/prod/ml:1.0.0' },
      'Input \'to-image\': Invalid image reference "127.0.0.1:5001/prod/ml:1.0.0": expected a repository without tag or digest',
    ],
    [
      'a to-image with a digest',
      { version: '1.0.0', 'to-image': `127.0.0.1:5001/prod/ml@${digest('c')}` },
      "Input 'to-image': Invalid image reference",
    ],
    [
      'a to-image that is not a reference',
      { version: '1.0.0', 'to-image': 'Prod Registry/ml' },
      "Input 'to-image': Invalid image reference",
    ],
    [
      'a tag reference without to-image',
      { version: '1.0.0', tags: '127.0.0.1:5000/acme/ml:prod' },
      "Input 'tags': '127.0.0.1:5000/acme/ml:prod' is a reference",
    ],
    [
      'a tag of another repository',
      { version: '1.0.0', 'to-image': '127.0.0.1:5001/prod/ml', tags: '127.0.0.1:5001/other:prod' },
      "Input 'tags'",
    ],
    [
      'a hash-shaped tag',
      { version: '1.0.0', tags: `h1-${'0'.repeat(32)}` },
      "Input 'tags': 'h1-00000000000000000000000000000000' has the shape of a hash tag",
    ],
    ['a bad target', { version: '1.0.0', targets: 'rg-prod' }, "Input 'targets': line 1 'rg-prod' is not <kind>/<id>"],
    [
      'a registry user without password',
      { version: '1.0.0', 'registry-username': 'robot' },
      "Input 'registry-password': is empty while the other registry credential is set",
    ],
    [
      'a github-token without environment',
      { version: '1.0.0', 'github-token': githubToken },
      "Input 'environment': is empty while github-token is set",
    ],
    [
      'an environment without github-token',
      { version: '1.0.0', environment: 'production' },
      "Input 'github-token': is empty, so the deployment to environment 'production' cannot be recorded",
    ],
    ['a reason too long', { version: '1.0.0', reason: 'x'.repeat(1025) }, "Input 'reason': has 1025 characters, more than 1024"],
    ['insecure-registries with a scheme', { version: '1.0.0', 'insecure-registries': 'http://r:5000' }, "Input 'insecure-registries'"],
    [
      'dataworks: another channel',
      {
        version: '3',
        platform: 'dataworks',
        token: '',
        'access-key-id': 'LTAI5t0000',
        'access-key-secret': 'sk-inprocess-0000',
        'image-name': 'ml_runtime',
      },
      "Input 'to-channel': 'production': dataworks has one channel per image",
    ],
    [
      'dataworks: a to-image',
      {
        version: '3',
        platform: 'dataworks',
        token: '',
        'access-key-id': 'LTAI5t0000',
        'access-key-secret': 'sk-inprocess-0000',
        'image-name': 'ml_runtime',
        'to-channel': '',
        'to-image': 'registry.example.com/prod/ml',
      },
      "Input 'to-image': dataworks runs the image its version records",
    ],
    [
      'databricks: a version name',
      { version: '1.0.0', platform: 'databricks', 'to-channel': '', endpoint: 'https://adb-1.azuredatabricks.net' },
      "Input 'version': '1.0.0' is not an image reference pinned by digest",
    ],
  ])('%s', async (_name, inputs, message) => {
    const result = await promoteInProcess(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.outputs).toEqual({});
    expect(result.recorder.created).toEqual([]);
    expect(result.registries).toEqual([]);
    expect(result.ledgers).toEqual([]);
  });

  test.each([
    ['an unknown version', { version: '9.9.9' }, "Input 'version': ml-runtime has no version '9.9.9' on recorder"],
    [
      'a from-channel that holds nothing',
      { 'from-channel': 'canary' },
      "Input 'from-channel': channel canary of ml-runtime holds no version",
    ],
    [
      'a version the required channel does not hold',
      { version: '1.1.0', 'require-channel': 'staging' },
      "Input 'require-channel': channel staging of ml-runtime holds 1.0.0, not 1.1.0. Promote 1.1.0 to staging first",
    ],
    [
      'a required channel that holds nothing',
      { version: '1.1.0', 'require-channel': 'qa' },
      "Input 'require-channel': channel qa of ml-runtime holds no version, so 1.1.0 has not passed it",
    ],
    [
      'a rollback with no history',
      { version: 'previous' },
      "Input 'version': previous: channel production of ml-runtime has held only 1.0.0, so there is nothing to roll back to",
    ],
    [
      'a rollback of an empty channel',
      { version: 'previous', 'to-channel': 'canary' },
      "Input 'version': previous: channel canary of ml-runtime holds no version yet",
    ],
  ])('platform says no — %s', async (_name, inputs, message) => {
    const result = await promoteInProcess(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining(message)]);
    expect(result.outputs).toEqual({});
    expect(result.recorder.created).toHaveLength(1);
    expect(reads(result.recorder.calls)).toEqual([]);
    expect(result.registries).toEqual([]);
    expect(result.ledgers).toEqual([]);
  });

  test('credentials never appear in what the step shows, even when it fails', async () => {
    const result = await promoteInProcess({
      version: '1.0.0',
      'registry-username': 'robot',
      'registry-password': 'pw-inprocess-9d8c7b',
      'github-token': githubToken,
      'platform-settings': 'registry-password=pw-settings-1f2e3d\nnot a setting',
    });
    expect(result.exitCode).toBe(1);
    for (const secret of [token, 'pw-inprocess-9d8c7b', githubToken, 'pw-settings-1f2e3d']) {
      expect(result.log).toContain(`::add-mask::${secret}`);
    }
    const shown = result.allText.replace(/^::add-mask::.*$/gm, '');
    for (const secret of [token, 'pw-inprocess-9d8c7b', githubToken, 'pw-settings-1f2e3d']) expect(shown).not.toContain(secret);
  });
});
