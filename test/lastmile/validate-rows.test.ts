/**
 * validate's totals count self-assessments, not only files: a workbook or CSV file holds one a
 * row, so its summary says how many rows were checked in how many files, and how many of them
 * have errors, in every language, in the github annotations' last line and in JSON.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'civscore-validate-rows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const street = join(ROOT, 'examples/street');
const csv = join(tmp, 'street.csv');
const xlsx = join(tmp, 'street.xlsx');
const last = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';

beforeAll(() => {
  expect(runCli(['convert', street, '--to', 'xlsx', '-o', xlsx]).code).toBe(0);
  expect(runCli(['convert', street, '--to', 'csv', '-o', csv]).code).toBe(0);
  // One row of nine gets a placeholder where a figure belongs: one self-assessment with an error.
  const lines = readFileSync(csv, 'utf8').split('\n');
  const row = lines.findIndex((l) => l.startsWith('gulou,'));
  lines[row] = lines[row]!.replace(/,\d+ ㎡,/, ',**,');
  writeFileSync(csv, lines.join('\n'));
});

describe('validate counts a workbook row by row', () => {
  it('says 9 self-assessments in 1 file, in three languages', () => {
    const want = {
      'zh-CN': '已检查 9 份自评（1 个工作簿或 CSV 文件中的 9 行）：0 份无效，0 个错误，0 个警告',
      'zh-TW': '已檢查 9 份自評（1 個活頁簿或 CSV 檔案中的 9 列）：0 份無效，0 個錯誤，0 個警告',
      en: '9 self-assessments checked (9 rows in 1 workbook or CSV file): 0 invalid, 0 errors, 0 warnings',
    };
    for (const [lang, line] of Object.entries(want)) {
      const r = runCli(['validate', xlsx, '--lang', lang]);
      expect(r.code).toBe(0);
      expect(last(r.stdout)).toBe(line);
    }
  });

  it('counts the rows with errors, and the YAML files beside them', () => {
    const r = runCli(['validate', csv, join(ROOT, 'examples/invalid/masked-value.yaml'), '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    // 9 rows + 1 YAML file; the gulou row and the YAML file have an error each.
    expect(last(r.stdout)).toBe(
      '已检查 10 份自评（1 个工作簿或 CSV 文件中的 9 行，另有 1 个 YAML 文件）：2 份无效，2 个错误，0 个警告',
    );
    expect(last(r.stderr)).toBe('2 份自评有错误（退出码 1）');
  });

  it('says the same in the github format and counts it in JSON', () => {
    const g = runCli(['validate', csv, '--format', 'github', '--lang', 'en']);
    expect(g.stdout).toMatch(/^::error file=[^\n]*street\.csv,line=\d+,/m);
    expect(last(g.stdout)).toBe(
      '9 self-assessments checked (9 rows in 1 workbook or CSV file): 1 invalid, 1 error, 0 warnings',
    );
    const j = JSON.parse(runCli(['validate', csv, street, '--format', 'json']).stdout);
    // The same nine communities twice: every one a duplicate id, in the rows and in the files.
    expect(j.summary).toMatchObject({ files: 10, invalid: 10, submissions: 18, rows: 9, sheets: 1 });
    expect(j.summary.invalidSubmissions).toBe(18);
  });

  it('keeps the files line when there is no workbook', () => {
    const r = runCli(['validate', street, '--lang', 'en']);
    expect(last(r.stdout)).toBe('9 files checked: 0 invalid, 0 errors, 0 warnings');
    expect(JSON.parse(runCli(['validate', street, '--format', 'json']).stdout).summary).toMatchObject({
      files: 9,
      submissions: 9,
      rows: 0,
      sheets: 0,
      invalidSubmissions: 0,
    });
  });
});
