/**
 * The tests StrykerJS runs against each mutant of the engine and the kinds (stryker.config.mjs):
 * the ones that call the engine in this process. The CLI tests run the built bundle, which a
 * mutant of src/ does not change, so they could kill nothing.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/engine/**/*.test.ts',
      'test/model/build-rubric.test.ts',
      'test/model/interpret.test.ts',
      'test/trend/engine.test.ts',
      'test/rank/engine.test.ts',
    ],
    testTimeout: 60_000,
  },
});
