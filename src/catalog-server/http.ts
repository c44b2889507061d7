/**
 * Small HTTP pieces of the reference server: bounded body reading, RFC 9457 problem responses,
 * the Idempotency-Key header, opaque page tokens and the `Link: rel="next"` header.
 */
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { problemType, type Problem } from '../platform/catalog/types.js';

export const maxBodyBytes = 64 * 1024;

/** What a handler answers; `body` is serialised as JSON unless `text` is given. */
export interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export class BodyTooLarge extends Error {}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new BodyTooLarge(`the body exceeds ${maxBodyBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const titles: Record<string, string> = {
  'version-conflict': 'Version exists with another digest',
  'idempotency-key-reused': 'Idempotency-Key reused with another request',
  'precondition-failed': 'Precondition Failed',
  'precondition-required': 'Precondition Required',
  'validation-failed': 'Request does not match the API schema',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  instance: string,
  requestId: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Reply {
  const body: Problem = {
    type: problemType(code),
    title: titles[code] ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    code,
    request_id: requestId,
    ...extra,
  };
  return { status, body, contentType: 'application/problem+json', headers };
}

/**
 * The Idempotency-Key value: an RFC 8941 sf-string (`"…"`, with `\"` and `\\` escapes) or, as many
 * clients send it, a bare token. Visible ASCII only, 1–255 characters once unquoted.
 */
export function parseIdempotencyKey(header: string): string | undefined {
  let value = header.trim();
  if (value.startsWith('"')) {
    const match = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(value);
    if (!match) return undefined;
    value = match[1]!.replace(/\\(["\\])/g, '$1');
  } else if (!/^[\x21-\x7e]+$/.test(value)) {
    return undefined;
  }
  return value.length >= 1 && value.length <= 255 ? value : undefined;
}

/** Page tokens are opaque to clients: base64url of the last row's sequence number. */
export function encodePageToken(lastSeq: number): string {
  return Buffer.from(`p1:${lastSeq}`, 'utf8').toString('base64url');
}

export function decodePageToken(token: string | undefined): number | undefined {
  if (token === undefined) return 0;
  const match = /^p1:(\d{1,15})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/** RFC 8288 `Link` to the next page, as a path relative to the server root. */
export function nextLink(path: string, pageSize: number, token: string): string {
  return `<${path}?page_size=${pageSize}&page_token=${encodeURIComponent(token)}>; rel="next"`;
}
