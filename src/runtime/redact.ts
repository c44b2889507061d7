/**
 * Replaces every known secret in `text` with `***`, longest first so a secret that contains
 * another is hidden whole. For messages built from server answers: a server that echoes a
 * request must not make us print a credential.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of [...secrets].filter((s) => s !== '').sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('***');
  }
  return result;
}
