/**
 * Reads what the runner tells every step about the run: GITHUB_EVENT_NAME, the event payload at
 * GITHUB_EVENT_PATH, GITHUB_REF and GITHUB_SHA. Outside Actions (the CLI) all of them may be absent.
 */
import { readFileSync } from 'node:fs';
import type { RunContext } from '../core/run-event.js';

export function readRunContext(env: NodeJS.ProcessEnv = process.env): { context: RunContext; problem?: string } {
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF || undefined,
    sha: env.GITHUB_SHA || undefined,
  };
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) return { context };
  try {
    context.event = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
    return { context };
  } catch (error) {
    return { context, problem: `Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}` };
  }
}

/** `https://github.com/acme/images` from the runner's variables; empty outside Actions. */
export function sourceUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const server = (env.GITHUB_SERVER_URL || '').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || '';
  return server && repository ? `${server}/${repository}` : '';
}
