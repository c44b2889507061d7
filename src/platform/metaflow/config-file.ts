/**
 * Updating keys of a Metaflow config file (`config.json` or `config_<profile>.json`: one JSON
 * object of `METAFLOW_*` keys, read by `metaflow_config_funcs.py` `init_config`) without losing
 * anything else in it.
 *
 * Read, change, write atomically (runtime/atomic-file.ts: readers see the old file or the new
 * one, never half), under a lock file beside it so two writers at once cannot lose each other's
 * keys. The file keeps its key order and its permissions; a file that is not a JSON object is
 * refused and left as it is.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { StepError } from '../../core/errors.js';
import { writeFileAtomically } from '../../runtime/atomic-file.js';

export interface LockSeams {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const realLockSeams: LockSeams = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

const LOCK_WAIT_MS = 30_000;
/** A lock older than this was left by a writer that died; it is taken over. */
const STALE_LOCK_MS = 120_000;

export interface ConfigUpdate {
  /** Whether the file changed (false: it already held these values). */
  changed: boolean;
  /** The whole config after the update. */
  config: Record<string, unknown>;
}

function readConfig(file: string): { config: Record<string, unknown>; mode?: number } {
  let text: string;
  let mode: number | undefined;
  try {
    text = readFileSync(file, 'utf8');
    mode = statSync(file).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    throw new StepError(`Cannot read the Metaflow config ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new StepError(`The Metaflow config ${file} is not valid JSON (${(error as Error).message}); it was left as it is.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new StepError(`The Metaflow config ${file} is not a JSON object of METAFLOW_* keys; it was left as it is.`);
  }
  return { config: parsed as Record<string, unknown>, ...(mode !== undefined ? { mode } : {}) };
}

async function withLock<T>(file: string, seams: LockSeams, work: () => T): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = seams.now() + LOCK_WAIT_MS;
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
      } catch {
        // Released meanwhile.
      }
      if (seams.now() >= deadline) {
        throw new StepError(`Another writer holds ${lock} for more than ${LOCK_WAIT_MS / 1000} s; remove it if no other step is running.`);
      }
      await seams.sleep(20 + Math.floor(Math.random() * 30));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Sets `values` in the config file, keeping every other key (and the key order). */
export async function updateConfigFile(
  file: string,
  values: Record<string, string>,
  seams: LockSeams = realLockSeams,
): Promise<ConfigUpdate> {
  return withLock(file, seams, () => {
    const { config, mode } = readConfig(file);
    const changed = Object.entries(values).some(([key, value]) => config[key] !== value);
    if (!changed) return { changed: false, config };
    const updated: Record<string, unknown> = { ...config, ...values };
    writeFileAtomically(file, `${JSON.stringify(updated, null, 4)}\n`, mode);
    return { changed: true, config: updated };
  });
}

/** The config as it is now, or an empty object when the file does not exist. */
export function readConfigFile(file: string): Record<string, unknown> {
  return readConfig(file).config;
}
