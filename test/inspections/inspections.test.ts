/**
 * Inspections (督查) through the binary: hand-computed verified scores over a small rubric
 * (test/fixtures/inspections/rubric.yaml: area 40, seats 30, patrol 30 points; model ≥ 90, pass ≥
 * 60; half of each street's communities model; 虚报 costs 5 points), the same records as YAML,
 * .xlsx and .csv, and a bad inspections file whose records are named at their line or cell.
 *
 * The self-reported scores (test/fixtures/inspections/in/): 东街道 a1 100, a2 100, a3 60, a4 0;
 * 西街道 b1 100, b2 30. 东街道 meets its quota with a1 and a2 (2 of 4 model).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ExcelJSTypes from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;
const FIX = join(ROOT, 'test/fixtures/inspections');
const IN = join(FIX, 'in');
let tmp: string;

/**
 * The records, as an inspector writes them (one per row):
 * - a1: 暗访 found no patrol team (reported yes), 整改时限 2005-10-31; 复查 on 2005-11-05 found one.
 * - a2: 暗访 measured 140 m² of service rooms (reported 150).
 * - a3: 暗访 counted 45 seats (reported 60), 整改时限 2005-11-01, never re-inspected.
 * - b1: 明查 confirmed 60 seats.
 * - b2: 明查 found the patrol log incomplete, 2 points off under the rubric's rules.
 */
const RECORDS = [
  ['a1', 'patrol', '否', '', '2005-10-01', '区创建办 王建国', '暗访', '', '2005-10-31', ''],
  ['a1', 'patrol', '是', '', '2005-11-05', '区创建办 王建国', '复查', '', '', ''],
  ['a2', 'service-area', '140 m2', '实测140平方米', '2005-11-10', '街道督查组 李敏', '暗访', '', '', ''],
  ['a3', '文化室座位数', 45, '', '2005-10-01', '街道督查组 李敏', '暗访', '', '2005-11-01', ''],
  ['b1', 'seats', 60, '', '2005-11-10', '区创建办 王建国', '明查', '', '', ''],
  ['b2', 'patrol', '', '巡逻记录不全', '2005-11-10', '区创建办 王建国', '明查', 2, '', ''],
] as const;
const HEADER = [
  '社区编号',
  '指标',
  '督查值',
  '发现问题',
  '督查日期',
  '督查人',
  '督查方式',
  '扣分',
  '整改时限',
  '已整改',
];
const FIELDS = [
  'community',
  'metric',
  'value',
  'finding',
  'date',
  'inspector',
  'kind',
  'deduct',
  'deadline',
  'fixed',
];

