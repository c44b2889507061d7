import { isSha256Digest } from '../core/image-ref.js';

/** `<repository>@sha256:<64 hex>` split into its parts; undefined when not pinned by a sha256 digest. */
export interface PinnedRef {
  /** Everything before `@`, possibly with a `:tag`. */
  name: string;
  /** Registry host, when the first path part looks like one (has `.` or `:`, or is `localhost`). */
  registry?: string;
  /** Path after the registry, without tag. */
  path: string;
  digest: string;
}

export function parsePinnedRef(ref: string): PinnedRef | undefined {
  const at = ref.lastIndexOf('@');
  if (at <= 0) return undefined;
  const name = ref.slice(0, at);
  const digest = ref.slice(at + 1);
  if (!isSha256Digest(digest)) return undefined;
  const parts = name.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : undefined;
  let path = (hasRegistry ? parts.slice(1) : parts).join('/');
  // A tag may sit between the name and the digest (`repo:tag@sha256:…`); it is not part of the path.
  const lastSlash = path.lastIndexOf('/');
  const colon = path.indexOf(':', lastSlash + 1);
  if (colon >= 0) path = path.slice(0, colon);
  if (path === '') return undefined;
  return { name, ...(registry ? { registry } : {}), path, digest };
}
