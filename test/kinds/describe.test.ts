/**
 * What each criterion kind says about itself, as data the report layer words: `describe` (the
 * rule, with its figures), `subject` (the one metric a sheet may head with the criterion),
 * `listsItems`, `max`, and `names` (what lint counts as used). Expected values written out by hand
 * from test/fixtures/engine/every-kind.yaml and the small rubrics below.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, kindOf } from '../../src/kinds/registry.js';
import { allCriteria, type Criterion, type Rubric } from '../../src/model/rubric.js';
import { fixture, miniRubric, rubricFromYaml } from '../helpers/build.js';

const every = rubricFromYaml(fixture('every-kind.yaml'));
const facets = (r: Rubric, id: string) => {
  const c = allCriteria(r).find((x) => x.id === id) as Criterion;
  const k = kindOf(c.kind);
  // biome-ignore lint/suspicious/noExplicitAny: each kind takes its own criterion type
  const def = k as any;
  return { describe: def.describe(c, r), subject: def.subject(c), listsItems: k.listsItems, max: def.max(c) };
};
const at = (op: string, value: number, upper?: number) => ({
  op,
  value: { value },
  ...(upper !== undefined ? { upper: { value: upper } } : {}),
});

describe('describe, subject, listsItems and max of every kind', () => {
  it('checklist: its items, a minimum area as a rule of its own, a count as ×n', () => {
    expect(facets(every, 'rooms')).toEqual({
      describe: {
        code: 'authoring.rule.checklist',
        params: {
          count: '3',
          scoring: { word: 'authoring.scoring.proportional' },
          items: {
            join: [
              { concat: [{ facility: 'police-office' }, ''] },
              {
                rule: {
                  code: 'authoring.rule.min-area',
                  params: {
                    facility: { facility: 'reading-room' },
                    area: { figure: { value: 30 }, type: 'area' },
                  },
                },
              },
              { concat: [{ facility: 'hotline' }, ''] },
            ],
            sep: 'list',
          },
        },
      },
      subject: undefined,
      listsItems: true,
      max: 12,
    });
    expect(facets(every, 'rooms-all').describe.params).toEqual({
      count: '2',
      scoring: { word: 'authoring.scoring.all' },
      items: {
        join: [
          { concat: [{ facility: 'police-office' }, ''] },
          { concat: [{ facility: 'police-office' }, ' ×2'] },
        ],
        sep: 'list',
      },
    });
  });

  it('threshold: its metric and bound, typed by the metric', () => {
    expect(facets(every, 'lights')).toEqual({
      describe: {
        code: 'authoring.rule.threshold',
        params: { metric: { metric: 'light-rate' }, bound: { bound: at('at-least', 0.85), type: 'rate' } },
      },
      subject: 'light-rate',
      listsItems: false,
      max: 7,
    });
  });

  it('threshold by community type: one bound per type, as a list', () => {
    const r = miniRubric({
      metrics: 'a: { type: area }',
      criteria:
        '- { id: t, kind: threshold, metric: a, points: 5, by-type: { old: { at-least: 100 }, new: { more-than: 200 } } }',
      extra: 'community-types: { old: { zh-CN: 老小区 }, new: { zh-CN: 新小区 } }',
    });
    expect(facets(r, 't').describe).toEqual({
      code: 'authoring.rule.threshold',
      params: {
        metric: { metric: 'a' },
        bound: {
          join: [
            { concat: [{ communityType: 'old' }, ' ', { bound: at('at-least', 100), type: 'area' }] },
            { concat: [{ communityType: 'new' }, ' ', { bound: at('more-than', 200), type: 'area' }] },
          ],
          sep: 'list',
        },
      },
    });
  });

  it('ratio: the metric, what it is per, every how many; a rate per N reads as a plain number', () => {
    expect(facets(every, 'per-100')).toEqual({
      describe: {
        code: 'authoring.rule.ratio',
        params: {
          metric: { metric: 'service-area' },
          per: { metric: 'households' },
          every: { number: 100 },
          bound: { bound: at('at-least', 30), type: 'area' },
        },
      },
      subject: undefined,
      listsItems: false,
      max: 5,
    });
    const r = miniRubric({
      metrics: 'r: { type: rate }\nh: { type: count }',
      facilities: 'room: { zh-CN: 活动室 }',
      criteria: `
- { id: pr, kind: ratio, metric: r, per: { metric: h, every: 100 }, at-least: 2, points: 1 }
- { id: fa, kind: ratio, facility-area: room, per: { metric: h, every: 1000 }, at-least: 20, points: 3 }`,
    });
    expect(facets(r, 'pr').describe.params.bound).toEqual({ bound: at('at-least', 2), type: 'number' });
    expect(facets(r, 'fa').describe.params).toMatchObject({
      metric: { facility: 'room', measure: 'area' },
      per: { metric: 'h' },
      every: { number: 1000 },
    });
  });

  it('count: its items (a facility with its area, a metric with its bound) and its bands', () => {
    expect(facets(every, 'services')).toEqual({
      describe: {
        code: 'authoring.rule.count',
        params: {
          count: '4',
          items: {
            join: [
              { concat: [{ facility: 'hotline' }, ''] },
              {
                concat: [
                  { facility: 'reading-room' },
                  { concat: [' ≥ ', { figure: { value: 10.5 }, type: 'area' }] },
                ],
              },
              {
                concat: [
                  { metric: 'volunteers' },
                  { concat: [' ', { bound: at('at-least', 20), type: 'count' }] },
                ],
              },
              { concat: [{ metric: 'helpers' }, ''] },
            ],
            sep: 'list',
          },
          bands: {
            join: [
              { concat: ['4', '→', { number: 8 }] },
              { concat: ['3', '→', { number: 6 }] },
              { concat: ['2', '→', { number: 3 }] },
              { concat: ['1', '→', { number: 1 }] },
            ],
            sep: 'comma',
          },
        },
      },
      subject: undefined,
      listsItems: true,
      max: 8,
    });
  });

  it('graded: the grades with their bounds, or none for a grade metric', () => {
    expect(facets(every, 'state')).toEqual({
      describe: { code: 'authoring.rule.graded', params: { metric: { metric: 'state' }, grades: '' } },
      subject: 'state',
      listsItems: false,
      max: 6,
    });
    expect(facets(every, 'order').describe.params.grades).toEqual({
      join: [
        { concat: ['A', ' ', { bound: at('at-most', 0), type: 'count' }] },
        { concat: ['B', ' ', { bound: at('at-most', 2), type: 'count' }] },
        { concat: ['C', ' ', { bound: at('less-than', 5), type: 'count' }] },
      ],
      sep: 'comma',
    });
  });

  it('deduction: so much each time, or by bands', () => {
    expect(facets(every, 'parking')).toEqual({
      describe: {
        code: 'authoring.rule.deduction-each',
        params: { metric: { metric: 'parked' }, deduct: { number: 2 } },
      },
      subject: 'parked',
      listsItems: false,
      max: 10,
    });
    expect(facets(every, 'safety').describe).toEqual({
      code: 'authoring.rule.deduction-bands',
      params: {
        metric: { metric: 'feeling' },
        bands: {
          join: [
            { concat: [{ bound: at('less-than', 0.6), type: 'rate' }, ' −', { number: 6 }] },
            { concat: [{ bound: at('between', 0.6, 0.8), type: 'rate' }, ' −', { number: 3 }] },
          ],
          sep: 'comma',
        },
      },
    });
  });

  it('flag: yes or no expected; a veto with no points has 0', () => {
    expect(facets(every, 'drug-free')).toEqual({
      describe: {
        code: 'authoring.rule.flag',
        params: { metric: { metric: 'drug-free' }, expect: { word: 'authoring.yes' } },
      },
      subject: 'drug-free',
      listsItems: false,
      max: 0,
    });
    expect(facets(every, 'no-fire').describe.params.expect).toEqual({ word: 'authoring.no' });
    expect(facets(every, 'no-fire').max).toBe(4);
  });

  it('choice: any option, or one of those listed', () => {
    const r = miniRubric({
      metrics: `
style: { type: choice, options: { a: { zh-CN: 甲 }, b: { zh-CN: 乙 }, c: { zh-CN: 丙 } } }
name: { type: text }`,
      criteria: `
- { id: any, kind: choice, metric: style, points: 5 }
- { id: some, kind: choice, metric: style, one-of: [a, c], points: 3 }
- { id: named, kind: choice, metric: name, points: 2 }`,
    });
    expect(facets(r, 'any')).toEqual({
      describe: { code: 'authoring.rule.choice', params: { metric: { metric: 'style' } } },
      subject: 'style',
      listsItems: false,
      max: 5,
    });
    expect(facets(r, 'some').describe).toEqual({
      code: 'authoring.rule.choice-of',
      params: { metric: { metric: 'style' }, options: { options: ['a', 'c'], of: 'style' } },
    });
    expect(facets(r, 'named').subject).toBe('name');
    // What it reads: its metric, for interpret, lint and the sheets.
    expect(KINDS.choice.uses(allCriteria(r)[1] as never)).toEqual([{ metric: 'style' }]);
  });

  it('roll-up: the measure in its code, the level, the lower rubric, the tier and the typed bound', () => {
    const r = rubricFromYaml(`
rubric: st
title: st
level: street
sections:
  - id: s
    criteria:
      - { id: n, kind: roll-up, from: compound, rubric: lower, measure: count, tier: model, at-least: 2, points: 20 }
      - { id: sh, kind: roll-up, from: community, rubric: lower, measure: share, tier: pass, at-least: 50%, points: 10 }
      - { id: m, kind: roll-up, from: compound, rubric: lower, measure: mean-score, at-least: 60, points: 5 }
`);
    expect(facets(r, 'n')).toEqual({
      describe: {
        code: 'authoring.rule.roll-up-count',
        params: {
          from: 'compound',
          rubric: 'lower',
          tier: 'model',
          bound: { bound: at('at-least', 2), type: 'count' },
        },
      },
      subject: undefined,
      listsItems: false,
      max: 20,
    });
    expect(facets(r, 'sh').describe).toEqual({
      code: 'authoring.rule.roll-up-share',
      params: {
        from: 'community',
        rubric: 'lower',
        tier: 'pass',
        bound: { bound: at('at-least', 0.5), type: 'rate' },
      },
    });
    expect(facets(r, 'm').describe).toEqual({
      code: 'authoring.rule.roll-up-mean-score',
      params: { from: 'compound', rubric: 'lower', bound: { bound: at('at-least', 60), type: 'number' } },
    });
  });
});

describe('names: what a criterion names as written', () => {
  it('a bare checklist or count item names a metric and a facility; a facility item a facility', () => {
    expect(KINDS.checklist.names({ items: ['p', { facility: 'q', 'min-area': 10 }] } as never)).toEqual({
      metrics: ['p'],
      facilities: ['p', 'q'],
    });
    expect(
      KINDS.count.names({ items: ['f', { facility: 'q' }, { metric: 'n', 'at-least': 2 }] } as never),
    ).toEqual({
      metrics: ['f', 'n'],
      facilities: ['f', 'q'],
    });
  });

  it('the one-metric kinds name their metric; a roll-up names nothing here', () => {
    for (const k of ['threshold', 'graded', 'deduction', 'flag', 'choice'] as const)
      expect(KINDS[k].names({ metric: 'm' } as never)).toEqual({ metrics: ['m'], facilities: [] });
    expect(KINDS['roll-up'].names({} as never)).toEqual({ metrics: [], facilities: [] });
  });
});
