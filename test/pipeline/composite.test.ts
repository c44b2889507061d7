/**
 * The root composite's wiring, checked statically against the four action.yml files: every step
 * uses `$/actions/<name>` of an existing action, every `with:` key is an input of that action, every
 * expression names a declared composite input or an output of an earlier step, required inputs are
 * always given, and a passed-through input keeps the step's own default (an explicit '' would
 * otherwise replace it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../harness/run-action.js';
import { evaluate, loadComposite } from './composite.js';

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
}

const composite = loadComposite();
const actionOf = (name: string) => parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYaml;
const steps = composite.runs.steps.map((step) => ({ step, name: /^\$\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1] ?? '' }));

describe('the root composite action', () => {
  test('runs git-state → hash → build → register, each as $/actions/<name>, with no run: steps', () => {
    expect(composite.runs.using).toBe('composite');
    expect(steps.map(({ name }) => name)).toEqual(['git-state', 'hash', 'build', 'register']);
    expect(composite.runs.steps.every((step) => step.run === undefined && step.env === undefined)).toBe(true);
  });

  test.each(steps.map(({ step, name }) => [step.id, name] as const))(
    'step %s passes only inputs %s has, and every required one',
    (id, name) => {
      const action = actionOf(name);
      const step = composite.runs.steps.find((candidate) => candidate.id === id)!;
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `${id}: ${key}`).toContain(key);
      for (const [input, spec] of Object.entries(action.inputs)) {
        if (spec.required) expect(Object.keys(step.with ?? {}), `${id} needs ${input}`).toContain(input);
      }
    },
  );

  test('every expression names a composite input or an output an earlier step declares', () => {
    const seen = new Map<string, string[]>();
    const check = (template: string, where: string) => {
      for (const match of template.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)) {
        const expression = match[1]!;
        const input = /^inputs\.(.+)$/.exec(expression);
        const output = /^steps\.([^.]+)\.outputs\.(.+)$/.exec(expression);
        if (input) expect(Object.keys(composite.inputs), where).toContain(input[1]);
        else if (output) expect(seen.get(output[1]!) ?? [], `${where}: ${expression}`).toContain(output[2]);
        else throw new Error(`${where}: unexpected expression ${expression}`);
      }
    };
    for (const { step, name } of steps) {
      for (const [key, value] of Object.entries(step.with ?? {})) check(String(value), `${step.id}.with.${key}`);
      seen.set(step.id, Object.keys(actionOf(name).outputs));
    }
    for (const [name, spec] of Object.entries(composite.outputs)) check(spec.value, `outputs.${name}`);
  });

  test('a passed-through input has the same default as the step input it feeds', () => {
    for (const { step, name } of steps) {
      const action = actionOf(name);
      for (const [key, value] of Object.entries(step.with ?? {})) {
        const from = /^\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(String(value))?.[1];
        if (!from) continue;
        const stepDefault = action.inputs[key]?.default ?? '';
        if (stepDefault === '') continue;
        expect(composite.inputs[from]?.default ?? '', `${step.id}.${key} ← inputs.${from}`).toBe(stepDefault);
      }
    }
  });

  test('register gets the pinned image and the hash from build, the commit and tag from git-state', () => {
    const register = composite.runs.steps.find((step) => step.id === 'register')!;
    expect(register.with).toMatchObject({
      image: '${{ steps.build.outputs.image }}',
      hash: '${{ steps.build.outputs.hash }}',
      commit: '${{ steps.git-state.outputs.commit }}',
      'git-tag': '${{ steps.git-state.outputs.tag }}',
    });
  });

  test.each([
    ['${{ inputs.a }}-${{ steps.s.outputs.o }}', 'A-O'],
    ['${{ steps.missing.outputs.o }}', ''],
    ['plain', 'plain'],
  ])('the test interpreter evaluates %s', (template, expected) => {
    expect(evaluate(template, { inputs: { a: 'A' }, steps: { s: { outputs: { o: 'O' } } } })).toBe(expected);
  });

  test('the test interpreter refuses expressions it does not know', () => {
    expect(() => evaluate('${{ github.sha }}', { inputs: {}, steps: {} })).toThrow(/not supported/);
  });
});
