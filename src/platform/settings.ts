/**
 * The `platform-settings` each platform takes: which keys exist, which are required, and what a
 * value must look like. Checked as a whole before any adapter exists, so a bad or missing setting
 * is one InputError that names it, and nothing is sent. Pure.
 */
import { InputError } from '../core/errors.js';
import type { PlatformName } from '../core/platform-model.js';

interface SettingSpec {
  /** Shown in the fix of a missing or bad value. */
  example: string;
  required?: boolean;
  /** Why the value is wrong, or undefined when it is fine. */
  check?: (value: string) => string | undefined;
}

const oneOf =
  (...choices: string[]) =>
  (value: string) =>
    choices.includes(value) ? undefined : `must be ${choices.join(' or ')}`;
const matching = (pattern: RegExp, what: string) => (value: string) => (pattern.test(value) ? undefined : `must be ${what}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PLATFORM_SETTINGS: Record<PlatformName, Record<string, SettingSpec>> = {
  catalog: {},
  databricks: {
    'registry-username': { example: 'registry-username={{secrets/ci/acr-user}}' },
    'registry-password': { example: 'registry-password={{secrets/ci/acr-password}}' },
    'oidc-client-id': { example: 'oidc-client-id=<service principal application id>' },
    'restart-running-clusters': { example: 'restart-running-clusters=true', check: oneOf('true', 'false') },
  },
  dataworks: {
    'acr-instance-id': { example: 'acr-instance-id=cri-…', required: true },
    'acr-vpc-id': { example: 'acr-vpc-id=vpc-…', required: true },
    'task-types': {
      example: 'task-types=Shell,Python',
      check: matching(/^[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*$/, 'a comma list of node types'),
    },
    accessibility: { example: 'accessibility=Private', check: oneOf('Private', 'Public') },
    'test-resource-group': { example: 'test-resource-group=Serverless_res_group_…' },
    'registry-username': { example: 'registry-username=<ACR user> (reads the hash tag before registering)' },
    'registry-password': { example: 'registry-password=<ACR password> (from secrets)' },
  },
  metaflow: {
    'config-file': { example: 'config-file=~/.metaflowconfig/config.json (or config_<profile>.json)', required: true },
  },
  zenml: {
    'zenml-version': {
      example: 'zenml-version=0.84.0 (the ZenML version in the image)',
      required: true,
      check: matching(/^\d+\.\d+\.\d+\S*$/, 'a ZenML version such as 0.84.0'),
    },
    'python-version': {
      example: 'python-version=3.11.9 (the Python version in the image)',
      required: true,
      check: matching(/^\d+\.\d+(\.\d+)?$/, 'a Python version such as 3.11.9'),
    },
    project: {
      example: 'project=default (a ZenML project name or id)',
      check: matching(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a project name or id'),
    },
    stack: { example: 'stack=<stack uuid>', check: matching(UUID, 'a stack UUID') },
    'image-keys': {
      example: 'image-keys=orchestrator,step_operator',
      check: matching(
        /^[A-Za-z0-9_.-]+(\s*,\s*[A-Za-z0-9_.-]+)*$/,
        'a comma list of image keys (<component_key> or <step>.<component_key>)',
      ),
    },
    'settings-checksum': {
      example: 'settings-checksum=<the settings checksum ZenML computes for the pipeline>',
      check: matching(/^[0-9a-f]{32,64}$/, 'lowercase hex'),
    },
  },
};

/** The settings, checked: unknown keys, missing required keys and bad values are one InputError each. */
export function checkPlatformSettings(platform: PlatformName, settings: Record<string, string>, input: string): Record<string, string> {
  const specs = PLATFORM_SETTINGS[platform];
  const known = Object.keys(specs);
  for (const key of Object.keys(settings)) {
    if (!known.includes(key)) {
      const fix = known.length > 0 ? `Known keys for ${platform}: ${known.join(', ')}` : `${platform} takes no settings`;
      throw new InputError(input, `'${key}' is not a ${platform} setting`, fix);
    }
  }
  const missing = known.filter((key) => specs[key]?.required && (settings[key] ?? '').trim() === '');
  if (missing.length > 0) {
    throw new InputError(
      input,
      `${platform} needs ${missing.join(' and ')}`,
      `Add ${missing.length === 1 ? 'the line' : 'the lines'} ${missing.map((key) => specs[key]?.example).join('; ')}`,
    );
  }
  for (const [key, value] of Object.entries(settings)) {
    const problem = specs[key]?.check?.(value.trim());
    if (problem) throw new InputError(input, `${key} '${value}' ${problem}`, `e.g. ${specs[key]?.example}`);
  }
  return settings;
}

/** A comma list setting as items, or undefined when absent. */
export function listSetting(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items && items.length > 0 ? items : undefined;
}
