/**
 * `civscore plan status` (销号) through the built CLI: a plan of the example street saved on
 * 2005-03-01, compared with later submissions in which some or all of its fixes are made. Done
 * when the value now meets the plan's, closed (已销号) when the community also reaches its tier,
 * overdue after the plan's day plus the fix's months; the quotas as rank judges them now; what the
 * plan still costs; every format in zh-CN and en; a plan of another rubric refused.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { displayWidth } from '../../src/report/text-width.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const STREET = join(ROOT, 'examples/street');
const COSTS = join(ROOT, 'examples/plan/costs-2005.yaml');
let dir: string;
let plan: string;

interface Fix {
  metric?: string;
  facility?: string;
  from?: number;
  to: number;
}
interface Saved {
  kind: string;
  asOf: string;
  tables: { sha256: string; lifts: { community: string; fixes: Fix[] }[] }[];
}
const saved = (): Saved => JSON.parse(readFileSync(plan, 'utf8'));

/** A copy of the street in which the named communities made the named fixes of the plan (all, by default). */
function withFixes(name: string, made: (community: string, fix: Fix) => boolean): string {
  const out = join(dir, name);
  cpSync(STREET, out, { recursive: true });
  const byFile = new Map(readdirSync(out).map((f) => [f.replace(/\.yaml$/, ''), join(out, f)]));
  for (const lift of saved().tables[0]!.lifts) {
    const file = [...byFile.entries()].find(([, f]) =>
      readFileSync(f, 'utf8').includes(`id: ${lift.community},`),
    );
    if (!file) throw new Error(`no file for ${lift.community}`);
    const doc = parseDocument(readFileSync(file[1], 'utf8'));
    for (const f of lift.fixes) {
      if (!made(lift.community, f)) continue;
      if (f.metric) {
        doc.setIn(['metrics', f.metric], f.to);
        // The example prices build service rooms with also: [office-service-area].
        if (f.metric === 'service-area') {
          const office = String(doc.getIn(['metrics', 'office-service-area']));
          doc.setIn(['metrics', 'office-service-area'], Number.parseFloat(office) + f.to - (f.from ?? 0));
        }
      } else (doc.get('facilities') as { add(x: unknown): void }).add({ kind: f.facility });
    }
    writeFileSync(file[1], doc.toString());
  }
  return out;
}

const status = (inputs: string, args: string[], lang = 'zh-CN') =>
  runCli(['plan', 'status', plan, inputs, '--lang', lang, ...args], { env: { COLUMNS: '80' } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civscore-plan-status-'));
  plan = join(dir, 'plan.json');
  const r = runCli(['plan', STREET, '--costs', COSTS, '--as-of', '2005-03-01', '--output', plan]);
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan --output plan.json: what plan status reads back', () => {
  it("records the plan's day, the rubric's sha256 (rank's identity) and each fix's due day", () => {
    const j = saved();
    expect(j.kind).toBe('civscore-plan');
    expect(j.asOf).toBe('2005-03-01');
    const rank = JSON.parse(runCli(['rank', STREET, '--format', 'json']).stdout);
    const sha = JSON.stringify(rank).match(/"sha256":\s*"([0-9a-f]{64})"/)?.[1];
    expect(j.tables[0]!.sha256).toBe(sha);
    // The help station takes 1 month, the rooms 2, the seats 3: due 2005-04-01, -05-01, -06-01.
    // (The plan's own fixes: the alternatives after them have theirs.)
    const dues = JSON.stringify(j.tables.map((t: { lifts: unknown }) => t.lifts)).match(
      /"due":"[^"]+"|"due": "[^"]+"/g,
    );
    expect(new Set(dues?.map((d) => d.replace(/"due":\s*/, '')))).toEqual(
      new Set(['"2005-04-01"', '"2005-05-01"', '"2005-06-01"']),
    );
  });
});

