/**
 * The Metaflow target: the config file as Metaflow reads it (Netflix/metaflow
 * `metaflow/metaflow_config_funcs.py` `init_config`: one JSON object of METAFLOW_* keys), written
 * atomically with every other key kept, never a tag, and the one-run `--with` option.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { MetaflowPlatform } from '../../../src/platform/metaflow/adapter.js';
import { metaflowImage } from '../../../src/platform/metaflow/image.js';
import { updateConfigFile } from '../../../src/platform/metaflow/config-file.js';
import type { ImageVersionRequest } from '../../../src/core/platform-model.js';
import { captureError, recordingLog, type RecordingLog } from '../support.js';

const DIGEST = `sha256:${'4d'.repeat(32)}`;
const OTHER = `sha256:${'e7'.repeat(32)}`;

function request(imageRef: string, digest = DIGEST): ImageVersionRequest {
  return { image: 'trainer', version: '1.0.0', digest, imageRef, source: { commit: 'c' }, build: { hash: 'b'.repeat(64) } };
}

describe('metaflowImage', () => {
  test.each([
    [`123456789012.dkr.ecr.us-east-1.amazonaws.com/ml/trainer@${DIGEST}`, '123456789012.dkr.ecr.us-east-1.amazonaws.com'],
    [`ghcr.io/acme/trainer:h1-0123456789abcdef0123456789abcdef@${DIGEST}`, 'ghcr.io'],
    [`127.0.0.1:5000/trainer@${DIGEST}`, '127.0.0.1:5000'],
    [`acme/trainer@${DIGEST}`, 'docker.io'],
  ])('%s → the digest reference, fully qualified, no tag', (ref, registry) => {
    const result = metaflowImage(ref);
    expect(result.registry).toBe(registry);
    expect(result.image).toBe(
      `${registry}/${registry === 'docker.io' ? 'acme/trainer' : ref.slice(registry.length + 1).split(/[:@]/)[0]}@${DIGEST}`,
    );
    expect(result.image).not.toMatch(/:h1-|:latest/);
    expect(result.withOption).toBe(`--with kubernetes:image=${result.image}`);
  });

  test('an unpinned reference is refused naming the input', () => {
    expect(() => metaflowImage('ghcr.io/acme/trainer:latest')).toThrow(/Input 'image'/);
  });
});

describe('Metaflow config file', () => {
  let dir: string;
  let file: string;
  let log: RecordingLog;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'metaflow-'));
    file = path.join(dir, 'config_prod.json');
    log = recordingLog();
  });

  test('sets the two keys, keeps every other key and their order, outputs the run option', async () => {
    const existing = {
      METAFLOW_DEFAULT_DATASTORE: 's3',
      METAFLOW_DATASTORE_SYSROOT_S3: 's3://bucket/metaflow',
      METAFLOW_DEFAULT_CONTAINER_IMAGE: 'python:3.11',
      METAFLOW_KUBERNETES_NAMESPACE: 'ml',
    };
    writeFileSync(file, JSON.stringify(existing, null, 2));
    chmodSync(file, 0o600);
    const version = await new MetaflowPlatform({ configFile: file, log }).createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.keys(written)).toEqual([...Object.keys(existing), 'METAFLOW_DEFAULT_CONTAINER_REGISTRY']);
    expect(written).toEqual({
      ...existing,
      METAFLOW_DEFAULT_CONTAINER_IMAGE: `ghcr.io/acme/trainer@${DIGEST}`,
      METAFLOW_DEFAULT_CONTAINER_REGISTRY: 'ghcr.io',
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(version).toEqual({
      id: `ghcr.io/acme/trainer@${DIGEST}`,
      image: 'trainer',
      version: '1.0.0',
      digest: DIGEST,
      imageRef: `ghcr.io/acme/trainer@${DIGEST}`,
      created: true,
      outputs: {
        'metaflow-image': `ghcr.io/acme/trainer@${DIGEST}`,
        'metaflow-registry': 'ghcr.io',
        'metaflow-with': `--with kubernetes:image=ghcr.io/acme/trainer@${DIGEST}`,
      },
    });
    // No temporary or lock file is left behind.
    expect(readdirSync(dir)).toEqual(['config_prod.json']);
  });

  test('the same image again changes nothing (created false, file untouched)', async () => {
    const platform = new MetaflowPlatform({ configFile: file, log });
    await platform.createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    const before = statSync(file).mtimeMs;
    const text = readFileSync(file, 'utf8');
    const again = await platform.createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    expect(again.created).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  test('a missing file (and folder) is created with the two keys', async () => {
    const nested = path.join(dir, 'home', '.metaflowconfig', 'config.json');
    await new MetaflowPlatform({ configFile: nested, log }).createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    expect(JSON.parse(readFileSync(nested, 'utf8'))).toEqual({
      METAFLOW_DEFAULT_CONTAINER_IMAGE: `ghcr.io/acme/trainer@${DIGEST}`,
      METAFLOW_DEFAULT_CONTAINER_REGISTRY: 'ghcr.io',
    });
  });

  test.each([
    ['not JSON', '{ "METAFLOW_DEFAULT_DATASTORE": "s3", ', 'is not valid JSON'],
    ['a JSON array', '["METAFLOW_DEFAULT_DATASTORE"]', 'is not a JSON object of METAFLOW_* keys'],
  ])('a config that is %s is refused and left as it is', async (_name, text, message) => {
    writeFileSync(file, text);
    const error = await captureError(
      new MetaflowPlatform({ configFile: file, log }).createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`)),
    );
    expect(error.message).toContain(message);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['config_prod.json']);
  });

  test('keys that win over the default image for @kubernetes or @batch steps are warned about', async () => {
    writeFileSync(file, JSON.stringify({ METAFLOW_KUBERNETES_CONTAINER_IMAGE: 'python:3.10' }));
    await new MetaflowPlatform({ configFile: file, log }).createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    expect(log.lines.filter((line) => line.startsWith('warning:'))).toEqual([
      `warning: Metaflow config ${file} also sets METAFLOW_KUBERNETES_CONTAINER_IMAGE, which win over the default image for those steps; remove them to use ghcr.io/acme/trainer@${DIGEST}.`,
    ]);
  });

  test('20 writers at once, each adding its own key: every key survives, the file is always whole JSON', async () => {
    writeFileSync(file, JSON.stringify({ METAFLOW_DEFAULT_DATASTORE: 's3' }));
    let torn = 0;
    const reader = setInterval(() => {
      try {
        JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        torn += 1;
      }
    }, 1);
    await Promise.all(Array.from({ length: 20 }, (_, index) => updateConfigFile(file, { [`METAFLOW_TEST_KEY_${index}`]: String(index) })));
    clearInterval(reader);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.keys(written)).toHaveLength(21);
    for (let index = 0; index < 20; index += 1) expect(written[`METAFLOW_TEST_KEY_${index}`]).toBe(String(index));
    expect(torn).toBe(0);
    expect(readdirSync(dir)).toEqual(['config_prod.json']);
  });

  test('concurrent registers of two images end with one whole config naming one of them', async () => {
    const platform = new MetaflowPlatform({ configFile: file, log });
    const results = await Promise.all([
      platform.createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`)),
      platform.createVersion(request(`ghcr.io/acme/trainer@${OTHER}`, OTHER)),
    ]);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(results.map((result) => result.imageRef)).toContain(written['METAFLOW_DEFAULT_CONTAINER_IMAGE']);
    expect(written['METAFLOW_DEFAULT_CONTAINER_REGISTRY']).toBe('ghcr.io');
  });

  test('targets are refused; getVersion finds nothing (Metaflow keeps no versions)', async () => {
    const platform = new MetaflowPlatform({ configFile: file, log });
    const version = await platform.createVersion(request(`ghcr.io/acme/trainer@${DIGEST}`));
    expect(await platform.attach(version, [])).toEqual([]);
    expect((await captureError(platform.attach(version, [{ kind: 'cluster', id: 'x' }]))).message).toContain(
      'the config file is the attachment',
    );
    expect(await platform.getVersion('trainer', '1.0.0')).toBeUndefined();
  });
});
