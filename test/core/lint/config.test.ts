import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig, settingsFor } from '../../../src/core/lint/config.js';

function problems(text: string): string[] {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the validate config file', () => {
  test('a valid file', () => {
    const config = parseConfig(
      'profile: databricks\nrules:\n  DL3008: off\n  SC2086: info\nfiles:\n  - match: images/dw/**\n    profile: dataworks\n    rules: { DL3059: off }\n  - match: [a/Dockerfile, b/*]\n',
    );
    expect(config).toEqual({
      profile: 'databricks',
      rules: { DL3008: 'off', SC2086: 'info' },
      files: [
        { match: ['images/dw/**'], profile: 'dataworks', rules: { DL3059: 'off' } },
        { match: ['a/Dockerfile', 'b/*'], rules: {} },
      ],
    });
  });

  test.each([
    ['profile: databrick\n', /^line 1: \/profile must be one of: none, databricks/],
    ['rules:\n  DL3008: of\n', /^line 2: \/rules\/DL3008 must be one of: error, warning, info, off/],
    ['rules:\n  DL3008: off\n  DL9999: off\n', /^line 3: unknown rule 'DL9999'/],
    ['files:\n  - profile: zenml\n', /^line 2: \/files\/0 must have required property 'match'/],
    ['files:\n  - match: x\n    rule: {}\n', /^line 3: \/files\/0 has an unknown field 'rule'/],
    ['profile: [a\n', /^line \d+: /],
    ['- a\n- b\n', /^line 1: the config must be a mapping/],
  ])('%j is refused with its line', (text, message) => {
    expect(problems(text)[0]).toMatch(message);
  });

  test('per-file settings: config profile over the input, matching entries in order', () => {
    const config = parseConfig(
      'rules: { DL3008: off }\nfiles:\n  - match: "images/**"\n    profile: zenml\n    rules: { DL3008: warning }\n  - match: images/dw/Dockerfile\n    profile: dataworks\n',
    );
    expect(settingsFor(config, 'Dockerfile', 'metaflow')).toEqual({ profile: 'metaflow', overrides: { DL3008: 'off' } });
    expect(settingsFor(config, 'images/ml/Dockerfile', 'metaflow')).toEqual({ profile: 'zenml', overrides: { DL3008: 'warning' } });
    expect(settingsFor(config, 'images/dw/Dockerfile', 'none')).toEqual({ profile: 'dataworks', overrides: { DL3008: 'warning' } });
    expect(settingsFor(parseConfig('profile: flyte\n'), 'x', 'none').profile).toBe('flyte');
    expect(settingsFor(undefined, 'x', 'databricks')).toEqual({ profile: 'databricks', overrides: {} });
  });
});
