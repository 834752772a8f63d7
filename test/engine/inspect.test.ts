/**
 * Inspections in the engine (src/engine/inspect.ts), in this process: the inspected values replace
 * the self-reported ones, 虚报 is judged on what each record found before any 复查, the rubric's
 * overstatement policy deducts or vetoes, and each 整改 item is open, closed or overdue on the day
 * judged. Hand-computed: a rubric of 40 + 30 + 30 points, a self-report that claims all 100.
 */
import { describe, expect, it } from 'vitest';
import { adjustResult, inspectAssessment, inspectionNotes } from '../../src/engine/inspect.js';
import { score } from '../../src/engine/score.js';
import type { InspectionRecord } from '../../src/model/inspection.js';
import { assessmentOf, rubricFromYaml, summary } from '../helpers/build.js';

const rubricText = (overstatement: string) => `
rubric: t
title: t
metrics:
  area: { type: area, title: { zh-CN: 服务面积 } }
  vol: { type: count }
  f: { type: flag }
sections:
  - id: s
    criteria:
      - { id: room, kind: threshold, metric: area, at-least: 100, points: 40 }
      - { id: team, kind: threshold, metric: vol, at-least: 20, points: 30 }
      - { id: safe, kind: flag, metric: f, points: 30 }
tiers:
  - { id: model, min-score: 95 }
  - { id: pass, min-score: 60 }
${overstatement}
`;
const R = rubricFromYaml(rubricText('overstatement: { deduct: 5 }'));
const place = (line: number) => ({ file: 'ins.yaml', line, column: 3 });
let line = 0;
const rec = (r: Partial<InspectionRecord> & Pick<InspectionRecord, 'metric' | 'date'>): InspectionRecord => {
  line += 10;
  return {
    community: 'c1',
    inspector: `inspector ${line}`,
    kind: 'unannounced',
    period: '2024',
    at: place(line),
    metricAt: place(line + 1),
    valueAt: place(line + 2),
    ...r,
  };
};
const SELF = { area: 120, vol: 25, f: true };

function inspect(records: InspectionRecord[], rubric = R, itemsAsOf = '2024-06-30', self = SELF) {
  const a = assessmentOf(rubric, self);
  const s = score(rubric, a, {});
  return inspectAssessment(rubric, a, s, records, { itemsAsOf });
}

