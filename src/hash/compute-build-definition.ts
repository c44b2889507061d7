/**
 * Computes the build definition of a Dockerfile build and its hash: reads the Dockerfile and the
 * ignore file, finds what Docker would send — from git's listing on a git checkout (the fast path:
 * git-context.ts), else by walking the context — hashes the files whose blob id git cannot vouch
 * for on every core while the scan goes on, resolves the images the build pulls (when given a
 * resolver), and assembles the canonical definition (src/core/build-definition.ts). Both ways give
 * the same entries, hence the same hash.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContextFilter } from '../core/dockerignore/context-filter.js';
import { BadPatternError } from '../core/dockerignore/go-glob.js';
import { ignoreFileCandidates, readIgnorePatterns } from '../core/dockerignore/ignore-file.js';
import { BLOB_PREFIX, sortEntries, type ContextEntry, type PackedFiles } from '../core/context-tree.js';
import { buildManifest, type BuildDefinition, type BuildManifest, type ResolvedImage } from '../core/build-definition.js';
import { dockerfileImages } from '../core/dockerfile-images.js';
import { parseImageRef } from '../core/image-ref.js';
import { hostPlatform, normalizePlatforms } from '../core/platforms.js';
import { InputError, StepError } from '../core/errors.js';
import { nowMs } from './clock.js';
import { tuneForLargeTree } from '../runtime/large-tree.js';
import { readGitWorkTree, type GitWorkTreeResult } from '../git/index-blobs.js';
import { ContextScanner, type ContextScan } from './walk-context.js';
import { GitContextScan, type GitScanReport } from './git-context.js';
import type { GitListings } from './git-listings.js';
import { BlobHasher } from './hash-files.js';
import type { WorkerProblem } from './blob-worker.js';

export interface BuildDefinitionOptions {
  /** Absolute path of the build context. */
  contextDir: string;
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  buildArgs?: Record<string, string>;
  /** Stage to build; empty for the last one. */
  target?: string;
  /** As given (normalized here); empty means the runner's platform. */
  platforms?: string[];
  /** Secret ids. */
  secrets?: string[];
  labels?: Record<string, string>;
  /** Resolves an image reference to its (index) digest; without it images are recorded as written. */
  resolveBase?: (ref: string) => Promise<string>;
  /** Use the git index for unmodified tracked files (default true). */
  useGit?: boolean;
  /** Git listings shared with other calls in this process (plan: one listing for every image of a repository). */
  gitListings?: GitListings;
  /** Hashing threads (default: one per core). */
  workers?: number;
  onWarning?: (message: string) => void;
}

export interface FastPathReport {
  used: boolean;
  /** Why git could not help, when it could not. */
  reason?: string;
  /** Files whose digest came from the git index (their bytes were not read). */
  fromIndex: number;
  /** Tracked files read anyway because git may convert their bytes (attributes, core.autocrlf). */
  converted?: number;
}

export interface BuildDefinitionResult {
  definition: BuildDefinition;
  hash: string;
  tag: string;
  files: number;
  bytes: number;
  /** Entries of the context (files, folders, symlinks). */
  entryCount: number;
  manifest: BuildManifest;
  ignoreFile: string | null;
  fastPath: FastPathReport;
  /** Absolute paths whose bytes were read. */
  readPaths: string[];
  bytesRead: number;
  /** Hashing threads started (0 when the main thread read the few files itself). */
  threads: number;
  /** Milliseconds per phase (prepare, git, scan, attributes (within scan), hash, entries, definition). */
  timings: Record<string, number>;
}

function problemError(relative: string, problem: WorkerProblem): Error {
  if (problem.kind === 'other')
    return new StepError(`'${relative}' became ${problem.message} while the context was being hashed; run the step again`);
  if (['ECHANGED', 'ELOOP', 'ENOENT'].includes(problem.code)) {
    return new StepError(`'${relative}' changed while the context was being hashed; run the step again when nothing writes to the context`);
  }
  return new InputError('context', `cannot read '${relative}' (${problem.code})`, 'Make it readable, or exclude it in .dockerignore');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

function readDockerfile(file: string): Buffer {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new InputError('dockerfile', `'${file}' is not a file`, 'Point dockerfile at the Dockerfile itself');
    return readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (errorCode(error) === 'ENOENT')
      throw new InputError('dockerfile', `'${file}' does not exist`, 'Create it, or set dockerfile to the path of your Dockerfile');
    throw new InputError('dockerfile', `cannot read '${file}' (${errorCode(error)})`, 'Make the Dockerfile readable');
  }
}

