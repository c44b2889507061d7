import { describe, expect, test } from 'vitest';
import { parseWwwAuthenticate, pickChallenge, repositoryScope } from '../../src/registry/challenge.js';

describe('parseWwwAuthenticate', () => {
  test.each([
    ['', []],
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:samalba/my-app:pull,push' },
        },
      ],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    ['basic REALM=plain', [{ scheme: 'basic', params: { realm: 'plain' } }]],
    [
      'Bearer realm="https://ghcr.io/token", service="ghcr.io", scope="repository:org/app:pull", error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/app:pull', error: 'insufficient_scope' },
        },
      ],
    ],
    [
      'Basic realm="a, b", Bearer realm="https://x/token",service=x',
      [
        { scheme: 'basic', params: { realm: 'a, b' } },
        { scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } },
      ],
    ],
    ['Bearer realm="with \\"escaped\\" quotes"', [{ scheme: 'bearer', params: { realm: 'with "escaped" quotes' } }]],
    [
      'Negotiate, Basic realm=x',
      [
        { scheme: 'negotiate', params: {} },
        { scheme: 'basic', params: { realm: 'x' } },
      ],
    ],
    ['Negotiate abc123==', [{ scheme: 'negotiate', params: { token68: 'abc123==' } }]],
    ['Bearer', [{ scheme: 'bearer', params: {} }]],
  ])('%j', (header, expected) => {
    expect(parseWwwAuthenticate(header)).toEqual(expected);
  });

  test('garbage does not loop or throw', () => {
    expect(() => parseWwwAuthenticate('=,,"==;;; ,')).not.toThrow();
  });
});

describe('pickChallenge / scopes', () => {
  test('Bearer is preferred over Basic; unknown schemes are not answered', () => {
    expect(pickChallenge(parseWwwAuthenticate('Basic realm=a, Bearer realm=b'))?.scheme).toBe('bearer');
    expect(pickChallenge(parseWwwAuthenticate('Basic realm=a'))?.scheme).toBe('basic');
    expect(pickChallenge(parseWwwAuthenticate('Negotiate abc'))).toBeUndefined();
  });

  test.each([
    ['acme/app', ['pull'], 'repository:acme/app:pull'],
    ['acme/app', ['pull', 'push'], 'repository:acme/app:pull,push'],
  ] as const)('%s %j', (repository, actions, scope) => {
    expect(repositoryScope(repository, [...actions])).toBe(scope);
  });
});
