/**
 * The world the promote tests run in: two real registries (docker-registry) behind recording
 * proxies, one more with htpasswd auth, buildah-made busybox images carrying the hash and revision
 * labels, the reference catalog server with those images registered, and a loopback stand-in for
 * the GitHub REST routes of deployments.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HASH_LABEL, OCI_LABELS } from '../../../src/core/labels.js';
import type { ImageVersion } from '../../../src/core/platform-model.js';
import { CatalogPlatform } from '../../../src/platform/catalog/adapter.js';
import { CatalogClient } from '../../../src/platform/catalog/client.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { pushBaseImage, pushMultiPlatformBase, type PushedImage } from '../../support/base-image.js';
import { startCatalogInProcess, tempDb, type CatalogFixture } from '../../support/catalog-server.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { startServer, type RecordedRequest, type TestServer } from '../../platform/support.js';

export const tokens = {
  all: 'all-promote-4c1d9e7a2b6f3058',
  read: 'rd-promote-8e2d5c91f0a7b346',
  /** Can promote but not attach (no register scope). */
  promoteOnly: 'prm-promote-1a9c7e35d2b08f64',
};
export const tokenSpec = `${tokens.all}:register+promote+read,${tokens.read}:read,${tokens.promoteOnly}:promote`;
export const registryUser = { username: 'robot', password: 'pw-registry-7b3e91c4d2' };
export const githubToken = 'ghs_promoteTestToken5e8a1c9d0b7f';
export const commit = 'c0ffee'.padEnd(40, '0');

export const hashes = {
  v1: '1'.repeat(64),
  v2: '2'.repeat(64),
  multi: '3'.repeat(64),
};

export interface World {
  source: TestRegistry;
  other: TestRegistry;
  auth: TestRegistry;
  /** Recording proxies: every reference in the catalog names these hosts, so bytes are counted. */
  sourceProxy: FaultProxy;
  otherProxy: FaultProxy;
  catalog: CatalogFixture;
  images: { v1: PushedImage; v2: PushedImage; multi: PushedImage; unlabeled: PushedImage };
  /** The GitHub stand-in; `faults.refuse` makes it answer a status of that state with an error. */
  github: TestServer & { deployments: () => RecordedRequest[]; faults: { refuse?: { state: string; status: number } } };
  /** A DOCKER_CONFIG with no credentials: tests say exactly which exist. */
  dockerConfig: string;
  stop: () => Promise<void>;
}

const labels = (hash: string) => ({ [HASH_LABEL]: hash, [OCI_LABELS.revision]: commit });

export async function startWorld(): Promise<World> {
  const [source, other, auth] = await Promise.all([
    startRegistry(),
    startRegistry(),
    startRegistry({ basicAuth: { [registryUser.username]: registryUser.password } }),
  ]);
  const [v1, v2, multi, unlabeled] = await Promise.all([
    pushBaseImage({ registry: source.host, repository: 'acme/ml', tag: 'v1', labels: labels(hashes.v1), files: { 'etc/v': '1\n' } }),
    pushBaseImage({ registry: source.host, repository: 'acme/ml', tag: 'v2', labels: labels(hashes.v2), files: { 'etc/v': '2\n' } }),
    pushMultiPlatformBase({
      registry: source.host,
      repository: 'acme/multi',
      tag: 'm1',
      labels: labels(hashes.multi),
      platforms: [{ architecture: 'amd64' }, { architecture: 'arm64' }],
      distinctLayers: true,
    }),
    pushBaseImage({ registry: source.host, repository: 'acme/plain', tag: 'p1', files: { 'etc/v': 'plain\n' } }),
  ]);
  const [sourceProxy, otherProxy] = await Promise.all([startFaultProxy({ target: source.url }), startFaultProxy({ target: other.url })]);
  const db = tempDb();
  const catalog = await startCatalogInProcess({ tokens: tokenSpec, db: db.db });
  const githubFaults: World['github']['faults'] = {};
  const github = await startServer((request) => {
    if (request.method === 'POST' && /\/deployments$/.test(request.path)) {
      const id = 9000 + github.requests.filter((r) => /\/deployments$/.test(r.path)).length;
      return { status: 201, body: { id, environment: JSON.parse(request.body).environment } };
    }
    if (request.method === 'POST' && /\/statuses$/.test(request.path)) {
      const refused = githubFaults.refuse;
      if (refused && JSON.parse(request.body).state === refused.state)
        return { status: refused.status, body: { message: 'Validation Failed' } };
      return { status: 201, body: { id: 1 } };
    }
    return { status: 404, body: { message: 'Not Found' } };
  });
  const dockerConfig = mkdtempSync(path.join(tmpdir(), 'promote-docker-config-'));
  return {
    source,
    other,
    auth,
    sourceProxy,
    otherProxy,
    catalog,
    images: { v1, v2, multi, unlabeled },
    github: { ...github, deployments: () => github.requests, faults: githubFaults },
    dockerConfig,
    stop: async () => {
      await Promise.all([sourceProxy.stop(), otherProxy.stop(), github.close(), catalog.stop()]);
      await Promise.all([source.stop(), other.stop(), auth.stop()]);
      db.cleanup();
    },
  };
}

/** The image as the catalog records it: through the source proxy, pinned. */
export function viaProxy(world: World, image: PushedImage): string {
  return image.pinned.replace(world.source.host, world.sourceProxy.host);
}

export function platformFor(world: World, token = tokens.all): CatalogPlatform {
  return new CatalogPlatform({
    endpoint: world.catalog.url,
    token,
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined, setSecret: () => undefined },
  });
}

/** Registers `version` of catalog image `name` for a pushed image (its reference through the proxy). */
export async function registerVersion(
  world: World,
  name: string,
  version: string,
  image: PushedImage,
  hash: string,
  ref?: string,
): Promise<ImageVersion> {
  const platform = platformFor(world);
  await platform.ensureImage(name);
  return platform.createVersion({
    image: name,
    version,
    digest: image.digest,
    imageRef: ref ?? viaProxy(world, image),
    source: { commit },
    build: { hash },
  });
}

export async function promoteDirectly(world: World, name: string, channel: string, version: ImageVersion): Promise<void> {
  const platform = platformFor(world);
  const expected = (await platform.readChannel(name, channel)) ?? null;
  await platform.promote({ image: name, channel, version, expected });
}

export async function channelVersion(world: World, name: string, channel: string): Promise<string | undefined> {
  return (await new CatalogClient({ endpoint: world.catalog.url, token: tokens.read }).getChannel(name, channel))?.value.version;
}

/** What a tag points at, asked of the registry directly (not through a proxy). */
export async function tagAt(registry: TestRegistry, repository: string, tag: string): Promise<string | undefined> {
  const client = new RegistryClient({ credentials: async () => undefined, log: () => undefined, mask: () => undefined });
  return (await client.headManifest(`${registry.host}/${repository}:${tag}`))?.digest;
}

/** Inputs every catalog promote needs. */
export function catalogInputs(world: World, inputs: Record<string, string>): Record<string, string> {
  return { platform: 'catalog', endpoint: world.catalog.url, token: tokens.all, ...inputs };
}
