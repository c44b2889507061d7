/**
 * Shared test support for the platform adapters: a loopback HTTP server that records every
 * request exactly as received, and a log recorder that lets tests assert no secret leaks.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { PlatformLog } from '../../src/platform/log.js';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  path: string;
  /** Decoded query parameters (last value wins). */
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status: number;
  /** Undefined values are left out. */
  headers?: Record<string, string | undefined>;
  /** Objects are sent as JSON. */
  body?: unknown;
  /** Drop the connection instead of answering (a reset). */
  destroy?: boolean;
}

export interface TestServer {
  url: string;
  host: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

/** Decodes `a=b&c=d` with %-decoding only (no `+` → space: Alibaba signs %20). */
export function decodeQuery(search: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    result[key] = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
  }
  return result;
}

export async function startServer(handle: (request: RecordedRequest) => Reply | Promise<Reply>): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: q < 0 ? url : url.slice(0, q),
        query: decodeQuery(q < 0 ? '' : url.slice(q + 1)),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve()
        .then(() => handle(recorded))
        .then(
          (reply) => {
            if (reply.destroy) {
              req.socket.destroy();
              return;
            }
            const isJson = reply.body !== undefined && typeof reply.body !== 'string';
            const headers = Object.fromEntries(
              Object.entries(reply.headers ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
            );
            res.writeHead(reply.status, { ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers });
            res.end(reply.body === undefined ? '' : isJson ? JSON.stringify(reply.body) : (reply.body as string));
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(`test server handler failed: ${String(error)}`);
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RecordingLog extends PlatformLog {
  lines: string[];
  masked: string[];
  text(): string;
}

export function recordingLog(): RecordingLog {
  const lines: string[] = [];
  const masked: string[] = [];
  return {
    lines,
    masked,
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: (message) => lines.push(`debug: ${message}`),
    setSecret: (secret) => masked.push(secret),
    text: () => lines.join('\n'),
  };
}

/** Asserts that none of `secrets` appears in any of `texts` (log lines, error messages, outputs). */
export function expectNoSecrets(texts: readonly string[], secrets: readonly string[]): void {
  const all = texts.join('\n');
  for (const secret of secrets) expect(all, 'a secret leaked into captured text').not.toContain(secret);
}

/** Sleeps recorded, not waited: retry tests stay fast and can assert the delays chosen. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

export async function captureError(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected the call to fail, but it succeeded');
}
