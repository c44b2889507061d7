/**
 * The register action as the runner runs it (dist/register/index.js in a child process) against the
 * REAL reference catalog server (`node dist/cli/index.js catalog serve --port 0`, temporary SQLite).
 * Each test reads back what the server stored, so "nothing registered" is checked on the server, not
 * inferred from the step's output.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ActionResult } from '../../harness/run-action.js';
import { freePort, waitFor } from '../../support/free-port.js';
import { commit, digestOf, hash, hashTag, register, startCatalog, tokens, visibleText, type CatalogForTests } from './support.js';

let catalog: CatalogForTests;
/** What the current test's steps printed and left behind: checked for secrets after each test. */
let results: ActionResult[] = [];
const secrets = [tokens.register, tokens.promoteOnly, tokens.idToken, 'not-a-known-token-51d2'];

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

afterEach(() => {
  for (const result of results) for (const secret of secrets) expect(visibleText(result)).not.toContain(secret);
  results = [];
});

afterAll(async () => {
  // Nor in the server's request log.
  for (const secret of [...secrets, tokens.read, 'runner-request-token-93ab']) expect(catalog.server.logs()).not.toContain(secret);
  await catalog?.stop();
});

/** Registers `name` once so a test can start from a known version (tests do not depend on each other). */
async function registered(name: string, char: string): Promise<ActionResult> {
  const first = await run({ 'image-name': name, image: image(name, char), targets: `resource-group/rg-${name}` });
  expect(first.outputs.created).toBe('true');
  return first;
}

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
    // The token was registered for masking before anything else was printed.
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${tokens.register}`);
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
    await registered('replayed', 'a');
    const first = await catalog.versions('replayed');
    const result = await run({ 'image-name': 'replayed', image: image('replayed', 'a'), targets: 'resource-group/rg-replayed' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.created).toBe('false');
    expect(result.outputs['version-id']).toBe(first[0]!.id);
    expect(JSON.parse(result.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-replayed', image: 'replayed', version: hashTag, changed: false },
    ]);
    expect(result.summary).toContain('already registered with this digest');
    expect(result.summary).toContain('already attached');
    expect(await catalog.versions('replayed')).toEqual(first);
    const attachment = await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-replayed')}/attachment`);
    expect(attachment.revision).toBe(1);
  });

  test('the same version with another digest fails clearly and leaves the stored version as it was', async () => {
    await registered('conflicted', 'a');
    const before = await catalog.versions('conflicted');
    const result = await run({ 'image-name': 'conflicted', image: image('conflicted', 'b'), targets: 'resource-group/rg-other' });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toEqual([
      `version ${hashTag} of conflicted already exists with digest ${digestOf('a')}; versions are immutable: choose another version or re-use that digest`,
    ]);
    expect(result.outputs).toEqual({});
    expect(await catalog.versions('conflicted')).toEqual(before);
    expect(await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-other')}/attachment`)).toBeUndefined();
  });
});

// Every bad input has its case in inputs.test.ts (in-process); here the bundle shows the server hears nothing.
describe('bad input', () => {
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
