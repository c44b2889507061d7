/**
 * What the runner tells a step about the run it belongs to (GITHUB_EVENT_NAME, the event payload,
 * GITHUB_REF, GITHUB_SHA), and the questions every step asks of it. Pure: runtime/run-context.ts
 * reads it from the environment.
 */

export interface RunContext {
  eventName: string;
  event?: unknown;
  ref?: string;
  sha?: string;
}

/** Events whose payload describes a pull request (its head is the code under test). */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

export function isPullRequestEvent(eventName: string): boolean {
  return PULL_REQUEST_EVENTS.has(eventName);
}

/** `repository.default_branch` of the event payload; empty when unknown (a CLI run). */
export function defaultBranchOf(context: RunContext): string {
  const event = context.event as { repository?: { default_branch?: unknown } } | undefined;
  const branch = event?.repository?.default_branch;
  return typeof branch === 'string' ? branch : '';
}
