/**
 * A small HTTP proxy on loopback that forwards to a real server (a registry) and injects faults on
 * chosen requests: an HTTP status (500, 429 with Retry-After, …), a dropped connection, a response
 * cut short or corrupted. Rules pick requests by method and path and apply a fault to a sequence of
 * them, to a seeded fraction, or always. Every request is recorded with its body sizes, so tests can
 * count requests and assert how many blob bytes crossed the wire.
 *
 * The Host header is passed through unchanged, so a registry builds its Location URLs pointing at
 * the proxy and uploads keep flowing through it.
 *
 * With several `targets` it is also a load balancer as replicas sit behind one: requests go round
 * robin, and a target that refuses a connection (a killed replica) is skipped for `ejectMs`. A
 * request that was on its way to a target that died is answered 502 (or its connection dropped, when
 * the answer had begun): like a real balancer, the proxy does not replay a request itself — the
 * client retries, and its retry lands on another target.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { seededRandom } from './seeded-random.js';

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Close the connection without answering (the client sees a reset / "other side closed"). */
  | { kind: 'reset' }
  /** Forward, but send only the first `bytes` of the response body, then drop the connection. */
  | { kind: 'truncate'; bytes?: number }
  /** Forward, with one byte of the response body flipped (the digest no longer matches). */
  | { kind: 'corrupt' };

export const faults = {
  status: (status: number, body = ''): Fault => ({ kind: 'status', status, body }),
  serverError: (): Fault => ({ kind: 'status', status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"injected failure"}]}' }),
  tooManyRequests: (retryAfter?: string): Fault => ({
    kind: 'status',
    status: 429,
    headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}',
  }),
  reset: (): Fault => ({ kind: 'reset' }),
  truncate: (bytes?: number): Fault => ({ kind: 'truncate', ...(bytes === undefined ? {} : { bytes }) }),
  corrupt: (): Fault => ({ kind: 'corrupt' }),
};

export interface FaultRule {
  /** Which requests the rule considers; default all. */
  match?: { method?: string | string[]; path?: RegExp };
  /** Faults for the first matching requests, in order (`'pass'` lets one through); afterwards requests pass. */
  sequence?: Array<Fault | 'pass'>;
  /** Or this fault on a fraction of matching requests, chosen by a seeded generator (reproducible). */
  fraction?: { rate: number; fault: Fault; seed?: number };
  /** Or this fault on every matching request. */
  always?: Fault;
}

export interface ProxyRecord {
  method: string;
  /** Path and query as requested. */
  path: string;
  /** Status sent to the client; 0 when the connection was dropped before answering. */
  status: number;
  fault?: Fault['kind'];
  /** Request body bytes received from the client. */
  requestBytes: number;
  /** Response body bytes sent to the client. */
  responseBytes: number;
  /** Index in `targets` of the target that got the request (undefined when a fault answered). */
  target?: number;
}

export interface FaultProxy {
  /** `127.0.0.1:<port>`: use it as the registry part of image references. */
  host: string;
  url: string;
  records: ProxyRecord[];
  setRules: (rules: FaultRule[]) => void;
  /** Forget records (rules stay). */
  resetRecords: () => void;
  /** Request body bytes sent to blob upload endpoints (POST/PATCH/PUT …/blobs/uploads/…). */
  uploadedBlobBytes: () => number;
  stop: () => Promise<void>;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  random: () => number;
}

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