function yamlOf(records: readonly (readonly (string | number)[])[]): string {
  const lines = ['inspections: 2005年第四季度督查', 'period: 2005', 'records:'];
  for (const r of records) {
    const fields = FIELDS.map((f, i) => [f, r[i]] as const).filter(([, v]) => v !== '');
    lines.push(
      `  - ${fields.map(([f, v]) => `${f}: ${typeof v === 'number' ? v : JSON.stringify(v)}`).join('\n    ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function xlsxOf(file: string, records: readonly (readonly (string | number)[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('督查记录');
  s.addRow(HEADER);
  for (const r of records) s.addRow(r.map((v) => (v === '' ? null : v)));
  wb.addWorksheet('填写说明').addRow(['每个社区的每项督查指标填一行']);
  await wb.xlsx.writeFile(file);
}

const csvOf = (records: readonly (readonly (string | number)[])[]) =>
  `${[HEADER, ...records].map((r) => r.join(',')).join('\n')}\n`;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-inspections-'));
  mkdirSync(join(tmp, 'sheet'));
  writeFileSync(join(tmp, 'inspections.yaml'), yamlOf(RECORDS));
  writeFileSync(join(tmp, 'inspections.csv'), csvOf(RECORDS));
  await xlsxOf(join(tmp, 'inspections.xlsx'), RECORDS);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Row {
  id: string;
  total: number;
  tier: string | null;
  uninspected?: true;
  inspection?: {
    self: { total: number; tier: string | null };
    difference: number;
    deducted: number;
    veto: boolean;
    metrics: {
      metric: string;
      overstated: boolean;
      lost: number;
      item?: { deadline: string; status: string; closedOn?: string };
    }[];
  };
}
interface Quota {
  group: string;
  status: string;
  reached: number;
  n: number;
  delta?: number;
}

function rankJson(inspections: string, ...more: string[]) {
  const r = runCli(
    [
      'rank',
      IN,
      '--rubrics',
      FIX,
      '--group',
      'street',
      '--format',
      'json',
      '--fail-on',
      'none',
      '--inspections',
      inspections,
      ...more,
    ],
    { cwd: tmp },
  );
  const data = JSON.parse(r.stdout) as {
    tables: { ranking: Row[]; quotas: Quota[] }[];
    inspections?: object;
  };
  const rows = new Map(data.tables[0]!.ranking.map((x) => [x.id, x]));
  return { r, data, rows, quotas: data.tables[0]!.quotas };
}

describe('inspections over self-reports (hand-computed)', () => {
  it('without --inspections the self-reports stand: 东街道 meets its quota (2 of 4 model)', () => {
    const r = runCli(['rank', IN, '--rubrics', FIX, '--group', 'street', '--format', 'json'], { cwd: tmp });
    const data = JSON.parse(r.stdout);
    expect(data.tables[0].quotas.map((q: Quota) => [q.group, q.status, q.reached])).toEqual([
      ['东街道', 'met', 2],
      ['西街道', 'met', 1],
    ]);
  });

  it('an inspection lowers a2 below every tier (140 m², 虚报 −5) and flips 东街道 to short', () => {
    const { rows, quotas } = rankJson('inspections.yaml');
    const a2 = rows.get('a2')!;
    // 100 − 40 (service rooms below 150 m²) − 5 (the rubric's deduction for 虚报) = 55 < 60.
    expect(a2.total).toBe(55);
    expect(a2.tier).toBeNull();
    expect(a2.inspection!.self).toEqual({ total: 100, tier: 'model' });
    expect(a2.inspection!.difference).toBe(-45);
    expect(a2.inspection!.deducted).toBe(5);
    expect(a2.inspection!.metrics).toMatchObject([{ metric: 'service-area', overstated: true, lost: 40 }]);
    // 东街道: a1 (95, model) alone of 4: 25% < 50%, one more needed.
    const east = quotas.find((q) => q.group === '东街道')!;
    expect([east.status, east.reached, east.n, east.delta]).toEqual(['short', 1, 4, 1]);
    expect(quotas.find((q) => q.group === '西街道')!.status).toBe('met');
  });

  it('overstatement with a deduction: a3 counted 45 seats of the 60 reported, 60 − 30 − 5 = 25', () => {
    const { rows } = rankJson('inspections.yaml');
    const a3 = rows.get('a3')!;
    expect(a3.total).toBe(25);
    expect(a3.tier).toBeNull();
    expect(a3.inspection).toMatchObject({ self: { total: 60, tier: 'pass' }, difference: -35, deducted: 5 });
    // The metric was named by its title (文化室座位数).
    expect(a3.inspection!.metrics[0]).toMatchObject({ metric: 'seats', overstated: true, lost: 30 });
  });

  it('a re-inspection (复查) closes a1’s item; the 虚报 it found first still costs 5 (100 → 95, still model)', () => {
    const { rows } = rankJson('inspections.yaml');
    const a1 = rows.get('a1')!;
    expect(a1.total).toBe(95);
    expect(a1.tier).toBe('model');
    expect(a1.inspection!.metrics[0]).toMatchObject({
      metric: 'patrol',
      overstated: true,
      lost: 30,
      item: { deadline: '2005-10-31', status: 'closed', closedOn: '2005-11-05' },
    });
  });

  it('the 虚报 warning of an item a 复查 closed says the points were lost at that inspection, and when it was put right', () => {
    const { r } = rankJson('inspections.yaml');
    const line = r.stderr.split('\n').find((l) => l.includes('inspection.overstated') && l.includes('(a1)'));
    expect(line).toMatch(
      /30 points lost at that inspection; put right by the re-inspection \(复查\) of 2005-11-05\)/,
    );
    // One never put right says only what it lost.
    expect(r.stderr).toMatch(/inspection\.overstated .*\(a2\).*\(\d+ points? lost\)$/m);
  });

  it('an item past its 整改时限 with no 复查 is overdue as of the last inspection day, and said so', () => {
    const { r, rows } = rankJson('inspections.yaml');
    expect(rows.get('a3')!.inspection!.metrics[0]!.item).toEqual({
      deadline: '2005-11-01',
      status: 'overdue',
    });
    expect(r.stderr).toMatch(
      /inspections\.yaml:\d+:\d+ +warning +inspection\.overdue +overdue: 甲三社区 \(a3\): the rectification of Culture room seats was due by 2005-11-01/,
    );
    expect(r.stderr).toMatch(
      /inspection\.overstated +overstated \(虚报\): 甲二社区 \(a2\) reported Service rooms area as 150 m², the inspection found 140 m² \(40 points lost\)/,
    );
  });

  it('a 复查 that finds it not fixed keeps the item, with its new 整改时限', () => {
    writeFileSync(
      join(tmp, 'kept.yaml'),
      yamlOf([
        ['a3', 'seats', 45, '', '2005-10-01', '李敏', '暗访', '', '2005-11-01', ''],
        ['a3', 'seats', 48, '座位仍不足', '2005-11-05', '李敏', '复查', '', '2005-12-31', '否'],
      ]),
    );
    const kept = rankJson('kept.yaml');
    // Still short of 50 seats: 60 − 30 − 5 = 25; the item open until 2005-12-31 (judged 2005-11-05).
    expect(kept.rows.get('a3')).toMatchObject({ total: 25, inspection: { asOf: '2005-11-05' } });
    expect(kept.rows.get('a3')!.inspection!.metrics[0]!.item).toEqual({
      deadline: '2005-12-31',
      status: 'open',
    });
    // Judged after the new deadline: overdue.
    const late = rankJson('kept.yaml', '--as-of', '2006-01-15');
    expect(late.rows.get('a3')!.inspection!.metrics[0]!.item).toEqual({
      deadline: '2005-12-31',
      status: 'overdue',
    });
  });

  it('--as-of before the 复查: a1’s item is open and its patrol found missing (100 − 30 − 5 = 65, pass)', () => {
    const { rows } = rankJson('inspections.yaml', '--as-of', '2005-10-15');
    const a1 = rows.get('a1')!;
    expect(a1.total).toBe(65);
    expect(a1.tier).toBe('pass');
    expect(a1.inspection!.metrics[0]!.item).toEqual({ deadline: '2005-10-31', status: 'open' });
    // a2 was inspected after that day: not yet.
    expect(rows.get('a2')!.total).toBe(100);
  });

  it('a deduction the records take, with no value found: b2 30 − 2 = 28; b1 confirmed, unchanged', () => {
    const { rows } = rankJson('inspections.yaml');
    expect(rows.get('b2')).toMatchObject({ total: 28, inspection: { difference: -2, deducted: 2 } });
    expect(rows.get('b1')).toMatchObject({ total: 100, inspection: { difference: 0, deducted: 0 } });
    expect(rows.get('b1')!.inspection!.metrics[0]!.overstated).toBe(false);
  });

  it('an uninspected community is marked so (未督查), and still counted', () => {
    const { rows, quotas } = rankJson('inspections.yaml');
    expect(rows.get('a4')).toMatchObject({ total: 0, uninspected: true });
    expect(rows.get('a4')!.inspection).toBeUndefined();
    expect(quotas.find((q) => q.group === '东街道')!.n).toBe(4);
    const table = runCli(
      [
        'rank',
        IN,
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--lang',
        'zh-CN',
        '--fail-on',
        'none',
      ],
      { cwd: tmp, env: { COLUMNS: '100' } },
    );
    expect(table.stdout).toMatch(/甲四社区（a4）\s+东街道\s+0\s+未督查/);
    expect(table.stdout).toMatch(/甲二社区（a2）\s+东街道\s+55\s+100（−45） 虚报/);
  });

  it('a rubric that vetoes 虚报 gives an overstating community no tier whatever its score', () => {
    writeFileSync(
      join(tmp, 'veto.yaml'),
      readFileSync(join(FIX, 'rubric.yaml'), 'utf8').replace(
        'overstatement: { deduct: 5 }',
        'overstatement: { veto: true }',
      ),
    );
    const r = runCli(
      [
        'rank',
        IN,
        '--rubric',
        'veto.yaml',
        '--inspections',
        'inspections.yaml',
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: tmp },
    );
    const rows = new Map<string, Row>(JSON.parse(r.stdout).tables[0].ranking.map((x: Row) => [x.id, x]));
    // a1: 100 (the 复查 found the patrol team), no deduction, but 虚报 was found: vetoed.
    expect(rows.get('a1')).toMatchObject({ total: 100, tier: null, inspection: { veto: true, deducted: 0 } });
    expect(rows.get('b1')).toMatchObject({ total: 100, tier: 'model', inspection: { veto: false } });
  });

  it('a veto worth no points hidden by the self-report (无重大事故, one found) is 虚报 and costs the rubric’s 5', () => {
    const dir = join(tmp, 'hidden-veto');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'rubric.yaml'),
      `rubric: hidden-veto
title: { zh-CN: 否决测试, zh-TW: 否決測試, en: Veto test }
level: community
metrics:
  hotline: { type: flag, title: { zh-CN: 一线通, zh-TW: 一線通, en: Hotline } }
  major-incident: { type: flag, title: { zh-CN: 重大事故, zh-TW: 重大事故, en: Major incident } }
overstatement: { deduct: 5 }
sections:
  - id: s
    title: { zh-CN: 服务, zh-TW: 服務, en: Services }
    criteria:
      - { id: hotline-ok, title: { zh-CN: 开通一线通, en: Hotline open }, kind: flag, metric: hotline, expect: true, points: 100 }
      - { id: no-major, title: { zh-CN: 无重大事故, en: No major incident }, kind: flag, metric: major-incident, expect: false, veto: true, points: 0 }
tiers:
  - { id: pass, title: { zh-CN: 达标, zh-TW: 達標, en: pass }, min-score: 60 }
`,
    );
    writeFileSync(
      join(dir, 'a1.yaml'),
      'rubric: hidden-veto\ncommunity: { id: a1, name: 甲社区, street: 东街道 }\nperiod: 2005\nmetrics:\n  hotline: 是\n  major-incident: 否\n',
    );
    writeFileSync(
      join(dir, 'i.yaml'),
      'inspections: t\nrecords:\n  - { community: a1, metric: major-incident, value: 是, date: 2005-10-01, inspector: 区创建办, kind: 暗访 }\n',
    );
    const r = runCli(
      [
        'rank',
        join(dir, 'a1.yaml'),
        '--rubric',
        join(dir, 'rubric.yaml'),
        '--inspections',
        join(dir, 'i.yaml'),
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: dir },
    );
    const a1 = JSON.parse(r.stdout).tables[0].ranking[0] as Row;
    // 100 on the points, vetoed (no tier), and 5 off for the 虚报: 95.
    expect([a1.total, a1.tier]).toEqual([95, null]);
    expect(a1.inspection).toMatchObject({ self: { total: 100, tier: 'pass' }, deducted: 5, difference: -5 });
    expect(a1.inspection!.metrics[0]).toMatchObject({ metric: 'major-incident', overstated: true, lost: 0 });
    expect(r.stderr).toMatch(
      /inspection\.overstated +overstated \(虚报\): 甲社区 \(a1\) reported Major incident as no, the inspection found yes \(a condition worth no points, now not met\)/,
    );
    const zh = runCli(
      [
        'check',
        join(dir, 'a1.yaml'),
        '--rubric',
        join(dir, 'rubric.yaml'),
        '--inspections',
        join(dir, 'i.yaml'),
        '--lang',
        'zh-TW',
      ],
      { cwd: dir },
    );
    expect(zh.stderr).toMatch(
      /虛報：甲社区（a1）自報重大事故為 否，督查實測為 是（該項不計分，但條件未達到）/,
    );
  });

  it('a record with no period checks the monthly self-assessment of its date’s month (每月一大查), in rank and trend', () => {
    const dir = join(tmp, 'monthly');
    mkdirSync(dir, { recursive: true });
    const fuqian = readFileSync(join(ROOT, 'examples', 'street', 'fuqian.yaml'), 'utf8');
    for (const month of ['2005-10', '2005-11'])
      writeFileSync(join(dir, `fuqian-${month}.yaml`), fuqian.replace(/^period: 2005$/m, `period: ${month}`));
    // The 暗访 of 2005-11-14 measured 280 m² (reported 310): the November form only.
    writeFileSync(
      join(dir, 'i.yaml'),
      'inspections: 十一月督查\nrecords:\n  - { community: fuqian, metric: office-service-area, value: 280 m2, date: 2005-11-14, inspector: 区创建办, kind: 暗访 }\n',
    );
    const r = runCli(
      [
        'rank',
        join(dir, 'fuqian-2005-11.yaml'),
        '--inspections',
        join(dir, 'i.yaml'),
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: dir },
    );
    expect(r.stderr).not.toMatch(/inspection\.unknown-community/);
    const row = JSON.parse(r.stdout).tables[0].ranking[0] as Row;
    // 95 as reported, 10 off for office and service rooms below 300 m²: 85.
    expect([row.total, row.inspection?.self.total]).toEqual([85, 95]);
    const t = runCli(['trend', dir, '--inspections', join(dir, 'i.yaml'), '--format', 'json'], { cwd: dir });
    expect(t.stderr).not.toMatch(/inspection\.unknown-community/);
    expect(t.stdout).toMatch(/"2005-10"/);
    const totals = [...t.stdout.matchAll(/"total": ?(\d+)/g)].map((m) => Number(m[1]));
    expect(totals).toContain(95);
    expect(totals).toContain(85);
  });

  it('--results-out holds the self-reported, verified and ranked score of each community', async () => {
    const r = runCli(
      [
        'rank',
        IN,
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--results-out',
        'r.parquet',
        '--fail-on',
        'none',
      ],
      { cwd: tmp },
    );
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(join(tmp, 'r.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const by = new Map(rows.map((x) => [x.id, [x.self_reported_total, x.verified_total, x.total]]));
    expect(by.get('a2')).toEqual([100, 55, 55]);
    expect(by.get('a3')).toEqual([60, 25, 25]);
    // 未督查: no verified score; ranked by its own.
    expect(by.get('a4')).toEqual([0, null, 0]);
  });

  it('--results-out: the criteria of an inspected row less its deductions make its verified score; the 虚报 veto is a column', async () => {
    const read = async (rubric: string[], out: string) => {
      const r = runCli(
        [
          'rank',
          IN,
          ...rubric,
          '--inspections',
          'inspections.yaml',
          '--results-out',
          out,
          '--fail-on',
          'none',
        ],
        { cwd: tmp },
      );
      expect(r.code, r.stderr).toBe(0);
      const bytes = readFileSync(join(tmp, out));
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
      return new Map(rows.map((x) => [x.id as string, x]));
    };
    const points = (x: Record<string, unknown>) =>
      Object.entries(x)
        .filter(([k]) => k.startsWith('points.'))
        .reduce((sum, [, v]) => sum + Number(v ?? 0), 0);
    const rows = await read(['--rubrics', FIX], 'deducted.parquet');
    // a2: 60 on the criteria (150 m² not met), 5 off for 虚报: 55. b2: 30 − 2 = 28.
    expect([
      points(rows.get('a2')!),
      rows.get('a2')!.inspection_deducted,
      rows.get('a2')!.verified_total,
    ]).toEqual([60, 5, 55]);
    expect([
      points(rows.get('b2')!),
      rows.get('b2')!.inspection_deducted,
      rows.get('b2')!.verified_total,
    ]).toEqual([30, 2, 28]);
    for (const x of rows.values())
      if (x.verified_total !== null) expect(points(x) - Number(x.inspection_deducted)).toBe(x.verified_total);
    expect([rows.get('a4')!.inspection_deducted, rows.get('a4')!.overstatement_veto]).toEqual([null, null]);
    expect(rows.get('a1')!.overstatement_veto).toBe(0);
    writeFileSync(
      join(tmp, 'veto-pq.yaml'),
      readFileSync(join(FIX, 'rubric.yaml'), 'utf8').replace(
        'overstatement: { deduct: 5 }',
        'overstatement: { veto: true }',
      ),
    );
    // a1: 100 on the points, no tier: the 虚报 veto says why.
    const vetoed = (await read(['--rubric', 'veto-pq.yaml'], 'veto.parquet')).get('a1')!;
    expect([vetoed.total, vetoed.tier, vetoed.overstatement_veto, vetoed.vetoes]).toEqual([100, null, 1, []]);
  });

  it('the CSV ranking has the self-reported score, the difference and what was found', () => {
    const r = runCli(
      [
        'rank',
        IN,
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--format',
        'csv',
        '--lang',
        'zh-CN',
        '--fail-on',
        'none',
      ],
      { cwd: tmp },
    );
    const lines = r.stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toContain(',自评分,差值,督查情况,');
    expect(lines.find((x) => x.includes(',a3,'))).toContain(',25,100,未定级,');
    expect(lines.find((x) => x.includes(',a3,'))).toMatch(/,60,-35,虚报、逾期,/);
    expect(lines.find((x) => x.includes(',a4,'))).toMatch(/,,,未督查,/);
  });

  it.each([['inspections.csv'], ['inspections.xlsx']])(
    '%s gives the same verdicts as the YAML file',
    (file) => {
      const yaml = rankJson('inspections.yaml');
      const other = rankJson(file);
      expect(other.r.stderr).not.toMatch(/error/);
      const strip = (rows: Map<string, Row>) =>
        [...rows.values()].map((x) => ({
          id: x.id,
          total: x.total,
          tier: x.tier,
          self: x.inspection?.self,
          metrics: x.inspection?.metrics.map((m) => ({ ...m, at: undefined })),
        }));
      expect(strip(other.rows)).toEqual(strip(yaml.rows));
      expect(other.quotas).toEqual(yaml.quotas);
    },
  );

  it('a title row above the header (merged across, or a CSV line of its own) gives the same verdicts', async () => {
    // Before, the first row had to be the header: the sheet was passed over as notes, and the
    // file refused as having no header (inspection.header), though a submission's sheet may have one.
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('督查记录');
    s.addRow(['五马街道2005年第四季度督查记录表']);
    s.mergeCells(1, 1, 1, HEADER.length);
    s.addRow(['填报单位：区创建办']);
    s.addRow(HEADER);
    for (const r of RECORDS) s.addRow(r.map((v) => (v === '' ? null : v)));
    await wb.xlsx.writeFile(join(tmp, 'titled.xlsx'));
    writeFileSync(join(tmp, 'titled.csv'), `五马街道2005年第四季度督查记录表\n${csvOf(RECORDS)}`);
    const yaml = rankJson('inspections.yaml');
    for (const file of ['titled.xlsx', 'titled.csv']) {
      const other = rankJson(file, '--lang', 'en');
      expect(other.r.stderr).not.toMatch(/error/);
      expect([...other.rows.values()].map((x) => [x.id, x.total, x.tier])).toEqual(
        [...yaml.rows.values()].map((x) => [x.id, x.total, x.tier]),
      );
      expect(other.quotas).toEqual(yaml.quotas);
    }
    // Each record is named by its own line: a2's 暗访 is on line 5 of the CSV (title, header, a1, a1, a2).
    expect(rankJson('titled.csv', '--lang', 'en').r.stderr).toMatch(
      /titled\.csv:5:1 +warning +inspection\.overstated/,
    );
  });

  it('an inspections workbook: a hidden row and a hidden column read are said, as in a submission workbook', async () => {
    // b2's record (2 points off) on a hidden row, and the 扣分 column hidden: applied, but said.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, 'inspections.xlsx'));
    const s = wb.getWorksheet('督查记录')!;
    s.getRow(7).hidden = true;
    s.getColumn(8).hidden = true;
    const file = join(tmp, 'hidden-inspections.xlsx');
    await wb.xlsx.writeFile(file);
    const { r, rows } = rankJson(file, '--lang', 'en');
    expect(rows.get('b2')!.total).toBe(rankJson('inspections.xlsx').rows.get('b2')!.total);
    expect(r.stderr).toMatch(
      /hidden-inspections\.xlsx:督查记录!A7 +warning +sheet\.hidden-row +this row is hidden/,
    );
    expect(r.stderr).toMatch(
      /hidden-inspections\.xlsx:督查记录!H7 +warning +sheet\.hidden-column +column H \("扣分"\) is hidden/,
    );
    expect(r.stderr.match(/sheet\.hidden-column/g)).toHaveLength(1);
  });

  it('submissions as a fill-in CSV sheet get the same inspections through the same intake', () => {
    const SELF: Record<string, [string, string, number, number, string]> = {
      a1: ['甲一社区', '东街道', 160, 55, '是'],
      a2: ['甲二社区', '东街道', 150, 50, '是'],
      a3: ['甲三社区', '东街道', 120, 60, '是'],
      a4: ['甲四社区', '东街道', 100, 40, '否'],
      b1: ['乙一社区', '西街道', 200, 60, '是'],
      b2: ['乙二社区', '西街道', 100, 30, '是'],
    };
    writeFileSync(
      join(tmp, 'roster.csv'),
      `街道,编号,名称\n${Object.entries(SELF)
        .map(([id, [name, street]]) => `${street},${id},${name}`)
        .join('\n')}\n`,
    );
    const init = runCli(
      ['init', '-r', join(FIX, 'rubric.yaml'), '--format', 'csv', '--roster', 'roster.csv'],
      {
        cwd: tmp,
      },
    );
    expect(init.code, init.stderr).toBe(0);
    const lines = init.stdout.split(/\r?\n/).map((line) => {
      const cells = line.split(',');
      const self = SELF[cells[0]!];
      if (!self) return line;
      // id, name, street, district, period, service-area, seats, patrol, rubric, notes
      cells[3] = '测试区';
      cells[5] = `${self[2]} m2`;
      cells[6] = String(self[3]);
      cells[7] = self[4];
      return cells.join(',');
    });
    writeFileSync(join(tmp, 'sheet', 'self.csv'), lines.join('\r\n'));
    const sheet = runCli(
      [
        'rank',
        'sheet',
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: tmp },
    );
    const got = JSON.parse(sheet.stdout).tables[0].ranking.map((x: Row) => [x.id, x.total, x.tier]);
    const want = [...rankJson('inspections.yaml').rows.values()].map((x) => [x.id, x.total, x.tier]);
    expect(got).toEqual(want);
  });

  it('a folder of inspections files is read whole', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'east.yaml'), yamlOf(RECORDS.slice(0, 4)));
    writeFileSync(join(dir, 'west.csv'), csvOf(RECORDS.slice(4)));
    const { rows } = rankJson('folder');
    expect([...rows.values()].map((x) => [x.id, x.total])).toEqual(
      [...rankJson('inspections.yaml').rows.values()].map((x) => [x.id, x.total]),
    );
  });

  it('check shows both values and both scores', () => {
    const r = runCli(['check', join(IN, 'a2.yaml'), '--inspections', 'inspections.yaml', '--lang', 'zh-CN'], {
      cwd: tmp,
    });
    expect(r.stdout).toContain('总分：55 / 100');
    expect(r.stdout).toContain('督查核定：自评 100 分，差值 −45 分（扣 5 分）');
    expect(r.stdout).toContain(
      '服务用房面积：自报 150平方米，实测 140平方米（暗访，2005-11-10，街道督查组 李敏）；虚报',
    );
  });

  it('trend and report take --inspections through the same intake', () => {
    const trend = runCli(
      [
        'trend',
        IN,
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--format',
        'json',
        '--as-of',
        '2005-12-31',
      ],
      { cwd: tmp },
    );
    expect(trend.code, trend.stderr).toBeLessThan(2);
    expect(trend.stdout).toMatch(/"a2"[\s\S]*?55/);
    const report = runCli(
      [
        'report',
        IN,
        '--rubrics',
        FIX,
        '--inspections',
        'inspections.yaml',
        '--group',
        'street',
        '-o',
        'r.html',
      ],
      { cwd: tmp },
    );
    expect(report.code, report.stderr).toBeLessThan(2);
    const html = readFileSync(join(tmp, 'r.html'), 'utf8');
    expect(html).toContain('Inspection bulletin (通报)');
    expect(html).toMatch(/<tr class="overdue">[^\n]*甲三社区/);
    expect(html).toMatch(/Not inspected \(未督查\): 甲四社区/);
  });
});

describe('days as Excel and WPS save them', () => {
  // Chinese Excel shows a typed 2005-10-01 as 2005/10/1 and saves that in a CSV; a WPS text cell
  // keeps 2005年10月1日. Both are the same day, and every record must still apply.
  const slash = (d: string | number) =>
    typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.replace(/-0?/g, '/') : d;
  const chinese = (d: string | number) =>
    typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? d.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')
      : d;
  const totals = (file: string) => {
    const { r, rows } = rankJson(file, '--lang', 'en');
    expect(r.stderr).not.toContain('inspection.bad-date');
    return ['a1', 'a2', 'a3', 'b1', 'b2'].map((id) => [id, rows.get(id)!.total, rows.get(id)!.tier]);
  };

  it('a CSV of 2005/10/1 and a workbook of 2005年10月1日 give the verified scores of ISO days', async () => {
    const iso = totals('inspections.csv');
    expect(iso.slice(0, 3)).toEqual([
      ['a1', 95, 'model'],
      ['a2', 55, null],
      ['a3', 25, null],
    ]);
    writeFileSync(join(tmp, 'slash.csv'), csvOf(RECORDS.map((r) => r.map(slash))));
    expect(readFileSync(join(tmp, 'slash.csv'), 'utf8')).toContain('2005/10/1,');
    expect(totals('slash.csv')).toEqual(iso);
    await xlsxOf(
      join(tmp, 'chinese.xlsx'),
      RECORDS.map((r) => r.map(chinese)),
    );
    expect(totals('chinese.xlsx')).toEqual(iso);
  });

  it('a day that reads two ways (10/1/2005) or is no day (2005/2/30) is still refused at its cell', () => {
    const two: (string | number)[][] = RECORDS.map((r) =>
      r.map((d) => (d === '2005-11-10' ? '11/10/2005' : d)),
    );
    two[0] = two[0]!.map((d) => (d === '2005-10-01' ? '2005/2/30' : d));
    writeFileSync(join(tmp, 'two-ways.csv'), csvOf(two));
    const { r } = rankJson('two-ways.csv');
    expect(r.stderr).toMatch(/two-ways\.csv:2:5 +error +inspection\.bad-date +date "2005\/2\/30"/);
    expect(r.stderr).toMatch(/two-ways\.csv:4:5 +error +inspection\.bad-date +date "11\/10\/2005"/);
  });
});

describe('a deduction as an inspector writes it', () => {
  const withDeduct = (deduct: string) =>
    RECORDS.map((r) => (r[0] === 'b2' ? r.map((v, i) => (i === 7 ? deduct : v)) : r));
  const b2 = (file: string) => rankJson(file).rows.get('b2')!.total;

  it('２ (full-width) and 2分 take 2 points off b2, as 2 does', () => {
    writeFileSync(join(tmp, 'd-plain.csv'), csvOf(withDeduct('2')));
    const plain = b2('d-plain.csv');
    for (const d of ['２', '2分', '２ 分']) {
      writeFileSync(join(tmp, 'd-written.csv'), csvOf(withDeduct(d)));
      expect(b2('d-written.csv')).toBe(plain);
    }
  });

  it('0x10 is not 16 points, nor 1e3 a thousand: the record is refused at its cell', () => {
    for (const d of ['0x10', '1e3']) {
      writeFileSync(join(tmp, 'd-odd.csv'), csvOf(withDeduct(d)));
      const { r } = rankJson('d-odd.csv');
      expect(r.stderr).toMatch(/d-odd\.csv:7:8 +error +inspection\.bad-number/);
    }
  });
});

describe('a bad inspections file', () => {
  const BAD = [
    ['zz9', 'patrol', '否', '', '2005-11-10', '王建国', '暗访', '', '', ''],
    ['a1', 'stairwell-lights', '80%', '', '2005-11-10', '王建国', '暗访', '', '', ''],
    ['a2', 'service-area', '140 m2', '', '2005-11-31', '王建国', '暗访', '', '', ''],
    ['a3', 'seats', 45, '', '2005-10-01', '王建国', '抽查', '', '', ''],
    ['a2', 'service-area', '140 m2', '', '2005-11-10', '王建国', '暗访', '', '', ''],
  ] as const;

  it('YAML: each problem at its line and column; the good record still applies; the batch runs', () => {
    writeFileSync(join(tmp, 'bad.yaml'), yamlOf(BAD));
    const { r, rows } = rankJson('bad.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /bad\.yaml:4:5 +error +inspection\.unknown-community +no self-assessment of community "zz9" for 2005/,
    );
    expect(r.stderr).toMatch(
      /bad\.yaml:11:5 +error +inspection\.unknown-metric +"stairwell-lights" \(community a1\) is not a metric of rubric “Inspection test rubric”/,
    );
    expect(r.stderr).toMatch(/bad\.yaml:19:5 +error +inspection\.bad-date +date "2005-11-31" is not a day/);
    expect(r.stderr).toMatch(
      /bad\.yaml:27:5 +error +inspection\.bad-kind +"抽查" is not a kind of inspection/,
    );
    // The fifth record is good: a2 is lowered all the same.
    expect(rows.get('a2')!.total).toBe(55);
    expect(rows.get('a1')!.total).toBe(100);
    expect(rows.get('a3')!.total).toBe(60);
  });

  it('xlsx: each problem at its cell', async () => {
    await xlsxOf(join(tmp, 'bad.xlsx'), BAD);
    const { r, rows } = rankJson('bad.xlsx');
    expect(r.stderr).toMatch(/bad\.xlsx:督查记录!A2 +error +inspection\.unknown-community/);
    expect(r.stderr).toMatch(/bad\.xlsx:督查记录!B3 +error +inspection\.unknown-metric/);
    expect(r.stderr).toMatch(/bad\.xlsx:督查记录!E4 +error +inspection\.bad-date/);
    expect(r.stderr).toMatch(/bad\.xlsx:督查记录!G5 +error +inspection\.bad-kind/);
    expect(rows.get('a2')!.total).toBe(55);
  });

  it('csv: each problem at its line and field, in Chinese', () => {
    writeFileSync(join(tmp, 'bad.csv'), csvOf(BAD));
    const r = runCli(
      ['rank', IN, '--rubrics', FIX, '--inspections', 'bad.csv', '--lang', 'zh-CN', '--fail-on', 'none'],
      { cwd: tmp },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bad\.csv:4:5 +错误 +inspection\.bad-date +督查日期“2005-11-31”不是日期/);
    // A field is named as the template heads its column, never by its English key.
    const tw = runCli(['rank', IN, '--rubrics', FIX, '--inspections', 'bad.csv', '--lang', 'zh-TW'], {
      cwd: tmp,
    });
    expect(tw.stderr).toMatch(/inspection\.bad-date +督查日期「2005-11-31」不是日期/);
    expect(r.stderr).toMatch(
      /bad\.csv:5:7 +错误 +inspection\.bad-kind +“抽查”不是督查方式：请写明查、暗访或复查/,
    );
  });

  it('a path that names nothing cannot be honoured (exit 2)', () => {
    const r = runCli(['rank', IN, '--rubrics', FIX, '--inspections', 'nowhere.yaml'], { cwd: tmp });
    expect(r.code).toBe(2);
  });

  it('a file that cannot be read at all stops every command (exit 2): its findings would be missing', () => {
    mkdirSync(join(tmp, 'two'), { recursive: true });
    copyFileSync(join(ROOT, 'examples/inspections/wuma-2005.yaml'), join(tmp, 'two', 'good.yaml'));
    writeFileSync(join(tmp, 'two', 'broken.yaml'), 'records: [\n');
    const runs = [
      ['rank', IN, '--rubrics', FIX],
      ['report', IN, '--rubrics', FIX, '-o', 'r.html'],
      ['trend', IN, '--rubrics', FIX],
      ['check', IN, '--rubric', join(FIX, 'rubric.yaml')],
    ];
    for (const args of runs) {
      const cmd = args[0];
      const r = runCli([...args, '--inspections', 'two', '--lang', 'zh-CN'], { cwd: tmp });
      expect(r.code, `${cmd}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/broken\.yaml:1:\d+ +错误/);
      expect(r.stderr).toContain('inspection.unread');
      expect(r.stdout).toBe('');
    }
  });
});

