/**
 * The decisions of `promote` that need no I/O: which version is asked for (a name, `previous`, or
 * whatever a channel holds), which channels each platform has, how the image moves (tags only,
 * cross-repository mount, streamed copy), which tags it gets at the destination, and the checks a
 * promotion must pass before anything moves. Every refusal is an InputError that names the input.
 */
import { InputError } from './errors.js';
import { type ImageRef, isValidTag, parsePinnedImageRef, repositoryName } from './image-ref.js';
import type { ChannelState, PlatformName } from './platform-model.js';
import { versionProblem } from './version-policy.js';

/**
 * How a platform names where a version is promoted to:
 * - `named`: channels of any name per image (the catalog: `staging`, `production`);
 * - `single`: one pointer per image (DataWorks: the published version; PublishImage / RollbackImage);
 * - `none`: no records at all (Databricks: a promotion is the image moved and attached to targets;
 *   Metaflow and ZenML: the image moved, then registered at the destination by the register step).
 */
export type ChannelModel = { kind: 'named' } | { kind: 'single'; name: string } | { kind: 'none' };

/** DataWorks' one channel per image: the version its workspaces run, published. */
export const DATAWORKS_CHANNEL = 'published';

export const CHANNEL_MODELS: Record<PlatformName, ChannelModel> = {
  catalog: { kind: 'named' },
  dataworks: { kind: 'single', name: DATAWORKS_CHANNEL },
  databricks: { kind: 'none' },
  metaflow: { kind: 'none' },
  zenml: { kind: 'none' },
};

/** The `version` that means "what to-channel held before its current version": a rollback. */
export const PREVIOUS = 'previous';

/** The catalog's ChannelName (openapi.yaml). */
const CHANNEL_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const CHANNEL_MAX_LENGTH = 63;

export function checkChannelName(input: string, value: string): string {
  if (value.length > CHANNEL_MAX_LENGTH || !CHANNEL_NAME.test(value)) {
    throw new InputError(
      input,
      `'${value}' is not a channel name (lowercase letters and digits, separated by '.', '_' or '-'; at most ${CHANNEL_MAX_LENGTH})`,
      'Use a name such as staging or production',
    );
  }
  return value;
}

/** Which version a run promotes. */
export type VersionSelector =
  | { kind: 'version'; version: string }
  /** What to-channel held before its current version. */
  | { kind: 'previous' }
  /** Whatever this channel holds when the run starts. */
  | { kind: 'channel'; channel: string }
  /** Databricks keeps no versions: the version is the pinned reference itself. */
  | { kind: 'reference'; ref: string; digest: string };

export interface PromotionInputs {
  platform: PlatformName;
  /** The inputs as given, trimmed (empty: not given). */
  version: string;
  fromChannel: string;
  toChannel: string;
  requireChannel: string;
}

export interface PromotionChoice {
  selector: VersionSelector;
  /** Where the version goes; undefined on a platform without channels. */
  toChannel?: string;
  /** Only a version this channel holds may be promoted. */
  requireChannel?: string;
}

/** Checks how the version and the channels were asked for, against what the platform has. */
export function decidePromotion(inputs: PromotionInputs): PromotionChoice {
  const model = CHANNEL_MODELS[inputs.platform];
  if (inputs.version !== '' && inputs.fromChannel !== '') {
    throw new InputError(
      'from-channel',
      `is set together with version '${inputs.version}'`,
      'Give either version (a version name, or previous for a rollback) or from-channel (promote what that channel holds)',
    );
  }
  if (inputs.version === '' && inputs.fromChannel === '') {
    throw new InputError(
      'version',
      'is empty and no from-channel is set',
      'Give the version to promote (e.g. 1.2.3, or previous for a rollback), or from-channel to promote what that channel holds',
    );
  }
  if (model.kind === 'none') return decideWithoutChannels(inputs);

  const toChannel = model.kind === 'single' ? singleChannel(inputs, model.name) : namedChannel(inputs);
  const selector: VersionSelector =
    inputs.version === PREVIOUS
      ? { kind: 'previous' }
      : inputs.version !== ''
        ? { kind: 'version', version: checkVersionName(inputs.version) }
        : { kind: 'channel', channel: checkChannelName('from-channel', inputs.fromChannel) };
  if (selector.kind === 'channel' && selector.channel === toChannel) {
    throw new InputError(
      'from-channel',
      `is the same channel as to-channel (${toChannel}): that promotion would change nothing`,
      'Promote from another channel, e.g. from-channel: staging with to-channel: production',
    );
  }
  const requireChannel = inputs.requireChannel === '' ? undefined : checkChannelName('require-channel', inputs.requireChannel);
  if (requireChannel !== undefined && requireChannel === toChannel) {
    throw new InputError(
      'require-channel',
      `is the same channel as to-channel (${toChannel})`,
      'Name the channel a version must pass first, e.g. require-channel: staging with to-channel: production',
    );
  }
  return { selector, toChannel, ...(requireChannel !== undefined ? { requireChannel } : {}) };
}

