import * as core from '../../runtime/actions-core.js';
import { errorMessage, InputError, StepError } from '../../core/errors.js';
import { formatImageRef, parsePinnedImageRef, repositoryName, withDigest } from '../../core/image-ref.js';
import type { Attachment, PromotionResult } from '../../core/platform-model.js';
import { decideMove, describeMove, destinationTags, pinnedName, type RepositoryRef } from '../../core/promotion.js';
import { runUrl } from '../../core/registration.js';
import { targetName } from '../../core/targets.js';
import { shortDescription } from '../../github/deployment-text.js';
import type { Deployments, DeploymentsOptions } from '../../github/deployments.js';
import { createPlatform, platformOptions } from '../../platform/create.js';
import { RegistryClient } from '../../registry/client.js';
import { type CredentialSource, defaultCredentials } from '../../registry/credentials.js';
import { moveImage, moveTags, verifyDestination } from '../../registry/image-move.js';
import { readIdToken } from '../../runtime/id-token.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { checkBeforeMoving } from './checks.js';
import { startDeployment } from './deployment.js';
import { readPromoteInputs } from './inputs.js';
import { resolveVersion } from './resolve.js';
import { type PhaseTime, writePromoteSummary } from './summary.js';

/**
 * Promotes an already-built version without rebuilding: resolves it to its digest through the
 * platform, checks the source image, the destination and every credential before anything moves,
 * records a GitHub deployment, moves the image by digest (tags only, mount, or streamed copy),
 * confirms the destination digest in the registry, moves the channel (a concurrent promotion wins
 * or loses cleanly), then the tags, then attaches the targets.
 */
export interface PromoteSeams {
  /** Turns the checked inputs into a platform adapter (tests hand in one aimed at a local server). */
  createPlatform: typeof createPlatform;
  /** The job's GitHub OIDC id-token for an audience. */
  readIdToken: (audience: string) => Promise<string>;
  /** The registry client (tests put a fault proxy or a recorder behind it). */
  registry: (credentials: CredentialSource, insecureRegistries: readonly string[]) => RegistryClient;
  /** The GitHub deployments ledger (loaded only when a deployment is recorded: octokit is most of the bundle's start-up). */
  deployments: (options: DeploymentsOptions) => Deployments | Promise<Deployments>;
}

/**
 * Blobs in flight at once. Streamed copies hold no blob in memory, so every layer of a typical image
 * can start at once instead of waiting for a slot (the per-blob round trips overlap); mounts are metadata.
 */
const CONCURRENCY = { copy: 8, mount: 8, tags: 1 } as const;

