import { describe, expect, test } from 'vitest';
/**
 * Platform strings (src/core/platforms.ts): strict normalization of inputs (what the hash sees),
 * and the lenient parse/format/compare the registry and builders use on what registries list.
 */
import {
  formatPlatform,
  hostPlatform,
  normalizePlatform,
  normalizePlatforms,
  parsePlatform,
  platformArgs,
  samePlatform,
} from '../../src/core/platforms.js';
import { InputError } from '../../src/core/errors.js';

describe('platforms', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['LINUX/AMD64', 'linux/amd64'],
    [' linux/amd64 ', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['linux/i386', 'linux/386'],
    ['linux/ppc64le', 'linux/ppc64le'],
    ['linux/s390x', 'linux/s390x'],
    ['linux/riscv64', 'linux/riscv64'],
  ])('%s → %s', (given, canonical) => {
    expect(normalizePlatform(given)).toBe(canonical);
  });

  // Regression: windows/amd64 (and everything else buildx builds) was refused. buildx parses with
  // containerd's platforms.Parse: any os/arch, an os alone (the host's architecture), a known
  // architecture alone (Linux).
  test.each([
    ['windows/amd64', 'windows/amd64'],
    ['Windows/AMD64', 'windows/amd64'],
    ['darwin/arm64', 'darwin/arm64'],
    ['macos/arm64', 'darwin/arm64'],
    ['windows(10.0.17763)/amd64', 'windows(10.0.17763)/amd64'],
    ['freebsd/amd64', 'freebsd/amd64'],
    ['linux/amd65', 'linux/amd65'],
    ['amd64', 'linux/amd64'],
    ['aarch64', 'linux/arm64'],
    ['linux', 'linux/arm64'],
    ['windows', 'windows/arm64'],
  ])('%s → %s, as buildx reads it (host linux/arm64)', (given, canonical) => {
    expect(normalizePlatform(given, 'linux/arm64')).toBe(canonical);
  });

  test.each(['linux/', '/amd64', 'nonsense', 'linux/amd64/v2/x', 'linux/am d64', 'linux/amd64.1', 'linux/*'])(
    '%s is refused, as buildx refuses it',
    (given) => {
      expect(normalizePlatform(given)).toBeUndefined();
    },
  );

  test('lists are normalized, sorted and deduplicated', () => {
    expect(normalizePlatforms(['linux/arm64/v8', 'linux/amd64', 'linux/arm64', 'linux/x86_64'])).toEqual(['linux/amd64', 'linux/arm64']);
  });

  test('an empty list means the runner platform', () => {
    expect(normalizePlatforms([], 'platforms', 'linux/arm64')).toEqual(['linux/arm64']);
    expect(hostPlatform('x64')).toBe('linux/amd64');
    expect(hostPlatform('arm64')).toBe('linux/arm64');
  });

  test('an unknown platform is an input error that names the input and the fix', () => {
    expect(() => normalizePlatforms(['linux/amd64', 'linux/'])).toThrow(InputError);
    expect(() => normalizePlatforms(['linux/'])).toThrow(
      /Input 'platforms': 'linux\/' is not a platform specifier buildx accepts\. Use os\/arch/,
    );
  });

  test('BuildKit platform args', () => {
    expect(platformArgs('TARGET', 'linux/arm/v7')).toEqual({
      TARGETPLATFORM: 'linux/arm/v7',
      TARGETOS: 'linux',
      TARGETARCH: 'arm',
      TARGETVARIANT: 'v7',
    });
    expect(platformArgs('BUILD', 'linux/amd64')).toEqual({
      BUILDPLATFORM: 'linux/amd64',
      BUILDOS: 'linux',
      BUILDARCH: 'amd64',
      BUILDVARIANT: '',
    });
  });
});

describe('platforms as registries list them (any os/arch; aliases and default variants resolved)', () => {
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

  test.each([
    'linux/arm64/v8',
    'linux/aarch64',
    'LINUX/AMD64',
    'linux/amd64/v1',
    'linux/arm/7',
    'linux/armhf',
    'linux/i386',
    'linux/x86_64',
  ])('the input form and the registry form of %s agree', (given) => {
    expect(formatPlatform(parsePlatform(given))).toBe(normalizePlatform(given));
  });
});
