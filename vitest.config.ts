import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup/fail-on-logged-errors.ts'],
    testTimeout: 20_000,
  },
});
