/**
 * The arithmetic that ships verdicts, at the edges a mutation probe found untested: how many
 * facilities a ratio still needs (whole ones: 6.2 needed is 7; more than 6 is 7) and proportional
 * checklist points that do not divide evenly.
 */
import { describe, expect, it } from 'vitest';
import { criterion, miniRubric, scoreOf } from '../helpers/build.js';

describe('a ratio of facilities counts whole facilities', () => {
  const rubric = (bound: string) =>
    miniRubric({
      facilities: 'fitness: { zh-CN: 健身点 }',
      metrics: 'residents: { type: count }',
      criteria: `- { id: c, kind: ratio, facility-count: fitness, per: { metric: residents, every: 1000 }, ${bound}, points: 5 }`,
    });
  const needed = (bound: string, residents: number, have: number) =>
    criterion(scoreOf(rubric(bound), { residents }, [{ kind: 'fitness', count: have }]), 'c').shortfalls[0]
      ?.params;

  it('at least 1 per 1000: 6200 residents need 7 points, not 6 (rounded up, never to the nearest)', () => {
    expect(needed('at-least: 1', 6200, 5)).toMatchObject({ needed: 7, gap: 2 });
    expect(needed('at-least: 1', 6800, 5)).toMatchObject({ needed: 7, gap: 2 });
    expect(needed('at-least: 1', 6000, 5)).toMatchObject({ needed: 6, gap: 1 });
  });

  it('more than 1 per 1000: 6000 residents need 7 points (more than 6), 6200 need 7 too', () => {
    expect(needed('more-than: 1', 6000, 5)).toMatchObject({ needed: 7, gap: 2 });
    expect(needed('more-than: 1', 6200, 5)).toMatchObject({ needed: 7, gap: 2 });
    expect(needed('more-than: 1', 6000, 6)).toMatchObject({ needed: 7, gap: 1 });
  });
});

describe('proportional checklist points that do not divide evenly', () => {
  const rubric = miniRubric({
    facilities: 'a: { zh-CN: 甲 }\nb: { zh-CN: 乙 }\nc: { zh-CN: 丙 }',
    criteria: '- { id: c, kind: checklist, items: [a, b, c], points: 10 }',
  });

  it('one of three items earns 10/3 points, two earn 20/3 (to a millionth), neither rounded to a whole point', () => {
    const one = scoreOf(rubric, {}, [{ kind: 'a' }]);
    expect(criterion(one, 'c')).toMatchObject({ status: 'partial', possible: 10, earned: 3.333333 });
    expect(one.total).toBe(3.333333);
    const two = scoreOf(rubric, {}, [{ kind: 'a' }, { kind: 'c' }]);
    expect(criterion(two, 'c')).toMatchObject({ status: 'partial', earned: 6.666667 });
    expect(two.total).toBe(6.666667);
    expect(criterion(scoreOf(rubric, {}, []), 'c')).toMatchObject({ status: 'unmet', earned: 0 });
  });
});
