/**
 * Issue 13, merged header cells: a two-row header whose titles are merged (编号 down over two
 * rows, 设施（平方米） across the facilities, 服务站、服务用房 over 面积（平方米）, 社区警务室 over
 * 面积) ranks exactly as the YAML files do; a sub-title nothing matches is named at its own cell
 * as `group / sub-title`; and a header merged across two columns with values under both is a
 * warning at the first cell of the column left without a header. Workbooks built with exceljs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnLetters } from '../../src/model/place.js';
import { runCli } from '../helpers/run-cli.js';
import { type Cell, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-merged-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ranking = (stdout: string) =>
  JSON.parse(stdout).tables.map((t: { ranking: { id: string; total: number; tier: string | null }[] }) =>
    t.ranking.map((x) => `${x.id} ${x.total} ${x.tier}`),
  );

/**
 * The example street under a two-row header: the six fields merged down, 服务站、服务用房 over
 * 面积（平方米）, the other metrics merged down, 社区警务室 over 面积, and one 设施（平方米） merged
 * across the other facilities with their names below. `extra` adds a column under the group.
 */
async function twoRowWorkbook(name: string, extra?: string): Promise<string> {
  const { header, rows } = streetRows();
  const top: Cell[] = [];
  const sub: Cell[] = [];
  const facilities: number[] = [];
  header.forEach((h, i) => {
    if (h.startsWith('服务站、服务用房面积')) {
      top.push('服务站、服务用房');
      sub.push('面积（平方米）');
    } else if (h.startsWith('社区警务室')) {
      top.push('社区警务室');
      sub.push('面积');
    } else if (i >= 6 && /^社区(服务站|文化室|教育活动站)/.test(h)) {
      facilities.push(i);
      top.push(null);
      sub.push(h.replace('（平方米）', ''));
    } else {
      top.push(h);
      sub.push(null);
    }
  });
  const first = facilities[0]!;
  top[first] = '设施（平方米）';
  let last = facilities[facilities.length - 1]!;
  if (extra) {
    // An extra sub-column right after the facilities, still under 设施.
    for (const r of [top, sub, ...rows]) r.splice(last + 1, 0, null);
    sub[last + 1] = extra;
    last++;
  }
  // The columns after the insertion moved one to the right: merge down by the final layout.
  const merges: string[] = [];
  const downs = top.flatMap((t, i) => (t !== null && sub[i] === null ? [columnLetters(i + 1)] : []));
  for (const col of downs) merges.push(`${col}1:${col}2`);
  merges.push(`${columnLetters(first + 1)}1:${columnLetters(last + 1)}1`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评');
  ws.addRow(top);
  ws.addRow(sub);
  for (const m of merges) ws.mergeCells(m);
  for (const r of rows) ws.addRow(r);
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('merged header cells', () => {
  it('reads a two-row header with merged group titles exactly as the YAML files', async () => {
    const yaml = runCli(['rank', 'examples/street', ...AS_OF, '--format', 'json']);
    const file = await twoRowWorkbook('two-rows.xlsx');
    const r = runCli(['rank', file, ...AS_OF, '--format', 'json']);
    expect(r.stderr).toBe(yaml.stderr);
    expect(ranking(r.stdout)).toEqual(ranking(yaml.stdout));
    expect(ranking(r.stdout)[0]).toHaveLength(9);
    // The first data row is row 3: the header took two.
    const v = runCli(['validate', file, '--format', 'json']);
    expect(v.code).toBe(0);
  });

  it('names a sub-title nothing matches at its own cell, with the group title above it', async () => {
    const file = await twoRowWorkbook('unknown-sub.xlsx', '数量');
    const r = runCli(['--lang', 'zh-CN', 'validate', file]);
    expect(r.stdout).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:自评![A-Z]+2  警告  sheet\\.unknown-column  列“设施（平方米） / 数量”`,
      ),
    );
    // The rows are still read as before.
    const rank = runCli(['rank', file, ...AS_OF, '--format', 'json']);
    expect(ranking(rank.stdout)[0]).toHaveLength(9);
  });

  it('warns at the cell of a column with values and no header (a title merged across two columns)', async () => {
    const { header, rows } = streetRows();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评');
    // 社区名称 merged over B1:C1, a note typed in C under it.
    ws.addRow([header[0], header[1], null, ...header.slice(2)]);
    ws.mergeCells('B1:C1');
    for (const r of rows) ws.addRow([r[0], r[1], '老城区', ...r.slice(2)]);
    const file = join(tmp, 'spanning.xlsx');
    await wb.xlsx.writeFile(file);
    for (const [lang, severity, words] of [
      ['zh-CN', '警告', '第 C 列有数据但没有表头'],
      ['zh-TW', '警告', '第 C 欄有資料但沒有標題'],
      ['en', 'warning', 'column C has values but no header'],
    ] as const) {
      const r = runCli(['--lang', lang, 'validate', file]);
      expect(r.stdout).toContain(`${file}:自评!C2  ${severity}  sheet.headerless-column  ${words}`);
      expect(r.stdout.match(/sheet\.headerless-column/g)).toHaveLength(1);
    }
    const rank = runCli(['rank', file, ...AS_OF, '--format', 'json']);
    expect(ranking(rank.stdout)[0]).toHaveLength(9);
  });
});
