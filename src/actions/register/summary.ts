import * as core from '@actions/core';
import type { VersionDecision } from '../../core/version-policy.js';
import type { Attachment, ImageVersion } from '../../platform/platform.js';

export interface RegisterReport {
  platform: string;
  endpoint: string;
  decision: VersionDecision;
  version: ImageVersion;
  attachments: Attachment[];
  timings: { registerMs: number; attachMs: number };
}

/** A job-summary table of the version (new or replayed) and one row per target attached. */
export async function writeRegisterSummary(report: RegisterReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // run outside a runner: nothing to write to
  const code = (text: string) => (text ? `<code>${escapeHtml(text)}</code>` : '—');
  const { version } = report;
  const rows = [
    [{ data: 'Field', header: true }, { data: 'Value', header: true }],
    ['Platform', `${escapeHtml(report.platform)} (${code(report.endpoint)})`],
    ['Image', code(version.image)],
    ['Version', `${code(version.version)} — from ${escapeHtml(report.decision.reason)}`],
    ['Version id', code(version.id)],
    ['Outcome', version.created ? 'created' : 'already registered with this digest (nothing changed)'],
    ['Digest', code(version.digest)],
    ['Image reference', code(version.imageRef)],
    ['Time', `register ${report.timings.registerMs} ms, attach ${report.timings.attachMs} ms`],
  ];
  const summary = core.summary.addHeading('Register', 3).addTable(rows);
  if (report.attachments.length > 0) {
    summary.addTable([
      [{ data: 'Target', header: true }, { data: 'Runs', header: true }, { data: 'Change', header: true }],
      ...report.attachments.map((a) => [code(a.target), code(`${a.image} ${a.version}`), a.changed ? 'attached' : 'already attached']),
    ]);
  } else {
    summary.addRaw('No targets: the version is registered and attached to nothing.', true);
  }
  await summary.write();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
