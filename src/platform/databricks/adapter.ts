import { targetName } from '../../core/targets.js';
import { InputError, StepError } from '../../core/errors.js';
import { actionsLog, type PlatformLog } from '../log.js';
import { parsePinnedImageRef } from '../../core/image-ref.js';
import type { PlatformAdapter } from '../platform.js';
import type { Attachment, AttachmentTarget, ImageVersion, ImageVersionRequest } from '../../core/platform-model.js';
import type { PlatformRetryOptions } from '../retry-policy.js';
import { DatabricksApiError, DatabricksClient } from './client.js';
import {
  desiredDockerImage,
  isSecretReference,
  sameDockerImage,
  type BasicAuth,
  type CurrentDockerImage,
  type DockerImage,
} from './docker-image.js';
import { checkDockerImageUrl } from './policy.js';
import { readWholeJob, type JobCluster, type JobDetails } from './jobs.js';
import type { HttpFetch } from '../../runtime/http-transport.js';

/**
 * Databricks Container Services adapter.
 *
 * Databricks has no image catalog: a "version" is nothing but the image reference a cluster or a
 * job cluster pulls (`docker_image.url`). So:
 * - `ensureImage` and `createVersion` record nothing remotely. `createVersion` checks the
 *   reference is pinned by digest and returns a version whose id IS that reference, with
 *   `created: false` (nothing was created).
 * - `getVersion` returns undefined: there is no record to look a version name up in. What a
 *   target runs is read with `readTargets`.
 * - `attach` sets `docker_image {url, basic_auth}` on all-purpose clusters
 *   (`clusters/update`, mask `docker_image`) and on job clusters (`jobs/update`, resending the
 *   whole `job_clusters[]` entry). Every target is read and checked first (state, source, cluster
 *   policy, credentials); nothing is changed unless all of them can be.
 * - Updating a RUNNING cluster restarts it: that needs `restartRunningClusters`, else the attach
 *   is refused before anything changes. TERMINATED clusters are updated without a restart.
 *   Clusters made by other Databricks services (`cluster_source` JOB, PIPELINE, SQL, MODELS …)
 *   cannot be edited and are refused.
 * - An update whose outcome is unknown (no answer, 5xx, INVALID_STATE on a resend) is followed by
 *   a read of the target (`clusters/get`, `jobs/get`): when the change is there, it succeeded.
 *
 * Request shapes: `@databricks/sdk-experimental` 0.14.2 `dist/apis/compute/api.js` (`clusters/get`,
 * `clusters/update` with `{cluster_id, update_mask, cluster}`, `policies/clusters/get`) and
 * `dist/apis/jobs/api.js` (`jobs/get` with `job_id`, `page_token`; `jobs/update` with
 * `{job_id, new_settings}`); job pages merged as jobs.ts says; retries as client.ts says.
 * Unverified: whether `docker_image.url` accepts a digest reference (we send `repo@sha256:…`),
 * and whether `clusters/get` ever shows `basic_auth.password` (taken as unchanged when hidden).
 */

export interface DatabricksPlatformOptions {
  /** Workspace URL. */
  host: string;
  /** PAT, or the access token from `exchangeGithubOidcToken`. */
  token: string;
  /** Registry credentials for `docker_image.basic_auth`; prefer `{{secrets/<scope>/<key>}}` references. */
  registryAuth?: BasicAuth;
  /** Allow updating RUNNING clusters, which Databricks restarts to apply the image. Default false. */
  restartRunningClusters?: boolean;
  log?: PlatformLog;
  fetch?: HttpFetch;
  retry?: PlatformRetryOptions;
}

/** Databricks accepts edits only in these states (others answer INVALID_STATE). */
const EDITABLE_STATES = new Set(['RUNNING', 'TERMINATED']);

/**
 * `ClusterSource` values of clusters a user made (databricks-sdk-go `service/compute/model.go`:
 * API, JOB, MODELS, PIPELINE, PIPELINE_MAINTENANCE, SQL, UI). The others belong to a Databricks
 * service that owns their spec.
 */
const USER_CLUSTER_SOURCES = new Set(['UI', 'API']);

interface ClusterDetails {
  cluster_id?: string;
  cluster_name?: string;
  state?: string;
  cluster_source?: string;
  policy_id?: string;
  docker_image?: CurrentDockerImage;
}

