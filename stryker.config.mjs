// Mutation testing of the clinical rules (issues 2 and 3): `pnpm mutation`; the score must be ≥ 80%.
// One proforma at a time on a busy machine (results in docs/mutation.md), e.g.
//   pnpm exec stryker run stryker.config.mjs --concurrency 1 \
//     --mutate 'packages/core/src/proformas/cse/rules*.ts,packages/core/src/proformas/cse/derived*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // STRYKER_VITEST_DIR (e.g. src/proformas/fgm, relative to packages/core) runs only that folder's
  // tests: a faster, conservative measure (kills by the engine's and documents' tests not counted).
  vitest: {
    configFile: 'packages/core/vitest.config.ts',
    related: false,
    ...(process.env.STRYKER_VITEST_DIR ? { dir: process.env.STRYKER_VITEST_DIR } : {}),
  },
  mutate: [
    'packages/core/src/proformas/*/rules*.ts',
    'packages/core/src/proformas/*/clauses*.ts',
    'packages/core/src/proformas/*/derived*.ts',
    '!packages/core/src/**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) need a full reload and every test per mutant: most of
  // the run time for few mutants. The rules' behaviour is in functions, which stay mutated.
  ignoreStatic: true,
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 20000,
};
