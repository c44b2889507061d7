/** Flag values both builders spell the same way. */
import { InputError } from '../core/errors.js';
import type { BuildSecret } from './builder.js';

/** `id=…,env=…` or `id=…,src=…`: the value itself never appears on a command line. */
export function secretSpec(secret: BuildSecret): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(secret.id)) {
    throw new InputError('secrets', `secret id '${secret.id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
  }
  if (Boolean(secret.env) === Boolean(secret.src)) {
    throw new InputError('secrets', `secret '${secret.id}' needs exactly one source`, 'Give it either an environment variable or a file');
  }
  if (secret.src?.includes(',')) {
    throw new InputError('secrets', `the file of secret '${secret.id}' has a comma in its path`, 'Move the file to a path without commas');
  }
  return secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`;
}
