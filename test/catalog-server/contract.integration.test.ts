/**
 * The catalog contract, end to end against the real reference server on 127.0.0.1, once with a
 * temporary SQLite file and once with a database on a real PostgreSQL: both backends keep the same
 * promises. Every answer is validated against openapi.yaml by `api()`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends, freshDatabase, startCatalogInProcess, stopSharedPostgres, type CatalogFixture } from '../support/catalog-server.js';
import { api, digestOf, expectProblem, tokenSpec, tokens, versionBody } from '../platform/catalog/api.js';

afterAll(() => stopSharedPostgres());

describe.each(backends)('on %s', (backend) => {
  let catalog: CatalogFixture;
  let cleanup: () => void;
  let base: string;

  beforeAll(async () => {
    const temp = await freshDatabase(backend);
    cleanup = temp.cleanup;
    catalog = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db });
    base = catalog.url;
    await api(base, 'POST', '/v1/images', { body: { name: 'ml-runtime', description: 'training runtime' } });
  });

  afterAll(async () => {
    // Whatever ran, in whatever order: every line of the request log is a request, and no token is in it.
    try {
      const log = catalog.logs();
      for (const line of log.split('\n').filter(Boolean)) expect(JSON.parse(line)).toHaveProperty('request_id');
      for (const token of [...Object.values(tokens), 'not-a-known-token']) expect(log).not.toContain(token);
    } finally {
      await catalog.stop();
      cleanup();
    }
  });

  /** A new image of this test's own with the given versions (version, digest) registered in order. */
  async function imageWith(name: string, versions: Array<[string, string]>): Promise<void> {
    expect((await api(base, 'POST', '/v1/images', { body: { name } })).status).toBe(201);
    for (const [version, digest] of versions)
      expect((await api(base, 'POST', `/v1/images/${name}/versions`, { body: versionBody(version, digest) })).status).toBe(201);
  }

  describe('service', () => {
    test('health and the OpenAPI document answer without a token', async () => {
      expect((await api(base, 'GET', '/v1/health', { token: null })).body).toEqual({ status: 'ok' });
      const doc = await api(base, 'GET', '/v1/openapi.yaml', { token: null });
      expect(doc.status).toBe(200);
      expect(doc.text).toMatch(/^openapi: 3\.1/);
    });

    test('unknown paths are 404 and unsupported methods 405 with Allow, as problem+json', async () => {
      expectProblem(await api(base, 'GET', '/v2/images'), 404, 'not-found');
      const answer = await api(base, 'DELETE', '/v1/images/ml-runtime');
      expectProblem(answer, 405, 'method-not-allowed');
      expect(answer.headers.get('allow')).toBe('GET');
    });
  });

  describe('images', () => {
    test('POST creates (201, Location), POST again returns the stored image (200), GET reads it', async () => {
      const created = await api(base, 'POST', '/v1/images', { body: { name: 'spark-base', description: 'first' } });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe('/v1/images/spark-base');
      expect(created.body).toMatchObject({ name: 'spark-base', description: 'first' });
      const again = await api(base, 'POST', '/v1/images', { body: { name: 'spark-base', description: 'second' } });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(created.body);
      expect((await api(base, 'GET', '/v1/images/spark-base', { token: tokens.read })).body).toEqual(created.body);
      expectProblem(await api(base, 'GET', '/v1/images/nope'), 404, 'not-found');
    });

    test('an invalid image name is a 422 on create and a 400 in a path', async () => {
      const answer = await api(base, 'POST', '/v1/images', { body: { name: 'Not Valid' } });
      expectProblem(answer, 422, 'validation-failed');
      expect(answer.body.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
      expectProblem(await api(base, 'GET', '/v1/images/Not%20Valid'), 400, 'bad-parameter');
    });
  });

  describe('versions', () => {
    test('201 for a new version, 200 for the identical replay with the same id', async () => {
      const first = await api(base, 'POST', '/v1/images/ml-runtime/versions', {
        body: versionBody('1.0.0', digestOf('1'), { description: 'first' }),
      });
      expect(first.status).toBe(201);
      expect(first.headers.get('location')).toBe('/v1/images/ml-runtime/versions/1.0.0');
      expect(first.body).toMatchObject({ image: 'ml-runtime', version: '1.0.0', digest: digestOf('1'), description: 'first' });
      const replay = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.0.0', digestOf('1')) });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      expect((await api(base, 'GET', '/v1/images/ml-runtime/versions/1.0.0', { token: tokens.read })).body).toEqual(first.body);
    });

    test('409 for the same version with another digest; the stored version is unchanged', async () => {
      const original = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.2.0', digestOf('a')) });
      expect(original.status).toBe(201);
      const conflict = await api(base, 'POST', '/v1/images/ml-runtime/versions', {
        body: versionBody('1.2.0', digestOf('b'), { description: 'other' }),
      });
      expectProblem(conflict, 409, 'version-conflict');
      expect(conflict.body.detail).toBe(
        `version 1.2.0 of ml-runtime already exists with digest ${digestOf('a')}; versions are immutable: choose another version or re-use that digest`,
      );
      expect(conflict.body.existing).toEqual(original.body);
      expect((await api(base, 'GET', '/v1/images/ml-runtime/versions/1.2.0')).body).toEqual(original.body);
    });

    test('semver build metadata survives the path (+ encoded as %2B)', async () => {
      const created = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('2.0.0-rc.1+build.7', digestOf('c')) });
      expect(created.headers.get('location')).toBe('/v1/images/ml-runtime/versions/2.0.0-rc.1%2Bbuild.7');
      expect((await api(base, 'GET', '/v1/images/ml-runtime/versions/2.0.0-rc.1%2Bbuild.7')).body.version).toBe('2.0.0-rc.1+build.7');
    });

    test.each([
      ['a missing digest', { ...versionBody('3.0.0', digestOf('d')), digest: undefined }, '/digest'],
      ['a digest that is not sha256:<64 hex>', versionBody('3.0.0', 'sha256:abc'), '/digest'],
      ['a short commit', versionBody('3.0.0', digestOf('d'), { source: { commit: 'abc123' } }), '/source/commit'],
      ['an unknown member', versionBody('3.0.0', digestOf('d'), { labels: {} }), '/labels'],
      ['a version with a space', versionBody('3 0', digestOf('d')), '/version'],
      ['an image_ref pinned to another digest', versionBody('3.0.0', digestOf('d'), { image_ref: `r/x@${digestOf('e')}` }), '/image_ref'],
    ])('422 problem+json with a pointer for %s; nothing is stored', async (_what, body, pointer) => {
      const answer = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: JSON.parse(JSON.stringify(body)) });
      expectProblem(answer, 422, 'validation-failed');
      expect(answer.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      expectProblem(await api(base, 'GET', '/v1/images/ml-runtime/versions/3.0.0'), 404, 'not-found');
    });

    test('malformed JSON is 400, another media type 415, an unknown image 404', async () => {
      expectProblem(
        await api(base, 'POST', '/v1/images/ml-runtime/versions', {
          rawBody: '{"version":',
          headers: { 'Content-Type': 'application/json' },
        }),
        400,
        'malformed-json',
      );
      expectProblem(
        await api(base, 'POST', '/v1/images/ml-runtime/versions', {
          rawBody: 'version=1',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
        415,
        'unsupported-media-type',
      );
      expectProblem(await api(base, 'POST', '/v1/images/ghost/versions', { body: versionBody('1.0.0', digestOf('1')) }), 404, 'not-found');
    });

    test('a body over 64 KiB is refused with 413', async () => {
      const answer = await api(base, 'POST', '/v1/images/ml-runtime/versions', {
        body: versionBody('9.9.9', digestOf('9'), { description: 'x'.repeat(70_000) }),
      });
      expectProblem(answer, 413, 'body-too-large');
    });
  });

  describe('pagination', () => {
    test('pages follow Link rel="next" (and next_page_token) until the last page, in creation order', async () => {
      await api(base, 'POST', '/v1/images', { body: { name: 'paged' } });
      const names = ['0.1.0', '0.2.0', '0.3.0', '0.4.0', '0.5.0'];
      for (const [i, name] of names.entries())
        await api(base, 'POST', '/v1/images/paged/versions', { body: versionBody(name, digestOf(String(i))) });
      const seen: string[] = [];
      let path: string | undefined = '/v1/images/paged/versions?page_size=2';
      let pages = 0;
      while (path) {
        const page = await api(base, 'GET', path, { token: tokens.read });
        pages += 1;
        seen.push(...page.body.items.map((v: { version: string }) => v.version));
        const link = page.headers.get('link');
        path = link ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined;
        if (path) expect(path).toContain(`page_token=${page.body.next_page_token}`);
        else expect(page.body.next_page_token).toBeUndefined();
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(names);
      expect((await api(base, 'GET', '/v1/images/paged/versions')).body.items).toHaveLength(5);
    });

    test('a forged page_token or an out-of-range page_size is a 400', async () => {
      // An image that exists and has versions: the 400 is about the parameters, not a missing image.
      await imageWith('paged-params', [
        ['0.1.0', digestOf('0')],
        ['0.2.0', digestOf('1')],
      ]);
      expect((await api(base, 'GET', '/v1/images/paged-params/versions?page_size=1')).status).toBe(200);
      expectProblem(await api(base, 'GET', '/v1/images/paged-params/versions?page_token=Zm9v'), 400, 'bad-parameter');
      expectProblem(await api(base, 'GET', '/v1/images/paged-params/versions?page_size=0'), 400, 'bad-parameter');
      expectProblem(await api(base, 'GET', '/v1/images/paged-params/versions?page_size=501'), 400, 'bad-parameter');
      expectProblem(await api(base, 'GET', '/v1/images/paged-params/versions?colour=red'), 400, 'bad-parameter');
    });
  });

  describe('attachments', () => {
    const target = '/v1/targets/resource-group%2Frg-prod/attachment';

    test('create with If-None-Match, change only with the current If-Match (428 without, 412 stale)', async () => {
      await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('4.0.0', digestOf('4')) });
      await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('4.1.0', digestOf('5')) });
      expectProblem(await api(base, 'GET', target), 404, 'not-found');

      const created = await api(base, 'PUT', target, {
        body: { image: 'ml-runtime', version: '4.0.0' },
        headers: { 'If-None-Match': '*' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ target: 'resource-group/rg-prod', version: '4.0.0', digest: digestOf('4'), revision: 1 });
      const etag1 = created.headers.get('etag')!;

      expectProblem(
        await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.1.0' }, headers: { 'If-None-Match': '*' } }),
        412,
        'precondition-failed',
      );
      expectProblem(await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.1.0' } }), 428, 'precondition-required');

      const changed = await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.1.0' }, headers: { 'If-Match': etag1 } });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ version: '4.1.0', revision: 2 });
      const etag2 = changed.headers.get('etag')!;
      expect(etag2).not.toBe(etag1);

      expectProblem(
        await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.0.0' }, headers: { 'If-Match': etag1 } }),
        412,
        'precondition-failed',
      );
      expectProblem(
        await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.0.0' }, headers: { 'If-Match': `W/${etag2}` } }),
        412,
        'precondition-failed',
      );

      const read = await api(base, 'GET', target, { token: tokens.read });
      expect(read.body).toEqual(changed.body);
      expect(read.headers.get('etag')).toBe(etag2);

      // Setting what it already runs changes nothing, not even the ETag.
      const same = await api(base, 'PUT', target, { body: { image: 'ml-runtime', version: '4.1.0' }, headers: { 'If-Match': etag2 } });
      expect(same.status).toBe(200);
      expect(same.headers.get('etag')).toBe(etag2);
      expect(same.body.revision).toBe(2);
    });

    test('target ids with several segments work percent-encoded and unencoded', async () => {
      await imageWith('segmented', [['1.0.0', digestOf('1')]]);
      const encoded = await api(base, 'PUT', '/v1/targets/job%2F42%2Fmain/attachment', { body: { image: 'segmented', version: '1.0.0' } });
      expect(encoded.status).toBe(201);
      expect(encoded.body.target).toBe('job/42/main');
      const plain = await api(base, 'GET', '/v1/targets/job/42/main/attachment');
      expect(plain.body).toEqual(encoded.body);
      expectProblem(await api(base, 'GET', '/v1/targets/nokind/attachment'), 400, 'bad-parameter');
    });

    test('attaching a version that is not registered is a 422', async () => {
      const answer = await api(base, 'PUT', '/v1/targets/cluster%2F0123-456789-abc/attachment', {
        body: { image: 'ml-runtime', version: '7.7.7' },
      });
      expectProblem(answer, 422, 'version-not-registered');
    });
  });

  describe('channels', () => {
    test('first promotion creates the channel; later ones need the current If-Match', async () => {
      await imageWith('promoted', [
        ['1.0.0', digestOf('1')],
        ['1.2.0', digestOf('a')],
      ]);
      const channel = '/v1/images/promoted/channels/production';
      expectProblem(await api(base, 'GET', channel), 404, 'not-found');
      const first = await api(base, 'POST', `${channel}/promotions`, {
        token: tokens.promote,
        body: { version: '1.0.0', reason: 'first release' },
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        image: 'promoted',
        channel: 'production',
        version: '1.0.0',
        previous_version: null,
        reason: 'first release',
      });
      const etag = first.headers.get('etag')!;
      expect((await api(base, 'GET', channel, { token: tokens.promote })).headers.get('etag')).toBe(etag);

      expectProblem(
        await api(base, 'POST', `${channel}/promotions`, { token: tokens.promote, body: { version: '1.2.0' } }),
        428,
        'precondition-required',
      );
      expectProblem(
        await api(base, 'POST', `${channel}/promotions`, {
          token: tokens.promote,
          body: { version: '1.2.0' },
          headers: { 'If-Match': '"0.stale"' },
        }),
        412,
        'precondition-failed',
      );
      expectProblem(
        await api(base, 'POST', `${channel}/promotions`, {
          token: tokens.promote,
          body: { version: '8.8.8' },
          headers: { 'If-Match': etag },
        }),
        422,
        'version-not-registered',
      );

      const second = await api(base, 'POST', `${channel}/promotions`, {
        token: tokens.promote,
        body: { version: '1.2.0' },
        headers: { 'If-Match': etag },
      });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ version: '1.2.0', previous_version: '1.0.0' });
      const now = await api(base, 'GET', channel);
      expect(now.body).toMatchObject({ version: '1.2.0', digest: digestOf('a'), revision: 2 });
      const history = await api(base, 'GET', `${channel}/promotions?page_size=1`);
      expect(history.body.items).toHaveLength(1);
      expect(history.headers.get('link')).toMatch(/rel="next"$/);
    });
  });

  describe('idempotency', () => {
    test('the same key and body replays the stored 201; the same key with another body is a 422', async () => {
      const key = { 'Idempotency-Key': '"5d0f7c1e-idem-0001"' };
      const first = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('5.0.0', digestOf('6')), headers: key });
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const replay = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('5.0.0', digestOf('6')), headers: key });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.headers.get('location')).toBe(first.headers.get('location'));
      expect(replay.body).toEqual(first.body);
      // The bare form of the same key is the same key.
      expect(
        (
          await api(base, 'POST', '/v1/images/ml-runtime/versions', {
            body: versionBody('5.0.0', digestOf('6')),
            headers: { 'Idempotency-Key': '5d0f7c1e-idem-0001' },
          })
        ).status,
      ).toBe(201);

      const reused = await api(base, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('5.0.1', digestOf('7')), headers: key });
      expectProblem(reused, 422, 'idempotency-key-reused');
      expectProblem(await api(base, 'GET', '/v1/images/ml-runtime/versions/5.0.1'), 404, 'not-found');
    });

    test('keys belong to one caller: another token with the same key is a new request', async () => {
      const key = { 'Idempotency-Key': 'shared-key-0002' };
      expect((await api(base, 'POST', '/v1/images', { token: tokens.register, body: { name: 'idem-image' }, headers: key })).status).toBe(
        201,
      );
      const other = await api(base, 'POST', '/v1/images', { token: tokens.all, body: { name: 'idem-image' }, headers: key });
      expect(other.status).toBe(200);
      expect(other.headers.get('idempotent-replayed')).toBeNull();
    });

    test('errors are not stored: a retry after the cause is fixed succeeds with the same key', async () => {
      const key = { 'Idempotency-Key': 'late-image-0003' };
      expectProblem(
        await api(base, 'POST', '/v1/images/late/versions', { body: versionBody('1.0.0', digestOf('8')), headers: key }),
        404,
        'not-found',
      );
      await api(base, 'POST', '/v1/images', { body: { name: 'late' } });
      expect(
        (await api(base, 'POST', '/v1/images/late/versions', { body: versionBody('1.0.0', digestOf('8')), headers: key })).status,
      ).toBe(201);
    });

    test('a malformed key is a 400', async () => {
      expectProblem(
        await api(base, 'POST', '/v1/images', { body: { name: 'k' }, headers: { 'Idempotency-Key': '"unterminated' } }),
        400,
        'bad-parameter',
      );
    });
  });

  describe('auth', () => {
    test('no token or an unknown token is 401 with a Bearer challenge', async () => {
      const none = await api(base, 'GET', '/v1/images/ml-runtime', { token: null });
      expectProblem(none, 401, 'unauthorized');
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
      const unknown = await api(base, 'GET', '/v1/images/ml-runtime', { token: 'not-a-known-token' });
      expectProblem(unknown, 401, 'unauthorized');
      expect(unknown.headers.get('www-authenticate')).toContain('error="invalid_token"');
      expect(unknown.text).not.toContain('not-a-known-token');
    });

    test.each([
      ['read', tokens.read, 'POST', '/v1/images', { name: 'x-read' }],
      ['read', tokens.read, 'PUT', '/v1/targets/project%2F1001/attachment', { image: 'ml-runtime', version: '1.0.0' }],
      ['register', tokens.register, 'POST', '/v1/images/ml-runtime/channels/staging/promotions', { version: '1.0.0' }],
      ['promote', tokens.promote, 'POST', '/v1/images/ml-runtime/versions', versionBody('6.0.0', digestOf('f'))],
    ])('a %s token cannot %s %s (403)', async (_scope, token, method, path, body) => {
      const answer = await api(base, method, path, { token, body });
      expectProblem(answer, 403, 'forbidden');
      expect(answer.headers.get('www-authenticate')).toContain('insufficient_scope');
    });

    test('register and promote tokens can read', async () => {
      expect((await api(base, 'GET', '/v1/images/ml-runtime', { token: tokens.register })).status).toBe(200);
      expect((await api(base, 'GET', '/v1/images/ml-runtime', { token: tokens.promote })).status).toBe(200);
    });

    test('the request log has one line per request and never a token', async () => {
      const before = catalog.logs().split('\n').filter(Boolean).length;
      // Every kind of token, an unknown one and none, answered and refused: 6 × 6 + 4 + 2 requests.
      const callers = [...Object.values(tokens), 'not-a-known-token', null];
      const paths = [
        '/v1/health',
        '/v1/images/ml-runtime',
        '/v1/images/ml-runtime/versions',
        '/v1/images/no-such-image',
        '/v1/targets/nokind/attachment',
        '/v2/images',
      ];
      let sent = 0;
      for (const token of callers)
        for (const path of paths) {
          await api(base, 'GET', path, { token });
          sent += 1;
        }
      for (const token of Object.values(tokens)) {
        await api(base, 'POST', '/v1/images', { token, body: { name: 'logged' } });
        sent += 1;
      }
      await api(base, 'POST', '/v1/images/logged/versions', { token: tokens.promote, body: versionBody('1.0.0', digestOf('1')) });
      sent += 1;
      await api(base, 'POST', '/v1/images/logged/versions', { token: tokens.register, rawBody: '{"version":' });
      sent += 1;
      expect(sent).toBeGreaterThan(40);

      const log = catalog.logs();
      const lines = log.split('\n').filter(Boolean).slice(before);
      expect(lines).toHaveLength(sent);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty('request_id');
      for (const token of [...Object.values(tokens), 'not-a-known-token']) expect(log).not.toContain(token);
      expect(lines.join('\n')).toContain('"caller":"token-');
    });
  });

  describe('rate limiting', () => {
    test('beyond the limit a caller gets 429 with Retry-After; other callers are not affected', async () => {
      const temp = await freshDatabase(backend);
      const limited = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db, rateLimit: { requests: 2, windowMs: 60_000 } });
      try {
        expect((await api(limited.url, 'GET', '/v1/images/none', { token: tokens.read })).status).toBe(404);
        expect((await api(limited.url, 'GET', '/v1/images/none', { token: tokens.read })).status).toBe(404);
        const refused = await api(limited.url, 'GET', '/v1/images/none', { token: tokens.read });
        expectProblem(refused, 429, 'rate-limited');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect((await api(limited.url, 'GET', '/v1/images/none', { token: tokens.register })).status).toBe(404);
        expect((await api(limited.url, 'GET', '/v1/health', { token: null })).status).toBe(200);
      } finally {
        await limited.stop();
        temp.cleanup();
      }
    });
  });
});
