/**
 * The count kind item by item: a flag, a facility, a facility with a minimum area, a metric with a
 * bound and a flag that must not hold; the points by bands (the most met first) or in proportion;
 * the status by the items. Every shortfall written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { criterion, miniRubric, scoreOf } from '../helpers/build.js';

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
