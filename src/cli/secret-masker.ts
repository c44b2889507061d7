import { redact } from '../runtime/redact.js';

/**
 * Does for the CLI what the runner does for an action's log: values announced with
 * `::add-mask::` never reach the terminal. Works line by line; a secret is redacted wherever it
 * appears afterwards, in logs, outputs and the summary.
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  private pending = '';

  /** Takes raw log text; returns what may be shown (whole lines only, mask commands removed). */
  filter(text: string): string {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    const shown: string[] = [];
    for (const line of lines) {
      const mask = /^::add-mask::(.*)$/.exec(line);
      if (mask) {
        if (mask[1]) this.secrets.add(unescapeCommandData(mask[1]));
        continue;
      }
      shown.push(this.redact(line));
    }
    return shown.length > 0 ? `${shown.join('\n')}\n` : '';
  }

  /** What is left of an unfinished last line. */
  flush(): string {
    return this.pending === '' ? '' : this.filter('\n');
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }
}

/** Undoes the escaping @actions/core applies to a workflow command's data (`%` → `%25`, CR → `%0D`, LF → `%0A`). */
export function unescapeCommandData(data: string): string {
  return data.replace(/%25|%0D|%0A/g, (escaped) => ({ '%25': '%', '%0D': '\r', '%0A': '\n' })[escaped] ?? escaped);
}
