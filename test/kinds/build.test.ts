/**
 * Each kind's `build`: the metric types it accepts, the findings (code, params, path) with which it
 * refuses a criterion, and what it keeps. A refused criterion is left out of the built rubric.
 * Expected findings written out by hand from src/kinds/*.ts.
 */
import { describe, expect, it } from 'vitest';
import { allCriteria } from '../../src/model/rubric.js';
import { buildFromYaml } from '../helpers/build.js';

const METRICS = `
  a: { type: area }
  n: { type: count }
  r: { type: rate }
  f: { type: flag }
  g: { type: grade }
  t: { type: text }
  s: { type: choice, options: { x: { zh-CN: 甲 }, y: { zh-CN: 乙 } } }`;

/** The errors of a rubric with one criterion (written as one flow mapping), and the ids built. */
function built(criterion: string, opts: { level?: string; extra?: string } = {}) {
  const text = [
    'rubric: b',
    'title: b',
    opts.level ? `level: ${opts.level}` : '',
    `metrics:${METRICS}`,
    'facilities: { room: { zh-CN: 活动室 } }',
    'community-types: { old: { zh-CN: 老小区 } }',
    'sections:',
    '  - id: sec',
    '    criteria:',
    `      - ${criterion}`,
    opts.extra ?? '',
  ].join('\n');
  const { rubric, findings } = buildFromYaml(text);
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.params, f.path]),
    criteria: allCriteria(rubric),
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];
const wrongType = (metric: string, type: string, expected: string, path: (string | number)[]) => [
  'rubric.metric-type',
  { metric, type, expected },
  path,
];

describe('the metric types each kind accepts', () => {
  it.each([
    ['{ id: c, kind: flag, metric: a, points: 1 }', wrongType('a', 'area', 'flag', at('metric'))],
    [
      '{ id: c, kind: threshold, metric: f, at-least: 1, points: 1 }',
      wrongType('f', 'flag', 'area|count|rate|number', at('metric')),
    ],
    [
      '{ id: c, kind: deduction, metric: g, per-occurrence: 1, points: 1 }',
      wrongType('g', 'grade', 'area|count|rate|number', at('metric')),
    ],
    [
      '{ id: c, kind: graded, metric: f, points: 1 }',
      wrongType('f', 'flag', 'grade|count|number|rate', at('metric')),
    ],
    ['{ id: c, kind: choice, metric: a, points: 1 }', wrongType('a', 'area', 'choice|text', at('metric'))],
    [
      '{ id: c, kind: choice, metric: t, one-of: [x], points: 1 }',
      wrongType('t', 'text', 'choice', at('metric')),
    ],
    [
      '{ id: c, kind: ratio, metric: a, per: { metric: r, every: 100 }, at-least: 1, points: 1 }',
      wrongType('r', 'rate', 'count|number|area', at('per', 'metric')),
    ],
    ['{ id: c, kind: count, points: 1, items: [n] }', wrongType('n', 'count', 'flag', at('items', 0))],
    [
      '{ id: c, kind: count, points: 1, items: [{ metric: g, at-least: 1 }] }',
      wrongType('g', 'grade', 'flag|area|count|rate|number', at('items', 0, 'metric')),
    ],
  ])('%s', (criterion, error) => {
    const b = built(criterion);
    expect(b.errors).toEqual([error]);
    // Refused: left out of the rubric (a count keeps its other items).
    if (!criterion.includes('kind: count')) expect(b.criteria).toEqual([]);
  });

  it.each([
    '{ id: c, kind: flag, metric: f, points: 1 }',
    '{ id: c, kind: threshold, metric: r, at-least: 50%, points: 1 }',
    '{ id: c, kind: deduction, metric: n, per-occurrence: 1, points: 1 }',
    '{ id: c, kind: graded, metric: g, points: 1 }',
    '{ id: c, kind: graded, metric: n, points: 1, grades: [{ grade: A, at-most: 0 }] }',
    '{ id: c, kind: choice, metric: t, points: 1 }',
    '{ id: c, kind: choice, metric: s, one-of: [y], points: 1 }',
    '{ id: c, kind: ratio, metric: a, per: { metric: n, every: 100 }, at-least: 1, points: 1 }',
    '{ id: c, kind: count, points: 1, items: [f, room, { metric: r, at-least: 10% }] }',
  ])('builds %s', (criterion) => {
    const b = built(criterion);
    expect(b.errors).toEqual([]);
    expect(b.criteria.map((c) => c.id)).toEqual(['c']);
  });
});

