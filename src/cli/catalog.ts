/**
 * `image-actions catalog serve --host 127.0.0.1 --port 8080 --db catalog.db [--rate-limit 20/s]`
 * and `image-actions catalog openapi` (prints the contract).
 *
 * serve prints `{"url":"http://HOST:PORT"}` as its first stdout line once listening (with
 * `--port 0` the port is picked by the system), logs one JSON line per request on stderr, and stops
 * gracefully on SIGINT/SIGTERM. Tokens come from CATALOG_TOKENS (`token:scope+scope,…`).
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { parseTokens } from '../catalog-server/auth.js';
import { openapiYaml } from '../catalog-server/openapi-document.generated.js';
import { parseRateLimit } from '../catalog-server/rate-limit.js';
import { startCatalogServer } from '../catalog-server/server.js';

export const catalogUsage = 'serve --db FILE [--host 127.0.0.1] [--port 8080] [--rate-limit 20/s] | openapi';

function fail(message: string): number {
  process.stderr.write(`image-actions catalog: ${message}\n`);
  return 2;
}

export async function catalogCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined) return fail(`usage: image-actions catalog ${catalogUsage}`);
  if (sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(
      `Usage: image-actions catalog ${catalogUsage}\n  serve: the reference catalog server (tokens from CATALOG_TOKENS=token:scope+scope,…)\n  openapi: print the contract\n`,
    );
    return 0;
  }
  if (sub === 'openapi') {
    process.stdout.write(openapiYaml);
    return 0;
  }
  if (sub !== 'serve') return fail(`usage: image-actions catalog ${catalogUsage}`);

  let values: { host?: string; port?: string; db?: string; 'rate-limit'?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { host: { type: 'string' }, port: { type: 'string' }, db: { type: 'string' }, 'rate-limit': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: image-actions catalog ${catalogUsage}`);
  }
  if (!values.db) return fail('--db FILE is required: the SQLite file that keeps the catalog (created if missing)');
  const port = Number(values.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port '${values.port}' is not a port number (0 picks a free one)`);
  let tokens;
  let rateLimit;
  try {
    tokens = parseTokens(process.env.CATALOG_TOKENS);
    rateLimit = values['rate-limit'] ? parseRateLimit(values['rate-limit']) : undefined;
  } catch (error) {
    return fail((error as Error).message);
  }

  const log = (line: string) => process.stderr.write(`${line}\n`);
  let server;
  try {
    server = await startCatalogServer({ db: path.resolve(values.db), tokens, host: values.host ?? '127.0.0.1', port, rateLimit, log });
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
      db: path.resolve(values.db),
      tokens: tokens.size,
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
