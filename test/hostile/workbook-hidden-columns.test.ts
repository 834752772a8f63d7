/**
 * A workbook column hidden in Excel or WPS (`<col hidden="1">`) whose values are read: whoever
 * reviews the workbook there does not see the figures that are scored (a 服务站面积 column
 * hidden, its figures raised). As a hidden row is, it is said: `sheet.hidden-column`, a warning,
 * once per column of a sheet, at the first cell read from it, by every command that reads the
 * workbook (validate, check, rank, convert, report, trend), the same on worker threads. A hidden column
 * that holds nothing read (empty, or under no header of the rubric) says nothing of this.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../src/batch/row-wire.js';
import { runCli } from '../helpers/run-cli.js';
import { streetWorkbook } from '../helpers/street-workbook.js';

let tmp: string;
let book: string;
/** The hidden column's letter, and the first row with a value in it. */
let letter = '';
let first = 0;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-hidden-columns-'));
  const plain = join(tmp, 'street.xlsx');
  const wb = await streetWorkbook(plain);
  const ws = wb.worksheets[0]!;
  // The service-area column (its id in the hidden row 2), hidden; and an empty column hidden too.
  let col = 0;
  ws.getRow(2).eachCell((cell, n) => {
    if (cell.value === 'service-area') col = n;
  });
  expect(col).toBeGreaterThan(0);
  ws.getColumn(col).hidden = true;
  ws.getColumn(ws.columnCount + 3).hidden = true;
  letter = ws.getColumn(col).letter;
  for (let r = 3; r <= ws.rowCount && !first; r++) if (ws.getRow(r).getCell(col).value !== null) first = r;
  book = join(tmp, 'hidden.xlsx');
  await wb.xlsx.writeFile(book);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const line = () => new RegExp(`hidden\\.xlsx:[^!]+!${letter}${3} +warning +sheet\\.hidden-column +`);

describe('a hidden workbook column', () => {
  it('validate says it once, at the first cell read from it', () => {
    const v = runCli(['validate', book, '--lang', 'en']);
    expect(first).toBe(3);
    expect(v.stdout).toMatch(line());
    expect(v.stdout.match(/sheet\.hidden-column/g)).toHaveLength(1);
    expect(v.stdout).toContain(
      `column ${letter} ("Service station and service rooms area (m²)") is hidden in the workbook: whoever reviews it in Excel or WPS does not see it, yet its values are read and scored; unhide it (select the columns around it, right-click, Unhide) so that the figures read are seen`,
    );
    expect(v.stdout).toContain('0 errors, 1 warning');
  });

  it('rank, on this thread and on workers alike; check, convert, report and trend too', () => {
    for (const jobs of ['1', '2']) {
      const r = runCli(['rank', book, '--lang', 'en', '--as-of', '2005-12-31', '--jobs', jobs]);
      expect(r.stderr).toMatch(line());
    }
    const c = runCli(['check', book, '--lang', 'zh-CN']);
    // The header as the workbook writes it (convert wrote it in English).
    const header = 'Service station and service rooms area (m²)';
    expect(c.stdout + c.stderr).toContain(`第 ${letter} 列（“${header}”）在工作簿中被隐藏`);
    const tw = runCli(['check', book, '--lang', 'zh-TW']);
    expect(tw.stdout + tw.stderr).toContain(`第 ${letter} 欄（「${header}」）在活頁簿中被隱藏`);
    const cv = runCli(['convert', book, '--to', 'yaml', '-o', join(tmp, 'yaml'), '--lang', 'en']);
    expect(cv.code, cv.stderr).toBe(0);
    expect(cv.stderr).toMatch(line());
    const rep = runCli(['report', book, '--lang', 'en', '--as-of', '2005-12-31', '-o', join(tmp, 'r.html')]);
    expect(rep.stderr).toMatch(/sheet\.hidden-column/);
    expect(runCli(['trend', book, '--lang', 'en', '--as-of', '2005-12-31']).stderr).toMatch(line());
  });

  it('crosses to a worker thread with its cell', () => {
    const rows = [
      {
        sheet: 's',
        row: 7,
        cells: [
          { column: 1, value: 'a', hidden: true as const },
          { column: 2, value: null, formulaWithoutValue: true as const, hidden: true as const },
          { column: 3, value: 4, formula: 'B7', hidden: true as const },
          { column: 4, value: 5 },
        ],
      },
    ];
    expect(unpackRows(packRows(rows))).toEqual(rows);
  });
});
