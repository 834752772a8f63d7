/** Totals, section weights, tiers, vetoes, exemptions and the next-tier gap. */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score.js';
import { interpretAssessment } from '../../src/model/interpret.js';
import type { Exemption } from '../../src/model/rubric.js';
import {
  AS_OF,
  assessmentOf,
  buildFromYaml,
  criterion,
  fixture,
  miniRubric,
  rubricFromYaml,
  scoreOf,
} from '../helpers/build.js';

const metrics = `
a: { type: area }
b: { type: area }
c: { type: area }
d: { type: area }
drug-free: { type: flag }`;

/** Four thresholds worth 40/30/20/10, each met by a value of at least 1. */
const fourCriteria = `
- { id: a, kind: threshold, metric: a, at-least: 1, points: 40 }
- { id: b, kind: threshold, metric: b, at-least: 1, points: 30 }
- { id: c, kind: threshold, metric: c, at-least: 1, points: 20 }
- { id: d, kind: threshold, metric: d, at-least: 1, points: 10 }`;
const tiers = `
- { id: model, min-score: 90 }
- { id: pass, min-score: 60 }`;
const values = (met: string) =>
  Object.fromEntries(['a', 'b', 'c', 'd'].map((m) => [m, met.includes(m) ? 1 : 0]));

describe('totals and tiers', () => {
  const r = miniRubric({ metrics, criteria: fourCriteria, tiers });

  it.each([
    ['abcd', 100, 'model'],
    ['abc', 90, 'model'],
    ['ab', 70, 'pass'],
    ['acd', 70, 'pass'],
    ['bc', 50, null],
    ['', 0, null],
  ])('met %j: total %d, tier %s', (met, total, tier) => {
    const res = scoreOf(r, values(met));
    expect([res.total, res.possible, res.tier]).toEqual([total, 100, tier]);
    expect(res.counts.met + res.counts.unmet).toBe(4);
  });

  it('a tier at exactly its min-score is reached', () => {
    expect(scoreOf(r, values('abc')).tier).toBe('model');
    expect(scoreOf(r, values('bcd')).tier).toBe('pass'); // 30 + 20 + 10 = 60
    expect(scoreOf(r, values('cd')).tier).toBeNull();
  });

  it('requires: a tier needs its required criteria met, whatever the score', () => {
    const req = miniRubric({
      metrics,
      criteria: fourCriteria,
      tiers: '- { id: model, min-score: 90, requires: [d] }\n- { id: pass, min-score: 60 }',
    });
    expect(scoreOf(req, values('abc')).tier).toBe('pass');
    expect(scoreOf(req, values('abcd')).tier).toBe('model');
  });
});

describe('section weights', () => {
  const r = rubricFromYaml(`
rubric: w
title: w
metrics: { a: { type: area }, b: { type: area }, c: { type: area } }
sections:
  - id: material
    weight: 40
    criteria:
      - { id: a, kind: threshold, metric: a, at-least: 1, points: 3 }
      - { id: b, kind: threshold, metric: b, at-least: 1, points: 1 }
  - id: field
    weight: 60
    criteria:
      - { id: c, kind: threshold, metric: c, at-least: 1, points: 10 }
tiers: [{ id: pass, min-score: 60 }]
`);

  it('scales each section to its weight', () => {
    const res = scoreOf(r, { a: 1, b: 0, c: 0 });
    expect(res.sections.map((s) => [s.id, s.earned, s.possible, s.weight])).toEqual([
      ['material', 30, 40, 40],
      ['field', 0, 60, 60],
    ]);
    expect([res.total, res.possible, res.tier]).toEqual([30, 100, null]);
    expect(scoreOf(r, { a: 0, b: 0, c: 1 }).total).toBe(60);
    expect(scoreOf(r, { a: 0, b: 1, c: 1 }).total).toBe(70);
    expect(scoreOf(r, { a: 1, b: 1, c: 1 }).total).toBe(100);
  });

  it('criteria keep their own points; the gap weighs them', () => {
    const res = scoreOf(r, { a: 1, b: 0, c: 0 });
    expect(criterion(res, 'a')).toMatchObject({ earned: 3, possible: 3 });
    expect(res.nextTier).toEqual({
      tier: 'pass',
      minScore: 60,
      needed: 30,
      fixes: [{ criterion: 'c', status: 'unmet', gain: 60, required: false }],
      reachable: true,
    });
  });

  it('mixes weighted and plain sections', () => {
    const m = rubricFromYaml(`
rubric: m
title: m
metrics: { a: { type: area }, b: { type: area } }
sections:
  - { id: s1, weight: 20, criteria: [{ id: a, kind: threshold, metric: a, at-least: 1, points: 5 }] }
  - { id: s2, criteria: [{ id: b, kind: threshold, metric: b, at-least: 1, points: 7 }] }
`);
    const res = scoreOf(m, { a: 1, b: 1 });
    expect([res.total, res.possible]).toEqual([27, 27]);
  });
});

