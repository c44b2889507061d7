/** The registry client's public surface (what actions import). */
export { RegistryClient, configPlatform, toImageRef, type RegistryClientOptions, type RepositoryRef, type RefInput, type PingResult, type ClientStats } from './client.js';
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
export { parsePlatform, formatPlatform, canonicalPlatform, samePlatform, PlatformError } from '../core/platforms.js';
export { selectManifest, isAttestation } from './platform.js';
export { defaultRetryPolicy } from './client.js';
export type { RetryPolicy } from '../core/retry.js';
export { registryScheme, isLoopbackHost, isInsecureRegistry } from '../core/registry-hosts.js';
export type { Descriptor, FetchedManifest, ImageConfig, ImageIndex, ImageManifest, ManifestHead, Platform } from './types.js';
