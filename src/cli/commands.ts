import type { ActionRun } from './action-command.js';

/** Every action the CLI can run, by the name of its folder under actions/. */
export const actionRuns: Record<string, () => Promise<ActionRun>> = {
  'git-state': async () => (await import('../actions/git-state/main.js')).run,
  hash: async () => (await import('../actions/hash/main.js')).run,
  build: async () => (await import('../actions/build/main.js')).run,
  register: async () => (await import('../actions/register/main.js')).run,
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
  catalog: {
    usage:
      'serve --db FILE [--host H] [--port P] [--rate-limit 20/s] | openapi — reference catalog server (CATALOG_TOKENS=token:scope+scope,…)',
    run: async (args) => (await import('./catalog.js')).catalogCommand(args),
  },
};
