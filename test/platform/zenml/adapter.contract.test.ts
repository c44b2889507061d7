/**
 * Contract tests of the ZenML adapter against a local server that models ZenML's REST schema
 * (fake-zenml.ts: `auth_endpoints.py` login, `pipeline_builds_endpoints.py`, `PipelineBuildRequest`
 * / `BuildItem` / `PipelineBuildFilter`, `Page`): exact requests, the service-account login,
 * idempotency through the checksum lookup of `build_utils.py` `find_existing_build`, retries and
 * read back after ambiguous failures, concurrency, and no secret in any output.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ZenMLPlatform, type ZenMLPlatformOptions } from '../../../src/platform/zenml/adapter.js';
import { buildChecksum, versionSettingsChecksum } from '../../../src/platform/zenml/build.js';
import { VersionConflictError } from '../../../src/platform/platform.js';
import type { ImageVersionRequest } from '../../../src/core/platform-model.js';
import { type HttpFetch, httpTransport } from '../../../src/runtime/http-transport.js';
import { captureError, expectNoSecrets, recordingLog, recordingSleep, type RecordingLog } from '../support.js';
import { startFakeZenML, type FakeZenML } from './fake-zenml.js';

const API_KEY = 'ZENKEY_eyJpZCI6ICIxMjMifQ==_secretpart';
const DIGEST_A = `sha256:${'a1'.repeat(32)}`;
const DIGEST_B = `sha256:${'b2'.repeat(32)}`;
const REPO = 'europe-docker.pkg.dev/acme/ml/trainer';

function request(version: string, digest: string, extra: Partial<ImageVersionRequest> = {}): ImageVersionRequest {
  return {
    image: 'trainer',
    version,
    digest,
    imageRef: `${REPO}@${digest}`,
    source: { commit: 'c0ffee' },
    build: { hash: digest.slice(7) },
    ...extra,
  };
}

describe('ZenML adapter (contract)', () => {
  let zen: FakeZenML;
  let log: RecordingLog;
  let errors: string[];

  function adapter(overrides: Partial<ZenMLPlatformOptions> = {}): ZenMLPlatform {
    return new ZenMLPlatform({
      url: zen.url,
      apiKey: API_KEY,
      zenmlVersion: '0.84.0',
      pythonVersion: '3.11.9',
      log,
      retry: { sleep: recordingSleep().sleep },
      ...overrides,
    });
  }

  beforeEach(async () => {
    zen = await startFakeZenML({ apiKey: API_KEY });
    log = recordingLog();
    errors = [];
  });

  afterEach(async () => {
    await zen.close();
    expect(zen.rejected, 'requests the stand-in rejected as malformed').toEqual([]);
    expectNoSecrets([log.text(), ...errors], [API_KEY, ...zen.tokens]);
  });

  test('contract: login with the API key, project lookup, checksum lookup, then exactly one PipelineBuildRequest', async () => {
    const projectId = zen.projects[0]!.id;
    const version = await adapter().createVersion(request('1.4.0', DIGEST_A));
    const settingsChecksum = versionSettingsChecksum('trainer', '1.4.0');
    const checksum = createHash('md5').update(`orchestrator${settingsChecksum}`).digest('hex');
    expect(buildChecksum(['orchestrator'], settingsChecksum)).toBe(checksum);
    expect(zen.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /api/v1/login',
      'GET /api/v1/projects/default',
      'GET /api/v1/pipeline_builds',
      'POST /api/v1/pipeline_builds',
      'GET /api/v1/pipeline_builds',
    ]);
    expect(zen.calls[0]!.body).toEqual({ grant_type: 'zenml-api-key' });
    const lookup = {
      project: projectId,
      is_local: 'false',
      contains_code: 'false',
      zenml_version: '0.84.0',
      python_version: '3.11.9',
      checksum,
      sort_by: 'asc:created',
      size: '50',
      hydrate: 'true',
    };
    expect(zen.calls[2]!.query).toEqual(lookup);
    expect(zen.calls[3]!.body).toEqual({
      project: projectId,
      images: {
        orchestrator: {
          image: `${REPO}@${DIGEST_A}`,
          dockerfile: null,
          requirements: null,
          settings_checksum: settingsChecksum,
          contains_code: false,
          requires_code_download: false,
        },
      },
      is_local: false,
      contains_code: false,
      zenml_version: '0.84.0',
      python_version: '3.11.9',
      checksum,
    });
    expect(zen.builds).toHaveLength(1);
    expect(version).toEqual({
      id: zen.builds[0]!.id,
      image: 'trainer',
      version: '1.4.0',
      digest: DIGEST_A,
      imageRef: `${REPO}@${DIGEST_A}`,
      created: true,
    });
    expect(log.masked).toEqual(expect.arrayContaining([API_KEY, [...zen.tokens][0]]));
  });

  test('contract: the same version and digest again is found by checksum and replayed: no POST', async () => {
    const first = await adapter().createVersion(request('1.4.0', DIGEST_A));
    const mark = zen.calls.length;
    const again = await adapter().createVersion(request('1.4.0', DIGEST_A));
    expect(zen.calls.slice(mark).map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /api/v1/login',
      'GET /api/v1/projects/default',
      'GET /api/v1/pipeline_builds',
    ]);
    expect(again).toEqual({ ...first, created: false });
    expect(zen.builds).toHaveLength(1);
    expect(await adapter().getVersion('trainer', '1.4.0')).toEqual({ ...first, created: false });
    expect(await adapter().getVersion('trainer', '9.9.9')).toBeUndefined();
  });

  test('contract: the same version with another digest is a VersionConflictError; nothing created', async () => {
    await adapter().createVersion(request('1.4.0', DIGEST_A));
    const error = await captureError(adapter().createVersion(request('1.4.0', DIGEST_B)));
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error).toMatchObject({ existingDigest: DIGEST_A, requestedDigest: DIGEST_B });
    expect(error.message).toContain(`(ZenML pipeline build ${zen.builds[0]!.id}). Nothing was changed.`);
    expect(zen.builds).toHaveLength(1);
  });

  test('contract: project, stack and image keys from the settings shape the build and the lookup', async () => {
    const stack = '5a0c2c7e-0f7b-4c57-9d0a-1f1d9a4c3b21';
    zen.projects.push({ id: '0b7c2d9a-7a55-4d6e-8f0e-4b8c1e2f3a4d', name: 'ml-platform' });
    await adapter({ project: 'ml-platform', stackId: stack, imageKeys: ['orchestrator', 'train.step_operator'] }).createVersion(
      request('2.0.0', DIGEST_A),
    );
    const post = zen.calls.find((call) => call.method === 'POST' && call.path === '/api/v1/pipeline_builds')!;
    expect(post.body).toMatchObject({ project: '0b7c2d9a-7a55-4d6e-8f0e-4b8c1e2f3a4d', stack });
    expect(Object.keys((post.body as { images: object }).images)).toEqual(['orchestrator', 'train.step_operator']);
    const lookup = zen.calls.find((call) => call.method === 'GET' && call.path === '/api/v1/pipeline_builds')!;
    expect(lookup.query).toMatchObject({ project: '0b7c2d9a-7a55-4d6e-8f0e-4b8c1e2f3a4d', stack_id: stack });
    expect(lookup.query['checksum']).toBe(
      buildChecksum(['orchestrator', 'train.step_operator'], versionSettingsChecksum('trainer', '2.0.0')),
    );
  });

  test("contract: with ZenML's settings checksum, builds of other images under it are kept and the newest is ours", async () => {
    const settingsChecksum = 'f'.repeat(32);
    const first = await adapter({ settingsChecksum }).createVersion(request('1.0.0', DIGEST_A));
    const second = await adapter({ settingsChecksum }).createVersion(request('1.1.0', DIGEST_B));
    expect(second.created).toBe(true);
    expect(zen.builds.map((build) => build.id)).toEqual([first.id, second.id]);
    expect(zen.builds.every((build) => build.checksum === buildChecksum(['orchestrator'], settingsChecksum))).toBe(true);
    // And each is a replay of itself.
    expect((await adapter({ settingsChecksum }).createVersion(request('1.0.0', DIGEST_A))).id).toBe(first.id);
    expect(zen.builds).toHaveLength(2);
  });

  test('contract: an unknown project is named, nothing created', async () => {
    const error = await captureError(adapter({ project: 'nope' }).createVersion(request('1.4.0', DIGEST_A)));
    errors.push(error.message);
    expect(error.message).toContain("ZenML has no project 'nope'");
    expect(zen.builds).toEqual([]);
  });

  test('contract: a wrong API key is a 401 at login, not retried; the key is never printed', async () => {
    const wrong = 'ZENKEY_wrong_key_value_0000';
    const error = await captureError(adapter({ apiKey: wrong }).createVersion(request('1.4.0', DIGEST_A)));
    errors.push(error.message);
    expect(error.message).toBe(
      'ZenML POST /api/v1/login failed (HTTP 401): AuthorizationException: Authentication error: invalid API key. Check that the token is a valid service account API key for this server.',
    );
    expect(zen.calls.map((call) => call.path)).toEqual(['/api/v1/login']);
    expectNoSecrets([error.message, log.text()], [wrong]);
  });

  test('contract: an expired token is replaced by one new login', async () => {
    const platform = adapter();
    await platform.createVersion(request('1.4.0', DIGEST_A));
    zen.tokens.clear();
    const again = await platform.createVersion(request('1.4.0', DIGEST_A));
    expect(again.created).toBe(false);
    expect(zen.calls.filter((call) => call.path === '/api/v1/login')).toHaveLength(2);
  });

  test('contract: lookups are retried on 5xx; the POST only on 429/503', async () => {
    zen.faults.push({ method: 'GET', path: /^\/api\/v1\/pipeline_builds$/, times: 2, reply: { status: 502, body: 'bad gateway' } });
    zen.faults.push({
      method: 'POST',
      path: /^\/api\/v1\/pipeline_builds$/,
      reply: { status: 429, headers: { 'retry-after': '1' }, body: { detail: 'Too many requests' } },
    });
    zen.faults.push({
      method: 'POST',
      path: /^\/api\/v1\/pipeline_builds$/,
      reply: { status: 503, body: { detail: 'Service unavailable' } },
    });
    const { sleep, delays } = recordingSleep();
    const version = await adapter({ retry: { sleep, random: () => 0.5 } }).createVersion(request('1.4.0', DIGEST_A));
    expect(version.created).toBe(true);
    expect(delays).toEqual([250, 500, 1000, 500]);
    expect(zen.builds).toHaveLength(1);
  });

  test('contract: a 500 on the POST is not retried blindly: it is followed by a lookup, and only an absent build is sent again', async () => {
    zen.faults.push({
      method: 'POST',
      path: /^\/api\/v1\/pipeline_builds$/,
      times: 1,
      reply: { status: 500, body: { detail: ['RuntimeError', 'database is locked'] } },
    });
    const version = await adapter().createVersion(request('1.4.0', DIGEST_A));
    expect(version.created).toBe(true);
    // The faulted POST is not recorded: the first lookup, the lookup after the 500, the second POST, the convergence check.
    expect(zen.calls.slice(2).map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/v1/pipeline_builds',
      'GET /api/v1/pipeline_builds',
      'POST /api/v1/pipeline_builds',
      'GET /api/v1/pipeline_builds',
    ]);
    expect(zen.builds).toHaveLength(1);
  });

  test('contract: a POST that keeps failing with 500 gives up after three looked-up rounds and says nothing was created', async () => {
    zen.faults.push({
      method: 'POST',
      path: /^\/api\/v1\/pipeline_builds$/,
      times: 99,
      reply: { status: 500, body: { detail: ['RuntimeError', 'database is locked'] } },
    });
    const error = await captureError(adapter().createVersion(request('1.4.0', DIGEST_A)));
    errors.push(error.message);
    expect(error.message).toContain('ZenML POST /api/v1/pipeline_builds failed (HTTP 500): RuntimeError: database is locked.');
    expect(error.message).toContain('Looked up again: no build with checksum');
    expect(zen.faults[0]!.times).toBe(96);
    expect(zen.builds).toEqual([]);
  });

  test('contract: an answer lost after the build was created: the lookup finds it, one build, created', async () => {
    zen.faults.push({ method: 'POST', path: /^\/api\/v1\/pipeline_builds$/, afterProcessing: true, reply: { status: 0, destroy: true } });
    const version = await adapter().createVersion(request('1.4.0', DIGEST_A));
    expect(zen.builds).toHaveLength(1);
    expect(version).toMatchObject({ id: zen.builds[0]!.id, created: true });
    expect(log.text()).toContain('looking it up');
  });

  test('contract: an answer lost while another register got there first: its build stands, the lost one is deleted', async () => {
    let raced = false;
    const racing: HttpFetch = async (url, init) => {
      if (!raced && init?.method === 'POST' && String(url).endsWith('/api/v1/pipeline_builds')) {
        raced = true;
        const first = await adapter().createVersion(request('1.4.0', DIGEST_A)); // between our lookup and our POST
        expect(first.created).toBe(true);
        zen.faults.push({
          method: 'POST',
          path: /^\/api\/v1\/pipeline_builds$/,
          afterProcessing: true,
          reply: { status: 0, destroy: true },
        });
      }
      return httpTransport(url, init);
    };
    const version = await adapter({ fetch: racing }).createVersion(request('1.4.0', DIGEST_A));
    expect(raced).toBe(true);
    expect(zen.builds).toHaveLength(1);
    expect(version.id).toBe(zen.builds[0]!.id);
    expect(zen.calls.filter((call) => call.method === 'POST' && call.path === '/api/v1/pipeline_builds')).toHaveLength(2);
    expect(log.text()).toMatch(/looking it up[\s\S]*removed the duplicate/);
  });

  test('contract: 10 concurrent registers of one version converge on one build; the duplicates are deleted', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => adapter().createVersion(request('1.4.0', DIGEST_A))));
    expect(zen.builds).toHaveLength(1);
    expect(new Set(results.map((result) => result.id))).toEqual(new Set([zen.builds[0]!.id]));
    const deletes = zen.calls.filter((call) => call.method === 'DELETE').length;
    const posts = zen.calls.filter((call) => call.method === 'POST' && call.path === '/api/v1/pipeline_builds').length;
    // The race did happen (several builds were created), and every extra one was removed.
    expect(posts).toBeGreaterThan(1);
    expect(posts - deletes).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(posts - deletes);
  });

  test('contract: targets are refused (runs name the build id)', async () => {
    const version = await adapter().createVersion(request('1.4.0', DIGEST_A));
    expect(await adapter().attach(version, [])).toEqual([]);
    expect((await captureError(adapter().attach(version, [{ kind: 'cluster', id: 'x' }]))).message).toContain('runs name the build id');
  });
});
