/**
 * Testing and publishing a DataWorks image version, and waiting for either to end.
 *
 * Request shapes from the official TypeScript SDK (aliyun/alibabacloud-typescript-sdk
 * `dataworks-public-20240518/src/client.ts` @ d23e6b83): `runImageTestWithOptions` sends `Cu`,
 * `Id`, `ProcessId`, `ResourceGroupId` in the form body; `getImageTestResultWithOptions` sends
 * `Id`, `ProcessId` in the query; `publishImageWithOptions` sends `Id`, `ProcessId` in the body.
 * Answers: `RunImageTestResponseBody {Data {ProcessId, Success}}`,
 * `GetImageTestResultResponseBody {TestResult {Status: running|completed|failed|cancelled, PublishStage, Message}}`.
 *
 * Stages (`PublishStage`): Untest → Testing → TestFailed | Unpublished → Publishing → Published
 * (or PublishFailed). Neither the test nor the publish names a version: both act on the image's
 * current one, so the caller makes sure the version it means is current.
 *
 * Unverified assumption: `PublishImage` accepts a version that was never tested (stage Untest);
 * the docs describe the test as optional. The summary says when a version was published untested.
 */
import { StepError } from '../../core/errors.js';
import type { PlatformLog } from '../log.js';
import type { DataWorksClient } from './client.js';
import { idempotencyToken } from './records.js';
import type { OurVersion } from './versions.js';

/** How long to wait and how often to look; tests replace the clock and the sleep. */
export interface PollSeams {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const realPollSeams: PollSeams = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => performance.now(),
};

export const TEST_POLL = { intervalMs: 10_000, timeoutMs: 30 * 60_000 };
export const PUBLISH_POLL = { intervalMs: 5_000, timeoutMs: 10 * 60_000 };

interface TestResult {
  Status?: string;
  PublishStage?: string;
  Message?: string;
}

export type TestOutcome = { passed: true } | { passed: false; stage: string; message: string };

/** Runs the image test of the current version on `resourceGroupId` and waits for its end. */
export async function runImageTest(
  client: DataWorksClient,
  mine: OurVersion,
  resourceGroupId: string,
  seams: PollSeams,
  log: PlatformLog,
): Promise<TestOutcome> {
  // Deterministic: a retried or re-run register joins the same test instead of starting another.
  const processId = idempotencyToken('RunImageTest', mine.imageId, mine.dwVersion, mine.digest, resourceGroupId);
  const started = await client.call<{ Data?: { ProcessId?: string; Success?: boolean } }>('RunImageTest', {
    form: { Id: mine.imageId, ProcessId: processId, ResourceGroupId: resourceGroupId },
  });
  if (started.Data?.Success === false) {
    throw new StepError(
      `DataWorks did not start the image test of ${mine.imageId} version ${mine.dwVersion} (RunImageTest Data.Success false).`,
    );
  }
  const process = started.Data?.ProcessId ?? processId;
  log.info(`DataWorks is testing ${mine.imageId} version ${mine.dwVersion} on ${resourceGroupId} (process ${process}).`);
  const deadline = seams.now() + TEST_POLL.timeoutMs;
  for (;;) {
    const answer = await client.call<{ TestResult?: TestResult }>('GetImageTestResult', {
      query: { Id: mine.imageId, ProcessId: process },
    });
    const result = answer.TestResult ?? {};
    const status = (result.Status ?? '').toLowerCase();
    if (status === 'completed' && result.PublishStage !== 'TestFailed') return { passed: true };
    if (status === 'completed' || status === 'failed' || status === 'cancelled') {
      return { passed: false, stage: result.PublishStage ?? 'TestFailed', message: result.Message ?? status };
    }
    if (seams.now() >= deadline) {
      throw new StepError(
        `DataWorks image test ${process} of ${mine.imageId} is still ${result.Status ?? 'running'} after ${TEST_POLL.timeoutMs / 60_000} minutes; ` +
          'the version was not published. Run register again to wait for the same test.',
      );
    }
    await seams.sleep(TEST_POLL.intervalMs);
  }
}

/** Publishes the current version (PublishImage) and waits until DataWorks says how it ended. */
export async function publishImage(
  client: DataWorksClient,
  mine: OurVersion,
  readStage: () => Promise<string | undefined>,
  seams: PollSeams,
  log: PlatformLog,
): Promise<string> {
  const response = await client.call<{ Data?: { Success?: boolean; ProcessId?: string } }>('PublishImage', {
    form: { Id: mine.imageId, ProcessId: idempotencyToken('PublishImage', mine.imageId, mine.dwVersion, mine.digest) },
  });
  if (response.Data?.Success === false) {
    throw new StepError(`DataWorks did not start publishing ${mine.imageId} version ${mine.dwVersion} (PublishImage Data.Success false).`);
  }
  log.info(`DataWorks is publishing ${mine.imageId} version ${mine.dwVersion} (process ${response.Data?.ProcessId ?? 'unknown'}).`);
  return waitWhilePublishing(readStage, seams, log, mine);
}

/** Reads the stage until it leaves Publishing, within PUBLISH_POLL.timeoutMs. */
export async function waitWhilePublishing(
  readStage: () => Promise<string | undefined>,
  seams: PollSeams,
  log: PlatformLog,
  mine: OurVersion,
): Promise<string> {
  const deadline = seams.now() + PUBLISH_POLL.timeoutMs;
  for (;;) {
    const stage = (await readStage()) ?? 'unknown';
    if (stage !== 'Publishing') return stage;
    if (seams.now() >= deadline) {
      log.warning(
        `DataWorks is still publishing ${mine.imageId} version ${mine.dwVersion} after ${PUBLISH_POLL.timeoutMs / 60_000} minutes; check it in the DataWorks console.`,
      );
      return stage;
    }
    await seams.sleep(PUBLISH_POLL.intervalMs);
  }
}
