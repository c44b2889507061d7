/**
 * `image-actions catalog serve` as a platform team would run it: the bundled CLI
 * (dist/cli/index.js, so the OpenAPI document must be inside the bundle) started from another
 * folder, data that survives a stop and a start on the same database, graceful stop on SIGTERM and
 * SIGINT, and clear refusals of bad configuration that never print a token.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CatalogPlatform } from '../../src/platform/catalog/adapter.js';
import { CatalogClient } from '../../src/platform/catalog/client.js';
import { cliPath, startCatalogProcess, tempDb } from '../support/catalog-server.js';
import { recordingLog } from '../platform/support.js';
import { digestOf, tokenSpec, tokens } from '../platform/catalog/api.js';

const temp = tempDb();
afterAll(() => temp.cleanup());

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cliPath, ...args], {
    cwd: temp.dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('catalog serve (the bundled CLI)', () => {
  test('from another folder: prints the URL first, serves the bundled contract, keeps data across a restart, stops on SIGTERM', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'catalog-cwd-'));
    try {
      // A relative --db is relative to the folder the server was started in.
      const first = await startCatalogProcess({ tokens: tokenSpec, db: 'state/../catalog.db', cwd: elsewhere });
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(existsSync(path.join(elsewhere, 'catalog.db'))).toBe(true);
      const doc = await fetch(`${first.url}/v1/openapi.yaml`);
      expect(await doc.text()).toBe(readFileSync(path.resolve(import.meta.dirname, '../../src/platform/catalog/openapi.yaml'), 'utf8'));

      const p = new CatalogPlatform({ endpoint: first.url, token: tokens.all, log: recordingLog() });
      await p.ensureImage('ml-runtime');
      const version = await p.createVersion({
        image: 'ml-runtime',
        version: '1.2.0',
        digest: digestOf('a'),
        imageRef: `r/ml@${digestOf('a')}`,
        source: { commit: 'a'.repeat(40) },
        build: { hash: 'h1-x' },
      });
      await p.attach(version, [{ kind: 'resource-group', id: 'rg-prod' }]);
      await p.promote({ image: 'ml-runtime', channel: 'production', version, expected: null });
      const before = await new CatalogClient({ endpoint: first.url, token: tokens.read }).getAttachment('resource-group/rg-prod');

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.logs()).toContain('"event":"stopping","signal":"SIGTERM"');
      expect(first.logs()).toContain('"event":"stopped"');

      const second = await startCatalogProcess({ tokens: tokenSpec, db: path.join(elsewhere, 'catalog.db'), cwd: temp.dir });
      try {
        const client = new CatalogClient({ endpoint: second.url, token: tokens.read });
        expect(await client.getVersion('ml-runtime', '1.2.0')).toMatchObject({ id: version.id, digest: digestOf('a') });
        expect(await client.getAttachment('resource-group/rg-prod')).toEqual(before);
        expect((await client.getChannel('ml-runtime', 'production'))?.value.version).toBe('1.2.0');
        // Still immutable after the restart.
        const again = await new CatalogPlatform({ endpoint: second.url, token: tokens.all, log: recordingLog() }).createVersion({
          image: 'ml-runtime',
          version: '1.2.0',
          digest: digestOf('a'),
          imageRef: `r/ml@${digestOf('a')}`,
          source: { commit: 'a'.repeat(40) },
          build: { hash: 'h1-x' },
        });
        expect(again).toEqual({ ...version, created: false });
      } finally {
        second.child.kill('SIGINT');
        expect(await second.exited).toBe(0);
        expect(second.logs()).toContain('"signal":"SIGINT"');
      }
      for (const token of Object.values(tokens))
        expect(first.logs() + second.logs() + first.stdout() + second.stdout()).not.toContain(token);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('--rate-limit is applied', async () => {
    const limited = await startCatalogProcess({ tokens: tokenSpec, db: path.join(temp.dir, 'limited.db'), args: ['--rate-limit', '1/m'] });
    try {
      const headers = { Authorization: `Bearer ${tokens.read}` };
      expect((await fetch(`${limited.url}/v1/images/x`, { headers })).status).toBe(404);
      const refused = await fetch(`${limited.url}/v1/images/x`, { headers });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
    } finally {
      await limited.stop();
    }
  });

  test.each([
    [['catalog'], {}, 2, 'usage: image-actions catalog serve'],
    [['catalog', 'serve'], { CATALOG_TOKENS: tokenSpec, CATALOG_DATABASE_URL: '' }, 2, '--db is required'],
    [['catalog', 'serve', '--db', 'x.db', '--port', 'http'], { CATALOG_TOKENS: tokenSpec }, 2, "--port 'http' is not a port number"],
    [['catalog', 'serve', '--db', 'x.db', '--verbose'], { CATALOG_TOKENS: tokenSpec }, 2, "Unknown option '--verbose'"],
    [['catalog', 'serve', '--db', 'x.db'], { CATALOG_TOKENS: '' }, 2, 'CATALOG_TOKENS is empty'],
    [['catalog', 'serve', '--db', 'x.db'], { CATALOG_TOKENS: 'hunter2-secret-token:admin' }, 2, "entry 1 has unknown scope 'admin'"],
    [['catalog', 'serve', '--db', 'x.db', '--rate-limit', 'lots'], { CATALOG_TOKENS: tokenSpec }, 2, "--rate-limit 'lots' is not"],
  ])('%j is refused clearly', (args, env, status, message) => {
    const result = cli(args, env);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain('hunter2-secret-token');
  });

  test('a port in use is a clear failure', async () => {
    const running = await startCatalogProcess({ tokens: tokenSpec, db: path.join(temp.dir, 'busy.db') });
    try {
      const port = new URL(running.url).port;
      const result = cli(['catalog', 'serve', '--db', 'other.db', '--port', port], { CATALOG_TOKENS: tokenSpec });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('cannot start: listen EADDRINUSE');
    } finally {
      await running.stop();
    }
  });

  test('catalog openapi prints the contract', () => {
    const result = cli(['catalog', 'openapi']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^openapi: 3\.1\.\d+\n/);
  });
});
