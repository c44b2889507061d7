/**
 * Whether a cluster policy lets compute run a given `docker_image.url`. Policy definitions are
 * JSON (sent as a string) keyed by dotted attribute paths, one limitation per attribute:
 * fixed / forbidden / allowlist / blocklist / regex / unlimited. Pure.
 *
 * A policy made from a policy family carries its own rules in `policy_family_definition_overrides`
 * (a JSON string, "merged into the inherited policy definition": databricks-sdk-go
 * `service/compute/model.go` `Policy`/`CreatePolicy` @ 1ff3c785), so a rule there wins over one in
 * `definition`. Unverified: whether `policies/clusters/get` returns the family's inherited rules in
 * `definition`; a family rule on `docker_image.url` that is in neither field is not seen here, and
 * Databricks still enforces it on update.
 */

export type PolicyVerdict = { allowed: true } | { allowed: false; rule: string };

interface Limitation {
  type?: unknown;
  value?: unknown;
  values?: unknown;
  pattern?: unknown;
}

function urlRule(json: string | undefined): Limitation | undefined {
  if (!json) return undefined;
  try {
    const rule = (JSON.parse(json) as Record<string, unknown>)['docker_image.url'];
    return rule && typeof rule === 'object' ? (rule as Limitation) : undefined;
  } catch {
    return undefined;
  }
}

export function checkDockerImageUrl(definition: string, url: string, familyOverrides?: string): PolicyVerdict {
  const limitation = urlRule(familyOverrides) ?? urlRule(definition);
  if (!limitation) return { allowed: true };
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