function checkVersionName(version: string): string {
  const problem = versionProblem(version);
  if (problem) {
    throw new InputError(
      'version',
      `${problem}; a version name is 1 to 128 letters, digits, '.', '_', '+' and '-'`,
      'Give a registered version name (e.g. 1.2.3), previous for a rollback, or from-channel',
    );
  }
  return version;
}

function namedChannel(inputs: PromotionInputs): string {
  if (inputs.toChannel === '') {
    throw new InputError('to-channel', `is required on ${inputs.platform}`, 'Name the channel to promote to, e.g. production');
  }
  return checkChannelName('to-channel', inputs.toChannel);
}

function singleChannel(inputs: PromotionInputs, name: string): string {
  const only = `${inputs.platform} has one channel per image, '${name}' (the version its workspaces run)`;
  if (inputs.toChannel !== '' && inputs.toChannel !== name) {
    throw new InputError('to-channel', `'${inputs.toChannel}': ${only}`, `Leave to-channel empty or set it to ${name}`);
  }
  for (const [input, value] of [
    ['from-channel', inputs.fromChannel],
    ['require-channel', inputs.requireChannel],
  ] as const) {
    if (value !== '')
      throw new InputError(input, `'${value}': ${only}, so there is no other channel to read`, 'Give the version to promote');
  }
  return name;
}

function decideWithoutChannels(inputs: PromotionInputs): PromotionChoice {
  const none = `${inputs.platform} keeps no channels`;
  for (const [input, value] of [
    ['to-channel', inputs.toChannel],
    ['from-channel', inputs.fromChannel],
    ['require-channel', inputs.requireChannel],
  ] as const) {
    if (value !== '') {
      throw new InputError(input, `'${value}': ${none}`, 'Leave it empty: the promotion moves the image and attaches it to the targets');
    }
  }
  const fix = `Pass the image pinned by digest (<repository>@sha256:<64 hex>): ${inputs.platform} keeps no version names, the register step's version-id is that reference`;
  if (inputs.version === PREVIOUS) throw new InputError('version', `'previous': ${none}, so there is nothing to roll back to`, fix);
  const pinned = parsePinnedImageRef(inputs.version);
  if (!pinned) throw new InputError('version', `'${inputs.version}' is not an image reference pinned by digest`, fix);
  return { selector: { kind: 'reference', ref: inputs.version, digest: pinned.digest } };
}

/**
 * Where a platform lets the image go. DataWorks runs the registry reference its version records
 * (an ACR URI): a copy elsewhere would not change what DataWorks runs, so it is refused.
 */
export function checkDestinationAllowed(platform: PlatformName, toImage: string | undefined): void {
  if (toImage === undefined || platform !== 'dataworks') return;
  throw new InputError(
    'to-image',
    `dataworks runs the image its version records (its ACR ImageUri), so a copy to ${toImage} would not change what DataWorks runs`,
    'Leave to-image empty on dataworks (the version is published where it is), or register the copy as a version of its own',
  );
}

/**
 * The version before `current` in a channel's promotion history (oldest first): what the latest
 * promotion to `current` replaced. Rolling back twice returns to where it started, as
 * `kubectl rollout undo` does.
 */
