/**
 * The promote action as the runner runs it (dist/promote/index.js in a child process): the
 * contract of inputs, outputs, the job summary and the one error line, against real registries,
 * the reference catalog and a loopback GitHub. Most bad input is tested in-process (inputs.test.ts);
 * a few cases here show the bundle behaves the same.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, runAction, type RunActionOptions } from '../../harness/run-action.js';
import { skopeoDigest } from '../../support/skopeo.js';
import {
  catalogInputs,
  channelVersion,
  commit,
  githubToken,
  hashes,
  promoteDirectly,
  registerVersion,
  registryUser,
  startWorld,
  tagAt,
  tokens,
  type World,
} from './support.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
  const staged = await registerVersion(world, 'bundle', '1.0.0', world.images.v1, hashes.v1);
  await registerVersion(world, 'bundle', '1.1.0', world.images.v2, hashes.v2);
  await promoteDirectly(world, 'bundle', 'staging', staged);
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

function promote(inputs: Record<string, string>, options: RunActionOptions = {}) {
  return runAction('promote', {
    inputs: catalogInputs(world, { 'image-name': 'bundle', 'to-channel': 'production', ...inputs }),
    env: { DOCKER_CONFIG: world.dockerConfig, GITHUB_API_URL: world.github.url, ...options.env },
    timeoutMs: 120_000,
  });
}

const visible = (text: string) => text.replace(/^::add-mask::.*$/gm, '');

describe('dist/promote/index.js', () => {
  test('staging → production in another registry: outputs, summary, deployment; skopeo sees the same digest', async () => {
    const { v1 } = world.images;
    const result = await promote({
      'from-channel': 'staging',
      'require-channel': 'staging',
      'to-image': `${world.other.host}/prod/bundle`,
      tags: 'prod',
      targets: 'resource-group/rg-prod',
      'github-token': githubToken,
      environment: 'production',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      version: '1.0.0',
      digest: v1.digest,
      image: `${world.other.host}/prod/bundle@${v1.digest}`,
      'previous-version': '',
      move: 'copy',
      'deployment-id': expect.stringMatching(/^90\d\d$/),
    });
    expect(Number(result.outputs['bytes-copied'])).toBeGreaterThan(1_000_000);
    expect(JSON.parse(result.outputs.attachments!)).toEqual([
      { target: 'resource-group/rg-prod', image: 'bundle', version: '1.0.0', changed: true },
    ]);
    for (const tag of ['1.0.0', 'prod']) expect(await skopeoDigest(`${world.other.host}/prod/bundle:${tag}`)).toBe(v1.digest);
    expect(await channelVersion(world, 'bundle', 'production')).toBe('1.0.0');
    const create = world.github.requests.find((r) => r.path.endsWith('/deployments'));
    expect(JSON.parse(create!.body)).toMatchObject({ ref: commit, environment: 'production', task: 'promote' });
    expect(result.summary).toContain('<h3>Promote</h3>');
    expect(result.summary).toContain('production: nothing → <code>1.0.0</code>');
    expect(result.summary).toContain('resource-group/rg-prod');
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${tokens.all}`);
    for (const secret of [tokens.all, githubToken]) expect(visible(result.allText)).not.toContain(secret);
  });

  test.each([
    [
      'a to-image with a tag',
      { version: '1.1.0', 'to-image': `127.0.0.1:1/prod/bundle:1.1.0` },
      "Input 'to-image': Invalid image reference",
    ],
    ['an unknown version', { version: '7.7.7' }, "Input 'version': bundle has no version '7.7.7' on catalog"],
    [
      'a require-channel mismatch',
      { version: '1.1.0', 'require-channel': 'staging' },
      "Input 'require-channel': channel staging of bundle holds 1.0.0, not 1.1.0",
    ],
    ['an unknown from-channel', { 'from-channel': 'qa' }, "Input 'from-channel': channel qa of bundle holds no version"],
  ])('bad input — %s: exit 1, one error line, nothing moved', async (_name, inputs, message) => {
    const before = await channelVersion(world, 'bundle', 'production');
    const result = await promote({ ...inputs, 'to-channel': 'canary' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining(message)]);
    expect(result.outputs).toEqual({});
    expect(await channelVersion(world, 'bundle', 'canary')).toBeUndefined();
    expect(await channelVersion(world, 'bundle', 'production')).toBe(before);
  });

  test('no credentials for the destination registry: exit 1, the error names registry-username, nothing pushed', async () => {
    const result = await promote({
      version: '1.1.0',
      'to-channel': 'canary',
      'to-image': `${world.auth.host}/prod/bundle`,
      tags: 'canary',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining("Input 'registry-username': the destination registry")]);
    expect(await channelVersion(world, 'bundle', 'canary')).toBeUndefined();
    const listed = await fetch(`${world.auth.url}/v2/_catalog`, {
      headers: { authorization: `Basic ${Buffer.from(`${registryUser.username}:${registryUser.password}`).toString('base64')}` },
    });
    expect(((await listed.json()) as { repositories: string[] }).repositories).not.toContain('prod/bundle');
    expect(await tagAt(world.other, 'prod/bundle', '1.1.0')).toBeUndefined();
  });
});

test('the CLI runs it too: image-actions promote --help lists its inputs and outputs', () => {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/index.js'), 'promote', '--help'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  for (const flag of [
    '--version',
    '--from-channel',
    '--to-channel',
    '--require-channel',
    '--to-image',
    '--github-token',
    '--environment',
  ]) {
    expect(result.stdout).toContain(flag);
  }
  expect(result.stdout).toContain('bytes-copied:');
});
