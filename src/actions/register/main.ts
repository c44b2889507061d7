import * as core from '../../runtime/actions-core.js';
import { tagFor } from '../../core/build-definition.js';
import { runUrl, versionRequest } from '../../core/registration.js';
import { targetName } from '../../core/targets.js';
import { decideVersion } from '../../core/version-policy.js';
import { createPlatform } from '../../platform/create.js';
import type { Attachment } from '../../core/platform-model.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { readIdToken } from './credentials.js';
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

    const idToken = !inputs.token && inputs.oidcAudience ? await idTokenFor(inputs.oidcAudience) : undefined;
    // The catalog takes the id-token itself as its bearer token; databricks exchanges it.
    const token = inputs.token ?? (inputs.platform === 'catalog' ? idToken : undefined);
    const platform = await makePlatform({
      platform: inputs.platform,
      endpoint: inputs.endpoint,
      ...(token ? { token } : {}),
      ...(idToken && inputs.platform !== 'catalog' ? { idToken } : {}),
      ...(inputs.accessKeyId ? { accessKeyId: inputs.accessKeyId } : {}),
      ...(inputs.accessKeySecret ? { accessKeySecret: inputs.accessKeySecret } : {}),
      settings: inputs.platformSettings,
      settingsInput: 'platform-settings',
    });

    const registered = await timedGroup(`Register ${request.image} ${request.version} on ${inputs.platform}`, async () => {
      await platform.ensureImage(request.image, request.description);
      return platform.createVersion(request);
    });
    const version = registered.value;
    setOutputs({ version: version.version, 'version-id': version.id, created: version.created });

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
      timings: { registerMs: registered.ms, attachMs },
    });
  });
}
