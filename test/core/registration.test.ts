import { describe, expect, test } from 'vitest';
import {
  checkCommit,
  checkEndpoint,
  checkHash,
  checkImageName,
  checkPinnedImage,
  runUrl,
  versionRequest,
} from '../../src/core/registration.js';
import type { PlatformName } from '../../src/core/platform-model.js';

const digest = `sha256:${'ab'.repeat(32)}`;

describe('checkPinnedImage', () => {
  test.each([
    [`127.0.0.1:5000/acme/app@${digest}`, digest],
    [`ghcr.io/org/app@${digest}`, digest],
    [`ghcr.io/org/app:h1-abc@${digest}`, digest],
    [`app@${digest}`, digest],
  ])('%s is pinned', (ref, expected) => {
    expect(checkPinnedImage(ref)).toEqual({ ref, digest: expected });
  });

  test.each([
    ['', /Input 'image': is required but empty/],
    ['ghcr.io/org/app:1.0', /is not pinned by digest/],
    ['ghcr.io/org/app', /is not pinned by digest/],
    ['ghcr.io/org/app@sha256:abc', /sha256 digest needs 64/],
    [`ghcr.io/org/app@sha512:${'a'.repeat(128)}`, /pinned by sha512, not sha256/],
    [`GHCR.io/Org/App@${digest}`, /must be lowercase/],
    [`ghcr.io/org/app @${digest}`, /whitespace/],
  ])('%j is refused', (ref, message) => {
    expect(() => checkPinnedImage(ref)).toThrow(message);
    expect(() => checkPinnedImage(ref)).toThrow(/register only runs after a verified push/);
  });
});

describe('checkEndpoint', () => {
  test.each<[PlatformName, string, string]>([
    ['catalog', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['catalog', 'https://catalog.example.com/base/', 'https://catalog.example.com/base'],
    ['databricks', 'https://adb-1.7.azuredatabricks.net', 'https://adb-1.7.azuredatabricks.net'],
    ['databricks', 'adb-1.7.azuredatabricks.net', 'adb-1.7.azuredatabricks.net'],
    ['dataworks', 'cn-hangzhou', 'cn-hangzhou'],
    ['dataworks', 'dataworks.cn-hangzhou.aliyuncs.com', 'dataworks.cn-hangzhou.aliyuncs.com'],
    ['dataworks', 'http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
    ['zenml', 'https://zenml.example.com/', 'https://zenml.example.com'],
    ['metaflow', '', ''],
    ['metaflow', '   ', ''],
  ])('%s %s', (platform, value, expected) => {
    expect(checkEndpoint(platform, value)).toBe(expected);
  });

  test.each<[PlatformName, string, RegExp]>([
    ['catalog', '', /is required but empty/],
    ['catalog', '127.0.0.1:8080', /is not a URL \(no http/],
    ['catalog', 'ftp://catalog.example.com', /must use http/],
    ['catalog', 'http://exa mple.com', /whitespace/],
    ['catalog', 'http://[::1', /not a valid URL/],
    ['catalog', 'https://catalog.example.com/?x=1', /query or fragment/],
    ['databricks', 'file:///etc/passwd', /must use http/],
    ['zenml', 'zenml.example.com', /is not a URL \(no http/],
    ['zenml', '', /is required but empty.*ZenML server URL/],
    ['metaflow', 'https://metaflow.example.com', /is not used by metaflow.*config-file=/],
  ])('%s %j is refused', (platform, value, message) => {
    expect(() => checkEndpoint(platform, value)).toThrow(message);
    expect(() => checkEndpoint(platform, value)).toThrow(/^Input 'endpoint'/);
  });

  test('credentials in the URL are refused without echoing them', () => {
    let message = '';
    try {
      checkEndpoint('catalog', 'https://admin:hunter2secret@catalog.example.com');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/carries credentials/);
    expect(message).not.toContain('hunter2secret');
  });
});

describe('checkImageName', () => {
  test.each<[PlatformName, string, RegExp | undefined]>([
    ['catalog', 'ml-runtime', undefined],
    ['catalog', 'a.b_c-d', undefined],
    ['catalog', 'ML Runtime', /not a catalog image name.*Use e.g. 'ml-runtime'/],
    ['catalog', '-x', /not a catalog image name/],
    ['catalog', '', /is required but empty/],
    // Other platforms check their own rules (dataworks in its adapter records, before any request).
    ['databricks', 'ML Runtime', undefined],
  ])('%s %j', (platform, name, problem) => {
    if (problem) expect(() => checkImageName(platform, name)).toThrow(problem);
    else expect(checkImageName(platform, name)).toBe(name);
  });
});

describe('commit and hash', () => {
  test.each([
    ['a'.repeat(40), true],
    ['a'.repeat(64), true],
    ['A'.repeat(40), false],
    ['abc1234', false],
    ['', false],
  ])('commit %j', (value, ok) => {
    if (ok) expect(checkCommit(value)).toBe(value);
    else expect(() => checkCommit(value)).toThrow(/^Input 'commit'/);
  });

  test.each([
    ['0'.repeat(64), true],
    ['h1-0123456789abcdef0123456789abcdef', false],
    [`sha256:${'0'.repeat(64)}`, false],
    ['', false],
  ])('hash %j', (value, ok) => {
    if (ok) expect(checkHash(value)).toBe(value);
    else expect(() => checkHash(value)).toThrow(/^Input 'hash'/);
  });
});

describe('versionRequest and runUrl', () => {
  test('run URL from the runner variables, or none', () => {
    expect(runUrl({ GITHUB_SERVER_URL: 'https://github.com/', GITHUB_REPOSITORY: 'acme/images', GITHUB_RUN_ID: '42' })).toBe(
      'https://github.com/acme/images/actions/runs/42',
    );
    expect(runUrl({ GITHUB_REPOSITORY: 'acme/images' })).toBeUndefined();
  });

  test('the request carries what the platform records', () => {
    const image = { ref: `127.0.0.1:5000/acme/app@${digest}`, digest };
    expect(
      versionRequest({
        imageName: 'app',
        version: '1.2.3',
        image,
        commit: 'c'.repeat(40),
        hash: 'f'.repeat(64),
        runUrl: 'https://x/runs/1',
      }),
    ).toEqual({
      image: 'app',
      version: '1.2.3',
      digest,
      imageRef: image.ref,
      source: { commit: 'c'.repeat(40), runUrl: 'https://x/runs/1' },
      build: { hash: 'f'.repeat(64) },
    });
  });
});
