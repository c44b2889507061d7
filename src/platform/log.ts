import * as core from '@actions/core';

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

/**
 * Replaces every known secret in `text` with `***`. Platform error bodies are quoted back to the
 * user; a server that echoes a request must not make us print a credential.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}

/** `text` ending in exactly one full stop (server messages often bring their own). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
