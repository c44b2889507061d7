/**
 * Conditional requests (RFC 9110 §13.1) for attachments and channels, as a pure decision: given the
 * current strong ETag (or none) and the request's If-Match / If-None-Match, may the change proceed?
 * Changing something that exists needs If-Match (RFC 6585 428 otherwise) so no writer overwrites a
 * state it has not seen; creating may say If-None-Match: * so two creators cannot both win.
 */

export type PreconditionResult = { ok: true } | { ok: false; status: 412 | 428; detail: string };

/** Entity tags of an If-Match header: `*`, or a list of `"tag"` / `W/"tag"` (weak ones never match strongly). */
export function parseEntityTags(header: string): { any: boolean; strong: string[] } | undefined {
  const value = header.trim();
  if (value === '*') return { any: true, strong: [] };
  const strong: string[] = [];
  const pattern = /\s*(W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(,|$)/gy;
  let consumed = 0;
  for (let match = pattern.exec(value); match && match[0] !== ''; match = pattern.exec(value)) {
    if (!match[1]) strong.push(match[2]!);
    consumed = pattern.lastIndex;
    if (consumed >= value.length) break;
  }
  if (consumed !== value.length) return undefined;
  return { any: false, strong };
}

export function checkPreconditions(
  what: string,
  currentEtag: string | undefined,
  ifMatch: string | undefined,
  ifNoneMatch: string | undefined,
): PreconditionResult {
  if (ifMatch !== undefined) {
    const tags = parseEntityTags(ifMatch);
    if (!tags)
      return { ok: false, status: 412, detail: `If-Match is not a list of entity tags: send the ETag of the ${what} as it was returned` };
    if (currentEtag === undefined)
      return { ok: false, status: 412, detail: `the ${what} does not exist, so If-Match cannot match: read it again` };
    if (!tags.any && !tags.strong.includes(currentEtag)) {
      return {
        ok: false,
        status: 412,
        detail: `the ${what} changed since you read it (ETag is now ${currentEtag}): read it again and retry`,
      };
    }
    return { ok: true };
  }
  if (ifNoneMatch !== undefined) {
    if (currentEtag !== undefined)
      return { ok: false, status: 412, detail: `the ${what} exists already (ETag ${currentEtag}): read it and send If-Match` };
    return { ok: true };
  }
  if (currentEtag !== undefined) {
    return { ok: false, status: 428, detail: `the ${what} exists: send If-Match with its current ETag (${currentEtag}) to change it` };
  }
  return { ok: true };
}
