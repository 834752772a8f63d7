/**
 * What a sheet lacks, said in a sheet's words at each row's id cell, in the user's language:
 * - no facility column, for a rubric with a facilities checklist: before, `没有“facilities”设施清单`,
 *   the YAML key, which a sheet has no place for;
 * - no rubric (no 评分细则 column, or its cell empty) and no --rubric: before, `在文件中写明“rubric:”`;
 * - after 自评, a sheet with no column to score at all (a list of communities): passed over, once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { csvText, streetRows } from './street-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-no-facility-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { header, rows } = streetRows();
// The columns up to the facilities' (the fill-in order: fields, metrics, facilities, type).
const facilities = header.findIndex((h) => h.startsWith('社区服务站'));
const file = join(dir, 'street.csv');
writeFileSync(
  file,
  csvText(
    header.slice(0, facilities),
    rows.map((r) => r.slice(0, facilities)),
  ),
);

describe('a sheet without facility columns', () => {
  it.each([
    ['zh-CN', '表中没有设施列'],
    ['zh-TW', '表中沒有設施欄'],
    ['en', 'the sheet has no facility column'],
  ])('%s: said at each row in the sheet’s words, never the YAML key', (lang, words) => {
    const r = runCli(['validate', file, '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `street.csv:2:1  ${lang === 'en' ? 'error' : lang === 'zh-CN' ? '错误' : '錯誤'}  sheet.no-facility-columns  ${words}`,
    );
    expect(r.stdout.match(/sheet\.no-facility-columns/g)).toHaveLength(rows.length);
    expect(r.stdout).not.toMatch(/["“「]facilities/);
  });
});

describe('a sheet without a rubric column', () => {
  const at = header.indexOf('评分细则');
  const noRubric = join(dir, 'no-rubric.csv');
  writeFileSync(
    noRubric,
    csvText(
      header.filter((_, i) => i !== at),
      rows.map((r) => r.filter((_, i) => i !== at)),
    ),
  );
  it.each([
    ['zh-CN', '错误', '请在“评分细则”列填写细则编号'],
    ['zh-TW', '錯誤', '請在「評分細則」欄填寫細則編號'],
    ['en', 'error', "fill in the rubric's id in a rubric column"],
  ])('%s: each row is told to fill in the 评分细则 column, never “rubric:”', (lang, error, words) => {
    const r = runCli(['validate', noRubric, '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`no-rubric.csv:2:1  ${error}  sheet.no-rubric  `);
    expect(r.stdout).toContain(words);
    expect(r.stdout.match(/sheet\.no-rubric/g)).toHaveLength(rows.length);
    expect(r.stdout).not.toMatch(/["“「]rubric:/);
  });
  it('is scored with --rubric', () => {
    const r = runCli(['validate', noRubric, '--rubric', 'district-2005-community']);
    expect(r.code, r.stdout).toBe(0);
  });
});

describe('a sheet of communities that names no metric (last year’s scores beside 自评)', () => {
  // An office keeps 2004年得分 (编号, 社区名称, 总分, 等级) in the same workbook. Before, each of
  // its rows was a self-assessment missing every metric, and a duplicate of its 自评 row, so with
  // --rubric and --period no community of the street was scored at all.
  const expected = () => {
    const r = runCli(['rank', join(ROOT, 'examples/street'), '--format', 'json', '--fail-on', 'none']);
    return ranking(r.stdout);
  };
  const ranking = (stdout: string) =>
    (JSON.parse(stdout) as { tables: { ranking: { id: string; total: number }[] }[] }).tables
      .flatMap((t) => t.ranking.map((c) => `${c.id} ${c.total}`))
      .sort();

  it('is passed over with a warning at its header, and the 自评 sheet is ranked as the YAML files', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    const last = wb.addWorksheet('2004年得分');
    last.addRow(['编号', '社区名称', '总分', '等级']);
    for (const r of rows) last.addRow([r[0], r[1], 80, '安全文明社区']);
    const file = join(dir, 'with-scores.xlsx');
    await wb.xlsx.writeFile(file);
    const args = ['--rubric', 'district-2005-community', '--period', '2005', '--fail-on', 'none'];
    const r = runCli(['rank', file, ...args, '--format', 'json', '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    expect(ranking(r.stdout)).toEqual(expected());
    expect(r.stderr).toContain(
      'with-scores.xlsx:2004年得分!A1  警告  sheet.no-metric-columns  工作表“2004年得分”',
    );
    expect(r.stderr).not.toContain('duplicate-id');
    // Without --rubric, the sheet is judged by the rubric its 自评 sheet's rows name.
    const own = runCli(['rank', file, '--fail-on', 'none', '--format', 'json']);
    expect(ranking(own.stdout)).toEqual(expected());
    expect(own.stderr).toContain('sheet.no-metric-columns');
    expect(own.stderr).not.toContain('error');
  });
});
