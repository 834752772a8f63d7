/**
 * The roster as an office keeps it: besides YAML and a CSV of street, id, name, an .xlsx workbook
 * (a title merged above the header, the street merged down over its communities, a totals and a
 * signature line under them) and Excel's "Unicode text" (UTF-16, tab-separated). Each gives the
 * same quotas as the example roster, and a community it lists with no file counts as missing.
 * Before, a workbook was refused as "binary data, not a text file" (exit 2), and so was a title
 * above a CSV's header.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
/** The example roster's rows (street, id, name, district), and one more community with no file. */
let rows: string[][];
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-roster-formats-'));
  const csv = readFileSync('examples/rosters/wuma-street.csv', 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd();
  rows = csv.split('\n').map((l) => l.split(','));
  rows.push(['五马街道', 'xinhe', '新河社区', '鹿城区']);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Quota {
  quota: string;
  n: number;
  reached: number;
  missing: number;
  provisional: boolean;
}

function quotas(roster: string) {
  const r = runCli([
    'rank',
    'examples/street',
    '--roster',
    roster,
    '--format',
    'json',
    '--lang',
    'en',
    '--as-of',
    '2005-12-31',
  ]);
  expect(r.code, r.stderr).toBe(1);
  return (JSON.parse(r.stdout).tables[0].quotas as Quota[]).map((q) => [
    q.quota,
    q.n,
    q.reached,
    q.missing,
    q.provisional,
  ]);
}

describe('a roster in the forms an office keeps it', () => {
  it('an .xlsx workbook with a title, a merged street, totals and a signature: as the CSV', async () => {
    const plain = join(tmp, 'roster.csv');
    writeFileSync(plain, `${rows.map((r) => r.join(',')).join('\n')}\n`);
    const expected = quotas(plain);
    expect(expected[0]).toEqual(['modern-share', 10, 2, 1, true]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['五马街道社区名册']);
    ws.mergeCells(1, 1, 1, 4);
    for (const r of rows) ws.addRow(r);
    // The street typed once and merged down over its communities.
    ws.mergeCells(3, 1, rows.length + 1, 1);
    ws.addRow(['合计', '10个社区']);
    ws.addRow(['填表人：张三', '', '审核人：李四']);
    const book = join(tmp, 'roster.xlsx');
    await wb.xlsx.writeFile(book);
    expect(quotas(book)).toEqual(expected);
    // init fills a row per community of it, as of the CSV.
    const init = runCli(['init', '--rubric', 'district-2005-community', '--format', 'csv', '--roster', book]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('xinhe');
  });

  it("Excel's Unicode text (UTF-16, tabs), and a CSV with a title above its header: as the CSV", () => {
    const plain = join(tmp, 'plain.csv');
    writeFileSync(plain, `${rows.map((r) => r.join(',')).join('\n')}\n`);
    const expected = quotas(plain);
    const utf16 = join(tmp, 'roster-utf16.csv');
    const text = `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(quotas(utf16)).toEqual(expected);
    const titled = join(tmp, 'titled.csv');
    writeFileSync(titled, `五马街道社区名册,,,\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    expect(quotas(titled)).toEqual(expected);
  });

  it('an old .xls is refused with how to save it, a workbook with no header names what it lacks', async () => {
    writeFileSync(join(tmp, 'old.xls'), 'x');
    const old = runCli(['rank', 'examples/street', '--roster', join(tmp, 'old.xls'), '--lang', 'en']);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('sheet.legacy-format');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['社区', '地址']);
    const book = join(tmp, 'noheader.xlsx');
    await wb.xlsx.writeFile(book);
    const r = runCli(['rank', 'examples/street', '--roster', book, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/noheader\.xlsx:Sheet1!A1 +error +roster\.header/);
  });
});
