/**
 * The fill-in workbook's hidden id row (row 2 of `civscore init --format xlsx`, the column ids)
 * is never a community. A 台账 header typed into it, as into the titles above, is that column's
 * id (the evidence column is read); anything else typed there is said at its cell, and the row
 * is still the id row: never `trust.rubric-not-allowed` for the row's `rubric` key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
let template: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-id-row-'));
  template = join(tmp, 'template.xlsx');
  const r = runCli([
    'init',
    '-r',
    'district-2005-community',
    '-f',
    'xlsx',
    '-o',
    template,
    '--period',
    '2005',
  ]);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The template with one community filled in and an evidence column, its id row holding `idCell`. */
async function workbook(name: string, idCell: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0]!;
  const keys = new Map<string, number>();
  ws.getRow(2).eachCell((c, col) => {
    keys.set(String(c.value), col);
  });
  const col = Math.max(...keys.values()) + 1;
  ws.getRow(1).getCell(col).value = '台账：patrol-team';
  ws.getRow(2).getCell(col).value = idCell;
  const row = ws.getRow(3);
  row.getCell(keys.get('id')!).value = 'guigan';
  row.getCell(keys.get('name')!).value = '桂柑社区';
  row.getCell(keys.get('street')!).value = '五马街道';
  row.getCell(keys.get('district')!).value = '鹿城区';
  row.getCell(keys.get('service-area')!).value = 200;
  row.getCell(col).value = '巡逻队照片.jpg';
  const out = join(tmp, name);
  await wb.xlsx.writeFile(out);
  return out;
}

describe('the hidden id row', () => {
  it('with a 台账 header typed in: still the id row, the evidence column read', async () => {
    const x = await workbook('evidence-in-id-row.xlsx', '台账：patrol-team');
    for (const cmd of ['check', 'rank', 'validate']) {
      const r = runCli([cmd, x, ...(cmd === 'validate' ? [] : AS_OF), '--lang', 'en']);
      const out = r.stdout + r.stderr;
      expect(out, `${cmd}: ${out}`).not.toContain('trust.rubric-not-allowed');
      expect(out, `${cmd}`).not.toMatch(/!\w+2 /);
      if (cmd !== 'validate') expect(out, `${cmd}`).toContain('guigan');
    }
    // The column is 台账 of patrol-team: its file is looked for (and not found), as any evidence.
    const r = runCli(['validate', x, '--lang', 'en']);
    expect(r.stdout + r.stderr).toMatch(/evidence/i);
  });

  it.each([
    ['en', /"巡逻队 photos" is not a column id, in the row of column ids/],
    ['zh-CN', /“巡逻队 photos”不是列编号，却写在列编号行/],
    ['zh-TW', /「巡逻队 photos」不是欄位代碼，卻寫在欄位代碼列/],
  ])('%s: anything else typed there is said at its cell, the row still the id row', async (lang, words) => {
    const x = await workbook(`other-in-id-row-${lang}.xlsx`, '巡逻队 photos');
    const r = runCli(['check', x, ...AS_OF, '--lang', lang]);
    const out = r.stdout + r.stderr;
    expect(out).not.toContain('trust.rubric-not-allowed');
    expect(out).toMatch(/!\$?[A-Z]+2 +\S+ +sheet\.id-row-cell/);
    expect(out).toMatch(words);
    expect(out).toContain('guigan');
  });
});
