/**
 * A loopback stand-in for the parts of the Databricks REST API the adapter uses, strict about
 * the requests it accepts (method, path, query, bearer token, JSON body keys) and answering with
 * the shapes the SDKs model: `ClusterDetails`, `Job`, `Policy` (definition as a JSON string),
 * errors `{error_code, message}`, and the OIDC token endpoint's OAuth answers.
 *
 * Behaviour taken from the Clusters API docs: edits only in RUNNING/TERMINATED (else 400
 * INVALID_STATE); an edit of a RUNNING cluster restarts it (state becomes RESTARTING). `jobs/get`
 * pages every array property at 100 entries with `next_page_token` / `page_token`, as the SDKs'
 * doc comment of `get` says (`@databricks/sdk-experimental` `dist/apis/jobs/api.js`). Policies
 * may carry `policy_family_definition_overrides` (a JSON string, databricks-sdk-go `Policy`).
 * Assumption, marked: `basic_auth.password` is read back only when it is a secret reference.
 */
import { startServer, type RecordedRequest, type Reply, type TestServer } from '../support.js';

export interface FakeCluster {
  cluster_id: string;
  cluster_name: string;
  state: string;
  cluster_source?: string;
  policy_id?: string;
  docker_image?: { url: string; basic_auth?: { username: string; password: string } };
}

export interface FakeJob {
  job_id: number;
  settings: { name: string; job_clusters: Array<Record<string, unknown> & { job_cluster_key: string }>; tasks: unknown[] };
}

export interface FakePolicy {
  policy_id: string;
  name: string;
  definition: Record<string, unknown>;
  /** Set for policies made from a policy family. */
  policy_family_id?: string;
  policy_family_definition_overrides?: Record<string, unknown>;
}

export interface Fault {
  path: string;
  times?: number;
  reply: Reply;
  /** Process the request first, then answer with the fault (a lost or failed answer to a done change). */
  afterProcessing?: boolean;
}

/** Entries of each array property per `jobs/get` page. */
export const JOB_PAGE_SIZE = 100;

export interface FakeWorkspace {
  server: TestServer;
  url: string;
  clusters: Map<string, FakeCluster>;
  jobs: Map<string, FakeJob>;
  policies: Map<string, FakePolicy>;
  faults: Fault[];
  /** Requests that passed validation: `METHOD path` plus query and parsed body. */
  calls: Array<{ method: string; path: string; query: Record<string, string>; body: unknown; raw: string }>;
  rejected: Array<{ path: string; error_code: string; message: string }>;
  /** Raw text of everything received (headers and bodies), for secret checks. */
  receivedText(): string;
  close(): Promise<void>;
}

export interface FakeWorkspaceOptions {
  token: string;
  /** Subject tokens accepted at /oidc/v1/token, and the access token each one yields. */
  oidc?: { subjectToken: string; accessToken: string; clientId?: string };
}

function err(status: number, error_code: string, message: string): Reply {
  return { status, body: { error_code, message, details: [] } };
}

function keys(value: unknown): string[] {
  return value && typeof value === 'object' ? Object.keys(value).sort() : [];
}

function readBack(image: FakeCluster['docker_image']): unknown {
  if (!image) return undefined;
  const auth = image.basic_auth;
  if (!auth) return { url: image.url };
  const showPassword = /^\{\{secrets\/[^/]+\/[^/]+\}\}$/.test(auth.password);
  return { url: image.url, basic_auth: { username: auth.username, ...(showPassword ? { password: auth.password } : {}) } };
}

function checkDockerImage(value: unknown): string | undefined {
  const image = value as { url?: unknown; basic_auth?: unknown };
  const k = keys(image);
  if (!k.includes('url') || k.some((key) => key !== 'url' && key !== 'basic_auth'))
    return `docker_image must be {url, basic_auth?}, got keys ${k.join(',')}`;
  if (typeof image.url !== 'string' || image.url === '') return 'docker_image.url must be a non-empty string';
  if (image.basic_auth !== undefined && keys(image.basic_auth).join(',') !== 'password,username')
    return 'docker_image.basic_auth must be {username, password}';
  return undefined;
}

