/**
 * Why two build definitions differ, in plain words: "rebuilt because `requirements.txt` changed
 * and base `python:3.12` moved to a new digest". Pure: two manifests in, sentences out.
 */
import type { BuildManifest, ResolvedImage } from './build-definition.js';
import { verifyManifest } from './build-definition.js';
import type { ContextEntry } from './context-tree.js';
import { specChanges } from './spec/diff.js';

export interface Explanation {
  same: boolean;
  /** One sentence for a log line or a PR comment. */
  summary: string;
  /** Every difference, one line each. */
  details: string[];
  /** Problems with the files themselves (hand-edited, different recipe). */
  warnings: string[];
}

const MAX_LISTED = 20;

function code(text: string): string {
  return `\`${text}\``;
}

function shortDigest(digest: string | undefined): string {
  if (!digest) return 'no digest';
  const [algorithm, hex = ''] = digest.split(':');
  return `${algorithm}:${hex.slice(0, 12)}`;
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function describeEntry(entry: ContextEntry): string {
  if (entry.type === 'dir') return `folder ${code(`${entry.path}/`)}`;
  if (entry.type === 'symlink') return `symlink ${code(entry.path)}`;
  return code(entry.path);
}

interface ContextChange {
  /** Short form for the summary sentence. */
  short: string;
  detail: string;
}

/** File-level differences; a folder added or removed as a whole is one change. */
function contextChanges(before: ContextEntry[], after: ContextEntry[]): ContextChange[] {
  const a = new Map(before.map((e) => [e.path, e]));
  const b = new Map(after.map((e) => [e.path, e]));
  const changes: ContextChange[] = [];
  const addedDirs: string[] = [];
  const removedDirs: string[] = [];
  const under = (dirs: string[], p: string) => dirs.some((d) => p.startsWith(`${d}/`));
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const p of paths) {
    const old = a.get(p);
    const now = b.get(p);
    if (!old && now) {
      if (under(addedDirs, p)) continue;
      if (now.type === 'dir') {
        addedDirs.push(p);
        const count = after.filter((e) => e.type === 'file' && e.path.startsWith(`${p}/`)).length;
        changes.push({
          short: `${describeEntry(now)} was added`,
          detail: `${describeEntry(now)} was added${count > 0 ? ` (${count} file${count === 1 ? '' : 's'})` : ' (empty)'}`,
        });
      } else {
        changes.push({ short: `${describeEntry(now)} was added`, detail: `${describeEntry(now)} was added` });
      }
      continue;
    }
    if (old && !now) {
      if (under(removedDirs, p)) continue;
      if (old.type === 'dir') removedDirs.push(p);
      changes.push({ short: `${describeEntry(old)} was removed`, detail: `${describeEntry(old)} was removed` });
      continue;
    }
    if (!old || !now) continue;
    if (old.type !== now.type) {
      changes.push({ short: `${code(p)} changed`, detail: `${code(p)} changed from a ${old.type} to a ${now.type}` });
    } else if (old.type === 'file' && now.type === 'file') {
      if (old.digest !== now.digest) {
        const sizes = old.size === now.size ? 'same size, new content' : `${old.size} → ${now.size} bytes`;
        changes.push({ short: `${code(p)} changed`, detail: `${code(p)} changed (${sizes})` });
      } else if (old.mode !== now.mode) {
        const text = now.mode === '755' ? `${code(p)} became executable` : `${code(p)} is no longer executable`;
        changes.push({ short: text, detail: text });
      }
    } else if (old.type === 'symlink' && now.type === 'symlink' && old.target !== now.target) {
      changes.push({
        short: `symlink ${code(p)} changed`,
        detail: `symlink ${code(p)} now points to ${code(now.target)} (was ${code(old.target)})`,
      });
    }
  }
  return changes;
}

function recordChanges(kind: string, a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    // Values are not printed: build args sometimes carry things that should not end up in logs.
    if (!(key in a)) out.push(`${kind} ${code(key)} was added`);
    else if (!(key in b)) out.push(`${kind} ${code(key)} was removed`);
    else if (a[key] !== b[key]) out.push(`${kind} ${code(key)} changed`);
  }
  return out;
}

function imageChanges(a: ResolvedImage[], b: ResolvedImage[]): string[] {
  const before = new Map(a.map((i) => [i.ref, i]));
  const after = new Map(b.map((i) => [i.ref, i]));
  const out: string[] = [];
  for (const ref of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(ref);
    const now = after.get(ref);
    if (!old) out.push(`base ${code(ref)} was added`);
    else if (!now) out.push(`base ${code(ref)} is no longer used`);
    else if (old.digest !== now.digest) {
      out.push(
        old.digest && now.digest
          ? `base ${code(ref)} moved to a new digest (${shortDigest(old.digest)} → ${shortDigest(now.digest)})`
          : `base ${code(ref)} is now ${now.digest ? `pinned to ${shortDigest(now.digest)}` : 'recorded without a digest'}`,
      );
    }
  }
  return out;
}

