import { describe, expect, test } from 'vitest';
import { formatImageRef, ImageRefError, parseImageRef, parseRepository, withDigest, withTag } from '../../src/core/image-ref.js';

const digest = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef: Docker normalization', () => {
  test.each([
    ['busybox', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/busybox', tag: 'latest' }],
    ['busybox:1.36', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/busybox', tag: '1.36' }],
    ['library/busybox', { registry: 'docker.io', repository: 'library/busybox', tag: 'latest' }],
    ['acme/app', { registry: 'docker.io', repository: 'acme/app', tag: 'latest' }],
    ['docker.io/busybox', { registry: 'docker.io', repository: 'library/busybox' }],
    ['index.docker.io/acme/app:2', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'acme/app', tag: '2' }],
    ['ghcr.io/org/team/app:v1.2.3', { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/team/app', tag: 'v1.2.3' }],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'app', tag: 'latest' }],
    ['localhost/app:dev', { registry: 'localhost', apiHost: 'localhost', repository: 'app', tag: 'dev' }],
    ['localhost:5000/a/b', { registry: 'localhost:5000', repository: 'a/b', tag: 'latest' }],
    ['[::1]:5000/app:1', { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'app', tag: '1' }],
    ['Registry.Example.COM/app', { registry: 'Registry.Example.COM', apiHost: 'registry.example.com', repository: 'app' }],
    ['myhost:5000/app:1', { registry: 'myhost:5000', repository: 'app', tag: '1' }],
    [`ghcr.io/org/app@${digest}`, { registry: 'ghcr.io', repository: 'org/app', digest }],
    [`ghcr.io/org/app:1@${digest}`, { repository: 'org/app', tag: '1', digest }],
    [`busybox@${digest}`, { registry: 'docker.io', repository: 'library/busybox', digest }],
    ['a/b_c/d__e/f-g/h.i/j--k:T_a.g-1', { registry: 'docker.io', repository: 'a/b_c/d__e/f-g/h.i/j--k', tag: 'T_a.g-1' }],
    // Docker's quirk: without a '/', `localhost:5000` is the image `localhost` with tag `5000`.
    ['localhost:5000', { registry: 'docker.io', repository: 'library/localhost', tag: '5000' }],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toMatchObject(expected);
  });

  test('a digest-only reference has no tag; a plain one defaults to latest', () => {
    expect(parseImageRef(`ghcr.io/org/app@${digest}`).tag).toBeUndefined();
    expect(parseImageRef('ghcr.io/org/app').tag).toBe('latest');
  });
});

describe('parseImageRef: malformed references say what is wrong', () => {
  test.each([
    ['', 'it is empty'],
    [' busybox', 'whitespace'],
    ['Acme/App', 'repository name must be lowercase'],
    ['ghcr.io/Org/app', 'repository name must be lowercase'],
    ['a'.repeat(64), 'bare 64-hex image id'],
    ['ghcr.io/org/app:', 'tag "" is not valid'],
    ['ghcr.io/org/app:-bad', 'tag "-bad" is not valid'],
    [`ghcr.io/org/app:${'t'.repeat(129)}`, 'is not valid'],
    ['ghcr.io/org/app@sha256:abc', 'needs 64 lowercase hex'],
    [`ghcr.io/org/app@sha256:${'A'.repeat(64)}`, 'needs 64 lowercase hex'],
    [`ghcr.io/org/app@md5:${'a'.repeat(32)}`, 'algorithm "md5" is not supported'],
    ['ghcr.io/org/app@latest', 'is not <algorithm>:<hex>'],
    ['ghcr.io//app', 'path component "" is not valid'],
    ['ghcr.io/org/-app', 'path component "-app" is not valid'],
    ['ghcr.io/org/app_', 'path component "app_" is not valid'],
    ['-bad.example.com/app', 'is not a valid host'],
    ['host:99999/app', 'port 99999 is out of range'],
    ['ghcr.io/', 'repository name is missing'],
    [`ghcr.io/${'a'.repeat(250)}`, 'longer than 255'],
  ])('%j', (text, problem) => {
    expect(() => parseImageRef(text)).toThrow(ImageRefError);
    expect(() => parseImageRef(text)).toThrow(problem);
  });
});

describe('helpers', () => {
  test('formatImageRef round-trips the normalized form', () => {
    expect(formatImageRef(parseImageRef('busybox'))).toBe('docker.io/library/busybox:latest');
    expect(formatImageRef(parseImageRef(`ghcr.io/org/app:1@${digest}`))).toBe(`ghcr.io/org/app:1@${digest}`);
  });

  test('withTag / withDigest replace what identifies the manifest', () => {
    const ref = parseImageRef(`127.0.0.1:5000/app:1@${digest}`);
    expect(withTag(ref, 'h1-abc')).toEqual({ registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'app', tag: 'h1-abc' });
    expect(withDigest(ref, digest)).toEqual({ registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'app', digest });
    expect(() => withTag(ref, 'bad tag')).toThrow('is not valid');
  });

  test('parseRepository refuses tags and digests', () => {
    expect(parseRepository('ghcr.io/org/app')).toEqual({ registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/app' });
    expect(parseRepository('127.0.0.1:5000/app')).toMatchObject({ registry: '127.0.0.1:5000', repository: 'app' });
    expect(() => parseRepository('ghcr.io/org/app:1')).toThrow('expected a repository without tag or digest');
    expect(() => parseRepository(`ghcr.io/org/app@${digest}`)).toThrow('expected a repository without tag or digest');
  });
});
