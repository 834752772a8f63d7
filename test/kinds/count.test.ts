/**
 * The count kind item by item: a flag, a facility, a facility with a minimum area, a metric with a
 * bound and a flag that must not hold; the points by bands (the most met first) or in proportion;
 * the status by the items. Every shortfall written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { type CountCriterion, count } from '../../src/kinds/count.js';
import { allCriteria, type Rubric } from '../../src/model/rubric.js';
import { buildFromYaml, criterion, miniRubric, scoreOf } from '../helpers/build.js';

const metrics = 'f: { type: flag }\nn: { type: count }\ng: { type: flag }';
const facilities = 'room: { zh-CN: 活动室 }';
const items =
  '[f, room, { facility: room, min-area: 20 }, { metric: n, at-least: 3 }, { metric: g, expect: false }]';
const banded = miniRubric({
  metrics,
  facilities,
  criteria: `- { id: c, kind: count, points: 10, items: ${items}, bands: [{ met: 1, points: 2 }, { met: 5, points: 10 }, { met: 3, points: 6 }] }`,
});
const plain = miniRubric({
  metrics,
  facilities,
  criteria: `- { id: c, kind: count, points: 10, items: ${items} }`,
});
const judged = (r: typeof banded, m: Record<string, unknown>, area?: number) =>
  criterion(scoreOf(r, m, area === undefined ? [] : [{ kind: 'room', area }]), 'c');

describe('count', () => {
  it('all five met: every point, no shortfall', () => {
    expect(judged(banded, { f: true, n: 3, g: false }, 25)).toMatchObject({
      status: 'met',
      earned: 10,
      shortfalls: [],
    });
    expect(judged(plain, { f: true, n: 3, g: false }, 20)).toMatchObject({
      status: 'met',
      earned: 10,
      shortfalls: [],
    });
  });

  it('one met: the band for 1, partial, each item that failed said', () => {
    const c = judged(banded, { f: false, n: 2, g: true }, 15);
    expect([c.status, c.earned]).toEqual(['partial', 2]);
    expect(c.shortfalls).toEqual([
      { code: 'shortfall.items-met', params: { met: 1, total: 5 } },
      { code: 'shortfall.flag-missing', params: { metric: 'f' } },
      {
        code: 'shortfall.facility-area',
        params: { facility: 'room', actual: 15, needed: 20, gap: 5 },
        unit: 'area',
      },
      expect.objectContaining({
        code: 'shortfall.below',
        params: expect.objectContaining({ metric: 'n', actual: 2, needed: 3, gap: 1 }),
      }),
      { code: 'shortfall.flag-present', params: { metric: 'g' } },
    ]);
    // In proportion: 10 × 1/5.
    expect(judged(plain, { f: false, n: 2, g: true }, 15).earned).toBe(2);
  });

  it('two, three and four met: the highest band at or below, or in proportion', () => {
    expect(judged(banded, { f: true, n: 2, g: true }, 15).earned).toBe(2);
    expect(judged(banded, { f: true, n: 3, g: true }, 15).earned).toBe(6);
    expect(judged(banded, { f: true, n: 3, g: false }, 15)).toMatchObject({ status: 'partial', earned: 6 });
    expect(judged(plain, { f: true, n: 2, g: true }, 15).earned).toBe(4);
    expect(judged(plain, { f: true, n: 3, g: false }, 15).earned).toBe(8);
  });

  it('none met: unmet, and no band pays for 0', () => {
    const c = judged(banded, { f: false, n: 0, g: true });
    expect([c.status, c.earned]).toEqual(['unmet', 0]);
    expect(c.shortfalls.map((s) => s.code)).toEqual([
      'shortfall.items-met',
      'shortfall.flag-missing',
      'shortfall.facility-missing',
      'shortfall.facility-missing',
      'shortfall.below',
      'shortfall.flag-present',
    ]);
  });

  it('no data when the file lists no facilities, or a metric is missing: every missing item said', () => {
    const noRooms = criterion(scoreOf(plain, { f: true, n: 3, g: false }), 'c');
    expect(noRooms).toMatchObject({ status: 'no-data', earned: 0 });
    expect(noRooms.shortfalls).toEqual([
      { code: 'shortfall.no-facilities', params: {} },
      { code: 'shortfall.no-facilities', params: {} },
    ]);
    const noN = judged(plain, { f: true, g: false }, 25);
    expect(noN.status).toBe('no-data');
    expect(noN.shortfalls.map((s) => s.code)).toEqual(['shortfall.no-data']);
  });

  it('a facility with no area given, against a minimum area', () => {
    const c = criterion(scoreOf(plain, { f: true, n: 3, g: false }, [{ kind: 'room', count: 1 }]), 'c');
    expect(c.shortfalls).toContainEqual({
      code: 'shortfall.facility-area-unknown',
      params: { facility: 'room', needed: 20 },
      unit: 'area',
    });
    expect(c.earned).toBe(8);
  });
});

/** A rubric of one count criterion: its errors and the criterion built (undefined if refused). */
function built(c: string) {
  const { rubric, findings } = buildFromYaml(
    [
      'rubric: b',
      'title: b',
      'metrics: { f: { type: flag }, n: { type: count } }',
      'facilities: { room: { zh-CN: 活动室 } }',
      'sections:',
      '  - id: sec',
      '    criteria:',
      `      - { id: c, kind: count, points: 4, ${c} }`,
    ].join('\n'),
  );
  return {
    rubric,
    errors: findings.filter((x) => x.severity === 'error').map((x) => [x.code, x.path]),
    c: allCriteria(rubric)[0] as CountCriterion | undefined,
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];

describe('count: build', () => {
  it('an unknown facility written as an object, an unreadable area, an unreadable bound: each item left out, said where', () => {
    const b = built(
      'items: [f, { facility: nowhere }, { facility: room, min-area: 20㎡ }, { facility: room, min-area: lots }, { metric: n, at-least: many }]',
    );
    expect(b.errors).toEqual([
      ['rubric.unknown-facility', at('items', 1)],
      ['rubric.figure-invalid', at('items', 3, 'min-area')],
      ['rubric.figure-invalid', at('items', 4, 'at-least')],
    ]);
    // 20㎡ is an area; "lots" is none: the facility is kept without one; the bound's item is dropped.
    expect(b.c!.items).toEqual([
      { type: 'metric', metric: 'f', expect: true },
      { type: 'facility', facility: 'room', minArea: { value: 20 } },
      { type: 'facility', facility: 'room' },
    ]);
  });

  it('no error for a facility without an area, a band at the points or at the number of items', () => {
    const b = built(
      'items: [room, { facility: room }], bands: [{ met: 2, points: 4 }, { met: 1, points: 1 }]',
    );
    expect(b.errors).toEqual([]);
    expect(b.c!.items).toEqual([
      { type: 'facility', facility: 'room' },
      { type: 'facility', facility: 'room' },
    ]);
  });
});

describe('count: uses, describe, lint, a masked area', () => {
  const b = built('items: [f, room, { facility: room, min-area: 20 }, { metric: n, at-least: 3 }]');

  it('uses each metric and facility, the area only where one is asked', () => {
    expect(count.uses(b.c!)).toEqual([
      { metric: 'f' },
      { facility: 'room', area: false },
      { facility: 'room', area: true },
      { metric: 'n' },
    ]);
  });

  it('describe without bands: an empty bands; a metric the rubric does not type: its bound untyped', () => {
    const d = count.describe(b.c!, b.rubric);
    expect(d.params.bands).toBe('');
    const untyped = { ...b.rubric, metrics: {} } as unknown as Rubric;
    expect((count.describe(b.c!, untyped).params.items as { join: unknown[] }).join[3]).toEqual({
      concat: [
        { metric: 'n' },
        { concat: [' ', { bound: { op: 'at-least', value: { value: 3 } }, type: undefined }] },
      ],
    });
  });

  it('lint: nothing without bands; two bands for the same count are no disorder; a disorder is a warning', () => {
    const parse = (bands?: { met: number; points: number }[]) =>
      count.schema.parse({
        id: 'c',
        kind: 'count',
        points: 6,
        items: ['a', 'b'],
        ...(bands ? { bands } : {}),
      });
    expect(count.lint(parse(), undefined, [])).toEqual([]);
    expect(
      count.lint(
        parse([
          { met: 2, points: 3 },
          { met: 2, points: 5 },
        ]),
        undefined,
        [],
      ),
    ).toEqual([]);
    const [w] = count.lint(
      parse([
        { met: 2, points: 1 },
        { met: 1, points: 3 },
      ]),
      undefined,
      [],
    );
    expect([w!.code, w!.severity]).toEqual(['lint.band-order', 'warning']);
  });

  it('a masked minimum area: no data, with the figure as written', () => {
    const masked = miniRubric({
      metrics: 'f: { type: flag }',
      facilities: 'room: { zh-CN: 活动室 }',
      criteria: "- { id: c, kind: count, points: 2, items: [f, { facility: room, min-area: '**' }] }",
    });
    const c = criterion(scoreOf(masked, { f: true }, [{ kind: 'room', area: 30 }]), 'c');
    expect([c.status, c.shortfalls]).toEqual([
      'no-data',
      [{ code: 'shortfall.figure-masked', params: { raw: '**' } }],
    ]);
  });
});
