/**
 * A fill-in sheet as CSV, as the reader takes it back: UTF-8 with a byte-order mark (Excel and
 * WPS then read the Chinese), CRLF line ends, the titles, the column ids, then one row per
 * community. Text that a spreadsheet would run as a formula is prefixed with `'` (OWASP's advice);
 * a percentage is written as `85%`.
 */
import { percentText } from '../../sheets/cell-value.js';
import { escapeText } from '../../sheets/spreadsheet-cell.js';
import type { CellOut } from './value-types.js';
import type { FillInSheet } from './workbook.js';

function quoted(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function field(c: CellOut): string {
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'number') return quoted(c.numFmt?.includes('%') ? percentText(v) : String(v));
  return quoted(escapeText(v));
}

export function* fillInCsv(sheet: Pick<FillInSheet, 'columns' | 'rows'>): Generator<string> {
  yield `\uFEFF${sheet.columns.map((c) => quoted(escapeText(c.title))).join(',')}\r\n`;
  yield `${sheet.columns.map((c) => quoted(c.key)).join(',')}\r\n`;
  for (const row of sheet.rows) yield `${row.map(field).join(',')}\r\n`;
}
