/**
 * The ratio kind's facets that StrykerJS found untested (src/kinds/ratio.ts): what `build` refuses
 * and where, the metric types either side takes, how the bound is read (a rate per N as a plain
 * number), `uses` and `names` of facility sides, and `evaluate` with no facilities list or with the
 * facility absent (its side is 0). Expected values by hand from the rule value ≥ rate × size ÷ every.
 */
import { describe, expect, it } from 'vitest';
import type { ZodObject } from 'zod';
import type { RatioCriterion } from '../../src/kinds/ratio.js';
import { KINDS } from '../../src/kinds/registry.js';
import { CriterionOverrideSchema } from '../../src/model/json-schemas.js';
import { allCriteria } from '../../src/model/rubric.js';
import { buildFromYaml, criterion, miniRubric, scoreOf } from '../helpers/build.js';

/** The errors (code, path) of a rubric with one ratio criterion, and the criteria built. */
function built(criterion: string) {
  const text = [
    'rubric: b',
    'title: b',
    'metrics:',
    '  a: { type: area }',
    '  n: { type: count }',
    '  x: { type: number }',
    '  r: { type: rate }',
    '  f: { type: flag }',
    'facilities: { room: { zh-CN: 活动室 }, gym: { zh-CN: 健身点 } }',
    'sections:',
    '  - id: sec',
    '    criteria:',
    `      - { id: c, kind: ratio, points: 1, ${criterion} }`,
  ].join('\n');
  const { rubric, findings } = buildFromYaml(text);
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]),
    criteria: allCriteria(rubric) as RatioCriterion[],
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];

describe('ratio build', () => {
  it('a side naming two sources, or none, is refused at that side', () => {
    const two = built('metric: a, facility-area: room, per: { metric: n, every: 100 }, at-least: 1');
    expect(two.errors).toEqual([['rubric.ratio-source-multiple', at()]]);
    expect(two.criteria).toEqual([]);
    const none = built('metric: a, per: { every: 100 }, at-least: 1');
    expect(none.errors).toEqual([['rubric.ratio-source-missing', at('per')]]);
    expect(none.criteria).toEqual([]);
  });

  it('an unknown metric or facility, at its own key on either side', () => {
    expect(built('metric: zz, per: { metric: n, every: 100 }, at-least: 1').errors).toEqual([
      ['rubric.unknown-metric', at('metric')],
    ]);
    expect(built('facility-count: zz, per: { metric: n }, at-least: 1').errors).toEqual([
      ['rubric.unknown-facility', at('facility-count')],
    ]);
    const per = built('metric: a, per: { metric: zz, every: 100 }, at-least: 1');
    expect(per.errors).toEqual([['rubric.unknown-metric', at('per', 'metric')]]);
    expect(per.criteria).toEqual([]);
    expect(built('metric: a, per: { facility-area: zz }, at-least: 1').errors).toEqual([
      ['rubric.unknown-facility', at('per', 'facility-area')],
    ]);
  });

  it('the size is a count, a number or an area; never a flag or a rate', () => {
    for (const per of ['n', 'x', 'a']) {
      const b = built(`metric: a, per: { metric: ${per}, every: 10 }, at-least: 1`);
      expect(b.errors).toEqual([]);
      expect(b.criteria[0]).toMatchObject({ metric: 'a', per: { metric: per, every: 10 } });
    }
    for (const per of ['f', 'r'])
      expect(built(`metric: a, per: { metric: ${per} }, at-least: 1`).errors).toEqual([
        ['rubric.metric-type', at('per', 'metric')],
      ]);
  });

  it('a value of a flag is refused, and its bound not read', () => {
    expect(built('metric: f, per: { metric: n }, at-least: 1').errors).toEqual([
      ['rubric.metric-type', at('metric')],
    ]);
  });

  it('the bound in the value’s unit: 30 m² for an area; a rate per N is a plain number (30, not 30%)', () => {
    const area = built('metric: a, per: { metric: n, every: 100 }, at-least: 30平方米');
    expect(area.errors).toEqual([]);
    expect(area.criteria[0]!.bound).toMatchObject({ op: 'at-least', value: { value: 30 } });
    const rate = built('metric: r, per: { metric: n, every: 100 }, at-least: 30');
    expect(rate.errors).toEqual([]);
    expect(rate.criteria[0]!.bound).toMatchObject({ op: 'at-least', value: { value: 30 } });
  });

  it('an unreadable bound refuses the criterion', () => {
    const b = built('metric: a, per: { metric: n, every: 100 }, at-least: lots');
    expect(b.errors.length).toBe(1);
    expect(b.criteria).toEqual([]);
  });

  it('keeps each side’s source and the size’s every', () => {
    const b = built('facility-area: room, per: { facility-count: gym, every: 2 }, at-most: 50');
    expect(b.errors).toEqual([]);
    expect(b.criteria[0]).toMatchObject({
      id: 'c',
      kind: 'ratio',
      points: 1,
      facility: 'room',
      measure: 'area',
      per: { facility: 'gym', measure: 'count', every: 2 },
      bound: { op: 'at-most', value: { value: 50 } },
    });
    expect(b.criteria[0]).not.toHaveProperty('metric');
  });
});

