/**
 * Cycle weights to fractions (src/engine/trend.ts normalizeWeights), in the unit tests StrykerJS
 * runs (test/trend/weights.test.ts also runs the CLI, which the mutation run cannot): a weight
 * above 1 makes every weight a percentage, so 1,25,74 is 1% + 25% + 74%; 1,0,0 and a lone 1 are
 * fractions already.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWeights } from '../../src/engine/trend.js';

describe('normalizeWeights', () => {
  it('1,25,74: percentages, the 1 among them 1%', () => {
    expect(normalizeWeights([1, 25, 74])).toEqual({ weights: [0.01, 0.25, 0.74], sum: 1 });
  });

  it('1,0,0 and 1: fractions, all the weight on one year', () => {
    expect(normalizeWeights([1, 0, 0])).toEqual({ weights: [1, 0, 0], sum: 1 });
    expect(normalizeWeights([1])).toEqual({ weights: [1], sum: 1 });
  });

  it('a sum that is not 100% is given as it is, for the caller to refuse', () => {
    expect(normalizeWeights([15, 25, 50])).toEqual({ weights: [0.15, 0.25, 0.5], sum: 0.9 });
    expect(normalizeWeights([0.2, 0.2])).toEqual({ weights: [0.2, 0.2], sum: 0.4 });
  });
});
