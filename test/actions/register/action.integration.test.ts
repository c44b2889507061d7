/**
 * The register action as the runner runs it (dist/register/index.js in a child process) against the
 * REAL reference catalog server (`node dist/cli/index.js catalog serve --port 0`, temporary SQLite).
 * Each test reads back what the server stored, so "nothing registered" is checked on the server, not
 * inferred from the step's output.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActionResult } from '../../harness/run-action.js';
import { freePort, waitFor } from '../../support/free-port.js';
import { commit, digestOf, hash, hashTag, register, startCatalog, tokens, visibleText, type CatalogForTests } from './support.js';

let catalog: CatalogForTests;
const results: ActionResult[] = [];

async function run(inputs: Record<string, string>, env: Record<string, string> = {}, endpoint?: string): Promise<ActionResult> {
  const result = await register(endpoint ?? catalog.url, inputs, env);
  results.push(result);
  return result;
}

function image(repo: string, char: string): string {
  return `127.0.0.1:5000/acme/${repo}@${digestOf(char)}`;
}

beforeAll(async () => {
  catalog = await startCatalog();
});

afterAll(async () => {
  await catalog?.stop();
});

describe('register against the catalog', () => {
  test('a new version is created and attached; the outputs, the record and the summary agree', async () => {
    const result = await run({
      'image-name': 'ml-runtime',
      image: image('ml-runtime', 'a'),
      targets: 'resource-group/rg-demo',
      description: 'the demo runtime',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.version).toBe(hashTag);
    expect(result.outputs.created).toBe('true');
    expect(result.outputs['version-id']).toMatch(/^ver_[a-z0-9]{20,40}$/);
    expect(JSON.parse(result.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-demo', image: 'ml-runtime', version: hashTag, changed: true },
    ]);

    const [stored, ...others] = await catalog.versions('ml-runtime');
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      id: result.outputs['version-id'],
      version: hashTag,
      digest: digestOf('a'),
      image_ref: image('ml-runtime', 'a'),
      source: { commit, run_url: 'https://github.com/acme/images/actions/runs/4242' },
      build: { hash },
      description: 'the demo runtime',
    });
    const attachment = await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-demo')}/attachment`);
    expect(attachment).toMatchObject({
      image: 'ml-runtime',
      version: hashTag,
      version_id: result.outputs['version-id'],
      digest: digestOf('a'),
      revision: 1,
    });

    expect(result.summary).toContain('Register');
    expect(result.summary).toContain(result.outputs['version-id']);
    expect(result.summary).toContain('created');
    expect(result.summary).toContain('resource-group/rg-demo');
    expect(result.stdout).toContain('::group::Register ml-runtime');
    expect(result.stdout).toContain('::group::Attach');
  });

  test('running it again is a replay: created=false, the same version id, nothing changed', async () => {
    const first = await catalog.versions('ml-runtime');
    const result = await run({ 'image-name': 'ml-runtime', image: image('ml-runtime', 'a'), targets: 'resource-group/rg-demo' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.created).toBe('false');
    expect(result.outputs['version-id']).toBe(first[0]!.id);
    expect(JSON.parse(result.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-demo', image: 'ml-runtime', version: hashTag, changed: false },
    ]);
    expect(result.summary).toContain('already registered with this digest');
    expect(result.summary).toContain('already attached');
    expect(await catalog.versions('ml-runtime')).toEqual(first);
    const attachment = await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-demo')}/attachment`);
    expect(attachment.revision).toBe(1);
  });

  test('the same version with another digest fails clearly and leaves the stored version as it was', async () => {
    const before = await catalog.versions('ml-runtime');
    const result = await run({ 'image-name': 'ml-runtime', image: image('ml-runtime', 'b'), targets: 'resource-group/rg-other' });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toEqual([
      `version ${hashTag} of ml-runtime already exists with digest ${digestOf('a')}; versions are immutable: choose another version or re-use that digest`,
    ]);
    expect(result.outputs).toEqual({});
    expect(await catalog.versions('ml-runtime')).toEqual(before);
    expect(await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-other')}/attachment`)).toBeUndefined();
  });

  test.each([
    ['the git-state tag v1.4.0', { 'git-tag': 'v1.4.0' }, {}, '1.4.0'],
    ['the tag of a tag push', {}, { GITHUB_REF: 'refs/tags/2.0.0-rc.1' }, '2.0.0-rc.1'],
    ['a tag that is not a semver', { 'git-tag': 'nightly' }, {}, hashTag],
    ['an explicit version over the tag', { 'git-tag': 'v1.4.0', version: '1.4.0-hotfix' }, {}, '1.4.0-hotfix'],
  ])('version from %s', async (_name, inputs, env, expected) => {
    const name = `versions-${expected.replace(/[^a-z0-9]/g, '-')}`.slice(0, 60).replace(/-+$/, '');
    const result = await run({ 'image-name': name, image: image(name, 'c'), ...inputs }, env);
    expect(result.errors).toEqual([]);
    expect(result.outputs.version).toBe(expected);
    expect((await catalog.versions(name)).map((v) => v.version)).toEqual([expected]);
  });
});

describe('bad input: one clear error naming the input, nothing registered', () => {
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
    ['an endpoint that is not a URL', {}, "Input 'endpoint': 'catalog.internal:8080' is not a URL", 'catalog.internal:8080'],
    ['an invalid version', { version: 'release 1' }, "Input 'version': 'release 1' contains \" \""],
    ['an invalid image name', { 'image-name': 'ML Runtime' }, "Input 'image-name': 'ML Runtime' is not a catalog image name"],
    ['a short commit', { commit: 'abc1234' }, "Input 'commit': 'abc1234' is not a full commit id"],
    ['no credentials', { token: '' }, "Input 'token': is empty and no oidc-audience is set"],
    ['an access key for the catalog', { 'access-key-id': 'LTAI5t0000' }, "Input 'access-key-id': is not used by catalog (only by dataworks)"],
  ])('%s', async (_name, inputs, message, endpoint?: string) => {
    const result = await run(
      { 'image-name': 'untouched', image: image('untouched', 'd'), targets: 'resource-group/rg-untouched', ...inputs },
      {},
      endpoint,
    );
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.outputs).toEqual({});
    expect(await catalog.read('/v1/images/untouched')).toBeUndefined();
    expect(await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-untouched')}/attachment`)).toBeUndefined();
  });

  test('bad input is refused before any request reaches the server', async () => {
    // The server logs each request after answering it: mark the log with a request of our own and
    // wait for it, so every earlier line has arrived.
    const mark = async (name: string) => {
      await catalog.read(`/v1/images/${name}`);
      await waitFor(async () => catalog.server.logs().includes(`/v1/images/${name}`), `the server to log ${name}`);
      return catalog.server.logs().length;
    };
    const before = await mark('mark-before');
    await run({ 'image-name': 'untouched', image: 'app:1', targets: 'resource-group/rg-untouched' });
    await run({ 'image-name': 'untouched', image: image('untouched', 'd'), targets: 'nope' });
    const after = await mark('mark-after');
    const between = catalog.server.logs().slice(before, after).trim().split('\n');
    expect(between).toHaveLength(1);
    expect(between[0]).toContain('/v1/images/mark-after');
  });
});

describe('the server says no, or is not there', () => {
  test('401: an unknown token gives the server answer and a hint, and nothing is registered', async () => {
    const result = await run({ 'image-name': 'denied', image: image('denied', 'e'), token: 'not-a-known-token-51d2' });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /the catalog answered 401 to POST \/v1\/images: .*the bearer token is not known to this catalog.*Check the token/,
    );
    expect(await catalog.read('/v1/images/denied')).toBeUndefined();
  });

  test('403: a token without the register scope gives the scope it lacks', async () => {
    const result = await run({ 'image-name': 'denied', image: image('denied', 'e'), token: tokens.promoteOnly });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/the catalog answered 403 to POST \/v1\/images: .*needs the scope register.*lacks the scope/);
    expect(await catalog.read('/v1/images/denied')).toBeUndefined();
  });

  test('an unreachable endpoint: one error that says the catalog could not be reached', async () => {
    const port = await freePort();
    const result = await run({ 'image-name': 'nowhere', image: image('nowhere', 'f') }, {}, `http://127.0.0.1:${port}`);
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      new RegExp(`could not reach the catalog at http://127\\.0\\.0\\.1:${port} \\(POST /v1/images\\): .*gave up after`),
    );
  }, 60_000);
});

describe('OIDC (contract: the GitHub id-token endpoint cannot exist here)', () => {
  test("the job's id-token for the audience is fetched as the runner serves it and sent as the catalog bearer", async () => {
    const seen: Array<{ url: string; authorization: string | undefined }> = [];
    const idTokenServer = createServer((req, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: tokens.idToken }));
    });
    await new Promise<void>((resolve) => idTokenServer.listen(0, '127.0.0.1', resolve));
    const { port } = idTokenServer.address() as AddressInfo;
    try {
      const result = await run(
        { 'image-name': 'keyless', image: image('keyless', '2'), token: '', 'oidc-audience': 'https://catalog.example.com' },
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_apis/pipelines/oidc?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token-93ab',
        },
      );
      expect(result.errors).toEqual([]);
      expect(result.outputs.created).toBe('true');
      expect(seen).toHaveLength(1);
      expect(new URL(seen[0]!.url, 'http://x').searchParams.get('audience')).toBe('https://catalog.example.com');
      expect(seen[0]!.authorization).toBe('Bearer runner-request-token-93ab');
      expect(await catalog.versions('keyless')).toHaveLength(1);
      expect(result.stdout).toContain(`::add-mask::${tokens.idToken}`);
      expect(visibleText(result)).not.toContain(tokens.idToken);
    } finally {
      await new Promise((resolve) => idTokenServer.close(resolve));
    }
  });

  test('without id-token permission the step says what to add', async () => {
    const result = await run({
      'image-name': 'oidc',
      image: image('oidc', '1'),
      token: '',
      'oidc-audience': 'https://catalog.example.com',
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors[0]).toMatch(
      /^Input 'oidc-audience': the job's OIDC id-token for audience 'https:\/\/catalog.example.com' could not be fetched .*permissions: id-token: write/,
    );
    expect(await catalog.read('/v1/images/oidc')).toBeUndefined();
  });
});

test('no token appears in any stdout, stderr, output, state, env file or summary, nor in the server log', () => {
  expect(results.length).toBeGreaterThan(20);
  // The token was registered for masking before anything else was printed.
  expect(results[0]!.stdout.split('\n')[0]).toBe(`::add-mask::${tokens.register}`);
  const secrets = [tokens.register, tokens.promoteOnly, tokens.idToken, 'not-a-known-token-51d2'];
  for (const result of results) {
    for (const secret of secrets) expect(visibleText(result)).not.toContain(secret);
  }
  for (const secret of [...secrets, tokens.read, 'runner-request-token-93ab']) expect(catalog.server.logs()).not.toContain(secret);
});
