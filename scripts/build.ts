/**
 * Bundles every action (src/actions/<name>/index.ts) and the CLI (src/cli/index.ts) with ncc into
 * dist/<name>/index.js. The bundles are committed: the runner executes them as they are.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import ncc from '@vercel/ncc';
import { asciiOnly } from './ascii-only.ts';
import { digestFile, sourceDigest } from './source-digest.ts';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

const entries: Array<[string, string]> = readdirSync(path.join(root, 'src/actions'))
  .filter((name) => existsSync(path.join(root, 'src/actions', name, 'index.ts')))
  .map((name) => [name, path.join(root, 'src/actions', name, 'index.ts')]);
entries.push(['cli', path.join(root, 'src/cli/index.ts')]);

for (const [name, entry] of entries) {
  if (only.length > 0 && !only.includes(name)) continue;
  const outDir = path.join(root, 'dist', name);
  const { code, assets } = await ncc(entry, { minify: false, sourceMap: false, quiet: true, license: 'licenses.txt', target: 'es2023' });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), name === 'cli' ? `#!/usr/bin/env node\n${asciiOnly(code)}` : asciiOnly(code));
  for (const [file, asset] of Object.entries(assets ?? {})) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, /\.[cm]?js$/.test(file) ? asciiOnly(asset.source.toString()) : asset.source);
  }
  console.error(`built dist/${name}/index.js`);
}
// A partial build leaves the digest stale on purpose: the next test run rebuilds everything.
if (only.length === 0) writeFileSync(digestFile, `${sourceDigest()}\n`);
