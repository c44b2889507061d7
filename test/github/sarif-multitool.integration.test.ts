/**
 * Microsoft's SARIF Multitool (the @microsoft/sarif-multitool-linux package) as a second oracle: its
 * `validate` checks the schema and SARIF's own rules. It exits 0 even for invalid files, so its
 * output is what is read: no error and no warning for our log, and an error for a broken one (so
 * the test can fail).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SpawnRunner } from '../../src/runtime/exec.js';
import { sarifLog } from '../../src/github/sarif.js';
import { finalizeFindings, lintDockerfile } from '../../src/core/lint/lint.js';

const require = createRequire(import.meta.url);
const multitool = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
const scratch = mkdtempSync(path.join(tmpdir(), 'sarif-multitool-'));

async function multitoolSays(log: unknown): Promise<string[]> {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.sarif`);
  writeFileSync(file, JSON.stringify(log, null, 2));
  const result = await new SpawnRunner(() => {}).run(multitool, ['validate', file], {
    quiet: true,
    env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  expect(result.stdout).toContain('Analysis completed successfully');
  return result.stdout.split('\n').filter((line) => / (error|warning) [A-Z]+\d+:/.test(line));
}

describe('SARIF Multitool validate', () => {
  test('our log: no error, no warning', async () => {
    const settings = { profile: 'zenml' as const };
    const findings = finalizeFindings(
      lintDockerfile(
        'FROM python:3.12 as Build\nMAINTAINER me\nENV API_TOKEN=x\nRUN pip install pandas | tee log\nCMD python app.py\n',
        settings,
      ),
      [],
      settings,
    ).map((f) => ({ ...f, file: 'images/ml/Dockerfile' }));
    expect(findings.length).toBeGreaterThan(5);
    expect(await multitoolSays(sarifLog(findings, { version: '0.1.0', informationUri: 'https://github.com/acme/image-actions' }))).toEqual(
      [],
    );
  });

  test('a broken log is reported (the oracle can fail)', async () => {
    const broken = sarifLog([], { version: '0.1.0', informationUri: 'https://github.com/acme/image-actions' }) as {
      runs: Array<{ results: unknown[] }>;
    };
    broken.runs[0]?.results.push({ ruleId: 'X' });
    expect((await multitoolSays(broken)).join('\n')).toMatch(/error JSON\d+: .*'message' is missing/);
  });
});
