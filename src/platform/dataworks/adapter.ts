import { targetName } from '../../core/targets.js';
import { InputError, StepError } from '../../core/errors.js';
import { formatImageRef, parseImageRef } from '../../core/image-ref.js';
import { actionsLog, type PlatformLog } from '../log.js';
import { ChannelMovedError, VersionConflictError, VersionNotCurrentError, type PlatformAdapter } from '../platform.js';
import type {
  Attachment,
  AttachmentTarget,
  ChannelState,
  ImageVersion,
  ImageVersionRequest,
  PromotionRequest,
  PromotionResult,
  PublishResult,
} from '../../core/platform-model.js';
import { DATAWORKS_CHANNEL as PUBLISHED } from '../../core/promotion.js';
import type { PlatformRetryOptions } from '../retry-policy.js';
import { DataWorksApiError, DataWorksClient } from './client.js';
import { publishImage, realPollSeams, runImageTest, waitWhilePublishing, type PollSeams } from './publish.js';
import { acrLocation, checkImageName, checkVersionName, hashTagUri, idempotencyToken, versionDescription } from './records.js';
import type { Acs3Credentials } from './sign.js';
import {
  currentOurVersion,
  ourVersionBeforeCurrent,
  versionListing,
  type ImageRecord,
  type OurVersion,
  type VersionListing,
} from './versions.js';
import type { HttpFetch } from '../../runtime/http-transport.js';

/**
 * Alibaba Cloud DataWorks custom images (OpenAPI 2024-05-18).
 *
 * - One DataWorks image per image name (`Name`: lowercase, digits, `_`). It is created by the
 *   first version (`CreateImage` needs the image URI, with `ClientToken` for idempotency);
 *   `ensureImage` only looks it up.
 * - Each of our versions is one DataWorks version, created by `CreateImage` (first) or
 *   `UpdateImage` (later), recorded with a marker in its `Description` (records.ts). Its
 *   `ImageUri` is the immutable hash tag, checked in the registry to still point at the digest
 *   before anything is written. Same version + same digest → `created: false`; same version +
 *   another digest → failure, nothing changed.
 * - `publishVersion` tests the version first when a test resource group is configured
 *   (`RunImageTest`, polling `GetImageTestResult`) and publishes it only after the test passed
 *   (`PublishImage`); without one it publishes untested and says so (`tested: false`).
 *   `rollbackTo` makes an earlier version current again (`RollbackImage {Id, ImageVersion}`).
 * - Promotion: an image has one channel, `published`: the current version, when it is ours.
 *   `promote` rolls the image back to the version when it is not current, then publishes it
 *   (tested first as above); the channel's revision is the current DataWorks version number, so a
 *   version made current by someone else since the promotion was decided is never overwritten.
 * - `attach` associates the image with workspaces (`project/<id>`, `AssociateProjectToImage`).
 *   DataWorks associates whole images and runs an image's current version, so attaching refuses
 *   a version that is not current. DataWorks has no API that attaches an image to a resource group.
 *
 * Where each request shape comes from (the official SDKs; placement = query string or form body):
 * - CreateImage: everything in the body (TS `src/client.ts` `createImageWithOptions` @ d23e6b83;
 *   `Supported` and `BuildConfig` JSON strings).
 * - UpdateImage: `AcrAssociatedVpcId`, `AcrInstanceId`, `ImageUri`, `Namespace`, `RepositoryName` in
 *   the query; `Accessibility`, `BuildConfig`, `Description`, `Id`, `Name`, `ProviderImageId`,
 *   `Supported` in the body (TS `updateImageWithOptions` @ d23e6b83; Python `update_image_with_options`).
 * - ListImages, ListImageVersions, ListImageAssociatedProjects: query (Go `client/client.go`
 *   `ListImagesWithOptions`, `ListImageVersionsWithOptions`, `ListImageAssociatedProjectsWithOptions`
 *   @ 846decbe). AssociateProjectToImage: body (Go `AssociateProjectToImageWithOptions`).
 * - RunImageTest, PublishImage, RollbackImage: body; GetImageTestResult: query (TS @ d23e6b83,
 *   see publish.ts).
 *
 * Unverified assumptions (check these first with an account): see versions.ts (which call creates
 * a version, per-version Description, the `IsDefault` flag) and publish.ts (publishing untested);
 * plus: `ImageUri` must be a tag (a digest reference is not used), and the error codes for name
 * clashes are not published. Promote assumes `RollbackImage` makes any version of ours current,
 * also one newer than the current one (the SDK documents only its parameters). `UpdateImage` has
 * no idempotency token: two registers racing on a NEW version of the same image can both add a
 * DataWorks version; the lowest one with our marker is the one reported.
 */

