/**
 * Promote benchmark (DESIGN §9, issue 10), whole-process: `image-actions promote` (the built CLI, a
 * subprocess, against the reference catalog) side by side with `skopeo copy` of the same image, in
 * one run, rounds interleaved (the order alternates), best of BENCH_ROUNDS (default 5):
 * - within one registry, to another repository: promote moves 0 blob bytes (cross-repository
 *   mounts) and must be ≥ 5 × faster than `skopeo copy` between two repositories of that registry;
 * - across registries, a multi-layer image of ≥ 100 MB: promote must take ≤ 1.0 × `skopeo copy`
 *   between the same two registries.
 * Tags only (the same repository) is printed too. Blob bytes are counted at a proxy in one extra,
 * untimed run of each tool.
 *
 * skopeo starts every copy with an empty blob-info cache, as on a CI runner where each job starts
 * on a fresh machine: with the cache of earlier rounds it would mount blobs it saw before instead of
 * copying them, which is the answer from a previous run, not the work of this one. (As root its
 * cache is the machine-wide /var/lib/containers/cache, so skopeo runs as `nobody` with a fresh HOME.)
 * Self-contained: registries, image, catalog and proxies are started here and stopped at the end.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startCountingProxy } from './build.ts';
import { runAsync, seconds } from './process.ts';
import { startRegistry } from './registry.ts';
import { check, target, targetAtLeast } from './report.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LAYERS = Number(process.env.BENCH_PROMOTE_LAYERS ?? 5);
const LAYER_BYTES = Number(process.env.BENCH_PROMOTE_LAYER_MB ?? 22) * 1_000_000;
const HASH = 'b'.repeat(64);
const COMMIT = 'c'.repeat(40);

interface Timed {
  seconds: number;
  phases: Record<string, number>;
  outputs: Record<string, string>;
}

function buildah(store: string[], args: string[]): string {
  return execFileSync('buildah', [...store, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
}

/** busybox and LAYERS layers of random bytes (incompressible: the pushed layers stay that big), labelled like a build. */
function pushBigImage(store: string[], scratch: string, reference: string): { digest: string; bytes: number } {
  const rootfs = path.join(scratch, 'rootfs');
  mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
  execFileSync('cp', ['/bin/busybox', path.join(rootfs, 'bin', 'busybox')]);
  let container = buildah(store, ['from', '--quiet', 'scratch']);
  buildah(store, ['copy', '--quiet', container, `${rootfs}/`, '/']);
  buildah(store, ['commit', '--quiet', '--timestamp', '0', '--rm', container, 'localhost/promote-bench-0']);
  for (let layer = 1; layer <= LAYERS; layer++) {
    const dir = path.join(scratch, `layer-${layer}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'data'), randomBytes(LAYER_BYTES));
    container = buildah(store, ['from', '--quiet', `localhost/promote-bench-${layer - 1}`]);
    buildah(store, ['copy', '--quiet', container, `${dir}/`, `/data${layer}/`]);
    if (layer === LAYERS) {
      buildah(store, [
        'config',
        '--label',
        `io.image-actions.build-hash=${HASH}`,
        '--label',
        `org.opencontainers.image.revision=${COMMIT}`,
        container,
      ]);
    }
    buildah(store, ['commit', '--quiet', '--timestamp', '0', '--rm', container, `localhost/promote-bench-${layer}`]);
    rmSync(dir, { recursive: true, force: true });
  }
  const digestFile = path.join(scratch, 'digest');
  buildah(store, [
    'push',
    '--quiet',
    '--tls-verify=false',
    '--digestfile',
    digestFile,
    `localhost/promote-bench-${LAYERS}`,
    `docker://${reference}`,
  ]);
  const digest = readFileSync(digestFile, 'utf8').trim();
  const manifest = JSON.parse(
    execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], { encoding: 'utf8' }),
  ) as { config: { size: number }; layers: Array<{ size: number }> };
  const bytes = manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
  return { digest, bytes };
}

async function startCatalog(scratch: string, token: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [cli, 'catalog', 'serve', '--host', '127.0.0.1', '--port', '0', '--db', path.join(scratch, 'catalog.db')],
    {
      env: { ...process.env, CATALOG_TOKENS: `${token}:register+promote+read` },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`catalog serve exited with ${code}`)));
  });
  return { url: (JSON.parse(first) as { url: string }).url, child };
}

