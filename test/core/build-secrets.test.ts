import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBuildSecrets, type SecretLines } from '../../src/core/build-secrets.js';
import { buildahBudArgs } from '../../src/builders/buildah.js';
import type { BuildRequest } from '../../src/builders/builder.js';
import { readDefinitionInputs } from '../../src/hash/definition-inputs.js';
import { runInProcess } from '../harness/in-process.js';

describe('the three secret inputs (docker/build-push-action grammar)', () => {
  test.each<[string, SecretLines, Pick<ReturnType<typeof parseBuildSecrets>, 'secrets' | 'environment'>]>([
    [
      'secrets: the value travels in an environment variable of ours',
      { secrets: ['token=s3cr3t'] },
      { secrets: [{ id: 'token', env: 'IMAGE_ACTIONS_SECRET_0' }], environment: { IMAGE_ACTIONS_SECRET_0: 's3cr3t' } },
    ],
    [
      'secrets: a value may hold = and ,',
      { secrets: ['token=a=b,c'] },
      { secrets: [{ id: 'token', env: 'IMAGE_ACTIONS_SECRET_0' }], environment: { IMAGE_ACTIONS_SECRET_0: 'a=b,c' } },
    ],
    [
      'secrets: the line PIP_TOKEN=id is the secret PIP_TOKEN',
      { secrets: ['PIP_TOKEN=id'] },
      { secrets: [{ id: 'PIP_TOKEN', env: 'IMAGE_ACTIONS_SECRET_0' }], environment: { IMAGE_ACTIONS_SECRET_0: 'id' } },
    ],
    [
      'secret-envs: the step variable of that name',
      { secretEnvs: ['gh=GH_TOKEN'] },
      { secrets: [{ id: 'gh', env: 'GH_TOKEN' }], environment: {} },
    ],
    [
      'secret-files: resolved in the workspace',
      { secretFiles: ['npmrc=.npmrc'] },
      { secrets: [{ id: 'npmrc', src: '/ws/.npmrc' }], environment: {} },
    ],
    [
      'all three, in input order',
      { secrets: ['a=1'], secretEnvs: ['b=B'], secretFiles: ['c=/tmp/c'] },
      {
        secrets: [
          { id: 'a', env: 'IMAGE_ACTIONS_SECRET_0' },
          { id: 'b', env: 'B' },
          { id: 'c', src: '/tmp/c' },
        ],
        environment: { IMAGE_ACTIONS_SECRET_0: '1' },
      },
    ],
  ])('%s', (_name, lines, expected) => {
    expect(parseBuildSecrets(lines, '/ws')).toMatchObject(expected);
  });

  test.each<[string, SecretLines, RegExp]>([
    // The bug this grammar fixes: `id=PIP_TOKEN` was hashed as the id 'id' and mounted as 'PIP_TOKEN'.
    ["Docker's id= form in secrets", { secrets: ['id=PIP_TOKEN'] }, /Input 'secrets': a line starts with 'id='.*Name the secret first/],
    ["Docker's id=…,src= form in secrets", { secrets: ['id=a,source=f'] }, /Input 'secrets': a line starts with 'id='/],
    ['id= in secret-envs', { secretEnvs: ['id=X'] }, /Input 'secret-envs': a line starts with 'id='/],
    ['a bare id in secrets', { secrets: ['PIP_TOKEN'] }, /Input 'secrets': a line is not ID=VALUE\. Write one ID=VALUE/],
    ['an empty value', { secretEnvs: ['a='] }, /Input 'secret-envs': 'a=' is not ID=VARIABLE/],
    ['a bad id', { secretFiles: ['a b=f'] }, /secret id 'a b' is not valid/],
    ['not a variable name', { secretEnvs: ['a=1X'] }, /'1X' is not an environment variable name/],
    ['the same id twice in one input', { secrets: ['a=1', 'a=2'] }, /secret 'a' is given twice\./],
    [
      'the same id in two inputs',
      { secrets: ['a=1'], secretEnvs: ['a=A'] },
      /Input 'secret-envs': secret 'a' is given twice \(also in secrets\)/,
    ],
    ['a comma in a file path', { secretFiles: ['a=x,y'] }, /has a comma in its path/],
  ])('%s is refused', (_name, lines, message) => {
    expect(() => parseBuildSecrets(lines, '/ws')).toThrow(message);
  });

  test('an error never quotes a secrets line (it holds a credential)', () => {
    expect(() => parseBuildSecrets({ secrets: ['hunter2-no-equals'] }, '/ws')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

const id = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).filter((value) => value !== 'id');
const variable = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);
const value = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((text) => text.trim() === text && !text.includes('\n') && !text.startsWith('#'));

function budSecretIds(args: string[]): string[] {
  return args.flatMap((arg, i) => (args[i - 1] === '--secret' ? [/^id=([^,]+),/.exec(arg)?.[1] ?? '?'] : [])).sort();
}

describe('for every accepted line, the ids hashed are the ids the builder receives', () => {
  test('property: hash action inputs → definition ids == buildah --secret ids', async () => {
    const lines = fc.record({
      secrets: fc.array(
        fc.tuple(id, value).map(([k, v]) => `${k}=${v}`),
        { maxLength: 3 },
      ),
      'secret-envs': fc.array(
        fc.tuple(id, variable).map(([k, v]) => `${k}=${v}`),
        { maxLength: 3 },
      ),
      'secret-files': fc.array(
        fc.tuple(id, fc.stringMatching(/^[a-z0-9_][a-z0-9_.-]{0,9}$/)).map(([k, v]) => `${k}=${v}`),
        { maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(lines, async (given) => {
        const run = await runInProcess('hash', () => readDefinitionInputs(), {
          inputs: Object.fromEntries(Object.entries(given).map(([name, list]) => [name, list.join('\n')])),
        });
        if (run.thrown) {
          // Refused lines are refused by the one parser: duplicated ids are the only way to get here.
          expect(String(run.thrown)).toMatch(/given twice/);
          return;
        }
        const hashed = run.value!.secrets.ids;
        const request = {
          contextDir: '/ctx',
          dockerfile: '/ctx/Dockerfile',
          repository: 'r/app',
          tags: [],
          platforms: [],
          buildArgs: {},
          labels: {},
          secrets: run.value!.secrets.secrets,
          cache: { type: 'none', ref: '', read: [], write: false, reason: '' },
          push: false,
          insecureRegistries: [],
          environment: {},
        } as BuildRequest;
        expect(budSecretIds(buildahBudArgs(request))).toEqual(hashed);
      }),
      { numRuns: 150 },
    );
  });
});
