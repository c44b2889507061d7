/**
 * The default HTTP transport (src/runtime/http-transport.ts) against real `node:http` servers on
 * free loopback ports, and side by side with Node's own `fetch` where the two must agree: the
 * answers, the requests a server sees after redirects, and how failures classify for the retry
 * decisions (core/retry.ts, platform/retry-policy.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { errorChain, isTransientNetworkError } from '../../src/core/retry.js';
import { requestNeverSent } from '../../src/platform/retry-policy.js';
import { bodyReadable, type HttpFetch, httpTransport, streamBody } from '../../src/runtime/http-transport.js';
import { freePort } from '../support/free-port.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The request body ended as framed (false: the connection dropped mid-body). */
  complete: boolean;
  remotePort: number | undefined;
}

interface TestServer {
  url: string;
  host: string;
  seen: Seen[];
  server: Server;
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server that records every request (body read whole first unless `streaming`) and answers with `handle`. */
async function serve(
  handle: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void,
  options: { streaming?: boolean; keepAliveTimeout?: number } = {},
): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const record: Seen = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.alloc(0),
      complete: false,
      remotePort: req.socket.remotePort,
    };
    seen.push(record);
    if (options.streaming) {
      handle(req, res, record);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      record.body = Buffer.concat(chunks);
      record.complete = true;
      handle(req, res, record);
    });
  });
  if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout;
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, seen, server };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

const both: Array<[string, HttpFetch]> = [
  ['httpTransport', httpTransport],
  ['fetch', fetch],
];

const transportModule = path.resolve(import.meta.dirname, '../../src/runtime/http-transport.ts');

/** Runs a script in a new Node process (the transport loads as TypeScript: it imports only node builtins). */
function child(
  script: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; ms: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc = spawn(process.execPath, ['--input-type=module', '-e', script, transportModule], {
      env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (code) => resolve({ code, ms: Date.now() - started, stdout, stderr }));
  });
}

describe('answers as fetch gives them', () => {
  test.each(both)('%s: status, status text, headers (case-insensitive, repeats joined), text, ok', async (_name, transport) => {
    const server = await serve((_req, res) => {
      res.writeHead(418, 'Short And Stout', [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['X-Repeat', 'a'],
        ['X-Repeat', 'b'],
      ]);
      res.end('\uFEFFhello, wörld');
    });
    const answer = await transport(`${server.url}/x?q=1`, { headers: { 'X-Asked': 'yes' } });
    expect([answer.status, answer.statusText, answer.ok]).toEqual([418, 'Short And Stout', false]);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('X-REPEAT')).toBe('a, b');
    expect(answer.headers.has('x-repeat')).toBe(true);
    expect(answer.headers.get('x-absent')).toBeNull();
    expect(answer.headers.has('x-absent')).toBe(false);
    expect(await answer.text()).toBe('hello, wörld'); // UTF-8, byte order mark dropped
    const request = server.seen[0]!;
    expect([request.method, request.url, request.headers['x-asked']]).toEqual(['GET', '/x?q=1', 'yes']);
    expect([request.headers.accept, request.headers['user-agent']]).toEqual(['*/*', 'node']);
  });

  test('the same request headers and bodies reach the server as with fetch (string, bytes, none)', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    const cases = [
      { method: 'POST', body: 'a=1' },
      { method: 'PUT', body: new Uint8Array([1, 2, 3]), headers: { 'Content-Type': 'application/octet-stream' } },
      { method: 'POST' },
      { method: 'DELETE' },
    ];
    const pick = (seen: Seen) => ({
      method: seen.method,
      type: seen.headers['content-type'],
      length: seen.headers['content-length'],
      chunked: seen.headers['transfer-encoding'],
      body: seen.body.toString('hex'),
    });
    for (const [, transport] of both) for (const init of cases) await (await transport(server.url, init)).text();
    const ours = server.seen.slice(0, cases.length).map(pick);
    const theirs = server.seen.slice(cases.length).map(pick);
    expect(ours).toEqual(theirs);
    expect(ours[0]).toMatchObject({ type: 'text/plain;charset=UTF-8', length: '3' });
    expect(ours[2]).toMatchObject({ length: '0' });
  });

  test.each(both)('%s: HEAD and 204 have no body; the headers of HEAD stay', async (_name, transport) => {
    const server = await serve((req, res) => {
      if (req.url === '/empty') {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(200, { 'content-length': '1234', 'docker-content-digest': 'sha256:abc' });
      res.end(req.method === 'HEAD' ? undefined : Buffer.alloc(1234));
    });
    const head = await transport(server.url, { method: 'HEAD' });
    expect([head.status, head.body, head.headers.get('content-length'), head.headers.get('docker-content-digest')]).toEqual([
      200,
      null,
      '1234',
      'sha256:abc',
    ]);
    const empty = await transport(`${server.url}/empty`, { method: 'GET' });
    expect([empty.status, empty.body, await empty.text()]).toEqual([204, null, '']);
  });

  test('HEAD answers and followed redirects free their connection: the next request goes over the same socket', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(307, { location: '/' }).end('see /');
        return;
      }
      res.writeHead(200, { 'content-length': '5' });
      res.end(req.method === 'HEAD' ? undefined : 'hello');
    });
    await httpTransport(server.url, { method: 'HEAD' });
    await (await httpTransport(server.url)).text();
    await httpTransport(server.url, { method: 'HEAD' });
    expect(await (await httpTransport(`${server.url}/moved`)).text()).toBe('hello');
    expect(server.seen.map((r) => r.url)).toEqual(['/', '/', '/', '/moved', '/']);
    expect(new Set(server.seen.map((r) => r.remotePort)).size).toBe(1);
  });

  test('a body is read once: a second read is refused, as fetch refuses it', async () => {
    const server = await serve((_req, res) => res.end('once'));
    const answer = await httpTransport(server.url);
    expect(await answer.text()).toBe('once');
    await expect(answer.text()).rejects.toThrow(TypeError);
  });
});

