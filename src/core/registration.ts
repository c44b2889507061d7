/**
 * The checks and decisions of `register` that need no I/O: each input value is checked on its own
 * (errors name the input and the fix), then one ImageVersionRequest is made from them. Everything
 * here runs before the first request, so a bad input never leaves a half-registered version.
 */
import type { ImageVersionRequest, PlatformName } from './platform-model.js';
import { InputError } from './errors.js';
import { ImageRefError, parseImageRef } from './image-ref.js';

/** The catalog's ImageName (openapi.yaml). DataWorks and Databricks check their own names. */
const CATALOG_IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The full build hash (64 hex) as hash and build output it. */
const FULL_HASH = /^[0-9a-f]{64}$/;

export interface PinnedImage {
  /** As given: `<repository>@sha256:<64 hex>` (a tag before the `@` is allowed and ignored). */
  ref: string;
  digest: string;
}

/**
 * The image must be pinned by a sha256 digest: register only ever runs after a push whose digest
 * was verified in the registry, and a tag could point elsewhere by the time compute pulls it.
 */
export function checkPinnedImage(value: string): PinnedImage {
  const fix = "Pass the build step's `image` output (<repository>@sha256:<64 hex>): register only runs after a verified push";
  if (value === '') throw new InputError('image', 'is required but empty', fix);
  let digest: string | undefined;
  try {
    digest = parseImageRef(value).digest;
  } catch (error) {
    if (error instanceof ImageRefError) throw new InputError('image', error.message, fix);
    throw error;
  }
  if (!digest) throw new InputError('image', `'${value}' is not pinned by digest (no @sha256:…)`, fix);
  if (!digest.startsWith('sha256:')) throw new InputError('image', `'${value}' is pinned by ${digest.split(':')[0]}, not sha256`, fix);
  return { ref: value, digest };
}

/**
 * The endpoint as the adapter wants it; a URL must be http(s), without credentials, query or
 * fragment. Metaflow has no server: its endpoint must stay empty (the config file is a setting).
 */
export function checkEndpoint(platform: PlatformName, value: string): string {
  const trimmed = value.trim();
  if (platform === 'metaflow') {
    if (trimmed !== '')
      throw new InputError(
        'endpoint',
        'is not used by metaflow, which has no server to call',
        'Leave endpoint empty and name the Metaflow config file in platform-settings (config-file=…)',
      );
    return '';
  }
  const examples: Record<Exclude<PlatformName, 'metaflow'>, string> = {
    catalog: 'the catalog base URL, e.g. https://catalog.example.com or http://127.0.0.1:8080',
    databricks: 'the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net',
    dataworks: 'dataworks.<region>.aliyuncs.com, a region id such as cn-hangzhou, or an https:// URL',
    zenml: 'the ZenML server URL, e.g. https://zenml.example.com',
  };
  const fix = `Pass ${examples[platform]}`;
  if (trimmed === '') throw new InputError('endpoint', 'is required but empty', fix);
  if (/\s/.test(trimmed)) throw new InputError('endpoint', `'${trimmed}' contains whitespace`, fix);
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  if ((platform === 'catalog' || platform === 'zenml') && !hasScheme)
    throw new InputError('endpoint', `'${trimmed}' is not a URL (no http:// or https://)`, fix);
  if (platform === 'dataworks' && !hasScheme && /^[a-z]{2,}(-[a-z0-9]+)+$/.test(trimmed)) return trimmed; // a region id
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    throw new InputError('endpoint', `'${trimmed}' is not a valid URL`, fix);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError('endpoint', `'${trimmed}' must use http:// or https://`, fix);
  if (url.username || url.password) {
    // Never echo it: the user part may be a credential.
    throw new InputError(
      'endpoint',
      'carries credentials (user:password@)',
      'Pass the credentials through token (or the access-key inputs) and the endpoint without them',
    );
  }
  if (url.search || url.hash) throw new InputError('endpoint', `'${trimmed}' has a query or fragment`, fix);
  return trimmed.replace(/\/+$/, '');
}

