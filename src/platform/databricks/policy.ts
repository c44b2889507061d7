/**
 * Whether a cluster policy lets compute run a given `docker_image.url`. Policy definitions are
 * JSON (sent as a string) keyed by dotted attribute paths, one limitation per attribute:
 * fixed / forbidden / allowlist / blocklist / regex / unlimited. Pure.
 */

export type PolicyVerdict = { allowed: true } | { allowed: false; rule: string };

interface Limitation {
  type?: unknown;
  value?: unknown;
  values?: unknown;
  pattern?: unknown;
}

export function checkDockerImageUrl(definition: string, url: string): PolicyVerdict {
  let parsed: Record<string, Limitation>;
  try {
    parsed = JSON.parse(definition) as Record<string, Limitation>;
  } catch {
    return { allowed: true };
  }
  const limitation = parsed['docker_image.url'];
  if (!limitation || typeof limitation !== 'object') return { allowed: true };
  const values = Array.isArray(limitation.values) ? limitation.values.map(String) : [];
  switch (limitation.type) {
    case 'fixed':
      return limitation.value === url
        ? { allowed: true }
        : { allowed: false, rule: `fixes docker_image.url to '${String(limitation.value)}'` };
    case 'forbidden':
      return { allowed: false, rule: 'forbids docker_image.url (no custom containers)' };
    case 'allowlist':
      return values.includes(url)
        ? { allowed: true }
        : { allowed: false, rule: `allows only these docker_image.url values: ${values.map((v) => `'${v}'`).join(', ')}` };
    case 'blocklist':
      return values.includes(url) ? { allowed: false, rule: 'blocks this docker_image.url' } : { allowed: true };
    case 'regex': {
      const pattern = String(limitation.pattern ?? '');
      // Databricks anchors policy regexes at both ends of the value.
      let matches: boolean;
      try {
        matches = new RegExp(`^(?:${pattern})$`).test(url);
      } catch {
        return { allowed: true };
      }
      return matches ? { allowed: true } : { allowed: false, rule: `requires docker_image.url to match /${pattern}/` };
    }
    default:
      return { allowed: true };
  }
}
