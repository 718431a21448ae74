// Mutation testing of the clinical rules (issue 2, point 6): `pnpm mutation`; the score must be ≥ 80%.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'packages/core/vitest.config.ts', related: false },
  mutate: [
    'packages/core/src/proformas/*/rules*.ts',
    'packages/core/src/proformas/*/clauses*.ts',
    'packages/core/src/proformas/*/derived*.ts',
    '!packages/core/src/**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 20000,
};
