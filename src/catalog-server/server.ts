/**
 * The reference catalog server: node:http in front of CatalogStore, speaking the contract of
 * openapi.yaml. Every request is routed, authenticated, rate limited (when configured) and
 * validated from the document itself (contract.ts); then one handler answers. Handlers that change
 * something run synchronously inside one SQLite write transaction together with the idempotency
 * bookkeeping, so a change and its stored response commit together or not at all.
 * One JSON line per request goes to the log (stderr by default); tokens never do.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import canonicalize from 'canonicalize';
import { authenticate, type Principal, type TokenTable } from './auth.js';
import { catalogContract, type Operation } from './contract.js';
import { BodyTooLarge, decodePageToken, encodePageToken, nextLink, parseIdempotencyKey, problem, readBody, type Reply } from './http.js';
import { checkPreconditions } from './preconditions.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { CatalogStore } from './store.js';
import type { AttachmentPut, ImageCreate, PromotionCreate, VersionCreate } from '../platform/catalog/types.js';

export interface CatalogServerOptions {
  /** SQLite database file (created if missing). */
  db: string;
  tokens: TokenTable;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Off when absent. */
  rateLimit?: RateLimit;
  /** Receives one line per request and lifecycle events; defaults to stderr. */
  log?: (line: string) => void;
  /** How long successful POST responses are kept for Idempotency-Key replays (default 24 h). */
  idempotencyTtlMs?: number;
}