describe('ratio uses and names', () => {
  it('uses: a facility side reads the facility, its area judged only for facility-area', () => {
    const b = built('facility-area: room, per: { facility-count: gym, every: 2 }, at-most: 50');
    expect(KINDS.ratio.uses(b.criteria[0]!)).toEqual([
      { facility: 'room', area: true },
      { facility: 'gym', area: false },
    ]);
    const c = built('facility-count: gym, per: { metric: n, every: 1000 }, at-least: 1');
    expect(KINDS.ratio.uses(c.criteria[0]!)).toEqual([
      { facility: 'gym', area: false },
      { metric: 'n', per: true },
    ]);
    const d = built('metric: a, per: { facility-area: room }, at-least: 1');
    expect(KINDS.ratio.uses(d.criteria[0]!)).toEqual([{ metric: 'a' }, { facility: 'room', area: true }]);
  });

  it('names: the metrics and facilities either side names, as written', () => {
    expect(KINDS.ratio.names({ 'facility-area': 'room', per: { metric: 'n', every: 1 } } as never)).toEqual({
      metrics: ['n'],
      facilities: ['room'],
    });
  });
});

describe('ratio evaluate of facilities', () => {
  const gymRubric = miniRubric({
    facilities: 'gym: { zh-CN: 健身点 }\nroom: { zh-CN: 活动室 }',
    metrics: 'residents: { type: count }',
    criteria:
      '- { id: c, kind: ratio, facility-count: gym, per: { metric: residents, every: 1000 }, at-least: 1, points: 4 }',
  });
  const roomRubric = miniRubric({
    facilities: 'room: { zh-CN: 活动室 }',
    metrics: 'households: { type: count }',
    criteria:
      '- { id: c, kind: ratio, facility-area: room, per: { metric: households, every: 100 }, at-least: 30, points: 4 }',
  });

  it('a file with no facilities list: no data, never a silent 0', () => {
    expect(criterion(scoreOf(gymRubric, { residents: 2500 }), 'c')).toMatchObject({
      status: 'no-data',
      earned: 0,
      shortfalls: [{ code: 'shortfall.no-facilities', params: {} }],
    });
  });

  it('the facility absent: 0 of them, 3 needed for 2500 residents (1 × 2500 ÷ 1000 = 2.5, whole: 3)', () => {
    const c = criterion(scoreOf(gymRubric, { residents: 2500 }, [{ kind: 'room', area: 10 }]), 'c');
    expect(c).toMatchObject({ status: 'unmet', earned: 0 });
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-below',
        params: {
          metric: 'gym',
          actual: 0,
          per: 'residents',
          size: 2500,
          every: 1000,
          rate: 1,
          needed: 3,
          gap: 3,
        },
        unit: 'count',
      },
    ]);
  });

  it('an area of a facility listed with count 0 is 0 m², not unknown: 30 × 200 ÷ 100 = 60 m² short', () => {
    const c = criterion(scoreOf(roomRubric, { households: 200 }, [{ kind: 'room', count: 0 }]), 'c');
    expect(c.status).toBe('unmet');
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-below',
        params: {
          metric: 'room',
          actual: 0,
          per: 'households',
          size: 200,
          every: 100,
          rate: 30,
          needed: 60,
          gap: 60,
        },
        unit: 'area',
      },
    ]);
  });

  it('a size that is a facility’s count: 2 rooms, at most 50 m² per room, 120 m² is 20 too many', () => {
    const r = miniRubric({
      facilities: 'room: { zh-CN: 活动室 }\nhall: { zh-CN: 大厅 }',
      criteria:
        '- { id: c, kind: ratio, facility-area: hall, per: { facility-count: room }, at-most: 50, points: 4 }',
    });
    const c = criterion(
      scoreOf(r, {}, [
        { kind: 'room', count: 2 },
        { kind: 'hall', area: 120 },
      ]),
      'c',
    );
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-above',
        params: {
          metric: 'hall',
          actual: 120,
          per: 'room',
          size: 2,
          every: 1,
          rate: 50,
          needed: 100,
          gap: 20,
        },
        unit: 'area',
      },
    ]);
  });

  it('a shortfall carries no unit when the rubric gives the metric none', () => {
    const r = miniRubric({
      metrics: 'area: { type: area }\nhouseholds: { type: count }',
      criteria:
        '- { id: c, kind: ratio, metric: area, per: { metric: households, every: 100 }, at-least: 30, points: 5 }',
    });
    const c = r.sections[0]!.criteria[0] as RatioCriterion;
    expect(criterion(scoreOf(r, { area: 10, households: 100 }), 'c').shortfalls[0]).toHaveProperty(
      'unit',
      'area',
    );
    const out = KINDS.ratio.evaluate(
      c,
      {
        entity: { id: 'c1', name: 'c1' },
        metrics: { area: 10, households: 100 },
        unreadable: {},
      } as never,
      { ...r, metrics: {} },
    );
    expect(out.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-below',
        params: {
          metric: 'area',
          actual: 10,
          per: 'households',
          size: 100,
          every: 100,
          rate: 30,
          needed: 30,
          gap: 20,
        },
      },
    ]);
  });
});

describe('ratio editor', () => {
  // It required all three sources in an override's per (the editor flagged `per: { every: 200 }`).
  it('an override’s per may change one source, or only every', () => {
    const per = KINDS.ratio.editor.override.per as ZodObject;
    expect(Object.keys(per.shape)).toEqual(['metric', 'facility-area', 'facility-count', 'every']);
    for (const ok of [{}, { every: 200 }, { metric: 'h' }, { 'facility-count': 'gym', every: 1000 }])
      expect(CriterionOverrideSchema.safeParse({ id: 'c', per: ok }).success, JSON.stringify(ok)).toBe(true);
    for (const bad of [{ every: 0 }, { size: 1 }, { metric: 'Not An Id!' }])
      expect(CriterionOverrideSchema.safeParse({ id: 'c', per: bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
  });
});
