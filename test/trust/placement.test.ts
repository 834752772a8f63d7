/**
 * Issue 23, "one road in", items 2, 6 and 11: without a roster, a community leaves no quota's
 * denominator by editing its own `period:`, `rubric:` or `district:`. One placement rule in the
 * intake (src/pipeline/intake/placement.ts) for rank, report, plan, trend and validate: a file its
 * own rubric or period would take out of its street's table counts there, in doubt (4 / 9, never
 * 4 / 7); no table is built for a period the rubric does not cover; a street named under two
 * districts counts in one, with a warning; a period outside its rubric's year is one code and one
 * severity in every command. Expected shares are counted by hand from examples/street: 桂柑 and
 * 府前 reach 新型现代化; 花柳塘, 五马街, 鼓楼 and 菱藕 too reach 安全文明 (6 of 9); 桂柑, 府前,
 * 花柳塘 and 菱藕 have 300 m² of rooms (4 of 9).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
const ROSTER = join(ROOT, 'examples/rosters/wuma-street.csv');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-placement-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of examples/street with some files' lines rewritten. */
function street(name: string, edits: Record<string, [RegExp, string][]>): string {
  const dir = join(tmp, name);
  cpSync(join(ROOT, 'examples/street'), dir, { recursive: true });
  for (const [file, list] of Object.entries(edits)) {
    const path = join(dir, file);
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of list) text = text.replace(from, to);
    writeFileSync(path, text);
  }
  return dir;
}

interface Quota {
  quota: string;
  n: number;
  reached: number;
  unplaced: number;
  provisional: boolean;
  inDoubt: { id: string; reason: string }[];
}
interface Table {
  rubric: { id: string };
  period: string;
  unattributed?: number;
  quotas: Quota[];
}

function rankJson(args: string[]) {
  const r = runCli(['rank', ...args, '--format', 'json', '--lang', 'en', ...AS_OF]);
  const data = JSON.parse(r.stdout) as { tables: Table[] };
  const quota = (id: string) => data.tables[0]!.quotas.find((q) => q.quota === id)!;
  return { ...r, data, quota };
}

const d7 = () =>
  street('d7', {
    'dingzi.yaml': [[/^rubric: .*$/m, 'rubric: liuhao-2008']],
    'lingou.yaml': [[/^rubric: .*$/m, 'rubric: evil.yaml']],
  });
const d6 = () =>
  street('d6', {
    'dingzi.yaml': [[/^period: .*$/m, 'period: 2099']],
    'taoli.yaml': [[/^period: .*$/m, 'period: 2004']],
    'gulou.yaml': [[/^period: .*$/m, 'period: 2005-13']],
  });
const d11 = () =>
  street('d11', {
    'dingzi.yaml': [[/district: 鹿城区/, 'district: 瓯海区']],
    'qingnianfang.yaml': [[/district: 鹿城区/, 'district: 瓯海区']],
  });

