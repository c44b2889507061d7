/**
 * The reference catalog server: node:http in front of a CatalogStore (SQLite or PostgreSQL),
 * speaking the contract of openapi.yaml. Every request is routed, authenticated (static tokens or
 * GitHub OIDC), rate limited (when configured) and validated from the document itself
 * (contract.ts); then one handler answers (handlers.ts).
 *
 * Operations endpoints beside the contract, without authentication: `/healthz` (the process
 * answers), `/readyz` (the database answers and the server is not stopping: what a load balancer
 * asks before sending traffic) and `/metrics` (Prometheus text). One JSON line per request goes to
 * the log (stderr by default); tokens never do.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Authenticator, type Principal, type TokenTable } from './auth.js';
import { catalogContract } from './contract.js';
import { CatalogHandlers, type Context } from './handlers.js';
import { BodyTooLarge, parseIdempotencyKey, problem, readBody, type Reply } from './http.js';
import { CatalogMetrics, type ConflictKind } from './metrics.js';
import { OidcVerifier, type OidcConfig } from './oidc.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { openStore } from './open-store.js';
import { StoreUnavailable, type CatalogStore, type StoreEvent } from './store.js';

export interface CatalogServerOptions {
  /** A SQLite database file (created if missing) or a `postgres://` URL. */
  db: string;
  tokens: TokenTable;
  /** Accept GitHub Actions OIDC id-tokens too. */
  oidc?: OidcConfig;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Off when absent. */
  rateLimit?: RateLimit;
  /** Receives one line per request and lifecycle events; defaults to stderr. */
  log?: (line: string) => void;
  /** How long successful POST responses are kept for Idempotency-Key replays (default 24 h). */
  idempotencyTtlMs?: number;
  /** PostgreSQL connections of this replica (default 10). */
  poolSize?: number;
}

