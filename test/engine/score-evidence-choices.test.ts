/**
 * What `score` adds around the kinds' verdicts: 材料审核 (a claim counts only with its evidence
 * intact), the compared choices, the street's roll-up read alone, a weighted section with nothing
 * to earn, the file, the day an exemption is judged on, and `scoreCriteria` agreeing with `score`.
 * Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { score, scoreCriteria } from '../../src/engine/score.js';
import type { Assessment } from '../../src/model/assessment.js';
import { allCriteria } from '../../src/model/rubric.js';
import { assessmentOf, criterion, miniRubric, rubricFromYaml, scoreOf, summary } from '../helpers/build.js';

/** A result as the JSON output writes it: a part a community lacks is no key at all there. */
const written = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

describe('evidence (材料审核)', () => {
  const r = miniRubric({
    metrics: 'f: { type: flag }\ng: { type: flag }\nh: { type: flag }\nn: { type: count }',
    criteria: `
- { id: photo, kind: flag, metric: f, points: 10, evidence: [照片] }
- { id: any, kind: flag, metric: g, points: 6, evidence: required }
- { id: free, kind: flag, metric: h, points: 4 }
- { id: parts, kind: count, points: 8, items: [{ metric: n, at-least: 1 }, { metric: n, at-least: 2 }], evidence: [会议记录, 照片] }`,
  });
  const judged = (evidence: Assessment['evidence'], n = 2) => {
    const a = assessmentOf(r, { f: true, g: true, h: true, n });
    return score(r, { ...a, ...(evidence ? { evidence } : {}) }, {});
  };

  it('a met claim with no evidence earns nothing, as no data, naming the kinds it lacks', () => {
    const res = judged(undefined);
    expect(criterion(res, 'photo')).toMatchObject({ status: 'no-data', earned: 0, possible: 10 });
    expect(criterion(res, 'photo').shortfalls).toEqual([
      { code: 'shortfall.evidence-missing', params: { kinds: ['photo'] } },
    ]);
    expect(criterion(res, 'any').shortfalls).toEqual([
      { code: 'shortfall.evidence-missing', params: { kinds: [] } },
    ]);
    expect(criterion(res, 'parts').shortfalls).toEqual([
      { code: 'shortfall.evidence-missing', params: { kinds: ['minutes', 'photo'] } },
    ]);
    // A criterion that asks for none keeps its points.
    expect(summary(res, 'free')).toMatchObject({ status: 'met', earned: 4 });
    expect([res.total, res.counts['no-data'], res.counts.met]).toEqual([4, 3, 1]);
  });

  it('evidence of a kind the criterion names (or any kind, for required) keeps the points', () => {
    const res = judged({ photo: ['photo'], any: ['minutes'], parts: ['photo'] });
    expect(summary(res, 'photo')).toEqual({ status: 'met', earned: 10, possible: 10, codes: [] });
    expect(summary(res, 'any')).toEqual({ status: 'met', earned: 6, possible: 6, codes: [] });
    expect(summary(res, 'parts')).toMatchObject({ status: 'met', earned: 8 });
    expect(res.total).toBe(28);
  });

  it('evidence of another kind, or filed under another criterion, does not', () => {
    const res = judged({ photo: ['minutes'], free: ['photo'] });
    expect(summary(res, 'photo')).toMatchObject({ status: 'no-data', earned: 0 });
    expect(summary(res, 'any')).toMatchObject({ status: 'no-data', earned: 0 });
  });

  it('a partial claim needs its evidence too; an unmet one keeps its own shortfalls', () => {
    const partial = judged(undefined, 1);
    expect(summary(partial, 'parts')).toMatchObject({
      status: 'no-data',
      earned: 0,
      codes: ['shortfall.evidence-missing'],
    });
    const withIt = judged({ parts: ['minutes'] }, 1);
    expect(summary(withIt, 'parts')).toMatchObject({ status: 'partial', earned: 4 });
    const unmet = judged(undefined, 0);
    expect(summary(unmet, 'parts').status).toBe('unmet');
    expect(summary(unmet, 'parts').codes).not.toContain('shortfall.evidence-missing');
  });
});