describe('inspectAssessment', () => {
  const area1 = rec({
    metric: 'area',
    value: 80,
    date: '2024-03-01',
    deadline: '2024-04-30',
    deduct: 2,
    finding: '面积不足',
  });
  const area2 = rec({ metric: '服务面积', value: 110, date: '2024-05-10', kind: 'reinspection' });
  const vol = rec({ metric: 'vol', value: 25, date: '2024-03-02', kind: 'announced' });
  const later = rec({ metric: 'vol', value: 3, date: '2024-07-01' });
  const unknown = rec({ metric: 'vol2', value: 3, date: '2024-03-03' });
  const bad = rec({ metric: 'f', value: 'maybe', date: '2024-03-04' });

  it('scores the latest values found, deducts the records and the policy per 虚报, and keeps the tier on that', () => {
    // Given out of order: the 复查 first.
    const { result, assessment } = inspect([area2, vol, area1, later, unknown, bad]);
    // Verified: area 110 (the 复查's), vol 25; 100 points less 2 (the record) and 5 (one 虚报) = 93.
    expect(assessment.metrics.area).toBe(110);
    expect(assessment.metrics.vol).toBe(25);
    expect([result.total, result.tier]).toEqual([93, 'pass']);
    expect(result.inspection).toMatchObject({
      self: { total: 100, tier: 'model' },
      difference: -7,
      deducted: 7,
      veto: false,
      asOf: '2024-06-30',
    });
    expect(result.nextTier).toMatchObject({ tier: 'model', needed: 2 });
  });

  it('says per metric what was reported, found and lost; 虚报 on the first finding, before the 复查', () => {
    const { result } = inspect([area2, vol, area1, unknown, bad]);
    expect(result.inspection!.metrics).toEqual([
      {
        metric: 'area',
        reported: 120,
        found: 110,
        finding: '面积不足',
        date: '2024-05-10',
        inspector: area2.inspector,
        kind: 'reinspection',
        records: 2,
        overstated: true,
        lost: 40,
        overstatedFound: 80,
        deduct: 2,
        item: { deadline: '2024-04-30', status: 'closed', closedOn: '2024-05-10' },
        at: area2.at,
      },
      {
        metric: 'vol',
        reported: 25,
        found: 25,
        date: '2024-03-02',
        inspector: vol.inspector,
        kind: 'announced',
        records: 1,
        overstated: false,
        lost: 0,
        deduct: 0,
        at: vol.at,
      },
    ]);
  });

  it('a record it cannot read is a problem at its place, and changes nothing', () => {
    const { result } = inspect([unknown, bad]);
    expect(result.inspection!.problems).toEqual([
      {
        code: 'inspection.unknown-metric',
        severity: 'error',
        params: { metric: 'vol2', community: 'c1', rubric: 't', suggestion: 'vol' },
        ...unknown.metricAt,
      },
      {
        code: 'inspection.bad-value',
        severity: 'error',
        params: { metric: 'f', actual: 'maybe', community: 'c1' },
        ...bad.valueAt,
      },
    ]);
    expect(result.inspection!.metrics).toEqual([]);
    expect([result.total, result.tier, result.inspection!.difference]).toEqual([100, 'model', 0]);
  });

  it('a record after the day judged is left out', () => {
    const { result } = inspect([later]);
    expect(result.inspection!.metrics).toEqual([]);
    expect(result.total).toBe(100);
    const onItsDay = inspect([later], R, '2024-07-01').result;
    expect(summary(onItsDay, 'team')).toMatchObject({ status: 'unmet', earned: 0 });
    // 30 lost, 5 for the 虚报: 65.
    expect([onItsDay.total, onItsDay.inspection!.deducted]).toEqual([65, 5]);
  });

  it('the largest loss of any record counts, and a record with no value only notes', () => {
    const { result } = inspect([
      rec({ metric: 'vol', value: 18, date: '2024-02-01' }),
      rec({ metric: 'vol', value: 10, date: '2024-02-02' }),
      rec({ metric: 'vol', value: 30, date: '2024-02-03' }),
      rec({ metric: 'vol', date: '2024-02-04', finding: '名册不全' }),
    ]);
    const m = result.inspection!.metrics[0]!;
    expect(m).toMatchObject({ found: 30, lost: 30, overstatedFound: 18, records: 4, finding: '名册不全' });
    // 30 was found last: 100 points, less 5 for the 虚报.
    expect(result.total).toBe(95);
  });

  it('no 虚报 when the value found still earns what was claimed, or nothing was reported', () => {
    const { result } = inspect([rec({ metric: 'area', value: 100, date: '2024-02-01' })]);
    expect(result.inspection!.metrics[0]).toMatchObject({ overstated: false, lost: 0 });
    expect(result.inspection!.metrics[0]).not.toHaveProperty('overstatedFound');
    expect(result.total).toBe(100);
    const none = inspect([rec({ metric: 'area', value: 50, date: '2024-02-01' })], R, '2024-06-30', {
      vol: 25,
      f: true,
    } as never).result;
    expect(none.inspection!.metrics[0]).toMatchObject({ overstated: false, lost: 0, found: 50 });
    expect(none.inspection!.metrics[0]).not.toHaveProperty('reported');
    expect(none.total).toBe(60);
  });

  it('the policy may veto: no tier and no next tier for any 虚报', () => {
    const veto = rubricFromYaml(rubricText('overstatement: { veto: true }'));
    const { result } = inspect([rec({ metric: 'area', value: 99, date: '2024-02-01' })], veto);
    expect([result.total, result.tier, result.inspection!.veto, result.inspection!.deducted]).toEqual([
      60,
      null,
      true,
      0,
    ]);
    expect(result).not.toHaveProperty('nextTier');
    // Without a policy, a 虚报 costs only what the value found loses.
    const plain = rubricFromYaml(rubricText(''));
    const p = inspect([rec({ metric: 'area', value: 99, date: '2024-02-01' })], plain).result;
    expect([p.total, p.tier, p.inspection!.veto, p.inspection!.deducted]).toEqual([60, 'pass', false, 0]);
  });
});

