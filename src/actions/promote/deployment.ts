import * as core from '../../runtime/actions-core.js';
import { InputError, StepError } from '../../core/errors.js';
import { deploymentRef } from '../../core/promotion.js';
import type { DeploymentRecord, Deployments, DeploymentsOptions, RecordedDeployment } from '../../github/deployments.js';

export interface StartedDeployment {
  ledger: Deployments;
  deployment: RecordedDeployment;
}

/**
 * Creates the GitHub deployment (then `in_progress`) for a promotion, before anything moves: a
 * token that may not write deployments fails the step with nothing moved. The commit it records is
 * the platform's, else the image's revision label, else the workflow's.
 */
export async function startDeployment(
  makeLedger: (options: DeploymentsOptions) => Deployments | Promise<Deployments>,
  token: string,
  commits: { recorded?: string | undefined; label?: string | undefined },
  record: Omit<DeploymentRecord, 'ref'>,
): Promise<StartedDeployment> {
  const ref = deploymentRef({ ...commits, workflowSha: process.env.GITHUB_SHA });
  if (!ref) {
    throw new StepError(
      `no commit is known for ${record.name} ${record.version} (the platform records none, the image has no revision label, GITHUB_SHA is unset): a deployment needs one`,
    );
  }
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository) {
    throw new InputError(
      'github-token',
      'is set but GITHUB_REPOSITORY is not',
      'Run in GitHub Actions, or set GITHUB_REPOSITORY=owner/repo',
    );
  }
  const ledger = await makeLedger({
    token,
    repository,
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
    log: { info: (message) => core.info(message), debug: (message) => core.debug(message) },
  });
  return { ledger, deployment: await ledger.start({ ...record, ref }) };
}
