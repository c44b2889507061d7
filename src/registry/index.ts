/** The registry client's public surface (what actions import). */
export { RegistryClient, toImageRef, type RegistryClientOptions, type RepositoryRef, type RefInput, type PingResult, type ClientStats } from './client.js';
export { copyImage, copyBlob, type CopyImageResult, type CopyImageOptions, type BlobCopyOutcome } from './copy.js';
export {
  chainCredentials,
  defaultCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  runCredentialHelper,
  credentialHelperRunner,
  type Credential,
  type CredentialSource,
  type HelperRunner,
} from './credentials.js';
export { RegistryError } from './errors.js';
export type { FetchLike } from './http.js';
export { MediaTypes, manifestAccept, isIndexMediaType, isImageManifestMediaType } from './media-types.js';
export { parsePlatform, formatPlatform, normalizePlatform, samePlatform, selectManifest, isAttestation, PlatformError } from './platform.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry.js';
export { registryScheme, isLoopbackHost } from './scheme.js';
export type { Descriptor, FetchedManifest, ImageConfig, ImageIndex, ImageManifest, ManifestHead, Platform } from './types.js';