describe('redirects', () => {
  test.each(both)('%s: a same-origin redirect keeps authorization; another host never gets it', async (_name, transport) => {
    const storage = await serve((_req, res) => res.end('blob bytes'));
    const registry = await serve((req, res) => {
      if (req.url === '/v2/blobs/a') res.writeHead(307, { location: '/v2/blobs/b' }).end();
      else if (req.url === '/v2/blobs/b') res.writeHead(302, { location: `${storage.url}/bucket/b?sig=1` }).end();
      else res.writeHead(404).end();
    });
    const answer = await transport(`${registry.url}/v2/blobs/a`, {
      headers: { authorization: 'Bearer secret', cookie: 'c=1', accept: 'application/octet-stream' },
      redirect: 'follow',
    });
    expect([answer.status, await answer.text()]).toEqual([200, 'blob bytes']);
    expect(registry.seen.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/v2/blobs/a', 'Bearer secret'],
      ['/v2/blobs/b', 'Bearer secret'],
    ]);
    expect(storage.seen.map((r) => [r.url, r.headers.authorization, r.headers.cookie, r.headers.accept])).toEqual([
      ['/bucket/b?sig=1', undefined, undefined, 'application/octet-stream'],
    ]);
  });

  test.each(both)(
    '%s: 303 turns a PUT into a GET without body; 307 and 308 repeat method and body; 301 after POST is a GET',
    async (_name, transport) => {
      const server = await serve((req, res) => {
        const redirect = /^\/(30\d)$/.exec(req.url ?? '')?.[1];
        if (redirect) res.writeHead(Number(redirect), { location: '/done' }).end();
        else res.end(`${req.method}`);
      });
      const send = async (status: number, method: string) => {
        const answer = await transport(`${server.url}/${status}`, {
          method,
          body: 'payload',
          headers: { 'content-type': 'application/json' },
        });
        return await answer.text();
      };
      expect(await send(303, 'PUT')).toBe('GET');
      expect(await send(307, 'PUT')).toBe('PUT');
      expect(await send(308, 'POST')).toBe('POST');
      expect(await send(301, 'POST')).toBe('GET');
      expect(await send(302, 'PUT')).toBe('PUT');
      const followed = server.seen.filter((r) => r.url === '/done');
      expect(followed.map((r) => [r.method, r.body.toString(), r.headers['content-type'] ?? null])).toEqual([
        ['GET', '', null],
        ['PUT', 'payload', 'application/json'],
        ['POST', 'payload', 'application/json'],
        ['GET', '', null],
        ['PUT', 'payload', 'application/json'],
      ]);
    },
  );

  test.each(both)('%s: at most 20 redirects, then a failure', async (_name, transport) => {
    const server = await serve((_req, res) => res.writeHead(302, { location: `/hop${server.seen.length}` }).end());
    const error = await failure(transport(`${server.url}/start`));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
    expect(server.seen).toHaveLength(21);
  });

  test.each(both)('%s: redirect manual returns the redirect itself', async (_name, transport) => {
    const server = await serve((_req, res) => res.writeHead(302, { location: '/elsewhere' }).end());
    const answer = await transport(server.url, { redirect: 'manual' });
    expect([answer.status, answer.headers.get('location')]).toEqual([302, '/elsewhere']);
    await answer.body?.cancel();
    expect(server.seen).toHaveLength(1);
  });

  test('a streamed body cannot follow a 307: it fails instead of sending half a body again', async () => {
    const server = await serve((_req, res) => res.writeHead(307, { location: '/again' }).end());
    const error = await failure(
      httpTransport(server.url, { method: 'PUT', body: streamBody(Readable.from([Buffer.from('once')])), duplex: 'half' }),
    );
    expect((error as Error).message).toBe('fetch failed');
    expect(String((error as Error).cause)).toMatch(/streamed body/);
    expect(server.seen.map((r) => r.url)).toEqual(['/']);
  });
});

