/**
 * `npm run demo` — the whole pipeline on this machine, twice, with nothing from the internet:
 *
 *  1. checks the Debian tools it needs (git, docker-registry, buildah, skopeo, busybox-static);
 *     a missing one is installed with apt-get when running as root or with `-- --install`
 *     (through sudo when not root), otherwise the exact command to run is printed;
 *  2. starts a loopback registry (docker-registry, free port, temp dir) and the reference catalog
 *     (`image-actions catalog serve --port 0`, temp database, a generated token);
 *  3. builds a busybox base image from busybox-static with buildah and pushes it;
 *  4. copies workflows-examples/example-image into a temporary git repository;
 *  5. runs git-state → hash → build → register (catalog, attached to resource-group/rg-demo) with
 *     the built CLI (`node dist/cli/index.js <action> --<input> <value>`), printing the outputs and
 *     the job summaries;
 *  6. runs again: the image is reused (no build), the version is the same, `created: false`;
 *  7. promotes that version to the `production` channel without rebuilding (same repository: only
 *     tags move, zero blob bytes), and shows what the channel holds;
 *  8. stops everything it started and removes its temp files (`-- --keep` keeps them) — also on an
 *     error or Ctrl-C.
 *
 * Every command gets an argv array; nothing goes through a shell.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { renderSummary } from './demo-render.ts';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const exampleImage = path.join(root, 'workflows-examples', 'example-image');
const args = process.argv.slice(2);

// ---------------------------------------------------------------------------------------------
// Output

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
const green = (text: string) => (color ? `\x1b[32m${text}\x1b[0m` : text);
const say = (text = '') => process.stdout.write(`${text}\n`);
const heading = (text: string) => say(`\n${bold(`==> ${text}`)}`);

/** Values the demo itself generated and never prints (the CLI already masks what actions mask). */
const secrets = new Set<string>();
function mask(text: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('***');
  return result;
}

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started is registered here and undone in reverse order, once.

const cleanups: Array<{ what: string; undo: () => Promise<void> | void }> = [];
let cleaning: Promise<void> | undefined;

function onCleanup(what: string, undo: () => Promise<void> | void): void {
  cleanups.push({ what, undo });
}

/** Steps running right now, each in its own process group (the CLI and the buildah it started). */
const runningSteps = new Set<ChildProcess>();