interface Policy {
  policy_id?: string;
  name?: string;
  definition?: string;
  policy_family_definition_overrides?: string;
}

interface Plan {
  target: AttachmentTarget;
  label: string;
  /** undefined: the target already runs the image. */
  apply?: () => Promise<void>;
  /** After an ambiguous failure of `apply`: whether the target runs the image now. */
  applied?: () => Promise<boolean>;
  note?: string;
}

export interface TargetState {
  target: string;
  url?: string;
  /** Cluster state; job clusters have none until a run starts them. */
  state?: string;
}

export class DatabricksPlatform implements PlatformAdapter {
  readonly name = 'databricks';
  private readonly client: DatabricksClient;
  private readonly log: PlatformLog;
  private readonly policies = new Map<string, Promise<Policy>>();

  constructor(private readonly options: DatabricksPlatformOptions) {
    this.log = options.log ?? actionsLog;
    this.log.setSecret(options.token);
    const password = options.registryAuth?.password;
    if (password !== undefined && !isSecretReference(password)) {
      this.log.setSecret(password);
      this.log.warning(
        'The registry password is written into the compute spec as plain text, where other users of the workspace can read it. ' +
          'Store it in a Databricks secret scope and pass {{secrets/<scope>/<key>}} instead.',
      );
    }
    this.client = new DatabricksClient({
      host: options.host,
      token: options.token,
      log: this.log,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      secrets: password !== undefined && !isSecretReference(password) ? [password] : [],
    });
  }

  async ensureImage(image: string): Promise<void> {
    this.log.debug(`Databricks keeps no image records; nothing to ensure for '${image}'.`);
  }

  async createVersion(request: ImageVersionRequest): Promise<ImageVersion> {
    const pinned = parsePinnedImageRef(request.imageRef);
    if (!pinned) {
      throw new InputError(
        'image',
        `'${request.imageRef}' is not pinned by digest`,
        'Pass <repository>@sha256:<digest>, as the build step outputs it',
      );
    }
    if (pinned.digest !== request.digest) {
      throw new InputError(
        'image',
        `'${request.imageRef}' does not carry digest ${request.digest}`,
        'Pass the reference and digest of the same build',
      );
    }
    this.log.info(
      `Databricks keeps no image versions: version '${request.version}' of '${request.image}' is the reference ${request.imageRef} itself (nothing recorded).`,
    );
    return {
      id: request.imageRef,
      image: request.image,
      version: request.version,
      digest: request.digest,
      imageRef: request.imageRef,
      created: false,
    };
  }

  async getVersion(image: string, version: string): Promise<ImageVersion | undefined> {
    this.log.debug(`Databricks keeps no image versions; '${image}' version '${version}' cannot be looked up by name.`);
    return undefined;
  }

  async attach(version: ImageVersion, targets: AttachmentTarget[]): Promise<Attachment[]> {
    const url = version.imageRef;
    const plans: Plan[] = [];
    for (const target of targets) plans.push(await this.plan(target, url));
    const attachments: Attachment[] = [];
    const changed: string[] = [];
    for (const plan of plans) {
      if (!plan.apply) {
        this.log.info(`${plan.label} already runs ${url}.`);
      } else {
        try {
          await this.applyOrConfirm(plan);
        } catch (error) {
          const done = changed.length > 0 ? `already changed: ${changed.join(', ')}` : 'no other target was changed';
          const message = error instanceof Error ? error.message : String(error);
          throw new StepError(`${plan.label}: ${message} (${done})`, { cause: error });
        }
        changed.push(targetName(plan.target));
        this.log.info(`${plan.label}: docker_image.url set to ${url}${plan.note ? ` (${plan.note})` : ''}.`);
      }
      attachments.push({ target: targetName(plan.target), image: version.image, version: version.version, changed: Boolean(plan.apply) });
    }
    return attachments;
  }

