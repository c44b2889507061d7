/** Which buildah failures are worth running again: the last `Error:` line, read as the registry client would. */
import { describe, expect, test } from 'vitest';
import { classifyBuildahFailure, isRefusal, lastBuildahError } from '../../src/builders/buildah-failures.js';

const error = (text: string) => `STEP 1/2: FROM x\nsome output\n${text}\n`;

describe('isRefusal: what no client will get through by asking again', () => {
  test.each<[string, boolean]>([
    ['reading manifest 9 in r/b: manifest unknown', true],
    ['writing blob: initiating layer upload to /v2/a/blobs/uploads/ in r: unauthorized: authentication required', true],
    ['pinging container registry r: invalid status code from registry 403 (Forbidden)', true],
    ['writing blob: received unexpected HTTP status: 404 Not Found', true],
    ['writing blob: received unexpected HTTP status: 500 Internal Server Error', false],
    ['writing blob: something nobody has seen before', false],
  ])('%s → %s', (error, refused) => {
    expect(isRefusal(error)).toBe(refused);
  });
});

describe('classifyBuildahFailure', () => {
  test.each<[string, string, 'transient' | 'final', boolean?]>([
    [
      '500 reading a manifest',
      'Error: creating build container: reading manifest 1 in r/base: received unexpected HTTP status: 500 Internal Server Error',
      'transient',
    ],
    [
      '503 while pinging',
      'Error: initializing source docker://r/base:1: pinging container registry r: received unexpected HTTP status: 503 Service Unavailable',
      'transient',
    ],
    [
      '500 on the ping, in its other wording',
      'Error: creating build container: initializing source docker://r/b:1: pinging container registry r: invalid status code from registry 500 (Internal Server Error)',
      'transient',
    ],
    [
      '500 fetching the config blob',
      'Error: creating build container: parsing image configuration: Error fetching blob: invalid status code from registry 500 (Internal Server Error)',
      'transient',
    ],
    [
      '500 checking the cache repository',
      'Error: failed pushing cache to {{{"r" "x-buildcache"} "0a8b"}}: trying to reuse blob sha256:d8 at destination: failed to read from destination repository x-buildcache: 500 (Internal Server Error)',
      'transient',
      true,
    ],
    ['403 in that wording', 'Error: pinging container registry r: invalid status code from registry 403 (Forbidden)', 'final'],
    [
      '429 as StatusCode',
      'Error: creating build container: initializing source docker://ghcr.io/o/b:1: StatusCode: 429, "toomanyrequests"',
      'transient',
    ],
    ['toomanyrequests alone', 'Error: writing blob: uploading layer chunked: toomanyrequests: slow down', 'transient'],
    ['a dropped connection (EOF)', 'Error: pinging container registry r: Get "http://r/v2/": EOF', 'transient'],
    [
      'connection reset',
      'Error: reading blob sha256:ab: Get "https://r/v2/b/blobs/sha256:ab": read tcp 1.2.3.4:5->6.7.8.9:443: read: connection reset by peer',
      'transient',
    ],
    ['an i/o timeout', 'Error: pinging container registry r: Get "https://r/v2/": dial tcp 1.2.3.4:443: i/o timeout', 'transient'],
    [
      'writing the layer cache',
      'Error: failed pushing cache to {{{"r" "app-buildcache"} "6d4c"}}: writing blob: received unexpected HTTP status: 502 Bad Gateway',
      'transient',
      true,
    ],
    ['401', 'Error: creating build container: reading manifest 1 in ghcr.io/o/b: unauthorized: authentication required', 'final'],
    ['403', 'Error: creating build container: reading manifest 1 in r/b: denied: requested access to the resource is denied', 'final'],
    ['404 manifest unknown', 'Error: creating build container: reading manifest 9 in r/b: manifest unknown', 'final'],
    ['a 404 status', 'Error: reading manifest 9 in r/b: received unexpected HTTP status: 404 Not Found', 'final'],
    ['501 is not worth another try', 'Error: writing blob: received unexpected HTTP status: 501 Not Implemented', 'final'],
    [
      'connection refused (nothing listens; will not heal in seconds)',
      'Error: pinging container registry r: Get "http://r/v2/": dial tcp 127.0.0.1:1: connect: connection refused',
      'final',
    ],
    [
      'an unknown host',
      'Error: pinging container registry nowhere.example: Get "https://nowhere.example/v2/": dial tcp: lookup nowhere.example: no such host',
      'final',
    ],
    [
      'a failing RUN step, even one printing registry-like words',
      'curl: (56) Recv failure: Connection reset by peer\n500 Internal Server Error\nError: building at STEP "RUN curl x": exit status 56',
      'final',
    ],
    ['no Error line at all', 'killed by SIGKILL', 'final'],
  ])('%s → %s', (_name, text, kind, cachePush = false) => {
    const failure = classifyBuildahFailure(error(text));
    expect(failure.kind).toBe(kind);
    if (failure.kind === 'transient') {
      expect(failure.cachePush).toBe(cachePush);
      expect(failure.reason).toBe(text.slice('Error: '.length));
    }
  });

  test('only the last Error line counts (buildah prints its own after the step output)', () => {
    const output =
      'Error: received unexpected HTTP status: 500 Internal Server Error\nmore\nError: building at STEP "RUN x": exit status 1\n';
    expect(lastBuildahError(output)).toBe('building at STEP "RUN x": exit status 1');
    expect(classifyBuildahFailure(output).kind).toBe('final');
  });
});
