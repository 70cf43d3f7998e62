// Mutation testing of the core (`npm run test:mutation`, Node 22+): Stryker changes the code one small
// way at a time and checks that some unit test fails. MUTATE narrows it, e.g.
// `MUTATE=src/core/rules/dp031-vote-invalid.ts npm run test:mutation`. What is left out and why, and the
// measured cost: bench/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: process.env.MUTATE ? process.env.MUTATE.split(',') : ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // The dry run of the whole core records which of ~1,600 tests covers which of ~6,000 mutants: near
  // Node's default 4 GB heap, over it at times.
  testRunnerNodeArgs: ['--max-old-space-size=8192'],
  timeoutMS: 5_000,
  // Static mutants (initialisers run once at module load, such as each rule's code and description) would
  // each need the whole suite; they are not tested and not counted.
  ignoreStatic: true,
  disableTypeChecks: 'src/core/**/*.ts',
  incremental: true,
  // The committed baseline; a run narrowed by MUTATE keeps its own, since a report holds only the files
  // its run mutated and would drop the others from the baseline.
  incrementalFile: process.env.STRYKER_INCREMENTAL_FILE ?? (process.env.MUTATE ? 'reports/stryker-incremental-narrowed.json' : 'bench/stryker-incremental.json'),
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