describe('streamed bodies', () => {
  test('a node stream is sent chunked as it is read, or with the content-length given', async () => {
    const server = await serve((_req, res, seen) => res.end(sha256(seen.body)));
    const parts = [randomBytes(100_000), randomBytes(1), randomBytes(300_000)];
    const whole = Buffer.concat(parts);
    const chunked = await httpTransport(server.url, { method: 'PATCH', body: streamBody(Readable.from(parts)), duplex: 'half' });
    expect(await chunked.text()).toBe(sha256(whole));
    const sized = await httpTransport(server.url, {
      method: 'PATCH',
      headers: { 'content-length': String(whole.byteLength) },
      body: streamBody(Readable.from(parts)),
      duplex: 'half',
    });
    expect(await sized.text()).toBe(sha256(whole));
    expect(server.seen.map((r) => [r.headers['transfer-encoding'], r.headers['content-length'], r.body.byteLength])).toEqual([
      ['chunked', undefined, whole.byteLength],
      [undefined, String(whole.byteLength), whole.byteLength],
    ]);
  });

  test('streamBody is a web stream to any other fetch: real fetch sends it too', async () => {
    const server = await serve((_req, res, seen) => res.end(sha256(seen.body)));
    const parts = [randomBytes(70_000), randomBytes(70_000)];
    const answer = await fetch(server.url, { method: 'PATCH', body: streamBody(Readable.from(parts)), duplex: 'half' } as RequestInit);
    expect(await answer.text()).toBe(sha256(Buffer.concat(parts)));
  });

  test('a web ReadableStream body (not ours) is sent as well', async () => {
    const server = await serve((_req, res, seen) => res.end(seen.body.toString()));
    const body = new Blob(['web ', 'stream']).stream();
    expect(await (await httpTransport(server.url, { method: 'POST', body, duplex: 'half' })).text()).toBe('web stream');
  });

  test('a source that fails mid-upload aborts the request: the server never sees a complete body', async () => {
    const server = await serve(() => undefined, { streaming: true });
    let received = 0;
    const ended = new Promise<boolean>((resolve) => {
      server.server.on('request', (req: IncomingMessage) => {
        req.on('data', (chunk: Buffer) => (received += chunk.byteLength));
        req.on('end', () => resolve(true));
        req.on('close', () => resolve(false));
      });
    });
    const broken = new Error('digest mismatch at the end of the source');
    async function* source() {
      yield randomBytes(200_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw broken;
    }
    const error = await failure(httpTransport(server.url, { method: 'PATCH', body: streamBody(Readable.from(source())), duplex: 'half' }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).cause).toBe(broken);
    expect(await ended).toBe(false);
    expect(received).toBeGreaterThan(0);
  });

  test('a large answer streams through bodyReadable and for await alike, byte for byte', async () => {
    const blob = randomBytes(48 << 20);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(blob.byteLength) });
      res.end(blob);
    });
    const hashOf = async (chunks: AsyncIterable<Uint8Array>) => {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.byteLength;
      }
      return [size, hash.digest('hex')];
    };
    const expected = [blob.byteLength, sha256(blob)];
    expect(await hashOf(bodyReadable((await httpTransport(server.url)).body!))).toEqual(expected);
    expect(await hashOf((await httpTransport(server.url)).body!)).toEqual(expected);
    // Another fetch's body is read through as a node stream too.
    expect(await hashOf(bodyReadable((await fetch(server.url)).body!))).toEqual(expected);
  });

  test('a large upload streams through to the server byte for byte', async () => {
    const server = await serve((_req, res, seen) => res.end(`${seen.body.byteLength} ${sha256(seen.body)}`));
    const blob = randomBytes(48 << 20);
    const pieces = Array.from({ length: 48 }, (_, i) => blob.subarray(i << 20, (i + 1) << 20));
    const answer = await httpTransport(server.url, { method: 'PATCH', body: streamBody(Readable.from(pieces)), duplex: 'half' });
    expect(await answer.text()).toBe(`${blob.byteLength} ${sha256(blob)}`);
  });
});

