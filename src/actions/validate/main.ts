import * as core from '../../runtime/actions-core.js';
import path from 'node:path';
import type { Octokit } from '@octokit/rest';
import { InputError, errorMessage } from '../../core/errors.js';
import type { Severity } from '../../core/lint/rule-catalog.js';
import { isPullRequestEvent } from '../../core/run-event.js';
import { gitRunner } from '../../git/git-command.js';
import { annotate } from '../../github/annotations.js';
import { commentClient, upsertComment, type PullRequestRef } from '../../github/pr-comment.js';
import { sarifLog } from '../../github/sarif.js';
import { makeRegistryClient } from '../../registry/login.js';
import type { RegistryClient } from '../../registry/client.js';
import { writeFileAtomically } from '../../runtime/atomic-file.js';
import { SpawnRunner, type CommandRunner } from '../../runtime/exec.js';
import { runAction, setOutputs, timedGroup } from '../../runtime/run-action.js';
import { readRunContext, sourceUrlFromEnv } from '../../runtime/run-context.js';
import { workspaceRoot } from '../../runtime/workspace.js';
import { explainRebuilds, type Rebuild } from '../../validate/rebuilds.js';
import { DEFINITION_SOURCES, defaultGlobs, type DefinitionSource } from '../../validate/sources.js';
import { validateFiles } from '../../validate/validate-files.js';
import { readValidateInputs } from './inputs.js';
import { commentBody, countsLine, writeValidateSummary, type ValidateReport } from './summary.js';

/**
 * The pull-request check for Dockerfiles: finds them (and the image definitions that name them),
 * checks each against BuildKit's parser and checks, hadolint's rules, ShellCheck and the platform
 * profile, and reports on the exact lines — annotations, job summary, SARIF, one PR comment —
 * with, for each image the pull request rebuilds, why.
 */
export interface ValidateSeams {
  runner: CommandRunner;
  /** Looks base images up (credentials from Docker's config.json). */
  registry: (insecureRegistries: readonly string[]) => RegistryClient;
  /** The GitHub API client for the PR comment. */
  github: (token: string, baseUrl: string) => Octokit;
  sources: readonly DefinitionSource[];
}

const PACKAGE_VERSION = '0.1.0';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The pull request the event is about, and its base commit. */
function pullRequestOf(event: unknown): { pr: PullRequestRef; baseSha: string | undefined } | undefined {
  const payload = event as
    { pull_request?: { number?: number; base?: { sha?: string } }; repository?: { name?: string; owner?: { login?: string } } } | undefined;
  const number = payload?.pull_request?.number;
  const owner = payload?.repository?.owner?.login;
  const repo = payload?.repository?.name;
  if (typeof number !== 'number' || !owner || !repo) return undefined;
  return { pr: { owner, repo, number }, baseSha: payload?.pull_request?.base?.sha };
}

function failingCount(counts: Record<Severity, number>, failOn: Severity | 'never'): number {
  if (failOn === 'never') return 0;
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1).reduce((sum, severity) => sum + counts[severity], 0);
}

