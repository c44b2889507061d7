/**
 * Tiny base images for tests, made without the internet: a root filesystem holding the static
 * /bin/busybox and a few applet symlinks, committed with buildah (vfs storage in a temp root, so
 * parallel tests never share state) and pushed to a loopback registry. A platform can be given
 * (e.g. arm64: the binary will not run there, but COPY-only builds work), and several platforms
 * can be pushed as one index (`buildah manifest create/add/push --all`).
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BasePlatform {
  os?: string;
  architecture: string;
  variant?: string;
}

export interface BaseImageOptions {
  /** `127.0.0.1:<port>` of the registry to push to. */
  registry: string;
  /** Default `base/busybox`. */
  repository?: string;
  /** Default `1`. */
  tag?: string;
  /** Default: the machine's (amd64 here). */
  platform?: BasePlatform;
  labels?: Record<string, string>;
  /** Extra files (path inside the image → content), e.g. to make a base that "moved". */
  files?: Record<string, string>;
  /** For registries with auth. */
  credentials?: { username: string; password: string };
  /** Created time, epoch seconds; fixed by default so the same options give the same digest. */
  timestamp?: number;
}

export interface PushedImage {
  /** `127.0.0.1:<port>/base/busybox:1` */
  ref: string;
  digest: string;
  /** `ref` pinned: `127.0.0.1:<port>/base/busybox@sha256:…` */
  pinned: string;
}

const applets = ['sh', 'ls', 'cat', 'echo', 'true', 'env'];

class Buildah {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'base-image-'));
  private readonly storage = [
    '--root',
    path.join(this.dir, 'root'),
    '--runroot',
    path.join(this.dir, 'runroot'),
    '--storage-driver',
    'vfs',
  ];

  async run(args: string[]): Promise<string> {
    try {
      const { stdout } = await run('buildah', [...this.storage, ...args], { maxBuffer: 16 << 20 });
      return stdout.trim();
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`buildah ${args[0]} failed: ${stderr ?? String(error)}`, { cause: error });
    }
  }

  /** Commits a local image and returns its name in this storage. */
  async commitImage(name: string, options: BaseImageOptions): Promise<string> {
    const rootfs = path.join(this.dir, `rootfs-${name}`);
    mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
    copyFileSync('/bin/busybox', path.join(rootfs, 'bin', 'busybox'));
    chmodSync(path.join(rootfs, 'bin', 'busybox'), 0o755);
    for (const applet of applets) symlinkSync('busybox', path.join(rootfs, 'bin', applet));
    for (const [file, content] of Object.entries(options.files ?? {})) {
      const target = path.join(rootfs, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    const container = await this.run(['from', '--quiet', 'scratch']);
    await this.run(['copy', '--quiet', container, `${rootfs}/`, '/']);
    const platform = options.platform;
    const config = ['config', '--cmd', '["/bin/sh"]', '--env', 'PATH=/bin'];
    if (platform) {
      config.push('--os', platform.os ?? 'linux', '--arch', platform.architecture);
      if (platform.variant) config.push('--variant', platform.variant);
    }
    for (const [key, value] of Object.entries(options.labels ?? {})) config.push('--label', `${key}=${value}`);
    await this.run([...config, container]);
    const image = `localhost/${name}`;
    await this.run(['commit', '--quiet', '--timestamp', String(options.timestamp ?? 1_700_000_000), container, image]);
    await this.run(['rm', container]);
    return image;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function destination(options: BaseImageOptions): string {
  return `${options.registry}/${options.repository ?? 'base/busybox'}:${options.tag ?? '1'}`;
}

function pushFlags(options: BaseImageOptions, digestFile: string): string[] {
  return [
    '--tls-verify=false',
    '--quiet',
    '--digestfile',
    digestFile,
    ...(options.credentials ? ['--creds', `${options.credentials.username}:${options.credentials.password}`] : []),
  ];
}

/** Builds one busybox image and pushes it; returns its digest. */
export async function pushBaseImage(options: BaseImageOptions): Promise<PushedImage> {
  const buildah = new Buildah();
  try {
    const image = await buildah.commitImage('base', options);
    const digestFile = path.join(buildah.dir, 'digest');
    const ref = destination(options);
    await buildah.run(['push', ...pushFlags(options, digestFile), image, `docker://${ref}`]);
    const digest = readFileSync(digestFile, 'utf8').trim();
    return { ref, digest, pinned: `${ref.slice(0, ref.lastIndexOf(':'))}@${digest}` };
  } finally {
    buildah.remove();
  }
}

export interface MultiPlatformOptions extends Omit<BaseImageOptions, 'platform'> {
  platforms: BasePlatform[];
  /**
   * Give each platform a layer of its own (an `/etc/platform` file), as real multi-arch bases
   * have. Without it every platform repeats one layer: the case buildah 1.28's layer cache mixes up.
   */
  distinctLayers?: boolean;
}

/** Builds one image per platform and pushes them as one OCI index; returns the index digest. */
export async function pushMultiPlatformBase(options: MultiPlatformOptions): Promise<PushedImage> {
  const buildah = new Buildah();
  try {
    const list = 'localhost/base-list';
    await buildah.run(['manifest', 'create', list]);
    for (const [index, platform] of options.platforms.entries()) {
      const name = [platform.os ?? 'linux', platform.architecture, platform.variant].filter(Boolean).join('/');
      const files = options.distinctLayers ? { ...options.files, 'etc/platform': `${name}\n` } : options.files;
      const image = await buildah.commitImage(`base-${index}`, { ...options, platform, ...(files ? { files } : {}) });
      await buildah.run(['manifest', 'add', list, `containers-storage:${image}`]);
    }
    const digestFile = path.join(buildah.dir, 'digest');
    const ref = destination(options);
    await buildah.run(['manifest', 'push', '--all', ...pushFlags(options, digestFile), list, `docker://${ref}`]);
    const digest = readFileSync(digestFile, 'utf8').trim();
    return { ref, digest, pinned: `${ref.slice(0, ref.lastIndexOf(':'))}@${digest}` };
  } finally {
    buildah.remove();
  }
}
