import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium. One browser at a
// time: the machine has two cores and Chromium is heavy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
