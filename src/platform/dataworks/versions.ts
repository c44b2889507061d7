/**
 * Reading our versions out of a DataWorks image's version list. Pure.
 *
 * Record fields are those of `ListImageVersionsResponseBodyPagingInfoImageVersions`
 * (aliyun/alibabacloud-typescript-sdk `dataworks-public-20240518/src/models/ListImageVersionsResponseBody.ts`
 * @ 36f2c04d): `Version` (a number as a string), `Description`, `ImageUri`, `ImageTag`,
 * `PublishStage`, `IsDefault` …
 *
 * Unverified assumptions (research C, open question 3), kept here so a user with an account
 * knows what to check first:
 * - `CreateImage` makes version 1 and each `UpdateImage` adds the next version.
 * - Each version keeps its own `Description`. If DataWorks kept one per image instead, older
 *   versions would show a newer version's marker; such copies are told apart by their `ImageUri`
 *   (see `ourVersions`).
 * - The version compute runs (the one `RunImageTest`, `PublishImage` and attaching act on) is the
 *   one flagged `IsDefault`, or the highest `Version` when no record carries the flag.
 */
import { parseVersionDescription } from './records.js';

export interface ImageRecord {
  Id?: string;
  Name?: string;
  Version?: string;
  Description?: string;
  ImageUri?: string;
  ImageTag?: string;
  PublishStage?: string;
  Status?: string;
  IsDefault?: boolean;
}

export interface OurVersion {
  imageId: string;
  dwVersion: string;
  version: string;
  digest: string;
  imageUri?: string;
  publishStage?: string;
}

export interface VersionListing {
  versions: OurVersion[];
  /** The DataWorks version compute runs, ours or not. */
  current?: string;
}

function versionNumber(record: ImageRecord): number {
  return Number(record.Version);
}

/** The version flagged IsDefault, else the highest version number. */
export function currentVersion(records: readonly ImageRecord[]): string | undefined {
  const flagged = records.find((record) => record.IsDefault === true && record.Version !== undefined);
  if (flagged) return String(flagged.Version);
  let highest: ImageRecord | undefined;
  for (const record of records) {
    if (record.Version === undefined) continue;
    if (!highest || versionNumber(record) > versionNumber(highest)) highest = record;
  }
  return highest?.Version === undefined ? undefined : String(highest.Version);
}

/**
 * The records that carry our marker, lowest DataWorks version first. A marker whose digest
 * disagrees with a digest-pinned `ImageUri` is not this version's; a marker seen on records with
 * different `ImageUri`s belongs to the newest of them (the older ones show a copied description).
 */
export function ourVersions(imageId: string, records: readonly ImageRecord[]): OurVersion[] {
  const candidates: Array<OurVersion & { number: number }> = [];
  for (const record of records) {
    const marker = parseVersionDescription(record.Description);
    if (!marker || record.Version === undefined) continue;
    const uriDigest = /@(sha256:[0-9a-f]{64})$/.exec(record.ImageUri ?? '')?.[1];
    if (uriDigest !== undefined && uriDigest !== marker.digest) continue;
    candidates.push({
      imageId,
      dwVersion: String(record.Version),
      number: versionNumber(record),
      version: marker.version,
      digest: marker.digest,
      ...(record.ImageUri ? { imageUri: record.ImageUri } : {}),
      ...(record.PublishStage ? { publishStage: record.PublishStage } : {}),
    });
  }
  const newestUri = new Map<string, { number: number; uri: string | undefined }>();
  for (const candidate of candidates) {
    const key = `${candidate.version}@${candidate.digest}`;
    const seen = newestUri.get(key);
    if (!seen || candidate.number > seen.number) newestUri.set(key, { number: candidate.number, uri: candidate.imageUri });
  }
  return candidates
    .filter((candidate) => newestUri.get(`${candidate.version}@${candidate.digest}`)?.uri === candidate.imageUri)
    .sort((a, b) => a.number - b.number)
    .map(({ number: _number, ...version }) => version);
}

export function versionListing(imageId: string, records: readonly ImageRecord[]): VersionListing {
  const current = currentVersion(records);
  return { versions: ourVersions(imageId, records), ...(current !== undefined ? { current } : {}) };
}

/** Our version that is current (what DataWorks runs), if the current one is ours. */
export function currentOurVersion(listing: VersionListing): OurVersion | undefined {
  return listing.current === undefined ? undefined : listing.versions.find((version) => version.dwVersion === listing.current);
}

/**
 * Our newest version below the current one: where a rollback goes. DataWorks keeps no history of
 * what was current when, so "before" is by version number, as RollbackImage counts.
 */
export function ourVersionBeforeCurrent(listing: VersionListing): OurVersion | undefined {
  if (listing.current === undefined) return undefined;
  const current = Number(listing.current);
  return listing.versions.filter((version) => Number(version.dwVersion) < current).at(-1);
}
