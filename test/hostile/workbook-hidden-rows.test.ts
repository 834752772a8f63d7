/**
 * A workbook row hidden in Excel or WPS (`<row hidden="1">`) is read and scored, yet whoever
 * reviews the workbook there does not see it: a community made up, or a second row under a
 * neighbour's id, tucked among the others. It is said at the row's id cell (`sheet.hidden-row`,
 * a warning) by validate, check, rank, convert, plan, report and trend, the same on worker
 * threads; the fill-in
 * workbook's own hidden row of column ids is no community's and says nothing.
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
let plain: string;
/** The row the made-up community is on, and its id cell. */
let hiddenRow = 0;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-hidden-rows-'));
  plain = join(tmp, 'street.xlsx');
  const wb = await streetWorkbook(plain);
  const ws = wb.worksheets[0]!;
  // 桂柑's row copied to a made-up community zz-fake, and hidden.
  let guigan = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === 'guigan') guigan = n;
  });
  hiddenRow = ws.rowCount + 1;
  const copy = ws.getRow(hiddenRow);
  ws.getRow(guigan).eachCell({ includeEmpty: false }, (cell, col) => {
    copy.getCell(col).value = cell.value;
  });
  copy.getCell(1).value = 'zz-fake';
  copy.getCell(2).value = '新建社区';
  copy.hidden = true;
  copy.commit();
  book = join(tmp, 'hidden.xlsx');
  await wb.xlsx.writeFile(book);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sheetName = '自评';

describe('a hidden workbook row', () => {
  it('rank says it at the row’s id cell, on this thread and on workers alike', () => {
    for (const jobs of ['1', '2']) {
      const r = runCli(['rank', book, '--lang', 'en', '--as-of', '2005-12-31', '--jobs', jobs]);
      expect(r.stderr).toMatch(
        new RegExp(`hidden\\.xlsx:[^!]+!A${hiddenRow} +warning +sheet\\.hidden-row +this row is hidden`),
      );
    }
  });

  it('validate (also --format github), check, convert, report and trend say it too', () => {
    const v = runCli(['validate', book, '--lang', 'en']);
    expect(v.stdout).toMatch(new RegExp(`!A${hiddenRow} +warning +sheet\\.hidden-row`));
    const gh = runCli(['validate', book, '--format', 'github', '--lang', 'en']);
    expect(gh.stdout).toMatch(/^::warning file=.*hidden\.xlsx.*title=sheet\.hidden-row::/m);
    const c = runCli(['check', book, '--lang', 'zh-CN']);
    expect(c.stdout + c.stderr).toContain('此行在工作簿中被隐藏');
    // convert: the YAML file it writes shows nothing of the row being hidden; said where it still is.
    const cv = runCli(['convert', book, '--to', 'yaml', '-o', join(tmp, 'yaml'), '--lang', 'en']);
    expect(cv.code, cv.stderr).toBe(0);
    expect(cv.stderr).toMatch(new RegExp(`!A${hiddenRow} +warning +sheet\\.hidden-row`));
    const rep = runCli(['report', book, '--lang', 'en', '--as-of', '2005-12-31', '-o', join(tmp, 'r.html')]);
    expect(rep.stderr).toMatch(/sheet\.hidden-row/);
    const t = runCli(['trend', book, '--lang', 'en', '--as-of', '2005-12-31']);
    expect(t.stderr).toMatch(new RegExp(`!A${hiddenRow} +warning +sheet\\.hidden-row`));
  });

  it('the workbook convert writes (its column-id row hidden) says nothing of it', () => {
    const v = runCli(['validate', plain, '--lang', 'en']);
    expect(v.stdout).not.toMatch(/hidden-row/);
    expect(sheetName).toBe('自评');
  });

  it('crosses to a worker thread with its row', () => {
    const rows = [
      { sheet: 's', row: 7, cells: [{ column: 1, value: 'a' }], hidden: true as const },
      { row: 8, cells: [{ column: 2, value: 3 }] },
    ];
    expect(unpackRows(packRows(rows))).toEqual(rows);
  });
});
