import { readFileSync } from 'node:fs';
import * as core from '../../runtime/actions-core.js';
import { InputError } from '../../core/errors.js';
import { ConfigError, parseConfig, type ValidateConfig } from '../../core/lint/config.js';
import { PROFILE_NAMES, type ProfileName, type Severity } from '../../core/lint/rule-catalog.js';
import { readBoolean, readChoice, readList, readLines, readOptional, readString } from '../../runtime/inputs.js';
import { resolveInWorkspace, workspaceRoot } from '../../runtime/workspace.js';
import path from 'node:path';

/** Every input of `validate`, read and checked before anything is written. */
export interface ValidateInputs {
  /** Globs of the files to validate; empty means the default set. */
  files: string[];
  changedOnly: boolean | 'auto';
  /** Commit to compare with; empty: the pull request's base. */
  base: string | undefined;
  profile: ProfileName;
  config: ValidateConfig | undefined;
  failOn: Severity | 'never';
  /** Absolute path to write SARIF to, if any. */
  sarifFile: string | undefined;
  comment: boolean | 'auto';
  githubToken: string;
  resolveImages: boolean;
  insecureRegistries: string[];
  explain: boolean;
}

function readAuto(name: string): boolean | 'auto' {
  const value = readString(name).toLowerCase();
  if (value === '' || value === 'auto') return 'auto';
  return readBoolean(name);
}

function readConfig(): ValidateConfig | undefined {
  const value = readOptional('config');
  if (!value) return undefined;
  const file = resolveInWorkspace('config', value);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      'config',
      `cannot read '${value}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'Give the path of the config file, relative to the workspace',
    );
  }
  try {
    return parseConfig(text);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new InputError(
      'config',
      `${value} is not valid: ${error.problems.join('; ')}`,
      'Fix the lines named (see the config format in the README)',
    );
  }
}

export function readValidateInputs(): ValidateInputs {
  // The runner expands `${{ github.token }}`; from a terminal or a test harness the default arrives as written.
  const tokenInput = readString('github-token');
  const githubToken = tokenInput.includes('${{') ? (process.env.GITHUB_TOKEN ?? '') : tokenInput;
  if (githubToken) core.setSecret(githubToken);
  const sarif = readOptional('sarif-file');
  return {
    files: readLines('files').flatMap((line) => (line.startsWith('!') ? [line] : readListOf(line))),
    changedOnly: readAuto('changed-only'),
    base: readOptional('base'),
    profile: readChoice('profile', PROFILE_NAMES),
    config: readConfig(),
    failOn: readChoice('fail-on', ['error', 'warning', 'info', 'never'] as const),
    sarifFile: sarif ? resolveInWorkspace('sarif-file', sarif, path.resolve(workspaceRoot())) : undefined,
    comment: readAuto('comment'),
    githubToken,
    resolveImages: readBoolean('resolve-images'),
    insecureRegistries: readList('insecure-registries'),
    explain: readBoolean('explain'),
  };
}

/** A line of `files` may hold several globs separated by commas. */
function readListOf(line: string): string[] {
  return line
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
