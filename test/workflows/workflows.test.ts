/**
 * .github/workflows/e2e.yml is the only place buildx runs for real (no Docker engine here). Its
 * shape is checked here: it must keep testing what it claims, with read-only permissions and no
 * expression expanded inside a shell script.
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
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      services?: Record<string, { image: string; ports: string[] }>;
      steps: Step[];
      strategy?: { matrix?: { include?: Array<Record<string, string>> } };
    }
  >;
}

const workflow = parse(readFileSync(path.join(repoRoot, '.github/workflows/e2e.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.buildx;
const steps = job?.steps ?? [];

describe('e2e workflow', () => {
  test('runs on push and pull_request with read-only contents', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('a registry:2 service on localhost:5000 and a buildx builder on the host network', () => {
    expect(job?.['runs-on']).toBe('ubuntu-latest');
    expect(job?.services?.registry).toEqual({ image: 'registry:2', ports: ['5000:5000'] });
    const setup = steps.find((step) => step.uses?.startsWith('docker/setup-buildx-action@'));
    expect(setup?.with?.['driver-opts']).toBe('network=host');
  });

  test('runs the build action twice against localhost:5000, with buildx (and auto, which must pick it)', () => {
    const runs = steps.filter((step) => step.uses === './actions/build');
    expect(runs.map((step) => step.id)).toEqual(['first', 'second']);
    for (const step of runs) expect(step.with?.image).toMatch(/^localhost:5000\//);
    const builders = (job?.strategy?.matrix?.include ?? []).map((entry) => entry.builder).sort();
    expect(builders).toEqual(['auto', 'buildx']);
    expect((job?.strategy?.matrix?.include ?? []).some((entry) => entry.platforms?.includes(','))).toBe(true);
  });

  test('asserts the first run built and the second reused the same digest', () => {
    const checks = steps.filter((step) => step.run);
    expect(checks[0]?.env?.REUSED).toBe('${{ steps.first.outputs.reused }}');
    expect(checks[0]?.run).toContain('test "$REUSED" = "false"');
    expect(checks[1]?.env?.REUSED).toBe('${{ steps.second.outputs.reused }}');
    expect(checks[1]?.run).toContain('test "$REUSED" = "true"');
    expect(checks[1]?.run).toContain('test "$SECOND_DIGEST" = "$FIRST_DIGEST"');
  });

  test('no ${{ }} inside run: (values come through env:)', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});
