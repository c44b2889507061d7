import { describe, expect, test } from 'vitest';
import { isLoopbackHost, registryBaseUrl, registryScheme, splitHostPort } from '../../src/registry/scheme.js';

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

  test('base URL', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000/v2/');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io/v2/');
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
