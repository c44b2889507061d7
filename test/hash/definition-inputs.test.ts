import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDefinitionInputs } from '../../src/hash/definition-inputs.js';
import { runInProcess } from '../harness/in-process.js';

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'definition-inputs-'));
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'app/Dockerfile'), 'FROM scratch\n');
  return dir;
}

describe('manifest-file', () => {
  const outside = path.join(tmpdir(), 'elsewhere', 'definition.json');

  // Regression: from the CLI a path outside the current folder was refused unless RUNNER_TEMP was set.
  test('from a terminal (not inside Actions) any path is taken', async () => {
    const run = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: workspace(),
      inputs: { context: 'app', 'manifest-file': outside },
      env: { GITHUB_ACTIONS: undefined, RUNNER_TEMP: undefined },
    });
    expect(run.thrown).toBeUndefined();
    expect(run.value?.manifestFile).toBe(outside);
  });

  test('inside Actions it must be in the workspace or RUNNER_TEMP', async () => {
    const ws = workspace();
    const refused = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: ws,
      inputs: { context: 'app', 'manifest-file': outside },
    });
    expect(String(refused.thrown)).toMatch(/Input 'manifest-file': '.*' resolves to .*, outside the workspace/);
    const temp = path.join(ws, '..', path.basename(ws) + '-temp');
    const inTemp = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: ws,
      inputs: { context: 'app', 'manifest-file': path.join(temp, 'd.json') },
      env: { RUNNER_TEMP: temp },
    });
    expect(inTemp.value?.manifestFile).toBe(path.join(temp, 'd.json'));
    const inside = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: ws,
      inputs: { context: 'app', 'manifest-file': 'out/d.json' },
    });
    expect(inside.value?.manifestFile).toBe(path.join(ws, 'out/d.json'));
  });
});

describe('secret-files', () => {
  test('inside Actions a file outside the workspace and RUNNER_TEMP is refused', async () => {
    const run = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: workspace(),
      inputs: { context: 'app', 'secret-files': 'netrc=/etc/passwd' },
    });
    expect(String(run.thrown)).toMatch(/Input 'secret-files'/);
  });

  test('a secrets value is masked before anything else is checked', async () => {
    const run = await runInProcess('hash', () => readDefinitionInputs(), {
      workspace: workspace(),
      inputs: { context: 'missing-folder', secrets: 'TOKEN=hunter2secret' },
    });
    expect(run.log).toContain('::add-mask::hunter2secret');
    expect(run.log.indexOf('::add-mask::')).toBe(0);
  });
});
