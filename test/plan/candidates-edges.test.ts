/**
 * The priced fixes at their edges (src/engine/plan/candidates.ts), by hand: a value exactly at a
 * bound needs no fix (an area at 150.5 ㎡ meets "at least 150.5"), a masked end of a range asks
 * nothing, a facility asked a count and an area, a metric the rubric does not define, and
 * applyFixes on values that are no numbers. Written for the mutants the first tests left alive.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, candidates, type FixOption } from '../../src/engine/plan/candidates.js';
import type { Prices, Way } from '../../src/model/costs.js';
import { assessmentOf, miniRubric } from '../helpers/build.js';

const way = (fixed: number, perUnit: number, months = 1, also: string[] = []): Way => ({
  way: 'build',
  fixed,
  perUnit,
  months,
  also,
});

const rubric = miniRubric({
  metrics: `
    ea: { type: area }
    eb: { type: area }
    ec: { type: area }
    ed: { type: area }
    mr: { type: rate }
    ml: { type: rate }
    w: { type: area }
    hh: { type: count }`,
  facilities: `
    hall: {}
    room: {}`,
  criteria: `
    - { id: ea1, kind: threshold, metric: ea, at-least: 150.5, points: 1 }
    - { id: eb1, kind: threshold, metric: eb, at-most: 10.5, points: 1 }
    - { id: ec1, kind: threshold, metric: ec, between: [100.5, 150.5], points: 1 }
    - { id: ed1, kind: threshold, metric: ed, at-least: 100.0000000001, points: 1 }
    - { id: mr1, kind: threshold, metric: mr, between: ['**', 60%], points: 1 }
    - { id: ml1, kind: threshold, metric: ml, at-least: '**', points: 1 }
    - { id: w1, kind: ratio, metric: w, per: { metric: hh, every: 100 }, between: [20, 30], points: 1 }
    - { id: fac, kind: checklist, points: 1, items: [{ facility: hall, min-area: 100 }, { facility: room, min-count: 2, min-area: 50 }] }`,
});

const all: Prices = {
  metrics: Object.fromEntries(['ea', 'eb', 'ec', 'ed', 'mr', 'ml', 'w', 'gone'].map((m) => [m, [way(0, 1)]])),
  facilities: { hall: [way(5000, 20)], room: [way(800, 10)] },
};
/** The facilities every criterion asks for, so that only the metrics' fixes are left. */
const ENOUGH = [
  { kind: 'hall', area: 100 },
  { kind: 'room', count: 2, area: 50 },
];
const keys = (
  metrics: Record<string, unknown>,
  facilities: { kind: string; area?: number; count?: number }[] = ENOUGH,
) => candidates(rubric, assessmentOf(rubric, metrics, facilities), all).map((f) => [f.key, f.to]);

describe('candidates: a value at a bound is no fix', () => {
  it('at least, at most and both ends of a range, each met exactly by a value that is not whole', () => {
    // 150.5 ㎡ is at least 150.5 (rounding up would offer 151); 10.5 is at most 10.5 (10 would be
    // offered); 100.5 and 150.5 are inside [100.5, 150.5] (101 or 150 would be).
    expect(keys({ ea: 150.5, eb: 10.5, ec: 100.5 })).toEqual([]);
    expect(keys({ ec: 150.5 })).toEqual([]);
    // Just past them, the whole ㎡ that meets each.
    expect(keys({ ea: 150.4, eb: 10.6, ec: 150.6 })).toEqual([
      ['m:ea', 151],
      ['m:eb', 10],
      ['m:ec', 150],
    ]);
  });

  it('a value within a billionth of a bound: the whole ㎡ it rounds to is itself, no fix', () => {
    // At least 100.0000000001 from 100: rounding up (less 1e-9) gives 100, the value it has.
    expect(keys({ ed: 100 })).toEqual([]);
    expect(keys({ ed: 99 })).toEqual([['m:ed', 100]]);
  });

  it('a ratio inside its range, scaled by the households, is no fix', () => {
    // 500 households: 20–30 ㎡ per 100 is 100–150 ㎡; 100 ㎡ is inside (the upper end is 150, not 30 / 5).
    expect(keys({ w: 100, hh: 500 })).toEqual([]);
    expect(keys({ w: 151, hh: 500 })).toEqual([['m:w', 150]]);
  });

  it('a masked end asks nothing: neither the range nor the bound offers a fix', () => {
    // Between ** and 60% from 70%: the lower end unknown, no fix (not 60%). At least ** from 10%: none.
    expect(keys({ mr: '70%', ml: '10%' })).toEqual([]);
  });

  it('a metric the rubric does not define is no fix, even when the assessment carries it', () => {
    const a = assessmentOf(rubric, { ea: 150.5 }, ENOUGH);
    const carried = { ...a, metrics: { ...a.metrics, gone: 3 } };
    expect(candidates(rubric, carried, all)).toEqual([]);
  });
});

describe('candidates: a facility asked a count and an area', () => {
  it('one more room of two, with the area still missing bought per ㎡; an enlarged hall', () => {
    const fs = candidates(
      rubric,
      assessmentOf(rubric, {}, [
        { kind: 'hall', area: 60 },
        { kind: 'room', count: 1, area: 30 },
      ]),
      all,
    );
    expect(fs.map((f) => [f.key, f.target, f.unit, f.from, f.to, f.amount, f.cost])).toEqual([
      // The hall is there, 60 of 100 ㎡: 40 ㎡ at 20.
      ['f:hall', { facility: 'hall' }, 'area', 60, 100, 40, 800],
      // One room more (800) and the 20 ㎡ short of 50 at 10 each: 1000.
      ['f:room', { facility: 'room' }, 'count', 1, 2, 20, 1000],
    ]);
  });

  it('a hall of exactly the area asked and rooms enough: no fix', () => {
    expect(
      keys({}, [
        { kind: 'hall', area: 100 },
        { kind: 'room', count: 2, area: 50 },
      ]),
    ).toEqual([]);
    // A room of 49 ㎡ is short by one: its area is enlarged (no room added).
    expect(
      keys({}, [
        { kind: 'hall', area: 100 },
        { kind: 'room', count: 2, area: 49 },
      ]),
    ).toEqual([['f:room', 50]]);
  });
});

describe('applyFixes: values that are no numbers', () => {
  const a = assessmentOf(rubric, { ea: 100, ec: 12 });
  const fix = (f: Partial<FixOption>): FixOption =>
    ({
      key: 'k',
      target: { metric: 'ea' },
      way: way(0, 0),
      to: 0,
      unit: 'area',
      amount: 0,
      cost: 0,
      months: 0,
      ...f,
    }) as FixOption;

  it('a fix to a value that is no number sets it and moves no other metric, even from a number', () => {
    const fixed = applyFixes(a, [
      fix({ target: { metric: 'ec' }, from: 0, to: true, way: way(0, 0, 1, ['ea']) }),
    ]);
    expect([fixed.metrics.ec, fixed.metrics.ea]).toEqual([true, 100]);
  });

  it('a metric a way moves that was not reported stays not reported', () => {
    const fixed = applyFixes(a, [fix({ from: 100, to: 151, way: way(0, 0, 1, ['mr']) })]);
    expect(fixed.metrics.ea).toBe(151);
    expect('mr' in fixed.metrics).toBe(false);
  });

  it('a facility added without area bought and none before has no area key at all', () => {
    const added = applyFixes(a, [
      fix({ target: { facility: 'room' }, unit: 'count', from: 0, to: 2, amount: 0 }),
    ]);
    expect(added.facilities).toStrictEqual({ room: { count: 2 } });
  });
});
