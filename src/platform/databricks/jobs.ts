/**
 * Reading a whole job: `jobs/get` returns at most 100 entries of each array property (`tasks`,
 * `job_clusters`, `parameters`, `environments`) and a `next_page_token` while more remain; the
 * next page carries the next entries of every array (empty when one is exhausted). The official
 * SDKs follow the token and append: databricks-sdk-go `service/jobs/ext_api.go` `JobsAPI.Get`
 * (@ 1ff3c785), the Python SDK's `JobsExt.get`; request shape `GET /api/2.2/jobs/get?job_id=&page_token=`
 * (`@databricks/sdk-experimental` 0.14.2 `dist/apis/jobs/api.js` `_get`).
 */
import type { CurrentDockerImage } from './docker-image.js';

export interface JobCluster {
  job_cluster_key?: string;
  new_cluster?: { policy_id?: string; docker_image?: CurrentDockerImage } & Record<string, unknown>;
}

export interface JobSettings {
  name?: string;
  job_clusters?: JobCluster[];
  tasks?: unknown[];
  parameters?: unknown[];
  environments?: unknown[];
}

export interface JobDetails {
  job_id?: number;
  settings?: JobSettings;
  next_page_token?: string;
}

const PAGED = ['tasks', 'job_clusters', 'parameters', 'environments'] as const;

/** The first page with every later page's array entries appended, as JobsAPI.Get does. */
export function mergeJobPage(job: JobDetails, next: JobDetails): JobDetails {
  const settings: JobSettings = { ...job.settings };
  for (const key of PAGED) {
    const more = next.settings?.[key];
    if (more && more.length > 0) (settings as Record<string, unknown[]>)[key] = [...(settings[key] ?? []), ...more];
  }
  const merged: JobDetails = { ...job, settings };
  delete merged.next_page_token;
  if (next.next_page_token) merged.next_page_token = next.next_page_token;
  return merged;
}

/** Follows `next_page_token` until the job is whole; a token seen twice ends the walk. */
export async function readWholeJob(getPage: (pageToken?: string) => Promise<JobDetails>): Promise<JobDetails> {
  let job = await getPage();
  const seen = new Set<string>();
  while (job.next_page_token && !seen.has(job.next_page_token)) {
    seen.add(job.next_page_token);
    job = mergeJobPage(job, await getPage(job.next_page_token));
  }
  const whole: JobDetails = { ...job };
  delete whole.next_page_token;
  return whole;
}
