/**
 * read.ts on its own: reading a metric (a value, unreadable, absent, not a number), the shortfall
 * of a value against each kind of bound (in the metric's unit, scaled when asked), and a facility
 * condition (absent, too few, area unknown, too small). Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  boundShortfall,
  facilityShortfall,
  maskedShortfall,
  readMetric,
  readNumber,
} from '../../src/kinds/read.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';

const a = {
  entity: { id: 'c1', name: 'c1' },
  metrics: { n: 7, f: true },
  unreadable: { bad: 'value.not-a-number' },
  facilities: {
    room: { count: 2, area: 30.1 + 0.2 },
    shed: { count: 1 },
    none: { count: 0 },
  },
} as unknown as Assessment;
const rubric = { metrics: { n: { type: 'count' } } } as unknown as Rubric;
const b = (op: Bound['op'], value: number, upper?: number): Bound =>
  upper === undefined ? { op, value: { value } } : { op, value: { value }, upper: { value: upper } };

describe('readMetric and readNumber', () => {
  it('a value; an unreadable one with its problem; an absent one', () => {
    expect(readMetric(a, 'n')).toEqual({ ok: true, value: 7 });
    expect(readMetric(a, 'bad')).toEqual({
      ok: false,
      shortfall: { code: 'shortfall.unreadable', params: { metric: 'bad', problem: 'value.not-a-number' } },
    });
    expect(readMetric(a, 'zz')).toEqual({
      ok: false,
      shortfall: { code: 'shortfall.no-data', params: { metric: 'zz' } },
    });
  });

  it('a number; a value that is no number is no data', () => {
    expect(readNumber(a, 'n')).toEqual({ ok: true, value: 7 });
    expect(readNumber(a, 'f')).toEqual({
      ok: false,
      shortfall: { code: 'shortfall.no-data', params: { metric: 'f' } },
    });
    expect(readNumber(a, 'bad')).toMatchObject({ ok: false, shortfall: { code: 'shortfall.unreadable' } });
  });

  it('a masked bound says its figure; a plain one nothing', () => {
    expect(maskedShortfall({ op: 'at-least', value: { masked: '1**' } })).toEqual({
      code: 'shortfall.figure-masked',
      params: { raw: '1**' },
    });
    expect(maskedShortfall(b('at-least', 1))).toBeUndefined();
  });
});

describe('boundShortfall', () => {
  it.each([
    [
      'at-least',
      b('at-least', 10),
      { code: 'shortfall.below', params: { metric: 'n', actual: 7, needed: 10, gap: 3 } },
    ],
    [
      'more-than',
      b('more-than', 10),
      { code: 'shortfall.not-above', params: { metric: 'n', actual: 7, needed: 10 } },
    ],
    [
      'at-most',
      b('at-most', 5),
      { code: 'shortfall.above', params: { metric: 'n', actual: 7, needed: 5, gap: 2 } },
    ],
    [
      'less-than',
      b('less-than', 5),
      { code: 'shortfall.not-below', params: { metric: 'n', actual: 7, needed: 5 } },
    ],
    [
      'between',
      b('between', 1, 5),
      { code: 'shortfall.outside', params: { metric: 'n', actual: 7, low: 1, high: 5 } },
    ],
  ] as const)('%s, in the metric’s unit', (_op, bound, expected) => {
    expect(boundShortfall('n', 7, bound, rubric)).toEqual({ ...expected, unit: 'count' });
  });

  it('scaled: 10 × 3 = 30 needed, 23 short; between 1 × 3 and 5 × 3', () => {
    expect(boundShortfall('n', 7, b('at-least', 10), rubric, 3).params).toEqual({
      metric: 'n',
      actual: 7,
      needed: 30,
      gap: 23,
    });
    expect(boundShortfall('n', 7, b('between', 1, 5), rubric, 3).params).toMatchObject({ low: 3, high: 15 });
  });

  it('no unit for a metric the rubric does not type', () => {
    expect(boundShortfall('m', 0.1 + 0.2, b('at-least', 1), rubric)).toEqual({
      code: 'shortfall.below',
      params: { metric: 'm', actual: 0.1 + 0.2, needed: 1, gap: 0.7 },
    });
  });
});

describe('facilityShortfall', () => {
  it('absent, or listed with count 0: missing', () => {
    for (const f of ['zz', 'none'])
      expect(facilityShortfall(a, f, undefined)).toEqual({
        code: 'shortfall.facility-missing',
        params: { facility: f },
      });
    const noList = { ...a, facilities: undefined } as Assessment;
    expect(facilityShortfall(noList, 'room', undefined)?.code).toBe('shortfall.facility-missing');
  });

  it('too few: 2 where 3 are needed; exactly enough is met', () => {
    expect(facilityShortfall(a, 'room', undefined, 3)).toEqual({
      code: 'shortfall.facility-count',
      params: { facility: 'room', actual: 2, needed: 3 },
    });
    expect(facilityShortfall(a, 'room', undefined, 2)).toBeUndefined();
  });

  it('an area unknown; an area too small, rounded (30.3 of 40: 9.7 short); at the minimum, met', () => {
    expect(facilityShortfall(a, 'shed', 10)).toEqual({
      code: 'shortfall.facility-area-unknown',
      params: { facility: 'shed', needed: 10 },
      unit: 'area',
    });
    expect(facilityShortfall(a, 'room', 40)).toEqual({
      code: 'shortfall.facility-area',
      params: { facility: 'room', actual: 30.3, needed: 40, gap: 9.7 },
      unit: 'area',
    });
    expect(facilityShortfall(a, 'room', 30.3)).toBeUndefined();
    expect(facilityShortfall(a, 'shed', undefined)).toBeUndefined();
  });
});
