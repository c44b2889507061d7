/**
 * The register action in-process: its inputs reader and main with the platform seam replaced by a
 * recorder, so every bad input is shown to fail before a platform adapter is even created.
 */
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/register/main.js';
import type { PlatformAdapter } from '../../../src/platform/platform.js';
import type { AttachmentTarget, ImageVersion, ImageVersionRequest } from '../../../src/core/platform-model.js';
import { runInProcess } from '../../harness/in-process.js';

const digest = (char: string) => `sha256:${char.repeat(64)}`;
const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const hashTag = `h1-${hash.slice(0, 32)}`;
const token = 'reg-inprocess-7d1e4a9c';

/** A platform that records what it is asked and answers like an empty catalog. */
function recordingPlatform() {
  const calls: string[] = [];
  const created: Array<{ options: unknown }> = [];
  const platform: PlatformAdapter = {
    name: 'recorder',
    ensureImage: async (image) => void calls.push(`ensureImage ${image}`),
    createVersion: async (request: ImageVersionRequest): Promise<ImageVersion> => {
      calls.push(`createVersion ${request.image} ${request.version} ${request.digest}`);
      return {
        id: 'ver_recorded0000000000000',
        image: request.image,
        version: request.version,
        digest: request.digest,
        imageRef: request.imageRef,
        created: true,
      };
    },
    attach: async (version, targets: AttachmentTarget[]) => {
      calls.push(`attach ${targets.map((t) => `${t.kind}/${t.id}`).join(',')}`);
      return targets.map((t) => ({ target: `${t.kind}/${t.id}`, image: version.image, version: version.version, changed: true }));
    },
    getVersion: async () => undefined,
  };
  return {
    calls,
    created,
    createPlatform: async (options: unknown) => {
      created.push({ options });
      return platform;
    },
  };
}

function registerInProcess(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  const recorder = recordingPlatform();
  const result = runInProcess('register', () => run({ createPlatform: recorder.createPlatform as never }), {
    inputs: {
      endpoint: 'http://127.0.0.1:8080',
      token,
      'image-name': 'ml-runtime',
      image: `127.0.0.1:5000/acme/ml@${digest('a')}`,
      hash,
      commit: 'c0ffee'.padEnd(40, '0'),
      ...inputs,
    },
    env,
  });
  return result.then((r) => ({ ...r, recorder }));
}

describe('register in-process: the happy path through the seam', () => {
  test('the version and attachments come from the platform; the summary says what happened', async () => {
    const result = await registerInProcess({ targets: 'resource-group/rg-demo' });
    expect(result.errors).toEqual([]);
    expect(result.recorder.calls).toEqual([
      'ensureImage ml-runtime',
      `createVersion ml-runtime ${hashTag} ${digest('a')}`,
      'attach resource-group/rg-demo',
    ]);
    expect(result.outputs).toMatchObject({ version: hashTag, 'version-id': 'ver_recorded0000000000000', created: 'true' });
    expect(JSON.parse(result.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-demo', image: 'ml-runtime', version: hashTag, changed: true },
    ]);
    expect(result.summary).toContain('resource-group/rg-demo');
    expect(result.log.split('\n')[0]).toBe(`::add-mask::${token}`);
  });

  test.each([
    ['the git-state tag v1.4.0', { 'git-tag': 'v1.4.0' }, {}, '1.4.0'],
    ['the tag of a tag push', {}, { GITHUB_REF: 'refs/tags/2.0.0-rc.1' }, '2.0.0-rc.1'],
    ['a tag that is not a semver', { 'git-tag': 'nightly' }, {}, hashTag],
    ['an explicit version over the tag', { 'git-tag': 'v1.4.0', version: '1.4.0-hotfix' }, {}, '1.4.0-hotfix'],
  ])('version from %s', async (_name, inputs, env, expected) => {
    const result = await registerInProcess(inputs, env);
    expect(result.errors).toEqual([]);
    expect(result.outputs.version).toBe(expected);
  });
});

describe('bad input: one clear error naming the input, no platform created, nothing registered', () => {
  test.each([
    [
      'an unpinned image',
      { image: '127.0.0.1:5000/acme/app:latest' },
      "Input 'image': '127.0.0.1:5000/acme/app:latest' is not pinned by digest",
    ],
    ['a short digest', { image: '127.0.0.1:5000/acme/app@sha256:abc' }, "Input 'image': Invalid image reference"],
    [
      'an unknown platform',
      { platform: 'sagemaker' },
      "Input 'platform': 'sagemaker' is not supported. Use one of: catalog, databricks, dataworks, metaflow, zenml",
    ],
    ['a target without a kind', { targets: 'resource-group/rg-ok\nrg-prod' }, "Input 'targets': line 2 'rg-prod' is not <kind>/<id>"],
    ['a target of an unknown kind', { targets: 'namespace/prod' }, "Input 'targets': line 1 'namespace/prod' has kind 'namespace'"],
    ['an endpoint that is not a URL', { endpoint: 'catalog.internal:8080' }, "Input 'endpoint': 'catalog.internal:8080' is not a URL"],
    ['an invalid version', { version: 'release 1' }, "Input 'version': 'release 1' contains \" \""],
    ['an invalid image name', { 'image-name': 'ML Runtime' }, "Input 'image-name': 'ML Runtime' is not a catalog image name"],
    ['a short commit', { commit: 'abc1234' }, "Input 'commit': 'abc1234' is not a full commit id"],
    ['a missing hash', { hash: '' }, "Input 'hash': is required but empty"],
    ['no credentials', { token: '' }, "Input 'token': is empty and no oidc-audience is set"],
    [
      'an access key for the catalog',
      { 'access-key-id': 'LTAI5t0000' },
      "Input 'access-key-id': is not used by catalog (only by dataworks)",
    ],
    [
      'a dataworks image name with dashes',
      { platform: 'dataworks', token: '', 'access-key-id': 'LTAI5t0000', 'access-key-secret': 'sk-test-0000', 'image-name': 'ml-runtime' },
      "Input 'image-name'",
    ],
  ])('%s', async (_name, inputs, message) => {
    const result = await registerInProcess(inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.outputs).toEqual({});
    expect(result.recorder.created).toEqual([]);
    expect(result.recorder.calls).toEqual([]);
  });

  test('a credential never appears in what the step shows, even when it fails', async () => {
    const result = await registerInProcess({ 'platform-settings': 'registry-password=pw-secret-1f2e3d\nnot a setting' });
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('::add-mask::pw-secret-1f2e3d');
    const shown = result.allText.replace(/^::add-mask::.*$/gm, '');
    for (const secret of [token, 'pw-secret-1f2e3d']) expect(shown).not.toContain(secret);
  });
});
