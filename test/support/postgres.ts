/**
 * A real PostgreSQL for tests and the bench, from Debian's `postgresql` package (.ci/run installs
 * it): `initdb` into a temporary folder, `pg_ctl start` on a free loopback port, stopped and removed
 * after. Commands run through the exec seam (src/runtime/exec.ts's SpawnRunner, or a runner given
 * by the caller: the bench runs under plain `node`, which cannot load src/, and brings its own).
 *
 * initdb and postgres refuse to run as root. When the tests run as root (a CI container), every
 * PostgreSQL command runs as an unprivileged user through `setpriv` (util-linux: switches uid/gid
 * and execs, no shell, no PAM), and the data folder is handed to that user first. The user is
 * `postgres` (created by the package) or else `nobody`.
 */
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Type-only (erased), so this file loads under plain `node` too; the runner itself is loaded on use.
import type { CommandResult, CommandRunner } from '../../src/runtime/exec.js';
import { freePort } from './free-port.ts';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url: string;
  port: number;
  dir: string;
  /** A new empty database on this server; its URL. */
  createDatabase: (name: string) => Promise<string>;
  /** Fast shutdown (clients are disconnected, open transactions roll back). */
  stopServer: () => Promise<void>;
  /** Starts again on the same port and data. */
  startServer: () => Promise<void>;
  /** Stops and removes everything. */
  stop: () => Promise<void>;
  log: () => string;
}

async function defaultRunner(): Promise<CommandRunner> {
  const { SpawnRunner } = await import('../../src/runtime/exec.js');
  return new SpawnRunner(() => undefined);
}

export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

/** uid/gid of a user from /etc/passwd. */
function account(name: string): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const fields = line?.split(':');
  return fields ? { uid: Number(fields[2]), gid: Number(fields[3]) } : undefined;
}

function unprivilegedUser(): { name: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const found = account(name);
    if (found) return { name, ...found };
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists: PostgreSQL refuses to run as root');
}

export async function startPostgres(options: { fsync?: boolean; runner?: CommandRunner } = {}): Promise<PostgresServer> {
  const runner = options.runner ?? (await defaultRunner());
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql): no /usr/lib/postgresql/*/bin/initdb');
  const user = unprivilegedUser();
  const dir = mkdtempSync(path.join(tmpdir(), 'catalog-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');

  const pgCommand = async (tool: string, args: string[]): Promise<CommandResult> => {
    const command = path.join(bin, tool);
    const result = user
      ? await runner.run('setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', command, ...args], {
          quiet: true,
          cwd: dir,
          timeoutMs: 60_000,
        })
      : await runner.run(command, args, { quiet: true, cwd: dir, timeoutMs: 60_000 });
    if (result.exitCode !== 0)
      throw new Error(
        `${tool} ${args[0] ?? ''} failed (exit code ${result.exitCode}): ${result.output.trim().split('\n').slice(-20).join('\n')}`,
      );
    return result;
  };

  await pgCommand('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  // TCP on loopback only; the Unix socket goes into the private folder (not /var/run/postgresql).
  const serverOptions = [`-h 127.0.0.1`, `-p ${port}`, `-k ${dir}`, '-c max_connections=200', ...(options.fsync ? [] : ['-F'])].join(' ');
  const startServer = async () => {
    await pgCommand('pg_ctl', ['start', '-D', data, '-l', logFile, '-w', '-t', '60', '-o', serverOptions]);
  };
  const stopServer = async () => {
    await pgCommand('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60']);
  };
  await startServer();
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await pgCommand('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  running.set(stop, () => {
    // At exit nothing async runs: SIGQUIT is PostgreSQL's immediate shutdown.
    const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    url: `${base}/postgres`,
    port,
    dir,
    createDatabase: async (name) => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    stopServer,
    startServer,
    stop: async () => {
      running.delete(stop);
      await stop();
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}

// A test file that ends before its afterAll still leaves no server behind.
const running = new Map<() => Promise<void>, () => void>();
process.once('exit', () => {
  for (const kill of running.values()) {
    try {
      kill();
    } catch {
      // already stopped
    }
  }
});