describe('init --inspections', () => {
  const roster = join(ROOT, 'examples/rosters/wuma-street.csv');
  const rubric = join(FIX, 'rubric.yaml');

  it('writes the inspectors’ workbook, which reads back as no record until filled in', () => {
    const made = runCli(
      [
        'init',
        '--inspections',
        '--format',
        'xlsx',
        '-o',
        '督查.xlsx',
        '-r',
        rubric,
        '--roster',
        roster,
        '--lang',
        'zh-CN',
      ],
      { cwd: tmp },
    );
    expect(made.code, made.stderr).toBe(0);
    const r = rankJson('督查.xlsx');
    // Its notes and metrics sheets are no records; its rows, with only the community, none either.
    expect(r.r.stderr).toMatch(/督查\.xlsx:1:1 +warning +inspection\.empty/);
    expect(r.r.stderr).not.toMatch(/error/);
  });

  it('as CSV: the same columns; a row filled in is a record', () => {
    const made = runCli(
      ['init', '--inspections', '--format', 'csv', '-r', rubric, '--roster', roster, '--lang', 'zh-CN'],
      {
        cwd: tmp,
      },
    );
    expect(made.code, made.stderr).toBe(0);
    const lines = made.stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toBe(
      '社区编号,社区名称,指标,督查值,发现问题,督查日期,督查人,督查方式,扣分,整改时限,已整改,年度',
    );
    expect(lines[1]).toBe('dingzi,丁字社区,,,,,,,,,,2005');
    lines[1] = 'a2,甲二社区,service-area,140 m2,,2005-11-10,王建国,暗访,,,,2005';
    writeFileSync(join(tmp, 'filled.csv'), lines.join('\n'));
    const r = rankJson('filled.csv');
    expect(r.rows.get('a2')!.total).toBe(55);
    // The roster's other communities, unfilled, are no records.
    expect(r.r.stderr).not.toMatch(/inspection\.(header|field-missing|unknown-community)/);
  });
});
