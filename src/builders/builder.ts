/**
 * One interface for the image builders (buildah, buildx). A request is plain data decided by the
 * caller; the builder turns it into commands, runs them through a CommandRunner and reports the
 * digest the registry now holds under every requested tag. buildx pushes by itself; buildah writes
 * the image locally and pushes it with the given RegistryClient (retries, digest checks).
 */
import type { BuilderName, CachePolicy } from '../core/cache-policy.js';
import type { BuildSecret } from '../core/build-secrets.js';
import type { CommandRunner } from '../runtime/exec.js';
import type { RegistryClient } from '../registry/client.js';

export interface BuildRequest {
  /** Absolute path of the build context. */
  contextDir: string;
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  /** Repository without tag, e.g. `127.0.0.1:5000/app` or `ghcr.io/org/app`. */
  repository: string;
  /** Full references to push, e.g. `127.0.0.1:5000/app:h1-…` first, then the extra tags. */
  tags: string[];
  /** `os/arch[/variant]`; empty means the builder host's platform. */
  platforms: string[];
  target?: string;
  buildArgs: Record<string, string>;
  secrets: BuildSecret[];
  /** OCI labels and the hash label, exactly as they should appear on the image. */
  labels: Record<string, string>;
  cache: CachePolicy;
  /** Commit time in unix seconds: the image's created time (reproducible output). */
  timestamp?: number;
  push: boolean;
  /** Registries (`host[:port]`) spoken to over plain HTTP / without TLS verification; loopback always is. */
  insecureRegistries: string[];
  /** Registry credentials file (`{"auths": …}`, the shape docker/login-action and `buildah login` write). */
  authFile?: string;
  /** Extra environment for the builder process, e.g. the values named by `secrets[].env`. Never logged. */
  environment?: Record<string, string>;
  /**
   * The images the build pulls (`FROM`, `COPY --from`), pinned by digest where the hash resolved
   * them: their layers are already in a registry, so a push need not upload them again.
   */
  baseImages?: string[];
}

export interface BuildResult {
  /**
   * `sha256:…` of what was pushed: the image manifest for one platform, the index for several.
   * Empty only when `push` was false.
   */
  digest: string;
  /** Everything the builder printed (the tail, when very long). */
  log: string;
  /** Build steps run again after a transient registry failure (request-level retries are the registry client's). */
  retries?: number;
}

export interface Builder {
  readonly name: BuilderName;
  /**
   * Builds and (when `request.push`) pushes. Output streams to the log; call it inside a log group.
   * `registry` pushes what the builder leaves locally (buildah); without one, buildah makes its own
   * from the request (insecure registries, auth file, else Docker's config.json).
   */
  build(request: BuildRequest, runner: CommandRunner, registry?: RegistryClient): Promise<BuildResult>;
}
