/** threshold, ratio, count, graded, deduction and flag, at and around their boundaries. */
import { describe, expect, it } from 'vitest';
import { criterion, miniRubric, scoreOf, summary } from '../helpers/build.js';

describe('threshold', () => {
  const metrics = 'area: { type: area }\nhouseholds: { type: count }\nscore: { type: number }';
  const r = (bound: string, metric = 'area') =>
    miniRubric({
      metrics,
      criteria: `- { id: c, kind: threshold, metric: ${metric}, ${bound}, points: 10 }`,
    });

  it.each([
    ['at-least: 150', 149, 'unmet', 'shortfall.below'],
    ['at-least: 150', 150, 'met', undefined],
    ['at-least: 150', 151, 'met', undefined],
    ['more-than: 150', 150, 'unmet', 'shortfall.not-above'],
    ['more-than: 150', 151, 'met', undefined],
    ['at-most: 150', 150, 'met', undefined],
    ['at-most: 150', 151, 'unmet', 'shortfall.above'],
    ['less-than: 150', 149, 'met', undefined],
    ['less-than: 150', 150, 'unmet', 'shortfall.not-below'],
    ['between: [100, 150]', 99, 'unmet', 'shortfall.outside'],
    ['between: [100, 150]', 100, 'met', undefined],
    ['between: [100, 150]', 150, 'met', undefined],
    ['between: [100, 150]', 151, 'unmet', 'shortfall.outside'],
  ])('%s with %d is %s', (bound, v, status, code) => {
    const res = summary(scoreOf(r(bound), { area: v }), 'c');
    expect(res).toEqual({
      status,
      earned: status === 'met' ? 10 : 0,
      possible: 10,
      codes: code ? [code] : [],
    });
  });

  it('gives a rate’s gap without binary noise', () => {
    const rate = miniRubric({
      metrics: 'rate: { type: rate }',
      criteria: '- { id: c, kind: threshold, metric: rate, at-least: 85%, points: 1 }',
    });
    expect(criterion(scoreOf(rate, { rate: '84%' }), 'c').shortfalls[0]!.params).toEqual({
      metric: 'rate',
      actual: 0.84,
      needed: 0.85,
      gap: 0.01,
    });
  });

  it('gives the shortfall in the metric’s own terms', () => {
    expect(criterion(scoreOf(r('at-least: 150 m2'), { area: '120平方米' }), 'c').shortfalls).toEqual([
      {
        code: 'shortfall.below',
        params: { metric: 'area', actual: 120, needed: 150, gap: 30 },
        unit: 'area',
      },
    ]);
    expect(criterion(scoreOf(r('at-most: 150'), { area: 170 }), 'c').shortfalls).toEqual([
      {
        code: 'shortfall.above',
        params: { metric: 'area', actual: 170, needed: 150, gap: 20 },
        unit: 'area',
      },
    ]);
    expect(criterion(scoreOf(r('between: [100, 150]'), { area: 90 }), 'c').shortfalls).toEqual([
      {
        code: 'shortfall.outside',
        params: { metric: 'area', actual: 90, low: 100, high: 150 },
        unit: 'area',
      },
    ]);
  });

  it('counts and plain numbers', () => {
    expect(summary(scoreOf(r('at-least: 2000', 'households'), { households: '2000户' }), 'c').status).toBe(
      'met',
    );
    expect(summary(scoreOf(r('less-than: 0', 'score'), { score: -1 }), 'c').status).toBe('met');
  });

  it('no data: earns 0, status no-data', () => {
    expect(summary(scoreOf(r('at-least: 150'), {}), 'c')).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 10,
      codes: ['shortfall.no-data'],
    });
  });

  it('an unreadable value: no data with the reason', () => {
    const c = criterion(scoreOf(r('at-least: 150'), { area: '**' }), 'c');
    expect(c.status).toBe('no-data');
    expect(c.shortfalls).toEqual([
      { code: 'shortfall.unreadable', params: { metric: 'area', problem: 'value.masked' } },
    ]);
  });

  it('a masked rubric figure: no data, whatever the value', () => {
    const res = scoreOf(r("at-least: '**'"), { area: 10_000 });
    expect(criterion(res, 'c')).toMatchObject({
      status: 'no-data',
      earned: 0,
      shortfalls: [{ code: 'shortfall.figure-masked', params: { raw: '**' } }],
    });
    expect(res.findings.map((f) => f.code)).toEqual(['score.rubric-masked']);
  });
});

