/**
 * resolveVersion against an in-memory platform whose reads answer only when the test lets them:
 * the reads that do not depend on each other go out together, and their failures are still
 * reported in a fixed order (to-channel, then the version, then require-channel).
 */
import { describe, expect, test } from 'vitest';
import { resolveVersion } from '../../../src/actions/promote/resolve.js';
import { InputError } from '../../../src/core/errors.js';
import type { ChannelState, ImageVersion } from '../../../src/core/platform-model.js';
import type { PlatformAdapter } from '../../../src/platform/platform.js';

const digest = `sha256:${'d'.repeat(64)}`;
const version = (name: string): ImageVersion => ({
  id: name,
  image: 'app',
  version: name,
  digest,
  imageRef: `registry.example/app@${digest}`,
  created: false,
});
const holding = (channel: string, name: string): ChannelState => ({ image: 'app', channel, version: name, digest });

/** A platform whose every read waits until `release()`; `started` lists the reads in flight. */
function gatedPlatform(answers: { channels?: Record<string, ChannelState | Error>; versions?: Record<string, ImageVersion> }): {
  platform: PlatformAdapter;
  started: string[];
  release: () => void;
} {
  const started: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const unused = () => Promise.reject(new Error('not used by resolveVersion'));
  const platform: PlatformAdapter = {
    name: 'gated',
    ensureImage: unused,
    createVersion: unused,
    attach: unused,
    async getVersion(_image, name) {
      started.push(`version ${name}`);
      await gate;
      return answers.versions?.[name];
    },
    async readChannel(_image, channel) {
      started.push(`channel ${channel}`);
      await gate;
      const answer = answers.channels?.[channel];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { platform, started, release: () => open() };
}

interface FailureCase {
  case: string;
  channels: Record<string, ChannelState | Error>;
  versions: Record<string, ImageVersion>;
  error: RegExp;
}

describe('resolveVersion', () => {
  test('a named version: to-channel, the version and require-channel are read at once', async () => {
    const { platform, started, release } = gatedPlatform({
      channels: { production: holding('production', '1.0.0'), staging: holding('staging', '1.1.0') },
      versions: { '1.1.0': version('1.1.0') },
    });
    const resolved = resolveVersion(platform, 'app', {
      selector: { kind: 'version', version: '1.1.0' },
      toChannel: 'production',
      requireChannel: 'staging',
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['channel production', 'version 1.1.0', 'channel staging']);
    release();
    await expect(resolved).resolves.toEqual({ version: version('1.1.0'), channelBefore: holding('production', '1.0.0') });
  });

  test.each<FailureCase>([
    {
      case: 'to-channel fails and the version is unknown: the to-channel failure',
      channels: { production: new Error('catalog: channel read failed') },
      versions: {},
      error: /channel read failed/,
    },
    {
      case: 'the version is unknown and require-channel holds another: the version',
      channels: { staging: holding('staging', '0.9.0') },
      versions: {},
      error: /app has no version '1\.1\.0' on gated/,
    },
    {
      case: 'require-channel holds another version',
      channels: { staging: holding('staging', '0.9.0') },
      versions: { '1.1.0': version('1.1.0') },
      error: /channel staging of app holds 0\.9\.0, not 1\.1\.0/,
    },
  ])('failures in a fixed order: $case', async ({ channels, versions, error }) => {
    const { platform, release } = gatedPlatform({ channels, versions });
    release();
    const resolved = resolveVersion(platform, 'app', {
      selector: { kind: 'version', version: '1.1.0' },
      toChannel: 'production',
      requireChannel: 'staging',
    });
    await expect(resolved).rejects.toThrow(error);
  });

  test('from-channel: the version it holds is read after it; an empty from-channel names the input', async () => {
    const { platform, release } = gatedPlatform({ channels: {}, versions: {} });
    release();
    const resolved = resolveVersion(platform, 'app', { selector: { kind: 'channel', channel: 'staging' }, toChannel: 'production' });
    await expect(resolved).rejects.toThrow(InputError);
    await expect(resolved).rejects.toThrow(/from-channel.*staging of app holds no version/s);
  });
});
