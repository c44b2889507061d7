/**
 * Minimal base images for builder tests, made offline: a root filesystem of the static busybox
 * binary (+ applet symlinks) committed with buildah and pushed to a loopback registry. Each test
 * file gets its own buildah store (root/runroot in a temp dir, vfs) so parallel files never share
 * locks or images.
 *
 * The busybox binary is amd64: RUN steps only work for linux/amd64 (no emulation here); images
 * for other platforms serve COPY-only builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APPLETS = ['sh', 'cat', 'echo', 'true', 'false', 'ls', 'mkdir', 'test', 'wc', 'cp', 'rm', 'touch', 'env', 'sleep'];

export interface BuildahStore {
  dir: string;
  root: string;
  runroot: string;
  /** `--root … --runroot … --storage-driver vfs` */
  globalArgs: string[];
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
    globalArgs,
    buildah: (args) => execFileSync('buildah', [...globalArgs, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    remove: () => {
      // vfs layers are plain directories; buildah made some of them read-only.
      try {
        execFileSync('chmod', ['-R', 'u+w', dir], { stdio: 'ignore' });
      } catch {
        // best effort
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function rootfs(dir: string, marker?: string): string {
  const fs = path.join(dir, `rootfs-${marker ?? 'plain'}`.replaceAll('/', '-'));
  if (existsSync(fs)) return fs;
  mkdirSync(path.join(fs, 'bin'), { recursive: true });
  mkdirSync(path.join(fs, 'tmp'), { recursive: true });
  mkdirSync(path.join(fs, 'etc'), { recursive: true });
  cpSync('/bin/busybox', path.join(fs, 'bin', 'busybox'));
  for (const applet of APPLETS) symlinkSync('busybox', path.join(fs, 'bin', applet));
  // A per-platform file makes the platforms' layers differ, as real multi-arch bases do.
  if (marker) writeFileSync(path.join(fs, 'etc', 'platform'), `${marker}\n`);
  return fs;
}

export interface BaseOptions {
  /** Default `['linux/amd64']`; several → an index. */
  platforms?: string[];
  /** Give every platform the byte-identical layer (provokes buildah's cross-platform cache mix-up). */
  identicalLayers?: boolean;
}

/** Builds the busybox base and pushes it to `reference` (plain HTTP); returns its digest. */
export function pushBusyboxBase(store: BuildahStore, reference: string, options: BaseOptions = {}): string {
  const platforms = options.platforms ?? ['linux/amd64'];
  const work = mkdtempSync(path.join(store.dir, 'base-'));
  const images: string[] = [];
  for (const platform of platforms) {
    const [os = 'linux', arch = 'amd64', variant] = platform.split('/');
    const container = store.buildah(['from', 'scratch']).trim();
    store.buildah(['add', container, rootfs(work, options.identicalLayers ? undefined : platform), '/']);
    store.buildah(['config', '--os', os, '--arch', arch, ...(variant ? ['--variant', variant] : []), '--env', 'PATH=/bin', '--cmd', '/bin/sh', container]);
    images.push(store.buildah(['commit', '--timestamp', '0', '--rm', container]).trim().split('\n').pop() ?? '');
  }
  const digestFile = path.join(work, 'digest');
  if (platforms.length === 1) {
    store.buildah(['push', '--tls-verify=false', '--digestfile', digestFile, images[0] ?? '', `docker://${reference}`]);
  } else {
    const list = `localhost/base-list-${path.basename(work).toLowerCase()}`;
    store.buildah(['manifest', 'create', list]);
    for (const image of images) store.buildah(['manifest', 'add', list, image]);
    store.buildah(['manifest', 'push', '--all', '--tls-verify=false', '--digestfile', digestFile, list, `docker://${reference}`]);
    store.buildah(['manifest', 'rm', list]);
  }
  const digest = readFileSync(digestFile, 'utf8').trim();
  rmSync(work, { recursive: true, force: true });
  return digest;
}
