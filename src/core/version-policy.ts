/**
 * Which version name an image is registered under. Pure: facts in, a decision out.
 *
 * - An explicit `version` input wins; it is checked, never rewritten.
 * - Otherwise, when the commit carries a semantic-version git tag, that version — WITHOUT a leading
 *   `v`: `v1.2.3` and `1.2.3` name the same release, SemVer itself says the `v` is not part of the
 *   version, and a platform that sorts or compares versions must see `1.2.3`. Pre-release and build
 *   metadata stay (`v2.0.0-rc.1+b.7` → `2.0.0-rc.1+b.7`).
 * - Otherwise the hash tag (`h1-<32 hex>`): the same build definition always gets the same version,
 *   so a re-run is a replay, never a second version.
 *
 * A tag that is not a semantic version (`nightly`, `release-2026`) is not used: such tags move and
 * are reused, while a registered version is immutable.
 */
import { parseSemVer } from './git/tag-choice.js';
import { InputError } from './errors.js';

/** The catalog's VersionName (openapi.yaml); DataWorks is stricter (42) and checks that itself. */
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
export const VERSION_MAX_LENGTH = 128;

export type VersionSource = 'input' | 'git-tag' | 'hash-tag';

export interface VersionFacts {
  /** The `version` input, trimmed; empty when not given. */
  explicit: string;
  /** A tag at the commit (git-state's `tag` output); empty when none. */
  gitTag: string;
  /** The hash tag `h1-<32 hex>` of the build definition. */
  hashTag: string;
}

export interface VersionDecision {
  version: string;
  source: VersionSource;
  /** One line for the log and the summary: where the name came from. */
  reason: string;
}

/** The version a git tag stands for, or undefined when the tag is not a semantic version. */
export function versionFromGitTag(tag: string): string | undefined {
  const trimmed = tag.trim();
  if (!parseSemVer(trimmed)) return undefined;
  return trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
}

/** Why `value` cannot be a version name, or undefined when it can. */
export function versionProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (value.length > VERSION_MAX_LENGTH) return `'${value.slice(0, 20)}…' has ${value.length} characters, more than ${VERSION_MAX_LENGTH}`;
  if (!VERSION_PATTERN.test(value)) {
    const bad = [...new Set([...value].filter((ch) => !/[A-Za-z0-9._+-]/.test(ch)))];
    const what = bad.length > 0 ? `contains ${bad.map((ch) => JSON.stringify(ch)).join(', ')}` : "starts with '.', '_', '+' or '-'";
    return `'${value}' ${what}`;
  }
  return undefined;
}

/** Throws an InputError naming `input` when `value` is not a usable version name. */
export function checkVersion(value: string, input = 'version'): string {
  const problem = versionProblem(value);
  if (problem) {
    throw new InputError(
      input,
      `${problem}; a version is 1 to ${VERSION_MAX_LENGTH} characters, letters, digits, '.', '_', '+' and '-', starting with a letter or digit`,
      'Use a semantic version such as 1.2.3, or leave it empty to use the git tag or the hash tag',
    );
  }
  return value;
}

export function decideVersion(facts: VersionFacts): VersionDecision {
  const explicit = facts.explicit.trim();
  if (explicit !== '') {
    return { version: checkVersion(explicit), source: 'input', reason: `the version input (${explicit})` };
  }
  const fromTag = facts.gitTag.trim() === '' ? undefined : versionFromGitTag(facts.gitTag);
  if (fromTag !== undefined) {
    return {
      version: checkVersion(fromTag, 'git-tag'),
      source: 'git-tag',
      reason: `the semantic-version tag ${facts.gitTag.trim()} at the commit`,
    };
  }
  const hashTag = facts.hashTag.trim();
  if (hashTag === '') {
    throw new InputError(
      'hash',
      'is empty, and neither a version nor a semantic-version git tag was given',
      "Pass the hash step's output (or set 'version')",
    );
  }
  const note = facts.gitTag.trim() === '' ? 'no git tag at the commit' : `the git tag ${facts.gitTag.trim()} is not a semantic version`;
  return { version: checkVersion(hashTag, 'hash'), source: 'hash-tag', reason: `the hash tag (${note})` };
}
