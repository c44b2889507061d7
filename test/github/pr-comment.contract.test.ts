/**
 * Contract tests of the pull-request comment against a local server shaped like GitHub's REST API
 * (issue comments: list with Link pagination, create, update). The requests must be exactly what
 * @octokit/rest sends for issues.listComments / createComment / updateComment.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { commentClient, upsertComment } from '../../src/github/pr-comment.js';
import { otherComments, startFakeGitHub, type FakeGitHub } from './fake-github.js';

const pr = { owner: 'acme', repo: 'images', number: 7 };
const marker = '<!-- image-actions:validate ci/validate -->';
const listPath = '/repos/acme/images/issues/7/comments';
let github: FakeGitHub | undefined;

afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function upsert(body: string, create = true) {
  const octokit = commentClient({ token: 'ghs_test-token', baseUrl: (github as FakeGitHub).baseUrl });
  return upsertComment(octokit, pr, marker, body, create);
}

const calls = () =>
  (github as FakeGitHub).requests.map(
    (r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''}`,
  );

describe('contract: one pull-request comment, found by its marker', () => {
  test('first run: lists the comments (all pages), then creates one with the marker', async () => {
    github = await startFakeGitHub('acme', 'images', 7, otherComments(150));
    const outcome = await upsert('### findings\n');
    expect(calls()).toEqual([`GET ${listPath}?per_page=100`, `GET ${listPath}?per_page=100&page=2`, `POST ${listPath}`]);
    const post = github.requests[2];
    expect(post?.body).toEqual({ body: `${marker}\n### findings\n` });
    expect(post?.authorization).toBe('token ghs_test-token');
    expect(post?.accept).toBe('application/vnd.github.v3+json');
    expect(outcome).toEqual({ action: 'created', url: 'https://github.com/acme/images/pull/7#issuecomment-1000' });
  });

  test('later runs: the marked comment on page 2 is updated in place, not duplicated', async () => {
    github = await startFakeGitHub('acme', 'images', 7, [
      ...otherComments(120),
      { id: 555, body: `${marker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      ...otherComments(3, 600),
    ]);
    const outcome = await upsert(`${marker}\nnew`);
    expect(calls()).toEqual([
      `GET ${listPath}?per_page=100`,
      `GET ${listPath}?per_page=100&page=2`,
      'PATCH /repos/acme/images/issues/comments/555',
    ]);
    expect(github.requests[2]?.body).toEqual({ body: `${marker}\nnew` });
    expect(github.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
    expect(outcome.action).toBe('updated');
  });

  test('the same text again: nothing is written', async () => {
    github = await startFakeGitHub('acme', 'images', 7, [
      { id: 9, body: `${marker}\nsame`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    expect((await upsert(`${marker}\nsame`)).action).toBe('unchanged');
    expect(calls()).toEqual([`GET ${listPath}?per_page=100`]);
  });

  test('nothing to say and no comment yet: none is created', async () => {
    github = await startFakeGitHub('acme', 'images', 7, otherComments(2));
    expect((await upsert('clean', false)).action).toBe('skipped');
    expect(calls()).toEqual([`GET ${listPath}?per_page=100`]);
  });

  test('once clean, the existing comment says so (updated even when nothing new would be created)', async () => {
    github = await startFakeGitHub('acme', 'images', 7, [
      { id: 9, body: `${marker}\n2 errors`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ]);
    expect((await upsert(`${marker}\nNo findings`, false)).action).toBe('updated');
    expect(github.comments[0]?.body).toBe(`${marker}\nNo findings`);
  });

  test.each([403, 404])('a token that may not write (HTTP %i, pull requests from forks) is reported, not thrown', async (status) => {
    github = await startFakeGitHub('acme', 'images', 7);
    github.writeStatus = status;
    const outcome = await upsert('findings');
    expect(outcome).toMatchObject({ action: 'read-only', status });
  });

  test('a server error is thrown (the step decides it is not fatal)', async () => {
    github = await startFakeGitHub('acme', 'images', 7);
    github.allStatus = 502;
    await expect(upsert('findings')).rejects.toMatchObject({ status: 502 });
  });
});
