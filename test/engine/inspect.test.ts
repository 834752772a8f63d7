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
  });
});
