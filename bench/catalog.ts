/**
 * Catalog benchmark (issue 13): register throughput and latency of the real CLI server
 * (`node dist/cli/index.js catalog serve`) on loopback, side by side in one run:
 * - sqlite: one server on a SQLite file (WAL, synchronous=FULL);
 * - pg×1: one replica on PostgreSQL; pg×2: two replicas on one PostgreSQL (fsync on in both);
 * at 1, 8 and 32 concurrent clients. A register is `POST /v1/images/{image}/versions` of a new
 * version with an Idempotency-Key (what the register action sends); clients spread requests over the
 * replicas round robin, on keep-alive connections. Rounds alternate the three setups so background
 * load hits them alike; the best round of each cell is reported.
 *
 * Target: pg×2 ≥ 1.5 × pg×1 in throughput at 32 clients. The CPU seconds of every process (replicas,
 * PostgreSQL, this load generator) are printed per cell, to show where the time goes when the target
 * is missed on a small machine.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { check, targetAtLeast } from './report.ts';
import type { CommandRunner } from '../src/runtime/exec.ts';
import ensureFreshDist from '../test/harness/global-setup.ts';
import { startPostgres, type PostgresServer } from '../test/support/postgres.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLIENTS = [1, 8, 32];
const token = 'bench-register-token-0123456789';
const ticksPerSecond = 100;

/** The exec seam's contract for PostgreSQL's tools; plain `node` cannot load src/runtime/exec.ts itself. */
const runner: CommandRunner = {
  run: (command, args, options = {}) =>
    new Promise((resolve, reject) => {
      execFile(command, [...args], { cwd: options.cwd, timeout: options.timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error && typeof error.code === 'string') return reject(error);
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}`, stdout });
      });
    }),
};

interface Replica {
  url: URL;
  child: ChildProcess;
}

interface Setup {
  name: string;
  replicas: Replica[];
  /** Processes whose CPU time counts as the database's (PostgreSQL backends). */
  databasePids: () => number[];
}

interface Cell {
  setup: string;
  clients: number;
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpu: { replicas: number; database: number; loadGenerator: number };
}

async function startReplica(db: string): Promise<Replica> {
  const child = spawn(process.execPath, [cli, 'catalog', 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db], {
    env: { ...process.env, CATALOG_TOKENS: `${token}:register+read` },
    // The request log is not read: sending it to a pipe nobody drains would stall the server.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`catalog serve exited with ${code}`)));
  });
  return { url: new URL((JSON.parse(line) as { url: string }).url), child };
}

/** utime + stime of a process, in seconds (0 when it is gone). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** The postmaster and its children (one backend per connection). */
function postgresPids(server: PostgresServer): number[] {
  const postmaster = Number(readFileSync(path.join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

function post(agent: Agent, url: URL, path: string, body: unknown, key: string): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
          'Idempotency-Key': key,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let sequence = 0;

function versionBody(): unknown {
  sequence += 1;
  const digest = `sha256:${sequence.toString(16).padStart(64, '0')}`;
  return {
    version: `1.0.${sequence}`,
    digest,
    image_ref: `127.0.0.1:5000/bench/ml@${digest}`,
    source: { commit: 'b'.repeat(40), run_url: 'https://github.com/acme/ml/actions/runs/1' },
    build: { hash: `h1-${'0'.repeat(32)}` },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `clients` loops posting new versions for `seconds`, round robin over the replicas. */
async function measure(setup: Setup, clients: number, seconds: number): Promise<Cell> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const replicaPids = setup.replicas.map((r) => r.child.pid!);
  const databasePids = setup.databasePids();
  const cpuBefore = {
    replicas: replicaPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    database: databasePids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    self: process.cpuUsage(),
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const replica = setup.replicas[next++ % setup.replicas.length]!;
      const begin = performance.now();
      const status = await post(agent, replica.url, '/v1/images/bench/versions', versionBody(), `bench-${sequence}`).catch(() => 0);
      if (status === 201) latencies.push(performance.now() - begin);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const self = process.cpuUsage(cpuBefore.self);
  // Backends started during the run (new pool connections) count from zero.
  const databaseAfter = setup.databasePids().reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  latencies.sort((a, b) => a - b);
  return {
    setup: setup.name,
    clients,
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    cpu: {
      replicas: replicaPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpuBefore.replicas,
      database: Math.max(0, databaseAfter - cpuBefore.database),
      loadGenerator: (self.user + self.system) / 1e6,
    },
  };
}

async function prepare(setup: Setup): Promise<void> {
  const agent = new Agent({ keepAlive: true });
  const status = await post(agent, setup.replicas[0]!.url, '/v1/images', { name: 'bench' }, 'bench-image');
  if (status !== 201) throw new Error(`${setup.name}: creating the image answered ${status}`);
  // Warm-up: JIT, prepared statements, pool connections of every replica.
  await Promise.all(
    Array.from({ length: 64 }, (_, i) =>
      post(agent, setup.replicas[i % setup.replicas.length]!.url, '/v1/images/bench/versions', versionBody(), `warm-${sequence}`),
    ),
  );
  agent.destroy();
}

function pad(value: string, width: number, left = false): string {
  return left ? value.padEnd(width) : value.padStart(width);
}

export async function run(): Promise<boolean> {
  ensureFreshDist();
  const postgres = await startPostgres({ fsync: true, runner });
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-catalog-'));
  const setups: Setup[] = [];
  try {
    const started = performance.now();
    setups.push({ name: 'sqlite', replicas: [await startReplica(path.join(scratch, 'catalog.db'))], databasePids: () => [] });
    const one = await postgres.createDatabase('bench_one');
    setups.push({ name: 'pg×1', replicas: [await startReplica(one)], databasePids: () => postgresPids(postgres) });
    const two = await postgres.createDatabase('bench_two');
    setups.push({ name: 'pg×2', replicas: [await startReplica(two), await startReplica(two)], databasePids: () => postgresPids(postgres) });
    for (const setup of setups) await prepare(setup);
    console.log(
      `catalog: setup ${((performance.now() - started) / 1000).toFixed(1)} s; ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (other work on this machine competes for the same cores)`,
    );

    const best = new Map<string, Cell>();
    const measuring = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const clients of CLIENTS) {
        for (const setup of round % 2 === 0 ? setups : [...setups].reverse()) {
          const cell = await measure(setup, clients, SECONDS);
          const key = `${setup.name}/${clients}`;
          if (!best.has(key) || best.get(key)!.perSecond < cell.perSecond) best.set(key, cell);
        }
      }
    }
    const measured = (performance.now() - measuring) / 1000;

    console.log(
      `catalog: register (POST …/versions, new version, Idempotency-Key), ${SECONDS} s per cell, best of ${ROUNDS} rounds, loopback`,
    );
    console.log(
      `${pad('setup', 8, true)} ${pad('clients', 7)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 6)}   cpu s: replicas / postgres / load generator`,
    );
    for (const clients of CLIENTS) {
      for (const setup of setups) {
        const cell = best.get(`${setup.name}/${clients}`)!;
        console.log(
          `${pad(cell.setup, 8, true)} ${pad(String(clients), 7)} ${pad(cell.perSecond.toFixed(0), 8)} ${pad(cell.p50.toFixed(1), 8)} ${pad(cell.p99.toFixed(1), 8)} ${pad(String(cell.errors), 6)}   ${cell.cpu.replicas.toFixed(1)} / ${cell.cpu.database.toFixed(1)} / ${cell.cpu.loadGenerator.toFixed(1)} (of ${(cell.seconds * cpus().length).toFixed(1)} core-s)`,
        );
      }
    }
    const one32 = best.get('pg×1/32')!;
    const two32 = best.get('pg×2/32')!;
    const ratio = two32.perSecond / one32.perSecond;
    const busy = two32.cpu.replicas + two32.cpu.database + two32.cpu.loadGenerator;
    console.log(`catalog: measured ${measured.toFixed(1)} s; errors ${[...best.values()].reduce((sum, c) => sum + c.errors, 0)}`);
    console.log(
      `catalog: at 32 clients pg×2 used ${busy.toFixed(1)} of ${(two32.seconds * cpus().length).toFixed(1)} core-seconds (${((100 * busy) / (two32.seconds * cpus().length)).toFixed(0)} %): replicas ${two32.cpu.replicas.toFixed(1)}, postgres ${two32.cpu.database.toFixed(1)}, load generator ${two32.cpu.loadGenerator.toFixed(1)}`,
    );
    const errors = [...best.values()].reduce((sum, cell) => sum + cell.errors, 0);
    const noErrors = check('catalog', 'catalog: failed registers', errors === 0, `${errors}`);
    return targetAtLeast('catalog', 'catalog: pg×2/pg×1 throughput at 32 clients', ratio, 1.5) && noErrors;
  } finally {
    for (const setup of setups) for (const replica of setup.replicas) replica.child.kill('SIGTERM');
    await postgres.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