export async function startFaultProxy(options: {
  target?: string;
  targets?: string[];
  rules?: FaultRule[];
  ejectMs?: number;
}): Promise<FaultProxy> {
  const targets = (options.targets ?? (options.target ? [options.target] : [])).map((t) => new URL(t.includes('://') ? t : `http://${t}`));
  if (targets.length === 0) throw new Error('startFaultProxy needs a target');
  const ejectMs = options.ejectMs ?? 1_000;
  const downUntil = targets.map(() => 0);
  let nextTarget = 0;
  /** Round robin over the targets not ejected (all of them when every one is). */
  const pickTarget = (): number => {
    const now = Date.now();
    for (let step = 0; step < targets.length; step += 1) {
      const index = (nextTarget + step) % targets.length;
      if (downUntil[index]! <= now) {
        nextTarget = index + 1;
        return index;
      }
    }
    return nextTarget++ % targets.length;
  };
  let active: ActiveRule[] = [];
  const records: ProxyRecord[] = [];
  const sockets = new Set<Socket>();

  const setRules = (rules: FaultRule[]) => {
    active = rules.map((rule) => ({ rule, seen: 0, random: seededRandom(rule.fraction?.seed ?? 1) }));
  };
  setRules(options.rules ?? []);

  const matches = (rule: FaultRule, req: IncomingMessage) => {
    const methods = rule.match?.method === undefined ? undefined : ([] as string[]).concat(rule.match.method);
    if (methods && !methods.includes(req.method ?? '')) return false;
    return rule.match?.path ? rule.match.path.test(req.url ?? '') : true;
  };

  const pickFault = (req: IncomingMessage): Fault | undefined => {
    for (const entry of active) {
      if (!matches(entry.rule, req)) continue;
      const index = entry.seen++;
      const { sequence, fraction, always } = entry.rule;
      if (sequence) {
        const step = sequence[index];
        if (step !== undefined && step !== 'pass') return step;
        continue;
      }
      if (fraction && entry.random() < fraction.rate) return fraction.fault;
      if (always) return always;
    }
    return undefined;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const record: ProxyRecord = { method: req.method ?? 'GET', path: req.url ?? '/', status: 0, requestBytes: 0, responseBytes: 0 };
    records.push(record);
    const fault = pickFault(req);
    if (fault) record.fault = fault.kind;
    req.on('data', (chunk: Buffer) => (record.requestBytes += chunk.byteLength));

    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      req.resume();
      req.on('end', () => {
        const body = Buffer.from(fault.body ?? '');
        record.status = fault.status;
        record.responseBytes = body.byteLength;
        res.writeHead(fault.status, { 'content-type': 'application/json', 'content-length': String(body.byteLength), ...fault.headers });
        res.end(body);
      });
      return;
    }

    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !hopByHop.has(name)));
    if (req.headers['transfer-encoding']) headers['transfer-encoding'] = req.headers['transfer-encoding'];
    const targetIndex = pickTarget();
    const target = targets[targetIndex]!;
    record.target = targetIndex;
    const upstream = httpRequest({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      // The target died in the middle of its answer: the client sees the connection drop.
      answer.on('aborted', () => res.destroy());
      record.status = answer.statusCode ?? 502;
      const outHeaders = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !hopByHop.has(name)));
      if (fault?.kind === 'truncate' || fault?.kind === 'corrupt') {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          if (fault.kind === 'corrupt') {
            if (body.byteLength > 0) body[body.byteLength >> 1] = (body[body.byteLength >> 1] ?? 0) ^ 0xff;
            res.writeHead(record.status, outHeaders);
            record.responseBytes = body.byteLength;
            res.end(body);
            return;
          }
          const cut = Math.min(fault.bytes ?? body.byteLength >> 1, body.byteLength);
          res.writeHead(record.status, outHeaders);
          record.responseBytes = cut;
          res.write(body.subarray(0, cut), () => res.socket?.destroy());
        });
        return;
      }
      res.writeHead(record.status, outHeaders);
      answer.on('data', (chunk: Buffer) => (record.responseBytes += chunk.byteLength));
      answer.pipe(res);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') downUntil[targetIndex] = Date.now() + ejectMs;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      record.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: upstream failed: ${error.message}`);
    });
    req.pipe(upstream);
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    records,
    setRules,
    resetRecords: () => {
      records.length = 0;
    },
    uploadedBlobBytes: () => records.filter((r) => /\/blobs\/uploads\//.test(r.path)).reduce((sum, r) => sum + r.requestBytes, 0),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
