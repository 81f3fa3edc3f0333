import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and integration tests: colocated *.test.ts(x). Files that need a DOM
// declare `// @vitest-environment happy-dom` at the top.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['{utils,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