describe('ratio', () => {
  const metrics = 'area: { type: area }\nhouseholds: { type: count }\nguards: { type: count }';
  const r = (bound = 'at-least: 30') =>
    miniRubric({
      metrics,
      criteria: `- { id: c, kind: ratio, metric: area, per: { metric: households, every: 100 }, ${bound}, points: 5 }`,
    });

  it('needs 900 m² for 3000 households at 30 per 100', () => {
    expect(summary(scoreOf(r(), { area: 900, households: 3000 }), 'c')).toMatchObject({
      status: 'met',
      earned: 5,
    });
    const c = criterion(scoreOf(r(), { area: '899 m2', households: '3000户' }), 'c');
    expect(c).toMatchObject({ status: 'unmet', earned: 0 });
    expect(c.shortfalls).toEqual([
      {
        code: 'shortfall.ratio-below',
        params: {
          metric: 'area',
          actual: 899,
          per: 'households',
          size: 3000,
          every: 100,
          rate: 30,
          needed: 900,
          gap: 1,
        },
        unit: 'area',
      },
    ]);
  });

  it('scales without float trouble', () => {
    expect(summary(scoreOf(r(), { area: 899.7, households: 2999 }), 'c').status).toBe('met');
    expect(criterion(scoreOf(r(), { area: 800, households: 2999 }), 'c').shortfalls[0]!.params).toMatchObject(
      {
        needed: 899.7,
        gap: 99.7,
      },
    );
    expect(summary(scoreOf(r(), { area: 0.3, households: 1 }), 'c').status).toBe('met');
  });

  it('more-than, at-most, between', () => {
    expect(summary(scoreOf(r('more-than: 30'), { area: 900, households: 3000 }), 'c').codes).toEqual([
      'shortfall.ratio-below',
    ]);
    const above = criterion(scoreOf(r('at-most: 30'), { area: 950, households: 3000 }), 'c');
    expect(above.shortfalls[0]).toMatchObject({
      code: 'shortfall.ratio-above',
      params: { needed: 900, gap: 50 },
    });
    expect(summary(scoreOf(r('at-most: 30'), { area: 900, households: 3000 }), 'c').status).toBe('met');
    expect(summary(scoreOf(r('between: [20, 30]'), { area: 600, households: 3000 }), 'c').status).toBe('met');
    expect(summary(scoreOf(r('between: [20, 30]'), { area: 599, households: 3000 }), 'c').codes).toEqual([
      'shortfall.ratio-outside',
    ]);
  });

  it('a per metric of 0: no data', () => {
    expect(summary(scoreOf(r(), { area: 900, households: 0 }), 'c')).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 5,
      codes: ['shortfall.per-zero'],
    });
  });

  it('either metric missing: no data', () => {
    expect(summary(scoreOf(r(), { area: 900 }), 'c')).toMatchObject({
      status: 'no-data',
      codes: ['shortfall.no-data'],
    });
    expect(summary(scoreOf(r(), { households: 3000 }), 'c')).toMatchObject({ status: 'no-data' });
  });

  it('one guard per 200 households', () => {
    const g = miniRubric({
      metrics,
      criteria:
        '- { id: c, kind: ratio, metric: guards, per: { metric: households, every: 200 }, at-least: 1, points: 2 }',
    });
    expect(summary(scoreOf(g, { guards: 12, households: 2400 }), 'c').status).toBe('met');
    expect(summary(scoreOf(g, { guards: 11, households: 2400 }), 'c').status).toBe('unmet');
    expect(summary(scoreOf(g, { guards: 12, households: 2401 }), 'c').status).toBe('unmet');
  });

  it('a masked rate: no data', () => {
    expect(summary(scoreOf(r("at-least: '**'"), { area: 900, households: 3000 }), 'c')).toMatchObject({
      status: 'no-data',
      codes: ['shortfall.figure-masked'],
    });
  });
});

