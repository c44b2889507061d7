/**
 * workflows-examples/pr-checks.yml is what users copy for pull requests: it must run on
 * pull_request with read-only contents, grant only what the comment and the SARIF upload need, and
 * hand the validate step's SARIF to upload-sarif. (action-metadata.test.ts parses it with
 * @actions/workflow-parser.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../harness/run-action.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(repoRoot, 'workflows-examples/pr-checks.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.validate;
const steps = job?.steps ?? [];

describe('pull-request checks workflow', () => {
  test('runs on pull_request, the workflow reads only', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('the job adds exactly the comment and the SARIF upload', () => {
    expect(job?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  });

  test('checks out the history the base comparison needs, validates, uploads the SARIF it wrote', () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(steps[0]?.with?.['fetch-depth']).toBe(0);
    const validate = steps.find((step) => step.uses?.includes('/actions/validate@'));
    expect(validate?.id).toBe('validate');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe(validate?.with?.['sarif-file']);
    expect(upload?.if).toContain('always()');
  });

  test('no ${{ }} inside run:', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});