describe('plan status', () => {
  it('nothing made yet: on 2005-04-15 the help station (due 04-01) is overdue, the rest open; exit 1', () => {
    const r = status(STREET, ['--as-of', '2005-04-15']);
    expect(r.code).toBe(1);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('计划日期2005-03-01，对照日期2005-04-15');
    expect(r.stdout).toContain('· 已逾期：补建社区求助站（区民政局；2005-04-01前；3万元）\n');
    expect(r.stdout).toContain('· 未开始：文化室可同时学习人数再增加20人');
    // A long line wraps under its text: read as one.
    expect(r.stdout.replace(/\n {2}(?! )/g, '')).toContain(
      '50%的社区达到新型现代化社区标准（鹿城区）：现2/9个（22.2%），目标50%以上：还差3个',
    );
    expect(r.stdout).toContain('已完成0/7项（已销号0项），逾期1项；计划剩余费用38.9万元');
    expect(r.stdout).toContain('尚有配额未达到');
  });

  it('some made: 花柳塘 closed (its tier reached), 丁字 rooms done but not closed; what is left costs 30.5万', () => {
    const some = withFixes(
      'some',
      (c, f) => c === 'huaniutang' || (c === 'dingzi' && f.metric === 'service-area'),
    );
    const r = status(some, ['--as-of', '2005-05-15', '--format', 'json'], 'en');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const lifts = new Map(j.tables[0].lifts.map((l: { community: string }) => [l.community, l]));
    expect(lifts.get('huaniutang')).toMatchObject({ reached: true, items: [{ state: 'closed' }] });
    expect(lifts.get('dingzi')).toMatchObject({
      reached: false,
      items: [
        { metric: 'service-area', state: 'done', now: 150 },
        { state: 'todo', now: 40 },
      ],
    });
    // The rooms of 五马街 and 鼓楼 were due on 2005-05-01.
    expect(lifts.get('wumajie')).toMatchObject({ items: [{ state: 'overdue', now: 260 }] });
    expect(j.counts).toEqual({ closed: 1, done: 1, started: 0, todo: 3, overdue: 2, items: 7 });
    expect(j.remaining).toBe(389000 - 30000 - 54000);
    expect(j.allMet).toBe(false);
  });

  it('all made: every fix closed, both quotas met, nothing left to pay; exit 0 (table, markdown, xlsx)', async () => {
    const all = withFixes('all', () => true);
    const r = status(all, ['--as-of', '2005-07-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已完成7/7项（已销号7项），逾期0项；计划剩余费用0元');
    expect(r.stdout).toContain('全部配额已达到：计划可以销号');
    const en = status(all, ['--as-of', '2005-07-01', '--format', 'markdown'], 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('| Community | Fixes | Responsible | Due | Cost | Status | Now |');
    expect(en.stdout).toContain('Every quota is met: the plan can be closed (销号)');
    const xlsx = join(dir, '销号台账.xlsx');
    expect(status(all, ['--as-of', '2005-07-01', '--output', xlsx]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('整改台账')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '街道',
      '社区',
      '整改项',
      '责任单位',
      '完成时限',
      '工期',
      '费用',
      '达到等级',
      '状态',
      '现状',
    ]);
    const states = [];
    for (let i = 2; i <= ws.rowCount; i++) states.push(ws.getCell(`I${i}`).value);
    expect(states).toEqual(Array(7).fill('已销号'));
    const v = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(Object.values(v)[0]?.formulae[0]).toBe('"未开始,整改中,已完成,已销号,已逾期"');
  });

  it('partly done figures count as started (整改中) before their due day', () => {
    const part = withFixes('part', (c, f) => c === 'qingnianfang' && f.metric === 'culture-room-seats');
    const file = join(part, 'qingnianfang.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('culture-room-seats: 50', 'culture-room-seats: 40'),
    );
    const j = JSON.parse(status(part, ['--as-of', '2005-04-15', '--format', 'json']).stdout);
    const l = j.tables[0].lifts.find((x: { community: string }) => x.community === 'qingnianfang');
    expect(l.items).toEqual([expect.objectContaining({ state: 'started', now: 40 })]);
  });

  it('a plan of another version of the rubric is refused (exit 2), not compared', () => {
    const copy = join(dir, 'changed.yaml');
    const text = readFileSync(join(ROOT, 'rubrics/district-2005-community.yaml'), 'utf8');
    const changed = text.replace(/min-score: (\d+)/, (_, n) => `min-score: ${Number(n) - 1}`);
    expect(changed).not.toBe(text);
    writeFileSync(copy, changed);
    const r = status(STREET, ['--rubric', copy], 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan-status.rubric-changed');
    expect(r.stderr).toContain(`sha256 ${saved().tables[0]!.sha256.slice(0, 12)}`);
    const zh = status(STREET, ['--rubric', copy]);
    expect(zh.stderr).toContain('不予对照；请重新制定计划');
  });

  it('usage: a file that is no plan, an option only plan takes, a period with no submissions', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"tables": []}');
    const r = runCli(['plan', 'status', other, STREET, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan-status.not-a-plan');
    const costs = status(STREET, ['--costs', COSTS], 'en');
    expect(costs.code).toBe(2);
    expect(costs.stderr).toContain('--costs is an option of plan, not of plan status');
    const j = saved();
    const moved = join(dir, 'plan-2006.json');
    writeFileSync(moved, JSON.stringify({ ...j, tables: j.tables.map((t) => ({ ...t, period: '2006' })) }));
    const none = runCli(['plan', 'status', moved, STREET, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('plan-status.no-table');
  });
});
