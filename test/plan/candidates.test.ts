/**
 * The priced fixes open to a community (src/engine/plan/candidates.ts candidates, applyFixes), by
 * hand on a small rubric with every kind of bound: the value that first meets each bound (a count
 * or an area rounded to a whole unit, a rate or a number not), a ratio's bound scaled by the
 * community's households, flags and grades, a facility added (with the area asked) or enlarged,
 * and what a way costs: fixed + per unit × amount, a rate's amount in percentage points. The
 * random plan tests reach these only through whole plans.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, candidates, type FixOption } from '../../src/engine/plan/candidates.js';
import type { Prices, Way } from '../../src/model/costs.js';
import { assessmentOf, miniRubric } from '../helpers/build.js';

const rubric = miniRubric({
  metrics: `
    a: { type: area }
    c: { type: count }
    k: { type: count }
    n: { type: number }
    r: { type: rate }
    f: { type: flag }
    e: { type: flag }
    g: { type: grade }
    wide: { type: area }
    hh: { type: count }
    fire: { type: flag }`,
  facilities: `
    hall: {}
    room: {}
    desk: {}`,
  criteria: `
    - { id: a1, kind: threshold, metric: a, at-least: 150.5, points: 1 }
    - { id: a2, kind: threshold, metric: a, more-than: 200, points: 1 }
    - { id: c1, kind: threshold, metric: c, at-most: 10, points: 1 }
    - { id: c2, kind: threshold, metric: c, less-than: 8.5, points: 1 }
    - { id: k1, kind: threshold, metric: k, less-than: 0, points: 1 }
    - { id: n1, kind: threshold, metric: n, more-than: 5, points: 1 }
    - { id: n2, kind: threshold, metric: n, less-than: 2, points: 1 }
    - { id: r1, kind: threshold, metric: r, between: [40%, 60%], points: 1 }
    - { id: q1, kind: ratio, metric: wide, per: { metric: hh, every: 100 }, at-least: 30, points: 1 }
    - { id: f1, kind: flag, metric: f, expect: false, points: 1 }
    - { id: e1, kind: flag, metric: e, points: 1 }
    - { id: g1, kind: graded, metric: g, points: 1 }
    - { id: fire1, kind: flag, metric: fire, expect: false, event: true, points: 1 }
    - { id: fac, kind: checklist, points: 1, items: [{ facility: hall, min-area: 100 }, { facility: room, min-count: 2 }] }`,
});

const way = (fixed: number, perUnit: number, months = 1, also: string[] = []): Way => ({
  way: 'build',
  fixed,
  perUnit,
  months,
  also,
});

const prices: Prices = {
  metrics: {
    a: [way(1000, 10)],
    c: [way(0, 5)],
    k: [way(0, 5)],
    n: [way(7, 1)],
    r: [way(0, 100)],
    f: [way(50, 0)],
    e: [way(60, 0)],
    g: [way(0, 1000)],
    wide: [way(0, 2)],
    fire: [way(1, 1)],
    // Priced, but no criterion of the rubric reads it.
    gone: [way(1, 1)],
  },
  facilities: { hall: [way(5000, 20, 3)], room: [way(800, 0, 2)], desk: [way(1, 1)] },
};

/** Each fix as [key, from, to, amount, cost]. */
const brief = (fs: FixOption[]) => fs.map((f) => [f.key, f.from, f.to, f.amount, f.cost]);

