/**
 * kind.ts's own helpers: the status from points (all earned is met, none unmet, between partial,
 * within 1e-9 of either end) and an outcome with no data. Edges by hand.
 */
import { describe, expect, it } from 'vitest';
import { noData, statusOf } from '../../src/kinds/kind.js';

describe('statusOf', () => {
  it.each([
    [10, 10, 'met'],
    [10 - 1e-9, 10, 'met'],
    [10 - 1e-8, 10, 'partial'],
    [11, 10, 'met'],
    [5, 10, 'partial'],
    [1e-8, 10, 'partial'],
    [1e-9, 10, 'unmet'],
    [0, 10, 'unmet'],
    [-1, 10, 'unmet'],
    // Nothing to earn and nothing earned: all of it, met.
    [0, 0, 'met'],
  ] as const)('%d of %d is %s', (earned, possible, status) => {
    expect(statusOf(earned, possible)).toBe(status);
  });
});

describe('noData', () => {
  it('earns 0, with the shortfalls as given', () => {
    const s = [{ code: 'shortfall.no-data', params: { metric: 'm' } }] as const;
    expect(noData([...s])).toEqual({ status: 'no-data', earned: 0, shortfalls: [...s] });
  });
});
