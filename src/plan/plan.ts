/**
 * The monorepo plan: for every image of an images file, the build hash (the same recipe as the hash
 * and build actions) and the existence check of its hash tag (the same reuse rule as the build
 * action: every platform present, matching hash label). Images to build become the `include` list
 * of a GitHub matrix; reused images are listed with their digests.
 *
 * At monorepo scale (issue 8: 100 images ≤ 0.1 × 100 `hash` processes): every hash runs in this
 * process, the repository is listed by git once for all of them (GitListings), each base image is
 * resolved once, and the registry lookups run side by side, a bounded number at a time.
 */
import path from 'node:path';
import { parseImageRef, repositoryName, withTag } from '../core/image-ref.js';
import { computeBuildDefinition, type BuildDefinitionResult } from '../hash/compute-build-definition.js';
import { commonFolder, GitListings } from '../hash/git-listings.js';
import { inspectExistingImage } from '../registry/published-image.js';
import { parseBuildSecrets } from '../core/build-secrets.js';
import { sortedPairs } from '../core/lists.js';
import { registryBaseResolver } from '../hash/base-resolution.js';
import { decideReuse } from '../core/reuse-decision.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageEntry } from './images-file.js';

/** One matrix job: the build action's inputs (by their names) plus what the plan learned. */
export interface MatrixEntry {
  name: string;
  image: string;
  /** Relative to the workspace, as the build action's inputs take them. */
  context: string;
  dockerfile: string;
  'build-args': string;
  platforms: string;
  target: string;
  /** `ID=ID` per secret id: the build action reads each from the step's environment variable of that name. */
  'secret-envs': string;
  labels: string;
  tags: string;
  hash: string;
  tag: string;
  /** Why it must be built, in words. */
  reason: string;
}

export interface ReusedImage {
  name: string;
  /** `<repository>@sha256:…` */
  image: string;
  digest: string;
  tag: string;
  hash: string;
}

export interface Plan {
  include: MatrixEntry[];
  reused: ReusedImage[];
}

const lines = (record: Record<string, string>) => sortedPairs(record).join('\n');

function relative(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/') || '.';
}

export interface PlanOptions {
  workspace: string;
  client: RegistryClient;
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Registry lookups in flight at once (default 8). */
  lookups?: number;
}

/** Hashes in flight at once: enough to overlap base-image lookups; the hashing itself is CPU work in this process. */
const HASHES_AT_ONCE = 4;
const LOOKUPS_AT_ONCE = 8;

/** Runs tasks with at most `limit` of them in flight. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export async function planImages(entries: readonly ImageEntry[], options: PlanOptions): Promise<Plan> {
  const log = options.log ?? (() => {});
  const resolveBase = registryBaseResolver(options.client); // shared: one lookup per base for all images
  const gitListings = entries.length > 0 ? new GitListings(commonFolder(entries.map((entry) => entry.context))) : undefined;
  const hashing = limiter(HASHES_AT_ONCE);
  const lookingUp = limiter(options.lookups ?? LOOKUPS_AT_ONCE);

  const hashOne = async (entry: ImageEntry) => {
    const secretEnvs = entry.secrets.map((id) => `${id}=${id}`);
    const secrets = parseBuildSecrets({ secretEnvs }, options.workspace);
    const hashed = await computeBuildDefinition({
      contextDir: entry.context,
      dockerfile: entry.dockerfile,
      buildArgs: entry.buildArgs,
      target: entry.target,
      platforms: entry.platforms,
      secrets: secrets.ids,
      labels: entry.labels,
      resolveBase,
      ...(gitListings ? { gitListings } : {}),
      ...(options.warn ? { onWarning: (message: string) => options.warn?.(`${entry.name}: ${message}`) } : {}),
    });
    return { secretEnvs, hashed };
  };
  const lookUp = async (entry: ImageEntry, hashed: BuildDefinitionResult) => {
    const hashRef = withTag(parseImageRef(entry.image), hashed.tag);
    const found = await inspectExistingImage(options.client, hashRef, hashed.definition.platforms);
    const decision = decideReuse({
      found,
      requested: hashed.definition.platforms,
      hash: hashed.hash,
      hashTag: hashed.tag,
      forceRebuild: false,
    });
    return { hashRef, decision };
  };
  // Each image is looked up as soon as its hash is known, while the next ones are hashed.
  const decided = await Promise.all(
    entries.map(async (entry) => {
      const { secretEnvs, hashed } = await hashing(() => hashOne(entry));
      return { entry, secretEnvs, hashed, ...(await lookingUp(() => lookUp(entry, hashed))) };
    }),
  );

  const plan: Plan = { include: [], reused: [] };
  for (const { entry, secretEnvs, hashed, hashRef, decision } of decided) {
    log(`${entry.name}: ${decision.action === 'reuse' ? 'reuse' : 'build'} — ${decision.reason}`);
    if (decision.action === 'reuse') {
      plan.reused.push({
        name: entry.name,
        image: `${repositoryName(hashRef)}@${decision.digest}`,
        digest: decision.digest,
        tag: hashed.tag,
        hash: hashed.hash,
      });
      continue;
    }
    plan.include.push({
      name: entry.name,
      image: entry.image,
      context: relative(options.workspace, entry.context),
      dockerfile: relative(options.workspace, entry.dockerfile),
      'build-args': lines(entry.buildArgs),
      platforms: hashed.definition.platforms.join(','),
      target: entry.target,
      'secret-envs': secretEnvs.join('\n'),
      labels: lines(entry.labels),
      tags: entry.tags.join(','),
      hash: hashed.hash,
      tag: hashed.tag,
      reason: decision.reason,
    });
  }
  return plan;
}
