// Mutation testing of the engine and the criterion kinds: `npm run mutate` (slow: minutes per
// core; not part of CI). The score goes in the note; aim ≥ 90%. To try one folder:
// `npx stryker run --mutate 'src/kinds/**/*.ts'`.
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/engine/**/*.ts', 'src/kinds/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 20_000,
};
