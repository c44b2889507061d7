import { createHmac } from 'node:crypto';
import { sha256Hex } from '../../core/digest.js';
import { stringify as toFormString } from 'node:querystring';

/**
 * Alibaba Cloud request signing, V3 (`ACS3-HMAC-SHA256`), written from the published algorithm:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n HexSHA256(body)
 *   StringToSign     = "ACS3-HMAC-SHA256" \n HexSHA256(CanonicalRequest)
 *   Signature        = Hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 *   Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<…>,Signature=<…>
 *
 * Signed headers: `host`, `content-type` and every `x-acs-*` header. A test checks the result
 * against `@alicloud/openapi-core` for the same request.
 */

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface Acs3Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token, for temporary credentials (e.g. from AssumeRoleWithOIDC). */
  securityToken?: string;
}

export interface SignableRequest {
  method: string;
  pathname: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** Header names in any case. */
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** RFC 3986 percent-encoding: `encodeURIComponent` plus `! ' ( ) *`. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalUri(pathname: string): string {
  return (pathname || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}

/** Sorted `key=value` pairs, both encoded; an empty value keeps its `=`. */
export function canonicalQueryString(query: Record<string, string>): string {
  return Object.keys(query)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(query[key] ?? '')}`)
    .join('&');
}

export function canonicalHeaders(headers: Record<string, string>): { canonical: string; signed: string[] } {
  const byName = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower !== 'host' && lower !== 'content-type' && !lower.startsWith('x-acs-')) continue;
    const values = byName.get(lower) ?? [];
    values.push(value.trim());
    byName.set(lower, values);
  }
  const signed = [...byName.keys()].sort();
  const canonical = signed.map((name) => `${name}:${(byName.get(name) ?? []).sort().join(',')}\n`).join('');
  return { canonical, signed };
}

export function canonicalRequest(request: SignableRequest): { text: string; signedHeaders: string } {
  const { canonical, signed } = canonicalHeaders(request.headers);
  const signedHeaders = signed.join(';');
  const text = [
    request.method.toUpperCase(),
    canonicalUri(request.pathname),
    canonicalQueryString(request.query),
    canonical,
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  return { text, signedHeaders };
}

export function acs3Authorization(request: SignableRequest, credentials: Pick<Acs3Credentials, 'accessKeyId' | 'accessKeySecret'>): string {
  const { text, signedHeaders } = canonicalRequest(request);
  const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(text)}`;
  const signature = createHmac('sha256', credentials.accessKeySecret).update(stringToSign).digest('hex');
  return `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

/** `x-acs-date`: UTC, second precision, `YYYY-MM-DDTHH:mm:ssZ`. */
export function acsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Form body as the Alibaba SDKs write it (Node's querystring encoding, insertion order). */
export function formBody(params: Record<string, string>): string {
  return toFormString(params);
}

export interface RpcCall {
  /** `host[:port]` as sent in the Host header. */
  host: string;
  action: string;
  version: string;
  query: Record<string, string>;
  /** Form fields; undefined → no body and no content-type. */
  form?: Record<string, string>;
  credentials: Acs3Credentials;
  date: Date;
  nonce: string;
}

export interface SignedRpcCall {
  /** `?…`, or '' when there is no query. */
  search: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Headers, query string and body of one signed RPC-style call (`POST /`). */
export function signRpcCall(call: RpcCall): SignedRpcCall {
  const body = call.form === undefined ? undefined : formBody(call.form);
  const headers: Record<string, string> = {
    host: call.host,
    'x-acs-action': call.action,
    'x-acs-version': call.version,
    'x-acs-date': acsDate(call.date),
    'x-acs-signature-nonce': call.nonce,
    'x-acs-content-sha256': sha256Hex(body ?? ''),
    ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    ...(call.credentials.securityToken
      ? { 'x-acs-accesskey-id': call.credentials.accessKeyId, 'x-acs-security-token': call.credentials.securityToken }
      : {}),
  };
  headers['authorization'] = acs3Authorization(
    { method: 'POST', pathname: '/', query: call.query, headers, body: body ?? '' },
    call.credentials,
  );
  const search = canonicalQueryString(call.query);
  return { search: search ? `?${search}` : '', headers, body };
}
