/**
 * What an operator sees of a running catalog: /healthz, /readyz, Prometheus /metrics (requests by
 * route template and status, latency histogram, idempotent replays, conflicts), one JSON access-log
 * line per request without tokens, and a graceful stop that finishes the request in flight.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCatalogInProcess, tempDb, type CatalogFixture } from '../support/catalog-server.js';
import { api, digestOf, tokenSpec, tokens, versionBody } from '../platform/catalog/api.js';

let catalog: CatalogFixture;
let cleanup: () => void;

beforeAll(async () => {
  const temp = tempDb();
  cleanup = temp.cleanup;
  catalog = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db });
});

afterAll(async () => {
  // Whatever ran, in whatever order: the access log is JSON lines without a token.
  try {
    for (const line of catalog.logs().split('\n').filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
    for (const token of Object.values(tokens)) expect(catalog.logs()).not.toContain(token);
  } finally {
    await catalog.stop();
    cleanup();
  }
});

/** A catalog of the test's own, for counts that must start from zero; stopped and removed after `body`. */
async function withOwnCatalog(body: (own: CatalogFixture) => Promise<void>): Promise<void> {
  const temp = tempDb();
  const own = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db });
  try {
    await body(own);
    for (const token of Object.values(tokens)) expect(own.logs()).not.toContain(token);
  } finally {
    await own.stop();
    temp.cleanup();
  }
}

/** `name{labels} value` lines of the exposition, as a map. */
function samples(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-z_]+(?:\{.*\})?) (\S+)$/.exec(line);
    expect(match, `not an exposition line: ${line}`).not.toBeNull();
    found.set(match![1]!, Number(match![2]));
  }
  return found;
}

