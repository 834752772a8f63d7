/**
 * rank --format xlsx through the built binary, read back with exceljs: the sheets, numbers as
 * numbers, tiers as words with a fill, frozen header, autofilter, A4 landscape with the header
 * repeated on every page; and names that look like formulas written as text, never formulas.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetText } from '../../src/sheets/spreadsheet-cell.js';
import { runCli } from '../helpers/run-cli.js';
import { streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-rank-xlsx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('rank --format xlsx', () => {
  it('writes the ranking, groups, quotas, files not scored and an about sheet', async () => {
    const out = join(tmp, '排名.xlsx');
    const r = runCli([
      '--lang',
      'zh-CN',
      'rank',
      'examples/street',
      'examples/invalid/masked-value.yaml',
      '--group',
      'street',
      ...AS_OF,
      '--format',
      'xlsx',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const wb = await read(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '分组', '指标完成情况', '未评分', '说明']);
    const ranking = wb.getWorksheet('排名')!;
    // The workbook a person reads marks what is common practice, as the terminal does (the CSV not).
    expect(ranking.getRow(1).values).toContain('得分 ※');
    const first = ranking.getRow(2);
    expect(first.getCell(4).value).toBe('guigan');
    expect(first.getCell(8).value).toBe(100);
    expect(first.getCell(10).value).toBe('新型现代化社区 ※');
    expect(first.getCell(11).value).toBe('modern');
    // A conditional fill per tier on the tier's words, keyed by the tier's id beside them (it
    // follows an edited or sorted row); no tier is grey, only where a row has a value.
    type Rule = { formulae?: string[]; style?: { fill?: unknown } };
    const cf = (ranking as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] })
      .conditionalFormattings[0]!;
    expect(cf.ref).toBe('J2:J1048576');
    expect(cf.rules.map((r) => r.formulae?.[0])).toEqual([
      '$K2="modern"',
      '$K2="safe-civilized"',
      'AND($K2="",$J2<>"")',
    ]);
    expect(new Set(cf.rules.map((r) => JSON.stringify(r.style?.fill))).size).toBe(3);
    const fuqian = ranking.getRow(3);
    expect(fuqian.getCell(14).value).toBe(-5);
    expect(ranking.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ranking.autoFilter).toBe('A1:O1');
    expect(ranking.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '1:1',
    });
    const quotas = wb.getWorksheet('指标完成情况')!;
    const q = quotas.getRow(2);
    const at = (header: string) => (quotas.getRow(1).values as unknown[]).indexOf(header);
    // masked-value.yaml could not be scored: its community still counts, as not reaching (2 of 10).
    expect(q.getCell(at('比例')).value).toBeCloseTo(2 / 10);
    expect(q.getCell(at('要求')).value).toBe(0.5);
    expect(q.getCell(at('结论')).value).toBe('未达标');
    expect(q.getCell(at('还差')).value).toBe(3);
    expect(String(q.getCell(at('最有望达标的社区')).value)).toContain(
      '花柳塘社区（huaniutang），93 分；需整改：社区基本设施',
    );
    expect(quotas.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(quotas.autoFilter).toMatch(/^A1:[A-Z]+1$/);
    expect(quotas.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
    const invalid = wb.getWorksheet('未评分')!;
    expect(invalid.getRow(2).getCell(2).value).toBe('examples/invalid/masked-value.yaml:7:3');
    expect(invalid.getRow(2).getCell(3).value).toBe('错误');
    const about = wb.getWorksheet('说明')!;
    const aboutText = JSON.stringify(about.getSheetValues());
    expect(aboutText).toContain('2005-12-31');
    expect(aboutText).toContain('civscore ');
  });

  it('marks provisional verdicts and names the communities in doubt on the quotas sheet', async () => {
    const out = join(tmp, 'broken.xlsx');
    const r = runCli([
      '--lang',
      'zh-CN',
      'rank',
      'examples/street-broken',
      ...AS_OF,
      '--format',
      'xlsx',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    const quotas = (await read(out)).getWorksheet('指标完成情况')!;
    const at = (header: string) => (quotas.getRow(1).values as unknown[]).indexOf(header);
    for (const row of [2, 3]) {
      const q = quotas.getRow(row);
      expect(q.getCell(at('暂定')).value).toBe('是');
      expect((q.getCell(at('暂定')).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
      expect(q.getCell(at('未评分')).value).toBe(1);
      expect(q.getCell(at('存疑社区')).value).toBe(
        '鼓楼社区（gulou）：自评无法评分（examples/street-broken/gulou.yaml）',
      );
      expect(String(q.getCell(at('结论（文字）')).value)).toContain('（结论暂定）');
    }
  });

  it('needs --output (exit 2), and refuses to print a workbook to the terminal', () => {
    const r = runCli(['rank', 'examples/street', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output');
  });

  it('writes a name, id and street that look like formulas as text cells, never formulas', async () => {
    const { header, rows } = streetRows();
    rows[0]![1] = '=HYPERLINK("http://x","点我")';
    rows[1]![2] = '+1+2';
    rows[2]![1] = '@SUM(A1)';
    rows[3]![2] = '-2+3';
    const input = join(tmp, 'inject.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    await wb.xlsx.writeFile(input);
    const out = join(tmp, 'inject-rank.xlsx');
    const r = runCli(['rank', input, ...AS_OF, '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(1);
    const back = await read(out);
    const values = JSON.stringify(back.getWorksheet(1)!.getSheetValues());
    expect(values).toContain('=HYPERLINK(\\"http://x\\",\\"点我\\")');
    expect(values).toContain('+1+2');
    expect(values).not.toContain('"formula"');
    const xml = execFileSync('unzip', ['-p', out, 'xl/worksheets/sheet1.xml']).toString();
    expect(xml).not.toContain('<f>');
  });
});

describe('spreadsheet text cells', () => {
  it('prefixes text that Excel or WPS would run as a formula (numbers as text too), and leaves the rest alone', () => {
    for (const s of ['=HYPERLINK("http://x","点我")', '+SUM(1)', '-A1', '@cmd', '\tx', '\rx', '-5', '=1'])
      expect(spreadsheetText(s)).toBe(`'${s}`);
    for (const s of ['0.222', '丁字社区', '']) expect(spreadsheetText(s)).toBe(s);
  });
});
