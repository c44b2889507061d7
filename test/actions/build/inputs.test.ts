/**
 * The build action in-process, its seams replaced by recorders: every bad input fails with one error
 * naming the input before any registry client is made or any builder command runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/build/main.js';
import type { CommandRunner } from '../../../src/runtime/exec.js';
import { runInProcess } from '../../harness/in-process.js';

function seams() {
  const commands: string[][] = [];
  const clients: unknown[] = [];
  const runner: CommandRunner = {
    run: async (command, args) => {
      commands.push([command, ...args]);
      return { exitCode: 1, output: 'not expected', stdout: '' };
    },
  };
  return {
    commands,
    clients,
    seams: {
      runner,
      registry: (...args: unknown[]) => {
        clients.push(args);
        throw new Error('no registry client may be made for bad input');
      },
    },
  };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-inputs-'));
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
  writeFileSync(path.join(dir, 'app.txt'), 'x\n');
  return dir;
}

const image = '127.0.0.1:5000/app';

describe('build in-process: bad input, nothing contacted', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'a malformed image reference',
      { image: 'ghcr.io/Acme/App' },
      /^Input 'image': Invalid image reference "ghcr.io\/Acme\/App": repository name must be lowercase/,
    ],
    ['an image with a tag', { image: '127.0.0.1:5000/app:1' }, /^Input 'image': .*expected a repository without tag or digest/],
    ['no image', { image: '' }, /^Input 'image': is required but empty/],
    [
      'an unknown builder',
      { image, builder: 'docker' },
      /^Input 'builder': 'docker' is not a known builder\. Use one of: auto, buildx, buildah/,
    ],
    ['an invalid platform', { image, platforms: 'linux/' }, /^Input 'platforms': 'linux\/' is not a platform specifier buildx accepts/],
    ['an unknown cache', { image, cache: 's3' }, /^Input 'cache': 's3' is not supported/],
    ['a bad extra tag', { image, tags: 'ok, -bad' }, /^Input 'tags': '-bad' is not a valid tag/],
    ['a hash-shaped extra tag', { image, tags: `h1-${'a'.repeat(32)}` }, /^Input 'tags': 'h1-a+' has the shape of a hash tag/],
    [
      'an extra tag of another repository',
      { image, tags: 'ghcr.io/other/app:1' },
      /^Input 'tags': 'ghcr.io\/other\/app:1' names the repository/,
    ],
    [
      'a username without a password',
      { image, 'registry-username': 'ci' },
      /^Input 'registry-password': is empty while the other registry credential is set/,
    ],
    ['force-rebuild that is not a boolean', { image, 'force-rebuild': 'maybe' }, /^Input 'force-rebuild': 'maybe' is not a boolean/],
    ['a context outside the workspace', { image, context: '../..' }, /^Input 'context': .*outside the workspace/],
    ["Docker's id= form in secrets", { image, secrets: 'id=PIP_TOKEN' }, /^Input 'secrets': a line starts with 'id='/],
    [
      'the same secret in two inputs',
      { image, secrets: 'a=1', 'secret-envs': 'a=A' },
      /^Input 'secret-envs': secret 'a' is given twice \(also in secrets\)/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const recorded = seams();
    const result = await runInProcess('build', () => run(recorded.seams as never), { workspace: workspace(), inputs });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(recorded.clients).toEqual([]);
    expect(recorded.commands).toEqual([]);
  });

  test('a registry password is masked before anything can fail', async () => {
    const recorded = seams();
    const result = await runInProcess('build', () => run(recorded.seams as never), {
      workspace: workspace(),
      inputs: { image: 'NOT VALID', 'registry-username': 'ci', 'registry-password': 'pw-0d9e8f7a' },
    });
    expect(result.log.split('\n')[0]).toBe('::add-mask::pw-0d9e8f7a');
    expect(result.allText.replace(/^::add-mask::.*$/gm, '')).not.toContain('pw-0d9e8f7a');
  });
});
