/**
 * The signature and note lines an office types under its table (填表人：张三  审核人：李四
 * 填表日期：2005年12月1日, 注：…, 说明：…): no community, nor one that did not submit, nor a file in
 * doubt. Each is left out with a note at its cell, as a totals row is, so the quotas read as they
 * do without it (they read "结论暂定" before, every verdict provisional, or named 填表人：张三 a
 * community that had sent nothing).
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
  tmp = mkdtempSync(join(tmpdir(), 'civscore-note-rows-'));
  const { header, rows } = streetRows();
  plain = join(tmp, 'street.csv');
  writeFileSync(plain, csvText(header, rows));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function rankJson(file: string) {
  const r = runCli(['rank', file, ...AS_OF, '--format', 'json', '--lang', 'zh-CN']);
  return { run: r, json: JSON.parse(r.stdout) };
}

/** A row of the sheet's width with `cells` at their columns (0-based). */
function line(width: number, cells: Record<number, string>): Cell[] {
  const row: Cell[] = Array.from({ length: width }, () => null);
  for (const [at, v] of Object.entries(cells)) row[Number(at)] = v;
  return row;
}

describe('a signature or note line under the table', () => {
  const cases: [string, Record<number, string>][] = [
    ['in the id cell', { 0: '填表人：张三    审核人：李四    填表日期：2005年12月1日' }],
    ['in the name cell', { 1: '填表人：张三' }],
    ['spread over its cells', { 0: '填表人：张三', 3: '审核人：李四', 6: '联系电话：88886666' }],
    ['a note', { 0: '注：1. 面积以房产证为准；2. 比例按百分数填写。' }],
    ['in traditional characters', { 1: '製表人：王五', 4: '填表日期: 2005/12/1' }],
  ];
  it.each(cases)('%s: left out with a note, the quotas as without it', (_, cells) => {
    const { header, rows } = streetRows();
    const file = join(tmp, 'note.csv');
    writeFileSync(file, csvText(header, [...rows, line(header.length, cells)]));
    const base = rankJson(plain);
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(quotaVerdicts(json)).toEqual(quotaVerdicts(base.json));
    expect(run.stderr).toMatch(/:11:\d+ {2}提示 {2}sheet\.note-row {2}/);
    expect(run.stderr).not.toMatch(/row-unfilled|rubric\.none|id-format/);
    const v = runCli(['validate', file, '--lang', 'en']);
    expect(v.code, v.stdout).toBe(0);
  });

  it('in a workbook, merged across the row, in English and zh-TW', async () => {
    const { header, rows } = streetRows();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    ws.addRow(['填表人：张三          审核人：李四']);
    ws.mergeCells(11, 1, 11, 8);
    const file = join(tmp, 'note.xlsx');
    await wb.xlsx.writeFile(file);
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9, invalid: 0 });
    expect(quotaVerdicts(json)).toEqual(quotaVerdicts(rankJson(plain).json));
    expect(run.stderr).toContain(`${file}:自评!A11  提示  sheet.note-row`);
    const en = runCli(['validate', file, '--lang', 'en']);
    expect(en.stdout).toContain('a signature or note line (“填表人：张三');
    const tw = runCli(['check', file, '--lang', 'zh-TW']);
    expect(tw.stdout + tw.stderr).toContain('不是社區，已略過');
  });

  it('a community whose id or figures are there is never taken for a note', () => {
    const { header, rows } = streetRows();
    rows[0]![1] = '注：新建社区';
    const file = join(tmp, 'named.csv');
    writeFileSync(file, csvText(header, rows));
    const { run, json } = rankJson(file);
    expect(json.summary).toMatchObject({ files: 9, scored: 9 });
    expect(run.stderr).not.toContain('sheet.note-row');
  });
});

describe('a 序号 column (the row number every office sheet starts with)', () => {
  it('is read as nothing, without a warning: validate --strict passes, the ranking is the same', () => {
    const { header, rows } = streetRows();
    const file = join(tmp, 'serial.csv');
    writeFileSync(
      file,
      csvText(
        ['序号', ...header],
        rows.map((r, i) => [i + 1, ...r]),
      ),
    );
    const v = runCli(['validate', file, '--strict', '--lang', 'en']);
    expect(v.stdout).not.toContain('sheet.unknown-column');
    expect(v.code, v.stdout).toBe(0);
    const { json } = rankJson(file);
    expect(quotaVerdicts(json)).toEqual(quotaVerdicts(rankJson(plain).json));
  });
});
