/**
 * The ratio kind's verdict arithmetic at the edges StrykerJS found untested (`npm run mutate`,
 * src/kinds/ratio.ts evaluate): the area a facility still needs when its area is unknown, and
 * when the size is 0 or missing; whole facilities only for counts (an area is not rounded up);
 * the facilities above a ceiling; and the shortfalls of a met or a size-0 ratio. Expected values
 * by hand: 30 m² per 100 households for 3005 households is 30 × 3005 ÷ 100 = 901.5 m².
 */
import { describe, expect, it } from 'vitest';
import type { RatioCriterion } from '../../src/kinds/ratio.js';
import { ratio } from '../../src/kinds/ratio.js';
import { criterion, miniRubric, scoreOf } from '../helpers/build.js';

const hallRubric = (bound = 'at-least: 30') =>
  miniRubric({
    facilities: 'hall: { zh-CN: 活动室 }',
    metrics: 'households: { type: count }',
    criteria: `- { id: c, kind: ratio, facility-area: hall, per: { metric: households, every: 100 }, ${bound}, points: 5 }`,
  });

describe('a ratio of a facility’s area', () => {
  it('with the area unknown, says how much area the size needs (30 × 3005 ÷ 100 = 901.5 m²)', () => {
    const c = criterion(scoreOf(hallRubric(), { households: 3005 }, [{ kind: 'hall' }]), 'c');
    expect(c.status).toBe('no-data');
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.facility-area-unknown',
        params: { facility: 'hall', needed: 901.5 },
        unit: 'area',
      },
    ]);
  });

  it('with the area unknown and the size 0 or missing, names no figure it cannot know', () => {
    for (const metrics of [{ households: 0 }, {}]) {
      const c = criterion(scoreOf(hallRubric(), metrics, [{ kind: 'hall' }]), 'c');
      expect(c.status).toBe('no-data');
      expect(c.shortfalls).toEqual([{ code: 'shortfall.facility-area-none', params: { facility: 'hall' } }]);
    }
  });

  it('needs 901.5 m², not a whole 902: only facilities counted come whole', () => {
    const c = criterion(scoreOf(hallRubric(), { households: 3005 }, [{ kind: 'hall', area: 800 }]), 'c');
    expect(c.status).toBe('unmet');
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-below',
        params: {
          metric: 'hall',
          actual: 800,
          per: 'households',
          size: 3005,
          every: 100,
          rate: 30,
          needed: 901.5,
          gap: 101.5,
        },
        unit: 'area',
      },
    ]);
  });
});

describe('a ratio of metrics', () => {
  const r = miniRubric({
    metrics: 'area: { type: area }\nhouseholds: { type: count }',
    criteria:
      '- { id: c, kind: ratio, metric: area, per: { metric: households, every: 100 }, at-least: 30, points: 5 }',
  });

  it('met: the points and no shortfall', () => {
    expect(criterion(scoreOf(r, { area: 901.5, households: 3005 }), 'c')).toMatchObject({
      status: 'met',
      earned: 5,
      shortfalls: [],
    });
  });

  it('a size of 0: no data, naming the size’s metric', () => {
    expect(criterion(scoreOf(r, { area: 900, households: 0 }), 'c').shortfalls).toEqual([
      { code: 'shortfall.per-zero', params: { metric: 'households' } },
    ]);
  });

  it('the value missing: no data, with the value’s own shortfall', () => {
    const c = criterion(scoreOf(r, { households: 3000 }), 'c');
    expect(c.status).toBe('no-data');
    expect(c.shortfalls.map((s) => s.code)).toEqual(['shortfall.no-data']);
  });
});

describe('a ceiling on facilities counted', () => {
  it('at most 1 per 1000: 8 for 6200 residents are 1.8 too many (6.2 allowed, not rounded)', () => {
    const r = miniRubric({
      facilities: 'fitness: { zh-CN: 健身点 }',
      metrics: 'residents: { type: count }',
      criteria:
        '- { id: c, kind: ratio, facility-count: fitness, per: { metric: residents, every: 1000 }, at-most: 1, points: 5 }',
    });
    const c = criterion(scoreOf(r, { residents: 6200 }, [{ kind: 'fitness', count: 8 }]), 'c');
    expect(c.status).toBe('unmet');
    expect(c.shortfalls[0]).toMatchObject({
      code: 'shortfall.ratio-above',
      params: { actual: 8, size: 6200, needed: 6.2, gap: 1.8 },
    });
  });
});

describe('the description', () => {
  it('is the ratio rule, with both sides and the bound', () => {
    const rubric = hallRubric();
    const c = rubric.sections[0]!.criteria[0] as RatioCriterion;
    expect(ratio.describe(c, rubric)).toMatchObject({
      code: 'authoring.rule.ratio',
      params: {
        metric: { facility: 'hall', measure: 'area' },
        per: { metric: 'households' },
        every: { number: 100 },
      },
    });
  });
});
