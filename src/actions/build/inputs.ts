import * as core from '../../runtime/actions-core.js';
import { type CacheType, CACHE_TYPES } from '../../core/cache-policy.js';
import { ImageRefError, type ImageRef, parseImageRef, parseRepository, repositoryName } from '../../core/image-ref.js';
import { type BuilderChoice, parseBuilderChoice } from '../../builders/choice.js';
import { parseExtraTags } from '../../core/tags.js';
import type { RegistryLogin } from '../../registry/login.js';
import { InputError } from '../../core/errors.js';
import { readBoolean, readChoice, readOptional, readRequired, readString } from '../../runtime/inputs.js';
import { type DefinitionInputs, readDefinitionInputs } from '../../hash/definition-inputs.js';

/** Every input of `build`: what defines the build (as `hash` reads it), plus where the image goes and how it is built. */
export interface BuildInputs extends DefinitionInputs {
  /** The `image` input as given: a repository without tag, e.g. `ghcr.io/org/app`. */
  imageName: string;
  image: Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;
  /** Extra bare tags, validated, unique. */
  tags: string[];
  builder: BuilderChoice;
  cache: CacheType;
  /** Empty: `<image>:buildcache`. */
  cacheRef: string | undefined;
  forceRebuild: boolean;
  push: boolean;
  /** Credentials for the image's registry, when given. */
  login: RegistryLogin | undefined;
}

export async function readBuildInputs(): Promise<BuildInputs> {
  // Secrets first: nothing may fail (and print) before the password is masked.
  const password = readOptional('registry-password');
  if (password) core.setSecret(password);
  const username = readOptional('registry-username');

  // A spec may name its image (registry + name); the input wins when both are given.
  const imageInput = readOptional('image');
  const definition = imageInput === undefined ? await readDefinitionInputs() : undefined;
  const spec = definition?.spec?.spec;
  const imageName =
    imageInput ??
    spec?.imageName ??
    // skip-build publishes nothing: the parent's repository is the image.
    (spec?.base.kind === 'parent' ? repositoryName(parseImageRef(spec.base.image)) : undefined) ??
    readRequired(
      'image',
      'Set image to the repository to push to, e.g. ghcr.io/org/app or 127.0.0.1:5000/app (or registry and name in the spec)',
    );
  let image: BuildInputs['image'];
  try {
    image = parseRepository(imageName);
  } catch (error) {
    if (error instanceof ImageRefError)
      throw new InputError('image', error.message, 'Give a repository without tag or digest, e.g. ghcr.io/org/app');
    throw error;
  }
  if ((username === undefined) !== (password === undefined)) {
    throw new InputError(
      username === undefined ? 'registry-username' : 'registry-password',
      'is empty while the other registry credential is set',
      'Give both registry-username and registry-password, or neither (then ~/.docker/config.json is used)',
    );
  }
  const inputs = definition ?? (await readDefinitionInputs());
  const specTag = inputs.spec?.spec.tag;
  return {
    ...inputs,
    imageName,
    image,
    // The spec's tag is one more name for the image; the hash tag is always pushed too (it is how reuse finds it).
    tags: parseExtraTags([core.getInput('tags'), specTag ?? ''].join('\n'), image),
    builder: parseBuilderChoice(readString('builder') || 'auto'),
    cache: readChoice('cache', CACHE_TYPES),
    cacheRef: readOptional('cache-ref'),
    forceRebuild: readBoolean('force-rebuild'),
    push: readBoolean('push'),
    login: username !== undefined && password !== undefined ? { registry: image.registry, username, password } : undefined,
  };
}
