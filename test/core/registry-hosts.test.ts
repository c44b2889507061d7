import { describe, expect, test } from 'vitest';
/**
 * Registry hosts (src/core/registry-hosts.ts, and registryHost in src/core/image-ref.ts): one
 * answer to "plain HTTP or HTTPS?" for the registry client and the builders' insecure flags.
 */
import { registryHost } from '../../src/core/image-ref.js';
import { isInsecureRegistry, isLoopbackHost, registryScheme, splitHostPort } from '../../src/core/registry-hosts.js';

describe('registryScheme', () => {
  test.each([
    ['127.0.0.1:5000', [], 'http'],
    ['127.1.2.3', [], 'http'],
    ['localhost:5000', [], 'http'],
    ['LOCALHOST', [], 'http'],
    ['registry.localhost:5000', [], 'http'],
    ['[::1]:5000', [], 'http'],
    ['::1', [], 'http'],
    ['ghcr.io', [], 'https'],
    ['registry-1.docker.io', [], 'https'],
    ['128.0.0.1:5000', [], 'https'],
    ['10.1.2.3:5000', [], 'https'],
    ['10.1.2.3:5000', ['10.1.2.3:5000'], 'http'],
    ['10.1.2.3:5000', ['10.1.2.3'], 'http'], // no port in the entry: any port
    ['10.1.2.3:5000', ['10.1.2.3:6000'], 'https'],
    ['10.1.2.3:5000', ['10.0.0.0/8'], 'http'],
    ['192.168.1.1', ['10.0.0.0/8'], 'https'],
    ['[fd00::5]:5000', ['fd00::/8'], 'http'],
    ['registry.internal:5000', ['registry.internal:5000'], 'http'],
    ['registry.internal:5000', ['http://Registry.Internal:5000/'], 'http'],
    ['registry.internal', ['other.internal'], 'https'],
    ['registry.internal', ['not a cidr/99'], 'https'],
  ] as const)('%s with %j → %s', (host, insecure, scheme) => {
    expect(registryScheme(host, insecure)).toBe(scheme);
  });
});

describe('host parsing', () => {
  test.each([
    ['host', { host: 'host' }],
    ['host:5000', { host: 'host', port: '5000' }],
    ['[::1]:5000', { host: '::1', port: '5000' }],
    ['[::1]', { host: '::1' }],
    ['fe80::1', { host: 'fe80::1' }],
  ])('%s', (text, parts) => {
    expect(splitHostPort(text)).toEqual(parts);
  });

  test.each([
    ['127.0.0.1', true],
    ['127.255.255.254:1', true],
    ['::ffff:127.0.0.1', true],
    ['localhost.example.com', false],
    ['0.0.0.0', false],
  ])('loopback %s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('builders: registry host of a reference, insecure or not', () => {
  test.each([
    ['ghcr.io/org/app:1', 'ghcr.io'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000'],
    ['localhost/app', 'localhost'],
    ['library/alpine', 'docker.io'],
    ['alpine', 'docker.io'],
    ['Registry.Example.COM/app', 'registry.example.com'],
  ])('host of %s is %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host);
  });

  test.each([
    ['127.0.0.1:5000', [], true],
    ['127.9.8.7', [], true],
    ['localhost:443', [], true],
    ['[::1]:5000', [], true],
    ['ghcr.io', [], false],
    ['127.0.0.1.nip.io', [], false],
    ['registry.lan:5000', ['registry.lan:5000'], true],
    ['registry.lan:5000', ['registry.lan'], true],
    ['registry.lan:5000', ['registry.lan:5001'], false],
    ['registry.lan', ['registry.lan:5000'], false],
    ['Registry.LAN', [' registry.lan '], true],
    ['10.1.2.3:5000', ['10.0.0.0/8'], true], // the same CIDR rule as the registry client
  ])('%s with insecure list %j → %s', (host, list, expected) => {
    expect(isInsecureRegistry(host, list)).toBe(expected);
  });

  test('loopback detection ignores the port', () => {
    expect(isLoopbackHost('127.0.0.1:1')).toBe(true);
    expect(isLoopbackHost('10.0.0.1:1')).toBe(false);
  });
});
