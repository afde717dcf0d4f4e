import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // a unit test that builds a 1,000-report index takes ~2 s idle and several times that on a loaded 2-core
      // machine: the timeout catches a hang, it is no performance budget (those are asserted where they are measured)
      { test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
