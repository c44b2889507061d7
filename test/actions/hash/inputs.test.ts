/**
 * The hash action in-process: each kind of bad input fails with one error naming the input, exit
 * code 1, no outputs and no manifest file. (The bundle's own run is in action.integration.test.ts.)
 */
import { existsSync, mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/hash/main.js';
import { runInProcess } from '../../harness/in-process.js';

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hash-inputs-'));
  mkdirSync(path.join(dir, 'image'));
  writeFileSync(path.join(dir, 'image/Dockerfile'), 'ARG PY=3.12\nFROM python:${PY}-slim\nCOPY . /app\n');
  writeFileSync(path.join(dir, 'image/app.py'), 'print(1)\n');
  return dir;
}

const outside = () => mkdtempSync(path.join(tmpdir(), 'elsewhere-'));

const badInputs: Array<[string, Record<string, string>, RegExp, ((ws: string) => void)?]> = [
  [
    'a malformed build-arg line',
    { 'build-args': 'PY=3.12\nNOEQUALS' },
    /^Input 'build-args': line 'NOEQUALS' is not KEY=VALUE\. Write one KEY=VALUE per line$/,
  ],
  ['a build-arg name with spaces', { 'build-args': 'MY ARG=1' }, /^Input 'build-args': 'MY ARG' is not a valid build arg name/],
  [
    'an invalid platform',
    { platforms: 'linux/amd64,linux/' },
    /^Input 'platforms': 'linux\/' is not a platform specifier buildx accepts\. Use os\/arch/,
  ],
  [
    'resolve-images that is not a boolean',
    { 'resolve-images': 'yes' },
    /^Input 'resolve-images': 'yes' is not a boolean\. Use 'true' or 'false'$/,
  ],
  [
    'an insecure registry with a scheme',
    { 'insecure-registries': 'http://reg:5000' },
    /^Input 'insecure-registries': 'http:\/\/reg:5000' is not a host or host:port/,
  ],
  ['a secret line without a value', { secrets: 'TOKEN' }, /^Input 'secrets': a line is not ID=VALUE/],
  ['a context that does not exist', { context: 'nope' }, /^Input 'context': '.*nope' does not exist\. Set context to an existing folder/],
  ['a missing Dockerfile', { dockerfile: 'image/Containerfile' }, /^Input 'dockerfile': '.*Containerfile' does not exist\. Create it/],
  [
    'a context outside the workspace',
    { context: '../' },
    /^Input 'context': '\.\.\/' resolves to .*, outside the workspace .*\. Give a path inside the checked-out repository$/,
  ],
  [
    'a Dockerfile outside the workspace',
    { dockerfile: '/etc/hostname' },
    /^Input 'dockerfile': '\/etc\/hostname' resolves to .*outside the workspace/,
  ],
  [
    'a context that a symlink takes out of the workspace',
    { context: 'escape' },
    /^Input 'context': '.*escape' leads outside the workspace \(to .*\) through a symlink/,
    (ws) => symlinkSync(outside(), path.join(ws, 'escape')),
  ],
  [
    'a Dockerfile that a symlink takes out of the workspace',
    { dockerfile: 'image/Linked' },
    /^Input 'dockerfile': '.*Linked' leads outside the workspace/,
    (ws) => {
      const dir = outside();
      writeFileSync(path.join(dir, 'Dockerfile'), 'FROM busybox\n');
      symlinkSync(path.join(dir, 'Dockerfile'), path.join(ws, 'image/Linked'));
    },
  ],
  [
    'a manifest file outside the workspace',
    { 'manifest-file': '/etc/definition.json' },
    /^Input 'manifest-file': '\/etc\/definition\.json' resolves to .*outside the workspace/,
  ],
  ['an unknown target stage', { target: 'runtime' }, /^Input 'target': stage 'runtime' is not defined in the Dockerfile\. Name a stage/],
  [
    'a malformed .dockerignore',
    {},
    /^Input 'context': \.dockerignore: illegal exclusion pattern/,
    (ws) => writeFileSync(path.join(ws, 'image/.dockerignore'), '!\n'),
  ],
];

describe('hash in-process: bad input', () => {
  test.each(badInputs)('%s: one error naming the input, exit 1, no outputs, no manifest file', async (_name, inputs, message, prepare) => {
    const ws = workspace();
    prepare?.(ws);
    const result = await runInProcess('hash', () => run(), {
      workspace: ws,
      inputs: { 'resolve-images': 'false', context: 'image', 'manifest-file': 'out/def.json', ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(existsSync(path.join(ws, 'out'))).toBe(false);
  });
});
