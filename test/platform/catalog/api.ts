/**
 * Raw HTTP calls to a catalog server for the contract tests. Every answer to a documented
 * operation is checked against openapi.yaml (status declared, body schema, required headers), so
 * the server, the document and the hand-written wire types cannot drift apart silently.
 */
import { expect } from 'vitest';
import { catalogContract } from '../../../src/catalog-server/contract.js';

export const tokens = {
  register: 'reg-7f3a9c2e51d84b06',
  promote: 'prm-0b7d2f8e6c4a1935',
  read: 'rd-5e1c8a7b3d9f2064',
  all: 'all-9c4e2a7f1b6d3058',
};

export const tokenSpec = `${tokens.register}:register,${tokens.promote}:promote,${tokens.read}:read,${tokens.all}:register+promote+read`;

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

export async function api(
  base: string,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? tokens.all : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const parsed = /json/.test(type) && text ? JSON.parse(text) : text;
  const answer = { status: response.status, headers: response.headers, body: parsed, text };
  const contract = catalogContract();
  const match = contract.match(method, path.split('?')[0]!);
  if (match.kind === 'found') {
    expect(
      contract.validateResponse(match.operation.operationId, answer.status, answer.headers, answer.body),
      `${method} ${path} → ${answer.status} ${text}`,
    ).toEqual([]);
  }
  return answer;
}

export function digestOf(char: string): string {
  return `sha256:${char.repeat(64)}`;
}

export function versionBody(version: string, digest: string, extra: Record<string, unknown> = {}) {
  return {
    version,
    digest,
    image_ref: `127.0.0.1:5000/ml/runtime@${digest}`,
    source: { commit: 'a'.repeat(40), run_url: 'https://github.com/org/repo/actions/runs/1' },
    build: { hash: `h1-${'0'.repeat(32)}` },
    ...extra,
  };
}

/** Asserts an RFC 9457 problem answer with the given status and code. */
export function expectProblem(answer: ApiAnswer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, code, type: `tag:image-actions,2025:catalog/${code}` });
  expect(typeof answer.body.title).toBe('string');
  expect(typeof answer.body.detail).toBe('string');
  expect(answer.body.instance).toMatch(/^\//);
}