describe('count', () => {
  const facilities = 'hotline: { zh-CN: 一线通 }\ncard: { zh-CN: 一卡通 }\ndoorbell: { zh-CN: 一点通 }';
  const metrics = 'volunteers: { type: count }\ndrug-free: { type: flag }\nlight: { type: rate }';
  const banded = miniRubric({
    facilities,
    metrics,
    criteria: `- id: c
  kind: count
  points: 3
  items: [hotline, { facility: card, min-area: 10 }, { metric: volunteers, at-least: 20 }]
  bands: [{ met: 1, points: 1 }, { met: 3, points: 3 }, { met: 2, points: 2 }]`,
  });
  const all = [{ kind: '一线通' }, { kind: '一卡通', area: 10 }];

  it.each([
    [[], 0, 0, 'unmet'],
    [[{ kind: 'hotline' }], 0, 1, 'partial'],
    [[{ kind: 'hotline' }], 19, 1, 'partial'],
    [[{ kind: 'hotline' }], 20, 2, 'partial'],
    [[{ kind: 'hotline' }, { kind: 'card', area: 9.9 }], 20, 2, 'partial'],
    [all, 19, 2, 'partial'],
    [all, 20, 3, 'met'],
  ])('bands: %j with %d volunteers earns %d (%s)', (fs, volunteers, earned, status) => {
    expect(summary(scoreOf(banded, { volunteers }, fs), 'c')).toMatchObject({ earned, status });
  });

  it('says how many items were met and which were not', () => {
    const c = criterion(scoreOf(banded, { volunteers: 5 }, [{ kind: 'hotline' }]), 'c');
    expect(c.shortfalls.map((s) => s.code)).toEqual([
      'shortfall.items-met',
      'shortfall.facility-missing',
      'shortfall.below',
    ]);
    expect(c.shortfalls[0]!.params).toEqual({ met: 1, total: 3 });
  });

  it('proportional without bands', () => {
    const r = miniRubric({
      facilities,
      metrics,
      criteria: '- { id: c, kind: count, points: 6, items: [hotline, card, doorbell, drug-free] }',
    });
    expect(summary(scoreOf(r, { 'drug-free': true }, [{ kind: 'hotline' }]), 'c')).toMatchObject({
      status: 'partial',
      earned: 3,
    });
    expect(summary(scoreOf(r, { 'drug-free': '否' }, []), 'c')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(
      summary(
        scoreOf(r, { 'drug-free': '是' }, [{ kind: 'hotline' }, { kind: 'card' }, { kind: 'doorbell' }]),
        'c',
      ),
    ).toMatchObject({ status: 'met', earned: 6, codes: [] });
  });

  it('flag items with expect: false', () => {
    const r = miniRubric({
      metrics,
      criteria:
        '- { id: c, kind: count, points: 2, items: [{ metric: drug-free, expect: false }, { metric: light, at-least: 90% }] }',
    });
    expect(summary(scoreOf(r, { 'drug-free': false, light: '90%' }), 'c')).toMatchObject({
      status: 'met',
      earned: 2,
    });
    expect(summary(scoreOf(r, { 'drug-free': true, light: 0.9 }), 'c')).toMatchObject({
      status: 'partial',
      earned: 1,
      codes: ['shortfall.items-met', 'shortfall.flag-present'],
    });
  });

  it('no data when an item’s data is missing, never a silent pass', () => {
    expect(summary(scoreOf(banded, {}, all), 'c')).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 3,
      codes: ['shortfall.no-data'],
    });
    expect(summary(scoreOf(banded, { volunteers: 20 }), 'c')).toMatchObject({
      status: 'no-data',
      earned: 0,
      codes: ['shortfall.no-facilities', 'shortfall.no-facilities'],
    });
  });

  it('a masked figure in an item: no data', () => {
    const r = miniRubric({
      facilities,
      metrics,
      criteria:
        "- { id: c, kind: count, points: 2, items: [{ facility: card, min-area: '**' }, { metric: light, at-least: '**%' }] }",
    });
    expect(summary(scoreOf(r, { light: '100%' }, [{ kind: 'card', area: 100 }]), 'c')).toMatchObject({
      status: 'no-data',
      earned: 0,
      codes: ['shortfall.figure-masked', 'shortfall.figure-masked'],
    });
  });
});

