/**
 * promote under faults and races:
 * - a fault-injecting proxy in front of the destination registry (connection resets, responses cut
 *   short, 500s, 429s on about 30% of requests; the first run forced to fail): every run either
 *   completes with the right digest or fails leaving no tag that points anywhere but that digest
 *   (none at all when it failed before moving tags) and a channel that never points at a digest the
 *   destination lacks; re-running completes it;
 * - two runs of the bundled action (dist/promote) promoting different versions to one channel at
 *   once, held at a barrier so both read the channel before either moves it: the channel ends on
 *   one, the other run fails naming it, and only the winner's tags exist.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../../src/actions/promote/main.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { runInProcess } from '../../harness/in-process.js';
import { runAction } from '../../harness/run-action.js';
import { faults } from '../../support/fault-proxy.js';
import { skopeoDigest } from '../../support/skopeo.js';
import { catalogInputs, channelVersion, hashes, registerVersion, startWorld, tagAt, tokens, type World } from './support.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

describe('a flaky destination registry', () => {
  test('each run completes with the right digest or fails with nothing wrongly tagged; re-running completes it', async () => {
    const { v2 } = world.images;
    await registerVersion(world, 'flaky', '4.0.0', v2, hashes.v2);
    const destination = 'prod/flaky';
    world.otherProxy.resetRecords();
    world.otherProxy.setRules([
      // The first run cannot get its uploads started: it must fail.
      { match: { method: 'POST', path: /\/blobs\/uploads\/$/ }, sequence: Array.from({ length: 8 }, () => faults.reset()) },
      // Then about 30% of everything: resets, answers cut short, 500s, 429s.
      { fraction: { rate: 0.085, fault: faults.reset(), seed: 101 } },
      { fraction: { rate: 0.085, fault: faults.truncate(), seed: 102 } },
      { fraction: { rate: 0.085, fault: faults.serverError(), seed: 103 } },
      { fraction: { rate: 0.085, fault: faults.tooManyRequests('0'), seed: 104 } },
    ]);
    const outcomes: string[] = [];
    let completed: Awaited<ReturnType<typeof promoteOnce>> | undefined;
    for (let attempt = 1; attempt <= 15 && !completed; attempt += 1) {
      const result = await promoteOnce(destination);
      if (result.exitCode === undefined || result.exitCode === 0) {
        completed = result;
        outcomes.push('completed');
        break;
      }
      expect(result.errors).toHaveLength(1);
      const movingTags = result.log.includes('::group::Tag ');
      outcomes.push(movingTags ? 'failed while tagging' : 'failed before tagging');
      for (const tag of ['4.0.0', 'prod']) {
        const at = await tagAt(world.other, destination, tag);
        if (movingTags) expect([undefined, v2.digest]).toContain(at);
        else expect(at).toBeUndefined();
      }
      const channel = await channelVersion(world, 'flaky', 'production');
      if (channel !== undefined) {
        expect(channel).toBe('4.0.0');
        expect(await existsByDigest(destination, v2.digest)).toBe(true);
      }
    }
    console.info(`promote behind the fault proxy: ${outcomes.join(' → ')}`);
    expect(outcomes[0]).toBe('failed before tagging');
    expect(outcomes.at(-1)).toBe('completed');
    expect(completed!.outputs).toMatchObject({ version: '4.0.0', digest: v2.digest, move: 'copy' });
    expect(world.otherProxy.records.filter((record) => record.fault).length).toBeGreaterThan(8);
    world.otherProxy.setRules([]);
    for (const tag of ['4.0.0', 'prod']) expect(await skopeoDigest(`${world.other.host}/${destination}:${tag}`)).toBe(v2.digest);
    expect(await channelVersion(world, 'flaky', 'production')).toBe('4.0.0');
  }, 300_000);
});

function promoteOnce(destination: string) {
  return runInProcess(
    'promote',
    () =>
      run({
        // Two attempts per request: enough faults get through to fail whole runs now and then.
        registry: (credentials, insecureRegistries) =>
          new RegistryClient({
            credentials,
            insecureRegistries,
            retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 20_000 },
          }),
      }),
    {
      inputs: catalogInputs(world, {
        'image-name': 'flaky',
        version: '4.0.0',
        'to-channel': 'production',
        'to-image': `${world.otherProxy.host}/${destination}`,
        tags: 'prod',
      }),
      env: { DOCKER_CONFIG: world.dockerConfig },
    },
  );
}

/** The destination holds the image by digest (what a channel may point at). */
async function existsByDigest(repository: string, digest: string): Promise<boolean> {
  const client = new RegistryClient({ credentials: async () => undefined, log: () => undefined, mask: () => undefined });
  return (await client.headManifest(`${world.other.host}/${repository}@${digest}`)) !== undefined;
}

