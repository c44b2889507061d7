import { readFileSync } from 'node:fs';
import path from 'node:path';

const folder = path.resolve(import.meta.dirname, '../fixtures/events');

/** A real-shaped event payload with every `REPLACED_BY_TEST` field overridden by `patch`. */
export function pushEvent(after: string, ref = 'refs/heads/main'): Record<string, unknown> {
  const event = JSON.parse(readFileSync(path.join(folder, 'push.json'), 'utf8')) as Record<string, unknown>;
  return { ...event, after, ref, compare: `https://github.com/acme/images/compare/000000000000...${after.slice(0, 12)}` };
}

export function pullRequestEvent(headSha: string, baseSha: string, mergeSha: string): Record<string, unknown> {
  const event = JSON.parse(readFileSync(path.join(folder, 'pull_request.json'), 'utf8')) as {
    pull_request: { head: Record<string, unknown>; base: Record<string, unknown>; merge_commit_sha: string };
  };
  event.pull_request.head.sha = headSha;
  event.pull_request.base.sha = baseSha;
  event.pull_request.merge_commit_sha = mergeSha;
  return event as unknown as Record<string, unknown>;
}
