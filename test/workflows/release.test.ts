/**
 * workflows-examples/release.yml: what a team copies to promote releases. Its shape is checked
 * here (it also parses with @actions/workflow-parser in test/actions/action-metadata.test.ts):
 * the triggers, least privilege, the environment that gates it, and the inputs it gives promote.
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
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { release?: { types: string[] }; workflow_dispatch?: { inputs: Record<string, { required?: boolean }> } };
  permissions: Record<string, string>;
  jobs: Record<string, { environment?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(repoRoot, 'workflows-examples/release.yml'), 'utf8')) as Workflow;
const actionInputs = Object.keys(
  (parse(readFileSync(path.join(repoRoot, 'actions/promote/action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs,
);

describe('release workflow', () => {
  test('runs on a published release and by hand with a version', () => {
    expect(workflow.on.release).toEqual({ types: ['published'] });
    expect(workflow.on.workflow_dispatch?.inputs.version?.required).toBe(true);
  });

  test('least privilege: read-only at the top; deployments: write only in the job that records one', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const records = job.steps.some((step) => step.with?.['github-token'] !== undefined);
      expect(job.permissions?.deployments === 'write', name).toBe(records);
      expect(
        Object.values(job.permissions ?? {}).filter((level) => level === 'write'),
        name,
      ).toEqual(records ? ['write'] : []);
    }
  });

  test('the promote job runs in the production environment and promotes staging → production', () => {
    const job = workflow.jobs.promote!;
    expect(job.environment).toBe('production');
    const step = job.steps.find((s) => s.uses === 'org/image-actions/actions/promote@v1');
    expect(step?.with).toMatchObject({ 'to-channel': 'production', environment: 'production', 'github-token': '${{ github.token }}' });
    expect(step?.with?.['require-channel']).toContain('staging');
    for (const input of Object.keys(step?.with ?? {})) expect(actionInputs).toContain(input);
  });

  test('no ${{ }} inside run: (values come through env:)', () => {
    for (const job of Object.values(workflow.jobs)) for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
  });
});