async function registerVersion(catalog: string, token: string, name: string, imageRef: string, digest: string): Promise<void> {
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${catalog}${route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `"${randomBytes(8).toString('hex')}"`,
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`);
  };
  await post('/v1/images', { name });
  await post(`/v1/images/${name}/versions`, {
    version: '1.0.0',
    digest,
    image_ref: imageRef,
    source: { commit: COMMIT },
    build: { hash: HASH },
  });
}

async function promote(scratch: string, catalog: string, token: string, channel: string, toImage?: string, name = 'app'): Promise<Timed> {
  const argv = [cli, 'promote', '--endpoint', catalog, '--image-name', name, '--version', '1.0.0', '--to-channel', channel];
  if (toImage) argv.push('--to-image', toImage);
  const start = process.hrtime.bigint();
  const run = await runAsync(process.execPath, argv, {
    env: { ...process.env, INPUT_TOKEN: token, HOME: path.join(scratch, 'home'), DOCKER_CONFIG: path.join(scratch, 'docker') },
  });
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`image-actions promote failed (${run.status}):\n${run.stderr.slice(-3000)}`);
  const phases: Record<string, number> = {};
  for (const part of (/^Time: (.*)$/m.exec(run.stderr)?.[1] ?? '').split(', ')) {
    const match = /^(.+) (\d+) ms$/.exec(part);
    if (match) phases[match[1] as string] = Number(match[2]);
  }
  return { seconds: elapsed, phases, outputs: JSON.parse(run.stdout) as Record<string, string> };
}

/** `skopeo copy` with an empty blob-info cache (see the top of this file). */
async function skopeoCopy(scratch: string, from: string, to: string): Promise<number> {
  // `nobody` must reach its HOME: a folder of its own under the (traversable) scratch folder.
  chmodSync(scratch, 0o711);
  const home = mkdtempSync(path.join(scratch, 'skopeo-home-'));
  chmodSync(home, 0o777);
  const copy = ['skopeo', 'copy', '--quiet', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${from}`, `docker://${to}`];
  const argv = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', ...copy] : copy;
  const start = process.hrtime.bigint();
  const run = await runAsync(argv[0]!, argv.slice(1), {
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_DATA_HOME: path.join(home, 'data') },
  });
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`skopeo copy ${from} ${to} failed: ${run.stderr}`);
  return elapsed;
}

function phaseLine(run: Timed): string {
  return Object.entries(run.phases)
    .map(([name, ms]) => `${name} ${ms} ms`)
    .join(', ');
}

