/**
 * A loopback stand-in for the parts of a ZenML server's REST API that register uses, modelled on
 * ZenML's own schema (zenml-io/zenml, project era) and strict about what it accepts:
 *
 * - `POST /api/v1/login`: form `grant_type=zenml-api-key&password=<key>` only
 *   (`zen_server/routers/auth_endpoints.py` `OAuthLoginRequestForm`); answer `OAuthTokenResponse`.
 * - Bearer token on every other route, 401 `{"detail": ["AuthorizationException", …]}` otherwise.
 * - `GET /api/v1/projects/{project_name_or_id}` (`projects_endpoints.py` `get_project`).
 * - `POST /api/v1/pipeline_builds` (`pipeline_builds_endpoints.py` `create_build`): the body must be a
 *   `PipelineBuildRequest` (`models/v2/core/pipeline_build.py`): `project` a UUID (required,
 *   `models/v2/base/scoped.py` `ProjectScopedRequest`), `is_local` and `contains_code` booleans
 *   (required), `images` of `BuildItem`s (`models/v2/misc/build_item.py`: `image` required), no
 *   other keys (422 with FastAPI's `{loc, msg, type}` list, as pydantic's extra="forbid" answers).
 * - `GET /api/v1/pipeline_builds` with `PipelineBuildFilter` fields and paging (`page`, `size`,
 *   `sort_by=asc:|desc:<field>`, `hydrate`); filter values may carry an operator prefix
 *   (`startswith:3.11`); answer a `Page` (`models/v2/base/page.py`); metadata only when hydrated.
 * - `GET|DELETE /api/v1/pipeline_builds/{build_id}`.
 */
import { randomUUID } from 'node:crypto';
import { startServer, type RecordedRequest, type Reply, type TestServer } from '../support.js';

export interface FakeBuild {
  id: string;
  created: string;
  project: string;
  user: string;
  stack: string | null;
  images: Record<string, Record<string, unknown>>;
  is_local: boolean;
  contains_code: boolean;
  zenml_version: string | null;
  python_version: string | null;
  checksum: string | null;
}

export interface Fault {
  method: string;
  path: RegExp;
  times?: number;
  reply: Reply;
  /** Process the request first, then answer with the fault (a lost answer). */
  afterProcessing?: boolean;
}

