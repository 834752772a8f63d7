/**
 * A rubric with a masked figure (`**`) says so once per result, whichever criterion carries it:
 * a criterion after the masked one does not take the warning back (src/engine/score.ts).
 */
import { describe, expect, it } from 'vitest';
import { miniRubric, scoreOf } from '../helpers/build.js';

describe('a masked figure in the rubric', () => {
  const r = (first: string, second: string) =>
    miniRubric({
      metrics: 'area: { type: area }',
      criteria: `- { id: a, kind: threshold, metric: area, ${first}, points: 5 }\n- { id: b, kind: threshold, metric: area, ${second}, points: 5 }`,
    });

  it('is one warning naming the rubric, when the masked criterion comes first or last', () => {
    for (const rubric of [r("at-least: '**'", 'at-least: 1'), r('at-least: 1', "at-least: '**'")]) {
      const res = scoreOf(rubric, { area: 10 });
      expect(res.findings.filter((f) => f.code === 'score.rubric-masked')).toEqual([
        { code: 'score.rubric-masked', severity: 'warning', params: { rubric: 't' } },
      ]);
      expect(res.total).toBe(5);
    }
  });

  it('is not said when no figure is masked', () => {
    expect(scoreOf(r('at-least: 1', 'at-least: 2'), { area: 10 }).findings).toEqual([]);
  });
});
