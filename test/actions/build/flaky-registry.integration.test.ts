/**
 * `build` against a registry that fails under load: a real docker-registry behind the fault proxy,
 * 30% of every request answered 500, 429 (Retry-After: 0) or a dropped connection — the base image
 * pull and the layer cache (buildah), the existence check, the push (buildah once, then the
 * registry client from a local OCI layout) and the verification alike. Builds must go through with the digest the registry really serves
 * (skopeo asks the registry directly, not through the proxy), and a build that does fail must
 * leave no tag behind. A registry that refuses the push (401) fails the step at once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { faults, startFaultProxy, type FaultProxy, type FaultRule } from '../../support/fault-proxy.js';
import { skopeoDigest } from '../../support/skopeo.js';
import { describeRun, registryTags, runBuild, startBuildFixture, workspaceRepo, type BuildFixture } from './fixture.js';

const RUNS = 10;

let fixture: BuildFixture;
let proxy: FaultProxy;
beforeAll(async () => {
  fixture = await startBuildFixture();
  proxy = await startFaultProxy({ target: fixture.registry.url });
}, 180_000);
afterAll(async () => {
  await proxy?.stop();
  await fixture?.stop();
});

/** 30% of all requests: 10% each of 500, 429 with `Retry-After: 0`, and a reset connection (seeded). */
const flaky = (seed: number): FaultRule[] => [
  { fraction: { rate: 0.1, fault: faults.serverError(), seed } },
  { fraction: { rate: 0.1 / 0.9, fault: faults.tooManyRequests('0'), seed: seed + 1 } },
  { fraction: { rate: 0.1 / 0.8, fault: faults.reset(), seed: seed + 2 } },
];

const retriesRow = (summary: string) => /<td>Retries<\/td>\s*<td>([^<]*)<\/td>/.exec(summary)?.[1];

describe('a registry failing 30% of requests', () => {
  test(`build succeeds in at least 9 of ${RUNS} runs, each with the digest the registry serves; a failed run leaves no tag`, async () => {
    proxy.setRules(flaky(20260102));
    proxy.resetRecords();
    const repository = 'acme/flaky';
    const image = `${proxy.host}/${repository}`;
    const outcomes: string[] = [];
    let logs = '';
    let successes = 0;
    let hashTags = new Set<string>();
    for (let run = 1; run <= RUNS; run++) {
      // The base comes through the proxy too: buildah pulls it (once per store) under the same faults.
      const repo = workspaceRepo({
        Dockerfile: `FROM ${proxy.host}/base/busybox:1\nCOPY app.txt /app.txt\nRUN cat /app.txt > /copy.txt\n`,
        'app.txt': `run ${run}\n`,
      });
      const started = Date.now();
      const result = await runBuild(fixture, { workspace: repo.dir, commit: repo.commit, inputs: { image, tags: `run-${run}` } });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      logs += result.stdout;
      const tagsNow = await registryTags(fixture.registry, repository);
      const newHashTags = tagsNow.filter((tag) => tag.startsWith('h1-') && !hashTags.has(tag));
      if (result.exitCode === 0) {
        successes++;
        const { digest, tag } = result.outputs;
        expect(digest, describeRun(result)).toMatch(/^sha256:[a-f0-9]{64}$/);
        // skopeo against the registry itself, not through the proxy.
        expect(await skopeoDigest(`${fixture.registry.host}/${repository}:${tag}`)).toBe(digest);
        expect(await skopeoDigest(`${fixture.registry.host}/${repository}:run-${run}`)).toBe(digest);
        expect(newHashTags).toEqual([tag]);
        outcomes.push(`run ${run}: ok in ${seconds} s, ${digest}, retries: ${retriesRow(result.summary) ?? '?'}`);
      } else {
        expect(result.errors).toHaveLength(1);
        expect(newHashTags).toEqual([]);
        expect(tagsNow).not.toContain(`run-${run}`);
        outcomes.push(`run ${run}: FAILED in ${seconds} s (no tag left): ${result.errors[0]?.slice(0, 300)}`);
      }
      hashTags = new Set(tagsNow.filter((tag) => tag.startsWith('h1-')));
    }
    const faulted = proxy.records.filter((record) => record.fault).length;
    console.log(
      [
        ...outcomes,
        `${successes} of ${RUNS} runs succeeded; ${faulted} of ${proxy.records.length} requests faulted (${((100 * faulted) / proxy.records.length).toFixed(0)}%)`,
      ].join('\n'),
    );
    expect(faulted / proxy.records.length).toBeGreaterThan(0.2);
    expect(successes).toBeGreaterThanOrEqual(9);
    // The log says what was retried and why.
    expect(logs).toMatch(/(GET|HEAD|PUT|POST|PATCH) \S+: (HTTP (500|429)|\S+), retrying in \d+ ms \(attempt 2 of 5\)/);
    expect(logs).toMatch(/buildah bud failed on a transient registry error \(.+\); running it again in \d+ ms/);
    expect(logs).toMatch(
      /buildah push to \S+ (failed on a transient registry error|reported no digest).*; the registry client pushes the same image instead/,
    );
  }, 1_800_000);
});

describe('a registry that refuses the push', () => {
  test('401 to every upload fails the step at once: no request repeated, nothing tagged', async () => {
    proxy.setRules([
      {
        match: { method: ['POST', 'PUT', 'PATCH'] },
        always: faults.status(401, '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}'),
      },
    ]);
    proxy.resetRecords();
    fixture.resetBuildahCalls();
    const repo = workspaceRepo({ Dockerfile: `FROM ${fixture.base}\nCOPY app.txt /app.txt\n`, 'app.txt': 'refused\n' });
    const result = await runBuild(fixture, {
      workspace: repo.dir,
      commit: repo.commit,
      inputs: { image: `${proxy.host}/acme/refused`, cache: 'none' },
    });
    expect(result.exitCode, describeRun(result)).toBe(1);
    expect(result.errors).toHaveLength(1);
    // buildah pushes once (no retries of its own); a 401 is final, so the registry client does not take over.
    expect(result.errors[0]).toMatch(
      /buildah push to 127\.0\.0\.1:\d+\/acme\/refused:h1-[0-9a-f]{32} failed \(exit code \d+\)[\s\S]*unauthorized/,
    );
    expect(result.stdout).not.toMatch(
      /retrying in|restarting its upload|starting it again|running it again|registry client pushes the same image/,
    );
    // One push by buildah: each blob asked for once (a mount attempt, then an upload at most), none asked again.
    const refused = proxy.records.filter((record) => record.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    const asked = refused.map((record) => `${record.method} ${record.path}`);
    expect(asked.filter((request) => !request.includes('mount=')).length).toBeLessThanOrEqual(3); // base layer, app layer, config
    expect(new Set(asked.filter((request) => request.includes('mount='))).size).toBe(
      asked.filter((request) => request.includes('mount=')).length,
    );
    expect(fixture.buildahCalls().filter((call) => / push /.test(` ${call} `))).toHaveLength(1);
    expect(proxy.records.some((record) => record.method === 'PUT' && record.path.includes('/manifests/'))).toBe(false);
    expect(fixture.buildahCalls().filter((call) => / bud /.test(` ${call} `))).toHaveLength(1);
    expect(await registryTags(fixture.registry, 'acme/refused')).toEqual([]);
  }, 300_000);
});
