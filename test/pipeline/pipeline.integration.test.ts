/**
 * The whole pipeline as the root composite action (action.yml) runs it — git-state → hash → build →
 * register, each bundled action run like the runner runs it, outputs passed on as `with:` values
 * (interpreted by ./composite.ts) — with real git, a real loopback registry, real buildah and the
 * real catalog server. The image is the one in workflows-examples/example-image on a busybox base
 * the test builds, as `npm run demo` does.
 * skopeo, an independent registry client, says which digest the registry holds.
 */
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pushEvent } from '../harness/events.js';
import { repoRoot, type ActionResult } from '../harness/run-action.js';
import { startCatalog, tokens, visibleText, type CatalogForTests } from '../actions/register/support.js';
import { pushBaseImage } from '../support/base-image.js';
import { makeBuildahStore, type BuildahStore } from '../support/buildah-store.js';
import { commitAll, git, initRepo, makeTempDir } from '../support/git-repo.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';
import { runComposite } from './composite.js';

let registry: TestRegistry;
let catalog: CatalogForTests;
let store: BuildahStore;
let base: string;
let tools: string;
let workspace: string;
let repository: string;

const buildahLog = () => path.join(tools, 'buildah-calls.log');
const budCalls = () =>
  existsSync(buildahLog())
    ? readFileSync(buildahLog(), 'utf8')
        .split('\n')
        .filter((line) => / bud /.test(` ${line} `))
    : [];

interface PipelineRun {
  gitState: ActionResult;
  hash: ActionResult;
  build: ActionResult;
  register: ActionResult;
  /** The composite's own outputs. */
  outputs: Record<string, string>;
}

/** One push to main: the root action.yml, interpreted step by step (./composite.ts). */
async function pipeline(): Promise<PipelineRun> {
  const commit = git(workspace, ['rev-parse', 'HEAD']);
  const result = await runComposite(
    {
      context: '.',
      'build-args': `BASE=${base}`,
      'require-clean': 'true',
      image: repository,
      builder: 'buildah',
      endpoint: catalog.url,
      token: tokens.register,
      'image-name': 'example-image',
      targets: 'resource-group/rg-demo',
    },
    {
      workspace,
      eventName: 'push',
      event: pushEvent(commit),
      env: {
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: commit,
        PATH: `${tools}:${process.env.PATH ?? ''}`,
        BUILDAH_ROOT: store.root,
        BUILDAH_RUNROOT: store.runroot,
        STORAGE_DRIVER: 'vfs',
        BUILDAH_ISOLATION: 'chroot',
      },
      timeoutMs: 240_000,
    },
  );
  for (const step of Object.values(result.steps)) expect(step.errors).toEqual([]);
  expect(result.failed).toBeUndefined();
  const { 'git-state': gitState, hash, build, register } = result.steps;
  return { gitState: gitState!, hash: hash!, build: build!, register: register!, outputs: result.outputs };
}

beforeAll(async () => {
  [registry, catalog] = await Promise.all([startRegistry(), startCatalog()]);
  store = makeBuildahStore('pipeline-');
  base = (await pushBaseImage({ registry: registry.host, repository: 'demo/busybox', tag: '1' })).ref;
  repository = `${registry.host}/acme/example-image`;

  // A `buildah` on PATH that records every call, so a run can prove it built nothing.
  tools = makeTempDir('pipeline-tools-');
  const real = ['/usr/bin/buildah', '/bin/buildah'].find((candidate) => existsSync(candidate)) ?? 'buildah';
  writeFileSync(path.join(tools, 'buildah'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${buildahLog()}'\nexec ${real} "$@"\n`);
  chmodSync(path.join(tools, 'buildah'), 0o755);

  workspace = makeTempDir('pipeline-repo-');
  cpSync(path.join(repoRoot, 'workflows-examples/example-image'), workspace, { recursive: true });
  initRepo({}, workspace);
  commitAll(workspace, 'example image');
}, 180_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), catalog?.stop()]);
  store?.remove();
});

