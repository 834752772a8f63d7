/**
 * A totals row (合计, 总计, 小计, 合計, 總計) at the bottom of a workbook or CSV, which every Excel
 * or WPS user adds: recognised by its label in the id, name or first cell with no id, left out
 * with a note at its cell, never counted as a community (not as one that did not submit, not as
 * a file in doubt), so the quotas read as they do without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotaVerdicts } from '../helpers/quota-verdicts.js';
import { runCli } from '../helpers/run-cli.js';
import { type Cell, csvText, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
let plain: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-totals-'));
  const { header, rows } = streetRows();
  plain = join(tmp, 'street.csv');
  writeFileSync(plain, csvText(header, rows));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The street's rows and a totals row under them: `label` in column `at` (0-based), sums elsewhere. */
function withTotals(label: string, at: number, sums = true): { header: string[]; rows: Cell[][] } {
  const { header, rows } = streetRows();
  const households = header.indexOf('社区户数');
  const total: Cell[] = header.map(() => null);
  total[at] = label;
  if (sums && households >= 0) total[households] = 20_000;
  return { header, rows: [...rows, total] };
}

function rankJson(file: string) {
  const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'zh-CN']);
  const json = JSON.parse(r.stdout);
  const verdicts = quotaVerdicts(json);
  expect(verdicts.length).toBeGreaterThan(0);
  return { run: r, json: { ...json, quotas: verdicts } };
}

describe('a totals row', () => {
  it('in a CSV, under the name with no id, is left out with a note at its line', () => {
    const file = join(tmp, 'name.csv');
    const { header, rows } = withTotals('合计', 1);
    writeFileSync(file, csvText(header, rows));
    const base = rankJson(plain);
    const { run, json } = rankJson(file);
    expect(run.code).toBe(base.run.code);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(json.quotas).toEqual(base.json.quotas);
    expect(run.stderr).toContain(`${file}:11:2  提示  sheet.totals-row  合计行（“合计”）不是社区，已略过`);
    expect(run.stderr).not.toMatch(/row-unfilled|rubric\.none|暂定/);
  });

  it('with only its label (sums not yet worked out) is not a community that did not submit', () => {
    const file = join(tmp, 'bare.csv');
    const { header, rows } = withTotals('总 计：', 0, false);
    writeFileSync(file, csvText(header, rows));
    const r = runCli(['rank', file, ...AS_OF, '--lang', 'zh-CN']);
    expect(r.stdout).not.toContain('结论暂定');
    expect(r.stderr).toContain('sheet.totals-row');
    expect(r.stderr).not.toContain('sheet.row-unfilled');
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(
      `${file}:11:1  info  sheet.totals-row  a totals row (“总 计：”), not a community`,
    );
    expect(v.stdout).toContain('9 self-assessments');
  });

  it('in a workbook, in the id column with SUM formulas, in traditional characters', async () => {
    const { header, rows } = streetRows();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    const total = ws.addRow(['合計']);
    const col = header.indexOf('社区户数') + 1;
    total.getCell(col).value = { formula: `SUM(${letter(col)}2:${letter(col)}10)`, result: 20_000 };
    const file = join(tmp, 'book.xlsx');
    await wb.xlsx.writeFile(file);
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(json.quotas).toEqual(rankJson(plain).json.quotas);
    expect(run.stderr).toContain(`${file}:自评!A11  提示  sheet.totals-row`);
    const c = runCli(['check', file, '--lang', 'zh-TW']);
    expect(c.stdout + c.stderr).toContain('合計列（「合計」）不是社區，已略過');
    expect(c.stdout).toContain('共 9 份自評');
  });

  it('a street heading above its communities (五马街道 alone on its row) is no community either', async () => {
    const { header, rows } = streetRows();
    const heading: Cell[] = header.map(() => null);
    heading[0] = '一、五马街道';
    const file = join(tmp, 'heading.csv');
    writeFileSync(file, csvText(header, [heading, ...rows]));
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(json.quotas).toEqual(rankJson(plain).json.quotas);
    expect(run.stderr).toContain(
      `${file}:2:1  提示  sheet.group-row  “一、五马街道”是分组标题行，不是社区，已略过`,
    );
    expect(run.stderr).not.toContain('sheet.row-unfilled');
    // A workbook's heading merged across the row (WPS): the same.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    ws.addRow(['五马街道办事处']);
    ws.mergeCells(2, 1, 2, 6);
    for (const r of rows) ws.addRow(r);
    const book = join(tmp, 'heading.xlsx');
    await wb.xlsx.writeFile(book);
    const b = rankJson(book);
    expect(b.json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(b.run.stderr).toContain(`${book}:自评!A2  提示  sheet.group-row`);
  });

  it('a row of one community not filled in is still a community that did not submit', () => {
    const { header, rows } = streetRows();
    const only: Cell[] = header.map(() => null);
    only[1] = '新建社区';
    const file = join(tmp, 'unfilled.csv');
    writeFileSync(file, csvText(header, [...rows, only]));
    expect(runCli(['rank', file, ...AS_OF, '--lang', 'zh-CN']).stderr).toContain(
      'sheet.row-unfilled  新建社区',
    );
  });

  it('a community whose id is there is never taken for totals, whatever its name', () => {
    const { header, rows } = streetRows();
    rows[0]![1] = '合计';
    const file = join(tmp, 'named.csv');
    writeFileSync(file, csvText(header, rows));
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9 });
    expect(run.stderr).not.toContain('sheet.totals-row');
  });
});

function letter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