async function stopStep(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of runningSteps) {
      await stopStep(child);
      say(`  stopped a running step (pid ${child.pid})`);
    }
    if (cleanups.length > 0) heading('Stopping what the demo started');
    for (const { what, undo } of cleanups.reverse()) {
      try {
        await undo();
        say(`  ${what}`);
      } catch (error) {
        say(`  ${what}: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    say(`\n${signal}: stopping.`);
    void cleanup().then(() => process.exit(130));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function removeTree(dir: string): void {
  // buildah's vfs layers contain read-only directories.
  try {
    execFileSync('chmod', ['-R', 'u+w', dir], { stdio: 'ignore' });
  } catch {
    // best effort: rm below reports what is left
  }
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 1. Tools

interface Tool {
  name: string;
  /** Debian package that provides it. */
  pkg: string;
  present: () => boolean;
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      // next
    }
  }
  return false;
}

/** A statically linked ELF has no PT_INTERP program header; a scratch image can only run such a busybox. */
function isStaticElf(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(64);
    readSync(fd, header, 0, 64, 0);
    if (header.readUInt32BE(0) !== 0x7f454c46 || header[4] !== 2 || header[5] !== 1) return false; // 64-bit little-endian ELF only
    const phoff = Number(header.readBigUInt64LE(0x20));
    const phentsize = header.readUInt16LE(0x36);
    const phnum = header.readUInt16LE(0x38);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) if (table.readUInt32LE(i * phentsize) === 3) return false; // PT_INTERP
    return true;
  } finally {
    closeSync(fd);
  }
}

const busyboxPath = ['/bin/busybox', '/usr/bin/busybox'].find((file) => isStaticElf(file)) ?? '/bin/busybox';

const tools: Tool[] = [
  { name: 'git', pkg: 'git', present: () => onPath('git') },
  { name: 'docker-registry', pkg: 'docker-registry', present: () => onPath('docker-registry') },
  { name: 'buildah', pkg: 'buildah', present: () => onPath('buildah') },
  { name: 'skopeo', pkg: 'skopeo', present: () => onPath('skopeo') },
  { name: 'busybox (static)', pkg: 'busybox-static', present: () => isStaticElf('/bin/busybox') || isStaticElf('/usr/bin/busybox') },
];

function ensureTools(): void {
  heading('Checking the tools');
  let missing = tools.filter((tool) => !tool.present());
  for (const tool of tools) say(`  ${missing.includes(tool) ? '✗' : green('✓')} ${tool.name}`);
  if (missing.length === 0) return;

  const packages = missing.map((tool) => tool.pkg);
  const isRoot = process.getuid?.() === 0;
  // As root (a CI machine, a fresh container) the demo installs what it needs; elsewhere it asks.
  const install = args.includes('--install') || (isRoot && !args.includes('--no-install'));
  if (!install) {
    say(`\nMissing: ${packages.join(', ')}. Install them (Debian/Ubuntu) and run again:\n`);
    say(`  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`);
    say('or let the demo do it: npm run demo -- --install');
    process.exit(1);
  }
  const sudo = isRoot ? [] : ['sudo'];
  const run = (argv: string[]) => {
    say(dim(`  $ ${[...sudo, ...argv].join(' ')}`));
    execFileSync(sudo[0] ?? argv[0]!, sudo.length > 0 ? argv : argv.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...packages]);
  missing = tools.filter((tool) => !tool.present());
  if (missing.length > 0) throw new Error(`still missing after apt-get: ${missing.map((tool) => tool.name).join(', ')}`);
}

function ensureCli(): void {
  if (existsSync(cli)) return;
  heading('Building the CLI (dist/cli/index.js is missing)');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts'), 'cli'], { stdio: 'inherit', cwd: root });
}

// ---------------------------------------------------------------------------------------------
// 2. Services

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startRegistry(work: string): Promise<string> {
  const port = await freePort();
  const dir = path.join(work, 'registry');
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  let logs = '';
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  onCleanup(`registry on 127.0.0.1:${port} stopped`, () => stopProcess(child));
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${logs}`);
    return (await fetch(`http://127.0.0.1:${port}/v2/`)).status === 200;
  }, 'docker-registry');
  return `127.0.0.1:${port}`;
}

async function startCatalog(work: string, token: string): Promise<string> {
  const db = path.join(work, 'catalog.db');
  const child = spawn(process.execPath, [cli, 'catalog', 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db], {
    env: { ...process.env, CATALOG_TOKENS: `${token}:register+promote+read` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  onCleanup('catalog server stopped', () => stopProcess(child));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`catalog serve exited with ${code}: ${mask(logs)}`)));
  });
  return (JSON.parse(first) as { url: string }).url;
}

// ---------------------------------------------------------------------------------------------
// 3. The busybox base, built offline with buildah

interface Store {
  env: Record<string, string>;
  buildah: (argv: string[]) => string;
}