describe('failures classify as fetch failures do', () => {
  /** What the retry decisions see of an error. */
  const classify = (error: unknown) => ({
    transient: isTransientNetworkError(error),
    neverSent: requestNeverSent(error),
    codes: errorChain(error)
      .map((link) => link.code)
      .filter(Boolean),
  });

  test.each(both)('%s: an answer that never comes ends with the timeout signal, a TimeoutError (transient)', async (_name, transport) => {
    const server = await serve(() => undefined); // never answers
    const started = Date.now();
    const error = await failure(transport(server.url, { signal: AbortSignal.timeout(100) }));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((error as Error).name).toBe('TimeoutError');
    expect(classify(error)).toMatchObject({ transient: true, neverSent: false });
  });

  test.each(both)('%s: a timeout while the body is read fails the read with the TimeoutError', async (_name, transport) => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
    });
    const answer = await transport(server.url, { signal: AbortSignal.timeout(150) });
    const error = await failure(answer.text());
    expect((error as Error).name).toBe('TimeoutError');
    expect(isTransientNetworkError(error)).toBe(true);
  });

  test.each(both)('%s: an abort before the request fails at once with the reason', async (_name, transport) => {
    const server = await serve((_req, res) => res.end());
    const controller = new AbortController();
    controller.abort();
    const error = await failure(transport(server.url, { signal: controller.signal }));
    expect((error as Error).name).toBe('AbortError');
    expect(server.seen).toHaveLength(0);
  });

  test('a connection reset before the answer: "fetch failed", caused by ECONNRESET, transient, maybe sent; as with fetch', async () => {
    const server = await serve((req) => req.socket.destroy());
    const [ours, theirs] = await Promise.all(both.map(([, transport]) => failure(transport(server.url, { method: 'POST', body: 'x' }))));
    expect(ours).toBeInstanceOf(TypeError);
    expect((ours as Error).message).toBe('fetch failed');
    expect(classify(ours)).toEqual({ transient: true, neverSent: false, codes: ['ECONNRESET'] });
    expect({ ...classify(ours), codes: [] }).toEqual({ ...classify(theirs), codes: [] });
  });

  test('a connection cut in the middle of the body: "terminated", transient; as with fetch', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100000' });
      res.write(Buffer.alloc(1000), () => res.socket?.destroy());
    });
    for (const [, transport] of both) {
      const answer = await transport(server.url);
      const error = await failure(answer.text());
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('terminated');
      expect(isTransientNetworkError(error)).toBe(true);
    }
  });

  test('nothing listening: ECONNREFUSED, not transient, never sent; as with fetch', async () => {
    const url = `http://127.0.0.1:${await freePort()}/`;
    const [ours, theirs] = await Promise.all(both.map(([, transport]) => failure(transport(url))));
    expect((ours as Error).message).toBe('fetch failed');
    expect(classify(ours)).toEqual({ transient: false, neverSent: true, codes: ['ECONNREFUSED'] });
    expect(classify(ours)).toEqual(classify(theirs));
  });

  test('a URL with credentials or another scheme is refused before anything is sent', async () => {
    await expect(httpTransport('http://user:pw@127.0.0.1:1/')).rejects.toThrow(TypeError);
    await expect(httpTransport('ftp://127.0.0.1/')).rejects.toThrow('fetch failed');
  });
});

