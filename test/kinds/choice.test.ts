/**
 * The choice kind (一社区一品牌): met by any option, or with `one-of` by one listed; on a text metric,
 * by a name given. The shortfall names the option chosen and those that would do. By hand.
 */
import { describe, expect, it } from 'vitest';
import { criterion, miniRubric, scoreOf } from '../helpers/build.js';

const r = miniRubric({
  metrics: `
style: { type: choice, options: { a: { zh-CN: 甲 }, b: { zh-CN: 乙 }, c: { zh-CN: 丙 } } }
name: { type: text }`,
  criteria: `
- { id: any, kind: choice, metric: style, points: 5 }
- { id: some, kind: choice, metric: style, one-of: [a, c], points: 3 }
- { id: named, kind: choice, metric: name, points: 2 }`,
});

describe('choice', () => {
  it('any option meets it; one listed meets one-of', () => {
    const res = scoreOf(r, { style: 'c', name: '夕阳红' });
    expect(
      ['any', 'some', 'named'].map((id) => criterion(res, id)).map((c) => [c.status, c.earned, c.shortfalls]),
    ).toEqual([
      ['met', 5, []],
      ['met', 3, []],
      ['met', 2, []],
    ]);
    expect(res.total).toBe(10);
  });

  it('an option not listed: unmet, naming it and the options that would do', () => {
    const c = criterion(scoreOf(r, { style: 'b', name: '夕阳红' }), 'some');
    expect([c.status, c.earned]).toEqual(['unmet', 0]);
    expect(c.shortfalls).toEqual([
      { code: 'shortfall.choice-other', params: { metric: 'style', option: 'b', options: 'a|c' } },
    ]);
  });

  it('nothing chosen: no data, for each', () => {
    const res = scoreOf(r, {});
    for (const id of ['any', 'some', 'named'])
      expect(criterion(res, id)).toMatchObject({
        status: 'no-data',
        earned: 0,
        shortfalls: [{ code: 'shortfall.no-data' }],
      });
  });
});