describe('operations endpoints', () => {
  test('/healthz and /readyz answer 200 without a token', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const answer = await fetch(`${catalog.url}${path}`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ status: 'ok' });
    }
  });

  test('/metrics counts requests by route template, replays and conflicts, with a latency histogram', async () => {
    // Exact counts: a catalog that has answered nothing else.
    await withOwnCatalog(async (own) => {
      await api(own.url, 'POST', '/v1/images', { body: { name: 'ml-runtime' } });
      const key = { 'Idempotency-Key': 'metrics-key-1' };
      await api(own.url, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.0.0', digestOf('1')), headers: key });
      await api(own.url, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.0.0', digestOf('1')), headers: key });
      await api(own.url, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.0.1', digestOf('2')), headers: key });
      await api(own.url, 'POST', '/v1/images/ml-runtime/versions', { body: versionBody('1.0.0', digestOf('3')) });
      await api(own.url, 'PUT', '/v1/targets/cluster%2Fc1/attachment', { body: { image: 'ml-runtime', version: '1.0.0' } });
      await api(own.url, 'PUT', '/v1/targets/cluster%2Fc1/attachment', {
        body: { image: 'ml-runtime', version: '1.0.0' },
        headers: { 'If-Match': '"0.stale"' },
      });
      await api(own.url, 'GET', '/v1/images/ml-runtime/versions/1.0.0');

      const answer = await fetch(`${own.url}/metrics`);
      expect(answer.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = await answer.text();
      const metrics = samples(text);
      const route = '/v1/images/{image}/versions';
      expect(metrics.get(`catalog_http_requests_total{route="${route}",method="POST",status="201"}`)).toBe(2);
      expect(metrics.get(`catalog_http_requests_total{route="${route}",method="POST",status="422"}`)).toBe(1);
      expect(metrics.get(`catalog_http_requests_total{route="${route}",method="POST",status="409"}`)).toBe(1);
      expect(metrics.get(`catalog_idempotent_replays_total{route="${route}"}`)).toBe(1);
      expect(metrics.get('catalog_conflicts_total{kind="version"}')).toBe(1);
      expect(metrics.get('catalog_conflicts_total{kind="idempotency-key"}')).toBe(1);
      expect(metrics.get('catalog_conflicts_total{kind="precondition"}')).toBe(1);
      expect(metrics.get(`catalog_http_request_duration_seconds_count{route="${route}",method="POST"}`)).toBe(4);
      expect(metrics.get(`catalog_http_request_duration_seconds_bucket{route="${route}",method="POST",le="+Inf"}`)).toBe(4);
      expect(metrics.get(`catalog_http_request_duration_seconds_sum{route="${route}",method="POST"}`)).toBeGreaterThan(0);
      // Raw paths never become labels.
      expect(text).not.toContain('ml-runtime');
      expect(text).toContain('# TYPE catalog_http_request_duration_seconds histogram');
    });
  });

  test('the access log is one JSON line per request, with caller and key, never a token', async () => {
    const before = catalog.logs().split('\n').filter(Boolean).length;
    const key = { 'Idempotency-Key': 'logged-key-1' };
    await api(catalog.url, 'POST', '/v1/images', { body: { name: 'logged' } });
    await api(catalog.url, 'POST', '/v1/images/logged/versions', { body: versionBody('1.0.0', digestOf('1')), headers: key });
    await api(catalog.url, 'POST', '/v1/images/logged/versions', { body: versionBody('1.0.0', digestOf('1')), headers: key });
    await api(catalog.url, 'POST', '/v1/images/logged/versions', { body: versionBody('1.0.1', digestOf('2')), headers: key });
    await api(catalog.url, 'POST', '/v1/images/logged/versions', { body: versionBody('1.0.0', digestOf('3')), token: tokens.register });
    await api(catalog.url, 'PUT', '/v1/targets/cluster%2Flogged/attachment', { body: { image: 'logged', version: '1.0.0' } });
    await api(catalog.url, 'GET', '/v1/images/logged/versions/1.0.0', { token: tokens.read });
    await api(catalog.url, 'GET', '/v1/images/logged', { token: 'not-a-known-token' });
    await api(catalog.url, 'GET', '/v1/images/logged', { token: null });
    await fetch(`${catalog.url}/healthz`);
    const sent = 10;

    const lines = catalog
      .logs()
      .split('\n')
      .filter(Boolean)
      .slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(sent);
    for (const line of lines)
      expect(line).toMatchObject({
        request_id: expect.any(String),
        method: expect.any(String),
        status: expect.any(Number),
        ms: expect.any(Number),
        caller: expect.any(String),
      });
    expect(lines).toContainEqual(expect.objectContaining({ idempotency_key: 'logged-key-1', replayed: true, status: 201 }));
    for (const token of [...Object.values(tokens), 'not-a-known-token']) expect(catalog.logs()).not.toContain(token);
  });
});

describe('graceful stop', () => {
  test('a request in flight is answered (its connection then closes); new connections are refused at once', async () => {
    const temp = tempDb();
    const server = await startCatalogInProcess({ tokens: tokenSpec, db: temp.db });
    try {
      await api(server.url, 'POST', '/v1/images', { body: { name: 'slow' } });
      const body = JSON.stringify(versionBody('1.0.0', digestOf('a')));
      const port = Number(new URL(server.url).port);
      // Send the headers and half the body, stop the server, then send the rest.
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/images/slow/versions',
            headers: {
              Authorization: `Bearer ${tokens.register}`,
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => req.end(body.slice(20)), 300);
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stopped = server.server.close(5_000);
      const ready = await fetch(`${server.url}/readyz`).then(
        (r) => r.status,
        () => 'refused',
      );
      const answer = await answered;
      const began = Date.now();
      await stopped;
      // Not the 5 s grace: the last connection closed with its answer.
      expect(Date.now() - began).toBeLessThan(2_000);
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.text)).toMatchObject({ version: '1.0.0' });
      // A new connection after close() is refused by the closed listener.
      expect(ready).toBe('refused');
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      temp.cleanup();
    }
  });
});
