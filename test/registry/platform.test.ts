import { describe, expect, test } from 'vitest';
import { formatPlatform, isAttestation, parsePlatform, samePlatform, selectManifest } from '../../src/registry/platform.js';
import type { Descriptor } from '../../src/registry/types.js';

describe('platforms', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['linux/armhf', 'linux/arm/v7'],
    ['Linux/AMD64', 'linux/amd64'],
    ['windows/amd64', 'windows/amd64'],
  ])('%s → %s', (text, normal) => {
    expect(formatPlatform(parsePlatform(text))).toBe(normal);
  });

  test.each(['linux', 'linux/', '/amd64', 'linux/arm/v7/extra', 'linux/amd 64'])('%j is refused', (text) => {
    expect(() => parsePlatform(text)).toThrow(/Invalid platform .*expected os\/arch\[\/variant\]/);
  });

  test('samePlatform ignores default variants', () => {
    expect(samePlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' }, { os: 'linux', architecture: 'arm64' })).toBe(true);
    expect(samePlatform({ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm' })).toBe(false);
  });

  const entry = (digest: string, platform?: Descriptor['platform'], annotations?: Record<string, string>): Descriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest,
    size: 1,
    ...(platform ? { platform } : {}),
    ...(annotations ? { annotations } : {}),
  });
  const index = [
    entry('sha256:amd', { os: 'linux', architecture: 'amd64' }),
    entry('sha256:arm', { os: 'linux', architecture: 'arm64', variant: 'v8' }),
    entry('sha256:att', { os: 'unknown', architecture: 'unknown' }, { 'vnd.docker.reference.type': 'attestation-manifest' }),
  ];

  test('selectManifest picks by platform, skips attestations, defaults to the first image', () => {
    expect(selectManifest(index, parsePlatform('linux/arm64'))?.digest).toBe('sha256:arm');
    expect(selectManifest(index)?.digest).toBe('sha256:amd');
    expect(selectManifest(index, parsePlatform('linux/s390x'))).toBeUndefined();
    expect(selectManifest([index[2]!])).toBeUndefined();
    expect(isAttestation(index[2]!)).toBe(true);
  });
});
