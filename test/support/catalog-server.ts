/**
 * The reference catalog server for tests, on loopback with a temporary SQLite file or a database on
 * a test PostgreSQL (`freshDatabase`):
 * - `startCatalogProcess` runs the real CLI (`node dist/cli/index.js catalog serve --port 0 …`) and
 *   reads the bound URL from its first stdout line; its stderr (the request log) is captured.
 * - `startCatalogInProcess` runs the same server inside the test process (faster; captures the log).
 * Both stop by themselves at process exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startCatalogServer, type RunningCatalogServer } from '../../src/catalog-server/server.js';
import { parseTokens } from '../../src/catalog-server/auth.js';
import type { RateLimit } from '../../src/catalog-server/rate-limit.js';
import type { OidcConfig } from '../../src/catalog-server/oidc.js';
import { startPostgres, type PostgresServer } from './postgres.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const cliPath = path.join(repoRoot, 'dist/cli/index.js');

export interface CatalogFixture {
  url: string;
  db: string;
  /** Everything the server logged so far. */
  logs: () => string;
  stop: () => Promise<void>;
}

export interface CatalogProcess extends CatalogFixture {
  child: ChildProcess;
  stdout: () => string;
  /** Resolves with the exit code once the process ended. */
  exited: Promise<number | null>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A temporary folder with a path for the database; removed by `cleanup()`. */
export function tempDb(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
  return { dir, db: path.join(dir, 'catalog.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type BackendName = 'sqlite' | 'postgres';
export const backends: readonly BackendName[] = ['sqlite', 'postgres'];

let sharedPostgres: Promise<PostgresServer> | undefined;
let databases = 0;

/** This test file's PostgreSQL, started on first use; stop it with `stopSharedPostgres` in afterAll. */
export function testPostgres(): Promise<PostgresServer> {
  sharedPostgres ??= startPostgres();
  return sharedPostgres;
}

export async function stopSharedPostgres(): Promise<void> {
  const running = sharedPostgres;
  sharedPostgres = undefined;
  if (running) await (await running).stop();
}

/** A new empty catalog database: a temporary SQLite file, or a new database on this file's PostgreSQL. */
export async function freshDatabase(backend: BackendName): Promise<{ db: string; cleanup: () => void }> {
  if (backend === 'sqlite') return tempDb();
  databases += 1;
  const db = await (await testPostgres()).createDatabase(`catalog_${process.pid}_${databases}`);
  return { db, cleanup: () => undefined };
}

export async function startCatalogProcess(options: {
  tokens: string;
  db: string;
  cwd?: string;
  args?: string[];
  env?: Record<string, string>;
}): Promise<CatalogProcess> {
  const child = spawn(
    process.execPath,
    [cliPath, 'catalog', 'serve', '--host', '127.0.0.1', '--port', '0', '--db', options.db, ...(options.args ?? [])],
    {
      cwd: options.cwd ?? tmpdir(),
      env: { ...process.env, CATALOG_TOKENS: options.tokens, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => children.delete(child));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line));
    lines.on('line', (line) => (stdout += `${line}\n`));
    void exited.then((code) => reject(new Error(`catalog serve exited with ${code} before listening: ${stderr}`)));
  });
  stdout = `${firstLine}\n${stdout}`;
  const { url } = JSON.parse(firstLine) as { url: string };
  return {
    url,
    db: options.db,
    child,
    exited,
    logs: () => stderr,
    stdout: () => stdout,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startCatalogInProcess(options: {
  tokens: string;
  db: string;
  rateLimit?: RateLimit;
  oidc?: OidcConfig;
}): Promise<CatalogFixture & { server: RunningCatalogServer }> {
  const lines: string[] = [];
  const server = await startCatalogServer({
    db: options.db,
    tokens: parseTokens(options.tokens, { optional: options.oidc !== undefined }),
    port: 0,
    log: (line) => lines.push(line),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
  });
  return { url: server.url, db: options.db, server, logs: () => lines.join('\n'), stop: () => server.close(1000) };
}
