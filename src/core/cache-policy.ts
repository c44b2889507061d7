/**
 * Where the layer cache lives and who may write it. Pure: inputs and the GitHub event in, a
 * CachePolicy in the chosen builder's shape out.
 *
 * Rules (DESIGN.md §4):
 * - Only the default branch writes the cache. Pull requests (and every other ref: feature
 *   branches, tags, merge queues) read the default branch's cache and never write it, so a PR can
 *   neither poison nor evict what `main` builds on.
 * - `gha` always carries a scope (the default, `buildkit`, is shared by every image of the
 *   repository and the last writer wins). Default scope: the image and the target, sanitized.
 * - `cache-ref` defaults to `<image>:buildcache`.
 *   - buildx stores the whole cache as one tag: the ref is used as is (`:buildcache` added when
 *     it has no tag), exported with `mode=max`.
 *   - buildah stores one tag per cached layer, so it needs a repository of its own: `<repo>:<tag>`
 *     becomes the repository `<repo>-<tag>` (`ghcr.io/org/app:buildcache` →
 *     `ghcr.io/org/app-buildcache`). A sibling repository rather than `<repo>/buildcache`, because
 *     Docker Hub allows only two path components. A ref without a tag is used as the repository.
 */
import { InputError } from './errors.js';
import { isPullRequestEvent } from './run-event.js';

export type CacheType = 'registry' | 'gha' | 'none';
export type BuilderName = 'buildah' | 'buildx';

export const CACHE_TYPES: readonly CacheType[] = ['registry', 'gha', 'none'];

export interface CachePolicy {
  type: CacheType;
  /**
   * Where to write: registry → buildx one tag (`<repo>:buildcache`), buildah a repository
   * (`<repo>-buildcache`); gha → the scope; none → ''.
   */
  ref: string;
  /** Where to read from, in the same shape as `ref` (buildah 1.28 honours only the first). */
  read: string[];
  write: boolean;
  /** gha only. */
  scope?: string;
  /** One sentence for the log: why the cache is read and written, or not. */
  reason: string;
}

export interface CachePolicyInput {
  cache: CacheType;
  /** The `cache-ref` input; empty or undefined → `<image>:buildcache`. Ignored for `gha`/`none`. */
  cacheRef?: string;
  /** Repository of the image, e.g. `ghcr.io/org/app`. */
  image: string;
  target?: string;
  /** GITHUB_EVENT_NAME, e.g. `push`, `pull_request`. */
  eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main`, `refs/pull/7/merge`. */
  ref: string;
  /** The repository's default branch name, e.g. `main`. */
  defaultBranch: string;
  builder: BuilderName;
}

export function decideCachePolicy(input: CachePolicyInput): CachePolicy {
  if (input.cache === 'none') return { type: 'none', ref: '', read: [], write: false, reason: 'cache disabled (cache: none)' };
  const { write, why } = mayWrite(input);
  if (input.cache === 'gha') {
    const scope = defaultGhaScope(input.image, input.target);
    return { type: 'gha', ref: scope, read: [scope], write, scope, reason: `${why} (gha scope ${scope})` };
  }
  const cacheRef = input.cacheRef?.trim() || `${input.image}:buildcache`;
  const location = input.builder === 'buildah' ? buildahCacheRepository(cacheRef) : buildxCacheRef(cacheRef);
  return { type: 'registry', ref: location, read: [location], write, reason: `${why} (${location})` };
}

function mayWrite(input: CachePolicyInput): { write: boolean; why: string } {
  if (isPullRequestEvent(input.eventName)) {
    return { write: false, why: "pull request: reads the default branch's cache, never writes it" };
  }
  if (!input.defaultBranch) return { write: false, why: 'default branch unknown: reads the cache, does not write it' };
  if (input.ref === `refs/heads/${input.defaultBranch}`) {
    return { write: true, why: `default branch ${input.defaultBranch}: reads and writes the cache` };
  }
  const ref = input.ref || '(no ref)';
  return { write: false, why: `${ref} is not the default branch ${input.defaultBranch}: reads the cache, does not write it` };
}

/** Lowercase, anything outside `[a-z0-9._-]` becomes `-` (scopes end up in cache keys and CSV flags). */
export function sanitizeScope(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function defaultGhaScope(image: string, target?: string): string {
  return sanitizeScope(target ? `${image}-${target}` : image);
}

interface SplitRef {
  repository: string;
  tag?: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** `<repository>[:tag]`; a digest, an uppercase path or an empty part is an input error. */
function splitCacheRef(cacheRef: string): SplitRef {
  const bad = (problem: string) =>
    new InputError('cache-ref', `'${cacheRef}' ${problem}`, 'Use a repository with an optional tag, e.g. ghcr.io/org/app:buildcache');
  if (cacheRef.includes('@')) throw bad('is pinned by digest; a cache must be writable');
  const lastSlash = cacheRef.lastIndexOf('/');
  const colon = cacheRef.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const repository = hasTag ? cacheRef.slice(0, colon) : cacheRef;
  const tag = hasTag ? cacheRef.slice(colon + 1) : undefined;
  const parts = repository.split('/');
  const hasHost = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '');
  const path = hasHost ? parts.slice(1) : parts;
  if (path.length === 0 || !path.every((part) => PATH_COMPONENT.test(part))) {
    throw bad('is not a valid repository (lowercase letters, digits and . _ - separators)');
  }
  if (tag !== undefined && !TAG.test(tag)) throw bad(`has an invalid tag '${tag}'`);
  return { repository, tag };
}

/** buildx: one tag holds the whole cache. */
export function buildxCacheRef(cacheRef: string): string {
  const { repository, tag } = splitCacheRef(cacheRef);
  return `${repository}:${tag ?? 'buildcache'}`;
}

/** buildah: a repository holds the cache, one tag per layer. */
export function buildahCacheRepository(cacheRef: string): string {
  const { repository, tag } = splitCacheRef(cacheRef);
  if (tag === undefined) return repository;
  const suffix = tag.toLowerCase();
  const last = repository.slice(repository.lastIndexOf('/') + 1);
  if (!PATH_COMPONENT.test(`${last}-${suffix}`)) {
    throw new InputError(
      'cache-ref',
      `the tag '${tag}' cannot become part of the buildah cache repository '${repository}-${suffix}'`,
      'Use a tag of lowercase letters and digits, e.g. :buildcache, or give a repository without a tag',
    );
  }
  return `${repository}-${suffix}`;
}
