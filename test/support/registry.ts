/**
 * A real CNCF Distribution registry (Debian's `docker-registry`) on loopback, started per test
 * file and stopped by `stop()` (and by process exit). Anonymous by default; `basicAuth` turns on
 * htpasswd auth, `tokenAuth` bearer-token auth through a token server (./token-server.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from './free-port.js';

export interface RegistryOptions {
  /** Extra top-level config merged into the registry's YAML (e.g. an `auth:` section). */
  extraConfig?: string;
  /** htpasswd Basic auth with these users (username → password); the file is made with `htpasswd -Bbn`. */
  basicAuth?: Record<string, string>;
  /** Bearer-token auth: the registry trusts tokens from this server (see startTokenServer). */
  tokenAuth?: { registryAuthConfig: () => string };
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the registry part of an image reference. */
  host: string;
  url: string;
  root: string;
  logs: () => string;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const root = mkdtempSync(path.join(tmpdir(), 'registry-'));
  const port = await freePort();
  const auth: string[] = [];
  if (options.basicAuth) {
    const htpasswd = path.join(root, 'htpasswd');
    const lines = Object.entries(options.basicAuth).map(([user, password]) =>
      execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
    );
    writeFileSync(htpasswd, `${lines.join('\n')}\n`);
    auth.push('auth:', '  htpasswd:', '    realm: image-actions-test', `    path: ${htpasswd}`);
  } else if (options.tokenAuth) {
    auth.push(options.tokenAuth.registryAuthConfig());
  }
  const config = [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(root, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...auth,
    options.extraConfig ?? '',
  ].join('\n');
  writeFileSync(path.join(root, 'config.yml'), config);
  const child = spawn('docker-registry', ['serve', path.join(root, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let logs = '';
  child.stdout?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${logs}`);
    const response = await fetch(`${url}/v2/`);
    return response.status === 200 || response.status === 401;
  }, 'docker-registry to answer');
  return {
    host: `127.0.0.1:${port}`,
    url,
    root,
    logs: () => logs,
    stop: async () => {
      running.delete(child);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