describe('veto (一票否决)', () => {
  const kinds = {
    checklist: {
      criterion: '{ id: v, kind: checklist, veto: true, points: 10, items: [p, q] }',
      fail: { metrics: {}, facilities: [{ kind: 'p' }] },
      pass: { metrics: {}, facilities: [{ kind: 'p' }, { kind: 'q' }] },
    },
    threshold: {
      criterion: '{ id: v, kind: threshold, metric: n, at-most: 0, veto: true, points: 10 }',
      fail: { metrics: { n: 1 } },
      pass: { metrics: { n: 0 } },
    },
    ratio: {
      criterion:
        '{ id: v, kind: ratio, metric: n, per: { metric: h, every: 100 }, at-least: 1, veto: true, points: 10 }',
      fail: { metrics: { n: 0, h: 100 } },
      pass: { metrics: { n: 1, h: 100 } },
    },
    count: {
      criterion: '{ id: v, kind: count, items: [f, g], veto: true, points: 10 }',
      fail: { metrics: { f: true, g: false } },
      pass: { metrics: { f: true, g: true } },
    },
    graded: {
      criterion: '{ id: v, kind: graded, metric: grade, veto: true, points: 10 }',
      fail: { metrics: { grade: 'B' } },
      pass: { metrics: { grade: 'A' } },
    },
    deduction: {
      criterion: '{ id: v, kind: deduction, metric: n, per-occurrence: 1, veto: true, points: 10 }',
      fail: { metrics: { n: 1 } },
      pass: { metrics: { n: 0 } },
    },
    flag: {
      criterion: '{ id: v, kind: flag, metric: f, veto: true }',
      fail: { metrics: { f: false } },
      pass: { metrics: { f: true } },
    },
  } as const;

  const build = (c: string) =>
    miniRubric({
      facilities: 'p: { en: p }\nq: { en: q }',
      metrics:
        'n: { type: count }\nh: { type: count }\nf: { type: flag }\ng: { type: flag }\ngrade: { type: grade }\nx: { type: area }',
      criteria: `- ${c}\n- { id: other, kind: threshold, metric: x, at-least: 1, points: 90 }`,
      tiers: '- { id: pass, min-score: 60 }',
    });

  it.each(Object.entries(kinds))('%s: a failed veto withholds every tier', (kind, t) => {
    const r = build(t.criterion);
    const fs = 'facilities' in t.fail ? t.fail.facilities : undefined;
    const res = scoreOf(r, { ...t.fail.metrics, x: 1 }, fs);
    expect(criterion(res, 'v').status).toBe('vetoed');
    expect(res.vetoes).toEqual(['v']);
    expect(res.tier).toBeNull();
    expect(res.total).toBeGreaterThanOrEqual(90);
    expect(res.counts.vetoed).toBe(1);
    expect(res.nextTier).toMatchObject({ tier: 'pass', needed: 0, reachable: true });
    expect(res.nextTier?.fixes[0]).toMatchObject({ criterion: 'v', status: 'vetoed', required: true });

    const ok = scoreOf(
      r,
      { ...t.pass.metrics, x: 1 },
      'facilities' in t.pass ? t.pass.facilities : undefined,
    );
    expect(criterion(ok, 'v').status).toBe('met');
    expect([ok.vetoes, ok.tier, ok.total]).toEqual([[], 'pass', kind === 'flag' ? 90 : 100]);
  });

  it('a veto with no data leaves the tier unresolved', () => {
    const r = build(kinds.flag.criterion);
    const res = scoreOf(r, { x: 1 });
    expect(criterion(res, 'v').status).toBe('no-data');
    expect([res.vetoes, res.unresolvedVetoes, res.tier]).toEqual([[], ['v'], null]);
    expect(res.nextTier?.fixes).toEqual([{ criterion: 'v', status: 'no-data', gain: 0, required: true }]);
  });

  it('the lucheng-style fixture: drug-free is a veto', () => {
    const r = rubricFromYaml(fixture('mini-rubric.yaml'));
    const fs = [
      { kind: '社区警务室', area: '25 m2' },
      { kind: '閱覽室', area: '40平方米' },
    ];
    const m = { households: '2400户', 'service-area': '720 m2', 'light-rate': '96%' };
    const ok = scoreOf(r, { ...m, 'drug-free': '是' }, fs);
    expect([ok.total, ok.possible, ok.tier, ok.nextTier]).toEqual([100, 100, 'model', undefined]);
    const vetoed = scoreOf(r, { ...m, 'drug-free': '否' }, fs);
    expect([vetoed.total, vetoed.tier, vetoed.vetoes]).toEqual([100, null, ['drug-free']]);
    expect(vetoed.nextTier).toEqual({
      tier: 'model',
      minScore: 90,
      needed: 0,
      fixes: [{ criterion: 'drug-free', status: 'vetoed', gain: 0, required: true }],
      reachable: true,
    });
  });
});