export function checkImageName(platform: PlatformName, value: string): string {
  if (value === '') throw new InputError('image-name', 'is required but empty', 'Name the image on the platform, e.g. ml-runtime');
  if (platform === 'catalog' && (value.length > 128 || !CATALOG_IMAGE_NAME.test(value))) {
    const suggestion = value
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[._-]+|[._-]+$/g, '')
      .slice(0, 128);
    throw new InputError(
      'image-name',
      `'${value}' is not a catalog image name (lowercase letters and digits, separated by '.', '_' or '-'; at most 128)`,
      suggestion ? `Use e.g. '${suggestion}'` : 'Use e.g. ml-runtime',
    );
  }
  return value;
}

export function checkCommit(value: string): string {
  if (!COMMIT.test(value)) {
    throw new InputError(
      'commit',
      value === '' ? 'is empty and GITHUB_SHA is not set' : `'${value}' is not a full commit id (40 or 64 lowercase hex)`,
      "Pass the git-state step's `commit` output",
    );
  }
  return value;
}

export function checkHash(value: string): string {
  if (!FULL_HASH.test(value)) {
    throw new InputError(
      'hash',
      value === '' ? 'is required but empty' : `'${value}' is not a build hash (64 lowercase hex)`,
      "Pass the hash or build step's `hash` output",
    );
  }
  return value;
}

/** `https://github.com/<owner>/<repo>/actions/runs/<id>` from the runner's variables, when all are set. */
export function runUrl(env: Record<string, string | undefined>): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!server || !repository || !runId) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

export interface RequestFacts {
  imageName: string;
  version: string;
  image: PinnedImage;
  commit: string;
  hash: string;
  runUrl?: string;
  description?: string;
}

export function versionRequest(facts: RequestFacts): ImageVersionRequest {
  return {
    image: facts.imageName,
    version: facts.version,
    digest: facts.image.digest,
    imageRef: facts.image.ref,
    source: { commit: facts.commit, ...(facts.runUrl ? { runUrl: facts.runUrl } : {}) },
    build: { hash: facts.hash },
    ...(facts.description ? { description: facts.description } : {}),
  };
}

export interface CredentialInputs {
  token: string | undefined;
  oidcAudience: string | undefined;
  accessKeyId: string | undefined;
  accessKeySecret: string | undefined;
}

/** Which credential inputs each platform takes; a misplaced one is an error, not silently ignored. */
const CREDENTIALS: Record<PlatformName, { takes: Array<keyof CredentialInputs>; fix: string }> = {
  catalog: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for catalog' },
  databricks: { takes: ['token', 'oidcAudience'], fix: 'Pass a token (or oidc-audience) for databricks' },
  dataworks: {
    takes: ['accessKeyId', 'accessKeySecret'],
    fix: 'Pass access-key-id and access-key-secret (or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)',
  },
  metaflow: { takes: [], fix: 'Metaflow needs no credentials: it writes a local config file; remove the input' },
  zenml: { takes: ['token'], fix: 'Pass the API key of a ZenML service account as token' },
};

const INPUT_NAMES: Record<keyof CredentialInputs, string> = {
  token: 'token',
  oidcAudience: 'oidc-audience',
  accessKeyId: 'access-key-id',
  accessKeySecret: 'access-key-secret',
};

export function checkCredentialInputs(platform: PlatformName, given: CredentialInputs): void {
  const { takes, fix } = CREDENTIALS[platform];
  for (const key of Object.keys(INPUT_NAMES) as Array<keyof CredentialInputs>) {
    if (!given[key] || takes.includes(key)) continue;
    const users = (Object.keys(CREDENTIALS) as PlatformName[]).filter((name) => CREDENTIALS[name].takes.includes(key));
    throw new InputError(INPUT_NAMES[key], `is not used by ${platform} (only by ${users.join(', ')})`, fix);
  }
  if ((platform === 'catalog' || platform === 'databricks') && !given.token && !given.oidcAudience) {
    throw new InputError(
      'token',
      `is empty and no oidc-audience is set: ${platform} needs credentials`,
      `Pass a token from secrets (token: \${{ secrets.… }}), or set oidc-audience with 'permissions: id-token: write'`,
    );
  }
  if (platform === 'zenml' && !given.token) {
    throw new InputError(
      'token',
      'is empty: zenml needs the API key of a service account',
      'Pass it from secrets (token: ${{ secrets.ZENML_API_KEY }})',
    );
  }
}