describe('candidates', () => {
  it('the value that first meets each bound, and its price', () => {
    const a = assessmentOf(
      rubric,
      { a: 100, c: 12, k: 3, n: 3, r: '30%', f: true, e: false, g: 'C', wide: 100, hh: 500, fire: true },
      [
        { kind: 'hall', area: 60 },
        { kind: 'room', count: 1 },
      ],
    );
    expect(brief(candidates(rubric, a, prices))).toEqual([
      // At least 150.5 ㎡: 151 (a whole ㎡); more than 200: 201. 1000 + 10 per ㎡.
      ['m:a', 100, 151, 51, 1510],
      ['m:a', 100, 201, 101, 2010],
      // At most 10 (from 12): 10; less than 8.5: 8. 5 a unit.
      ['m:c', 12, 10, 2, 10],
      ['m:c', 12, 8, 4, 20],
      // Less than 0: no count is; no fix for k. More than 5 (a number): 6; less than 2: 1.
      ['m:n', 3, 6, 3, 10],
      ['m:n', 3, 1, 2, 9],
      // Between 40% and 60% from 30%: 40%, 10 percentage points at 100 each.
      ['m:r', 0.3, 0.4, 10, 1000],
      // Expect false: false; a flag: true. The fixed price only.
      ['m:f', true, false, 0, 50],
      ['m:e', false, true, 0, 60],
      // From C: B or A, one or two grades up.
      ['m:g', 'C', 'A', 2, 2000],
      ['m:g', 'C', 'B', 1, 1000],
      // 30 ㎡ per 100 households of 500: 150 ㎡ from 100.
      ['m:wide', 100, 150, 50, 100],
      // The hall is there but small: enlarged from 60 to 100 ㎡ at 20 a ㎡. One room of two: one more.
      ['f:hall', 60, 100, 40, 800],
      ['f:room', 1, 2, 0, 800],
    ]);
  });

  it('above a bound from above, and a facility not there at all (with the area asked of it)', () => {
    const a = assessmentOf(rubric, {
      a: 150,
      c: 9,
      n: 5,
      r: '70%',
      f: false,
      e: true,
      g: 'A',
      wide: 200,
      hh: 0,
    });
    expect(brief(candidates(rubric, a, prices))).toEqual([
      // 150 is short of 150.5 (151) and of more than 200 (201); 9 is not less than 8.5 (8).
      ['m:a', 150, 151, 1, 1010],
      ['m:a', 150, 201, 51, 1510],
      ['m:c', 9, 8, 1, 5],
      // 5 is not more than 5: 6; 70% is above 60%: 60%.
      ['m:n', 5, 6, 1, 8],
      ['m:n', 5, 1, 4, 11],
      ['m:r', 0.7, 0.6, 10, 1000],
      // No households: no ratio to meet (nothing to divide by). No facilities reported: each added.
      ['f:hall', 0, 1, 100, 7000],
      ['f:room', 0, 2, 0, 1600],
    ]);
  });

  it('a value not reported is no fix; nor one already meeting every bound', () => {
    const a = assessmentOf(rubric, { a: 250, c: 5, n: 1.5, r: '50%', wide: 200, hh: 500 }, [
      { kind: 'hall', area: 120 },
      { kind: 'room', count: 3 },
    ]);
    // 250 meets both bounds of a; n = 1.5 is less than 2 but not more than 5: 6, at 7 + 4.5.
    expect(brief(candidates(rubric, a, prices))).toEqual([['m:n', 1.5, 6, 4.5, 11.5]]);
  });

  it('one option per way, each with its way and months; the same key for the alternatives', () => {
    const two: Prices = {
      metrics: { c: [way(0, 5, 2), { ...way(100, 1, 6), way: 'rent' }] },
      facilities: {},
    };
    const a = assessmentOf(rubric, { c: 9 });
    const fs = candidates(rubric, a, two);
    expect(fs.map((f) => [f.key, f.way.way, f.to, f.cost, f.months, f.unit])).toEqual([
      ['m:c', 'build', 8, 5, 2, 'count'],
      ['m:c', 'rent', 8, 101, 6, 'count'],
    ]);
    expect(fs[0]!.target).toEqual({ metric: 'c' });
  });
});

