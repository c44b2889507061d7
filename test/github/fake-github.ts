/**
 * A local server shaped like GitHub's REST API for the routes the PR comment uses (issue comments:
 * list with `Link` pagination, create, update), recording every request exactly as it arrived.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  accept: string | undefined;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHub {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Comments of issue `owner/repo#number`, in creation order. */
  comments: FakeComment[];
  /** Answer every write with this status (403 for a read-only token). */
  writeStatus?: number;
  /** Answer every request with this status. */
  allStatus?: number;
  close(): Promise<void>;
}

const PAGE = 100;

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export async function startFakeGitHub(owner: string, repo: string, number: number, comments: FakeComment[] = []): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake = { requests: [] as RecordedRequest[], comments } as FakeGitHub;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const body = await bodyOf(request);
      fake.requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: request.headers.authorization,
        accept: request.headers.accept,
        body,
      });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(payload));
      };
      if (fake.allStatus) return send(fake.allStatus, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      const list = `/repos/${owner}/${repo}/issues/${number}/comments`;
      const html = (id: number) => `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${id}`;
      if (request.method === 'GET' && url.pathname === list) {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = fake.comments.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(fake.comments.length / perPage));
        const links: Record<string, string> =
          page < last
            ? {
                link: `<${fake.baseUrl}${list}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.baseUrl}${list}?per_page=${perPage}&page=${last}>; rel="last"`,
              }
            : {};
        return send(
          200,
          slice.map((c) => ({ ...c, html_url: html(c.id) })),
          links,
        );
      }
      if (fake.writeStatus)
        return send(fake.writeStatus, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        });
      if (request.method === 'POST' && url.pathname === list) {
        const comment = { id: nextId++, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        fake.comments.push(comment);
        return send(201, { ...comment, html_url: html(comment.id) });
      }
      const update = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`).exec(url.pathname);
      if (request.method === 'PATCH' && update) {
        const comment = fake.comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = (body as { body: string }).body;
        return send(200, { ...comment, html_url: html(comment.id) });
      }
      return send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  fake.baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/** `count` comments by other people, to push ours onto a later page. */
export function otherComments(count: number, firstId = 1): FakeComment[] {
  return Array.from({ length: count }, (_, i) => ({ id: firstId + i, body: `comment ${i}`, user: { login: 'someone', type: 'User' } }));
}

export { PAGE };
