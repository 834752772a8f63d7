/**
 * A fill-in sheet whose hidden id row was deleted (it shows in a CSV file and looks like junk):
 * only the titles are left, and a facility's two columns, `社区服务站（数量）` and
 * `社区服务站（面积，平方米）`, are told apart by their units, in every language the workbook is
 * written in, CSV and .xlsx alike. Two columns the header cannot tell apart are an error at the
 * header cell, and a value under them an error at its cell: never scored as if empty. A figure
 * that is a formula taking another row's cell (another community's figure) is a warning at its cell.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rubricFor } from '../../src/pipeline/select-rubric.js';
import { mapColumns, type SheetHeader } from '../../src/sheets/header.js';
import { formulaFinding } from '../../src/sheets/row-data.js';
import { moveFormula } from '../../src/sheets/xlsx-sheet.js';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
let street: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-titles-'));
  street = join(tmp, 's1');
  cpSync('examples/street', street, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ranking = (stdout: string) =>
  JSON.parse(stdout).tables.map((t: { ranking: { id: string; total: number; tier: string | null }[] }) =>
    t.ranking.map((x) => `${x.id} ${x.total} ${x.tier}`),
  );

/** The example street converted in `lang`, its line 2 (the id row) deleted. */
function titlesOnlyCsv(lang: string): string {
  const file = join(tmp, `titles-${lang}.csv`);
  const c = runCli(['convert', street, '--to', 'csv', '-o', file, '--lang', lang, '--force']);
  expect(c.code, c.stderr).toBe(0);
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines[1]).toMatch(/^id,name,/);
  writeFileSync(file, [lines[0], ...lines.slice(2)].join('\n'));
  return file;
}

async function titlesOnlyXlsx(lang: string): Promise<string> {
  const file = join(tmp, `titles-${lang}.xlsx`);
  const c = runCli(['convert', street, '--to', 'xlsx', '-o', file, '--lang', lang, '--force']);
  expect(c.code, c.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(2).getCell(1).value).toBe('id');
  ws.spliceRows(2, 1);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a sheet whose id row was deleted', () => {
  const yaml = () => runCli(['rank', street, ...AS_OF, '--format', 'json']);

  for (const lang of ['zh-CN', 'zh-TW', 'en'])
    it(`reads the ${lang} titles into the right measures, as the YAML files (CSV and .xlsx)`, async () => {
      const expected = ranking(yaml().stdout);
      expect(expected[0]).toContain('guigan 100 modern');
      for (const file of [titlesOnlyCsv(lang), await titlesOnlyXlsx(lang)]) {
        const v = runCli(['validate', file, '--format', 'json']);
        expect(v.stdout).not.toContain('sheet.duplicate-column');
        expect(v.stdout).not.toContain('sheet.ambiguous');
        expect(v.code, v.stdout).toBe(0);
        const r = runCli(['rank', file, ...AS_OF, '--format', 'json']);
        expect(ranking(r.stdout)).toEqual(expected);
      }
    });

  it('桂柑 keeps its 100 points and its tier in check', () => {
    const file = titlesOnlyCsv('zh-CN');
    const r = runCli(['--lang', 'zh-CN', 'check', file, ...AS_OF]);
    const guigan = r.stdout.slice(r.stdout.indexOf('桂柑社区'));
    expect(guigan).toMatch(/总分：100 \/ 100/);
    expect(guigan).toMatch(/等级：新型现代化社区/);
    expect(r.stdout).not.toContain('缺社区服务站');
  });

  it('two columns the header cannot tell apart: an error at the header and at each value, never scored as empty', () => {
    const file = titlesOnlyCsv('zh-CN');
    const text = readFileSync(file, 'utf8').replace(
      /社区服务站（数量）|社区服务站（面积，平方米）/g,
      '社区服务站',
    );
    const same = join(tmp, 'same-titles.csv');
    writeFileSync(same, text);
    for (const [lang, words] of [
      [
        'zh-CN',
        ['错误  sheet.ambiguous-column  列“社区服务站”与第 17 列都对应', '错误  sheet.ambiguous-value'],
      ],
      [
        'zh-TW',
        ['錯誤  sheet.ambiguous-column  欄位「社区服务站」與第 17 欄都對應', '錯誤  sheet.ambiguous-value'],
      ],
      [
        'en',
        [
          'error  sheet.ambiguous-column  column "社区服务站" gives service-station.area too',
          'error  sheet.ambiguous-value',
        ],
      ],
    ] as const) {
      const v = runCli(['--lang', lang, 'validate', same]);
      expect(v.stdout).toContain(`${same}:1:18  ${words[0]}`);
      // 丁字 (line 2) gave its area in the second column: its cell is named, the row not scored.
      expect(v.stdout).toContain(`${same}:2:18  ${words[1]}`);
      expect(v.code).toBe(1);
    }
    const r = runCli(['rank', same, ...AS_OF, '--format', 'json']);
    const ranked = ranking(r.stdout).flat();
    expect(ranked).not.toContain('guigan 85 safe');
    expect(ranked.some((x: string) => x.startsWith('guigan'))).toBe(false);
  });
});

