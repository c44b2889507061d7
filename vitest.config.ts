import { defineConfig } from 'vitest/config';

// Two projects: `unit` (in-process, no external tools: inputs, decisions, rendering, contract tests
// against in-process servers) and `integration` (real git, registry, buildah, skopeo, the catalog
// server, and the runner-faithful dist/ harness). Files ending in `.integration.test.ts` are the
// second kind. `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start registries and builders; two cores do not take more.
    maxWorkers: 2,
    // Its dist imports JSON without an import attribute; let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/generated/**', 'src/**/*.generated.ts'],
      reporter: ['text-summary'],
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.integration.test.ts'],
          globalSetup: ['test/harness/scratch-tmp.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts'],
          globalSetup: ['test/harness/scratch-tmp.ts', 'test/harness/global-setup.ts'],
        },
      },
    ],
  },
});