describe('compared choices (distinct-within)', () => {
  const r = miniRubric({
    metrics: `
style: { type: choice, options: { a: { zh-CN: 甲 }, b: { zh-CN: 乙 } }, distinct-within: street }
other: { type: choice, options: { a: { zh-CN: 甲 }, b: { zh-CN: 乙 } } }`,
    criteria: '- { id: brand, kind: choice, metric: style, points: 5 }',
  });

  it('carries the options chosen for the metrics a street compares, and only those', () => {
    expect(scoreOf(r, { style: 'b', other: 'a' }).choices).toEqual({ style: 'b' });
  });

  it('carries none when no compared metric is chosen', () => {
    expect(written(scoreOf(r, { other: 'a' }))).not.toHaveProperty('choices');
  });
});

describe("a street's roll-up judged alone", () => {
  const r = rubricFromYaml(`
rubric: st
title: st
level: street
metrics: { lead: { type: flag } }
sections:
  - id: s
    criteria:
      - { id: lead, kind: flag, metric: lead, points: 40 }
      - { id: models, kind: roll-up, from: compound, rubric: lower, measure: count, tier: model, at-least: 2, points: 20 }
      - { id: mean, kind: roll-up, from: compound, rubric: lower, measure: mean-score, at-least: 60, points: 20 }
`);
  const street: Assessment = {
    entity: { id: 'st', name: '八里台街', level: 'street' },
    period: '2004',
    metrics: { lead: true },
    unreadable: {},
  };

  it('warns once per roll-up criterion, naming it and the level it reads', () => {
    const res = score(r, street, {});
    expect(res.findings.map((f) => [f.code, f.severity, f.params])).toEqual([
      ['score.roll-up-alone', 'warning', { criterion: 'models', from: 'compound' }],
      ['score.roll-up-alone', 'warning', { criterion: 'mean', from: 'compound' }],
    ]);
    expect(res.total).toBe(40);
  });

  it('reads its members when it has them, and then says nothing', () => {
    const lower = {
      tiers: ['model'],
      members: [
        { id: 'a', tier: 'model', total: 90 },
        { id: 'b', tier: 'model', total: 50 },
      ],
    };
    const res = score(r, { ...street, lower: { models: lower, mean: lower } }, {});
    expect(res.findings).toEqual([]);
    expect(criterion(res, 'models')).toMatchObject({ status: 'met', earned: 20 });
    expect(criterion(res, 'models').rolledUp).toMatchObject({ value: 2, n: 2 });
    expect(criterion(res, 'mean')).toMatchObject({ status: 'met', earned: 20 });
    expect(res.total).toBe(80);
  });
});