describe('exemptions', () => {
  const withExemption = (expires: string, community = 'c1') =>
    rubricFromYaml(`
rubric: e
title: e
metrics: { a: { type: area }, b: { type: area } }
sections:
  - id: s
    criteria:
      - { id: a, kind: threshold, metric: a, at-least: 100, points: 40 }
      - { id: b, kind: threshold, metric: b, at-least: 100, points: 60 }
tiers: [{ id: pass, min-score: 90, requires: [a] }]
exemptions:
  - { community: ${community}, criterion: a, reason: certified safe, expires: ${expires}, granted-by: 鹿城区 }
`);

  it('a live exemption gives full points', () => {
    const res = scoreOf(withExemption('2024-12-31'), { a: 0, b: 100 });
    expect(criterion(res, 'a')).toMatchObject({
      status: 'exempt',
      earned: 40,
      possible: 40,
      shortfalls: [],
      exemption: { reason: 'certified safe', expires: '2024-12-31' },
    });
    expect([res.total, res.tier, res.counts.exempt, res.findings]).toEqual([100, 'pass', 1, []]);
  });

  it('holds through its last day', () => {
    const r = withExemption('2024-06-30');
    expect(criterion(scoreOf(r, { a: 0, b: 100 }, undefined, { asOf: '2024-06-30' }), 'a').status).toBe(
      'exempt',
    );
    expect(criterion(scoreOf(r, { a: 0, b: 100 }, undefined, { asOf: '2024-07-01' }), 'a').status).toBe(
      'unmet',
    );
  });

  it('an expired exemption is scored normally, with a finding', () => {
    const res = scoreOf(withExemption('2023-12-31'), { a: 0, b: 100 });
    expect(criterion(res, 'a')).toMatchObject({ status: 'unmet', earned: 0 });
    expect(res.findings).toEqual([
      {
        code: 'score.exemption-expired',
        severity: 'warning',
        params: { community: 'c1', criterion: 'a', expires: '2023-12-31', reason: 'certified safe' },
      },
    ]);
    expect(res.tier).toBeNull();
  });

  it('applies to its community only', () => {
    const res = scoreOf(withExemption('2099-01-01', 'other'), { a: 0, b: 100 });
    expect(criterion(res, 'a').status).toBe('unmet');
    expect(res.findings).toEqual([]);
  });

  it('comes from a waivers file too', () => {
    const r = miniRubric({
      metrics: 'a: { type: area }',
      criteria: '- { id: a, kind: threshold, metric: a, at-least: 1, points: 5 }',
    });
    const waivers: Exemption[] = [
      { community: 'c1', criterion: 'a', reason: 'old', expires: '2020-01-01' },
      { community: 'c1', criterion: 'a', reason: 'renewed', expires: '2030-01-01' },
    ];
    const res = scoreOf(r, { a: 0 }, undefined, { waivers });
    expect(criterion(res, 'a')).toMatchObject({
      status: 'exempt',
      earned: 5,
      exemption: { reason: 'renewed' },
    });
    expect(res.findings).toEqual([]);
  });

  it('an exempt veto is no veto', () => {
    const r = miniRubric({
      metrics: 'f: { type: flag }',
      criteria: '- { id: v, kind: flag, metric: f, veto: true, points: 1 }',
      tiers: '- { id: pass, min-score: 1 }',
    });
    const waivers: Exemption[] = [
      { community: 'c1', criterion: 'v', reason: 'r', expires: '2099-12-31', veto: true },
    ];
    const res = scoreOf(r, { f: false }, undefined, { waivers });
    expect([criterion(res, 'v').status, res.vetoes, res.tier]).toEqual(['exempt', [], 'pass']);
    expect(res.findings.map((f) => f.code)).toEqual(['machine.veto-waived']);
  });

  it('a veto is waived only by a waiver that says veto: true', () => {
    const r = miniRubric({
      metrics: 'f: { type: flag }',
      criteria: '- { id: v, kind: flag, metric: f, veto: true, points: 1 }',
      tiers: '- { id: pass, min-score: 1 }',
    });
    const waivers: Exemption[] = [{ community: 'c1', criterion: 'v', reason: 'r', expires: '2099-12-31' }];
    const res = scoreOf(r, { f: false }, undefined, { waivers });
    expect([criterion(res, 'v').status, res.vetoes, res.tier]).toEqual(['vetoed', ['v'], null]);
    expect(res.findings.map((f) => f.code)).toEqual(['machine.veto-waiver-unflagged']);
  });

  it('a community’s own file cannot grant one', () => {
    const r = withExemption('2099-01-01', 'other');
    const raw = {
      community: { id: 'c1', name: 'x', street: 's' },
      period: 2024,
      metrics: { a: 0, b: 100 },
      exemptions: [{ community: 'c1', criterion: 'a', reason: 'mine', expires: '2099-01-01' }],
    };
    const { assessment, findings } = interpretAssessment(raw, r);
    expect(findings.map((f) => [f.code, f.severity])).toContainEqual(['assessment.self-exemption', 'error']);
    if (assessment) expect(criterion(score(r, assessment, { asOf: AS_OF }), 'a').status).toBe('unmet');
  });
});

