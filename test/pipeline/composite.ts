/**
 * Runs the root composite action (action.yml) the way the runner does, as far as this repository's
 * composite needs: each step `uses: $/actions/<name>` runs dist/<name>/index.js through the
 * runner-faithful harness; `with:` values are evaluated from `${{ inputs.* }}` and
 * `${{ steps.<id>.outputs.* }}` (a missing output is ''); the first failing step ends the run; the
 * composite's outputs are evaluated last. Any other expression is refused, so the test notices when
 * action.yml starts using something this interpreter would get wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runAction, type ActionResult, type RunActionOptions } from '../harness/run-action.js';

export interface CompositeYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: {
    using: string;
    steps: Array<{ id: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }>;
  };
}

export function loadComposite(): CompositeYaml {
  return parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as CompositeYaml;
}

export interface CompositeResult {
  /** Results of the steps that ran, by step id. */
  steps: Record<string, ActionResult>;
  outputs: Record<string, string>;
  /** The id of the step that failed, if one did. */
  failed?: string;
}

type Context = { inputs: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }> };

/** `${{ inputs.x }}` and `${{ steps.id.outputs.y }}` only. */
export function evaluate(template: string, context: Context): string {
  return template.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expression);
    if (input) return context.inputs[input[1]!] ?? '';
    const output = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(expression);
    if (output) return context.steps[output[1]!]?.outputs[output[2]!] ?? '';
    throw new Error(`expression not supported by the test interpreter: ${expression}`);
  });
}

export async function runComposite(
  inputs: Record<string, string>,
  options: Omit<RunActionOptions, 'inputs'> = {},
): Promise<CompositeResult> {
  const composite = loadComposite();
  const given: Record<string, string> = {};
  for (const [name, spec] of Object.entries(composite.inputs)) {
    given[name] = inputs[name] ?? spec.default ?? '';
    if (spec.required && given[name] === '') throw new Error(`composite input '${name}' is required`);
  }
  for (const name of Object.keys(inputs)) if (!(name in composite.inputs)) throw new Error(`the composite has no input '${name}'`);

  const context: Context = { inputs: given, steps: {} };
  const steps: Record<string, ActionResult> = {};
  let failed: string | undefined;
  for (const step of composite.runs.steps) {
    const name = /^\$\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
    if (!name) throw new Error(`step ${step.id}: only 'uses: $/actions/<name>' steps are interpreted`);
    const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, evaluate(String(value), context)]));
    const result = await runAction(name, { ...options, inputs: withValues });
    steps[step.id] = result;
    context.steps[step.id] = { outputs: result.outputs };
    if (result.exitCode !== 0) {
      failed = step.id;
      break;
    }
  }
  const outputs = Object.fromEntries(Object.entries(composite.outputs).map(([name, spec]) => [name, evaluate(spec.value, context)]));
  return { steps, outputs, ...(failed ? { failed } : {}) };
}