export async function startFakeWorkspace(options: FakeWorkspaceOptions): Promise<FakeWorkspace> {
  const clusters = new Map<string, FakeCluster>();
  const jobs = new Map<string, FakeJob>();
  const policies = new Map<string, FakePolicy>();
  const faults: Fault[] = [];
  const calls: FakeWorkspace['calls'] = [];
  const rejected: FakeWorkspace['rejected'] = [];
  const received: string[] = [];

  const reject = (path: string, reply: Reply): Reply => {
    const body = reply.body as { error_code: string; message: string };
    rejected.push({ path, error_code: body.error_code, message: body.message });
    return reply;
  };

  function clusterDetails(cluster: FakeCluster) {
    return {
      cluster_id: cluster.cluster_id,
      cluster_name: cluster.cluster_name,
      spark_version: '15.4.x-scala2.12',
      node_type_id: 'i3.xlarge',
      driver_node_type_id: 'i3.xlarge',
      num_workers: 2,
      autotermination_minutes: 60,
      cluster_source: cluster.cluster_source ?? 'UI',
      creator_user_name: 'platform@example.com',
      data_security_mode: 'SINGLE_USER',
      single_user_name: 'platform@example.com',
      state: cluster.state,
      state_message: cluster.state === 'RESIZING' ? 'Adding 2 nodes' : '',
      start_time: 1727055811000,
      default_tags: {
        Vendor: 'Databricks',
        Creator: 'platform@example.com',
        ClusterName: cluster.cluster_name,
        ClusterId: cluster.cluster_id,
      },
      ...(cluster.policy_id ? { policy_id: cluster.policy_id } : {}),
      ...(cluster.docker_image ? { docker_image: readBack(cluster.docker_image) } : {}),
    };
  }

  function handle(request: RecordedRequest): Reply {
    const { path } = request;
    if (path === '/oidc/v1/token') return token(request);
    if (request.headers['authorization'] !== `Bearer ${options.token}`) {
      return reject(path, err(401, 'UNAUTHENTICATED', 'Invalid access token.'));
    }
    const fault = faults.find((candidate) => candidate.path === path && (candidate.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (!fault.afterProcessing) return fault.reply;
      process(request);
      return fault.reply;
    }
    return process(request);
  }

  function process(request: RecordedRequest): Reply {
    const { method, path, query } = request;
    let body: unknown;
    if (method === 'POST') {
      if (request.headers['content-type'] !== 'application/json')
        return reject(path, err(400, 'MALFORMED_REQUEST', 'content-type must be application/json'));
      try {
        body = JSON.parse(request.body);
      } catch {
        return reject(path, err(400, 'MALFORMED_REQUEST', 'Invalid JSON given in the body of the request'));
      }
    } else if (request.body !== '') {
      return reject(path, err(400, 'MALFORMED_REQUEST', 'GET with a body'));
    }
    const route = `${method} ${path}`;
    const queryKeys = Object.keys(query).sort().join(',');
    const expectQuery = (wanted: string): Reply | undefined =>
      queryKeys === wanted
        ? undefined
        : reject(path, err(400, 'INVALID_PARAMETER_VALUE', `query must be exactly ${wanted}, got ${queryKeys}`));
    switch (route) {
      case 'GET /api/2.1/clusters/get': {
        const bad = expectQuery('cluster_id');
        if (bad) return bad;
        calls.push({ method, path, query, body, raw: request.body });
        const cluster = clusters.get(query['cluster_id']!);
        if (!cluster) return err(400, 'INVALID_PARAMETER_VALUE', `Cluster ${query['cluster_id']} does not exist`);
        return { status: 200, body: clusterDetails(cluster) };
      }
      case 'POST /api/2.1/clusters/update': {
        const update = body as { cluster_id?: unknown; update_mask?: unknown; cluster?: { docker_image?: unknown } };
        if (keys(update).join(',') !== 'cluster,cluster_id,update_mask')
          return reject(
            path,
            err(400, 'INVALID_PARAMETER_VALUE', `body keys must be cluster_id, update_mask, cluster; got ${keys(update).join(',')}`),
          );
        if (update.update_mask !== 'docker_image')
          return reject(path, err(400, 'INVALID_PARAMETER_VALUE', `unexpected update_mask ${String(update.update_mask)}`));
        if (keys(update.cluster).join(',') !== 'docker_image')
          return reject(path, err(400, 'INVALID_PARAMETER_VALUE', 'cluster must carry only docker_image for this mask'));
        const problem = checkDockerImage(update.cluster?.docker_image);
        if (problem) return reject(path, err(400, 'INVALID_PARAMETER_VALUE', problem));
        calls.push({ method, path, query, body, raw: request.body });
        const cluster = clusters.get(String(update.cluster_id));
        if (!cluster) return err(400, 'INVALID_PARAMETER_VALUE', `Cluster ${String(update.cluster_id)} does not exist`);
        if (cluster.state !== 'RUNNING' && cluster.state !== 'TERMINATED') {
          return err(400, 'INVALID_STATE', `Cluster ${cluster.cluster_id} is in unexpected state ${cluster.state}.`);
        }
        cluster.docker_image = update.cluster!.docker_image as FakeCluster['docker_image'];
        if (cluster.state === 'RUNNING') cluster.state = 'RESTARTING';
        return { status: 200, body: {} };
      }
      case 'GET /api/2.2/jobs/get': {
        const bad = 'page_token' in query ? expectQuery('job_id,page_token') : expectQuery('job_id');
        if (bad) return bad;
        calls.push({ method, path, query, body, raw: request.body });
        const job = jobs.get(query['job_id']!);
        if (!job) return err(400, 'INVALID_PARAMETER_VALUE', `Job ${query['job_id']} does not exist.`);
        // The token is opaque to clients; here it encodes the page number of this job.
        const pageToken = query['page_token'];
        const pageNumber = pageToken === undefined ? 0 : Number(/^page-(\d+)-of-(\d+)$/.exec(pageToken)?.[1]);
        if (pageToken !== undefined && (!Number.isInteger(pageNumber) || !pageToken.endsWith(`-of-${job.job_id}`))) {
          return reject(path, err(400, 'INVALID_PARAMETER_VALUE', `Invalid page_token ${pageToken}`));
        }
        const slice = <T>(items: T[]) => items.slice(pageNumber * JOB_PAGE_SIZE, (pageNumber + 1) * JOB_PAGE_SIZE);
        const more = [job.settings.job_clusters, job.settings.tasks].some((items) => items.length > (pageNumber + 1) * JOB_PAGE_SIZE);
        return {
          status: 200,
          body: {
            job_id: job.job_id,
            creator_user_name: 'platform@example.com',
            run_as_user_name: 'platform@example.com',
            created_time: 1727055811000,
            settings: {
              ...(pageNumber === 0 ? { name: job.settings.name } : {}),
              tasks: slice(job.settings.tasks),
              job_clusters: slice(job.settings.job_clusters).map((c) => ({
                ...c,
                new_cluster: { ...(c['new_cluster'] as object), ...withReadBack(c) },
              })),
            },
            ...(more ? { next_page_token: `page-${pageNumber + 1}-of-${job.job_id}` } : {}),
          },
        };
      }
      case 'POST /api/2.2/jobs/update': {
        const update = body as { job_id?: unknown; new_settings?: { job_clusters?: Array<Record<string, unknown>> } };
        if (keys(update).join(',') !== 'job_id,new_settings')
          return reject(path, err(400, 'INVALID_PARAMETER_VALUE', `body keys must be job_id, new_settings; got ${keys(update).join(',')}`));
        if (typeof update.job_id !== 'number') return reject(path, err(400, 'INVALID_PARAMETER_VALUE', 'job_id must be a number'));
        if (keys(update.new_settings).join(',') !== 'job_clusters')
          return reject(path, err(400, 'INVALID_PARAMETER_VALUE', 'new_settings must carry only job_clusters here'));
        calls.push({ method, path, query, body, raw: request.body });
        const job = jobs.get(String(update.job_id));
        if (!job) return err(400, 'INVALID_PARAMETER_VALUE', `Job ${String(update.job_id)} does not exist.`);
        for (const entry of update.new_settings!.job_clusters ?? []) {
          const index = job.settings.job_clusters.findIndex((c) => c.job_cluster_key === entry['job_cluster_key']);
          const problem = checkDockerImage((entry['new_cluster'] as { docker_image?: unknown } | undefined)?.docker_image);
          if (problem) return reject(path, err(400, 'INVALID_PARAMETER_VALUE', problem));
          // Arrays are merged by key: the entry replaces the whole job cluster of that key.
          if (index >= 0) job.settings.job_clusters[index] = entry as FakeJob['settings']['job_clusters'][number];
          else job.settings.job_clusters.push(entry as FakeJob['settings']['job_clusters'][number]);
        }
        return { status: 200, body: {} };
      }
      case 'GET /api/2.0/policies/clusters/get': {
        const bad = expectQuery('policy_id');
        if (bad) return bad;
        calls.push({ method, path, query, body, raw: request.body });
        const policy = policies.get(query['policy_id']!);
        if (!policy) return err(404, 'RESOURCE_DOES_NOT_EXIST', `Policy ${query['policy_id']} does not exist`);
        return {
          status: 200,
          body: {
            policy_id: policy.policy_id,
            name: policy.name,
            definition: JSON.stringify(policy.definition),
            ...(policy.policy_family_id
              ? {
                  policy_family_id: policy.policy_family_id,
                  policy_family_definition_overrides: JSON.stringify(policy.policy_family_definition_overrides ?? {}),
                }
              : {}),
            creator_user_name: 'admin@example.com',
            created_at_timestamp: 1727055811000,
            is_default: false,
          },
        };
      }
    }
    return reject(path, err(404, 'ENDPOINT_NOT_FOUND', `No API found for '${method} ${path}'`));
  }

  function withReadBack(entry: Record<string, unknown>) {
    const image = (entry['new_cluster'] as { docker_image?: FakeCluster['docker_image'] } | undefined)?.docker_image;
    return image ? { docker_image: readBack(image) } : {};
  }

  function token(request: RecordedRequest): Reply {
    const form = Object.fromEntries(new URLSearchParams(request.body));
    if (request.method !== 'POST' || request.headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return { status: 400, body: { error: 'invalid_request', error_description: 'POST form expected' } };
    }
    calls.push({ method: request.method, path: request.path, query: request.query, body: form, raw: request.body });
    const oidc = options.oidc;
    const expectedKeys = ['grant_type', 'scope', 'subject_token', 'subject_token_type', ...(oidc?.clientId ? ['client_id'] : [])].sort();
    if (Object.keys(form).sort().join(',') !== expectedKeys.join(',')) {
      return {
        status: 400,
        body: { error: 'invalid_request', error_description: `unexpected parameters ${Object.keys(form).sort().join(',')}` },
      };
    }
    if (
      form['grant_type'] !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
      form['subject_token_type'] !== 'urn:ietf:params:oauth:token-type:jwt' ||
      form['scope'] !== 'all-apis'
    ) {
      return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant or token type not supported' } };
    }
    if (!oidc || form['subject_token'] !== oidc.subjectToken || (oidc.clientId && form['client_id'] !== oidc.clientId)) {
      return { status: 400, body: { error: 'invalid_grant', error_description: 'No matching federation policy for the subject token.' } };
    }
    return { status: 200, body: { access_token: oidc.accessToken, token_type: 'Bearer', expires_in: 3600, scope: 'all-apis' } };
  }

  const server = await startServer((request) => {
    received.push(`${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`);
    return handle(request);
  });
  return {
    server,
    url: server.url,
    clusters,
    jobs,
    policies,
    faults,
    calls,
    rejected,
    receivedText: () => received.join('\n'),
    close: () => server.close(),
  };
}
