import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.ts'],
    setupFiles: ['tests/setup/fake-indexeddb.ts', 'tests/setup/fast-check.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