describe('https', () => {
  /** A self-signed certificate for 127.0.0.1 and localhost (openssl, as on every runner). */
  function selfSigned(): { key: string; cert: string; certFile: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'transport-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ].concat(['-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    const certFile = path.join(dir, 'cert.pem');
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
  }

  async function serveTls(tls: { key: string; cert: string }): Promise<{ url: string; seen: string[] }> {
    const seen: string[] = [];
    const server = createHttpsServer(tls, (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () => res.end(`secure ${req.method}`));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return { url: `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, seen };
  }

  test('an untrusted certificate fails as fetch fails: "fetch failed", the TLS code as cause, not transient', async () => {
    const server = await serveTls(selfSigned());
    const [ours, theirs] = await Promise.all(both.map(([, transport]) => failure(transport(`${server.url}/v2/`))));
    expect((ours as Error).message).toBe('fetch failed');
    const codes = (error: unknown) => errorChain(error).map((link) => link.code ?? '');
    expect(codes(ours)).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(codes(theirs)).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(isTransientNetworkError(ours)).toBe(false);
    expect(server.seen).toEqual([]);
  });

  test('a trusted certificate (NODE_EXTRA_CA_CERTS): GET and POST over TLS, as with fetch', async () => {
    const tls = selfSigned();
    const server = await serveTls(tls);
    const script = `
      const { httpTransport } = await import(process.argv[1]);
      const answers = [];
      for (const transport of [httpTransport, fetch]) {
        answers.push(await (await transport(process.env.URL)).text());
        answers.push(await (await transport(process.env.URL, { method: 'POST', body: 'x' })).text());
      }
      console.log(JSON.stringify(answers));
    `;
    const run = await child(script, { URL: `${server.url}/v2/`, NODE_EXTRA_CA_CERTS: tls.certFile });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['secure GET', 'secure POST', 'secure GET', 'secure POST']);
    expect(server.seen).toEqual(['GET /v2/', 'POST /v2/', 'GET /v2/', 'POST /v2/']);
  });
});

describe('the process', () => {
  test('exits as soon as its work is done: kept-alive idle sockets do not hold it open', async () => {
    // The server would keep every connection open for a minute.
    const server = await serve((req, res) => (req.method === 'HEAD' ? res.writeHead(200).end() : res.end('x'.repeat(100_000))), {
      keepAliveTimeout: 60_000,
    });
    const script = `
      const { httpTransport } = await import(process.argv[1]);
      const url = process.env.URL;
      await (await httpTransport(url)).text();
      await httpTransport(url, { method: 'HEAD' });
      await (await httpTransport(url, { signal: AbortSignal.timeout(30000) })).body.cancel();
      await Promise.all([1, 2, 3].map(async () => (await httpTransport(url)).text()));
    `;
    const run = await child(script, { URL: server.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(server.seen.length).toBe(6);
    // Node starts in ~100 ms here. A socket that held the process would hold it until the agent
    // drops idle sockets (5 s) or the server its connections (a minute).
    expect(run.ms).toBeLessThan(3_000);
  });

  test('like fetch, takes the proxy from the environment only with NODE_USE_ENV_PROXY=1', async () => {
    const target = await serve((_req, res) => res.end('direct'));
    // The proxy answers a plain (absolute-form) request itself, and tunnels a CONNECT to the target.
    const proxy = await serve((req, res) => res.end(`proxied ${req.url}`));
    const tunnels: string[] = [];
    proxy.server.on('connect', (req: IncomingMessage, socket: Socket) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(new URL(target.url).port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    const script = `
      const { httpTransport } = await import(process.argv[1]);
      const answer = async (transport) => { try { return await (await transport(process.env.URL)).text(); } catch (error) { return error.message; } };
      console.log(JSON.stringify([await answer(httpTransport), await answer(fetch)]));
    `;
    // A name that does not resolve: only a proxy can reach it.
    const url = `http://example.invalid:${new URL(target.url).port}/x`;
    const env = { URL: url, HTTP_PROXY: proxy.url, http_proxy: proxy.url };
    const withProxy = await child(script, { ...env, NODE_USE_ENV_PROXY: '1' });
    expect(withProxy.stderr).toBe('');
    // node:http's agent sends a plain http request to the proxy in absolute form; fetch tunnels it.
    expect(JSON.parse(withProxy.stdout)).toEqual([`proxied ${url}`, 'direct']);
    expect(proxy.seen.map((r) => r.url)).toEqual([url]);
    expect(tunnels).toEqual([new URL(url).host]);
    const without = await child(script, env);
    expect(JSON.parse(without.stdout)).toEqual(['fetch failed', 'fetch failed']);
    expect(proxy.seen).toHaveLength(1);
    expect(tunnels).toHaveLength(1);
  });
});
