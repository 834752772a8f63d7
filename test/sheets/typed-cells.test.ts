/**
 * Cells as people type them in Excel or WPS, read as the same data in YAML: full-width digits
 * from a Chinese input method in the 年度 column (２００５年) and in a facility's area
 * (１２０ｍ２: a metric's cell already read them), and a space around an id, name or street, typed
 * or pasted from a web page (U+00A0), which no one sees in the cell (the CSV reader trimmed it,
 * the workbook's did not: ` dingzi` was an invalid id), and a header typed with `/` or `，` for
 * the `、` of a metric's title. Each ranks as the YAML files do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { type Cell, streetRows } from './street-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-typed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The example street as a workbook, every cell of the columns `change` names changed by it. */
async function street(
  name: string,
  change: Record<string, (v: Cell) => Cell>,
  title: (header: string) => string = (h) => h,
): Promise<string> {
  const { header, rows } = streetRows();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评');
  ws.addRow(header.map(title));
  for (const r of rows) ws.addRow(r.map((v, i) => (v === null ? v : (change[header[i]!]?.(v) ?? v))));
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Each community's total, tier and street, from rank's JSON. */
function verdicts(input: string): string[] {
  const r = runCli(['rank', input, '--format', 'json', '--fail-on', 'none', '--lang', 'en']);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout) as {
    summary: { invalid: number };
    tables: { ranking: { id: string; total: number; tier?: string; street: string }[] }[];
  };
  expect(json.summary.invalid, r.stderr).toBe(0);
  return json.tables
    .flatMap((t) => t.ranking.map((c) => `${c.id} ${c.total} ${c.tier ?? '-'} ${c.street}`))
    .sort();
}

describe('cells as typed', () => {
  const expected = verdicts(join(ROOT, 'examples/street'));
  it('full-width digits in the period and in a facility area', async () => {
    const { header } = streetRows();
    const facility = header.find((h) => h.startsWith('社区服务站'))!;
    const file = await street('full-width.xlsx', {
      年度: (v) => `${fullWidth(String(v))}年`,
      [facility]: (v) => fullWidth(String(v)).replace('m2', 'ｍ２'),
    });
    expect(verdicts(file)).toEqual(expected);
  });

  it('a header typed with another mark between the items of a list (服务站/服务用房面积, 服务站，服务用房)', async () => {
    // Before, the column was unknown ("did you mean 服务站?") and its metric missing in every row.
    for (const mark of ['/', '，']) {
      const file = await street('marks.xlsx', {}, (h) =>
        h.replace('服务站、服务用房', `服务站${mark}服务用房`),
      );
      expect(verdicts(file)).toEqual(expected);
    }
  });

  it('spaces around the id, name, street and rubric', async () => {
    const pad = (v: Cell) => ` ${String(v)}\u00a0`;
    const file = await street('spaces.xlsx', { 编号: pad, 社区名称: pad, 街道: pad, 评分细则: pad });
    expect(verdicts(file)).toEqual(expected);
  });
});
