/**
 * The fields each kind lets a rubric that extends another change (`editor.override`) and its named
 * definitions; and facets the other kind tests leave open: a deduction's lint on a criterion that
 * could not be built, the severity of lint findings, a deduction with nothing taken off. By hand.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { criterion, miniRubric, scoreOf } from '../helpers/build.js';

const BOUNDS = ['at-least', 'more-than', 'at-most', 'less-than', 'between'];

describe('editor: the fields an override may change', () => {
  it.each([
    ['checklist', ['items', 'scoring'], ['ChecklistItem']],
    ['choice', ['metric', 'one-of'], undefined],
    ['count', ['items', 'bands'], ['Condition']],
    ['deduction', ['metric', 'bands', 'per-occurrence'], undefined],
    ['flag', ['metric', 'expect'], undefined],
    ['graded', ['metric', 'grades'], undefined],
    ['ratio', ['metric', 'facility-area', 'facility-count', 'per', ...BOUNDS], undefined],
    ['roll-up', ['from', 'rubric', 'measure', 'tier', ...BOUNDS], undefined],
    ['threshold', ['metric', ...BOUNDS, 'by-type'], undefined],
  ] as const)('%s: %j', (kind, fields, defs) => {
    const e = KINDS[kind].editor;
    expect(Object.keys(e.override)).toEqual(fields);
    expect(e.defs && Object.keys(e.defs)).toEqual(defs);
  });

  it('a list field is a list of its item schema', () => {
    expect(Object.keys(KINDS.deduction.editor.override.bands!)).toEqual(['each']);
    expect(Object.keys(KINDS.count.editor.override.items!)).toEqual(['each']);
    expect(Object.keys(KINDS.graded.editor.override.grades!)).toEqual(['each']);
  });
});

describe('deduction, the rest', () => {
  const r = miniRubric({
    metrics: 'n: { type: count }',
    criteria: `
- { id: each, kind: deduction, metric: n, per-occurrence: 2, points: 10 }
- { id: banded, kind: deduction, metric: n, points: 10, bands: [{ at-least: 3, deduct: 4 }] }`,
  });

  it('nothing taken off: met, every point, no shortfall', () => {
    const res = scoreOf(r, { n: 0 });
    expect(criterion(res, 'each')).toMatchObject({ status: 'met', earned: 10, shortfalls: [] });
    expect(criterion(res, 'banded')).toMatchObject({ status: 'met', earned: 10, shortfalls: [] });
  });

  it('a criterion by bands has no per-occurrence figure, and one by occurrence no bands', () => {
    const [each, banded] = r.sections[0]!.criteria;
    expect(banded).not.toHaveProperty('perOccurrence');
    expect(each).not.toHaveProperty('bands');
  });

  it('lint on a criterion that could not be built still finds a band above the points, as a warning', () => {
    const raw = KINDS.deduction.schema.parse({
      id: 'd',
      kind: 'deduction',
      metric: 'n',
      points: 3,
      'per-occurrence': 4,
      bands: [{ 'at-least': 1, deduct: 5 }],
    });
    expect(KINDS.deduction.lint(raw, undefined, ['x']).map((f) => [f.code, f.severity, f.path])).toEqual([
      ['lint.deduction-above-points', 'warning', ['x', 'per-occurrence']],
      ['lint.deduction-above-points', 'warning', ['x', 'bands', 0, 'deduct']],
    ]);
  });

  it('a shadowed band is a warning', () => {
    const built = miniRubric({
      metrics: 'n: { type: count }',
      criteria:
        '- { id: d, kind: deduction, metric: n, points: 10, bands: [{ at-least: 1, deduct: 2 }, { at-least: 5, deduct: 4 }] }',
    }).sections[0]!.criteria[0];
    const raw = KINDS.deduction.schema.parse({
      id: 'd',
      kind: 'deduction',
      metric: 'n',
      points: 10,
      bands: [
        { 'at-least': 1, deduct: 2 },
        { 'at-least': 5, deduct: 4 },
      ],
    });
    // biome-ignore lint/suspicious/noExplicitAny: the built criterion is a deduction
    expect(KINDS.deduction.lint(raw, built as any, ['x']).map((f) => [f.code, f.severity])).toEqual([
      ['lint.band-shadowed', 'warning'],
    ]);
  });
});
