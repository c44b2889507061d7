/**
 * The ZenML and DataWorks adapters behind the fault-injecting proxy (test/support/fault-proxy.ts),
 * in front of their contract stand-ins: about 30 % of requests are reset before the server sees
 * them, answered 500 or 429, or have their answer dropped after the server acted, in a fixed
 * pattern, so a run is reproducible. Whatever they hit, registering ends with exactly one build
 * (one DataWorks version) per version, repeated and concurrent registers agree on its id, and no
 * secret appears in any log line or error.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { faults, startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.js';
import { ZenMLPlatform } from '../../src/platform/zenml/adapter.js';
import { DataWorksPlatform } from '../../src/platform/dataworks/adapter.js';
import type { ImageVersionRequest } from '../../src/core/platform-model.js';
import { expectNoSecrets, recordingLog, recordingSleep, type RecordingLog } from './support.js';
import { startFakeZenML, type FakeZenML } from './zenml/fake-zenml.js';
import { startFakeDataWorks, type FakeDataWorks } from './dataworks/fake-dataworks.js';
import { parseVersionDescription } from '../../src/platform/dataworks/records.js';

/** Requests 1, 4 and 7 of every ten get a fault, cycling through the four kinds; never two in a row. */
function faultyNetwork(length = 3000): FaultRule[] {
  const kinds = [faults.reset(), faults.truncate(0), faults.serverError(), faults.tooManyRequests('0')];
  let next = 0;
  const sequence = Array.from({ length }, (_, i) => ([1, 4, 7].includes(i % 10) ? kinds[next++ % kinds.length]! : ('pass' as const)));
  return [{ sequence }];
}

function faultKinds(proxy: FaultProxy): string[] {
  return [...new Set(proxy.records.filter((r) => r.fault).map((r) => (r.fault === 'status' ? `status ${r.status}` : r.fault!)))].sort();
}

const digestOf = (char: string) => `sha256:${char.repeat(64)}`;

describe('ZenML through ~30 % faults', () => {
  const apiKey = 'ZENKEY_faults_7c6b5a4d3e2f';
  let zen: FakeZenML;
  let proxy: FaultProxy;
  let log: RecordingLog;
  const errors: string[] = [];

  beforeEach(async () => {
    zen = await startFakeZenML({ apiKey });
    proxy = await startFaultProxy({ target: zen.url, rules: faultyNetwork() });
    log = recordingLog();
  });
  afterEach(async () => {
    await proxy.stop();
    await zen.close();
    expectNoSecrets([log.text(), ...errors], [apiKey, ...zen.tokens]);
  });

  const adapter = () =>
    new ZenMLPlatform({
      url: proxy.url,
      apiKey,
      zenmlVersion: '0.84.0',
      pythonVersion: '3.11.9',
      log,
      retry: { sleep: recordingSleep().sleep },
    });
  const request = (version: string, digest: string): ImageVersionRequest => ({
    image: 'trainer',
    version,
    digest,
    imageRef: `ghcr.io/acme/trainer@${digest}`,
    source: { commit: 'c' },
    build: { hash: digest.slice(7) },
  });

  test('repeated registers: one build per version, the same id every time', async () => {
    const ids = new Map<string, Set<string>>();
    for (let round = 0; round < 4; round += 1) {
      for (const [version, digest] of [
        ['1.0.0', digestOf('a')],
        ['1.1.0', digestOf('b')],
      ] as const) {
        const result = await adapter().createVersion(request(version, digest));
        ids.set(version, (ids.get(version) ?? new Set()).add(result.id));
      }
    }
    expect(zen.builds).toHaveLength(2);
    expect([...ids.values()].map((set) => set.size)).toEqual([1, 1]);
    expect(faultKinds(proxy)).toEqual(['reset', 'status 429', 'status 500', 'truncate']);
  });

  test('10 concurrent registers of one version (with faults): one build, one id', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => adapter().createVersion(request('2.0.0', digestOf('c')))));
    expect(zen.builds).toHaveLength(1);
    expect(new Set(results.map((result) => result.id))).toEqual(new Set([zen.builds[0]!.id]));
    expect(proxy.records.filter((r) => r.fault).length / proxy.records.length).toBeGreaterThan(0.15);
  });
});

describe('DataWorks through ~30 % faults', () => {
  const credentials = { accessKeyId: 'LTAI5tFaults01', accessKeySecret: 'faults-secret-9a8b7c6d' };
  const repo = 'registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml-team/trainer';
  let dw: FakeDataWorks;
  let proxy: FaultProxy;
  let log: RecordingLog;

  beforeEach(async () => {
    dw = await startFakeDataWorks(credentials);
    proxy = await startFaultProxy({ target: dw.url, rules: faultyNetwork() });
    log = recordingLog();
  });
  afterEach(async () => {
    await proxy.stop();
    await dw.close();
    expect(dw.rejected, 'requests the stand-in rejected').toEqual([]);
    expectNoSecrets([log.text()], [credentials.accessKeySecret]);
  });

  const adapter = () =>
    new DataWorksPlatform({
      endpoint: proxy.url,
      credentials,
      acrInstanceId: 'cri-1',
      acrVpcId: 'vpc-1',
      tagDigest: async (ref) => `sha256:${/:h1-([0-9a-f])/.exec(ref)![1]!.repeat(64)}`,
      testResourceGroup: 'Serverless_res_group_1',
      log,
      retry: { sleep: recordingSleep().sleep },
      poll: { now: () => 0, sleep: async () => undefined },
    });
  const request = (version: string, digest: string): ImageVersionRequest => ({
    image: 'ml_runtime',
    version,
    digest,
    imageRef: `${repo}@${digest}`,
    source: { commit: 'c' },
    build: { hash: digest.slice(7) },
  });

  test('register, test, publish and attach three versions, twice: one DataWorks version each, ids stable', async () => {
    const ids = new Map<string, Set<string>>();
    for (let round = 0; round < 2; round += 1) {
      for (const [version, digest] of [
        ['1.0.0', digestOf('a')],
        ['1.1.0', digestOf('b')],
        ['1.2.0', digestOf('c')],
      ] as const) {
        const platform = adapter();
        const registered = await platform.createVersion(request(version, digest));
        ids.set(version, (ids.get(version) ?? new Set()).add(registered.id));
        if (round === 0) {
          expect(await platform.publishVersion(registered.image, version)).toMatchObject({ published: true, tested: true });
          await platform.attach(registered, [{ kind: 'project', id: '1001' }]);
        }
      }
    }
    expect(dw.images).toHaveLength(1);
    const markers = dw.images[0]!.versions.map((version) => parseVersionDescription(version.Description)?.version);
    expect(markers).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect([...ids.values()].map((set) => set.size)).toEqual([1, 1, 1]);
    expect(dw.images[0]!.projects).toEqual([1001]);
    expect(faultKinds(proxy)).toEqual(['reset', 'status 429', 'status 500', 'truncate']);
  });
});