describe('next-tier gap', () => {
  const r = miniRubric({ metrics, criteria: fourCriteria, tiers });

  it('fewest criteria, largest gain first', () => {
    const res = scoreOf(r, values('d'));
    expect(res.nextTier).toEqual({
      tier: 'pass',
      minScore: 60,
      needed: 50,
      fixes: [
        { criterion: 'a', status: 'unmet', gain: 40, required: false },
        { criterion: 'b', status: 'unmet', gain: 30, required: false },
      ],
      reachable: true,
    });
  });

  it('aims at the tier above the one reached', () => {
    const res = scoreOf(r, values('abd'));
    expect(res.tier).toBe('pass');
    expect(res.nextTier).toEqual({
      tier: 'model',
      minScore: 90,
      needed: 10,
      fixes: [{ criterion: 'c', status: 'unmet', gain: 20, required: false }],
      reachable: true,
    });
  });

  it('none at the top tier', () => {
    expect(scoreOf(r, values('abcd')).nextTier).toBeUndefined();
  });

  it('required criteria come first', () => {
    const req = miniRubric({
      metrics,
      criteria: fourCriteria,
      tiers: '- { id: model, min-score: 90 }\n- { id: pass, min-score: 60, requires: [d] }',
    });
    const res = scoreOf(req, values('ab'));
    expect(res.tier).toBeNull();
    expect(res.nextTier).toEqual({
      tier: 'pass',
      minScore: 60,
      needed: 0,
      fixes: [{ criterion: 'd', status: 'unmet', gain: 10, required: true }],
      reachable: true,
    });
    const low = scoreOf(req, values('c'));
    expect(low.nextTier?.fixes.map((f) => [f.criterion, f.required])).toEqual([
      ['d', true],
      ['a', false],
    ]);
  });

  it('counts a partial criterion by what it still lacks', () => {
    const p = miniRubric({
      metrics: 'g: { type: grade }\nx: { type: area }',
      criteria:
        '- { id: g, kind: graded, metric: g, points: 50 }\n- { id: x, kind: threshold, metric: x, at-least: 1, points: 50 }',
      tiers: '- { id: pass, min-score: 80 }',
    });
    const res = scoreOf(p, { g: 'C', x: 1 });
    expect(res.total).toBe(66.5);
    expect(res.nextTier).toMatchObject({
      needed: 13.5,
      fixes: [{ criterion: 'g', status: 'partial', gain: 33.5, required: false }],
    });
  });

  it('unreachable when fixing everything falls short', () => {
    const { rubric, findings } = buildFromYaml(`
rubric: u
title: u
metrics: { a: { type: area } }
sections: [{ id: s, criteria: [{ id: a, kind: threshold, metric: a, at-least: 1, points: 10 }] }]
tiers: [{ id: pass, min-score: 50 }]
`);
    expect(findings.map((f) => f.code)).toEqual(['rubric.tier-unreachable']);
    const res = score(rubric, assessmentOf(rubric, { a: 0 }), { asOf: AS_OF });
    expect(res.nextTier).toEqual({
      tier: 'pass',
      minScore: 50,
      needed: 50,
      fixes: [{ criterion: 'a', status: 'unmet', gain: 10, required: false }],
      reachable: false,
    });
  });
});
