/**
 * Excel's East Asian built-in date formats (numFmtId 27–36 and 50–58): a workbook saved by Excel
 * or WPS in a Chinese locale gives a cell shown as 2005年6月30日 the built-in id 31, with no
 * format code in styles.xml (the code is the locale's). exceljs knows no code for them and reads
 * the number 38533; civscore reads what the cell shows, as its reviewer sees it: a date (zh-CN's
 * codes: 27 yyyy"年"m"月", 31 yyyy"年"m"月"d"日", 28 m"月"d"日", …). Before, such a 年度 cell was
 * an invalid period and such an inspection day was no date.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styleFormats } from '../../src/sheets/xlsx-parts.js';
import { runCli } from '../helpers/run-cli.js';
import { unzip, zip } from '../helpers/zip.js';
import { streetPeriodBook } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-east-asian-dates-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The workbook with its custom number format `code` replaced by the built-in id, as Chinese Excel saves it. */
function asBuiltIn(file: string, code: string, id: number): void {
  const parts = unzip(readFileSync(file));
  const styles = parts['xl/styles.xml']!.toString('utf8');
  const escaped = code.replace(/"/g, '&quot;');
  const custom = new RegExp(
    `<numFmt numFmtId="(\\d+)" formatCode="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"/>`,
  );
  const m = custom.exec(styles);
  expect(m, styles).not.toBeNull();
  const rewritten = styles
    .replace(m![0], '')
    .replace(new RegExp(`numFmtId="${m![1]}"`, 'g'), `numFmtId="${id}"`);
  expect(rewritten).not.toContain(code.replace(/"/g, '&quot;'));
  writeFileSync(file, zip({ ...parts, 'xl/styles.xml': rewritten }));
}

/** The example street as a workbook, 府前社区's 年度 cell (E3) holding `day`, shown by built-in format `id`. */
async function street(name: string, day: Date | number, code: string, id: number): Promise<string> {
  const file = await streetPeriodBook(join(tmp, name), (c) => {
    c.value = day;
    c.numFmt = code;
  });
  asBuiltIn(file, code, id);
  return file;
}

describe('East Asian built-in date formats', () => {
  it('every id of 27–36 and 50–58 is a date or time format; the others are as before', () => {
    const xfs = [...Array(70).keys()].map((id) => `<xf numFmtId="${id}"/>`).join('');
    const formats = styleFormats(`<styleSheet><cellXfs>${xfs}</cellXfs></styleSheet>`);
    for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58])
      expect(formats[id], String(id)).toMatch(/[ymdhs]/);
    expect(formats[31]).toBe('yyyy"年"m"月"d"日"');
    expect(formats[27]).toBe('yyyy"年"m"月"');
    for (const id of [23, 24, 25, 26, 41, 42, 43, 44, 59]) expect(formats[id], String(id)).toBeUndefined();
    expect(formats[14]).toBe('mm-dd-yy');
  });

  it('年度 shown as 2005年6月30日 (id 31): the year 2005, as the YAML file of the same street', async () => {
    const file = await street('id31.xlsx', new Date(Date.UTC(2005, 5, 30)), 'yyyy"年"m"月"d"日"', 31);
    const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'en']);
    expect(r.stderr).not.toMatch(/period-format|period-number|period-other/);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(json.tables[0].ranking.map((e: { id: string }) => e.id)).toContain('fuqian');
    expect(runCli(['validate', file, '--lang', 'zh-CN']).code).toBe(0);
  });

  it('a number no calendar holds (1e300, ##### in Excel) is said as that figure, not as an empty cell', async () => {
    const file = await street('huge.xlsx', 1e300, 'yyyy"年"m"月"d"日"', 31);
    const r = runCli(['rank', file, ...AS_OF, '--lang', 'zh-CN']);
    expect(r.stderr).toContain('自评!E3  错误  assessment.period-format  期间“1e+300”格式不正确');
    expect(r.stderr).not.toContain('schema.required');
  });

  it('年度 shown as 2005年3月 (id 27): the month it shows, as a typed 2005-03 is', async () => {
    const file = await street('id27.xlsx', new Date(Date.UTC(2005, 2, 1)), 'yyyy"年"m"月"', 27);
    const r = runCli(['rank', file, ...AS_OF, '--lang', 'en']);
    expect(r.stderr).toMatch(/trust\.period-other .*2005-03/);
    expect(r.stderr).not.toContain('period-format');
  });
});
