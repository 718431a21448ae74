// The core package's tests on their own (used by Stryker; the root config runs every project).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'core', root: import.meta.dirname, environment: 'node', include: ['src/**/*.test.ts'] },
});
