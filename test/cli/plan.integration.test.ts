/**
 * `image-actions plan` (the built CLI, as a subprocess) on a monorepo of two images, one of which
 * the build action already pushed: only the other one is in the matrix.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../harness/run-action.js';
import { makeTempDir } from '../support/git-repo.js';
import { describeRun, runBuild, startBuildFixture, workspaceRepo, type BuildFixture } from '../actions/build/fixture.js';

let fixture: BuildFixture;
beforeAll(async () => {
  fixture = await startBuildFixture();
}, 180_000);
afterAll(async () => {
  await fixture?.stop();
});

function plan(workspace: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), 'plan', ...args], {
    cwd: workspace,
    env: { PATH: process.env.PATH ?? '', HOME: makeTempDir('plan-home-'), GITHUB_WORKSPACE: workspace },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('plan', () => {
  test('two images, one already pushed: the matrix holds the other; the pushed one is listed with its digest', async () => {
    const host = fixture.registry.host;
    const repo = workspaceRepo({
      'services/api/Dockerfile': `FROM ${fixture.base}\nCOPY main.txt /main.txt\n`,
      'services/api/main.txt': 'api\n',
      'services/worker/Dockerfile': `FROM ${fixture.base}\nARG MODE\nCOPY job.txt /job.txt\n`,
      'services/worker/job.txt': 'worker\n',
      'images.yaml': [
        'images:',
        '  - name: api',
        `    image: ${host}/mono/api`,
        '    context: services/api',
        '  - name: worker',
        `    image: ${host}/mono/worker`,
        '    context: services/worker',
        '    build-args: { MODE: "batch" }',
        '    platforms: linux/amd64',
        '    labels: { team: data }',
        '    tags: [latest]',
      ].join('\n'),
    });
    const built = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${host}/mono/api`, context: 'services/api' },
    });
    expect(built.exitCode, describeRun(built)).toBe(0);

    const result = plan(repo.dir, ['--file', 'images.yaml']);
    expect(result.status, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as { include: Array<Record<string, string>>; reused: Array<Record<string, string>> };
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(output.reused).toEqual([
      {
        name: 'api',
        image: `${host}/mono/api@${built.outputs.digest}`,
        digest: built.outputs.digest,
        tag: built.outputs.tag,
        hash: built.outputs.hash,
      },
    ]);
    expect(output.include).toHaveLength(1);
    expect(output.include[0]).toMatchObject({
      name: 'worker',
      image: `${host}/mono/worker`,
      context: 'services/worker',
      dockerfile: 'services/worker/Dockerfile',
      'build-args': 'MODE=batch',
      platforms: 'linux/amd64',
      target: '',
      labels: 'team=data',
      tags: 'latest',
    });
    expect(output.include[0]?.tag).toMatch(/^h1-[0-9a-f]{32}$/);
    expect(output.include[0]?.reason).toMatch(/no image is tagged h1-/);
    expect(result.stderr).toContain('1 to build, 1 reused');

    // The matrix entry is exactly what the build action needs: building it gives the planned hash.
    const worker = output.include[0] as Record<string, string>;
    const next = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: {
        image: worker.image ?? '',
        context: worker.context ?? '',
        dockerfile: worker.dockerfile ?? '',
        'build-args': worker['build-args'] ?? '',
        platforms: worker.platforms ?? '',
        labels: worker.labels ?? '',
        tags: worker.tags ?? '',
      },
    });
    expect(next.exitCode, describeRun(next)).toBe(0);
    expect(next.outputs.hash).toBe(worker.hash);
    const after = JSON.parse(plan(repo.dir, ['--file', 'images.yaml']).stdout) as { include: unknown[]; reused: unknown[] };
    expect(after.include).toEqual([]);
    expect(after.reused).toHaveLength(2);
  }, 300_000);

  test.each<[string, string[], number, RegExp]>([
    ['no --file', [], 2, /--file is required/],
    ['an unknown flag', ['--file', 'x.yaml', '--fast', 'yes'], 2, /plan: Unknown option '--fast'/],
    ['a missing file', ['--file', 'nope.yaml'], 1, /Input 'file': cannot read .*nope.yaml: ENOENT/],
    ['a file outside the workspace', ['--file', '../elsewhere.yaml'], 1, /outside the workspace/],
  ])('%s', (_name, args, status, message) => {
    const workspace = makeTempDir('plan-ws-');
    const result = plan(workspace, args);
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
