/**
 * The two text forms of lists that inputs and files share: items separated by commas or new
 * lines (`platforms`, `tags`), and `KEY=value` lines (`build-args`, `labels`), with their one
 * canonical order for command lines. Pure.
 */
import { InputError } from './errors.js';

/** Items separated by commas or new lines, trimmed, empties dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `KEY=value` lines into an object: the key is trimmed, the value keeps everything after the first
 * `=`. A line without a key is an error naming `input`.
 */
export function parseKeyValueLines(lines: readonly string[], input: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at <= 0) throw new InputError(input, `line '${line}' is not KEY=VALUE`, 'Write one KEY=VALUE per line');
    result[line.slice(0, at).trim()] = line.slice(at + 1);
  }
  return result;
}

/** `KEY=value` pairs sorted by key, so the same request always gives the same argv. */
export function sortedPairs(record: Readonly<Record<string, string>>): string[] {
  return Object.keys(record)
    .sort()
    .map((key) => `${key}=${record[key]}`);
}
