/**
 * Image references, parsed and normalized the way Docker does it (distribution/reference):
 * `busybox` → docker.io/library/busybox:latest, `ghcr.io/org/app@sha256:…`, `localhost:5000/app:1`.
 * Pure: no I/O. Malformed references throw an ImageRefError that says what is wrong.
 */

export interface ImageRef {
  /** The registry as users write it: `docker.io`, `ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`. */
  registry: string;
  /** host[:port] that serves the `/v2/` API: `registry-1.docker.io` for `docker.io`, else `registry` lower-cased. */
  apiHost: string;
  /** The repository path inside the registry: `library/busybox`, `org/app`. */
  repository: string;
  /** The tag; `latest` when the reference names neither tag nor digest. */
  tag?: string;
  /** `sha256:<64 hex>`; when present it wins over the tag for every lookup. */
  digest?: string;
}

export class ImageRefError extends Error {
  constructor(
    readonly reference: string,
    problem: string,
  ) {
    super(`Invalid image reference "${reference}": ${problem}`);
    this.name = 'ImageRefError';
  }
}

export const dockerHubRegistry = 'docker.io';
export const dockerHubApiHost = 'registry-1.docker.io';

// The grammar of distribution/reference (regexp.go), anchored.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::([0-9]+))?$`);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const bareIdPattern = /^[a-f0-9]{64}$/;
const sha256DigestPattern = /^sha256:[a-f0-9]{64}$/;
const digestHexLength: Record<string, number> = { sha256: 64, sha512: 128 };
const maxNameLength = 255;

/** Parses a full reference: `[registry/]repository[:tag][@digest]`. */
export function parseImageRef(text: string): ImageRef {
  if (text.length === 0) throw new ImageRefError(text, 'it is empty');
  if (/\s/.test(text)) throw new ImageRefError(text, 'it contains whitespace');
  if (bareIdPattern.test(text)) {
    throw new ImageRefError(text, 'a bare 64-hex image id is not a reference; write <repository>@sha256:<hex>');
  }
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = validateDigest(text, rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) {
      throw new ImageRefError(
        text,
        `tag "${tag}" is not valid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`,
      );
    }
  }
  const name = splitName(text, rest);
  return { ...name, ...(tag !== undefined || digest === undefined ? { tag: tag ?? 'latest' } : {}), ...(digest ? { digest } : {}) };
}

/** Parses a repository without tag or digest (an `image` input such as `ghcr.io/org/app`). */
export function parseRepository(text: string): Pick<ImageRef, 'registry' | 'apiHost' | 'repository'> {
  const ref = parseImageRef(text);
  if (ref.digest || text.slice(text.lastIndexOf('/') + 1).includes(':')) {
    throw new ImageRefError(text, 'expected a repository without tag or digest (e.g. ghcr.io/org/app)');
  }
  return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}

function splitName(original: string, name: string): Pick<ImageRef, 'registry' | 'apiHost' | 'repository'> {
  if (name.length === 0) throw new ImageRefError(original, 'the repository name is missing');
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  // Docker's rule: the first component is a registry only if it looks like a host
  // (has '.' or ':', is `localhost`, or has upper case, which no repository path may have).
  const isRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let registry = isRegistry ? first : dockerHubRegistry;
  let repository = isRegistry ? name.slice(slash + 1) : name;
  if (isRegistry) {
    const match = domainPattern.exec(registry);
    if (!match) throw new ImageRefError(original, `registry "${registry}" is not a valid host[:port]`);
    const port = match[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
      throw new ImageRefError(original, `registry port ${port} is out of range`);
    }
  }
  if (registry === 'index.docker.io') registry = dockerHubRegistry;
  if (registry === dockerHubRegistry && !repository.includes('/')) repository = `library/${repository}`;
  if (repository.length === 0) throw new ImageRefError(original, 'the repository name is missing');
  if (repository.toLowerCase() !== repository) {
    throw new ImageRefError(original, `repository name must be lowercase ("${repository}")`);
  }
  for (const component of repository.split('/')) {
    if (!pathComponentPattern.test(component)) {
      throw new ImageRefError(
        original,
        `repository path component "${component}" is not valid (lowercase letters and digits, separated by '.', '_', '__' or '-')`,
      );
    }
  }
  if (registry.length + 1 + repository.length > maxNameLength) {
    throw new ImageRefError(original, `the name is longer than ${maxNameLength} characters`);
  }
  return { registry, apiHost: apiHostOf(registry), repository };
}

function validateDigest(original: string, digest: string): string {
  const match = digestPattern.exec(digest);
  if (!match) throw new ImageRefError(original, `digest "${digest}" is not <algorithm>:<hex>`);
  const [, algorithm = '', hex = ''] = match;
  const length = digestHexLength[algorithm];
  if (length === undefined) throw new ImageRefError(original, `digest algorithm "${algorithm}" is not supported (sha256 or sha512)`);
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
    throw new ImageRefError(original, `a ${algorithm} digest needs ${length} lowercase hex characters`);
  }
  return digest;
}

/** The registry of a reference, lower-cased as a host (`docker.io` for Docker Hub): `ghcr.io/org/app:1` → `ghcr.io`. */
export function registryHost(reference: string): string {
  return parseImageRef(reference).registry.toLowerCase();
}

/** The host that serves the registry API for a registry name. */
export function apiHostOf(registry: string): string {
  return registry === dockerHubRegistry ? dockerHubApiHost : registry.toLowerCase();
}

/** `registry/repository[:tag][@digest]`, fully qualified (`docker.io/library/busybox:latest`). */
export function formatImageRef(ref: Omit<ImageRef, 'apiHost'>): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** `registry/repository`, the name without tag or digest. */
export function repositoryName(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The manifest reference used in `/v2/<name>/manifests/<reference>`: the digest when pinned, else the tag. */
export function manifestReference(ref: Pick<ImageRef, 'tag' | 'digest'>): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The same repository under another tag (no digest). */
export function withTag(ref: ImageRef, tag: string): ImageRef {
  if (!tagPattern.test(tag)) throw new ImageRefError(`${repositoryName(ref)}:${tag}`, `tag "${tag}" is not valid`);
  return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, tag };
}

/** The same repository pinned to `digest` (the tag is dropped: the digest is what counts). */
export function withDigest(ref: ImageRef, digest: string): ImageRef {
  validateDigest(`${repositoryName(ref)}@${digest}`, digest);
  return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository, digest };
}

export function isValidTag(tag: string): boolean {
  return tagPattern.test(tag);
}

/** `sha256:<64 lowercase hex>`: the only digest builders report and platforms record. */
export function isSha256Digest(value: string): boolean {
  return sha256DigestPattern.test(value);
}

/** The reference when it is valid and pinned by a sha256 digest (a tag before `@` may stay); else undefined. */
export function parsePinnedImageRef(text: string): (ImageRef & { digest: string }) | undefined {
  let ref: ImageRef;
  try {
    ref = parseImageRef(text);
  } catch (error) {
    if (error instanceof ImageRefError) return undefined;
    throw error;
  }
  return ref.digest !== undefined && isSha256Digest(ref.digest) ? { ...ref, digest: ref.digest } : undefined;
}
