/**
 * Build secrets, in the grammar of docker/build-push-action: three inputs, one `ID=…` per line,
 * split at the first `=`, so no line can be read two ways.
 * - `secrets`: `ID=VALUE`; the value reaches the builder in an environment variable of ours;
 * - `secret-envs`: `ID=VARIABLE`; the value is the step's environment variable of that name;
 * - `secret-files`: `ID=PATH`; the value is the file's content.
 * One parser for the hash (which keeps the ids only) and the builder (which mounts them), so the
 * ids hashed are always the ids built. Values never reach argv, a file we leave behind or the hash.
 * Pure: lines in, secrets and the extra builder environment out.
 */
import path from 'node:path';
import { InputError } from './errors.js';

/** A build secret: its value reaches the builder through an environment variable or a file, never argv. */
export interface BuildSecret {
  id: string;
  /** Name of an environment variable of the builder process holding the value. */
  env?: string;
  /** Absolute path of a file holding the value. */
  src?: string;
}

export interface SecretLines {
  secrets?: readonly string[];
  secretEnvs?: readonly string[];
  secretFiles?: readonly string[];
}

export interface BuildSecrets {
  /** In input order: `secrets`, then `secret-envs`, then `secret-files`. */
  secrets: BuildSecret[];
  /** Sorted ids: what the build definition records. */
  ids: string[];
  /** Variables to add to the builder's environment (the values of `secrets` lines). */
  environment: Record<string, string>;
  /** The values of `secrets` lines, to mask. */
  values: string[];
}

/** What BuildKit and buildah accept as a secret id (and what is safe inside `--secret id=…,…`). */
const SECRET_ID = /^[A-Za-z0-9_.-]+$/;

const FORMS = {
  secrets: 'ID=VALUE, e.g. PIP_TOKEN=${{ secrets.PIP_TOKEN }}',
  'secret-envs': 'ID=VARIABLE, e.g. PIP_TOKEN=PIP_TOKEN',
  'secret-files': 'ID=PATH, e.g. netrc=.netrc',
} as const;

type SecretInput = keyof typeof FORMS;

function split(input: SecretInput, line: string): { id: string; value: string } {
  const at = line.indexOf('=');
  // Never quote a `secrets` line: its value is a credential.
  const shown = input === 'secrets' ? 'a line' : `'${line}'`;
  if (at <= 0 || at === line.length - 1)
    throw new InputError(input, `${shown} is not ${FORMS[input].split(',')[0]}`, `Write one ${FORMS[input]} per line`);
  const id = line.slice(0, at).trim();
  const value = input === 'secrets' ? line.slice(at + 1) : line.slice(at + 1).trim();
  if (!SECRET_ID.test(id))
    throw new InputError(input, `secret id '${id}' is not valid`, 'Use letters, digits, dots, dashes and underscores');
  if (id === 'id') {
    // `id=…` is how Docker's --secret flag begins: refuse rather than guess which was meant.
    throw new InputError(
      input,
      "a line starts with 'id=', which reads as Docker's `--secret id=…` form rather than a secret named 'id'",
      'Name the secret first: secrets: PIP_TOKEN=<value>, secret-envs: PIP_TOKEN=<VARIABLE>, secret-files: PIP_TOKEN=<path>',
    );
  }
  return { id, value };
}

function builderEnvName(index: number): string {
  return `IMAGE_ACTIONS_SECRET_${index}`;
}

/** `workspace` resolves relative secret files. */
export function parseBuildSecrets(lines: SecretLines, workspace: string): BuildSecrets {
  const secrets: BuildSecret[] = [];
  const environment: Record<string, string> = {};
  const values: string[] = [];
  const seen = new Map<string, SecretInput>();
  const add = (input: SecretInput, secret: BuildSecret) => {
    const first = seen.get(secret.id);
    if (first)
      throw new InputError(
        input,
        `secret '${secret.id}' is given twice${first === input ? '' : ` (also in ${first})`}`,
        'Give each secret id once',
      );
    seen.set(secret.id, input);
    secrets.push(secret);
  };
  for (const line of lines.secrets ?? []) {
    const { id, value } = split('secrets', line);
    const variable = builderEnvName(secrets.length);
    environment[variable] = value;
    values.push(value);
    add('secrets', { id, env: variable });
  }
  for (const line of lines.secretEnvs ?? []) {
    const { id, value } = split('secret-envs', line);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
      throw new InputError('secret-envs', `'${value}' is not an environment variable name`, `Write one ${FORMS['secret-envs']} per line`);
    add('secret-envs', { id, env: value });
  }
  for (const line of lines.secretFiles ?? []) {
    const { id, value } = split('secret-files', line);
    const file = path.resolve(workspace, value);
    if (file.includes(','))
      throw new InputError('secret-files', `the file of secret '${id}' has a comma in its path`, 'Move the file to a path without commas');
    add('secret-files', { id, src: file });
  }
  return { secrets, ids: [...seen.keys()].sort(), environment, values };
}
