/**
 * Lints one Dockerfile: reads it with core/dockerfile (what the hash reads), reports what
 * `docker build` would refuse (DockerfileParse, the same verdict the hash gives), runs every
 * enabled rule of the registry, then applies what the file and the config say: inline
 * `# image-actions ignore=` / `# hadolint ignore=` pragmas, BuildKit's `# check=` directive and
 * comments, severities from the config, and hadolint rules that repeat a BuildKit finding. Pure.
 */
import { parseDockerfile, DockerfileError, type DockerfileSyntax } from '../dockerfile/syntax.js';
import { resolveStages } from '../dockerfile/stages.js';
import { LintContext, DEFAULT_PLATFORM, defaultGlobalScope, type Check, type Finding, type LintOptions } from './context.js';
import { RULES, SHELLCHECK_CODE, type RuleId, type RuleInfo, type Severity } from './rule-catalog.js';
import { buildkitChecks } from './rules/buildkit.js';
import { hadolintChecks } from './rules/hadolint.js';
import { toolkitChecks } from './rules/toolkit.js';
import { profileChecks } from './rules/profiles.js';

/** Rules the engine itself or an adapter reports, rather than a check. */
type ExternalRule = 'DockerfileParse' | 'ShellCheck' | 'ImageDefinitionInvalid' | 'SpecLayerOrder';

/** Every rule of the catalog has exactly one check (or is reported by the engine or an adapter). */
const CHECKS: Record<Exclude<RuleId, ExternalRule>, Check> = { ...buildkitChecks, ...hadolintChecks, ...toolkitChecks, ...profileChecks };

export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

export type RuleSetting = Severity | 'off';

export interface LintSettings extends LintOptions {
  /** Per rule id (or ShellCheck code): a severity, or `off`. */
  overrides?: Readonly<Record<string, RuleSetting>>;
}

export interface LintResult {
  syntax: DockerfileSyntax;
  /** Findings of the rules, before pragmas, directives and severities are applied. */
  findings: Finding[];
}

/** A rule id this toolkit knows (catalog ids and ShellCheck codes). */
export function isKnownRule(id: string): boolean {
  return RULES_BY_ID.has(id) || SHELLCHECK_CODE.test(id);
}

interface CheckOptions {
  skip: Set<string>;
  skipAll: boolean;
  experimental: Set<string>;
  experimentalAll: boolean;
  error: boolean;
}

/** BuildKit's ParseLintOptions (`skip=A,B;error=true;experimental=C`); undefined when it does not parse. */
export function parseCheckOptions(value: string): CheckOptions | undefined {
  const options: CheckOptions = { skip: new Set(), skipAll: false, experimental: new Set(), experimentalAll: false, error: false };
  const text = value.trim();
  if (text === '') return options;
  for (const part of text.split(';').slice(0, 3)) {
    const at = part.indexOf('=');
    if (at === -1) return undefined;
    const key = part.slice(0, at).trim();
    const list = part.slice(at + 1).trim();
    if (key === 'skip') {
      if (list === 'all') options.skipAll = true;
      else for (const rule of list.split(',')) options.skip.add(rule.trim());
    } else if (key === 'experimental') {
      if (list === 'all') options.experimentalAll = true;
      else for (const rule of list.split(',')) options.experimental.add(rule.trim());
    } else if (key === 'error') {
      if (!/^(1|t|T|true|TRUE|True|0|f|F|false|FALSE|False)$/.test(list)) return undefined;
      options.error = /^(1|t|T|true|TRUE|True)$/.test(list);
    } else return undefined;
  }
  return options;
}

function fileCheckOptions(syntax: DockerfileSyntax): CheckOptions | undefined {
  const directive = syntax.directives.get('check');
  return directive ? parseCheckOptions(directive.value.split(' ')[0] ?? '') : undefined;
}

function enabled(rule: RuleInfo, settings: LintSettings, check: CheckOptions | undefined): boolean {
  const override = settings.overrides?.[rule.id];
  if (override === 'off') return false;
  if (rule.profiles && !rule.profiles.includes(settings.profile)) return false;
  if (rule.experimental) return override !== undefined || !!check?.experimentalAll || !!check?.experimental.has(rule.id);
  return true;
}

/** Whether ShellCheck should run on the RUN scripts of files linted with these settings. */
export function shellcheckEnabled(settings: LintSettings): boolean {
  return settings.overrides?.ShellCheck !== 'off';
}

/** What `docker build` refuses, as findings: the parser's problems, else the first resolution error. */
function parseFindings(syntax: DockerfileSyntax, settings: LintSettings, report: (line: number, message: string) => void): void {
  if (syntax.problems.length > 0) {
    for (const problem of syntax.problems) report(problem.line, problem.message);
    return;
  }
  const build = settings.build ?? {};
  const plain = Object.keys(build.buildArgs ?? {}).length === 0 && !build.target;
  for (const platform of build.platforms?.length ? build.platforms : [DEFAULT_PLATFORM]) {
    try {
      // Without build args or a target, the default scope the rules use is the one to resolve with.
      const scope = plain && platform === DEFAULT_PLATFORM ? (defaultGlobalScope(syntax) ?? undefined) : undefined;
      resolveStages(
        syntax,
        { buildArgs: build.buildArgs ?? {}, target: build.target ?? '', platform, buildPlatform: DEFAULT_PLATFORM },
        scope,
      );
    } catch (error) {
      if (!(error instanceof DockerfileError)) throw error;
      report(error.line, error.problem);
      return;
    }
  }
}

export function lintDockerfile(text: string, settings: LintSettings): LintResult {
  return lintSyntax(parseDockerfile(text), settings);
}

