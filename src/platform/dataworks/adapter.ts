import { targetName } from '../../core/targets.js';
import { InputError, StepError } from '../../core/errors.js';
import { actionsLog, type PlatformLog } from '../log.js';
import { VersionConflictError, type PlatformAdapter } from '../platform.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest } from '../../core/platform-model.js';
import type { PlatformRetryOptions } from '../retry-policy.js';
import { DataWorksClient } from './client.js';
import { acrLocation, checkImageName, checkVersionName, idempotencyToken, parseVersionDescription, versionDescription } from './records.js';
import type { Acs3Credentials } from './sign.js';

/**
 * Alibaba Cloud DataWorks custom images (OpenAPI 2024-05-18).
 *
 * - One DataWorks image per image name (`Name`: lowercase, digits, `_`). It is created by the
 *   first version (`CreateImage` needs the image URI, with `ClientToken` for idempotency);
 *   `ensureImage` only looks it up.
 * - Each of our versions is one DataWorks version, created by `CreateImage` (first) or
 *   `UpdateImage` (later), recorded with a marker in its `Description` (see records.ts), then
 *   published (`PublishImage` with a deterministic `ProcessId`). Same version + same digest →
 *   `created: false`; same version + another digest → failure, nothing changed.
 * - `attach` associates the image with workspaces (`project/<id>`, `AssociateProjectToImage`).
 *   DataWorks associates whole images and runs an image's current version, so attaching refuses
 *   a version that is not the image's newest one. DataWorks has no API that attaches an image to
 *   a resource group.
 *
 * `UpdateImage` has no idempotency token: two registers racing on a NEW version of the same image
 * can both add a DataWorks version; the lowest one with our marker is the one reported.
 */

export interface DataWorksPlatformOptions {
  /** `dataworks.<region>.aliyuncs.com`, a region id, or a URL. */
  endpoint: string;
  credentials: Acs3Credentials;
  /** ACR Enterprise Edition instance holding the images (`cri-…`); required by DataWorks for ACR images. */
  acrInstanceId: string;
  /** VPC associated with that ACR instance (`vpc-…`). */
  acrVpcId: string;
  /** Node types the image serves (`Supported.TaskTypes`); default Shell and Python. */
  taskTypes?: string[];
  /** Default Private. */
  accessibility?: 'Private' | 'Public';
  log?: PlatformLog;
  fetch?: typeof fetch;
  retry?: PlatformRetryOptions;
  now?: () => Date;
  nonce?: () => string;
}

interface ImageRecord {
  Id?: string;
  Name?: string;
  Version?: string;
  Description?: string;
  ImageUri?: string;
  PublishStage?: string;
  Status?: string;
}

interface Paged<T> {
  PagingInfo?: { ImageList?: T[]; ImageVersions?: T[]; PageNumber?: number; PageSize?: number; TotalCount?: number };
}

interface OurVersion {
  imageId: string;
  dwVersion: string;
  version: string;
  digest: string;
  imageUri?: string;
  publishStage?: string;
}