export interface RunningCatalogServer {
  url: string;
  port: number;
  store: CatalogStore;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

interface Context {
  operation: Operation;
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
  principal: Principal;
  /** The raw request path, used as the problem `instance`. */
  instance: string;
  requestId: string;
}

type Handler = (context: Context) => Reply;

const encode = encodeURIComponent;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function isJsonContentType(value: string | undefined): boolean {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function sqliteBusy(error: unknown): boolean {
  const code = (error as { errcode?: number; code?: string }).errcode;
  return code === 5 || code === 6 || /database is (locked|busy)/i.test(String((error as Error).message));
}

export class CatalogService {
  readonly contract = catalogContract();
  private readonly limiter: RateLimiter | undefined;
  private readonly handlers: Record<string, Handler>;
  private readonly ttlMs: number;

  constructor(
    readonly store: CatalogStore,
    private readonly tokens: TokenTable,
    private readonly log: (line: string) => void,
    rateLimit?: RateLimit,
    idempotencyTtlMs = 24 * 60 * 60 * 1000,
  ) {
    this.limiter = rateLimit ? new RateLimiter(rateLimit) : undefined;
    this.ttlMs = idempotencyTtlMs;
    this.handlers = {
      getHealth: () => ({ status: 200, body: { status: this.store.healthy() ? 'ok' : 'unavailable' } }),
      getOpenApiDocument: () => ({ status: 200, text: this.contract.yamlText, contentType: 'application/yaml' }),
      createImage: (c) => this.mutate(c, () => this.createImage(c)),
      getImage: (c) => this.getImage(c),
      createVersion: (c) => this.mutate(c, () => this.createVersion(c)),
      listVersions: (c) => this.listVersions(c),
      getVersion: (c) => this.getVersion(c),
      getAttachment: (c) => this.getAttachment(c),
      putAttachment: (c) => this.mutate(c, () => this.putAttachment(c)),
      getChannel: (c) => this.getChannel(c),
      createPromotion: (c) => this.mutate(c, () => this.createPromotion(c)),
      listPromotions: (c) => this.listPromotions(c),
    };
    const missing = [...this.contract.operations.keys()].filter((id) => !this.handlers[id]);
    if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  }

  // Request pipeline

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const rawUrl = request.url ?? '/';
    const rawPath = rawUrl.split('?')[0]!;
    const method = request.method ?? 'GET';
    let caller = '-';
    let idempotencyKey: string | undefined;
    let reply: Reply;
    try {
      const outcome = await this.route(request, rawUrl, rawPath, method, requestId);
      reply = outcome.reply;
      caller = outcome.caller;
      idempotencyKey = outcome.idempotencyKey;
    } catch (error) {
      if (request.destroyed && !request.complete) {
        // The client went away while sending; there is nobody to answer.
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
      if (sqliteBusy(error)) {
        reply = problem(503, 'storage-busy', 'the database is busy: retry shortly', rawPath, requestId, {}, { 'Retry-After': '1' });
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
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      request_id: requestId,
      method,
      path: rawUrl.length > 512 ? `${rawUrl.slice(0, 512)}…` : rawUrl,
      status: reply.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
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
      ...reply.headers,
    });
    response.end(text);
  }

  private async route(
    request: IncomingMessage,
    rawUrl: string,
    rawPath: string,
    method: string,
    requestId: string,
  ): Promise<{ reply: Reply; caller: string; idempotencyKey?: string }> {
    const fail = (status: number, code: string, detail: string, extra = {}, headers: Record<string, string> = {}) =>
      problem(status, code, detail, rawPath, requestId, extra, headers);
    const match = this.contract.match(method, rawPath);
    const address = request.socket.remoteAddress ?? '-';
    if (match.kind === 'not-found') return { reply: fail(404, 'not-found', `no resource at ${rawPath}`), caller: address };
    if (match.kind === 'bad-path') return { reply: fail(400, 'bad-path', match.detail), caller: address };
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
      };
    }
    const { operation, pathParams } = match;

    let principal: Principal = { name: 'anonymous', scopes: new Set() };
    if (operation.scopes.length > 0) {
      const auth = authenticate(this.tokens, header(request, 'authorization'), operation.scopes);
      const caller = 'principal' in auth ? auth.principal.name : address;
      const limited = this.rateLimited(caller, rawPath, requestId);
      if (limited) return { reply: limited, caller };
      if (!auth.ok)
        return {
          reply: fail(
            auth.status,
            auth.status === 401 ? 'unauthorized' : 'forbidden',
            auth.detail,
            {},
            { 'WWW-Authenticate': auth.challenge },
          ),
          caller,
        };
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
      if (name in query) return { reply: fail(400, 'bad-parameter', `query parameter ${name} is given twice`), caller };
      query[name] = value;
    }
    const definedHeaders = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
    const parameterIssues = [
      ...operation.validateParams('path', pathParams),
      ...operation.validateParams('query', query),
      ...operation.validateParams('header', definedHeaders),
    ];
    if (parameterIssues.length > 0) {
      return {
        reply: fail(
          400,
          'bad-parameter',
          `invalid ${parameterIssues.map((i) => `${i.pointer.replace(/^#\//, '')} (${i.detail})`).join('; ')}`,
          { errors: parameterIssues },
        ),
        caller,
      };
    }
    let idempotencyKey: string | undefined;
    if (headers['idempotency-key'] !== undefined) {
      idempotencyKey = parseIdempotencyKey(headers['idempotency-key']);
      if (idempotencyKey === undefined) {
        return {
          reply: fail(400, 'bad-parameter', 'Idempotency-Key must be 1–255 visible ASCII characters, bare or as a quoted string'),
          caller,
        };
      }
    }

    let body: unknown;
    if (operation.hasBody) {
      if (!isJsonContentType(header(request, 'content-type'))) {
        return { reply: fail(415, 'unsupported-media-type', 'send the body as Content-Type: application/json'), caller, idempotencyKey };
      }
      let text: string;
      try {
        text = await readBody(request);
      } catch (error) {
        if (error instanceof BodyTooLarge)
          return { reply: fail(413, 'body-too-large', error.message, {}, { Connection: 'close' }), caller, idempotencyKey };
        throw error;
      }
      try {
        body = JSON.parse(text);
      } catch {
        return { reply: fail(400, 'malformed-json', 'the body is not valid JSON'), caller, idempotencyKey };
      }
      const issues = operation.validateBody(body);
      if (issues.length > 0) {
        const detail = `the body does not match ${operation.operationId}: ${issues.map((i) => `${i.pointer} ${i.detail}`).join('; ')}`;
        return { reply: fail(422, 'validation-failed', detail, { errors: issues }), caller, idempotencyKey };
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
    return { reply: this.handlers[operation.operationId]!(context), caller, idempotencyKey };
  }

  private rateLimited(caller: string, instance: string, requestId: string): Reply | undefined {
    const decision = this.limiter?.take(caller);
    if (!decision || decision.ok) return undefined;
    const seconds = String(decision.retryAfterSeconds);
    return problem(429, 'rate-limited', `too many requests: retry after ${seconds} s`, instance, requestId, {}, { 'Retry-After': seconds });
  }

  /**
   * Runs a change in one write transaction. With an Idempotency-Key, a stored response of the same
   * caller and key is replayed (same request) or refused (another request, 422); a new successful
   * response is stored in the same transaction as the change it reports.
   */
  private mutate(context: Context, change: () => Reply): Reply {
    const key = context.headers['idempotency-key'];
    return this.store.immediate(() => {
      if (key === undefined) return change();
      const fingerprint = createHash('sha256')
        .update(`${context.operation.operationId}\n${canonicalize(context.path)}\n${canonicalize(context.body ?? null)}`)
        .digest('hex');
      const stored = this.store.findResponse(context.principal.name, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          return problem(
            422,
            'idempotency-key-reused',
            `Idempotency-Key '${key}' was used for another request: use a new key for a new operation`,
            context.instance,
            context.requestId,
          );
        }
        return { status: stored.status, text: stored.body, headers: { ...stored.headers, 'Idempotent-Replayed': 'true' } };
      }
      const reply = change();
      if (reply.status >= 200 && reply.status < 300) {
        this.store.purgeResponses(this.ttlMs);
        const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([name]) => name === 'Location' || name === 'ETag'));
        this.store.saveResponse(context.principal.name, key, {
          fingerprint,
          status: reply.status,
          headers,
          body: JSON.stringify(reply.body),
        });
      }
      return reply;
    });
  }

  private notFound(context: Context, detail: string): Reply {
    return problem(404, 'not-found', detail, context.instance, context.requestId);
  }

  // Images

  private createImage(context: Context): Reply {
    const input = context.body as ImageCreate;
    const { created, image } = this.store.ensureImage(input, context.principal.name);
    return { status: created ? 201 : 200, body: image, headers: created ? { Location: `/v1/images/${encode(image.name)}` } : {} };
  }

  private getImage(context: Context): Reply {
    const image = this.store.getImage(context.path.image!);
    return image ? { status: 200, body: image } : this.notFound(context, `image ${context.path.image} does not exist`);
  }

  // Versions

  private createVersion(context: Context): Reply {
    const image = context.path.image!;
    const input = context.body as VersionCreate;
    if (!this.store.getImage(image)) return this.notFound(context, `image ${image} does not exist: create it first with POST /v1/images`);
    if (!input.image_ref.endsWith(`@${input.digest}`)) {
      return problem(422, 'validation-failed', `image_ref must end with @${input.digest}`, context.instance, context.requestId, {
        errors: [{ pointer: '/image_ref', detail: `must end with @${input.digest}` }],
      });
    }
    const { outcome, version } = this.store.createVersion(image, input, context.principal.name);
    if (outcome === 'conflict') {
      const detail = `version ${version.version} of ${image} already exists with digest ${version.digest}; versions are immutable: choose another version or re-use that digest`;
      return problem(409, 'version-conflict', detail, context.instance, context.requestId, { existing: version });
    }
    const location = `/v1/images/${encode(image)}/versions/${encode(version.version)}`;
    return { status: outcome === 'created' ? 201 : 200, body: version, headers: outcome === 'created' ? { Location: location } : {} };
  }

  private page(context: Context): { afterSeq: number; size: number } | Reply {
    const afterSeq = decodePageToken(context.query.page_token as string | undefined);
    if (afterSeq === undefined)
      return problem(
        400,
        'bad-parameter',
        'page_token is not one this server issued: start again without it',
        context.instance,
        context.requestId,
      );
    return { afterSeq, size: Number(context.query.page_size) };
  }

  private listVersions(context: Context): Reply {
    const image = context.path.image!;
    if (!this.store.getImage(image)) return this.notFound(context, `image ${image} does not exist`);
    const page = this.page(context);
    if ('status' in page) return page;
    const { items, lastSeq, more } = this.store.listVersions(image, page.afterSeq, page.size);
    if (!more) return { status: 200, body: { items } };
    const token = encodePageToken(lastSeq);
    return {
      status: 200,
      body: { items, next_page_token: token },
      headers: { Link: nextLink(`/v1/images/${encode(image)}/versions`, page.size, token) },
    };
  }

  private getVersion(context: Context): Reply {
    const { image, version } = context.path as { image: string; version: string };
    const found = this.store.getVersion(image, version);
    return found ? { status: 200, body: found } : this.notFound(context, `version ${version} of ${image} does not exist`);
  }

  // Attachments

  private getAttachment(context: Context): Reply {
    const found = this.store.getAttachment(context.path.target!);
    if (!found) return this.notFound(context, `target ${context.path.target} has no attachment`);
    return { status: 200, body: found.value, headers: { ETag: found.etag } };
  }

  private putAttachment(context: Context): Reply {
    const target = context.path.target!;
    const input = context.body as AttachmentPut;
    const current = this.store.getAttachment(target);
    const precondition = checkPreconditions(
      `attachment of ${target}`,
      current?.etag,
      context.headers['if-match'],
      context.headers['if-none-match'],
    );
    if (!precondition.ok) {
      return problem(
        precondition.status,
        precondition.status === 412 ? 'precondition-failed' : 'precondition-required',
        precondition.detail,
        context.instance,
        context.requestId,
      );
    }
    const version = this.store.getVersion(input.image, input.version);
    if (!version) {
      return problem(
        422,
        'version-not-registered',
        `version ${input.version} of ${input.image} is not registered: register it before attaching it`,
        context.instance,
        context.requestId,
      );
    }
    const { outcome, attachment } = this.store.setAttachment(target, version, context.principal.name);
    return { status: outcome === 'created' ? 201 : 200, body: attachment.value, headers: { ETag: attachment.etag } };
  }

  // Channels

  private getChannel(context: Context): Reply {
    const { image, channel } = context.path as { image: string; channel: string };
    const found = this.store.getChannel(image, channel);
    if (!found) return this.notFound(context, `channel ${channel} of ${image} has no version yet`);
    return { status: 200, body: found.value, headers: { ETag: found.etag } };
  }

  private createPromotion(context: Context): Reply {
    const { image, channel } = context.path as { image: string; channel: string };
    const input = context.body as PromotionCreate;
    if (!this.store.getImage(image)) return this.notFound(context, `image ${image} does not exist`);
    const current = this.store.getChannel(image, channel);
    const precondition = checkPreconditions(
      `channel ${channel} of ${image}`,
      current?.etag,
      context.headers['if-match'],
      context.headers['if-none-match'],
    );
    if (!precondition.ok) {
      return problem(
        precondition.status,
        precondition.status === 412 ? 'precondition-failed' : 'precondition-required',
        precondition.detail,
        context.instance,
        context.requestId,
      );
    }
    const version = this.store.getVersion(image, input.version);
    if (!version) {
      return problem(
        422,
        'version-not-registered',
        `version ${input.version} of ${image} is not registered: only registered versions can be promoted`,
        context.instance,
        context.requestId,
      );
    }
    const { promotion, channel: moved } = this.store.promote(version, channel, input.reason, context.principal.name);
    return {
      status: 201,
      body: promotion,
      headers: { ETag: moved.etag, Location: `/v1/images/${encode(image)}/channels/${encode(channel)}` },
    };
  }

  private listPromotions(context: Context): Reply {
    const { image, channel } = context.path as { image: string; channel: string };
    if (!this.store.getImage(image)) return this.notFound(context, `image ${image} does not exist`);
    const page = this.page(context);
    if ('status' in page) return page;
    const { items, lastSeq, more } = this.store.listPromotions(image, channel, page.afterSeq, page.size);
    if (!more) return { status: 200, body: { items } };
    const token = encodePageToken(lastSeq);
    return {
      status: 200,
      body: { items, next_page_token: token },
      headers: { Link: nextLink(`/v1/images/${encode(image)}/channels/${encode(channel)}/promotions`, page.size, token) },
    };
  }
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Opens the database and listens; resolves once the port is bound. */
export async function startCatalogServer(options: CatalogServerOptions): Promise<RunningCatalogServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new CatalogStore(options.db);
  const service = new CatalogService(store, options.tokens, log, options.rateLimit, options.idempotencyTtlMs);
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
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: urlOf(address),
    port: address.port,
    store,
    close: (graceMs = 10_000) => {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          store.close();
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
