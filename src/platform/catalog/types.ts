/**
 * Wire types of the catalog API, written by hand to mirror src/platform/catalog/openapi.yaml
 * (components/schemas). test/platform/catalog/contract.test.ts validates real responses against the
 * document, so a drift between these and the document shows up there.
 */

export type Scope = 'register' | 'promote' | 'read';
export const scopes: readonly Scope[] = ['register', 'promote', 'read'];

export interface ImageCreate {
  name: string;
  description?: string;
}

export interface Image {
  name: string;
  description?: string;
  created_at: string;
}

export interface VersionSource {
  commit: string;
  run_url?: string;
}

export interface VersionCreate {
  version: string;
  digest: string;
  image_ref: string;
  source: VersionSource;
  build: { hash: string };
  description?: string;
}

export interface Version extends VersionCreate {
  id: string;
  image: string;
  created_at: string;
}

export interface Page<T> {
  items: T[];
  next_page_token?: string;
}

export interface AttachmentPut {
  image: string;
  version: string;
}

export interface Attachment {
  target: string;
  image: string;
  version: string;
  version_id: string;
  digest: string;
  image_ref: string;
  revision: number;
  updated_at: string;
}

export interface Channel {
  image: string;
  channel: string;
  version: string;
  version_id: string;
  digest: string;
  revision: number;
  updated_at: string;
}

export interface PromotionCreate {
  version: string;
  reason?: string;
}

export interface Promotion {
  id: string;
  image: string;
  channel: string;
  version: string;
  previous_version: string | null;
  reason?: string;
  created_at: string;
}

/** RFC 9457 problem details with this API's extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code?: string;
  request_id?: string;
  errors?: Array<{ pointer: string; detail: string }>;
  /** On `version-conflict`: the stored version. */
  existing?: Version;
}

/** Problem `type` URIs are `tag:` URIs (RFC 4151): stable names, nothing to dereference. */
export function problemType(code: string): string {
  return `tag:image-actions,2025:catalog/${code}`;
}
