/**
 * Push benchmark (issue 14): what the build action's push costs with no faults, side by side with
 * buildah's own `buildah push docker://…` of the same built image (a busybox base and two COPY
 * layers of 64 MiB text-like data, ~48 MiB compressed):
 * - the action's push (BuildahBuilder.pushImage): buildah pushes once, without retries of its own;
 *   the registry client would take over only after a transient failure. Target: ≤ 1.05 × buildah.
 * - for information, that retry path alone (BuildahBuilder.pushFromLayout): buildah writes the
 *   image to a local OCI layout (base layer left out) and the registry client uploads it.
 * Every round pushes into fresh registries holding the base image (as a CI registry holds the
 * org's base images; buildah pushed it there, so its blob cache knows to mount it, and the action
 * knows from the build's base images), so no side finds blobs from an earlier round. buildah and
 * the action run back to back in each round, in turn first; the ratio is the median of the rounds'
 * ratios. Self-contained: registries, base image and image are made here; the
 * action's TypeScript is loaded from src/ as is.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { buildah, pushBase } from './build.ts';
import { startRegistry } from './registry.ts';
import { target } from './report.ts';

const ROUNDS = Number(process.env.BENCH_PUSH_ROUNDS ?? 9);
/** The retry path is timed in every this-many-th round only (information, and slow). */
const LAYOUT_EVERY = 3;
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
  const { BuildahBuilder } = await import('../src/builders/buildah.ts');
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
    writeFileSync(path.join(context, 'a'), randomBytes(32 << 20).toString('base64'));
    writeFileSync(path.join(context, 'b'), randomBytes(16 << 20).toString('base64'));
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
    console.log(`push: image ${image.slice(0, 12)} (busybox base + 48 MiB random → 64 MiB base64 in two COPY layers), ${ROUNDS} rounds`);

    const times = { buildah: [] as number[], action: [] as number[], layout: [] as number[] };
    const layoutPhases: Array<{ layout: number; upload: number }> = [];
    const digests = new Set<string>();
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const line: string[] = [];
      // buildah and the action back to back, in turn first (a pair: the machine's load drifts less within it).
      const pair = round % 2 === 0 ? (['buildah', 'action'] as const) : (['action', 'buildah'] as const);
      for (const side of [...pair, ...(round % LAYOUT_EVERY === 0 ? (['layout'] as const) : [])]) {
        const target = await registryWithBase(`round-${round}-${side}`);
        const work = mkdtempSync(path.join(scratch, 'work-'));
        const client = makeRegistryClient(undefined, [], { log: () => undefined });
        const request = {
          contextDir: context,
          dockerfile: path.join(context, 'Dockerfile'),
          repository: `${target.host}/bench/app`,
          tags: [`${target.host}/bench/app:1`],
          platforms: [],
          buildArgs: {},
          secrets: [],
          labels: {},
          cache: { type: 'none' as const, ref: '', read: [], write: false, reason: 'bench' },
          push: true,
          insecureRegistries: [],
          baseImages: [target.base],
        };
        const runner = new SpawnRunner(() => undefined);
        const start = performance.now();
        if (side === 'buildah') {
          const digestFile = path.join(work, 'digest');
          buildah(store, ['push', '--quiet', '--tls-verify=false', '--digestfile', digestFile, image, `docker://${request.tags[0]}`]);
          digests.add(readFileSync(digestFile, 'utf8').trim());
        } else if (side === 'action') {
          const report = await quietly(() => builder.pushImage(request, client, runner, { source: image, work, multi: false }));
          if (report.via !== 'buildah') throw new Error(`round ${round + 1}: the push was handed over with no faults`);
          digests.add(report.digest);
        } else {
          const report = await quietly(() =>
            builder.pushFromLayout(request, client, runner, { source: image, layoutDir: path.join(work, 'layout'), multi: false }),
          );
          layoutPhases.push(report.ms);
          digests.add(report.digest);
        }
        const seconds = (performance.now() - start) / 1000;
        times[side].push(seconds);
        line.push(`${side} ${seconds.toFixed(3)} s`);
        rmSync(work, { recursive: true, force: true });
        for (const child of registries.splice(1)) child.kill('SIGTERM');
      }
      ratios.push((times.action.at(-1) as number) / (times.buildah.at(-1) as number));
      console.log(`push: round ${round + 1}: ${line.join(', ')}; action/buildah ${(ratios.at(-1) as number).toFixed(3)}`);
    }

    const [own, action, layout] = [median(times.buildah), median(times.action), median(times.layout)];
    console.log(
      `push: medians: buildah push ${own.toFixed(3)} s; the action's push ${action.toFixed(3)} s; ` +
        `retry path from a layout ${layout.toFixed(3)} s (layout ${median(layoutPhases.map((p) => p.layout))} ms, ` +
        `upload ${median(layoutPhases.map((p) => p.upload))} ms); one digest on every side: ${digests.size === 1 ? 'yes' : `NO (${[...digests].join(', ')})`}`,
    );
    console.log(`push: retry path/buildah-push = ${(layout / own).toFixed(3)} (information: used only after a transient failure)`);
    // The median of the paired ratios: each pair ran back to back, so the machine's load drifting between rounds cancels out.
    const ratio = median(ratios);
    console.log(`push: ratio of the medians ${(action / own).toFixed(3)}; paired ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
    return target('push', 'push: action-push/buildah-push', ratio, TARGET, '×', `median of ${ratios.length} paired rounds`);
  } finally {
    for (const child of registries) child.kill('SIGTERM');
    spawnSync('chmod', ['-R', 'u+w', scratch]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
