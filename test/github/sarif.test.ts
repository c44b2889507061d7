/**
 * The SARIF log validates against the SARIF 2.1.0 JSON schema (the copy
 * @microsoft/sarif-multitool-linux ships) and carries what GitHub code scanning reads: rule
 * descriptors with help and level, results with a ruleIndex pointing at them, relative locations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sarifLog, type SarifFinding } from '../../src/github/sarif.js';
import { finalizeFindings, lintDockerfile } from '../../src/core/lint/lint.js';

const require = createRequire(import.meta.url);
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'sarif-2.1.0.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

function lintFindings(file: string, dockerfile: string): SarifFinding[] {
  const settings = { profile: 'databricks' as const };
  return finalizeFindings(lintDockerfile(dockerfile, settings), [], settings).map((f) => ({ ...f, file }));
}

const findings: SarifFinding[] = [
  ...lintFindings(
    'images/ml/Dockerfile',
    'FROM python:3.12 as Build\nMAINTAINER me\nENV API_TOKEN=x\nRUN pip install pandas | tee log\nCMD python app.py\n',
  ),
  {
    file: 'images/ml/Dockerfile',
    line: 4,
    endLine: 5,
    rule: 'SC2086',
    severity: 'info',
    message: 'SC2086: Double quote to prevent globbing and word splitting.',
    fix: 'f',
    docs: 'https://www.shellcheck.net/wiki/SC2086',
  },
];
const tool = { version: '0.1.0', informationUri: 'https://github.com/acme/image-actions' };

describe('SARIF 2.1.0', () => {
  test('validates against the SARIF 2.1.0 schema', () => {
    const log = sarifLog(findings, tool);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  test('an empty run validates too', () => {
    expect(validateSarif(sarifLog([], tool))).toBe(true);
  });

  test('the schema oracle is able to refuse: a result without a message fails', () => {
    const log = sarifLog(findings, tool) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete log.runs[0]?.results[0]?.message;
    expect(validateSarif(log)).toBe(false);
  });

  test('one descriptor per rule that fired; each result points at its descriptor, with its level and location', () => {
    const log = sarifLog(findings, tool) as {
      runs: Array<{
        tool: {
          driver: {
            rules: Array<{ id: string; helpUri: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }>;
          };
        };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine?: number } } }>;
        }>;
      }>;
    };
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(findings.map((f) => f.rule))].sort());
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    const secret = run.results.find((r) => r.ruleId === 'SecretsUsedInArgOrEnv');
    expect(secret?.level).toBe('warning');
    expect(secret?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'images/ml/Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3 },
    });
    const shellcheck = run.results.find((r) => r.ruleId === 'SC2086');
    expect(shellcheck?.level).toBe('note');
    expect(shellcheck?.locations[0]?.physicalLocation.region).toEqual({ startLine: 4, endLine: 5 });
    const descriptor = run.tool.driver.rules.find((r) => r.id === 'DatabricksBaseImage');
    expect(descriptor?.properties.tags).toEqual(['profile', 'databricks', 'dockerfile']);
    expect(run.tool.driver.rules.find((r) => r.id === 'SC2086')?.helpUri).toBe('https://www.shellcheck.net/wiki/SC2086');
  });
});
