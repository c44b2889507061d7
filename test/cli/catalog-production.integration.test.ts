/**
 * `image-actions catalog serve` in its production shape (the bundled CLI): PostgreSQL from `--db
 * postgres://…` or CATALOG_DATABASE_URL, data kept across a restart, the password never printed,
 * keyless (OIDC only) start, and clear refusals of bad production settings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogClient } from '../../src/platform/catalog/client.js';
import { cliPath, startCatalogProcess, tempDb } from '../support/catalog-server.js';
import { startPostgres, type PostgresServer } from '../support/postgres.js';
import { digestOf, tokenSpec, tokens } from '../platform/catalog/api.js';

const temp = tempDb();
let postgres: PostgresServer;
let url: string;
const password = 'pg-pass-hunter2';

beforeAll(async () => {
  postgres = await startPostgres();
  // The test server trusts loopback, so any password is accepted: enough to see it never printed.
  url = (await postgres.createDatabase('cli')).replace('postgres://postgres@', `postgres://postgres:${password}@`);
});

afterAll(async () => {
  await postgres?.stop();
  temp.cleanup();
});

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cliPath, ...args], {
    cwd: temp.dir,
    env: { ...process.env, CATALOG_DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('catalog serve on PostgreSQL', () => {
  test('--db postgres://…, then CATALOG_DATABASE_URL: the data stays; the password is never printed; SIGTERM stops cleanly', async () => {
    const first = await startCatalogProcess({ tokens: tokenSpec, db: url, args: ['--pool-size', '4'] });
    const registered = await (async () => {
      const client = new CatalogClient({ endpoint: first.url, token: tokens.all });
      await client.createImage({ name: 'ml' });
      const digest = digestOf('e');
      return client.createVersion('ml', {
        version: '1.0.0',
        digest,
        image_ref: `r/ml@${digest}`,
        source: { commit: 'e'.repeat(40) },
        build: { hash: 'h1-x' },
      });
    })();
    expect(registered.created).toBe(true);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const listening = JSON.parse(
      first
        .logs()
        .split('\n')
        .find((line) => line.includes('"event":"listening"'))!,
    ) as Record<string, unknown>;
    expect(listening).toMatchObject({ backend: 'postgres', db: url.replace(`:${password}`, ''), migrations_applied: [1, 2], oidc: null });

    // Without --db, CATALOG_DATABASE_URL names the database.
    const viaEnv = spawnServe({ CATALOG_DATABASE_URL: url, CATALOG_TOKENS: tokenSpec });
    try {
      const endpoint = await viaEnv.url;
      const read = new CatalogClient({ endpoint, token: tokens.read });
      expect(await read.getVersion('ml', '1.0.0')).toEqual(registered.version);
    } finally {
      viaEnv.child.kill('SIGINT');
      expect(await viaEnv.exited).toBe(0);
    }
    for (const text of [first.logs(), first.stdout(), viaEnv.output()]) expect(text).not.toContain(password);
  });

  test('keyless: with OIDC configured, CATALOG_TOKENS may be empty', async () => {
    const keyless = spawnServe({
      CATALOG_DATABASE_URL: url,
      CATALOG_TOKENS: '',
      CATALOG_OIDC_AUDIENCE: 'https://catalog.acme.dev',
      CATALOG_OIDC_RULES: 'repository == "acme/ml" && ref == "refs/heads/main" -> register',
    });
    try {
      const endpoint = await keyless.url;
      expect((await fetch(`${endpoint}/v1/images/ml`, { headers: { Authorization: `Bearer ${tokens.all}` } })).status).toBe(401);
    } finally {
      keyless.child.kill('SIGTERM');
      await keyless.exited;
    }
    expect(keyless.output()).toContain(
      '"oidc":{"issuer":"https://token.actions.githubusercontent.com","audience":"https://catalog.acme.dev"',
    );
  });

  test('an unreachable database is a clear failure at start, without the password', () => {
    const result = cli(['catalog', 'serve', '--port', '0', '--db', `postgres://postgres:${password}@127.0.0.1:1/nowhere`], {
      CATALOG_TOKENS: tokenSpec,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot start: cannot open postgres://postgres@127.0.0.1:1/nowhere: ');
    expect(result.stderr).toContain('ECONNREFUSED');
    expect(result.stderr + result.stdout).not.toContain(password);
  });

  test.each([
    [['--db', 'x.db', '--pool-size', '4'], {}, '--pool-size is for a PostgreSQL --db'],
    [['--db', 'postgres://127.0.0.1:1/x', '--pool-size', '0'], {}, "--pool-size '0' is not a number of connections"],
    [
      ['--db', 'x.db'],
      { CATALOG_OIDC_RULES: 'repository == "a/b" -> register' },
      'CATALOG_OIDC_RULES is set but CATALOG_OIDC_AUDIENCE is not',
    ],
    [
      ['--db', 'x.db'],
      { CATALOG_OIDC_AUDIENCE: 'aud', CATALOG_OIDC_RULES: 'environment == "production" -> promote' },
      'does not pin a repository',
    ],
    [
      ['--db', 'x.db'],
      { CATALOG_OIDC_AUDIENCE: 'aud', CATALOG_OIDC_RULES: 'repository == "a/b" -> register', CATALOG_OIDC_ISSUER: 'http://example.com' },
      'must be https://',
    ],
  ])('serve %j with %j is refused: %s', (args, env, message) => {
    const result = cli(['catalog', 'serve', ...args], { CATALOG_TOKENS: tokenSpec, ...env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});

/** `catalog serve` with no --db at all, configured by the environment only. */
function spawnServe(env: Record<string, string>) {
  const child = spawn(process.execPath, [cliPath, 'catalog', 'serve', '--port', '0'], {
    cwd: temp.dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`catalog serve exited with ${code}: ${output}`)));
  });
  return { child, exited, url, output: () => output };
}