describe('a figure that is a formula taking another row', () => {
  it("丁字's service area copied from 桂柑's row is a warning at the cell; a formula in its own row is not", async () => {
    const file = join(tmp, 'formula.xlsx');
    expect(runCli(['convert', street, '--to', 'xlsx', '-o', file, '--lang', 'zh-CN']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('B3').value).toBe('丁字社区');
    expect(ws.getCell('B5').value).toBe('桂柑社区');
    ws.getCell('G3').value = { formula: 'G5', result: 320 } as ExcelJS.CellFormulaValue;
    // 府前 (row 4): a sum within its own row is its own figure worked out.
    ws.getCell('H4').value = { formula: 'G4+100', result: 300 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    for (const [lang, words] of [
      ['zh-CN', '警告  sheet.formula-value  该数值是公式（=G5），引用了其他行或其他工作表的 G5'],
      ['zh-TW', '警告  sheet.formula-value  此數值是公式（=G5），參照了其他列或其他工作表的 G5'],
      ['en', 'warning  sheet.formula-value  the figure is a formula (=G5) that takes G5 from another row'],
    ] as const) {
      const r = runCli(['--lang', lang, 'check', file, ...AS_OF]);
      expect(r.stdout).toContain(`${file}:自评!G3  ${words}`);
      expect(r.stdout.match(/sheet\.formula-value/g)).toHaveLength(1);
    }
    expect(runCli(['--lang', 'zh-CN', 'check', file]).stdout).toContain(
      '自评数值应为填写的数字，不应引用其他单元格',
    );
    const v = runCli(['validate', file]);
    expect(v.stdout).toContain(`${file}:自评!G3  warning  sheet.formula-value`);
  });

  it('a formula filled down (shared) is moved to each cell as Excel moves it', async () => {
    const wb = new ExcelJS.Workbook();
    const src = join(tmp, 'shared-src.xlsx');
    expect(runCli(['convert', street, '--to', 'xlsx', '-o', src, '--lang', 'zh-CN']).code).toBe(0);
    await wb.xlsx.readFile(src);
    const ws = wb.worksheets[0]!;
    // G3 copies G$5 (absolute row: 桂柑's); filled down to G4, still G$5: both rows warned.
    ws.getCell('G3').value = {
      formula: 'G$5',
      result: 320,
      shareType: 'shared',
      ref: 'G3:G4',
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('G4').value = { sharedFormula: 'G3', result: 320 } as unknown as ExcelJS.CellFormulaValue;
    const file = join(tmp, 'shared.xlsx');
    await wb.xlsx.writeFile(file);
    const v = runCli(['validate', file]);
    expect(v.stdout).toContain(
      `${file}:自评!G3  warning  sheet.formula-value  the figure is a formula (=G$5)`,
    );
    expect(v.stdout).toContain(
      `${file}:自评!G4  warning  sheet.formula-value  the figure is a formula (=G$5)`,
    );
  });
});

describe('the core', () => {
  const rubric = () => rubricFor('district-2005-community').rubric!;
  const header = (titles: string[]): SheetHeader => ({
    titleRow: 1,
    lastRow: 1,
    cells: titles.map((text, i) => ({ column: i + 1, text })),
    fields: { id: 1 },
  });

  it('a facility title with its unit is its area or its number, in each language', () => {
    for (const [count, area] of [
      ['社区服务站（数量）', '社区服务站（面积，平方米）'],
      ['社區服務站（數量）', '社區服務站（面積，平方公尺）'],
      ['Community service station (number)', 'Community service station (area, m²)'],
      ['社区服务站（个）', '社区服务站（平方米）'],
    ]) {
      const m = mapColumns(header(['编号', count!, area!]), rubric());
      expect(m.problems).toEqual([]);
      expect(m.roles.get(2)).toEqual({ kind: 'facility', facility: 'service-station', measure: 'count' });
      expect(m.roles.get(3)).toEqual({ kind: 'facility', facility: 'service-station', measure: 'area' });
    }
  });

  it('two titles that give the same facility measure: an error, and neither column read', () => {
    const m = mapColumns(header(['编号', '社区服务站', '社区服务站（面积）']), rubric());
    expect(m.problems).toEqual([
      {
        code: 'sheet.ambiguous-column',
        severity: 'error',
        column: 3,
        params: { header: '社区服务站（面积）', key: 'service-station.area', first: '2' },
      },
    ]);
    expect(m.roles.has(2)).toBe(false);
    expect(m.roles.has(3)).toBe(false);
    expect([...m.ambiguous]).toEqual([
      [2, 'service-station.area'],
      [3, 'service-station.area'],
    ]);
    // A field given twice stays a warning: the first is read.
    const f = mapColumns(header(['编号', '备注', '说明']), rubric());
    expect(f.problems.map((p) => [p.code, p.severity])).toEqual([['sheet.duplicate-column', 'warning']]);
  });

  it('a formula is a finding only where it takes a cell of another row or sheet', () => {
    expect(formulaFinding('G5', 3)?.params).toEqual({ formula: 'G5', cells: 'G5' });
    expect(formulaFinding('$G$5+H3', 3)?.params).toEqual({ formula: '$G$5+H3', cells: '$G$5' });
    expect(formulaFinding("'其他 表'!G3", 3)?.params.cells).toBe("'其他 表'!G3");
    expect(formulaFinding('Sheet2!G3', 3)?.params.cells).toBe('Sheet2!G3');
    expect(formulaFinding('SUM(H3:J3)', 3)).toBeUndefined();
    expect(formulaFinding('20*2', 3)).toBeUndefined();
    expect(formulaFinding('LOG10(H3)', 3)).toBeUndefined();
    expect(formulaFinding('IF(H3="A5",1,0)', 3)).toBeUndefined();
    expect(formulaFinding('SUM(H3:H9)', 3)?.params.cells).toBe('H9');
  });

  it('moves a shared formula as Excel does: relative rows and columns, not $ ones', () => {
    expect(moveFormula('H3*2+$H$3+G$9+$A1', 2, 1)).toBe('I5*2+$H$3+H$9+$A3');
    expect(moveFormula('IF(H3="A1",1,0)', 1, 0)).toBe('IF(H4="A1",1,0)');
    expect(moveFormula('LOG10(H3)', 1, 0)).toBe('LOG10(H4)');
  });
});
