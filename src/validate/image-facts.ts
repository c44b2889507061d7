/**
 * What the registry says about the base images, when it answers: the digest a tag points at now
 * (named in BaseImageNotPinned's fix) and the image's environment (UndefinedVar needs it, as
 * BuildKit does). Best effort and bounded in time: an image that does not answer simply has no
 * facts, and the rules that need them stay quiet.
 */
import type { ImageFacts } from '../core/lint/context.js';
import { parseImageRef } from '../core/image-ref.js';
import { parsePlatform } from '../core/platforms.js';
import type { RegistryClient } from '../registry/client.js';

export interface ImageFactsOptions {
  /** Per image, for all its requests. */
  timeoutMs?: number;
  concurrency?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

export async function lookUpImages(
  client: RegistryClient,
  references: readonly string[],
  platform: string,
  options: ImageFactsOptions = {},
): Promise<Map<string, ImageFacts>> {
  const facts = new Map<string, ImageFacts>();
  const queue = [...new Set(references)].filter((ref) => {
    try {
      parseImageRef(ref);
      return true;
    } catch {
      return false;
    }
  });
  const oci = parsePlatform(platform);
  const worker = async () => {
    for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
      const image = ref;
      const found = await withTimeout(
        (async (): Promise<ImageFacts> => {
          const [digest, config] = await Promise.all([
            parseImageRef(image).digest ? Promise.resolve(undefined) : client.resolveDigest(image).catch(() => undefined),
            client.imageConfig(image, oci).catch(() => undefined),
          ]);
          const env = (config?.config as { Env?: unknown } | undefined)?.Env;
          return {
            ...(digest ? { digest } : {}),
            ...(Array.isArray(env) ? { env: env.filter((e): e is string => typeof e === 'string') } : {}),
          };
        })(),
        options.timeoutMs ?? 10_000,
      );
      if (found && (found.digest || found.env)) facts.set(image, found);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
  return facts;
}
