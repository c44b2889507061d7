/**
 * Push benchmark (issue 14): what the new push path costs with no faults. Side by side, on the same
 * built image (a busybox base and two COPY layers of 96 MiB text-like data, ~72 MiB compressed):
 * - buildah's own push: `buildah push docker://…`;
 * - the build action's push: BuildahBuilder.pushImage — buildah writes the image to a local OCI
 *   layout (base layer left out) while the registry client uploads each blob as it is written, then
 *   the rest and the manifest.
 * Every round pushes into fresh registries holding the base image (as a CI registry holds the
 * org's base images; buildah pushed it there, so its blob cache knows to mount it, and so does the
 * action), so neither side finds blobs from an earlier round; the sides alternate who goes first.
 * Target: layout push ≤ 1.05 × buildah's push (medians). Self-contained: registries, base image and
 * image are made here; the action's TypeScript is loaded from src/ as is.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { buildah, pushBase, startRegistry } from './build.ts';

const ROUNDS = Number(process.env.BENCH_PUSH_ROUNDS ?? 5);
const TARGET = 1.05;

// src/ imports its siblings as `.js` and uses parameter properties: map the one to `.ts`, transform the other.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.includes('/src/')) {
      const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(url))) return next(url.href, context);
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url.startsWith('file:') && url.endsWith('.ts') && url.includes('/src/')) {
      return {
        format: 'module',
        source: stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'), { mode: 'transform' }),
        shortCircuit: true,
      };
    }
    return next(url, context);
  },
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Runs `work` with stdout swallowed (the builder logs through @actions/core). */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

