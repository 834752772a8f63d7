/**
 * A sheet hidden in Excel or WPS that holds a table of communities (a header with an id column,
 * rows under it) is not read: hidden sheets keep old or draft figures as often as submissions. But
 * it is said (`sheet.hidden-sheet`, a warning at its header's row, with its number of rows) by
 * every command that reads the workbook, on this thread and on workers alike: an office that hid
 * four of its nine communities' rows on a second sheet used to see nothing, and its quotas counted
 * five. A hidden sheet of something else (a list of choices) says nothing.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJSTypes from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { streetWorkbook } from '../helpers/street-workbook.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;
let tmp: string;
let book: string;
let lists: string;
let big: string;
const AS_OF = ['--as-of', '2005-12-31'];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-hidden-sheets-'));
  const plain = join(tmp, 'street.xlsx');
  const wb = await streetWorkbook(plain);
  const ws = wb.worksheets[0]!;
  // The last four communities' rows moved to a second sheet, under the same two header rows.
  const more = wb.addWorksheet('第二批');
  const last = ws.rowCount;
  for (const n of [1, 2, last - 3, last - 2, last - 1, last]) {
    const to = more.addRow([]);
    ws.getRow(n).eachCell({ includeEmpty: false }, (cell, col) => {
      to.getCell(col).value = cell.value;
    });
    to.commit();
  }
  for (let n = last - 3; n <= last; n++)
    ws.getRow(n).eachCell({ includeEmpty: false }, (cell) => {
      cell.value = null;
    });
  more.state = 'hidden';
  book = join(tmp, 'hidden-sheet.xlsx');
  await wb.xlsx.writeFile(book);
  // A hidden sheet of choices (no id column): nothing to say.
  const choices = wb.getWorksheet('第二批')!;
  wb.removeWorksheet(choices.id);
  const list = wb.addWorksheet('选项');
  for (const v of ['是', '否']) list.addRow([v]);
  list.state = 'hidden';
  lists = join(tmp, 'lists.xlsx');
  await wb.xlsx.writeFile(lists);
  // A hidden archive of 6,000 rows shown first, more than a 5 MB file's bound of community rows.
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.readFile(plain);
  const archive = fresh.addWorksheet('存档');
  archive.addRow(['编号', '社区名称']);
  for (let i = 0; i < 6000; i++) archive.addRow([`old-${i}`, `旧社区${i}`]);
  archive.state = 'hidden';
  // Shown first (exceljs orders the sheets by this, which its types leave out).
  (archive as unknown as { orderNo: number }).orderNo = -1;
  big = join(tmp, 'archive.xlsx');
  await fresh.xlsx.writeFile(big);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const said =
  /hidden-sheet\.xlsx:第二批!A1 +warning +sheet\.hidden-sheet +sheet "第二批" is hidden in the workbook and was not read, though it holds a table of 4 rows/;

describe('a hidden sheet of communities', () => {
  it('rank says it, counts the five communities it read, and works alike on workers', () => {
    for (const jobs of ['1', '2']) {
      const r = runCli(['rank', book, '--lang', 'en', ...AS_OF, '--jobs', jobs, '--format', 'json']);
      expect(r.stderr).toMatch(said);
      const json = JSON.parse(r.stdout) as { summary: { scored: number } };
      expect(json.summary.scored).toBe(5);
    }
  });

  it('validate (and --format github), check, convert, report and trend say it too; zh-CN and zh-TW', () => {
    const v = runCli(['validate', book, '--lang', 'en']);
    expect(v.stdout + v.stderr).toMatch(/第二批!A1 +warning +sheet\.hidden-sheet/);
    const gh = runCli(['validate', book, '--format', 'github', '--lang', 'en']);
    expect(gh.stdout).toMatch(/^::warning file=.*hidden-sheet\.xlsx.*title=sheet\.hidden-sheet::/m);
    const c = runCli(['check', book, '--lang', 'zh-CN']);
    expect(c.stdout + c.stderr).toContain('工作表“第二批”在工作簿中被隐藏，未读取');
    const cv = runCli(['convert', book, '--to', 'yaml', '-o', join(tmp, 'yaml'), '--lang', 'zh-TW']);
    expect(cv.stderr).toContain('工作表「第二批」在活頁簿中被隱藏，未讀取');
    const rep = runCli(['report', book, '--lang', 'en', ...AS_OF, '-o', join(tmp, 'r.html')]);
    expect(rep.stderr).toMatch(/sheet\.hidden-sheet/);
    const t = runCli(['trend', book, '--lang', 'en', ...AS_OF]);
    // trend says a workbook's own notes among its report's notes (as its encoding or a totals row).
    expect(t.stdout + t.stderr).toMatch(said);
  });

  it('a hidden sheet past the row bound, shown first, costs the visible sheet nothing: said as "at least"', () => {
    const r = runCli(['rank', big, '--lang', 'en', ...AS_OF, '--format', 'json']);
    expect(r.stderr).toMatch(/sheet\.hidden-sheet +sheet "存档" is hidden .* a table of at least \d+ rows/);
    expect(r.stderr).not.toMatch(/too-many-rows/);
    expect((JSON.parse(r.stdout) as { summary: { scored: number } }).summary.scored).toBe(9);
  });

  it('a hidden sheet of choices says nothing', () => {
    const r = runCli(['validate', lists, '--lang', 'en']);
    expect(r.stdout + r.stderr).not.toMatch(/hidden-sheet/);
  });
});
