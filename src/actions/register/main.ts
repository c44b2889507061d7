import * as core from '../../runtime/actions-core.js';
import { tagFor } from '../../core/build-definition.js';
import { runUrl, versionRequest } from '../../core/registration.js';
import { targetName } from '../../core/targets.js';
import { decideVersion } from '../../core/version-policy.js';
import { createPlatform, platformOptions } from '../../platform/create.js';
import type { Attachment, PublishResult } from '../../core/platform-model.js';
import { StepError } from '../../core/errors.js';
import { VersionNotCurrentError, type PlatformAdapter } from '../../platform/platform.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { readIdToken } from '../../runtime/id-token.js';
import { readRegisterInputs } from './inputs.js';
import { precheckForPlatform } from './precheck.js';
import { writeRegisterSummary } from './summary.js';

/**
 * Registers the pushed image as an immutable version on the platform and attaches it to compute.
 * Every input is checked before the first request; the version outputs are written as soon as the
 * version exists, so an `if: always()` step still sees them when attaching then fails.
 */
export interface RegisterSeams {
  /** Turns the checked inputs into a platform adapter (tests hand in one aimed at a local server). */
  createPlatform: typeof createPlatform;
  /** The job's GitHub OIDC id-token for an audience. */
  readIdToken: (audience: string) => Promise<string>;
}

export async function run(seams: Partial<RegisterSeams> = {}): Promise<void> {
  const { createPlatform: makePlatform = createPlatform, readIdToken: idTokenFor = readIdToken } = seams;
  await runAction(async () => {
    const inputs = readRegisterInputs();
    const decision = decideVersion({ explicit: inputs.version, gitTag: inputs.gitTag, hashTag: tagFor(inputs.hash) });
    const url = runUrl(process.env);
    const request = versionRequest({
      imageName: inputs.imageName,
      version: decision.version,
      image: inputs.image,
      commit: inputs.commit,
      hash: inputs.hash,
      ...(url ? { runUrl: url } : {}),
      ...(inputs.description ? { description: inputs.description } : {}),
    });
    precheckForPlatform(inputs.platform, request);
    core.info(`Version ${decision.version}, from ${decision.reason}; image ${request.imageRef}`);
    if (inputs.targets.length > 0) core.info(`Targets: ${inputs.targets.map(targetName).join(', ')}`);

    const platform = await makePlatform(await platformOptions(inputs, idTokenFor));

    const registered = await timedGroup(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
      await platform.ensureImage(request.image, request.description);
      return platform.createVersion(request);
    });
    const version = registered.value;
    setOutputs({ version: version.version, 'version-id': version.id, created: version.created, ...version.outputs });

    const published = await publish(platform, version.image, version.version, version.created);

    let attachments: Attachment[] = [];
    let attachMs = 0;
    if (inputs.targets.length > 0) {
      const attached = await timedGroup(`Attach ${version.version} to ${inputs.targets.length} target(s)`, () =>
        platform.attach(version, inputs.targets),
      );
      attachments = attached.value;
      attachMs = attached.ms;
    }
    setOutputs({ attachments: JSON.stringify(attachments) });

    await writeRegisterSummary({
      platform: inputs.platform,
      endpoint: inputs.endpoint,
      decision,
      version,
      attachments,
      ...(published ? { published: { ...published, fresh: version.created } } : {}),
      timings: { registerMs: registered.ms, attachMs },
    });
  });
}

/**
 * Publishes the version on platforms that publish (DataWorks: image test first when configured).
 * A replayed version that is no longer the image's current one is left as it is; a failed test
 * or publish fails the step before anything is attached.
 */
async function publish(platform: PlatformAdapter, image: string, version: string, created: boolean): Promise<PublishResult | undefined> {
  if (!platform.publishVersion) return undefined;
  let result: PublishResult;
  try {
    result = (await timedGroup(`Publish ${image} ${version}`, () => platform.publishVersion!(image, version))).value;
  } catch (error) {
    if (!(error instanceof VersionNotCurrentError)) throw error;
    core.warning(`${error.message} Left as it is.`);
    return undefined;
  }
  setOutputs({ published: result.published, 'publish-stage': result.stage });
  if (!result.published) {
    throw new StepError(
      result.stage === 'TestFailed'
        ? `${platform.name}: the image test of ${image} ${version} failed (stage TestFailed); the version was not published and nothing was attached.`
        : `${platform.name}: ${image} ${version} was not published (stage ${result.stage}); nothing was attached.`,
    );
  }
  // On a replay an already published version may have been tested before: only a new one is known untested.
  if (!result.tested && created) {
    core.warning(
      `${platform.name}: ${image} ${version} was published untested. Set test-resource-group=<Serverless resource group> in platform-settings to test versions before they are published.`,
    );
  }
  return result;
}
