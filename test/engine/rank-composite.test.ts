/**
 * Composites ranked like scores (src/engine/trend.ts rankComposite): highest first, equal values
 * (within the tolerance) share a rank, 1, 2, 2, 4, then by id; a community with no composite is
 * left out. By hand.
 */
import { describe, expect, it } from 'vitest';
import { type CommunityTrend, rankComposite } from '../../src/engine/trend.js';

const c = (id: string, value?: number): CommunityTrend =>
  ({ id, ...(value !== undefined ? { composite: { value, tier: null } } : {}) }) as unknown as CommunityTrend;
const ranked = (cs: CommunityTrend[]) => rankComposite(cs).map((r) => [r.rank, r.community.id]);

describe('rankComposite', () => {
  it('highest first; equal values share a rank and the next rank skips', () => {
    expect(ranked([c('d', 70), c('b', 80), c('a', 90), c('c', 80)])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [4, 'd'],
    ]);
  });

  it('ties by id in code-unit order; within the tolerance is a tie, beyond it is not', () => {
    expect(ranked([c('b', 80), c('B', 80), c('a', 80 + 1e-10), c('z', 80 - 1e-6)])).toEqual([
      [1, 'a'],
      [1, 'B'],
      [1, 'b'],
      [4, 'z'],
    ]);
  });

  it('a community with no composite is not ranked', () => {
    expect(ranked([c('a'), c('b', 50)])).toEqual([[1, 'b']]);
    expect(ranked([])).toEqual([]);
  });
});