export interface DataWorksPlatformOptions {
  /** `dataworks.<region>.aliyuncs.com`, a region id, or a URL. */
  endpoint: string;
  credentials: Acs3Credentials;
  /** ACR Enterprise Edition instance holding the images (`cri-…`); required by DataWorks for ACR images. */
  acrInstanceId: string;
  /** VPC associated with that ACR instance (`vpc-…`). */
  acrVpcId: string;
  /**
   * The digest the registry serves under a reference right now (undefined when absent): checks
   * that the hash tag still points at the digest being registered.
   */
  tagDigest: (ref: string) => Promise<string | undefined>;
  /** Serverless resource group the image test runs on; without it versions are published untested. */
  testResourceGroup?: string;
  /** Node types the image serves (`Supported.TaskTypes`); default Shell and Python. */
  taskTypes?: string[];
  /** Default Private. */
  accessibility?: 'Private' | 'Public';
  log?: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
  poll?: PollSeams;
  now?: () => Date;
  nonce?: () => string;
}

interface Paged<T> {
  PagingInfo?: { ImageList?: T[]; ImageVersions?: T[]; PageNumber?: number; PageSize?: number; TotalCount?: number };
}

const PAGE_SIZE = 100;
/** UpdateImage sends after failures without a clear answer whose version is not there. */
const AMBIGUOUS_ROUNDS = 3;

export class DataWorksPlatform implements PlatformAdapter {
  readonly name = 'dataworks';
  private readonly client: DataWorksClient;
  private readonly log: PlatformLog;
  private readonly imageIds = new Map<string, string>();