/** The same, for a Dockerfile already read (the caller looked at its bases first). */
export function lintSyntax(syntax: DockerfileSyntax, settings: LintSettings): LintResult {
  const check = fileCheckOptions(syntax);
  const findings: Finding[] = [];
  let current: RuleInfo | undefined;
  const report = (rule: RuleId, line: number, message?: string, extra: { endLine?: number; fix?: string } = {}) => {
    const info = rule === current?.id ? current : (RULES_BY_ID.get(rule) as RuleInfo);
    findings.push({
      rule,
      severity: info.severity,
      line: Math.max(1, line),
      ...(extra.endLine ? { endLine: extra.endLine } : {}),
      message: message ?? info.message,
      fix: extra.fix ?? info.fix,
      docs: info.docs,
    });
  };
  const parse = RULES_BY_ID.get('DockerfileParse') as RuleInfo;
  if (enabled(parse, settings, check))
    parseFindings(syntax, settings, (line, message) => report('DockerfileParse', line, `docker build refuses this: ${message}`));
  const ctx = new LintContext(syntax, settings, report);
  for (const rule of RULES) {
    const run = CHECKS[rule.id as Exclude<RuleId, ExternalRule>];
    if (!run || !enabled(rule, settings, check)) continue;
    current = rule;
    run(ctx);
  }
  return { syntax, findings };
}

const PRAGMA = /^(image-actions|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+)/;

/** Ignore pragmas and `# check=` comments, per instruction and for the whole file. */
function suppressions(syntax: DockerfileSyntax): {
  global: Set<string>;
  perInstruction: Map<number, { ids: Set<string>; check?: CheckOptions }>;
} {
  const global = new Set<string>();
  for (const line of syntax.lines) {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('#')) continue;
    const match = PRAGMA.exec(trimmed.slice(1).trim());
    if (match?.[2]) for (const id of (match[3] as string).split(',')) if (id.trim()) global.add(id.trim());
  }
  const perInstruction = new Map<number, { ids: Set<string>; check?: CheckOptions }>();
  for (const instruction of syntax.instructions) {
    if (instruction.comments.length === 0) continue;
    const ids = new Set<string>();
    let check: CheckOptions | undefined;
    for (const comment of instruction.comments) {
      const match = PRAGMA.exec(comment);
      if (match && !match[2]) for (const id of (match[3] as string).split(',')) if (id.trim()) ids.add(id.trim());
      const directive = /^check\s*=\s*(.*)$/.exec(comment);
      if (directive) check = parseCheckOptions((directive[1] as string).split(' ')[0] ?? '');
    }
    if (ids.size > 0 || check) perInstruction.set(instruction.index, { ids, ...(check ? { check } : {}) });
  }
  return { global, perInstruction };
}

/** Rules that say the same thing, both ways. */
const TWINS: ReadonlyMap<string, string> = new Map(
  RULES.flatMap((rule): Array<[string, string]> =>
    'sameAs' in rule && rule.sameAs
      ? [
          [rule.id, rule.sameAs],
          [rule.sameAs, rule.id],
        ]
      : [],
  ),
);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The findings a user sees: `extra` (ShellCheck's) added, suppressed ones dropped, severities
 * from the config and `# check=error=true` applied, hadolint repeats of BuildKit findings dropped,
 * sorted by line.
 */
export function finalizeFindings(result: LintResult, extra: readonly Finding[], settings: LintSettings): Finding[] {
  const { syntax } = result;
  const fileCheck = fileCheckOptions(syntax);
  // Most files carry no pragma: skip looking for them.
  const mayHavePragmas = syntax.text.includes('ignore') || syntax.text.includes('check');
  const { global, perInstruction } = mayHavePragmas ? suppressions(syntax) : { global: new Set<string>(), perInstruction: new Map() };
  const instructionAt = new Map<number, number>();
  if (perInstruction.size > 0) {
    for (const instruction of syntax.instructions)
      for (let l = instruction.line; l <= instruction.endLine; l++) instructionAt.set(l, instruction.index);
  }

  const kept: Finding[] = [];
  for (const finding of [...result.findings, ...extra]) {
    const info = RULES_BY_ID.get(finding.rule) ?? (SHELLCHECK_CODE.test(finding.rule) ? RULES_BY_ID.get('ShellCheck') : undefined);
    const isBuildkit = info?.source === 'buildkit';
    // A rule and its twin (DL3025 / JSONArgsRecommended) are one finding: naming either silences both.
    const twin = TWINS.get(finding.rule);
    const named = (ids: ReadonlySet<string> | undefined) => !!ids && (ids.has(finding.rule) || (twin !== undefined && ids.has(twin)));
    const override = settings.overrides?.[finding.rule];
    if (override === 'off' || (twin !== undefined && settings.overrides?.[twin] === 'off') || named(global)) continue;
    if (fileCheck && (named(fileCheck.skip) || (isBuildkit && fileCheck.skipAll))) continue;
    const local = perInstruction.get(instructionAt.get(finding.line) ?? -1);
    if (local && (named(local.ids) || named(local.check?.skip) || (isBuildkit && local.check?.skipAll))) continue;
    let severity = override ?? finding.severity;
    if (isBuildkit && override === undefined && (fileCheck?.error || local?.check?.error)) severity = 'error';
    kept.push({ ...finding, severity });
  }
  const shown = kept.filter((finding) => {
    const sameAs = RULES_BY_ID.get(finding.rule)?.sameAs;
    return !sameAs || !kept.some((other) => other.rule === sameAs && other.line === finding.line);
  });
  return shown.sort(
    (a, b) =>
      a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
