/**
 * validate's config file (the `config` input): a default profile, severity overrides, and
 * per-file profiles and overrides by glob. Checked with a JSON Schema (ajv); every mistake comes
 * back with its line, so the user can find it.
 *
 * ```yaml
 * profile: databricks            # default profile (else the `profile` input)
 * rules:                         # for every file: error | warning | info | off
 *   DL3008: off
 *   SC2086: info
 * files:                         # later entries win over earlier ones
 *   - match: images/dataworks/** # globs, relative to the workspace (one or a list)
 *     profile: dataworks
 *     rules: { DL3059: off }
 * ```
 */
import { Ajv } from 'ajv';
import { LineCounter, parseDocument, isNode, type Node as YamlNode } from 'yaml';
import { PROFILE_NAMES, type ProfileName } from './rule-catalog.js';
import { isKnownRule, type RuleSetting } from './lint.js';
import { globToRegExp } from '../glob.js';

export interface ValidateConfig {
  profile?: ProfileName;
  rules: Record<string, RuleSetting>;
  files: Array<{ match: string[]; profile?: ProfileName; rules: Record<string, RuleSetting> }>;
}

export interface FileSettings {
  profile: ProfileName;
  overrides: Record<string, RuleSetting>;
}

const SETTING = { enum: ['error', 'warning', 'info', 'off'] } as const;
const rules = { type: 'object', additionalProperties: SETTING } as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    profile: { enum: [...PROFILE_NAMES] },
    rules,
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['match'],
        additionalProperties: false,
        properties: {
          match: {
            oneOf: [
              { type: 'string', minLength: 1 },
              { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            ],
          },
          profile: { enum: [...PROFILE_NAMES] },
          rules,
        },
      },
    },
  },
} as const;

const validateSchema = new Ajv({ allErrors: true, strict: true }).compile(configSchema);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ConfigError';
  }
}

type RawConfig = {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  files?: Array<{ match: string | string[]; profile?: ProfileName; rules?: Record<string, RuleSetting> }>;
};

/** Parses and checks a config file; throws ConfigError with `line N: …` problems. */
export function parseConfig(text: string): ValidateConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (document.errors.length > 0)
    throw new ConfigError(document.errors.map((e) => `line ${lineOf(e.pos[0])}: ${e.message.split('\n')[0]}`));
  const value = (document.toJS() ?? {}) as unknown;
  const nodeLine = (pointer: string): number => {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const node = document.getIn(keys, true);
    return lineOf(isNode(node) ? (node as YamlNode).range?.[0] : undefined);
  };
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(['line 1: the config must be a mapping (profile, rules, files)']);
  if (!validateSchema(value)) {
    for (const error of validateSchema.errors ?? []) {
      if (error.keyword === 'oneOf') continue;
      const where = error.instancePath || '/';
      let detail = error.message ?? 'is invalid';
      if (error.keyword === 'additionalProperties') detail = `has an unknown field '${String(error.params.additionalProperty)}'`;
      if (error.keyword === 'enum') detail = `must be one of: ${(error.params.allowedValues as string[]).join(', ')}`;
      const line =
        error.keyword === 'additionalProperties'
          ? nodeLine(`${error.instancePath}/${String(error.params.additionalProperty)}`)
          : nodeLine(error.instancePath);
      problems.push(`line ${line}: ${where} ${detail}`);
    }
  }
  const raw = value as RawConfig;
  const checkRules = (record: Record<string, unknown> | undefined, pointer: string) => {
    for (const id of Object.keys(record ?? {})) {
      if (!isKnownRule(id)) problems.push(`line ${nodeLine(`${pointer}/${id}`)}: unknown rule '${id}' (see the rules table in the README)`);
    }
  };
  checkRules(raw.rules, '/rules');
  (raw.files ?? []).forEach((entry, i) => checkRules(entry?.rules, `/files/${i}/rules`));
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return {
    ...(raw.profile ? { profile: raw.profile } : {}),
    rules: { ...raw.rules },
    files: (raw.files ?? []).map((entry) => ({
      match: Array.isArray(entry.match) ? entry.match : [entry.match],
      ...(entry.profile ? { profile: entry.profile } : {}),
      rules: { ...entry.rules },
    })),
  };
}

const COMPILED = new Map<string, RegExp>();
function compiled(glob: string): RegExp {
  let expression = COMPILED.get(glob);
  if (!expression) COMPILED.set(glob, (expression = globToRegExp(glob)));
  return expression;
}

/** The profile and overrides for one file (workspace-relative, `/`-separated): input, then config, then matching entries in order. */
export function settingsFor(config: ValidateConfig | undefined, file: string, defaultProfile: ProfileName): FileSettings {
  let profile = config?.profile ?? defaultProfile;
  const overrides: Record<string, RuleSetting> = { ...config?.rules };
  for (const entry of config?.files ?? []) {
    if (!entry.match.some((glob) => compiled(glob).test(file))) continue;
    if (entry.profile) profile = entry.profile;
    Object.assign(overrides, entry.rules);
  }
  return { profile, overrides };
}
