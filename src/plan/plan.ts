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
import { type ImageRef, parseImageRef, repositoryName, withTag } from '../core/image-ref.js';
import { computeBuildDefinition, type BuildDefinitionResult } from '../hash/compute-build-definition.js';
import { commonFolder, GitListings } from '../hash/git-listings.js';
import { inspectExistingImage } from '../registry/published-image.js';
import { parseBuildSecrets } from '../core/build-secrets.js';
import { sortedPairs } from '../core/lists.js';
import { registryBaseResolver } from '../hash/base-resolution.js';
import { decideReuse, type ReuseDecision } from '../core/reuse-decision.js';
import { limiter } from '../runtime/concurrency.js';
import type { RegistryClient } from '../registry/client.js';
import type { ImageEntry } from './images-file.js';
import { InputError } from '../core/errors.js';
import { normalizePlatforms } from '../core/platforms.js';
import { loadSpec, type LoadedSpec } from '../spec/load-spec.js';
import { prepareSpecBuild } from '../spec/spec-build.js';
import type { Environment } from '../core/spec/substitute.js';

/** One matrix job: the build action's inputs (by their names) plus what the plan learned. */
export interface MatrixEntry {
  name: string;
  image: string;
  /** Relative to the workspace, as the build action's inputs take them. */
  context: string;
  dockerfile: string;
  /** The spec, as the build action's `spec` input takes it (`images.yaml#name` when inline); empty for a Dockerfile. */
  spec: string;
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
  /** For `${VAR}` in specs' env values (default process.env). */
  env?: Environment;
  /** Registry lookups in flight at once (default 8). */
  lookups?: number;
}

/** Hashes in flight at once: enough to overlap base-image lookups; the hashing itself is CPU work in this process. */
const HASHES_AT_ONCE = 4;
const LOOKUPS_AT_ONCE = 8;

/** Every spec of the file read and rendered first: a bad spec fails the plan before any registry request. */
function loadSpecs(entries: readonly ImageEntry[], options: PlanOptions): Map<string, LoadedSpec> {
  const specs = new Map<string, LoadedSpec>();
  for (const entry of entries) {
    if (!entry.spec) continue;
    const loaded = loadSpec(entry.spec, { workspace: options.workspace, env: options.env ?? process.env, input: 'file' });
    for (const warning of loaded.rendered.warnings)
      options.warn?.(`${entry.name}: ${loaded.spec.fileName}:${warning.line ?? ''} ${warning.field}: ${warning.message}`);
    if (!entry.image && !loaded.spec.imageName && loaded.rendered.mode !== 'skip') {
      throw new InputError(
        'file',
        `images entry '${entry.name}' has no image, and its spec names none`,
        'Give image: in the entry, or registry and name in the spec',
      );
    }
    if (entry.platforms.length > 0 && loaded.spec.platforms.length > 0) {
      const given = normalizePlatforms(entry.platforms);
      if (given.join(',') !== loaded.spec.platforms.join(',')) {
        throw new InputError(
          'file',
          `images entry '${entry.name}' lists platforms ${given.join(', ')}, its spec ${loaded.spec.platforms.join(', ')}`,
          'Set the platforms in one place: the entry or the spec',
        );
      }
    }
    specs.set(entry.name, loaded);
  }
  return specs;
}

type Decided = { kind: 'skip'; reused: ReusedImage } | { kind: 'checked'; imageName: string; hashRef: ImageRef; decision: ReuseDecision };

export async function planImages(entries: readonly ImageEntry[], options: PlanOptions): Promise<Plan> {
  const log = options.log ?? (() => {});
  const resolveBase = registryBaseResolver(options.client); // shared: one lookup per base for all images
  const specs = loadSpecs(entries, options);
  const gitListings = entries.length > 0 ? new GitListings(commonFolder(entries.map((entry) => entry.context))) : undefined;
  const hashing = limiter(HASHES_AT_ONCE);
  const lookingUp = limiter(options.lookups ?? LOOKUPS_AT_ONCE);

  const hashOne = async (entry: ImageEntry) => {
    const spec = specs.get(entry.name);
    const secretIds = [...new Set([...entry.secrets, ...(spec?.rendered.secretIds ?? [])])].sort();
    const secretEnvs = secretIds.map((id) => `${id}=${id}`);
    const secrets = parseBuildSecrets({ secretEnvs }, options.workspace);
    const files = spec ? prepareSpecBuild(spec) : undefined;
    try {
      const hashed = await computeBuildDefinition({
        contextDir: files?.contextDir ?? entry.context,
        dockerfile: files?.dockerfile ?? entry.dockerfile,
        buildArgs: entry.buildArgs,
        target: entry.target,
        platforms: entry.platforms.length > 0 || !spec ? entry.platforms : spec.spec.platforms,
        secrets: secrets.ids,
        labels: entry.labels,
        ...(files && !files.useGit ? { useGit: false } : gitListings ? { gitListings } : {}),
        resolveBase,
        ...(options.warn ? { onWarning: (message: string) => options.warn?.(`${entry.name}: ${message}`) } : {}),
      });
      return { spec, secretEnvs, hashed };
    } finally {
      files?.dispose();
    }
  };
  const decide = async (entry: ImageEntry, spec: LoadedSpec | undefined, hashed: BuildDefinitionResult): Promise<Decided> => {
    if (spec?.rendered.mode === 'skip' && spec.spec.base.kind === 'parent') {
      // skip-build: the parent is the image, used as is; nothing to build.
      const parentRef = spec.spec.base.image;
      const digest = hashed.definition.images.find((image) => image.ref === parentRef)?.digest ?? (await resolveBase(parentRef));
      const image = `${repositoryName(parseImageRef(parentRef))}@${digest}`;
      return { kind: 'skip', reused: { name: entry.name, image, digest, tag: '', hash: hashed.hash } };
    }
    const imageName = entry.image || (spec?.spec.imageName as string);
    const hashRef = withTag(parseImageRef(imageName), hashed.tag);
    const found = await inspectExistingImage(options.client, hashRef, hashed.definition.platforms);
    const decision = decideReuse({
      found,
      requested: hashed.definition.platforms,
      hash: hashed.hash,
      hashTag: hashed.tag,
      forceRebuild: false,
    });
    return { kind: 'checked', imageName, hashRef, decision };
  };
  // Each image is looked up as soon as its hash is known, while the next ones are hashed.
  const decided = await Promise.all(
    entries.map(async (entry) => {
      const { spec, secretEnvs, hashed } = await hashing(() => hashOne(entry));
      return { entry, spec, secretEnvs, hashed, outcome: await lookingUp(() => decide(entry, spec, hashed)) };
    }),
  );

  const plan: Plan = { include: [], reused: [] };
  for (const { entry, spec, secretEnvs, hashed, outcome } of decided) {
    if (outcome.kind === 'skip') {
      log(`${entry.name}: skip-build — the parent image ${outcome.reused.image} is used as is`);
      plan.reused.push(outcome.reused);
      continue;
    }
    const { imageName, hashRef, decision } = outcome;
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
      image: imageName,
      context: spec ? '.' : relative(options.workspace, entry.context),
      dockerfile: spec ? '' : relative(options.workspace, entry.dockerfile),
      spec: entry.spec ? `${relative(options.workspace, entry.spec.file)}${entry.spec.entry ? `#${entry.spec.entry}` : ''}` : '',
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