  constructor(private readonly options: DataWorksPlatformOptions) {
    this.log = options.log ?? actionsLog;
    this.log.setSecret(options.credentials.accessKeyId);
    this.log.setSecret(options.credentials.accessKeySecret);
    if (options.credentials.securityToken) this.log.setSecret(options.credentials.securityToken);
    this.client = new DataWorksClient({
      endpoint: options.endpoint,
      credentials: options.credentials,
      log: this.log,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.nonce ? { nonce: options.nonce } : {}),
    });
  }

  async ensureImage(image: string): Promise<void> {
    checkImageName(image);
    const id = await this.findImage(image);
    this.log.info(
      id ? `DataWorks image '${image}' exists (${id}).` : `DataWorks image '${image}' does not exist yet; its first version creates it.`,
    );
  }

  async createVersion(request: ImageVersionRequest): Promise<ImageVersion> {
    checkImageName(request.image);
    checkVersionName(request.version);
    const location = acrLocation(request.imageRef);
    if (location.digest !== request.digest) {
      throw new InputError(
        'image',
        `'${request.imageRef}' does not carry digest ${request.digest}`,
        'Pass the reference and digest of the same build',
      );
    }
    const imageUri = hashTagUri(request.imageRef, request.build.hash);
    const description = versionDescription(request.version, request.digest, request.description);
    const supported = JSON.stringify({ Module: 'Scheduler', TaskTypes: this.options.taskTypes ?? ['Shell', 'Python'] });
    const registryFields = {
      ImageUri: imageUri,
      Namespace: location.namespace,
      RepositoryName: location.repository,
      AcrInstanceId: this.options.acrInstanceId,
      AcrAssociatedVpcId: this.options.acrVpcId,
    };

    let imageId = await this.findImage(request.image);
    let listing: VersionListing | undefined = imageId ? await this.listVersions(imageId) : undefined;
    const existing = listing ? this.pick(request, listing.versions) : undefined;
    if (existing) {
      this.log.info(
        `DataWorks image '${request.image}' (${existing.imageId}) already has '${request.version}' with this digest as version ${existing.dwVersion}.`,
      );
      return toImageVersion(request.image, existing, false, request.imageRef);
    }

    await this.checkTag(imageUri, request.digest);
    let created = false;
    if (!imageId) {
      try {
        imageId = await this.createImage(request, { ...registryFields, Description: description, Supported: supported });
        created = true;
      } catch (error) {
        // Someone else may have created it meanwhile (name taken): carry on with that image.
        this.imageIds.delete(request.image);
        imageId = await this.findImage(request.image);
        if (!imageId) throw error;
        this.log.info(`DataWorks image '${request.image}' appeared meanwhile (${imageId}); adding the version to it.`);
      }
      listing = await this.listVersions(imageId);
    }
    let mine = this.pick(request, listing?.versions ?? []);
    for (let round = 1; !mine; round++) {
      created = true;
      try {
        await this.client.call(
          'UpdateImage',
          { query: registryFields, form: { Id: imageId, Description: description, Supported: supported } },
          { repeatable: false },
        );
      } catch (error) {
        // No clear answer: the version may be there already; sending again would add a second one.
        if (!(error instanceof DataWorksApiError) || !error.ambiguous || round >= AMBIGUOUS_ROUNDS) throw error;
        this.log.info(`DataWorks UpdateImage on ${imageId} failed without a clear answer (${error.message}); reading the versions back.`);
      }
      listing = await this.listVersions(imageId);
      mine = this.pick(request, listing.versions);
      if (!mine && round >= AMBIGUOUS_ROUNDS) {
        throw new StepError(
          `DataWorks UpdateImage on ${imageId} succeeded but no version carries '${request.version}' afterwards; check the image in the DataWorks console.`,
        );
      }
    }
    this.log.info(
      `DataWorks image '${request.image}' (${imageId}): version ${mine.dwVersion} is '${request.version}' (${imageUri}, ${request.digest}).`,
    );
    return toImageVersion(request.image, mine, created, request.imageRef);
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    checkImageName(image);
    const imageId = await this.findImage(image);
    if (!imageId) return undefined;
    const first = (await this.listVersions(imageId)).versions.find((candidate) => candidate.version === version);
    return first ? toImageVersion(image, first, false) : undefined;
  }

  /**
   * Makes `version` of `image` the published one: runs the image test first when a test resource
   * group is configured and publishes only after it passed. `tested`: an image test of this version
   * finished (it passed when `published`; stage Unpublished means one passed before). `published:
   * false` with the stage when the test failed or publishing did not end in Published/Publishing. Throws VersionNotCurrentError when
   * `version` is not the image's current version (DataWorks tests and publishes only that one).
   */
  async publishVersion(image: string, version: string): Promise<PublishResult> {
    const { mine, listing } = await this.locate(image, version);
    if (listing.current !== mine.dwVersion) {
      throw new VersionNotCurrentError(
        `DataWorks tests and publishes an image's current version (${listing.current ?? 'none'}), but '${version}' is version ${mine.dwVersion} ` +
          `of ${mine.imageId}. Roll the image back to it first (RollbackImage). Nothing was changed.`,
        image,
        version,
        listing.current,
      );
    }
    const seams = this.options.poll ?? realPollSeams;
    const readStage = async () => (await this.locate(image, version)).mine.publishStage;
    const stage = mine.publishStage ?? 'Untest';
    let tested = stage === 'Unpublished';
    switch (stage) {
      case 'Published':
        return { published: true, tested: false, stage };
      case 'Publishing': {
        const final = await waitWhilePublishing(readStage, seams, this.log, mine);
        return { published: final === 'Published' || final === 'Publishing', tested: false, stage: final };
      }
      case 'TestFailed':
        return { published: false, tested: true, stage };
      case 'PublishFailed':
        return { published: false, tested: false, stage };
    }
    const resourceGroup = this.options.testResourceGroup;
    if (resourceGroup && (stage === 'Untest' || stage === 'Testing')) {
      const outcome = await runImageTest(this.client, mine, resourceGroup, seams, this.log);
      if (!outcome.passed) {
        this.log.warning(`DataWorks image test of ${mine.imageId} version ${mine.dwVersion} failed: ${outcome.message}. Not published.`);
        return { published: false, tested: true, stage: outcome.stage };
      }
      tested = true;
    } else if (stage === 'Testing') {
      throw new StepError(
        `DataWorks is testing ${mine.imageId} version ${mine.dwVersion} (a test started elsewhere); run register again when it ends. Nothing was published.`,
      );
    } else if (stage !== 'Untest' && stage !== 'Unpublished') {
      throw new StepError(
        `DataWorks ${mine.imageId} version ${mine.dwVersion} is at stage '${stage}', which cannot be published now. Nothing was changed.`,
      );
    }
    const final = await publishImage(this.client, mine, readStage, seams, this.log);
    return { published: final === 'Published' || final === 'Publishing', tested, stage: final };
  }

  /** Makes an earlier version of `image` current again (RollbackImage {Id, ImageVersion}); a no-op when it already is. */
  async rollbackTo(image: string, version: string): Promise<void> {
    const { mine, listing } = await this.locate(image, version);
    if (listing.current === mine.dwVersion) {
      this.log.info(`DataWorks image ${mine.imageId} already runs version ${mine.dwVersion} ('${version}'); nothing to roll back.`);
      return;
    }
    await this.client.call('RollbackImage', { form: { Id: mine.imageId, ImageVersion: mine.dwVersion } });
    const after = await this.listVersions(mine.imageId);
    if (after.current !== mine.dwVersion) {
      this.log.warning(
        `DataWorks accepted RollbackImage to version ${mine.dwVersion} of ${mine.imageId}, but reports version ${after.current ?? 'none'} as current.`,
      );
    } else {
      this.log.info(`DataWorks image ${mine.imageId} rolled back to version ${mine.dwVersion} ('${version}').`);
    }
  }

  async readChannel(image: string, channel: string): Promise<ChannelState | undefined> {
    checkChannel(channel);
    const listing = await this.listingOf(image);
    return listing && channelState(image, listing);
  }

  async previousVersion(image: string, channel: string): Promise<string | undefined> {
    checkChannel(channel);
    const listing = await this.listingOf(image);
    return listing && ourVersionBeforeCurrent(listing)?.version;
  }

  /**
   * Makes the version the published one: rolled back to when it is not current, then published.
   * Refused (ChannelMovedError, nothing changed) when the current version is no longer the one the
   * promotion was decided against; a version DataWorks does not publish (its test failed) fails.
   */
  async promote(request: PromotionRequest): Promise<PromotionResult> {
    checkChannel(request.channel);
    const target = request.version.version;
    const { mine, listing } = await this.locate(request.image, target);
    const now = channelState(request.image, listing);
    const seen = request.expected;
    const moved = now?.revision !== seen?.revision;
    if (moved && now?.version !== target) {
      throw new ChannelMovedError(request.image, request.channel, target, now?.version, seen?.version);
    }
    const wasPublished = listing.current === mine.dwVersion && mine.publishStage === 'Published';
    if (listing.current !== mine.dwVersion) await this.rollbackTo(request.image, target);
    const published = await this.publishVersion(request.image, target);
    if (!published.published) {
      throw new StepError(
        `DataWorks did not publish '${target}' of ${request.image} (stage ${published.stage}${published.tested ? ', after its image test' : ''}): ` +
          `it is the image's current version now, unpublished. Fix what the image test reports and register a new version, or promote another one.`,
      );
    }
    return {
      channel: request.channel,
      version: target,
      ...(now && now.version !== target ? { previousVersion: now.version } : {}),
      changed: !wasPublished,
    };
  }

  async attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]> {
    for (const target of targets) {
      if (target.kind !== 'project' || !/^[0-9]+$/.test(target.id)) {
        throw new StepError(
          `DataWorks attaches images to workspaces only (project/<id>), not '${targetName(target)}'. Nothing was changed.`,
        );
      }
    }
    const { imageId, dwVersion } = splitVersionId(version.id);
    const { current } = await this.listVersions(imageId);
    if (current !== undefined && current !== dwVersion) {
      throw new StepError(
        `DataWorks associates whole images with workspaces and runs the image's current version (${current}), ` +
          `but '${version.version}' is version ${dwVersion} of ${imageId}. Register '${version.version}' again as a new version, ` +
          'or roll the image back in DataWorks, before attaching it. Nothing was changed.',
      );
    }
    const associated = await this.client.call<{ Data?: unknown[] }>('ListImageAssociatedProjects', { query: { Id: imageId } });
    const already = new Set((associated.Data ?? []).map((id) => String(id)));
    const attachments: Attachment[] = [];
    for (const target of targets) {
      const changed = !already.has(target.id);
      if (changed) {
        await this.client.call('AssociateProjectToImage', { form: { Id: imageId, ProjectId: target.id } });
        already.add(target.id);
        this.log.info(`DataWorks workspace ${target.id}: associated with image ${imageId} (version ${dwVersion}).`);
      } else {
        this.log.info(`DataWorks workspace ${target.id} is already associated with image ${imageId}.`);
      }
      attachments.push({ target: targetName(target), image: version.image, version: version.version, changed });
    }
    return attachments;
  }

  /** The image's versions; undefined when there is no image of that name. */
  private async listingOf(image: string): Promise<VersionListing | undefined> {
    checkImageName(image);
    const imageId = await this.findImage(image);
    return imageId ? this.listVersions(imageId) : undefined;
  }

  private async locate(image: string, version: string): Promise<{ mine: OurVersion; listing: VersionListing }> {
    checkImageName(image);
    const imageId = await this.findImage(image);
    if (!imageId) throw new StepError(`DataWorks has no image named '${image}'. Register a version of it first.`);
    const listing = await this.listVersions(imageId);
    const mine = listing.versions.find((candidate) => candidate.version === version);
    if (!mine) throw new StepError(`DataWorks image '${image}' (${imageId}) has no version '${version}' registered by image-actions.`);
    return { mine, listing };
  }

  /** The registry must serve the digest under the hash tag before DataWorks is told to pull the tag. */
  private async checkTag(imageUri: string, digest: string): Promise<void> {
    const served = await this.options.tagDigest(imageUri);
    if (served === undefined) {
      throw new StepError(
        `The registry has no ${imageUri}: DataWorks pulls the hash tag, and the build step pushes it. Push the build again. Nothing was registered.`,
      );
    }
    if (served !== digest) {
      throw new StepError(
        `The registry serves ${served} under ${imageUri}, not ${digest}: the hash tag was moved. DataWorks would pull another image; ` +
          'rebuild with force-rebuild or restore the tag. Nothing was registered.',
      );
    }
  }

  private pick(request: ImageVersionRequest, versions: OurVersion[]): OurVersion | undefined {
    const named = versions.filter((candidate) => candidate.version === request.version);
    const other = named.find((candidate) => candidate.digest !== request.digest);
    if (other) {
      const conflict = new VersionConflictError(request.image, request.version, other.digest, request.digest);
      conflict.message = `${conflict.message} (DataWorks image ${other.imageId}, version ${other.dwVersion}). Nothing was changed.`;
      throw conflict;
    }
    return named[0];
  }

  private async createImage(request: ImageVersionRequest, fields: Record<string, string>): Promise<string> {
    const response = await this.client.call<{ ImageId?: string }>('CreateImage', {
      form: {
        Name: request.image,
        ProviderType: 'ACR',
        Accessibility: this.options.accessibility ?? 'Private',
        ClientToken: idempotencyToken('CreateImage', request.image, request.version, request.digest),
        ...fields,
      },
    });
    if (!response.ImageId) throw new StepError(`DataWorks CreateImage for '${request.image}' answered without an ImageId.`);
    this.imageIds.set(request.image, response.ImageId);
    return response.ImageId;
  }

  private async findImage(name: string): Promise<string | undefined> {
    const cached = this.imageIds.get(name);
    if (cached) return cached;
    const images = await this.listAll('ListImages', 'ImageList', { Name: name });
    const exact = images.filter((image) => image.Name === name && image.Id);
    if (exact.length > 1) this.log.warning(`DataWorks has ${exact.length} images named '${name}'; using ${exact[0]?.Id}.`);
    const id = exact[0]?.Id;
    if (id) this.imageIds.set(name, id);
    return id;
  }

  private async listVersions(imageId: string): Promise<VersionListing> {
    return versionListing(imageId, await this.listAll('ListImageVersions', 'ImageVersions', { Id: imageId }));
  }

  private async listAll(action: string, key: 'ImageList' | 'ImageVersions', query: Record<string, string>): Promise<ImageRecord[]> {
    const all: ImageRecord[] = [];
    for (let page = 1; ; page++) {
      const response = await this.client.call<Paged<ImageRecord>>(action, { query: { ...query, PageNumber: page, PageSize: PAGE_SIZE } });
      const items = response.PagingInfo?.[key] ?? [];
      all.push(...items);
      const total = response.PagingInfo?.TotalCount ?? all.length;
      if (items.length === 0 || all.length >= total || page >= 100) return all;
    }
  }
}

