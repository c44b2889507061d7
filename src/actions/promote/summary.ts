import type { Attachment } from '../../core/platform-model.js';
import { describeMove, type MoveKind } from '../../core/promotion.js';
import { code, escapeHtml, table, writeSummary } from '../../github/summary.js';

export interface PhaseTime {
  name: string;
  ms: number;
}

export interface PromoteReport {
  platform: string;
  image: string;
  version: string;
  /** `staging → production`, or the platform's wording when it has no channels. */
  channel?: string;
  fromChannel?: string;
  previousVersion?: string;
  channelChanged: boolean;
  digest: string;
  source: string;
  destination: string;
  move: MoveKind;
  bytesCopied: number;
  tags: string[];
  attachments: Attachment[];
  deployment?: { id: number; environment: string; url: string };
  phases: PhaseTime[];
}

function fromTo(report: PromoteReport): string {
  if (!report.channel) return `${code(report.version)} (no channels on ${escapeHtml(report.platform)})`;
  const from = report.previousVersion ? code(report.previousVersion) : 'nothing';
  const change = report.channelChanged ? '' : ' — already there, nothing changed';
  return `${escapeHtml(report.channel)}: ${from} → ${code(report.version)}${change}`;
}

/** The job summary: from → to, the digest, what moved and how many bytes, time, targets, the deployment. */
export async function writePromoteSummary(report: PromoteReport): Promise<void> {
  const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
  await writeSummary(
    'Promote',
    [
      ['Image', `${code(report.image)} on ${escapeHtml(report.platform)}`],
      ['Promotion', fromTo(report)],
      ...(report.fromChannel ? ([['Taken from', `channel ${escapeHtml(report.fromChannel)}`]] as const) : []),
      ['Digest', code(report.digest)],
      ['From', code(report.source)],
      ['To', code(report.destination)],
      ['Move', escapeHtml(describeMove(report.move))],
      ['Bytes copied', String(report.bytesCopied)],
      ['Tags', report.tags.length > 0 ? report.tags.map(code).join(' ') : '—'],
      ['Time', `${total} ms (${report.phases.map((phase) => `${escapeHtml(phase.name)} ${phase.ms} ms`).join(', ')})`],
      [
        'Deployment',
        report.deployment
          ? `<a href="${escapeHtml(report.deployment.url)}">${report.deployment.id}</a> in ${escapeHtml(report.deployment.environment)}`
          : 'not recorded (no environment)',
      ],
    ],
    (summary) => {
      if (report.attachments.length === 0) {
        summary.addRaw('No targets: nothing was attached.', true);
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
