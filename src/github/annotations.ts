/**
 * Findings as workflow annotations: the file and lines they are about, the rule id as the title,
 * the message and its fix as the text. GitHub shows them on the pull request's diff.
 */
import * as core from '../runtime/actions-core.js';
import type { Severity } from '../core/lint/rule-catalog.js';

export interface Annotated {
  file: string;
  line: number;
  endLine?: number;
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
}

const WRITERS: Record<Severity, (message: string, properties: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  info: core.notice,
};

export function annotate(findings: readonly Annotated[]): void {
  for (const finding of findings) {
    WRITERS[finding.severity](`${finding.message}. Fix: ${finding.fix}`, {
      title: finding.rule,
      file: finding.file,
      startLine: finding.line,
      ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
    });
  }
}
