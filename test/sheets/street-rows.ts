/**
 * The example street (examples/street/*.yaml) as spreadsheet rows: one community per row, the
 * metrics and facilities of its rubric as columns headed by their Chinese titles and units, as a
 * street office would type them. Tests write these rows as .xlsx (exceljs) and .csv.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { loadRubric } from '../../src/load/rubrics.js';
import { buildNameIndex } from '../../src/model/names.js';
import { ROOT } from '../helpers/run-cli.js';

export type Cell = string | number | boolean | null;

const UNIT: Record<string, string> = { area: '（平方米）', rate: '（%）' };

export function streetRows(): { header: string[]; rows: Cell[][] } {
  const rubric = loadRubric('district-2005-community').rubric!;
  const names = buildNameIndex(rubric);
  const metrics = Object.values(rubric.metrics);
  const facilities = Object.values(rubric.facilities);
  const header = [
    '编号',
    '社区名称',
    '街道',
    '区',
    '年度',
    '评分细则',
    ...metrics.map((m) => `${m.title['zh-CN']}${UNIT[m.type] ?? ''}`),
    ...facilities.map((f) => `${f.label['zh-CN']}（平方米）`),
    // Last, so that the columns before it stay where the tests name them (G3).
    '社区类型',
  ];
  const dir = join(ROOT, 'examples/street');
  const rows = readdirSync(dir)
    .sort()
    .map((name) => {
      const d = parse(readFileSync(join(dir, name), 'utf8'));
      const area = new Map<string, Cell>();
      for (const e of d.facilities ?? []) {
        const id = names.resolve(e.kind)!;
        area.set(id, e.area ?? '是');
      }
      return [
        d.community.id,
        d.community.name,
        d.community.street,
        d.community.district,
        d.period,
        d.rubric,
        ...metrics.map((m) => (d.metrics[m.id] ?? null) as Cell),
        ...facilities.map((f) => area.get(f.id) ?? null),
        d.community.type ?? null,
      ];
    });
  return { header, rows };
}

/** CSV text of the rows (RFC 4180 quoting), comma or tab separated. */
export function csvText(header: string[], rows: Cell[][], sep = ','): string {
  const field = (v: Cell) => {
    const s = v === null ? '' : String(v);
    return /[",\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(field).join(sep)).join('\r\n')}\r\n`;
}

/** GB18030 bytes of text, for a CSV as Chinese Excel saves it (Node decodes GB18030 but cannot encode it). */
export function gb18030Bytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/**
 * The street as a workbook at `file`, its 年度 (period) column headed `title` and 府前社区's period
 * cell (E3) set by `set`: how the period-cell tests (dates, formats, typed years) start.
 */
export async function streetPeriodBook(
  file: string,
  set: (cell: ExcelJS.Cell) => void,
  title = '年度',
): Promise<string> {
  const { header, rows } = streetRows();
  header[4] = title;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  expect(ws.getCell('A3').value).toBe('fuqian');
  set(ws.getCell('E3'));
  await wb.xlsx.writeFile(file);
  return file;
}