describe('git-state → hash → build → register', () => {
  // The scenario's two pushes to main run once, before the tests; each test only reads them (and the
  // release test adds a run of its own), so the tests hold in any order.
  let first: PipelineRun;
  let second: PipelineRun;
  let budsAfterFirst: number;
  let commit: string;
  beforeAll(async () => {
    commit = git(workspace, ['rev-parse', 'HEAD']);
    first = await pipeline();
    budsAfterFirst = budCalls().length;
    second = await pipeline();
  }, 600_000);

  test('the first run builds, pushes and registers the digest the registry holds', async () => {
    expect(first.gitState.outputs).toMatchObject({ commit, clean: 'true', tag: '' });
    expect(first.build.outputs.reused).toBe('false');
    expect(budsAfterFirst).toBe(1);

    const digest = await skopeoDigest(`${repository}:${first.build.outputs.tag}`);
    expect(first.build.outputs.digest).toBe(digest);
    expect(first.build.outputs.image).toBe(`${repository}@${digest}`);

    expect(first.register.outputs).toMatchObject({ version: first.build.outputs.tag, created: 'true' });
    const stored = await catalog.versions('example-image');
    expect(stored[0]).toMatchObject({
      id: first.register.outputs['version-id'],
      version: first.build.outputs.tag,
      digest,
      image_ref: `${repository}@${digest}`,
      source: { commit },
      build: { hash: first.build.outputs.hash },
    });
    // The composite's outputs are its steps' outputs.
    expect(first.outputs).toEqual({
      commit,
      hash: first.build.outputs.hash,
      tag: first.build.outputs.tag,
      image: `${repository}@${digest}`,
      digest,
      tags: first.build.outputs.tags,
      reused: 'false',
      version: first.build.outputs.tag,
      'version-id': stored[0]!.id,
      created: 'true',
      attachments: first.register.outputs.attachments,
    });
  }, 300_000);

  test('the second run reuses: no build, the same version, created=false', async () => {
    expect(second.build.outputs.reused).toBe('true');
    expect(budCalls().length).toBe(budsAfterFirst);
    expect(second.build.outputs.digest).toBe(first.build.outputs.digest);
    expect(second.register.outputs).toMatchObject({
      version: first.register.outputs.version,
      'version-id': first.register.outputs['version-id'],
      created: 'false',
    });
    expect(JSON.parse(second.register.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-demo', image: 'example-image', version: first.build.outputs.tag, changed: false },
    ]);
    expect((await catalog.versions('example-image')).filter((v) => v.version !== '1.0.0')).toHaveLength(1);
  }, 300_000);

  test('a change outside the image (README.md is in .dockerignore) still reuses; tagging the commit v1.0.0 registers 1.0.0 with the same digest', async () => {
    writeFileSync(path.join(workspace, 'README.md'), 'edited, and not part of the image\n');
    commitAll(workspace, 'docs only');
    git(workspace, ['tag', 'v1.0.0']);
    const release = await pipeline();
    expect(release.gitState.outputs.tag).toBe('v1.0.0');
    expect(release.build.outputs.reused).toBe('true');
    expect(budCalls().length).toBe(budsAfterFirst);
    expect(release.register.outputs).toMatchObject({ version: '1.0.0', created: 'true' });
    const stored = await catalog.versions('example-image');
    expect(stored.map((v) => [v.version, v.digest])).toEqual([
      [first.build.outputs.tag, first.build.outputs.digest],
      ['1.0.0', first.build.outputs.digest],
    ]);
    const attachment = await catalog.read(`/v1/targets/${encodeURIComponent('resource-group/rg-demo')}/attachment`);
    expect(attachment).toMatchObject({ version: '1.0.0', revision: 2 });
  }, 300_000);

  test('the hash step and the build step compute the same hash (base images resolved to digests by both)', () => {
    expect(first.build.outputs.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash.outputs.hash).toBe(first.build.outputs.hash);
    expect(first.hash.outputs.tag).toBe(first.build.outputs.tag);
  });

  test('no step printed or stored the catalog token', () => {
    for (const run of [first, second]) {
      for (const result of [run.gitState, run.hash, run.build, run.register]) expect(visibleText(result)).not.toContain(tokens.register);
      expect(JSON.stringify(run.outputs)).not.toContain(tokens.register);
    }
  });
});