function buildahStore(work: string): Store {
  const rootDir = path.join(work, 'buildah', 'root');
  const runroot = path.join(work, 'buildah', 'runroot');
  const global = ['--root', rootDir, '--runroot', runroot, '--storage-driver', 'vfs'];
  return {
    // What the build action reads to use this store (src/builders/buildah.ts).
    env: { BUILDAH_ROOT: rootDir, BUILDAH_RUNROOT: runroot, STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' },
    buildah: (argv) => execFileSync('buildah', [...global, ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
  };
}

function pushBase(work: string, store: Store, reference: string): string {
  const rootfs = path.join(work, 'base-rootfs');
  mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
  mkdirSync(path.join(rootfs, 'tmp'), { recursive: true });
  cpSync(busyboxPath, path.join(rootfs, 'bin', 'busybox'));
  for (const applet of ['sh', 'echo', 'cat', 'chmod', 'ls', 'mkdir', 'cp', 'rm', 'env', 'true', 'test'])
    symlinkSync('busybox', path.join(rootfs, 'bin', applet));
  const container = store.buildah(['from', '--quiet', 'scratch']);
  store.buildah(['copy', '--quiet', container, `${rootfs}/`, '/']);
  store.buildah(['config', '--env', 'PATH=/bin', '--cmd', '/bin/sh', container]);
  store.buildah(['commit', '--quiet', '--timestamp', '0', '--rm', container, 'localhost/demo-busybox']);
  const digestFile = path.join(work, 'base.digest');
  store.buildah(['push', '--quiet', '--tls-verify=false', '--digestfile', digestFile, 'localhost/demo-busybox', `docker://${reference}`]);
  return readFileSync(digestFile, 'utf8').trim();
}

// ---------------------------------------------------------------------------------------------
// 4. The repository

function git(cwd: string, argv: string[]): string {
  const date = '2026-01-02T03:04:05Z';
  return execFileSync('git', argv, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'image-actions demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'image-actions demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  }).trim();
}

function exampleRepository(work: string): string {
  const repo = path.join(work, 'example-image');
  cpSync(exampleImage, repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'The example image']);
  return repo;
}

// ---------------------------------------------------------------------------------------------
// 5. The pipeline, one CLI run per action

interface Context {
  work: string;
  repo: string;
  env: Record<string, string>;
  summaryFile: string;
}

/** `secretInputs` travel as `INPUT_<NAME>` variables, never in argv (where `ps` would show them). */
async function step(
  context: Context,
  label: string,
  action: string,
  inputs: Record<string, string>,
  secretInputs: Record<string, string> = {},
): Promise<Record<string, string>> {
  const argv = [cli, action, ...Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])];
  const secretEnv = Object.fromEntries(Object.entries(secretInputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const started = performance.now();
  const child = spawn(process.execPath, argv, {
    cwd: context.repo,
    env: { ...process.env, ...context.env, ...secretEnv, GITHUB_WORKSPACE: context.repo, IMAGE_ACTIONS_SUMMARY_FILE: context.summaryFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops the buildah it started.
    detached: true,
  });
  runningSteps.add(child);
  child.once('exit', () => runningSteps.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const log = path.join(context.work, 'logs', `${label.replace(/\W+/g, '-')}.log`);
  mkdirSync(path.dirname(log), { recursive: true });
  writeFileSync(log, mask(stderr));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (interrupted) throw new Error('interrupted');
  if (code !== 0) {
    say(`  ${bold(action)} failed after ${seconds} s. Its log:`);
    say(
      mask(stderr)
        .split('\n')
        .slice(-40)
        .map((line) => `    ${line}`)
        .join('\n'),
    );
    throw new Error(`${action} failed (exit ${code})`);
  }
  const outputs = JSON.parse(stdout) as Record<string, string>;
  say(`  ${green('✓')} ${bold(action.padEnd(9))} ${dim(`${seconds} s`)}`);
  for (const [name, value] of Object.entries(outputs)) say(`      ${name.padEnd(13)} ${mask(value)}`);
  return outputs;
}

async function pipeline(
  context: Context,
  run: string,
  base: string,
  repository: string,
  catalogUrl: string,
  token: string,
): Promise<Record<string, Record<string, string>>> {
  heading(`${run}: git-state → hash → build → register`);
  writeFileSync(context.summaryFile, '');
  const what = { context: '.', 'build-args': `BASE=${base}` };
  const gitState = await step(context, `${run} git-state`, 'git-state', { path: '.', 'require-clean': 'true' });
  const hash = await step(context, `${run} hash`, 'hash', what);
  const build = await step(context, `${run} build`, 'build', { ...what, image: repository, builder: 'buildah' });
  const register = await step(
    context,
    `${run} register`,
    'register',
    {
      platform: 'catalog',
      endpoint: catalogUrl,
      'image-name': 'example-image',
      image: build.image!,
      hash: build.hash!,
      commit: gitState.commit!,
      'git-tag': gitState.tag ?? '',
      targets: 'resource-group/rg-demo',
      description: 'The image-actions demo image',
    },
    { token },
  );
  heading(`${run}: job summaries`);
  say(mask(renderSummary(readFileSync(context.summaryFile, 'utf8'))));
  return { gitState, hash, build, register };
}

/** Act three: the registered version goes to production, by tags only (the image is already in the registry). */
async function promoteToProduction(context: Context, catalogUrl: string, token: string, version: string): Promise<Record<string, string>> {
  heading('Run 3: promote the version to production (nothing rebuilt, nothing copied)');
  writeFileSync(context.summaryFile, '');
  const promoted = await step(
    context,
    'Run 3 promote',
    'promote',
    {
      platform: 'catalog',
      endpoint: catalogUrl,
      'image-name': 'example-image',
      version,
      'to-channel': 'production',
      tags: 'production',
    },
    { token },
  );
  heading('Run 3: job summary');
  say(mask(renderSummary(readFileSync(context.summaryFile, 'utf8'))));
  return promoted;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  ensureTools();
  ensureCli();

  const work = mkdtempSync(path.join(tmpdir(), 'image-actions-demo-'));
  if (args.includes('--keep')) onCleanup(`kept ${work} (registry data, catalog.db, step logs)`, () => undefined);
  else onCleanup(`removed ${work}`, () => removeTree(work));

  heading('Starting a loopback registry and the catalog server');
  const registry = await startRegistry(work);
  say(`  registry  http://${registry}`);
  const token = randomBytes(24).toString('hex');
  secrets.add(token);
  const catalogUrl = await startCatalog(work, token);
  say(`  catalog   ${catalogUrl}  (a token with the register scope was generated for this run)`);

  heading('Building the busybox base image with buildah');
  const store = buildahStore(work);
  const base = `${registry}/demo/busybox:1`;
  say(`  ${base} → ${pushBase(work, store, base)}`);

  heading('Preparing a git repository with workflows-examples/example-image');
  const repo = exampleRepository(work);
  say(`  ${repo} at ${git(repo, ['rev-parse', '--short', 'HEAD'])}`);

  const context: Context = { work, repo, env: store.env, summaryFile: path.join(work, 'summary.html') };
  const repository = `${registry}/demo/example-image`;
  const first = await pipeline(context, 'Run 1', base, repository, catalogUrl, token);
  const second = await pipeline(context, 'Run 2', base, repository, catalogUrl, token);
  const promoted = await promoteToProduction(context, catalogUrl, token, first.register!.version!);

  heading('What happened');
  const digest = execFileSync(
    'skopeo',
    ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${repository}:${first.build!.tag}`],
    { encoding: 'utf8' },
  ).trim();
  const attachment = (await (
    await fetch(`${catalogUrl}/v1/targets/${encodeURIComponent('resource-group/rg-demo')}/attachment`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as Record<string, unknown>;
  const rows: Array<[string, string, string]> = [
    ['', 'run 1', 'run 2'],
    ['built', first.build!.reused === 'true' ? 'no (reused)' : 'yes', second.build!.reused === 'true' ? 'no (reused)' : 'yes'],
    ['digest', first.build!.digest!, second.build!.digest!],
    ['version', first.register!.version!, second.register!.version!],
    ['version-id', first.register!['version-id']!, second.register!['version-id']!],
    ['created', first.register!.created!, second.register!.created!],
  ];
  for (const [name, a, b] of rows) say(`  ${name.padEnd(11)} ${a.padEnd(72)} ${b}`);
  say(`\n  skopeo sees ${repository}:${first.build!.tag} at ${digest}`);
  say(
    `  the catalog has resource-group/rg-demo running ${String(attachment.image)} ${String(attachment.version)} (${String(attachment.digest)})`,
  );
  const production = (await (
    await fetch(`${catalogUrl}/v1/images/example-image/channels/production`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as Record<string, unknown>;
  const productionTag = execFileSync(
    'skopeo',
    ['inspect', '--tls-verify=false', '--format', '{{.Digest}}', `docker://${repository}:production`],
    { encoding: 'utf8' },
  ).trim();
  say(`  the channel production of example-image holds ${String(production.version)} (${String(production.digest)})`);
  say(
    `  promoting it moved ${promoted.move === 'tags' ? 'only tags' : promoted.move}: ${promoted['bytes-copied']} blob bytes copied; ${repository}:production is ${productionTag}`,
  );
  const ok =
    second.build!.reused === 'true' &&
    second.register!.created === 'false' &&
    second.register!['version-id'] === first.register!['version-id'] &&
    digest === first.build!.digest &&
    production.version === first.register!.version &&
    promoted['bytes-copied'] === '0' &&
    productionTag === first.build!.digest;
  say(
    ok
      ? green(
          '\n  The second run built nothing and registered nothing new: the same image, the same version.\n' +
            '  Production got that very version without a rebuild or a byte copied.',
        )
      : '\n  Unexpected: see the logs above.',
  );
  if (!args.includes('--keep')) say(dim('  (npm run demo -- --keep keeps the registry data, the catalog database and the step logs)'));
  if (!ok) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  if (!interrupted) say(`\ndemo failed: ${mask((error as Error).message)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
