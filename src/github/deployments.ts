/**
 * GitHub Deployments as the ledger of promotions (research C §4), through @octokit/rest:
 * `repos.createDeployment` (POST /repos/{owner}/{repo}/deployments) then
 * `repos.createDeploymentStatus` (POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses),
 * the routes of @octokit/plugin-rest-endpoint-methods `src/generated/endpoints.ts` (17.0.0), with the
 * request bodies of @octokit/openapi-types `"repos/create-deployment"` and
 * `"repos/create-deployment-status"`.
 *
 * The deployment is created before anything moves (a token without `deployments: write` fails the
 * step with nothing moved), marked `in_progress`, and ends `success` or `failure`. It has its own
 * task, `promote`, so it is never mistaken for the deployment Actions creates for a job's
 * `environment:`. Creating is not retried (GitHub has no idempotency key: a retry after a lost
 * answer would record the promotion twice; a re-run of the step is safe instead); statuses are
 * appended, so they are retried.
 */
import { Octokit } from '@octokit/rest';
import { StepError } from '../core/errors.js';
import { deploymentDescription, deploymentPayload, shortDescription } from './deployment-text.js';
import { platformRetryPolicy, type PlatformRetryOptions } from '../platform/retry-policy.js';
import { redact } from '../runtime/redact.js';
import { retryLoop, withRetryDefaults } from '../runtime/retry.js';

export interface DeploymentsOptions {
  token: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL, for the link to the environment's deployments; default https://github.com. */
  serverUrl?: string;
  fetch?: typeof fetch;
  log?: { info: (message: string) => void; debug: (message: string) => void };
  retry?: PlatformRetryOptions;
}

export interface DeploymentRecord {
  environment: string;
  /** The commit the promoted version was built from. */
  ref: string;
  /** The image's name on the platform (`ml-runtime`). */
  name: string;
  /** The destination pinned by digest. */
  image: string;
  digest: string;
  version: string;
  channel?: string;
  previousVersion?: string;
  /** The workflow run, for the status's log link. */
  runUrl?: string;
}

export interface RecordedDeployment {
  id: number;
  environment: string;
  /** The environment's deployments page. */
  url: string;
  /** The workflow run, linked from every status. */
  logUrl?: string;
}

export type DeploymentOutcome = 'success' | 'failure';

/** The ledger promote writes to; tests hand in a recorder. */
export interface Deployments {
  start(record: DeploymentRecord): Promise<RecordedDeployment>;
  finish(deployment: RecordedDeployment, outcome: DeploymentOutcome, description: string): Promise<void>;
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new StepError(`GITHUB_REPOSITORY '${repository}' is not owner/repo: cannot record a deployment`);
  }
  return { owner, repo };
}

interface OctokitFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

export class GitHubDeployments implements Deployments {
  private readonly octokit: InstanceType<typeof Octokit>;
  private readonly where: { owner: string; repo: string };
  private readonly serverUrl: string;
  private readonly retry: ReturnType<typeof withRetryDefaults>;

  constructor(private readonly options: DeploymentsOptions) {
    this.where = splitRepository(options.repository);
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    this.retry = withRetryDefaults(platformRetryPolicy, options.retry);
    const log = options.log;
    this.octokit = new Octokit({
      auth: options.token,
      baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'image-actions-promote',
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      log: {
        debug: (message: string) => log?.debug(message),
        info: (message: string) => log?.debug(message),
        warn: (message: string) => log?.info(message),
        error: (message: string) => log?.info(message),
      },
    });
  }

  async start(record: DeploymentRecord): Promise<RecordedDeployment> {
    let answer: Awaited<ReturnType<typeof this.octokit.rest.repos.createDeployment>>;
    try {
      answer = await this.octokit.rest.repos.createDeployment({
        ...this.where,
        ref: record.ref,
        task: 'promote',
        auto_merge: false,
        required_contexts: [],
        environment: record.environment,
        description: deploymentDescription(record),
        payload: deploymentPayload(record),
      });
    } catch (error) {
      throw this.failure(error, `creating a deployment of ${record.ref.slice(0, 12)} to environment ${record.environment}`);
    }
    const data = answer.data as { id?: number; message?: string };
    if (answer.status !== 201 || typeof data.id !== 'number') {
      throw new StepError(`GitHub did not create a deployment (HTTP ${answer.status}: ${data.message ?? 'no deployment in the answer'})`);
    }
    const deployment: RecordedDeployment = {
      id: data.id,
      environment: record.environment,
      url: `${this.serverUrl}/${this.where.owner}/${this.where.repo}/deployments/${encodeURIComponent(record.environment)}`,
      ...(record.runUrl ? { logUrl: record.runUrl } : {}),
    };
    this.options.log?.info(`GitHub: deployment ${deployment.id} to ${record.environment} for ${record.ref.slice(0, 12)}`);
    await this.status(deployment, 'in_progress', deploymentDescription(record));
    return deployment;
  }

  async finish(deployment: RecordedDeployment, outcome: DeploymentOutcome, description: string): Promise<void> {
    await this.status(deployment, outcome, description);
  }

  private async status(deployment: RecordedDeployment, state: 'in_progress' | DeploymentOutcome, description: string): Promise<void> {
    const what = `recording ${state} on deployment ${deployment.id}`;
    await retryLoop<void>(
      {
        policy: this.retry,
        server: 'GitHub',
        onRetry: ({ delayMs, reason }) =>
          this.options.log?.info(`GitHub: ${what}: ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s`),
      },
      async () => {
        try {
          await this.octokit.rest.repos.createDeploymentStatus({
            ...this.where,
            deployment_id: deployment.id,
            state,
            description: shortDescription(description),
            ...(deployment.logUrl ? { log_url: deployment.logUrl } : {}),
          });
          return { done: undefined };
        } catch (error) {
          const failure = error as OctokitFailure;
          const fail = (stop?: string): never => {
            throw this.failure(error, what, stop);
          };
          if (failure.status !== undefined && failure.status < 500 && failure.status !== 429) fail();
          return {
            failed:
              failure.status === undefined
                ? { error }
                : { status: failure.status, retryAfter: failure.response?.headers?.['retry-after'] ?? null },
            reason: failure.status === undefined ? (failure.message ?? 'no answer') : `HTTP ${failure.status}`,
            giveUp: (stop: string) => fail(stop),
          };
        }
      },
    );
  }

  private failure(error: unknown, what: string, stop?: string): StepError {
    const failure = error as OctokitFailure;
    const hint =
      failure.status === 403 || failure.status === 404
        ? " The token needs 'permissions: deployments: write' (and the repository must be the one GITHUB_REPOSITORY names)."
        : failure.status === 401
          ? ' Check github-token.'
          : '';
    const message = `GitHub answered ${failure.status ?? 'nothing'} while ${what}: ${failure.message ?? String(error)}.${hint}${stop ? ` (${stop})` : ''}`;
    return new StepError(redact(message, [this.options.token]), { cause: error });
  }
}
