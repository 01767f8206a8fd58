import { defineConfig } from 'vitest/config';

/**
 * Two projects, run side by side: the unit tests (pure code, files in parallel) and the site
 * tests, which read one build of dist/ (global-setup.ts) and drive one browser at a time, so
 * their files run one after the other.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/{build,content,browser}/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
