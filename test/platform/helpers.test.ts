import { describe, expect, test } from 'vitest';
import { dataWorksEndpoint } from '../../src/platform/dataworks/endpoints.js';
import { acrLocation, idempotencyToken, parseVersionDescription, versionDescription } from '../../src/platform/dataworks/records.js';
import { normalizeWorkspaceUrl } from '../../src/platform/databricks/client.js';
import { sentence } from '../../src/platform/log.js';
import { redact } from '../../src/runtime/redact.js';
import { parsePinnedImageRef } from '../../src/core/image-ref.js';

const D = `sha256:${'9f'.repeat(32)}`;

describe('endpoints', () => {
  test.each([
    ['dataworks.cn-hangzhou.aliyuncs.com', 'https://dataworks.cn-hangzhou.aliyuncs.com'],
    ['cn-shanghai', 'https://dataworks.cn-shanghai.aliyuncs.com'],
    ['ap-southeast-1', 'https://dataworks.ap-southeast-1.aliyuncs.com'],
    // The SDKs' map sends these regions to the central endpoint.
    ['cn-qingdao', 'https://dataworks.aliyuncs.com'],
    ['cn-huhehaote', 'https://dataworks.aliyuncs.com'],
    ['ap-south-1', 'https://dataworks.aliyuncs.com'],
    // Outside the map: the SDKs' regional rule.
    ['xx-newregion-9', 'https://dataworks.xx-newregion-9.aliyuncs.com'],
    ['dataworks.aliyuncs.com', 'https://dataworks.aliyuncs.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
  ])('dataWorksEndpoint(%j)', (input, expected) => {
    expect(dataWorksEndpoint(input)).toBe(expected);
  });

  test.each([
    ['adb-1234567890123456.7.azuredatabricks.net', 'https://adb-1234567890123456.7.azuredatabricks.net'],
    ['https://dbc-a1b2c3d4-e5f6.cloud.databricks.com/', 'https://dbc-a1b2c3d4-e5f6.cloud.databricks.com'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
  ])('normalizeWorkspaceUrl(%j)', (input, expected) => {
    expect(normalizeWorkspaceUrl(input)).toBe(expected);
  });
});

describe('pinned references', () => {
  test.each([
    [`r.example.com/ns/repo@${D}`, { registry: 'r.example.com', apiHost: 'r.example.com', repository: 'ns/repo', digest: D }],
    [`127.0.0.1:5000/repo:1.0@${D}`, { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'repo', tag: '1.0', digest: D }],
    [`library/busybox@${D}`, { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/busybox', digest: D }],
    ['r.example.com/ns/repo:1.0', undefined],
    ['r.example.com/ns/repo@sha256:short', undefined],
    [`@${D}`, undefined],
  ])('parsePinnedImageRef(%j)', (ref, expected) => {
    expect(parsePinnedImageRef(ref)).toEqual(expected);
  });

  test('acrLocation splits namespace and repository', () => {
    expect(acrLocation(`registry-vpc.cn-beijing.cr.aliyuncs.com/team/sub/repo@${D}`)).toEqual({
      namespace: 'team',
      repository: 'sub/repo',
      digest: D,
    });
  });

  test.each([`ns/repo@${D}`, `r.example.com/repo@${D}`, 'r.example.com/ns/repo:1.0'])('acrLocation refuses %j', (ref) => {
    expect(() => acrLocation(ref)).toThrow(/Input 'image'/);
  });
});

describe('DataWorks version records', () => {
  test('the marker round-trips and user text is cut to fit 128 characters', () => {
    const text = versionDescription('h1-0123456789abcdef0123456789abcdef', D, 'x'.repeat(200));
    expect(text.length).toBe(128);
    expect(parseVersionDescription(text)).toEqual({ version: 'h1-0123456789abcdef0123456789abcdef', digest: D });
    expect(parseVersionDescription(versionDescription('1.2.0+build.5', D))).toEqual({ version: '1.2.0+build.5', digest: D });
  });

  test.each([undefined, '', 'hand-made image', `image-actions:1.0@sha256:abc`, `image-actions:1.0@${D}trailing`])(
    'no marker in %j',
    (text) => {
      expect(parseVersionDescription(text)).toBeUndefined();
    },
  );

  test('idempotency tokens are stable, UUID-shaped and differ per input', () => {
    const a = idempotencyToken('CreateImage', 'img', '1', D);
    expect(a).toBe(idempotencyToken('CreateImage', 'img', '1', D));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(idempotencyToken('CreateImage', 'img', '2', D));
  });
});

describe('log helpers', () => {
  test('redact replaces every occurrence of each secret', () => {
    expect(redact('a sekrit and sekrit, tok3n', ['sekrit', 'tok3n', 'ab'])).toBe('a *** and ***, ***');
  });
  test('sentence ends with one full stop', () => {
    expect(sentence('done')).toBe('done.');
    expect(sentence('done.')).toBe('done.');
    expect(sentence('really? ')).toBe('really?');
  });
});
