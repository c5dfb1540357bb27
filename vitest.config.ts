import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Building the records from the real articles takes seconds, more on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