export interface RunningCatalogServer {
  url: string;
  port: number;
  store: CatalogStore;
  metrics: CatalogMetrics;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

const conflictCodes: Record<string, ConflictKind> = {
  'version-conflict': 'version',
  'precondition-failed': 'precondition',
  'idempotency-key-reused': 'idempotency-key',
};

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function isJsonContentType(value: string | undefined): boolean {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function unavailable(error: StoreUnavailable, instance: string, requestId: string): Reply {
  return problem(503, error.code, error.message, instance, requestId, {}, { 'Retry-After': String(error.retryAfterSeconds) });
}

interface Routed {
  reply: Reply;
  caller: string;
  route: string;
  idempotencyKey?: string;
}

export class CatalogService {
  readonly contract = catalogContract();
  private readonly limiter: RateLimiter | undefined;
  private readonly handlers: CatalogHandlers;
  private readonly auth: Authenticator;
  /** Set when shutting down: /readyz answers 503 so load balancers stop sending requests. */
  stopping = false;

  constructor(
    readonly store: CatalogStore,
    tokens: TokenTable,
    private readonly log: (line: string) => void,
    readonly metrics: CatalogMetrics = new CatalogMetrics(),
    options: { rateLimit?: RateLimit; idempotencyTtlMs?: number; oidc?: OidcConfig } = {},
  ) {
    this.limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
    const verifier = options.oidc ? new OidcVerifier(options.oidc) : undefined;
    this.auth = new Authenticator(tokens, verifier, (result) => this.metrics.oidc.inc({ result }));
    this.handlers = new CatalogHandlers(
      store,
      () => this.health('/v1/health'),
      this.contract.yamlText,
      options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000,
    );
    const missing = [...this.contract.operations.keys()].filter((id) => !this.handlers.byOperation[id]);
    if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  }

  // Operations endpoints

  /** 200 when the database answers within 2 s, else 503 with Retry-After. */
  private async health(instance: string): Promise<Reply> {
    const requestId = randomUUID();
    if (this.stopping) return problem(503, 'stopping', 'this replica is shutting down', instance, requestId, {}, { 'Retry-After': '1' });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.store.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new StoreUnavailable('the database did not answer within 2 s', 'storage-unavailable')), 2_000);
        }),
      ]);
      return { status: 200, body: { status: 'ok' } };
    } catch (error) {
      if (error instanceof StoreUnavailable) return unavailable(error, instance, requestId);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async operations(method: string, rawPath: string): Promise<Reply | undefined> {
    if (method !== 'GET') return undefined;
    if (rawPath === '/healthz') return { status: 200, body: { status: 'ok' } };
    if (rawPath === '/readyz') return this.health(rawPath);
    if (rawPath === '/metrics') return { status: 200, text: this.metrics.render(), contentType: 'text/plain; version=0.0.4' };
    return undefined;
  }

  // Request pipeline

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const rawUrl = request.url ?? '/';
    const rawPath = rawUrl.split('?')[0]!;
    const method = request.method ?? 'GET';
    let caller = '-';
    let route = 'unmatched';
    let idempotencyKey: string | undefined;
    let reply: Reply;
    this.metrics.inFlight.value += 1;
    try {
      const outcome = await this.route(request, rawUrl, rawPath, method, requestId);
      ({ reply, caller, route } = outcome);
      idempotencyKey = outcome.idempotencyKey;
    } catch (error) {
      if (request.destroyed && !request.complete) {
        // The client went away while sending; there is nobody to answer.
        this.metrics.inFlight.value -= 1;
        this.log(
          JSON.stringify({
            time: new Date().toISOString(),
            request_id: requestId,
            method,
            path: rawPath,
            status: 499,
            note: 'client closed the connection',
            caller,
          }),
        );
        return;
      }
      if (error instanceof StoreUnavailable) {
        this.metrics.unavailable.inc();
        reply = unavailable(error, rawPath, requestId);
      } else {
        this.log(
          JSON.stringify({
            time: new Date().toISOString(),
            request_id: requestId,
            event: 'error',
            message: String((error as Error).message ?? error),
          }),
        );
        reply = problem(500, 'internal-error', 'the catalog failed to answer; see its log for this request_id', rawPath, requestId);
      }
    }
    this.send(response, reply, requestId);
    this.metrics.inFlight.value -= 1;
    const seconds = (performance.now() - started) / 1000;
    this.metrics.request(route, method, reply.status, seconds);
    if (reply.headers?.['Idempotent-Replayed']) this.metrics.replays.inc({ route });
    const code = (reply.body as { code?: string } | undefined)?.code;
    if (code && conflictCodes[code]) this.metrics.conflict(conflictCodes[code]);

    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      request_id: requestId,
      method,
      path: rawUrl.length > 512 ? `${rawUrl.slice(0, 512)}…` : rawUrl,
      status: reply.status,
      ms: Math.round(seconds * 10_000) / 10,
      caller,
    };
    if (idempotencyKey) line.idempotency_key = idempotencyKey;
    if (reply.headers?.['Idempotent-Replayed']) line.replayed = true;
    this.log(JSON.stringify(line));
  }

  private send(response: ServerResponse, reply: Reply, requestId: string): void {
    if (response.destroyed || response.headersSent) return;
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    response.writeHead(reply.status, {
      'Content-Type': `${reply.contentType ?? 'application/json'}; charset=utf-8`,
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
      'X-Request-Id': requestId,
      // While stopping, a connection ends with its answer instead of idling until the grace period.
      ...(this.stopping ? { Connection: 'close' } : {}),
      ...reply.headers,
    });
    response.end(text);
  }

  private async route(request: IncomingMessage, rawUrl: string, rawPath: string, method: string, requestId: string): Promise<Routed> {
    const fail = (status: number, code: string, detail: string, extra = {}, headers: Record<string, string> = {}) =>
      problem(status, code, detail, rawPath, requestId, extra, headers);
    const address = request.socket.remoteAddress ?? '-';
    const operational = await this.operations(method, rawPath);
    if (operational) return { reply: operational, caller: address, route: rawPath };
    const match = this.contract.match(method, rawPath);
    if (match.kind === 'not-found')
      return { reply: fail(404, 'not-found', `no resource at ${rawPath}`), caller: address, route: 'unmatched' };
    if (match.kind === 'bad-path') return { reply: fail(400, 'bad-path', match.detail), caller: address, route: 'unmatched' };
    if (match.kind === 'method-not-allowed') {
      return {
        reply: fail(
          405,
          'method-not-allowed',
          `${method} is not supported here; use ${match.allowed.join(', ')}`,
          {},
          { Allow: match.allowed.join(', ') },
        ),
        caller: address,
        route: 'unmatched',
      };
    }
    const { operation, pathParams } = match;
    const route = operation.template;

    let principal: Principal = { name: 'anonymous', scopes: new Set() };
    if (operation.scopes.length > 0) {
      const auth = await this.auth.authenticate(header(request, 'authorization'), operation.scopes);
      const caller = 'principal' in auth ? auth.principal.name : address;
      const limited = this.rateLimited(caller, rawPath, requestId);
      if (limited) return { reply: limited, caller, route };
      if (!auth.ok) {
        if (auth.status === 503) {
          return { reply: fail(503, 'oidc-unavailable', auth.detail, {}, { 'Retry-After': '5' }), caller, route };
        }
        const code = auth.status === 401 ? 'unauthorized' : 'forbidden';
        return { reply: fail(auth.status, code, auth.detail, {}, { 'WWW-Authenticate': auth.challenge }), caller, route };
      }
      principal = auth.principal;
    }
    const caller = principal.name;

    const headers = {
      'idempotency-key': header(request, 'idempotency-key'),
      'if-match': header(request, 'if-match'),
      'if-none-match': header(request, 'if-none-match'),
    };
    const query: Record<string, unknown> = {};
    for (const [name, value] of new URLSearchParams(rawUrl.slice(rawPath.length + 1))) {
      if (name in query) return { reply: fail(400, 'bad-parameter', `query parameter ${name} is given twice`), caller, route };
      query[name] = value;
    }
    const definedHeaders = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
    const parameterIssues = [
      ...operation.validateParams('path', pathParams),
      ...operation.validateParams('query', query),
      ...operation.validateParams('header', definedHeaders),
    ];
    if (parameterIssues.length > 0) {
      const detail = `invalid ${parameterIssues.map((i) => `${i.pointer.replace(/^#\//, '')} (${i.detail})`).join('; ')}`;
      return { reply: fail(400, 'bad-parameter', detail, { errors: parameterIssues }), caller, route };
    }
    let idempotencyKey: string | undefined;
    if (headers['idempotency-key'] !== undefined) {
      idempotencyKey = parseIdempotencyKey(headers['idempotency-key']);
      if (idempotencyKey === undefined) {
        const detail = 'Idempotency-Key must be 1–255 visible ASCII characters, bare or as a quoted string';
        return { reply: fail(400, 'bad-parameter', detail), caller, route };
      }
    }

    let body: unknown;
    if (operation.hasBody) {
      const answer = (reply: Reply): Routed => ({ reply, caller, route, ...(idempotencyKey ? { idempotencyKey } : {}) });
      if (!isJsonContentType(header(request, 'content-type'))) {
        return answer(fail(415, 'unsupported-media-type', 'send the body as Content-Type: application/json'));
      }
      let text: string;
      try {
        text = await readBody(request);
      } catch (error) {
        if (error instanceof BodyTooLarge) return answer(fail(413, 'body-too-large', error.message, {}, { Connection: 'close' }));
        throw error;
      }
      try {
        body = JSON.parse(text);
      } catch {
        return answer(fail(400, 'malformed-json', 'the body is not valid JSON'));
      }
      const issues = operation.validateBody(body);
      if (issues.length > 0) {
        const detail = `the body does not match ${operation.operationId}: ${issues.map((i) => `${i.pointer} ${i.detail}`).join('; ')}`;
        return answer(fail(422, 'validation-failed', detail, { errors: issues }));
      }
    }

    const context: Context = {
      operation,
      path: pathParams,
      query,
      headers: { ...headers, 'idempotency-key': idempotencyKey },
      body,
      principal,
      instance: rawPath,
      requestId,
    };
    const reply = await this.handlers.byOperation[operation.operationId]!(context);
    return { reply, caller, route, ...(idempotencyKey ? { idempotencyKey } : {}) };
  }

  private rateLimited(caller: string, instance: string, requestId: string): Reply | undefined {
    const decision = this.limiter?.take(caller);
    if (!decision || decision.ok) return undefined;
    const seconds = String(decision.retryAfterSeconds);
    return problem(429, 'rate-limited', `too many requests: retry after ${seconds} s`, instance, requestId, {}, { 'Retry-After': seconds });
  }
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Opens the database (migrating it), and listens; resolves once the port is bound. */
export async function startCatalogServer(options: CatalogServerOptions): Promise<RunningCatalogServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const metrics = new CatalogMetrics();
  const onEvent = (event: StoreEvent) => {
    if (event.kind === 'lost-race') metrics.lostRaces.inc();
    else log(JSON.stringify({ time: new Date().toISOString(), event: 'database-connection-error', message: event.message }));
  };
  const store = await openStore(options.db, { onEvent, ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  const service = new CatalogService(store, options.tokens, log, metrics, {
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.idempotencyTtlMs !== undefined ? { idempotencyTtlMs: options.idempotencyTtlMs } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
  });
  const server: Server = createServer((request, response) => {
    response.on('error', () => undefined);
    void service.handle(request, response);
  });
  // A slow or stuck client cannot hold a connection (and a request slot) forever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: urlOf(address),
    port: address.port,
    store,
    metrics,
    close: (graceMs = 10_000) => {
      closing ??= new Promise<void>((resolve) => {
        service.stopping = true;
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        // Stop accepting; connections close once their request in flight is answered.
        server.close(() => {
          clearTimeout(force);
          void store.close().then(resolve, resolve);
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