describe('graded', () => {
  const metrics = 'state: { type: grade }\nviolations: { type: count }';
  const direct = miniRubric({ metrics, criteria: '- { id: c, kind: graded, metric: state, points: 12 }' });

  it.each([
    ['A', 12, 'met', []],
    ['B', 7.92, 'partial', ['shortfall.grade']],
    ['C', 3.96, 'partial', ['shortfall.grade']],
    ['C#', 0, 'unmet', ['shortfall.grade']],
    ['c#', 0, 'unmet', ['shortfall.grade']],
  ])('grade %s earns %d (%s)', (state, earned, status, codes) => {
    expect(summary(scoreOf(direct, { state }), 'c')).toEqual({ status, earned, possible: 12, codes });
  });

  it('A/B/C/C# are 100/66/33/0% of the points', () => {
    const r = miniRubric({ metrics, criteria: '- { id: c, kind: graded, metric: state, points: 100 }' });
    expect(['A', 'B', 'C', 'C#'].map((state) => criterion(scoreOf(r, { state }), 'c').earned)).toEqual([
      100, 66, 33, 0,
    ]);
    expect(criterion(scoreOf(r, { state: 'B' }), 'c').shortfalls[0]!.params).toEqual({
      grade: 'B',
      share: 66,
    });
  });

  const byCount = miniRubric({
    metrics,
    criteria: `- id: c
  kind: graded
  metric: violations
  points: 10
  grades: [{ grade: A, at-most: 0 }, { grade: B, between: [1, 2] }, { grade: C, at-most: 5 }]`,
  });

  it.each([
    [0, 'A', 10],
    [1, 'B', 6.6],
    [2, 'B', 6.6],
    [3, 'C', 3.3],
    [5, 'C', 3.3],
    [6, 'C#', 0],
  ])('%d violations: grade %s, %d points', (violations, grade, earned) => {
    const c = criterion(scoreOf(byCount, { violations }), 'c');
    expect(c.earned).toBe(earned);
    if (grade === 'A') expect(c.shortfalls).toEqual([]);
    else
      expect(c.shortfalls).toEqual([
        {
          code: 'shortfall.grade-by',
          params: {
            grade,
            share: { B: 66, C: 33, 'C#': 0 }[grade],
            metric: 'violations',
            actual: violations,
          },
        },
      ]);
  });

  it('no data: earns 0', () => {
    expect(summary(scoreOf(direct, {}), 'c')).toMatchObject({ status: 'no-data', earned: 0 });
    expect(summary(scoreOf(byCount, {}), 'c')).toMatchObject({ status: 'no-data', earned: 0 });
    expect(summary(scoreOf(direct, { state: 'D' }), 'c')).toMatchObject({
      status: 'no-data',
      codes: ['shortfall.unreadable'],
    });
  });

  it('a masked band: no data', () => {
    const r = miniRubric({
      metrics,
      criteria:
        "- { id: c, kind: graded, metric: violations, points: 10, grades: [{ grade: A, at-most: '**' }] }",
    });
    expect(summary(scoreOf(r, { violations: 0 }), 'c')).toMatchObject({
      status: 'no-data',
      codes: ['shortfall.figure-masked'],
    });
  });
});

