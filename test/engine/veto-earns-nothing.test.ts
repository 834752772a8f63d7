/** Issue #10, points 5 and 6: a failed veto earns nothing, and a count's status follows its items. */
import { describe, expect, it } from 'vitest';
import { buildFromYaml, criterion, miniRubric, scoreOf } from '../helpers/build.js';

const metrics =
  'grade: { type: grade }\nn: { type: count }\nf: { type: flag }\ng: { type: flag }\nh: { type: flag }\nx: { type: area }';
const build = (c: string) =>
  miniRubric({
    metrics,
    criteria: `- ${c}\n- { id: other, kind: threshold, metric: x, at-least: 1, points: 90 }`,
    tiers: '- { id: pass, min-score: 60 }',
  });

describe('a failed veto earns 0 points and withholds every tier', () => {
  it('a graded veto at B keeps none of its 10 points', () => {
    const res = scoreOf(build('{ id: v, kind: graded, metric: grade, veto: true, points: 10 }'), {
      grade: 'B',
      x: 1,
    });
    expect(criterion(res, 'v')).toMatchObject({ status: 'vetoed', earned: 0, possible: 10 });
    expect([res.total, res.tier]).toEqual([90, null]);
    expect(res.nextTier?.fixes[0]).toMatchObject({ criterion: 'v', gain: 10, required: true });
  });

  it('a deduction veto with any deduction keeps none', () => {
    const res = scoreOf(
      build('{ id: v, kind: deduction, metric: n, per-occurrence: 1, veto: true, points: 10 }'),
      {
        n: 1,
        x: 1,
      },
    );
    expect(criterion(res, 'v')).toMatchObject({ status: 'vetoed', earned: 0 });
    expect(res.total).toBe(90);
  });

  it('a count veto fails when one item is missing, whatever its band pays', () => {
    const r = build(
      '{ id: v, kind: count, items: [f, g, h], bands: [{ met: 2, points: 10 }], veto: true, points: 10 }',
    );
    const res = scoreOf(r, { f: true, g: true, h: false, x: 1 });
    expect(criterion(res, 'v')).toMatchObject({ status: 'vetoed', earned: 0 });
    expect([res.vetoes, res.tier, res.total]).toEqual([['v'], null, 90]);
    const ok = scoreOf(r, { f: true, g: true, h: true, x: 1 });
    expect([ok.vetoes, ok.tier, ok.total]).toEqual([[], 'pass', 100]);
  });
});

describe('count: status follows the items, points follow the bands', () => {
  const r = miniRubric({
    metrics,
    criteria: '- { id: c, kind: count, items: [f, g, h], bands: [{ met: 2, points: 3 }], points: 3 }',
  });

  it('2 of 3 with full points at 2 is partial, and says 2/3', () => {
    const c = criterion(scoreOf(r, { f: true, g: true, h: false }), 'c');
    expect(c).toMatchObject({ status: 'partial', earned: 3 });
    expect(c.shortfalls.map((s) => s.code)).toEqual(['shortfall.items-met', 'shortfall.flag-missing']);
    expect(c.shortfalls[0]!.params).toEqual({ met: 2, total: 3 });
  });

  it('none of 3 is unmet, all 3 met', () => {
    expect(criterion(scoreOf(r, { f: false, g: false, h: false }), 'c').status).toBe('unmet');
    expect(criterion(scoreOf(r, { f: true, g: true, h: true }), 'c').status).toBe('met');
  });

  it('refuses a count item with a bound on a grade metric (it could never be met)', () => {
    const { findings } = buildFromYaml(`
rubric: t
title: t
metrics: { grade: { type: grade } }
sections:
  - id: s
    criteria:
      - { id: c, kind: count, points: 1, items: [{ metric: grade, at-least: 1 }] }
`);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['rubric.metric-type', 'error', ['sections', 0, 'criteria', 0, 'items', 0, 'metric']],
    ]);
  });
});