describe('整改 items', () => {
  const item = (records: InspectionRecord[], asOf = '2024-06-30') =>
    inspect(records, R, asOf).result.inspection!.metrics[0]!.item;
  const open = { metric: 'vol', value: 10, date: '2024-03-01', deadline: '2024-05-31' } as const;

  it('overdue after its deadline, open on it, none without a deadline', () => {
    expect(item([rec(open)])).toEqual({ deadline: '2024-05-31', status: 'overdue' });
    expect(item([rec(open)], '2024-05-31')).toEqual({ deadline: '2024-05-31', status: 'open' });
    expect(item([rec({ metric: 'vol', value: 10, date: '2024-03-01' })])).toBeUndefined();
  });

  it('a 复查 closes it by its word or by a value that meets every criterion; else a new deadline', () => {
    const re = (r: Partial<InspectionRecord>) =>
      rec({ metric: 'vol', date: '2024-06-01', kind: 'reinspection', ...r });
    expect(item([rec(open), re({ fixed: true })])).toEqual({
      deadline: '2024-05-31',
      status: 'closed',
      closedOn: '2024-06-01',
    });
    expect(item([rec(open), re({ value: 20 })])).toMatchObject({ status: 'closed', closedOn: '2024-06-01' });
    expect(item([rec(open), re({ value: 19 })])).toEqual({ deadline: '2024-05-31', status: 'overdue' });
    expect(item([rec(open), re({ value: 25, fixed: false, deadline: '2024-07-31' })])).toEqual({
      deadline: '2024-07-31',
      status: 'open',
    });
    // Closed, then found wanting again: open once more.
    expect(
      item([
        rec(open),
        re({ fixed: true }),
        re({ date: '2024-06-10', fixed: false, deadline: '2024-06-20' }),
      ]),
    ).toEqual({ deadline: '2024-06-20', status: 'overdue' });
  });

  it('a 复查 before any deadline opens nothing; a later inspection does not close one', () => {
    expect(
      item([
        rec({ metric: 'vol', value: 10, date: '2024-03-01', kind: 'reinspection', deadline: '2024-04-01' }),
      ]),
    ).toBeUndefined();
    expect(item([rec(open), rec({ metric: 'vol', value: 30, date: '2024-06-01' })])).toEqual({
      deadline: '2024-05-31',
      status: 'overdue',
    });
  });
});

describe('adjustResult', () => {
  it('never takes the total below 0, and judges the tier on what is left', () => {
    const a = assessmentOf(R, SELF);
    const s = score(R, a, {});
    expect(adjustResult(R, s, { deducted: 150, veto: false })).toMatchObject({ total: 0, tier: null });
    expect(adjustResult(R, s, { deducted: 5, veto: false })).toMatchObject({ total: 95, tier: 'model' });
    expect(adjustResult(R, s, { deducted: 5.5, veto: false })).toMatchObject({ total: 94.5, tier: 'pass' });
  });
});

describe('inspectionNotes', () => {
  it('a 虚报 and an overdue item, at their records, with the name when given', () => {
    const r1 = rec({ metric: 'area', value: 80, date: '2024-03-01', deadline: '2024-04-30' });
    const { result } = inspect([r1, rec({ metric: 'vol', value: 25, date: '2024-03-02' })]);
    expect(inspectionNotes('c1', 't', result.inspection!, '测试社区')).toEqual([
      {
        code: 'inspection.overstated',
        severity: 'warning',
        params: {
          community: 'c1',
          name: '测试社区',
          metric: 'area',
          reported: 120,
          found: 80,
          points: 40,
          rubric: 't',
        },
        ...r1.at,
      },
      {
        code: 'inspection.overdue',
        severity: 'warning',
        params: {
          community: 'c1',
          name: '测试社区',
          metric: 'area',
          deadline: '2024-04-30',
          asOf: '2024-06-30',
          rubric: 't',
        },
        ...r1.at,
      },
    ]);
    expect(inspectionNotes('c1', 't', result.inspection!)[0]!.params).not.toHaveProperty('name');
    expect(inspectionNotes('c1', 't', result.inspection!)[1]!.params).toMatchObject({ community: 'c1' });
  });
});

