// Mutation testing of the core (`npm run test:mutation`, Node 22+): Stryker changes the code one small
// way at a time and checks that some unit test fails. MUTATE narrows it, e.g.
// `MUTATE=src/core/rules/dp031-vote-invalid.ts npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: process.env.MUTATE ? process.env.MUTATE.split(',') : ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 5_000,
  ignoreStatic: true,
  disableTypeChecks: 'src/core/**/*.ts',
  incremental: true,
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? 'bench/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
