/**
 * covers(outer, inner): whether every figure that satisfies `inner` satisfies `outer` too, as a
 * deduction's bands use it to find a band that an earlier one already takes (src/kinds/bounds.ts).
 * And the tolerance of the comparisons, relative to the figure: 1e-9 of it, at least 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { boundIsMasked, covers, satisfies } from '../../src/kinds/bounds.js';
import type { Bound, BoundOp } from '../../src/model/rubric.js';

const b = (op: BoundOp, value: number, upper?: number): Bound => ({
  op,
  value: { value },
  ...(upper !== undefined ? { upper: { value: upper } } : {}),
});
const masked: Bound = { op: 'at-least', value: { masked: '**' } };

describe('covers', () => {
  it('at least 3 covers at least 5 and more than 3, not at least 2', () => {
    expect(covers(b('at-least', 3), b('at-least', 5))).toBe(true);
    expect(covers(b('at-least', 3), b('at-least', 3))).toBe(true);
    expect(covers(b('at-least', 3), b('more-than', 3))).toBe(true);
    expect(covers(b('at-least', 3), b('at-least', 2))).toBe(false);
  });

  it('more than 3 does not cover at least 3 (3 itself), but covers more than 3 and at least 4', () => {
    expect(covers(b('more-than', 3), b('at-least', 3))).toBe(false);
    expect(covers(b('more-than', 3), b('more-than', 3))).toBe(true);
    expect(covers(b('more-than', 3), b('at-least', 4))).toBe(true);
  });

  it('at most 5 covers less than 5 and at most 4; less than 5 does not cover at most 5', () => {
    expect(covers(b('at-most', 5), b('less-than', 5))).toBe(true);
    expect(covers(b('at-most', 5), b('at-most', 4))).toBe(true);
    expect(covers(b('at-most', 5), b('at-most', 5))).toBe(true);
    expect(covers(b('less-than', 5), b('at-most', 5))).toBe(false);
    expect(covers(b('less-than', 5), b('less-than', 5))).toBe(true);
    expect(covers(b('at-most', 5), b('at-most', 6))).toBe(false);
    // Both open below: less than 10 takes in everything at most 5.
    expect(covers(b('less-than', 10), b('at-most', 5))).toBe(true);
    expect(covers(b('less-than', 10), b('less-than', 5))).toBe(true);
  });

  it('between: both ends included; a bound open on one side covers no closed range beyond it', () => {
    expect(covers(b('between', 1, 10), b('between', 2, 9))).toBe(true);
    expect(covers(b('between', 1, 10), b('between', 1, 10))).toBe(true);
    expect(covers(b('between', 1, 10), b('between', 0, 9))).toBe(false);
    expect(covers(b('between', 1, 10), b('between', 2, 11))).toBe(false);
    expect(covers(b('at-least', 1), b('between', 1, 10))).toBe(true);
    expect(covers(b('more-than', 1), b('between', 1, 10))).toBe(false);
    expect(covers(b('at-most', 10), b('between', 1, 10))).toBe(true);
    expect(covers(b('less-than', 10), b('between', 1, 10))).toBe(false);
    expect(covers(b('between', 1, 10), b('at-least', 2))).toBe(false);
    expect(covers(b('between', 1, 10), b('at-most', 9))).toBe(false);
  });

  it('opposite directions never cover each other', () => {
    expect(covers(b('at-least', 3), b('at-most', 5))).toBe(false);
    expect(covers(b('at-most', 5), b('at-least', 3))).toBe(false);
  });

  it('a masked figure covers nothing and is covered by nothing', () => {
    expect(covers(masked, b('at-least', 5))).toBe(false);
    expect(covers(b('at-least', 1), masked)).toBe(false);
    const maskedUpper: Bound = { op: 'between', value: { value: 1 }, upper: { masked: '**' } };
    expect(covers(b('at-least', 0), maskedUpper)).toBe(false);
    const maskedAtMost: Bound = { op: 'at-most', value: { masked: '**' } };
    expect(covers(maskedAtMost, maskedAtMost)).toBe(false);
    expect(boundIsMasked(maskedUpper)).toBe('**');
    expect(boundIsMasked(masked)).toBe('**');
    expect(boundIsMasked(b('between', 1, 2))).toBeUndefined();
  });

  it('a between with no upper figure (a hand-made bound) covers nothing, and does not throw', () => {
    const open: Bound = { op: 'between', value: { value: 1 } };
    expect(covers(b('at-least', 0), open)).toBe(false);
    expect(covers(open, b('between', 2, 3))).toBe(false);
  });

  it('more than 3 leaves 3 out, at least 3 takes it in: the ends decide', () => {
    expect(covers(b('more-than', 3), b('between', 3, 5))).toBe(false);
    expect(covers(b('at-least', 3), b('between', 3, 5))).toBe(true);
    expect(covers(b('less-than', 5), b('between', 3, 5))).toBe(false);
    expect(covers(b('more-than', 2), b('between', 3, 5))).toBe(true);
  });
});

describe('the tolerance of a comparison', () => {
  it('is 1e-9 of the figure: its 1e-3 at a million: 1e-7 below still reaches it, 2e-3 below does not', () => {
    expect(satisfies(1e6 - 1e-7, b('at-least', 1e6))).toBe(true);
    expect(satisfies(1e6 - 2e-3, b('at-least', 1e6))).toBe(false);
    expect(satisfies(1e6 + 1e-7, b('at-most', 1e6))).toBe(true);
    expect(satisfies(1e6 + 1e-7, b('more-than', 1e6))).toBe(false);
    expect(satisfies(1e6 - 1e-7, b('less-than', 1e6))).toBe(false);
    expect(satisfies(1e6 + 1e-7, b('between', 0, 1e6))).toBe(true);
    expect(satisfies(-1e-7, b('between', 0, 1e6))).toBe(false);
  });

  it('is at least 1e-9, also for figures below 1 and for 0', () => {
    expect(satisfies(0.5 - 5e-10, b('at-least', 0.5))).toBe(true);
    expect(satisfies(0.5 - 2e-9, b('at-least', 0.5))).toBe(false);
    expect(satisfies(-5e-10, b('at-least', 0))).toBe(true);
    expect(satisfies(5e-10, b('more-than', 0))).toBe(false);
    expect(satisfies(2e-9, b('more-than', 0))).toBe(true);
    expect(satisfies(-5e-10, b('less-than', 0))).toBe(false);
    expect(satisfies(-2e-9, b('less-than', 0))).toBe(true);
  });

  it('holds for a negative figure as for its size', () => {
    expect(satisfies(-1e6 - 1e-7, b('at-least', -1e6))).toBe(true);
    expect(satisfies(-1e6 - 2e-3, b('at-least', -1e6))).toBe(false);
  });
});
