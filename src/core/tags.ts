/**
 * The tags an image gets: the hash tag (`h1-<32 hex>`, the key of reuse) first, then the extra tags
 * of the `tags` input. Pure. An extra tag is written bare (`latest`, `v1.2.3`) or as a full
 * reference of the same repository (`ghcr.io/org/app:latest`, what docker/metadata-action prints),
 * separated by commas or newlines.
 */
import { type ImageRef, ImageRefError, isValidTag, parseImageRef, repositoryName } from './image-ref.js';
import { InputError } from './errors.js';
import { splitList } from './lists.js';

/** A tag that looks like a hash tag of any recipe: only the hash step may set those. */
const HASH_TAG_SHAPE = /^h\d+-[0-9a-f]{32}$/;

export function isHashTag(tag: string): boolean {
  return HASH_TAG_SHAPE.test(tag);
}

/** Parses the `tags` input against the image repository; returns unique bare tags in input order. */
export function parseExtraTags(text: string, image: Pick<ImageRef, 'registry' | 'repository'>, input = 'tags'): string[] {
  const tags: string[] = [];
  for (const item of splitList(text)) {
    const tag = bareTag(item, image, input);
    if (isHashTag(tag)) {
      throw new InputError(
        input,
        `'${item}' has the shape of a hash tag`,
        'Hash tags are set by the action itself; choose another tag name',
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function bareTag(item: string, image: Pick<ImageRef, 'registry' | 'repository'>, input: string): string {
  if (!item.includes('/') && !item.includes('@') && !item.includes(':')) {
    if (isValidTag(item)) return item;
    throw new InputError(
      input,
      `'${item}' is not a valid tag`,
      "Use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-')",
    );
  }
  let ref: ImageRef;
  try {
    ref = parseImageRef(item);
  } catch (error) {
    if (error instanceof ImageRefError)
      throw new InputError(input, error.message, 'Give bare tags (latest, v1.2.3) or references of the image repository');
    throw error;
  }
  const wanted = repositoryName(image);
  if (ref.digest) throw new InputError(input, `'${item}' is pinned by digest`, 'Give a tag, not a digest');
  if (repositoryName(ref) !== wanted) {
    throw new InputError(
      input,
      `'${item}' names the repository ${repositoryName(ref)}, not the image ${wanted}`,
      `Give bare tags or references of ${wanted}`,
    );
  }
  return ref.tag ?? 'latest';
}

/** Every tag the image carries when the step succeeds: the hash tag, then the extra tags. */
export function allTags(hashTag: string, extra: readonly string[]): string[] {
  return [hashTag, ...extra.filter((tag) => tag !== hashTag)];
}
