/**
 * `npm run demo` is the README's first command: run it for real (registry, catalog, buildah, git)
 * and check what it promises — two runs, the second reusing the image and the version, everything
 * it started stopped and its temp folder removed. Plus the summary renderer it prints with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderSummary } from '../../scripts/demo-render.ts';
import { repoRoot } from '../harness/run-action.js';

describe('renderSummary', () => {
  test.each([
    ['<h3>Register</h3>\n', 'Register\n'],
    [
      '<table><tr><th>Field</th><th>Value</th></tr><tr><td>Image</td><td><code>a &amp; b</code></td></tr></table>\n',
      '  Field  Value\n  ─────  ─────\n  Image  a & b\n',
    ],
    ['<ul><li><code>x</code> modified</li><li>y</li></ul>\n', '  - x modified\n  - y'],
    ['No targets: registered only.\n', '  No targets: registered only.'],
  ])('%j', (html, text) => {
    expect(renderSummary(html)).toBe(text);
  });
});

test('npm run demo: two runs, the second reuses the image and the version, then a promotion to production; everything started is stopped', () => {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/demo.ts'), '--no-install'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 300_000,
  });
  const out = result.stdout;
  expect(result.status, `${out}\n${result.stderr}`).toBe(0);
  expect(out).toContain('==> Run 1: git-state → hash → build → register');
  expect(out).toMatch(/Run 1[\s\S]*reused\s+false[\s\S]*created\s+true/);
  expect(out).toMatch(/Run 2[\s\S]*reused\s+true[\s\S]*created\s+false/);
  expect(out).toContain('The second run built nothing and registered nothing new');
  // Act three: the version promoted to production by tags only.
  expect(out).toMatch(/Run 3: promote[\s\S]*move\s+tags[\s\S]*bytes-copied\s+0\b/);
  expect(out).toMatch(/the channel production of example-image holds \S+ \(sha256:[0-9a-f]{64}\)/);
  expect(out).toContain('promoting it moved only tags: 0 blob bytes copied');
  expect(out).toContain('Production got that very version without a rebuild or a byte copied.');
  expect(out).toContain('Image reused');
  expect(out).not.toContain('::add-mask::');
  const removed = /removed (\/\S+image-actions-demo-\S+)/.exec(out);
  expect(removed).not.toBeNull();
  expect(existsSync(removed![1]!)).toBe(false);
  expect(out).toContain('catalog server stopped');
  expect(out).toMatch(/registry on 127\.0\.0\.1:\d+ stopped/);
}, 300_000);

test('npm run demo without the tools says what to install and starts nothing', () => {
  // Only node on PATH, and --no-install so that, even as root, the demo does not install anything itself.
  const env: Record<string, string> = { PATH: path.dirname(process.execPath), HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/demo.ts'), '--no-install'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('✗ docker-registry');
  expect(result.stdout).toMatch(/Missing: git, docker-registry, buildah, skopeo\b/);
  expect(result.stdout).toMatch(/sudo apt-get update && sudo apt-get install -y git docker-registry buildah skopeo/);
  expect(result.stdout).toContain('npm run demo -- --install');
  expect(result.stdout).not.toContain('Starting a loopback registry');
});
