/**
 * validate from files to findings: list the workspace, pick the files the globs name, let each
 * definition source turn its files into Dockerfile units, keep the units a pull request touches,
 * gather what the rules need from disk and the registry, lint (core/lint), run ShellCheck over the
 * RUN scripts, and map every finding back to the file and line it is about. No GitHub here.
 */
import path from 'node:path';
import { parseDockerfile, type DockerfileSyntax } from '../core/dockerfile/syntax.js';
import { externalBases, DEFAULT_PLATFORM, LintContext, type ImageFacts } from '../core/lint/context.js';
import { finalizeFindings, lintSyntax, shellcheckEnabled, type LintResult, type LintSettings } from '../core/lint/lint.js';
import { settingsFor, type ValidateConfig } from '../core/lint/config.js';
import { shellScriptFiles, type ShellScriptFile } from '../core/lint/shell-scripts.js';
import type { ProfileName } from '../core/lint/rule-catalog.js';
import type { CommandRunner } from '../runtime/exec.js';
import type { GitRunner } from '../git/git-command.js';
import type { RegistryClient } from '../registry/client.js';
import { changedFiles, readTextFile, selectFiles, touches, workspaceFiles, type ChangedFiles } from './discovery.js';
import { DEFINITION_SOURCES, relativeTo, type DefinitionSource, type FileFinding, type ValidationUnit } from './sources.js';
import { contextFacts } from './context-facts.js';
import { lookUpImages } from './image-facts.js';
import { runShellcheck } from './shellcheck.js';

export interface ValidateRequest {
  workspace: string;
  /** `files` globs; `explicit` when the user gave them (each must then match). */
  globs: string[];
  explicit: boolean;
  profile: ProfileName;
  config?: ValidateConfig;
  /** Only what a pull request touches (needs `base`). */
  changedOnly: boolean;
  /** The commit the pull request is compared with. */
  base?: string;
}

export interface ValidateSeams {
  runner: CommandRunner;
  git?: GitRunner;
  /** Looks base images up (digest, environment); without it the rules that need the registry stay quiet. */
  registry?: RegistryClient;
  sources?: readonly DefinitionSource[];
}

export interface ValidateOutcome {
  units: ValidationUnit[];
  findings: FileFinding[];
  /** Files the globs selected. */
  files: string[];
  listedBy: 'git' | 'walk';
  /** Units left out because the pull request does not touch them. */
  unchanged: ValidationUnit[];
  /** Units the pull request touches (empty without a base to compare with). */
  touched: ValidationUnit[];
  changed?: ChangedFiles;
  shellcheck: { ran: boolean; reason?: string };
}

/** Reads every selected file through the first source that claims it. */
function loadUnits(
  workspace: string,
  files: readonly string[],
  sources: readonly DefinitionSource[],
): { units: ValidationUnit[]; findings: FileFinding[] } {
  const units: ValidationUnit[] = [];
  const findings: FileFinding[] = [];
  for (const relative of files) {
    const source = sources.find((s) => s.claims(relative));
    if (!source) continue;
    const absolute = path.join(workspace, relative);
    const text = readTextFile(absolute, relative);
    if (text === undefined) continue;
    const loaded = source.load({ absolute, relative, text }, workspace);
    units.push(...loaded.units);
    findings.push(...loaded.findings);
  }
  // A Dockerfile an image definition names is validated with that definition's build (args, target,
  // platforms), not a second time on its own.
  const defined = new Set(units.filter((u) => u.definitionFile).map((u) => u.dockerfile));
  return { units: units.filter((u) => u.definitionFile || !defined.has(u.dockerfile)), findings };
}

function settingsOf(
  unit: ValidationUnit,
  request: ValidateRequest,
  facts: ReadonlyMap<string, ImageFacts>,
  isFile: (file: string) => boolean,
): LintSettings {
  const { profile, overrides } = settingsFor(request.config, unit.file, request.profile);
  const { facts: context, ignorePatterns } = contextFacts(unit.context, unit.dockerfile, isFile);
  return { profile, overrides, build: unit.build, ignorePatterns, context, images: facts };
}

export async function validateFiles(request: ValidateRequest, seams: ValidateSeams): Promise<ValidateOutcome> {
  const sources = seams.sources ?? DEFINITION_SOURCES;
  const { files: all, listedBy } = await workspaceFiles(request.workspace, seams.git);
  const files = selectFiles(all, request.globs, request.explicit);
  const loaded = loadUnits(request.workspace, files, sources);

  const changed = request.base && seams.git ? await changedFiles(seams.git, request.base) : undefined;
  const isTouched = (unit: ValidationUnit) =>
    !changed ||
    touches(changed.files, {
      file: unit.file,
      dockerfileRelative: relativeTo(request.workspace, unit.dockerfile),
      contextRelative: relativeTo(request.workspace, unit.context),
      ...(unit.definitionFile ? { origin: unit.definitionFile } : {}),
    });
  const units = request.changedOnly ? loaded.units.filter(isTouched) : loaded.units;
  const unchanged = request.changedOnly ? loaded.units.filter((u) => !isTouched(u)) : [];

  const syntaxes: DockerfileSyntax[] = units.map((unit) => parseDockerfile(unit.text));
  const facts = seams.registry
    ? await lookUpImages(
        seams.registry,
        syntaxes.flatMap((s) => externalBases(s)),
        DEFAULT_PLATFORM,
      )
    : new Map<string, ImageFacts>();

  // Ignore files are looked up in the workspace listing: no system call for the ones that are not there.
  const listed = new Set(all.map((file) => path.join(request.workspace, file)));
  const isFile = (file: string) => listed.has(file);
  const settings = units.map((unit) => settingsOf(unit, request, facts, isFile));
  const results: LintResult[] = syntaxes.map((syntax, i) => lintSyntax(syntax, settings[i] as LintSettings));

  const scripts = (): ShellScriptFile[][] =>
    results.map((result, i) => {
      if (!shellcheckEnabled(settings[i] as LintSettings)) return [];
      const ctx = new LintContext(result.syntax, settings[i] as LintSettings, () => undefined);
      return shellScriptFiles(result.syntax, (stage) => ctx.baseStage(stage));
    });
  const shellcheck = results.some((r) => r.syntax.instructions.some((i) => i.keyword === 'RUN'))
    ? await runShellcheck(seams.runner, scripts)
    : ({ ran: true, findings: results.map(() => []) } as const);

  const findings: FileFinding[] = [...loaded.findings];
  const seen = new Set<string>();
  results.forEach((result, i) => {
    const unit = units[i] as ValidationUnit;
    const extra = shellcheck.ran ? (shellcheck.findings[i] ?? []) : [];
    for (const finding of finalizeFindings(result, extra, settings[i] as LintSettings)) {
      const line = unit.mapLine ? unit.mapLine(finding.line) : finding.line;
      const endLine = finding.endLine && unit.mapLine ? unit.mapLine(finding.endLine) : finding.endLine;
      const key = `${unit.file}:${line}:${finding.rule}:${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...finding, line, ...(endLine ? { endLine } : {}), file: unit.file });
    }
  });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    units,
    findings,
    files,
    listedBy,
    unchanged,
    touched: changed ? loaded.units.filter(isTouched) : [],
    ...(changed ? { changed } : {}),
    shellcheck: shellcheck.ran ? { ran: true } : { ran: false, reason: shellcheck.reason },
  };
}