export function versionBeforeCurrent(
  history: ReadonlyArray<{ version: string; previousVersion?: string | undefined }>,
  current: string,
): string | undefined {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const entry = history[index]!;
    if (entry.version === current) return entry.previousVersion;
  }
  return undefined;
}

/** `require-channel`: the version must be the one that channel holds now. */
export function checkRequiredChannel(image: string, required: string, holding: ChannelState | undefined, version: string): void {
  if (holding?.version === version) return;
  throw new InputError(
    'require-channel',
    holding
      ? `channel ${required} of ${image} holds ${holding.version}, not ${version}`
      : `channel ${required} of ${image} holds no version, so ${version} has not passed it`,
    `Promote ${version} to ${required} first, or promote what ${required} holds (from-channel: ${required})`,
  );
}

/** How the image reaches the destination repository. */
export type MoveKind = 'tags' | 'mount' | 'copy';

export type RepositoryRef = Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;

/**
 * Same repository: only tags move (manifest PUTs, zero blob bytes). Another repository of the same
 * registry: blobs are mounted across repositories (zero blob bytes). Another registry: streamed.
 */
export function decideMove(source: RepositoryRef, destination: RepositoryRef): MoveKind {
  if (source.apiHost !== destination.apiHost) return 'copy';
  return source.repository === destination.repository ? 'tags' : 'mount';
}

export function describeMove(kind: MoveKind): string {
  if (kind === 'tags') return 'same repository: tags only (zero blob bytes)';
  if (kind === 'mount') return 'another repository of the same registry: cross-repository blob mount (zero blob bytes)';
  return 'another registry: streamed copy with digest checks';
}

/**
 * A version as a tag: versions may hold `+` (SemVer build metadata), tags may not; `_` stands for
 * it, as Helm does for OCI tags. Every valid version name is then a valid tag.
 */
export function versionTag(version: string): string {
  const tag = version.replace(/\+/g, '_');
  if (!isValidTag(tag))
    throw new InputError('version', `'${version}' cannot be written as an image tag`, 'Use a semantic version such as 1.2.3');
  return tag;
}

/**
 * The tags the destination gets: the version's own tag first (immutable: it may exist only on this
 * digest), then the extra tags (they move).
 */
export function destinationTags(version: string, extra: readonly string[]): { versionTag: string; tags: string[] } {
  const own = versionTag(version);
  return { versionTag: own, tags: [own, ...extra.filter((tag) => tag !== own)] };
}

/** Why the destination's existing version tag forbids the promotion, or undefined when it does not. */
export function versionTagProblem(destination: string, tag: string, existing: string | undefined, digest: string): string | undefined {
  if (existing === undefined || existing === digest) return undefined;
  return `${destination}:${tag} already exists with digest ${existing}, not ${digest}: a version's tag names one image forever, so nothing was moved. Promote to another repository, or find out who pushed that tag`;
}

/**
 * The image's hash labels (per platform) must exist and, when the platform recorded the build hash,
 * equal it: the registry must hold the very image that was registered. Undefined when they do.
 */
export function hashLabelProblem(
  reference: string,
  labels: Readonly<Record<string, string | undefined>>,
  expected: string | undefined,
): string | undefined {
  const entries = Object.entries(labels);
  if (entries.length === 0) return `${reference} has no image to read labels from`;
  for (const [platform, label] of entries) {
    if (!label)
      return `${reference} (${platform}) carries no build-hash label: it was not built by image-actions, so it cannot be promoted as a registered version`;
    if (expected !== undefined && label !== expected) {
      return `${reference} (${platform}) carries build hash ${label}, but the platform registered ${expected}: the registry holds another image than the one registered`;
    }
  }
  return undefined;
}

/** The commit a deployment records: the platform's record, else the image's revision label, else the workflow's commit. */
export function deploymentRef(facts: {
  recorded?: string | undefined;
  label?: string | undefined;
  workflowSha?: string | undefined;
}): string | undefined {
  return facts.recorded || facts.label || facts.workflowSha || undefined;
}

/** `registry/repository@digest`: what the destination holds, as compute pulls it. */
export function pinnedName(repository: RepositoryRef, digest: string): string {
  return `${repositoryName(repository)}@${digest}`;
}
