/**
 * One community's cheapest packages per tier (src/engine/plan/community.ts communityOptions), by
 * hand on a four-criterion rubric: a1 (40 points, 100 ㎡), b1 (30, 5 people), f1 (20, a flag the
 * top tier requires) and v1 (10, a veto flag). Priced: a at 10 a ㎡, b at 100 a person, f at 1000.
 * The Pareto packages reaching each tier, the blockers of a tier no package reaches (a veto, an
 * event, no data, nothing priced, an earlier award, too few points, 虚报), shared fixes, months,
 * and an inspection's deduction. The random plan tests reach these only through whole plans.
 */
import { describe, expect, it } from 'vitest';
import type { CommunityInput } from '../../src/engine/plan/community.js';
import type { Prices } from '../../src/model/costs.js';
import type { Rubric } from '../../src/model/rubric.js';
import { miniRubric } from '../helpers/build.js';
import { brief, PRICES, packagesFor, way } from './community-fixtures.js';

const rubricOf = (tiers = '- { id: top, min-score: 90, requires: [f1] }\n- { id: pass, min-score: 60 }') =>
  miniRubric({
    metrics: `
      a: { type: area }
      b: { type: count }
      f: { type: flag }
      v: { type: flag }
      fire: { type: flag }
      award: { type: choice, options: { city: { zh-CN: 市级 }, street: { zh-CN: 街道级 } } }`,
    criteria: `
      - { id: a1, kind: threshold, metric: a, at-least: 100, points: 40 }
      - { id: b1, kind: threshold, metric: b, at-least: 5, points: 30 }
      - { id: f1, kind: flag, metric: f, points: 20 }
      - { id: v1, kind: flag, metric: v, points: 10, veto: true }`,
    tiers,
  });
const rubric = rubricOf();

function options(
  metrics: Record<string, unknown>,
  prices: Prices = PRICES,
  extra: Partial<CommunityInput> = {},
  r: Rubric = rubric,
) {
  return packagesFor(r, metrics, prices, extra);
}

describe('communityOptions: packages', () => {
  it('the cheapest ways to each tier, and for a lower tier every package of a higher one it does not beat', () => {
    // a 50 ㎡, b 2, f no, v yes: 10 points. Fixes: a +40 for 500, b +30 for 300, f +20 for 1000.
    const o = options({ a: 50, b: 2, f: false, v: true });
    expect(o.tier).toBeNull();
    expect(o.blocked).toEqual({});
    // 示范 (top): 90 and f1: all three, 1800.
    expect(brief(o.packages.top)).toEqual([[1800, 3, ['m:a', 'm:b', 'm:f'], []]]);
    expect(o.packages.top![0]!.tier).toBe('top');
    // 达标 (pass): 60 (50 more): a and b, 800 (a and f, 1500, give no more for more);
    // the top package too, as it gives more points.
    expect(brief(o.packages.pass)).toEqual([
      [800, 2, ['m:a', 'm:b'], []],
      [1800, 3, ['m:a', 'm:b', 'm:f'], []],
    ]);
  });

  it('at a tier already: the empty package; a shared fix costs nothing here and is named', () => {
    // a 100, f yes, v yes: 70, at pass; top needs b (+30 for 20 more).
    const shared: Prices = { ...PRICES, metrics: { ...PRICES.metrics, b: [way(0, 100, 2, { shared: 3 })] } };
    const o = options({ a: 100, b: 2, f: true, v: true }, shared);
    expect(o.tier).toBe('pass');
    expect(brief(o.packages.top)).toEqual([[0, 0, ['m:b'], ['m:b']]]);
    // Both cost nothing here: the one giving more points first; the station it uses keeps them apart.
    expect(brief(o.packages.pass)).toEqual([
      [0, 0, ['m:b'], ['m:b']],
      [0, 0, [], []],
    ]);
  });

  it('months count only when asked: then a quicker, dearer way is kept too', () => {
    const two: Prices = {
      ...PRICES,
      metrics: { ...PRICES.metrics, b: [way(0, 100, 6), { ...way(200, 100, 1), way: 'rent' }] },
    };
    const m = { a: 100, b: 2, f: true, v: true };
    expect(brief(options(m, two).packages.top)).toEqual([[300, 6, ['m:b'], []]]);
    expect(brief(options(m, two, { months: true }).packages.top)).toEqual([
      [300, 6, ['m:b'], []],
      [500, 1, ['m:b'], []],
    ]);
  });

  it('an inspection’s deduction stays whatever is fixed', () => {
    // 70 less 15 = 55: pass needs 5 more (b, 300); top needs 35 and b gives 30: out of reach.
    const o = options({ a: 100, b: 2, f: true, v: true }, PRICES, { penalty: { deducted: 15, veto: false } });
    expect(o.tier).toBeNull();
    expect(brief(o.packages.pass)).toEqual([[300, 1, ['m:b'], []]]);
    expect(o.packages.top).toBeUndefined();
    expect(o.blocked).toEqual({ top: [{ reason: 'points', id: 'top' }] });
  });
});

