/**
 * One pull-request comment per check, kept up to date: found by a hidden marker among the PR's
 * comments, created on the first run, updated in place afterwards (left alone when nothing
 * changed). A token that may not write (pull requests from forks get a read-only one) is not a
 * failure: the caller reports it and the job summary carries the findings.
 *
 * Requests, as @octokit/rest sends them (@octokit/plugin-rest-endpoint-methods
 * src/generated/endpoints.ts: issues.listComments, issues.createComment, issues.updateComment;
 * pagination by @octokit/plugin-paginate-rest following `Link: rel="next"`):
 *   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100
 *   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments       {"body": …}
 *   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}         {"body": …}
 */
import { Octokit } from '@octokit/rest';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string }
  | { action: 'skipped' }
  | { action: 'read-only'; status: number; message: string };

export interface CommentClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server), default https://api.github.com. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function commentClient(options: CommentClientOptions): Octokit {
  return new Octokit({
    auth: options.token,
    baseUrl: options.baseUrl || 'https://api.github.com',
    userAgent: 'image-actions-validate',
    request: { ...(options.fetch ? { fetch: options.fetch } : {}), retries: 0 },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

/**
 * Creates or updates the comment that carries `marker`. `createIfMissing: false` only updates (a
 * clean pull request with no comment yet needs none).
 */
export async function upsertComment(
  octokit: Octokit,
  pr: PullRequestRef,
  marker: string,
  body: string,
  createIfMissing: boolean,
): Promise<CommentOutcome> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  try {
    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
    })) as IssueComment[];
    const existing = comments.find((comment) => comment.body?.includes(marker));
    if (existing) {
      if (existing.body === text) return { action: 'unchanged', url: existing.html_url };
      const { data } = await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: text });
      return { action: 'updated', url: data.html_url };
    }
    if (!createIfMissing) return { action: 'skipped' };
    const { data } = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: text });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // 403: the token may not write (forks); 404: it may not even see the pull request's comments.
    if (status === 403 || status === 404) return { action: 'read-only', status, message: (error as Error).message };
    throw error;
  }
}