export async function run(seams: Partial<ValidateSeams> = {}): Promise<void> {
  const {
    runner = new SpawnRunner(),
    registry = (insecure: readonly string[]) => makeRegistryClient(undefined, insecure),
    github = (token: string, baseUrl: string) => commentClient({ token, baseUrl }),
    sources = DEFINITION_SOURCES,
  } = seams;
  await runAction(async () => {
    const inputs = readValidateInputs();
    const workspace = workspaceRoot();
    const { context, problem } = readRunContext();
    if (problem) core.warning(problem);
    const onPullRequest = isPullRequestEvent(context.eventName);
    const pull = onPullRequest ? pullRequestOf(context.event) : undefined;
    const base = inputs.base ?? pull?.baseSha;
    let changedOnly = inputs.changedOnly === 'auto' ? onPullRequest : inputs.changedOnly;
    if (changedOnly && !base) {
      if (inputs.changedOnly === true)
        throw new InputError(
          'changed-only',
          'there is no base commit to compare with',
          "Run it on pull_request, or set base (e.g. 'origin/main')",
        );
      changedOnly = false;
    }
    const explicit = inputs.files.length > 0;
    const git = gitRunner(workspace, runner);

    const { value: outcome, ms } = await timedGroup('Validate Dockerfiles', async () => {
      const result = await validateFiles(
        {
          workspace,
          globs: explicit ? inputs.files : defaultGlobs(sources),
          explicit,
          profile: inputs.profile,
          ...(inputs.config ? { config: inputs.config } : {}),
          changedOnly,
          ...(base ? { base } : {}),
        },
        { runner, git, sources, ...(inputs.resolveImages ? { registry: registry(inputs.insecureRegistries) } : {}) },
      );
      core.info(
        `Files: ${result.files.length} selected (${result.listedBy === 'git' ? 'git ls-files, .gitignore honoured' : 'folder walk'}); Dockerfiles: ${result.units.length}`,
      );
      if (base && !result.changed) core.warning(`Cannot compare with ${base} (not fetched?): every selected Dockerfile is validated`);
      if (result.unchanged.length > 0)
        core.info(`Left out (the pull request does not touch them): ${result.unchanged.map((u) => u.file).join(', ')}`);
      if (!result.shellcheck.ran) core.info(`ShellCheck: ${result.shellcheck.reason}`);
      return result;
    });
    core.info(`Validated in ${ms} ms`);

    let rebuilds: Rebuild[] = [];
    if (inputs.explain && outcome.changed && outcome.touched.length > 0) {
      const changedBase = outcome.changed.base;
      rebuilds = (
        await timedGroup('Why this pull request rebuilds', async () => {
          const list = await explainRebuilds(outcome.touched, git, changedBase, workspace);
          for (const rebuild of list) core.info(rebuild.summary);
          return list;
        })
      ).value;
    }

    const findings = outcome.findings;
    annotate(findings);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity]++;

    if (inputs.sarifFile) {
      const sarif = sarifLog(findings, {
        version: PACKAGE_VERSION,
        informationUri: sourceUrlFromEnv() || 'https://github.com/org/image-actions',
      });
      try {
        writeFileAtomically(inputs.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
      } catch (error) {
        throw new InputError(
          'sarif-file',
          `cannot write '${inputs.sarifFile}' (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`,
          'Give a file path in a writable folder of the workspace',
        );
      }
      core.info(`Wrote SARIF to ${path.relative(workspace, inputs.sarifFile)}`);
    }
    setOutputs({
      errors: counts.error,
      warnings: counts.warning,
      findings: JSON.stringify(
        findings.map(({ file, line, endLine, rule, severity, message, fix, docs }) => ({
          file,
          line,
          ...(endLine ? { endLine } : {}),
          rule,
          severity,
          message,
          fix,
          docs,
        })),
      ),
      'sarif-file': inputs.sarifFile ?? '',
    });

    const report: ValidateReport = {
      findings,
      counts,
      files: outcome.files.length,
      units: outcome.units.length,
      unchanged: outcome.unchanged.length,
      rebuilds,
      ...(outcome.shellcheck.ran ? {} : { shellcheck: outcome.shellcheck.reason ?? 'did not run' }),
      failOn: inputs.failOn,
    };
    await writeValidateSummary(report);

    const comment = inputs.comment === 'auto' ? onPullRequest : inputs.comment;
    if (comment) {
      if (!pull) core.warning('comment: this run is not about a pull request; nothing to comment on');
      else if (!inputs.githubToken) core.warning('comment: no github-token; the findings are in the job summary');
      else {
        const marker = `<!-- image-actions:validate ${process.env.GITHUB_WORKFLOW ?? ''}/${process.env.GITHUB_JOB ?? ''} -->`;
        const runUrl =
          sourceUrlFromEnv() && process.env.GITHUB_RUN_ID ? `${sourceUrlFromEnv()}/actions/runs/${process.env.GITHUB_RUN_ID}` : '';
        const octokit = github(inputs.githubToken, process.env.GITHUB_API_URL ?? '');
        const quiet = findings.length === 0 && rebuilds.length === 0;
        try {
          const result = await upsertComment(octokit, pull.pr, marker, commentBody(report, marker, runUrl), !quiet);
          if (result.action === 'read-only')
            core.warning(
              `comment: the token may not comment on this pull request (HTTP ${result.status}; pull requests from forks get a read-only token). The findings are in the job summary.`,
            );
          else if (result.action === 'skipped') core.info('comment: nothing to say and no earlier comment to update');
          else core.info(`comment: ${result.action} ${result.url}`);
        } catch (error) {
          core.warning(`comment: could not comment on the pull request (${errorMessage(error)}); the findings are in the job summary`);
        }
      }
    }

    core.info(`Findings: ${countsLine(counts)}`);
    const failing = failingCount(counts, inputs.failOn);
    if (failing > 0)
      core.setFailed(`${failing} finding${failing === 1 ? '' : 's'} at or above fail-on: ${inputs.failOn} (${countsLine(counts)})`);
  });
}
