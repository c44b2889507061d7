/** Real git repositories for tests, driven with argv arrays. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const identity = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...identity, GIT_CONFIG_NOSYSTEM: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export function makeTempDir(prefix = 'ia-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** A new repository on branch `main` holding `files`, committed at `date` (ISO, fixed by default). */
export function initRepo(files: Record<string, string | Buffer> = {}, dir = makeTempDir('repo-')): string {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', identity.GIT_AUTHOR_NAME]);
  git(dir, ['config', 'user.email', identity.GIT_AUTHOR_EMAIL]);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  writeTree(dir, files);
  if (Object.keys(files).length > 0) commitAll(dir, 'initial');
  return dir;
}

/** Stages everything and commits; returns the new commit's full SHA. */
export function commitAll(dir: string, message: string, date = '2026-01-02T03:04:05Z'): string {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return git(dir, ['rev-parse', 'HEAD']);
}
