/**
 * Build benchmark (DESIGN §9, issue 3): on the generated 20,000-file / 400 MiB tree as the build
 * context (`COPY . /app`), committed so the hash takes the git fast path as on a CI checkout:
 * - a no-op run of `image-actions build` (the built CLI, as a subprocess; the image exists) must make
 *   exactly one manifest request after hashing — counted by a proxy in front of the registry — and
 *   take ≤ 0.03 × a fully layer-cached `buildah bud` + `buildah push` of the same image (issue 8);
 * - its existence check (the phase time the action logs) must take ≤ 1 × `skopeo inspect` of the
 *   same reference.
 * Self-contained (plain node runs it): the registry, base image and proxy are started here.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateTree } from './tree.ts';
import { startRegistry } from './registry.ts';
import { cli, commitTree, ROUNDS, runAsync, seconds } from './process.ts';
import { check, target } from './report.ts';

const REBUILD_ROUNDS = Number(process.env.BENCH_REBUILD_ROUNDS ?? 3);

/** Forwards to the registry and records every request line, and the blob bytes uploaded through it. */
export async function startCountingProxy(
  target: string,
): Promise<{ host: string; requests: string[]; uploadedBytes: () => number; close: () => Promise<void> }> {
  const [hostname, port] = target.split(':');
  const requests: string[] = [];
  let uploaded = 0;
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    // Request body bytes sent to blob upload endpoints: what a copy moves, what a mount never does.
    if (/\/blobs\/uploads\//.test(req.url ?? '')) req.on('data', (chunk: Buffer) => (uploaded += chunk.byteLength));
    const upstream = httpRequest({ hostname, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${proxyPort}`,
    requests,
    uploadedBytes: () => uploaded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function buildah(store: string[], args: string[]): string {
  return execFileSync('buildah', [...store, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
}

/** A busybox base committed with buildah and pushed (no internet needed). */
export function pushBase(store: string[], scratch: string, reference: string): void {
  const rootfs = path.join(scratch, 'base-rootfs');
  mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
  execFileSync('cp', ['/bin/busybox', path.join(rootfs, 'bin', 'busybox')]);
  const container = buildah(store, ['from', '--quiet', 'scratch']);
  buildah(store, ['copy', '--quiet', container, `${rootfs}/`, '/']);
  buildah(store, ['config', '--cmd', '/bin/busybox', container]);
  buildah(store, ['commit', '--quiet', '--timestamp', '0', '--rm', container, 'localhost/bench-base']);
  buildah(store, ['push', '--quiet', '--tls-verify=false', 'localhost/bench-base', `docker://${reference}`]);
}

interface BuildRun {
  seconds: number;
  outputs: Record<string, string>;
  /** Phase times the action logged (`Time: hash 312 ms, existence check 9 ms, …`). */
  phases: Record<string, number>;
}

async function runBuildCli(tree: string, env: Record<string, string>, image: string): Promise<BuildRun> {
  const start = process.hrtime.bigint();
  const run = await runAsync(
    process.execPath,
    [cli, 'build', '--context', '.', '--image', image, '--builder', 'buildah', '--cache', 'none'],
    { cwd: tree, env: { ...process.env, ...env } },
  );
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`image-actions build failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  const phases: Record<string, number> = {};
  const line = /^Time: (.*)$/m.exec(run.stderr)?.[1] ?? '';
  for (const part of line.split(', ')) {
    const match = /^(.+) (\d+) ms$/.exec(part);
    if (match) phases[match[1] as string] = Number(match[2]);
  }
  return { seconds: elapsed, outputs: JSON.parse(run.stdout) as Record<string, string>, phases };
}

export async function run(): Promise<boolean> {
  if (!process.env.PATH?.split(':').some((dir) => spawnSync('test', ['-x', path.join(dir, 'buildah')]).status === 0))
    throw new Error('buildah is not installed');
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  const tree = path.join(scratch, 'tree');
  const storeDir = path.join(scratch, 'buildah');
  const store = ['--root', path.join(storeDir, 'root'), '--runroot', path.join(storeDir, 'runroot'), '--storage-driver', 'vfs'];
  let registry: { host: string; child: ChildProcess } | undefined;
  let proxy: Awaited<ReturnType<typeof startCountingProxy>> | undefined;
  try {
    registry = await startRegistry(scratch);
    const base = `${registry.host}/bench/busybox:1`;
    pushBase(store, scratch, base);

    let started = process.hrtime.bigint();
    const stats = generateTree(tree);
    // The tree's own Dockerfile names busybox on Docker Hub; here the base comes from the local registry.
    writeFileSync(path.join(tree, 'Dockerfile'), `FROM ${base}\nCOPY . /app\n`);
    commitTree(tree);
    console.log(
      `build: generated and committed ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds(started).toFixed(1)} s`,
    );

    proxy = await startCountingProxy(registry.host);
    const image = `${proxy.host}/bench/app`;
    const env = {
      GITHUB_WORKSPACE: tree,
      HOME: path.join(scratch, 'home'),
      BUILDAH_ROOT: path.join(storeDir, 'root'),
      BUILDAH_RUNROOT: path.join(storeDir, 'runroot'),
      STORAGE_DRIVER: 'vfs',
      BUILDAH_ISOLATION: 'chroot',
    };

    started = process.hrtime.bigint();
    const first = await runBuildCli(tree, env, image);
    if (first.outputs.reused !== 'false') throw new Error('the first run did not build');
    console.log(`build: first run built and pushed ${first.outputs.digest} in ${seconds(started).toFixed(1)} s`);

    // Baseline: the same build with buildah directly, every layer cached locally, then pushed.
    const iidFile = path.join(scratch, 'iid');
    const rebuild = () => {
      const start = process.hrtime.bigint();
      buildah(store, [
        'bud',
        '--layers',
        '--isolation',
        'chroot',
        '--tls-verify=false',
        '--iidfile',
        iidFile,
        '--file',
        path.join(tree, 'Dockerfile'),
        tree,
      ]);
      buildah(store, [
        'push',
        '--tls-verify=false',
        readFileSync(iidFile, 'utf8').trim(),
        `docker://${registry?.host}/bench/rebuild:latest`,
      ]);
      return seconds(start);
    };
    rebuild(); // fills the layer cache and the registry
    const rebuilds = Array.from({ length: REBUILD_ROUNDS }, rebuild);

    const noops: BuildRun[] = [];
    const manifestRequests: string[][] = [];
    const skopeo: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      proxy.requests.length = 0;
      const noop = await runBuildCli(tree, env, image);
      if (noop.outputs.reused !== 'true' || noop.outputs.digest !== first.outputs.digest)
        throw new Error(`round ${round}: the no-op run did not reuse ${first.outputs.digest}`);
      noops.push(noop);
      manifestRequests.push(proxy.requests.filter((line) => /\/manifests\//.test(line)));
      const start = process.hrtime.bigint();
      const inspected = await runAsync('skopeo', ['inspect', '--tls-verify=false', `docker://${image}:${first.outputs.tag}`]);
      skopeo.push(seconds(start));
      if (inspected.status !== 0) throw new Error(`skopeo inspect failed: ${inspected.stderr}`);
    }

    const best = (values: number[]) => Math.min(...values);
    const noopBest = best(noops.map((r) => r.seconds));
    const rebuildBest = best(rebuilds);
    const checkBest = best(noops.map((r) => (r.phases['existence check'] ?? Number.NaN) / 1000));
    const skopeoBest = best(skopeo);
    const hashBest = best(noops.map((r) => (r.phases.hash ?? Number.NaN) / 1000));
    const oneManifest = manifestRequests.every((requests) => requests.length === 1);

    console.log(
      `build: no-op run ${noopBest.toFixed(3)} s (hash ${hashBest.toFixed(3)} s), cached buildah bud + push ${rebuildBest.toFixed(3)} s (best of ${ROUNDS} / ${REBUILD_ROUNDS})`,
    );
    console.log(`build: existence check ${(checkBest * 1000).toFixed(0)} ms, skopeo inspect ${(skopeoBest * 1000).toFixed(0)} ms`);
    const fastest = noops.find((r) => r.seconds === noopBest);
    console.log(
      `build: phases of the fastest no-op run: ${Object.entries(fastest?.phases ?? {})
        .map(([phase, ms]) => `${phase} ${ms} ms`)
        .join(', ')}`,
    );
    const results = [
      check(
        'build',
        'build: one manifest request after hashing per no-op run',
        oneManifest,
        `${manifestRequests.map((r) => r.length).join(', ')} (${manifestRequests[0]?.join('; ') ?? ''})`,
      ),
      target('build', 'build: no-op run / cached buildah bud + push', noopBest / rebuildBest, 0.03),
      target('build', 'build: existence check / skopeo inspect', checkBest / skopeoBest, 1),
    ];
    return results.every(Boolean);
  } finally {
    await proxy?.close();
    registry?.child.kill('SIGTERM');
    spawnSync('chmod', ['-R', 'u+w', scratch]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
