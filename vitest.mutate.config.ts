/**
 * The tests StrykerJS runs against each mutant of the engine and the kinds (stryker.config.mjs):
 * the ones that call the engine in this process. The CLI tests run the built bundle, which a
 * mutant of src/ does not change, so they could kill nothing.
 */
import { defineConfig } from 'vitest/config';

/**
 * MUTATE_TESTS (comma-separated globs) narrows the set for a run on one file, where every test
 * file that imports it somewhere below would otherwise run for each mutant (bounds.ts is imported
 * by all of them): `MUTATE_TESTS='test/engine/bounds.test.ts,test/engine/covers.test.ts' npx
 * stryker run --mutate src/kinds/bounds.ts`. A score found so is a floor: the other tests could
 * only kill more.
 */
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only?.length
      ? only
      : [
          'test/engine/**/*.test.ts',
          'test/kinds/**/*.test.ts',
          'test/model/build-rubric.test.ts',
          'test/model/interpret.test.ts',
          'test/trend/engine.test.ts',
          'test/rank/engine.test.ts',
          'test/plan/agreement.test.ts',
          'test/plan/alternatives.test.ts',
          'test/plan/two-tiers.test.ts',
        ],
    testTimeout: 60_000,
    // Not `isolate: false`, though faster: a mutant that code at a module's top level also reaches
    // (a test file's `const weights = normalizeWeights(…)`) is switched on when modules load, and
    // with modules kept between runs it never was: normalizeWeights emptied "survived".
    // The random properties with fewer runs each (FC_RUNS=20000 in a normal run still tries them hard).
    env: { FC_RUNS: process.env.FC_RUNS ?? '200' },
  },
});
