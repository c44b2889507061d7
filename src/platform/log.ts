import * as core from '../runtime/actions-core.js';

/**
 * Where adapters report progress and register credentials for masking. Production uses the
 * runner's log (`actionsLog`); tests pass a recorder so they can assert that no secret leaks.
 */
export interface PlatformLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Mask a credential in every later log line (`core.setSecret`). Called as soon as one is read. */
  setSecret(secret: string): void;
}

export const actionsLog: PlatformLog = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  setSecret: (secret) => core.setSecret(secret),
};

/** `text` ending in exactly one full stop (server messages often bring their own). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