  /** Runs the update; when its outcome is unknown, reads the target back and succeeds if the change is there. */
  private async applyOrConfirm(plan: Plan): Promise<void> {
    try {
      await plan.apply?.();
    } catch (error) {
      if (!(error instanceof DatabricksApiError) || !error.ambiguous || !plan.applied) throw error;
      this.log.info(`${plan.label}: the update failed without a clear answer (${error.message}); reading the target back.`);
      if (await plan.applied()) {
        this.log.info(`${plan.label}: the change is there: the update was applied.`);
        return;
      }
      throw new StepError(`${error.message} Read back: the target does not run the image, so the update was not applied.`, {
        cause: error,
      });
    }
  }

  /** What each target runs now. */
  async readTargets(targets: AttachmentTarget[]): Promise<TargetState[]> {
    const states: TargetState[] = [];
    for (const target of targets) {
      if (target.kind === 'cluster') {
        const cluster = await this.getCluster(target.id);
        states.push({
          target: targetName(target),
          ...(cluster.docker_image?.url ? { url: cluster.docker_image.url } : {}),
          ...(cluster.state ? { state: cluster.state } : {}),
        });
      } else {
        const { jobId, key } = splitJobTarget(target);
        const entry = (await this.getJob(jobId)).settings?.job_clusters?.find((c) => c.job_cluster_key === key);
        const jobUrl = entry?.new_cluster?.docker_image?.url;
        states.push({ target: targetName(target), ...(jobUrl ? { url: jobUrl } : {}) });
      }
    }
    return states;
  }

  private async plan(target: AttachmentTarget, url: string): Promise<Plan> {
    if (target.kind === 'cluster') return this.planCluster(target, url);
    if (target.kind === 'job') return this.planJob(target, url);
    throw new StepError(
      `Databricks cannot attach to '${targetName(target)}': use cluster/<cluster-id> or job/<job-id>/<job-cluster-key>. Nothing was changed.`,
    );
  }

  private async planCluster(target: AttachmentTarget, url: string): Promise<Plan> {
    const cluster = await this.getCluster(target.id);
    const label = `cluster ${target.id}${cluster.cluster_name ? ` (${cluster.cluster_name})` : ''}`;
    const refuse = (why: string): never => {
      throw new StepError(`${label}: ${why}. Nothing was changed.`);
    };
    if (cluster.cluster_source === 'JOB') {
      refuse(
        'it was created by a job run and Databricks does not let it be edited; attach the job instead: job/<job-id>/<job-cluster-key>',
      );
    }
    if (cluster.cluster_source !== undefined && !USER_CLUSTER_SOURCES.has(cluster.cluster_source)) {
      refuse(
        `it was created by the Databricks ${cluster.cluster_source} service (cluster_source ${cluster.cluster_source}), which owns its spec; ` +
          'change the image where that service defines its compute',
      );
    }
    const desired = desiredDockerImage(url, this.options.registryAuth, cluster.docker_image);
    if ('problem' in desired) return refuse(desired.problem);
    if (sameDockerImage(cluster.docker_image, desired.image)) return { target, label };
    const state = cluster.state ?? 'UNKNOWN';
    if (!EDITABLE_STATES.has(state)) {
      throw new StepError(
        `cluster ${target.id} is ${state}; Databricks accepts edits only in RUNNING or TERMINATED: retry when it settles. Nothing was changed.`,
      );
    }
    if (state === 'RUNNING' && !this.options.restartRunningClusters) {
      refuse(
        'it is RUNNING, and Databricks restarts a running cluster to apply a new image (its running work is interrupted); ' +
          'set restart-running-clusters=true in platform-settings to allow the restart, or attach while the cluster is TERMINATED',
      );
    }
    if (cluster.policy_id) await this.checkPolicy(cluster.policy_id, url, label);
    const image: DockerImage = desired.image;
    return {
      target,
      label,
      note:
        state === 'RUNNING'
          ? 'it was RUNNING: Databricks restarts it to apply the image'
          : 'it is TERMINATED: the image applies at its next start',
      apply: async () => {
        await this.client.post('/api/2.1/clusters/update', {
          cluster_id: target.id,
          update_mask: 'docker_image',
          cluster: { docker_image: image },
        });
      },
      applied: async () => sameDockerImage((await this.getCluster(target.id)).docker_image, image),
    };
  }

