import { StepError } from '../../core/errors.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest } from '../../core/platform-model.js';
import { targetName } from '../../core/targets.js';
import { actionsLog, type PlatformLog } from '../log.js';
import type { PlatformAdapter } from '../platform.js';
import { readConfigFile, realLockSeams, updateConfigFile, type LockSeams } from './config-file.js';
import { IMAGE_KEY, metaflowImage, REGISTRY_KEY, SHADOWING_KEYS } from './image.js';

/**
 * Metaflow has no image registry and no API: remote steps run the image its configuration names
 * (seed 002, "Defining Custom Images"). `createVersion` writes `METAFLOW_DEFAULT_CONTAINER_IMAGE`
 * (the image pinned by digest) and `METAFLOW_DEFAULT_CONTAINER_REGISTRY` into the config file,
 * keeping every other key, and hands back the `--with kubernetes:image=…` option that runs one
 * flow with the image without touching any config. Versions are not recorded anywhere (there is
 * nowhere to record them): `created` says whether the config changed, `getVersion` finds nothing.
 *
 * What was verified against what: the key names and file locations in Netflix/metaflow
 * `metaflow/metaflow_config_funcs.py` (`$METAFLOW_HOME/config.json`, `config_<profile>.json`) and
 * `metaflow/metaflow_config.py` (`KUBERNETES_CONTAINER_IMAGE` and `BATCH_CONTAINER_IMAGE` default
 * to the DEFAULT_* keys and win when set, hence the warning). Unverified here: that the Metaflow
 * version in use accepts a digest reference in `image` (Kubernetes and Batch themselves do).
 */
export interface MetaflowPlatformOptions {
  /** The config file to write: `…/config.json` or `…/config_<profile>.json`. */
  configFile: string;
  log?: PlatformLog;
  lock?: LockSeams;
}

export class MetaflowPlatform implements PlatformAdapter {
  readonly name = 'metaflow';
  private readonly log: PlatformLog;

  constructor(private readonly options: MetaflowPlatformOptions) {
    this.log = options.log ?? actionsLog;
  }

  async ensureImage(image: string): Promise<void> {
    this.log.debug(`Metaflow keeps no image records; nothing to ensure for '${image}'.`);
  }

  async createVersion(request: ImageVersionRequest): Promise<ImageVersion> {
    const target = metaflowImage(request.imageRef);
    const file = this.options.configFile;
    const update = await updateConfigFile(
      file,
      { [IMAGE_KEY]: target.image, [REGISTRY_KEY]: target.registry },
      this.options.lock ?? realLockSeams,
    );
    this.log.info(
      update.changed
        ? `Metaflow config ${file}: ${IMAGE_KEY}=${target.image}, ${REGISTRY_KEY}=${target.registry}.`
        : `Metaflow config ${file} already names ${target.image}; nothing changed.`,
    );
    const shadowing = SHADOWING_KEYS.filter((key) => update.config[key] !== undefined && update.config[key] !== '');
    if (shadowing.length > 0) {
      this.log.warning(
        `Metaflow config ${file} also sets ${shadowing.join(', ')}, which win over the default image for those steps; remove them to use ${target.image}.`,
      );
    }
    return {
      id: target.image,
      image: request.image,
      version: request.version,
      digest: request.digest,
      imageRef: target.image,
      created: update.changed,
      outputs: { 'metaflow-image': target.image, 'metaflow-registry': target.registry, 'metaflow-with': target.withOption },
    };
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    // The config holds one image and no version names: nothing maps a version name back.
    const current = readConfigFile(this.options.configFile)[IMAGE_KEY];
    this.log.debug(`Metaflow keeps no versions ('${image}' '${version}'); the config names ${String(current ?? 'no image')}.`);
    return undefined;
  }

  async attach(_version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]> {
    if (targets.length > 0) {
      throw new StepError(
        `Metaflow has no compute to attach to (${targets.map(targetName).join(', ')}): the config file is the attachment. Nothing was changed.`,
      );
    }
    return [];
  }
}
