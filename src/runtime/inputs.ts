import * as core from './actions-core.js';
import { InputError } from '../core/errors.js';
import { parseKeyValueLines, splitList } from '../core/lists.js';

/**
 * Readers for action inputs. Each returns a typed value or throws an InputError that names the
 * input; defaults come from action.yml (the runner applies them, and so does the CLI).
 */

/** The runner's rule for where an input arrives: `INPUT_` + the name with spaces as `_`, upper-cased (dashes stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readString(name: string): string {
  return core.getInput(name).trim();
}

export function readOptional(name: string): string | undefined {
  const value = readString(name);
  return value === '' ? undefined : value;
}

export function readRequired(name: string, fix: string): string {
  const value = readString(name);
  if (value === '') throw new InputError(name, 'is required but empty', fix);
  return value;
}

export function readBoolean(name: string): boolean {
  const value = readString(name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(name, `'${value}' is not a boolean`, "Use 'true' or 'false'");
}

export function readChoice<T extends string>(name: string, choices: readonly T[]): T {
  const value = readString(name);
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, `'${value}' is not supported`, `Use one of: ${choices.join(', ')}`);
}

/** Items separated by commas or newlines, trimmed, empties dropped. */
export function readList(name: string): string[] {
  return splitList(core.getInput(name));
}

/** One item per line, trimmed; blank lines and `#` comments dropped. */
export function readLines(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `KEY=VALUE` lines into an object; the value keeps everything after the first `=`. */
export function readKeyValueLines(name: string): Record<string, string> {
  return parseKeyValueLines(readLines(name), name);
}

/**
 * Masks the values of credential inputs before anything can fail and print them, and, when given,
 * every value in a `KEY=value` settings input whose key names a password, secret or token.
 */
export function maskSecretInputs(names: readonly string[], settingsInput?: string): void {
  for (const name of names) {
    const value = readString(name);
    if (value) core.setSecret(value);
  }
  if (settingsInput === undefined) return;
  for (const line of core.getInput(settingsInput).split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && /password|secret|token/i.test(line.slice(0, at))) {
      const value = line.slice(at + 1).trim();
      if (value) core.setSecret(value);
    }
  }
}
