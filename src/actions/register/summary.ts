import type { VersionDecision } from '../../core/version-policy.js';
import type { Attachment, ImageVersion, PublishResult } from '../../core/platform-model.js';
import { code, escapeHtml, table, writeSummary } from '../../github/summary.js';

export interface RegisterReport {
  platform: string;
  endpoint: string;
  decision: VersionDecision;
  version: ImageVersion;
  attachments: Attachment[];
  /** On platforms that publish versions (DataWorks); `fresh` when the version was created in this run. */
  published?: PublishResult & { fresh: boolean };
  timings: { registerMs: number; attachMs: number };
}

function publishedText(result: PublishResult & { fresh: boolean }): string {
  const stage = `(stage ${escapeHtml(result.stage)})`;
  if (!result.published) return `not published ${stage}`;
  if (result.tested) return `published after its image test passed ${stage}`;
  return result.fresh ? `published <strong>untested</strong>: no test-resource-group is set ${stage}` : `published ${stage}`;
}

/** A job-summary table of the version (new or replayed) and one row per target attached. */
export async function writeRegisterSummary(report: RegisterReport): Promise<void> {
  const { version } = report;
  await writeSummary(
    'Register',
    [
      ['Platform', `${escapeHtml(report.platform)} (${code(report.endpoint)})`],
      ['Image', code(version.image)],
      ['Version', `${code(version.version)} — from ${escapeHtml(report.decision.reason)}`],
      ['Version id', code(version.id)],
      ['Outcome', version.created ? 'created' : 'already registered with this digest (nothing changed)'],
      ['Digest', code(version.digest)],
      ['Image reference', code(version.imageRef)],
      ...(report.published ? [['Published', publishedText(report.published)] as [string, string]] : []),
      ...Object.entries(version.outputs ?? {}).map(([name, value]) => [code(name), code(value)] as [string, string]),
      ['Time', `register ${report.timings.registerMs} ms, attach ${report.timings.attachMs} ms`],
    ],
    (summary) => {
      if (report.attachments.length === 0) {
        summary.addRaw('No targets: the version is registered and attached to nothing.', true);
        return;
      }
      summary.addTable(
        table(
          ['Target', 'Runs', 'Change'],
          report.attachments.map((a) => [code(a.target), code(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached']),
        ),
      );
    },
  );
}
