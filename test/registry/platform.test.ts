import { describe, expect, test } from 'vitest';
import { parsePlatform } from '../../src/core/platforms.js';
import { isAttestation, selectManifest } from '../../src/registry/platform.js';
import type { Descriptor } from '../../src/registry/types.js';

describe('index entries by platform', () => {
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