export async function run(): Promise<boolean> {
  const { BuildahBuilder, knownBaseLayers } = await import('../src/builders/buildah.ts');
  const { makeRegistryClient } = await import('../src/registry/login.ts');
  const { SpawnRunner } = await import('../src/runtime/exec.ts');

  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-push-'));
  const root = path.join(scratch, 'buildah', 'root');
  const runroot = path.join(scratch, 'buildah', 'runroot');
  const store = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs'];
  const registries: ChildProcess[] = [];
  const registry = async (name: string) => {
    const dir = path.join(scratch, name);
    mkdirSync(dir, { recursive: true });
    const started = await startRegistry(dir);
    registries.push(started.child);
    return started;
  };
  try {
    const baseRegistry = await registry('base-registry');
    const base = `${baseRegistry.host}/bench/busybox:1`;
    pushBase(store, scratch, base);
    const context = path.join(scratch, 'context');
    mkdirSync(context);
    // base64 of random bytes: compresses about as much as code and text do (to ~¾), so gzip has work to do.
    writeFileSync(path.join(context, 'a'), randomBytes(48 << 20).toString('base64'));
    writeFileSync(path.join(context, 'b'), randomBytes(24 << 20).toString('base64'));
    writeFileSync(path.join(context, 'Dockerfile'), `FROM ${base}\nCOPY a /a\nCOPY b /b\n`);
    const iid = path.join(scratch, 'iid');
    buildah(store, ['bud', '--layers', '--isolation', 'chroot', '--tls-verify=false', '--iidfile', iid, context]);
    const image = readFileSync(iid, 'utf8')
      .trim()
      .replace(/^sha256:/, '');
    /** A fresh registry holding the base image, pushed by buildah (its blob cache then knows where the base layer is). */
    const registryWithBase = async (name: string) => {
      const started = await registry(name);
      const digestFile = path.join(scratch, `${name}-base-digest`);
      buildah(store, [
        'push',
        '--quiet',
        '--tls-verify=false',
        '--digestfile',
        digestFile,
        'localhost/bench-base',
        `docker://${started.host}/bench/busybox:1`,
      ]);
      return { host: started.host, base: `${started.host}/bench/busybox@${readFileSync(digestFile, 'utf8').trim()}` };
    };
    const builder = new BuildahBuilder({ command: 'buildah', root, runroot, storageDriver: 'vfs', isolation: 'chroot' });
    console.log(`push: image ${image.slice(0, 12)} (busybox base + 72 MiB random → 96 MiB base64 in two COPY layers), ${ROUNDS} rounds`);

    const own: number[] = [];
    const ours: number[] = [];
    const phases: Array<{ placeholders: number; export: number; upload: number }> = [];
    const lookups: number[] = [];
    let sameDigest = true;
    for (let round = 0; round < ROUNDS; round++) {
      const forBuildah = await registryWithBase(`round-${round}-buildah`);
      const forClient = await registryWithBase(`round-${round}-client`);
      let ownDigest = '';
      let ourDigest = '';
      const sides = {
        buildah: async () => {
          const digestFile = path.join(scratch, `digest-${round}`);
          const start = performance.now();
          buildah(store, ['push', '--tls-verify=false', '--digestfile', digestFile, image, `docker://${forBuildah.host}/bench/app:1`]);
          own.push((performance.now() - start) / 1000);
          ownDigest = readFileSync(digestFile, 'utf8').trim();
        },
        client: async () => {
          const layoutDir = mkdtempSync(path.join(scratch, 'layout-'));
          const client = makeRegistryClient(undefined, [], { log: () => undefined });
          const request = {
            contextDir: context,
            dockerfile: path.join(context, 'Dockerfile'),
            repository: `${forClient.host}/bench/app`,
            tags: [`${forClient.host}/bench/app:1`],
            platforms: [],
            buildArgs: {},
            secrets: [],
            labels: {},
            cache: { type: 'none' as const, ref: '', read: [], write: false, reason: 'bench' },
            push: true,
            insecureRegistries: [],
            baseImages: [forClient.base],
          };
          // The build looks the base layers up while bud runs (BuildahBuilder.build); timed apart here.
          const lookup = performance.now();
          const known = await quietly(() => knownBaseLayers(request, client));
          lookups.push(performance.now() - lookup);
          const start = performance.now();
          const report = await quietly(() =>
            builder.pushImage(request, client, new SpawnRunner(() => undefined), { source: image, layoutDir, multi: false }, known),
          );
          ours.push((performance.now() - start) / 1000);
          phases.push(report.ms);
          ourDigest = report.digest;
          rmSync(layoutDir, { recursive: true, force: true });
        },
      };
      const order = round % 2 === 0 ? (['buildah', 'client'] as const) : (['client', 'buildah'] as const);
      for (const side of order) await sides[side]();
      if (ownDigest !== ourDigest) sameDigest = false;
      console.log(
        `push: round ${round + 1}: buildah push ${(own.at(-1) ?? 0).toFixed(3)} s, layout + registry client ${(ours.at(-1) ?? 0).toFixed(3)} s` +
          ` (layout written and uploaded meanwhile ${(phases.at(-1)?.placeholders ?? 0) + (phases.at(-1)?.export ?? 0)} ms, the rest ${phases.at(-1)?.upload} ms;` +
          ` base layer lookup, during bud in a build, ${Math.round(lookups.at(-1) ?? 0)} ms)`,
      );
      for (const child of registries.splice(1)) child.kill('SIGTERM');
    }

    const ownMedian = median(own);
    const ourMedian = median(ours);
    console.log(
      `push: medians: buildah push ${ownMedian.toFixed(3)} s; layout + registry client ${ourMedian.toFixed(3)} s ` +
        `(layout ${median(phases.map((p) => p.placeholders + p.export))} ms, the rest ${median(phases.map((p) => p.upload))} ms); ` +
        `same digest both ways: ${sameDigest ? 'yes' : 'NO'}`,
    );
    const ratio = ourMedian / ownMedian;
    const line = `layout-push/buildah-push = ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'PASS' : 'FAIL'}`;
    console.log(line);
    return line.endsWith('PASS');
  } finally {
    for (const child of registries) child.kill('SIGTERM');
    spawnSync('chmod', ['-R', 'u+w', scratch]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
