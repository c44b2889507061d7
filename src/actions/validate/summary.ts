import { code, escapeHtml, table, writeSummary } from '../../github/summary.js';
import type { Severity } from '../../core/lint/rule-catalog.js';
import type { FileFinding } from '../../validate/sources.js';
import type { Rebuild } from '../../validate/rebuilds.js';

export interface ValidateReport {
  findings: readonly FileFinding[];
  counts: Record<Severity, number>;
  files: number;
  units: number;
  unchanged: number;
  rebuilds: readonly Rebuild[];
  /** Why ShellCheck did not run, when it did not. */
  shellcheck?: string;
  failOn: Severity | 'never';
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const COMMENT_ROWS = 50;

export function countsLine(counts: Record<Severity, number>): string {
  return `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`;
}

function where(finding: FileFinding): string {
  return `${finding.file}:${finding.line}`;
}

/** The job summary: counts, what was validated, every finding with its fix, and why images rebuild. */
export async function writeValidateSummary(report: ValidateReport): Promise<void> {
  await writeSummary(
    'Validate',
    [
      ['Findings', `${countsLine(report.counts)} (fails on: ${escapeHtml(report.failOn)})`],
      [
        'Validated',
        `${report.units} Dockerfile${report.units === 1 ? '' : 's'} from ${report.files} file${report.files === 1 ? '' : 's'}${report.unchanged > 0 ? `; ${report.unchanged} left out (the pull request does not touch them)` : ''}`,
      ],
      ['ShellCheck', report.shellcheck ? escapeHtml(report.shellcheck) : 'ran on every RUN script'],
    ],
    (summary) => {
      if (report.findings.length > 0) {
        summary.addTable(
          table(
            ['Rule', 'Where', 'Message', 'Fix'],
            report.findings.map((f) => [
              `${ICON[f.severity]} <a href="${escapeHtml(f.docs)}">${escapeHtml(f.rule)}</a>`,
              code(where(f)),
              escapeHtml(f.message),
              escapeHtml(f.fix),
            ]),
          ),
        );
      } else {
        summary.addRaw('<p>No findings.</p>', true);
      }
      if (report.rebuilds.length > 0) {
        summary.addHeading('Why this pull request rebuilds', 4);
        summary.addList(report.rebuilds.map((r) => escapeHtml(r.summary)));
      }
    },
  );
}

/** Markdown cell text: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The pull-request comment: the same report, Markdown, capped in length. */
export function commentBody(report: ValidateReport, marker: string, runUrl: string): string {
  const lines = [marker, '### image-actions validate', ''];
  if (report.findings.length === 0) {
    lines.push(`✅ No findings in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`);
  } else {
    lines.push(`**${countsLine(report.counts)}** in ${report.units} Dockerfile${report.units === 1 ? '' : 's'}.`, '');
    lines.push('| | Rule | Where | Message | Fix |', '|---|---|---|---|---|');
    for (const f of report.findings.slice(0, COMMENT_ROWS)) {
      lines.push(`| ${ICON[f.severity]} | [${cell(f.rule)}](${f.docs}) | \`${cell(where(f))}\` | ${cell(f.message)} | ${cell(f.fix)} |`);
    }
    if (report.findings.length > COMMENT_ROWS)
      lines.push('', `… and ${report.findings.length - COMMENT_ROWS} more${runUrl ? ` in the [job summary](${runUrl})` : ''}.`);
  }
  if (report.rebuilds.length > 0) {
    lines.push('', '#### Why this pull request rebuilds', '');
    for (const rebuild of report.rebuilds) lines.push(`- ${cell(rebuild.summary)}`);
  }
  if (runUrl) lines.push('', `<sub>[run](${runUrl})</sub>`);
  return `${lines.join('\n')}\n`;
}
