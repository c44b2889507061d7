import { InputError } from '../../core/errors.js';
import { type DefinitionInputs, readDefinitionInputs } from '../../hash/definition-inputs.js';
import { readString } from '../../runtime/inputs.js';

/** Every input of `hash`: what defines the build, and whether base images are resolved. */
export interface HashInputs extends DefinitionInputs {
  /** Resolve `FROM` / `COPY --from` images to digests. */
  resolveImages: boolean;
}

export async function readHashInputs(): Promise<HashInputs> {
  const definition = await readDefinitionInputs();
  const value = readString('resolve-images').toLowerCase();
  if (value !== 'true' && value !== 'false') throw new InputError('resolve-images', `'${value}' is not a boolean`, "Use 'true' or 'false'");
  return { ...definition, resolveImages: value === 'true' };
}
