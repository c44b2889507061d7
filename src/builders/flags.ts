/** Flag values both builders spell the same way. */
import type { BuildSecret } from '../core/build-secrets.js';

/** `id=…,env=…` or `id=…,src=…` (checked by parseBuildSecrets): the value itself never appears on a command line. */
export function secretSpec(secret: BuildSecret): string {
  return secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`;
}
