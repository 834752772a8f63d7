import { describe, expect, it } from 'vitest';
import { buildFromYaml, fixture, rubricFromYaml } from '../helpers/build.js';

const wrap = (metrics: string, criteria: string, extra = '') => `
rubric: b
title: b
metrics: ${metrics}
sections: [{ id: s, criteria: [${criteria}] }]
${extra}`;

describe('buildRubric', () => {
  it('builds the mini fixture with its figures read', () => {
    const r = rubricFromYaml(fixture('mini-rubric.yaml'));
    const byId = Object.fromEntries(r.sections.flatMap((s) => s.criteria).map((c) => [c.id, c]));
    expect(byId.area).toMatchObject({ kind: 'threshold', bound: { op: 'at-least', value: { value: 150 } } });
    expect(byId.lights).toMatchObject({ bound: { op: 'at-least', value: { value: 0.85 } } });
    expect(byId.rooms).toMatchObject({
      items: [{ facility: 'police-office' }, { facility: 'reading-room', minArea: { value: 30 } }],
      scoring: 'proportional',
    });
    expect(byId['drug-free']).toMatchObject({ kind: 'flag', veto: true, expect: true, points: 0 });
    expect(r.tiers.map((t) => [t.id, t.minScore])).toEqual([
      ['model', 90],
      ['pass', 60],
    ]);
  });

  it('reads a count figure with its unit, as a self-assessment would (2000户)', () => {
    const { rubric, findings } = buildFromYaml(
      wrap(
        '{ h: { type: count } }',
        "{ id: c, kind: threshold, metric: h, between: ['2000户', '3000 户'], points: 1 }",
      ),
    );
    expect(findings).toEqual([]);
    expect(rubric.sections[0]!.criteria[0]).toMatchObject({
      bound: { op: 'between', value: { value: 2000 }, upper: { value: 3000 } },
    });
  });

  it('keeps a masked figure masked, with a warning', () => {
    const { rubric, findings } = buildFromYaml(
      wrap('{ a: { type: area } }', "{ id: c, kind: threshold, metric: a, at-least: '***-***', points: 1 }"),
    );
    expect(findings.map((f) => [f.code, f.severity, f.params])).toEqual([
      ['rubric.figure-masked', 'warning', { raw: '***-***' }],
    ]);
    expect(rubric.sections[0]!.criteria[0]).toMatchObject({ bound: { value: { masked: '***-***' } } });
  });

  it.each([
    ['{ a: { type: area } }', '{ id: c, kind: threshold, metric: a, points: 1 }', 'rubric.bound-missing'],
    [
      '{ a: { type: area } }',
      '{ id: c, kind: threshold, metric: a, at-least: 1, at-most: 2, points: 1 }',
      'rubric.bound-multiple',
    ],
    [
      '{ a: { type: area } }',
      '{ id: c, kind: threshold, metric: a, between: [3, 2], points: 1 }',
      'rubric.bound-reversed',
    ],
    [
      '{ a: { type: area } }',
      '{ id: c, kind: threshold, metric: b, at-least: 1, points: 1 }',
      'rubric.unknown-metric',
    ],
    [
      '{ a: { type: flag } }',
      '{ id: c, kind: threshold, metric: a, at-least: 1, points: 1 }',
      'rubric.metric-type',
    ],
    [
      '{ a: { type: area } }',
      "{ id: c, kind: threshold, metric: a, at-least: '1 km', points: 1 }",
      'rubric.figure-invalid',
    ],
    ['{ a: { type: count } }', '{ id: c, kind: graded, metric: a, points: 1 }', 'rubric.grades-missing'],
    [
      '{ a: { type: grade } }',
      '{ id: c, kind: graded, metric: a, points: 1, grades: [{ grade: A, at-most: 0 }] }',
      'rubric.metric-type',
    ],
    ['{ a: { type: count } }', '{ id: c, kind: deduction, metric: a, points: 1 }', 'rubric.deduction-rule'],
    [
      '{ a: { type: area } }',
      '{ id: c, kind: checklist, items: [nowhere], points: 1 }',
      'rubric.unknown-facility',
    ],
    [
      '{ a: { type: area } }',
      '{ id: c, kind: threshold, metric: a, at-least: 1, points: 1 }, { id: c, kind: threshold, metric: a, at-least: 1, points: 1 }',
      'rubric.duplicate-id',
    ],
  ])('%s %s: %s', (metrics, criteria, code) => {
    const { findings } = buildFromYaml(wrap(metrics, criteria));
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([code]);
  });

  it.each([
    ['tiers: [{ id: t, min-score: 5 }]', 'rubric.tier-unreachable'],
    ['tiers: [{ id: t, min-score: 0.5 }, { id: u, min-score: 0.5 }]', 'rubric.tier-order'],
    ['tiers: [{ id: t, min-score: 0.5, requires: [nope] }]', 'rubric.unknown-criterion'],
    [
      'exemptions: [{ community: x, criterion: nope, reason: r, expires: 2030-01-01 }]',
      'rubric.unknown-criterion',
    ],
  ])('%s: %s', (extra, code) => {
    const { findings } = buildFromYaml(
      wrap('{ a: { type: area } }', '{ id: c, kind: threshold, metric: a, at-least: 1, points: 1 }', extra),
    );
    expect(findings.map((f) => f.code)).toEqual([code]);
  });
});
