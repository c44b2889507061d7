/**
 * One scratch folder per test run, removed when the run ends: TMPDIR points into it for every test
 * worker and every process a test starts (git, buildah, the CLI), so what tests leave in the
 * temporary folder (a failed test's workspace, a tool's own leftovers) goes with it instead of
 * piling up in /tmp run after run.
 *
 * Both projects list this setup, and vitest loads it once per project in the same process: the
 * folder and the count of projects using it live in the environment, which they share. The first
 * setup makes the folder; the last teardown removes it and puts TMPDIR back.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FOLDER = 'IMAGE_ACTIONS_TEST_TMPDIR';
const USERS = 'IMAGE_ACTIONS_TEST_TMPDIR_USERS';
const PREVIOUS = 'IMAGE_ACTIONS_TEST_TMPDIR_PREVIOUS';

function remove(folder: string): void {
  const rm = () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  try {
    rm();
  } catch {
    // Tests make read-only folders; without root they must be made writable to be removed.
    spawnSync('chmod', ['-R', 'u+w', folder]);
    try {
      rm();
    } catch (error) {
      // Leftovers must not turn a passing run into a failing one: say so and leave them.
      process.stderr.write(`could not remove the tests' scratch folder ${folder}: ${(error as Error).message}\n`);
    }
  }
}

export default function setup(): () => void {
  if (!process.env[FOLDER]) {
    // Short: tools put unix sockets under it (PostgreSQL), whose paths may not exceed ~100 bytes.
    const folder = mkdtempSync(path.join(tmpdir(), 'ia-test-'));
    // As /tmp is: tests run tools as other users (initdb as postgres, skopeo as nobody), which
    // must reach the folders made for them and make their own temporary files.
    chmodSync(folder, 0o1777);
    process.env[PREVIOUS] = process.env.TMPDIR ?? '';
    process.env[FOLDER] = folder;
    process.env[USERS] = '0';
    process.env.TMPDIR = folder;
  }
  process.env[USERS] = String(Number(process.env[USERS]) + 1);
  return () => {
    const left = Number(process.env[USERS]) - 1;
    process.env[USERS] = String(left);
    const folder = process.env[FOLDER];
    if (left > 0 || !folder) return;
    if (process.env[PREVIOUS]) process.env.TMPDIR = process.env[PREVIOUS];
    else delete process.env.TMPDIR;
    for (const name of [FOLDER, USERS, PREVIOUS]) delete process.env[name];
    remove(folder);
  };
}
