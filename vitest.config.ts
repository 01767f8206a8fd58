import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser and build tests share one dist/ and one Chromium: keep files in one worker at a time.
    fileParallelism: false,
  },
});
