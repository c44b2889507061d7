/**
 * The labels every image gets. Pure: facts about the commit and the hash in, labels out.
 *
 * - `org.opencontainers.image.revision`: the commit the image is built from.
 * - `org.opencontainers.image.source`: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).
 * - `org.opencontainers.image.created`: the commit time as ISO 8601 (never the wall clock, so two
 *   builds of one commit give the same config).
 * - `org.opencontainers.image.version`: the git tag at the commit, else the hash tag.
 * - {@link HASH_LABEL}: the full 64-hex build hash. The existence check reads it back: a tag whose
 *   image carries another value (overwritten by hand, pushed by another tool) is not a hit.
 *
 * None of these enter the hash (it covers what is built, not when or from which commit), so a
 * reused image keeps the labels of the commit that first built it: the revision where its
 * content first appeared.
 */

/** The label holding the full build hash (64 hex). Stable: changing it would make every image a miss. */
export const HASH_LABEL = 'io.image-actions.build-hash';

export const OCI_LABELS = {
  revision: 'org.opencontainers.image.revision',
  source: 'org.opencontainers.image.source',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version',
} as const;

export interface LabelFacts {
  /** 64-hex build hash. */
  hash: string;
  /** `h1-…`, the fallback version. */
  hashTag: string;
  /** Full commit SHA; empty outside a git repository (the label is then left out). */
  commit: string;
  /** Committer time in unix seconds; undefined outside a git repository. */
  commitTime?: number;
  /** Repository URL; empty when unknown (run outside Actions without a remote). */
  sourceUrl: string;
  /** Git tag at the commit; empty when none. */
  gitTag: string;
}

/** ISO 8601 in UTC without milliseconds: `2026-01-02T03:04:05Z`. */
export function isoSeconds(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function imageLabels(facts: LabelFacts): Record<string, string> {
  const labels: Record<string, string> = {};
  if (facts.commit) labels[OCI_LABELS.revision] = facts.commit;
  if (facts.sourceUrl) labels[OCI_LABELS.source] = facts.sourceUrl;
  if (facts.commitTime !== undefined) labels[OCI_LABELS.created] = isoSeconds(facts.commitTime);
  labels[OCI_LABELS.version] = facts.gitTag || facts.hashTag;
  labels[HASH_LABEL] = facts.hash;
  return labels;
}

/**
 * Labels from the `labels` input win over the toolkit's OCI labels (a user may set their own
 * `version`), but never over the hash label: the existence check depends on it.
 */
export function mergeLabels(generated: Record<string, string>, user: Record<string, string>): Record<string, string> {
  return { ...generated, ...user, [HASH_LABEL]: generated[HASH_LABEL] as string };
}