export async function run(): Promise<boolean> {
  for (const tool of ['buildah', 'skopeo', 'docker-registry']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is not installed`);
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-promote-'));
  const store = [
    '--root',
    path.join(scratch, 'buildah', 'root'),
    '--runroot',
    path.join(scratch, 'buildah', 'runroot'),
    '--storage-driver',
    'vfs',
  ];
  const token = randomBytes(16).toString('hex');
  const children: ChildProcess[] = [];
  const proxies: Array<{ close: () => Promise<void> }> = [];
  try {
    for (const dir of ['a', 'b', 'home', 'docker']) mkdirSync(path.join(scratch, dir));
    const [a, b] = [await startRegistry(path.join(scratch, 'a')), await startRegistry(path.join(scratch, 'b'))];
    children.push(a.child, b.child);
    let started = process.hrtime.bigint();
    const source = `${a.host}/bench/app`;
    const image = pushBigImage(store, scratch, `${source}:src`);
    console.log(
      `promote: pushed a ${LAYERS + 1}-layer image of ${(image.bytes / 1e6).toFixed(1)} MB (${image.digest}) in ${seconds(started).toFixed(1)} s`,
    );
    const catalog = await startCatalog(scratch, token);
    children.push(catalog.child);
    await registerVersion(catalog.url, token, 'app', `${source}@${image.digest}`, image.digest);

    // Bytes: one untimed run of each tool through counting proxies. Within one registry the source
    // must be named through the proxy too (the catalog image `app-proxied`), or it would be another registry.
    const proxyA = await startCountingProxy(a.host);
    const proxyB = await startCountingProxy(b.host);
    proxies.push(proxyA, proxyB);
    await registerVersion(catalog.url, token, 'app-proxied', `${proxyA.host}/bench/app@${image.digest}`, image.digest);
    const sameAtProxy = await promote(scratch, catalog.url, token, 'bytes', `${proxyA.host}/bytes-promote/app`, 'app-proxied');
    if (sameAtProxy.outputs.move !== 'mount') throw new Error(`expected a mount, got ${sameAtProxy.outputs.move}`);
    const bytes = { promoteSame: proxyA.uploadedBytes(), promoteSameOutput: Number(sameAtProxy.outputs['bytes-copied']) };
    await skopeoCopy(scratch, `${proxyA.host}/bench/app@${image.digest}`, `${proxyA.host}/bytes-skopeo/app:1.0.0`);
    const skopeoSame = proxyA.uploadedBytes() - bytes.promoteSame;
    const crossAtProxy = await promote(scratch, catalog.url, token, 'bytes', `${proxyB.host}/bytes-promote/app`);
    const promoteCross = proxyB.uploadedBytes();
    await skopeoCopy(scratch, `${source}@${image.digest}`, `${proxyB.host}/bytes-skopeo/app:1.0.0`);
    const skopeoCross = proxyB.uploadedBytes() - promoteCross;

    const runs = {
      tags: [] as Timed[],
      same: [] as Timed[],
      cross: [] as Timed[],
      skopeoSame: [] as number[],
      skopeoCross: [] as number[],
      nodeStart: [] as number[],
    };
    started = process.hrtime.bigint();
    for (let round = 0; round < ROUNDS; round++) {
      const ours = async () => {
        const start = process.hrtime.bigint();
        await runAsync(process.execPath, ['-e', '0']);
        runs.nodeStart.push(seconds(start));
        runs.same.push(await promote(scratch, catalog.url, token, `same-${round}`, `${a.host}/same-${round}/app`));
        runs.cross.push(await promote(scratch, catalog.url, token, `cross-${round}`, `${b.host}/cross-${round}/app`));
        runs.tags.push(await promote(scratch, catalog.url, token, `tags-${round}`));
      };
      const theirs = async () => {
        runs.skopeoSame.push(await skopeoCopy(scratch, `${source}@${image.digest}`, `${a.host}/skopeo-same-${round}/app:1.0.0`));
        runs.skopeoCross.push(await skopeoCopy(scratch, `${source}@${image.digest}`, `${b.host}/skopeo-cross-${round}/app:1.0.0`));
      };
      if (round % 2 === 0) {
        await ours();
        await theirs();
      } else {
        await theirs();
        await ours();
      }
    }
    for (const run of [...runs.same, ...runs.tags]) {
      if (run.outputs['bytes-copied'] !== '0') throw new Error(`a same-registry promote copied ${run.outputs['bytes-copied']} bytes`);
    }
    const fastest = (list: Timed[]) => list.reduce((best, run) => (run.seconds < best.seconds ? run : best));
    const best = { tags: fastest(runs.tags), same: fastest(runs.same), cross: fastest(runs.cross) };
    const skopeoSameBest = Math.min(...runs.skopeoSame);
    const skopeoCrossBest = Math.min(...runs.skopeoCross);
    console.log(
      `promote: ${ROUNDS} interleaved rounds in ${seconds(started).toFixed(1)} s; best of ${ROUNDS} each (2 shared cores: best-of, not mean)`,
    );
    console.log(
      `promote: same registry, another repository: promote ${best.same.seconds.toFixed(3)} s (${phaseLine(best.same)}), skopeo copy ${skopeoSameBest.toFixed(3)} s`,
    );
    console.log(`promote: same repository (tags only): promote ${best.tags.seconds.toFixed(3)} s (${phaseLine(best.tags)})`);
    console.log(
      `promote: another registry: promote ${best.cross.seconds.toFixed(3)} s (${phaseLine(best.cross)}), skopeo copy ${skopeoCrossBest.toFixed(3)} s`,
    );
    const work = (run: Timed) => Object.values(run.phases).reduce((sum, ms) => sum + ms, 0) / 1000;
    console.log(
      `promote: for context — \`node -e 0\` (the same binary) ${Math.min(...runs.nodeStart).toFixed(3)} s; promote's own phases: ` +
        `same registry ${work(best.same).toFixed(3)} s (skopeo/phases ${(skopeoSameBest / work(best.same)).toFixed(1)}), ` +
        `across registries ${work(best.cross).toFixed(3)} s (phases/skopeo ${(work(best.cross) / skopeoCrossBest).toFixed(2)})`,
    );
    console.log(
      `promote: blob bytes uploaded within one registry: promote ${bytes.promoteSame} (bytes-copied ${bytes.promoteSameOutput}), skopeo copy ${skopeoSame}`,
    );
    console.log(
      `promote: blob bytes uploaded across registries: promote ${promoteCross} (bytes-copied ${crossAtProxy.outputs['bytes-copied']}), skopeo copy ${skopeoCross}; the image's blobs: ${image.bytes}`,
    );
    const results = [
      check(
        'promote',
        'promote: same-registry blob bytes',
        bytes.promoteSame === 0 && bytes.promoteSameOutput === 0,
        `${bytes.promoteSame} uploaded`,
      ),
      check('promote', 'promote: image size', image.bytes >= 100_000_000, `${image.bytes} bytes (the target names ≥ 100 MB)`),
      targetAtLeast('promote', 'promote: same-registry speed-up skopeo/promote', skopeoSameBest / best.same.seconds, 5),
      target('promote', 'promote: cross-registry promote/skopeo', best.cross.seconds / skopeoCrossBest, 1.0),
    ];
    return results.every(Boolean);
  } finally {
    for (const proxy of proxies) await proxy.close();
    for (const child of children) child.kill('SIGTERM');
    spawnSync('chmod', ['-R', 'u+w', scratch]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
