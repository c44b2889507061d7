import type { ActionRun } from './action-command.js';

/** Every action the CLI can run, by the name of its folder under actions/. */
export const actionRuns: Record<string, () => Promise<ActionRun>> = {
  'git-state': async () => (await import('../actions/git-state/main.js')).run,
  hash: async () => (await import('../actions/hash/main.js')).run,
  build: async () => (await import('../actions/build/main.js')).run,
  register: async () => (await import('../actions/register/main.js')).run,
  validate: async () => (await import('../actions/validate/main.js')).run,
  promote: async () => (await import('../actions/promote/main.js')).run,
};

/** Commands that are not actions: name → handler taking the remaining argv, returning an exit code. */
export const extraCommands: Record<string, { usage: string; run: (args: string[]) => Promise<number> }> = {
  explain: {
    usage: 'A.json B.json — why two build definitions (hash manifest-file) differ',
    run: async (args) => (await import('./explain.js')).explainCommand(args),
  },
  plan: {
    usage:
      '--file images.yaml [--insecure-registries host:port,…] — GitHub matrix JSON of the images whose hash tag is missing, plus the reused ones',
    run: async (args) => (await import('./plan.js')).planCommand(args),
  },
  render: {
    usage:
      'SPEC [--context-dir DIR] — the Dockerfile an image spec (image.yaml, or images.yaml#name) renders to; --context-dir writes the rendered context',
    run: async (args) => (await import('./render.js')).renderCommand(args),
  },
  catalog: {
    usage:
      'serve --db FILE|postgres://… [--host H] [--port P] [--rate-limit 20/s] [--pool-size N] | openapi — reference catalog server (CATALOG_TOKENS and/or GitHub OIDC)',
    run: async (args) => (await import('./catalog.js')).catalogCommand(args),
  },
};
