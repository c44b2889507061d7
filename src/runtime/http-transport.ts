/**
 * The default HTTP transport of every client here (registry, catalog, Databricks, DataWorks, ZenML):
 * `node:http` and `node:https` behind the `fetch`-shaped seam the clients take, so tests still pass
 * a real `fetch` or a fault-injecting one.
 *
 * Why by hand: Node's global `fetch` (and `Response`, `Headers`) loads undici on first use, about
 * 100 ms for the first fetch of a process (`new Response('x')` alone costs ~55 ms over `node -e 0`),
 * while `node:http` loads in ~6 ms and answers a first loopback request in ~14 ms. Every action that
 * speaks HTTP paid it: the no-op build (one manifest request), promote, register. And a blob copy
 * moves its bytes node stream to node stream (`streamBody`, `bodyReadable`) instead of through
 * fetch's web streams. So an answer here never constructs `Response` or `Headers`: the seam's types
 * are the part of `Response` the callers use, which a real `Response` has too.
 *
 * As fetch does: redirects followed (301/302/303/307/308, at most 20; 303, and 301/302 after a
 * POST, become a GET without body; `authorization`, `proxy-authorization` and `cookie` are dropped
 * when the origin changes; a streamed body cannot be sent again, so its 307/308 fails); `signal`
 * aborts the request or the body being read with the signal's reason (`TimeoutError` for
 * `AbortSignal.timeout`); a failure to get an answer is `TypeError('fetch failed')` with the socket
 * error as its `cause`, and a body cut off is `TypeError('terminated')` likewise, so the retry
 * decisions (core/retry.ts) and messages read them as they read fetch's; connecting times out
 * after 10 s and an idle socket after 300 s, with undici's codes (`UND_ERR_CONNECT_TIMEOUT`:
 * the request was never sent). Node's global agents keep connections alive (idle sockets do not
 * hold the process open) and, like fetch, take `HTTP(S)_PROXY`/`NO_PROXY` only when
 * `NODE_USE_ENV_PROXY=1` or `--use-env-proxy` is set.
 *
 * Unlike fetch: it asks for no compression (no `Accept-Encoding`) and hands bodies over as sent
 * (a registry blob must never be decoded: its digest is of the bytes as stored); HTTP/1.1 only;
 * no cookies, no CORS, only http: and https: URLs.
 */
import type * as http from 'node:http';
import type * as https from 'node:https';
import type { Readable } from 'node:stream';

/** node:stream and node:http load at the first request, not at start (the hash's git processes start sooner). */
const streams = () => process.getBuiltinModule('node:stream');
import { urlToHttpOptions } from 'node:url';

/** `Headers` as the callers read it. */
export interface HttpHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
}

/** A response body as the callers read it: `for await` over its chunks, or `cancel()` it (a web `ReadableStream` is one). */
export interface HttpBody extends AsyncIterable<Uint8Array> {
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a fetch `Response` the callers use. */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: HttpHeaders;
  /** Null for HEAD and for statuses without a body (204, 205, 304), as in fetch. */
  readonly body: HttpBody | null;
  text(): Promise<string>;
}

/** The part of `RequestInit` the callers pass. */
export interface HttpInit {
  method?: string;
  headers?: Record<string, string>;
  /** A stream is sent as it is read: chunked, or with the `content-length` the caller gives. */
  body?: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null;
  /** Needed by fetch for a stream body; nothing to this transport. */
  duplex?: 'half';
  /** Default `follow`; `manual` returns a redirect as it is. */
  redirect?: 'follow' | 'manual';
  signal?: AbortSignal;
}

/** The seam: global `fetch` fits it, and so does `httpTransport`. */
export type HttpFetch = (url: string | URL, init?: HttpInit) => Promise<HttpAnswer>;

const maxRedirects = 20;
const connectTimeoutMs = 10_000;
const idleTimeoutMs = 300_000;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
/** Dropped when a redirect changes the method to GET (fetch's request-body-header names). */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Dropped when a redirect leaves the origin. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];

/** Node streams handed over by `streamBody`: this transport pipes them as they are. */
const nodeStreams = new WeakMap<object, Readable>();