export interface FakeZenML {
  server: TestServer;
  url: string;
  builds: FakeBuild[];
  projects: Array<{ id: string; name: string }>;
  faults: Fault[];
  /** Requests that passed validation. */
  calls: Array<{ method: string; path: string; query: Record<string, string>; body: unknown }>;
  rejected: Array<{ path: string; status: number; detail: unknown }>;
  /** Tokens issued; expire them to test a re-login. */
  tokens: Set<string>;
  receivedText(): string;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REQUEST_KEYS = [
  'project',
  'user',
  'images',
  'is_local',
  'contains_code',
  'zenml_version',
  'python_version',
  'checksum',
  'stack_checksum',
  'stack',
  'pipeline',
];
const ITEM_KEYS = [
  'image',
  'dockerfile',
  'requirements',
  'pypi_requirements',
  'apt_requirements',
  'settings_checksum',
  'contains_code',
  'requires_code_download',
];
const FILTER_KEYS = [
  'page',
  'size',
  'sort_by',
  'logical_operator',
  'hydrate',
  'id',
  'created',
  'updated',
  'project',
  'user',
  'pipeline_id',
  'stack_id',
  'container_registry_id',
  'is_local',
  'contains_code',
  'zenml_version',
  'python_version',
  'checksum',
  'stack_checksum',
];

function detail(status: number, exception: string, message: string): Reply {
  return { status, body: { detail: [exception, message] } };
}

function validation(loc: string[], msg: string, type = 'value_error'): Reply {
  return { status: 422, body: { detail: [{ loc, msg, type }] } };
}

/** `op:value` as GenericFilterOps reads it; a bare value means equals. */
function matches(actual: unknown, filter: string): boolean {
  const colon = filter.indexOf(':');
  const [op, value] =
    colon > 0 && ['equals', 'contains', 'startswith', 'endswith'].includes(filter.slice(0, colon))
      ? [filter.slice(0, colon), filter.slice(colon + 1)]
      : ['equals', filter];
  const text = actual === null || actual === undefined ? '' : String(actual);
  if (op === 'contains') return text.includes(value);
  if (op === 'startswith') return text.startsWith(value);
  if (op === 'endswith') return text.endsWith(value);
  return text === value;
}

export async function startFakeZenML(options: { apiKey: string; userId?: string }): Promise<FakeZenML> {
  const builds: FakeBuild[] = [];
  const projects = [{ id: randomUUID(), name: 'default' }];
  const faults: Fault[] = [];
  const calls: FakeZenML['calls'] = [];
  const rejected: FakeZenML['rejected'] = [];
  const tokens = new Set<string>();
  const received: string[] = [];
  const userId = options.userId ?? randomUUID();
  let clock = Date.parse('2026-06-01T10:00:00Z');

  const reject = (path: string, reply: Reply): Reply => {
    rejected.push({ path, status: reply.status, detail: (reply.body as { detail: unknown }).detail });
    return reply;
  };

  function response(build: FakeBuild, hydrate: boolean) {
    return {
      id: build.id,
      permission_denied: false,
      body: { created: build.created, updated: build.created, user_id: build.user, project_id: build.project },
      ...(hydrate
        ? {
            metadata: {
              images: build.images,
              zenml_version: build.zenml_version,
              python_version: build.python_version,
              checksum: build.checksum,
              stack_checksum: null,
              is_local: build.is_local,
              contains_code: build.contains_code,
              stack: build.stack ? { id: build.stack } : null,
              pipeline: null,
            },
          }
        : {}),
      resources: null,
    };
  }

  function createBuild(body: unknown, path: string): Reply {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return reject(path, validation(['body'], 'Input should be a valid dictionary'));
    const request = body as Record<string, unknown>;
    for (const key of Object.keys(request)) {
      if (!REQUEST_KEYS.includes(key)) return reject(path, validation(['body', key], 'Extra inputs are not permitted', 'extra_forbidden'));
    }
    for (const key of ['project', 'is_local', 'contains_code']) {
      if (!(key in request)) return reject(path, validation(['body', key], 'Field required', 'missing'));
    }
    if (typeof request['project'] !== 'string' || !UUID.test(request['project']))
      return reject(path, validation(['body', 'project'], 'Input should be a valid UUID', 'uuid_parsing'));
    if (request['stack'] !== undefined && (typeof request['stack'] !== 'string' || !UUID.test(request['stack'])))
      return reject(path, validation(['body', 'stack'], 'Input should be a valid UUID', 'uuid_parsing'));
    for (const key of ['is_local', 'contains_code']) {
      if (typeof request[key] !== 'boolean') return reject(path, validation(['body', key], 'Input should be a valid boolean', 'bool_type'));
    }
    const images = request['images'] ?? {};
    if (typeof images !== 'object' || images === null || Array.isArray(images))
      return reject(path, validation(['body', 'images'], 'Input should be a valid dictionary'));
    for (const [key, item] of Object.entries(images as Record<string, unknown>)) {
      if (!item || typeof item !== 'object') return reject(path, validation(['body', 'images', key], 'Input should be a valid dictionary'));
      for (const field of Object.keys(item)) {
        if (!ITEM_KEYS.includes(field))
          return reject(path, validation(['body', 'images', key, field], 'Extra inputs are not permitted', 'extra_forbidden'));
      }
      if (typeof (item as { image?: unknown }).image !== 'string')
        return reject(path, validation(['body', 'images', key, 'image'], 'Field required', 'missing'));
    }
    const project = projects.find((candidate) => candidate.id === request['project']);
    if (!project) return detail(404, 'KeyError', `Project with ID ${String(request['project'])} not found.`);
    clock += 1000;
    const build: FakeBuild = {
      id: randomUUID(),
      created: new Date(clock).toISOString().replace('Z', ''),
      project: project.id,
      user: userId,
      stack: (request['stack'] as string | undefined) ?? null,
      images: images as FakeBuild['images'],
      is_local: request['is_local'] as boolean,
      contains_code: request['contains_code'] as boolean,
      zenml_version: (request['zenml_version'] as string | undefined) ?? null,
      python_version: (request['python_version'] as string | undefined) ?? null,
      checksum: (request['checksum'] as string | undefined) ?? null,
    };
    builds.push(build);
    return { status: 200, body: response(build, true) };
  }

  function listBuilds(query: Record<string, string>, path: string): Reply {
    for (const key of Object.keys(query)) {
      if (!FILTER_KEYS.includes(key)) return reject(path, validation(['query', key], 'Extra inputs are not permitted', 'extra_forbidden'));
    }
    const size = Number(query['size'] ?? 20);
    const page = Number(query['page'] ?? 1);
    if (!Number.isInteger(size) || size < 1 || size > 10_000)
      return reject(path, validation(['query', 'size'], 'Input should be between 1 and 10000'));
    const sort = query['sort_by'] ?? 'desc:created';
    if (!/^(asc|desc):created$/.test(sort)) return reject(path, validation(['query', 'sort_by'], `unsupported sort ${sort}`));
    const project = query['project']
      ? projects.find((candidate) => candidate.id === query['project'] || candidate.name === query['project'])
      : undefined;
    if (query['project'] && !project) return detail(404, 'KeyError', `Project ${query['project']} not found.`);
    const fields: Record<string, (build: FakeBuild) => unknown> = {
      project: (build) => build.project,
      stack_id: (build) => build.stack,
      is_local: (build) => build.is_local,
      contains_code: (build) => build.contains_code,
      zenml_version: (build) => build.zenml_version,
      python_version: (build) => build.python_version,
      checksum: (build) => build.checksum,
      user: (build) => build.user,
      id: (build) => build.id,
    };
    const filtered = builds.filter((build) =>
      Object.entries(query).every(([key, value]) => {
        if (key === 'project') return build.project === project!.id;
        const field = fields[key];
        return field ? matches(field(build), value) : true;
      }),
    );
    filtered.sort((a, b) => (sort.startsWith('asc') ? a.created.localeCompare(b.created) : b.created.localeCompare(a.created)));
    const items = filtered.slice((page - 1) * size, page * size);
    return {
      status: 200,
      body: {
        index: page,
        max_size: size,
        total_pages: Math.max(1, Math.ceil(filtered.length / size)),
        total: filtered.length,
        items: items.map((build) => response(build, query['hydrate'] === 'true')),
      },
    };
  }

  function login(request: RecordedRequest): Reply {
    if (request.headers['content-type'] !== 'application/x-www-form-urlencoded')
      return reject(request.path, validation(['body'], 'form data expected'));
    const form = Object.fromEntries(new URLSearchParams(request.body));
    const keys = Object.keys(form).sort().join(',');
    if (keys !== 'grant_type,password')
      return reject(request.path, detail(400, 'ValueError', `Invalid request: unexpected fields ${keys}`));
    if (form['grant_type'] !== 'zenml-api-key')
      return reject(request.path, detail(400, 'ValueError', `Unsupported grant type: ${form['grant_type']}`));
    calls.push({ method: request.method, path: request.path, query: request.query, body: { grant_type: form['grant_type'] } });
    if (form['password'] !== options.apiKey) return detail(401, 'AuthorizationException', 'Authentication error: invalid API key');
    const token = `eyJ.zenml.${randomUUID()}`;
    tokens.add(token);
    return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: 3600, refresh_token: null, scope: null } };
  }

  function process(request: RecordedRequest): Reply {
    const { method, path, query } = request;
    if (method === 'POST' && path === '/api/v1/login') return login(request);
    const auth = String(request.headers['authorization'] ?? '');
    if (!auth.startsWith('Bearer ') || !tokens.has(auth.slice('Bearer '.length))) {
      return detail(401, 'AuthorizationException', 'Authentication error: invalid or expired token');
    }
    let body: unknown;
    if (method === 'POST') {
      if (request.headers['content-type'] !== 'application/json') return reject(path, validation(['body'], 'JSON body expected'));
      try {
        body = JSON.parse(request.body);
      } catch {
        return reject(path, validation(['body'], 'JSON decode error', 'json_invalid'));
      }
    }
    const buildId = /^\/api\/v1\/pipeline_builds\/([^/]+)$/.exec(path)?.[1];
    const projectName = /^\/api\/v1\/projects\/([^/]+)$/.exec(path)?.[1];
    calls.push({ method, path, query, body });
    if (method === 'GET' && projectName) {
      const name = decodeURIComponent(projectName);
      const project = projects.find((candidate) => candidate.id === name || candidate.name === name);
      if (!project)
        return detail(404, 'KeyError', `Unable to get project with name or ID '${name}': No project with this name or ID found.`);
      return {
        status: 200,
        body: {
          id: project.id,
          name: project.name,
          body: { created: '2026-01-01T00:00:00', updated: '2026-01-01T00:00:00', display_name: project.name },
        },
      };
    }
    if (method === 'POST' && path === '/api/v1/pipeline_builds') return createBuild(body, path);
    if (method === 'GET' && path === '/api/v1/pipeline_builds') return listBuilds(query, path);
    if (buildId && (method === 'GET' || method === 'DELETE')) {
      const index = builds.findIndex((build) => build.id === buildId);
      if (index < 0)
        return detail(404, 'KeyError', `Unable to get pipeline build with ID ${buildId}: No pipeline build with this ID found.`);
      if (method === 'DELETE') {
        builds.splice(index, 1);
        return { status: 200, body: '' };
      }
      return { status: 200, body: response(builds[index]!, query['hydrate'] !== 'false') };
    }
    return { status: 404, body: { detail: 'Not Found' } };
  }

  const server = await startServer((request) => {
    received.push(`${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`);
    const fault = faults.find(
      (candidate) => candidate.method === request.method && candidate.path.test(request.path) && (candidate.times ?? 1) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.afterProcessing) process(request);
      return fault.reply;
    }
    return process(request);
  });
  return {
    server,
    url: server.url,
    builds,
    projects,
    faults,
    calls,
    rejected,
    tokens,
    receivedText: () => received.join('\n'),
    close: () => server.close(),
  };
}
