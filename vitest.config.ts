import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/content/**/*.test.ts', 'tests/popup/**/*.test.ts'],
        },
      },
      {
        test: {
          // The accuracy evaluation on annotated pages (jsdom parses them; the engine is core's).
          name: 'eval',
          environment: 'jsdom',
          include: ['tests/eval/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Real browsers: one file at a time on a 2-core machine, generous timeouts.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
