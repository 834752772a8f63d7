/** Bounds follow the legal wording (DOMAIN.md): 以上/不低于 include the figure, 超过/低于 exclude it. */
import { describe, expect, it } from 'vitest';
import { atLeast, clean, EPS, satisfies } from '../../src/kinds/bounds.js';
import type { Bound } from '../../src/model/rubric.js';
import { miniRubric, scoreOf, summary } from '../helpers/build.js';

const b = (op: Bound['op'], value: number, upper?: number): Bound => ({
  op,
  value: { value },
  ...(upper !== undefined ? { upper: { value: upper } } : {}),
});

describe('satisfies', () => {
  it.each([
    ['at-least', 150, 150, true],
    ['at-least', 149.99, 150, false],
    ['at-least', 150.01, 150, true],
    ['more-than', 150, 150, false],
    ['more-than', 150.01, 150, true],
    ['more-than', 149.99, 150, false],
    ['at-most', 150, 150, true],
    ['at-most', 150.01, 150, false],
    ['at-most', 149.99, 150, true],
    ['less-than', 150, 150, false],
    ['less-than', 149.99, 150, true],
    ['less-than', 150.01, 150, false],
  ] as const)('%s: %d against %d is %s', (op, v, x, ok) => {
    expect(satisfies(v, b(op, x))).toBe(ok);
  });

  it.each([
    [60, true],
    [80, true],
    [70, true],
    [59.99, false],
    [80.01, false],
  ])('between 60 and 80 includes both ends: %d is %s', (v, ok) => {
    expect(satisfies(v, b('between', 60, 80))).toBe(ok);
  });

  it('is not fooled by binary noise', () => {
    expect(satisfies(0.1 + 0.2, b('at-least', 0.3))).toBe(true);
    expect(satisfies(0.1 + 0.2, b('at-most', 0.3))).toBe(true);
    expect(satisfies(0.1 + 0.2, b('more-than', 0.3))).toBe(false);
    expect(satisfies(0.29 * 100, b('at-least', 29))).toBe(true);
    expect(satisfies(0.29 * 100, b('less-than', 29))).toBe(false);
    expect(satisfies(0.57 * 100, b('at-least', 57))).toBe(true);
    expect(satisfies(0.85, b('at-least', 85 / 100))).toBe(true);
  });

  // The tolerance is EPS of the figure (of 1 below 1), and its edge counts as equal to the figure.
  it.each([150, 0.85, 0.3])('the edge of the tolerance around %d counts as the figure itself', (x) => {
    const tol = EPS * Math.max(1, x);
    expect(atLeast(x - tol, x)).toBe(true);
    expect(satisfies(x - tol, b('at-least', x))).toBe(true);
    expect(satisfies(x + tol, b('more-than', x))).toBe(false);
    expect(satisfies(x + tol, b('at-most', x))).toBe(true);
    expect(satisfies(x - tol, b('less-than', x))).toBe(false);
    expect(satisfies(x - tol, b('between', x, 2 * x))).toBe(true);
    const hi = 2 * x;
    expect(satisfies(hi + EPS * Math.max(1, hi), b('between', x, hi))).toBe(true);
  });

  it('beyond the tolerance a figure is a different figure', () => {
    expect(atLeast(150 - 1e-6, 150)).toBe(false);
    expect(satisfies(150 + 1e-6, b('more-than', 150))).toBe(true);
    expect(satisfies(150 - 1e-6, b('less-than', 150))).toBe(true);
    expect(satisfies(0.5 - 2e-9, b('at-least', 0.5))).toBe(false);
  });

  it('scales the figure (ratios)', () => {
    expect(satisfies(900, b('at-least', 30), 3000 / 100)).toBe(true);
    expect(satisfies(899.99, b('at-least', 30), 3000 / 100)).toBe(false);
    expect(satisfies(899.7, b('at-least', 30), 2999 / 100)).toBe(true);
  });

  it('clean rounds away noise only', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(12 * 0.66)).toBe(7.92);
    expect(clean(1 / 3)).toBeCloseTo(0.333333, 6);
  });
});

describe('bounds in rubrics, by the legal wording', () => {
  const metrics = `
    area: { type: area }
    rate: { type: rate }`;
  const scoreWith = (bound: string, value: unknown, metric = 'area') =>
    summary(
      scoreOf(
        miniRubric({
          metrics,
          criteria: `- { id: c, kind: threshold, metric: ${metric}, ${bound}, points: 10 }`,
        }),
        { [metric]: value },
      ),
      'c',
    );

  it('150 m² meets "150平方米以上" (at-least) but not "超过150平方米" (more-than)', () => {
    expect(scoreWith('at-least: 150 m2', '150平方米')).toMatchObject({ status: 'met', earned: 10 });
    expect(scoreWith('more-than: 150平方米', '150 ㎡')).toMatchObject({
      status: 'unmet',
      earned: 0,
      codes: ['shortfall.not-above'],
    });
    expect(scoreWith('more-than: 150', 150.5)).toMatchObject({ status: 'met', earned: 10 });
  });

  it('at-most (以内/以下) includes the figure; less-than (低于/不满) does not', () => {
    expect(scoreWith('at-most: 150', 150)).toMatchObject({ status: 'met' });
    expect(scoreWith('at-most: 150', 150.5)).toMatchObject({ status: 'unmet', codes: ['shortfall.above'] });
    expect(scoreWith('less-than: 150', 150)).toMatchObject({
      status: 'unmet',
      codes: ['shortfall.not-below'],
    });
    expect(scoreWith('less-than: 150', 149.5)).toMatchObject({ status: 'met' });
  });

  it('between includes both ends', () => {
    expect(scoreWith("between: ['150 m2', 300]", 150)).toMatchObject({ status: 'met' });
    expect(scoreWith("between: ['150 m2', 300]", '300平方米')).toMatchObject({ status: 'met' });
    expect(scoreWith("between: ['150 m2', 300]", 300.5)).toMatchObject({
      status: 'unmet',
      codes: ['shortfall.outside'],
    });
    expect(scoreWith("between: ['150 m2', 300]", 149)).toMatchObject({ status: 'unmet' });
  });

  it.each([
    ['at-least: 85%', '85%', 'met'],
    ['at-least: 85%', '0.85', 'met'],
    ['at-least: 0.85', '85%', 'met'],
    ['at-least: 0.85', 0.85, 'met'],
    ['at-least: 85%', '84.9%', 'unmet'],
    ['more-than: 85%', '0.85', 'unmet'],
    ['more-than: 85%', '85.1%', 'met'],
    ['at-most: 29%', '0.29', 'met'],
    ['less-than: 29%', '29%', 'unmet'],
    ['at-least: 57%', '0.57', 'met'],
    ['at-least: 100%', '100%', 'met'],
    ["between: ['60%', 0.8]", '80%', 'met'],
    ["between: ['60%', 0.8]", '0.6', 'met'],
  ])('rate %s with %j is %s', (bound, v, status) => {
    expect(scoreWith(bound, v, 'rate').status).toBe(status);
  });
});
