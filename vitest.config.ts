import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start registries and builders; two cores do not take more.
    maxWorkers: 2,
    // Its dist imports JSON without an import attribute; let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