  private async planJob(target: AttachmentTarget, url: string): Promise<Plan> {
    const { jobId, key } = splitJobTarget(target);
    const job = await this.getJob(jobId);
    const label = `job ${jobId}${job.settings?.name ? ` (${job.settings.name})` : ''} cluster '${key}'`;
    const refuse = (why: string): never => {
      throw new StepError(`${label}: ${why}. Nothing was changed.`);
    };
    const clusters = job.settings?.job_clusters ?? [];
    const entry = clusters.find((candidate) => candidate.job_cluster_key === key);
    if (!entry) {
      const keys = clusters.map((candidate) => `'${candidate.job_cluster_key}'`).join(', ');
      return refuse(
        `the job has no job cluster with job_cluster_key '${key}' (${keys ? `it has ${keys}` : 'it has no shared job clusters'}); ` +
          'tasks with their own new_cluster cannot be targeted: move the cluster into job_clusters',
      );
    }
    const newCluster = entry.new_cluster;
    if (!newCluster) return refuse('the job cluster has no new_cluster spec to set an image on');
    const desired = desiredDockerImage(url, this.options.registryAuth, newCluster.docker_image);
    if ('problem' in desired) return refuse(desired.problem);
    if (sameDockerImage(newCluster.docker_image, desired.image)) return { target, label };
    if (newCluster.policy_id) await this.checkPolicy(newCluster.policy_id, url, label);
    // Arrays in new_settings are merged by key, nested fields are not: resend the whole entry.
    const updated: JobCluster = { ...entry, new_cluster: { ...newCluster, docker_image: desired.image } };
    // Job ids are int64: write the digits as they are rather than through a JS number.
    const body = `{"job_id":${jobId},"new_settings":${JSON.stringify({ job_clusters: [updated] })}}`;
    const image = desired.image;
    return {
      target,
      label,
      note: 'applies to the next runs',
      apply: async () => {
        await this.client.post('/api/2.2/jobs/update', body);
      },
      applied: async () => {
        const now = (await this.getJob(jobId)).settings?.job_clusters?.find((candidate) => candidate.job_cluster_key === key);
        return sameDockerImage(now?.new_cluster?.docker_image, image);
      },
    };
  }

  private async checkPolicy(policyId: string, url: string, label: string): Promise<void> {
    let policy: Policy;
    try {
      policy = await this.getPolicy(policyId);
    } catch (error) {
      if (error instanceof DatabricksApiError && error.status === 403) {
        this.log.warning(`${label}: cannot read its cluster policy ${policyId} (HTTP 403); Databricks will enforce it on update.`);
        return;
      }
      throw error;
    }
    const verdict = checkDockerImageUrl(policy.definition ?? '{}', url, policy.policy_family_definition_overrides);
    if (verdict.allowed) return;
    const name = policy.name ? `'${policy.name}' (${policyId})` : policyId;
    throw new StepError(
      `${label}: its cluster policy ${name} ${verdict.rule}, so it cannot run ${url}. ` +
        'Ask the policy owner to allow this url (an allowlist entry, or a regex such as ^<registry>/<repository>@sha256:[0-9a-f]{64}$), ' +
        'or attach to compute that uses a policy allowing it. Nothing was changed.',
    );
  }

  private getCluster(clusterId: string): Promise<ClusterDetails> {
    return this.client.get<ClusterDetails>('/api/2.1/clusters/get', { cluster_id: clusterId });
  }

  private getJob(jobId: string): Promise<JobDetails> {
    return readWholeJob((pageToken) =>
      this.client.get<JobDetails>('/api/2.2/jobs/get', { job_id: jobId, ...(pageToken ? { page_token: pageToken } : {}) }),
    );
  }

  private getPolicy(policyId: string): Promise<Policy> {
    let pending = this.policies.get(policyId);
    if (!pending) {
      pending = this.client.get<Policy>('/api/2.0/policies/clusters/get', { policy_id: policyId });
      this.policies.set(policyId, pending);
    }
    return pending;
  }
}

function splitJobTarget(target: AttachmentTarget): { jobId: string; key: string } {
  const slash = target.id.indexOf('/');
  const jobId = target.id.slice(0, slash);
  const key = target.id.slice(slash + 1);
  if (slash <= 0 || !/^[0-9]+$/.test(jobId) || key === '') {
    throw new StepError(`'${targetName(target)}' is not job/<job-id>/<job-cluster-key>`);
  }
  return { jobId, key };
}
