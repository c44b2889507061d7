/**
 * The OCI distribution client: manifests (HEAD/GET/PUT), blobs (HEAD, streamed GET, upload,
 * cross-repository mount), and what the build needs on top (digest resolution, retag, platforms,
 * labels, image copy). Existence checks fail closed: only a 404 from a real registry means absent.
 */
import type { Readable } from 'node:stream';
import * as core from '../runtime/actions-core.js';
import { bodyReadable, httpTransport } from '../runtime/http-transport.js';
import { streamedBytes } from '../runtime/stream-memory.js';
import { apiHostOf, type ImageRef, manifestReference, parseImageRef, withDigest, withTag, formatImageRef } from '../core/image-ref.js';
import { repositoryScope } from './challenge.js';
import { fixedChunks, readAll } from './chunks.js';
import { type BlobCopyOutcome, copyBlob, copyImage, type CopyImageOptions, type CopyImageResult } from './copy.js';
import { type CredentialSource, dockerConfigCredentials } from './credentials.js';
import { computeDigest, digestAlgorithm, sha256Digest, verifyingStream } from '../core/digest.js';
import { RegistryError } from './errors.js';
import { type FetchLike, RegistryHttp, type RegistryRequest, type RegistryResponse, type RegistryTarget } from './http.js';
import { bareMediaType, isImageManifestMediaType, isIndexMediaType, manifestAccept, MediaTypes } from './media-types.js';
import { canonicalPlatform, formatPlatform } from '../core/platforms.js';
import { isAttestation, selectManifest } from './platform.js';
import type { RetryPolicy } from '../core/retry.js';
import type { Descriptor, FetchedManifest, ImageConfig, ImageIndex, ImageManifest, ManifestHead } from './types.js';
import type { OciPlatform } from '../core/platforms.js';

/**
 * Registry retries: 429 (after `Retry-After`), 5xx except 501/505, dropped connections; equal
 * jitter; a `Retry-After` honoured exactly unless it passes the time budget.
 */