export async function run(seams: Partial<PromoteSeams> = {}): Promise<void> {
  const {
    createPlatform: makePlatform = createPlatform,
    readIdToken: idTokenFor = readIdToken,
    // Blobs stream up in one PATCH each (as docker and skopeo push): no round trip per chunk.
    registry = (credentials, insecureRegistries) => new RegistryClient({ credentials, insecureRegistries, uploadMode: 'stream' }),
    deployments = async (options) => new (await import('../../github/deployments.js')).GitHubDeployments(options),
  } = seams;
  await runAction(async () => {
    const inputs = readPromoteInputs();
    const phases: PhaseTime[] = [];
    const timed = async <T>(name: string, title: string, work: () => Promise<T>): Promise<T> => {
      const { value, ms } = await timedGroup(title, work);
      phases.push({ name, ms });
      return value;
    };
    const url = runUrl(process.env);

    const platform = await makePlatform(await platformOptions(inputs, idTokenFor));
    const channel = inputs.choice.toChannel;
    if (channel !== undefined && !platform.promote) {
      throw new InputError(
        'to-channel',
        `the ${platform.name} adapter cannot record promotions to a channel yet`,
        `Leave it empty on ${platform.name} and promote to targets`,
      );
    }

    const resolved = await timed('resolve', `Resolve the version of ${inputs.imageName} on ${platform.name}`, async () => {
      const found = await resolveVersion(platform, inputs.imageName, inputs.choice);
      core.info(`${inputs.imageName} ${found.version.version} is ${found.version.digest} (${found.version.imageRef})`);
      if (channel !== undefined) core.info(`Channel ${channel} holds ${found.channelBefore?.version ?? 'nothing'}`);
      return found;
    });
    const { version } = resolved;
    const pinnedSource = parsePinnedImageRef(version.imageRef);
    if (!pinnedSource || pinnedSource.digest !== version.digest) {
      throw new StepError(
        `${platform.name} records ${inputs.imageName} ${version.version} as '${version.imageRef}', which is not pinned to its digest ${version.digest}: cannot promote it safely`,
      );
    }
    const source = { ...withDigest(pinnedSource, version.digest), digest: version.digest };
    const destination: RepositoryRef = inputs.toImage ?? source;
    const move = decideMove(source, destination);
    const ownTag = inputs.choice.selector.kind === 'reference' ? undefined : destinationTags(version.version, inputs.tags);
    const tags = ownTag?.tags ?? inputs.tags;
    core.info(`Move: ${describeMove(move)}; ${formatImageRef(source)} → ${repositoryName(destination)}`);

    const credentials = defaultCredentials(
      inputs.registryLogin
        ? [{ registry: destination.registry, ...inputs.registryLogin, source: 'registry-username/registry-password' }]
        : [],
    );
    const client = registry(credentials, inputs.insecureRegistries);
    const image = await timed('check', 'Check the source image and the destination', () =>
      checkBeforeMoving(client, { source, destination, version, versionTag: ownTag?.versionTag, credentials }),
    );
    if (move !== 'tags' && tags.length === 0) {
      core.warning(
        `${repositoryName(destination)} will hold the image by digest only: registries may garbage-collect untagged images; give tags`,
      );
    }

    const started = inputs.deployment
      ? await timed('deployment', `Record a deployment to ${inputs.deployment.environment}`, () =>
          startDeployment(
            deployments,
            inputs.deployment!.token,
            { recorded: version.commit, label: image.revision },
            {
              environment: inputs.deployment!.environment,
              name: inputs.imageName,
              image: pinnedName(destination, version.digest),
              digest: version.digest,
              version: version.version,
              ...(channel !== undefined ? { channel } : {}),
              ...(resolved.channelBefore ? { previousVersion: resolved.channelBefore.version } : {}),
              ...(url ? { runUrl: url } : {}),
            },
          ),
        )
      : undefined;
    const deployment = started?.deployment;

    try {
      const moved = await timed('move', `Move ${version.digest} to ${repositoryName(destination)}`, async () => {
        const result = await moveImage(client, image, destination, move, CONCURRENCY[move]);
        core.info(
          `Blobs: ${result.blobs.copied} copied (${result.bytesCopied} bytes), ${result.blobs.mounted} mounted, ${result.blobs.exists} already there`,
        );
        return result;
      });
      await timed('verify', `Verify ${pinnedName(destination, version.digest)} in the registry`, () =>
        verifyDestination(client, destination, version.digest),
      );
      const destinationImage = pinnedName(destination, version.digest);
      setOutputs({ version: version.version, digest: version.digest, image: destinationImage, move, 'bytes-copied': moved.bytesCopied });

      let promotion: PromotionResult | undefined;
      if (channel !== undefined && platform.promote) {
        const promote = platform.promote.bind(platform);
        promotion = await timed('promote', `Promote ${version.version} to ${channel}`, () =>
          promote({
            image: inputs.imageName,
            channel,
            version: { ...version, imageRef: destinationImage },
            expected: resolved.channelBefore ?? null,
            ...((inputs.reason ?? url) ? { reason: inputs.reason ?? `promoted by ${url}` } : {}),
          }),
        );
      }
      await timed('tags', `Tag ${destinationImage} as ${tags.join(', ') || '(no tags)'}`, () =>
        moveTags(client, destination, version.digest, tags, image.manifest),
      );

      let attachments: Attachment[] = [];
      if (inputs.targets.length > 0) {
        attachments = await timed('attach', `Attach ${version.version} to ${inputs.targets.map(targetName).join(', ')}`, () =>
          platform.attach({ ...version, imageRef: destinationImage }, inputs.targets),
        );
      }
      const previous = promotion?.previousVersion ?? resolved.channelBefore?.version;
      setOutputs({
        'previous-version': previous ?? '',
        attachments: JSON.stringify(attachments),
        'deployment-id': deployment?.id ?? '',
      });
      core.info(`Time: ${phases.map((phase) => `${phase.name} ${phase.ms} ms`).join(', ')}`);
      await writePromoteSummary({
        platform: platform.name,
        image: inputs.imageName,
        version: version.version,
        ...(channel !== undefined ? { channel } : {}),
        ...(inputs.choice.selector.kind === 'channel' ? { fromChannel: inputs.choice.selector.channel } : {}),
        ...(previous !== undefined ? { previousVersion: previous } : {}),
        channelChanged: promotion?.changed ?? false,
        digest: version.digest,
        source: formatImageRef(source),
        destination: destinationImage,
        move,
        bytesCopied: moved.bytesCopied,
        tags,
        attachments,
        ...(deployment ? { deployment } : {}),
        phases,
      });
    } catch (error) {
      if (started) {
        await started.ledger
          .finish(started.deployment, 'failure', shortDescription(errorMessage(error)))
          .catch((failure: unknown) => core.warning(`The deployment could not be marked failed: ${errorMessage(failure)}`));
      }
      throw error;
    }
    if (started) {
      // Promoted: a status that cannot be written fails the step, but never records a failure.
      await started.ledger.finish(
        started.deployment,
        'success',
        `${inputs.imageName} ${version.version} promoted${channel !== undefined ? ` to ${channel}` : ''}`,
      );
    }
  });
}