describe('sections, file and the day', () => {
  it('a weighted section with nothing possible earns 0 of its weight, not NaN', () => {
    const r = rubricFromYaml(`
rubric: z
title: z
metrics: { p: { type: count }, a: { type: flag } }
sections:
  - { id: fines, weight: 20, criteria: [{ id: p, kind: deduction, metric: p, per-occurrence: 2, points: 0 }] }
  - { id: plain, criteria: [{ id: a, kind: flag, metric: a, points: 5 }] }
`);
    const res = scoreOf(r, { p: 0, a: true });
    expect(res.sections.map((s) => [s.id, s.earned, s.possible])).toEqual([
      ['fines', 0, 20],
      ['plain', 5, 5],
    ]);
    expect([res.total, res.possible]).toEqual([5, 25]);
  });

  it("names the community's file when it has one, and has no file key otherwise", () => {
    const r = miniRubric({
      metrics: 'a: { type: flag }',
      criteria: '- { id: a, kind: flag, metric: a, points: 5 }',
    });
    const a = assessmentOf(r, { a: true });
    expect(score(r, { ...a, file: 'c1.yaml' }, {}).file).toBe('c1.yaml');
    expect(written(score(r, a, {}))).not.toHaveProperty('file');
  });

  it("an exemption is judged on the period's last day unless a day is given", () => {
    const r = rubricFromYaml(`
rubric: e
title: e
metrics: { a: { type: flag } }
sections: [{ id: s, criteria: [{ id: a, kind: flag, metric: a, points: 10 }] }]
exemptions:
  - { community: c1, criterion: a, reason: rebuilt, expires: 2024-09-30, granted-by: 鹿城区 }
`);
    const a = assessmentOf(r, { a: false });
    // Period 2024 ends 2024-12-31, after the exemption ran out.
    const byPeriod = score(r, a, {});
    expect(summary(byPeriod, 'a')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(byPeriod.findings.map((f) => f.code)).toEqual(['score.exemption-expired']);
    const onDay = score(r, a, { asOf: '2024-09-30' });
    expect(summary(onDay, 'a')).toMatchObject({ status: 'exempt', earned: 10 });
    expect(onDay.findings).toEqual([]);
  });
});

describe('a tier that requires an earlier award (a choice value)', () => {
  const r = rubricFromYaml(`
rubric: v
title: v
metrics:
  a: { type: flag }
  award: { type: choice, options: { city: { zh-CN: 市级 }, none: { zh-CN: 无 } } }
sections: [{ id: s, criteria: [{ id: a, kind: flag, metric: a, points: 100 }] }]
tiers:
  - { id: model, min-score: 90, requires: [{ metric: award, one-of: [city] }] }
  - { id: pass, min-score: 60 }
`);

  it('is withheld without it, says which value is missing, and what holds the score back', () => {
    const res = scoreOf(r, { a: true, award: 'none' });
    expect(res.tier).toBe('pass');
    expect(res.unmetValues).toEqual({ model: [{ metric: 'award', option: 'none', oneOf: ['city'] }] });
    expect(res.heldBack).toEqual({
      tier: 'model',
      unmet: [{ tier: 'model', criteria: [], metrics: ['award'] }],
    });
  });

  it('is reached with it, and then nothing is said', () => {
    const res = scoreOf(r, { a: true, award: 'city' });
    expect(res.tier).toBe('model');
    expect(written(res)).not.toHaveProperty('unmetValues');
    expect(written(res)).not.toHaveProperty('heldBack');
  });
});

describe('an exemption with no day to judge it on', () => {
  it('holds when the period has no last day and no day is given', () => {
    const r = rubricFromYaml(`
rubric: e
title: e
metrics: { a: { type: flag } }
sections: [{ id: s, criteria: [{ id: a, kind: flag, metric: a, points: 10 }] }]
exemptions:
  - { community: c1, criterion: a, reason: rebuilt, expires: 2024-09-30, granted-by: 鹿城区 }
`);
    const a = assessmentOf(r, { a: false });
    expect(summary(score(r, { ...a, period: 'spring' }, {}), 'a')).toMatchObject({
      status: 'exempt',
      earned: 10,
    });
  });
});

describe('scoreCriteria', () => {
  it('scores the criteria it is given exactly as score does', () => {
    const r = miniRubric({
      metrics: 'f: { type: flag }\nn: { type: count }',
      criteria: `
- { id: f, kind: flag, metric: f, points: 3, veto: true }
- { id: n, kind: threshold, metric: n, at-least: 2, points: 7 }`,
    });
    const a = assessmentOf(r, { f: false, n: 2 });
    const whole = score(r, a, {});
    const some = scoreCriteria(r, a, allCriteria(r), {});
    expect(some).toEqual(whole.sections[0]!.criteria);
    expect(some.map((c) => [c.id, c.status, c.earned])).toEqual([
      ['f', 'vetoed', 0],
      ['n', 'met', 7],
    ]);
  });
});