/**
 * A node stream as a request body. This transport pipes the stream itself; any other fetch reads
 * the web stream returned, which pulls from it only when read.
 */
export function streamBody(stream: Readable): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Uint8Array> | undefined;
  const web = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => void stream.destroy(reason instanceof Error ? reason : undefined),
    },
    { highWaterMark: 0 },
  );
  nodeStreams.set(web, stream);
  return web;
}

/** A response body as a node stream: this transport's is the socket's own stream; another fetch's is read through. */
export function bodyReadable(body: HttpBody): Readable {
  return body instanceof AnswerBody ? body.take() : streams().Readable.from(body);
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

class RawHeaders implements HttpHeaders {
  private readonly raw: readonly string[];
  private map: Map<string, string> | undefined;

  constructor(raw: readonly string[]) {
    this.raw = raw;
  }

  private entries(): Map<string, string> {
    if (!this.map) {
      this.map = new Map();
      for (let i = 0; i + 1 < this.raw.length; i += 2) {
        const name = this.raw[i]!.toLowerCase();
        const value = this.raw[i + 1]!;
        const earlier = this.map.get(name);
        this.map.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
      }
    }
    return this.map;
  }

  get(name: string): string | null {
    return this.entries().get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.entries().has(name.toLowerCase());
  }
}

class AnswerBody implements HttpBody {
  private readonly message: http.IncomingMessage;
  /** What a failure while reading becomes: the signal's reason, or `TypeError('terminated')`. */
  private readonly failure: (error: unknown) => unknown;
  private used = false;

  constructor(message: http.IncomingMessage, failure: (error: unknown) => unknown) {
    this.message = message;
    this.failure = failure;
  }

  take(): http.IncomingMessage {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.message;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    const message = this.take();
    try {
      for await (const chunk of message) yield chunk as Buffer;
    } catch (error) {
      throw this.failure(error);
    }
  }

  async cancel(): Promise<void> {
    this.used = true;
    // All of it arrived: drain what is buffered and the connection serves the next request.
    if (this.message.complete) this.message.resume();
    else this.message.destroy();
  }
}

class Answer implements HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: HttpHeaders;
  readonly body: AnswerBody | null;

  constructor(message: http.IncomingMessage, method: string, failure: (error: unknown) => unknown) {
    this.status = message.statusCode ?? 0;
    this.statusText = message.statusMessage ?? '';
    this.headers = new RawHeaders(message.rawHeaders);
    if (hasNoBody(method, this.status)) {
      this.body = null; // drained by `exchange`
    } else {
      this.body = new AnswerBody(message, failure);
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  async text(): Promise<string> {
    if (!this.body) return '';
    const chunks: Uint8Array[] = [];
    for await (const chunk of this.body) chunks.push(chunk);
    return new TextDecoder().decode(Buffer.concat(chunks));
  }
}

type Body = { bytes: Uint8Array } | { stream: Readable } | undefined;

function requestBody(body: HttpInit['body'], headers: Record<string, string>): Body {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') {
    headers['content-type'] ??= 'text/plain;charset=UTF-8';
    return { bytes: Buffer.from(body, 'utf8') };
  }
  if (ArrayBuffer.isView(body)) return { bytes: body };
  return { stream: nodeStreams.get(body) ?? streams().Readable.from(body) };
}

function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || nullBodyStatuses.has(status);
}

function isRedirect(message: http.IncomingMessage): boolean {
  return redirectStatuses.has(message.statusCode ?? 0) && message.headers.location !== undefined;
}

/** Lower-case names (fetch's Headers are case-insensitive) and fetch's defaults. */
function requestHeaders(given: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = value;
  headers.accept ??= '*/*';
  headers['user-agent'] ??= 'node';
  return headers;
}

