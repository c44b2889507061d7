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
  // process.hrtime, not performance.now: the `performance` global loads perf_hooks at first use (a start cost).
  const started = process.hrtime.bigint();
  const value = await core.group(title, work);
  return { value, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) };
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}
