// Mutation testing of the engine and the criterion kinds: `npm run mutate` (slow: about an hour on
// one core; not part of CI). The score goes in the note and README; aim ≥ 90%. On a shared
// machine try one file at a time, with its own incremental file so a second run only tries again
// what a new test could kill:
//   npx stryker run --mutate src/kinds/bounds.ts --incrementalFile reports/inc-bounds.json
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // `related`: each run starts only the test files that import the mutated file (vitest related).
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: ['src/engine/**/*.ts', 'src/kinds/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A mutant of a module-level constant (a zod schema, a table) is "static": every test covers it,
  // so each costs a whole run of the set (~20 s on two busy cores against ~2 s). They are left
  // out: the verdict arithmetic lives in functions.
  ignoreStatic: true,
  // Results are kept in reports/ and reused on the next run for code and tests that did not change,
  // so a second run after a new test only tries again what that test could kill.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // One test process: the machine's two cores are shared.
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 20_000,
};
