/**
 * Findings as a SARIF 2.1.0 log that GitHub code scanning accepts (`github/codeql-action/upload-sarif`):
 * one run, the rules that fired as reporting descriptors (from the rule registry; ShellCheck codes
 * get their own), results with workspace-relative locations. Pure: the caller writes the file.
 */
import { RULES_BY_ID } from '../core/lint/lint.js';
import type { RuleInfo, Severity } from '../core/lint/rule-catalog.js';
import type { Annotated } from './annotations.js';

export interface SarifFinding extends Annotated {
  docs: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's scale for the Security tab. */
const SECURITY_SEVERITY: Partial<Record<string, string>> = { SecretsUsedInArgOrEnv: '7.5', DL3004: '5.0' };

function descriptor(id: string, sample: SarifFinding): Record<string, unknown> {
  const info: RuleInfo | undefined = RULES_BY_ID.get(id);
  const shellcheck = info === undefined;
  const message = info?.message ?? sample.message.replace(/^SC\d+: /, '');
  const fix = info?.fix ?? sample.fix;
  const tags = [info?.source ?? 'shellcheck', ...(info?.profiles?.filter((p) => p !== 'none') ?? []), 'dockerfile'];
  return {
    // No `name`: the ids are already readable, and SARIF1001 wants a name to differ from the id.
    id,
    shortDescription: { text: message },
    fullDescription: { text: `${message}. ${fix}` },
    helpUri: info?.docs ?? sample.docs,
    help: { text: fix, markdown: `${fix}\n\n[${id}](${info?.docs ?? sample.docs})` },
    defaultConfiguration: { level: LEVEL[shellcheck ? sample.severity : (info as RuleInfo).severity] },
    properties: {
      tags,
      precision: 'high',
      ...(SECURITY_SEVERITY[id] ? { 'security-severity': SECURITY_SEVERITY[id] } : {}),
    },
  };
}

export function sarifLog(findings: readonly SarifFinding[], tool: { version: string; informationUri: string }): Record<string, unknown> {
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'image-actions validate',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: ids.map((id) => descriptor(id, findings.find((f) => f.rule === id) as SarifFinding)),
          },
        },
        automationDetails: { id: 'image-actions/validate/' },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: index.get(finding.rule),
          level: LEVEL[finding.severity],
          message: { text: `${finding.message}. Fix: ${finding.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.line,
                  ...(finding.endLine && finding.endLine > finding.line ? { endLine: finding.endLine } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