function checkContext(dir: string): string {
  let stats;
  try {
    stats = statSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT')
      throw new InputError('context', `'${dir}' does not exist`, 'Set context to an existing folder (relative to the workspace)');
    throw new InputError('context', `cannot read '${dir}' (${errorCode(error)})`, 'Make the context folder readable');
  }
  if (!stats.isDirectory()) throw new InputError('context', `'${dir}' is not a folder`, 'Set context to the folder Docker builds from');
  // BuildKit resolves the context root itself (fsutil NewFS) and nothing below it.
  return realpathSync(dir);
}

/** The ignore file that applies, and its patterns (parsed and validated like Docker does). */
function loadIgnoreFile(contextDir: string, dockerfile: string): { label: string | null; patterns: string[] } {
  for (const candidate of ignoreFileCandidates(contextDir, dockerfile)) {
    let text: string;
    try {
      if (!statSync(candidate.file).isFile()) continue;
      text = readFileSync(candidate.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') continue;
      throw new InputError('context', `cannot read ${candidate.label} (${errorCode(error)})`, 'Make the ignore file readable');
    }
    try {
      const patterns = readIgnorePatterns(text);
      new ContextFilter(patterns); // throws on a pattern Docker rejects
      return { label: candidate.label, patterns };
    } catch (error) {
      const problem = error instanceof BadPatternError ? error.message : error instanceof Error ? error.message : String(error);
      throw new InputError('context', `${candidate.label}: ${problem}`, 'Fix the pattern; docker build rejects it too');
    }
  }
  return { label: null, patterns: [] };
}

async function resolveImages(refs: string[], resolveBase: BuildDefinitionOptions['resolveBase']): Promise<ResolvedImage[]> {
  return Promise.all(
    refs.map(async (ref): Promise<ResolvedImage> => {
      const pinned = parseImageRef(ref).digest;
      if (pinned) return { ref, digest: pinned };
      if (!resolveBase) return { ref };
      return { ref, digest: await resolveBase(ref) };
    }),
  );
}

/** From this many files to read on, the context is large (see runtime/large-tree.ts). */
const LARGE_CONTEXT_FILES = 5000;

/** Git's view of the context, or why there is none. */
function gitView(options: BuildDefinitionOptions, contextDir: string): Promise<GitWorkTreeResult> {
  if (options.useGit === false) return Promise.resolve({ available: false, reason: 'disabled' });
  // Alone, the context's view comes early: the hash runs while git still looks for modified files.
  return options.gitListings ? options.gitListings.forContext(contextDir) : readGitWorkTree(contextDir, undefined, { early: true });
}

/** What every attempt at hashing the context shares. */
interface ContextHashing {
  contextDir: string;
  ignoreFile: string | null;
  /** The ignore file's patterns: each attempt walks with a filter of its own (a filter keeps state). */
  patterns: readonly string[];
  workers: number | undefined;
  /** Adds the time since the last lap to `phase`. */
  lap: (phase: string) => void;
  manifest: (entries: ContextEntry[], packed: PackedFiles | undefined) => Promise<BuildManifest>;
}

/** One hashing of the context from one view of git. */
interface Attempt {
  scan: ContextScan;
  hashed: Awaited<ReturnType<BlobHasher['finish']>>;
  entries: ContextEntry[];
  gitReport: GitScanReport | undefined;
  fallback: string | undefined;
  manifest: BuildManifest;
  /** Said once the attempt stands (an early one may be done again). */
  warnings: string[];
}

/** Finds what Docker would send (from git's view, else by walking), hashes what git cannot vouch for, and builds the manifest. */
async function hashContext(context: ContextHashing, view: GitWorkTreeResult): Promise<Attempt> {
  const { contextDir, ignoreFile } = context;
  const hasher = new BlobHasher({ root: contextDir, ...(context.workers !== undefined ? { threads: context.workers } : {}) });
  const scanner = new ContextScanner(contextDir, new ContextFilter(context.patterns), ignoreFile ?? '.dockerignore', (relative) => {
    if (hasher.paths.length === LARGE_CONTEXT_FILES) tuneForLargeTree();
    hasher.add(relative);
  });
  let gitReport: GitScanReport | undefined;
  let fallback = view.available ? undefined : view.reason;
  try {
    if (view.available && view.tree.listing.others.includes('./')) fallback = 'git tracks nothing in the context folder';
    else if (view.available) gitReport = await GitContextScan.run(scanner, view.tree);
    if (!gitReport) await scanner.walk('');
  } catch (error) {
    await hasher.abort();
    throw error;
  }
  if (gitReport?.attributesProblem) fallback = gitReport.attributesProblem;
  context.lap('scan');
  const { scan } = scanner;
  const warnings = scan.special.map(
    (special) => `Skipping ${special.kind} '${special.path}': Docker cannot copy it into an image as file content`,
  );
  const isDotGit = (file: string) => file === '.git' || file.startsWith('.git/');
  if (scan.entries.some((entry) => isDotGit(entry.path)) || scan.toRead.some(isDotGit)) {
    warnings.push(
      "The context includes the '.git' folder (Docker sends it unless .dockerignore excludes it), so the hash changes with every fetch or commit. Add '.git' to .dockerignore.",
    );
  }

  const hashed = await hasher.finish();
  context.lap('hash');
  const entries: ContextEntry[] = scan.entries;
  scan.toRead.forEach((relative, i) => {
    const problem = hashed.problems.get(i);
    if (problem) throw problemError(relative, problem);
    entries.push({
      path: relative,
      type: 'file',
      mode: hashed.executable[i] ? '755' : '644',
      digest: BLOB_PREFIX + hashed.blobs[i],
      size: hashed.sizes[i] ?? 0,
    });
  });
  sortEntries(entries);
  context.lap('entries');
  const manifest = await context.manifest(entries, scan.packed);
  context.lap('definition');
  return { scan, hashed, entries, gitReport, fallback, manifest, warnings };
}

export async function computeBuildDefinition(options: BuildDefinitionOptions): Promise<BuildDefinitionResult> {
  const warn = options.onWarning ?? (() => {});
  const timings: Record<string, number> = {};
  let mark = nowMs();
  const lap = () => {
    const now = nowMs();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const contextDir = checkContext(options.contextDir);
  // Git runs in its own processes while the Dockerfile and the ignore file are read here.
  const gitViewPromise = gitView(options, contextDir);
  const dockerfileBytes = readDockerfile(options.dockerfile);
  const platforms = normalizePlatforms(options.platforms ?? []);
  const buildArgs = options.buildArgs ?? {};
  // BuildKit drops a UTF-8 byte order mark before parsing; the hash keeps the bytes as they are.
  const dockerfileText = dockerfileBytes.toString('utf8').replace(/^\uFEFF/, '');
  const images = dockerfileImages(dockerfileText, { buildArgs, target: options.target ?? '', platforms, buildPlatform: hostPlatform() });
  for (const warning of images.warnings) warn(`Dockerfile ${warning}`);
  // Resolving images may take network round trips: let them run while the context is hashed.
  const resolvedImages = resolveImages(images.syntax ? [...images.images, images.syntax] : images.images, options.resolveBase);
  resolvedImages.catch(() => {}); // awaited below; this only avoids an unhandled rejection if hashing fails first
  const { label: ignoreFile, patterns } = loadIgnoreFile(contextDir, path.resolve(options.dockerfile));
  timings.prepare = lap();

  let view = await gitViewPromise;
  timings.git = lap();
  const context: ContextHashing = {
    contextDir,
    ignoreFile,
    patterns,
    workers: options.workers,
    lap: (phase) => (timings[phase] = (timings[phase] ?? 0) + lap()),
    manifest: async (entries, packed) =>
      buildManifest({
        dockerfileBytes,
        entries,
        ...(packed ? { packed } : {}),
        ignoreFile,
        images: await resolvedImages,
        platforms,
        target: images.target,
        buildArgs,
        secrets: options.secrets ?? [],
        labels: options.labels ?? {},
      }),
  };
  let attempt: Attempt;
  try {
    attempt = await hashContext(context, view);
  } catch (error) {
    // An early view that git has not confirmed yet may be why: it is settled before the error stands.
    const instead = view.available ? await view.tree.confirmation : undefined;
    if (!instead) throw error;
    view = instead;
    attempt = await hashContext(context, view);
  }
  if (view.available && view.tree.confirmation) {
    const instead = await view.tree.confirmation;
    timings.confirm = lap();
    // Git found files that differ from the index (or could not say): hashed again with its answer.
    if (instead) attempt = await hashContext(context, instead);
  }
  for (const warning of attempt.warnings) warn(warning);
  const { scan, hashed, entries, gitReport, fallback, manifest } = attempt;
  const fastPath: FastPathReport =
    gitReport && !gitReport.attributesProblem
      ? { used: true, fromIndex: gitReport.fromIndex, ...(gitReport.converted > 0 ? { converted: gitReport.converted } : {}) }
      : { used: false, ...(fallback !== undefined ? { reason: fallback } : {}), fromIndex: 0 };
  return {
    timings,
    definition: manifest.definition,
    hash: manifest.hash,
    tag: manifest.tag,
    files: manifest.context.files,
    bytes: manifest.context.bytes,
    entryCount: entries.length + (scan.packed?.chosen.length ?? 0),
    manifest,
    ignoreFile,
    fastPath,
    // Made when asked for: 100,000 absolute paths are memory the hash itself never needs.
    get readPaths() {
      return scan.toRead.map((relative) => `${contextDir}/${relative}`);
    },
    bytesRead: hashed.bytesRead,
    threads: hashed.threads,
  };
}
