/**
 * `image-actions catalog serve [--db FILE | --db postgres://…] [--host 127.0.0.1] [--port 8080]
 * [--rate-limit 20/s] [--pool-size 10]` and `image-actions catalog openapi` (prints the contract).
 *
 * `--db` (or CATALOG_DATABASE_URL) is a SQLite file (created if missing; the zero-setup default) or
 * a PostgreSQL URL (several replicas may serve one database). serve prints `{"url":"http://HOST:PORT"}`
 * as its first stdout line once listening (with `--port 0` the port is picked by the system), logs
 * one JSON line per request on stderr, and stops gracefully on SIGINT/SIGTERM. Callers authenticate
 * with CATALOG_TOKENS (`token:scope+scope,…`) and/or GitHub OIDC id-tokens (CATALOG_OIDC_AUDIENCE,
 * CATALOG_OIDC_RULES, CATALOG_OIDC_ISSUER; see catalog-server/oidc.ts).
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { parseTokens } from '../catalog-server/auth.js';
import { oidcConfigFromEnv } from '../catalog-server/oidc.js';
import { openapiYaml } from '../catalog-server/openapi-document.generated.js';
import { describePostgresUrl } from '../catalog-server/postgres-driver.js';
import { parseRateLimit } from '../catalog-server/rate-limit.js';
import { startCatalogServer } from '../catalog-server/server.js';
import { isPostgresUrl } from '../catalog-server/open-store.js';

export const catalogUsage = 'serve --db FILE|postgres://… [--host 127.0.0.1] [--port 8080] [--rate-limit 20/s] [--pool-size 10] | openapi';

const help = `Usage: image-actions catalog ${catalogUsage}
  serve: the reference catalog server
    --db FILE            a SQLite file (created if missing)
    --db postgres://…    PostgreSQL; several replicas may share it (or set CATALOG_DATABASE_URL)
    --pool-size N        PostgreSQL connections of this replica (default 10)
    callers: CATALOG_TOKENS=token:scope+scope,… and/or GitHub OIDC
    (CATALOG_OIDC_AUDIENCE, CATALOG_OIDC_RULES, CATALOG_OIDC_ISSUER)
    operations: GET /healthz, /readyz, /metrics
  openapi: print the contract
`;

function fail(message: string): number {
  process.stderr.write(`image-actions catalog: ${message}\n`);
  return 2;
}

export async function catalogCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined) return fail(`usage: image-actions catalog ${catalogUsage}`);
  if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(help);
    return 0;
  }
  if (sub === 'openapi') {
    process.stdout.write(openapiYaml);
    return 0;
  }
  if (sub !== 'serve') return fail(`usage: image-actions catalog ${catalogUsage}`);

  let values: { host?: string; port?: string; db?: string; 'rate-limit'?: string; 'pool-size'?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'rate-limit': { type: 'string' },
        'pool-size': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: image-actions catalog ${catalogUsage}`);
  }
  const dbValue = values.db ?? process.env.CATALOG_DATABASE_URL?.trim();
  if (!dbValue) {
    return fail(
      '--db is required: a SQLite file that keeps the catalog (created if missing), or postgres://… (or set CATALOG_DATABASE_URL)',
    );
  }
  const postgres = isPostgresUrl(dbValue);
  const db = postgres ? dbValue : path.resolve(dbValue);
  const port = Number(values.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port '${values.port}' is not a port number (0 picks a free one)`);
  const poolSize = values['pool-size'] === undefined ? undefined : Number(values['pool-size']);
  if (poolSize !== undefined && (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000)) {
    return fail(`--pool-size '${values['pool-size']}' is not a number of connections (1–1000)`);
  }
  if (poolSize !== undefined && !postgres) return fail('--pool-size is for a PostgreSQL --db; a SQLite file has one connection');
  let tokens;
  let rateLimit;
  let oidc;
  try {
    oidc = oidcConfigFromEnv(process.env);
    tokens = parseTokens(process.env.CATALOG_TOKENS, { optional: oidc !== undefined });
    rateLimit = values['rate-limit'] ? parseRateLimit(values['rate-limit']) : undefined;
  } catch (error) {
    return fail((error as Error).message);
  }

  const log = (line: string) => process.stderr.write(`${line}\n`);
  let server;
  try {
    server = await startCatalogServer({
      db,
      tokens,
      host: values.host ?? '127.0.0.1',
      port,
      log,
      ...(rateLimit ? { rateLimit } : {}),
      ...(oidc ? { oidc } : {}),
      ...(poolSize ? { poolSize } : {}),
    });
  } catch (error) {
    process.stderr.write(`image-actions catalog: cannot start: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  log(
    JSON.stringify({
      time: new Date().toISOString(),
      event: 'listening',
      url: server.url,
      pid: process.pid,
      backend: server.store.backend,
      db: postgres ? describePostgresUrl(db) : db,
      migrations_applied: server.store.migrationsApplied,
      tokens: tokens.size,
      oidc: oidc ? { issuer: oidc.issuer, audience: oidc.audience, rules: oidc.rules.map((rule) => rule.source) } : null,
      rate_limit: values['rate-limit'] ?? null,
    }),
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(JSON.stringify({ time: new Date().toISOString(), event: 'forced-exit', signal }));
        process.exit(1);
      }
      stopping = true;
      log(JSON.stringify({ time: new Date().toISOString(), event: 'stopping', signal }));
      void server.close().then(() => {
        log(JSON.stringify({ time: new Date().toISOString(), event: 'stopped' }));
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
