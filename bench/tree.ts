/**
 * A deterministic benchmark tree: `files` regular files totalling `totalBytes`, mixed sizes
 * (mostly small, some medium, a few large), pseudo-random incompressible content (AES-CTR key
 * stream, so the same seed always gives the same bytes), spread over nested folders, with a few
 * executables, symlinks and an empty folder, a Dockerfile and a `.dockerignore` that excludes `.git`.
 */
import { createCipheriv } from 'node:crypto';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small, fast, seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contentFor(index: number, size: number): Buffer {
  const key = Buffer.alloc(16, 7);
  const iv = Buffer.alloc(16);
  iv.writeUInt32BE(index, 12);
  const cipher = createCipheriv('aes-128-ctr', key, iv);
  return cipher.update(Buffer.alloc(size));
}

export interface TreeStats {
  files: number;
  bytes: number;
}

export function generateTree(root: string, files = 20_000, totalBytes = 400 * 1024 * 1024, seed = 42): TreeStats {
  const random = prng(seed);
  const raw: number[] = [];
  for (let i = 0; i < files; i++) {
    const r = random();
    if (r < 0.7) raw.push(100 + Math.floor(random() * 8_000));
    else if (r < 0.975) raw.push(8_000 + Math.floor(random() * 56_000));
    else if (r < 0.999) raw.push(64_000 + Math.floor(random() * 448_000));
    else raw.push(1_000_000 + Math.floor(random() * 3_000_000));
  }
  const scale = totalBytes / raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((s) => Math.max(1, Math.floor(s * scale)));
  const drift = totalBytes - sizes.reduce((a, b) => a + b, 0);
  sizes[sizes.length - 1] = (sizes[sizes.length - 1] ?? 0) + drift;

  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'Dockerfile'), 'FROM busybox:1.36\nCOPY . /app\n');
  writeFileSync(path.join(root, '.dockerignore'), '.git\n');
  let bytes = 0;
  sizes.forEach((size, i) => {
    const top = `pkg${String(i % 20).padStart(2, '0')}`;
    const sub = `mod${Math.floor(i / 20) % 10}`;
    const deep = i % 7 === 0 ? 'nested/deeper' : '';
    const dir = path.join(root, top, sub, deep);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `file${i}.bin`);
    writeFileSync(file, contentFor(i, size));
    if (i % 50 === 0) chmodSync(file, 0o755);
    bytes += size;
  });
  mkdirSync(path.join(root, 'empty', 'dir'), { recursive: true });
  symlinkSync('../pkg00/mod0/file0.bin', path.join(root, 'pkg01', 'link-to-file0'));
  symlinkSync('/etc/hostname', path.join(root, 'pkg02', 'link-outside'));
  return { files: sizes.length, bytes };
}