function toImageVersion(image: string, mine: OurVersion, created: boolean, imageRef?: string): ImageVersion {
  return {
    id: `${mine.imageId}:${mine.dwVersion}`,
    image,
    version: mine.version,
    digest: mine.digest,
    imageRef: imageRef ?? pinnedUri(mine),
    created,
  };
}

/** The version's `ImageUri` (a hash tag) pinned by the digest its marker records. */
function pinnedUri(mine: OurVersion): string {
  if (!mine.imageUri) return '';
  try {
    const ref = parseImageRef(mine.imageUri);
    return formatImageRef({ registry: ref.registry, repository: ref.repository, digest: mine.digest });
  } catch {
    return mine.imageUri;
  }
}

function checkChannel(channel: string): void {
  if (channel !== PUBLISHED) {
    throw new InputError(
      'to-channel',
      `'${channel}': DataWorks has one channel per image, '${PUBLISHED}'`,
      `Use ${PUBLISHED}, or leave it empty`,
    );
  }
}

/** The published channel: our current version, revision = its DataWorks version number. */
function channelState(image: string, listing: VersionListing): ChannelState | undefined {
  const current = currentOurVersion(listing);
  return current ? { image, channel: PUBLISHED, version: current.version, digest: current.digest, revision: current.dwVersion } : undefined;
}

function splitVersionId(id: string): { imageId: string; dwVersion: string } {
  const colon = id.lastIndexOf(':');
  if (colon <= 0) throw new StepError(`'${id}' is not a DataWorks version id (<image-id>:<version>).`);
  return { imageId: id.slice(0, colon), dwVersion: id.slice(colon + 1) };
}
