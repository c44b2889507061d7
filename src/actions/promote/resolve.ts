import { InputError, StepError } from '../../core/errors.js';
import type { ChannelState, ImageVersion } from '../../core/platform-model.js';
import { checkRequiredChannel, type PromotionChoice } from '../../core/promotion.js';
import type { PlatformAdapter } from '../../platform/platform.js';
import { settledValue } from '../../runtime/concurrency.js';

export interface Resolved {
  version: ImageVersion;
  /** What to-channel held when the run started (the promotion is made against it); undefined: empty or no channels. */
  channelBefore?: ChannelState;
}

/**
 * Turns the choice into one registered version with its digest, through the platform and never
 * through a registry tag: a version name, `previous` (what to-channel held before), or what
 * from-channel holds. Then require-channel must hold exactly that version.
 */
export async function resolveVersion(platform: PlatformAdapter, image: string, choice: PromotionChoice): Promise<Resolved> {
  const { selector, toChannel, requireChannel } = choice;
  if (selector.kind === 'reference') {
    const version: ImageVersion = {
      id: selector.ref,
      image,
      version: selector.ref,
      digest: selector.digest,
      imageRef: selector.ref,
      created: false,
    };
    return { version };
  }
  // The reads that do not wait on each other go out at once; their failures are reported in this order.
  const [before, direct, required] = await Promise.allSettled([
    toChannel !== undefined ? readChannel(platform, image, toChannel, 'to-channel') : undefined,
    selector.kind === 'version' ? platform.getVersion(image, selector.version) : undefined,
    requireChannel !== undefined ? readChannel(platform, image, requireChannel, 'require-channel') : undefined,
  ]);
  const channelBefore = settledValue(before);

  let name: string;
  let version: ImageVersion | undefined;
  if (selector.kind === 'version') {
    name = selector.version;
    version = settledValue(direct);
  } else {
    if (selector.kind === 'previous') {
      if (!channelBefore) {
        throw new InputError(
          'version',
          `previous: channel ${toChannel} of ${image} holds no version yet, so there is nothing to roll back to`,
          'Give the version to promote',
        );
      }
      const previous = await platform.previousVersion?.(image, channelBefore.channel);
      if (previous === undefined) {
        throw new InputError(
          'version',
          `previous: channel ${toChannel} of ${image} has held only ${channelBefore.version}, so there is nothing to roll back to`,
          'Give the version to promote',
        );
      }
      name = previous;
    } else {
      const holding = await readChannel(platform, image, selector.channel, 'from-channel');
      if (!holding) {
        throw new InputError(
          'from-channel',
          `channel ${selector.channel} of ${image} holds no version`,
          `Promote a version to ${selector.channel} first, or give the version to promote`,
        );
      }
      name = holding.version;
    }
    version = await platform.getVersion(image, name);
  }
  if (!version) {
    throw new InputError(
      selector.kind === 'channel' ? 'from-channel' : 'version',
      `${image} has no version '${name}' on ${platform.name}`,
      'Check the image name and the version (the register step prints the versions it registers)',
    );
  }
  if (requireChannel !== undefined) checkRequiredChannel(image, requireChannel, settledValue(required), version.version);
  return { version, ...(channelBefore ? { channelBefore } : {}) };
}

async function readChannel(platform: PlatformAdapter, image: string, channel: string, input: string): Promise<ChannelState | undefined> {
  if (!platform.readChannel) {
    throw new InputError(input, `the ${platform.name} adapter cannot read channels`, `Leave ${input} empty on ${platform.name}`);
  }
  const state = await platform.readChannel(image, channel);
  if (state && state.image !== image) throw new StepError(`${platform.name} answered for image ${state.image} when asked for ${image}`);
  return state;
}