function listChanges(kind: string, a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const item of b) if (!a.includes(item)) out.push(`${kind} ${code(item)} was added`);
  for (const item of a) if (!b.includes(item)) out.push(`${kind} ${code(item)} was removed`);
  return out;
}

/** Why the Dockerfile differs: in spec terms when both builds come from a spec. */
function dockerfileChanges(a: BuildManifest, b: BuildManifest): string[] {
  if (a.spec && b.spec) {
    const changes = specChanges(a.spec, b.spec);
    if (changes.length > 0) return changes;
    // An opaque Dockerfile is the user's; anything else was rendered, so only the renderer can explain it.
    return b.spec.base.kind === 'dockerfile'
      ? ['the Dockerfile changed']
      : ['the rendered Dockerfile changed (same spec: another version of the renderer)'];
  }
  if (!a.spec && b.spec) return ['the build is now declared by an image spec (it was a Dockerfile)'];
  if (a.spec && !b.spec) return ['the build is now a Dockerfile (it was declared by an image spec)'];
  return ['the Dockerfile changed'];
}

/** Explains how `b` (the new build) differs from `a` (the old one). */
export function explainDifference(a: BuildManifest, b: BuildManifest): Explanation {
  const warnings: string[] = [];
  for (const [label, manifest] of [
    ['first', a],
    ['second', b],
  ] as const) {
    const check = verifyManifest(manifest);
    if (!check.hashMatches) warnings.push(`the ${label} file's hash does not match its definition (edited by hand?)`);
    if (check.entriesMatch === false) warnings.push(`the ${label} file's context entries do not match its context digest`);
  }
  const da = a.definition;
  const db = b.definition;
  if (a.hash === b.hash) {
    return { same: true, summary: `Same build definition (${b.tag}): nothing to rebuild.`, details: [], warnings };
  }

  const short: string[] = [];
  const details: string[] = [];
  if (da.recipe !== db.recipe) {
    const text = `the hash recipe changed from ${da.recipe} to ${db.recipe}`;
    short.push(text);
    details.push(text);
  }
  if (da.dockerfile !== db.dockerfile) {
    const changes = dockerfileChanges(a, b);
    short.push(...changes.slice(0, 3));
    if (changes.length > 3) short.push(`${changes.length - 3} more change${changes.length - 3 === 1 ? '' : 's'} to the spec`);
    details.push(...changes);
  }
  if (da.context !== db.context) {
    const entriesA = a.context?.entries;
    const entriesB = b.context?.entries;
    if (Array.isArray(entriesA) && Array.isArray(entriesB)) {
      const changes = contextChanges(entriesA, entriesB);
      if (changes.length === 0) {
        short.push('the build context changed');
        details.push('the build context changed');
      } else {
        short.push(...changes.slice(0, 2).map((c) => c.short));
        if (changes.length > 2) short.push(`${changes.length - 2} more context change${changes.length - 2 === 1 ? '' : 's'}`);
        details.push(...changes.slice(0, MAX_LISTED).map((c) => c.detail));
        if (changes.length > MAX_LISTED) details.push(`… and ${changes.length - MAX_LISTED} more context changes`);
      }
    } else {
      short.push('the build context changed');
      details.push('the build context changed (the files do not list their entries)');
    }
    if ((a.context?.ignoreFile ?? null) !== (b.context?.ignoreFile ?? null)) {
      details.push(
        `the ignore file is now ${b.context?.ignoreFile ? code(b.context.ignoreFile) : 'none'} (was ${a.context?.ignoreFile ? code(a.context.ignoreFile) : 'none'})`,
      );
    }
  }
  const images = imageChanges(da.images ?? [], db.images ?? []);
  short.push(...images.map((line) => line.replace(/ \(.*\)$/, '')));
  details.push(...images);
  if ((da.platforms ?? []).join(',') !== (db.platforms ?? []).join(',')) {
    const text = `platforms changed from ${(da.platforms ?? []).join(', ') || 'none'} to ${(db.platforms ?? []).join(', ') || 'none'}`;
    short.push(text);
    details.push(text);
  }
  if (da.target !== db.target) {
    const text = `the target stage changed from ${code(da.target)} to ${code(db.target)}`;
    short.push(text);
    details.push(text);
  }
  for (const line of [
    ...recordChanges('build arg', da.buildArgs ?? {}, db.buildArgs ?? {}),
    ...listChanges('secret', da.secrets ?? [], db.secrets ?? []),
    ...recordChanges('label', da.labels ?? {}, db.labels ?? {}),
  ]) {
    short.push(line);
    details.push(line);
  }
  if (short.length === 0) {
    // Same fields, different hash: only a field this version does not know about can explain it.
    short.push('the definitions differ in a field this version does not compare');
    details.push(short[0] as string);
  }
  const sentence = `Rebuilt because ${joinWords(short)}.`;
  return { same: false, summary: sentence, details, warnings };
}