describe('what each kind refuses, and where', () => {
  it('choice: an option its metric does not have, at its place in one-of', () => {
    const b = built('{ id: c, kind: choice, metric: s, one-of: [x, z], points: 1 }');
    expect(b.errors).toEqual([
      ['rubric.unknown-option', { metric: 's', option: 'z', suggestion: 'x' }, at('one-of', 1)],
    ]);
    expect(b.criteria).toEqual([]);
  });

  it('choice: keeps one-of only when given', () => {
    expect(built('{ id: c, kind: choice, metric: s, one-of: [y], points: 1 }').criteria[0]).toMatchObject({
      metric: 's',
      oneOf: ['y'],
    });
    expect(built('{ id: c, kind: choice, metric: s, points: 1 }').criteria[0]).not.toHaveProperty('oneOf');
  });

  it('threshold: by-type and a bound of its own together; an unknown community type', () => {
    expect(
      built(
        '{ id: c, kind: threshold, metric: a, at-least: 1, by-type: { old: { at-least: 2 } }, points: 1 }',
      ).errors,
    ).toEqual([['rubric.by-type-and-bound', {}, at('by-type')]]);
    const b = built(
      '{ id: c, kind: threshold, metric: a, by-type: { old: { at-least: 2 }, odd: { at-least: 3 } }, points: 1 }',
    );
    expect(b.errors.map((e) => [e[0], e[2]])).toEqual([
      ['rubric.unknown-community-type', at('by-type', 'odd')],
    ]);
    expect(b.criteria).toEqual([]);
    const ok = built('{ id: c, kind: threshold, metric: a, by-type: { old: { at-least: 2 } }, points: 1 }');
    expect(ok.criteria[0]).toMatchObject({ byType: { old: { op: 'at-least', value: { value: 2 } } } });
    expect(ok.criteria[0]).not.toHaveProperty('bound');
  });

  it('threshold by type on an unknown metric: the metric is the one finding', () => {
    const b = built('{ id: c, kind: threshold, metric: zz, by-type: { old: { at-least: 2 } }, points: 1 }');
    expect(b.errors.map((e) => e[0])).toEqual(['rubric.unknown-metric']);
  });

  it('graded: a number metric needs grades; a grade metric takes none', () => {
    expect(built('{ id: c, kind: graded, metric: n, points: 1 }').errors).toEqual([
      ['rubric.grades-missing', { metric: 'n' }, at()],
    ]);
    expect(
      built('{ id: c, kind: graded, metric: g, points: 1, grades: [{ grade: A, at-most: 0 }] }').errors,
    ).toEqual([wrongType('g', 'grade', 'count|number|rate', at('grades'))]);
    const b = built(
      '{ id: c, kind: graded, metric: n, points: 1, grades: [{ grade: A, at-most: 0 }, { grade: B }] }',
    );
    expect(b.errors.map((e) => e[2])).toEqual([at('grades', 1)]);
    expect(b.criteria).toEqual([]);
  });

  it('deduction: so much each time or bands, exactly one of them', () => {
    expect(built('{ id: c, kind: deduction, metric: n, points: 5 }').errors).toEqual([
      ['rubric.deduction-rule', {}, at()],
    ]);
    expect(
      built(
        '{ id: c, kind: deduction, metric: n, per-occurrence: 1, bands: [{ at-least: 1, deduct: 2 }], points: 5 }',
      ).errors,
    ).toEqual([['rubric.deduction-rule', {}, at()]]);
    const b = built(
      '{ id: c, kind: deduction, metric: n, bands: [{ at-least: 1, deduct: 2 }, { deduct: 3 }], points: 5 }',
    );
    expect(b.errors.map((e) => e[2])).toEqual([at('bands', 1)]);
    expect(b.criteria).toEqual([]);
    const each = built('{ id: c, kind: deduction, metric: n, per-occurrence: 0.5, points: 5 }').criteria[0];
    expect(each).toMatchObject({ perOccurrence: 0.5 });
    expect(each).not.toHaveProperty('bands');
  });

  it('roll-up: a tier for a count or a share, none for a mean score', () => {
    expect(
      built(
        '{ id: c, kind: roll-up, from: compound, rubric: l, measure: mean-score, tier: m, at-least: 60, points: 1 }',
        {
          level: 'street',
        },
      ).errors,
    ).toEqual([['rubric.roll-up-tier', { measure: 'mean-score' }, at('tier')]]);
    expect(
      built('{ id: c, kind: roll-up, from: compound, rubric: l, measure: share, at-least: 50%, points: 1 }', {
        level: 'street',
      }).errors,
    ).toEqual([['rubric.roll-up-no-tier', {}, at('measure')]]);
    const ok = built(
      '{ id: c, kind: roll-up, from: compound, rubric: l, measure: share, tier: m, at-least: 50%, points: 1 }',
      {
        level: 'street',
      },
    );
    expect(ok.criteria[0]).toMatchObject({
      from: 'compound',
      rubric: 'l',
      measure: 'share',
      tier: 'm',
      bound: { op: 'at-least', value: { value: 0.5 } },
    });
    const mean = built(
      '{ id: c, kind: roll-up, from: compound, rubric: l, measure: mean-score, at-least: 60, points: 1 }',
      {
        level: 'street',
      },
    ).criteria[0];
    expect(mean).not.toHaveProperty('tier');
  });

  it('count: a band above the points or above the items; bands kept most met first', () => {
    expect(
      built(
        '{ id: c, kind: count, points: 4, items: [f, room], bands: [{ met: 1, points: 2 }, { met: 3, points: 5 }] }',
      ).errors,
    ).toEqual([
      ['rubric.band-above-points', { points: 5, max: 4 }, at('bands', 1, 'points')],
      ['rubric.band-above-items', { met: 3, items: 2 }, at('bands', 1, 'met')],
    ]);
    const b = built(
      '{ id: c, kind: count, points: 4, items: [f, room], bands: [{ met: 1, points: 2 }, { met: 2, points: 4 }] }',
    );
    expect(b.criteria[0]).toMatchObject({
      bands: [
        { met: 2, points: 4 },
        { met: 1, points: 2 },
      ],
    });
    expect(built('{ id: c, kind: count, points: 4, items: [f] }').criteria[0]).not.toHaveProperty('bands');
  });

  it('count: items as written: a flag, a facility with its area, a metric with a bound or an expected flag', () => {
    const c = built(
      '{ id: c, kind: count, points: 4, items: [f, room, { facility: room, min-area: 20 }, { metric: f, expect: false }, { metric: n, at-least: 3 }, nowhere] }',
    );
    expect(c.errors.map((e) => [e[0], e[2]])).toEqual([['rubric.unknown-facility', at('items', 5)]]);
    expect((c.criteria[0] as { items: object[] }).items).toHaveLength(5);
    const ok = built(
      '{ id: c, kind: count, points: 4, items: [f, room, { facility: room, min-area: 20 }, { facility: room }, { metric: f, expect: false }, { metric: f }, { metric: n, at-least: 3 }] }',
    );
    expect(ok.criteria[0]).toMatchObject({
      items: [
        { type: 'metric', metric: 'f', expect: true },
        { type: 'facility', facility: 'room' },
        { type: 'facility', facility: 'room', minArea: { value: 20 } },
        { type: 'facility', facility: 'room' },
        { type: 'metric', metric: 'f', expect: false },
        { type: 'metric', metric: 'f', expect: true },
        { type: 'metric', metric: 'n', bound: { op: 'at-least', value: { value: 3 } } },
      ],
    });
    const items = (ok.criteria[0] as { items: object[] }).items;
    expect(items[1]).not.toHaveProperty('minArea');
    expect(items[3]).not.toHaveProperty('minArea');
  });

  it('checklist: an unknown facility at its place; a minimum area and count kept', () => {
    const b = built('{ id: c, kind: checklist, points: 4, items: [room, nowhere] }');
    expect(b.errors.map((e) => [e[0], e[2]])).toEqual([['rubric.unknown-facility', at('items', 1)]]);
    const ok = built(
      '{ id: c, kind: checklist, points: 4, items: [room, { facility: room, min-area: 20, min-count: 2 }] }',
    );
    expect(ok.criteria[0]).toMatchObject({
      scoring: 'proportional',
      items: [{ facility: 'room' }, { facility: 'room', minArea: { value: 20 }, minCount: 2 }],
    });
    expect((ok.criteria[0] as { items: object[] }).items[0]).toEqual({ facility: 'room' });
  });
});