/** Distribution error codes that mean "no such manifest" (a bare 404 is double-checked). */
const ABSENT_CODES = new Set(['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'NOT_FOUND']);

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  maxElapsedMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
};

export interface RegistryClientOptions {
  /** Where credentials come from; default: Docker's config.json (`$DOCKER_CONFIG` or `~/.docker`). */
  credentials?: CredentialSource;
  /** Registries (host, host:port or CIDR) spoken to over plain HTTP. Loopback always is. */
  insecureRegistries?: readonly string[];
  /** The HTTP seam; default `httpTransport` (node:http), a test's `fetch` otherwise. */
  fetch?: FetchLike;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Monotonic clock in ms (retry budgets, token expiry); default performance.now. */
  now?: () => number;
  /** Debug log lines (never carries credentials); default core.debug. */
  log?: (line: string) => void;
  /** Retry lines (what is retried and why); default `log` when given, else core.info, so a step log shows them. */
  notice?: (line: string) => void;
  /** Masks a secret in the runner's logs; default core.setSecret. */
  mask?: (secret: string) => void;
  /** Per-request limit for everything but streamed blob bodies. Default 60 s. */
  requestTimeoutMs?: number;
  /** Blobs up to this size are uploaded in one PUT; larger ones in chunks. Default 8 MiB. */
  monolithicUploadMaxBytes?: number;
  /** Chunk size of chunked uploads (the most a blob copy holds in memory). Default 8 MiB. */
  uploadChunkBytes?: number;
  /**
   * How blobs larger than `monolithicUploadMaxBytes` go up: `chunks`, PATCHes of `uploadChunkBytes`
   * each waiting for its answer; or `stream`, one PATCH that streams the whole blob as it is read (as
   * the Docker CLI and skopeo push: no round trip per chunk, nothing held in memory). Default `chunks`.
   */
  uploadMode?: 'chunks' | 'stream';
  userAgent?: string;
}

/** A repository in a registry (tag and digest do not matter for blob operations). */
export type RepositoryRef = Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;
export type RefInput = ImageRef | string;

export interface PingResult {
  /** How the registry wants to be spoken to. */
  auth: 'none' | 'basic' | 'bearer';
  /** `Docker-Distribution-API-Version`, when sent. */
  apiVersion?: string;
}

export interface ClientStats {
  requests: number;
  retries: number;
  tokenRequests: number;
  blobBytesUploaded: number;
}

const maxManifestBytes = 4 << 20;
const maxConfigBytes = 16 << 20;

export function toImageRef(ref: RefInput): ImageRef {
  return typeof ref === 'string' ? parseImageRef(ref) : ref;
}

function target(ref: RepositoryRef): RegistryTarget {
  return { registry: ref.registry, apiHost: ref.apiHost, repository: ref.repository };
}

const pull = (ref: RepositoryRef) => [repositoryScope(ref.repository, ['pull'])];
const pushPull = (ref: RepositoryRef) => [repositoryScope(ref.repository, ['pull', 'push'])];

/** One PATCH of an upload session: never retried on its own (a body cannot be sent twice), no time limit. */
function blobPatch(
  to: RepositoryRef,
  path: string,
  body: Uint8Array | Readable,
  headers: Record<string, string>,
  action: string,
): RegistryRequest {
  return {
    target: target(to),
    scopes: pushPull(to),
    retry: false,
    read: 'bytes',
    method: 'PATCH',
    path,
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body,
    action,
    timeoutMs: null,
  };
}

export class RegistryClient {
  readonly http: RegistryHttp;
  private readonly apiConfirmed = new Set<string>();
  private readonly monolithicMax: number;
  private readonly chunkBytes: number;
  private readonly uploadMode: 'chunks' | 'stream';

  constructor(options: RegistryClientOptions = {}) {
    this.monolithicMax = options.monolithicUploadMaxBytes ?? 8 << 20;
    this.chunkBytes = options.uploadChunkBytes ?? 8 << 20;
    this.uploadMode = options.uploadMode ?? 'chunks';
    this.http = new RegistryHttp({
      fetch: options.fetch ?? httpTransport,
      credentials: options.credentials ?? dockerConfigCredentials(options.mask ? { mask: options.mask } : {}),
      insecureRegistries: options.insecureRegistries ?? [],
      policy: { ...defaultRetryPolicy, ...options.retry },
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
      now: options.now ?? (() => performance.now()),
      log: options.log ?? ((line) => core.debug(line)),
      notice: options.notice ?? options.log ?? ((line) => core.info(line)),
      mask: options.mask ?? ((secret) => core.setSecret(secret)),
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
      userAgent: options.userAgent ?? `image-actions node/${process.versions.node}`,
    });
  }

  get stats(): ClientStats {
    return { ...this.http.stats, tokenRequests: this.http.auth.tokenRequests };
  }

  private async ok(request: RegistryRequest, expected: number[]): Promise<RegistryResponse> {
    const result = await this.http.send(request);
    if (!expected.includes(result.response.status)) throw await this.http.fail(result, request);
    return result;
  }

  /** `GET /v2/`: proves the registry answers and the credentials (if any) are accepted. */
  async ping(registry: RefInput | RepositoryRef): Promise<PingResult> {
    // A bare host (`ghcr.io`, `myregistry:5000`, `docker.io`) names a registry; anything with a '/' is an image reference.
    const ref =
      typeof registry !== 'string'
        ? registry
        : registry.includes('/')
          ? parseImageRef(registry)
          : { registry, apiHost: apiHostOf(registry) };
    const request: RegistryRequest = {
      target: { registry: ref.registry, apiHost: ref.apiHost },
      method: 'GET',
      path: '',
      scopes: [],
      action: 'checking the registry API (/v2/)',
      read: 'bytes',
    };
    const result = await this.ok(request, [200]);
    this.apiConfirmed.add(ref.apiHost);
    const version = result.response.headers.get('docker-distribution-api-version');
    return { auth: result.authorization.kind, ...(version ? { apiVersion: version } : {}) };
  }

  /**
   * Settles ahead of time how pulls from `repo` are authorized: learns the registry's challenge and
   * fetches the pull token (a GET of /v2/ with the repository's pull scope, which also confirms the
   * registry API), so that a later request on `repo` goes out once, with its credentials. The build
   * runs it while it hashes: on a registry with tokens (GHCR, Docker Hub, ECR) the existence check
   * after hashing is then one round trip instead of three. Failures are left to the request that
   * needs the answer: this one reports nothing.
   */
  async prepareToPull(repo: RepositoryRef): Promise<void> {
    const request: RegistryRequest = {
      target: target(repo),
      method: 'GET',
      path: '',
      scopes: pull(repo),
      action: `checking the registry API (/v2/) for ${repo.repository}`,
      read: 'bytes',
      maxBytes: 1 << 20,
    };
    try {
      const result = await this.http.send(request);
      if (result.response.status === 200) this.apiConfirmed.add(repo.apiHost);
    } catch {
      // Unreachable, refused, no credentials: the existence check says so in its own words.
    }
  }

  /**
   * The existence check. Undefined ONLY when the registry answers 404 for the manifest (after
   * confirming, once per host, that a registry API answers at all); 401/403/429/5xx throw.
   */
  async headManifest(refInput: RefInput): Promise<ManifestHead | undefined> {
    const ref = toImageRef(refInput);
    const request: RegistryRequest = {
      target: target(ref),
      method: 'HEAD',
      path: `${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: manifestAccept },
      scopes: pull(ref),
      action: `checking whether ${formatImageRef(ref)} exists`,
    };
    const result = await this.http.send(request);
    const { status, headers } = result.response;
    await result.response.body?.cancel().catch(() => undefined);
    if (status === 404) {
      // Registries mark every answer with this header; without it, ask /v2/ once whether one is there.
      if (headers.get('docker-distribution-api-version')?.startsWith('registry/2')) this.apiConfirmed.add(ref.apiHost);
      else await this.confirmRegistryApi(ref);
      return undefined;
    }
    if (status === 405 || status === 501) {
      // a registry without HEAD support
      const fetched = await this.getManifestIfPresent(ref);
      return fetched && { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
    }
    if (status !== 200) throw await this.http.fail(result, request);
    const digest = headers.get('docker-content-digest');
    if (!digest || (ref.digest && digest !== ref.digest)) {
      // No digest on HEAD (allowed by the spec) or one we do not trust: fetch and compute it.
      const fetched = await this.getManifest(ref);
      return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.size };
    }
    const length = headers.get('content-length');
    return { digest, mediaType: bareMediaType(headers.get('content-type')), size: length === null ? undefined : Number(length) };
  }

  /**
   * The GET form of the existence check: the manifest, or undefined ONLY when a registry answers
   * 404 (an error code that says "absent", or a 404 from a host confirmed to speak the registry
   * API); every other failure throws.
   */
  async getManifestIfPresent(refInput: RefInput): Promise<FetchedManifest | undefined> {
    const ref = toImageRef(refInput);
    try {
      return await this.getManifest(ref);
    } catch (error) {
      if (!(error instanceof RegistryError) || error.status !== 404) throw error;
      if (!(error.code && ABSENT_CODES.has(error.code))) await this.confirmRegistryApi(ref);
      return undefined;
    }
  }

  /** A 404 means "absent" only if a registry said it: a wrong host or path 404s everything. */
  private async confirmRegistryApi(ref: RepositoryRef): Promise<void> {
    if (this.apiConfirmed.has(ref.apiHost)) return;
    const request: RegistryRequest = {
      target: { registry: ref.registry, apiHost: ref.apiHost },
      method: 'GET',
      path: '',
      scopes: [],
      action: 'checking the registry API (/v2/)',
      read: 'bytes',
      maxBytes: 1 << 20,
      anonymous: true, // a 401 with a challenge is proof enough; no token needed
    };
    const result = await this.http.send(request);
    const { status, headers } = result.response;
    const isRegistry =
      status === 200 || (status === 401 && headers.has('www-authenticate')) || headers.has('docker-distribution-api-version');
    if (!isRegistry) {
      throw new RegistryError(
        `${ref.registry} does not answer the registry API (GET /v2/ gave HTTP ${status}), so its 404 for ${ref.repository} cannot be trusted to mean "absent": check the image reference`,
        ref.registry,
        ref.repository,
        status,
      );
    }
    this.apiConfirmed.add(ref.apiHost);
  }

  /** The manifest's exact bytes, verified against the digest asked for and the digest the registry claims. */
  async getManifest(refInput: RefInput): Promise<FetchedManifest> {
    const ref = toImageRef(refInput);
    const request: RegistryRequest = {
      target: target(ref),
      method: 'GET',
      path: `${ref.repository}/manifests/${manifestReference(ref)}`,
      headers: { accept: manifestAccept },
      scopes: pull(ref),
      action: `reading the manifest of ${formatImageRef(ref)}`,
      read: 'bytes',
      maxBytes: maxManifestBytes,
    };
    const result = await this.ok(request, [200]);
    const bytes = result.bytes ?? new Uint8Array();
    const digest = this.verifyDigest(ref, bytes, ref.digest, result.response.headers.get('docker-content-digest'), request.action);
    let manifest: (ImageManifest | ImageIndex) & { schemaVersion?: number; mediaType?: string; manifests?: unknown; config?: unknown };
    try {
      manifest = JSON.parse(new TextDecoder().decode(bytes)) as typeof manifest;
    } catch {
      throw new RegistryError(`The manifest of ${formatImageRef(ref)} is not JSON`, ref.registry, ref.repository, 200);
    }
    if (manifest.schemaVersion !== 2) {
      throw new RegistryError(
        `${formatImageRef(ref)} has a schema ${String(manifest.schemaVersion)} manifest; only schema 2 (OCI and Docker v2) is supported: push it again with a current tool`,
        ref.registry,
        ref.repository,
        200,
      );
    }
    const header = bareMediaType(result.response.headers.get('content-type'));
    const mediaType =
      isIndexMediaType(header) || isImageManifestMediaType(header)
        ? (header as string)
        : typeof manifest.mediaType === 'string' && manifest.mediaType
          ? manifest.mediaType
          : Array.isArray(manifest.manifests)
            ? MediaTypes.ociIndex
            : MediaTypes.ociManifest;
    return { digest, mediaType, size: bytes.byteLength, bytes, manifest };
  }

  private verifyDigest(ref: RepositoryRef, bytes: Uint8Array, expected: string | undefined, claimed: string | null, what: string): string {
    const algorithm = (expected && digestAlgorithm(expected)) || 'sha256';
    const actual = computeDigest(bytes, algorithm);
    for (const want of [expected, claimed && digestAlgorithm(claimed) === algorithm ? claimed : undefined]) {
      if (want && want !== actual) {
        throw new RegistryError(
          `Digest mismatch while ${what}: the content hashes to ${actual} but ${want === expected ? 'was asked for as' : 'the registry says'} ${want}; refusing to use it`,
          ref.registry,
          ref.repository,
        );
      }
    }
    return algorithm === 'sha256' ? actual : sha256Digest(bytes);
  }

  /** PUTs manifest bytes under `ref`'s tag (or, without a tag, its digest). Returns the digest. */
  async putManifest(refInput: RefInput, manifest: { bytes: Uint8Array; mediaType: string }): Promise<string> {
    const ref = toImageRef(refInput);
    const digest = sha256Digest(manifest.bytes);
    if (ref.digest && ref.digest !== digest && !ref.tag) {
      throw new RegistryError(`Cannot put a manifest whose digest is ${digest} under ${formatImageRef(ref)}`, ref.registry, ref.repository);
    }
    const reference = ref.tag ?? ref.digest ?? digest;
    const request: RegistryRequest = {
      target: target(ref),
      method: 'PUT',
      path: `${ref.repository}/manifests/${reference}`,
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
      scopes: pushPull(ref),
      action: `putting the manifest ${digest} as ${ref.repository}:${reference}`,
      read: 'bytes',
    };
    const result = await this.ok(request, [200, 201, 202]);
    const claimed = result.response.headers.get('docker-content-digest');
    if (claimed && claimed !== digest) {
      throw new RegistryError(
        `${ref.registry} stored the manifest for ${ref.repository}:${reference} as ${claimed}, not ${digest}: the registry changed the content`,
        ref.registry,
        ref.repository,
      );
    }
    return digest;
  }

  /**
   * Retag without pull: the same manifest bytes and media type under each new tag. Pass a
   * digest-pinned reference to tag exactly what an existence check saw, even if the tag moves;
   * pass the manifest already read to save the GET (it must be the one the reference pins).
   */
  async tagImage(refInput: RefInput, tags: readonly string[], manifest?: FetchedManifest): Promise<{ digest: string; tags: string[] }> {
    const ref = toImageRef(refInput);
    const source = manifest ?? (await this.getManifest(ref));
    if (ref.digest && source.digest !== ref.digest) {
      throw new RegistryError(`Refusing to tag: the manifest given is ${source.digest}, not ${ref.digest}`, ref.registry, ref.repository);
    }
    for (const tag of tags) await this.putManifest(withTag(ref, tag), source);
    return { digest: source.digest, tags: [...tags] };
  }

  /** The digest a reference points at now; a reference pinned by digest is returned as is (no request). */
  async resolveDigest(refInput: RefInput): Promise<string> {
    const ref = toImageRef(refInput);
    if (ref.digest) return ref.digest;
    const head = await this.headManifest(ref);
    if (!head) {
      throw new RegistryError(
        `${formatImageRef(ref)} was not found: ${ref.registry} has no tag "${ref.tag}" in ${ref.repository}; check the image name and tag`,
        ref.registry,
        ref.repository,
        404,
      );
    }
    return head.digest;
  }

  async headBlob(repo: RepositoryRef, digest: string): Promise<{ size: number | undefined } | undefined> {
    const request: RegistryRequest = {
      target: target(repo),
      method: 'HEAD',
      path: `${repo.repository}/blobs/${digest}`,
      scopes: pull(repo),
      action: `checking blob ${digest}`,
    };
    const result = await this.http.send(request);
    await result.response.body?.cancel().catch(() => undefined);
    if (result.response.status === 404) return undefined;
    if (result.response.status !== 200) throw await this.http.fail(result, request);
    const length = result.response.headers.get('content-length');
    return { size: length === null ? undefined : Number(length) };
  }

  /** A blob as a stream that fails at its end unless digest and size match the descriptor. */
  async openBlob(repo: RepositoryRef, descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Readable> {
    const request: RegistryRequest = {
      target: target(repo),
      method: 'GET',
      path: `${repo.repository}/blobs/${descriptor.digest}`,
      scopes: pull(repo),
      action: `reading blob ${descriptor.digest}`,
      read: 'stream',
      timeoutMs: null,
    };
    const result = await this.ok(request, [200]);
    const verify = verifyingStream(
      descriptor.digest,
      descriptor.size,
      `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`,
    );
    const body = result.response.body;
    // The socket's own stream straight into the hash: a failure on either side ends both.
    if (body) return process.getBuiltinModule('node:stream').pipeline(bodyReadable(body), verify, () => undefined);
    return verify.end();
  }

  /** An image config (`manifest.config`), read whole, verified and parsed. */
  async readConfig(repo: RepositoryRef, descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<ImageConfig> {
    return JSON.parse(new TextDecoder().decode(await this.readBlob(repo, descriptor))) as ImageConfig;
  }

  /** A small blob (a config) read whole and verified. */
  async readBlob(repo: RepositoryRef, descriptor: Pick<Descriptor, 'digest' | 'size'>, maxBytes = maxConfigBytes): Promise<Uint8Array> {
    if (descriptor.size > maxBytes) {
      throw new RegistryError(
        `Blob ${descriptor.digest} in ${repo.repository} is ${descriptor.size} bytes, more than the ${maxBytes} read into memory`,
        repo.registry,
        repo.repository,
      );
    }
    const request: RegistryRequest = {
      target: target(repo),
      method: 'GET',
      path: `${repo.repository}/blobs/${descriptor.digest}`,
      scopes: pull(repo),
      action: `reading blob ${descriptor.digest}`,
      read: 'bytes',
      maxBytes,
    };
    const result = await this.ok(request, [200]);
    const bytes = result.bytes ?? new Uint8Array();
    this.verifyDigest(repo, bytes, descriptor.digest, null, request.action);
    return bytes;
  }

  /**
   * Cross-repository mount: the registry links a blob it already holds into `to` without any bytes
   * moving. Needs push on `to` and pull on `from`. A 202 means the registry declined (another
   * storage, no access): the upload session it opened is returned for a normal upload.
   */
  async mountBlob(
    to: RepositoryRef,
    from: RepositoryRef,
    digest: string,
  ): Promise<{ mounted: true } | { mounted: false; uploadUrl: string }> {
    const request: RegistryRequest = {
      target: target(to),
      method: 'POST',
      path: `${to.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.repository)}`,
      scopes: [...pushPull(to), ...pull(from)],
      action: `mounting blob ${digest} from ${from.repository}`,
      read: 'bytes',
    };
    const result = await this.ok(request, [201, 202]);
    if (result.response.status === 201) return { mounted: true };
    return { mounted: false, uploadUrl: this.location(result, request) };
  }

  private location(result: RegistryResponse, request: RegistryRequest): string {
    const location = result.response.headers.get('location');
    if (!location)
      throw new RegistryError(
        `${request.target.registry} answered ${result.response.status} without a Location while ${request.action}`,
        request.target.registry,
        request.target.repository,
        result.response.status,
      );
    return new URL(location, result.url).toString();
  }

  /**
   * Uploads a blob from a stream: one PUT for small blobs, else PATCH chunks of `uploadChunkBytes`
   * (never more than one chunk in memory) or one streamed PATCH (`uploadMode: 'stream'`), and a
   * closing PUT with the digest. A stream that fails (digest or size mismatch, source dropped)
   * aborts before the closing PUT, so nothing is committed.
   */
  async uploadBlob(
    to: RepositoryRef,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    source: Readable,
    uploadUrl?: string,
  ): Promise<void> {
    let url = uploadUrl ?? (await this.startUpload(to));
    const base = { target: target(to), scopes: pushPull(to), retry: false, read: 'bytes' as const };
    try {
      if (descriptor.size <= this.monolithicMax) {
        const body = await readAll(source);
        const request: RegistryRequest = {
          ...base,
          method: 'PUT',
          path: withQuery(url, 'digest', descriptor.digest),
          headers: { 'content-type': 'application/octet-stream' },
          body,
          action: `uploading blob ${descriptor.digest} (${body.byteLength} bytes)`,
        };
        this.http.stats.blobBytesUploaded += body.byteLength;
        await this.ok(request, [201]);
        return;
      }
      url =
        this.uploadMode === 'stream'
          ? await this.streamedPatch(to, descriptor, source, url)
          : await this.chunkedPatches(to, descriptor, source, url);
      await this.ok(
        {
          ...base,
          method: 'PUT',
          path: withQuery(url, 'digest', descriptor.digest),
          action: `completing the upload of blob ${descriptor.digest}`,
        },
        [201],
      );
    } catch (error) {
      source.destroy();
      await this.cancelUpload(to, url);
      throw error;
    }
  }

  /** Best effort: let the registry drop a half-written session now rather than at its GC. */
  async cancelUpload(to: RepositoryRef, url: string): Promise<void> {
    await this.http
      .send({
        target: target(to),
        method: 'DELETE',
        path: url,
        scopes: pushPull(to),
        action: 'cancelling an upload',
        retry: false,
        read: 'bytes',
      })
      .catch(() => undefined);
  }

  /**
   * The whole blob in one PATCH, sent as it is read, with its length (as skopeo sends it: no chunk
   * framing for either side to write or parse); returns the upload URL to close. The answer counts
   * only once the source has ended cleanly: with the length known, a registry may answer as soon as
   * the last byte arrives, before the digest check at the end of the source has spoken. A failure of
   * the source (digest or size mismatch, a dropped download) is thrown as itself, as in chunked
   * mode, not as the aborted upload it causes.
   */
  private async streamedPatch(
    to: RepositoryRef,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    source: Readable,
    url: string,
  ): Promise<string> {
    const stats = this.http.stats;
    let sourceFailure: { error: unknown } | undefined;
    source.once('error', (error) => (sourceFailure = { error }));
    // node:stream loads with the first blob, not at start.
    const { pipeline, Transform, promises } = process.getBuiltinModule('node:stream');
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        stats.blobBytesUploaded += chunk.byteLength;
        streamedBytes(chunk.byteLength);
        callback(null, chunk);
      },
    });
    const body = pipeline(source, counted, () => undefined);
    const request = blobPatch(
      to,
      url,
      body,
      { 'content-length': String(descriptor.size) },
      `uploading blob ${descriptor.digest} (${descriptor.size} bytes, streamed)`,
    );
    try {
      const [result] = await Promise.all([this.ok(request, [202]), promises.finished(body)]);
      return this.location(result, request);
    } catch (error) {
      body.destroy();
      throw sourceFailure ? sourceFailure.error : error;
    }
  }

  /** PATCHes of `uploadChunkBytes` with their Content-Range, one after another; returns the upload URL to close. */
  private async chunkedPatches(
    to: RepositoryRef,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    source: Readable,
    url: string,
  ): Promise<string> {
    let offset = 0;
    let next = url;
    for await (const chunk of fixedChunks(source, this.chunkBytes)) {
      const range = `${offset}-${offset + chunk.byteLength - 1}`;
      const request = blobPatch(to, next, chunk, { 'content-range': range }, `uploading blob ${descriptor.digest} (bytes ${range})`);
      this.http.stats.blobBytesUploaded += chunk.byteLength;
      streamedBytes(chunk.byteLength);
      next = this.location(await this.ok(request, [202]), request);
      offset += chunk.byteLength;
    }
    return next;
  }

  /**
   * Proves the credentials may push to `to` without writing anything: opens a blob upload session
   * and cancels it. A 401/403 fails here, before anything moved.
   */
  async checkPushAccess(to: RepositoryRef): Promise<void> {
    const url = await this.startUpload(to, `checking push access to ${to.registry}/${to.repository}`);
    await this.cancelUpload(to, url);
  }

  private async startUpload(to: RepositoryRef, action = 'starting a blob upload'): Promise<string> {
    const request: RegistryRequest = {
      target: target(to),
      method: 'POST',
      path: `${to.repository}/blobs/uploads/`,
      scopes: pushPull(to),
      action,
      read: 'bytes',
    };
    const result = await this.ok(request, [202]);
    return this.location(result, request);
  }

  /** The image config; for an index, that of `platform` (default: the first image in it). */
  async imageConfig(refInput: RefInput, platform?: OciPlatform): Promise<ImageConfig> {
    const ref = toImageRef(refInput);
    const image = await this.imageManifest(ref, platform);
    return this.readConfig(ref, image.config);
  }

  /** The single-platform manifest of an image: the manifest itself, or the matching index entry. */
  async imageManifest(refInput: RefInput, platform?: OciPlatform): Promise<ImageManifest & { digest: string }> {
    const ref = toImageRef(refInput);
    const top = await this.getManifest(ref);
    let fetched = top;
    if (isIndexMediaType(top.mediaType)) {
      const entries = (top.manifest as ImageIndex).manifests ?? [];
      const entry = selectManifest(entries, platform);
      if (!entry) {
        const available = entries.filter((e) => !isAttestation(e) && e.platform).map((e) => formatPlatform(e.platform as OciPlatform));
        throw new RegistryError(
          `${formatImageRef(ref)} has no ${platform ? formatPlatform(platform) : 'image'} manifest (it has: ${available.join(', ') || 'none'})`,
          ref.registry,
          ref.repository,
        );
      }
      fetched = await this.getManifest(withDigest(ref, entry.digest));
    }
    const manifest = fetched.manifest as ImageManifest;
    if (!manifest.config?.digest) {
      throw new RegistryError(`${formatImageRef(ref)} is not a container image (its manifest has no config)`, ref.registry, ref.repository);
    }
    return { ...manifest, digest: fetched.digest };
  }

  /** Platforms an image provides: an index's entries (attestations left out), or a single image's config. */
  async imagePlatforms(refInput: RefInput): Promise<OciPlatform[]> {
    const ref = toImageRef(refInput);
    const top = await this.getManifest(ref);
    if (!isIndexMediaType(top.mediaType)) {
      const manifest = top.manifest as ImageManifest;
      return [configPlatform(await this.readConfig(ref, manifest.config))];
    }
    const platforms: OciPlatform[] = [];
    for (const entry of (top.manifest as ImageIndex).manifests ?? []) {
      if (isAttestation(entry)) continue;
      if (entry.platform) {
        platforms.push(canonicalPlatform(entry.platform));
      } else if (isImageManifestMediaType(entry.mediaType)) {
        // An OCI index may leave `platform` out: the entry's config says.
        const child = await this.getManifest(withDigest(ref, entry.digest));
        platforms.push(configPlatform(await this.readConfig(ref, (child.manifest as ImageManifest).config)));
      }
    }
    return platforms;
  }

  /** Copies an image (index, children, blobs) to `dst`; see copy.ts. Same digest at the destination. */
  copyImage(src: RefInput, dst: RefInput, options?: CopyImageOptions): Promise<CopyImageResult> {
    return copyImage(this, src, dst, options);
  }

  /** One blob into `dst`: skipped if present, mounted within a registry, else streamed. */
  copyBlob(src: RepositoryRef, dst: RepositoryRef, descriptor: Descriptor): Promise<BlobCopyOutcome> {
    return copyBlob(this, src, dst, descriptor);
  }

  /** Labels from the image config (for an index: the given platform's, default the first image's). */
  async imageLabels(refInput: RefInput, platform?: OciPlatform): Promise<Record<string, string>> {
    const config = await this.imageConfig(refInput, platform);
    return { ...(config.config?.Labels ?? {}) };
  }
}

/** The canonical platform an image config declares (`unknown` parts when it declares none). */
export function configPlatform(config: ImageConfig): OciPlatform {
  return canonicalPlatform({
    os: config.os ?? 'unknown',
    architecture: config.architecture ?? 'unknown',
    ...(config.variant ? { variant: config.variant } : {}),
  });
}

/** Adds a query parameter without re-encoding what the registry put in the URL (upload state). */
function withQuery(url: string, name: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}