describe('a file naming another rubric stays in its street (d7)', () => {
  it('rank: one table, 4 / 9 (not 4 / 7), the two files in doubt as sent; no liuhao-2008 table', () => {
    const r = rankJson([d7()]);
    expect(r.data.tables.map((t) => [t.rubric.id, t.period])).toEqual([['district-2005-community', '2005']]);
    expect(r.quota('large-office-share')).toMatchObject({ n: 9, reached: 4, provisional: true });
    expect(r.quota('large-office-share').inDoubt.map((d) => [d.id, d.reason])).toEqual([
      ['dingzi', 'misplaced'],
      ['lingou', 'misplaced'],
    ]);
    const zh = runCli(['rank', join(tmp, 'd7'), '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stdout).toContain('已达 44.4%（4 / 9 个');
    expect(zh.stdout).not.toContain('57.1%');
    expect(zh.stdout).not.toContain('liuhao-2008 · 2005');
    expect(zh.stdout).toContain('菱藕社区（lingou）：已报送文件，但年度或评分细则与本表不符，未评分');
  });

  it('names the file under another rubric at its rubric: line; trend holds it to its street too', () => {
    // A rubric the office allows (a folder given with --rubrics) for 2005, of the street's family
    // (it extends the street's) and lenient: 100 m² meets "150 m²". A file naming it is scored,
    // then held to its street's rubric; the finding must say which file it is.
    const rubrics = join(tmp, 'lenient');
    mkdirSync(rubrics, { recursive: true });
    writeFileSync(
      join(rubrics, 'lenient-2005.yaml'),
      'rubric: lenient-2005\nextends: district-2005-community\nsections:\n  - id: facilities\n    criteria:\n      - { id: service-area-150, at-least: 100 m2 }\n',
    );
    const dir = street('d7-allowed', { 'dingzi.yaml': [[/^rubric: .*$/m, 'rubric: lenient-2005']] });
    const r = runCli(['rank', dir, '--rubrics', rubrics, '--lang', 'en', ...AS_OF]);
    expect(r.stderr).toMatch(/dingzi\.yaml:3:1 +error +trust\.rubric-other +not ranked/);
    expect(r.stderr).not.toMatch(/^ +error +trust\.rubric-other/m);
    const v = runCli(['validate', dir, '--rubrics', rubrics, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/dingzi\.yaml:3:1 +error +trust\.rubric-other/);
    // trend: one family measures several years, but not two rubrics in one street's year.
    const tw = runCli(['trend', dir, '--rubrics', rubrics, '--lang', 'zh-TW', ...AS_OF]);
    expect(tw.stderr).toMatch(/dingzi\.yaml:3:1 +錯誤 +trust\.rubric-other +未列入排名/);
    const t = JSON.parse(runCli(['trend', dir, '--rubrics', rubrics, '-f', 'json', ...AS_OF]).stdout).tables;
    expect(t.map((x: { rubric: { id: string } }) => x.rubric.id)).toEqual(['district-2005-community']);
    const dingzi = t[0].communities.find((c: { id: string }) => c.id === 'dingzi');
    expect(dingzi.points).toMatchObject([{ period: '2005', scored: false, total: null }]);
  });

  it('with --roster: the communities that sent a file are not 未报送', () => {
    const r = rankJson([join(tmp, 'd7'), '--roster', ROSTER]);
    const reasons = Object.fromEntries(r.quota('modern-share').inDoubt.map((d) => [d.id, d.reason]));
    expect(reasons).toEqual({ dingzi: 'misplaced', lingou: 'misplaced' });
  });
});

describe('a file moving itself to another district (d11)', () => {
  it('rank: the street counts in 鹿城区, 6 / 9 and 4 / 9, with a warning', () => {
    const dir = d11();
    const r = rankJson([dir]);
    expect(r.stderr).toMatch(/warning +quota\.street-districts/);
    expect(r.quota('safe-civilized-share')).toMatchObject({ n: 9, reached: 6 });
    expect(r.quota('large-office-share')).toMatchObject({ n: 9, reached: 4, status: 'short' });
    expect(
      r.data.tables[0]!.quotas.every((q) => (q as unknown as { group: string }).group === '鹿城区'),
    ).toBe(true);
  });
  it.each([
    ['validate', []],
    ['trend', AS_OF],
    ['report', [...AS_OF, '-o', 'd11.html']],
    ['plan', AS_OF],
  ])('%s says so too', (command, extra) => {
    const r = runCli([command, join(tmp, 'd11'), ...extra, '--lang', 'zh-CN'], { cwd: tmp });
    expect(r.stdout + r.stderr).toContain('quota.street-districts');
    expect(r.stdout + r.stderr).toContain('五马街道被写在不止一个区（鹿城区 7 / 瓯海区 2）');
  });
  it('plan builds no separate 瓯海区 plan', () => {
    const r = runCli(['plan', join(tmp, 'd11'), ...AS_OF, '--format', 'json', '--lang', 'en']);
    expect(r.stdout).not.toContain('"瓯海区"');
  });
});

describe('a period outside the rubric (d6)', () => {
  it('rank: one 2005 table, 6 / 9 safe (not 5 / 6); no 2004, 2099 or 2005-13 table', () => {
    const r = rankJson([d6()]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005']);
    expect(r.quota('safe-civilized-share')).toMatchObject({ n: 9, reached: 5, provisional: true });
    expect(r.quota('safe-civilized-share').inDoubt.map((d) => d.id)).toEqual(['dingzi', 'gulou', 'taoli']);
    expect(r.stderr).toMatch(/gulou\.yaml:5:\d+ +error +assessment\.period-format/);
    expect(r.stderr).toMatch(/dingzi\.yaml:5:\d+ +warning +period\.rubric-year/);
    const zh = runCli(['rank', join(tmp, 'd6'), '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stdout).not.toMatch(/· (2004|2099|2005-13)/);
    expect(zh.stderr).not.toContain('12 项配额未达标');
  });

  it('the same from a workbook whose period cell says 2099', async () => {
    const book = join(tmp, 'x.xlsx');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', book]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('F3').value).toBe(2005);
    ws.getCell('F3').value = 2099;
    await wb.xlsx.writeFile(book);
    const r = rankJson([book]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005']);
    expect(r.quota('modern-share')).toMatchObject({ n: 9, provisional: true });
    expect(r.quota('modern-share').inDoubt).toHaveLength(1);
  });

  it('the same from a CSV whose period says 2004', () => {
    const csv = join(tmp, 'x.csv');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', csv]).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').split('\n');
    const row = lines.findIndex((l) => l.includes('taoli'));
    lines[row] = lines[row]!.replace(',2005,', ',2004,');
    writeFileSync(csv, lines.join('\n'));
    const r = rankJson([csv]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005']);
    expect(r.quota('modern-share')).toMatchObject({ n: 9 });
    expect(r.quota('modern-share').inDoubt.map((d) => d.id)).toEqual(['taoli']);
  });
});

describe("a month of the rubric's year where the street says the year", () => {
  // 丁字社区 writes `period: 2005-06` (or its workbook cell holds a date): a period its rubric
  // covers, but a table of its own would leave 五马街道's 2005 table 2 / 8 instead of 2 / 9.
  it('rank, trend and plan: one 2005 table, 2 / 9 with 丁字社区 in doubt, an error at its period', () => {
    const dir = street('month', { 'dingzi.yaml': [[/^period: .*$/m, 'period: 2005-06']] });
    const r = rankJson([dir]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005']);
    expect(r.quota('modern-share')).toMatchObject({ n: 9, reached: 2, provisional: true });
    expect(r.quota('modern-share').inDoubt.map((d) => d.id)).toEqual(['dingzi']);
    expect(r.stderr).toMatch(
      /dingzi\.yaml:5:1 +error +trust\.period-other +not ranked: this file is for period 2005-06/,
    );
    const zh = runCli(['rank', dir, '--lang', 'zh-CN', ...AS_OF]);
    expect(zh.stderr).toContain(
      '本社区在五马街道 2005 的表中按未评分计算：如这份自评属于该表，请写 period: 2005',
    );
    const tw = runCli(['trend', dir, '--lang', 'zh-TW', ...AS_OF]);
    expect(tw.stderr).toContain('trust.period-other  未列入排名：本檔案的年度是 2005-06');
    expect(tw.stdout).not.toContain('2005-06');
    const plan = JSON.stringify(JSON.parse(runCli(['plan', dir, '--format', 'json', ...AS_OF]).stdout));
    expect(plan).not.toContain('2005-06');
    // validate fails the file rank does not rank (it passed it, exit 0).
    const v = runCli(['validate', dir, '--lang', 'en']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/dingzi\.yaml:5:1 +error +trust\.period-other/);
  });

  it("a community with a file for the year too: its second file is another period's, ranked in its own table", () => {
    const dir = street('month-too', {});
    writeFileSync(
      join(dir, 'dingzi-h1.yaml'),
      readFileSync(join(dir, 'dingzi.yaml'), 'utf8').replace(/^period: .*$/m, 'period: 2005-06'),
    );
    const r = rankJson([dir]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005', '2005-06']);
    expect(r.quota('modern-share')).toMatchObject({ n: 9, reached: 2, provisional: false });
    expect(r.stderr).not.toContain('trust.period-other');
    expect(runCli(['validate', dir]).code).toBe(0);
  });

  it('trend: a second period of a year (2006-12 beside 2006) is counted nowhere, never a year of the cycle', () => {
    // The cycle takes its last three periods for its years: 丁字社区's 2006-12 file (桂柑's figures)
    // made the cycle 2005, 2006, 2006-12 with 2006-12 weighted 60%, 丁字 the cycle's first at 84.6,
    // and every other community "no file for 2006-12, so no composite".
    const dir = join(tmp, 'trend-second');
    cpSync(join(ROOT, 'examples/trend'), dir, { recursive: true });
    writeFileSync(
      join(dir, '2006', 'dingzi-december.yaml'),
      readFileSync(join(ROOT, 'examples/street/guigan.yaml'), 'utf8')
        .replace(/^period: .*$/m, 'period: 2006-12')
        .replace('id: guigan, name: 桂柑社区', 'id: dingzi, name: 丁字社区'),
    );
    const cycle = [
      '--rubric',
      join(ROOT, 'examples/cycle/district-2005-cycle.yaml'),
      '--as-of',
      '2006-12-31',
    ];
    const r = runCli(['trend', dir, ...cycle, '-f', 'json', '--lang', 'en']);
    const t = JSON.parse(r.stdout).tables[0];
    expect(t.periods).toEqual(['2004', '2005', '2006']);
    expect(t.cycle.years).toEqual(['2004', '2005', '2006']);
    const ranked = t.cycle.ranking.map((x: { id: string }) => x.id);
    expect(ranked).toContain('fuqian');
    expect(t.cycle.ranking[0].id).toBe('guigan');
    expect(r.stderr).toMatch(
      /dingzi-december\.yaml:4:1 +error +trust\.period-second +not counted: 丁字社区 has a file for 2006 already/,
    );
    expect(r.stderr).not.toContain('no file for 2006-12');
    const zh = runCli(['trend', dir, ...cycle, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('未计入：丁字社区已有 2006 的文件，本文件是 2006-12');
  });

  it('the same from a workbook whose period cell holds a date', async () => {
    const book = join(tmp, 'month.xlsx');
    expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', book]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A3').value).toBe('dingzi');
    // A date shown as a month (2005-01, as Excel shows a typed month): the month. A date shown
    // whole on 1 January in a period column could be the year too: an error of its own
    // (test/sheets/period-date.test.ts).
    ws.getCell('F3').value = new Date(Date.UTC(2005, 0, 1));
    ws.getCell('F3').numFmt = 'yyyy-mm';
    await wb.xlsx.writeFile(book);
    const r = rankJson([book]);
    expect(r.data.tables.map((t) => t.period)).toEqual(['2005']);
    expect(r.quota('modern-share')).toMatchObject({ n: 9, provisional: true });
    expect(r.quota('modern-share').inDoubt.map((d) => d.id)).toEqual(['dingzi']);
    expect(r.stderr).toMatch(/month\.xlsx:'Self-assessment'!A3 +error +trust\.period-other/);
    const v = runCli(['validate', book, '--lang', 'en']);
    expect(v.stdout).toMatch(/month\.xlsx:'Self-assessment'!A3 +error +trust\.period-other/);
    expect(v.stdout).toContain('1 invalid');
  });
});

describe('one code and one severity for a period outside its rubric (item 6)', () => {
  beforeAll(() => {
    street('p2099', { 'dingzi.yaml': [[/^period: .*$/m, 'period: 2099']] });
  });
  it.each([
    ['check', (d: string) => [join(d, 'dingzi.yaml')]],
    ['validate', (d: string) => [d]],
    ['rank', (d: string) => [d, ...AS_OF]],
    ['trend', (d: string) => [d, ...AS_OF]],
    ['report', (d: string) => [d, ...AS_OF, '-o', 'p.html']],
    ['plan', (d: string) => [d, ...AS_OF]],
    ['plan status', (d: string) => [join(tmp, 'p2099-plan.json'), d, ...AS_OF]],
  ])('%s: warning period.rubric-year at the period line', (command, args) => {
    const d = join(tmp, 'p2099');
    const plan = join(tmp, 'p2099-plan.json');
    if (command === 'plan status' && !existsSync(plan))
      runCli(['plan', join(ROOT, 'examples/street'), ...AS_OF, '-f', 'json', '-o', plan]);
    const r = runCli([...command.split(' '), ...args(d), '--lang', 'en'], { cwd: tmp });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/dingzi\.yaml:5:1 +warning +period\.rubric-year/);
    expect(out).not.toMatch(/quota\.period-mismatch|trend\.period-after|error +period\.rubric-year/);
  });
});

describe('unplaced in JSON is what the text says (item 2)', () => {
  it('a file tied to no community: JSON, text and HTML say it alike', () => {
    const dir = street('unattributed', {});
    writeFileSync(join(dir, 'broken.yaml'), 'metrics: [\n');
    const r = rankJson([dir]);
    expect(r.data.tables[0]!.unattributed).toBe(1);
    expect(r.quota('modern-share').unplaced).toBe(1);
    const text = runCli(['rank', dir, '--lang', 'zh-CN', ...AS_OF]);
    expect(text.stdout).toContain('1 个文件无法对应到任何社区');
    const html = join(tmp, 'unattributed.html');
    runCli(['report', dir, ...AS_OF, '--lang', 'zh-CN', '-o', html]);
    expect(readFileSync(html, 'utf8')).toContain('1 个文件无法对应到任何社区');
  });
});

describe('trend: a file rejected for its period (item 11)', () => {
  it('counts not scored in its year, 增减 blank, kept in the share', () => {
    const dir = join(tmp, 'trend');
    cpSync(join(ROOT, 'examples/trend'), dir, { recursive: true });
    const file = join(dir, '2006', 'taoli.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^period: .*$/m, 'period: 2099'));
    const r = runCli(['trend', dir, '--as-of', '2006-12-31', '-f', 'json', '--lang', 'en']);
    const t = JSON.parse(r.stdout).tables[0];
    const taoli = t.communities.find((c: { id: string }) => c.id === 'taoli');
    expect(taoli.points.map((p: { period: string; scored: boolean }) => [p.period, p.scored])).toEqual([
      ['2004', true],
      ['2005', true],
      ['2006', false],
    ]);
    expect(taoli.change).toBeNull();
    const y2006 = t.groups[0].periods.find((p: { period: string }) => p.period === '2006');
    expect(y2006.n).toBe(9);
    const zh = runCli(['trend', dir, '--as-of', '2006-12-31', '--lang', 'zh-CN']);
    expect(zh.stdout).toMatch(/桃李社区（taoli）\s+95\s+89\s+未评分\s{2,}2004/);
    expect(zh.stdout + zh.stderr).not.toContain('缺少2006年的文件');
  });
});
