/**
 * Cycle weights as a district writes them: any weight above 1 means every weight is a percentage,
 * so `--weights 1,25,74` is 1% + 25% + 74%, never 1 (100%) + 25% + 74%; `1,0,0` is fractions.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWeights } from '../../src/engine/trend.js';
import { runCli } from '../helpers/run-cli.js';

const trendJson = (weights: string) =>
  runCli(['trend', 'examples/trend', '--weights', weights, '--as-of', '2006-12-31', '--format', 'json']);

describe('cycle weights', () => {
  it('reads 1,25,74 as percentages, a weight of 1 among them as 1%', () => {
    expect(normalizeWeights([1, 25, 74])).toEqual({ weights: [0.01, 0.25, 0.74], sum: 1 });
    const r = trendJson('1,25,74');
    expect(r.code, r.stderr).not.toBe(2);
    expect(JSON.parse(r.stdout).tables[0].cycle.weights).toEqual([0.01, 0.25, 0.74]);
  });

  it('reads 1,0,0 as fractions: all the weight on the oldest year', () => {
    expect(normalizeWeights([1, 0, 0])).toEqual({ weights: [1, 0, 0], sum: 1 });
    const r = trendJson('1,0,0');
    expect(r.code, r.stderr).not.toBe(2);
    expect(JSON.parse(r.stdout).tables[0].cycle.weights).toEqual([1, 0, 0]);
  });
});
