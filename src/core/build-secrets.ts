/**
 * The `secrets` input as the builder needs it. The hash step keeps only the ids; the builder needs
 * the values, which must never reach argv or a file we leave behind. Forms (one per line):
 * - `id=value`: the value, handed to the builder process in an environment variable of ours;
 * - `id=<id>,src=<file>` / `id=<id>,env=<VAR>`: Docker's form, passed on as such;
 * - `id` (or `id=<id>` alone): the value is the step's environment variable of that name.
 * Pure: lines in, secrets and the extra environment out.
 */
import path from 'node:path';
import type { BuildSecret } from '../builders/builder.js';
import { InputError } from './errors.js';

export interface BuildSecrets {
  secrets: BuildSecret[];
  /** Variables to add to the builder's environment (values of `id=value` lines). */
  environment: Record<string, string>;
}

function envName(index: number): string {
  return `IMAGE_ACTIONS_SECRET_${index}`;
}

export function parseBuildSecrets(lines: readonly string[], workspace: string): BuildSecrets {
  const secrets: BuildSecret[] = [];
  const environment: Record<string, string> = {};
  const seen = new Set<string>();
  const add = (secret: BuildSecret) => {
    if (seen.has(secret.id)) throw new InputError('secrets', `secret '${secret.id}' is given twice`, 'Give each secret id once');
    seen.add(secret.id);
    secrets.push(secret);
  };
  for (const line of lines) {
    const docker = /^id=([^,]+)((?:,[^,]*)*)$/.exec(line);
    if (docker) {
      const id = (docker[1] as string).trim();
      const fields = Object.fromEntries(
        (docker[2] ?? '')
          .split(',')
          .filter((part) => part !== '')
          .map((part) => {
            const at = part.indexOf('=');
            return at === -1 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
          }),
      ) as Record<string, string>;
      const unknown = Object.keys(fields).filter((key) => key !== 'src' && key !== 'env' && key !== 'type');
      if (unknown.length > 0) throw new InputError('secrets', `secret '${id}' has unknown field(s) ${unknown.join(', ')}`, 'Use id=<id>,src=<file> or id=<id>,env=<VARIABLE>');
      if (fields.src) add({ id, src: path.resolve(workspace, fields.src) });
      else add({ id, env: fields.env || id });
      continue;
    }
    const at = line.indexOf('=');
    if (at > 0) {
      const name = envName(secrets.length);
      environment[name] = line.slice(at + 1);
      add({ id: line.slice(0, at).trim(), env: name });
    } else {
      add({ id: line.trim(), env: line.trim() });
    }
  }
  return { secrets, environment };
}
