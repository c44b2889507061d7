/**
 * When the fast path may skip `git config`: only when no configuration file git reads mentions a
 * setting it needs (or an include), and no GIT_CONFIG_* variable adds settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { settingsAtDefaults } from '../../src/git/config-files.js';
import { makeTempDir } from '../support/git-repo.js';

function layout() {
  const home = makeTempDir('home-');
  const gitDir = path.join(makeTempDir('repo-'), '.git');
  mkdirSync(gitDir);
  writeFileSync(path.join(gitDir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = false\n');
  // PATH without git: only the fixed system files are looked at (none of them is written here).
  const env = { HOME: home, PATH: '' };
  return { home, dirs: { gitDir, commonDir: gitDir }, env };
}

describe('settingsAtDefaults', () => {
  test('no file mentions a setting: git need not be asked', () => {
    const { dirs, env } = layout();
    expect(settingsAtDefaults(dirs, env, 'linux')).toBe(true);
  });

  test.each([
    ['the repository config', (l: ReturnType<typeof layout>) => path.join(l.dirs.commonDir, 'config'), '[core]\n\tautocrlf = true\n'],
    [
      'the worktree config',
      (l: ReturnType<typeof layout>) => path.join(l.dirs.gitDir, 'config.worktree'),
      '[core]\n\tattributesFile = ~/a\n',
    ],
    ['~/.gitconfig', (l: ReturnType<typeof layout>) => path.join(l.home, '.gitconfig'), '[include]\n\tpath = more.inc\n'],
    ['~/.config/git/config', (l: ReturnType<typeof layout>) => path.join(l.home, '.config', 'git', 'config'), '# AutoCRLF is off\n'],
    [
      'the repository config, sha256',
      (l: ReturnType<typeof layout>) => path.join(l.dirs.commonDir, 'config'),
      '[extensions]\n\tobjectFormat = sha256\n',
    ],
  ])('a mention in %s: git is asked', (_name, file, text) => {
    const l = layout();
    mkdirSync(path.dirname(file(l)), { recursive: true });
    writeFileSync(file(l), text);
    expect(settingsAtDefaults(l.dirs, l.env, 'linux')).toBe(false);
  });

  test('the system file of a git built with its own prefix (found on PATH)', () => {
    const l = layout();
    const prefix = makeTempDir('git-prefix-');
    mkdirSync(path.join(prefix, 'bin'));
    mkdirSync(path.join(prefix, 'etc'));
    writeFileSync(path.join(prefix, 'bin', 'git'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { ...l.env, PATH: path.join(prefix, 'bin') };
    expect(settingsAtDefaults(l.dirs, env, 'linux')).toBe(true);
    writeFileSync(path.join(prefix, 'etc', 'gitconfig'), '[core]\n\tautocrlf = input\n');
    expect(settingsAtDefaults(l.dirs, env, 'linux')).toBe(false);
  });

  test.each([['GIT_CONFIG_COUNT'], ['GIT_CONFIG_PARAMETERS'], ['GIT_CONFIG_GLOBAL']])('%s set: git is asked', (variable) => {
    const { dirs, env } = layout();
    expect(settingsAtDefaults(dirs, { ...env, [variable]: '1' }, 'linux')).toBe(false);
  });

  test('a config file that cannot be read (a folder there): git is asked', () => {
    const l = layout();
    mkdirSync(path.join(l.home, '.gitconfig'));
    expect(settingsAtDefaults(l.dirs, l.env, 'linux')).toBe(false); // EISDIR: cannot tell
  });

  test('not on Linux: git is always asked', () => {
    const { dirs, env } = layout();
    expect(settingsAtDefaults(dirs, env, 'darwin')).toBe(false);
  });
});