/**
 * Forwards to the catalog, but holds every `POST …/promotions` until `expected` of them arrived,
 * then lets them through one after another: both runs have read the channel before either moves it.
 */
async function startBarrier(
  target: string,
  expected: number,
): Promise<{ url: string; released: () => number; close: () => Promise<void> }> {
  const waiting: Array<() => void> = [];
  let released = 0;
  let queue = Promise.resolve();
  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)) as Array<[string, string]>,
    );
    return fetch(`${target}${req.url}`, { method: req.method, headers, ...(body.length > 0 ? { body: new Uint8Array(body) } : {}) });
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const send = async () => {
        const answer = await forward(req, body);
        const text = Buffer.from(await answer.arrayBuffer());
        res.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-encoding')));
        res.end(text);
      };
      if (req.method === 'POST' && /\/promotions$/.test(req.url ?? '')) {
        const gate = new Promise<void>((resolve) => waiting.push(resolve));
        if (waiting.length >= expected) for (const open of waiting) open();
        setTimeout(() => waiting.forEach((open) => open()), 60_000).unref();
        void gate.then(() => {
          queue = queue.then(async () => {
            released += 1;
            await send();
          });
        });
        return;
      }
      void send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    released: () => released,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('two promotions of different versions to one channel at once (the bundled action, twice)', () => {
  test('the channel ends on one; the other run fails naming the winner and tags nothing', async () => {
    const { v1, v2 } = world.images;
    await registerVersion(world, 'race', '5.0.0', v1, hashes.v1);
    await registerVersion(world, 'race', '5.1.0', v2, hashes.v2);
    world.otherProxy.setRules([]);
    const barrier = await startBarrier(world.catalog.url, 2);
    try {
      const promote = (version: string) =>
        runAction('promote', {
          inputs: {
            ...catalogInputs(world, {
              'image-name': 'race',
              version,
              'to-channel': 'production',
              'to-image': `${world.other.host}/prod/race`,
              tags: 'prod',
            }),
            endpoint: barrier.url,
          },
          env: { DOCKER_CONFIG: world.dockerConfig },
          timeoutMs: 180_000,
        });
      const results = await Promise.all([promote('5.0.0'), promote('5.1.0')]);
      expect(barrier.released()).toBe(2);
      const winners = results.filter((result) => result.exitCode === 0);
      const losers = results.filter((result) => result.exitCode !== 0);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const winner = winners[0]!.outputs.version!;
      const loser = winner === '5.0.0' ? '5.1.0' : '5.0.0';
      const digests: Record<string, string> = { '5.0.0': v1.digest, '5.1.0': v2.digest };
      expect(losers[0]!.errors).toEqual([
        expect.stringContaining(`channel production of race moved to ${winner} (another promotion won) while this run promoted ${loser}`),
      ]);
      expect(await channelVersion(world, 'race', 'production')).toBe(winner);
      expect(await skopeoDigest(`${world.other.host}/prod/race:prod`)).toBe(digests[winner]);
      expect(await skopeoDigest(`${world.other.host}/prod/race:${winner}`)).toBe(digests[winner]);
      expect(await tagAt(world.other, 'prod/race', loser)).toBeUndefined();
      for (const result of results) expect(result.allText.replace(/^::add-mask::.*$/gm, '')).not.toContain(tokens.all);
    } finally {
      await barrier.close();
    }
  }, 300_000);
});