describe('applyFixes', () => {
  const a = assessmentOf(rubric, { a: 100, c: 12, wide: 100, f: true }, [{ kind: 'hall', area: 60 }]);
  const fix = (f: Partial<FixOption>): FixOption =>
    ({
      key: 'k',
      target: { metric: 'a' },
      way: way(0, 0),
      to: 0,
      unit: 'area',
      amount: 0,
      cost: 0,
      months: 0,
      ...f,
    }) as FixOption;

  it('no fixes: the assessment itself', () => {
    expect(applyFixes(a, [])).toBe(a);
  });

  it('moves a metric by what the fix adds, and the metrics its way moves too, never below 0', () => {
    const fixed = applyFixes(a, [
      fix({ from: 100, to: 151, way: way(0, 0, 1, ['wide', 'c']) }),
      fix({ target: { metric: 'c' }, from: 12, to: 0, way: way(0, 0, 1, ['wide']) }),
    ]);
    // a: 100 + 51; wide: 100 + 51 − 12; c: 12 + 51, then 63 + (0 − 12) = 51.
    expect([fixed.metrics.a, fixed.metrics.wide, fixed.metrics.c]).toEqual([151, 139, 51]);
    const low = applyFixes(a, [
      fix({ target: { metric: 'c' }, from: 12, to: 0, way: way(0, 0, 1, ['wide']) }),
      fix({ target: { metric: 'c' }, from: 12, to: 0, way: way(0, 0, 1, ['wide']) }),
    ]);
    // c: 12 − 12 − 12 = −12 (as the fixes say); wide: 100 − 12 − 12 = 76.
    expect([low.metrics.c, low.metrics.wide]).toEqual([-12, 76]);
    const floor = applyFixes(a, [
      fix({ target: { metric: 'c' }, from: 200, to: 0, way: way(0, 0, 1, ['wide']) }),
    ]);
    expect(floor.metrics.wide).toBe(0);
    // The assessment given is left as it was.
    expect(a.metrics.a).toBe(100);
  });

  it('a flag or a metric not there takes the value the fix names; no other metric moves', () => {
    const fixed = applyFixes(a, [
      fix({ target: { metric: 'f' }, from: true, to: false, way: way(0, 0, 1, ['a']) }),
      fix({ target: { metric: 'n' }, to: 6, way: way(0, 0, 1, ['a']) }),
    ]);
    expect([fixed.metrics.f, fixed.metrics.n, fixed.metrics.a]).toEqual([false, 6, 100]);
    // A number fix on a metric not there, or with no value before it: the value it names.
    const named = applyFixes(a, [
      fix({ target: { metric: 'n' }, from: 3, to: 6 }),
      fix({ target: { metric: 'c' }, to: 6 }),
    ]);
    expect([named.metrics.n, named.metrics.c]).toEqual([6, 6]);
  });

  it('adds a facility with the area bought, or enlarges one to the area asked', () => {
    const added = applyFixes(a, [
      fix({ target: { facility: 'room' }, unit: 'count', from: 0, to: 2, amount: 0 }),
    ]);
    expect(added.facilities!.room).toEqual({ count: 2 });
    expect(added.facilities!.hall).toEqual(a.facilities!.hall);
    const withArea = applyFixes(a, [
      fix({ target: { facility: 'hall' }, unit: 'count', from: 1, to: 2, amount: 40 }),
    ]);
    expect(withArea.facilities!.hall).toEqual({ count: 2, area: 100 });
    const newHall = applyFixes(assessmentOf(rubric, {}), [
      fix({ target: { facility: 'hall' }, unit: 'count', from: 0, to: 1, amount: 100 }),
    ]);
    expect(newHall.facilities).toEqual({ hall: { count: 1, area: 100 } });
    const enlarged = applyFixes(a, [fix({ target: { facility: 'hall' }, unit: 'area', from: 60, to: 100 })]);
    expect(enlarged.facilities!.hall).toEqual({ count: 1, area: 100 });
    const room = applyFixes(a, [fix({ target: { facility: 'room' }, unit: 'area', from: 0, to: 30 })]);
    expect(room.facilities!.room).toEqual({ count: 1, area: 30 });
    expect(a.facilities!.room).toBeUndefined();
  });
});