describe('inspections: order, edges and what is left out', () => {
  it('the value found last by date counts, whatever order the records come in', () => {
    const rs = [
      rec({ metric: 'area', value: 110, date: '2024-05-10' }),
      rec({ metric: 'area', value: 70, date: '2024-04-01' }),
      rec({ metric: 'area', value: 80, date: '2024-03-01' }),
    ];
    for (const order of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      const { assessment, result } = inspect(order.map((i) => rs[i]!));
      expect(assessment.metrics.area).toBe(110);
      expect(result.inspection!.metrics[0]).toMatchObject({ date: '2024-05-10', found: 110 });
    }
  });

  it('metrics in id order, whatever order their records come in', () => {
    const { result } = inspect([
      rec({ metric: 'vol', value: 25, date: '2024-03-01' }),
      rec({ metric: 'f', value: true, date: '2024-03-02' }),
      rec({ metric: 'area', value: 120, date: '2024-03-03' }),
    ]);
    expect(result.inspection!.metrics.map((m) => m.metric)).toEqual(['area', 'f', 'vol']);
  });

  it('a record with no value: nothing found, no 虚报, no key for what was not found', () => {
    const { result } = inspect([rec({ metric: 'vol', date: '2024-03-01' })]);
    const m = result.inspection!.metrics[0]!;
    expect(m).toMatchObject({ metric: 'vol', reported: 25, overstated: false, lost: 0, records: 1 });
    expect(m).not.toHaveProperty('found');
    expect(m).not.toHaveProperty('finding');
    expect(m).not.toHaveProperty('item');
    expect(result.total).toBe(100);
  });

  it('a 复查 that finds less is no 虚报 (the claim is judged on what was found before it)', () => {
    const { result } = inspect([
      rec({ metric: 'area', value: 120, date: '2024-03-01' }),
      rec({ metric: 'area', value: 80, date: '2024-04-01', kind: 'reinspection' }),
    ]);
    expect(result.inspection!.metrics[0]).toMatchObject({ overstated: false, lost: 0, found: 80 });
    // It still scores: 80 is short of 100.
    expect(result.total).toBe(60);
  });

  it('a veto policy with no 虚报 vetoes nothing', () => {
    const veto = rubricFromYaml(rubricText('overstatement: { veto: true }'));
    const { result } = inspect([rec({ metric: 'area', value: 120, date: '2024-02-01' })], veto);
    expect([result.tier, result.inspection!.veto]).toEqual(['model', false]);
  });

  it('a flag and a choice are shown as words in the notes, a number as a number', () => {
    const r = rubricFromYaml(`
rubric: w
title: w
metrics:
  f: { type: flag }
  s: { type: choice, options: { big: { zh-CN: 大 }, small: { zh-CN: 小 } } }
sections:
  - id: s
    criteria:
      - { id: flag, kind: flag, metric: f, points: 10 }
      - { id: pick, kind: choice, metric: s, one-of: [big], points: 10 }
`);
    const { result } = inspect(
      [
        rec({ metric: 'f', value: false, date: '2024-02-01' }),
        rec({ metric: 's', value: 'small', date: '2024-02-02' }),
      ],
      r,
      '2024-06-30',
      { f: true, s: 'big' } as never,
    );
    expect(
      inspectionNotes('c1', 'w', result.inspection!).map((f) => [f.params.reported, f.params.found]),
    ).toEqual([
      ['true', 'false'],
      ['big', 'small'],
    ]);
  });

  it('the note names the value found to be false, not a later one', () => {
    const first = rec({ metric: 'area', value: 80, date: '2024-03-01' });
    const { result } = inspect([first, rec({ metric: 'area', value: 90, date: '2024-04-01' })]);
    const [note] = inspectionNotes('c1', 't', result.inspection!);
    expect(note!.params).toEqual({
      community: 'c1',
      metric: 'area',
      reported: 120,
      found: 80,
      points: 40,
      rubric: 't',
    });
  });
});

describe('整改 items: what closes one', () => {
  const item = (records: InspectionRecord[], self = SELF) =>
    inspect(records, R, '2024-06-30', self).result.inspection!.metrics[0]!.item;
  const opening = () => rec({ metric: 'vol', value: 10, date: '2024-03-01', deadline: '2024-05-31' });
  const re = (r: Partial<InspectionRecord>) =>
    rec({ metric: 'vol', date: '2024-06-01', kind: 'reinspection', ...r });

  it('a value that meets the metric’s criteria closes it, whatever else is unmet', () => {
    expect(item([opening(), re({ value: 20 })], { ...SELF, f: false })).toMatchObject({ status: 'closed' });
  });

  it('a criterion exempt for the community counts as met: its 复查 closes the item', () => {
    const exempt = rubricFromYaml(
      rubricText(
        'exemptions: [{ community: c1, criterion: team, reason: rebuilt, expires: 2025-12-31, granted-by: 鹿城区 }]',
      ),
    );
    const m = inspect([opening(), re({ value: 10 })], exempt).result.inspection!.metrics[0]!;
    expect(m.item).toEqual({ deadline: '2024-05-31', status: 'closed', closedOn: '2024-06-01' });
  });

  it('a 复查 with no value and no word leaves it as it was', () => {
    expect(item([opening(), re({})])).toEqual({ deadline: '2024-05-31', status: 'overdue' });
  });

  it('a 复查 whose value a later inspection contradicts does not close it', () => {
    expect(
      item([opening(), re({ value: 30 }), rec({ metric: 'vol', value: 10, date: '2024-06-05' })]),
    ).toEqual({
      deadline: '2024-05-31',
      status: 'overdue',
    });
  });

  it('a 复查 before the item was opened does not close it', () => {
    expect(item([re({ date: '2024-02-01', fixed: true }), opening()])).toEqual({
      deadline: '2024-05-31',
      status: 'overdue',
    });
  });
});

describe('adjustResult keeps what holds a tier back', () => {
  it('a tier withheld for an earlier award stays withheld after a deduction, and says why', () => {
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
    const s = score(r, assessmentOf(r, { a: true, award: 'none' }), {});
    const adjusted = adjustResult(r, s, { deducted: 5, veto: false });
    expect([adjusted.total, adjusted.tier]).toEqual([95, 'pass']);
    expect(adjusted.heldBack).toEqual({
      tier: 'model',
      unmet: [{ tier: 'model', criteria: [], metrics: ['award'] }],
    });
  });
});
