import {
  acrLocation,
  checkImageName as checkDataWorksImageName,
  checkVersionName as checkDataWorksVersionName,
} from '../../platform/dataworks/records.js';
import type { ImageVersionRequest, PlatformName } from '../../core/platform-model.js';

/**
 * The limits a platform adds to the generic checks, applied before the first request so that an
 * impossible name fails the step with nothing sent (DataWorks: image names of `[a-z0-9_]`, versions of
 * at most 42 characters, images in an ACR `<registry>/<namespace>/<repository>`).
 */
export function precheckForPlatform(platform: PlatformName, request: ImageVersionRequest): void {
  if (platform !== 'dataworks') return;
  checkDataWorksImageName(request.image);
  checkDataWorksVersionName(request.version);
  acrLocation(request.imageRef);
}