/** The default transport (see the top of this file). */
export const httpTransport: HttpFetch = async (input, init = {}) => {
  let url = new URL(input);
  const signal = init.signal;
  signal?.throwIfAborted();
  let method = (init.method ?? 'GET').toUpperCase();
  const headers = requestHeaders(init.headers);
  let body = requestBody(init.body, headers);
  const follow = init.redirect !== 'manual';
  for (let redirects = 0; ; redirects++) {
    const { message, failure } = await exchange(url, method, headers, body, signal, follow);
    const location = message.headers.location;
    if (!follow || !isRedirect(message) || location === undefined) return new Answer(message, method, failure);
    if (redirects === maxRedirects) throw fetchFailed(new Error('redirect count exceeded'));
    let next: URL;
    try {
      next = new URL(location, url);
    } catch (error) {
      throw fetchFailed(error);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
    const status = message.statusCode;
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      for (const name of bodyHeaders) delete headers[name];
    } else if (body && 'stream' in body) {
      throw fetchFailed(new Error(`cannot follow a ${status} redirect with a streamed body: it cannot be sent twice`));
    }
    if (next.origin !== url.origin) for (const name of credentialHeaders) delete headers[name];
    url = next;
  }
};

/**
 * One request and its answer's head. The signal and the idle limit go on applying while the body
 * is read: `failure` turns what ends the body early into what fetch would throw.
 */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Body,
  signal: AbortSignal | undefined,
  follow: boolean,
): Promise<{ message: http.IncomingMessage; failure: (error: unknown) => unknown }> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') {
      reject(fetchFailed(new Error(`unknown scheme ${url.protocol}`)));
      return;
    }
    if (url.username || url.password) {
      reject(new TypeError(`Request cannot be constructed from a URL that includes credentials: ${url.origin}`));
      return;
    }
    const sent = { ...headers };
    if (body && 'bytes' in body) sent['content-length'] = String(body.bytes.byteLength);
    else if (!body && (method === 'POST' || method === 'PUT')) sent['content-length'] = '0'; // as fetch does
    const target = urlToHttpOptions(url); // no `auth`: a URL with credentials was refused above
    let request: http.ClientRequest;
    try {
      if (secure) {
        // TLS costs ~40 ms to load: only when an https URL is asked for.
        const tls = process.getBuiltinModule('node:https') as typeof https;
        request = tls.request({ ...target, method, headers: sent, agent: tls.globalAgent });
      } else {
        const { request: send, globalAgent } = process.getBuiltinModule('node:http');
        request = send({ ...target, method, headers: sent, agent: globalAgent });
      }
    } catch (error) {
      reject(fetchFailed(error)); // an invalid header name or value
      return;
    }
    let answered: http.IncomingMessage | undefined;
    let connectTimer: NodeJS.Timeout | undefined;
    const failure = (error: unknown): unknown => (signal?.aborted ? signal.reason : new TypeError('terminated', { cause: error }));
    const onAbort = () => {
      request.destroy(signal?.reason as Error);
      answered?.destroy(signal?.reason as Error);
    };
    const done = () => {
      clearTimeout(connectTimer);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => request.destroy(coded('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')), connectTimeoutMs);
      connectTimer.unref();
      socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    request.setTimeout(idleTimeoutMs, () => {
      if (answered) answered.destroy(coded('Body Timeout Error', 'UND_ERR_BODY_TIMEOUT'));
      else request.destroy(coded('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT'));
    });
    // A body stream that fails aborts the request: fail with the stream's error, as fetch does.
    let bodyFailure: { error: unknown } | undefined;
    if (body && 'stream' in body) body.stream.once('error', (error) => (bodyFailure ??= { error }));
    request.on('error', (error) => {
      if (answered) return; // the body's reader sees it
      done();
      reject(signal?.aborted ? signal.reason : fetchFailed(bodyFailure ? bodyFailure.error : error));
    });
    request.on('response', (message) => {
      answered = message;
      clearTimeout(connectTimer);
      message.once('close', done);
      // Nothing to read (HEAD, 204, a redirect to follow): drain it now, so the connection is free
      // again before the caller's next request (a drain started later would miss it).
      if (hasNoBody(method, message.statusCode ?? 0) || (follow && isRedirect(message))) message.resume();
      resolve({ message, failure });
    });
    if (!body) request.end();
    else if ('bytes' in body) request.end(body.bytes);
    else streams().pipeline(body.stream, request, () => undefined); // a failure on either side destroys both
  });
}
