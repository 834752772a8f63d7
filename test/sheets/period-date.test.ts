/**
 * A 年度 (year) cell that holds a date: Excel makes one of `2005-1-1`, and a column formatted as
 * dates shows a typed 2005 as 1905-06-27. Before, 2005-01-01 was read as the month 2005-01 (the
 * community left its street's 2005 table with trust.period-other) and 2005 shown as a date was an
 * invalid period. Now a year column's date is its year, a year typed into a date cell is that
 * year (said at the cell), and a period column's 1 January, which could be the year or January,
 * is an error at its cell, never a silent month.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { type Cell, csvText, streetPeriodBook, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-period-date-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example street as a workbook, 府前社区's period cell (E3) set by `set`, its header E1 `title`. */
const street = (name: string, set: (cell: ExcelJS.Cell) => void, title = '年度') =>
  streetPeriodBook(join(tmp, name), set, title);

const rankJson = (file: string) => {
  const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'en']);
  return { ...r, json: JSON.parse(r.stdout) };
};

describe('a period cell holding a date', () => {
  it('年度 2005-01-01 (a date cell): the year 2005, ranked with its street, said nowhere', async () => {
    const file = await street('jan1.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 0, 1));
      c.numFmt = 'yyyy-mm-dd';
    });
    const r = rankJson(file);
    expect(r.stderr).not.toContain('trust.period-other');
    expect(r.json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(r.json.tables).toHaveLength(1);
    expect(r.json.tables[0].period).toBe('2005');
    expect(r.json.tables[0].ranking.map((e: { id: string }) => e.id)).toContain('fuqian');
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.code, v.stdout).toBe(0);
  });

  it('年度 with another day of the year (2005-06-30): its year', async () => {
    const file = await street('june.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 5, 30));
      c.numFmt = 'yyyy/m/d';
    });
    expect(rankJson(file).json.summary).toMatchObject({ scored: 9, invalid: 0 });
  });

  it('2005 typed into a cell formatted as a date (Excel shows 1905-06-27): 2005, with a warning at the cell', async () => {
    const file = await street('serial.xlsx', (c) => {
      c.value = 2005;
      c.numFmt = 'yyyy-mm-dd';
    });
    const r = rankJson(file);
    expect(r.json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    // rank counts a ranked file's warning; validate lists it, at the cell.
    expect(runCli(['validate', file, '--lang', 'en']).stdout).toContain(
      `${file}:自评!E3  warning  sheet.period-date-number  the cell shows the date 1905-06-27: it holds the number 2005 in a cell formatted as a date, read as the year 2005; format the cell as a number or as text, so that it shows what is read`,
    );
    const zh = runCli(['validate', file, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain(
      '自评!E3  警告  sheet.period-date-number  单元格显示的是日期 1905-06-27：其中是数字 2005，单元格格式为日期，按 2005 年度读取；',
    );
    expect(runCli(['validate', file, '--lang', 'zh-TW']).stdout).toContain(
      '儲存格顯示的是日期 1905-06-27：其中是數字 2005，儲存格格式為日期，以 2005 年度讀取；',
    );
  });

  it('a "period" column whose cell is 1 January: the year or January? an error at the cell', async () => {
    const file = await street(
      'period-jan1.xlsx',
      (c) => {
        c.value = new Date(Date.UTC(2005, 0, 1));
        c.numFmt = 'yyyy-mm-dd';
      },
      'Period',
    );
    const r = rankJson(file);
    expect(r.json.summary).toMatchObject({ files: 9, scored: 8, invalid: 1 });
    expect(r.stderr).toContain(
      `${file}:自评!E3  error  sheet.period-date  the period cell holds the date 2005-01-01: is it the year 2005 or the month 2005-01? Type 2005 or 2005-01 as text (in Excel, format the cell as text first: a typed 2005-01 becomes a date)`,
    );
    expect(r.stderr).not.toContain('trust.period-other');
    expect(r.stderr).not.toContain('period-format');
    // A month typed in Excel (2005-03 becomes 2005-03-01) is that month, as before, in either column.
    const march = await street('march.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 2, 1));
      c.numFmt = 'yyyy-mm';
    });
    expect(rankJson(march).stderr).toMatch(/trust\.period-other .*2005-03/);
  });

  it('a date shown as a year (yyyy) or a month (yyyy"年"m"月"): what the cell shows', async () => {
    const year = await street('shown-year.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 0, 1));
      c.numFmt = 'yyyy';
    });
    expect(rankJson(year).json.summary).toMatchObject({ scored: 9, invalid: 0 });
    const month = await street('shown-month.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 0, 1));
      c.numFmt = 'yyyy"年"m"月"';
    });
    expect(rankJson(month).stderr).toMatch(/trust\.period-other .*2005-01/);
    // 2005 typed into a cell shown as a year (Excel shows 1905): still the typed year, said.
    const typed = await street('typed-yyyy.xlsx', (c) => {
      c.value = 2005;
      c.numFmt = 'yyyy';
    });
    expect(rankJson(typed).json.summary).toMatchObject({ scored: 9, invalid: 0 });
    expect(runCli(['validate', typed, '--lang', 'en']).stdout).toContain('sheet.period-date-number');
  });

  it('a CSV file saved by Chinese Excel (2005/1/1): the year', () => {
    const { header, rows } = streetRows();
    rows[1]![4] = '2005/1/1' as Cell;
    const file = join(tmp, 'saved.csv');
    writeFileSync(file, csvText(header, rows));
    expect(rankJson(file).json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
  });

  it('convert writes the year, and the YAML it writes ranks as the workbook did', async () => {
    const file = await street('convert.xlsx', (c) => {
      c.value = new Date(Date.UTC(2005, 0, 1));
      c.numFmt = 'yyyy-mm-dd';
    });
    const out = join(tmp, 'converted');
    const cv = runCli(['convert', file, '--to', 'yaml', '-o', out]);
    expect(cv.code, cv.stderr).toBe(0);
    expect(readFileSync(join(out, 'fuqian.yaml'), 'utf8')).toMatch(/^period: 2005$/m);
    const back = rankJson(out).json;
    const fromBook = rankJson(file).json;
    expect(back.tables[0].ranking.map((e: { id: string; score: number }) => [e.id, e.score])).toEqual(
      fromBook.tables[0].ranking.map((e: { id: string; score: number }) => [e.id, e.score]),
    );
  });
});