describe('candidates: each bound at its edges', () => {
  const edges = miniRubric({
    metrics: `
      ca: { type: count }
      cl: { type: count }
      cz: { type: count }
      cm: { type: count }
      am: { type: area }
      amo: { type: area }
      al: { type: area }
      ab: { type: area }
      nm: { type: number }
      rm: { type: rate }
      rl: { type: rate }
      rf: { type: rate }
      ro: { type: rate }
      w: { type: area }
      wz: { type: area }
      hh: { type: count }
      p: { type: count }
      q: { type: count }`,
    criteria: `
      - { id: ca1, kind: threshold, metric: ca, at-least: 5, points: 1 }
      - { id: cl1, kind: threshold, metric: cl, less-than: 8, points: 1 }
      - { id: cz1, kind: threshold, metric: cz, less-than: 1, points: 1 }
      - { id: cm1, kind: threshold, metric: cm, more-than: 3.5, points: 1 }
      - { id: am1, kind: threshold, metric: am, at-most: 10.5, points: 1 }
      - { id: amo1, kind: threshold, metric: amo, more-than: 200.5, points: 1 }
      - { id: al1, kind: threshold, metric: al, less-than: 8.5, points: 1 }
      - { id: ab1, kind: threshold, metric: ab, between: [100.5, 150.5], points: 1 }
      - { id: nm1, kind: threshold, metric: nm, at-most: 10.5, points: 1 }
      - { id: rm1, kind: threshold, metric: rm, more-than: 50%, points: 1 }
      - { id: rl1, kind: threshold, metric: rl, less-than: 50%, points: 1 }
      - { id: rf1, kind: threshold, metric: rf, at-least: 100%, points: 1 }
      - { id: ro1, kind: threshold, metric: ro, more-than: 100%, points: 1 }
      - { id: w1, kind: ratio, metric: w, per: { metric: hh, every: 100 }, between: [20, 30], points: 1 }
      - { id: wz1, kind: ratio, metric: wz, per: { metric: hh, every: 100 }, at-most: 10, points: 1 }
      - { id: two, kind: count, points: 2, items: [{ metric: p, at-least: 3 }, { metric: q, at-least: 7 }] }`,
  });
  const all = Object.fromEntries(
    ['ca', 'cl', 'cz', 'cm', 'am', 'amo', 'al', 'ab', 'nm', 'rm', 'rl', 'rf', 'ro', 'w', 'wz', 'p', 'q'].map(
      (m) => [m, [way(0, 1)]],
    ),
  );
  const fixes = (metrics: Record<string, unknown>) =>
    candidates(edges, assessmentOf(edges, metrics), { metrics: all, facilities: {} }).map((f) => [
      f.key,
      f.to,
    ]);

  it('whole units for counts and areas, the figure itself (or a step of 1, or 1 point) otherwise', () => {
    expect(
      fixes({
        ca: 2,
        cl: 8,
        cz: 3,
        cm: 3,
        am: 12,
        amo: 100,
        al: 9,
        nm: 12,
        rm: '40%',
        rl: '60%',
        rf: '90%',
        ro: '90%',
      }),
    ).toEqual([
      // At least 5: 5. Less than 8, at 8: 7. Less than 1: 0 (none is a value). More than 3.5: 4.
      ['m:ca', 5],
      ['m:cl', 7],
      ['m:cz', 0],
      ['m:cm', 4],
      // At most 10.5 ㎡: 10; more than 200.5 ㎡: 201; less than 8.5 ㎡: 8. A number at most 10.5: 10.5.
      ['m:am', 10],
      ['m:amo', 201],
      ['m:al', 8],
      ['m:nm', 10.5],
      // More than 50%: 51%; less than 50%: 49%; at least 100%: 100%. More than 100%: no rate is.
      ['m:rm', 0.51],
      ['m:rl', 0.49],
      ['m:rf', 1],
    ]);
  });

  it('between: up to the lower end or down to the upper, a ratio’s scaled by the households', () => {
    // 500 households: 20–30 ㎡ per 100 is 100–150 ㎡.
    expect(fixes({ ab: 50, w: 200, hh: 500 })).toEqual([
      ['m:ab', 101],
      ['m:w', 150],
    ]);
    expect(fixes({ ab: 200, w: 60, hh: 500 })).toEqual([
      ['m:ab', 150],
      ['m:w', 100],
    ]);
  });

  it('a ratio at most: scaled by the households; none without households to divide by', () => {
    // 10 ㎡ per 100 of 500 households: at most 50 ㎡.
    expect(fixes({ wz: 60, hh: 500 })).toEqual([['m:wz', 50]]);
    expect(fixes({ wz: 60, hh: 0 })).toEqual([]);
  });

  it('a criterion reading two metrics asks of each only its own bound', () => {
    expect(fixes({ p: 1, q: 1 })).toEqual([
      ['m:p', 3],
      ['m:q', 7],
    ]);
  });
});