describe('communityOptions: blockers', () => {
  it('a failed veto with no price, or no data on it', () => {
    const failed = options({ a: 50, b: 2, f: false, v: false });
    expect(failed.packages).toEqual({});
    expect(failed.blocked).toEqual({
      top: [{ reason: 'veto', id: 'v1' }],
      pass: [{ reason: 'veto', id: 'v1' }],
    });
    expect(options({ a: 50, b: 2, f: false }).blocked.pass).toEqual([{ reason: 'no-data', id: 'v1' }]);
  });

  it('a required criterion nothing prices, or with no data', () => {
    const noF: Prices = { metrics: { a: PRICES.metrics.a!, b: PRICES.metrics.b! }, facilities: {} };
    const o = options({ a: 50, b: 2, f: false, v: true }, noF);
    expect(o.blocked).toEqual({ top: [{ reason: 'unpriced', id: 'f1' }] });
    expect(brief(o.packages.pass)).toEqual([[800, 2, ['m:a', 'm:b'], []]]);
    expect(options({ a: 50, b: 2, v: true }, noF).blocked).toEqual({
      top: [{ reason: 'no-data', id: 'f1' }],
    });
  });

  it('too few points on offer', () => {
    const onlyB: Prices = { metrics: { b: PRICES.metrics.b! }, facilities: {} };
    // 10 + 20 (f) = 30; b adds 30: 60 reaches pass exactly; top would need a as well.
    const o = options({ a: 50, b: 2, f: true, v: true }, onlyB);
    expect(brief(o.packages.pass)).toEqual([[300, 1, ['m:b'], []]]);
    expect(o.blocked).toEqual({ top: [{ reason: 'points', id: 'top' }] });
  });

  it('an event that happened, and an earlier award the tier needs', () => {
    const r = miniRubric({
      metrics: `
        a: { type: area }
        fire: { type: flag }
        award: { type: choice, options: { city: { zh-CN: 市级 }, street: { zh-CN: 街道级 } } }`,
      criteria: `
        - { id: a1, kind: threshold, metric: a, at-least: 100, points: 90 }
        - { id: fire1, kind: flag, metric: fire, expect: false, veto: true, event: true, points: 10 }`,
      tiers: `
        - { id: top, min-score: 90, requires: [{ metric: award, one-of: [city] }] }
        - { id: pass, min-score: 60 }`,
    });
    const prices: Prices = { metrics: { a: [way(0, 10)], fire: [way(1, 1)] }, facilities: {} };
    const fire = options({ a: 50, fire: true, award: 'city' }, prices, {}, r);
    expect(fire.blocked).toEqual({
      top: [{ reason: 'event', id: 'fire1' }],
      pass: [{ reason: 'event', id: 'fire1' }],
    });
    const street = options({ a: 50, fire: false, award: 'street' }, prices, {}, r);
    expect(street.blocked).toEqual({ top: [{ reason: 'history', id: 'award' }] });
    expect(brief(street.packages.pass)).toEqual([[500, 1, ['m:a'], []]]);
  });

  it('a 虚报 veto: every tier, whatever is priced', () => {
    const o = options({ a: 50, b: 2, f: false, v: true }, PRICES, { penalty: { deducted: 0, veto: true } });
    expect(o).toEqual({
      tier: null,
      packages: {},
      blocked: { top: [{ reason: 'overstated', id: 'top' }], pass: [{ reason: 'overstated', id: 'pass' }] },
    });
  });
});

describe('communityOptions: what a tier requires of the fixes themselves', () => {
  it('a required criterion: points enough without it are not enough', () => {
    // 示范 at 70, requiring f1: a 100 and v give 50; b alone (+30) would reach 80 without f1.
    const low = rubricOf('- { id: top, min-score: 70, requires: [f1] }\n- { id: pass, min-score: 60 }');
    const o = options({ a: 100, b: 2, f: false, v: true }, PRICES, {}, low);
    expect(brief(o.packages.top)).toEqual([[1000, 1, ['m:f'], []]]);
    expect(brief(o.packages.pass)).toEqual([
      [300, 1, ['m:b'], []],
      [1000, 1, ['m:f'], []],
    ]);
  });

  it('a priced veto must be fixed, whatever the points', () => {
    // 90 points without v1, but it failed: no tier until v is fixed (50).
    const withV: Prices = { ...PRICES, metrics: { ...PRICES.metrics, v: [way(50, 0)] } };
    const o = options({ a: 100, b: 5, f: true, v: false }, withV);
    expect(o.tier).toBeNull();
    expect(brief(o.packages.top)).toEqual([[50, 1, ['m:v'], []]]);
    expect(brief(o.packages.pass)).toEqual([[50, 1, ['m:v'], []]]);
  });

  it('a requirement read with a priced metric but not priced itself blocks the tier as unpriced', () => {
    // r1 reads w and hh (one part); h1 (required) reads hh, which nothing prices.
    const r = miniRubric({
      metrics: `
        w: { type: area }
        hh: { type: count }`,
      criteria: `
        - { id: r1, kind: ratio, metric: w, per: { metric: hh, every: 100 }, at-least: 30, points: 50 }
        - { id: h1, kind: threshold, metric: hh, at-least: 1000, points: 50 }`,
      tiers: `
        - { id: top, min-score: 50, requires: [h1] }
        - { id: pass, min-score: 40 }`,
    });
    const o = options({ w: 100, hh: 500 }, { metrics: { w: [way(0, 10)] }, facilities: {} }, {}, r);
    expect(o.blocked).toEqual({ top: [{ reason: 'unpriced', id: 'h1' }] });
    // 500 households: 150 ㎡, 50 more at 10.
    expect(brief(o.packages.pass)).toEqual([[500, 1, ['m:w'], []]]);
  });

  it('an event veto not reported is missing data, not an event', () => {
    const r = miniRubric({
      metrics: `
        a: { type: area }
        fire: { type: flag }`,
      criteria: `
        - { id: a1, kind: threshold, metric: a, at-least: 100, points: 90 }
        - { id: fire1, kind: flag, metric: fire, expect: false, veto: true, event: true, points: 10 }`,
      tiers: '- { id: pass, min-score: 60 }',
    });
    const o = options({ a: 50 }, { metrics: { a: [way(0, 10)] }, facilities: {} }, {}, r);
    expect(o.blocked).toEqual({ pass: [{ reason: 'no-data', id: 'fire1' }] });
  });
});
