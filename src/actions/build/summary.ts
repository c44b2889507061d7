/** The build step's job summary: what was published and how long each phase took. */
import { code, escapeHtml, writeSummary } from '../../github/summary.js';

export interface PhaseTime {
  name: string;
  ms: number;
}

export interface BuildReport {
  /** `<repository>@sha256:…` */
  image: string;
  digest: string;
  /** Bare tags applied (hash tag first). */
  tags: string[];
  reused: boolean;
  /** Why it was reused or built, in words. */
  reason: string;
  builder?: string;
  /** The cache policy's reason (built only). */
  cache?: string;
  /** Retries made on transient registry failures: by the registry client (requests, blob uploads, whole pushes) and build steps run again. */
  retries?: { registry: number; build: number };
  phases: PhaseTime[];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function retriesText({ registry, build }: { registry: number; build: number }): string {
  if (registry + build === 0) return 'none';
  const parts = [`registry client ${registry}`, ...(build > 0 ? [`build steps run again ${build}`] : [])];
  return `${registry + build} (${parts.join(', ')}; the log says what and why)`;
}

/** Rows of the summary table (pure, so tests can read them). */
export function summaryRows(report: BuildReport): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['Image', code(report.image)],
    ['Digest', code(report.digest)],
    ['Tags', report.tags.map(code).join(' ')],
    ['Result', `${report.reused ? 'reused (no build)' : `built with ${report.builder ?? 'the builder'}`}: ${escapeHtml(report.reason)}`],
  ];
  if (report.cache) rows.push(['Cache', escapeHtml(report.cache)]);
  if (report.retries) rows.push(['Retries', retriesText(report.retries)]);
  const total = report.phases.reduce((sum, phase) => sum + phase.ms, 0);
  rows.push([
    'Time',
    [...report.phases.map((phase) => `${escapeHtml(phase.name)} ${seconds(phase.ms)}`), `total ${seconds(total)}`].join(' · '),
  ]);
  return rows;
}

export async function writeBuildSummary(report: BuildReport): Promise<void> {
  await writeSummary(`Image ${report.reused ? 'reused' : 'built'}`, summaryRows(report));
}
