/**
 * For builder tests: a dedicated buildah store per test file (root/runroot in a temp dir, vfs),
 * so parallel files never share locks or images; and a multi-platform busybox base whose
 * platforms have *different* layers, as real multi-arch bases do (test/support/base-image.ts
 * repeats one layer for every platform, which is the case buildah 1.28's layer cache mixes up).
 *
 * The busybox binary is amd64: RUN steps only work for linux/amd64 (no emulation here); the other
 * platforms serve COPY-only builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APPLETS = ['sh', 'cat', 'echo', 'true', 'false', 'ls', 'mkdir', 'test', 'wc'];

export interface BuildahStore {
  dir: string;
  root: string;
  runroot: string;
  /** Runs buildah on this store; returns stdout, throws with stderr on failure. */
  buildah(args: string[]): string;
  remove(): void;
}

export function makeBuildahStore(prefix = 'buildah-store-'): BuildahStore {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const root = path.join(dir, 'root');
  const runroot = path.join(dir, 'runroot');
  const globalArgs = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs'];
  return {
    dir,
    root,
    runroot,
    buildah: (args) => execFileSync('buildah', [...globalArgs, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Pushes an index of busybox images, one per platform, each with its own `/etc/platform` file; returns the index digest. */
export function pushDistinctPlatformBase(store: BuildahStore, reference: string, platforms: string[]): string {
  const work = mkdtempSync(path.join(store.dir, 'base-'));
  const list = `localhost/base-list-${path.basename(work).toLowerCase()}`;
  store.buildah(['manifest', 'create', list]);
  for (const platform of platforms) {
    const [os = 'linux', arch = 'amd64', variant] = platform.split('/');
    const rootfs = path.join(work, platform.replaceAll('/', '-'));
    mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
    mkdirSync(path.join(rootfs, 'etc'), { recursive: true });
    cpSync('/bin/busybox', path.join(rootfs, 'bin', 'busybox'));
    for (const applet of APPLETS) symlinkSync('busybox', path.join(rootfs, 'bin', applet));
    writeFileSync(path.join(rootfs, 'etc', 'platform'), `${platform}\n`);
    const container = store.buildah(['from', 'scratch']).trim();
    store.buildah(['add', container, rootfs, '/']);
    store.buildah(['config', '--os', os, '--arch', arch, ...(variant ? ['--variant', variant] : []), '--env', 'PATH=/bin', '--cmd', '/bin/sh', container]);
    const image = store.buildah(['commit', '--quiet', '--timestamp', '0', '--rm', container]).trim();
    store.buildah(['manifest', 'add', list, image]);
  }
  const digestFile = path.join(work, 'digest');
  store.buildah(['manifest', 'push', '--all', '--tls-verify=false', '--digestfile', digestFile, list, `docker://${reference}`]);
  store.buildah(['manifest', 'rm', list]);
  const digest = readFileSync(digestFile, 'utf8').trim();
  rmSync(work, { recursive: true, force: true });
  return digest;
}