describe('deduction', () => {
  const metrics = 'parked: { type: count }\nfeeling: { type: rate }';
  const perCar = miniRubric({
    metrics,
    criteria: '- { id: c, kind: deduction, metric: parked, per-occurrence: 2, points: 10 }',
  });

  it.each([
    [0, 10, 'met'],
    [1, 8, 'partial'],
    [4, 2, 'partial'],
    [5, 0, 'unmet'],
    [6, 0, 'unmet'],
    [100, 0, 'unmet'],
  ])('−2 per illegally parked vehicle: %d vehicles leave %d points', (parked, earned, status) => {
    expect(summary(scoreOf(perCar, { parked }), 'c')).toMatchObject({ earned, status });
  });

  it('says what was taken off, never more than the points', () => {
    expect(criterion(scoreOf(perCar, { parked: 3 }), 'c').shortfalls).toEqual([
      { code: 'shortfall.deducted', params: { metric: 'parked', actual: 3, deducted: 6 }, unit: 'count' },
    ]);
    expect(criterion(scoreOf(perCar, { parked: 9 }), 'c').shortfalls[0]!.params.deducted).toBe(10);
  });

  const banded = miniRubric({
    metrics,
    criteria: `- id: c
  kind: deduction
  metric: feeling
  points: 10
  bands: [{ less-than: 60%, deduct: 8 }, { between: [60%, 80%], deduct: 4 }]`,
  });

  it.each([
    ['95%', 10, 'met'],
    ['80.1%', 10, 'met'],
    ['80%', 6, 'partial'],
    ['0.7', 6, 'partial'],
    ['60%', 6, 'partial'],
    ['59.9%', 2, 'partial'],
    ['0%', 2, 'partial'],
  ])('by band: safety feeling %s leaves %d points', (feeling, earned, status) => {
    expect(summary(scoreOf(banded, { feeling }), 'c')).toMatchObject({ earned, status });
  });

  it('a band deducting more than the points floors at 0', () => {
    const r = miniRubric({
      metrics,
      criteria:
        '- { id: c, kind: deduction, metric: parked, points: 5, bands: [{ at-least: 1, deduct: 8 }] }',
    });
    expect(summary(scoreOf(r, { parked: 3 }), 'c')).toMatchObject({ earned: 0, status: 'unmet' });
  });

  it('no data: earns 0, not the full points', () => {
    expect(summary(scoreOf(perCar, {}), 'c')).toMatchObject({ status: 'no-data', earned: 0 });
    expect(summary(scoreOf(banded, { feeling: 96 }), 'c')).toMatchObject({
      status: 'no-data',
      earned: 0,
      codes: ['shortfall.unreadable'],
    });
  });

  it('a masked band: no data', () => {
    const r = miniRubric({
      metrics,
      criteria:
        "- { id: c, kind: deduction, metric: feeling, points: 5, bands: [{ at-most: '**%', deduct: 4 }] }",
    });
    expect(summary(scoreOf(r, { feeling: '100%' }), 'c')).toMatchObject({
      status: 'no-data',
      codes: ['shortfall.figure-masked'],
    });
  });
});

describe('flag', () => {
  const metrics = 'drug-free: { type: flag }\nmajor-fire: { type: flag }';
  const r = miniRubric({
    metrics,
    criteria: `- { id: must, kind: flag, metric: drug-free, points: 4 }
- { id: must-not, kind: flag, metric: major-fire, expect: false, points: 4 }`,
  });

  it.each([
    [true, '否', 'met', 'met', 8],
    ['是', 'false', 'met', 'met', 8],
    ['否', false, 'unmet', 'met', 4],
    [true, '是', 'met', 'unmet', 4],
  ])('drug-free %j, major fire %j', (df, fire, s1, s2, total) => {
    const res = scoreOf(r, { 'drug-free': df, 'major-fire': fire });
    expect([criterion(res, 'must').status, criterion(res, 'must-not').status, res.total]).toEqual([
      s1,
      s2,
      total,
    ]);
  });

  it('says which way it failed', () => {
    const res = scoreOf(r, { 'drug-free': false, 'major-fire': true });
    expect(criterion(res, 'must').shortfalls).toEqual([
      { code: 'shortfall.flag-missing', params: { metric: 'drug-free' } },
    ]);
    expect(criterion(res, 'must-not').shortfalls).toEqual([
      { code: 'shortfall.flag-present', params: { metric: 'major-fire' } },
    ]);
  });

  it('no data: earns 0', () => {
    expect(summary(scoreOf(r, {}), 'must')).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 4,
      codes: ['shortfall.no-data'],
    });
  });
});
