/**
 * The `builder` input: buildx, buildah, or `auto` (decided at build time by builders/detect.ts).
 * Its own file so that reading the inputs does not load the builders: a no-op run never builds.
 */
import { InputError } from '../core/errors.js';
import type { BuilderName } from '../core/cache-policy.js';

export type BuilderChoice = BuilderName | 'auto';
export const BUILDER_CHOICES: readonly BuilderChoice[] = ['auto', 'buildx', 'buildah'];

export function parseBuilderChoice(value: string): BuilderChoice {
  const choice = value.trim().toLowerCase();
  if ((BUILDER_CHOICES as readonly string[]).includes(choice)) return choice as BuilderChoice;
  throw new InputError('builder', `'${value}' is not a known builder`, `Use one of: ${BUILDER_CHOICES.join(', ')}`);
}