const PAGE_SIZE = 100;

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
    const description = versionDescription(request.version, request.digest, request.description);
    const fields = {
      ImageUri: request.imageRef,
      Namespace: location.namespace,
      RepositoryName: location.repository,
      AcrInstanceId: this.options.acrInstanceId,
      AcrAssociatedVpcId: this.options.acrVpcId,
      Description: description,
      Supported: JSON.stringify({ Module: 'Scheduler', TaskTypes: this.options.taskTypes ?? ['Shell', 'Python'] }),
    };

    let imageId = await this.findImage(request.image);
    let createdImage = false;
    if (!imageId) {
      try {
        imageId = await this.createImage(request, fields);
        createdImage = true;
      } catch (error) {
        // Someone else may have created it meanwhile (name taken): carry on with that image.
        this.imageIds.delete(request.image);
        imageId = await this.findImage(request.image);
        if (!imageId) throw error;
        this.log.info(`DataWorks image '${request.image}' appeared meanwhile (${imageId}); adding the version to it.`);
      }
    }

    let listing = await this.listVersions(imageId);
    let mine = this.pick(request, listing.versions);
    let created = createdImage && mine !== undefined;
    if (!mine) {
      // UpdateImage takes the same fields as CreateImage and adds a version.
      await this.client.call('UpdateImage', { form: { Id: imageId, ...fields } });
      listing = await this.listVersions(imageId);
      mine = this.pick(request, listing.versions);
      if (!mine) {
        throw new StepError(
          `DataWorks UpdateImage on ${imageId} succeeded but no version carries '${request.version}' afterwards; check the image in the DataWorks console.`,
        );
      }
      created = true;
    }
    await this.publishIfNeeded(mine, listing.newest);
    this.log.info(
      created
        ? `DataWorks image '${request.image}' (${imageId}): version ${mine.dwVersion} is '${request.version}' (${request.digest}).`
        : `DataWorks image '${request.image}' (${imageId}) already has '${request.version}' with this digest as version ${mine.dwVersion}.`,
    );
    return { ...toImageVersion(request.image, mine, created), imageRef: request.imageRef };
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    checkImageName(image);
    const imageId = await this.findImage(image);
    if (!imageId) return undefined;
    const matches = (await this.listVersions(imageId)).versions.filter((candidate) => candidate.version === version);
    const first = matches[0];
    return first ? toImageVersion(image, first, false) : undefined;
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
    const { newest } = await this.listVersions(imageId);
    if (newest !== undefined && newest !== dwVersion) {
      throw new StepError(
        `DataWorks associates whole images with workspaces and runs the image's current version (${newest}), ` +
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

  private async publishIfNeeded(mine: OurVersion, newest: string | undefined): Promise<void> {
    if (mine.publishStage === 'Published' || mine.publishStage === 'Publishing') return;
    if (newest !== undefined && newest !== mine.dwVersion) {
      this.log.warning(
        `DataWorks version ${mine.dwVersion} of ${mine.imageId} is not published and is no longer the newest (${newest}); leaving it unpublished.`,
      );
      return;
    }
    const response = await this.client.call<{ Data?: { Success?: boolean; ProcessId?: string } }>('PublishImage', {
      form: { Id: mine.imageId, ProcessId: idempotencyToken('PublishImage', mine.imageId, mine.dwVersion, mine.digest) },
    });
    if (response.Data?.Success === false) {
      throw new StepError(
        `DataWorks did not start publishing ${mine.imageId} version ${mine.dwVersion} (PublishImage Data.Success false).`,
      );
    }
    this.log.info(`DataWorks is publishing ${mine.imageId} version ${mine.dwVersion} (process ${response.Data?.ProcessId ?? 'unknown'}).`);
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

  /** Our versions (lowest DataWorks version first) and the image's newest version, ours or not. */
  private async listVersions(imageId: string): Promise<{ versions: OurVersion[]; newest?: string }> {
    const records = await this.listAll('ListImageVersions', 'ImageVersions', { Id: imageId });
    const versions: OurVersion[] = [];
    let newest: string | undefined;
    for (const record of records) {
      if (record.Version !== undefined && (newest === undefined || Number(record.Version) > Number(newest)))
        newest = String(record.Version);
      const marker = parseVersionDescription(record.Description);
      if (!marker || record.Version === undefined) continue;
      // The pulled reference is per version; if it names another digest the marker is not this
      // version's (e.g. a description shared across versions) and must not identify it.
      const uriDigest = /@(sha256:[0-9a-f]{64})$/.exec(record.ImageUri ?? '')?.[1];
      if (uriDigest !== undefined && uriDigest !== marker.digest) continue;
      versions.push({
        imageId,
        dwVersion: String(record.Version),
        version: marker.version,
        digest: marker.digest,
        ...(record.ImageUri ? { imageUri: record.ImageUri } : {}),
        ...(record.PublishStage ? { publishStage: record.PublishStage } : {}),
      });
    }
    // Lowest DataWorks version first: with duplicates (a race on UpdateImage) the first one wins.
    versions.sort((a, b) => Number(a.dwVersion) - Number(b.dwVersion));
    return { versions, ...(newest !== undefined ? { newest } : {}) };
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

function toImageVersion(image: string, mine: OurVersion, created: boolean): ImageVersion {
  return {
    id: `${mine.imageId}:${mine.dwVersion}`,
    image,
    version: mine.version,
    digest: mine.digest,
    imageRef: mine.imageUri ?? '',
    created,
  };
}

function splitVersionId(id: string): { imageId: string; dwVersion: string } {
  const colon = id.lastIndexOf(':');
  if (colon <= 0) throw new StepError(`'${id}' is not a DataWorks version id (<image-id>:<version>).`);
  return { imageId: id.slice(0, colon), dwVersion: id.slice(colon + 1) };
}
