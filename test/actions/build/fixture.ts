/**
 * What the build tests share: a real loopback registry with busybox base images pushed by buildah,
 * a buildah store of their own, a `buildah` on PATH that records every invocation (so a test can
 * prove that no build ran), git repositories as workspaces, and the action run through the
 * runner-faithful harness (dist/build/index.js).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pullRequestEvent, pushEvent } from '../../harness/events.js';
import { runAction, type ActionResult } from '../../harness/run-action.js';
import { pushBaseImage, pushMultiPlatformBase } from '../../support/base-image.js';
import { makeBuildahStore, type BuildahStore } from '../../support/buildah-store.js';
import { commitAll, git, initRepo, makeTempDir } from '../../support/git-repo.js';
import { startRegistry, type RegistryOptions, type TestRegistry } from '../../support/registry.js';

export const COMMIT_DATE = '2026-01-02T03:04:05Z';

export interface BuildFixture {
  registry: TestRegistry;
  store: BuildahStore;
  /** `<registry>/base/busybox:1` (linux/amd64). */
  base: string;
  baseDigest: string;
  /** `<registry>/base/multi:1` (linux/amd64 + linux/arm64). */
  multiBase: string;
  /** Folder holding the recording `buildah` wrapper and its log. */
  tools: string;
  buildahCalls: () => string[];
  resetBuildahCalls: () => void;
  stop: () => Promise<void>;
}

export async function startBuildFixture(options: RegistryOptions = {}): Promise<BuildFixture> {
  const registry = await startRegistry(options);
  const store = makeBuildahStore('build-action-');
  const pushed = await pushBaseImage({ registry: registry.host, repository: 'base/busybox', tag: '1' });
  const multi = await pushMultiPlatformBase({
    registry: registry.host,
    repository: 'base/multi',
    tag: '1',
    platforms: [{ architecture: 'amd64' }, { architecture: 'arm64' }],
  });
  const base = pushed.ref;
  const baseDigest = pushed.digest;
  const multiBase = multi.ref;

  const tools = makeTempDir('build-tools-');
  const log = path.join(tools, 'buildah-calls.log');
  const real = ['/usr/bin/buildah', '/bin/buildah'].find((candidate) => existsSync(candidate)) ?? 'buildah';
  writeFileSync(path.join(tools, 'buildah'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec ${real} "$@"\n`);
  chmodSync(path.join(tools, 'buildah'), 0o755);
  return {
    registry,
    store,
    base,
    baseDigest,
    multiBase,
    tools,
    buildahCalls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
        : [],
    resetBuildahCalls: () => writeFileSync(log, ''),
    stop: async () => {
      await registry.stop();
      store.remove();
    },
  };
}

/** A committed repository holding `files` (the workspace of a run). */
export function workspaceRepo(files: Record<string, string>): { dir: string; commit: string } {
  const dir = initRepo(files);
  return { dir, commit: git(dir, ['rev-parse', 'HEAD']) };
}

export function commitChange(dir: string, files: Record<string, string>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return commitAll(dir, 'change', COMMIT_DATE);
}

export interface BuildRun {
  workspace: string;
  inputs: Record<string, string>;
  /** `push` (to main, the default branch) or `pull_request`. */
  event?: 'push' | 'pull_request';
  commit: string;
  env?: Record<string, string>;
}

/** Runs dist/build/index.js as the runner would, with buildah in a private store. */
export function runBuild(fixture: BuildFixture, run: BuildRun): Promise<ActionResult> {
  const home = makeTempDir('build-home-');
  const pr = run.event === 'pull_request';
  return runAction('build', {
    workspace: run.workspace,
    inputs: { builder: 'buildah', ...run.inputs },
    eventName: pr ? 'pull_request' : 'push',
    event: pr ? pullRequestEvent(run.commit, '1'.repeat(40), '2'.repeat(40)) : pushEvent(run.commit),
    env: {
      PATH: `${fixture.tools}:${process.env.PATH ?? ''}`,
      HOME: home,
      GITHUB_REF: pr ? 'refs/pull/17/merge' : 'refs/heads/main',
      GITHUB_SHA: pr ? '2'.repeat(40) : run.commit,
      BUILDAH_ROOT: fixture.store.root,
      BUILDAH_RUNROOT: fixture.store.runroot,
      STORAGE_DRIVER: 'vfs',
      BUILDAH_ISOLATION: 'chroot',
      ...run.env,
    },
    timeoutMs: 240_000,
  });
}

/** Tags of a repository as the registry lists them (empty when the repository does not exist). */
export async function registryTags(
  registry: Pick<TestRegistry, 'url'>,
  repository: string,
  headers: Record<string, string> = {},
): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${repository}/tags/list`, { headers });
  if (response.status === 404) return [];
  if (response.status !== 200) throw new Error(`tags/list of ${repository}: HTTP ${response.status}`);
  const body = (await response.json()) as { tags?: string[] | null };
  return (body.tags ?? []).sort();
}

/** A short digest of a result for failure messages. */
export function describeRun(result: ActionResult): string {
  return `exit ${result.exitCode}; errors: ${result.errors.join(' | ')}; outputs: ${JSON.stringify(result.outputs)}\n${result.stdout.slice(-3000)}`;
}

/**
 * Everything the step wrote that a person can read: all text except the `::add-mask::` commands,
 * which the runner consumes (to learn what to mask) and never prints.
 */
export function visibleText(result: ActionResult): string {
  return result.allText
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
