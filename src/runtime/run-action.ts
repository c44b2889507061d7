import * as core from './actions-core.js';
import { errorMessage } from '../core/errors.js';

/** The one top-level catch of every action: a failure becomes one clear `core.setFailed` line. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.setFailed(errorMessage(error));
    if (error instanceof Error && error.stack && core.isDebug()) core.debug(error.stack);
  }
}

/** Runs `work` inside a collapsible log group and returns its result with the elapsed time. */
export async function timedGroup<T>(title: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await core.group(title, work);
  return { value, ms: Math.round(performance.now() - started) };
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}
